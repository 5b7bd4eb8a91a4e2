/**
 * Sheet names that name a month: a year kept as one sheet per month (8月, 2026.08, 2026年8月, 202608, Aug …).
 * The reader uses them for the year of `10月3日`-style dates; the clerk's desk uses them to know which sheet a
 * new case of a month goes to, and what to call that sheet when it does not exist yet (the spelling the
 * clerk already uses).
 */

export interface MonthSheetName {
  /** The year the name gives, null when it only names the month (8月). */
  year: number | null;
  /** 1–12. */
  month: number;
  /** The same spelling for another month: `8月` → `9月`, `2026.08` → `2026.09`, `Aug` → `Sep`. */
  format(year: number, month: number): string;
}

const SHORT_EN = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const LONG_EN = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const ZH_MONTHS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];

/** Words around a month in a log sheet's name (2026年8月案件登记, 8月台账): kept in the spelling, ignored in the match. */
const DECORATION = /(?:客服|案件|登记表|登记|台账|记录|明细|工单|case\s*log|cases|log)/gi;

/**
 * Month and year spans in a name; each alternative names its groups so the spelling can be rebuilt.
 * Order matters: the most specific first.
 */
const NUMERIC_FORMS: RegExp[] = [
  /(?<y>(?:19|20)\d{2})\s*年\s*(?<m>\d{1,2})\s*月(?:份)?/,
  /(?<y>\d{2})\s*年\s*(?<m>\d{1,2})\s*月(?:份)?/,
  /(?<y>(?:19|20)\d{2})\s*[.\-/_]\s*(?<m>\d{1,2})(?![\d.\-/])/,
  /(?<m>\d{1,2})\s*[.\-/_]\s*(?<y>(?:19|20)\d{2})(?!\d)/,
  /(?<![\d])(?<y>(?:19|20)\d{2})(?<m>0[1-9]|1[0-2])(?!\d)/,
  /(?<![\d.])(?<m>\d{1,2})\s*月(?:份)?/,
];

const yearOf = (text: string): number => (text.length === 2 ? 2000 + Number(text) : Number(text));

/** The month a sheet name names, or null when it names none (汇总, 统计, 案件登记, 2026年). */
export function parseMonthSheetName(name: string): MonthSheetName | null {
  const raw = String(name ?? "").normalize("NFKC");
  if (raw.length === 0 || raw.length > 40) return null;
  const core = raw.replace(DECORATION, (w) => " ".repeat(w.length));
  for (const re of NUMERIC_FORMS) {
    const m = re.exec(core);
    if (!m || !m.groups) continue;
    const month = Number(m.groups.m);
    if (month < 1 || month > 12) continue;
    if (core.slice(0, m.index).trim() !== "" || core.slice(m.index + m[0].length).trim() !== "") continue;
    const year = m.groups.y !== undefined ? yearOf(m.groups.y) : null;
    const yText = m.groups.y;
    const mText = m.groups.m;
    const padded = mText.length === 2;
    // Rebuild by replacing the digits in the matched text, keeping separators and decorations as written.
    const start = m.index;
    const matched = raw.slice(start, start + m[0].length);
    const yAt = yText !== undefined ? matched.indexOf(yText) : -1;
    const mAt =
      yAt >= 0 && matched.indexOf(mText, yAt + yText.length) >= 0
        ? matched.indexOf(mText, yAt + yText.length)
        : matched.indexOf(mText);
    return {
      year,
      month,
      format(y, mo) {
        const mm = padded ? String(mo).padStart(2, "0") : String(mo);
        const yy = yText === undefined ? "" : yText.length === 2 ? String(y % 100).padStart(2, "0") : String(y);
        let out = matched;
        // Replace the later span first so the earlier index stays valid.
        const spans = [
          { at: mAt, len: mText.length, text: mm },
          ...(yAt >= 0 ? [{ at: yAt, len: yText.length, text: yy }] : []),
        ].sort((a, b) => b.at - a.at);
        for (const s of spans) out = out.slice(0, s.at) + s.text + out.slice(s.at + s.len);
        return raw.slice(0, start) + out + raw.slice(start + m[0].length);
      },
    };
  }
  const zh = /^(?<pre>\s*)(?<m>十[一二]|[一二三四五六七八九十])月(?:份)?(?<post>\s*)$/.exec(core);
  if (zh?.groups) {
    const month = ZH_MONTHS.indexOf(zh.groups.m) + 1;
    const at = raw.indexOf(zh.groups.m + "月");
    return {
      year: null,
      month,
      format: (_y, mo) => raw.slice(0, at) + ZH_MONTHS[mo - 1] + raw.slice(at + zh.groups!.m.length),
    };
  }
  const en = /^\s*(?<m>[a-z]{3,9})\.?(?:[\s\-_,']*(?<y>(?:19|20)?\d{2}))?\s*$/i.exec(core);
  if (en?.groups) {
    const word = en.groups.m.toLowerCase();
    const long = LONG_EN.indexOf(word);
    const short = SHORT_EN.indexOf(word);
    const sept = word === "sept" ? 8 : -1;
    const index = long >= 0 ? long : short >= 0 ? short : sept;
    if (index < 0) return null;
    const yText = en.groups.y;
    const words = long >= 0 && word.length > 3 ? LONG_EN : SHORT_EN;
    const wordAt = raw.toLowerCase().indexOf(word);
    const styled = (w: string): string => {
      const original = raw.slice(wordAt, wordAt + word.length);
      if (original === original.toUpperCase()) return w.toUpperCase();
      if (original[0] === original[0].toUpperCase()) return w[0].toUpperCase() + w.slice(1);
      return w;
    };
    return {
      year: yText !== undefined ? yearOf(yText) : null,
      month: index + 1,
      format(y, mo) {
        let out = raw.slice(0, wordAt) + styled(words[mo - 1]) + raw.slice(wordAt + word.length);
        if (yText !== undefined) {
          const yAt = out.lastIndexOf(yText);
          const yy = yText.length === 2 ? String(y % 100).padStart(2, "0") : String(y);
          out = out.slice(0, yAt) + yy + out.slice(yAt + yText.length);
        }
        return out;
      },
    };
  }
  return null;
}

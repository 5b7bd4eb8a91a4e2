/**
 * An explanation's steps as lines a person reads, one language at a time (the pane's "为什么？" and anything
 * else that shows the steps rather than the one-line text).
 */
import type { Lang } from "../labels";
import { parseIsoDay } from "../calendar";
import { say } from "../messages";
import { fromMinutes, parseIsoMinutes } from "../time";
import type { ExplainDay, ExplainStep, Explanation } from "./explain";
import { dayWords, instantWords } from "./explain";
import { clockSpanText } from "./lateness";
import type { Clock } from "./rules";

const CLOCK_NAMES: Record<Clock, { zh: string; en: string }> = {
  "working-hours": { zh: "按中心工作时间计", en: "Counted in the center's working hours" },
  "calendar-hours": { zh: "按自然小时计", en: "Counted in clock hours" },
  "calendar-days": { zh: "按自然日计，起算日不计", en: "Counted in calendar days, the start day not counted" },
  "working-days": {
    zh: "按法定工作日计，起算日不计；周末和法定节假日不计，调休上班计",
    en: "Counted in official working days, the start day not counted; weekends and public holidays skipped, make-up working days counted",
  },
  absolute: { zh: "以约定日期为期限", en: "Due on the agreed date" },
};

const T = {
  zh: {
    rule: (name: string, clause: string, source: string) =>
      `规则：${name}${clause ? `（${clause}）` : ""}${source ? `；依据：${source}` : ""}`,
    start: (col: string, v: string) => `起算：${col} ${v}`,
    noStart: (col: string) => `起算：${col}未填或无效`,
    hours: (wk: string[], we: string[], closed: boolean) =>
      `中心工作时间：周一至周五 ${wk.join("、") || "不开放"}；周六、周日 ${we.join("、") || "不开放"}${closed ? "；法定节假日不开放" : ""}`,
    day: (d: string, name: string, start: boolean, stretches: string, counted: string, paused: string) =>
      `${d}${name ? ` ${name}` : ""}${start ? "（起算日）" : ""}：${stretches ? `${stretches}，计 ${counted}` : "不计"}${paused ? `，其中暂停 ${paused}` : ""}`,
    pause: (from: string, to: string, open: boolean, m: string) =>
      `暂停：${from} 至 ${to}${open ? "（未结束，按至统计时点计）" : ""}，扣除 ${m}`,
    limit: (text: string, start: string) => `时限：${text}${start ? `（起算日剩余的 ${start}另计）` : ""}`,
    due: (w: string) => `期限：${w}`,
    stop: (col: string, v: string, note: string) => `${col}：${v}${note ? `（${note}）` : ""}`,
    blank: "未填",
    notCounted: "晚于统计时点，尚未计入",
    verdict: (status: string, detail: string) => `结论：${status}${detail ? `，${detail}` : ""}`,
    late: (w: string) => `超出 ${w}`,
    left: (w: string) => `还剩 ${w}`,
    asOf: (w: string) => `截至 ${w}`,
  },
  en: {
    rule: (name: string, clause: string, source: string) =>
      `Rule: ${name}${clause ? ` (${clause})` : ""}${source ? `; from ${source}` : ""}`,
    start: (col: string, v: string) => `Start: ${col} ${v}`,
    noStart: (col: string) => `Start: ${col} blank or not valid`,
    hours: (wk: string[], we: string[], closed: boolean) =>
      `Center hours: Monday to Friday ${wk.join(", ") || "closed"}; Saturday and Sunday ${we.join(", ") || "closed"}${closed ? "; closed on public holidays" : ""}`,
    day: (d: string, name: string, start: boolean, stretches: string, counted: string, paused: string) =>
      `${d}${name ? ` ${name}` : ""}${start ? " (start day)" : ""}: ${stretches ? `${stretches}, ${counted} counted` : "not counted"}${paused ? `, of which ${paused} paused` : ""}`,
    pause: (from: string, to: string, open: boolean, m: string) =>
      `Paused: ${from} to ${to}${open ? " (still open, counted to the as-of time)" : ""}, ${m} taken off`,
    limit: (text: string, start: string) => `Limit: ${text}${start ? ` (plus the start day's rest, ${start})` : ""}`,
    due: (w: string) => `Due: ${w}`,
    stop: (col: string, v: string, note: string) => `${col}: ${v}${note ? ` (${note})` : ""}`,
    blank: "blank",
    notCounted: "after the as-of time, not yet counted",
    verdict: (status: string, detail: string) => `Verdict: ${status}${detail ? `, ${detail}` : ""}`,
    late: (w: string) => `late by ${w}`,
    left: (w: string) => `${w} left`,
    asOf: (w: string) => `at ${w}`,
  },
};

const at = (iso: string, endOfDay: boolean, year: number) => instantWords(parseIsoMinutes(iso) ?? 0, endOfDay, year);

function dayLine(d: ExplainDay, clock: Clock, lang: Lang, year: number): string {
  const day = parseIsoDay(d.date) ?? 0;
  const date = dayWords(day, year)[lang];
  const stretches = d.counted.map(([a, b]) => `${a}–${b}`).join(lang === "zh" ? "、" : ", ");
  const paused = d.paused > 0 ? clockSpanText(d.paused, clock)[lang] : "";
  return T[lang].day(
    date,
    d.name?.[lang] ?? "",
    d.startDay === true,
    stretches,
    clockSpanText(d.minutes, clock)[lang],
    paused,
  );
}

/** The steps of an explanation, one line each (a day rule's days one line per day). */
export function explanationLines(x: Explanation, lang: Lang): string[] {
  const t = T[lang];
  const verdict = x.steps.find((s): s is Extract<ExplainStep, { step: "verdict" }> => s.step === "verdict");
  const year = verdict ? fromMinutes(parseIsoMinutes(verdict.asOf) ?? 0).year : 0;
  let clock: Clock = "calendar-days";
  const out: string[] = [];
  for (const s of x.steps) {
    switch (s.step) {
      case "rule":
        // The source is the Settings' own (Chinese) words; English shows the clause alone.
        out.push(t.rule(s.name[lang], s.clause, lang === "zh" || !/[\u4e00-\u9fff]/.test(s.source) ? s.source : ""));
        break;
      case "start":
        out.push(s.at ? t.start(s.start.column[lang], at(s.at, false, year)[lang]) : t.noStart(s.start.column[lang]));
        break;
      case "clock":
        clock = s.clock;
        out.push(CLOCK_NAMES[s.clock][lang]);
        if (s.hours) out.push(t.hours(s.hours.weekday, s.hours.weekend, s.hours.closedOnHolidays));
        break;
      case "days":
        for (const d of s.days) out.push(dayLine(d, clock, lang, year));
        break;
      case "pauses":
        for (const p of s.pauses) {
          out.push(
            t.pause(
              at(p.from, false, year)[lang],
              at(p.to, false, year)[lang],
              p.open,
              clockSpanText(p.minutes, clock)[lang],
            ),
          );
        }
        break;
      case "limit":
        out.push(t.limit(s.text[lang], s.startDayMinutes ? clockSpanText(s.startDayMinutes, clock)[lang] : ""));
        break;
      case "due":
        out.push(t.due(s.text[lang]));
        break;
      case "stop": {
        const v = s.stop.value;
        // A date only stays a date, as the clerk wrote it.
        const value =
          v === null ? t.blank : v.length === 10 ? dayWords(parseIsoDay(v) ?? 0, year)[lang] : at(v, false, year)[lang];
        const note = s.note ? say(s.note, lang) : !s.counted && s.stop.value !== null ? t.notCounted : "";
        out.push(t.stop(s.stop.column[lang], value, note));
        break;
      }
      case "verdict": {
        const detail = s.late
          ? t.late(s.late[lang])
          : s.left
            ? t.left(s.left[lang])
            : s.reason
              ? say(s.reason, lang)
              : "";
        const when = s.status === "overdue" || s.left ? t.asOf(at(s.asOf, true, year)[lang]) : "";
        out.push(t.verdict(s.statusText[lang], [detail, when].filter(Boolean).join(lang === "zh" ? "，" : ", ")));
        break;
      }
    }
  }
  return out;
}

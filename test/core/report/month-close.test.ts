/**
 * Month close (月结): a closed month's report is the month as known at its close, so two reports of it made on
 * different days are the same file, byte for byte; a month still open follows the data. The October ranking of
 * the sample used to change between a report made on 11-02 and one made on 12-04.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../../src/core/pipeline";
import {
  analysisAt,
  analysisForYear,
  closeInstant,
  analysisForMonthFigures,
  closedMonthScorecards,
  monthState,
  monthlyScorecardsAsClosed,
  readMonthCloseSettings,
  yearlyScorecardsAsClosed,
} from "../../../src/core/month-close";
import { buildCompanyPack, buildReport, packCompanies } from "../../../src/core/report";
import { formatMinutes, parseIsoMinutes } from "../../../src/core/time";
import { keyFigures } from "../../../src/core/figures";
import { checkPauses, evaluateCompliance } from "../../../src/core/deadlines";
import { resolvePeriod } from "../../../src/core/shared/period";
import { readXlsx } from "../../../src/workbook/xlsx";
import { nodeDeflateRaw } from "../../../src/xlsx-writer/node-deflate";
import { writeWorkbook } from "../../../src/xlsx-writer";

const sample = readXlsx(new Uint8Array(readFileSync(join(__dirname, "../../../assets/sample/case-log.xlsx"))));
const at = (iso: string) => parseIsoMinutes(iso) as number;
const asOf = (iso: string) => analyze(sample, { asOf: at(iso) });

const early = asOf("2026-11-10T10:00");
const late = asOf("2026-12-04T09:00");

const bytes = async (a: ReturnType<typeof asOf>, month: string, lang: "zh" | "en") =>
  Buffer.from(await writeWorkbook(buildReport(a, { month }, { lang }), { lang, deflateRaw: nodeDeflateRaw }));

describe("month close", () => {
  it("closes at the end of the 5th of the next month by default, or the day Settings give", () => {
    expect(formatMinutes(closeInstant("2026-10"))).toBe("2026-11-06T00:00");
    expect(formatMinutes(closeInstant("2026-12"))).toBe("2027-01-06T00:00");
    expect(monthState("2026-10", at("2026-11-05T23:59"))).toEqual({
      month: "2026-10",
      state: "open",
      closesAt: "2026-11-06T00:00",
    });
    expect(monthState("2026-10", at("2026-11-06T00:00")).state).toBe("closed");
    const s = readMonthCloseSettings([{ row: 9, section: "中心", key: "月结日", value: "10日" }]);
    expect(s).toEqual({ closeDay: 10, errors: [] });
    const bad = readMonthCloseSettings([{ row: 9, section: "中心", key: "月结日", value: "31" }]);
    expect(bad.closeDay).toBe(5);
    expect(bad.errors[0].cell).toBe("设置!C9");
  });

  it("a closed month's report is byte-identical whenever it is made (zh and en)", async () => {
    for (const lang of ["zh", "en"] as const) {
      const a = await bytes(early, "2026-10", lang);
      const b = await bytes(late, "2026-10", lang);
      expect(a.equals(b)).toBe(true);
    }
  });

  it("an open month's report still follows the data (the comparison above can fail)", async () => {
    const a = await bytes(asOf("2026-11-02T10:00"), "2026-10", "zh");
    const b = await bytes(asOf("2026-11-04T10:00"), "2026-10", "zh");
    expect(a.equals(b)).toBe(false);
  });

  it("a year closes with its December: its report and assessment are the same whenever made, and say so", async () => {
    const yearBytes = async (a: ReturnType<typeof asOf>, lang: "zh" | "en") =>
      Buffer.from(await writeWorkbook(buildReport(a, { year: 2025 }, { lang }), { lang, deflateRaw: nodeDeflateRaw }));
    const january = asOf("2026-01-06T00:00");
    for (const lang of ["zh", "en"] as const)
      expect((await yearBytes(january, lang)).equals(await yearBytes(late, lang))).toBe(true);
    // The assessment everywhere it is given: the JSON's and the terminal's yearly scorecards, the pane's bars.
    expect(yearlyScorecardsAsClosed(late).filter((s) => s.year === 2025)).toEqual(
      yearlyScorecardsAsClosed(january).filter((s) => s.year === 2025),
    );
    expect(analysisForYear(late, 2025).asOf).toBe(at("2026-01-06T00:00"));
    expect(analysisForYear(late, 2026)).toBe(late);
    const sub = buildReport(late, { year: 2025 }, { lang: "zh" })[0].subtitle ?? [];
    expect(sub).toContain("年结：已结（随 12 月于 2026-01-05 24:00 结账，全年数字与年终考核按结账时点计算，不再变化）");
    const open = buildReport(late, { year: 2026 }, { lang: "en" })[0].subtitle ?? [];
    expect(open.some((l) => l.startsWith("Year close: open (closes with December at 2027-01-05 24:00"))).toBe(true);
  });

  it("a year's months are each as its own report gives it, and so is their mean under 月均分", () => {
    const byMonth = new Map(monthlyScorecardsAsClosed(late).map((m) => [`${m.company}|${m.month}`, m.score]));
    const years = yearlyScorecardsAsClosed(late);
    expect(years.map((y) => y.year)).toEqual(expect.arrayContaining([2025, 2026]));
    for (const y of years)
      y.monthlyScores.forEach((score, k) => {
        const month = `${y.year}-${String(k + 1).padStart(2, "0")}`;
        if (byMonth.has(`${y.company}|${month}`))
          expect([y.company, month, score]).toEqual([y.company, month, byMonth.get(`${y.company}|${month}`)]);
      });
    // The sample judged as at its instant scores some months otherwise than their closes did: the check above bites.
    const asOfScores = new Map(late.scorecards.monthly.map((m) => [`${m.company}|${m.month}`, m.score]));
    expect([...byMonth].filter(([k, v]) => asOfScores.get(k) !== v).length).toBeGreaterThan(0);

    const settings = readXlsx(new Uint8Array(readFileSync(join(__dirname, "../../../assets/sample/case-log.xlsx"))));
    const meanRule = analyze(
      {
        ...settings,
        sheets: [
          ...settings.sheets,
          {
            name: "设置",
            values: [
              ["分类", "项目", "值", "来源", "说明"],
              ["年终考核", "年度得分", "月均分", "", ""],
            ],
            firstRow: 1,
            firstColumn: 1,
          },
        ],
      },
      { asOf: at("2026-12-31T20:00") },
    );
    expect(meanRule.yearEnd?.rule).toBe("months");
    for (const y of yearlyScorecardsAsClosed(meanRule)) {
      const scored = y.monthlyScores.filter((s): s is number => s !== null);
      if (scored.length > 0)
        expect(y.score).toBe(Math.round((scored.reduce((p, q) => p + q, 0) / scored.length) * 10) / 10);
    }
  });

  it("an open year's report still follows the data", async () => {
    const a = buildReport(asOf("2026-01-03T10:00"), { year: 2025 }, { lang: "zh" });
    const b = buildReport(asOf("2026-01-05T10:00"), { year: 2025 }, { lang: "zh" });
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(b));
  });

  it("the report says whether its month is closed, with the close date", () => {
    const closed = buildReport(late, { month: "2026-10" }, { lang: "zh" });
    expect(closed[0].subtitle ?? []).toContain("月结：已结（2026-11-05 24:00 结账，本月数字按结账时点计算，不再变化）");
    expect(closed[0].subtitle ?? []).toContain("数据截至：2026-11-06 00:00（进行中的时限按此时刻判断）");
    const open = buildReport(late, { month: "2026-11" }, { lang: "en" });
    expect((open[0].subtitle ?? []).some((l) => l.startsWith("Month close: open (closes at 2026-12-05 24:00"))).toBe(
      true,
    );
  });

  it("company packs of a closed month are the same whenever made, but for the cover letter's reply date", () => {
    const company = packCompanies(late, "2026-10")[0];
    const [a, b] = [early, late].map((x) => buildCompanyPack(x, "2026-10", company, { lang: "zh" }));
    expect(JSON.stringify(a.slice(1))).toBe(JSON.stringify(b.slice(1)));
    expect(JSON.stringify(a[0].figures)).toBe(JSON.stringify(b[0].figures));
    expect(a[0].subtitle?.at(-1)).toBe("请于 2026-11-17 前将上述案件的整改情况书面回复客服中心。");
  });

  it("as known at the close: a step stamped after it has not happened, a case received after it is not there", () => {
    const close = closeInstant("2026-10");
    const known = analysisAt(late, close);
    expect(known.asOf).toBe(close);
    expect(known.cases.every((c) => c.receivedAt.at <= close)).toBe(true);
    for (const c of known.cases) {
      for (const f of ["notifiedAt", "completedAt", "followUpAt", "repliedAt", "designIssuedAt"] as const) {
        expect((c[f]?.at ?? 0) <= close).toBe(true);
      }
      if (c.followUpAt === null) expect(c.satisfaction).toBeNull();
    }
    // The same as analysing the log at the close from scratch, once later stamps are taken out of it.
    const direct = analyze(sample, { asOf: close });
    const monthOf = (a: typeof known) =>
      a.scorecards.monthly.filter((s) => s.month === "2026-10").map((s) => [s.company, s.score, s.rank]);
    const before = (a: typeof known) => a.compliance.filter((e) => e.stopAt === null || e.stopAt <= close).length;
    expect(monthOf(known).length).toBe(monthOf(direct).length);
    expect(before(known)).toBeGreaterThan(0);
  });
});

describe("a closed month's scorecards from its own window", () => {
  it("are exactly those of the whole log judged at the close, for every closed month of the sample", () => {
    const a = asOf("2026-12-31T20:00");
    const closed = [...new Set(a.scorecards.monthly.map((s) => s.month))].filter(
      (m) => monthState(m, a.asOf, a.monthCloseDay).state === "closed",
    );
    expect(closed.length).toBeGreaterThan(20);
    for (const month of closed) {
      const whole = analysisAt(a, closeInstant(month, a.monthCloseDay)).scorecards.monthly.filter(
        (k) => k.month === month,
      );
      expect({ month, cards: closedMonthScorecards(a, month) }).toEqual({ month, cards: whole });
    }
  });
});

describe("a closed month's key figures from the cases they depend on", () => {
  it("are exactly those of the whole log judged at the close, for every closed month of the sample, each company too", () => {
    for (const iso of ["2026-12-31T20:00", "2026-06-30T17:00"]) {
      const a = asOf(iso);
      const months = [...new Set(a.scorecards.monthly.map((s) => s.month))].filter(
        (m) => monthState(m, a.asOf, a.monthCloseDay).state === "closed",
      );
      expect(months.length).toBeGreaterThan(10);
      const companies = [null, ...new Set(a.cases.map((c) => c.propertyCompany).filter((c): c is string => !!c))];
      for (const month of months) {
        const whole = analysisAt(a, closeInstant(month, a.monthCloseDay));
        const windowed = analysisForMonthFigures(a, month);
        expect(windowed.cases.length).toBeLessThanOrEqual(whole.cases.length);
        for (const company of companies) {
          const period = resolvePeriod({ month });
          expect({ month, company, f: keyFigures(windowed, period, company) }).toEqual({
            month,
            company,
            f: keyFigures(whole, period, company),
          });
        }
      }
    }
  });
});

describe("a month judged at its close reuses the entries that follow from the analysis' own", () => {
  it("gives exactly the entries of every case judged again, at several instants of the sample", () => {
    const a = asOf("2026-12-31T20:00");
    const config = a.deadlineConfig!;
    for (const iso of [
      "2025-03-06T00:00",
      "2025-11-06T00:00",
      "2026-06-06T00:00",
      "2026-11-06T00:00",
      "2026-12-20T12:00",
    ]) {
      const at = parseIsoMinutes(iso)!;
      const closed = analysisAt(a, at);
      const pauses = checkPauses(a.pauses?.rows ?? [], closed.cases, config, at);
      const again = evaluateCompliance(closed.cases, config, at, {
        pauses: pauses.byCase,
        deliveryColumn: a.deliveryColumn !== false,
      });
      expect(closed.compliance.length).toBe(again.length);
      expect({ iso, same: closed.compliance.every((e, i) => JSON.stringify(e) === JSON.stringify(again[i])) }).toEqual({
        iso,
        same: true,
      });
    }
  });
});

/**
 * A closed month judged at its close takes shortcuts (month-close.ts): entries that follow from the analysis'
 * own are reused, an overdue clock's lateness is measured again rather than judged, the key figures and the
 * scorecards are judged over the cases they can depend on. On random logs made from the sample's rows — dates
 * moved, blanked, made date-only and delayed by weeks, pauses open and closed, companies not in 小区, the close
 * day and the as-of drawn — every closed month gives exactly what judging every case again at the close gives.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../../src/core/pipeline";
import type { Analysis } from "../../../src/core/analysis";
import {
  analysisAt,
  analysisForMonthFigures,
  closeInstant,
  monthlyScorecardsAsClosed,
  monthState,
} from "../../../src/core/month-close";
import { checkPauses, evaluateCompliance } from "../../../src/core/deadlines";
import { keyFigures } from "../../../src/core/figures";
import { resolvePeriod } from "../../../src/core/shared/period";
import { buildScorecards, DEFAULT_SCORING } from "../../../src/core/scorecard";
import { findRepeatComplaints } from "../../../src/core/registers";
import { monthIndexOf, monthLabel } from "../../../src/core/shared/months";
import type { CellValue, SheetValues, WorkbookInput } from "../../../src/core/model";
import type { LocalMinutes } from "../../../src/core/time";
import { readXlsx } from "../../../src/workbook/xlsx";

const sample = readXlsx(new Uint8Array(readFileSync(join(__dirname, "../../../assets/sample/case-log.xlsx"))));
const sheet = (name: string): SheetValues => sample.sheets.find((s) => s.name === name)!;
const log = sheet("案件登记");
const header = log.values[1];
const rows = log.values.slice(2).filter((r) => typeof r[header.indexOf("受理时间")] === "number");
const col = (name: string): number => header.indexOf(name);
const RECEIVED = col("受理时间");
const DATES = ["送达时间", "约定完成时间", "设计出图时间", "完成时间", "回复时间", "回访时间"].map(col);
const COMPANY = col("物业公司");
const ID = col("编号");

/** A small deterministic generator (mulberry32), so a failing seed can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** A log of the sample's rows moved to random dates, with pauses and a close day of its own. */
function randomLog(seed: number): { input: WorkbookInput; asOf: LocalMinutes } {
  const r = rng(seed);
  const n = 60 + Math.floor(r() * 240);
  const start = 45658 + Math.floor(r() * 300);
  const span = 40 + r() * 420;
  const out: CellValue[][] = [];
  const pauses: CellValue[][] = [["编号", "规则", "暂停开始", "暂停结束", "原因"]];
  for (let k = 0; k < n; k++) {
    const row = rows[Math.floor(r() * rows.length)].slice();
    const received = start + r() * span;
    const shift = received - (row[RECEIVED] as number);
    row[RECEIVED] = received;
    row[ID] = `R-${k}`;
    for (const c of DATES) {
      if (typeof row[c] !== "number") continue;
      let v = (row[c] as number) + shift;
      const roll = r();
      if (roll < 0.08) v = NaN;
      else if (roll < 0.22)
        v += r() * 75; // done weeks later: across closes, completed in a later month
      else if (roll < 0.27) v = Math.floor(v); // a date only
      row[c] = Number.isNaN(v) ? "" : v;
    }
    if (r() < 0.06) row[COMPANY] = `随机物业${k % 3}`;
    out.push(row);
    if (r() < 0.08) {
      const from = received + r() * 6;
      pauses.push([`R-${k}`, r() < 0.5 ? "" : "rectify", from, r() < 0.3 ? "" : from + r() * 4, "等待材料到货"]);
    }
  }
  // Mostly in order of receipt, as a log is kept, sometimes not.
  if (r() < 0.7) out.sort((a, b) => (a[RECEIVED] as number) - (b[RECEIVED] as number));
  const closeDay = 1 + Math.floor(r() * 28);
  const asOfSerial = start + span * (0.4 + r() * 0.9);
  const asOf = Math.round((asOfSerial - 25569) * 1440);
  const input: WorkbookInput = {
    date1904: false,
    sheets: [
      { name: "案件登记", values: [header, ...out], firstRow: 1, firstColumn: 1 },
      sheet("小区"),
      sheet("巡检"),
      { name: "暂停记录", values: pauses, firstRow: 1, firstColumn: 1 },
      { name: "设置", values: [["中心", "月结日", String(closeDay)]], firstRow: 1, firstColumn: 1 },
    ],
  };
  return { input, asOf };
}

/** The whole log judged again at `at`, every case, no entry reused. */
function judgedAgain(a: Analysis, at: LocalMinutes) {
  const config = a.deadlineConfig!;
  const cases = analysisAt(a, at).cases;
  const pauses = checkPauses(a.pauses?.rows ?? [], cases, config, at);
  const compliance = evaluateCompliance(cases, config, at, {
    pauses: pauses.byCase,
    deliveryColumn: a.deliveryColumn !== false,
  });
  const scorecards = buildScorecards({
    cases,
    compliance,
    communities: a.communities,
    inspections: a.inspections.filter((i) => i.date <= at),
    config: a.scoringConfig ?? DEFAULT_SCORING,
    annual: a.yearEnd?.rule,
    repeatCaseIds: findRepeatComplaints(cases, a.repeatWindowDays),
  });
  return { cases, compliance, scorecards };
}

describe("a closed month's shortcuts, on random logs", () => {
  it("give the entries, scorecards and key figures of every case judged again at the close", () => {
    let checked = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const { input, asOf } = randomLog(seed);
      const a = analyze(input, { asOf });
      if (a.cases.length === 0) continue;
      const first = Math.min(...a.cases.map((c) => monthIndexOf(c.receivedAt.at)));
      const companies = [null, ...new Set(a.cases.map((c) => c.propertyCompany).filter((c): c is string => !!c))];
      const asClosed = monthlyScorecardsAsClosed(a);
      for (let m = first; m <= monthIndexOf(asOf); m++) {
        const month = monthLabel(m);
        if (monthState(month, asOf, a.monthCloseDay).state === "open") continue;
        const at = closeInstant(month, a.monthCloseDay);
        const want = judgedAgain(a, at);
        const got = analysisAt(a, at);
        expect({ seed, month, compliance: got.compliance }).toEqual({ seed, month, compliance: want.compliance });

        const cards = want.scorecards.monthly.filter((k) => k.month === month);
        asClosed.forEach((card, i) => {
          if (card.month !== month) return;
          const expected = cards.find((k) => k.company === card.company) ?? a.scorecards.monthly[i];
          expect({ seed, month, card }).toEqual({ seed, month, card: expected });
        });

        const period = resolvePeriod({ month });
        const whole = { asOf: at, cases: want.cases, compliance: want.compliance, rules: a.rules };
        const windowed = analysisForMonthFigures(a, month);
        for (const company of companies) {
          expect({ seed, month, company, f: keyFigures(windowed, period, company) }).toEqual({
            seed,
            month,
            company,
            f: keyFigures(whole, period, company),
          });
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});

/**
 * keyFigures walks the cases once for all its figures; each figure keeps the definition of the function that
 * states it alone (followUpRatios, satisfactionRatio, onTimeByRule, caseStatesAt). Checked on the sample for
 * every month and year, the whole center and each company, at as-of instants that cut through open cases.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../../src/core/pipeline";
import {
  caseStatesAt,
  companyMatches,
  followUpRatios,
  keyFigures,
  onTimeByRule,
  satisfactionRatio,
  type FiguresSource,
  type KeyFigures,
} from "../../../src/core/figures";
import { resolvePeriod, type ResolvedPeriod } from "../../../src/core/shared/period";
import { monthIndexOf, monthLabel, monthStart } from "../../../src/core/shared/months";
import { parseIsoMinutes } from "../../../src/core/time";
import { readXlsx } from "../../../src/workbook/xlsx";

const sample = readXlsx(new Uint8Array(readFileSync(join(__dirname, "../../../assets/sample/case-log.xlsx"))));

/** The figures one definition at a time, as separate passes over the log. */
function byDefinition(a: FiguresSource, period: ResolvedPeriod, company: string | null): KeyFigures {
  const mine = a.cases.filter((c) => companyMatches(c, company));
  const ids = new Set(mine.map((c) => c.id));
  const compliance = a.compliance.filter((e) => ids.has(e.caseId));
  const received = mine.filter((c) => c.receivedAt.at >= period.start && c.receivedAt.at < period.end);
  const periodIds = new Set(received.map((c) => c.id));
  const previousStart = monthStart(period.comparisons[1].first);
  const states = (at: number) => {
    const s = caseStatesAt(mine, compliance, at);
    return { at, open: s.open.length, overdue: s.overdue.length };
  };
  const endAt = Math.min(period.end, a.asOf);
  return {
    period: period.key,
    company,
    cases: received.length,
    previousCases: mine.some((c) => c.receivedAt.at < period.start)
      ? mine.filter((c) => c.receivedAt.at >= previousStart && c.receivedAt.at < period.start).length
      : null,
    onTime: onTimeByRule(
      compliance.filter((e) => periodIds.has(e.caseId)),
      a.rules.map((r) => r.id),
    ),
    now: states(a.asOf),
    end: states(endAt),
    ...followUpRatios(mine, period.start, period.end),
    satisfaction: satisfactionRatio(received),
  };
}

describe("key figures", () => {
  it("are each figure's own definition, for every period and company of the sample", () => {
    for (const iso of ["2026-12-31T20:00", "2026-03-18T10:30"]) {
      const a = analyze(sample, { asOf: parseIsoMinutes(iso)! });
      const companies = [null, ...new Set(a.cases.map((c) => c.propertyCompany).filter((c): c is string => !!c))];
      const first = Math.min(...a.cases.map((c) => monthIndexOf(c.receivedAt.at)));
      const last = monthIndexOf(a.asOf);
      const periods = [];
      for (let m = first; m <= last; m++) periods.push(resolvePeriod({ month: monthLabel(m) }));
      for (let y = Math.floor(first / 12); y <= Math.floor(last / 12); y++) periods.push(resolvePeriod({ year: y }));
      let open = 0;
      for (const period of periods) {
        for (const company of companies) {
          const want = byDefinition(a, period, company);
          open += want.end.open;
          expect({ iso, company, f: keyFigures(a, period, company) }).toEqual({ iso, company, f: want });
        }
      }
      expect(open).toBeGreaterThan(0);
    }
  });
});

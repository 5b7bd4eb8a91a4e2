/**
 * Property-company scorecards per month and per year (§5.7.2, §5.7.6, DESIGN §4). Every case is
 * counted once into a (company, month) cell; a year's KPIs are the sums of its months' numerators and
 * denominators — the year's cases together, never an average of monthly percentages.
 */
import type {
  Case,
  Community,
  ComplianceEntry,
  Grade,
  Inspection,
  MonthlyScorecard,
  Ratio,
  YearlyScorecard,
} from "../model";
import { monthIndexMemo, monthIndexOf as monthIndex, monthLabel } from "../shared/months";
import { caseLocator } from "../shared/case-locator";
import { isFollowedUp } from "../shared/follow-up";
import { communityKey } from "../shared/place-keys";
import { KPI_DEFINITIONS, type KpiDefinition, type KpiId } from "./kpis";
import { gradeOf, kpiScore, rankScores, round1, type ScoringConfig } from "./scoring";
import { annualOfMonths } from "./month-scores";
import type { AnnualRule } from "./year-end";

/** How one KPI entered the composite: shown next to the score so a manager can follow it. */
export interface KpiWorking {
  /** 0–100 against the target, one decimal; null when the KPI has no data. */
  score: number | null;
  /** Share of the composite after redistribution, in % (one decimal); 0 without data or weight. */
  weight: number;
  /** The weight Settings give the KPI, before a KPI without data passes its weight on. */
  setWeight: number;
  /** The target this period was compared with (amount KPIs: monthly target × months). */
  target: number;
  /** On-time KPIs: entries not yet decided (open, due-soon), left out of the ratio. */
  pending: number;
  /** On-time KPIs: entries whose status is unknown (a date missing or bad), left out of the ratio. */
  unknown: number;
}

export interface MonthlyScorecardWorking extends MonthlyScorecard {
  working: Record<string, KpiWorking>;
}

export interface YearlyScorecardWorking extends YearlyScorecard {
  working: Record<string, KpiWorking>;
  /** Months of the year with a case or an inspection record (amount targets are scaled by it). */
  months: number;
}

export interface ScorecardResult {
  monthly: MonthlyScorecardWorking[];
  yearly: YearlyScorecardWorking[];
  /** Cases and inspection records no company could be found for: on no scorecard. */
  unattributed: { cases: number; inspections: number };
}

export interface ScorecardInput {
  cases: readonly Case[];
  compliance: readonly ComplianceEntry[];
  communities: readonly Community[];
  inspections: readonly Inspection[];
  config: ScoringConfig;
  repeatCaseIds: ReadonlySet<string>;
  /** The annual score: the year's KPIs together (default) or the mean of its months' scores (Settings 年终考核). */
  annual?: AnnualRule;
}

/** Accumulator slots per (company, month) cell. */
const enum Slot {
  RectifyMet,
  RectifyDecided,
  RectifyPending,
  RectifyUnknown,
  NotifyMet,
  NotifyDecided,
  NotifyPending,
  NotifyUnknown,
  VerifyPassed,
  Verified,
  ComplaintFollowedUp,
  ComplaintCompleted,
  RepairFollowedUp,
  RepairCompleted,
  Satisfied,
  Answered,
  Complaints,
  RepeatComplaints,
  InspectionPoints,
  InspectionRecords,
  Count,
}

export function buildScorecards(input: ScorecardInput): ScorecardResult {
  const { cases, compliance, communities, inspections, config, repeatCaseIds } = input;

  // Companies, and each community's company (for inspections recorded without one).
  const companyIndex = new Map<string, number>();
  const companies: string[] = [];
  const addCompany = (name: string): number => {
    let i = companyIndex.get(name);
    if (i === undefined) {
      i = companies.length;
      companies.push(name);
      companyIndex.set(name, i);
    }
    return i;
  };
  const communityCompany = new Map<string, string>();
  const seenCommunity = new Set<string>();
  const households: number[] = [];
  for (const c of communities) {
    const name = c.propertyCompany.trim();
    const key = communityKey(c.name);
    if (name === "" || seenCommunity.has(key)) continue;
    seenCommunity.add(key);
    communityCompany.set(key, name);
    const ci = addCompany(name);
    households[ci] = (households[ci] ?? 0) + (c.households !== null && c.households > 0 ? c.households : 0);
  }

  // Each case's company and month, and each inspection's. The months on the scorecards are those with
  // a case or an inspection record (of any company): a mistyped year adds one month, not decades.
  const caseCompany = new Int32Array(cases.length).fill(-1);
  const caseMonth = new Int32Array(cases.length);
  const monthSet = new Set<number>();
  let unattributedCases = 0;
  const receivedMonth = monthIndexMemo();
  let lastMonthAdded = Number.NaN;
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i];
    if (c.propertyCompany === null || c.propertyCompany.trim() === "") {
      unattributedCases++;
      continue;
    }
    caseCompany[i] = addCompany(c.propertyCompany.trim());
    const m = receivedMonth(c.receivedAt.at);
    caseMonth[i] = m;
    if (m !== lastMonthAdded) monthSet.add((lastMonthAdded = m));
  }
  const inspectionCompany = new Int32Array(inspections.length).fill(-1);
  let unattributedInspections = 0;
  for (let i = 0; i < inspections.length; i++) {
    const ins = inspections[i];
    const name = ins.propertyCompany.trim() || communityCompany.get(communityKey(ins.community)) || "";
    if (name === "") {
      unattributedInspections++;
      continue;
    }
    inspectionCompany[i] = addCompany(name);
    monthSet.add(monthIndex(ins.date));
  }
  const unattributed = { cases: unattributedCases, inspections: unattributedInspections };
  if (monthSet.size === 0) return { monthly: [], yearly: [], unattributed };

  /** Calendar month index of each dense month, ascending. */
  const months = [...monthSet].sort((a, b) => a - b);
  const denseOf = new Map(months.map((m, d) => [m, d]));
  const monthCount = months.length;
  const cellCount = companies.length * monthCount;
  const acc = new Float64Array(cellCount * Slot.Count);
  // Logs run in date order, so consecutive lookups are nearly always the same month.
  let lastMonth = Number.NaN;
  let lastDense = -1;
  const cellOf = (company: number, month: number): number => {
    if (month !== lastMonth) {
      lastMonth = month;
      lastDense = denseOf.get(month) ?? -1;
    }
    return lastDense < 0 ? -1 : (company * monthCount + lastDense) * Slot.Count;
  };

  const completedMonth = monthIndexMemo();
  for (let i = 0; i < cases.length; i++) {
    const company = caseCompany[i];
    if (company < 0) continue;
    const c = cases[i];
    const base = cellOf(company, caseMonth[i]);
    if (c.responsible === "property" && c.verification !== null) {
      acc[base + Slot.Verified]++;
      if (c.verification === "passed") acc[base + Slot.VerifyPassed]++;
    }
    if (c.satisfaction !== null) {
      acc[base + Slot.Answered]++;
      if (c.satisfaction !== "unsatisfied") acc[base + Slot.Satisfied]++;
    }
    if (c.category === "complaint") {
      acc[base + Slot.Complaints]++;
      if (repeatCaseIds.has(c.id)) acc[base + Slot.RepeatComplaints]++;
    }
    if ((c.category === "complaint" || c.category === "repair") && c.completedAt !== null) {
      // Completed in a month without cases or inspections → on no scorecard.
      const done = cellOf(company, completedMonth(c.completedAt.at));
      if (done >= 0) {
        const complaint = c.category === "complaint";
        acc[done + (complaint ? Slot.ComplaintCompleted : Slot.RepairCompleted)]++;
        if (isFollowedUp(c)) acc[done + (complaint ? Slot.ComplaintFollowedUp : Slot.RepairFollowedUp)]++;
      }
    }
  }
  for (let i = 0; i < inspections.length; i++) {
    if (inspectionCompany[i] < 0) continue;
    const base = cellOf(inspectionCompany[i], monthIndex(inspections[i].date));
    acc[base + Slot.InspectionRecords]++;
    acc[base + Slot.InspectionPoints] += inspections[i].deduction;
  }
  const locate = caseLocator(cases);
  // An index loop: run once per analysis, a for…of over the entries allocates an iterator result per step.
  for (let k = 0; k < compliance.length; k++) {
    const e = compliance[k];
    const ruleBase = e.rule === "rectify" ? Slot.RectifyMet : e.rule === "notify-property" ? Slot.NotifyMet : -1;
    if (ruleBase < 0) continue;
    const i = locate(e.caseId);
    if (i < 0 || caseCompany[i] < 0) continue;
    const base = cellOf(caseCompany[i], caseMonth[i]) + ruleBase;
    switch (e.status) {
      case "met":
        acc[base]++;
        acc[base + 1]++;
        break;
      case "breached":
      case "overdue":
        acc[base + 1]++;
        break;
      case "open":
      case "due-soon":
        acc[base + 2]++;
        break;
      case "unknown":
        acc[base + 3]++;
        break;
      case "not-applicable":
        break;
    }
  }

  const kpiConfig = new Map(config.kpis.map((k) => [k.id, k]));
  const score = (sums: Float64Array, company: number, months: number) =>
    scoreCell(sums, households[company] ?? 0, months, kpiConfig, config);

  // Monthly.
  const monthly: MonthlyScorecardWorking[] = [];
  const monthlyScore: (number | null)[] = new Array(cellCount).fill(null);
  for (let m = 0; m < monthCount; m++) {
    const period = companies.map((_, company) => {
      const base = (company * monthCount + m) * Slot.Count;
      return score(acc.subarray(base, base + Slot.Count), company, 1);
    });
    const ranks = rankScores(period.map((p) => p.score));
    period.forEach((p, company) => {
      const cell = company * monthCount + m;
      monthlyScore[cell] = p.score;
      const previous = m > 0 && months[m - 1] === months[m] - 1 ? monthlyScore[cell - 1] : null;
      monthly.push({
        company: companies[company],
        month: monthLabel(months[m]),
        score: p.score,
        grade: p.grade,
        rank: ranks[company],
        change: p.score === null || previous === null ? null : round1(p.score - previous),
        kpis: p.kpis,
        working: p.working,
      });
    });
  }

  // Yearly: the months' sums.
  const yearly: YearlyScorecardWorking[] = [];
  const years = [...new Set(months.map((m) => Math.floor(m / 12)))];
  for (const year of years) {
    const inYear = months.map((m, d) => (Math.floor(m / 12) === year ? d : -1)).filter((d) => d >= 0);
    const period = companies.map((_, company) => {
      const sums = new Float64Array(Slot.Count);
      for (const d of inYear) {
        const base = (company * monthCount + d) * Slot.Count;
        for (let s = 0; s < Slot.Count; s++) sums[s] += acc[base + s];
      }
      return score(sums, company, inYear.length);
    });
    const monthlyScoresOf = (company: number): (number | null)[] => {
      const out: (number | null)[] = [];
      for (let k = 0; k < 12; k++) {
        const d = denseOf.get(year * 12 + k);
        out.push(d === undefined ? null : monthlyScore[company * monthCount + d]);
      }
      return out;
    };
    // The annual score by the center's rule: the year's KPIs (above), or the mean of the months scored.
    const annual = period.map((p, company) =>
      input.annual === "months" ? annualOfMonths(monthlyScoresOf(company), config.bands) : p,
    );
    const ranks = rankScores(annual.map((p) => p.score));
    period.forEach((p, company) => {
      const monthlyScores = monthlyScoresOf(company);
      yearly.push({
        company: companies[company],
        year,
        score: annual[company].score,
        grade: annual[company].grade,
        rank: ranks[company],
        monthlyScores,
        kpis: p.kpis,
        working: p.working,
        months: inYear.length,
      });
    });
  }

  const byPeriodThenRank =
    <T extends { company: string; rank: number | null }>(period: (x: T) => string) =>
    (a: T, b: T) =>
      period(a) < period(b)
        ? -1
        : period(a) > period(b)
          ? 1
          : (a.rank ?? Infinity) - (b.rank ?? Infinity) || (a.company < b.company ? -1 : a.company > b.company ? 1 : 0);
  monthly.sort(byPeriodThenRank((x) => x.month));
  yearly.sort(byPeriodThenRank((x) => String(x.year).padStart(4, "0")));
  return { monthly, yearly, unattributed };
}

function ratio(num: number, den: number, scale = 1): Ratio {
  return { num, den, value: den === 0 ? null : (num * scale) / den };
}

/**
 * The KPIs' ratios, and `follow-up-rate` (complaints and repairs together): no longer scored, kept because
 * the CLI's JSON published it.
 */
function kpiRatios(s: Float64Array, households: number): Record<KpiId | "follow-up-rate", Ratio> {
  return {
    "rectify-on-time": ratio(s[Slot.RectifyMet], s[Slot.RectifyDecided]),
    "notify-on-time": ratio(s[Slot.NotifyMet], s[Slot.NotifyDecided]),
    "verification-pass": ratio(s[Slot.VerifyPassed], s[Slot.Verified]),
    "complaint-follow-up": ratio(s[Slot.ComplaintFollowedUp], s[Slot.ComplaintCompleted]),
    "repair-follow-up": ratio(s[Slot.RepairFollowedUp], s[Slot.RepairCompleted]),
    "follow-up-rate": ratio(
      s[Slot.ComplaintFollowedUp] + s[Slot.RepairFollowedUp],
      s[Slot.ComplaintCompleted] + s[Slot.RepairCompleted],
    ),
    "satisfaction-rate": ratio(s[Slot.Satisfied], s[Slot.Answered]),
    "complaints-per-1000": ratio(s[Slot.Complaints], households, 1000),
    "repeat-complaints": ratio(s[Slot.RepeatComplaints], s[Slot.Complaints]),
    "inspection-deductions": {
      num: s[Slot.InspectionPoints],
      den: s[Slot.InspectionRecords],
      value: s[Slot.InspectionRecords] === 0 ? null : s[Slot.InspectionPoints],
    },
  };
}

function scoreCell(
  s: Float64Array,
  households: number,
  months: number,
  kpiConfig: ReadonlyMap<string, { weight: number; target: number; higherIsBetter: boolean }>,
  config: ScoringConfig,
): { score: number | null; grade: Grade | null; kpis: Record<string, Ratio>; working: Record<string, KpiWorking> } {
  const kpis = kpiRatios(s, households);
  const parts: { def: KpiDefinition; score: number | null; weight: number; target: number }[] = KPI_DEFINITIONS.map(
    (def) => {
      const cfg = kpiConfig.get(def.id);
      const target = (cfg?.target ?? def.defaultTarget) * (def.kind === "rate" ? 1 : months);
      const value = kpis[def.id].value;
      return {
        def,
        score: value === null ? null : kpiScore(value, target, cfg?.higherIsBetter ?? def.higherIsBetter),
        weight: cfg?.weight ?? 0,
        target,
      };
    },
  );
  let weightSum = 0;
  let weighted = 0;
  for (const p of parts) {
    if (p.score === null || p.weight <= 0) continue;
    weightSum += p.weight;
    weighted += p.weight * p.score;
  }
  const score = weightSum === 0 ? null : round1(weighted / weightSum);
  const working: Record<string, KpiWorking> = {};
  for (const p of parts) {
    const pendingUnknown =
      p.def.id === "rectify-on-time"
        ? [s[Slot.RectifyPending], s[Slot.RectifyUnknown]]
        : p.def.id === "notify-on-time"
          ? [s[Slot.NotifyPending], s[Slot.NotifyUnknown]]
          : [0, 0];
    working[p.def.id] = {
      score: p.score === null ? null : round1(p.score),
      weight: p.score === null || p.weight <= 0 || weightSum === 0 ? 0 : round1((100 * p.weight) / weightSum),
      setWeight: p.weight,
      target: p.target,
      pending: pendingUnknown[0],
      unknown: pendingUnknown[1],
    };
  }
  return { score, grade: score === null ? null : gradeOf(score, config.bands), kpis, working };
}

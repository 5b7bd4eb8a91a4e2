/**
 * The machine-readable result of DESIGN §5: an Analysis rendered with local `YYYY-MM-DDTHH:mm` strings.
 * Key order follows the contract so diffs of two runs read naturally.
 */
import type { Analysis } from "./analysis";
import type { Ratio } from "./model";
import { formatMinutes, type LocalMinutes } from "./time";

const at = (m: LocalMinutes | null): string | null => (m === null ? null : formatMinutes(m));

const kpis = (k: Record<string, Ratio>) =>
  Object.fromEntries(Object.entries(k).map(([name, r]) => [name, { num: r.num, den: r.den, value: r.value }]));

export function toJsonDocument(a: Analysis) {
  return {
    asOf: formatMinutes(a.asOf),
    cases: a.cases.map((c) => ({
      id: c.id,
      row: c.row,
      receivedAt: formatMinutes(c.receivedAt.at),
      category: c.category,
      categorySource: c.categorySource,
      responsible: c.responsible,
      propertyCompany: c.propertyCompany,
      community: c.community,
      channel: c.channel,
    })),
    rejected: a.rejected.map((r) => ({ row: r.row, column: r.column, value: r.value, reason: r.reason })),
    duplicates: a.duplicates.map((d) => ({ id: d.id, rows: d.rows })),
    compliance: a.compliance.map((e) => ({
      caseId: e.caseId,
      rule: e.rule,
      startAt: at(e.startAt),
      dueAt: at(e.dueAt),
      stopAt: at(e.stopAt),
      status: e.status,
      late: e.late,
      ...(e.reason !== undefined ? { reason: e.reason } : {}),
    })),
    scorecards: {
      monthly: a.scorecards.monthly.map((s) => ({
        company: s.company,
        month: s.month,
        score: s.score,
        grade: s.grade,
        rank: s.rank,
        change: s.change,
        kpis: kpis(s.kpis),
      })),
      yearly: a.scorecards.yearly.map((s) => ({
        company: s.company,
        year: s.year,
        score: s.score,
        grade: s.grade,
        rank: s.rank,
        monthlyScores: s.monthlyScores,
        kpis: kpis(s.kpis),
      })),
    },
    warnings: [
      ...a.warnings,
      ...a.cellIssues.map((i) => `${i.reason}（案件 ${i.caseId} 已保留 / case kept）`),
    ],
  };
}

export type JsonDocument = ReturnType<typeof toJsonDocument>;

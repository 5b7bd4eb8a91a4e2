/**
 * The machine-readable result of DESIGN §5: an Analysis rendered with local `YYYY-MM-DDTHH:mm` strings.
 * Key order follows the contract so diffs of two runs read naturally.
 *
 * `jsonChunks` yields the same document as text, one record per line, so a 100k-case result can be
 * written out without first holding the whole document and its string in memory.
 */
import type { Analysis } from "./analysis";
import type { Lang } from "./labels";
import { msg, say, type Message } from "./messages";
import { analysisExplainer, explanationText, type Explanation } from "./deadlines";
import { everyPeriodFigures, type KeyFigures } from "./figures";
import type { Case, ComplianceEntry, Duplicate, MonthlyScorecard, Ratio, Rejection, YearlyScorecard } from "./model";
import { monthlyScorecardsAsClosed, monthState, yearlyScorecardsAsClosed, type MonthState } from "./month-close";
import { formatMinutes, monthKey, type LocalMinutes } from "./time";

const at = (m: LocalMinutes | null): string | null => (m === null ? null : formatMinutes(m));

const kpis = (k: Record<string, Ratio>) =>
  Object.fromEntries(Object.entries(k).map(([name, r]) => [name, { num: r.num, den: r.den, value: r.value }]));

const caseJson = (c: Case) => ({
  id: c.id,
  ...(c.sheet !== undefined ? { sheet: c.sheet } : {}),
  row: c.row,
  receivedAt: formatMinutes(c.receivedAt.at),
  category: c.category,
  categorySource: c.categorySource,
  responsible: c.responsible,
  propertyCompany: c.propertyCompany,
  community: c.community,
  channel: c.channel,
  ...(c.deliveryKind ? { deliveryKind: c.deliveryKind } : {}),
  ...(c.unmapped && Object.keys(c.unmapped).length > 0 ? { unmapped: c.unmapped } : {}),
});

/** `reason` in the document's language. */
const rejectedJson = (r: Rejection, lang: Lang) => ({
  ...(r.sheet !== undefined ? { sheet: r.sheet } : {}),
  row: r.row,
  column: r.column,
  value: r.value,
  reason: say(r.reason, lang),
});

const duplicateJson = (d: Duplicate) => ({ id: d.id, rows: d.rows, ...(d.sheets ? { sheets: d.sheets } : {}) });

/**
 * An entry with its explanation (deadlines/explain): the steps to its due and verdict, and one line in zh and en.
 * Its reason and note, and theirs in the steps, are in the document's language.
 */
const complianceJson = (e: ComplianceEntry, explain: (e: ComplianceEntry) => Explanation, lang: Lang) => ({
  ...complianceFields(e, lang),
  explain: explanationJson(explain(e), lang),
});

/**
 * complianceJson as the document's text: the entry's fields, then its explanation, whose parts shared by many
 * entries are written from their text made once (deadlines/explain explanationText). The same characters as
 * JSON.stringify of complianceJson (a test checks every entry of the sample).
 */
export const complianceText = (e: ComplianceEntry, explain: (e: ComplianceEntry) => Explanation, lang: Lang) =>
  `${JSON.stringify(complianceFields(e, lang)).slice(0, -1)},"explain":${explanationText(explanationJson(explain(e), lang))}}`;

const complianceFields = (e: ComplianceEntry, lang: Lang) => ({
  caseId: e.caseId,
  rule: e.rule,
  startAt: at(e.startAt),
  dueAt: at(e.dueAt),
  stopAt: at(e.stopAt),
  status: e.status,
  late: e.late,
  ...(e.reason !== undefined ? { reason: say(e.reason, lang) } : {}),
  ...(e.pauseMinutes !== undefined ? { pauseMinutes: e.pauseMinutes } : {}),
  ...(e.delivery !== undefined ? { delivery: e.delivery } : {}),
  ...(e.note !== undefined ? { note: say(e.note, lang) } : {}),
});

const explanationJson = (x: Explanation, lang: Lang) => ({
  steps: x.steps.map((s) =>
    (s.step === "verdict" && s.reason !== undefined) || (s.step === "stop" && s.note !== undefined)
      ? {
          ...s,
          ...(s.step === "verdict" && s.reason !== undefined ? { reason: say(s.reason, lang) } : {}),
          ...(s.step === "stop" && s.note !== undefined ? { note: say(s.note, lang) } : {}),
        }
      : s,
  ),
  text: x.text,
});

const monthlyJson = (s: MonthlyScorecard) => ({
  company: s.company,
  month: s.month,
  score: s.score,
  grade: s.grade,
  rank: s.rank,
  change: s.change,
  kpis: kpis(s.kpis),
});

const yearlyJson = (s: YearlyScorecard) => ({
  company: s.company,
  year: s.year,
  score: s.score,
  grade: s.grade,
  rank: s.rank,
  monthlyScores: s.monthlyScores,
  kpis: kpis(s.kpis),
});

const ratioJson = (r: Ratio) => ({ num: r.num, den: r.den, value: r.value });

/** A period's key figures (figures/key-figures): the same numbers the pane's tiles and the reports show. */
const figuresJson = (k: KeyFigures) => ({
  period: k.period,
  cases: k.cases,
  previousCases: k.previousCases,
  onTime: Object.fromEntries(k.onTime.map((r) => [r.rule, ratioJson(r.ratio)])),
  followUp: ratioJson(k.followUp),
  followUpComplaints: ratioJson(k.followUpComplaints),
  followUpRepairs: ratioJson(k.followUpRepairs),
  satisfaction: ratioJson(k.satisfaction),
  end: { at: formatMinutes(k.end.at), open: k.end.open, overdue: k.end.overdue },
  now: { at: formatMinutes(k.now.at), open: k.now.open, overdue: k.now.overdue },
});

/** The warnings as messages: the analysis' own, then each unusable optional cell (its case was kept). */
const warningMessages = (a: Analysis): Message[] => [
  ...a.warnings,
  ...a.cellIssues.map((i) => msg("cell.kept", { reason: i.reason, caseId: i.caseId })),
];

/** Every month from the log's first case to the as-of month, closed or open at as-of (../month-close). */
function monthStates(a: Analysis): MonthState[] {
  if (a.cases.length === 0) return [];
  let first = Infinity;
  for (const c of a.cases) first = Math.min(first, c.receivedAt.at);
  const out: MonthState[] = [];
  for (let m = monthKey(first); m <= monthKey(a.asOf); m = nextMonth(m))
    out.push(monthState(m, a.asOf, a.monthCloseDay));
  return out;
}

function nextMonth(m: string): string {
  const [y, mo] = m.split("-").map(Number);
  return mo === 12 ? `${String(y + 1).padStart(4, "0")}-01` : `${m.slice(0, 5)}${String(mo + 1).padStart(2, "0")}`;
}

/** `warnings` are sentences in the chosen language (zh by default); `warningIds` name each one's message. */
export function toJsonDocument(a: Analysis, lang: Lang = "zh") {
  const messages = warningMessages(a);
  const explain = analysisExplainer(a);
  return {
    asOf: formatMinutes(a.asOf),
    cases: a.cases.map(caseJson),
    rejected: a.rejected.map((r) => rejectedJson(r, lang)),
    duplicates: a.duplicates.map(duplicateJson),
    compliance: a.compliance.map((e) => complianceJson(e, explain, lang)),
    scorecards: {
      monthly: monthlyScorecardsAsClosed(a).map(monthlyJson),
      yearly: yearlyScorecardsAsClosed(a).map(yearlyJson),
    },
    figures: everyPeriodFigures(a).map(figuresJson),
    months: monthStates(a),
    warnings: messages.map((m) => say(m, lang)),
    warningIds: messages.map((m) => m.id),
  };
}

export type JsonDocument = ReturnType<typeof toJsonDocument>;

/**
 * Characters per piece: records are handed on in pieces of about this size, few enough writes for a long
 * document, and each piece small enough to be made and dropped in the young generation. A piece of a few
 * megabytes would be placed straight among the long-lived objects, and a 100k-case document leaves hundreds
 * of megabytes of them to the next full collection.
 */
const PIECE = 16 * 1024;

/** Each item's JSON text. */
const stringified =
  <T>(toJson: (item: T) => unknown) =>
  (item: T): string =>
    JSON.stringify(toJson(item));

function* arrayChunks<T>(items: readonly T[], toText: (item: T) => string, indent: string): Generator<string> {
  if (items.length === 0) {
    yield "[]";
    return;
  }
  yield "[\n";
  const batch: string[] = [];
  let size = 0;
  for (let i = 0; i < items.length; i++) {
    const record = indent + toText(items[i]) + (i + 1 < items.length ? ",\n" : "\n");
    batch.push(record);
    size += record.length;
    if (size >= PIECE) {
      yield batch.splice(0).join("");
      size = 0;
    }
  }
  yield batch.join("") + indent.slice(2) + "]";
}

/** The same document as `toJsonDocument`, as consecutive pieces of text. */
export function* jsonChunks(a: Analysis, lang: Lang = "zh"): Generator<string> {
  yield `{\n  "asOf": ${JSON.stringify(formatMinutes(a.asOf))},\n  "cases": `;
  yield* arrayChunks(a.cases, stringified(caseJson), "    ");
  yield `,\n  "rejected": `;
  yield* arrayChunks(
    a.rejected,
    stringified((r) => rejectedJson(r, lang)),
    "    ",
  );
  yield `,\n  "duplicates": `;
  yield* arrayChunks(a.duplicates, stringified(duplicateJson), "    ");
  yield `,\n  "compliance": `;
  const explain = analysisExplainer(a);
  yield* arrayChunks(a.compliance, (e) => complianceText(e, explain, lang), "    ");
  yield `,\n  "scorecards": {\n    "monthly": `;
  yield* arrayChunks(monthlyScorecardsAsClosed(a), stringified(monthlyJson), "      ");
  yield `,\n    "yearly": `;
  yield* arrayChunks(yearlyScorecardsAsClosed(a), stringified(yearlyJson), "      ");
  yield `\n  },\n  "figures": `;
  yield* arrayChunks(everyPeriodFigures(a), stringified(figuresJson), "    ");
  yield `,\n  "months": `;
  yield* arrayChunks(
    monthStates(a),
    stringified((s) => s),
    "    ",
  );
  yield `,\n  "warnings": `;
  const messages = warningMessages(a);
  yield* arrayChunks(
    messages,
    stringified((m) => say(m, lang)),
    "    ",
  );
  yield `,\n  "warningIds": `;
  yield* arrayChunks(
    messages,
    stringified((m) => m.id),
    "    ",
  );
  yield "\n}\n";
}

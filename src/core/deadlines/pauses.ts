/**
 * Which rows of the Pauses sheet apply (DESIGN §2, Settings section 暂停). A pause naming a rule that may not
 * pause, giving no accepted reason, naming no known case or breaking the per-case cap is a data issue with its
 * row and is not applied. A blank 规则 pauses every rule of the case that may pause; the others run on, and that
 * is no issue. A pause that begins after as-of has not happened yet and is left out silently.
 */
import type { Case, Pause } from "../model";
import { msg, type Message } from "../messages";
import { fold } from "../shared/settings-values";
import { RULE_LABELS } from "../labels";
import type { LocalMinutes } from "../time";
import type { Span } from "./pause-clock";
import { ruleIdOf } from "./pause-settings";
import { DEFAULT_PAUSING, type DeadlineConfig } from "./rules";

/** A pause that applies: `rule` is a rule id, or null for every rule of the case that may pause. */
export interface AppliedPause extends Pause {
  rule: string | null;
}

export interface PauseCheck {
  byCase: Map<string, AppliedPause[]>;
  /** One message per pause row not applied, naming the row. */
  issues: Message[];
}

export function checkPauses(
  pauses: readonly Pause[],
  cases: readonly Case[],
  config: DeadlineConfig,
  asOf: LocalMinutes,
): PauseCheck {
  const settings = config.pausing ?? DEFAULT_PAUSING;
  const may = new Set(settings.rules);
  const known = new Set(cases.map((c) => c.id));
  const used = new Map<string, number>();
  const out: PauseCheck = { byCase: new Map(), issues: [] };
  const issue = (p: Pause, why: Message) =>
    out.issues.push(msg("pauses.not-applied", { row: p.row, caseId: p.caseId, why }));
  for (const p of [...pauses].sort((a, b) => a.row - b.row)) {
    if (p.from > asOf) continue;
    if (!known.has(p.caseId)) {
      issue(p, msg("pauses.unknown-case", {}));
      continue;
    }
    let rule: string | null = null;
    if (p.rule !== null) {
      rule = ruleIdOf(p.rule, config.rules);
      if (rule === null) {
        issue(p, msg("pauses.unknown-rule", { rule: p.rule }));
        continue;
      }
      if (!may.has(rule)) {
        issue(p, msg("pauses.rule-may-not-pause", { rule: RULE_LABELS[rule] ?? { zh: rule, en: rule } }));
        continue;
      }
    }
    const reason = fold(p.reason);
    if (reason === "") {
      issue(p, msg("pauses.no-reason", {}));
      continue;
    }
    if (settings.reasons !== null && !settings.reasons.some((r) => reason.includes(fold(r)))) {
      issue(p, msg("pauses.reason-not-accepted", { reason: p.reason, accepted: settings.reasons }));
      continue;
    }
    if (settings.capMinutes !== null) {
      const end = p.to === null || p.to > asOf ? asOf : p.to;
      const total = (used.get(p.caseId) ?? 0) + (end - p.from);
      if (total > settings.capMinutes) {
        issue(p, msg("pauses.over-cap", { totalHours: total / 60, capHours: settings.capMinutes / 60 }));
        continue;
      }
      used.set(p.caseId, total);
    }
    const list = out.byCase.get(p.caseId);
    const applied: AppliedPause = { ...p, rule };
    if (list) list.push(applied);
    else out.byCase.set(p.caseId, [applied]);
  }
  return out;
}

/**
 * The stretches a rule's clock stands still for, from a case's applied pauses: those naming the rule and those
 * naming none. A pause still open at as-of (no end, or one dated later) is taken as ending at as-of; `open`
 * says whether one is.
 */
export function pauseSpans(
  pauses: readonly AppliedPause[],
  ruleId: string,
  asOf: LocalMinutes,
): { spans: Span[]; open: boolean } {
  const spans: Span[] = [];
  let open = false;
  for (const p of pauses) {
    if (p.rule !== null && p.rule !== ruleId) continue;
    const running = p.to === null || p.to > asOf;
    spans.push({ from: p.from, to: running ? asOf : (p.to as LocalMinutes) });
    if (running && p.from < asOf) open = true;
  }
  return { spans, open };
}

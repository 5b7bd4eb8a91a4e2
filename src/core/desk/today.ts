/**
 * Today's work (今日待办): every running deadline due today or tomorrow and every overdue one, grouped by
 * what the clerk must do, most urgent first. Judged at `now` by the same evaluation as the KPIs; the
 * phone number is the log's own (this list stays in the center's workbook, so it is not masked).
 */
import type { Case, ComplianceEntry, DateField } from "../model";
import { dayOf, startOfDay, type LocalMinutes } from "../time";
import { evaluateCompliance, type DeadlineConfig } from "../deadlines";

/** What the clerk does about a deadline, by the step that stops it. */
export type TodayAction = "deliver" | "chase" | "call-back" | "reply";
export const TODAY_ACTIONS: readonly TodayAction[] = ["deliver", "reply", "call-back", "chase"];

const ACTION_OF: Partial<Record<DateField, TodayAction>> = {
  notifiedAt: "deliver",
  repliedAt: "reply",
  followUpAt: "call-back",
  designIssuedAt: "chase",
  completedAt: "chase",
};

export const TODAY_ACTION_TEXT: Record<TodayAction, { zh: string; en: string }> = {
  deliver: { zh: "书面送达（物业公司、工程部）", en: "Deliver the written notice" },
  reply: { zh: "书面回复物业转交", en: "Reply to a property referral" },
  "call-back": { zh: "回访业主", en: "Call the owner back" },
  chase: { zh: "催办（工程、设计、物业整改）", en: "Chase engineering, design or the property company" },
};

export interface TodayItem {
  caseId: string;
  row: number;
  /** The log sheet of the row (a log may span sheets). */
  sheet?: string;
  rule: string;
  dueAt: LocalMinutes;
  overdue: boolean;
  /** Lateness in the rule's unit when overdue. */
  late: number | null;
  customer: string;
  phone: string;
  community: string;
  unit: string;
  description: string;
}

export interface TodayGroup {
  action: TodayAction;
  items: TodayItem[];
}

export interface TodayList {
  groups: TodayGroup[];
  /** Items in all groups (the count on the desk's tab). */
  total: number;
}

const RUNNING = new Set<ComplianceEntry["status"]>(["open", "due-soon", "overdue"]);

/**
 * Groups in order of their most urgent item; items by due (the longest overdue first), then log row.
 * "Tomorrow" ends at tomorrow's 24:00, which is written as the day after's 00:00 and is included.
 */
export function todayList(cases: readonly Case[], config: DeadlineConfig, now: LocalMinutes): TodayList {
  const horizon = startOfDay(dayOf(now) + 2);
  const byId = new Map<string, Case>();
  for (const c of cases) if (!byId.has(c.id)) byId.set(c.id, c);
  const stopOf = new Map(config.rules.map((r) => [r.id, r.stop]));
  const groups = new Map<TodayAction, TodayItem[]>();
  for (const e of evaluateCompliance(cases, config, now)) {
    if (!RUNNING.has(e.status) || e.dueAt === null || e.dueAt > horizon) continue;
    const c = byId.get(e.caseId) as Case;
    const action = ACTION_OF[stopOf.get(e.rule) as DateField] ?? "chase";
    let list = groups.get(action);
    if (list === undefined) groups.set(action, (list = []));
    list.push({
      caseId: c.id,
      row: c.row,
      ...(c.sheet === undefined ? {} : { sheet: c.sheet }),
      rule: e.rule,
      dueAt: e.dueAt,
      overdue: e.status === "overdue",
      late: e.late,
      customer: c.customer,
      phone: c.phone,
      community: c.community,
      unit: c.unit,
      description: c.description,
    });
  }
  const out: TodayGroup[] = [];
  for (const [action, items] of groups) {
    items.sort((a, b) => a.dueAt - b.dueAt || a.row - b.row);
    out.push({ action, items });
  }
  out.sort(
    (a, b) => a.items[0].dueAt - b.items[0].dueAt || TODAY_ACTIONS.indexOf(a.action) - TODAY_ACTIONS.indexOf(b.action),
  );
  return { groups: out, total: out.reduce((n, g) => n + g.items.length, 0) };
}

/**
 * Today's list as the desk shows it: first what falls due today or tomorrow, soonest first (the clerk can
 * still make it); then what is overdue, the most recently overdue first, so a case missed yesterday is not
 * buried under cases months late that the clerk has long known about. Groups keep the order of their
 * first item; items keep the same two orders within each group.
 */
export interface Agenda {
  due: TodayGroup[];
  overdue: TodayGroup[];
  total: number;
}

export function agendaOf(list: TodayList): Agenda {
  const split = (overdue: boolean): TodayGroup[] => {
    const groups: TodayGroup[] = [];
    for (const g of list.groups) {
      const items = g.items.filter((i) => i.overdue === overdue);
      if (overdue) items.sort((a, b) => b.dueAt - a.dueAt || a.row - b.row);
      if (items.length > 0) groups.push({ action: g.action, items });
    }
    const first = (g: TodayGroup): number => g.items[0].dueAt;
    return groups.sort(
      (a, b) =>
        (overdue ? first(b) - first(a) : first(a) - first(b)) ||
        TODAY_ACTIONS.indexOf(a.action) - TODAY_ACTIONS.indexOf(b.action),
    );
  };
  return { due: split(false), overdue: split(true), total: list.total };
}

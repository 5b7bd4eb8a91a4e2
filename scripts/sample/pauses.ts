/**
 * How each notice was delivered (送达方式) and the clerk's pauses (暂停记录) of the sample. Both draw from seeded
 * streams of their own, so every other value of the sample stays what it was.
 *
 * Most notices go as a 工作联系单; some by e-mail or WeChat; a few only by phone (not written: §5.7.1 asks for
 * writing, so notify-property stays running) and a few with the kind left blank. A rectification or design
 * case now and then waits on the owner or on materials: the clerk writes a pause, most closed, a few still open
 * at the end of the log, one naming a rule that may not pause (a data issue the report shows).
 */
import { dayOf, MINUTES_PER_DAY, startOfDay, type LocalMinutes } from "../../src/core/time";
import { AS_OF, type SampleCase } from "./cases";
import { createRng } from "./rng";

export interface SamplePause {
  caseId: string;
  rule: string;
  from: LocalMinutes;
  to: LocalMinutes | null;
  reason: string;
}

const DAY = MINUTES_PER_DAY;

/** 送达方式 of each case with a notice ("" when none or left blank), in case order. */
export function deliveryKinds(cases: readonly SampleCase[]): string[] {
  const rng = createRng(20261105);
  return cases.map((c) => {
    if (c.notified === null) return "";
    const toProperty = c.responsible === "物业公司";
    return rng.weighted<string>([
      ["联系单", 80],
      ["邮件", 7],
      ["微信", 8],
      ["书面", 2],
      ["电话", toProperty ? 1.2 : 2],
      ["", 0.6],
    ]);
  });
}

const REASONS = ["业主出差，无法入户", "等待业主确认维修方案", "等待材料到货", "连续降雨，无法室外施工", "业主要求暂缓施工"];

export function makePauses(cases: readonly SampleCase[]): SamplePause[] {
  const rng = createRng(20261106);
  const out: SamplePause[] = [];
  const rectifies = (c: SampleCase) =>
    (c.category === "投诉" || c.category === "建议") && c.responsible === "物业公司" && c.notified !== null;
  for (const c of cases) {
    const design = c.responsible === "设计部" && c.notified !== null;
    if (!(rectifies(c) || design) || !rng.chance(0.03)) continue;
    const start = (c.notified as { at: LocalMinutes }).at;
    const from = startOfDay(dayOf(start) + rng.int(1, 2)) + rng.int(9, 16) * 60;
    if (from > AS_OF) continue;
    const end = from + rng.int(1, 4) * DAY + rng.int(0, 8) * 60;
    // A case still open at the end of the log may still be waiting.
    const open = c.completed === null && end > AS_OF - 10 * DAY;
    const rule = rng.chance(0.5) ? "" : design ? "design-issue" : rng.pick(["rectify", "物业整改"]);
    out.push({ caseId: c.id, rule, from, to: open ? null : Math.min(end, AS_OF), reason: rng.pick(REASONS) });
  }
  // The clerk also tried to pause the 8-hour notice once: the center's own duty, so a data issue.
  const notice = cases.find((c) => rectifies(c) && c.received.at > AS_OF - 60 * DAY);
  if (notice) {
    out.push({ caseId: notice.id, rule: "notify-property", from: notice.received.at + 30, to: notice.received.at + 300, reason: "物业公司值班电话无人接听" });
  }
  // Still waiting at the end of the log: the latest cases whose rectification is running.
  const running = cases.filter((c) => rectifies(c) && c.completed === null && c.notified !== null && c.notified.at < AS_OF - 2 * DAY);
  for (const c of running.slice(-2)) {
    if (out.some((p) => p.caseId === c.id)) continue;
    out.push({ caseId: c.id, rule: "", from: (c.notified as { at: LocalMinutes }).at + DAY, to: null, reason: "业主出差，无法入户" });
  }
  return out.sort((a, b) => a.from - b.from);
}

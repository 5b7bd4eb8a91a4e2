/**
 * Every compliance entry of the bundled sample explains its due: the minutes its days counted, less those
 * pauses removed, are the rule's limit (for a day rule, N whole days plus the start day's rest), and the last
 * stretch counted ends at the entry's due. Judged at two instants of the sample year, one in the October
 * holiday (days skipped by name, make-up working days) and one after the year's pauses ended.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../../src/core/pipeline";
import { analysisExplainer, type ExplainStep, type Explanation } from "../../../src/core/deadlines";
import { parseIsoDay } from "../../../src/core/calendar";
import { formatMinutes, MINUTES_PER_DAY, parseIsoMinutes, startOfDay } from "../../../src/core/time";
import { readXlsx } from "../../../src/workbook/xlsx";

const sample = readXlsx(new Uint8Array(readFileSync(join(__dirname, "../../../assets/sample/case-log.xlsx"))));

type Step<K extends ExplainStep["step"]> = Extract<ExplainStep, { step: K }>;
const stepOf = <K extends ExplainStep["step"]>(x: Explanation, k: K): Step<K> | undefined =>
  x.steps.find((s): s is Step<K> => s.step === k);

const minutesOf = (hm: string): number => Number(hm.slice(0, 2)) * 60 + Number(hm.slice(3));

describe.each(["2026-10-05T10:00", "2026-12-31T17:00"])("the sample's explanations as of %s", (when) => {
  const a = analyze(sample, { asOf: parseIsoMinutes(when) as number });
  const explain = analysisExplainer(a);
  const rules = new Map(a.deadlineConfig!.rules.map((r) => [r.id, r]));
  const timed = a.compliance.filter((e) => e.dueAt !== null && e.startAt !== null && e.status !== "unknown");

  it("has entries of every clock, paused ones and days skipped by name", () => {
    const clocks = new Set(timed.map((e) => rules.get(e.rule)!.clock));
    expect(clocks).toEqual(new Set(["working-hours", "calendar-days", "working-days"]));
    if (when.startsWith("2026-12")) expect(timed.some((e) => e.pauseMinutes !== undefined)).toBe(true);
  });

  it("adds up: counted minutes less pauses are the limit, ending at the due", () => {
    // Mismatches collected, not asserted one by one: thousands of entries.
    const wrong: string[] = [];
    const check = (ctx: string, what: string, got: unknown, want: unknown) => {
      if (got !== want) wrong.push(`${ctx} ${what}: ${String(got)} ≠ ${String(want)}`);
    };
    for (const e of timed) {
      const rule = rules.get(e.rule)!;
      const x = explain(e);
      const days = stepOf(x, "days")!.days;
      const limit = stepOf(x, "limit")!;
      const counted = days.reduce((s, d) => s + d.minutes, 0);
      const paused = days.reduce((s, d) => s + d.paused, 0);
      const ctx = `${e.caseId} ${e.rule}`;
      check(ctx, "counted − paused", counted - paused, limit.minutes);
      check(ctx, "paused", paused, e.pauseMinutes ?? 0);
      // The limit itself, from the rule: hours, or N whole days and the start day's rest.
      const expected =
        limit.unit === "hours" ? rule.limit * 60 : rule.limit * MINUTES_PER_DAY + (limit.startDayMinutes ?? Number.NaN);
      check(ctx, "limit", limit.minutes, expected);
      // Each day's minutes are its stretches'; a skipped day counts nothing and says why.
      for (const d of days) {
        const sum = d.counted.reduce((s, [f, t]) => s + minutesOf(t) - minutesOf(f), 0);
        check(ctx, d.date, sum, d.minutes);
        if (d.kind === "skipped") check(ctx, `${d.date} skipped`, `${d.minutes} ${d.name !== undefined}`, "0 true");
      }
      // The last stretch ends at the due.
      const last = [...days].reverse().find((d) => d.counted.length > 0)!;
      const end = startOfDay(parseIsoDay(last.date)!) + minutesOf(last.counted[last.counted.length - 1][1]);
      check(ctx, "last stretch", formatMinutes(end), formatMinutes(e.dueAt!));
      check(ctx, "due step", stepOf(x, "due")!.dueAt, formatMinutes(e.dueAt!));
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(timed.length).toBeGreaterThan(1000);
  });

  it("says the lateness of every late entry in the rule's unit, as the verdict", () => {
    const bad: unknown[] = [];
    for (const e of a.compliance) {
      if (e.status !== "breached" && e.status !== "overdue") continue;
      const x = explain(e);
      const v = stepOf(x, "verdict")!;
      if (!/^(不到 )?[\d.]+ (天|小时|个工作小时|个工作日)( \d+ 小时)?$/.test(v.late?.zh ?? "")) bad.push(v.late?.zh);
      if (!x.text.zh.includes(v.late!.zh) || !x.text.en.includes(v.late!.en)) bad.push(x.text.en);
    }
    expect(bad).toEqual([]);
  });
});

/**
 * Pauses and written delivery as the compliance entries show them (DESIGN §2 Pauses, §3), and the Pauses sheet
 * read through the whole pipeline.
 */
import { analyze } from "../../../src/core/pipeline";
import {
  checkPauses,
  defaultDeadlineConfig,
  evaluateCompliance,
  readDeadlineSettings,
  type AppliedPause,
} from "../../../src/core/deadlines";
import type { CellValue, ComplianceEntry, Pause, SettingsEntry } from "../../../src/core/model";
import { formatMinutes } from "../../../src/core/time";
import { say, type Message } from "../../../src/core/messages";
import { at, makeCase, type CaseSpec } from "./make-case";
import { said } from "../../support/said";

const config = defaultDeadlineConfig();
const fmt = (m: number | null) => (m === null ? null : formatMinutes(m));

function pause(
  caseId: string,
  from: string,
  to: string | null,
  rule: string | null = null,
  reason = "业主出差，无法入户",
  row = 2,
): Pause {
  return { row, caseId, rule, from: at(from), to: to === null ? null : at(to), reason };
}

function judge(spec: CaseSpec, rule: string, asOf: string, pauses: Pause[] = [], cfg = config) {
  const c = makeCase({ id: "A1", ...spec });
  const checked = checkPauses(pauses, [c], cfg, at(asOf));
  const e = evaluateCompliance([c], cfg, at(asOf), { pauses: checked.byCase }).find((x) => x.rule === rule);
  return { entry: e && show(e), issues: checked.issues.map((m) => say(m, "zh")) };
}
const show = (e: ComplianceEntry) => ({
  due: fmt(e.dueAt),
  stop: fmt(e.stopAt),
  status: e.status,
  late: e.late,
  ...(e.pauseMinutes !== undefined ? { pauseMinutes: e.pauseMinutes } : {}),
  ...(e.note !== undefined ? { note: said(e.note) } : {}),
  ...(e.delivery !== undefined ? { delivery: e.delivery } : {}),
});

// A complaint delivered to the property company Thu 8 Oct 11:00: rectify is due at the end of 13 Oct.
const complaint: CaseSpec = {
  category: "complaint",
  responsible: "property",
  receivedAt: "2026-10-08T09:00",
  notifiedAt: "2026-10-08T11:00",
};

describe("pauses move a day rule's due by the minutes they cover", () => {
  it("a closed 2-day pause moves rectify's due by 2 days; a completion inside the new due is met", () => {
    const p = [pause("A1", "2026-10-10T00:00", "2026-10-12T00:00")];
    expect(judge({ ...complaint, completedAt: "2026-10-15T10:00" }, "rectify", "2026-12-31T00:00", p).entry).toEqual({
      due: "2026-10-16T00:00",
      stop: "2026-10-15T10:00",
      status: "met",
      late: null,
      pauseMinutes: 2880,
    });
    // Unpaused, the same completion is 1.42 days late.
    expect(judge({ ...complaint, completedAt: "2026-10-15T10:00" }, "rectify", "2026-12-31T00:00").entry).toMatchObject(
      {
        due: "2026-10-14T00:00",
        status: "breached",
        late: 1.42,
      },
    );
  });

  it("an open pause makes a running rule `paused`, due as if the pause ended at as-of", () => {
    const p = [pause("A1", "2026-10-10T00:00", null)];
    expect(judge(complaint, "rectify", "2026-10-20T12:00", p).entry).toEqual({
      due: "2026-10-24T12:00",
      stop: null,
      status: "paused",
      late: null,
      pauseMinutes: 10 * 1440 + 720,
    });
    // A pause whose end is after as-of is still open then.
    expect(
      judge(complaint, "rectify", "2026-10-20T12:00", [pause("A1", "2026-10-10T00:00", "2026-10-25T00:00")]).entry
        ?.status,
    ).toBe("paused");
  });

  it("a pause begun after the due has passed does not excuse it: still overdue", () => {
    const p = [pause("A1", "2026-10-15T00:00", null)];
    expect(judge(complaint, "rectify", "2026-10-20T12:00", p).entry).toMatchObject({
      status: "overdue",
      due: "2026-10-14T00:00",
    });
  });

  it("a pause that starts after as-of has not happened yet", () => {
    const p = [pause("A1", "2026-10-12T00:00", null)];
    expect(judge(complaint, "rectify", "2026-10-11T00:00", p)).toEqual({
      entry: { due: "2026-10-14T00:00", stop: null, status: "open", late: null },
      issues: [],
    });
  });
});

describe("which rules pause", () => {
  it("a blank 规则 pauses only the rules that may pause; the center's own run on, with no issue", () => {
    const p = [pause("A1", "2026-10-08T09:00", "2026-10-10T09:00")];
    const spec: CaseSpec = { ...complaint, notifiedAt: "2026-10-10T10:00" };
    const r = judge(spec, "notify-property", "2026-12-31T00:00", p);
    expect(r.entry).toMatchObject({ status: "breached", due: "2026-10-09T09:30" });
    expect(r.issues).toEqual([]);
  });

  it("a pause naming a rule that may not pause, or an unknown one, is a data issue and is not applied", () => {
    const p = [pause("A1", "2026-10-08T09:00", "2026-10-10T09:00", "notify-property", "等物业回复", 7)];
    const r = judge({ ...complaint, notifiedAt: "2026-10-10T10:00" }, "notify-property", "2026-12-31T00:00", p);
    expect(r.entry).toMatchObject({ status: "breached" });
    expect(r.issues).toEqual([
      "暂停记录 第 7 行（案件 A1）：时限“8小时内书面送达物业”不可暂停（设置“暂停 / 可暂停规则”），未计入。",
    ]);
    expect(
      judge(complaint, "rectify", "2026-12-31T00:00", [pause("A1", "2026-10-09T00:00", null, "整改")]).issues[0],
    ).toContain("“整改”不是现有的时限规则");
    // Named by its Chinese name, the rule is found.
    expect(
      judge(complaint, "rectify", "2026-10-12T00:00", [pause("A1", "2026-10-09T00:00", null, "物业整改")]).entry
        ?.status,
    ).toBe("paused");
  });

  it("a reason not accepted, a blank one, an unknown case or a broken cap are data issues", () => {
    const { config: cfg, errors } = readDeadlineSettings([
      setting("暂停", "认可原因", "业主原因, 等待材料"),
      setting("暂停", "每案上限", "3 天"),
    ]);
    expect(errors).toEqual([]);
    const c = makeCase({ id: "A1", ...complaint });
    const rows = [
      pause("A1", "2026-10-09T00:00", "2026-10-10T00:00", null, "业主原因：出差", 2),
      pause("A1", "2026-10-10T00:00", "2026-10-11T00:00", null, "天气", 3),
      pause("A1", "2026-10-10T00:00", "2026-10-11T00:00", null, "", 4),
      pause("B9", "2026-10-10T00:00", "2026-10-11T00:00", null, "等待材料", 5),
      pause("A1", "2026-10-11T00:00", "2026-10-14T00:00", null, "等待材料", 6),
      pause("A1", "2026-10-11T00:00", "2026-10-12T00:00", null, "等待材料", 7),
    ];
    const r = checkPauses(rows, [c], cfg, at("2026-12-31T00:00"));
    expect(r.issues.map((m) => say(m, "zh"))).toEqual([
      "暂停记录 第 3 行（案件 A1）：原因“天气”不在认可的原因之列（业主原因、等待材料），未计入。",
      "暂停记录 第 4 行（案件 A1）：原因未填，未计入。",
      "暂停记录 第 5 行（案件 B9）：案件登记中没有这个编号，未计入。",
      "暂停记录 第 6 行（案件 A1）：该案暂停累计 4 天，超过每案上限 3 天，未计入。",
    ]);
    expect(r.byCase.get("A1")?.map((p: AppliedPause) => p.row)).toEqual([2, 7]);
  });

  it("the agreed completion date never pauses, even when Settings ask", () => {
    const r = readDeadlineSettings([setting("暂停", "可暂停规则", "rectify, agreed-completion")]);
    expect(r.errors.map((e) => say(e.message as Message, "zh"))).toEqual([
      "可暂停规则：“按约定时间完成”按约定日期计，不能暂停；改期请重写约定完成时间",
    ]);
    expect(r.config.pausing?.rules).toEqual(["design-issue", "follow-up", "rectify"]);
  });
});

describe("written delivery (§5.7.1 以书面的形式)", () => {
  const withKind = (deliveryKind: string) => ({ ...complaint, deliveryKind, notifiedAt: "2026-10-08T15:00" });

  it("a written kind stops notify-property; a phone call leaves the clock running", () => {
    expect(judge(withKind("联系单"), "notify-property", "2026-10-09T12:00").entry).toMatchObject({
      status: "met",
      delivery: "written",
    });
    expect(judge(withKind("电话"), "notify-property", "2026-10-09T12:00").entry).toEqual({
      due: "2026-10-09T09:30",
      stop: null,
      status: "overdue",
      late: 2.5,
      delivery: "verbal",
      note: "口头送达，未书面",
    });
    expect(judge(withKind("传达室转交"), "notify-property", "2026-10-08T16:00").entry).toMatchObject({
      status: "due-soon",
      note: "送达方式“传达室转交”不是书面方式，未计为书面送达",
    });
  });

  it("a blank kind counts as written; Settings may change the written kinds", () => {
    expect(judge(withKind(""), "notify-property", "2026-10-09T12:00").entry).toMatchObject({
      status: "met",
      delivery: "unstated",
    });
    const cfg = readDeadlineSettings([setting("送达方式", "书面方式", "联系单")]).config;
    expect(judge(withKind("微信"), "notify-property", "2026-10-09T12:00", [], cfg).entry).toMatchObject({
      status: "overdue",
      delivery: "verbal",
    });
  });

  it("rectify still starts at the delivery, however it was made", () => {
    expect(judge(withKind("电话"), "rectify", "2026-10-09T12:00").entry).toMatchObject({ status: "open" });
  });
});

function setting(section: string, key: string, value: string, row = 2): SettingsEntry {
  return { row, section, key, value };
}

describe("through the pipeline", () => {
  const head = ["编号", "受理时间", "类别", "责任单位", "送达时间", "送达方式", "完成时间"];
  const log = (rows: CellValue[][]) => ({ name: "案件登记", firstRow: 1, firstColumn: 1, values: [head, ...rows] });
  const pausesSheet = (rows: CellValue[][]) => ({
    name: "暂停记录",
    firstRow: 1,
    firstColumn: 1,
    values: [["编号", "规则", "暂停开始", "暂停结束", "原因"], ...rows],
  });

  it("reads the Pauses sheet, applies its pauses, rejects bad rows with their row, and counts blank kinds once", () => {
    const a = analyze(
      {
        date1904: false,
        sheets: [
          log([
            ["A1", "2026-10-08 09:00", "投诉", "物业公司", "2026-10-08 11:00", "联系单", "2026-10-15 10:00"],
            ["A2", "2026-10-08 09:00", "投诉", "物业公司", "2026-10-08 11:00", "", ""],
            ["A3", "2026-10-08 09:00", "建议", "物业公司", "2026-10-08 11:00", "", ""],
          ]),
          pausesSheet([
            ["A1", "", "2026-10-10", "2026-10-11", "业主出差"],
            ["A2", "rectify", "2026-10-10 00:00", "", "等待材料"],
            ["A3", "", "十月", "", "业主出差"],
            ["A3", "", "2026-10-12", "2026-10-11", "业主出差"],
          ]),
        ],
      },
      { asOf: at("2026-10-20T00:00") },
    );
    const rectify = (id: string) => a.compliance.find((e) => e.caseId === id && e.rule === "rectify")!;
    expect(show(rectify("A1"))).toMatchObject({ due: "2026-10-16T00:00", status: "met", pauseMinutes: 2880 });
    expect(show(rectify("A2"))).toMatchObject({ status: "paused", due: "2026-10-24T00:00" });
    expect(a.pauses?.rows.map((p) => p.row)).toEqual([2, 3]);
    const warnings = a.warnings.map((w) => say(w, "zh"));
    expect(warnings.filter((w) => w.startsWith("暂停记录"))).toEqual([
      expect.stringMatching(/^暂停记录 第 4 行 暂停开始：/),
      "暂停记录 第 5 行 暂停结束：暂停结束不晚于暂停开始",
    ]);
    expect(warnings.filter((w) => w.includes("送达方式空白"))).toEqual([
      "2 件案件已填送达时间但送达方式空白，已按书面送达计；§5.7.1 要求书面送达，请补填送达方式（书面、联系单、电话……）。",
    ]);
  });
});

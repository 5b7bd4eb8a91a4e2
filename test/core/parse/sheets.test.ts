import { readCommunities, readInspections, readSettingsEntries } from "../../../src/core/parse";
import { formatMinutes } from "../../../src/core/time";
import { workbook } from "./grid";
import { say, type Message } from "../../../src/core/messages";
import { said } from "../../support/said";

const zhTexts = (ms: readonly Message[]): string[] => ms.map((m) => say(m, "zh"));

describe("Settings sheet", () => {
  it("is absent → present false, no entries", () => {
    expect(readSettingsEntries(workbook({ 案件登记: [["编号"]] }))).toMatchObject({ present: false, entries: [] });
  });

  it("reads every non-blank row under the bilingual header; blank section cells continue the section above", () => {
    const r = readSettingsEntries(
      workbook({
        设置: [
          ["Casebook 设置"],
          [],
          ["分类 Section", "项目 Key", "值 Value", "来源 Source", "说明 Note"],
          ["工作时间", "周一至周五", "08:30-12:00,13:00-17:00", "§5.2", ""],
          ["", "周六周日", "09:00-17:00", "§5.2", ""],
          [],
          ["节假日 2027", 46388, "休", "", "a date typed as a date"],
          ["", "2027-02-07", "班", "", ""],
          ["时限规则", "notify-property.时限", 8, "§5.7.1", ""],
          ["", "notify-property.预警", 0.75, "", ""],
          ["", "", "", "", "only a note"],
        ],
      }),
    );
    expect(r.present).toBe(true);
    expect(r.valueColumn).toBe(3);
    expect(r.entries).toEqual([
      { row: 4, section: "工作时间", key: "周一至周五", value: "08:30-12:00,13:00-17:00" },
      { row: 5, section: "工作时间", key: "周六周日", value: "09:00-17:00" },
      { row: 7, section: "节假日 2027", key: "2027-01-01", value: "休" },
      { row: 8, section: "节假日 2027", key: "2027-02-07", value: "班" },
      { row: 9, section: "时限规则", key: "notify-property.时限", value: "8" },
      { row: 10, section: "时限规则", key: "notify-property.预警", value: "0.75" },
      { row: 11, section: "时限规则", key: "", value: "" },
    ]);
  });

  it("turns a serial date in the value column into YYYY-MM-DD (1904 workbooks too), and finds English headers in other columns", () => {
    const grid = [
      ["", "Key", "Section", "Value"],
      ["", "旺季开始", "其他", 46204],
    ];
    expect(readSettingsEntries(workbook({ Settings: grid })).entries).toEqual([
      { row: 2, section: "其他", key: "旺季开始", value: "2026-07-01" },
    ]);
    const g1904 = [
      ["Key", "Value"],
      ["旺季开始", 46204 - 1462],
    ];
    expect(readSettingsEntries(workbook({ Settings: g1904 }, { date1904: true })).entries[0].value).toBe("2026-07-01");
  });

  it("without a header, takes the first three columns as section, key, value", () => {
    expect(readSettingsEntries(workbook({ 设置: [["工作时间", "周六周日", "09:00-17:00"]] })).entries).toEqual([
      { row: 1, section: "工作时间", key: "周六周日", value: "09:00-17:00" },
    ]);
  });
});

describe("Communities sheet", () => {
  it("is absent → empty lists, no error", () => {
    expect(readCommunities(workbook({}))).toEqual({ communities: [], rejected: [], warnings: [] });
  });

  it("reads communities under a title, with households and handover dates; rejects totals, nameless and repeated rows", () => {
    const r = readCommunities(
      workbook({
        小区: [
          ["小区信息表"],
          ["小区", "物业公司", "户数（户）", "交付日期"],
          ["海景花园", "安居物业", 1200, 44197],
          ["山水名苑", "海信物业", "８５０户", "2022年6月30日"],
          ["", "安居物业", 10, ""],
          ["海景花园", "安居物业", 5, ""],
          ["云岭", "#N/A", "很多", "2022-02-30"],
          ["合计", "", 2065, ""],
        ],
      }),
    );
    expect(
      r.communities.map((c) => [
        c.name,
        c.propertyCompany,
        c.households,
        c.handoverDate === null ? null : formatMinutes(c.handoverDate),
        c.row,
      ]),
    ).toEqual([
      ["海景花园", "安居物业", 1200, "2021-01-01T00:00", 3],
      ["山水名苑", "海信物业", 850, "2022-06-30T00:00", 4],
      ["云岭", "", null, null, 7],
    ]);
    expect(r.rejected.map((x) => said(x.reason))).toEqual([
      "第 5 行 小区：小区为空",
      "第 6 行 小区：小区重复（首次出现在第 3 行）",
      "第 8 行 小区：合计行，不计为小区",
    ]);
    expect(zhTexts(r.warnings)).toEqual([
      "第 7 行 物业公司：单元格为错误值 #N/A",
      "第 7 行 户数（户）：“很多” 不是有效户数（应为不小于 0 的整数），户数按空计",
      "第 7 行 交付日期：'2022-02-30' 不是有效日期（2022年2月只有 28 天）",
    ]);
  });

  it("warns when the sheet has no 小区 column", () => {
    expect(readCommunities(workbook({ Communities: [["名称X", "户数"]] })).warnings).toHaveLength(1);
  });
});

describe("Inspections sheet", () => {
  const header = ["日期", "小区", "物业公司", "检查项目", "问题描述", "扣分", "整改期限", "整改完成时间"];

  it("is absent → empty lists", () => {
    expect(readInspections(workbook({}))).toEqual({ inspections: [], rejected: [], warnings: [] });
  });

  it("reads inspections; a date-only 整改期限 is due at the end of its day; the company comes from 小区 when blank", () => {
    const r = readInspections(
      workbook({
        巡检: [
          ["2026年巡检记录"],
          header,
          ["2026-03-05", "海景花园", "安居物业", "绿化", "草坪枯黄", 2, "2026-03-10", "2026-03-09 15:00"],
          ["3月6日", "山水名苑", "", "保洁", "楼道垃圾", "1.5分", "", ""],
        ],
      }),
      { communities: [{ name: "山水名苑", propertyCompany: "海信物业", households: 850, handoverDate: null, row: 4 }] },
    );
    expect(said(r.rejected)).toEqual([]);
    expect(
      r.inspections.map((i) => ({
        ...i,
        date: formatMinutes(i.date),
        rectifyBy: i.rectifyBy && formatMinutes(i.rectifyBy),
        rectifiedAt: i.rectifiedAt && formatMinutes(i.rectifiedAt),
      })),
    ).toEqual([
      {
        row: 3,
        date: "2026-03-05T00:00",
        community: "海景花园",
        propertyCompany: "安居物业",
        item: "绿化",
        problem: "草坪枯黄",
        deduction: 2,
        rectifyBy: "2026-03-11T00:00",
        rectifiedAt: "2026-03-09T15:00",
      },
      {
        row: 4,
        date: "2026-03-06T00:00",
        community: "山水名苑",
        propertyCompany: "海信物业",
        item: "保洁",
        problem: "楼道垃圾",
        deduction: 1.5,
        rectifyBy: null,
        rectifiedAt: null,
      },
    ]);
  });

  it("rejects rows it cannot use, each problem separately, and keeps rows with a bad optional date", () => {
    const r = readInspections(
      workbook({
        Inspections: [
          header,
          ["", "海景花园", "安居物业", "", "", 1, "", ""],
          ["2026-03-05", "", "", "", "", "x", "", ""],
          ["2026-03-05", "海景花园", "安居物业", "", "", -1, "", ""],
          ["2026-03-05", "海景花园", "安居物业", "", "", "", "3月40日", ""],
          ["2026-03-05", "云岭", "", "", "", "", "", ""],
          ["合计", "", "", "", "", 4, "", ""],
        ],
      }),
    );
    expect(r.rejected.map((x) => said(x.reason))).toEqual([
      "第 2 行 日期：日期为空，应为检查日期",
      "第 3 行 扣分：'x' 不是有效扣分（应为不小于 0 的数）",
      "第 3 行 小区：小区和物业公司都为空，无法归属",
      "第 4 行 扣分：'-1' 不是有效扣分（应为不小于 0 的数）",
      "第 7 行 日期：合计行，不计为巡检记录",
    ]);
    expect(r.inspections.map((i) => [i.row, i.rectifyBy, i.propertyCompany])).toEqual([
      [5, null, "安居物业"],
      [6, null, ""],
    ]);
    expect(zhTexts(r.warnings)).toEqual([
      "第 5 行 整改期限：'3月40日' 不是有效日期（2026年3月只有 31 天）",
      "第 6 行：小区“云岭”的物业公司未知（巡检表与小区表中都没有），不计入物业公司考核。",
    ]);
  });
});

/** Hand-made SheetDocs for the writer's tests: every block, every column kind, every chart kind. */
import type { SheetDoc } from "../../src/core/output/sheet-doc";
import { toMinutes } from "../../src/core/time";

export const at = (year: number, month: number, day: number, hour = 0, minute = 0): number =>
  toMinutes({ year, month, day, hour, minute });

export const summary: SheetDoc = {
  name: "摘要",
  title: "2026年10月 客服中心月报",
  subtitle: ["统计期间：2026-10-01 至 2026-10-31", "截至：2026-10-31 17:00"],
  figures: [
    { label: "受理案件", value: 412, kind: "integer" },
    { label: "按时率", value: 0.9125, kind: "percent", note: "按时 / 已到期" },
    { label: "质保金扣留", value: 12500.5, kind: "money" },
    { label: "最早受理", value: at(2026, 10, 1, 8, 35), kind: "datetime" },
  ],
  tables: [
    {
      name: "ComplaintsByCompany",
      caption: "各物业公司投诉",
      columns: [
        { header: "物业公司", kind: "text" },
        { header: "投诉", kind: "integer" },
        { header: "维修", kind: "integer" },
        { header: "按时率", kind: "percent" },
        { header: "等级", kind: "text", highlight: "grade" },
      ],
      rows: [
        ["金辉物业", 12, 30, 0.95, "A"],
        ["安居物业服务有限公司", 7, 22, 0.81, "B 良好"],
        ["Greenfield Property", 3, 9, null, "不合格"],
        ["城南物业", 0, 4, 0.7, "合格"],
      ],
      totals: true,
    },
    {
      name: "OnTimeByRule",
      caption: "各时限按时率",
      columns: [
        { header: "时限", kind: "text" },
        { header: "按时率", kind: "percent" },
      ],
      rows: [
        ["8小时内书面送达物业", 0.93],
        ["物业转交3日内回复", 0.75],
        ["处理后回访", 1],
      ],
    },
    {
      name: "Trend",
      caption: "月度趋势",
      columns: [
        { header: "月份", kind: "text" },
        { header: "案件", kind: "integer" },
        { header: "金辉物业", kind: "number" },
        { header: "安居物业", kind: "number" },
      ],
      rows: [
        ["2026-08", 380, 88.5, 79],
        ["2026-09", 401, 90.25, null],
        ["2026-10", 412, 91, 82.5],
      ],
    },
    {
      name: "CategoryMix",
      columns: [
        { header: "类别", kind: "text" },
        { header: "件数", kind: "integer" },
      ],
      rows: [
        ["投诉", 22],
        ["维修", 65],
        ["日常", 300],
        ["建议", 25],
      ],
    },
  ],
  charts: [
    {
      kind: "column",
      title: "各物业公司投诉与维修",
      table: "ComplaintsByCompany",
      categoryColumn: 0,
      seriesColumns: [1, 2],
    },
    {
      kind: "bar",
      title: "各时限按时率",
      table: "OnTimeByRule",
      categoryColumn: 0,
      seriesColumns: [1],
      percentAxis: true,
    },
    { kind: "line", title: "月度趋势", table: "Trend", categoryColumn: 0, seriesColumns: [2, 3] },
    { kind: "doughnut", title: "类别构成", table: "CategoryMix", categoryColumn: 0, seriesColumns: [1] },
    {
      kind: "stacked-column",
      title: "投诉与维修（堆积）",
      table: "ComplaintsByCompany",
      categoryColumn: 0,
      seriesColumns: [1, 2],
    },
  ],
};

/** Text a clerk might type that a careless writer would turn into formulas or broken XML. */
export const HOSTILE_TEXT = [
  '=HYPERLINK("http://evil.example","点我")',
  "+cmd|' /C calc'!A0",
  "-2+3",
  "@SUM(1,2)",
  'a < b & c > d "quoted"',
  "control\u0001char",
  "literal _x0041_ escape",
  "  leading and trailing  ",
  "line one\nline two",
  "emoji 😀 ok",
];

export const register: SheetDoc = {
  name: "投诉登记",
  title: "投诉登记簿",
  subtitle: ["2026年10月"],
  tables: [
    {
      name: "Complaints",
      columns: [
        { header: "编号", kind: "text" },
        { header: "受理时间", kind: "datetime" },
        { header: "约定完成", kind: "date" },
        { header: "事项内容", kind: "text" },
        { header: "状态", kind: "text", highlight: "status" },
        { header: "超时(小时)", kind: "number", highlight: "late" },
        { header: "质保金", kind: "money" },
        { header: "件数", kind: "integer" },
      ],
      rows: HOSTILE_TEXT.map((text, i) => [
        `TS-${1001 + i}`,
        at(2026, 10, 1 + i, 9, 5 * i),
        i % 3 === 0 ? null : at(2026, 10, 10 + i),
        text,
        ["已逾期", "按时", "即将到期", "breached", "Met", "进行中", "overdue", "due-soon", "无法判断", "超时"][i],
        i % 2 === 0 ? 0 : i * 1.5,
        i === 4 ? 1500.1 : null,
        1,
      ]),
      totals: true,
    },
  ],
  charts: [],
};

export const empty: SheetDoc = {
  name: "Data issues",
  title: "Data issues",
  tables: [
    {
      name: "Rejected",
      columns: [
        { header: "Row", kind: "integer" },
        { header: "Column", kind: "text" },
        { header: "Reason", kind: "text" },
      ],
      rows: [],
    },
  ],
  charts: [{ kind: "column", title: "Rejected rows", table: "Rejected", categoryColumn: 1, seriesColumns: [0] }],
  landscape: false,
};

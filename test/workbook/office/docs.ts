/** Output sheets as the core's report model would hand them over: a register, and a scorecard with a chart. */
import type { SheetDoc, TableCell } from "../../../src/core/output/sheet-doc";
import { toMinutes } from "../../../src/core/time";

export const RECEIVED = toMinutes({ year: 2026, month: 10, day: 3, hour: 14, minute: 20 });

export function registerDoc(rows: number, name = "投诉登记簿"): SheetDoc {
  const data: TableCell[][] = Array.from({ length: rows }, (_, i) => [
    `KF-${String(i + 1).padStart(6, "0")}`,
    RECEIVED + i * 7,
    i === 0 ? '=HYPERLINK("http://evil.example","点我")' : `翠湖花园 ${(i % 20) + 1}-2-501 卫生间漏水，楼上渗水至楼下`,
    i % 3 === 0 ? "已逾期" : "按时",
    i % 5 === 0 ? 2.5 : null,
    1500.5,
  ]);
  return {
    name,
    title: "投诉登记簿 Complaints register",
    subtitle: ["2026-10", "截至 as of 2026-10-31 17:00"],
    figures: [
      { label: "案件数 Cases", value: rows, kind: "integer" },
      { label: "按时率 On time", value: 0.925, kind: "percent", note: "37/40" },
    ],
    tables: [
      {
        name: `T_${name === "投诉登记簿" ? "complaints" : name.replace(/\W/g, "_")}`,
        caption: "案件 Cases",
        columns: [
          { header: "编号 Case No", kind: "text" },
          { header: "受理时间 Received", kind: "datetime" },
          { header: "事项内容 Description", kind: "text", width: 40 },
          { header: "状态 Status", kind: "text", highlight: "status" },
          { header: "超时(小时) Late", kind: "number", highlight: "late" },
          { header: "质保金 Withheld", kind: "money" },
        ],
        rows: data,
        totals: true,
      },
    ],
    charts: [],
  };
}

export function scorecardDoc(): SheetDoc {
  return {
    name: "物业考核",
    title: "物业公司考核 Scorecards",
    tables: [
      {
        name: "T_scorecard",
        columns: [
          { header: "物业公司 Company", kind: "text" },
          { header: "得分 Score", kind: "number" },
          { header: "等级 Grade", kind: "text", highlight: "grade" },
          { header: "整改及时率 Rectified on time", kind: "percent" },
        ],
        rows: [
          ["金管家物业", 92.5, "A 优秀", 0.95],
          ["和园物业", 68, "D 不合格", 0.6],
        ],
      },
    ],
    charts: [
      { kind: "column", title: "得分 Score", table: "T_scorecard", categoryColumn: 0, seriesColumns: [1] },
      {
        kind: "bar",
        title: "及时率 On time",
        table: "T_scorecard",
        categoryColumn: 0,
        seriesColumns: [3, 1],
        percentAxis: true,
      },
    ],
  };
}

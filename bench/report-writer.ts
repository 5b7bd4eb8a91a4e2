/**
 * Report writer performance (issue 5: a 100k-case register written in ≤ 3 s). Builds a register SheetDoc
 * of 100,000 rows × 25 columns shaped like the case log (ids, date-times, CJK text, codes, amounts,
 * highlighted status and lateness) plus a summary sheet with all chart kinds, then times writeWorkbook.
 */
import type { ColumnSpec, SheetDoc, TableCell } from "../src/core/output/sheet-doc";
import { toMinutes } from "../src/core/time";
import { writeWorkbook } from "../src/xlsx-writer";
import { nodeDeflateRaw } from "../src/xlsx-writer/node-deflate";

const COMMUNITIES = ["金辉花园", "城南新苑", "翠湖天地", "锦绣华庭", "滨江一号", "阳光里"];
const COMPANIES = ["金辉物业", "安居物业服务有限公司", "城南物业", "绿城服务"];
const STATUSES = ["按时", "超时", "进行中", "即将到期", "已逾期", "无法判断"];
const WORDS = ["卫生间漏水", "外墙渗水", "电梯故障", "门禁无法开启", "楼道照明损坏", "车位纠纷", "噪音扰民", "绿化养护不到位"];

/** A deterministic pseudo-random sequence (mulberry32), so every run writes the same workbook. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function registerDoc(rowCount: number): SheetDoc {
  const rnd = random(7);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const base = toMinutes({ year: 2026, month: 1, day: 1, hour: 8, minute: 30 });
  const columns: ColumnSpec[] = [
    { header: "编号", kind: "text" },
    { header: "受理时间", kind: "datetime" },
    { header: "来源渠道", kind: "text" },
    { header: "客户姓名", kind: "text" },
    { header: "联系电话", kind: "text" },
    { header: "小区", kind: "text" },
    { header: "房号", kind: "text" },
    { header: "类别", kind: "text" },
    { header: "事项内容", kind: "text" },
    { header: "责任单位", kind: "text" },
    { header: "物业公司", kind: "text" },
    { header: "送达时间", kind: "datetime" },
    { header: "联系单号", kind: "text" },
    { header: "约定完成时间", kind: "date" },
    { header: "完成时间", kind: "datetime" },
    { header: "验证结果", kind: "text" },
    { header: "回访时间", kind: "datetime" },
    { header: "满意度", kind: "text" },
    { header: "质保金扣留(元)", kind: "money" },
    { header: "时限状态", kind: "text", highlight: "status" },
    { header: "超时(小时)", kind: "number", highlight: "late" },
    { header: "按时率", kind: "percent" },
    { header: "重复投诉", kind: "integer" },
    { header: "状态", kind: "text" },
    { header: "备注", kind: "text" },
  ];
  const rows: TableCell[][] = new Array(rowCount);
  for (let i = 0; i < rowCount; i++) {
    const received = base + Math.floor(rnd() * 365 * 1440);
    const done = rnd() < 0.8 ? received + Math.floor(rnd() * 10 * 1440) : null;
    rows[i] = [
      `TS-2026-${String(i + 1).padStart(6, "0")}`,
      received,
      pick(["电话", "来访", "物业转交", "信函"]),
      `${pick(["王", "李", "张", "刘"])}**`,
      `138****${String(1000 + (i % 9000))}`,
      pick(COMMUNITIES),
      `${1 + (i % 12)}-${1 + (i % 3)}-${100 + (i % 30)}`,
      pick(["投诉", "维修", "日常", "建议"]),
      `${pick(COMMUNITIES)}${1 + (i % 12)}栋${pick(WORDS)}，业主要求尽快处理（第${i % 5}次来电）`,
      pick(["物业公司", "工程部", "设计部"]),
      pick(COMPANIES),
      received + Math.floor(rnd() * 600),
      `LXD-${i}`,
      rnd() < 0.3 ? Math.floor(received / 1440 + 7) * 1440 : null,
      done,
      done === null ? null : pick(["通过", "不通过"]),
      done === null ? null : done + 2880,
      done === null ? null : pick(["满意", "基本满意", "不满意"]),
      rnd() < 0.05 ? Math.round(rnd() * 500000) / 100 : null,
      pick(STATUSES),
      rnd() < 0.2 ? Math.round(rnd() * 400) / 10 : 0,
      Math.round(rnd() * 1000) / 1000,
      rnd() < 0.1 ? 1 : 0,
      "已办结",
      i % 10 === 0 ? "回访时业主表示满意" : null,
    ];
  }
  return { name: "投诉登记", title: "案件登记簿", subtitle: ["2026年"], tables: [{ name: "Register", columns, rows, totals: true }], charts: [] };
}

export function summaryDoc(): SheetDoc {
  const companies = COMPANIES.map((c, i) => [c, 10 + i * 3, 30 - i * 4, 0.95 - i * 0.05] as TableCell[]);
  return {
    name: "摘要",
    title: "2026年度客服中心报告",
    figures: [{ label: "受理案件", value: 100000, kind: "integer" }],
    tables: [
      {
        name: "ByCompany",
        columns: [
          { header: "物业公司", kind: "text" },
          { header: "投诉", kind: "integer" },
          { header: "维修", kind: "integer" },
          { header: "按时率", kind: "percent" },
        ],
        rows: companies,
      },
    ],
    charts: [
      { kind: "column", title: "投诉", table: "ByCompany", categoryColumn: 0, seriesColumns: [1, 2] },
      { kind: "bar", title: "按时率", table: "ByCompany", categoryColumn: 0, seriesColumns: [3], percentAxis: true },
      { kind: "line", title: "趋势", table: "ByCompany", categoryColumn: 0, seriesColumns: [1, 2] },
      { kind: "doughnut", title: "构成", table: "ByCompany", categoryColumn: 0, seriesColumns: [1] },
    ],
  };
}

/** Wall time, plus this process's CPU time: on a shared machine the wall time also counts the neighbours. */
async function timed(run: () => Promise<Uint8Array>): Promise<{ ms: number; cpuMs: number; bytes: number }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const out = await run();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { ms, cpuMs: (c.user + c.system) / 1000, bytes: out.byteLength };
}

export async function benchReportWriter(): Promise<{ name: string; ms: number; cpuMs: number; mb: number }[]> {
  const docs = [summaryDoc(), registerDoc(100_000)];
  // One warm-up run on a small register so the JIT is not what is measured.
  await writeWorkbook([summaryDoc(), registerDoc(2000)], { lang: "zh" });
  const results: { name: string; ms: number; cpuMs: number; mb: number }[] = [];
  for (const [name, options] of [
    ["write 100k×25 register + 4 charts (Node zlib deflate, as the CLI)", { deflateRaw: nodeDeflateRaw }],
    ["write 100k×25 register + 4 charts (fflate deflate 1, as the browser)", { compression: 1 }],
  ] as const) {
    const r = await timed(() => writeWorkbook(docs, { lang: "zh", ...options }));
    results.push({ name, ms: Math.round(r.ms), cpuMs: Math.round(r.cpuMs), mb: Math.round((r.bytes / 1048576) * 10) / 10 });
  }
  return results;
}

if (require.main === module) {
  void benchReportWriter().then((rows) => console.table(rows));
}

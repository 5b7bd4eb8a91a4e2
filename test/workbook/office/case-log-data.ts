/**
 * A clerk's case log of any size, deterministic, shaped like the real one: the 25 canonical columns,
 * dates as Excel serials, phone numbers and unit numbers as text, Chinese descriptions of varied length.
 */
import type { CellValue } from "../../../src/core/model";
import { toExcelSerial, toMinutes } from "../../../src/core/time";

export const LOG_HEADERS = [
  "编号",
  "受理时间",
  "来源渠道",
  "客户姓名",
  "联系电话",
  "小区",
  "房号",
  "类别",
  "事项内容",
  "责任单位",
  "物业公司",
  "重大质量问题",
  "送达时间",
  "联系单号",
  "约定完成时间",
  "设计出图时间",
  "完成时间",
  "回复时间",
  "验证结果",
  "回访时间",
  "回访方式",
  "满意度",
  "质保金扣留(元)",
  "状态",
  "备注",
];
export const LOG_DATE_COLUMNS = [1, 12, 14, 15, 16, 17, 19];

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CHANNELS = ["电话", "来访", "信函", "传真", "意见箱", "物业转交", "销售转交", "巡检"];
const COMMUNITIES = ["翠湖花园", "锦绣华庭", "御景湾", "滨江一号", "香樟苑"];
const COMPANIES = ["金管家物业", "安居物业服务有限公司", "和园物业"];
const CATEGORIES = ["投诉", "维修", "日常", "建议", ""];
const RESPONSIBLE = ["物业公司", "工程部", "销售部", "设计部", "维修单位"];
const SURNAMES = "王李张刘陈杨黄赵吴周";
const WORDS = [
  "卫生间漏水",
  "外墙渗水",
  "电梯异响",
  "楼道灯不亮",
  "绿化养护不到位",
  "门禁卡失灵",
  "车位划线不清",
  "窗户密封条老化",
  "地下室积水",
  "物业服务态度差",
  "噪音扰民",
  "垃圾清运不及时",
];

/** Header row plus `rows` cases. */
export function caseLogRows(rows: number, seed = 1): CellValue[][] {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const out: CellValue[][] = [LOG_HEADERS];
  const start = toMinutes({ year: 2026, month: 1, day: 1, hour: 8, minute: 30 });
  for (let i = 0; i < rows; i++) {
    const received = start + Math.floor(rnd() * 300 * 1440);
    const notified = received + Math.floor(rnd() * 600);
    const completed = notified + Math.floor(rnd() * 10 * 1440);
    const done = rnd() < 0.8;
    const desc = Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => pick(WORDS)).join("，");
    out.push([
      `KF-2026-${String(i + 1).padStart(6, "0")}`,
      toExcelSerial(received),
      pick(CHANNELS),
      `${pick([...SURNAMES])}先生`,
      `138${String(Math.floor(rnd() * 1e8)).padStart(8, "0")}`,
      pick(COMMUNITIES),
      `${1 + Math.floor(rnd() * 20)}-${1 + Math.floor(rnd() * 4)}-${100 * (1 + Math.floor(rnd() * 30)) + 1 + Math.floor(rnd() * 4)}`,
      pick(CATEGORIES),
      desc,
      pick(RESPONSIBLE),
      rnd() < 0.7 ? pick(COMPANIES) : "",
      rnd() < 0.05 ? "是" : "否",
      toExcelSerial(notified),
      `LX${String(i + 1).padStart(6, "0")}`,
      rnd() < 0.3 ? toExcelSerial(completed + 1440) : "",
      "",
      done ? toExcelSerial(completed) : "",
      "",
      done ? pick(["通过", "不通过", ""]) : "",
      done && rnd() < 0.7 ? toExcelSerial(completed + 2 * 1440) : "",
      done ? pick(["电话", "上门"]) : "",
      done ? pick(["满意", "基本满意", "不满意", ""]) : "",
      rnd() < 0.1 ? Math.floor(rnd() * 5000) : "",
      done ? "已完成" : "处理中",
      "",
    ]);
  }
  return out;
}

/** Date formats of the log's date columns, as the clerk's sheet has them. */
export function caseLogFormats(): Record<number, string> {
  return Object.fromEntries(LOG_DATE_COLUMNS.map((c) => [c, "yyyy-mm-dd hh:mm"]));
}

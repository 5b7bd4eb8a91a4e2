/**
 * The coded columns of the case log (DESIGN §2): the words clerks write → the stable codes of model.ts.
 *
 * Satisfaction as a score (回访 1–5 分): 5 and 4 → 满意, 3 → 基本满意, 2 and 1 → 不满意. A clerk's "4 分" is
 * a content customer; the manual's satisfaction rate counts 满意 + 基本满意 (DESIGN §4), so only 1–2 count against it.
 */
import type { CellValue, Category, Channel, FollowUpMethod, Responsible, Satisfaction, Verification } from "../model";
import { CATEGORY_WORDS } from "../shared/category-words";
import {
  CATEGORY_LABELS,
  CHANNEL_LABELS,
  FOLLOW_UP_METHOD_LABELS,
  RESPONSIBLE_LABELS,
  SATISFACTION_LABELS,
  VERIFICATION_LABELS,
} from "../labels";
import { msg, type Message, type Words } from "../messages";
import { cellText, errorReason, excelError, isBlank, shownValue } from "./cells";

const TOKEN_DROP = /[\s\-_.·•、,，。:：()（）[\]【】"'“”‘’]+/g;

/** Compared form of a coded cell: NFKC, lower case, no spaces or punctuation. */
export function normalizeToken(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(TOKEN_DROP, "");
}

export interface EnumSpec<T> {
  /** What the column holds, for reasons (来源渠道 / channel). */
  what: Words;
  /** The values a clerk should use, for reasons. */
  expected: Words;
  lookup: ReadonlyMap<string, T>;
}

/** The English list of a column's values, as the labels name them. */
const listed = (labels: Record<string, Words>): string =>
  Object.values(labels)
    .map((l) => l.en)
    .join(", ");

function spec<T>(what: Words, expected: Words, pairs: readonly (readonly [T, readonly string[]])[]): EnumSpec<T> {
  const lookup = new Map<string, T>();
  for (const [code, words] of pairs) for (const w of words) lookup.set(normalizeToken(w), code);
  return { what, expected, lookup };
}

export const CHANNEL_SPEC = spec<Channel>(
  { zh: "来源渠道", en: "channel" },
  {
    zh: "电话/来访/信函/传真/意见箱/物业转交/销售转交/巡检/网络/微信/12345政府热线转办",
    en: listed(CHANNEL_LABELS),
  },
  [
    [
      "phone",
      [
        "电话",
        "来电",
        "热线",
        "客服热线",
        "电话来访",
        "电话投诉",
        "phone",
        "telephone",
        "call",
        "hotline",
        "phone call",
      ],
    ],
    ["visit", ["来访", "上门", "到访", "现场", "亲临", "visit", "walk-in", "walkin", "in person"]],
    ["letter", ["信函", "来信", "书信", "书面", "邮寄", "邮件", "电子邮件", "letter", "mail", "email", "e-mail"]],
    ["fax", ["传真", "fax"]],
    ["suggestion-box", ["意见箱", "意见簿", "suggestion box", "suggestion-box"]],
    [
      "property-referral",
      [
        "物业转交",
        "物业公司转交",
        "物业联系单",
        "物业转来",
        "物业报告",
        "property referral",
        "property-referral",
        "from property",
      ],
    ],
    ["sales-referral", ["销售转交", "销售部转交", "销售转来", "sales referral", "sales-referral", "from sales"]],
    ["inspection", ["巡检", "巡查", "检查", "inspection", "patrol"]],
    ["online", ["网络/微信", "网络", "微信", "online", "wechat", "online / wechat"]],
    ["gov-hotline", ["12345政府热线转办", "12345", "政府热线转办", "12345 hotline referral", "gov hotline"]],
  ],
);

export const CATEGORY_SPEC = spec<Category>(
  { zh: "类别", en: "category" },
  { zh: "投诉/维修/日常/建议", en: listed(CATEGORY_LABELS) },
  CATEGORY_WORDS,
);

export const RESPONSIBLE_SPEC = spec<Responsible>(
  { zh: "责任单位", en: "responsible unit" },
  { zh: "物业公司/工程部/销售部/设计部/维修单位", en: listed(RESPONSIBLE_LABELS) },
  [
    [
      "property",
      ["物业公司", "物业", "物业服务公司", "物业服务企业", "property", "property company", "property management"],
    ],
    ["engineering", ["工程部", "工程", "工程管理部", "engineering", "engineering dept"]],
    ["sales", ["销售部", "销售", "营销部", "sales", "sales dept"]],
    ["design", ["设计部", "设计", "设计院", "design", "design dept"]],
    [
      "contractor",
      ["维修单位", "施工单位", "维修队", "施工队", "维保单位", "维修施工队", "总包", "contractor", "repair contractor"],
    ],
  ],
);

export const VERIFICATION_SPEC = spec<Verification>(
  { zh: "验证结果", en: "verification result" },
  { zh: "通过/不通过", en: listed(VERIFICATION_LABELS) },
  [
    ["passed", ["通过", "合格", "验证通过", "验收通过", "已通过", "pass", "passed", "ok"]],
    ["failed", ["不通过", "不合格", "未通过", "验证不通过", "验收不合格", "fail", "failed"]],
  ],
);

export const SATISFACTION_SPEC = spec<Satisfaction>(
  { zh: "满意度", en: "satisfaction" },
  { zh: "满意/基本满意/不满意 或 1–5", en: `${listed(SATISFACTION_LABELS)} or 1–5` },
  [
    ["satisfied", ["满意", "非常满意", "很满意", "satisfied", "very satisfied", "5", "4", "5分", "4分"]],
    [
      "basic",
      [
        "基本满意",
        "一般",
        "较满意",
        "比较满意",
        "mostly satisfied",
        "basically satisfied",
        "fairly satisfied",
        "3",
        "3分",
      ],
    ],
    ["unsatisfied", ["不满意", "非常不满意", "很不满意", "unsatisfied", "dissatisfied", "2", "1", "2分", "1分"]],
  ],
);

export const FOLLOW_UP_METHOD_SPEC = spec<FollowUpMethod>(
  { zh: "回访方式", en: "follow-up method" },
  { zh: "电话/上门/短信/微信", en: listed(FOLLOW_UP_METHOD_LABELS) },
  [
    ["phone", ["电话", "电话回访", "来电", "phone", "telephone", "call"]],
    ["visit", ["上门", "上门回访", "现场", "走访", "来访", "visit", "in person"]],
    ["sms", ["短信", "sms", "text message", "text"]],
    ["wechat", ["微信", "wechat"]],
  ],
);

const MAJOR_SPEC = spec<boolean>(
  { zh: "重大质量问题", en: "major quality issue mark" },
  { zh: "是/否", en: "yes or no" },
  [
    [true, ["是", "有", "重大", "y", "yes", "true", "1", "√", "✓", "✔", "☑"]],
    [false, ["否", "无", "非", "不是", "n", "no", "false", "0", "×", "✗", "✘", "x", "-", "—"]],
  ],
);

export type Coded<T> = { kind: "blank" } | { kind: "ok"; value: T } | { kind: "error"; reason: Message };

/** A coded cell → its code; unknown words and error values give a reason naming what was expected. */
export function parseEnumCell<T>(v: CellValue | undefined, s: EnumSpec<T>): Coded<T> {
  if (isBlank(v)) return { kind: "blank" };
  const err = excelError(v);
  if (err) return { kind: "error", reason: errorReason(err) };
  const text = cellText(v);
  // Most cells are already a listed word; only the rest pay for normalisation.
  const hit = s.lookup.get(text) ?? (text.length <= 40 ? s.lookup.get(normalizeToken(text)) : undefined);
  if (hit !== undefined) return { kind: "ok", value: hit };
  return {
    kind: "error",
    reason: msg("cell.unknown-value", { value: shownValue(v), what: s.what, expected: s.expected }),
  };
}

/** 是/否 and its spellings; a real boolean cell is taken as it is. Blank is 否 (DESIGN §2). */
export function parseMajorCell(v: CellValue | undefined): Coded<boolean> {
  if (typeof v === "boolean") return { kind: "ok", value: v };
  if (isBlank(v)) return { kind: "ok", value: false };
  return parseEnumCell(v, MAJOR_SPEC);
}

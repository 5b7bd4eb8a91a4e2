/**
 * Keyword rules: how a case with a blank 类别 cell is classified from its description (§4.3.5), and
 * which problem type (subcategory: 渗漏, 门窗 …) it is about, for the "top recurring problems" of the
 * monthly summary (§4.3.8).
 *
 * A case's category is that of the first rule, by priority, with a keyword in the description. Its
 * subcategory is found the same way but among the rules that carry one, so a complaint whose
 * category came from "投诉" still gets the problem type "保洁" from "垃圾".
 */
import type { Category } from "../model";

export interface KeywordRule {
  category: Category;
  keywords: string[];
  /** Lower is tried first; equal priorities keep list order. */
  priority: number;
  subcategory?: string;
}

type RuleSpec = [Category, string | undefined, string];

/*
 * Order (the center's default; editable in Settings by moving rows):
 * 1. explicit complaint / suggestion words win over the topic (a "投诉 … 漏水" is a complaint);
 * 2. 办证 enquiries (specific, seldom mixed with defects);
 * 3. building defects → 维修 by topic, then the general repair words; design and sales promises,
 *    which no repair fixes, → 投诉;
 * 4. plain enquiry words → 日常 (after the defects, so "询问漏水维修进度" stays with the leak);
 * 5. property-service topics (保洁, 停车 …) → 投诉: they are the customers' opinions of the property
 *    company that §5.7.1 sends on within 8 hours;
 * 6. handover questions → 日常, and the weak wishes (希望, 能否) → 建议, last.
 */
const SPECS: readonly RuleSpec[] = [
  [
    "complaint",
    undefined,
    "投诉、不满、态度差、态度恶劣、态度不好、推诿、敷衍、拖延、迟迟未、至今未、一直未、未及时、无人处理、没人管、多次反映、反复反映、屡次、索赔、赔偿、曝光、12345",
  ],
  ["suggestion", undefined, "建议、提议、合理化、增设、加装、添置"],
  ["routine", "产权办证", "房产证、不动产证、产权证、办证、契税、网签、备案、维修基金"],
  ["routine", "保修政策", "保修期、保修范围、质保期"],
  ["repair", "渗漏", "漏水、渗水、渗漏、滴水、返潮、反潮、潮湿、发霉、霉斑、水渍、防水"],
  ["repair", "墙面开裂", "开裂、裂缝、裂纹、空鼓、脱落、起皮、起砂、墙皮、掉灰"],
  ["repair", "门窗", "门窗、窗户、窗框、窗扇、推拉门、入户门、防盗门、纱窗、玻璃、门锁、合页"],
  ["repair", "水电", "水管、下水、堵塞、返水、反水、地漏、跳闸、插座、开关、电路、线路、停水、停电、水压"],
  ["repair", "暖通燃气", "暖气、供暖、地暖、散热器、燃气、煤气、天然气"],
  ["repair", "电梯", "电梯、困人"],
  ["repair", "地面", "地面、地砖、瓷砖、地板"],
  ["repair", "公共设施", "路灯、楼道灯、声控灯、对讲、单元门、消防、井盖、积水、排水、栏杆、扶手"],
  ["repair", "其他维修", "维修、报修、损坏、坏了、故障、破损、修理、更换、失灵、不能用、不亮、松动"],
  ["complaint", "规划设计", "设计、采光、外机位、烟道、户型、层高"],
  ["complaint", "销售承诺", "销售、承诺、宣传、赠送、配套、合同"],
  ["routine", undefined, "咨询、询问、请问、查询、了解、如何、怎么办"],
  ["complaint", "保洁", "保洁、垃圾、卫生、清扫、清运、异味、臭味"],
  ["complaint", "绿化", "绿化、草坪、树木、修剪、草地"],
  ["complaint", "停车", "停车、车位、车库、乱停、道闸"],
  ["complaint", "安保", "保安、安保、门岗、巡逻、被盗、失窃、盗窃、监控、外来人员"],
  ["complaint", "噪音", "噪音、噪声、扰民"],
  ["complaint", "收费", "物业费、收费、乱收费、押金、水费、电费"],
  ["complaint", "宠物", "宠物、遛狗、犬只"],
  ["suggestion", "配套设施", "快递柜、充电桩、游乐设施、健身器材、座椅"],
  ["routine", "交付入住", "交房、收房、入住、交付、钥匙"],
  ["suggestion", undefined, "希望、能否、可否、是否可以"],
];

export const DEFAULT_KEYWORD_RULES: readonly KeywordRule[] = SPECS.map(([category, subcategory, words], i) => ({
  category,
  keywords: splitKeywords(words),
  priority: (i + 1) * 10,
  ...(subcategory === undefined ? {} : { subcategory }),
}));

/** Keywords as typed in a Settings cell: separated by 、 , ， ; ； / or whitespace. */
export function splitKeywords(text: string): string[] {
  return text
    .split(/[、,，;；/／\s]+/)
    .map((k) => k.trim())
    .filter((k) => k.length > 0);
}

/**
 * Rules prepared for scanning: every keyword indexed by its first UTF-16 unit, so a description is
 * read once, left to right, instead of once per keyword.
 */
export interface CompiledRules {
  rules: readonly KeywordRule[];
  /** First unit → index into `entries`, or -1. */
  firstUnit: Int32Array;
  /** Per first unit: keywords starting with it and their rule's index in `rules` (sorted order). */
  entries: { keyword: string; rule: number }[][];
}

export function compileRules(rules: readonly KeywordRule[]): CompiledRules {
  const sorted = rules
    .map((rule, i) => ({ rule, i }))
    .sort((a, b) => a.rule.priority - b.rule.priority || a.i - b.i)
    .map((x) => x.rule);
  const firstUnit = new Int32Array(65536).fill(-1);
  const entries: { keyword: string; rule: number }[][] = [];
  sorted.forEach((rule, r) => {
    for (const raw of rule.keywords) {
      const keyword = normalizeText(raw);
      if (keyword.length === 0) continue;
      const unit = keyword.charCodeAt(0);
      if (firstUnit[unit] < 0) {
        firstUnit[unit] = entries.length;
        entries.push([]);
      }
      entries[firstUnit[unit]].push({ keyword, rule: r });
    }
  });
  return { rules: sorted, firstUnit, entries };
}

/** Keywords are compared as NFKC lower case: full-width "１２３４５" and "Leak" match "12345" and "leak". */
function normalizeText(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

/**
 * One UTF-16 unit of a description as the keywords are written: full-width ASCII as half-width, A–Z as
 * a–z. Done per unit while scanning, because lower-casing a CJK string allocates a copy and a million
 * descriptions would each pay for it.
 */
function foldUnit(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
  return c >= 65 && c <= 90 ? c + 32 : c;
}

function matchesAt(text: string, i: number, keyword: string): boolean {
  if (i + keyword.length > text.length) return false;
  for (let k = 0; k < keyword.length; k++) if (foldUnit(text.charCodeAt(i + k)) !== keyword.charCodeAt(k)) return false;
  return true;
}

/**
 * Index (in `compiled.rules`) of the first matching rule, and of the first matching rule with a
 * subcategory; -1 when none. Allocates nothing.
 */
function scan(compiled: CompiledRules, text: string, wantCategory: boolean): [number, number] {
  const { firstUnit, entries, rules } = compiled;
  let best = wantCategory ? rules.length : -1;
  let bestSub = rules.length;
  for (let i = 0; i < text.length; i++) {
    const slot = firstUnit[foldUnit(text.charCodeAt(i))];
    if (slot < 0) continue;
    const list = entries[slot];
    for (let j = 0; j < list.length; j++) {
      const { keyword, rule } = list[j];
      const forCategory = rule < best;
      const forSub = rule < bestSub && rules[rule].subcategory !== undefined;
      if (!forCategory && !forSub) continue;
      if (!matchesAt(text, i, keyword)) continue;
      if (forCategory) best = rule;
      if (forSub) bestSub = rule;
    }
  }
  return [best < rules.length ? best : -1, bestSub < rules.length ? bestSub : -1];
}

export interface KeywordMatch {
  /** The first matching rule (sorted order), or null. */
  rule: KeywordRule | null;
  /** The first matching rule that has a subcategory, or null. */
  subcategory: string | null;
}

export function matchKeywords(compiled: CompiledRules, description: string): KeywordMatch {
  const [best, bestSub] = scan(compiled, description, true);
  return {
    rule: best < 0 ? null : compiled.rules[best],
    subcategory: bestSub < 0 ? null : (compiled.rules[bestSub].subcategory ?? null),
  };
}

/** The category rule alone (the subcategory is not needed to classify). */
export function firstMatchingRule(compiled: CompiledRules, description: string): KeywordRule | null {
  const best = scan(compiled, description, true)[0];
  return best < 0 ? null : compiled.rules[best];
}

/** The problem type of a description under these rules, or null. */
export function subcategoryOf(compiled: CompiledRules, description: string): string | null {
  const sub = scan(compiled, description, false)[1];
  return sub < 0 ? null : (compiled.rules[sub].subcategory ?? null);
}

/** Distinct texts a memo remembers at most: a log of unique descriptions must not grow it without end. */
const MEMO_LIMIT = 1 << 16;
/** Texts seen before a memo judges whether it pays: by then at least half the lookups must have hit. */
const MEMO_TRIAL = 4096;

/**
 * `f` remembered per text. Worth it because the .xlsx reader hands over one string per distinct cell
 * text (the shared-strings table), so a log's descriptions often repeat and their hashes are cached.
 * When they do not (free text, every description its own), hashing and storing them costs more than
 * it saves: after a trial the memo then steps aside and `f` is called directly. Either way the answer
 * is `f(text)`.
 */
export function memoByText<T>(f: (text: string) => T): (text: string) => T {
  const memo = new Map<string, T>();
  let hits = 0;
  let misses = 0;
  let remembering = true;
  return (text) => {
    if (!remembering) return f(text);
    const known = memo.get(text);
    if (known !== undefined || memo.has(text)) {
      hits++;
      return known as T;
    }
    const value = f(text);
    if (memo.size < MEMO_LIMIT) memo.set(text, value);
    if (++misses === MEMO_TRIAL && hits < misses) {
      remembering = false;
      memo.clear();
    }
    return value;
  };
}

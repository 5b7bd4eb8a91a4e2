/**
 * The sample's two years of cases (2025 and 2026), inspections and the clerk's slips, as plain records.
 * Times are naive local minutes (src/core/time); the workbook writer turns them into Excel dates.
 *
 * Volumes and delays follow the center's routine: most cases in working hours, fewer at weekends, leaks
 * in the summer rain season, heating in Nov–Dec and Jan, a quiet Spring Festival week; communities bring
 * cases only once handed over; follow-up calls are made in the center's working hours; most deadlines
 * met, some late, some still open at the end of 2026. Two years, so that a month has its 去年同月.
 */
import { dayNumber, dayOf, fromMinutes, MINUTES_PER_DAY, startOfDay, weekday, type LocalMinutes } from "../../src/core/time";
import {
  CASE_KINDS,
  CHANNELS,
  COMMUNITIES,
  GIVEN_CHARS,
  INSPECTION_ITEMS,
  MOBILE_PREFIXES,
  NOTES,
  PUBLIC_PLACES,
  RESPONSIBLE,
  SATISFACTION,
  SURNAMES,
  type CaseKind,
  type CommunityInfo,
  type ResponsibleKey,
} from "./data";
import { createRng, type Rng } from "./rng";

/** The sample's years; the last one is the year its reports and README figures are about. */
export const YEARS = [2025, 2026] as const;
export const YEAR = YEARS[YEARS.length - 1];
const FIRST_DAY = dayNumber(YEARS[0], 1, 1);
const END_DAY = dayNumber(YEAR + 1, 1, 1);
/** The log is as of the evening of 31 Dec 2026: what is not done by then stays open. */
export const AS_OF: LocalMinutes = startOfDay(END_DAY - 1) + 18 * 60;
/** The week around the Spring Festival, when few customers call (the festival moves each year). */
const FESTIVAL: Record<number, readonly [number, number]> = {
  2025: [dayNumber(2025, 1, 27), dayNumber(2025, 2, 4)],
  2026: [dayNumber(2026, 2, 15), dayNumber(2026, 2, 23)],
};
/** The center grows: 2025 brought fewer cases than 2026. */
const VOLUME: Record<number, number> = { 2025: 0.9, 2026: 1 };

/** A date cell: a time, or a date without time (`dateOnly`). */
export interface When {
  at: LocalMinutes;
  dateOnly?: boolean;
}

export interface SampleCase {
  id: string;
  received: When;
  channel: string;
  customer: string;
  phone: string;
  community: CommunityInfo;
  unit: string;
  category: string; // "" when the clerk left it blank
  description: string;
  responsible: string; // "" when the center handled it itself
  company: string; // "" when the clerk left it to the Communities sheet
  major: string;
  notified: When | null;
  contactFormNo: string;
  agreed: When | null;
  designIssued: When | null;
  completed: When | null;
  replied: When | null;
  verification: string;
  followUp: When | null;
  followUpMethod: string;
  satisfaction: string;
  warrantyWithheld: number | null;
  status: string;
  notes: string;
}

export interface SampleInspection {
  date: When;
  community: CommunityInfo;
  item: string;
  problem: string;
  deduction: number;
  rectifyBy: When | null;
  rectifiedAt: When | null;
}

const HOUR = 60;
const DAY = MINUTES_PER_DAY;

/** Month (1–12) of a day. */
function monthOf(day: number): number {
  return fromMinutes(startOfDay(day)).month;
}

function yearOf(day: number): number {
  return fromMinutes(startOfDay(day)).year;
}

/** Cases a day brings: fewer at weekends, fewer around the Spring Festival. */
function casesOn(day: number, rng: Rng): number {
  const wd = weekday(day);
  const weekend = wd === 0 || wd === 6;
  const month = monthOf(day);
  const [festStart, festEnd] = FESTIVAL[yearOf(day)];
  const festival = day >= festStart && day <= festEnd;
  const seasonal = [1.05, 0.85, 0.9, 0.95, 1, 1.1, 1.35, 1.4, 1.05, 0.85, 1.05, 1.15][month - 1];
  const mean = (weekend ? 4.5 : 9.3) * seasonal * VOLUME[yearOf(day)] * (festival ? 0.3 : 1);
  // A rough bell around the mean, enough for a realistic day-to-day wobble.
  const wobble = (rng.next() + rng.next() + rng.next() - 1.5) * Math.sqrt(mean) * 2;
  return Math.max(0, Math.round(mean + wobble));
}

/** When during the day a case comes in: mostly working hours, some evenings. */
function receivedAt(day: number, rng: Rng): LocalMinutes {
  const wd = weekday(day);
  const weekend = wd === 0 || wd === 6;
  const r = rng.next();
  let minute: number;
  if (weekend) minute = rng.int(9 * HOUR, 17 * HOUR - 1);
  else if (r < 0.82) {
    minute = rng.chance(0.5) ? rng.int(8 * HOUR + 30, 12 * HOUR - 1) : rng.int(13 * HOUR, 17 * HOUR - 1);
  } else if (r < 0.95) minute = rng.int(17 * HOUR, 21 * HOUR);
  else minute = rng.int(7 * HOUR, 8 * HOUR + 29);
  return startOfDay(day) + minute;
}

/** Adds working hours of the center's clock roughly (08:30–17:00 every day), for realistic delays. */
function afterWorkingMinutes(start: LocalMinutes, minutes: number): LocalMinutes {
  const open = 8 * HOUR + 30;
  const close = 17 * HOUR;
  let t = start;
  let left = minutes;
  for (;;) {
    const dayStart = startOfDay(dayOf(t));
    if (t < dayStart + open) t = dayStart + open;
    if (t >= dayStart + close) {
      t = dayStart + DAY + open;
      continue;
    }
    const room = dayStart + close - t;
    if (left <= room) return t + left;
    left -= room;
    t = dayStart + DAY + open;
  }
}

/**
 * A follow-up call (§9.3) `days` days after the completion day, at a time the center is at work
 * (08:30–12:00, 13:00–17:00), never before the completion itself.
 */
function followUpAt(completed: LocalMinutes, days: number, rng: Rng): LocalMinutes {
  const slot = (day: number): LocalMinutes =>
    startOfDay(day) + (rng.chance(0.5) ? rng.int(9 * HOUR, 11 * HOUR + 55) : rng.int(13 * HOUR + 30, 16 * HOUR + 55));
  let day = dayOf(completed) + days;
  let at = slot(day);
  // A same-day call comes at least an hour after the work was done, or the next morning.
  while (at < completed + HOUR) at = slot(++day);
  return at;
}

/** Next Monday–Friday day at or after `day`. */
function weekdayOnOrAfter(day: number): number {
  let d = day;
  while (weekday(d) === 0 || weekday(d) === 6) d++;
  return d;
}

function roundTo(m: LocalMinutes, step: number): LocalMinutes {
  return Math.round(m / step) * step;
}

function personName(rng: Rng): string {
  const given = [...GIVEN_CHARS];
  return SURNAMES[rng.int(0, SURNAMES.length - 1)] + rng.pick(given) + (rng.chance(0.65) ? rng.pick(given) : "");
}

function mobile(rng: Rng): string {
  return rng.pick(MOBILE_PREFIXES) + String(rng.int(0, 99_999_999)).padStart(8, "0");
}

function fill(template: string, c: CommunityInfo, rng: Rng): { text: string; unit: string } {
  // 房号 is the customer's own flat; cases about public places have none.
  const b = rng.int(1, c.buildings);
  const u = rng.int(1, c.units);
  const room = `${rng.int(1, c.floors)}0${rng.int(1, 2)}`;
  const text = template
    .replace("{unit}", `${b}号楼${u}单元${room}`)
    .replace("{b}", String(b))
    .replace("{u}", String(u))
    .replace("{room}", room)
    .replace("{place}", rng.pick(PUBLIC_PLACES));
  return { text, unit: template.includes("{unit}") ? `${b}-${u}-${room}` : "" };
}

/** Day number of a community's handover: before it the community has no residents to call. */
function handedOver(c: CommunityInfo): number {
  const [y, m, d] = c.handover.split("-").map(Number);
  return dayNumber(y, m, d);
}

function pickKind(month: number, rng: Rng): CaseKind {
  return rng.weighted(CASE_KINDS.map((k) => [k, k.weight * (k.season ? k.season[month - 1] : 1)] as const));
}

function channelFor(kind: CaseKind, rng: Rng): string {
  if (kind.id === "suggestion" && rng.chance(0.4)) return "意见箱";
  if (kind.id === "sales" && rng.chance(0.5)) return "销售转交";
  if (kind.id === "enquiry") return rng.weighted([["电话", 70], ["来访", 25], ["信函", 2], ["传真", 3]] as const);
  return rng.weighted(CHANNELS);
}

/** One case, its handling and its follow-up. `late` draws decide which deadlines slip. */
function makeCase(received: LocalMinutes, rng: Rng): Omit<SampleCase, "id" | "contactFormNo"> & { needsForm: boolean } {
  const day = dayOf(received);
  const month = monthOf(day);
  const community = rng.weighted(COMMUNITIES.filter((c) => handedOver(c) <= day).map((c) => [c, c.households] as const));
  const kind = pickKind(month, rng);
  const channel = channelFor(kind, rng);
  const { text, unit } = fill(rng.pick(kind.texts), community, rng);
  const responsibleKey: ResponsibleKey | null = kind.id === "enquiry" && rng.chance(0.6) ? null : rng.weighted(kind.responsible);
  const major = rng.chance(kind.major ?? 0);
  const isComplaintLike = kind.category === "投诉" || kind.category === "建议";

  // Written notice (工作联系单) to the responsible party.
  let notified: When | null = null;
  if (responsibleKey !== null && (kind.category !== "日常" || rng.chance(0.3))) {
    let at: LocalMinutes;
    if (major) at = rng.chance(0.85) ? afterWorkingMinutes(received, rng.int(30, 300)) : received + rng.int(2, 4) * DAY;
    else if (responsibleKey === "property" && isComplaintLike)
      at = rng.chance(0.9) ? afterWorkingMinutes(received, rng.int(20, 7 * HOUR)) : afterWorkingMinutes(received, rng.int(9 * HOUR, 30 * HOUR));
    else at = afterWorkingMinutes(received, rng.int(20, 16 * HOUR));
    notified = { at: roundTo(at, 5) };
  }

  // Design department's drawings: 3 working days, sometimes more.
  let designIssued: When | null = null;
  if (responsibleKey === "design" && notified) {
    const days = rng.chance(0.8) ? rng.int(1, 3) : rng.int(4, 8);
    let d = weekdayOnOrAfter(dayOf(notified.at) + 1);
    for (let i = 1; i < days; i++) d = weekdayOnOrAfter(d + 1);
    designIssued = { at: startOfDay(d) + rng.int(9 * HOUR, 17 * HOUR) };
  }

  // Agreed completion (§5.6.2) for repairs by contractors or engineering, as a date without time.
  let agreed: When | null = null;
  if ((kind.category === "维修" || major) && (responsibleKey === "contractor" || responsibleKey === "engineering") && rng.chance(0.45)) {
    agreed = { at: startOfDay(day + rng.int(3, major ? 30 : 15)), dateOnly: true };
  }

  // Completion: usually within the agreed time or a few days; a few run late; the newest may be open.
  let completed: When | null = null;
  const base = designIssued?.at ?? notified?.at ?? received;
  let doneAt: LocalMinutes;
  if (kind.category === "日常") doneAt = received + rng.int(10, 6 * HOUR);
  else if (agreed) doneAt = rng.chance(0.88) ? agreed.at - rng.int(1, 4) * DAY + rng.int(9 * HOUR, 17 * HOUR) : agreed.at + rng.int(1, 10) * DAY + rng.int(9 * HOUR, 17 * HOUR);
  else if (responsibleKey === "property") doneAt = base + (rng.chance(0.87) ? rng.int(2 * HOUR, 4 * DAY) : rng.int(5 * DAY + HOUR, 12 * DAY));
  else doneAt = base + rng.int(4 * HOUR, (major ? 25 : 10) * DAY);
  // Nothing is finished before it was passed on (an agreed date can be close to the reception).
  if (doneAt <= base + HOUR) doneAt = base + HOUR + (doneAt % (2 * HOUR));
  doneAt = roundTo(doneAt, 5);
  if (doneAt <= AS_OF && !rng.chance(0.02)) completed = { at: doneAt };

  // Reply to a property company's referral within 3 days (§5.7.3).
  let replied: When | null = null;
  if (channel === "物业转交") {
    const at = received + (rng.chance(0.9) ? rng.int(2 * HOUR, 3 * DAY - HOUR) : rng.int(3 * DAY + HOUR, 7 * DAY));
    if (at <= AS_OF) replied = { at: roundTo(at, 5) };
  }

  const verification = completed && kind.category !== "日常" && rng.chance(0.85) ? (rng.chance(0.93) ? "通过" : "不通过") : "";

  // Follow-up of complaints and repairs (§9.3), mostly within 3 days.
  let followUp: When | null = null;
  let followUpMethod = "";
  let satisfaction = "";
  if (completed && (kind.category === "投诉" || kind.category === "维修") && rng.chance(0.93)) {
    const at = roundTo(followUpAt(completed.at, rng.chance(0.88) ? rng.int(0, 3) : rng.int(4, 9), rng), 5);
    if (at <= AS_OF) {
      followUp = { at: roundTo(at, 5) };
      followUpMethod = rng.chance(0.78) ? "电话" : "上门";
      satisfaction = verification === "不通过" ? rng.pick(["不满意", "基本满意"]) : rng.weighted(SATISFACTION);
      if (rng.chance(0.03)) satisfaction = String(rng.int(3, 5)); // some clerks score 1–5
    }
  }

  // Warranty withheld from the contractor for late or failed repairs (§5.6.2).
  let warrantyWithheld: number | null = null;
  if (responsibleKey === "contractor" && completed && ((agreed && completed.at > agreed.at + DAY) || verification === "不通过")) {
    warrantyWithheld = rng.int(3, 40) * 100;
  }

  const status =
    completed === null ? "处理中" : kind.category === "日常" ? "已答复" : followUp ? "已关闭" : (kind.category === "投诉" || kind.category === "维修") ? "待回访" : "已完成";

  return {
    received: { at: received },
    channel,
    customer: channel === "巡检" ? "" : personName(rng),
    phone: channel === "巡检" ? "" : mobile(rng),
    community,
    unit,
    category: rng.chance(0.1) ? "" : kind.category,
    description: text,
    responsible: responsibleKey ? RESPONSIBLE[responsibleKey] : "",
    company: rng.chance(0.65) ? community.company : "",
    major: major ? "是" : rng.chance(0.7) ? "否" : "",
    notified,
    agreed,
    designIssued,
    completed,
    replied,
    verification,
    followUp,
    followUpMethod,
    satisfaction,
    warrantyWithheld,
    status,
    notes: rng.chance(0.07) ? rng.pick(NOTES) : "",
    needsForm: notified !== null,
  };
}

const UNIT_TEXT = /\d+号楼\d+单元\d+/;

/**
 * Some customers complain again about the same flat within weeks (repeat complaints, DESIGN §4): a later
 * complaint of another flat is turned into the same customer's second one. A separate seeded stream keeps
 * every other draw of the year as it was.
 */
function makeRepeats(drafts: Omit<SampleCase, "id" | "contactFormNo">[]): void {
  const rng = createRng(20260330);
  const isComplaint = (d: Omit<SampleCase, "id" | "contactFormNo">) => d.category === "投诉" && d.unit !== "";
  for (let i = 0; i < drafts.length; i++) {
    const first = drafts[i];
    if (!isComplaint(first) || !rng.chance(0.2)) continue;
    const window = first.received.at + rng.int(3, 25) * DAY;
    const j = drafts.findIndex((d, k) => k > i && d.received.at >= window && isComplaint(d));
    if (j < 0) continue;
    const again = drafts[j];
    const [b, u, room] = first.unit.split("-");
    drafts[j] = {
      ...again,
      community: first.community,
      unit: first.unit,
      customer: first.customer,
      phone: first.phone,
      company: again.company === "" ? "" : first.community.company,
      description: again.description.replace(UNIT_TEXT, `${b}号楼${u}单元${room}`),
    };
  }
}

/**
 * Both years, ordered by reception, numbered per year 2025-0001 …, 2026-0001 …; contact forms
 * LXD-2026-0001 … per year in notice order.
 */
export function makeCases(rng: Rng): SampleCase[] {
  const drafts: ReturnType<typeof makeCase>[] = [];
  for (let day = FIRST_DAY; day < END_DAY; day++) {
    const n = casesOn(day, rng);
    const times: LocalMinutes[] = [];
    for (let i = 0; i < n; i++) times.push(receivedAt(day, rng));
    times.sort((a, b) => a - b);
    for (const t of times) drafts.push(makeCase(t, rng));
  }
  makeRepeats(drafts);
  const formOrder = drafts
    .map((d, i) => ({ i, at: d.notified?.at ?? null }))
    .filter((x): x is { i: number; at: number } => x.at !== null)
    .sort((a, b) => a.at - b.at || a.i - b.i);
  const formNo = new Map<number, string>();
  const formsInYear = new Map<number, number>();
  for (const x of formOrder) {
    const y = fromMinutes(x.at).year;
    const k = (formsInYear.get(y) ?? 0) + 1;
    formsInYear.set(y, k);
    formNo.set(x.i, `LXD-${y}-${String(k).padStart(4, "0")}`);
  }
  const casesInYear = new Map<number, number>();
  return drafts.map(({ needsForm: _needsForm, ...d }, i) => {
    const y = fromMinutes(d.received.at).year;
    const k = (casesInYear.get(y) ?? 0) + 1;
    casesInYear.set(y, k);
    return { ...d, id: `${y}-${String(k).padStart(4, "0")}`, contactFormNo: formNo.get(i) ?? "" };
  });
}

/** Monthly checks of every community (§5.7.2): a few findings each, with deductions and rectification. */
export function makeInspections(rng: Rng): SampleInspection[] {
  const out: SampleInspection[] = [];
  for (const year of YEARS) {
    for (let month = 1; month <= 12; month++) {
      for (const c of COMMUNITIES) {
        const day = weekdayOnOrAfter(dayNumber(year, month, rng.int(8, 20)));
        if (day < handedOver(c)) continue;
        const date: When = { at: startOfDay(day), dateOnly: true };
        const findings = rng.weighted([[0, 2], [1, 4], [2, 3], [3, 1]] as const);
        if (findings === 0) {
          out.push({ date, community: c, item: "综合检查", problem: "无", deduction: 0, rectifyBy: null, rectifiedAt: null });
          continue;
        }
        const items = [...INSPECTION_ITEMS];
        for (let k = 0; k < findings; k++) {
          const it = items.splice(rng.int(0, items.length - 1), 1)[0];
          const rectifyBy = startOfDay(day + rng.int(3, 7));
          const doneAt = rng.chance(0.85) ? rectifyBy - rng.int(0, 2) * DAY : rectifyBy + rng.int(1, 6) * DAY;
          out.push({
            date,
            community: c,
            item: it.item,
            problem: fill(rng.pick(it.problems), c, rng).text,
            deduction: rng.weighted([[1, 4], [2, 4], [3, 2], [5, 1]] as const),
            rectifyBy: { at: rectifyBy, dateOnly: true },
            rectifiedAt: doneAt <= AS_OF ? { at: doneAt, dateOnly: true } : null,
          });
        }
      }
    }
  }
  return out;
}

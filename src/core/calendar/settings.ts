/**
 * Calendar sections of the Settings sheet (设置):
 *
 *   工作时间     周一至周五   08:30-12:00,13:00-17:00   (§5.2)
 *   工作时间     周六周日     09:00-17:00               (§5.2)
 *   工作时间     节假日闭馆   否                        (center setting; §5.2 says the center works every day)
 *   节假日 2027  来源         国办发明电〔2026〕…       (optional: where the clerk took the schedule from)
 *   节假日 2027  2027-01-01   休
 *   节假日 2027  2027-02-06~2027-02-12  休
 *   节假日 2027  2027-02-14   班
 *
 * A `节假日 YYYY` section overrides the built-in data date by date (`常规` removes a date's override) and
 * makes YYYY a year with data. Bad values are reported by cell and the defaults stay in force.
 */
import { msg, type Message } from "../messages";
import type { SettingsDefault, SettingsEntry, SettingsError } from "../model";
import { dayParts, type DayNumber } from "../time";
import { defaultCalendarConfig, type CalendarConfig, type Interval } from "./config";
import { BUILT_IN_HOLIDAY_SOURCE, type HolidayYear } from "./holidays";
import { fold, keyCell, readYesNo, settingsError, valueCell } from "../shared/settings-values";
import { formatHours, readHours } from "./hours-text";

export const CALENDAR_SECTIONS = {
  hours: "工作时间",
  holidays: "节假日",
} as const;

const HOURS_SECTION = new Set(["工作时间", "workinghours", "hours"]);
const HOLIDAY_INFO_SECTION = new Set(["节假日", "holidays"]);
const WEEKDAY_KEYS = new Set(["周一至周五", "工作日", "周一到周五", "mon-fri", "weekdays", "weekday"]);
const WEEKEND_KEYS = new Set(["周六周日", "周六、周日", "周末", "sat-sun", "weekends", "weekend"]);
const CLOSED_KEYS = new Set(["节假日闭馆", "节假日休息", "closedonholidays"]);
const SOURCE_KEYS = new Set(["来源", "source"]);
const OFF_WORDS = new Set(["休", "假", "放假", "休息", "holiday", "off"]);
const WORK_WORDS = new Set(["班", "上班", "补班", "调休上班", "workday", "work"]);
const REGULAR_WORDS = new Set(["常规", "正常", "regular"]);

/** `节假日 2027` / `Holidays 2027` → 2027. */
function holidaySectionYear(section: string): number | null {
  const m = /^(?:节假日|法定节假日|holidays?)(\d{4})年?$/.exec(fold(section));
  return m ? Number(m[1]) : null;
}

/** A day or an inclusive range `2027-10-01~2027-10-07` (also `至`, `/` and `.` as date separators). */
function readDays(key: string): DayNumber[] | null {
  const day = (t: string): DayNumber | null => {
    const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t);
    if (!m) return null;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const dn = Date.UTC(y, mo - 1, d) / 86_400_000;
    const p = dayParts(dn);
    return p.year === y && p.month === mo && p.day === d ? dn : null;
  };
  const k = fold(key);
  const range = /^(.+?)(?:~|至|到|—|–)(.+)$/.exec(k);
  if (!range) {
    const d = day(k);
    return d === null ? null : [d];
  }
  const a = day(range[1]);
  const b = day(range[2]);
  if (a === null || b === null || b < a || b - a > 31) return null;
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

export interface CalendarSettingsResult {
  calendar: CalendarConfig;
  errors: SettingsError[];
  warnings: Message[];
}

export function readCalendarSettings(entries: readonly SettingsEntry[]): CalendarSettingsResult {
  const calendar = defaultCalendarConfig();
  const errors: SettingsError[] = [];
  const warnings: Message[] = [];
  let weekday: { hours: Interval[]; row: number } | null = null;
  let weekend: { hours: Interval[]; row: number } | null = null;
  // Per year: date → "off" | "work" | "regular", and the clerk's source note.
  const overrides = new Map<number, { days: Map<DayNumber, "off" | "work" | "regular">; source: string | null }>();

  for (const e of entries) {
    if (HOURS_SECTION.has(fold(e.section))) {
      const key = fold(e.key);
      if (WEEKDAY_KEYS.has(key) || WEEKEND_KEYS.has(key)) {
        const hours = readHours(e.value);
        if (!Array.isArray(hours))
          errors.push(settingsError(valueCell(e.row), msg("settings.in-key", { key: e.key, detail: hours })));
        else if (WEEKDAY_KEYS.has(key)) weekday = { hours, row: e.row };
        else weekend = { hours, row: e.row };
      } else if (CLOSED_KEYS.has(key)) {
        const yes = readYesNo(e.value);
        if (yes === null)
          errors.push(
            settingsError(
              valueCell(e.row),
              msg("settings.in-key", { key: e.key, detail: msg("settings.yes-no", { value: e.value }) }),
            ),
          );
        else calendar.closedOnHolidays = yes;
      } else {
        errors.push(settingsError(keyCell(e.row), msg("settings.unknown-hours-key", { key: e.key })));
      }
      continue;
    }
    if (HOLIDAY_INFO_SECTION.has(fold(e.section))) continue; // informational rows written with the defaults
    const year = holidaySectionYear(e.section);
    if (year === null) continue; // another module's section
    let o = overrides.get(year);
    if (!o) {
      o = { days: new Map(), source: null };
      overrides.set(year, o);
    }
    if (SOURCE_KEYS.has(fold(e.key))) {
      o.source = e.value.trim() || null;
      continue;
    }
    const days = readDays(e.key);
    if (days === null) {
      errors.push(settingsError(keyCell(e.row), msg("settings.holiday-not-date", { key: e.key, year })));
      continue;
    }
    if (days.some((d) => dayParts(d).year !== year)) {
      errors.push(
        settingsError(
          keyCell(e.row),
          msg("settings.holiday-other-year", { key: e.key, year, section: `节假日 ${dayParts(days[0]).year}` }),
        ),
      );
      continue;
    }
    const v = fold(e.value);
    const what = OFF_WORDS.has(v) ? "off" : WORK_WORDS.has(v) ? "work" : REGULAR_WORDS.has(v) ? "regular" : null;
    if (what === null) {
      errors.push(settingsError(valueCell(e.row), msg("settings.holiday-kind", { value: e.value })));
      continue;
    }
    for (const d of days) o.days.set(d, what);
  }

  const wk = weekday as { hours: Interval[]; row: number } | null;
  const we = weekend as { hours: Interval[]; row: number } | null;
  const newWeekday = wk?.hours ?? calendar.weekdayHours;
  const newWeekend = we?.hours ?? calendar.weekendHours;
  if (newWeekday.length === 0 && newWeekend.length === 0) {
    const row = Math.max(wk?.row ?? 0, we?.row ?? 0);
    errors.push(settingsError(valueCell(row), msg("settings.never-open", {})));
  } else {
    calendar.weekdayHours = newWeekday;
    calendar.weekendHours = newWeekend;
  }

  for (const [year, o] of overrides) {
    const base = calendar.years.get(year);
    const state = new Map<DayNumber, "off" | "work">();
    for (const d of base?.holidays ?? []) state.set(d, "off");
    for (const d of base?.makeUpWorkdays ?? []) state.set(d, "work");
    for (const [d, what] of o.days) {
      if (what === "regular") state.delete(d);
      else state.set(d, what);
    }
    const source = [base?.source, o.source ?? `设置“节假日 ${year}”`].filter(Boolean).join("；");
    // Days Settings add have no name of their own; those kept from the built-in table keep theirs.
    const merged: HolidayYear = { year, holidays: [], makeUpWorkdays: [], source, names: base?.names };
    for (const [d, what] of [...state].sort((a, b) => a[0] - b[0])) {
      (what === "off" ? merged.holidays : merged.makeUpWorkdays).push(d);
    }
    calendar.years.set(year, merged);
    if (!base && merged.holidays.length === 0) {
      warnings.push(msg("holidays.no-dates", { year }));
    }
  }
  return { calendar, errors, warnings };
}

/** The rows written into a new Settings sheet, each with its source. */
export function calendarSettingsDefaults(): SettingsDefault[] {
  const cfg = defaultCalendarConfig();
  const years = [...cfg.years.keys()].sort((a, b) => a - b);
  const range = years.length ? `${years[0]}–${years[years.length - 1]}` : "无";
  return [
    {
      section: "工作时间",
      key: "周一至周五",
      value: formatHours(cfg.weekdayHours),
      source: "§5.2",
      note: "周一至周五的工作时段，两段之间为午休",
    },
    {
      section: "工作时间",
      key: "周六周日",
      value: formatHours(cfg.weekendHours),
      source: "§5.2",
      note: "周六、周日的工作时段（中心每周七天开放）",
    },
    {
      section: "工作时间",
      key: "节假日闭馆",
      value: "否",
      source: "中心设定",
      note: "是 = 法定节假日不开放，8小时时限在节假日停表",
    },
    {
      section: "节假日",
      key: "内置数据",
      value: range,
      source: BUILT_IN_HOLIDAY_SOURCE,
      note: "补充或更正某年安排：新增分类“节假日 2027”，项目写日期（2027-01-01 或 2027-10-01~2027-10-07），值写 休 / 班 / 常规",
    },
  ];
}

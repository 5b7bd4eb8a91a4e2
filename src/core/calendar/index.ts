export type { HolidayName, HolidayYear } from "./holidays";
export { BUILT_IN_HOLIDAY_SOURCE, builtInHolidayYears, parseIsoDay } from "./holidays";
export type { CalendarConfig, Interval } from "./config";
export {
  DEFAULT_WEEKDAY_HOURS,
  DEFAULT_WEEKEND_HOURS,
  defaultCalendarConfig,
  holidaySets,
  yearsWithoutData,
} from "./config";
export { addWorkingMinutes, isOpenAt, nextOpening, workingMinutesBetween } from "./working-hours";
export { addDays, addWorkingDays, isOfficialWorkday, workingDaysBetween } from "./working-days";
export { calendarSettingsDefaults, readCalendarSettings, CALENDAR_SECTIONS } from "./settings";
export type { CompiledCalendar } from "./compiled";
export { compile as compileCalendar, hoursOn, isOfficialDay } from "./compiled";
export { addWorkingMinutesIn, clockReading } from "./working-hours";
export { addWorkingDaysIn, workdayReading } from "./working-days";

export type { HolidayYear } from "./holidays";
export { BUILT_IN_HOLIDAY_SOURCE, builtInHolidayYears, parseIsoDay } from "./holidays";
export type { CalendarConfig, Interval } from "./config";
export { DEFAULT_WEEKDAY_HOURS, DEFAULT_WEEKEND_HOURS, defaultCalendarConfig, yearsWithoutData } from "./config";
export { addWorkingMinutes, isOpenAt, nextOpening, workingMinutesBetween } from "./working-hours";
export { addDays, addWorkingDays, isOfficialWorkday, workingDaysBetween } from "./working-days";
export { calendarSettingsDefaults, readCalendarSettings, CALENDAR_SECTIONS } from "./settings";

/**
 * "Now" on the center's wall clock. The core computes on naive local minutes; an instant becomes them in
 * the center's own time zone (Settings 中心 → 时区, default Asia/Shanghai: §5.3.1 puts the center in
 * Qingdao), never in the zone of the machine that happens to run the pane or the CLI.
 */
import { fold, isSection, plain, valueCell } from "./shared/settings-values";
import { msg } from "./messages";
import type { SettingsDefault, SettingsEntry, SettingsError } from "./model";
import { toMinutes, type LocalMinutes } from "./time";

export const DEFAULT_TIME_ZONE = "Asia/Shanghai";
export const CENTER_SECTION = { zh: "中心", en: "Center" } as const;
const ZONE_KEYS = ["时区", "timezone", "time zone", "zone"].map(fold);

/** Whether the runtime knows `zone` as an IANA time zone (Asia/Shanghai, Europe/Berlin …). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock minutes of `instant` in `zone`. */
export function wallClock(instant: Date, zone: string = DEFAULT_TIME_ZONE): LocalMinutes {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return toMinutes({
    year: get("year"),
    month: get("month"),
    day: get("day"),
    hour: get("hour"),
    minute: get("minute"),
  });
}

export function clockSettingsDefaults(): SettingsDefault[] {
  return [
    {
      section: CENTER_SECTION.zh,
      key: "时区",
      value: DEFAULT_TIME_ZONE,
      source: "§5.3.1（青岛）",
      note: "“现在”按此时区的钟点计，与电脑所在时区无关",
    },
  ];
}

export interface ClockSettings {
  timeZone: string;
  errors: SettingsError[];
}

export function readClockSettings(entries: readonly SettingsEntry[]): ClockSettings {
  let timeZone = DEFAULT_TIME_ZONE;
  const errors: SettingsError[] = [];
  for (const e of entries) {
    if (!isSection(e.section, CENTER_SECTION.zh, CENTER_SECTION.en) || !ZONE_KEYS.includes(fold(e.key))) continue;
    const zone = plain(e.value);
    if (isTimeZone(zone)) timeZone = zone;
    else
      errors.push({
        cell: valueCell(e.row),
        message: msg("settings.time-zone", { value: e.value, kept: DEFAULT_TIME_ZONE }),
      });
  }
  return { timeZone, errors };
}

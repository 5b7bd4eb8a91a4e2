/**
 * The pane's one i18n layer: an i18next instance per pane over the two resource files, plus the
 * locale-aware formatters (Intl) every component uses for numbers, percentages and local date-times.
 */
import { createInstance, type i18n as I18n } from "i18next";
import { initReactI18next } from "react-i18next";
import { fromMinutes, type LocalMinutes } from "../../core/time";
import { dateText, dateTimeText, handFormatted, monthShortText, monthText } from "./dates";
import { resources, type Lang } from "./labels";
import { integerText, percentText } from "./numbers";

export * from "./labels";

export function createI18n(lang: Lang): I18n {
  const instance = createInstance();
  void instance.use(initReactI18next).init({
    lng: lang,
    fallbackLng: "en-US",
    supportedLngs: ["zh-CN", "en-US"],
    resources: { "zh-CN": { translation: resources("zh-CN") }, "en-US": { translation: resources("en-US") } },
    // React escapes text itself; escaping here would show &lt; in customers' words.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}

/**
 * Formatters for one locale. LocalMinutes are naive wall-clock values, so they are formatted as UTC
 * instants: the digits shown are exactly the center's local time whatever the browser's zone.
 */
export interface Formatters {
  lang: Lang;
  integer(n: number): string;
  decimal(n: number, digits?: number): string;
  percent(fraction: number): string;
  dateTime(m: LocalMinutes): string;
  date(m: LocalMinutes): string;
  month(year: number, month: number): string;
  monthShort(year: number, month: number): string;
}

/** Built on first use: each Intl constructor costs milliseconds (ICU data), and the tiles need only two. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

export function formatters(lang: Lang): Formatters {
  const int = lazy(() => new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }));
  const pct = lazy(() => new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: 1 }));
  const dt = lazy(
    () =>
      new Intl.DateTimeFormat(lang, {
        timeZone: "UTC",
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
      }),
  );
  const d = lazy(
    () => new Intl.DateTimeFormat(lang, { timeZone: "UTC", year: "numeric", month: "2-digit", day: "2-digit" }),
  );
  const mon = lazy(() => new Intl.DateTimeFormat(lang, { timeZone: "UTC", year: "numeric", month: "long" }));
  const monShort = lazy(() => new Intl.DateTimeFormat(lang, { timeZone: "UTC", month: "short" }));
  const decimals = new Map<number, Intl.NumberFormat>();
  const utc = (m: LocalMinutes): Date => {
    const p = fromMinutes(m);
    return new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute));
  };
  const firstOf = (year: number, month: number): Date => {
    const date = new Date(Date.UTC(2000, month - 1, 1));
    date.setUTCFullYear(year);
    return date;
  };
  const decimal = (digits: number): Intl.NumberFormat => {
    let f = decimals.get(digits);
    if (!f) decimals.set(digits, (f = new Intl.NumberFormat(lang, { maximumFractionDigits: digits })));
    return f;
  };
  return {
    lang,
    integer: (n) => integerText(n) ?? int().format(n),
    decimal: (n, digits = 1) => decimal(digits).format(n),
    percent: (f) => percentText(f) ?? pct().format(f),
    // Four-digit years are written out (no Intl.DateTimeFormat on the way to the first paint; see dates.ts).
    dateTime: (m) => {
      const p = fromMinutes(m);
      return handFormatted(p.year) ? dateTimeText(lang, p.year, p.month, p.day, p.hour, p.minute) : dt().format(utc(m));
    },
    date: (m) => {
      const p = fromMinutes(m);
      return handFormatted(p.year) ? dateText(lang, p.year, p.month, p.day) : d().format(utc(m));
    },
    month: (y, mo) => (handFormatted(y) && mo >= 1 && mo <= 12 ? monthText(lang, y, mo) : mon().format(firstOf(y, mo))),
    monthShort: (y, mo) => (mo >= 1 && mo <= 12 ? monthShortText(lang, mo) : monShort().format(firstOf(y, mo))),
  };
}

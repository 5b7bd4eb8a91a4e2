/** Period (month or year) and property-company filter, as labelled native selects: keyboard and screen-reader friendly. */
import { Field, makeStyles, Select } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { Formatters } from "../i18n";
import { periodKey, parsePeriodKey, type Period } from "../model/period";

const useStyles = makeStyles({
  row: { display: "grid", gridTemplateColumns: "minmax(0, 2fr) minmax(0, 3fr)", gap: "8px" },
  wide: { gridColumn: "1 / -1" },
});

export interface FiltersProps {
  period: Period;
  months: readonly Period[];
  years: readonly Period[];
  company: string | null;
  companies: readonly string[];
  fmt: Formatters;
  onPeriod(p: Period): void;
  /** The month to show when the user switches from a year back to months. */
  monthFor(year: number): Period | null;
  onCompany(c: string | null): void;
}

const ALL = "";

export function Filters({
  period,
  months,
  years,
  company,
  companies,
  fmt,
  onPeriod,
  monthFor,
  onCompany,
}: FiltersProps) {
  const { t } = useTranslation();
  const s = useStyles();
  const options = period.kind === "month" ? months : years;
  const label = (p: Period): string => (p.kind === "month" ? fmt.month(p.year, p.month) : String(p.year));
  return (
    <section aria-label={t("filters.label")} className={s.row} data-testid="filters">
      <Field label={t("filters.periodKind")}>
        <Select
          value={period.kind}
          data-testid="period-kind"
          onChange={(_, d) => {
            if (d.value === "year") onPeriod({ kind: "year", year: period.year });
            else onPeriod(monthFor(period.year) ?? months[0] ?? period);
          }}
        >
          <option value="month">{t("filters.month")}</option>
          <option value="year">{t("filters.year")}</option>
        </Select>
      </Field>
      <Field label={period.kind === "month" ? t("filters.periodMonth") : t("filters.periodYear")}>
        <Select
          value={periodKey(period)}
          data-testid="period"
          onChange={(_, d) => {
            const p = parsePeriodKey(d.value);
            if (p) onPeriod(p);
          }}
        >
          {options.map((p) => (
            <option key={periodKey(p)} value={periodKey(p)}>
              {label(p)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("filters.company")} className={s.wide}>
        <Select
          value={company ?? ALL}
          data-testid="company"
          onChange={(_, d) => onCompany(d.value === ALL ? null : d.value)}
        >
          <option value={ALL}>{t("filters.allCompanies")}</option>
          {companies.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </Select>
      </Field>
    </section>
  );
}

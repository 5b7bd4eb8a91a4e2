/** The KPI pane: what the manager sees on opening it (issue 7). State lives here; sections are plain props. */
import {
  Badge,
  Caption1,
  FluentProvider,
  makeStyles,
  Select,
  Spinner,
  Title3,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import type { i18n as I18n } from "i18next";
import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import { I18nextProvider, useTranslation } from "react-i18next";
import type { Analysis } from "../core/analysis";
import { monthKey, parseIsoMinutes, type LocalMinutes } from "../core/time";
import type { ActionId, Busy } from "./components/Actions";
import { Filters } from "./components/Filters";
import { tabId, ViewTabs } from "./components/ViewTabs";
import { analysisNotices, commandNotice, noticeFor, noticeId, type Notice } from "./components/notices";
import { KpiTiles } from "./components/Tiles";
import type { PaneHost, Progress } from "../host/pane-host";
import { formatters, LANGS, langFor, type Lang } from "./i18n";
import { companies as companyList, lateItems, paneFigures, sortCompanies } from "./model/figures";
import { firstFigures, type FirstScreen } from "./model/first-screen";
import { dataIssues } from "./model/issues";
import { defaultPeriod, landingMonth, monthOptions, periodKey, yearOptions, type Period } from "./model/period";
import { monthState, yearState } from "../core/month-close";
import { downloadFile } from "./download";
import { joinWords } from "../workbook/phrases";

// The first screen is the header, the filters and the tiles; everything else comes in chunks of its own.
const loadRest = () => import(/* webpackChunkName: "pane-rest" */ "./components/rest");
const LateList = lazy(() => loadRest().then((m) => ({ default: m.LateList })));
const Charts = lazy(() => loadRest().then((m) => ({ default: m.Charts })));
const DataIssues = lazy(() => loadRest().then((m) => ({ default: m.DataIssues })));
const Actions = lazy(() =>
  import(/* webpackChunkName: "pane-actions" */ "./components/Actions").then((m) => ({ default: m.Actions })),
);
const Desk = lazy(() =>
  import(/* webpackChunkName: "pane-desk" */ "./components/desk").then((m) => ({ default: m.Desk })),
);
const loadDeskModel = () => import(/* webpackChunkName: "pane-desk" */ "./model/desk");
const Notices = lazy(() =>
  import(/* webpackChunkName: "pane-actions" */ "./components/Notices").then((m) => ({ default: m.Notices })),
);

/**
 * The pane's views, each a tab under the header. A new view is one more id here, its label under
 * `views.<id>` in the i18n files, and its branch in the tab panel below.
 */
export const VIEWS = ["kpi", "desk"] as const;
export type ViewId = (typeof VIEWS)[number];

const useStyles = makeStyles({
  root: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground2 },
  pane: {
    boxSizing: "border-box",
    maxWidth: "450px",
    minWidth: "300px",
    margin: "0 auto",
    padding: "10px 12px 24px",
    display: "flex",
    flexDirection: "column",
    gap: "14px",
  },
  header: { display: "flex", flexDirection: "column", gap: "2px" },
  titleRow: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: "8px" },
  meta: { color: tokens.colorNeutralForeground2 },
  panel: { display: "flex", flexDirection: "column", gap: "14px" },
  // The toolbar's chunk arrives after the first paint; its room is kept so nothing below it moves.
  toolbarRoom: { minHeight: "24px" },
});

export interface AppProps {
  host: PaneHost;
  i18n: I18n;
  asOf: LocalMinutes;
  /** The as-of is the bundled sample's own instant (the preview of the sample), said beside the time. */
  sampleClock?: boolean;
  /** The view shown on opening (the ribbon's desk button opens the pane with `?view=desk`). */
  initialView?: ViewId;
  /** Called after the user picks another language (the entry point remembers it in the URL). */
  onLanguage?(lang: Lang): void;
}

export function App(props: AppProps) {
  return (
    <I18nextProvider i18n={props.i18n}>
      <FluentProvider theme={props.host.theme === "dark" ? webDarkTheme : webLightTheme}>
        <Pane {...props} />
      </FluentProvider>
    </I18nextProvider>
  );
}

function Pane({ host, i18n, asOf, sampleClock, initialView, onLanguage }: AppProps) {
  const { t } = useTranslation();
  const s = useStyles();
  const [lang, setLang] = useState<Lang>(langFor(i18n.language));
  const fmt = useMemo(() => formatters(lang), [lang]);
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  // The default period's tiles, ahead of the Analysis (preview worker); used only until it arrives.
  const [first, setFirst] = useState<FirstScreen | null>(null);
  const [period, setPeriod] = useState<Period>(() => defaultPeriod(asOf));
  const [company, setCompany] = useState<string | null>(null);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);
  // Apart from the notices: an analysis replaces those, and must not take this one away unread.
  const [command, setCommand] = useState<Notice | null>(null);
  const [view, setView] = useState<ViewId>(initialView ?? "kpi");
  const controller = useRef<AbortController | null>(null);
  const state = useRef({ analysis, period, lang, company });
  state.current = { analysis, period, lang, company };

  const push = (n: Notice) =>
    setNotices((list) => [...list.filter((x) => x.key !== n.key || x.intent !== n.intent), n]);

  const run = useCallback(
    async (action: ActionId) => {
      if (controller.current) return;
      const ctrl = new AbortController();
      controller.current = ctrl;
      const progress: Progress = (step, done, total, unit) => setBusy({ action, step, done, total, unit });
      setBusy({ action, step: action === "report" || action === "packs" ? "report" : "read", done: 0, total: 1 });
      const { analysis: a, period: p, lang: l } = state.current;
      try {
        if (action === "refresh" || action === "open") {
          let next: Analysis;
          try {
            // Inside Excel each reading is judged at now, so a case the desk just logged is not "after the as-of".
            const at = host.kind === "excel" ? Math.max(asOf, host.now(a?.timeZone)) : asOf;
            next = await host.analyze(at, progress, ctrl.signal, setFirst);
          } finally {
            setFirst(null);
          }
          setAnalysis(next);
          setNotices(analysisNotices(next));
        } else if (action === "write" || action === "report") {
          if (!a) throw new Error(t("app.noCases"));
          if (action === "write") {
            await host.writeOutputs(a, l, progress, ctrl.signal);
            push({ id: noticeId(), intent: "success", key: "actions.done", params: { action: t("actions.write") } });
          } else {
            const result = await host.createReport(a, p, l, progress, ctrl.signal);
            if (result.kind === "download") {
              downloadFile(result.bytes, result.fileName);
              push({
                id: noticeId(),
                intent: "success",
                key: "actions.reportDownloaded",
                params: { file: result.fileName },
              });
            } else push({ id: noticeId(), intent: "success", key: "actions.reportOpened" });
          }
        } else if (action === "packs") {
          if (!a) throw new Error(t("app.noCases"));
          const results = await host.createCompanyPacks(a, p, state.current.company, l, progress, ctrl.signal);
          for (const r of results) if (r.kind === "download") downloadFile(r.bytes, r.fileName);
          if (results.length === 0) push({ id: noticeId(), intent: "warning", key: "actions.packsNone" });
          else
            push({
              id: noticeId(),
              intent: "success",
              key: results.every((r) => r.kind === "opened") ? "actions.packsOpened" : "actions.packsDownloaded",
              params: {
                count: results.length,
                companies: results.map((r) => r.company).join(t("actions.packsJoin")),
              },
            });
        } else if (action === "settings") {
          await host.createSettings();
          push({ id: noticeId(), intent: "success", key: "actions.done", params: { action: t("actions.settings") } });
        } else {
          const notes = await host.createTemplate(l);
          const action = t("actions.template");
          if (notes.length === 0) push({ id: noticeId(), intent: "success", key: "actions.done", params: { action } });
          else {
            const { zh, en } = joinWords(notes);
            const params = { action, message: zh, messageEn: en };
            push({ id: noticeId(), intent: "warning", key: "actions.doneWithNotes", params });
          }
        }
      } catch (e) {
        push(noticeFor(e));
      } finally {
        controller.current = null;
        setBusy(null);
      }
    },
    [host, asOf, t],
  );

  // Analyse once on opening; later runs are the user's (a language switch must not re-read the workbook).
  const runRef = useRef(run);
  runRef.current = run;
  useEffect(() => {
    if (typeof performance !== "undefined") performance.mark?.("casebook:pane-mounted");
    void runRef.current("refresh");
    // What the last ribbon command did, once: the command ran in another runtime and left it in the workbook.
    host
      .lastCommand?.()
      .then((c) => c && setCommand(commandNotice(c)))
      .catch(() => undefined);
  }, []);

  // Until the Analysis arrives, the first screen stands in for it (same figures, same picker options).
  const shown = analysis ?? first;
  const months = useMemo(
    () =>
      monthOptions(
        analysis
          ? analysis.cases.map((c) => c.receivedAt.at)
          : first?.firstReceived != null
            ? [first.firstReceived]
            : [],
        asOf,
      ),
    [analysis, first, asOf],
  );
  const years = useMemo(() => yearOptions(months), [months]);
  const monthsWithData = useMemo(
    () => new Set(analysis ? analysis.cases.map((c) => monthKey(c.receivedAt.at)) : []),
    [analysis],
  );
  const monthFor = useCallback(
    (year: number) => landingMonth(year, months, monthsWithData, asOf),
    [months, monthsWithData, asOf],
  );
  const companies = useMemo(
    () => (analysis ? companyList(analysis, lang) : first ? sortCompanies(first.companies, lang) : []),
    [analysis, first, lang],
  );
  const filter = useMemo(() => ({ period, company }), [period, company]);
  const figures = useMemo(
    () => (analysis ? paneFigures(analysis, filter) : firstFigures(first, period, company)),
    [analysis, first, filter, period, company],
  );
  // The tiles are painted first; the late list, charts and data issues follow in a deferred render.
  const rest = useDeferredValue(analysis);
  const late = useMemo(() => (rest ? lateItems(rest, company) : []), [rest, company]);
  const issues = useMemo(() => (rest ? dataIssues(rest, lang) : []), [rest, lang]);
  // Today's work counted on the desk's tab, once the desk's chunk is in.
  const [deskCount, setDeskCount] = useState<number | null>(null);
  useEffect(() => {
    if (!rest) return;
    let live = true;
    loadDeskModel()
      .then((m) => live && setDeskCount(m.deskAgenda(rest).total))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [rest]);

  // Once the first screen is painted (after the tiles' own frame callback), the rest of the pane loads
  // while the Analysis is on its way.
  useEffect(() => {
    if (!shown) return;
    const preload = (): void => void loadRest().catch(() => undefined);
    if (typeof requestAnimationFrame === "undefined") preload();
    else requestAnimationFrame(() => setTimeout(preload, 0));
  }, [shown !== null]);

  const selectRow = (row: number, sheet?: string) => {
    const target = sheet ?? analysis?.logSheet;
    if (!target) return;
    host.selectRow(target, row).catch((e: unknown) => push(noticeFor(e)));
  };

  const changeLang = (l: Lang) => {
    void i18n.changeLanguage(l);
    setLang(l);
    onLanguage?.(l);
  };

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t("app.title");
  }, [lang, t]);

  return (
    <div className={s.root}>
      <div className={s.pane}>
        <header className={s.header}>
          <div className={s.titleRow}>
            <Title3 as="h1">{t("app.title")}</Title3>
            <Select
              size="small"
              aria-label={t("filters.language")}
              value={lang}
              onChange={(_, d) => changeLang(d.value as Lang)}
              data-testid="language"
              style={{ width: 110 }}
            >
              {LANGS.map((l) => (
                <option key={l} value={l} lang={l}>
                  {l === "zh-CN" ? "中文" : "English"}
                </option>
              ))}
            </Select>
          </div>
          <Caption1 className={s.meta}>
            {t("app.subtitle")} ·{" "}
            <span data-testid="as-of">
              {t(sampleClock ? "app.asOfSample" : "app.asOf", { time: fmt.dateTime(analysis?.asOf ?? asOf) })}
            </span>
            {host.kind === "preview" ? (
              <>
                {" "}
                <Badge appearance="outline" size="small">
                  {t("app.previewBadge")}
                </Badge>
              </>
            ) : null}
          </Caption1>
          {shown?.logSheet ? (
            <Caption1 className={s.meta}>{t("app.source", { sheet: shown.logSheet })}</Caption1>
          ) : null}
        </header>
        <main className={s.panel}>
          <ViewTabs<ViewId>
            views={VIEWS}
            selected={view}
            label={t("views.label")}
            labelOf={(v) =>
              v === "desk" && deskCount !== null ? t("views.deskCount", { count: deskCount }) : t(`views.${v}`)
            }
            onSelect={setView}
          />
          <div className={s.panel} role="tabpanel" aria-labelledby={tabId(view)}>
            <Suspense fallback={<div className={s.toolbarRoom} />}>
              <Actions
                kind={host.kind}
                periodKind={period.kind}
                company={company}
                busy={busy}
                onRun={(a) => void run(a)}
                onOpenFile={(name, bytes) => {
                  host.useFile?.(name, bytes);
                  void run("open");
                }}
                onCancel={() => controller.current?.abort()}
              />
            </Suspense>
            <Suspense fallback={null}>
              <Notices
                notices={command ? [command, ...notices] : notices}
                onDismiss={(id) => {
                  if (command?.id === id) setCommand(null);
                  setNotices((list) => list.filter((n) => n.id !== id));
                }}
              />
            </Suspense>
            {view === "desk" ? (
              analysis ? (
                <Suspense fallback={<Spinner size="tiny" aria-label={t("app.loading")} />}>
                  <Desk
                    analysis={analysis}
                    host={host}
                    lang={lang}
                    busy={busy !== null}
                    onSelect={selectRow}
                    onNotices={(list) => list.forEach(push)}
                    onWritten={() => run("refresh")}
                  />
                </Suspense>
              ) : busy ? (
                <Spinner label={t("app.loading")} />
              ) : null
            ) : null}
            {view !== "kpi" || (!shown && !busy) ? null : (
              <>
                {/* While the workbook is read the filters are already up (the default month), so their first
                  render is not on the way from the data's arrival to the tiles' paint. */}
                <Filters
                  period={period}
                  months={months}
                  years={years}
                  company={company}
                  companies={companies}
                  fmt={fmt}
                  onPeriod={setPeriod}
                  monthFor={monthFor}
                  onCompany={setCompany}
                />
                <PeriodClose period={period} asOf={asOf} closeDay={analysis?.monthCloseDay} fmt={fmt} />
                {figures ? (
                  <KpiTiles figures={figures} fmt={fmt} />
                ) : (
                  <Spinner label={t("app.loading")} data-testid="loading" />
                )}
                {!shown ? null : analysis && rest === analysis ? (
                  <Suspense fallback={<Spinner size="tiny" aria-label={t("charts.loading")} />}>
                    <LateList
                      items={late}
                      fmt={fmt}
                      asOf={asOf}
                      analysis={analysis}
                      onSelect={(i) => i.case && selectRow(i.case.row, i.case.sheet)}
                    />
                    {figures ? (
                      <Charts
                        analysis={analysis}
                        filter={filter}
                        figures={figures}
                        companies={companies}
                        fmt={fmt}
                        theme={host.theme}
                      />
                    ) : null}
                    <DataIssues issues={issues} unconfirmed={analysis.unconfirmed.length} onGoto={selectRow} />
                  </Suspense>
                ) : (
                  <Spinner size="tiny" aria-label={t("charts.loading")} />
                )}
              </>
            )}
          </div>
        </main>
      </div>
    </div>
  );
}

/**
 * Whether the month or year shown is closed (月结, a year with its December: its figures are those known at its
 * close and no longer change) or still open, with the close date.
 */
function PeriodClose(props: {
  period: Period;
  asOf: LocalMinutes;
  closeDay?: number;
  fmt: ReturnType<typeof formatters>;
}) {
  const { t } = useTranslation();
  const { period } = props;
  const s =
    period.kind === "month"
      ? monthState(periodKey(period), props.asOf, props.closeDay)
      : yearState(period.year, props.asOf, props.closeDay);
  const end = props.fmt.date((parseIsoMinutes(s.closesAt) ?? 0) - 1440);
  const closed = s.state === "closed";
  const key =
    period.kind === "year" ? (closed ? "close.yearClosed" : "close.yearOpen") : closed ? "close.closed" : "close.open";
  return (
    <Caption1 as="p" style={{ margin: "4px 0" }} data-testid="month-close" data-state={s.state}>
      {t(key, { at: `${end} 24:00` })}
    </Caption1>
  );
}

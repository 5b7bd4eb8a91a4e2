/**
 * @jest-environment jsdom
 *
 * The whole pane on the bundled sample, through the real preview host: the xlsx adapter and the pipeline
 * run as in the browser; only the bytes come from disk instead of fetch. jsdom has no canvas, so charts
 * fall back to their data tables (the browser tests draw them).
 */
import "@testing-library/jest-dom";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { readFileSync } from "fs";
import { join } from "path";
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "util";
import { analyze } from "../../src/core/pipeline";
import { parseIsoMinutes } from "../../src/core/time";
import { App } from "../../src/taskpane/App";
import { createPreviewHost } from "../../src/host/preview-host";
import { createI18n } from "../../src/taskpane/i18n";
import { paneFigures } from "../../src/taskpane/model/figures";
import { readXlsx } from "../../src/workbook/xlsx";
import { renderPane } from "./render";

const SAMPLE = join(__dirname, "../../assets/sample/case-log.xlsx");
const asOf = parseIsoMinutes("2026-10-31T17:00")!;

beforeAll(() => {
  // Browsers have TextDecoder; jest's jsdom does not, so give it Node's (the same WHATWG implementation).
  Object.assign(globalThis, { TextDecoder: NodeTextDecoder, TextEncoder: NodeTextEncoder });
  // jsdom logs "not implemented" for canvas; the pane treats a missing 2D context as "show the table".
  HTMLCanvasElement.prototype.getContext = (() => null) as unknown as HTMLCanvasElement["getContext"];
});

function host(bytes = new Uint8Array(readFileSync(SAMPLE))) {
  return createPreviewHost({ sampleUrl: "assets/sample/case-log.xlsx", displayLanguage: "zh-CN", theme: "light", now: asOf, fetchBytes: async () => bytes });
}

it("loads the sample, shows the pipeline's own figures for the default month, and switches language", async () => {
  const h = host();
  const i18n = createI18n("zh-CN");
  renderPane(<App host={h} i18n={i18n} asOf={asOf} />, "zh-CN");
  const tiles = await screen.findByTestId("tiles", {}, { timeout: 20_000 });

  const direct = analyze(readXlsx(new Uint8Array(readFileSync(SAMPLE))), { asOf });
  const expected = paneFigures(direct, { period: { kind: "month", year: 2026, month: 9 }, company: null });
  expect(within(tiles).getByTestId("tile-cases")).toHaveTextContent(`本期案件${expected.cases.toLocaleString("zh-CN")}`);
  expect(within(tiles).getByTestId("tile-overdue")).toHaveTextContent(String(expected.overdue));
  expect(screen.getByLabelText("月份")).toHaveValue("2026-09");
  // September closed on 10-05 at 24:00: marked so, with its close date.
  expect(screen.getByTestId("month-close")).toHaveAttribute("data-state", "closed");
  expect(screen.getByTestId("month-close")).toHaveTextContent("已结：2026/10/05 24:00 结账");
  // The late list follows the tiles in a deferred render.
  expect((await screen.findAllByTestId("late-item", {}, { timeout: 20_000 })).length).toBeGreaterThan(0);

  fireEvent.change(screen.getByLabelText("语言"), { target: { value: "en-US" } });
  expect(await screen.findByRole("heading", { level: 1, name: "Casebook" })).toBeInTheDocument();
  expect(screen.getByTestId("tile-cases")).toHaveTextContent("Cases in period");

  // Another month changes the count to that month's.
  fireEvent.change(screen.getByLabelText("Month"), { target: { value: "2026-03" } });
  const march = paneFigures(direct, { period: { kind: "month", year: 2026, month: 3 }, company: null });
  expect(screen.getByTestId("tile-cases")).toHaveTextContent(`Cases in period${march.cases.toLocaleString("en-US")}`);
  // October is still open on 10-31: it closes on 11-05 at 24:00.
  fireEvent.change(screen.getByLabelText("Month"), { target: { value: "2026-10" } });
  expect(screen.getByTestId("month-close")).toHaveAttribute("data-state", "open");
  expect(screen.getByTestId("month-close")).toHaveTextContent("Open: closes at 11/05/2026 24:00");
  // A year closes with its December: 2026 is open on 10-31, and says when it closes.
  fireEvent.change(screen.getByLabelText("Period"), { target: { value: "year" } });
  expect(screen.getByTestId("month-close")).toHaveAttribute("data-state", "open");
  expect(screen.getByTestId("month-close")).toHaveTextContent("Open: the year closes with December at 01/05/2027 24:00");
  fireEvent.change(screen.getByLabelText("Period"), { target: { value: "month" } });
  fireEvent.change(screen.getByLabelText("Month"), { target: { value: "2026-10" } });

  // The actions sit at the top, before the filters: the everyday ones as buttons, the rest in a menu.
  const toolbar = screen.getByTestId("actions");
  expect(toolbar.compareDocumentPosition(screen.getByTestId("filters")) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  expect(within(toolbar).getByRole("button", { name: "Create monthly report" })).toBeInTheDocument();
  // Actions that need Excel say so instead of failing.
  fireEvent.click(within(toolbar).getByRole("button", { name: "More actions" }));
  fireEvent.click(await screen.findByRole("menuitem", { name: "Write registers, compliance and scorecards" }));
  const warnings = await screen.findAllByTestId("notice-warning");
  await waitFor(() => expect(screen.getAllByTestId("notice-warning").some((w) => /This action works inside Excel/.test(w.textContent ?? ""))).toBe(true));
  // Judged on 10-31, the sample's November and December cases are not yet received: rows from the future.
  const rejectedRows = new Set(direct.rejected.map((r) => `${r.sheet}:${r.row}`)).size;
  expect(rejectedRows).toBeGreaterThan(500);
  expect(warnings[0]).toHaveTextContent(`${rejectedRows.toLocaleString("en-US")} rows could not be read`);
}, 60_000);

it("cancels a running analysis and says it was cancelled", async () => {
  const i18n = createI18n("en-US");
  renderPane(<App host={host()} i18n={i18n} asOf={asOf} />);
  const cancel = await screen.findByRole("button", { name: "Cancel" });
  await act(async () => {
    fireEvent.click(cancel);
  });
  expect(await screen.findByTestId("notice-info", {}, { timeout: 20_000 })).toHaveTextContent("Cancelled.");
  expect(screen.queryByTestId("tiles")).toBeNull();
}, 60_000);

it("shows a file that is not a workbook as an error naming the problem", async () => {
  const i18n = createI18n("en-US");
  renderPane(<App host={host(new TextEncoder().encode("编号,受理时间\nK1,2026-10-01"))} i18n={i18n} asOf={asOf} />);
  const bar = await screen.findByTestId("notice-error", {}, { timeout: 20_000 });
  expect(bar).toHaveTextContent("The file could not be read as a workbook: This is a text file (such as CSV)");
  // The reader's reason in English only.
  expect(bar.textContent).not.toMatch(/\p{Script=Han}/u);
});

it("shows the charts' figures as tables on request", async () => {
  const i18n = createI18n("en-US");
  renderPane(<App host={host()} i18n={i18n} asOf={asOf} />);
  const chart = await screen.findByTestId("chart-rules", {}, { timeout: 20_000 });
  const toggle = within(chart).getByRole("button", { name: "Show data table" });
  expect(toggle).toHaveAttribute("aria-expanded", "false");
  fireEvent.click(toggle);
  const table = within(chart).getByRole("table");
  expect(within(table).getAllByRole("row")).toHaveLength(1 + 7);
  expect(within(table).getByRole("rowheader", { name: "Notify property company (8 h)" })).toBeInTheDocument();
  await waitFor(() => expect(chart).toHaveAttribute("data-chart-state", "failed"));
}, 60_000);

it("makes the month's pack for the company chosen in the filter, as a download in the preview", async () => {
  const i18n = createI18n("zh-CN");
  const saved: { name: string; bytes: number }[] = [];
  // jsdom has no object URLs: the download's anchor is caught as a browser would save it.
  Object.assign(URL, { createObjectURL: (b: Blob) => `blob:${saved.push({ name: "", bytes: b.size })}`, revokeObjectURL: () => undefined });
  const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    saved[saved.length - 1].name = this.download;
  });
  renderPane(<App host={host()} i18n={i18n} asOf={asOf} />, "zh-CN");
  await screen.findByTestId("tiles", {}, { timeout: 20_000 });
  const company = "青岛海润物业管理有限公司";
  fireEvent.change(screen.getByLabelText("物业公司"), { target: { value: company } });
  fireEvent.click(within(screen.getByTestId("actions")).getByRole("button", { name: "更多操作" }));
  const item = await screen.findByTestId("action-packs");
  expect(item).toHaveTextContent("生成物业公司通报");
  expect(item).toHaveTextContent(company);
  fireEvent.click(item);
  const done = await screen.findByTestId("notice-success", {}, { timeout: 30_000 });
  expect(done).toHaveTextContent(`已下载 1 份通报：${company}。`);
  expect(saved).toEqual([{ name: `${company}-客服考核-2026-09.xlsx`, bytes: expect.any(Number) }]);
  expect(saved[0].bytes).toBeGreaterThan(5000);
  click.mockRestore();
}, 60_000);

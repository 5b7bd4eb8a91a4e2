/**
 * @jest-environment jsdom
 *
 * The first screen the preview's worker posts ahead of the Analysis: the same figures, months and companies
 * the pane derives from the Analysis itself, and the pane shows its tiles from it before the Analysis arrives.
 */
import "@testing-library/jest-dom";
import { act, screen, within } from "@testing-library/react";
import { readFileSync } from "fs";
import { join } from "path";
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "util";
import type { Analysis } from "../../src/core/analysis";
import { analyze } from "../../src/core/pipeline";
import { parseIsoMinutes } from "../../src/core/time";
import { App } from "../../src/taskpane/App";
import type { PaneHost } from "../../src/host/pane-host";
import { createPreviewHost } from "../../src/host/preview-host";
import { createI18n } from "../../src/taskpane/i18n";
import { companies, paneFigures, sortCompanies } from "../../src/taskpane/model/figures";
import { firstFigures, firstScreen } from "../../src/taskpane/model/first-screen";
import { monthOptions } from "../../src/taskpane/model/period";
import { readXlsx } from "../../src/workbook/xlsx";
import { renderPane } from "./render";

const SAMPLE = join(__dirname, "../../assets/sample/case-log.xlsx");
const asOf = parseIsoMinutes("2026-10-31T17:00")!;
let sample: Analysis;

beforeAll(() => {
  // jest's jsdom lacks TextDecoder; Node's is the same WHATWG implementation browsers have.
  Object.assign(globalThis, { TextDecoder: NodeTextDecoder, TextEncoder: NodeTextEncoder });
  sample = analyze(readXlsx(new Uint8Array(readFileSync(SAMPLE))), { asOf });
  HTMLCanvasElement.prototype.getContext = (() => null) as unknown as HTMLCanvasElement["getContext"];
});

describe("first screen", () => {
  it("carries the default month's figures, the picker's months and the companies of the Analysis", () => {
    const first = firstScreen(sample);
    const sept = { kind: "month" as const, year: 2026, month: 9 };
    expect(first.period).toEqual(sept);
    expect(first.figures).toEqual(paneFigures(sample, { period: sept, company: null }));
    expect(first.figures.cases).toBeGreaterThan(0);
    const all = sample.cases.map((c) => c.receivedAt.at);
    expect(monthOptions([first.firstReceived!], asOf)).toEqual(monthOptions(all, asOf));
    for (const lang of ["zh-CN", "en-US"]) expect(sortCompanies(first.companies, lang)).toEqual(companies(sample, lang));
    expect(first.logSheet).toBe(sample.logSheet);
    // Small enough to post ahead of the Analysis.
    expect(JSON.stringify(first).length).toBeLessThan(JSON.stringify(sample).length / 100);
  });

  it("stands in only for its own period with all companies", () => {
    const first = firstScreen(sample);
    expect(firstFigures(first, { kind: "month", year: 2026, month: 9 }, null)).toBe(first.figures);
    expect(firstFigures(first, { kind: "month", year: 2026, month: 8 }, null)).toBeNull();
    expect(firstFigures(first, { kind: "year", year: 2026 }, null)).toBeNull();
    expect(firstFigures(first, { kind: "month", year: 2026, month: 9 }, first.companies[0])).toBeNull();
    expect(firstFigures(null, first.period, null)).toBeNull();
  });
});

it("the pane shows the tiles from the first screen, then the rest when the Analysis arrives", async () => {
  const bytes = new Uint8Array(readFileSync(SAMPLE));
  const real = createPreviewHost({ sampleUrl: "assets/sample/case-log.xlsx", displayLanguage: "en-US", theme: "light", now: asOf, fetchBytes: async () => bytes });
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  // As the worker does: the first screen from the Analysis just made, the Analysis itself later.
  const host: PaneHost = {
    ...real,
    async analyze(at, progress, signal, onFirst) {
      const a = await real.analyze(at, progress, signal);
      onFirst?.(firstScreen(a));
      await held;
      return a;
    },
  };
  renderPane(<App host={host} i18n={createI18n("en-US")} asOf={asOf} />);
  const tiles = await screen.findByTestId("tiles", {}, { timeout: 20_000 });
  const expected = paneFigures(sample, { period: { kind: "month", year: 2026, month: 9 }, company: null });
  expect(within(tiles).getByTestId("tile-cases")).toHaveTextContent(`Cases in period${expected.cases.toLocaleString("en-US")}`);
  expect(within(tiles).getByTestId("tile-overdue")).toHaveTextContent(String(expected.overdue));
  expect(screen.getByLabelText("Month")).toHaveValue("2026-09");
  expect(screen.getAllByRole("option", { name: /^(?!All)/ }).length).toBeGreaterThan(12);
  // The late list and the charts wait for the Analysis.
  expect(screen.queryByTestId("late-item")).toBeNull();
  expect(screen.queryByTestId("charts")).toBeNull();
  await act(async () => release());
  expect((await screen.findAllByTestId("late-item", {}, { timeout: 20_000 })).length).toBeGreaterThan(0);
  expect(screen.getByTestId("tile-cases")).toHaveTextContent(`Cases in period${expected.cases.toLocaleString("en-US")}`);
}, 60_000);

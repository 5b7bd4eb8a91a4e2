/**
 * @jest-environment jsdom
 *
 * The pane inside Excel, opened after a ribbon command: it shows what the command did once (the command ran
 * in another runtime and left its outcome in the workbook), keeps it while the analysis replaces the other
 * notices, lets the user dismiss it, and does not show it again on the next opening. The workbook is the
 * strict Excel fake, reached through the pane's real Excel host.
 */
import "@testing-library/jest-dom";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { parseIsoMinutes } from "../../src/core/time";
import { createExcelHost } from "../../src/host/excel-host";
import { createExcelServices } from "../../src/host/excel-services";
import { App } from "../../src/taskpane/App";
import { createI18n } from "../../src/taskpane/i18n";
import { readOutcome, recordOutcome, type CommandOutcome } from "../../src/workbook/office/command-outcome";
import { caseLogRows } from "../workbook/office/case-log-data";
import { createStrictExcel, type StrictExcel } from "../workbook/office/strict-excel";
import { renderPane } from "./render";

const asOf = parseIsoMinutes("2026-10-31T17:00")!;

beforeAll(() => {
  // The fake settles its syncs with Node's setImmediate, which jest's jsdom environment leaves out.
  const g = globalThis as unknown as { setImmediate?: (f: () => void) => void };
  g.setImmediate ??= (f) => void setTimeout(f, 0);
  HTMLCanvasElement.prototype.getContext = (() => null) as unknown as HTMLCanvasElement["getContext"];
});

const toPane: CommandOutcome = {
  command: "writeOutputs",
  ok: false,
  toPane: true,
  lang: "zh-CN",
  at: "2026-10-31T17:05",
  title: "请在 KPI 面板中生成登记簿",
  lines: ["工作簿中的案件表共 80,000 行（1 张工作表），超过功能区按钮 5 分钟内能完成的规模（50,000 行以内），因此未开始，工作簿未作任何改动。"],
};

function open(excel: StrictExcel) {
  const host = createExcelHost({
    displayLanguage: "zh-CN",
    theme: "light",
    services: async () => createExcelServices(excel.run, excel.isSetSupported),
  });
  return renderPane(<App host={host} i18n={createI18n("zh-CN")} asOf={asOf} />, "zh-CN");
}

it("shows the last ribbon command's outcome once, beside the analysis, until dismissed", async () => {
  const excel = createStrictExcel({ sheets: [{ name: "案件登记", rows: caseLogRows(40) }] });
  await recordOutcome(excel.run, toPane);
  const first = open(excel);
  const notice = await screen.findByText(/上次的功能区命令（2026-10-31 17:05）/, {}, { timeout: 20_000 });
  const bar = notice.closest("[data-testid^=notice-]") as HTMLElement;
  expect(bar).toHaveAttribute("data-testid", "notice-warning");
  expect(bar).toHaveTextContent("请在 KPI 面板中生成登记簿。工作簿中的案件表共 80,000 行");
  // The analysis finishes and sets its own notices: the command's stays.
  await screen.findByTestId("tiles", {}, { timeout: 20_000 });
  expect(screen.getByText(/上次的功能区命令/)).toBeInTheDocument();
  fireEvent.click(within(bar).getByRole("button", { name: "关闭" }));
  await waitFor(() => expect(screen.queryByText(/上次的功能区命令/)).toBeNull());
  expect(await readOutcome(excel.run)).toEqual({ ...toPane, shown: true });
  first.unmount();

  // Opened again: nothing new to show.
  open(excel);
  await screen.findByTestId("tiles", {}, { timeout: 20_000 });
  expect(screen.queryByText(/上次的功能区命令/)).toBeNull();
}, 60_000);

/**
 * @jest-environment jsdom
 *
 * The clerk's desk on the bundled sample, through the real preview host: today's list from the core, a new
 * case typed in and appended to the preview's in-memory copy (read back: it is in today's list and in the
 * log), then a step stamped on it. Nothing here is a stand-in but the bytes read from disk instead of fetch.
 */
import "@testing-library/jest-dom";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { readFileSync } from "fs";
import { join } from "path";
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "util";
import { analyze } from "../../src/core/pipeline";
import { agendaOf, todayList } from "../../src/core/desk";
import { proposedId } from "../../src/taskpane/model/desk";
import { parseIsoMinutes } from "../../src/core/time";
import { App } from "../../src/taskpane/App";
import { createPreviewHost } from "../../src/host/preview-host";
import { createI18n } from "../../src/taskpane/i18n";
import { readXlsx } from "../../src/workbook/xlsx";
import { renderPane } from "./render";

const SAMPLE = join(__dirname, "../../assets/sample/case-log.xlsx");
const asOf = parseIsoMinutes("2026-10-31T17:00")!;

beforeAll(() => {
  Object.assign(globalThis, { TextDecoder: NodeTextDecoder, TextEncoder: NodeTextEncoder });
  HTMLCanvasElement.prototype.getContext = (() => null) as unknown as HTMLCanvasElement["getContext"];
});

it("adds a case in the preview, shows it in today's list, and stamps its notice", async () => {
  const bytes = new Uint8Array(readFileSync(SAMPLE));
  const host = createPreviewHost({
    sampleUrl: "assets/sample/case-log.xlsx",
    displayLanguage: "zh-CN",
    theme: "light",
    now: asOf,
    fetchBytes: async () => bytes,
  });
  const direct = analyze(readXlsx(bytes), { asOf });
  const agenda = agendaOf(todayList(direct.cases, direct.deadlineConfig!, asOf));
  // Past the ids of the rows set aside as received after the as-of, too.
  const newId = proposedId(direct, asOf);
  expect(direct.rejected.some((r) => r.id !== undefined)).toBe(true);

  renderPane(<App host={host} i18n={createI18n("zh-CN")} asOf={asOf} initialView="desk" />, "zh-CN");
  const today = await screen.findByTestId("desk-today", {}, { timeout: 30_000 });
  await waitFor(() => expect(screen.getByTestId("tab-desk")).toHaveTextContent(`受理台（${agenda.total}）`));
  expect(within(today).getAllByTestId("desk-today-item").length).toBeGreaterThan(0);
  expect(within(today).getByTestId("desk-today-due")).toHaveTextContent(
    `今明两天到期：${agenda.due.reduce((n, g) => n + g.items.length, 0)} 项`,
  );

  // The form proposes the next number and now; the keywords propose the category and say which matched.
  const id = screen.getByTestId("desk-new-id") as HTMLInputElement;
  expect(id.value).toBe(newId);
  expect(screen.getByTestId("desk-new-received")).toHaveValue("2026-10-31T17:00");
  fireEvent.change(screen.getByTestId("desk-new-description"), { target: { value: "卫生间顶棚漏水" } });
  expect(screen.getByText("关键词“漏水”→ 维修")).toBeInTheDocument();
  fireEvent.change(screen.getByTestId("desk-new-description"), { target: { value: "楼上装修噪音扰民，已多次反映" } });
  expect(screen.getByText("关键词“多次反映”→ 投诉")).toBeInTheDocument();
  fireEvent.change(screen.getByTestId("desk-new-phone"), { target: { value: "88886666" } });
  expect(screen.getByText("固定电话缺少区号，请补上（如 0532）。")).toBeInTheDocument();
  fireEvent.change(screen.getByTestId("desk-new-community"), { target: { value: "海悦华庭" } });
  fireEvent.change(screen.getByTestId("desk-new-unit"), { target: { value: "9-9-909" } });
  expect(screen.getByText("责任单位未定：选定后即显示此案的送达等时限。")).toBeInTheDocument();
  fireEvent.change(screen.getByTestId("desk-new-responsible"), { target: { value: "property" } });
  expect(within(screen.getByTestId("desk-new-deadlines")).getByText(/^书面送达物业：11月\d+日 \d\d:\d\d 前$/)).toBeInTheDocument();
  expect(within(screen.getByTestId("desk-new-deadlines")).getByText("物业整改完成：送达时间后5天内")).toBeInTheDocument();
  // A taken number is refused.
  fireEvent.change(id, { target: { value: direct.cases[0].id } });
  expect(screen.getByText(`编号 ${direct.cases[0].id} 已在登记表中，请换一个。`)).toBeInTheDocument();
  fireEvent.change(id, { target: { value: newId } });

  fireEvent.click(screen.getByTestId("desk-new-submit"));
  const added = await screen.findByText(new RegExp(`已登记案件 ${newId}（工作表“案件登记”第 \\d+ 行）。`), {}, { timeout: 30_000 });
  expect(added).toBeInTheDocument();
  // Read back from the copy: the case is in today's list (its notice is due by tomorrow) and the tab counts it.
  await waitFor(
    () => expect(screen.getByTestId("tab-desk")).toHaveTextContent(`受理台（${agenda.total + 1}）`),
    { timeout: 90_000 },
  );
  expect(within(screen.getByTestId("desk-today-due")).getByText(new RegExp(`${newId} · 海悦华庭 9-9-909`))).toBeInTheDocument();
  // The form is ready for the next case, under the next number.
  await waitFor(() => expect((screen.getByTestId("desk-new-id") as HTMLInputElement).value).not.toBe(newId));

  // Stamp its notice: found by 房号, the notice offered first.
  fireEvent.change(screen.getByTestId("desk-stamp-query"), { target: { value: "9-9-909" } });
  const [result] = await screen.findAllByTestId("desk-stamp-result");
  expect(result).toHaveTextContent(`${newId}，海悦华庭 9-9-909`);
  fireEvent.click(result);
  expect(screen.getByTestId("desk-stamp-state")).toHaveTextContent("按时间推算：待处理");
  expect((screen.getByTestId("desk-stamp-step") as HTMLSelectElement).value).toBe("notifiedAt");
  fireEvent.click(screen.getByTestId("desk-stamp-submit"));
  expect(await screen.findByText(`已登记：${newId} 送达物业 2026-10-31 17:00。`, {}, { timeout: 30_000 })).toBeInTheDocument();
  await waitFor(() => expect(screen.getByTestId("desk-stamp-state")).toHaveTextContent("按时间推算：处理中"), {
    timeout: 30_000,
  });
  // The notice is no longer waited for: the case left today's list.
  await waitFor(() => expect(screen.getByTestId("tab-desk")).toHaveTextContent(`受理台（${agenda.total}）`), { timeout: 30_000 });
}, 240_000);

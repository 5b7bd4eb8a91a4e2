/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 *
 * (ExcelJS, which writes the form, needs uuid's CommonJS build: jsdom's "browser" condition picks its ES module.)
 *
 * 打印表单 on the bundled sample through the real preview host, in both languages: a 工作联系单 for a case
 * without a 联系单号 gets the next number of the Settings pattern, written into the preview's copy of the log
 * (made again, the form shows that number and assigns none), and the form comes as an .xlsx file the reader
 * reads back with the case on it. Only the browser's download itself is caught.
 */
import "@testing-library/jest-dom";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { readFileSync } from "fs";
import { join } from "path";
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "util";
import { analyze } from "../../src/core/pipeline";
import { nextInPattern } from "../../src/core/desk";
import { parseIsoMinutes } from "../../src/core/time";
import { App } from "../../src/taskpane/App";
import { createPreviewHost } from "../../src/host/preview-host";
import { createI18n, type Lang } from "../../src/taskpane/i18n";
import * as download from "../../src/taskpane/download";
import { readXlsx } from "../../src/workbook/xlsx";
import { renderPane } from "./render";

const SAMPLE = join(__dirname, "../../assets/sample/case-log.xlsx");
const asOf = parseIsoMinutes("2026-10-31T17:00")!;

beforeAll(() => {
  Object.assign(globalThis, { TextDecoder: NodeTextDecoder, TextEncoder: NodeTextEncoder });
  HTMLCanvasElement.prototype.getContext = (() => null) as unknown as HTMLCanvasElement["getContext"];
});

const TEXT = {
  "zh-CN": {
    kind: "工作联系单",
    numbered: (id: string, no: string) => `已为 ${id} 分配联系单号 ${no}，并写入登记表。`,
    downloaded: (id: string) =>
      new RegExp(`^已生成工作联系单（${id}）：已下载 工作联系单-${id}\\.xlsx，A4 纵向一页。$`),
  },
  "en-US": {
    kind: "Work Contact Form",
    numbered: (id: string, no: string) => `Contact form no ${no} assigned to ${id} and written into the log.`,
    downloaded: (id: string) =>
      new RegExp(`^Work Contact Form for ${id} downloaded as Work Contact Form-${id}\\.xlsx: one A4 portrait page\\.$`),
  },
} as const;

it.each(["zh-CN", "en-US"] as Lang[])(
  "%s: a 工作联系单 numbered from Settings, written into the log's blank cell, downloaded as one sheet",
  async (lang) => {
    const bytes = new Uint8Array(readFileSync(SAMPLE));
    const files: { bytes: Uint8Array; fileName: string }[] = [];
    const spy = jest
      .spyOn(download, "downloadFile")
      .mockImplementation((b: Uint8Array, fileName: string) => void files.push({ bytes: b, fileName }));
    const host = createPreviewHost({
      sampleUrl: "assets/sample/case-log.xlsx",
      displayLanguage: lang,
      theme: "light",
      now: asOf,
      fetchBytes: async () => bytes,
    });
    const direct = analyze(readXlsx(bytes), { asOf });
    const c = direct.cases.find((x) => x.contactFormNo === "" && x.description !== "")!;
    const no = nextInPattern(
      direct.contactFormPattern!,
      asOf,
      direct.cases.map((x) => x.contactFormNo),
    );
    expect(direct.cases.some((x) => x.contactFormNo === no)).toBe(false);

    renderPane(<App host={host} i18n={createI18n(lang)} asOf={asOf} initialView="desk" />, lang);
    await screen.findByTestId("desk-form", {}, { timeout: 30_000 });
    fireEvent.change(screen.getByTestId("desk-form-query"), { target: { value: c.id } });
    const [result] = await screen.findAllByTestId("desk-form-result");
    fireEvent.click(result);
    fireEvent.change(screen.getByTestId("desk-form-kind"), { target: { value: "contact" } });
    fireEvent.click(screen.getByTestId("desk-form-submit"));
    expect(await screen.findByText(TEXT[lang].downloaded(c.id), {}, { timeout: 60_000 })).toBeInTheDocument();
    expect(screen.getByText(TEXT[lang].numbered(c.id, no))).toBeInTheDocument();
    expect(files).toHaveLength(1);
    const sheet = readXlsx(files[0].bytes).sheets;
    expect(sheet).toHaveLength(1);
    const cells = sheet[0].values.flat().map(String);
    expect(cells).toContain(TEXT[lang].kind);
    expect(cells).toContain(c.id);
    expect(cells).toContain(no);
    expect(cells).toContain(c.description);

    // The number is in the log now: made again, the form shows it and nothing is assigned.
    await waitFor(() => expect(screen.getByTestId("desk-form-submit")).not.toHaveAttribute("aria-disabled", "true"), {
      timeout: 60_000,
    });
    fireEvent.click(screen.getByTestId("desk-form-submit"));
    await waitFor(() => expect(files).toHaveLength(2), { timeout: 60_000 });
    await waitFor(() => expect(screen.queryByText(TEXT[lang].numbered(c.id, no))).not.toBeInTheDocument(), {
      timeout: 60_000,
    });
    expect(screen.getByText(TEXT[lang].downloaded(c.id))).toBeInTheDocument();
    expect(readXlsx(files[1].bytes).sheets[0].values.flat().map(String)).toContain(no);
    spy.mockRestore();
  },
  240_000,
);

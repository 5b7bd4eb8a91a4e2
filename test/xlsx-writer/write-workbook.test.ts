import * as XLSX from "@e965/xlsx";
import { absoluteRange, layoutSheet, type SheetDoc } from "../../src/core/output/sheet-doc";
import { toExcelSerial } from "../../src/core/time";
import { writeWorkbook } from "../../src/xlsx-writer";
import { placeSheet } from "../../src/xlsx-writer/write-workbook";
import { MAX_FROZEN_ROWS, MIN_SCALE } from "../../src/core/output/print";
import { nodeDeflateRaw } from "../../src/xlsx-writer/node-deflate";
import { all, childNames, one, parseXml, relsOf, unzipParts } from "./package-helpers";
import { HOSTILE_TEXT, empty, register, summary } from "./sample-docs";

const docs: SheetDoc[] = [summary, register, empty];
let bytes: Uint8Array;
let parts: Map<string, string>;
let book: XLSX.WorkBook;

beforeAll(async () => {
  bytes = await writeWorkbook(docs, { lang: "zh", creator: "测试" });
  parts = unzipParts(bytes);
  book = XLSX.read(bytes, { type: "array", cellNF: true, cellStyles: true, cellFormula: true });
});

const xml = (path: string): Document => {
  const text = parts.get(path);
  if (text === undefined) throw new Error(`missing part ${path}`);
  return parseXml(text);
};

/** Sheet part of a sheet name, through workbook.xml and its relationships (as a reader finds it). */
function sheetPart(name: string): string {
  const sheet = all(xml("xl/workbook.xml"), "sheet").find((s) => s.getAttribute("name") === name);
  const rid = sheet?.getAttribute("r:id");
  const rel = relsOf(parts, "xl/workbook.xml").find((r) => r.id === rid);
  if (!rel) throw new Error(`no part for sheet ${name}`);
  return rel.target;
}

describe("package structure", () => {
  it("is well-formed XML throughout, and every relationship target exists", () => {
    const queue = [""];
    const seen = new Set<string>();
    while (queue.length > 0) {
      const part = queue.shift() as string;
      if (seen.has(part)) continue;
      seen.add(part);
      for (const rel of relsOf(parts, part)) {
        expect(parts.has(rel.target)).toBe(true);
        queue.push(rel.target);
      }
    }
    for (const [path, text] of parts) if (/\.(xml|rels)$/.test(path)) expect(() => parseXml(text)).not.toThrow();
    // Every part but the .rels and the content types is reachable from the root.
    const orphans = [...parts.keys()].filter(
      (p) => !seen.has(p) && !p.endsWith(".rels") && p !== "[Content_Types].xml",
    );
    expect(orphans).toEqual([]);
  });

  it("declares a content type for every part, by override", () => {
    const types = xml("[Content_Types].xml");
    const overrides = new Map(
      all(types, "Override").map((o) => [o.getAttribute("PartName")?.slice(1), o.getAttribute("ContentType")]),
    );
    for (const path of parts.keys()) {
      if (path.endsWith(".rels") || path === "[Content_Types].xml") continue;
      expect(overrides.get(path)).toMatch(/^application\/vnd\.openxmlformats-/);
    }
    const kinds = (suffix: string): number => [...overrides.values()].filter((t) => t?.endsWith(suffix)).length;
    expect(kinds("drawingml.chart+xml")).toBe(summary.charts.length + empty.charts.length);
    expect(kinds("drawing+xml")).toBe(2);
    expect(kinds("spreadsheetml.table+xml")).toBe(summary.tables.length + register.tables.length + empty.tables.length);
  });

  it("writes the same bytes for the same input", async () => {
    const again = await writeWorkbook(docs, { lang: "zh", creator: "测试" });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it("holds the same parts whichever deflate packs them", async () => {
    const big: SheetDoc = {
      ...register,
      tables: [
        { ...register.tables[0], rows: Array.from({ length: 20_000 }, (_, i) => register.tables[0].rows[i % 10]) },
      ],
    };
    const viaFflate = unzipParts(await writeWorkbook([big], { lang: "zh" }));
    const viaZlib = unzipParts(await writeWorkbook([big], { lang: "zh", deflateRaw: nodeDeflateRaw }));
    expect([...viaZlib.keys()].sort()).toEqual([...viaFflate.keys()].sort());
    for (const [path, text] of viaFflate) expect(viaZlib.get(path)).toBe(text);
    expect((viaFflate.get("xl/worksheets/sheet1.xml") as string).length).toBeGreaterThan(1 << 20);
  });

  it("refuses names Excel would repair", async () => {
    await expect(writeWorkbook([{ ...empty, name: "a/b" }], { lang: "en" })).rejects.toThrow(/sheet name/);
    await expect(writeWorkbook([empty, { ...register, name: "DATA ISSUES" }], { lang: "en" })).rejects.toThrow(
      /Duplicate sheet/,
    );
    const badTable = { ...empty, tables: [{ ...empty.tables[0], name: "A1" }], charts: [] };
    await expect(writeWorkbook([badTable], { lang: "en" })).rejects.toThrow(/table name/);
    const badChart = { ...empty, charts: [{ ...empty.charts[0], seriesColumns: [7] }] };
    await expect(writeWorkbook([badChart], { lang: "en" })).rejects.toThrow(/columns outside/);
  });
});

describe("cells as an independent reader sees them", () => {
  it("keeps the sheets in order", () => {
    expect(book.SheetNames).toEqual(["摘要", "投诉登记", "Data issues"]);
  });

  it("places title, subtitles, key figures and tables where layoutSheet says", () => {
    const ws = book.Sheets["摘要"];
    const layout = layoutSheet(summary);
    const at = (r: number, c: number): XLSX.CellObject | undefined => ws[XLSX.utils.encode_cell({ r, c })];
    expect(at(layout.titleRow, 0)?.v).toBe(summary.title);
    summary.subtitle?.forEach((line, i) => expect(at(layout.subtitleRows[i], 0)?.v).toBe(line));
    summary.figures?.forEach((f, i) => {
      expect(at(layout.figureRows[i], 0)?.v).toBe(f.label);
      const value = at(layout.figureRows[i], 1);
      expect(value?.t).toBe("n");
      expect(value?.v).toBeCloseTo(f.kind === "datetime" ? toExcelSerial(f.value as number) : (f.value as number), 9);
    });
    expect(at(layout.figureRows[1], 2)?.v).toBe("按时 / 已到期");
    for (const placed of layout.tables) {
      if (placed.table.caption) expect(at(placed.headerRow - 1, 0)?.v).toBe(placed.table.caption);
      placed.table.columns.forEach((c, j) => expect(at(placed.headerRow, j)?.v).toBe(c.header));
      placed.table.rows.forEach((row, i) =>
        row.forEach((v, j) => {
          const cell = at(placed.firstDataRow + i, j);
          if (v === null) expect(cell).toBeUndefined();
          else expect(cell?.v).toBe(v);
        }),
      );
    }
  });

  it("applies the number format of each column kind", () => {
    const ws = book.Sheets["投诉登记"];
    const placed = layoutSheet(register).tables[0];
    const fmt = (j: number): string | undefined =>
      ws[XLSX.utils.encode_cell({ r: placed.firstDataRow + 1, c: j })]?.z as string | undefined;
    expect(fmt(1)).toBe("yyyy-mm-dd hh:mm");
    expect(fmt(2)).toBe("yyyy-mm-dd");
    expect(fmt(5)).toBe("#,##0.0");
    expect(fmt(7)).toBe("0");
    const money = ws[XLSX.utils.encode_cell({ r: placed.firstDataRow + 4, c: 6 })];
    expect(money.z).toBe("#,##0.00");
    expect(money.w).toBe("1,500.10");
    const summaryPct = book.Sheets["摘要"][XLSX.utils.encode_cell({ r: layoutSheet(summary).figureRows[1], c: 1 })];
    expect(summaryPct.z).toBe("0.0%");
    expect(summaryPct.w).toBe("91.3%");
  });

  it("writes LocalMinutes as the serials toExcelSerial gives, shown as the same wall-clock time", () => {
    const ws = book.Sheets["投诉登记"];
    const placed = layoutSheet(register).tables[0];
    register.tables[0].rows.forEach((row, i) => {
      const cell = ws[XLSX.utils.encode_cell({ r: placed.firstDataRow + i, c: 1 })];
      expect(cell.t).toBe("n");
      expect(cell.v).toBe(toExcelSerial(row[1] as number));
      expect(cell.w).toBe(`2026-10-${String(1 + i).padStart(2, "0")} 09:${String(5 * i).padStart(2, "0")}`);
    });
  });

  it("writes text as text, never as a formula, whatever it starts with", () => {
    const ws = book.Sheets["投诉登记"];
    const placed = layoutSheet(register).tables[0];
    HOSTILE_TEXT.forEach((text, i) => {
      const cell = ws[XLSX.utils.encode_cell({ r: placed.firstDataRow + i, c: 3 })];
      expect(cell.t).toBe("s");
      expect(cell.v).toBe(text);
      expect(cell.f).toBeUndefined();
    });
    const sheet = parts.get(sheetPart("投诉登记")) as string;
    // The only formulas on the sheet are the totals row's SUBTOTALs.
    const formulas = all(parseXml(sheet), "f").map((f) => f.textContent);
    expect(formulas).toEqual([
      "SUBTOTAL(109,Complaints[[超时(小时)]])",
      "SUBTOTAL(109,Complaints[[质保金]])",
      "SUBTOTAL(109,Complaints[[件数]])",
    ]);
    // Formula-like text also carries Excel's quote prefix, so editing the cell keeps it text.
    const styles = all(xml("xl/styles.xml"), "cellXfs")[0];
    const hyperlinkCell = all(parseXml(sheet), "c").find(
      (c) => c.getAttribute("r") === `D${placed.firstDataRow + 1}`,
    ) as Element;
    const xf = Array.from(styles.children)[Number(hyperlinkCell.getAttribute("s"))];
    expect(xf.getAttribute("quotePrefix")).toBe("1");
  });

  it("sums the totals row with cached values that follow the filter (SUBTOTAL 109)", () => {
    const ws = book.Sheets["投诉登记"];
    const placed = layoutSheet(register).tables[0];
    const totalsRow = placed.endRow - 1;
    expect(ws[XLSX.utils.encode_cell({ r: totalsRow, c: 0 })].v).toBe("合计");
    const expected = register.tables[0].rows.reduce((s, r) => s + ((r[5] as number) ?? 0), 0);
    expect(ws[XLSX.utils.encode_cell({ r: totalsRow, c: 5 })].v).toBeCloseTo(expected, 9);
    expect(ws[XLSX.utils.encode_cell({ r: totalsRow, c: 7 })].v).toBe(register.tables[0].rows.length);
    // Percent and date columns get no sum.
    expect(ws[XLSX.utils.encode_cell({ r: totalsRow, c: 1 })]).toBeUndefined();
    const table = parseXml(
      parts.get(relsOf(parts, sheetPart("投诉登记")).find((r) => r.type === "table")!.target) as string,
    );
    expect(
      all(table, "tableColumn").map((c) => c.getAttribute("totalsRowFunction") ?? c.getAttribute("totalsRowLabel")),
    ).toEqual(["合计", null, null, null, null, "sum", "sum", "sum"]);
  });

  it("wraps a wrapping column's header and text within its width, keeping a formula-like text quoted", async () => {
    const doc: SheetDoc = {
      name: "W",
      title: "W",
      tables: [
        {
          name: "WT",
          columns: [
            { header: "指标", kind: "text" },
            { header: "计算依据", kind: "text", width: 12, wrap: true },
            { header: "青岛海润物业管理有限公司", kind: "number", width: 10, wrap: true },
          ],
          rows: [
            ["整改及时率", "225 件按时整改 / 265 件已判定", 89.4],
            ["回访率", "=1+1", 92.8],
          ],
        },
      ],
      charts: [],
    };
    const parts = unzipParts(await writeWorkbook([doc], { lang: "zh" }));
    const xfs = Array.from(all(parseXml(parts.get("xl/styles.xml")!), "cellXfs")[0].children);
    const cells = all(parseXml(parts.get("xl/worksheets/sheet1.xml")!), "c");
    const placed = layoutSheet(doc).tables[0];
    const alignment = (ref: string) => {
      const c = cells.find((x) => x.getAttribute("r") === ref) as Element;
      const xf = xfs[Number(c.getAttribute("s") ?? 0)];
      const a = all(xf, "alignment")[0];
      return {
        wrap: a?.getAttribute("wrapText") ?? null,
        right: a?.getAttribute("horizontal") ?? null,
        quote: xf.getAttribute("quotePrefix"),
      };
    };
    const vertical = (ref: string) => {
      const c = cells.find((x) => x.getAttribute("r") === ref) as Element;
      return all(xfs[Number(c.getAttribute("s") ?? 0)], "alignment")[0]?.getAttribute("vertical") ?? null;
    };
    const h = placed.headerRow + 1;
    const d = placed.firstDataRow + 1;
    // A tall row's cells start at its top, beside the first line of the wrapped text; headers sit at the bottom.
    expect([vertical(`A${d}`), vertical(`B${d}`), vertical(`C${d}`), vertical(`B${d + 1}`)]).toEqual([
      "top",
      "top",
      "top",
      "top",
    ]);
    expect([vertical(`A${h}`), vertical(`B${h}`), vertical(`C${h}`)]).toEqual([null, null, null]);
    expect(alignment(`A${h}`)).toEqual({ wrap: null, right: null, quote: null });
    expect(alignment(`B${h}`)).toEqual({ wrap: "1", right: null, quote: null });
    expect(alignment(`C${h}`)).toEqual({ wrap: "1", right: "right", quote: null });
    expect(alignment(`B${d}`)).toEqual({ wrap: "1", right: null, quote: null });
    expect(alignment(`A${d}`).wrap).toBeNull();
    expect(alignment(`B${d + 1}`).quote).toBe("1");
    // Rows holding wrapped text are as tall as their lines: LibreOffice keeps a file's rows one line high.
    const rows = all(parseXml(parts.get("xl/worksheets/sheet1.xml")!), "row");
    const height = (r: number) => rows.find((x) => x.getAttribute("r") === String(r))?.getAttribute("ht") ?? null;
    expect(height(h)).toBe("45"); // 24 characters wide in 10: three lines
    expect(Number(height(d))).toBeGreaterThanOrEqual(45);
    expect(height(d + 1)).toBeNull();
    // The width is the hint, not the text's.
    const col = all(parseXml(parts.get("xl/worksheets/sheet1.xml")!), "col").find(
      (c) => c.getAttribute("min") === "2",
    )!;
    expect(Number(col.getAttribute("width"))).toBeLessThan(14);
  });

  it("leaves the total of a column without any number empty rather than 0", async () => {
    const noData: SheetDoc = {
      name: "N",
      title: "N",
      tables: [
        {
          name: "NT",
          columns: [
            { header: "类别", kind: "text" },
            { header: "本月", kind: "integer" },
            { header: "去年同月", kind: "integer" },
          ],
          rows: [
            ["投诉", 3, null],
            ["维修", 4, null],
          ],
          totals: true,
        },
      ],
      charts: [],
    };
    const out = await writeWorkbook([noData], { lang: "zh" });
    const ws = XLSX.read(out, { type: "array" }).Sheets.N;
    const totalsRow = layoutSheet(noData).tables[0].endRow - 1;
    expect(ws[XLSX.utils.encode_cell({ r: totalsRow, c: 1 })].v).toBe(7);
    expect(ws[XLSX.utils.encode_cell({ r: totalsRow, c: 2 })]).toBeUndefined();
    const table = parseXml(unzipParts(out).get("xl/tables/table1.xml") as string);
    expect(all(table, "tableColumn").map((c) => c.getAttribute("totalsRowFunction"))).toEqual([null, "sum", null]);
  });
});

describe("tables, views, conditional formats and print setup", () => {
  it("writes each table part with its range, autofilter and totals row", () => {
    const expectations: { doc: SheetDoc; name: string }[] = docs.flatMap((doc) =>
      doc.tables.map((t) => ({ doc, name: t.name })),
    );
    const tableParts = [...parts.keys()].filter((p) => p.startsWith("xl/tables/"));
    expect(tableParts).toHaveLength(expectations.length);
    for (const { doc, name } of expectations) {
      const placed = layoutSheet(doc).tables.find((t) => t.table.name === name)!;
      const rels = relsOf(parts, sheetPart(doc.name)).filter((r) => r.type === "table");
      const part = rels.map((r) => xml(r.target)).find((d) => d.documentElement.getAttribute("name") === name)!;
      expect(part?.documentElement.getAttribute("name")).toBe(name);
      const root = part.documentElement;
      const lastCol = String.fromCharCode(64 + placed.table.columns.length);
      const dataEnd = placed.firstDataRow + Math.max(placed.table.rows.length, 1);
      expect(root.getAttribute("ref")).toBe(`A${placed.headerRow + 1}:${lastCol}${placed.endRow}`);
      expect(one(part, "autoFilter").getAttribute("ref")).toBe(`A${placed.headerRow + 1}:${lastCol}${dataEnd}`);
      expect(all(part, "tableColumn").map((c) => c.getAttribute("name"))).toEqual(
        placed.table.columns.map((c) => c.header),
      );
      expect(root.getAttribute("totalsRowCount")).toBe(placed.table.totals ? "1" : null);
      expect(one(part, "tableStyleInfo").getAttribute("name")).toBe("TableStyleMedium2");
      // The sheet links the table, and the table's sheet cells hold its header names.
      expect(all(xml(sheetPart(doc.name)), "tablePart")).toHaveLength(doc.tables.length);
    }
    const ids = tableParts.map((p) => parts.get(p)!.match(/ id="(\d+)"/)![1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("reserves one empty data row for a table with no rows", () => {
    const placed = layoutSheet(empty).tables[0];
    const table = xml(relsOf(parts, sheetPart("Data issues")).find((r) => r.type === "table")!.target);
    expect(table.documentElement.getAttribute("ref")).toBe(`A${placed.headerRow + 1}:C${placed.headerRow + 2}`);
    const ws = book.Sheets["Data issues"];
    expect(ws[XLSX.utils.encode_cell({ r: placed.firstDataRow, c: 0 })]).toBeUndefined();
  });

  it("freezes a lone table's header under its title, never a block of key figures", () => {
    for (const doc of docs) {
      const panes = all(xml(sheetPart(doc.name)), "pane");
      const layout = layoutSheet(doc);
      if (layout.figureRows.length > 0 || layout.tables.length !== 1) {
        expect(panes).toHaveLength(0);
        continue;
      }
      const header = layout.tables[0].headerRow;
      expect(header + 1).toBeLessThanOrEqual(MAX_FROZEN_ROWS);
      expect(panes[0].getAttribute("state")).toBe("frozen");
      expect(panes[0].getAttribute("ySplit")).toBe(String(header + 1));
      expect(panes[0].getAttribute("topLeftCell")).toBe(`A${header + 2}`);
    }
    expect(all(xml(sheetPart("摘要")), "pane")).toHaveLength(0);
  });

  it("sets widths that fit, counting CJK characters double", () => {
    const cols = all(xml(sheetPart("投诉登记")), "col");
    const width = (c: number): number =>
      Number(cols.find((x) => x.getAttribute("min") === String(c + 1))!.getAttribute("width"));
    // 编号 "TS-1001": 7 characters (+2 padding); 事项内容: the longest text, the HYPERLINK line, whose
    // two CJK characters (点我) count double.
    expect(width(0)).toBe(9);
    expect(width(3)).toBe(HOSTILE_TEXT[0].length + 2 + 2);
    // Datetime column: "2026-10-01 09:00" is 16 wide.
    expect(width(1)).toBe(18);
    const summaryCols = all(xml(sheetPart("摘要")), "col");
    // "安居物业服务有限公司": 10 CJK characters = 20, +2.
    expect(Number(summaryCols[0].getAttribute("width"))).toBe(22);
  });

  it("colours grades, statuses and lateness with conditional formats on the data rows", () => {
    const sheet = xml(sheetPart("投诉登记"));
    const placed = layoutSheet(register).tables[0];
    const cf = all(sheet, "conditionalFormatting");
    const bySqref = new Map(cf.map((c) => [c.getAttribute("sqref"), c]));
    const first = placed.firstDataRow + 1;
    const last = placed.firstDataRow + register.tables[0].rows.length;
    const status = bySqref.get(`E${first}:E${last}`)!;
    expect(all(status, "cfRule")).toHaveLength(3);
    expect(one(status, "formula").textContent).toContain(`TRIM(E${first})="已逾期"`);
    const late = one(bySqref.get(`F${first}:F${last}`)!, "cfRule");
    expect([late.getAttribute("type"), late.getAttribute("operator"), one(late, "formula").textContent]).toEqual([
      "cellIs",
      "greaterThan",
      "0",
    ]);
    const dxfs = all(xml("xl/styles.xml"), "dxf");
    expect(Number(late.getAttribute("dxfId"))).toBeLessThan(dxfs.length);
    const priorities = all(sheet, "cfRule").map((r) => Number(r.getAttribute("priority")));
    expect(new Set(priorities).size).toBe(priorities.length);
    const grade = all(xml(sheetPart("摘要")), "conditionalFormatting");
    expect(grade.map((g) => g.getAttribute("sqref"))).toEqual([
      `E${layoutSheet(summary).tables[0].firstDataRow + 1}:E${layoutSheet(summary).tables[0].firstDataRow + 4}`,
    ]);
  });

  it("prints on A4 at a fixed readable scale through a print area, repeating only a long table's header", () => {
    const names = all(xml("xl/workbook.xml"), "definedName");
    docs.forEach((doc, i) => {
      const sheet = xml(sheetPart(doc.name));
      const setup = one(sheet, "pageSetup");
      const plan = placeSheet(doc).print;
      expect(setup.getAttribute("orientation")).toBe(plan.landscape ? "landscape" : "portrait");
      if (doc.landscape === false) expect(plan.landscape).toBe(false);
      expect(setup.getAttribute("paperSize")).toBe("9");
      expect(Number(setup.getAttribute("scale"))).toBeGreaterThanOrEqual(MIN_SCALE * 100);
      expect(setup.getAttribute("fitToWidth")).toBeNull();
      expect(all(sheet, "pageSetUpPr")).toHaveLength(0);
      const local = names.filter((d) => d.getAttribute("localSheetId") === String(i));
      const area = local.find((d) => d.getAttribute("name") === "_xlnm.Print_Area")!;
      expect(area.textContent).toMatch(new RegExp(`^'${doc.name}'!\\$A\\$1:\\$[A-Z]+\\$${plan.printRows}$`));
      const title = local.find((d) => d.getAttribute("name") === "_xlnm.Print_Titles");
      if (plan.repeatRows === null) expect(title).toBeUndefined();
      else {
        const header = plan.repeatRows[0] + 1;
        expect(layoutSheet(doc).tables.some((t) => t.headerRow + 1 === header)).toBe(true);
        expect(title!.textContent).toBe(`'${doc.name}'!$${header}:$${header}`);
      }
      const breaks = all(sheet, "brk").map((b) => Number(b.getAttribute("id")));
      expect(breaks).toEqual(plan.breaksBefore);
    });
    // SheetJS reads the same print areas.
    expect(book.Workbook?.Names?.filter((n) => n.Name === "_xlnm.Print_Area")).toHaveLength(3);
  });

  it("prints the leading columns of a sheet too wide for A4 and keeps them all on the sheet", async () => {
    const wide: SheetDoc = {
      ...empty,
      tables: [
        {
          name: "Wide",
          columns: Array.from({ length: 30 }, (_, i) => ({ header: `事项内容${i}`, kind: "text" as const })),
          rows: [],
        },
      ],
      charts: [],
    };
    const out = unzipParts(await writeWorkbook([wide], { lang: "zh" }));
    const setup = one(parseXml(out.get("xl/worksheets/sheet1.xml") as string), "pageSetup");
    expect(setup.getAttribute("paperSize")).toBe("9");
    expect(Number(setup.getAttribute("scale"))).toBeGreaterThanOrEqual(70);
    const area = all(parseXml(out.get("xl/workbook.xml") as string), "definedName").find(
      (d) => d.getAttribute("name") === "_xlnm.Print_Area",
    )!;
    const last = /\$([A-Z]+)\$\d+$/.exec(area.textContent ?? "")![1];
    expect(last < "AD" || last.length < 2).toBe(true);
    expect(all(parseXml(out.get("xl/tables/table1.xml") as string), "tableColumn")).toHaveLength(30);
  });

  it("keeps worksheet children in the schema's order", () => {
    const order = [
      "sheetPr",
      "dimension",
      "sheetViews",
      "sheetFormatPr",
      "cols",
      "sheetData",
      "conditionalFormatting",
      "printOptions",
      "pageMargins",
      "pageSetup",
      "headerFooter",
      "rowBreaks",
      "drawing",
      "tableParts",
    ];
    for (const doc of docs) {
      const names = childNames(xml(sheetPart(doc.name)).documentElement);
      const ranks = names.map((n) => order.indexOf(n));
      expect(ranks.every((r) => r >= 0)).toBe(true);
      expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    }
  });
});

describe("native charts", () => {
  function chartsOf(sheetName: string): { anchor: Element; chart: Document }[] {
    const drawingRel = relsOf(parts, sheetPart(sheetName)).find((r) => r.type === "drawing");
    if (!drawingRel) return [];
    const drawing = xml(drawingRel.target);
    const chartRels = relsOf(parts, drawingRel.target);
    return all(drawing, "xdr:oneCellAnchor").map((anchor) => {
      const rid = one(anchor, "c:chart").getAttribute("r:id");
      const rel = chartRels.find((r) => r.id === rid)!;
      expect(rel.type).toBe("chart");
      return { anchor, chart: xml(rel.target) };
    });
  }

  it("anchors one chart per ChartSpec where the writer's layout placed it, at the chart's own size", () => {
    const layout = placeSheet(summary).layout;
    const charts = chartsOf("摘要");
    expect(charts).toHaveLength(summary.charts.length);
    charts.forEach(({ anchor }, i) => {
      const p = layout.charts[i];
      const pos = (tag: string, name: string): number => Number(one(one(anchor, tag), name).textContent);
      expect([pos("xdr:from", "xdr:row"), pos("xdr:from", "xdr:col")]).toEqual([p.row, p.column]);
      const ext = one(anchor, "xdr:ext");
      expect([ext.getAttribute("cx"), ext.getAttribute("cy")]).toEqual([
        String(384 * 12700),
        String(p.heightRows * 15 * 12700),
      ]);
    });
    expect(chartsOf("投诉登记")).toEqual([]);
  });

  it("writes the requested chart types", () => {
    const [column, bar, line, doughnut, stacked] = chartsOf("摘要").map((c) => c.chart);
    const bar1 = one(column, "c:barChart");
    expect(one(bar1, "c:barDir").getAttribute("val")).toBe("col");
    expect(one(bar1, "c:grouping").getAttribute("val")).toBe("clustered");
    expect(one(bar, "c:barDir").getAttribute("val")).toBe("bar");
    expect(all(line, "c:lineChart")).toHaveLength(1);
    expect(all(doughnut, "c:doughnutChart")).toHaveLength(1);
    expect(one(stacked, "c:grouping").getAttribute("val")).toBe("stacked");
    expect(one(stacked, "c:overlap").getAttribute("val")).toBe("100");
    // Percent axis: 0–100 %.
    const valAx = one(bar, "c:valAx");
    expect(one(valAx, "c:max").getAttribute("val")).toBe("1");
    expect(one(valAx, "c:numFmt").getAttribute("formatCode")).toBe("0%");
    for (const c of [column, bar, line, doughnut, stacked]) expect(all(c, "a:blip")).toHaveLength(0);
  });

  it("points every series at the table's own cells and caches the values they hold", () => {
    const layout = placeSheet(summary).layout;
    const charts = chartsOf("摘要");
    summary.charts.forEach((spec, i) => {
      const chart = charts[i].chart;
      const placed = layout.tables.find((t) => t.table.name === spec.table)!;
      const last = placed.firstDataRow + placed.table.rows.length - 1;
      const title = all(chart, "a:t")
        .map((t) => t.textContent)
        .join("");
      expect(title).toBe(spec.title);
      const series = all(chart, "c:ser");
      expect(series).toHaveLength(spec.seriesColumns.length);
      series.forEach((ser, k) => {
        const col = spec.seriesColumns[k];
        const tx = one(one(ser, "c:tx"), "c:f").textContent;
        expect(tx).toBe(absoluteRange(summary.name, placed.headerRow, col, placed.headerRow, col).replace(/:.*/, ""));
        expect(one(one(ser, "c:tx"), "c:v").textContent).toBe(placed.table.columns[col].header);
        const cat = one(ser, "c:cat");
        expect(one(cat, "c:f").textContent).toBe(
          absoluteRange(summary.name, placed.firstDataRow, spec.categoryColumn, last, spec.categoryColumn),
        );
        expect(all(cat, "c:v").map((v) => v.textContent)).toEqual(placed.table.rows.map((r) => r[spec.categoryColumn]));
        const val = one(ser, "c:val");
        expect(one(val, "c:f").textContent).toBe(absoluteRange(summary.name, placed.firstDataRow, col, last, col));
        expect(one(val, "c:ptCount").getAttribute("val")).toBe(String(placed.table.rows.length));
        const cached = new Map(
          all(val, "c:pt").map((p) => [Number(p.getAttribute("idx")), Number(one(p, "c:v").textContent)]),
        );
        placed.table.rows.forEach((r, idx) => expect(cached.get(idx) ?? null).toBe(r[col]));
      });
    });
  });

  it("draws a chart of an empty table over its reserved row", () => {
    const [{ chart }] = chartsOf("Data issues");
    const placed = layoutSheet(empty).tables[0];
    expect(one(one(chart, "c:val"), "c:f").textContent).toBe(
      `'Data issues'!$A$${placed.firstDataRow + 1}:$A$${placed.firstDataRow + 1}`,
    );
    expect(all(chart, "c:pt")).toHaveLength(1); // the series name only
  });
});

describe("edge cases", () => {
  it("writes a sheet of key figures only: no table, no frozen pane, no print titles", async () => {
    const figuresOnly: SheetDoc = {
      name: "Notes",
      title: "Notes",
      subtitle: ["", "as of 2026-10-31"],
      figures: [{ label: "Cases", value: 0, kind: "integer" }],
      tables: [],
      charts: [],
    };
    const out = unzipParts(await writeWorkbook([figuresOnly], { lang: "en" }));
    const sheet = parseXml(out.get("xl/worksheets/sheet1.xml") as string);
    expect(all(sheet, "pane")).toHaveLength(0);
    expect(all(sheet, "tableParts")).toHaveLength(0);
    const names = all(parseXml(out.get("xl/workbook.xml") as string), "definedName").map((d) => d.getAttribute("name"));
    expect(names).toEqual(["_xlnm.Print_Area"]);
    const ws = XLSX.read(await writeWorkbook([figuresOnly], { lang: "en" }), { type: "array" }).Sheets.Notes;
    const layout = layoutSheet(figuresOnly);
    expect(ws[XLSX.utils.encode_cell({ r: layout.subtitleRows[0], c: 0 })]).toBeUndefined();
    expect(ws[XLSX.utils.encode_cell({ r: layout.figureRows[0], c: 1 })].v).toBe(0);
  });

  it("gives duplicate or empty headers the unique names Excel requires, in the cells and the table alike", async () => {
    const dup: SheetDoc = {
      name: "Dup",
      title: "Dup",
      tables: [
        {
          name: "DupT",
          columns: [
            { header: "数量", kind: "integer" },
            { header: "数量", kind: "integer" },
            { header: "", kind: "text" },
          ],
          rows: [[1, 2, "x"]],
        },
      ],
      charts: [{ kind: "column", title: "c", table: "DupT", categoryColumn: 2, seriesColumns: [0, 1] }],
    };
    const bytesDup = await writeWorkbook([dup], { lang: "zh" });
    const out = unzipParts(bytesDup);
    const names = all(parseXml(out.get("xl/tables/table1.xml") as string), "tableColumn").map((c) =>
      c.getAttribute("name"),
    );
    expect(names).toEqual(["数量", "数量 2", "Column3"]);
    const ws = XLSX.read(bytesDup, { type: "array" }).Sheets.Dup;
    const header = layoutSheet(dup).tables[0].headerRow;
    expect([0, 1, 2].map((c) => ws[XLSX.utils.encode_cell({ r: header, c })].v)).toEqual(names);
    const seriesNames = all(parseXml(out.get("xl/charts/chart1.xml") as string), "c:ser").map(
      (ser) => one(one(ser, "c:tx"), "c:v").textContent,
    );
    expect(seriesNames).toEqual(["数量", "数量 2"]);
  });
});

describe("languages", () => {
  it("labels the totals row and the page footer in English with lang en", async () => {
    const en = await writeWorkbook([register], { lang: "en" });
    const ws = XLSX.read(en, { type: "array" }).Sheets["投诉登记"];
    const placed = layoutSheet(register).tables[0];
    expect(ws[XLSX.utils.encode_cell({ r: placed.endRow - 1, c: 0 })].v).toBe("Total");
    expect(unzipParts(en).get("xl/worksheets/sheet1.xml")).toContain("Page &amp;P of &amp;N");
  });
});

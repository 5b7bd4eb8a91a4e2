/**
 * Writes a large case log .xlsx (for the read benchmark) as a stream: rows are generated, turned into
 * sheet XML and deflated in batches, so a 1M-row file needs no more memory than its shared-string table.
 * The file looks like Excel's own: shared strings, dates as serials with a date format, a title row.
 */
import { closeSync, openSync, writeSync } from "node:fs";
import { strToU8, Zip, ZipDeflate } from "fflate";
import {
  CASE_KINDS,
  CHANNELS,
  COMMUNITIES,
  GIVEN_CHARS,
  MOBILE_PREFIXES,
  PUBLIC_PLACES,
  RESPONSIBLE,
  SATISFACTION,
  SURNAMES,
} from "./data";
import { createRng } from "./rng";

export const LOG_HEADERS = [
  "编号",
  "受理时间",
  "来源渠道",
  "客户姓名",
  "联系电话",
  "小区",
  "房号",
  "类别",
  "事项内容",
  "责任单位",
  "物业公司",
  "重大质量问题",
  "送达时间",
  "联系单号",
  "约定完成时间",
  "设计出图时间",
  "完成时间",
  "回复时间",
  "验证结果",
  "回访时间",
  "回访方式",
  "满意度",
  "质保金扣留(元)",
  "状态",
  "备注",
] as const;

const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function colName(i: number): string {
  let s = "";
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
const COLS = LOG_HEADERS.map((_, i) => colName(i));

const STATIC_PARTS: Record<string, string> = {
  "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
  "_rels/.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr/><bookViews><workbookView/></bookViews><sheets><sheet name="案件登记" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  "xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  "xl/styles.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm"/></numFmts><fonts count="1"><font><sz val="11"/><name val="等线"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`,
};

const SURNAME_LIST = [...SURNAMES];
const GIVEN_LIST = [...GIVEN_CHARS];
const KIND_WEIGHTS = CASE_KINDS.map((k) => [k, k.weight] as const);

type Cell = string | number | { date: number } | null;

/** One generated row of the big log; `serialBase` is 2026-01-01 as an Excel serial. */
function makeRow(i: number, rnd: ReturnType<typeof createRng>): Cell[] {
  const serialBase = 46023; // 2026-01-01
  const received = serialBase + rnd.int(0, 364) + (8 * 60 + rnd.int(0, 600)) / 1440;
  const community = rnd.pick(COMMUNITIES);
  const kind = rnd.weighted(KIND_WEIGHTS);
  const resp = rnd.weighted(kind.responsible);
  const b = rnd.int(1, community.buildings);
  const u = rnd.int(1, community.units);
  const room = `${rnd.int(1, community.floors)}0${rnd.int(1, 4)}`;
  const text = rnd
    .pick(kind.texts)
    .replace("{unit}", `${b}号楼${u}单元${room}`)
    .replace("{b}", String(b))
    .replace("{u}", String(u))
    .replace("{place}", rnd.pick(PUBLIC_PLACES));
  const notified = rnd.chance(0.7) ? received + rnd.int(10, 2000) / 1440 : null;
  const completed = rnd.chance(0.8) ? received + rnd.int(1, 20) + rnd.next() : null;
  const followUp = completed !== null && rnd.chance(0.75) ? completed + rnd.int(1, 4) : null;
  return [
    `2026-${String(i).padStart(7, "0")}`,
    { date: received },
    rnd.weighted(CHANNELS),
    rnd.pick(SURNAME_LIST) + rnd.pick(GIVEN_LIST) + (rnd.chance(0.6) ? rnd.pick(GIVEN_LIST) : ""),
    rnd.pick(MOBILE_PREFIXES) + String(rnd.int(0, 99_999_999)).padStart(8, "0"),
    community.name,
    `${b}-${u}-${room}`,
    rnd.chance(0.9) ? kind.category : null,
    text,
    RESPONSIBLE[resp],
    community.company,
    rnd.chance(kind.major ?? 0) ? "是" : "否",
    notified === null ? null : { date: notified },
    notified === null ? null : `LXD-2026-${String(i).padStart(7, "0")}`,
    rnd.chance(0.2) ? { date: Math.floor(received) + rnd.int(3, 30) } : null,
    resp === "design" && notified !== null ? { date: notified + rnd.int(1, 6) } : null,
    completed === null ? null : { date: completed },
    rnd.chance(0.12) ? { date: received + rnd.int(1, 5) } : null,
    completed === null ? null : rnd.chance(0.9) ? "通过" : "不通过",
    followUp === null ? null : { date: followUp },
    followUp === null ? null : rnd.chance(0.8) ? "电话" : "上门",
    followUp === null ? null : rnd.weighted(SATISFACTION),
    rnd.chance(0.03) ? rnd.int(5, 200) * 100 : null,
    completed === null ? "处理中" : "已完成",
    rnd.chance(0.1) ? "业主要求上门前电话联系" : null,
  ];
}

/** The package parts naming several worksheets (the single-sheet ones are STATIC_PARTS). */
function multiSheetParts(names: readonly string[]): Record<string, string> {
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  const ws = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
  return {
    ...STATIC_PARTS,
    "[Content_Types].xml": STATIC_PARTS["[Content_Types].xml"].replace(
      /<Override PartName="\/xl\/worksheets\/sheet1.xml"[^>]*\/>/,
      names
        .map(
          (_, k) =>
            `<Override PartName="/xl/worksheets/sheet${k + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join(""),
    ),
    "xl/workbook.xml": `${head}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr/><bookViews><workbookView/></bookViews><sheets>${names
      .map((n, k) => `<sheet name="${n}" sheetId="${k + 1}" r:id="rIdS${k + 1}"/>`)
      .join("")}</sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${names
      .map((_, k) => `<Relationship Id="rIdS${k + 1}" Type="${ws}" Target="worksheets/sheet${k + 1}.xml"/>`)
      .join(
        "",
      )}<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  };
}

/**
 * Streams a `rows`-row case log to `path` (one sheet 案件登记, a title row, the header row, data).
 * `level` is the deflate level (Excel writes about 6; 1 makes a 1M-row file much faster to generate).
 */
export async function writeBigLog(
  path: string,
  rows: number,
  opts: { seed?: number; level?: 1 | 6; sheets?: number } = {},
): Promise<void> {
  const rnd = createRng(opts.seed ?? 2026);
  const level = opts.level ?? 6;
  // The same rows, optionally split in order over `sheets` sheets (a year kept by month: 1月 … 12月).
  const sheetCount = Math.max(1, Math.floor(opts.sheets ?? 1));
  const names = sheetCount === 1 ? ["案件登记"] : Array.from({ length: sheetCount }, (_, k) => `${k + 1}月`);
  const parts = sheetCount === 1 ? STATIC_PARTS : multiSheetParts(names);
  const fd = openSync(path, "w");
  try {
    await new Promise<void>((resolve, reject) => {
      const zip = new Zip((err, chunk, final) => {
        if (err) return reject(err);
        writeSync(fd, chunk);
        if (final) resolve();
      });
      for (const [name, text] of Object.entries(parts)) {
        const f = new ZipDeflate(name, { level: 6 });
        zip.add(f);
        f.push(strToU8(text), true);
      }
      const strings = new Map<string, number>();
      const order: string[] = [];
      const sst = (s: string): number => {
        let i = strings.get(s);
        if (i === undefined) {
          i = order.length;
          strings.set(s, i);
          order.push(s);
        }
        return i;
      };
      const cellXml = (ref: string, v: Cell): string => {
        if (v === null) return "";
        if (typeof v === "number") return `<c r="${ref}"><v>${v}</v></c>`;
        if (typeof v === "string") return `<c r="${ref}" t="s"><v>${sst(v)}</v></c>`;
        return `<c r="${ref}" s="1"><v>${v.date}</v></c>`;
      };
      let i = 1;
      for (let k = 0; k < sheetCount; k++) {
        const count = Math.floor((rows * (k + 1)) / sheetCount) - Math.floor((rows * k) / sheetCount);
        const sheet = new ZipDeflate(`xl/worksheets/sheet${k + 1}.xml`, { level });
        zip.add(sheet);
        let buf = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1:Y${count + 2}"/><sheetData>`;
        buf += `<row r="1">${cellXml("A1", "2026年客服中心案件登记表")}</row>`;
        buf += `<row r="2">${LOG_HEADERS.map((h, c) => cellXml(`${COLS[c]}2`, h)).join("")}</row>`;
        for (let n = 1; n <= count; n++, i++) {
          const r = n + 2;
          const cells = makeRow(i, rnd);
          buf += `<row r="${r}">`;
          for (let c = 0; c < cells.length; c++) buf += cellXml(COLS[c] + r, cells[c]);
          buf += "</row>";
          if (buf.length > 1 << 20) {
            sheet.push(strToU8(buf));
            buf = "";
          }
        }
        buf += "</sheetData></worksheet>";
        sheet.push(strToU8(buf), true);
      }
      const ss = new ZipDeflate("xl/sharedStrings.xml", { level });
      zip.add(ss);
      let out = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${order.length}" uniqueCount="${order.length}">`;
      for (const s of order) {
        out += `<si><t>${esc(s)}</t></si>`;
        if (out.length > 1 << 20) {
          ss.push(strToU8(out));
          out = "";
        }
      }
      ss.push(strToU8(out + "</sst>"), true);
      zip.end();
    });
  } finally {
    closeSync(fd);
  }
}

/**
 * `report --month 2026-10 --per-company --out DIR` on the sample: one workbook per property company, the
 * company in the file name, and nothing in any of them that belongs to another company or stays inside
 * the center: no other company's case ids, no phone number of the log, no log row number, no 数据问题.
 */
import { analysisForMonth } from "../../src/core/month-close";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import type { Analysis } from "../../src/core/analysis";
import { analyze } from "../../src/core/pipeline";
import { buildCompanyPack, packCompanies } from "../../src/core/report";
import { parseIsoMinutes } from "../../src/core/time";
import { readXlsxFile } from "../../src/workbook/xlsx/node-file";

const root = join(__dirname, "..", "..");
const sample = join(root, "assets", "sample", "case-log.xlsx");
const entry = join(root, "scripts", "casebook.mjs");
const AS_OF = "2026-12-31T17:00";

let dir: string;
let analysis: Analysis;
let run: { status: number | null; stdout: string; stderr: string };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "casebook-packs-"));
  const r = spawnSync(
    "node",
    [entry, "report", sample, "--month", "2026-10", "--per-company", "--out", dir, "--as-of", AS_OF],
    { cwd: root, encoding: "utf8", env: { ...process.env, TZ: "America/New_York" } },
  );
  run = { status: r.status, stdout: r.stdout, stderr: r.stderr };
  analysis = analyze(await readXlsxFile(sample), { asOf: parseIsoMinutes(AS_OF)! });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every text of a workbook's parts: shared strings, inline cells, sheet and table names. */
function partsText(file: string): Map<string, string> {
  const parts = unzipSync(readFileSync(file));
  return new Map(Object.entries(parts).map(([k, v]) => [k, strFromU8(v)]));
}

const digits = (s: string) => s.replace(/\D/g, "");

describe("report --per-company", () => {
  it("writes one workbook per property company, named after it", () => {
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const companies = packCompanies(analysis, "2026-10");
    expect(companies).toHaveLength(3);
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(3);
    for (const c of companies)
      expect(files.filter((f) => f.startsWith(`${c}-`) && f.endsWith(".xlsx"))).toHaveLength(1);
    expect(run.stdout.trim().split("\n")).toHaveLength(3);
  });

  it("holds no other company's case ids, no phone number, no log row number and no data-issues sheet", () => {
    const companies = packCompanies(analysis, "2026-10");
    const phones = new Set(analysis.cases.map((c) => digits(c.phone)).filter((d) => d.length >= 7));
    expect(phones.size).toBeGreaterThan(1000);
    for (const company of companies) {
      const file = join(
        dir,
        readdirSync(dir).find((f) => f.startsWith(`${company}-`))!,
      );
      const parts = partsText(file);
      const all = [...parts.values()].join("\n");
      // Case ids of other companies: none, as a whole cell text.
      const strings = new Set(
        [...(parts.get("xl/sharedStrings.xml") ?? "").matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]),
      );
      const others = analysis.cases.filter((c) => c.propertyCompany !== company);
      const ownIds = new Set(analysis.cases.filter((c) => c.propertyCompany === company).map((c) => c.id));
      expect(others.length).toBeGreaterThan(500);
      for (const c of others)
        if (!ownIds.has(c.id))
          expect({ company, id: c.id, found: strings.has(c.id) }).toEqual({ company, id: c.id, found: false });
      // Its own cases are there (the pack is not empty).
      expect([...ownIds].some((id) => strings.has(id))).toBe(true);
      // Other companies' names: only ranks, never named.
      for (const other of companies.filter((c) => c !== company)) expect(all.includes(other)).toBe(false);
      // No phone number of the log, in any part.
      for (const run of all.match(/\d[\d\s-]{5,}\d/g) ?? []) expect(phones.has(digits(run))).toBe(false);
      // No data-issues sheet, and no column of log row numbers.
      const workbook = parts.get("xl/workbook.xml")!;
      expect(workbook).not.toMatch(/数据问题|Data issues/);
      for (const [path, xml] of parts)
        if (path.startsWith("xl/tables/")) expect(xml).not.toMatch(/tableColumn[^>]*name="(行号|所在行|Row|Rows)"/);
    }
  });

  it("the pack's model: the cover names the company, its score, rank among all, and a reply date", () => {
    const company = packCompanies(analysis, "2026-10")[1];
    const docs = buildCompanyPack(analysis, "2026-10", company, { lang: "zh" });
    expect(docs.map((d) => d.name)).toEqual(["致函", "考核得分", "整改与送达", "巡检", "重复投诉"]);
    // October is closed: its scorecards are those known at its close (月结).
    const card = analysisForMonth(analysis, "2026-10").scorecards.monthly.find((s) => s.month === "2026-10" && s.company === company)!;
    const cover = docs[0];
    expect(cover.title).toBe(`致 ${company}`);
    expect(cover.figures?.find((f) => f.label === "综合得分")?.value).toBe(card.score);
    expect(cover.figures?.find((f) => f.label === "排名")?.note).toBe(`第 ${card.rank} 名（共 3 家）`);
    expect(cover.subtitle?.join("\n")).toMatch(/请于 2027-01-07 前将上述案件的整改情况书面回复客服中心。/);
    // Every row of every table is one of its own cases (or no case at all).
    const own = new Set(analysis.cases.filter((c) => c.propertyCompany === company).map((c) => c.id));
    const allIds = new Set(analysis.cases.map((c) => c.id));
    for (const d of docs)
      for (const t of d.tables)
        for (const r of t.rows)
          for (const v of r) if (typeof v === "string" && allIds.has(v)) expect(own.has(v)).toBe(true);
    // Inspection findings: the company's October records, with their deductions.
    const inspections = analysis.inspections.filter(
      (i) =>
        i.propertyCompany === company &&
        i.date >= parseIsoMinutes("2026-10-01T00:00")! &&
        i.date < parseIsoMinutes("2026-11-01T00:00")!,
    );
    expect(docs[3].tables[0].rows).toHaveLength(inspections.length);
    expect(docs[3].tables[0].rows.reduce((s, r) => s + (r[4] as number), 0)).toBe(
      card.kpis["inspection-deductions"].num,
    );
    // Repeat complaints: as many as the scorecard counted.
    expect(docs[4].tables[0].rows).toHaveLength(card.kpis["repeat-complaints"].num);
  });
});

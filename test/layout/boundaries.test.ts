/**
 * The layout's rule, "dependencies point inward", is an ESLint rule (eslint.config.mjs), and `npm test` runs
 * the linter over src. Inside the core the same rule keeps the stages apart: a stage is reached only through
 * its index, and src/core/shared imports no stage. These files are deliberately wrong (or
 * deliberately allowed) and never exist on disk: each is linted as if it sat at its path, and the boundary
 * rules must fire exactly where they should.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";

interface Linted {
  filePath: string;
  errors: { ruleId: string | null; message: string; line: number }[];
}

const ROOT = join(__dirname, "..", "..");
const BOUNDARY_RULES = new Set(["no-restricted-imports", "no-restricted-globals", "no-restricted-syntax"]);

function lint(files: { filePath: string; code: string }[]): Map<string, Linted["errors"]> {
  const out = execFileSync(process.execPath, [join(__dirname, "lint-texts.cjs")], {
    cwd: ROOT,
    input: JSON.stringify(files),
    encoding: "utf8",
  });
  const linted = JSON.parse(out) as Linted[];
  return new Map(linted.map((l) => [l.filePath, l.errors.filter((e) => e.ruleId && BOUNDARY_RULES.has(e.ruleId))]));
}

const WRONG: { filePath: string; code: string; rule: string; says: RegExp }[] = [
  {
    filePath: "src/core/wrong-adapter.ts",
    code: 'import type { WorkbookPort } from "../workbook/port";\nexport type P = WorkbookPort;\n',
    rule: "no-restricted-imports",
    says: /src\/core imports nothing outside src\/core/,
  },
  {
    filePath: "src/core/deadlines/wrong-pane.ts",
    code: 'import { App } from "../../taskpane/App";\nexport const a = App;\n',
    rule: "no-restricted-imports",
    says: /src\/core imports nothing outside src\/core/,
  },
  {
    filePath: "src/core/parse/wrong-package.ts",
    code: 'import { useState } from "react";\nexport const s = useState;\n',
    rule: "no-restricted-imports",
    says: /no package but the holiday data/,
  },
  {
    filePath: "src/core/figures/wrong-stage.ts",
    code: 'import { subcategoryOf } from "../classify/keywords";\nexport const s = subcategoryOf;\n',
    rule: "no-restricted-imports",
    says: /reaches a stage through its index/,
  },
  {
    filePath: "src/core/report/wrong-stage-type.ts",
    code: 'import type { KeywordRule } from "../classify/keywords";\nexport type K = KeywordRule;\n',
    rule: "no-restricted-imports",
    says: /reaches a stage through its index/,
  },
  {
    filePath: "src/core/deadlines/wrong-stage-export.ts",
    code: 'export { isOfficialDay } from "../calendar/compiled";\n',
    rule: "no-restricted-imports",
    says: /reaches a stage through its index/,
  },
  {
    filePath: "src/core/summary/wrong-messages.ts",
    code: 'import { CATALOG } from "../messages/catalog";\nexport const c = CATALOG;\n',
    rule: "no-restricted-imports",
    says: /reaches a stage through its index/,
  },
  {
    filePath: "src/core/wrong-top-level.ts",
    code: 'import { setAsideFutureCases } from "./parse/after-as-of";\nexport const s = setAsideFutureCases;\n',
    rule: "no-restricted-imports",
    says: /reaches a stage through its index/,
  },
  {
    filePath: "src/core/shared/wrong-stage.ts",
    code: 'import { compileRules } from "../classify";\nexport const c = compileRules;\n',
    rule: "no-restricted-imports",
    says: /src\/core\/shared holds what stages share: it imports no stage/,
  },
  {
    filePath: "src/core/wrong-dom.ts",
    code: "export const here = (): string => window.location.href;\n",
    rule: "no-restricted-globals",
    says: /src\/core is pure/,
  },
  {
    filePath: "src/core/summary/wrong-excel.ts",
    code: "export const run = (): Promise<void> => Excel.run(async () => undefined);\n",
    rule: "no-restricted-globals",
    says: /Office\.js belongs in src\/workbook\/office/,
  },
  {
    filePath: "src/taskpane/components/WrongOffice.tsx",
    code: "export const lang = (): string => Office.context.displayLanguage;\n",
    rule: "no-restricted-globals",
    says: /Office\.js belongs in src\/workbook\/office/,
  },
  {
    filePath: "src/taskpane/components/WrongAdapter.tsx",
    code: 'import { readWorkbook } from "../../workbook/office/read";\nexport const r = readWorkbook;\n',
    rule: "no-restricted-imports",
    says: /through its PaneHost/,
  },
  {
    filePath: "src/host/wrong-types.ts",
    code: "export const rows = (r: Excel.Range): unknown => r.values;\n",
    rule: "no-restricted-syntax",
    says: /Office\.js belongs in src\/workbook\/office/,
  },
  {
    filePath: "src/cli/wrong-package.ts",
    code: 'import { OfficeApp } from "office-addin-manifest";\nexport const o = OfficeApp;\n',
    rule: "no-restricted-imports",
    says: /Office\.js belongs in src\/workbook\/office/,
  },
];

const ALLOWED: { filePath: string; code: string }[] = [
  {
    filePath: "src/core/deadlines/fine.ts",
    code: 'import { toMinutes } from "../time";\nexport const t = toMinutes;\n',
  },
  {
    filePath: "src/core/figures/fine-stage.ts",
    code: [
      'import { compileRules } from "../classify";',
      'import { monthLabel } from "../shared/months";',
      'import { msg } from "../messages";',
      'import type { Case } from "../model";',
      "export const all = [compileRules, monthLabel, msg];",
      "export type C = Case;",
      "",
    ].join("\n"),
  },
  {
    filePath: "src/core/fine-top-level.ts",
    code: 'import { readCaseLog } from "./parse";\nimport { monthLabel } from "./shared/months";\nexport const all = [readCaseLog, monthLabel];\n',
  },
  {
    filePath: "src/core/shared/fine.ts",
    code: 'import { dayOf } from "../time";\nimport { monthLabel } from "./months";\nexport const all = [dayOf, monthLabel];\n',
  },
  {
    filePath: "src/core/calendar/fine-holidays.ts",
    code: 'import data from "chinese-days/dist/chinese-days.json";\nexport const d = data;\n',
  },
  { filePath: "src/workbook/office/fine.ts", code: "export const rows = (r: Excel.Range): unknown => r.values;\n" },
  { filePath: "src/taskpane/index.tsx", code: "export const lang = (): string => Office.context.displayLanguage;\n" },
  {
    filePath: "src/commands/commands.ts",
    code: "export const done = (e: Office.AddinCommands.Event): void => e.completed();\n",
  },
  { filePath: "src/host/fine.ts", code: 'import { analyze } from "../core/pipeline";\nexport const a = analyze;\n' },
];

describe("dependencies point inward (eslint.config.mjs)", () => {
  let results: Map<string, Linted["errors"]>;
  beforeAll(() => {
    results = lint([...WRONG, ...ALLOWED]);
  });

  it.each(WRONG.map((w) => [w.filePath, w] as const))("%s is an error", (_, wrong) => {
    const errors = results.get(wrong.filePath) ?? [];
    expect(errors).toEqual([
      expect.objectContaining({ ruleId: wrong.rule, message: expect.stringMatching(wrong.says) }),
    ]);
  });

  it.each(ALLOWED.map((a) => [a.filePath] as const))("%s is allowed", (filePath) => {
    expect(results.get(filePath)).toEqual([]);
  });
});

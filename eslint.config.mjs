// Office add-in conventions (office-addin-lint: eslint-plugin-office-addins' recommended set with Prettier),
// applied to the project's TypeScript, and the layout's one rule: dependencies point inward.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import { readdirSync } from "node:fs";

/*
 * Dependencies point inward. The core (src/core) is pure: it imports nothing outside itself but the holiday
 * data, and touches no Office.js, DOM or Node global. Office.js — the Excel/Office globals and Office's
 * packages — is used only by the workbook adapter (src/workbook/office) and the two files that boot the pane
 * (src/taskpane/index.tsx) and the ribbon's commands (src/commands/commands.ts); the pane's React side reaches
 * Excel only through the host (src/host), never the Office adapter itself.
 * ESLint's own rules check the import as written, so "outside the core" is spelled per folder depth.
 */
const OFFICE_GLOBALS = ["Excel", "Office", "OfficeExtension", "OfficeRuntime", "OfficeCore"].map((name) => ({
  name,
  message: "Office.js belongs in src/workbook/office (or the pane's and the commands' boot files).",
}));
const OFFICE_PACKAGES = {
  regex: "^(@microsoft/office-js|@types/office-js|office-addin-.*|office-ui-fabric.*)(/|$)",
  message: "Office.js belongs in src/workbook/office (or the pane's and the commands' boot files).",
};
const OFFICE_ADAPTER = {
  regex: "(^|/)workbook/office(/|$)",
  message: "The pane reaches Excel through its PaneHost (src/host), not the Office adapter.",
};
const CORE_IMPURE_GLOBALS = [
  "window",
  "document",
  "navigator",
  "fetch",
  "localStorage",
  "sessionStorage",
  "XMLHttpRequest",
  "process",
  "Buffer",
  "require",
  "__dirname",
].map((name) => ({
  name,
  message: "src/core is pure: no DOM, browser or Node global.",
}));
const OFFICE_BOOT_FILES = ["src/taskpane/index.tsx", "src/commands/commands.ts"];

/**
 * Inside the core, each folder is a stage (parse, classify, deadlines, report …) with a public index.ts;
 * what several stages share lives in src/core/shared, small files named for what they hold. A stage reaches
 * another stage only through its index ("../classify"), never its inner files ("../classify/keywords"), so
 * a stage's files can be split, merged or renamed without reaching into its neighbours; the top-level core
 * files (pipeline.ts, settings.ts …) use the indexes too. Top-level core files (../model, ../time,
 * ../messages …) and ../shared/* are open to every stage.
 */
const stageInternals = (depth) => ({
  regex: depth === 0 ? "^\\./(?!shared/)[^./][^/]*/" : `^(\\.\\./){${depth}}(?!shared/)[^./][^/]*/`,
  message:
    "Code in src/core reaches a stage through its index (../classify), and what stages share through shared/*, never through a stage's inner files.",
});

/** The stages are the folders of src/core but shared and messages (a service every stage uses): shared imports none of them. */
const STAGES = readdirSync(new URL("./src/core/", import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory() && !["shared", "messages"].includes(d.name))
  .map((d) => d.name);
const SHARED_IMPORTS_NO_STAGE = {
  regex: `^\\.\\./(${STAGES.join("|")})(/|$)`,
  message: "src/core/shared holds what stages share: it imports no stage, only top-level core files and itself.",
};

/** The patterns for a file `depth` folders below src/core: a relative import with more "../" than the depth leaves the core. */
const corePatterns = (depth) => [
  {
    regex: `^(\\.\\./){${depth + 1},}`,
    message: "src/core imports nothing outside src/core (dependencies point inward).",
  },
  stageInternals(depth),
  {
    regex: "^(?!\\.|chinese-days(/|$))",
    message: "src/core imports no package but the holiday data (chinese-days).",
  },
];

/** One block per depth below src/core, and the shared folder's own. */
const coreBlocks = [
  ...[0, 1, 2, 3, 4].map((depth) => ({
    files: [`src/core/${"*/".repeat(depth)}*.{ts,tsx}`],
    rules: {
      "no-restricted-imports": ["error", { patterns: corePatterns(depth) }],
      "no-restricted-globals": ["error", ...OFFICE_GLOBALS, ...CORE_IMPURE_GLOBALS],
    },
  })),
  {
    files: ["src/core/shared/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [...corePatterns(1), SHARED_IMPORTS_NO_STAGE] }] },
  },
];

export default [
  { ignores: ["dist/**", "build/**", "node_modules/**", "out/**", "coverage/**"] },
  ...officeAddins.configs.recommended,
  ...officeAddins.configs.react,
  {
    files: ["**/*.ts", "**/*.tsx"],
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
    settings: { react: { version: "19" } },
    rules: {
      // TypeScript checks names itself (typescript-eslint's advice); these rules only misfire on types.
      "no-undef": "off",
      "no-unused-vars": "off",
      // React 17+ JSX transform: React need not be in scope.
      "react/react-in-jsx-scope": "off",
      "react/jsx-uses-react": "off",
    },
  },
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: ["src/workbook/office/**", ...OFFICE_BOOT_FILES],
    rules: {
      "no-restricted-globals": ["error", ...OFFICE_GLOBALS],
      // no-restricted-globals sees values only; Office.js's types (Excel.Range …) are spelled as qualified names.
      "no-restricted-syntax": [
        "error",
        {
          selector: `TSQualifiedName > Identifier.left[name=/^(${OFFICE_GLOBALS.map((g) => g.name).join("|")})$/]`,
          message: OFFICE_PACKAGES.message,
        },
      ],
      "no-restricted-imports": ["error", { patterns: [OFFICE_PACKAGES] }],
    },
  },
  {
    files: ["src/taskpane/**/*.ts", "src/taskpane/**/*.tsx"],
    ignores: OFFICE_BOOT_FILES,
    rules: { "no-restricted-imports": ["error", { patterns: [OFFICE_PACKAGES, OFFICE_ADAPTER] }] },
  },
  ...coreBlocks,
];

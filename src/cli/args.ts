/**
 * The CLI's command line (DESIGN §5):
 *   analyze <log.xlsx> --json [--as-of T] [--lang zh|en]
 *   report  <log.xlsx> --month YYYY-MM | --year YYYY [--out F|DIR] [--lang zh|en] [--as-of T] [--unmasked] [--force]
 *   report  <log.xlsx> --month YYYY-MM (--company NAME [--out F|DIR] | --per-company [--out DIR]) [--lang zh|en] [--as-of T] [--force]
 *   form    <log.xlsx> --case ID --kind complaint|contact|follow-up [--out F.xlsx] [--lang zh|en] [--as-of T] [--force]
 *   demo    [--out DIR] [--force] [--lang zh|en]
 */
import { parseIsoMinutes, type LocalMinutes } from "../core/time";

export type Command =
  | { kind: "analyze"; file: string; json: boolean; asOf: LocalMinutes | null; lang: "zh" | "en" }
  | {
      kind: "report";
      file: string;
      period: { month: string } | { year: number };
      out: string | null;
      lang: "zh" | "en";
      asOf: LocalMinutes | null;
      unmasked: boolean;
      /** Write over an existing file that is not a Casebook report (even the input). */
      force: boolean;
      /** One property company's pack (always masked), or one pack per company into the --out folder. */
      company: { name: string } | "each" | null;
    }
  | {
      kind: "form";
      file: string;
      caseId: string;
      form: "complaint" | "contact" | "follow-up";
      out: string | null;
      lang: "zh" | "en";
      asOf: LocalMinutes | null;
      force: boolean;
    }
  | { kind: "demo"; out: string; force: boolean; lang: "zh" | "en" }
  | { kind: "help" };

/** A usage error: the message is printed as one line and the CLI exits with code 2. */
export class UsageError extends Error {}

export const USAGE = `usage:
  casebook analyze <log.xlsx> --json [--as-of YYYY-MM-DDTHH:mm] [--lang zh|en]
  casebook report <log.xlsx> (--month YYYY-MM | --year YYYY) [--out FILE|DIR] [--lang zh|en] [--as-of T] [--unmasked] [--force]
  casebook report <log.xlsx> --month YYYY-MM (--company NAME [--out FILE|DIR] | --per-company [--out DIR]) [--lang zh|en] [--as-of T] [--force]
  casebook form <log.xlsx> --case ID --kind complaint|contact|follow-up [--out FILE] [--lang zh|en] [--as-of T] [--force]
  casebook demo [--out DIR] [--force] [--lang zh|en]`;

function takeOptions(args: readonly string[], flags: readonly string[], valued: readonly string[]) {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith("--")) {
      positional.push(a);
      continue;
    }
    const [name, inline] = a.split(/=(.*)/s, 2);
    if (flags.includes(name)) options.set(name, true);
    else if (valued.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined || value.startsWith("--")) throw new UsageError(`${name} needs a value`);
      options.set(name, value);
    } else throw new UsageError(`unknown option ${name}`);
  }
  return { positional, options };
}

function asOfOption(value: string | true | undefined): LocalMinutes | null {
  if (value === undefined || value === true) return null;
  const m = parseIsoMinutes(value);
  if (m === null) throw new UsageError(`--as-of '${value}' is not a date-time like 2026-10-31T17:00`);
  return m;
}

function singleFile(positional: string[], command: string): string {
  if (positional.length !== 1) throw new UsageError(`${command} takes one workbook file (.xlsx)`);
  return positional[0];
}

/** zh (the default) or en: the language of the JSON's warnings and of a report. */
function langOption(value: string | boolean | undefined): "zh" | "en" {
  const lang = value ?? "zh";
  if (lang !== "zh" && lang !== "en") throw new UsageError(`--lang must be zh or en, not '${String(lang)}'`);
  return lang;
}

export function parseArgs(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  switch (command) {
    case "analyze": {
      const { positional, options } = takeOptions(rest, ["--json"], ["--as-of", "--lang"]);
      return {
        kind: "analyze",
        file: singleFile(positional, "analyze"),
        json: options.has("--json"),
        asOf: asOfOption(options.get("--as-of")),
        lang: langOption(options.get("--lang")),
      };
    }
    case "report": {
      const { positional, options } = takeOptions(
        rest,
        ["--unmasked", "--force", "--per-company"],
        ["--month", "--year", "--out", "--lang", "--as-of", "--company"],
      );
      const month = options.get("--month");
      const companyName = options.get("--company");
      const perCompany = options.has("--per-company");
      if (companyName !== undefined || perCompany) {
        if (month === undefined) throw new UsageError("--company and --per-company need --month YYYY-MM");
        if (companyName !== undefined && perCompany)
          throw new UsageError("give --company NAME or --per-company, not both");
        if (companyName !== undefined && (typeof companyName !== "string" || companyName.trim() === ""))
          throw new UsageError("--company needs a property company's name");
        if (options.has("--unmasked"))
          throw new UsageError("a property company's pack is always masked: drop --unmasked");
      }
      const year = options.get("--year");
      if ((month === undefined) === (year === undefined))
        throw new UsageError("report needs exactly one of --month YYYY-MM or --year YYYY");
      let period: { month: string } | { year: number };
      if (typeof month === "string") {
        if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new UsageError(`--month '${month}' is not like 2026-10`);
        period = { month };
      } else {
        if (typeof year !== "string" || !/^\d{4}$/.test(year))
          throw new UsageError(`--year '${String(year)}' is not like 2026`);
        period = { year: Number(year) };
      }
      const lang = langOption(options.get("--lang"));
      const out = options.get("--out");
      return {
        kind: "report",
        file: singleFile(positional, "report"),
        period,
        out: typeof out === "string" ? out : null,
        lang,
        asOf: asOfOption(options.get("--as-of")),
        unmasked: options.has("--unmasked"),
        force: options.has("--force"),
        company: perCompany ? "each" : typeof companyName === "string" ? { name: companyName.trim() } : null,
      };
    }
    case "form": {
      const { positional, options } = takeOptions(
        rest,
        ["--force"],
        ["--case", "--kind", "--out", "--lang", "--as-of"],
      );
      const caseId = options.get("--case");
      if (typeof caseId !== "string" || caseId.trim() === "") throw new UsageError("form needs --case ID");
      const kind = options.get("--kind");
      if (kind !== "complaint" && kind !== "contact" && kind !== "follow-up")
        throw new UsageError(`--kind must be complaint, contact or follow-up, not '${String(kind ?? "")}'`);
      const lang = options.get("--lang") ?? "zh";
      if (lang !== "zh" && lang !== "en") throw new UsageError(`--lang must be zh or en, not '${String(lang)}'`);
      const out = options.get("--out");
      return {
        kind: "form",
        file: singleFile(positional, "form"),
        caseId: caseId.trim(),
        form: kind,
        out: typeof out === "string" ? out : null,
        lang,
        asOf: asOfOption(options.get("--as-of")),
        force: options.has("--force"),
      };
    }
    case "demo": {
      const { positional, options } = takeOptions(rest, ["--force"], ["--out", "--lang"]);
      if (positional.length > 0) throw new UsageError("demo takes no file: it runs on the bundled sample");
      const out = options.get("--out");
      return {
        kind: "demo",
        out: typeof out === "string" ? out : "out",
        force: options.has("--force"),
        lang: langOption(options.get("--lang")),
      };
    }
    case undefined:
    case "help":
    case "--help":
    case "-h":
      return { kind: "help" };
    default:
      throw new UsageError(`unknown command '${command}'`);
  }
}

/**
 * The CLI's command line (DESIGN §5):
 *   analyze <log.xlsx> --json [--as-of T] [--lang zh|en]
 *   report  <log.xlsx> --month YYYY-MM | --year YYYY [--out F|DIR] [--lang zh|en] [--as-of T] [--unmasked] [--force]
 *   report  <log.xlsx> --month YYYY-MM (--company NAME [--out F|DIR] | --per-company [--out DIR]) [--lang zh|en] [--as-of T] [--force]
 *   form    <log.xlsx> --case ID --kind complaint|contact|follow-up [--out F.xlsx] [--lang zh|en] [--as-of T] [--force]
 *   demo    [--out DIR] [--force] [--lang zh|en]
 */
import { parseIsoMinutes, type LocalMinutes } from "../core/time";
import type { Words } from "../core/messages";
import { SaidError } from "../workbook/phrases";
import { CLI_PHRASES } from "./messages";

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

/** A usage error: the message is printed as one line, in the user's language, and the CLI exits with code 2. */
export class UsageError extends SaidError {
  constructor(said: Words) {
    super(said);
    this.name = "UsageError";
  }
}

type Phrase = keyof typeof CLI_PHRASES.zh;
const usageError = <K extends Phrase>(id: K, ...params: Parameters<(typeof CLI_PHRASES.zh)[K]>): UsageError =>
  new UsageError(CLI_PHRASES.words(id, ...params));

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
      if (value === undefined || value.startsWith("--")) throw usageError("needsValue", name);
      options.set(name, value);
    } else throw usageError("unknownOption", name);
  }
  return { positional, options };
}

function asOfOption(value: string | true | undefined): LocalMinutes | null {
  if (value === undefined || value === true) return null;
  const m = parseIsoMinutes(value);
  if (m === null) throw usageError("badAsOf", value);
  return m;
}

function singleFile(positional: string[], command: string): string {
  if (positional.length !== 1) throw usageError("oneFile", command);
  return positional[0];
}

/** zh (the default) or en: the language of the JSON's warnings and of a report. */
function langOption(value: string | boolean | undefined): "zh" | "en" {
  const lang = value ?? "zh";
  if (lang !== "zh" && lang !== "en") throw usageError("badLang", String(lang));
  return lang;
}

/**
 * `--lang` may also come before the command (`casebook --lang en analyze …`): it is moved behind it. Alone
 * (`casebook --lang en`) it asks for the usage in that language.
 */
function commandFirst(argv: readonly string[]): string[] {
  const at = argv[0] === "--lang" ? 2 : argv[0]?.startsWith("--lang=") ? 1 : 0;
  if (at === 0) return [...argv];
  if (argv.length <= at) return [];
  return [argv[at], ...argv.slice(0, at), ...argv.slice(at + 1)];
}

export function parseArgs(argv: readonly string[]): Command {
  const [command, ...rest] = commandFirst(argv);
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
        if (month === undefined) throw usageError("companyNeedsMonth");
        if (companyName !== undefined && perCompany) throw usageError("companyOrEach");
        if (companyName !== undefined && (typeof companyName !== "string" || companyName.trim() === ""))
          throw usageError("companyNeedsName");
        if (options.has("--unmasked")) throw usageError("packMasked");
      }
      const year = options.get("--year");
      if ((month === undefined) === (year === undefined)) throw usageError("monthOrYear");
      let period: { month: string } | { year: number };
      if (typeof month === "string") {
        if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw usageError("badMonth", month);
        period = { month };
      } else {
        if (typeof year !== "string" || !/^\d{4}$/.test(year)) throw usageError("badYear", String(year));
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
      if (typeof caseId !== "string" || caseId.trim() === "") throw usageError("formNeedsCase");
      const kind = options.get("--kind");
      if (kind !== "complaint" && kind !== "contact" && kind !== "follow-up")
        throw usageError("badKind", String(kind ?? ""));
      const lang = langOption(options.get("--lang"));
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
      if (positional.length > 0) throw usageError("demoNoFile");
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
      throw usageError("unknownCommand", command);
  }
}

/**
 * `casebook form`: one of the manual's forms for one case of a log file, as a one-page .xlsx. The log is only
 * read: a blank 联系单号 is shown as the number the desk would assign now (the Settings pattern), marked 待登记.
 */
import { realpath } from "node:fs/promises";
import { buildForm, idKey, nextInPattern, readDeskSettings } from "../core/desk";
import { readDeadlineSettings } from "../core/deadlines";
import { readSettingsEntries } from "../core/parse";
import { analyze } from "../core/pipeline";
import { writeFormWorkbook } from "../xlsx-writer/form-workbook";
import { WorkbookFormatError } from "../workbook/port";
import { readXlsxFile } from "../workbook/xlsx/node-file";
import type { Command } from "./args";
import { UsageError } from "./args";
import { CLI_PHRASES } from "./messages";
import { resolveOutput, writeOutput } from "./output";
import { requireLog } from "./commands";

export async function runForm(command: Extract<Command, { kind: "form" }>): Promise<void> {
  const name = { complaint: "顾客意见处理单", contact: "工作联系单", "follow-up": "回访记录" }[command.form];
  const out = await resolveOutput({
    out: command.out,
    defaultName: `${name}-${command.caseId.replace(/[\\/:*?"<>|]/g, "_")}.xlsx`,
    defaultDir: "out",
    input: command.file,
    force: command.force,
  });
  // Never the log itself, not even with --force: this command only reads it.
  const real = (p: string) => realpath(p).catch(() => p);
  if ((await real(out)) === (await real(command.file)))
    throw new UsageError(CLI_PHRASES.words("outIsInput", command.file));
  const input = await readXlsxFile(command.file);
  // Now on the clock of the center's time zone (Settings 中心 → 时区), unless --as-of pins it.
  const analysis = requireLog(
    analyze(input, command.asOf != null ? { asOf: command.asOf } : { now: new Date() }),
    command.file,
  );
  const now = analysis.asOf;
  const c = analysis.cases.find((x) => idKey(x.id) === idKey(command.caseId));
  if (c === undefined) throw new WorkbookFormatError(CLI_PHRASES.words("noCase", command.file, command.caseId));
  const settings = readSettingsEntries(input).entries;
  const deadlines = readDeadlineSettings(settings).config;
  const pattern = readDeskSettings(settings).contactFormPattern;
  const assignedFormNo = nextInPattern(
    pattern,
    now,
    analysis.cases.map((x) => x.contactFormNo),
  );
  const form = buildForm(command.form, c, { lang: command.lang, deadlines, now, assignedFormNo });
  await writeOutput(out, await writeFormWorkbook(form));
  process.stdout.write(`${out}\n`);
}

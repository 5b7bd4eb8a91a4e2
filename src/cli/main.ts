/**
 * Command-line entry (DESIGN §5): the same pipeline as the add-in, on an .xlsx file.
 * Errors a user can fix are one line on stderr and exit code 2; stdout carries only the result.
 */
import { analyze } from "../core/pipeline";
import { jsonChunks } from "../core/json";
import { WorkbookFormatError } from "../workbook/port";
import { readXlsxFile } from "../workbook/xlsx/node-file";
import { saidIn } from "../workbook/phrases";
import { parseArgs, UsageError, type Command } from "./args";
import { printSummary, requireLog, runDemo, runReport } from "./commands";
import { OutputError } from "./output";
import { runForm } from "./form";
import { writePieces } from "./write-pieces";
import { CLI_PHRASES, cliLang } from "./messages";

/** The language of the usage and of the line an error stops with (see cliLang). */
const LANG = cliLang(process.argv.slice(2), process.env);

async function run(command: Command): Promise<void> {
  switch (command.kind) {
    case "help":
      process.stdout.write(`${CLI_PHRASES.text(LANG, "usage")}\n`);
      return;
    case "analyze": {
      const input = await readXlsxFile(command.file);
      const analysis = requireLog(
        analyze(input, command.asOf != null ? { asOf: command.asOf } : { now: new Date() }),
        command.file,
      );
      if (command.json) await writePieces(process.stdout, jsonChunks(analysis, command.lang));
      else printSummary(analysis, command.lang);
      return;
    }
    case "report":
      await runReport(command);
      return;
    case "form":
      await runForm(command);
      return;
    case "demo":
      await runDemo(command);
      return;
  }
}

/**
 * A reader that stops early (`casebook analyze … --json | head`) closes the pipe: the rest of the output
 * has nowhere to go, which is not an error of ours. Exit quietly instead of a stack trace.
 */
function quietOnClosedPipe(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
}

async function main(): Promise<void> {
  quietOnClosedPipe();
  try {
    await run(parseArgs(process.argv.slice(2)));
  } catch (error) {
    if (error instanceof UsageError) {
      const line = CLI_PHRASES.text(LANG, "seeHelp", saidIn(error, LANG));
      process.stderr.write(`${CLI_PHRASES.text(LANG, "line", line)}\n`);
      process.exitCode = 2;
    } else if (error instanceof WorkbookFormatError || error instanceof OutputError) {
      process.stderr.write(`${CLI_PHRASES.text(LANG, "line", saidIn(error, LANG))}\n`);
      process.exitCode = 2;
    } else {
      throw error;
    }
  }
}

void main();

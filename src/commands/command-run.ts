/**
 * What a ribbon command does, apart from Office's globals (commands.ts binds them): run the work, turn
 * what happened into an outcome in the user's language, record it in the workbook for the pane, show it.
 * A run too big for a function command's five minutes is not started: the outcome sends the user to the
 * pane, which has no such limit and shows its progress.
 */
import type { Analysis } from "../core/analysis";
import { formatMinutes, type LocalMinutes } from "../core/time";
import { coreLang, langFor, type Lang } from "../host/locale";
import type { PaneHost } from "../host/pane-host";
import { recordOutcome, type CommandOutcome } from "../workbook/office/command-outcome";
import type { ExcelRun } from "../workbook/office/excel-run";
import { saidIn } from "../workbook/phrases";

type Command = CommandOutcome["command"];

/**
 * Rows of the clerk's sheets (summed over the sheets a run reads) above which "写入登记簿" goes to the pane.
 * Office ends a function command that has not completed within five minutes (add-in-commands). A run reads every row and writes about as many again (each case is a row
 * of one register); our strict fake measures a 100k-row log at 42.7 MB of escaped JSON to read, 15 syncs
 * of up to 4 MB, and as much to write. At a pessimistic several seconds per 4 MB batch on Excel on the web,
 * 100k rows would not finish in time; 50k rows, about 20 batches, leave a margin.
 */
export const COMMAND_ROW_LIMIT = 50_000;

/** The run was not started: too big for a ribbon command. */
export class RunTooBigError extends Error {
  constructor(
    readonly rows: number,
    readonly sheets: number,
  ) {
    super(`${rows} rows on ${sheets} sheets`);
    this.name = "RunTooBigError";
  }
}

const DONE: Record<Command, Record<Lang, string>> = {
  writeOutputs: { "zh-CN": "登记簿已生成", "en-US": "Registers written" },
  createTemplate: { "zh-CN": "登记表已新建", "en-US": "Case log created" },
};
const FAILED: Record<Command, Record<Lang, string>> = {
  writeOutputs: { "zh-CN": "未能生成登记簿", "en-US": "The registers were not written" },
  createTemplate: { "zh-CN": "未能新建案件登记表", "en-US": "The case log was not created" },
};
const TO_PANE: Record<Lang, string> = {
  "zh-CN": "请在 KPI 面板中生成登记簿",
  "en-US": "Write the registers from the KPI pane",
};

function toPaneLines(e: RunTooBigError, lang: Lang): string[] {
  const rows = e.rows.toLocaleString(lang);
  const limit = COMMAND_ROW_LIMIT.toLocaleString(lang);
  return lang === "en-US"
    ? [
        `The workbook's case sheets hold ${rows} rows (${e.sheets} ${e.sheets === 1 ? "sheet" : "sheets"}), more than a ribbon button can finish in its five minutes (up to ${limit} rows), so nothing was started and nothing changed.`,
        "Click “KPI pane” on the Home tab and choose More actions → “Write registers, compliance and scorecards”: the pane shows its progress and has no time limit.",
      ]
    : [
        `工作簿中的案件表共 ${rows} 行（${e.sheets} 张工作表），超过功能区按钮 5 分钟内能完成的规模（${limit} 行以内），因此未开始，工作簿未作任何改动。`,
        "请在“开始”选项卡点击“KPI 面板”，在“更多操作”中选择“生成登记簿、合规表和考核表”：任务窗格会显示进度，且没有时间限制。",
      ];
}

export interface CommandContext {
  /** The add-in's Excel.run wrapper, where the outcome is recorded. */
  run: ExcelRun;
  displayLanguage: string;
  now: () => LocalMinutes;
  /** Shows the outcome (the dialog page) and resolves when the user has closed it. */
  show(outcome: CommandOutcome): Promise<void>;
}

/** Runs a command's work and records and shows its outcome; never throws. */
export async function completeCommand(
  ctx: CommandContext,
  command: Command,
  work: () => Promise<string[]>,
): Promise<CommandOutcome> {
  const lang = langFor(ctx.displayLanguage);
  const at = formatMinutes(ctx.now());
  let outcome: CommandOutcome;
  try {
    const lines = await work();
    outcome = { command, ok: true, lang, at, title: DONE[command][lang], lines };
  } catch (e) {
    if (e instanceof RunTooBigError) {
      outcome = { command, ok: false, toPane: true, lang, at, title: TO_PANE[lang], lines: toPaneLines(e, lang) };
    } else {
      const line = saidIn(e, coreLang(lang));
      outcome = { command, ok: false, lang, at, title: FAILED[command][lang], lines: [line] };
    }
  }
  try {
    await recordOutcome(ctx.run, outcome);
  } catch {
    // Shown all the same; only the pane will not find it later.
  }
  try {
    await ctx.show(outcome);
  } catch {
    // Recorded: the pane shows it when opened.
  }
  return outcome;
}

/**
 * The ribbon's "新建案件登记表": the log's drop-down alerts in the user's language, and the outcome's lines say,
 * in it, what an older Excel left out.
 */
export async function createTemplateWork(
  host: Pick<PaneHost, "createTemplate">,
  displayLanguage: string,
): Promise<string[]> {
  const lang = langFor(displayLanguage);
  return (await host.createTemplate(lang)).map((note) => note[coreLang(lang)]);
}

/** What "写入登记簿" needs: the size of the clerk's sheets, and the pane's own Excel host. */
export interface WriteOutputsParts {
  inputSize(): Promise<{ rows: number; sheets: number }>;
  host: Pick<PaneHost, "analyze" | "writeOutputs" | "displayLanguage">;
}

/** The ribbon's "写入登记簿": measures first, and runs only what fits in a command's time. */
export async function writeOutputsWork(parts: WriteOutputsParts, now: LocalMinutes): Promise<string[]> {
  const size = await parts.inputSize();
  if (size.rows > COMMAND_ROW_LIMIT) throw new RunTooBigError(size.rows, size.sheets);
  const signal = new AbortController().signal;
  const analysis: Analysis = await parts.host.analyze(now, () => undefined, signal);
  await parts.host.writeOutputs(analysis, langFor(parts.host.displayLanguage), () => undefined, signal);
  return [];
}

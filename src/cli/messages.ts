/**
 * What the command line says, per language: its usage, and every line it stops with (a wrong option, an
 * output it will not write, a company or case it cannot find). The language is `--lang` when the command line
 * gives it, else the environment's (LC_ALL, LC_MESSAGES, LANG: English when it starts with "en"), else
 * Chinese. Chinese uses full-width punctuation; option names, paths and values are shown as typed.
 */
import type { Lang } from "../core/labels";
import { phrases } from "../workbook/phrases";

const ZH = {
  /** One line on stderr: the message, and for a usage error where to read the usage. */
  line: (message: string) => `casebook：${message}`,
  seeHelp: (message: string) => `${message}（用法见 casebook --help）`,
  usage: () =>
    [
      "用法：",
      "  casebook analyze <案件登记表.xlsx> --json [--as-of YYYY-MM-DDTHH:mm] [--lang zh|en]",
      "  casebook report <案件登记表.xlsx> (--month YYYY-MM | --year YYYY) [--out 文件|文件夹] [--lang zh|en] [--as-of 时间] [--unmasked] [--force]",
      "  casebook report <案件登记表.xlsx> --month YYYY-MM (--company 物业公司 [--out 文件|文件夹] | --per-company [--out 文件夹]) [--lang zh|en] [--as-of 时间] [--force]",
      "  casebook form <案件登记表.xlsx> --case 编号 --kind complaint|contact|follow-up [--out 文件] [--lang zh|en] [--as-of 时间] [--force]",
      "  casebook demo [--out 文件夹] [--force] [--lang zh|en]",
      "",
      "analyze 分析案件登记表（--json 输出 JSON）；report 生成月报、年终报告或物业公司考核包；form 生成一件案件的表单；demo 用自带样例演示。",
      "--lang 选择输出语言（默认中文）；--as-of 指定“截至”时间（默认现在，中国时间）。",
    ].join("\n"),
  needsValue: (option: string) => `${option} 需要一个值`,
  unknownOption: (option: string) => `没有 ${option} 这个选项`,
  badAsOf: (value: string) => `--as-of“${value}”不是 2026-10-31T17:00 这样的日期时间`,
  oneFile: (command: string) => `${command} 需要一个且只要一个 .xlsx 工作簿文件`,
  badLang: (value: string) => `--lang 只能是 zh 或 en，不能是“${value}”`,
  companyNeedsMonth: () => "--company 和 --per-company 需要 --month YYYY-MM",
  companyOrEach: () => "--company 物业公司 与 --per-company 只能给一个",
  companyNeedsName: () => "--company 需要物业公司的名称",
  packMasked: () => "物业公司考核包总是隐去电话号码，请去掉 --unmasked",
  monthOrYear: () => "report 需要 --month YYYY-MM 或 --year YYYY 中的一个",
  badMonth: (value: string) => `--month“${value}”不是 2026-10 这样的月份`,
  badYear: (value: string) => `--year“${value}”不是 2026 这样的年份`,
  formNeedsCase: () => "form 需要 --case 编号",
  badKind: (value: string) => `--kind 只能是 complaint、contact 或 follow-up，不能是“${value}”`,
  demoNoFile: () => "demo 不需要文件：它用自带的样例运行",
  unknownCommand: (command: string) => `没有“${command}”这个命令`,
  noLog: (file: string) => `${file}：找不到案件登记表`,
  logUnreadable: (file: string, reason: string) => `${file}：${reason}`,
  noCompany: (name: string, companies: string) => `没有名为“${name}”的物业公司（有：${companies}）`,
  manyCompanies: (name: string, companies: string) => `“${name}”可指多家物业公司：${companies}`,
  noScorecards: (month: string) => `${month} 没有物业公司的考核数据`,
  outIsInput: (file: string) => `--out 不能是输入文件本身：${file}`,
  noCase: (file: string, id: string) => `${file}：没有编号为“${id}”的案件`,
  notRegularFile: (target: string) => `${target} 不是普通文件，无法写入报告`,
  outIsLog: (target: string) =>
    `${target} 就是读取的案件登记表，不能用报告覆盖它。请换一个 --out 文件名（确要覆盖请加 --force）`,
  notOurReport: (target: string) =>
    `${target} 已存在且不是客服案件簿生成的报告，未覆盖。请换一个 --out 文件名（确要覆盖请加 --force）`,
  fileInPath: (target: string, at: string) => `无法写入 ${target}：${at} 是文件，不是文件夹`,
  partIsFile: (target: string) => `无法写入 ${target}：路径中有一段是文件，不是文件夹`,
  noWritePermission: (target: string) => `没有权限写入 ${target}`,
  readOnly: (target: string) => `无法写入 ${target}：所在位置只读`,
  diskFull: (target: string) => `无法写入 ${target}：磁盘空间不足`,
  cannotMake: (target: string) => `无法写入 ${target}：该位置不能新建文件`,
  cannotWrite: (target: string, code: string) => `无法写入 ${target}（${code}）`,
  /** The line a command prints for each file it wrote. */
  written: (path: string, kb: number) => `${path}（${kb} KB）`,
};

const EN: typeof ZH = {
  line: (message) => `casebook: ${message}`,
  seeHelp: (message) => `${message} (see casebook --help)`,
  usage: () =>
    [
      "usage:",
      "  casebook analyze <log.xlsx> --json [--as-of YYYY-MM-DDTHH:mm] [--lang zh|en]",
      "  casebook report <log.xlsx> (--month YYYY-MM | --year YYYY) [--out FILE|DIR] [--lang zh|en] [--as-of T] [--unmasked] [--force]",
      "  casebook report <log.xlsx> --month YYYY-MM (--company NAME [--out FILE|DIR] | --per-company [--out DIR]) [--lang zh|en] [--as-of T] [--force]",
      "  casebook form <log.xlsx> --case ID --kind complaint|contact|follow-up [--out FILE] [--lang zh|en] [--as-of T] [--force]",
      "  casebook demo [--out DIR] [--force] [--lang zh|en]",
      "",
      "analyze reads a case log (--json prints the JSON); report writes a monthly or year-end report or the property companies' packs; form writes one case's form; demo runs on the bundled sample.",
      "--lang picks the output's language (Chinese by default); --as-of sets the time the log is judged at (default: now, China time).",
    ].join("\n"),
  needsValue: (option) => `${option} needs a value`,
  unknownOption: (option) => `unknown option ${option}`,
  badAsOf: (value) => `--as-of '${value}' is not a date-time like 2026-10-31T17:00`,
  oneFile: (command) => `${command} takes one workbook file (.xlsx)`,
  badLang: (value) => `--lang must be zh or en, not '${value}'`,
  companyNeedsMonth: () => "--company and --per-company need --month YYYY-MM",
  companyOrEach: () => "give --company NAME or --per-company, not both",
  companyNeedsName: () => "--company needs a property company's name",
  packMasked: () => "a property company's pack is always masked: drop --unmasked",
  monthOrYear: () => "report needs exactly one of --month YYYY-MM or --year YYYY",
  badMonth: (value) => `--month '${value}' is not like 2026-10`,
  badYear: (value) => `--year '${value}' is not like 2026`,
  formNeedsCase: () => "form needs --case ID",
  badKind: (value) => `--kind must be complaint, contact or follow-up, not '${value}'`,
  demoNoFile: () => "demo takes no file: it runs on the bundled sample",
  unknownCommand: (command) => `unknown command '${command}'`,
  noLog: (file) => `${file}: no case log sheet found`,
  logUnreadable: (file, reason) => `${file}: ${reason}`,
  noCompany: (name, companies) => `no property company '${name}' (there are: ${companies})`,
  manyCompanies: (name, companies) => `'${name}' matches several property companies: ${companies}`,
  noScorecards: (month) => `no property company has a scorecard in ${month}`,
  outIsInput: (file) => `--out must not be the input file: ${file}`,
  noCase: (file, id) => `${file}: no case numbered "${id}"`,
  notRegularFile: (target) => `${target} is not a regular file; the report cannot be written there`,
  outIsLog: (target) =>
    `${target} is the case log being read; the report will not overwrite it. Choose another --out name (or add --force)`,
  notOurReport: (target) =>
    `${target} exists and is not a report Casebook wrote; it was not overwritten. Choose another --out name (or add --force)`,
  fileInPath: (target, at) => `Cannot write ${target}: ${at} is a file, not a folder`,
  partIsFile: (target) => `Cannot write ${target}: part of the path is a file, not a folder`,
  noWritePermission: (target) => `No permission to write ${target}`,
  readOnly: (target) => `Cannot write ${target}: the location is read-only`,
  diskFull: (target) => `Cannot write ${target}: the disk is full`,
  cannotMake: (target) => `Cannot write ${target}: no file can be made at that place`,
  cannotWrite: (target, code) => `Cannot write ${target} (${code})`,
  written: (path, kb) => `${path} (${kb} KB)`,
};

export const CLI_PHRASES = phrases(ZH, EN);

/**
 * The language the command line speaks to the user: `--lang zh|en` wherever it stands on the command line
 * (looked for first, so even a line the parser refuses is answered in it), else the environment's locale.
 * Only the words of an error and of the usage follow the environment; what a command writes (the JSON's
 * warnings, a report) is in --lang, Chinese when it is not given.
 */
export function cliLang(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = a === "--lang" ? argv[i + 1] : a.startsWith("--lang=") ? a.slice("--lang=".length) : undefined;
    if (value === "zh" || value === "en") return value;
  }
  // POSIX order: LC_ALL overrides LC_MESSAGES, which overrides LANG; an empty one is not set.
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== "") ?? "";
  return locale.toLowerCase().startsWith("en") ? "en" : "zh";
}

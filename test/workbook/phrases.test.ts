/**
 * The adapters' message tables (the Office layer, the file reader, the ports, the command line): every id says
 * something in both languages, and each language only in its own script and punctuation. Each message is
 * rendered with parameters of its own types, typed here per id, so a new id without sample parameters does not
 * compile.
 */
import { OFFICE_PHRASES } from "../../src/workbook/office/messages";
import { SUPPORTED_HOSTS } from "../../src/workbook/office/requirements";
import { FORMAT_PHRASES } from "../../src/workbook/xlsx/messages";
import { FILE_PHRASES } from "../../src/workbook/xlsx/node-file";
import { PORT_PHRASES } from "../../src/workbook/port";
import { CLI_PHRASES, cliLang } from "../../src/cli/messages";
import { joinWords, saidIn, saidOf, SaidError, type Phrases } from "../../src/workbook/phrases";

type Samples<T> = { [K in keyof T]: T[K] extends (...args: infer A) => string ? A : never };

// Names and values as a workbook or a command line holds them: Latin-free in the sheet names, so what shows of
// the other script can only come from a template.
const SHEET = "投诉登记簿";
const PATH = "/tmp/log.xlsx";

const OFFICE: Samples<typeof OFFICE_PHRASES.zh> = {
  upgrade: [""],
  reportAsDownload: [],
  noDropDowns: [],
  sheetExists: [SHEET],
  choicesTooLong: ["物业公司"],
  noFilter: [],
  chooseFromList: [],
  downloadInstead: [],
  noWorkbookNoDownload: [],
  newWorkbookFailed: ["0x800"],
  sheetMissing: [SHEET],
  rowOnHiddenSheet: [12, SHEET],
  notARow: [0],
  rowTooLarge: [SHEET, 4],
  noValues: [SHEET, 2001],
  tableNameTaken: ["CB_Register_Complaint"],
  workbookProtected: [],
  veryHidden: [SHEET],
  sheetProtected: [SHEET],
  stagedNote: [],
  ownedNote: [],
};
const FORMAT: Samples<typeof FORMAT_PHRASES.zh> = {
  empty: [],
  xls: [],
  encrypted: [],
  otherOle: [],
  csv: [],
  notXlsx: [],
  zipNotWorkbook: ["Word .docx"],
  xlsb: [],
  ods: [],
  corrupt: [],
  tooBig: [50 * 1024 * 1024],
  tooManyCells: [SHEET, 1_000_000],
  tooManyCellsInWorkbook: [1_000_000],
  cellTooLong: [SHEET],
  outsideSheet: [SHEET, "A2000000000"],
};
const FILE: Samples<typeof FILE_PHRASES.zh> = {
  notFound: [PATH],
  noPermission: [PATH],
  cannotOpen: [PATH, "EIO"],
  cannotRead: [PATH, "EIO"],
  notAFile: [PATH, "pipe"],
  tooBig: [PATH, 1],
  inFile: [PATH, "…"],
};
const PORT: Samples<typeof PORT_PHRASES.zh> = { notOwned: [SHEET] };
const CLI: Samples<typeof CLI_PHRASES.zh> = {
  line: ["…"],
  seeHelp: ["…"],
  usage: [],
  needsValue: ["--month"],
  unknownOption: ["--jsn"],
  badAsOf: ["2026-10-31"],
  oneFile: ["analyze"],
  badLang: ["fr"],
  companyNeedsMonth: [],
  companyOrEach: [],
  companyNeedsName: [],
  packMasked: [],
  monthOrYear: [],
  badMonth: ["2026-13"],
  badYear: ["26"],
  formNeedsCase: [],
  badKind: ["memo"],
  demoNoFile: [],
  unknownCommand: ["frobnicate"],
  noLog: [PATH],
  logUnreadable: [PATH, "…"],
  noCompany: ["安居", "青岛海润物业管理有限公司"],
  manyCompanies: ["青岛", "青岛安居物业服务有限公司"],
  noScorecards: ["2026-10"],
  outIsInput: [PATH],
  noCase: [PATH, "KF2610-999"],
  notRegularFile: ["/dev/null"],
  outIsLog: [PATH],
  notOurReport: [PATH],
  fileInPath: [PATH, "/tmp"],
  partIsFile: [PATH],
  noWritePermission: [PATH],
  readOnly: [PATH],
  diskFull: [PATH],
  cannotMake: [PATH],
  cannotWrite: [PATH, "EIO"],
  written: [PATH, 93],
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyPhrases = Phrases<Record<string, (...args: any[]) => string>>;
const TABLES: [string, AnyPhrases, Record<string, unknown[]>][] = [
  ["Office layer", OFFICE_PHRASES as unknown as AnyPhrases, OFFICE],
  ["file reader", FORMAT_PHRASES as unknown as AnyPhrases, FORMAT],
  ["file on disk", FILE_PHRASES as unknown as AnyPhrases, FILE],
  ["workbook port", PORT_PHRASES as unknown as AnyPhrases, PORT],
  ["command line", CLI_PHRASES as unknown as AnyPhrases, CLI],
];

/** What a table's own words are, without the names, paths, options and values the parameters and commands put in. */
const own = (text: string): string =>
  text
    .replace(/follow-up/g, "") // a --kind value
    .replace(/\/[\w./~-]+/g, "") // paths
    .replace(/--?[a-z][\w-]*(=\S+)?/g, "") // option names
    .replace(/\b(casebook|analyze|report|form|demo|help|complaint|contact|zh|en)\b/g, "") // commands, values
    .replace(/Y{4}[-\w:]*|\d{4}-\d{2}(-\d{2}(T\d{2}:\d{2})?)?/g, "") // formats and dates
    .replace(
      /\b(Excel|Microsoft 365|Microsoft Edge|WebView2|Windows|Mac|Internet Explorer|Edge Legacy|Office|OpenDocument|WPS|LibreOffice|CSV|JSON|xlsx|xlsb|xls|ods|docx|Word|OLE|maxUncompressedBytes|maxCells|MB|GB|B|EIO|CB_Register_Complaint|A\d+|KF\d+-\d+|fr|memo|frobnicate|jsn)\b/g,
      "",
    );

const HAN = /\p{Script=Han}/u;

describe.each(TABLES)("the %s's messages", (_name, table, samples) => {
  it("has the same ids in both languages, and a sample for each", () => {
    expect(Object.keys(table.en).sort()).toEqual(Object.keys(table.zh).sort());
    expect(Object.keys(samples).sort()).toEqual(Object.keys(table.zh).sort());
  });

  it.each(Object.keys(samples))("%s: Chinese in Chinese words and punctuation, English in English", (id) => {
    const zh = table.text("zh", id, ...samples[id]);
    const en = table.text("en", id, ...samples[id]);
    expect(zh.trim()).not.toBe("");
    expect(en.trim()).not.toBe("");
    expect(zh).not.toBe(en);
    // English: no Chinese of its own (a sheet's or a company's name is the workbook's).
    expect(own(en).replace(new RegExp(`${SHEET}|物业公司|青岛\\S*|安居`, "g"), "")).not.toMatch(HAN);
    // Chinese: no English word of its own, and full-width punctuation next to Chinese words.
    expect(own(zh)).not.toMatch(/[A-Za-z]{3,}/);
    expect(zh).not.toMatch(
      /\p{Script=Han}[,;:!?]|[,;:!?] ?\p{Script=Han}|\p{Script=Han}\.(?![a-z])|\p{Script=Han} ?\(|\) ?\p{Script=Han}/u,
    );
    expect(zh).not.toMatch(/"/); // quotes are “…”
    expect(zh).not.toMatch(/ \/ /); // never two languages in one string
    expect(en).not.toMatch(/[，。；：（）“”、]/);
  });
});

describe("the Office layer's supported-Excel sentence", () => {
  it("comes in the language asked, the other language's sentence nowhere", () => {
    expect(OFFICE_PHRASES.text("zh", "upgrade", SUPPORTED_HOSTS.zh)).not.toContain(SUPPORTED_HOSTS.en);
    expect(OFFICE_PHRASES.text("en", "upgrade", SUPPORTED_HOSTS.en)).not.toMatch(HAN);
  });
});

describe("an error's words", () => {
  const said = {
    zh: "工作表“投诉登记簿”已存在，未做更改。",
    en: 'Sheet "投诉登记簿" already exists; nothing was changed.',
  };

  it("are shown in the language asked; an error without them as it is", () => {
    const e = new SaidError(said);
    expect(saidIn(e, "zh")).toBe(said.zh);
    expect(saidIn(e, "en")).toBe(said.en);
    expect(e.message).toBe(said.zh);
    expect(saidIn(new Error("GeneralException"), "zh")).toBe("GeneralException");
    // As the analysis worker hands them back: plain data on a plain Error.
    expect(saidOf(Object.assign(new Error("x"), { said }))).toEqual(said);
    expect(saidOf(Object.assign(new Error("x"), { said: "x" }))).toBeNull();
  });

  it("join the Chinese way in Chinese and the English way in English", () => {
    const next = OFFICE_PHRASES.words("downloadInstead");
    expect(joinWords([said, next])).toEqual({
      zh: "工作表“投诉登记簿”已存在，未做更改。报表将作为文件下载，请在 Excel 中打开。",
      en: 'Sheet "投诉登记簿" already exists; nothing was changed. The report is offered as a download; open it in Excel.',
    });
  });
});

describe("the command line's language", () => {
  const env = (LANG?: string, LC_MESSAGES?: string, LC_ALL?: string) => ({ LANG, LC_MESSAGES, LC_ALL });
  it("is --lang wherever it stands, even beside wrong arguments", () => {
    expect(cliLang(["analyze", "--jsn", "--lang", "en"], env("zh_CN.UTF-8"))).toBe("en");
    expect(cliLang(["--lang=zh", "frobnicate"], env("en_US.UTF-8"))).toBe("zh");
    expect(cliLang(["report", "--lang", "fr"], env("en_US.UTF-8"))).toBe("en");
    expect(cliLang(["report", "--lang"], env())).toBe("zh");
  });
  it("is otherwise the environment's, LC_ALL first, then LC_MESSAGES, then LANG; Chinese by default", () => {
    expect(cliLang([], env())).toBe("zh");
    expect(cliLang([], env("C.UTF-8"))).toBe("zh");
    expect(cliLang([], env("POSIX"))).toBe("zh");
    expect(cliLang([], env("en_US.UTF-8"))).toBe("en");
    expect(cliLang([], env("en"))).toBe("en");
    expect(cliLang([], env("zh_CN.UTF-8", "en_GB"))).toBe("en");
    expect(cliLang([], env("en_US.UTF-8", "zh_TW"))).toBe("zh");
    expect(cliLang([], env("zh_CN", "zh_CN", "en_US"))).toBe("en");
    expect(cliLang([], env("en_US", "", ""))).toBe("en");
    expect(cliLang([], env("zh_CN", "en_US", ""))).toBe("en");
  });
});

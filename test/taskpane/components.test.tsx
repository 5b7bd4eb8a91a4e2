/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, fireEvent, screen, within } from "@testing-library/react";
import { Actions, type Busy } from "../../src/taskpane/components/Actions";
import { DataIssues } from "../../src/taskpane/components/DataIssues";
import { Filters } from "../../src/taskpane/components/Filters";
import { LateList } from "../../src/taskpane/components/LateList";
import { Notices } from "../../src/taskpane/components/Notices";
import { analysisNotices, noticeFor } from "../../src/taskpane/components/notices";
import { KpiTiles } from "../../src/taskpane/components/Tiles";
import { NeedsExcelError, CancelledError } from "../../src/host/pane-host";
import { formatters } from "../../src/taskpane/i18n";
import { lateItems, paneFigures, type PaneFigures } from "../../src/taskpane/model/figures";
import { dataIssues } from "../../src/taskpane/model/issues";
import { monthOptions, yearOptions } from "../../src/taskpane/model/period";
import { OwnershipError, WorkbookFormatError } from "../../src/workbook/port";
import { WorkbookProtectedError } from "../../src/workbook/office/write";
import { msg } from "../../src/core/messages";
import { rowProblem } from "../../src/core/parse/rows";
import { analysisOf, at, entry, makeCase, RULES } from "./fixture";

const SATISFACTION = {
  what: { zh: "满意度", en: "satisfaction" },
  expected: { zh: "满意/基本满意/不满意 或 1–5", en: "Satisfied, Mostly satisfied, Dissatisfied or 1–5" },
};
import { renderPane } from "./render";
import { texts } from "../../src/core/report/text";

const figures: PaneFigures = {
  cases: 1234,
  previousCases: 1300,
  onTime: [
    { rule: RULES[0], ratio: { num: 45, den: 50, value: 0.9 } },
    { rule: RULES[1], ratio: { num: 0, den: 0, value: null } },
  ],
  open: 17,
  overdue: 3,
  countedAt: "now",
  followUpComplaints: { num: 8, den: 10, value: 0.8 },
  followUpRepairs: { num: 3, den: 12, value: 0.25 },
  satisfaction: { num: 0, den: 0, value: null },
};

describe("KPI tiles", () => {
  it("show each figure with its numerator and denominator, in text and in the accessible label", () => {
    const { fmt } = renderPane(<KpiTiles figures={figures} fmt={formatters("en-US")} />);
    void fmt;
    const cases = screen.getByTestId("tile-cases");
    expect(cases).toHaveTextContent("1,234");
    expect(cases).toHaveTextContent("−66 vs previous");
    const notify = screen.getByRole("group", { name: /On time: Notify property company \(8 h\): 90%, 45 of 50/ });
    expect(notify).toHaveTextContent("90%");
    expect(screen.getByTestId("tile-follow-up-complaints")).toHaveAccessibleName("Complaint follow-up: 80%, 8 of 10");
    expect(screen.getByTestId("tile-follow-up-repairs")).toHaveAccessibleName("Repair follow-up: 25%, 3 of 12");
    expect(screen.getByTestId("tile-overdue")).toHaveTextContent("3");
  });

  it("say 'no data' for an empty denominator, never 0 % or 100 %", () => {
    renderPane(<KpiTiles figures={figures} fmt={formatters("en-US")} />);
    const sat = screen.getByTestId("tile-satisfaction");
    expect(sat).toHaveTextContent("No data");
    expect(sat).not.toHaveTextContent("%");
    expect(sat).toHaveAccessibleName("Satisfaction rate: no data");
    expect(screen.getByTestId("tile-rule-rectify")).toHaveTextContent("No data");
  });

  it("show the working in a tooltip on keyboard focus", async () => {
    renderPane(<KpiTiles figures={figures} fmt={formatters("en-US")} />);
    const tile = screen.getByTestId("tile-follow-up-complaints");
    expect(tile).toHaveAttribute("tabindex", "0");
    await act(async () => {
      fireEvent.focus(tile);
      await new Promise((r) => setTimeout(r, 300));
    });
    expect(screen.getByRole("tooltip")).toHaveTextContent("8 of 10");
  });

  it("say when open and overdue are counted, in the report's words for the same figures", () => {
    const captions = (lang: "zh-CN" | "en-US", countedAt: PaneFigures["countedAt"]) => {
      const { unmount } = renderPane(<KpiTiles figures={{ ...figures, countedAt }} fmt={formatters(lang)} />, lang);
      const open = screen.getByTestId("tile-open");
      const overdue = screen.getByTestId("tile-overdue");
      const got = [open.textContent!.replace(/17.*/, ""), overdue.textContent!.replace(/3.*/, "")];
      expect(open).toHaveAccessibleName(lang === "zh-CN" ? `${got[0]}：17` : `${got[0]}: 17`);
      unmount();
      return got;
    };
    expect(captions("zh-CN", "now")).toEqual(["当前未办结", "当前已逾期"]);
    expect(captions("en-US", "now")).toEqual(["Open now", "Overdue now"]);
    for (const [lang, report] of [
      ["zh-CN", texts("zh")],
      ["en-US", texts("en")],
    ] as const) {
      expect(captions(lang, "month-end")).toEqual([report.figure.open.month, report.figure.overdue.month]);
      expect(captions(lang, "year-end")).toEqual([report.figure.open.year, report.figure.overdue.year]);
    }
    expect(captions("zh-CN", "month-end")).toEqual(["月末未办结", "月末逾期"]);
    expect(captions("en-US", "year-end")).toEqual(["Open at year end", "Overdue at year end"]);
  });

  it("speak Chinese with Chinese number formats", () => {
    renderPane(<KpiTiles figures={figures} fmt={formatters("zh-CN")} />, "zh-CN");
    expect(screen.getByTestId("tile-cases")).toHaveTextContent("本期案件");
    expect(screen.getByTestId("tile-cases")).toHaveTextContent("较上期 −66");
    expect(screen.getByTestId("tile-follow-up-complaints")).toHaveAccessibleName("投诉回访率：80%，8 / 10");
    expect(screen.getByTestId("tile-follow-up-repairs")).toHaveAccessibleName("维修回访率：25%，3 / 12");
    expect(screen.getByTestId("tile-rule-notify-property")).toHaveTextContent("按时率：8小时内书面送达物业");
  });
});

describe("filters", () => {
  const months = monthOptions([at("2025-11-03T10:00")], at("2026-02-10T09:00"));
  const years = yearOptions(months);

  it("offer the months and pass the chosen one up", () => {
    const onPeriod = jest.fn();
    renderPane(
      <Filters
        period={months[1]}
        months={months}
        years={years}
        company={null}
        companies={["安居物业", "华润物业"]}
        fmt={formatters("en-US")}
        onPeriod={onPeriod}
        monthFor={(y) => months.find((m) => m.year === y) ?? null}
        onCompany={jest.fn()}
      />,
    );
    const select = screen.getByLabelText("Month");
    expect(
      within(select)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["February 2026", "January 2026", "December 2025", "November 2025"]);
    fireEvent.change(select, { target: { value: "2025-12" } });
    expect(onPeriod).toHaveBeenCalledWith({ kind: "month", year: 2025, month: 12 });
  });

  it("switch to year mode, keeping the selected year", () => {
    const onPeriod = jest.fn();
    renderPane(
      <Filters
        period={months[3]}
        months={months}
        years={years}
        company={null}
        companies={[]}
        fmt={formatters("en-US")}
        onPeriod={onPeriod}
        monthFor={(y) => months.find((m) => m.year === y) ?? null}
        onCompany={jest.fn()}
      />,
    );
    fireEvent.change(screen.getByLabelText("Period"), { target: { value: "year" } });
    expect(onPeriod).toHaveBeenCalledWith({ kind: "year", year: 2025 });
  });

  it("filter by property company, with 'all' as null", () => {
    const onCompany = jest.fn();
    renderPane(
      <Filters
        period={months[0]}
        months={months}
        years={years}
        company="华润物业"
        companies={["安居物业", "华润物业"]}
        fmt={formatters("zh-CN")}
        onPeriod={jest.fn()}
        monthFor={() => null}
        onCompany={onCompany}
      />,
      "zh-CN",
    );
    const select = screen.getByLabelText("物业公司");
    expect(select).toHaveValue("华润物业");
    fireEvent.change(select, { target: { value: "安居物业" } });
    fireEvent.change(select, { target: { value: "" } });
    expect(onCompany.mock.calls).toEqual([["安居物业"], [null]]);
    expect(within(select).getByRole("option", { name: "全部物业公司" })).toBeInTheDocument();
  });
});

describe("now-late list", () => {
  const hostile = '<img src=x onerror="window.__pwned=1">=HYPERLINK("http://evil")';
  const a = analysisOf({
    asOf: "2026-10-31T17:00",
    cases: [
      makeCase({ id: "K1", received: "2026-10-30T09:00", row: 5, description: hostile }),
      makeCase({ id: "K2", received: "2026-10-20T09:00", row: 9, category: "repair" }),
    ],
    compliance: [
      entry("K1", "notify-property", "due-soon", "2026-10-31T18:30"),
      entry("K2", "rectify", "overdue", "2026-10-26T00:00", 5.7),
      entry("K2", "notify-property", "met", "2026-10-20T17:00"),
    ],
  });

  it("leads with what is due soon (today's marked), then the overdue, with rule, due time and how late", () => {
    renderPane(<LateList items={lateItems(a, null)} fmt={formatters("en-US")} asOf={a.asOf} onSelect={jest.fn()} />);
    const items = screen.getAllByTestId("late-item");
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent("Case K1");
    expect(items[0]).toHaveTextContent("Due today, in 1.5 hours");
    expect(items[1]).toHaveTextContent("Case K2");
    expect(items[1]).toHaveTextContent("Overdue by 5.7 days");
    expect(items[1]).toHaveTextContent("Property rectification");
    // Due at the end of 25 October: that day's 24:00, not the 26th's 00:00.
    expect(items[1]).toHaveTextContent("10/25/2026 24:00");
    expect(screen.getByRole("heading", { name: "Due soon: 1 cases (1 deadlines)" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Overdue: 1 cases (1 deadlines)" })).toBeInTheDocument();
  });

  it("says why on request: a 为什么？ disclosure on every item, with the lateness as a person writes it", () => {
    renderPane(
      <LateList items={lateItems(a, null)} fmt={formatters("zh-CN")} asOf={a.asOf} analysis={a} onSelect={jest.fn()} />,
      "zh-CN",
    );
    const items = screen.getAllByTestId("late-item");
    expect(items[1]).toHaveTextContent("已逾期 5 天 17 小时");
    expect(items[1]).not.toHaveTextContent("5.7");
    // Due 18:30 on a Saturday, after the center's 17:00 close: no working time is left.
    expect(items[0]).toHaveTextContent("今天到期，还剩 0 个工作小时");
    for (const item of items)
      expect(within(item).getByRole("button", { name: "为什么？" })).toHaveAttribute("aria-expanded", "false");
    const why = within(items[1]).getByRole("button", { name: "为什么？" });
    expect(within(items[1]).queryByTestId("late-explain")).toBeNull();
    fireEvent.click(why);
    expect(why).toHaveAttribute("aria-expanded", "true");
    const panel = within(items[1]).getByTestId("late-explain");
    expect(why.getAttribute("aria-controls")).toBe(panel.id);
    expect(panel).toHaveTextContent("期限：10月25日 24:00");
    expect(panel).toHaveTextContent("结论：已逾期，超出 5 天 17 小时，截至 10月31日 17:00");
    expect(within(panel).getByRole("list", { name: "案件 K2 的期限怎样算出" })).toBeInTheDocument();
    fireEvent.click(why);
    expect(within(items[1]).queryByTestId("late-explain")).toBeNull();
  });

  it("says why in English too", () => {
    renderPane(
      <LateList items={lateItems(a, null)} fmt={formatters("en-US")} asOf={a.asOf} analysis={a} onSelect={jest.fn()} />,
    );
    const item = screen.getAllByTestId("late-item")[1];
    expect(item).toHaveTextContent("Overdue by 5 days 17 hours");
    fireEvent.click(within(item).getByRole("button", { name: "Why?" }));
    expect(within(item).getByTestId("late-explain")).toHaveTextContent("Due: 25 Oct 24:00");
    expect(within(item).getByTestId("late-explain").textContent).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it("shows a page of each group and more on request", () => {
    const many = analysisOf({
      asOf: "2026-10-31T17:00",
      cases: Array.from({ length: 25 }, (_, i) => makeCase({ id: `M${i}`, received: "2026-10-01T09:00", row: i + 3 })),
      compliance: Array.from({ length: 25 }, (_, i) => entry(`M${i}`, "rectify", "overdue", "2026-10-06T00:00", 25)),
    });
    renderPane(<LateList items={lateItems(many, null)} fmt={formatters("en-US")} page={5} onSelect={jest.fn()} />);
    expect(screen.getAllByTestId("late-item")).toHaveLength(5);
    fireEvent.click(screen.getByRole("button", { name: "Show 10 more (20 left)" }));
    expect(screen.getAllByTestId("late-item")).toHaveLength(15);
    fireEvent.click(screen.getByRole("button", { name: "Show 10 more (10 left)" }));
    expect(screen.getAllByTestId("late-item")).toHaveLength(25);
    expect(screen.queryByTestId("late-overdue-more")).toBeNull();
  });

  it("selects the case's row in the log from its button", () => {
    const onSelect = jest.fn();
    renderPane(<LateList items={lateItems(a, null)} fmt={formatters("en-US")} onSelect={onSelect} />);
    fireEvent.click(screen.getByRole("button", { name: "Select case K1 in the log (row 5)" }));
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(onSelect.mock.calls[0][0].case.row).toBe(5);
  });

  it("renders the customer's words as text, never as markup", () => {
    const { container } = renderPane(
      <LateList items={lateItems(a, null)} fmt={formatters("en-US")} onSelect={jest.fn()} />,
    );
    expect(container.querySelector("img")).toBeNull();
    expect(screen.getByTestId("late-description").textContent).toBe(hostile);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it("says so when nothing is late, in Chinese too", () => {
    renderPane(<LateList items={[]} fmt={formatters("zh-CN")} onSelect={jest.fn()} />, "zh-CN");
    expect(screen.getByText("没有逾期或即将到期的案件。")).toBeInTheDocument();
  });
});

describe("error display", () => {
  it("shows errors as message bars in the user's language", () => {
    const notices = [
      noticeFor(new OwnershipError("投诉登记簿")),
      noticeFor(new WorkbookFormatError({ zh: "不是 .xlsx 文件", en: "not an .xlsx file" })),
      noticeFor(new NeedsExcelError()),
      noticeFor(new CancelledError()),
    ];
    const onDismiss = jest.fn();
    renderPane(<Notices notices={notices} onDismiss={onDismiss} />, "zh-CN");
    const error = screen.getAllByTestId("notice-error");
    expect(error[0]).toHaveTextContent("工作表“投诉登记簿”不是客服案件簿创建的，未覆盖。");
    expect(error[1]).toHaveTextContent("无法作为工作簿读取该文件：不是 .xlsx 文件");
    expect(screen.getByTestId("notice-warning")).toHaveTextContent("此操作需在 Excel 中使用");
    expect(screen.getByTestId("notice-info")).toHaveTextContent("已取消");
    fireEvent.click(screen.getAllByRole("button", { name: "关闭" })[0]);
    expect(onDismiss).toHaveBeenCalledWith(notices[0].id);
  });

  it("shows an adapter's message in the user's language only, and follows a language switch", () => {
    const refusal = new WorkbookProtectedError();
    // As the analysis worker hands an error back: a plain Error with the words as data.
    const fromWorker = Object.assign(new Error("文件是空的"), {
      name: "WorkbookFormatError",
      said: {
        zh: "文件是空的（0 字节），不是 Excel 工作簿。",
        en: "The file is empty (0 bytes); it is not an Excel workbook.",
      },
    });
    const notices = [noticeFor(refusal), noticeFor(fromWorker)];
    for (const [lang, shown, hidden] of [
      ["zh-CN", ["操作失败：工作簿结构受保护（审阅 → 保护工作簿）", "文件是空的（0 字节）"], /[A-Za-z]{4,}/],
      [
        "en-US",
        ["The action failed: The workbook's structure is protected", "The file is empty (0 bytes)"],
        /\p{Script=Han}/u,
      ],
    ] as const) {
      const { unmount } = renderPane(<Notices notices={notices} onDismiss={jest.fn()} />, lang);
      const texts = screen.getAllByTestId("notice-error").map((n) => n.textContent ?? "");
      shown.forEach((s, i) => expect(texts[i]).toContain(s));
      // Excel is the product's name in both languages; nothing else of the other language shows.
      for (const t of texts) expect(t.replace(/Excel/g, "")).not.toMatch(hidden);
      unmount();
    }
  });

  it("reports a workbook without a case log, and rows not read", () => {
    const a = analysisOf({
      asOf: "2026-10-31T17:00",
      logSheet: null,
      rejected: [
        { row: 3, column: "编号", value: "", reason: rowProblem(3, "编号", msg("log.blank-id", {})) },
        {
          row: 3,
          column: "受理时间",
          value: "x",
          reason: rowProblem(3, "受理时间", msg("cell.not-a-date", { value: "x" })),
        },
      ],
    });
    renderPane(<Notices notices={analysisNotices(a)} onDismiss={jest.fn()} />);
    expect(screen.getByTestId("notice-error")).toHaveTextContent("No case-log sheet was found");
    expect(screen.getByTestId("notice-warning")).toHaveTextContent("1 row could not be read");
  });

  it("lists each data problem with its row and column, linked to the row", () => {
    const a = analysisOf({
      asOf: "2026-10-31T17:00",
      rejected: [
        {
          row: 12,
          column: "受理时间",
          value: "昨天下午",
          reason: rowProblem(12, "受理时间", msg("cell.not-a-date", { value: "昨天下午" })),
        },
      ],
      cellIssues: [
        {
          row: 7,
          column: "满意度",
          value: "<b>很好</b>",
          reason: rowProblem(7, "满意度", msg("cell.unknown-value", { value: "<b>很好</b>", ...SATISFACTION })),
          caseId: "K7",
        },
      ],
      duplicates: [{ id: "K9", rows: [20, 21] }],
    });
    const onGoto = jest.fn();
    const { container } = renderPane(<DataIssues issues={dataIssues(a, "en-US")} unconfirmed={2} onGoto={onGoto} />);
    const items = screen.getAllByTestId("issue");
    expect(items.map((i) => i.getAttribute("data-row"))).toEqual(["7", "12", "20"]);
    expect(items[0]).toHaveTextContent("Row 7, column 满意度");
    // The reason in the pane's language; the clerk's column and value as written.
    expect(items[0]).toHaveTextContent('Row 7, 满意度: "<b>很好</b>" is not a known satisfaction (expected Satisfied');
    expect(items[1]).toHaveTextContent('Row 12, 受理时间: "昨天下午" is not a date (expected a date such as');
    expect(items[0]).toHaveTextContent("Value: <b>很好</b>");
    expect(container.querySelector("b")).toBeNull();
    expect(items[2]).toHaveTextContent("Duplicate case no K9 in rows 20, 21");
    expect(screen.getByText(/2 cases classified as routine/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Select row 12 of the log" }));
    expect(onGoto).toHaveBeenCalledWith(12);
  });
});

it("figures and the late list agree on the overdue count", () => {
  const a = analysisOf({
    asOf: "2026-10-31T17:00",
    cases: [makeCase({ id: "Z1", received: "2026-10-01T09:00" }), makeCase({ id: "Z2", received: "2026-10-02T09:00" })],
    compliance: [
      entry("Z1", "rectify", "overdue", "2026-10-07T00:00", 24.7),
      entry("Z1", "notify-property", "overdue", "2026-10-01T17:00", 30),
      entry("Z2", "rectify", "due-soon", "2026-11-01T00:00"),
    ],
  });
  const f = paneFigures(a, { period: { kind: "month", year: 2026, month: 10 }, company: null });
  const overdueCases = new Set(
    lateItems(a, null)
      .filter((i) => i.entry.status === "overdue")
      .map((i) => i.entry.caseId),
  );
  expect(f.overdue).toBe(overdueCases.size);
  expect(f.open).toBe(2);
});

describe("the progress under the toolbar", () => {
  const noop = () => undefined;
  const bar = (busy: Busy, lang: "zh-CN" | "en-US") => {
    renderPane(
      <Actions
        kind="excel"
        periodKind="month"
        company={null}
        busy={busy}
        onRun={noop}
        onOpenFile={noop}
        onCancel={noop}
      />,
      lang,
    );
    return screen.getByTestId("progress");
  };

  it("counts the rows read from Excel, in each language's words", () => {
    const busy: Busy = { action: "refresh", step: "read", done: 35670, total: 100001, unit: "rows" };
    expect(bar(busy, "zh-CN")).toHaveTextContent("读取工作簿：35,670 / 100,001 行");
    expect(screen.getByRole("progressbar")).toHaveAttribute("aria-valuenow", String(35670 / 100001));
  });

  it("names the rows being analysed while the pipeline runs, its bar without a value", () => {
    const busy: Busy = { action: "refresh", step: "analyse", done: 0, total: 100001, unit: "rows" };
    expect(bar(busy, "en-US")).toHaveTextContent("Checking deadlines and scorecards (100,001 rows)");
    expect(screen.getByRole("progressbar")).not.toHaveAttribute("aria-valuenow");
  });
});

/**
 * The columns of the input sheets (DESIGN §2): canonical Chinese header, English header, and the variants clerks
 * actually write. The template writer and the registers take their headers from here, so what the add-in
 * writes is always what the reader reads.
 */
import type { ParsedCase } from "../model";

export type ColumnKind = "text" | "datetime" | "enum" | "boolean" | "number";

export interface ColumnDef {
  key: keyof ParsedCase | string;
  zh: string;
  en: string;
  /** Other names clerks use, in either language; matched after `normalizeHeader`. */
  aliases: string[];
  required: boolean;
  kind: ColumnKind;
}

const col = (
  key: keyof ParsedCase,
  zh: string,
  en: string,
  kind: ColumnKind,
  aliases: string[],
  required = false,
): ColumnDef => ({
  key,
  zh,
  en,
  aliases,
  required,
  kind,
});

/** The case log, in DESIGN §2 order. */
export const CASE_LOG_COLUMNS: readonly ColumnDef[] = [
  col(
    "id",
    "编号",
    "Case No",
    "text",
    [
      "案件编号",
      "单号",
      "案件号",
      "工单号",
      "登记编号",
      "受理编号",
      "Case ID",
      "Case Number",
      "Case",
      "ID",
      "No",
      "Ticket No",
    ],
    true,
  ),
  col(
    "receivedAt",
    "受理时间",
    "Received",
    "datetime",
    [
      "受理日期",
      "登记时间",
      "登记日期",
      "来电时间",
      "接报时间",
      "反映时间",
      "受理日期时间",
      "来电日期",
      "日期",
      "时间",
      "Received at",
      "Received time",
      "Date received",
      "Receipt time",
      "Date",
      "Time",
    ],
    true,
  ),
  col("channel", "来源渠道", "Channel", "enum", [
    "来源",
    "渠道",
    "受理方式",
    "反映方式",
    "来源方式",
    "受理渠道",
    "Source",
  ]),
  col("customer", "客户姓名", "Customer", "text", [
    "客户",
    "姓名",
    "业主姓名",
    "业主",
    "联系人",
    "Customer name",
    "Name",
    "Owner",
  ]),
  col("phone", "联系电话", "Phone", "text", [
    "电话",
    "手机",
    "手机号",
    "手机号码",
    "联系方式",
    "电话号码",
    "Telephone",
    "Tel",
    "Mobile",
    "Phone no",
  ]),
  col("community", "小区", "Community", "text", ["小区名称", "楼盘", "项目名称", "Estate", "Community name"]),
  col("unit", "房号", "Unit", "text", [
    "房间号",
    "楼号房号",
    "楼栋房号",
    "房屋",
    "门牌号",
    "Unit no",
    "Room",
    "Room no",
    "House no",
  ]),
  col("category", "类别", "Category", "enum", ["类型", "案件类别", "案件类型", "分类", "Type", "Case type"]),
  col("description", "事项内容", "Description", "text", [
    "内容",
    "事项",
    "问题描述",
    "反映内容",
    "投诉内容",
    "情况描述",
    "反映问题",
    "Details",
    "Content",
    "Issue",
  ]),
  col("responsible", "责任单位", "Responsible", "enum", [
    "责任部门",
    "处理单位",
    "责任方",
    "Responsible party",
    "Responsible unit",
  ]),
  col("propertyCompany", "物业公司", "Property company", "text", [
    "物业",
    "物业服务企业",
    "Property management",
    "Property",
  ]),
  col("major", "重大质量问题", "Major", "boolean", [
    "是否重大质量问题",
    "重大问题",
    "重大",
    "Major quality issue",
    "Major issue",
  ]),
  col("notifiedAt", "送达时间", "Notified", "datetime", [
    "送达日期",
    "通知时间",
    "联系单送达时间",
    "书面送达时间",
    "Notified at",
    "Notice delivered",
  ]),
  col("contactFormNo", "联系单号", "Contact form no", "text", [
    "工作联系单号",
    "联系单编号",
    "工作联系单",
    "Contact form",
    "Work order no",
  ]),
  col("agreedAt", "约定完成时间", "Agreed completion", "datetime", [
    "约定完成日期",
    "约定时间",
    "承诺完成时间",
    "Agreed date",
    "Agreed by",
    "Promised by",
  ]),
  col("designIssuedAt", "设计出图时间", "Design issued", "datetime", [
    "出图时间",
    "设计出图日期",
    "出图日期",
    "Drawings issued",
    "Design issued at",
  ]),
  col("completedAt", "完成时间", "Completed", "datetime", [
    "完成日期",
    "处理完成时间",
    "办结时间",
    "整改完成时间",
    "Completed at",
    "Completion",
    "Done",
  ]),
  col("repliedAt", "回复时间", "Replied", "datetime", [
    "回复日期",
    "书面回复时间",
    "Replied at",
    "Reply",
    "Reply date",
  ]),
  col("verification", "验证结果", "Verification", "enum", ["验证", "验收结果", "Verification result", "Verified"]),
  col("followUpAt", "回访时间", "Follow-up", "datetime", ["回访日期", "Follow-up at", "Follow-up date", "Followed up"]),
  col("followUpMethod", "回访方式", "Follow-up method", "enum", ["Follow-up by"]),
  col("satisfaction", "满意度", "Satisfaction", "enum", [
    "客户满意度",
    "回访满意度",
    "回访结果",
    "Satisfaction rating",
  ]),
  col("warrantyWithheld", "质保金扣留", "Warranty withheld", "number", [
    "质保金",
    "扣留质保金",
    "质保金扣款",
    "扣质保金",
    "Warranty retention",
    "Warranty",
  ]),
  col("status", "状态", "Status", "text", ["处理状态", "进度", "处理进度"]),
  col("notes", "备注", "Notes", "text", ["说明", "Remarks", "Note", "Comments"]),
  col("deliveryKind", "送达方式", "Delivery kind", "text", [
    "送达形式",
    "通知方式",
    "联系单送达方式",
    "Delivery",
    "Delivered by",
    "Notice kind",
  ]),
  col("followUpNotes", "回访意见", "Follow-up notes", "text", [
    "回访记录",
    "回访内容",
    "客户意见",
    "业主意见",
    "Follow-up comments",
    "Customer comments",
  ]),
  col("followUpBy", "回访人", "Followed up by", "text", ["回访人员", "回访员", "Follow-up staff", "Caller"]),
  col("contractor", "维修单位", "Contractor", "text", [
    "维修单位名称",
    "施工单位名称",
    "承修单位",
    "维保单位名称",
    "Repair contractor",
    "Contractor name",
  ]),
];

/**
 * 序号, the running number many logs carry instead of a case number: not a column of the template, read only
 * to give ids to a log without 编号 (10月-12).
 */
export const SEQ_COLUMN: ColumnDef = {
  key: "seq",
  zh: "序号",
  en: "Seq",
  aliases: ["顺序号", "行号", "Serial no", "S/N", "Seq no"],
  required: false,
  kind: "text",
};

const SPACES = /[\s\u200b\ufeff]+/g;
const MARKS = /[*＊]/g;
const TRAILING_NOTE = /(?:\([^()]*\)|\[[^[\]]*\]|【[^【】]*】|〔[^〔〕]*〕)+$/;
const PUNCT = /[-_.:;#/\\|·•、，,。'"‘’“”]+/g;

/**
 * The form headers are compared in: NFKC (full-width → half-width), no spaces, lower case, required-marks and
 * trailing notes in brackets removed (`质保金扣留（元）` → `质保金扣留`, `编号*` → `编号`), punctuation dropped
 * (`Follow-up` → `followup`, `Case No.` → `caseno`).
 */
export function normalizeHeader(text: string): string {
  const s = text.normalize("NFKC").toLowerCase().replace(SPACES, "").replace(MARKS, "");
  const stripped = s.replace(TRAILING_NOTE, "");
  // A header that is only a bracketed note ("(编号)") keeps its content.
  return (stripped === "" ? s.replace(/[()[\]【】〔〕]/g, "") : stripped).replace(PUNCT, "");
}

/**
 * The small scorecard fixture (hand-computed in scorecard.test.ts): two companies, March and April 2026.
 *
 * 甲物业 — 春华苑 (500 households) + 秋实苑 (500): 1,000 households. 乙物业 — 夏荷园: 400 households.
 */
import type { Case, Community, ComplianceEntry, Inspection } from "../../../src/core/model";
import { parseIsoMinutes } from "../../../src/core/time";
import { at, makeCase } from "../classify/make-case";

export const communities: Community[] = [
  { name: "春华苑", propertyCompany: "甲物业", households: 500, handoverDate: null, row: 2 },
  { name: "秋实苑", propertyCompany: "甲物业", households: 500, handoverDate: null, row: 3 },
  { name: "夏荷园", propertyCompany: "乙物业", households: 400, handoverDate: null, row: 4 },
];

const 甲 = { propertyCompany: "甲物业", community: "春华苑" };
const 乙 = { propertyCompany: "乙物业", community: "夏荷园" };

export const cases: Case[] = [
  // 甲, March
  makeCase({ id: "A1", ...甲, unit: "1-1-101", category: "complaint", responsible: "property", receivedAt: at("2026-03-02T09:00"),
    verification: "passed", completedAt: at("2026-03-05T10:00"), followUpAt: at("2026-03-06T10:00"), satisfaction: "satisfied" }),
  makeCase({ id: "A2", ...甲, unit: "1-1-101", category: "complaint", responsible: "property", receivedAt: at("2026-03-10T09:00"),
    verification: "failed", completedAt: at("2026-03-20T10:00") }),
  makeCase({ id: "A3", ...甲, category: "repair", responsible: "engineering", receivedAt: at("2026-03-11T09:00"),
    verification: "passed", completedAt: at("2026-03-25T10:00"), followUpAt: at("2026-03-26T10:00"), satisfaction: "basic" }),
  makeCase({ id: "A4", ...甲, category: "repair", responsible: "property", receivedAt: at("2026-03-28T09:00"),
    completedAt: at("2026-04-02T10:00"), followUpAt: at("2026-04-03T10:00"), satisfaction: "unsatisfied" }),
  makeCase({ id: "A5", ...甲, category: "routine", receivedAt: at("2026-03-15T09:00") }),
  makeCase({ id: "A6", ...甲, unit: "2-1-202", category: "complaint", responsible: "property", receivedAt: at("2026-03-30T09:00") }),
  // 甲, April
  makeCase({ id: "A7", ...甲, unit: "1-1-101", category: "complaint", responsible: "property", receivedAt: at("2026-04-20T09:00"),
    verification: "passed", completedAt: at("2026-04-22T10:00"), followUpAt: at("2026-04-23T10:00"), satisfaction: "satisfied" }),
  // 乙, March
  makeCase({ id: "B1", ...乙, unit: "5-1-301", category: "complaint", responsible: "property", receivedAt: at("2026-03-03T09:00"),
    verification: "passed", completedAt: at("2026-03-04T10:00"), followUpAt: at("2026-03-05T10:00"), satisfaction: "satisfied" }),
  makeCase({ id: "B2", ...乙, category: "repair", responsible: "contractor", receivedAt: at("2026-03-04T09:00"),
    completedAt: at("2026-03-09T10:00"), followUpAt: at("2026-03-10T10:00"), satisfaction: "satisfied" }),
  // No company: on no scorecard.
  makeCase({ id: "X1", community: "冬雪城", category: "complaint", receivedAt: at("2026-03-05T09:00") }),
];

export const repeatCaseIds = new Set(["A2"]);

const e = (caseId: string, rule: string, status: ComplianceEntry["status"]): ComplianceEntry => ({
  caseId,
  rule,
  startAt: null,
  dueAt: null,
  stopAt: null,
  status,
  late: null,
});

export const compliance: ComplianceEntry[] = [
  e("A1", "rectify", "met"),
  e("A2", "rectify", "breached"),
  e("A4", "rectify", "overdue"),
  e("A6", "rectify", "open"),
  e("A1", "notify-property", "met"),
  e("A2", "notify-property", "met"),
  e("A6", "notify-property", "unknown"),
  e("A1", "follow-up", "breached"), // other rules do not enter the on-time KPIs
  e("A7", "rectify", "met"),
  e("A7", "notify-property", "met"),
  e("B1", "rectify", "met"),
  e("B1", "notify-property", "met"),
  e("X1", "rectify", "breached"),
];

const day = (iso: string) => parseIsoMinutes(iso)!;
const inspection = (date: string, community: string, propertyCompany: string, deduction: number, row: number): Inspection => ({
  row,
  date: day(date),
  community,
  propertyCompany,
  item: "公共区域卫生",
  problem: "楼道有杂物",
  deduction,
  rectifyBy: null,
  rectifiedAt: null,
});

export const inspections: Inspection[] = [
  inspection("2026-03-15", "春华苑", "甲物业", 3, 2),
  inspection("2026-03-16", "秋实苑", "", 4, 3), // company from the Communities sheet
  inspection("2026-04-15", "春华苑", "甲物业", 2, 4),
];

/**
 * The scorecard's Settings sections: 考核权重 (weights), 考核目标 (targets), 等级 (grade bands).
 * Keys name a KPI by its Chinese name or its id (整改及时率 / rectify-on-time). A bad cell is reported
 * and its default stays in force.
 */
import type { Grade, SettingsDefault, SettingsEntry, SettingsError } from "../model";
import { fold, isSection, keyCell, readShare, valueCell } from "../shared/settings-values";
import { KPI_DEFINITIONS, type KpiDefinition } from "./kpis";
import { DEFAULT_BANDS, DEFAULT_SCORING, type ScoringConfig } from "./scoring";
import { msg } from "../messages";

export const WEIGHT_SECTION = { zh: "考核权重", en: "Scorecard weights" } as const;
export const TARGET_SECTION = { zh: "考核目标", en: "Scorecard targets" } as const;
export const BAND_SECTION = { zh: "等级", en: "Grade bands" } as const;

function formatTarget(def: KpiDefinition, target: number): string {
  return def.kind === "rate" ? `${round(target * 100)}%` : String(target);
}

const round = (x: number): number => Math.round(x * 1e6) / 1e6;

/** A weight or target is the center's own choice; where the KPI itself comes from the manual, the clause is named. */
const centerSource = (kpiSource: string): string =>
  kpiSource === "中心设定" ? "中心设定" : `中心设定（指标依据 ${kpiSource}）`;

const defaultMin = (g: Grade): number => DEFAULT_BANDS.find((b) => b.grade === g)?.min ?? 0;

export function scoringSettingsDefaults(): SettingsDefault[] {
  const rows: SettingsDefault[] = [];
  KPI_DEFINITIONS.forEach((def, i) =>
    rows.push({
      section: WEIGHT_SECTION.zh,
      key: def.zh,
      value: String(def.defaultWeight),
      source: centerSource(def.source),
      note: i === 0 ? "无数据的指标不计，其权重按比例分给其余指标" : "",
    }),
  );
  KPI_DEFINITIONS.forEach((def) =>
    rows.push({
      section: TARGET_SECTION.zh,
      key: def.zh,
      value: formatTarget(def, def.defaultTarget),
      source: def.targetSource ?? centerSource(def.source),
      note: `${def.higherIsBetter ? "越高越好，达标得 100 分，低于目标按比例" : "越低越好，不超过目标得 100 分，超出按 目标÷实际"}${def.kind === "rate" ? "" : "；每月目标，年度乘以有数据的月数"}`,
    }),
  );
  for (const b of DEFAULT_BANDS) {
    if (b.grade === "D") continue;
    rows.push({
      section: BAND_SECTION.zh,
      key: `${b.grade} ${b.zh}`,
      value: String(b.min),
      source: "中心设定",
      note: b.grade === "C" ? "低于 C 为 D 不合格" : `得分 ≥ ${b.min}`,
    });
  }
  return rows;
}

/**
 * 回访率, the one follow-up KPI before complaints and repairs were assessed apart: a row still naming it is
 * reported, since neither a weight nor a target for both together says what either one should be.
 */
const SPLIT_FOLLOW_UP = new Set(["回访率", "follow-up-rate", "follow-uprate"]);

function findKpi(key: string): KpiDefinition | undefined {
  const n = fold(key);
  return KPI_DEFINITIONS.find(
    (d) => n === fold(d.zh) || n === d.id || n === fold(d.en) || n === fold(d.zh + d.id) || n === fold(d.zh + d.en),
  );
}

/** "95%", "95 %", "0.95" and "95" all mean 95 % for a rate target. */
function parseRate(text: string): number | null {
  const share = readShare(text);
  if (share === null) return null;
  if (share.percent) return share.value / 100;
  const n = share.value;
  return n <= 1 ? n : n <= 100 ? n / 100 : null;
}

/** A weight, a threshold or an amount target: a plain decimal (a stray percent sign is read past). */
function parseAmount(text: string): number | null {
  return readShare(text)?.value ?? null;
}

function parseGrade(key: string): Grade | null {
  const n = fold(key);
  for (const b of DEFAULT_BANDS) {
    if (
      n === b.grade.toLowerCase() ||
      n.startsWith(b.grade.toLowerCase() + b.zh) ||
      n === b.zh ||
      n === b.en.toLowerCase()
    )
      return b.grade;
  }
  return null;
}

export function readScoringSettings(entries: readonly SettingsEntry[]): {
  config: ScoringConfig;
  errors: SettingsError[];
} {
  const errors: SettingsError[] = [];
  const kpis = DEFAULT_SCORING.kpis.map((k) => ({ ...k }));
  const weights = new Map<string, { value: number; row: number }>();
  const bandMins = new Map<Grade, { value: number; row: number }>();

  const unknownKey = (e: SettingsEntry, what: string) =>
    errors.push({
      cell: keyCell(e.row),
      message:
        what === "指标" && SPLIT_FOLLOW_UP.has(fold(e.key))
          ? msg("settings.split-follow-up", { key: e.key })
          : msg(what === "指标" ? "settings.unknown-kpi" : "settings.unknown-grade", { key: e.key }),
    });

  for (const e of entries) {
    if (isSection(e.section, WEIGHT_SECTION.zh, WEIGHT_SECTION.en)) {
      const def = findKpi(e.key);
      if (def === undefined) {
        unknownKey(e, "指标");
        continue;
      }
      const w = parseAmount(e.value);
      if (w === null) {
        errors.push({
          cell: valueCell(e.row),
          message: msg("settings.bad-weight", { value: e.value, kept: def.defaultWeight }),
        });
        continue;
      }
      weights.set(def.id, { value: w, row: e.row });
    } else if (isSection(e.section, TARGET_SECTION.zh, TARGET_SECTION.en)) {
      const def = findKpi(e.key);
      if (def === undefined) {
        unknownKey(e, "指标");
        continue;
      }
      const t = def.kind === "rate" ? parseRate(e.value) : parseAmount(e.value);
      // A higher-is-better target of 0 would make every value a full score.
      if (t === null || (def.higherIsBetter && t <= 0)) {
        errors.push({
          cell: valueCell(e.row),
          message: msg(def.kind === "rate" ? "settings.bad-rate-target" : "settings.bad-amount-target", {
            value: e.value,
          }),
        });
        continue;
      }
      kpis.find((k) => k.id === def.id)!.target = t;
    } else if (isSection(e.section, BAND_SECTION.zh, BAND_SECTION.en)) {
      const grade = parseGrade(e.key);
      if (grade === null || grade === "D") {
        if (grade === "D") {
          errors.push({
            cell: keyCell(e.row),
            message: msg("settings.grade-d", {}),
          });
        } else unknownKey(e, "等级");
        continue;
      }
      const v = parseAmount(e.value);
      if (v === null || v <= 0 || v > 100) {
        errors.push({
          cell: valueCell(e.row),
          message: msg("settings.bad-threshold", { value: e.value }),
        });
        continue;
      }
      bandMins.set(grade, { value: v, row: e.row });
    }
  }

  if (weights.size > 0) {
    const merged = kpis.map((k) => weights.get(k.id)?.value ?? k.weight);
    if (merged.every((w) => w === 0)) {
      const row = [...weights.values()][0].row;
      errors.push({
        cell: valueCell(row),
        message: msg("settings.zero-weights", {}),
      });
    } else {
      kpis.forEach((k, i) => (k.weight = merged[i]));
    }
  }

  const bands = DEFAULT_BANDS.map((b) => ({ ...b, min: bandMins.get(b.grade)?.value ?? b.min }));
  const ordered = bands.every((b, i) => i === 0 || b.min < bands[i - 1].min);
  if (bandMins.size > 0 && !ordered) {
    const row = [...bandMins.values()][0].row;
    errors.push({
      cell: valueCell(row),
      message: msg("settings.band-order", { a: defaultMin("A"), b: defaultMin("B"), c: defaultMin("C") }),
    });
  }
  return { config: { kpis, bands: ordered ? bands : DEFAULT_BANDS.map((b) => ({ ...b })) }, errors };
}

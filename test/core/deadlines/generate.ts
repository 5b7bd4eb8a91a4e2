/**
 * Deterministic generated cases for the time-zone probe and the benchmark: every rule gets exercised
 * (referrals, design, major issues, agreed dates, completions, follow-ups, missing and late stops).
 */
import { msg } from "../../../src/core/messages";
import type { Case, Category, Channel, Responsible, Stamp } from "../../../src/core/model";
import { toMinutes, type LocalMinutes } from "../../../src/core/time";

const CATEGORIES: Category[] = ["complaint", "repair", "routine", "suggestion"];
const RESPONSIBLE: Responsible[] = ["property", "engineering", "sales", "design", "contractor"];
const CHANNELS: Channel[] = ["phone", "visit", "letter", "property-referral", "sales-referral"];

/** A small linear congruential generator: the same cases on every machine and run. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function generateCases(n: number, seed = 1): Case[] {
  const r = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  const t0 = toMinutes({ year: 2025, month: 1, day: 1, hour: 0, minute: 0 });
  const span = 2 * 365 * 1440;
  const later = (from: LocalMinutes, maxDays: number): Stamp | null =>
    r() < 0.15 ? null : { at: from + Math.floor(r() * maxDays * 1440), dateOnly: r() < 0.1 };
  const out: Case[] = [];
  for (let i = 0; i < n; i++) {
    const received = t0 + Math.floor(r() * span);
    const notified = later(received, 2);
    const completed = later(received, 12);
    out.push({
      id: `G${i}`,
      row: i + 2,
      receivedAt: { at: received, dateOnly: false },
      channel: pick(CHANNELS),
      customer: "",
      phone: "",
      community: "",
      unit: "",
      category: pick(CATEGORIES),
      categorySource: "column",
      description: "",
      responsible: pick(RESPONSIBLE),
      propertyCompany: pick(["海景物业", "山景物业", "城南物业"]),
      major: r() < 0.1,
      notifiedAt: notified,
      contactFormNo: "",
      agreedAt: r() < 0.3 ? { at: received + Math.floor(r() * 10) * 1440, dateOnly: r() < 0.5 } : null,
      designIssuedAt: notified ? later(notified.at, 8) : null,
      completedAt: completed,
      repliedAt: later(received, 5),
      verification: null,
      followUpAt: completed ? later(completed.at, 5) : null,
      followUpMethod: null,
      satisfaction: null,
      followUpNotes: "",
      followUpBy: "",
      warrantyWithheld: null,
      status: "",
      notes: "",
      invalid: r() < 0.02 ? { completedAt: msg("cell.not-a-date", { value: "下周" }) } : {},
    });
  }
  return out;
}

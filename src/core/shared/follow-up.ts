import type { Case } from "../model";

/**
 * Whether the center followed the case up (§9.3). A follow-up time, a method or a satisfaction answer
 * each show that it happened; a follow-up time cell the reader could not parse still shows it.
 */
export function isFollowedUp(c: Case): boolean {
  return (
    c.followUpAt !== null || c.followUpMethod !== null || c.satisfaction !== null || c.invalid.followUpAt !== undefined
  );
}

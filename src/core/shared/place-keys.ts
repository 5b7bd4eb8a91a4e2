/**
 * How places are compared: the community names and unit numbers clerks type, so that full-width forms,
 * stray spaces and dash variants do not make a new community or a new unit.
 */

/** How community names are compared: full-width forms and stray spaces do not make a new community. */
export function communityKey(name: string): string {
  return name.normalize("NFKC").replace(/\s+/g, "");
}

/** communityKey with a memo: a log has a handful of community spellings and a great many rows. */
export function communityKeyCache(): (name: string) => string {
  const memo = new Map<string, string>();
  return (name) => {
    let key = memo.get(name);
    if (key === undefined) memo.set(name, (key = communityKey(name)));
    return key;
  };
}

/** Unit numbers as clerks type them: "3－2－501", "3 - 2 - 501" and "3-2-501" are one unit. */
export function unitKey(unit: string): string {
  // Most units are already plain ("3-2-501"): skip the normalisation, which allocates.
  if (/^[0-9a-z-]*$/.test(unit)) return unit;
  return unit
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(/[‐‑‒–—―−]/g, "-")
    .toLowerCase();
}

/** Light or dark, from Office's theme colours (inside Excel) or the browser's preference (preview). */
export function isDarkColour(hex: string | undefined | null): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? "");
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16) / 255);
  // Rec. 709 relative luminance is enough to tell Office's dark themes from its light ones.
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

export function previewTheme(search: string, prefersDark: boolean): "light" | "dark" {
  const asked = new URLSearchParams(search).get("theme");
  if (asked === "dark" || asked === "light") return asked;
  return prefersDark ? "dark" : "light";
}

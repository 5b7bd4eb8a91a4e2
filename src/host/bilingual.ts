/**
 * The Office layer's messages carry both languages as "中文。/ English." (a ribbon command and the pane each
 * show the user's half). The English half starts after a slash followed by a space and a Latin letter, so a
 * slash inside the Chinese text (类别/问题类型) never splits it.
 */
const SEPARATOR = /\s*\/\s+(?=[A-Za-z"“(])/;

export function messageHalves(message: string): { zh: string; en: string } {
  const at = message.search(SEPARATOR);
  if (at < 0) return { zh: message, en: message };
  const rest = message.slice(at).replace(SEPARATOR, "");
  return { zh: message.slice(0, at).trim(), en: rest.trim() };
}

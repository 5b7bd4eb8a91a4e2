/**
 * Whether this page runs inside an Office host. Shared by office-loader.js and preview-boot.js, which
 * each need the answer before the other may have run.
 */

/** The same signs office.js itself reads to find its host (see _retrieveHostInfo in office.debug.js). */
export function insideOffice(): boolean {
  const search = window.location.search;
  if (/[?&]preview(?:[=&]|$)/.test(search)) return false;
  if (/[?&#]_host_Info=/i.test(search + window.location.hash)) return true;
  try {
    const ext = window.external as unknown as { GetHostInfo?: unknown } | undefined;
    if (ext && typeof ext.GetHostInfo !== "undefined") return true;
  } catch {
    // Some hosts throw on reading window.external; not Office then.
  }
  const w = window as unknown as { agaveHost?: unknown; webkit?: { messageHandlers?: Record<string, unknown> } };
  if (w.agaveHost || w.webkit?.messageHandlers?.Agave) return true;
  if (/hostInfo/.test(window.name)) return true;
  try {
    if (window.sessionStorage.getItem("hostInfoValue")) return true;
  } catch {
    // Storage may be blocked in a sandboxed frame.
  }
  // Office on the web hosts the pane in a frame.
  try {
    return window.top !== window;
  } catch {
    return true;
  }
}

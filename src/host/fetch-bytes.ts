/** A workbook's bytes from this add-in's own origin (the preview's sample): the page, its boot script and the worker all fetch this way. */
export async function fetchSameOrigin(url: string, signal?: AbortSignal): Promise<Uint8Array> {
  const res = await fetch(url, { signal, credentials: "same-origin" });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

/**
 * Where the add-in is served: the dev server's https://localhost:3000/ unless ADDIN_URL names the
 * company's own static https host (`ADDIN_URL=https://host/path/ npm run build`). The manifest in
 * dist/ then names that address only: pages, icons, the function file and the app domain.
 */
const DEV_URL = "https://localhost:3000/";

/** The address as the manifest will use it (always ending in "/"), or an Error saying what is wrong. */
function normaliseAddinUrl(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    return new Error(`ADDIN_URL "${raw}" is not an absolute address (e.g. https://addins.example.com/casebook/).`);
  }
  if (url.protocol !== "https:") return new Error(`ADDIN_URL must be https (Office loads add-ins only over https): ${raw}`);
  if (url.search || url.hash) return new Error(`ADDIN_URL must not carry a query or a fragment: ${raw}`);
  if (url.username || url.password) return new Error(`ADDIN_URL must not carry a user name or password: ${raw}`);
  const path = url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`;
  return `${url.origin}${path}`;
}

/** manifest.xml with every dev-server address replaced by `base` (normalised), the app domain by its origin. */
function manifestFor(xml, base) {
  const origin = new URL(base).origin;
  const xmlText = (s) => s.replace(/&/g, "&amp;").replace(/'/g, "&apos;");
  return xml
    .replace(/<AppDomain>https:\/\/localhost:3000<\/AppDomain>/g, `<AppDomain>${xmlText(origin)}</AppDomain>`)
    .split(DEV_URL)
    .join(xmlText(base));
}

module.exports = { DEV_URL, normaliseAddinUrl, manifestFor };

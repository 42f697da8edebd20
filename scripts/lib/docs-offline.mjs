// The docs must work offline: a page that pulls a font, a stylesheet, a script or an image from
// the network renders differently (or not at all) without one. This finds such references in
// the markup and CSS of a page; the browser test then checks what the page really requests.

const PATTERNS = [
  /<link\b[^>]*\bhref\s*=\s*["']?((?:https?:)?\/\/[^"'\s>]+)/gi,
  /<(?:script|img|iframe|source|video|audio)\b[^>]*\bsrc\s*=\s*["']?((?:https?:)?\/\/[^"'\s>]+)/gi,
  /@import\s+(?:url\()?\s*["']?((?:https?:)?\/\/[^"')\s;]+)/gi,
  /\burl\(\s*["']?((?:https?:)?\/\/[^"')\s]+)/gi,
  /((?:https?:)?\/\/fonts\.(?:googleapis|gstatic)\.com[^"'\s)]*)/gi,
];

/** Every remote URL the page's markup or CSS would load (links to other sites are fine). */
export function remoteResources(html) {
  const found = new Set();
  for (const pattern of PATTERNS) {
    for (const match of html.matchAll(pattern)) found.add(match[1]);
  }
  for (const match of html.matchAll(FORBIDDEN_HOSTS)) found.add(match[0]);
  return [...found];
}

const svg = (width, body) =>
  `data:image/svg+xml;base64,${Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" viewBox="0 0 ${width} 20">${body}</svg>`).toString("base64")}`;
const MARK =
  '<rect width="20" height="20" rx="4" fill="#0044d4"/><text x="10" y="15" font-family="sans-serif" font-size="13" font-weight="700" fill="#fff" text-anchor="middle">R</text>';

/**
 * Remote images Redoc 3's bundle loads by itself: the "API docs by Redocly" attribution in the
 * sidebar is an <img> from cdn.redoc.ly, shown whatever the options. We keep the attribution and
 * serve the logo as a data: URI instead.
 */
export const BUNDLED_REMOTE_ASSETS = {
  "https://cdn.redoc.ly/redoc/logo-mini-full.svg": svg(
    84,
    `${MARK}<text x="25" y="15" font-family="sans-serif" font-size="13" font-weight="700" fill="#0044d4">Redocly</text>`,
  ),
  "https://cdn.redoc.ly/redoc/logo-mini.svg": svg(20, MARK),
};

/** An empty inline icon, so that the browser does not ask the server for /favicon.ico. */
export const FAVICON_LINK = '<link rel="icon" href="data:,">';

/** The page with every known bundled remote asset replaced by its inline copy, and the inline icon. */
export function inlineBundledAssets(html) {
  let out = html;
  for (const [url, data] of Object.entries(BUNDLED_REMOTE_ASSETS)) out = out.replaceAll(url, data);
  return out.includes(FAVICON_LINK) ? out : out.replace(/<head>/i, `<head>\n  ${FAVICON_LINK}`);
}

/** Asset hosts that must not appear in a built page at all (Redoc's CDNs). */
export const FORBIDDEN_HOSTS = /https?:\/\/cdn\.redoc(?:ly)?\.(?:ly|com)\/redoc\/[^`"'\s)]*/g;

// _headers for Netlify and Cloudflare Pages. Hosts merge every rule that matches a path and
// join a header set twice, so each header is set by exactly one rule per path: the security
// headers on /*, and Content-Security-Policy plus Cache-Control on one rule per top-level entry.

export const SECURITY_HEADERS: Record<string, string> = {
  "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
  "X-Frame-Options": "DENY",
};

/** The CSP of pages that run no script but the compare page's own file. */
export function contentSecurityPolicy(options: { wasm: boolean }): string {
  return [
    "default-src 'none'",
    `script-src 'self'${options.wasm ? " 'wasm-unsafe-eval'" : ""}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    ...(options.wasm ? ["worker-src 'self'"] : []),
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join("; ");
}

export const CACHE_HTML = "public, max-age=0, must-revalidate";
export const CACHE_IMMUTABLE = "public, max-age=31536000, immutable";

export interface HeaderRule {
  path: string;
  headers: Record<string, string>;
}

/**
 * One rule per top-level entry of the output (`/certifications/*`, `/index.html`...), so no
 * two rules set the same header for one path. `entries` are names in the output root.
 */
export function headerRules(entries: { name: string; dir: boolean }[], prefix: string): HeaderRule[] {
  const rules: HeaderRule[] = [{ path: `${prefix}*`, headers: SECURITY_HEADERS }];
  const page = (wasm: boolean) => ({ "Content-Security-Policy": contentSecurityPolicy({ wasm }), "Cache-Control": CACHE_HTML });
  rules.push({ path: prefix, headers: page(false) });
  for (const { name, dir } of [...entries].sort((a, b) => a.name.localeCompare(b.name))) {
    if (name.startsWith("_")) continue; // _headers and _redirects are read by the host, never served
    if (name === "assets") rules.push({ path: `${prefix}assets/*`, headers: { "Cache-Control": CACHE_IMMUTABLE } });
    // Pagefind's worker compiles WebAssembly under its own response's policy, so its folder
    // needs 'wasm-unsafe-eval' as much as the search page does.
    else if (dir) rules.push({ path: `${prefix}${name}/*`, headers: page(name === "search" || name === "pagefind") });
    else rules.push({ path: `${prefix}${name}`, headers: page(false) });
  }
  return rules;
}

export function renderHeaders(rules: HeaderRule[]): string {
  return rules.map((r) => [r.path, ...Object.entries(r.headers).map(([k, v]) => `  ${k}: ${v}`)].join("\n")).join("\n\n") + "\n";
}

/**
 * Read a `_headers` file back: a path line, then indented `Name: value` lines; `#` starts a
 * comment. Used by the nginx configuration and by the test server, so both read it one way.
 */
export function parseHeadersFile(text: string): { path: string; headers: [string, string][] }[] {
  const rules: { path: string; headers: [string, string][] }[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(":");
    const rule = rules.at(-1);
    if (!rule || colon < 0) throw new Error(`_headers: cannot read line ${JSON.stringify(line)}`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

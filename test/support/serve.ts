// A real static HTTP server for a built folder, on 127.0.0.1 and a free port, behaving like a
// static host: `/x/` serves x/index.html, `/x` redirects to `/x/`, misses get 404.html with
// status 404, and a Netlify-style `_headers` file adds its headers (so CSP is really enforced).
import { createReadStream, existsSync, readFileSync } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { parseHeadersFile as readHeaders } from "../../src/lib/hosting/headers.ts";

/**
 * A strict policy for tests to send when the site's own `_headers` sets none, so a page that
 * needs inline script or style fails in tests rather than on a strict host.
 * 'wasm-unsafe-eval' is for Pagefind's WebAssembly.
 */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

export interface ServeOptions {
  /** Serve the folder below this path, e.g. "/certs/"; default "/". */
  prefix?: string;
  /** Headers for every response unless a `_headers` rule sets the same header. */
  headers?: Record<string, string>;
}

export interface Served {
  /** Base URL including the prefix, e.g. http://127.0.0.1:40123/certs/ */
  url: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".wasm": "application/wasm",
  ".xml": "application/xml",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".ics": "text/calendar; charset=utf-8",
  // Pagefind's index files are binary (compressed), whatever their extension suggests.
  ".pf_meta": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pagefind": "application/octet-stream",
};

export const contentType = (file: string): string => TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";

export interface HeaderRule {
  pattern: RegExp;
  headers: [string, string][];
}

/**
 * Netlify's `_headers`, read by the site's own parser, with each path turned into a pattern:
 * `*` matches anything, `:name` one segment.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  return readHeaders(text).map(({ path: rulePath, headers }) => {
    const source = rulePath
      .split(/(\*|:[A-Za-z_]\w*)/)
      .map((part) => (part === "*" ? ".*" : part.startsWith(":") ? "[^/]+" : part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")))
      .join("");
    return { pattern: new RegExp(`^${source}$`), headers };
  });
}

export async function serve(dir: string, options: ServeOptions = {}): Promise<Served> {
  const root = path.resolve(dir);
  const prefix = `/${(options.prefix ?? "/").replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
  const headersFile = path.join(root, "_headers");
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, "utf8")) : [];
  const notFound = path.join(root, "404.html");

  // Every matching rule adds its headers, in file order; fallbacks fill in what no rule set.
  const addHeaders = (res: ServerResponse, sitePath: string, fullPath: string) => {
    const set = new Set<string>();
    for (const rule of rules)
      if (rule.pattern.test(sitePath) || rule.pattern.test(fullPath))
        for (const [name, value] of rule.headers) {
          res.appendHeader(name, value);
          set.add(name.toLowerCase());
        }
    for (const [name, value] of Object.entries(options.headers ?? {})) if (!set.has(name.toLowerCase())) res.setHeader(name, value);
  };

  const send = async (res: ServerResponse, status: number, file: string, head: boolean) => {
    const info = await stat(file);
    res.writeHead(status, { "Content-Type": contentType(file), "Content-Length": info.size });
    if (head) return void res.end();
    createReadStream(file).pipe(res);
  };

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const fullPath = decodeURIComponent(url.pathname);
      const inside = fullPath.startsWith(prefix);
      const sitePath = inside ? `/${fullPath.slice(prefix.length)}` : fullPath;
      addHeaders(res, sitePath, fullPath);
      if (req.method !== "GET" && req.method !== "HEAD") {
        res.writeHead(405, { Allow: "GET, HEAD" });
        return void res.end();
      }
      const head = req.method === "HEAD";
      if (`${fullPath}/` === prefix) {
        res.writeHead(301, { Location: `${prefix}${url.search}` });
        return void res.end();
      }

      // Resolve inside the folder only: "..", NUL, anything outside the prefix and the host's
      // own config files (as on Netlify) are misses.
      const file = path.join(root, sitePath.endsWith("/") ? `${sitePath}index.html` : sitePath);
      const hidden = sitePath === "/_headers" || sitePath === "/_redirects";
      const safe = inside && !hidden && !fullPath.includes("\0") && (file === root || file.startsWith(root + path.sep));
      const info = safe ? await stat(file).catch(() => null) : null;
      if (info?.isFile()) return await send(res, 200, file, head);
      if (info?.isDirectory() && existsSync(path.join(file, "index.html"))) {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
        return void res.end();
      }
      if (existsSync(notFound)) return await send(res, 404, notFound, head);
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("Not found\n");
    } catch (err) {
      // A malformed %-escape is the client's fault; anything else is a bug worth seeing.
      const status = err instanceof URIError ? 400 : 500;
      if (!res.headersSent) res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8" });
      res.end(status === 400 ? "Bad request\n" : `Server error: ${(err as Error).message}\n`);
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections(); // keep-alive connections from the browser would hold it open
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

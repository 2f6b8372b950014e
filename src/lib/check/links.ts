// Every internal link and asset must name a file in the output, inside the path prefix, and a
// #fragment must name an id on the target page. External http(s) URLs are not fetched.
import type { Page } from "./html.ts";
import type { Report } from "./problems.ts";
import type { SiteFiles } from "./files.ts";
import { isJavascriptUrl, normaliseUrl, urlsOf } from "./urls.ts";

/** A made-up origin: relative links resolve against it, and anything else is external. */
const ORIGIN = "https://site.invalid";

export interface LinkContext {
  site: SiteFiles;
  /** Normalised: "/" or "/certs/". */
  prefix: string;
  /** Ids of another page, parsed on first use. */
  idsOf: (file: string) => Promise<Set<string>>;
}

/** The URL a page is served at: `certifications/index.html` under `/certs/`. */
export function pageUrl(file: string, prefix: string): URL {
  return new URL(prefix + file.split("/").map(encodeURIComponent).join("/"), ORIGIN);
}

export async function checkLinks(file: string, page: Page, ctx: LinkContext, report: Report): Promise<void> {
  let base = pageUrl(file, ctx.prefix);
  const baseHref = page.elements.find((e) => e.tag === "base" && e.attrs.has("href"))?.attrs.get("href");
  if (baseHref !== undefined) {
    try {
      base = new URL(normaliseUrl(baseHref), base);
    } catch {
      report(`<base href="${baseHref}"> is not a valid URL`);
    }
  }
  for (const el of page.elements) {
    if (el.tag === "base") continue;
    for (const { where, url } of urlsOf(el)) {
      if (isJavascriptUrl(url)) continue; // the CSP check reports these
      await checkOne(file, page, `${where} "${url}"`, normaliseUrl(url), base, ctx, report);
    }
  }
}

async function checkOne(file: string, page: Page, what: string, raw: string, base: URL, ctx: LinkContext, report: Report) {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return report(`${what} is not a valid URL`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return; // mailto:, tel:, data:
  if (url.origin !== ORIGIN) return; // external: not fetched

  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return report(`${what} has a malformed %-escape`);
  }
  if (!pathname.startsWith(ctx.prefix)) return report(`${what} is outside the path prefix ${ctx.prefix}`);

  const rel = pathname.slice(ctx.prefix.length);
  const target = rel === "" || rel.endsWith("/") ? `${rel}index.html` : rel;
  if (!ctx.site.files.has(target)) {
    if (ctx.site.dirs.has(rel)) return report(`${what} points to a folder without a trailing slash (write ${pathname}/)`);
    return report(`${what} is a broken link: no file ${target} in the output`);
  }

  const fragment = url.hash.slice(1);
  if (!fragment || !target.endsWith(".html")) return;
  let id: string;
  try {
    id = decodeURIComponent(fragment);
  } catch {
    return report(`${what} has a malformed %-escape in its fragment`);
  }
  const ids = target === file ? page.ids : await ctx.idsOf(target);
  // "#top" scrolls to the top of any page (HTML standard), so it needs no id.
  if (!ids.has(id) && id.toLowerCase() !== "top") report(`${what} points to #${id}, but ${target} has no element with id="${id}"`);
}

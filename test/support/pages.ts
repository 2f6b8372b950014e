// One page of each template, found by following links on the served site, so browser tests
// and screenshots cover new page types as they are added without being told about them.
import { parse } from "parse5";

export interface TemplatePage {
  /** For file names and test names: "home", "certifications-iso-9001", "404". */
  name: string;
  /** Path below the site's prefix, e.g. "certifications/iso-9001/" ("" for the home page). */
  path: string;
}

export interface Discovery {
  pages: TemplatePage[];
  /** Pages every build must have that did not answer 200. */
  missing: string[];
}

type Node = { tagName?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; content?: Node };

/** Every <a href> on a page, in document order. */
function hrefs(html: string): string[] {
  const out: string[] = [];
  const visit = (node: Node) => {
    if (node.tagName === "a") {
      const href = node.attrs?.find((a) => a.name === "href")?.value;
      if (href !== undefined) out.push(href);
    }
    for (const child of node.childNodes ?? []) visit(child);
    if (node.content) visit(node.content);
  };
  visit(parse(html) as unknown as Node);
  return out;
}

export const pageName = (p: string): string => p.replace(/\.html$/, "").replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "").toLowerCase() || "home";

/** Pages sharing a template share a key: the last segment of a nested path becomes "*". */
const templateKey = (p: string): string => {
  const parts = p.split("/").filter(Boolean);
  return parts.length >= 2 ? `${parts.slice(0, -1).join("/")}/*` : parts.join("/");
};

/**
 * `base` is the served site's URL with its prefix ("http://127.0.0.1:1234/certs/"). The fixed
 * list comes first (required, then optional if present); then every other template linked
 * from the home page and /certifications/, one page each.
 */
export async function discoverPages(base: string): Promise<Discovery> {
  const fetchPage = async (p: string) => {
    const res = await fetch(new URL(p, base), { redirect: "manual" });
    return res.status === 200 ? await res.text() : null;
  };
  // Internal page links, as paths below the prefix; assets, external and Pagefind links dropped.
  const linksOn = (html: string | null, from: string) =>
    hrefs(html ?? "").flatMap((href) => {
      const url = new URL(href, new URL(from, base));
      const rel = url.href.startsWith(base) ? url.href.slice(base.length).replace(/[?#].*$/, "") : null;
      if (rel === null || rel.startsWith("pagefind/") || !/(^|\/|\.html)$/.test(rel)) return [];
      return [rel];
    });

  const pages: TemplatePage[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const add = (p: string) => {
    seen.add(templateKey(p));
    pages.push({ name: pageName(p), path: p });
  };
  const html = new Map<string, string | null>();
  const get = async (p: string) => {
    if (!html.has(p)) html.set(p, await fetchPage(p));
    return html.get(p)!;
  };
  const required = async (p: string) => ((await get(p)) === null ? missing.push(p) : add(p));
  const firstChild = async (list: string) => {
    const child = linksOn(await get(list), list).find((l) => l.startsWith(list) && l !== list && templateKey(l) === `${list}*`);
    if (child) await required(child);
    else if ((await get(list)) !== null) missing.push(`${list}* (no page linked from /${list})`);
  };

  await required("");
  for (const list of ["certifications/", "issuers/", "guides/", "careers/"]) {
    await required(list);
    await firstChild(list);
  }
  for (const p of ["compare/", "about/", "search/", "check/", "deadlines/", "404.html"]) if (!seen.has(templateKey(p)) && (await get(p)) !== null) add(p);
  // Browse pages (category, kind, status, ...) and anything else new, one per template.
  for (const from of ["", "certifications/"])
    for (const link of linksOn(await get(from), from))
      if (!seen.has(templateKey(link)) && (await get(link)) !== null) add(link);
  return { pages, missing };
}

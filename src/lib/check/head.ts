// What every page needs in its head for people, search engines and screen readers: a
// language, a title, a description and one absolute canonical URL.
import { hasToken, type Page } from "./html.ts";
import type { Report } from "./problems.ts";

export function checkHead(page: Page, report: Report): void {
  const html = page.elements.filter((e) => e.html);
  const root = html.find((e) => e.tag === "html");
  if (!root?.attrs.get("lang")?.trim()) report("<html> has no lang attribute");

  const title = html.find((e) => e.tag === "title");
  if (!title) report("no <title>");
  else if (!title.text.trim()) report("<title> is empty");

  const description = html.find((e) => e.tag === "meta" && e.attrs.get("name")?.toLowerCase() === "description");
  if (!description) report('no <meta name="description">');
  else if (!description.attrs.get("content")?.trim()) report('<meta name="description"> has no content');

  const canonicals = html.filter((e) => e.tag === "link" && hasToken(e.attrs.get("rel"), "canonical"));
  if (canonicals.length === 0) report('no <link rel="canonical">');
  if (canonicals.length > 1) report(`${canonicals.length} <link rel="canonical"> elements; a page has one`);
  for (const link of canonicals) {
    const href = link.attrs.get("href") ?? "";
    if (!isAbsoluteHttp(href)) report(`<link rel="canonical" href="${href}"> is not an absolute http(s) URL`);
  }
}

function isAbsoluteHttp(href: string): boolean {
  try {
    const url = new URL(href.trim()); // no base: relative URLs throw
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

// Markdown for data and guides. Raw HTML is never rendered (it comes out as text), and
// links from data become links only when they are http(s): no javascript:, data: or file:.
import MarkdownIt from "markdown-it";
import anchor from "markdown-it-anchor";
import { slugify } from "./format/slug.ts";

const HTTP_LINK = /^https?:\/\//i;

/** For record descriptions: no raw HTML, no images, only absolute http(s) links. */
export function createDataMarkdown() {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: true });
  md.validateLink = (url) => HTTP_LINK.test(url.trim());
  md.disable("image");
  return md;
}

/**
 * For the site's own guides: no raw HTML; relative links allowed, dangerous schemes refused.
 * Headings get ids, so pages can link to a section and search can point into one.
 */
export function createGuideMarkdown() {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: true }).use(anchor, { level: 2, slugify });
  const defaultValidate = md.validateLink.bind(md);
  md.validateLink = (url) => defaultValidate(url) && (HTTP_LINK.test(url.trim()) || !/^[a-z][a-z0-9+.-]*:/i.test(url.trim()));
  return md;
}

const dataMarkdown = createDataMarkdown();

export function renderDataMarkdown(source: string): string {
  return dataMarkdown.render(source);
}

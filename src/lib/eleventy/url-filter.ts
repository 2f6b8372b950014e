// Eleventy's `url` filter, for the call every page makes: a root-relative path. Eleventy first
// tries `new URL(path)`, which throws for every such path, and the throw is most of its cost
// (over a second at 10,000 records, two calls a page). A path starting with one "/" can never
// be an absolute URL, so here it goes straight to Eleventy's own prefixing; anything else (an
// absolute URL, "//host", a relative path, a path prefix passed in) is Eleventy's filter's.
import path from "node:path";

/** Eleventy's normalizeUrlPath: join, then one trailing slash at most. */
const normalize = (...parts: string[]) => path.posix.join(...parts).replace(/\/+$/, "/");

/** What Eleventy's url filter returns for a root-relative `url` under `pathPrefix`. */
export function prefixRootPath(url: string, pathPrefix: string): string {
  const normUrl = normalize(url);
  const root = normalize("/", pathPrefix);
  if (normUrl === "/" || normUrl === root) return root.endsWith("/") ? root : `${root}/`;
  return normalize("/", pathPrefix, url);
}

const isRootPath = (url: unknown): url is string => typeof url === "string" && url.startsWith("/") && !url.startsWith("//");

export default function urlFilterPlugin(eleventyConfig: any, { pathPrefix }: { pathPrefix: string }): void {
  const eleventyUrl = eleventyConfig.getFilter("url");
  eleventyConfig.addFilter("url", function (this: unknown, url: unknown, prefixOverride?: unknown) {
    return prefixOverride === undefined && isRootPath(url) ? prefixRootPath(url, pathPrefix) : eleventyUrl.call(this, url, prefixOverride);
  });
}

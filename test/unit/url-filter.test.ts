import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { prefixRootPath } from "../../src/lib/eleventy/url-filter.ts";
// Eleventy's own url filter (not exported by the package), the behaviour the fast path must keep.
const ELEVENTY_URL = new URL("../../node_modules/@11ty/eleventy/src/Filters/Url.js", import.meta.url).href;
const { default: eleventyUrl } = (await import(ELEVENTY_URL)) as { default: (url: string, pathPrefix: string) => string };

describe("url filter fast path", () => {
  const paths = ["/", "/certifications/", "/certifications/iso-9001/", "/feed.xml", "/api/compare/", "/a//b/", "/a/./b/", "/a/../b", "/compare/?c=x", "/x/y", "/certs", "/certs/", "/certs/x/", "/deadlines/#iso-27001-2013"];
  for (const prefix of ["/", "/certs/", "/certs", "/a/b/"])
    it(`gives what Eleventy's filter gives under the prefix ${prefix}`, () => {
      for (const p of paths) assert.equal(prefixRootPath(p, prefix), eleventyUrl(p, prefix), `${p} under ${prefix}`);
    });
  it("prefixes a page's address under a path prefix", () => {
    assert.equal(prefixRootPath("/certifications/iso-9001/", "/certs/"), "/certs/certifications/iso-9001/");
    assert.equal(prefixRootPath("/", "/certs/"), "/certs/");
  });
});

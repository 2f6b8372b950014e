import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import Eleventy from "@11ty/eleventy";
import urlFilter, { prefixRootPath } from "../../src/lib/eleventy/url-filter.ts";
// Eleventy's own url filter (not exported by the package), the behaviour the fast path must keep.
const ELEVENTY_URL = new URL("../../node_modules/@11ty/eleventy/src/Filters/Url.js", import.meta.url).href;
const { default: eleventyUrl } = (await import(ELEVENTY_URL)) as { default: (url: string, pathPrefix: string) => string };

describe("url filter fast path", () => {
  const paths = ["/", "/certifications/", "/certifications/iso-9001/", "/feed.xml", "/api/compare/", "/a//b/", "/a/./b/", "/a/../b", "/compare/?c=x", "/x/y", "/certs", "/certs/", "/certs/x/", "/deadlines/#iso-27001-2013"];
  for (const prefix of ["/", "/certs/", "/certs", "/a/b/"])
    it(`gives what Eleventy's filter gives under the prefix ${prefix}`, () => {
      for (const p of paths) assert.equal(prefixRootPath(p, prefix), eleventyUrl(p, prefix), `${p} under ${prefix}`);
    });

  const dirs: string[] = [];
  after(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  /** Render one template in a real Eleventy run, noting every root path handed to `new URL` on its own. */
  async function render(template: string, plugin: boolean): Promise<{ content: string; parsed: string[] }> {
    const dir = await mkdtemp(path.join(os.tmpdir(), "ccc-url-filter-"));
    dirs.push(dir);
    await writeFile(path.join(dir, "index.njk"), template);
    const parsed: string[] = [];
    const RealURL = globalThis.URL;
    globalThis.URL = class extends RealURL {
      constructor(url: string | URL, base?: string | URL) {
        if (base === undefined && typeof url === "string" && url.startsWith("/")) parsed.push(url);
        super(url, base);
      }
    } as typeof URL;
    try {
      const config = (cfg: any) => void (plugin && cfg.addPlugin(urlFilter, { pathPrefix: "/certs/" }));
      // pathPrefix and config are Eleventy options its type declarations leave out.
      const options = { quietMode: true, pathPrefix: "/certs/", config } as ConstructorParameters<typeof Eleventy>[2];
      const run = new Eleventy(dir, path.join(dir, "_site"), options);
      // toJSON renders without writing; Eleventy's type declarations leave it out.
      const [page] = await (run as unknown as { toJSON(): Promise<{ content: string }[]> }).toJSON();
      return { content: page!.content, parsed };
    } finally {
      globalThis.URL = RealURL;
    }
  }

  it("replaces Eleventy's filter in a real run: a root path is not parsed as a URL first", async () => {
    const template = `{{ "/x/" | url }}|{{ "https://example.org/a" | url }}|{{ "//cdn.example/z" | url }}|{{ "rel/y" | url }}|{{ "/x/" | url("/other/") }}`;
    const expected = "/certs/x/|https://example.org/a|//cdn.example/z|rel/y|/other/x/";
    const without = await render(template, false);
    assert.equal(without.content, expected);
    assert.ok(without.parsed.includes("/x/"), "Eleventy's own filter parses the root path (the cost the plugin removes)");
    const withPlugin = await render(template, true);
    assert.equal(withPlugin.content, expected, "the same output; other inputs still go to Eleventy's filter");
    assert.deepEqual(withPlugin.parsed.filter((u) => u === "/x/"), ["/x/"], "only the call with a prefix of its own reaches Eleventy's filter");
  });
});

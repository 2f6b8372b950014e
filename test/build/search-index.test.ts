// The search index as the build writes it: which pages Pagefind reads, and index chunks small
// enough that a query for a rare word downloads little.
import assert from "node:assert/strict";
import { mkdir, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, it } from "node:test";
import { INDEX_CHUNK_SIZE, SearchIndexRun, globFor, isSearchable } from "../../src/lib/eleventy/search-index.ts";
import { tempDir } from "../support/build.ts";

describe("globFor", () => {
  it("turns each searchable page's folder into a wildcard within its parent", () => {
    assert.equal(globFor(["certifications/a/index.html", "certifications/b/index.html"]), "certifications/*/index.html");
    assert.equal(
      globFor(["issuers/x/index.html", "certifications/a/index.html", "guides/g/index.html", "index.html"]),
      "{certifications/*/index.html,guides/*/index.html,index.html,issuers/*/index.html}",
    );
  });

  it("falls back to every HTML file when a path holds glob syntax, or nothing is marked", () => {
    assert.equal(globFor(["certifications/a{b}/index.html"]), "**/*.html");
    assert.equal(globFor(["notes/[draft]/index.html"]), "**/*.html");
    assert.equal(globFor([]), "**/*.html");
  });
});

describe("isSearchable", () => {
  it("is true only for a page whose <main> carries data-pagefind-body", () => {
    assert.ok(isSearchable('<html><body><main id="main" class="wrap" data-pagefind-body><h1>A</h1></main></body></html>'));
    assert.ok(!isSearchable('<html><body><main id="main"><p>data-pagefind-body is how a page joins the index</p></main></body></html>'));
    assert.ok(!isSearchable('<html><body><div data-pagefind-body></div></body></html>'));
    assert.ok(!isSearchable('<html><body><mainframe data-pagefind-body></mainframe></body></html>'));
  });
});

describe("the search index", () => {
  const page = (title: string, body: string, marked = true) =>
    `<!doctype html><html lang="en"><head><title>${title}</title></head><body><nav>Menu words</nav><main${marked ? " data-pagefind-body" : ""}><h1>${title}</h1><p>${body}</p></main></body></html>`;

  it(`reads only the noted pages and holds at most about ${INDEX_CHUNK_SIZE} word locations per chunk`, async () => {
    // Three pages of 2,000 different words each: 6,003 postings, one chunk at Pagefind's default.
    const site = await tempDir("pagefind");
    const run = new SearchIndexRun();
    for (const p of [0, 1, 2]) {
      const words = Array.from({ length: 2000 }, (_, i) => `w${p}x${i.toString(36)}`).join(" ");
      await mkdir(path.join(site, "records", `r${p}`), { recursive: true });
      const file = path.join(site, "records", `r${p}`, "index.html");
      await writeFile(file, page(`Record ${p}`, words));
      run.add(file);
    }
    // A list page elsewhere: not noted, so not read, and not in the index.
    await mkdir(path.join(site, "lists"), { recursive: true });
    await writeFile(path.join(site, "lists", "index.html"), page("List", "listed"));
    assert.equal(await run.write(site), 3);
    const chunks = (await readdir(path.join(site, "pagefind", "index"))).length;
    assert.ok(chunks >= 6003 / INDEX_CHUNK_SIZE && chunks > 1, `expected the postings split into chunks of ${INDEX_CHUNK_SIZE}, got ${chunks} chunk(s)`);
  });

  it("fails the build with Pagefind's own words when it cannot build an index", async () => {
    const site = await tempDir("pagefind");
    const run = new SearchIndexRun();
    run.add(path.join(site, "missing", "index.html"));
    await assert.rejects(run.write(site), /^Error: Pagefind could not index .*\n[\s\S]*not able to build an index/);
  });

  it("fails the build when Pagefind finds fewer searchable pages than were written", async () => {
    const site = await tempDir("pagefind");
    const run = new SearchIndexRun();
    for (const [name, marked] of [["a", true], ["b", false]] as const) {
      await mkdir(path.join(site, name), { recursive: true });
      await writeFile(path.join(site, name, "index.html"), page(name, "text", marked));
      run.add(path.join(site, name, "index.html"));
    }
    await assert.rejects(run.write(site), /Pagefind indexed 1 page\(s\), but 2 are marked data-pagefind-body/);
  });
});

// Build a small site from fixture records with the real build, and read the HTML it writes.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { certification, issuer, writeCatalog } from "../support/records.ts";
import { read, runBuild, tempDir, type BuildResult } from "../support/build.ts";

describe("a fixture site", () => {
  let build: BuildResult;
  const page = (p: string) => read(path.join(build.out, p));

  before(async () => {
    const catalog = await writeCatalog(
      [
        certification("old-std", {
          name: "Old Standard",
          status: "historic",
          supersededBy: ["new-std"],
          cost: { status: "not-published", note: "No price was ever published." },
        }),
        certification("new-std", {
          name: "New Standard",
          shortName: "NS",
          supersedes: ["old-std"],
          kind: "individual",
          levels: [
            { name: "Green Belt", cite: ["acme-page"] },
            { name: "Black Belt", cite: ["acme-page"], unconfirmed: true, note: "Only one weak source names this level." },
          ],
          disagreements: [
            {
              topic: "Year first published",
              positions: [
                { claim: "1995 according to one source", cite: ["acme-page"] },
                { claim: "1996 according to another", cite: ["acme-page"] },
              ],
            },
          ],
        }),
      ],
      [issuer()],
    );
    build = runBuild(catalog, path.join(await tempDir("out"), "_site"));
    assert.equal(build.code, 0, build.stderr);
  });

  it("ends with a one-line summary of records, pages, warnings and seconds", () => {
    const last = build.stdout.trim().split("\n").at(-1)!;
    assert.match(last, /^Built .*_site: 2 certifications, 1 issuers, \d+ pages, 0 warning\(s\), \d+\.\d s$/);
  });

  it("writes a home page, the list and one page per certification and issuer", () => {
    for (const p of ["index.html", "certifications/index.html", "certifications/old-std/index.html", "certifications/new-std/index.html", "issuers/acme-standards/index.html"])
      assert.ok(existsSync(path.join(build.out, p)), p);
  });

  it("lists every certification on /certifications/", async () => {
    const html = await page("certifications/index.html");
    assert.match(html, /<a href="\/certifications\/new-std\/">New Standard<\/a>/);
    assert.match(html, /<a href="\/certifications\/old-std\/">Old Standard<\/a>/);
    assert.match(html, /2 certifications/);
  });

  it("shows key facts, sourced, on the detail page", async () => {
    const html = await page("certifications/new-std/index.html");
    assert.match(html, /<title>New Standard · Contact Centre Certifications<\/title>/);
    assert.match(html, /₹20,00,000–₹25,00,000 INR per organisation \(in India\), as of 2004/);
    assert.match(html, /7–8 months, as of 3 February 2003/);
    assert.match(html, /<dt>For<\/dt><dd>Individual<\/dd>/);
    assert.match(html, /<a href="#source-acme-page">Acme<\/a>/);
    assert.match(html, /<li id="source-acme-page"><a href="https:\/\/acme.example.org\/cert" rel="external">Acme certification<\/a>/);
  });

  it("marks unconfirmed claims and shows where sources disagree", async () => {
    const html = await page("certifications/new-std/index.html");
    assert.match(html, /<strong>Black Belt<\/strong>.*<span class="unconfirmed"><strong>Unconfirmed<\/strong>: Only one weak source names this level.<\/span>/);
    assert.match(html, /<h2>Where sources disagree<\/h2>/);
    assert.match(html, /1995 according to one source/);
    assert.match(html, /1996 according to another/);
  });

  it("says 'Not published' for an unknown figure", async () => {
    const html = await page("certifications/old-std/index.html");
    assert.match(html, /<dt>Cost<\/dt><dd>Not published: No price was ever published.<\/dd>/);
  });

  it("draws the lineage both ways", async () => {
    const older = await page("certifications/old-std/index.html");
    assert.match(older, /Replaced by <a href="\/certifications\/new-std\/">New Standard<\/a>/);
    const newer = await page("certifications/new-std/index.html");
    assert.match(newer, /Replaces <a href="\/certifications\/old-std\/">Old Standard<\/a>/);
    assert.match(newer, /<ol class="lineage">\s*<li><a href="\/certifications\/old-std\/">Old Standard<\/a> \(from 1995\)<\/li>\s*<li><strong aria-current="page">New Standard<\/strong>/);
  });

  it("indexes the pages with Pagefind", () => {
    assert.ok(existsSync(path.join(build.out, "pagefind", "pagefind.js")));
    assert.ok(existsSync(path.join(build.out, "pagefind", "pagefind-entry.json")));
  });

  it("links a content-hashed stylesheet that exists", async () => {
    const html = await page("index.html");
    const href = html.match(/<link rel="stylesheet" href="(\/assets\/site\.[0-9a-f]{10}\.css)">/)?.[1];
    assert.ok(href, "stylesheet link");
    assert.ok(existsSync(path.join(build.out, href)));
  });
});

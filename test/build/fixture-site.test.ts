// Build a small site from fixture records with the real build, and read the HTML it writes.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { before, describe, it } from "node:test";
import { certification, individual, issuer, writeCatalog } from "../support/records.ts";
import { read, runBuild, snapshot, tempDir, type BuildResult } from "../support/build.ts";
import { elements, textOf } from "../support/html.ts";

describe("a fixture site", () => {
  let build: BuildResult;
  let catalog: string;
  const page = (p: string) => read(path.join(build.out, p));

  before(async () => {
    catalog = await writeCatalog(
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
          roles: [{ role: "acme-agent", stage: "entry", cite: ["acme-page"] }],
          prerequisites: { status: "none-published", note: "Open to anyone.", cite: ["acme-page"] },
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

  it("is the same byte for byte when built in one Eleventy run per record (BUILD_BATCH_SIZE=1)", async () => {
    const batched = runBuild(catalog, path.join(await tempDir("out"), "_site"), { env: { BUILD_BATCH_SIZE: "1" } });
    assert.equal(batched.code, 0, batched.stderr);
    assert.match(batched.stdout, /2 certifications, 1 issuers, \d+ pages in 3 runs,/);
    assert.deepEqual(await snapshot(batched.out), await snapshot(build.out));
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
    const facts = textOf(html, { id: "key-facts" }) + " " + textOf(html, { tag: "dl" });
    // The source's own figure, how firm it is, and (test rates: 50 rupees a dollar in 2004) its dollar value.
    assert.match(facts, /Cost ₹20,00,000–₹25,00,000 INR per organisation \(in India\)\. Reported range from the issuer, 2004\. ≈ \$40,000–\$50,000 USD at 2004 rates\. \[Acme\]/);
    assert.match(facts, /Time to achieve 7–8 months\. As of 3 February 2003\./);
    assert.match(facts, /For Individual/);
    const links = elements(html).filter((e) => e.tag === "a").map((e) => e.attrs.href);
    assert.ok(links.includes("#source-acme-page"), "facts link to their source");
    assert.ok(elements(html).some((e) => e.tag === "li" && e.attrs.id === "source-acme-page"));
    assert.ok(links.includes("https://acme.example.org/cert"));
    // Each source also links to its archived copy nearest the day it was read (2026-11-01).
    assert.ok(links.includes("https://web.archive.org/web/20261101/https://acme.example.org/cert"), "archive link");
    assert.match(textOf(html, { id: "source-acme-page" }), /Acme certification\. Acme \(the issuer\)\. Read 1 November 2026 \(archived copy\)\./);
    assert.ok(links.includes("/compare/?c=new-std"), "compare with others");
  });

  it("marks unconfirmed claims and shows where sources disagree", async () => {
    const html = await page("certifications/new-std/index.html");
    assert.match(textOf(html), /Levels 1 Green Belt \[Acme\] 2 Black Belt \[Acme\] Unconfirmed: Only one weak source names this level\./);
    assert.match(textOf(html), /Where sources disagree Year first published 1995 according to one source \[Acme\] 1996 according to another/);
  });

  it("says 'Not published' for an unknown figure, with the reason", async () => {
    const html = await page("certifications/old-std/index.html");
    assert.match(textOf(html, { tag: "dl" }), /Cost Not published\. No price was ever published\./);
    assert.match(textOf(html), /Historic\. Replaced by New Standard\./);
  });

  it("draws the lineage both ways, as SVG and as text", async () => {
    const older = await page("certifications/old-std/index.html");
    assert.match(textOf(older), /Replaced by New Standard/);
    const newer = await page("certifications/new-std/index.html");
    assert.match(textOf(newer), /Replaces Old Standard/);
    assert.match(textOf(newer), /Lineage Old Standard, from 1995 historic New Standard, from 1995 active/);
    const svg = elements(newer).find((e) => e.tag === "svg" && e.attrs.class === "timeline");
    assert.ok(svg && svg.attrs.role === "img" && svg.attrs["aria-labelledby"]);
  });

  it("writes a browse page per kind, status and category, each listing only its records", async () => {
    const individual = textOf(await page("certifications/kind/individual/index.html"));
    assert.match(individual, /Individual certifications/);
    assert.match(individual, /New Standard/);
    assert.doesNotMatch(individual, /Old Standard/);
    assert.match(textOf(await page("certifications/status/historic/index.html")), /Old Standard/);
    assert.match(textOf(await page("categories/quality-management/index.html")), /2 of 2 certifications/);
  });

  it("writes issuer pages that list what each issuer awards", async () => {
    const text = textOf(await page("issuers/acme-standards/index.html"));
    assert.match(text, /Acme Standards Board/);
    assert.match(text, /New Standard/);
    assert.match(text, /Old Standard/);
  });

  it("writes a compare matrix with a row per record, and a 404 page", async () => {
    const html = await page("compare/index.html");
    const rows = elements(html).filter((e) => e.tag === "tr" && e.attrs["data-slug"]);
    assert.deepEqual(rows.map((r) => r.attrs["data-slug"]).sort(), ["new-std", "old-std"]);
    assert.ok(elements(html).some((e) => e.tag === "script" && /\/assets\/compare\.[0-9a-f]{10}\.js$/.test(e.attrs.src ?? "")));
    assert.match(textOf(await page("404.html")), /Page not found/);
  });

  it("indexes with Pagefind every page marked data-pagefind-body, and only those, at its own address", async () => {
    assert.ok(existsSync(path.join(build.out, "pagefind", "pagefind.js")));
    const files = (await readdir(build.out, { recursive: true })).filter((f) => f.endsWith(".html") && !f.startsWith("pagefind"));
    const marked: string[] = [];
    for (const f of files) if ((await page(f)).includes("data-pagefind-body")) marked.push(`/${f.replace(/index\.html$/, "")}`);
    assert.ok(marked.includes("/certifications/new-std/") && marked.includes("/issuers/acme-standards/"));
    assert.ok(!marked.includes("/compare/") && !marked.includes("/certifications/"), "lists are not searchable pages");
    const dir = path.join(build.out, "pagefind", "fragment");
    const indexed = await Promise.all(
      (await readdir(dir)).map(async (f) => (JSON.parse(gunzipSync(await readFile(path.join(dir, f))).toString("utf8").replace(/^pagefind_dcd/, "")) as { url: string }).url),
    );
    assert.deepEqual(indexed.sort(), marked.sort());
    const entry = JSON.parse(await page("pagefind/pagefind-entry.json")) as { languages: Record<string, { page_count: number }> };
    assert.deepEqual(Object.values(entry.languages).map((l) => l.page_count), [marked.length]);
  });

  it("links a content-hashed stylesheet that exists", async () => {
    const html = await page("index.html");
    const href = html.match(/<link rel="stylesheet" href="(\/assets\/site\.[0-9a-f]{10}\.css)">/)?.[1];
    assert.ok(href, "stylesheet link");
    assert.ok(existsSync(path.join(build.out, href)));
  });
});

describe("a fixture site with long lists", () => {
  it("splits every list into pages that link to each other and pass the site checks", async () => {
    const catalog = await writeCatalog([certification("a-cert"), certification("b-cert"), individual("c-cert")], [issuer()]);
    const out = path.join(await tempDir("paged"), "_site");
    const build = runBuild(catalog, out, { env: { LIST_PAGE_SIZE: "2" } });
    assert.equal(build.code, 0, build.stderr);
    const first = await read(path.join(out, "certifications/index.html"));
    const second = await read(path.join(out, "certifications/page/2/index.html"));
    assert.match(textOf(first), /3 certifications, by name, 1–2/);
    assert.match(textOf(second), /3 certifications, by name, 3–3/);
    assert.match(await read(path.join(out, "certifications/page/2/index.html")), /<title>All certifications, page 2 of 2 · /);
    const pagerLinks = (html: string) => elements(html).filter((e) => e.tag === "a" && /\/page\/|^\/certifications\/$/.test(e.attrs.href ?? "") && e.attrs.rel !== undefined).map((e) => `${e.attrs.rel} ${e.attrs.href}`);
    assert.deepEqual(pagerLinks(first), ["next /certifications/page/2/"]);
    assert.deepEqual(pagerLinks(second), ["prev /certifications/"]);
    assert.ok(existsSync(path.join(out, "compare/page/2/index.html")));
    assert.ok(existsSync(path.join(out, "api/compare/c-cert.json")), "the side-by-side view can load a record from any page");
    const { checkSite, formatSiteProblem } = await import("../../src/lib/check/index.ts");
    // Guides and the API page link to the real catalogue's records, which this fixture lacks.
    const ours = (await checkSite(out)).problems.filter((p) => /^(certifications|compare|issuers|categories)\//.test(p.page));
    assert.deepEqual(ours.map(formatSiteProblem), []);
  });

  it("refuses a page size that is not a whole number", async () => {
    const catalog = await writeCatalog([certification()], [issuer()]);
    const build = runBuild(catalog, path.join(await tempDir("paged-bad"), "_site"), { env: { LIST_PAGE_SIZE: "ten" } });
    assert.notEqual(build.code, 0);
    assert.match(build.stderr, /LIST_PAGE_SIZE is "ten" \(expected a whole number of at least 1\)/);
  });
});

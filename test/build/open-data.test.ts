// Hosting and open data on the real catalogue built below a path prefix: API records validate
// against the published JSON Schema, the CSV round-trips, JSON-LD parses, sitemap and feed are
// complete, _headers keeps to the hosts' limits, and two builds are byte-identical.
import assert from "node:assert/strict";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { before, describe, it } from "node:test";
import { Ajv2020 } from "ajv/dist/2020.js";
import { parse as parseCsv } from "csv-parse/sync";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { CSV_COLUMNS } from "../../src/lib/api/csv.ts";
import { ROOT, read, runBuild, snapshot, tempDir } from "../support/build.ts";
import { elements } from "../support/html.ts";

const PREFIX = "/certs/";
const SITE = "https://example.org";
const BASE = `${SITE}${PREFIX}`;

describe("open data and hosting", () => {
  let out = "";
  const file = (p: string) => read(path.join(out, p));
  const json = async (p: string) => JSON.parse(await file(p));
  let slugs: string[] = [];

  before(async () => {
    out = path.join(await tempDir("open-data"), "_site");
    const build = runBuild(path.join(ROOT, "_data"), out, { env: { PATH_PREFIX: PREFIX, SITE_URL: SITE } });
    assert.equal(build.code, 0, build.stderr);
    slugs = (await readdir(path.join(out, "api", "certifications"))).map((f) => f.replace(/\.json$/, "")).sort();
  });

  it("publishes every certification and issuer as JSON that validates against /api/schema.json", async () => {
    const schema = await json("api/schema.json");
    assert.equal(schema.$id, `${BASE}api/schema.json`);
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    ajv.addSchema(schema);
    const validCert = ajv.getSchema(`${BASE}api/schema.json#/$defs/ApiCertification`)!;
    const validIssuer = ajv.getSchema(`${BASE}api/schema.json#/$defs/ApiIssuer`)!;

    const all = await json("api/certifications.json");
    assert.equal(all.count, all.certifications.length);
    assert.deepEqual(all.certifications.map((c: { slug: string }) => c.slug).sort(), slugs);
    assert.ok(slugs.length >= 20);
    for (const record of all.certifications) {
      assert.ok(validCert(record), `${record.slug}: ${JSON.stringify(validCert.errors)}`);
      assert.deepEqual(await json(`api/certifications/${record.slug}.json`), record);
      assert.equal(record.url, `${BASE}certifications/${record.slug}/`);
    }
    const issuers = await json("api/issuers.json");
    for (const record of issuers.issuers) assert.ok(validIssuer(record), `${record.slug}: ${JSON.stringify(validIssuer.errors)}`);
    const validRole = ajv.getSchema(`${BASE}api/schema.json#/$defs/ApiRole`)!;
    const roles = await json("api/roles.json");
    assert.ok(roles.roles.length >= 10 && roles.count === roles.roles.length);
    for (const record of roles.roles) assert.ok(validRole(record), `${record.slug}: ${JSON.stringify(validRole.errors)}`);
    assert.ok(roles.paths.length >= 4);

    // The schema is strict: a stray field fails, so the check above means something.
    assert.equal(validCert({ ...all.certifications[0], extra: 1 }), false);
  });

  it("writes a CSV that a CSV parser reads back, one row per certification", async () => {
    const text = await file("api/certifications.csv");
    const rows = parseCsv(text, { columns: true }) as Record<string, string>[];
    assert.deepEqual(Object.keys(rows[0]!), [...CSV_COLUMNS]);
    assert.deepEqual(rows.map((r) => r.slug).sort(), slugs);
    const all = (await json("api/certifications.json")).certifications as { slug: string; name: string }[];
    for (const r of rows) assert.equal(r.name, all.find((c) => c.slug === r.slug)!.name);
    const copc = rows.find((r) => r.slug === "copc-cx-standard")!;
    assert.match(copc.cost!, /₹20,00,000–₹25,00,000 INR per organisation \(in India.*\), as of 2004/);
    assert.ok(text.includes("\r\n"), "RFC 4180 line ends");
  });

  it("puts parseable schema.org JSON-LD on every certification page", async () => {
    for (const slug of slugs) {
      const html = await file(`certifications/${slug}/index.html`);
      const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];
      assert.ok(block, slug);
      const data = JSON.parse(block);
      assert.equal(data["@type"], "EducationalOccupationalCredential");
      assert.equal(data.url, `${BASE}certifications/${slug}/`);
      assert.ok(data.name && data.recognizedBy?.name, slug);
    }
    const copc = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(await file("certifications/copc-cx-standard/index.html"))![1]!);
    assert.ok(copc.offers.some((o: { priceCurrency: string }) => o.priceCurrency === "INR"));
  });

  it("lists every page in a well-formed sitemap, with review dates as lastmod", async () => {
    const xml = await file("sitemap.xml");
    assert.equal(XMLValidator.validate(xml), true);
    const urls = new XMLParser().parse(xml).urlset.url as { loc: string; lastmod?: string }[];
    const locs = urls.map((u) => u.loc);
    for (const slug of slugs) assert.ok(locs.includes(`${BASE}certifications/${slug}/`), slug);
    assert.ok(locs.includes(`${BASE}guides/why-certify/`));
    assert.equal(urls.find((u) => u.loc === `${BASE}certifications/copc-cx-standard/`)!.lastmod, (await json("api/certifications/copc-cx-standard.json")).lastReviewed);
    assert.match(await file("robots.txt"), new RegExp(`Sitemap: ${BASE}sitemap.xml`));
  });

  it("writes a well-formed Atom feed with an entry per certification and per deadline", async () => {
    const xml = await file("feed.xml");
    assert.equal(XMLValidator.validate(xml), true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    const deadlines = feed.entry.filter((e: { title: string }) => e.title.startsWith("Deadline "));
    assert.equal(feed.entry.length - deadlines.length, slugs.length);
    assert.equal(deadlines.length, (await file("deadlines.ics")).match(/BEGIN:VEVENT/g)!.length, "one feed entry per deadline");
    assert.ok(deadlines.some((e: { title: string }) => /ISO\/IEC 27001:2013/.test(e.title)));
    assert.ok(feed.entry.every((e: { updated: string; id: string }) => /^\d{4}-\d{2}-\d{2}T00:00:00Z$/.test(e.updated) && e.id.startsWith(BASE)));
  });

  it("keeps _headers to one CSP per path, within hosts' limits, and strict", async () => {
    const text = await file("_headers");
    const rules = text.trim().split(/\n\n/).map((block) => {
      const [pathLine, ...headers] = block.split("\n");
      return { path: pathLine!, headers: headers.map((h) => h.trim().split(": ")[0]!) };
    });
    assert.ok(rules.length <= 100, `${rules.length} rules`);
    for (const line of text.split("\n")) assert.ok(line.length <= 2000);
    assert.doesNotMatch(text, /'unsafe-inline'|'unsafe-eval'/);
    // Every page path is covered by exactly one CSP rule (prefix stripped, splat rules as prefixes).
    const pages = (await readdir(out, { recursive: true })).filter((f) => f.endsWith(".html")).map((f) => `${PREFIX}${f.replace(/index\.html$/, "")}`);
    const matches = (rule: string, p: string) => (rule.endsWith("*") ? p.startsWith(rule.slice(0, -1)) : p === rule);
    for (const p of pages) {
      const csp = rules.filter((r) => r.headers.includes("Content-Security-Policy") && matches(r.path, p));
      assert.equal(csp.length, 1, `${p}: ${csp.map((r) => r.path).join(", ")}`);
    }
    const searchRule = rules.find((r) => r.path === `${PREFIX}search/*`);
    assert.ok(searchRule);
    assert.match(text, new RegExp(`${PREFIX.replace(/\//g, "\\/")}search/\\*\\n  Content-Security-Policy: [^\\n]*'wasm-unsafe-eval'`));
    const wasmRules = rules.filter((r) => text.includes(`${r.path}\n  Content-Security-Policy: default-src 'none'; script-src 'self' 'wasm-unsafe-eval'`)).map((r) => r.path);
    assert.deepEqual(wasmRules, [`${PREFIX}pagefind/*`, `${PREFIX}search/*`], "only search and its worker may run WebAssembly");
    assert.match(text, /assets\/\*\n  Cache-Control: public, max-age=31536000, immutable/);
    for (const h of ["Strict-Transport-Security", "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy", "Cross-Origin-Opener-Policy", "Cross-Origin-Resource-Policy"])
      assert.match(text, new RegExp(`^\\/certs\\/\\*\\n(  .*\\n)*  ${h}: `, "m"), h);
  });

  it("redirects former names to today's pages, in _redirects and as pages", async () => {
    const lines = (await file("_redirects")).trim().split("\n");
    assert.ok(lines.includes(`${PREFIX}certifications/copc-2000/ ${PREFIX}certifications/copc-cx-standard/ 301`));
    assert.ok(lines.includes(`${PREFIX}certifications/bs-7799-2/ ${PREFIX}certifications/iso-iec-27001/ 301`));
    const stub = await file("certifications/copc-2000/index.html");
    const meta = elements(stub).find((e) => e.tag === "meta" && e.attrs["http-equiv"] === "refresh");
    assert.equal(meta?.attrs.content, `0; url=${PREFIX}certifications/copc-cx-standard/`);
    assert.ok(elements(stub).some((e) => e.tag === "a" && e.attrs.href === `${PREFIX}certifications/copc-cx-standard/`));
  });

  it("is deterministic: a second build of the same commit is byte-identical", async () => {
    const again = path.join(await tempDir("open-data-again"), "_site");
    assert.equal(runBuild(path.join(ROOT, "_data"), again, { env: { PATH_PREFIX: PREFIX, SITE_URL: SITE } }).code, 0);
    assert.deepEqual(await snapshot(again), await snapshot(out));
  });
});

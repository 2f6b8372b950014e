// The built-site checker on tiny hand-written sites: each kind of problem is reported with the
// page's path, and a clean site passes. The real site is checked by `npm run check:site`.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { checkSite, formatSiteProblem, PAGE_BUDGET_BYTES } from "../../src/lib/check/index.ts";
import { parseSrcset } from "../../src/lib/check/urls.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");

interface PageParts {
  title?: string;
  head?: string;
  body?: string;
  lang?: string;
}

/** A page that passes every check; tests swap one part for a broken one. */
function page({ title = "A test page", head, body = "<p>Hello.</p>", lang = "en-GB" }: PageParts = {}): string {
  const defaultHead = `<meta name="description" content="A page for testing.">
<link rel="canonical" href="https://example.org/page/">
<link rel="stylesheet" href="/assets/site.css">`;
  return `<!doctype html>
<html${lang ? ` lang="${lang}"` : ""}>
<head>
<meta charset="utf-8">
<title>${title}</title>
${head ?? defaultHead}
</head>
<body>
<main id="main">
<h1 id="top-heading">Test</h1>
${body}
</main>
</body>
</html>
`;
}

const made: string[] = [];
after(() => Promise.all(made.map((d) => rm(d, { recursive: true, force: true }))));

/** Write files (path -> content) into a fresh folder and return it. */
async function site(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "ccc-check-site-"));
  made.push(dir);
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), content);
  }
  return dir;
}

const ASSETS = { "assets/site.css": "body { margin: 0; }\n", "assets/logo.png": new Uint8Array([137, 80, 78, 71]) };

async function problems(files: Record<string, string | Uint8Array>, prefix?: string): Promise<string[]> {
  const result = await checkSite(await site({ ...ASSETS, ...files }), prefix ? { prefix } : {});
  return result.problems.map(formatSiteProblem);
}

/** At least one problem line on `pageName` matches `pattern`. */
function assertReported(lines: string[], pageName: string, pattern: RegExp): void {
  const hits = lines.filter((l) => l.startsWith(`${pageName}: `) && pattern.test(l));
  assert.ok(hits.length >= 1, `expected a problem on ${pageName} matching ${pattern}; got:\n${lines.join("\n")}`);
}

describe("check-site: a clean site", () => {
  it("passes with links, assets, srcset, fragments, forms and external links", async () => {
    const body = `<p><a href="/about/">About</a> <a href="about/#team">Team</a> <a href="#top-heading">Up</a>
<a href="/about/?utm=1#team">Query</a> <a href="https://example.com/missing/">External</a>
<a href="mailto:someone@example.org">Mail</a> <a href="/files/guide.pdf">PDF</a></p>
<p><img src="/assets/logo.png" srcset="/assets/logo.png 1x, assets/logo.png 2x" alt="Logo" width="10" height="10"></p>
<form action="/about/" method="get"><label for="q">Query</label> <input id="q" type="search" name="q"> <button type="submit">Go</button></form>`;
    const result = await checkSite(
      await site({
        ...ASSETS,
        "index.html": page({ body }),
        "about/index.html": page({ body: '<h2 id="team">Team</h2><p><a href="../">Home</a></p>' }),
        "files/guide.pdf": "%PDF-1.4\n",
        "pagefind/pagefind-ui.js": "export {};\n",
      }),
    );
    assert.deepEqual(result.problems.map(formatSiteProblem), []);
    assert.equal(result.pages, 2);
    assert.ok(result.largest && result.largest.bytes > 0 && ["index.html", "about/index.html"].includes(result.largest.page));
  });
});

describe("check-site: HTML validity", () => {
  it("reports html-validate errors with the page path", async () => {
    const lines = await problems({
      "index.html": page(),
      "bad/index.html": page({ body: "<ul><div>Not a list item</div></ul><img src=\"/assets/logo.png\">" }),
    });
    assertReported(lines, "bad/index.html", /invalid HTML \(element-permitted-content\) at \d+:\d+: <div> element is not permitted/);
    assertReported(lines, "bad/index.html", /invalid HTML \(wcag\/h37\)/);
    assert.ok(!lines.some((l) => l.startsWith("index.html: ")), lines.join("\n"));
  });

  it("does not check Pagefind's own files as pages", async () => {
    const lines = await problems({ "index.html": page(), "pagefind/broken.html": "<div><p>not valid" });
    assert.deepEqual(lines, []);
  });
});

describe("check-site: links and assets", () => {
  it("reports a broken link, a missing asset, srcset, <link href> and <form action>", async () => {
    const body = `<p><a href="/nowhere/">Nowhere</a> <img src="/assets/missing.png" alt="x"> <img src="/assets/logo.png" srcset="/assets/logo.png 1x, /assets/logo@2x.png 2x" alt="y"></p>
<form action="/search/" method="get"><label for="q">Q</label> <input id="q" type="search" name="q"> <button type="submit">Go</button></form>`;
    const lines = await problems({
      "index.html": page({
        body,
        head: `<meta name="description" content="d"><link rel="canonical" href="https://example.org/"><link rel="stylesheet" href="/assets/gone.css">`,
      }),
    });
    assertReported(lines, "index.html", /<a href> "\/nowhere\/" is a broken link: no file nowhere\/index\.html/);
    assertReported(lines, "index.html", /<img src> "\/assets\/missing\.png" is a broken link/);
    assertReported(lines, "index.html", /<img srcset> "\/assets\/logo@2x\.png" is a broken link/);
    assertReported(lines, "index.html", /<link href> "\/assets\/gone\.css" is a broken link/);
    assertReported(lines, "index.html", /<form action> "\/search\/" is a broken link: no file search\/index\.html/);
  });

  it("reports a relative link resolved from a nested page", async () => {
    const lines = await problems({ "index.html": page(), "a/b/index.html": page({ body: '<p><a href="../c/">C</a></p>' }) });
    assertReported(lines, "a/b/index.html", /"\.\.\/c\/" is a broken link: no file a\/c\/index\.html/);
  });

  it("reports a link to a folder without its trailing slash", async () => {
    const lines = await problems({ "index.html": page({ body: '<p><a href="/about">About</a></p>' }), "about/index.html": page() });
    assertReported(lines, "index.html", /"\/about" points to a folder without a trailing slash \(write \/about\/\)/);
  });

  it("reports a #fragment with no matching id, on the same page and on the target", async () => {
    const lines = await problems({
      "index.html": page({ body: '<p><a href="#nope">Here</a> <a href="/about/#team">Team</a> <a href="/about/#gone">Gone</a></p>' }),
      "about/index.html": page({ body: '<h2 id="team">Team</h2>' }),
    });
    assertReported(lines, "index.html", /"#nope" points to #nope, but index\.html has no element with id="nope"/);
    assertReported(lines, "index.html", /"\/about\/#gone" points to #gone, but about\/index\.html has no element with id="gone"/);
    assert.ok(!lines.some((l) => l.includes("#team")), lines.join("\n"));
  });

  it("resolves links below a path prefix and reports links outside it", async () => {
    const body = '<p><a href="/certs/about/">In</a> <a href="/about/">Out</a> <a href="about/">Relative</a></p>';
    const head = `<meta name="description" content="d"><link rel="canonical" href="https://example.org/certs/"><link rel="stylesheet" href="/certs/assets/site.css">`;
    const lines = await problems({ "index.html": page({ body, head }), "about/index.html": page({ head }) }, "/certs/");
    assertReported(lines, "index.html", /<a href> "\/about\/" is outside the path prefix \/certs\//);
    assert.equal(lines.length, 1, lines.join("\n"));
  });
});

describe("check-site: size budget", () => {
  it("reports a page over 14 KB gzipped", async () => {
    // Random hex hardly compresses: 40 KB of it is about 20 KB gzipped.
    const filler = randomBytes(20 * 1024).toString("hex");
    const result = await checkSite(await site({ ...ASSETS, "index.html": page(), "big/index.html": page({ body: `<p>${filler}</p>` }) }));
    const lines = result.problems.map(formatSiteProblem);
    assertReported(lines, "big/index.html", new RegExp(`^big/index\\.html: \\d+ bytes gzipped, over the ${PAGE_BUDGET_BYTES}-byte`));
    assert.equal(result.largest?.page, "big/index.html");
    assert.ok(result.largest!.bytes > PAGE_BUDGET_BYTES);
  });
});

describe("check-site: strict CSP", () => {
  it("reports inline scripts, on* handlers, style attributes and javascript: URLs", async () => {
    const body = `<p onclick="go()">Click</p><p style="color: red">Red</p><p><a href=" JavaScript:alert(1)">Run</a></p>
<script>console.log(1)</script><script src="/assets/app.js">console.log(2)</script>`;
    const lines = await problems({ "index.html": page({ body }), "assets/app.js": "export {};\n" });
    assertReported(lines, "index.html", /inline <script> \(no src\)/);
    assertReported(lines, "index.html", /<script src="\/assets\/app\.js"> also has inline content/);
    assertReported(lines, "index.html", /<p onclick>: event-handler attribute/);
    assertReported(lines, "index.html", /<p style>: style attribute/);
    assertReported(lines, "index.html", /<a href>: javascript: URL/);
  });

  it("allows JSON-LD data blocks, which browsers never run", async () => {
    const head = `<meta name="description" content="d"><link rel="canonical" href="https://example.org/">
<script type="application/ld+json">{"@context": "https://schema.org"}</script>`;
    assert.deepEqual(await problems({ "index.html": page({ head }) }), []);
  });
});

describe("check-site: head", () => {
  it("reports a missing lang, an empty title, a missing description and a relative canonical", async () => {
    const lines = await problems({
      "index.html": page(),
      "no-lang/index.html": page({ lang: "" }),
      "empty-title/index.html": page({ title: "  " }),
      "no-description/index.html": page({ head: '<link rel="canonical" href="https://example.org/">' }),
      "empty-description/index.html": page({ head: '<meta name="description" content=" "><link rel="canonical" href="https://example.org/">' }),
      "relative-canonical/index.html": page({ head: '<meta name="description" content="d"><link rel="canonical" href="/page/">' }),
      "no-canonical/index.html": page({ head: '<meta name="description" content="d">' }),
    });
    assertReported(lines, "no-lang/index.html", /<html> has no lang attribute/);
    assertReported(lines, "empty-title/index.html", /<title> is empty/);
    assertReported(lines, "no-description/index.html", /no <meta name="description">/);
    assertReported(lines, "empty-description/index.html", /<meta name="description"> has no content/);
    assertReported(lines, "relative-canonical/index.html", /<link rel="canonical" href="\/page\/"> is not an absolute http\(s\) URL/);
    assertReported(lines, "no-canonical/index.html", /no <link rel="canonical">/);
    assert.ok(!lines.some((l) => l.startsWith("index.html: ")), lines.join("\n"));
  });
});

describe("check-site: srcset parsing", () => {
  it("splits candidates, keeps commas inside URLs and drops descriptors", () => {
    assert.deepEqual(parseSrcset("a.png 1x, b.png 2x"), ["a.png", "b.png"]);
    assert.deepEqual(parseSrcset("a.png, b.png 300w ,c,d.png"), ["a.png", "b.png", "c,d.png"]);
    assert.deepEqual(parseSrcset("a.png,b.png 2x"), ["a.png,b.png"]); // as the HTML standard reads it
    assert.deepEqual(parseSrcset("  a.png  "), ["a.png"]);
  });
});

describe("check-site: the command", () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", "scripts/check-site.ts", ...args], { cwd: ROOT, encoding: "utf8" });

  it("lists each problem as `<page>: <problem>`, a summary, and exits 1", async () => {
    const dir = await site({ ...ASSETS, "index.html": page({ body: '<p><a href="/gone/">Gone</a></p>' }) });
    const result = run(dir);
    assert.equal(result.status, 1, result.stderr);
    const lines = result.stdout.trim().split("\n");
    assert.match(lines[0]!, /^index\.html: <a href> "\/gone\/" is a broken link/);
    assert.match(lines.at(-1)!, /^checked 1 pages: 1 problem\(s\); largest page \d+ bytes gzipped \(index\.html\)$/);
  });

  it("exits 0 on a clean site and honours --prefix", async () => {
    const head = `<meta name="description" content="d"><link rel="canonical" href="https://example.org/certs/"><link rel="stylesheet" href="/certs/assets/site.css">`;
    const dir = await site({ ...ASSETS, "index.html": page({ head }) });
    const result = run(dir, "--prefix", "/certs/");
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /^checked 1 pages: 0 problem\(s\)/m);
  });

  it("exits 2 when the folder does not exist", () => {
    const result = run(path.join(os.tmpdir(), "ccc-no-such-site"));
    assert.equal(result.status, 2);
    assert.match(result.stderr, /is not a folder/);
  });
});

// The static server the browser tests use: it must behave like the real host, or the browser
// tests would pass against a friendlier server than production.
import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { parseHeadersFile, serve, type Served } from "../support/serve.ts";

const made: string[] = [];
after(() => Promise.all(made.map((d) => rm(d, { recursive: true, force: true }))));

async function folder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "ccc-serve-"));
  made.push(dir);
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), content);
  }
  return dir;
}

const SITE = {
  "index.html": "<p>home</p>",
  "about/index.html": "<p>about</p>",
  "404.html": "<p>not here</p>",
  "assets/site.css": "body{}",
  "assets/app.js": "export {};",
  "pagefind/pagefind.en_1.pf_meta": "\u0000bin",
  "pagefind/wasm.en.pagefind": "\u0000bin",
  "pagefind/pagefind-entry.json": "{}",
  _headers: `# comment
/*
  X-Frame-Options: DENY
  Content-Security-Policy: default-src 'self'
/assets/*
  Cache-Control: public, max-age=31536000, immutable
/:section/
  X-Section: yes
`,
};

describe("serve", () => {
  let served: Served;
  const get = (p: string, init?: RequestInit) => fetch(new URL(p, served.url), { redirect: "manual", ...init });

  before(async () => {
    served = await serve(await folder(SITE));
  });
  after(() => served.close());

  it("listens on 127.0.0.1 and serves / and /x/ from index.html", async () => {
    assert.match(served.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    assert.equal(await (await get("/")).text(), "<p>home</p>");
    const about = await get("/about/?q=1");
    assert.equal(about.status, 200);
    assert.equal(about.headers.get("content-type"), "text/html; charset=utf-8");
    assert.equal(await about.text(), "<p>about</p>");
  });

  it("redirects a folder without its slash, and answers misses with 404.html and status 404", async () => {
    const folderHit = await get("/about");
    assert.equal(folderHit.status, 301);
    assert.equal(folderHit.headers.get("location"), "/about/");
    const miss = await get("/nowhere/");
    assert.equal(miss.status, 404);
    assert.equal(await miss.text(), "<p>not here</p>");
    assert.equal((await get("/..%2f..%2f..%2fetc%2fpasswd")).status, 404); // %2f: fetch would normalise a literal ".."
    assert.equal((await get("/_headers")).status, 404);
  });

  it("sends the right Content-Type, binary for Pagefind's index files", async () => {
    assert.equal((await get("/assets/site.css")).headers.get("content-type"), "text/css; charset=utf-8");
    assert.equal((await get("/assets/app.js")).headers.get("content-type"), "text/javascript; charset=utf-8");
    assert.equal((await get("/pagefind/pagefind-entry.json")).headers.get("content-type"), "application/json");
    assert.equal((await get("/pagefind/pagefind.en_1.pf_meta")).headers.get("content-type"), "application/octet-stream");
    assert.equal((await get("/pagefind/wasm.en.pagefind")).headers.get("content-type"), "application/octet-stream");
  });

  it("adds the headers of every matching _headers rule", async () => {
    const css = await get("/assets/site.css");
    assert.equal(css.headers.get("x-frame-options"), "DENY");
    assert.equal(css.headers.get("cache-control"), "public, max-age=31536000, immutable");
    assert.equal(css.headers.get("x-section"), null);
    const about = await get("/about/");
    assert.equal(about.headers.get("content-security-policy"), "default-src 'self'");
    assert.equal(about.headers.get("x-section"), "yes");
    assert.equal(about.headers.get("cache-control"), null);
  });
});

describe("serve below a path prefix", () => {
  it("serves the folder at /certs/, applies _headers there, and nothing outside it", async () => {
    const served = await serve(await folder(SITE), { prefix: "/certs/", headers: { "X-Fallback": "1", "X-Frame-Options": "SAMEORIGIN" } });
    try {
      assert.match(served.url, /\/certs\/$/);
      const origin = new URL(served.url).origin;
      const about = await fetch(`${origin}/certs/about/`);
      assert.equal(await about.text(), "<p>about</p>");
      assert.equal(about.headers.get("x-section"), "yes");
      assert.equal(about.headers.get("x-frame-options"), "DENY", "_headers wins over a fallback header");
      assert.equal(about.headers.get("x-fallback"), "1");
      assert.equal((await fetch(`${origin}/about/`)).status, 404);
      const bare = await fetch(`${origin}/certs`, { redirect: "manual" });
      assert.equal(bare.headers.get("location"), "/certs/");
    } finally {
      await served.close();
    }
  });
});

describe("parseHeadersFile", () => {
  it("reads path lines with * and :placeholders, and indented headers", () => {
    const [rule] = parseHeadersFile("/guides/:slug/*\n  A: b: c\n");
    assert.deepEqual(rule!.headers, [["A", "b: c"]]);
    assert.ok(rule!.pattern.test("/guides/x/y/z"));
    assert.ok(!rule!.pattern.test("/guides/x"));
  });
});

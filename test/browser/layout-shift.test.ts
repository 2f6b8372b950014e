// No layout shift: every template, loaded in Chromium under the site's own CSS, scripts and CSP
// (its _headers), at phone and desktop widths, moves by a cumulative layout shift of at most
// 0.02 while it loads and its scripts run. The pages with scripts are also loaded with a state
// in the URL (a search, a comparison, a claim), since that is when their scripts add the most.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../support/browser.ts";
import { ROOT, tempDir } from "../support/build.ts";
import { discoverPages, type TemplatePage } from "../support/pages.ts";
import { serve, type Served } from "../support/serve.ts";

const LIMIT = 0.02;
const WIDTHS = [375, 1280];

/** Pages whose scripts fill them from the URL, with a state to fill them with. */
const WITH_STATE: TemplatePage[] = [
  { name: "search-with-query", path: "search/?q=copc" },
  { name: "compare-with-choice", path: "compare/?c=copc-cx-standard&c=iso-18295-1&cur=EUR" },
  { name: "check-with-claim", path: "check/?claim=ISO%209001%3A2008%20and%20SOC%202%20certified" },
];

let server: Served;
let browser: Browser;
let pages: TemplatePage[] = [];

before(async () => {
  const out = path.join(await tempDir("cls"), "_site");
  const build = spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts", "--out", out], { cwd: ROOT, encoding: "utf8" });
  assert.equal(build.status, 0, build.stderr);
  server = await serve(out); // the site's own _headers: its real CSP
  browser = await launchBrowser();
  pages = [...(await discoverPages(server.url)).pages, ...WITH_STATE];
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Cumulative layout shift from navigation until the page has been quiet for a moment. */
async function measure(p: TemplatePage, width: number): Promise<{ cls: number; shifts: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  try {
    // Injected through the DevTools protocol, so the page's CSP does not block it.
    await page.addInitScript(() => {
      const w = window as unknown as { __cls: number; __shifts: string[] };
      w.__cls = 0;
      w.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
          if (e.hadRecentInput) continue;
          w.__cls += e.value;
          w.__shifts.push(`${e.value.toFixed(4)} ${(e.sources ?? []).map((s) => (s.node as Element | undefined)?.outerHTML?.slice(0, 80) ?? "?").join(" | ")}`);
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    const response = await page.goto(new URL(p.path, server.url).href, { waitUntil: "networkidle" });
    assert.equal(response?.status(), 200, `/${p.path} answered ${response?.status()}`);
    await page.waitForTimeout(400);
    return await page.evaluate(() => {
      const w = window as unknown as { __cls: number; __shifts: string[] };
      return { cls: w.__cls, shifts: w.__shifts };
    });
  } finally {
    await context.close();
  }
}

describe("cumulative layout shift while a page loads", () => {
  it("measures something: a page that inserts a block above its content shifts", async () => {
    // The harness must be able to fail: the same measurement on a page built to shift.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    try {
      await page.addInitScript(() => {
        const w = window as unknown as { __cls: number };
        w.__cls = 0;
        new PerformanceObserver((l) => l.getEntries().forEach((e) => (w.__cls += (e as unknown as { value: number }).value))).observe({ type: "layout-shift", buffered: true });
      });
      await page.goto(new URL("about/", server.url).href, { waitUntil: "networkidle" });
      await page.evaluate(() => {
        const block = document.createElement("div");
        block.style.height = "400px";
        document.querySelector("main")!.prepend(block);
      });
      await page.waitForTimeout(300);
      const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
      assert.ok(cls > LIMIT, `inserting 400px above the content gave a CLS of only ${cls}`);
    } finally {
      await context.close();
    }
  });

  it("stays within 0.02 on every template, at 375 and 1280 px", async () => {
    const failures: string[] = [];
    for (const p of pages)
      for (const width of WIDTHS) {
        const { cls, shifts } = await measure(p, width);
        if (cls > LIMIT) failures.push(`/${p.path} at ${width}px: ${cls.toFixed(4)}\n    ${shifts.join("\n    ")}`);
      }
    assert.ok(pages.length >= 15, `only ${pages.length} pages found`);
    assert.deepEqual(failures, [], `layout shift above ${LIMIT}:\n${failures.join("\n")}`);
  });
});

// Search in real Chromium, on the real catalogue served over HTTP with the site's own _headers
// (so its Content-Security-Policy is enforced): former names find today's pages, facets narrow,
// sort orders, the URL restores a search, keyboard alone works, and the same below a prefix.
import assert from "node:assert/strict";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { durationMonths } from "../../src/lib/format/duration.ts";
import { ROOT, read, runBuild, tempDir } from "../support/build.ts";
import { collectPageErrors, formatPageErrors, launchBrowser, type PageError } from "../support/browser.ts";
import { serve, type Served } from "../support/serve.ts";

const ALIASES: Array<[string, string]> = [
  ["COPC-2000", "copc-cx-standard"],
  ["BS 7799", "bs-7799"],
  ["ISO 17799", "iso-iec-17799"],
  ["Help Desk Institute", "hdi-"],
  ["CIAC", "ciac-certification"],
  ["SSPA", "sspa-certification"],
  ["Support Center Practices", "scp-standards"],
];

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => browser?.close());

/** Open a search URL and wait until its results (or its "no results" line) are on screen. */
async function openSearch(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForResults(page);
}

/** Results on screen, and the facet counts updated for this search (they arrive just after). */
async function waitForResults(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const status = document.querySelector("#search-status")?.textContent ?? "";
    const shown = /result/.test(status) && !/Searching/.test(status) && (document.querySelectorAll("#search-list li").length > 0 || /No results/.test(status));
    // (No named functions in here: tsx would wrap them in a helper the page does not have.)
    const counted = (document.querySelector("#search-app") as HTMLElement | null)?.dataset.counted;
    if (!shown || counted === undefined) return false;
    const [a, b] = [counted, location.search].map((q) => [...new URLSearchParams(q)].map(([k, v]) => `${k}=${v}`).sort().join("&"));
    return a === b;
  });
}

const resultHrefs = (page: Page) => page.$$eval("#search-list h2 a", (as) => as.map((a) => a.getAttribute("href") ?? ""));
const resultTitles = (page: Page) => page.$$eval("#search-list h2 a", (as) => as.map((a) => a.textContent ?? ""));

for (const prefix of ["/", "/certs/"]) {
  describe(`search on the site built for ${prefix}`, () => {
    let server: Served;
    let out: string;
    let page: Page;
    let errors: PageError[];
    const url = (p: string) => `${server.url}${p.replace(/^\//, "")}`;

    before(async () => {
      out = path.join(await tempDir("search"), "_site");
      const build = runBuild(path.join(ROOT, "_data"), out, { env: { PATH_PREFIX: prefix } });
      assert.equal(build.code, 0, build.stderr);
      server = await serve(out, { prefix });
      page = await browser.newPage();
      errors = collectPageErrors(page);
    });
    after(async () => {
      await page?.close();
      await server?.close();
    });

    it("sends a CSP that allows WebAssembly only where search runs", async () => {
      const res = await page.request.get(url("/search/"));
      assert.match(res.headers()["content-security-policy"]!, /script-src 'self' 'wasm-unsafe-eval'/);
      const home = await page.request.get(url("/"));
      assert.doesNotMatch(home.headers()["content-security-policy"]!, /wasm/);
    });

    for (const [query, slug] of ALIASES) {
      it(`finds ${slug} near the top for the former name "${query}"`, async () => {
        await openSearch(page, url(`/search/?q=${encodeURIComponent(query)}`));
        const top = (await resultHrefs(page)).slice(0, 3);
        assert.ok(top.some((h) => h.startsWith(`${prefix}certifications/${slug}`)), `${query}: ${top.join(", ")}`);
        for (const h of await resultHrefs(page)) assert.ok(h.startsWith(prefix), h);
      });
    }

    it("narrows results with each facet, with counts, and keeps the facet in the URL", async () => {
      await openSearch(page, url("/search/?q=certification"));
      const total = Number(/^(\d+) result/.exec((await page.locator("#search-status").textContent()) ?? "")?.[1]);
      for (const [facet, value] of [
        ["kind", "Individual"],
        ["assurance", "Attestation"],
        ["status", "Superseded"],
        ["category", "Information security"],
        ["role", "Team leader"],
        ["issuer", "International Organization for Standardization"],
      ] as const) {
        await openSearch(page, url("/search/?q=certification"));
        const box = page.locator(`[data-facet="${facet}"] input[value="${value}"]`);
        const label = await page.locator(`[data-facet="${facet}"] label`).filter({ has: page.locator(`input[value="${value}"]`) }).textContent();
        const count = Number(/\((\d+)\)/.exec(label ?? "")?.[1]);
        await box.check();
        await page.waitForURL((u) => u.searchParams.getAll(facet).includes(value));
        await waitForResults(page);
        const narrowed = await page.locator("#search-status").textContent();
        const n = Number(/^(\d+) result/.exec(narrowed ?? "")?.[1]);
        assert.ok(n > 0 && n < total, `${facet}=${value}: ${narrowed} of ${total}`);
        assert.equal(n, count, `${facet}=${value}: the count beside the box is the number of results`);
      }
    });

    it("sorts by name and by time to achieve", async () => {
      await openSearch(page, url("/search/?kind=Organisational&sort=name"));
      await page.locator("#search-more").click();
      await page.waitForFunction(() => document.querySelectorAll("#search-list li").length > 10);
      const titles = (await resultTitles(page)).map((t) => t.toLowerCase());
      assert.deepEqual(titles, [...titles].sort((a, b) => a.localeCompare(b, "en")));

      await openSearch(page, url("/search/?q=months&sort=months"));
      const api = JSON.parse(await read(path.join(out, "api", "certifications.json"))) as {
        certifications: { slug: string; timeToAchieve: { status: string; figures?: { min: string }[] } }[];
      };
      const months = new Map(api.certifications.map((c) => [c.slug, c.timeToAchieve.figures ? Math.min(...c.timeToAchieve.figures.map((f) => durationMonths(f.min))) : 9999]));
      const order = (await resultHrefs(page)).map((h) => months.get(/certifications\/([^/]+)\//.exec(h)![1]!)!);
      assert.ok(order.length >= 2, "some results have a time to achieve");
      assert.deepEqual(order, [...order].sort((a, b) => a - b));
    });

    it("restores a search from its URL, and walks back and forward", async () => {
      await openSearch(page, url("/search/?q=iso&status=Active&sort=name"));
      const shared = await resultHrefs(page);
      assert.equal(await page.locator("#search-q").inputValue(), "iso");
      assert.ok(await page.locator('[data-facet="status"] input[value="Active"]').isChecked());
      assert.equal(await page.locator("#search-sort").inputValue(), "name");

      await page.reload();
      await waitForResults(page);
      assert.deepEqual(await resultHrefs(page), shared);

      await page.locator('[data-facet="kind"] input[value="Organisational"]').check();
      await page.waitForURL((u) => u.searchParams.get("kind") === "Organisational");
      await waitForResults(page);
      await page.goBack();
      await page.waitForURL((u) => !u.searchParams.has("kind"));
      await waitForResults(page);
      assert.deepEqual(await resultHrefs(page), shared);
      assert.equal(await page.locator('[data-facet="kind"] input[value="Organisational"]').isChecked(), false);
      await page.goForward();
      await page.waitForURL((u) => u.searchParams.get("kind") === "Organisational");
      await waitForResults(page);
      assert.ok(await page.locator('[data-facet="kind"] input[value="Organisational"]').isChecked());
    });

    it("works by keyboard alone, from the header search box to a result page", async () => {
      await page.goto(url("/"));
      // Tab from the top of the page to the header's search box.
      for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.id)) !== "site-search"; i++) await page.keyboard.press("Tab");
      assert.equal(await page.evaluate(() => document.activeElement?.id), "site-search");
      await page.keyboard.type("COPC-2000");
      await page.keyboard.press("Enter");
      await page.waitForURL((u) => u.pathname.endsWith("/search/") && u.searchParams.get("q") === "COPC-2000");
      await waitForResults(page);

      // Tab through the form to the "Organisational" box, tick it with Space: focus stays on it.
      const onBox = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value === "Organisational");
      for (let i = 0; i < 20 && !(await onBox()); i++) await page.keyboard.press("Tab");
      await page.keyboard.press("Space");
      await page.waitForURL((u) => u.searchParams.has("kind"));
      await waitForResults(page);
      assert.ok(await onBox());

      // Back to the link that skips the filters, then one Tab to the first result, and open it.
      const onSkip = () => page.evaluate(() => document.activeElement?.textContent === "Skip the filters to the results");
      for (let i = 0; i < 20 && !(await onSkip()); i++) await page.keyboard.press("Shift+Tab");
      assert.ok(await onSkip(), "a link skips the filters");
      await page.keyboard.press("Enter");
      await page.keyboard.press("Tab");
      assert.ok(await page.evaluate(() => !!document.activeElement?.closest("#search-list li:first-child")), "focus is on the first result");
      await page.keyboard.press("Enter");
      await page.waitForURL((u) => u.pathname.includes("/certifications/copc-cx-standard/"));
    });

    it("shows the first results before fetching the filter index, and runs Pagefind without its worker", async () => {
      const fresh = await browser.newPage();
      const fetched = () => fresh.evaluate(() => performance.getEntriesByType("resource").map((e) => ({ file: new URL(e.name).pathname, start: e.startTime })));
      await fresh.goto(url("/search/"));
      await fresh.waitForFunction(() => /Type a name/.test(document.querySelector("#search-status")?.textContent ?? ""));
      assert.deepEqual((await fetched()).filter((f) => /\.pf_filter$/.test(f.file)), [], "the empty search page shows the counts the build wrote");
      // When the first result card is added, by the page's clock.
      await fresh.evaluate(() => {
        const list = document.querySelector("#search-list")!;
        new MutationObserver((_, observer) => {
          (window as unknown as { firstCard: number }).firstCard = performance.now();
          observer.disconnect();
        }).observe(list, { childList: true });
      });
      await fresh.fill("#search-q", "COPC");
      await fresh.press("#search-q", "Enter");
      await waitForResults(fresh);
      const firstCard = await fresh.evaluate(() => (window as unknown as { firstCard: number }).firstCard);
      const files = await fetched();
      const filters = files.filter((f) => /\.pf_filter$/.test(f.file));
      assert.ok(filters.length > 0, "the filter index is fetched, for the counts");
      for (const f of filters) assert.ok(f.start > firstCard, `${f.file} started at ${f.start} ms, before the first result at ${firstCard} ms`);
      assert.ok(files.some((f) => /\.pf_fragment$/.test(f.file) && f.start < firstCard), "the results' fragments come first");
      assert.ok(!files.some((f) => /pagefind-worker\.js$/.test(f.file)), "no Pagefind worker");
      const organisational = await fresh.locator('[data-facet="kind"] label').filter({ has: fresh.locator('input[value="Organisational"]') }).textContent();
      const n = Number(/^(\d+) result/.exec((await fresh.locator("#search-status").textContent()) ?? "")?.[1]);
      assert.ok(Number(/\((\d+)\)/.exec(organisational ?? "")?.[1]) <= n, "the counts are for this search's results");
      await fresh.close();
    });

    it("logged no CSP violation and no page error", () => {
      assert.equal(formatPageErrors(errors), "");
    });
  });
}

describe("search without JavaScript", () => {
  it("says search needs JavaScript and links to the browse pages", async () => {
    const out = path.join(await tempDir("search-nojs"), "_site");
    assert.equal(runBuild(path.join(ROOT, "_data"), out).code, 0);
    const server = await serve(out);
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}search/?q=copc`);
      assert.ok(await page.locator("#search-needs-js").isVisible());
      assert.equal(await page.locator("#search-app").isVisible(), false);
      assert.ok(await page.locator('#search-needs-js a[href="/certifications/kind/organisation/"]').isVisible());
    } finally {
      await context.close();
      await server.close();
    }
  });
});

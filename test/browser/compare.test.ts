// The compare page in real Chromium under the site's own CSP: choosing by keyboard alone,
// "differences only", the shareable URL restoring the same view, the limit of four, the
// detail page's "compare with others" link, and the static matrix without JavaScript.
import assert from "node:assert/strict";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { ROOT, runBuild, tempDir } from "../support/build.ts";
import { collectPageErrors, formatPageErrors, launchBrowser, type PageError } from "../support/browser.ts";
import { serve, type Served } from "../support/serve.ts";

let browser: Browser;
let server: Served;
let page: Page;
let errors: PageError[];
const url = (p: string) => `${server.url}${p.replace(/^\//, "")}`;

before(async () => {
  const out = path.join(await tempDir("compare"), "_site");
  const build = runBuild(path.join(ROOT, "_data"), out);
  assert.equal(build.code, 0, build.stderr);
  server = await serve(out);
  browser = await launchBrowser();
  page = await browser.newPage();
  errors = collectPageErrors(page);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Wait until the script has loaded the chosen records and drawn the view. */
const settled = (p: Page) => p.waitForSelector('#compare-app[data-state="ready"]');

/** The side-by-side table as text: its column headings and each row's cells. */
const sideBySide = async (p: Page) =>
  (await settled(p),
  p.$$eval("#compare-table tr", (rows) => rows.map((r) => [...r.querySelectorAll("th, td")].map((c) => c.textContent?.trim() ?? ""))));

const checkedSlugs = async (p: Page) => (await settled(p), p.$$eval('#compare-app input[name="c"]:checked', (boxes) => boxes.map((b) => (b as HTMLInputElement).value)));

async function tabTo(p: Page, test: () => boolean | undefined, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await p.evaluate(test)) return;
    await p.keyboard.press("Tab");
  }
  throw new Error("could not reach the element with Tab");
}

describe("compare", () => {
  it("chooses certifications by keyboard alone and shows them side by side", async () => {
    await page.goto(url("/compare/"));
    await tabTo(page, () => (document.activeElement as HTMLInputElement | null)?.value === "copc-cx-standard");
    await page.keyboard.press("Space");
    await tabTo(page, () => (document.activeElement as HTMLInputElement | null)?.value === "iso-18295-1");
    await page.keyboard.press("Space");
    await page.waitForURL((u) => u.searchParams.getAll("c").length === 2);
    assert.deepEqual(new URL(page.url()).searchParams.getAll("c"), ["copc-cx-standard", "iso-18295-1"]);
    const table = await sideBySide(page);
    assert.match(table[0]![1]!, /COPC Customer Experience Standard/);
    assert.match(table[0]![2]!, /ISO 18295-1/);
    const cost = table.find((r) => r[0] === "Cost")!;
    assert.match(cost[1]!, /₹20,00,000–₹25,00,000 INR/);
    assert.equal(cost[2], "Not published");
    assert.match(await page.locator("#compare-status").textContent() ?? "", /^Comparing COPC Customer Experience Standard/);

    // "Differences only" by keyboard: rows that are the same for both disappear.
    const before = table.length;
    await tabTo(page, () => document.activeElement?.id === "differences-only");
    await page.keyboard.press("Space");
    await page.waitForURL((u) => u.searchParams.get("diff") === "1");
    const diff = await sideBySide(page);
    assert.ok(diff.length < before, `${diff.length} rows, was ${before}`);
    assert.ok(!diff.some((r) => r[0] === "For"), "both are organisational, so 'For' is hidden");
    assert.ok(diff.some((r) => r[0] === "Cost"));
  });

  it("restores the same view from the shareable URL", async () => {
    const shared = page.url();
    const view = await sideBySide(page);
    await page.goto("about:blank");
    await page.goto(shared);
    assert.deepEqual(await sideBySide(page), view);
    assert.deepEqual(await checkedSlugs(page), ["copc-cx-standard", "iso-18295-1"]);
    assert.ok(await page.locator("#differences-only").isChecked());
  });

  it("walks choices back with the browser's back button", async () => {
    await page.goto(url("/compare/?c=copc-cx-standard&c=iso-9001"));
    await page.locator('#compare-app input[value="cyber-essentials"]').check();
    await page.waitForURL((u) => u.searchParams.getAll("c").length === 3);
    await page.goBack();
    await page.waitForURL((u) => u.searchParams.getAll("c").length === 2);
    assert.deepEqual(await checkedSlugs(page), ["copc-cx-standard", "iso-9001"]);
    assert.equal((await sideBySide(page))[0]!.length, 3);
  });

  it("compares at most four at once", async () => {
    await page.goto(url("/compare/?c=copc-cx-standard&c=iso-9001&c=pci-dss&c=ccxp&c=escm-sp"));
    assert.equal((await checkedSlugs(page)).length, 4);
    assert.equal((await sideBySide(page))[0]!.length, 5);
    assert.ok(await page.locator('#compare-app input[value="escm-sp"]').isDisabled());
    assert.match(await page.locator("#compare-status").textContent() ?? "", /That is the most at once/);
  });

  it("starts from a detail page's 'Compare with others' link with that certification chosen", async () => {
    await page.goto(url("/certifications/copc-cx-standard/"));
    await page.getByRole("link", { name: "Compare with others" }).click();
    await page.waitForURL((u) => u.pathname.endsWith("/compare/"));
    assert.deepEqual(await checkedSlugs(page), ["copc-cx-standard"]);
    assert.match(await page.locator("#compare-status").textContent() ?? "", /choose at least one more/);
  });

  it("prints cleanly: no navigation or controls; only the comparison when one is shown", async () => {
    await page.goto(url("/compare/"));
    await page.emulateMedia({ media: "print" });
    assert.equal(await page.locator("nav.facets, .nav").first().isVisible(), false);
    assert.ok(await page.locator("#matrix").isVisible());
    await page.goto(url("/compare/?c=copc-cx-standard&c=iso-18295-1"));
    assert.ok(await page.locator("#compare-table").isVisible());
    assert.equal(await page.locator("#matrix").isVisible(), false);
    assert.equal(await page.locator('#compare-app input[name="c"]').first().isVisible(), false);
    await page.emulateMedia({ media: "screen" });
  });

  it("logged no CSP violation and no page error", () => {
    assert.equal(formatPageErrors(errors), "");
  });
});

describe("compare without JavaScript", () => {
  it("shows the full matrix and hides the picker", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const p = await context.newPage();
      await p.goto(url("/compare/?c=copc-cx-standard&c=iso-18295-1"));
      assert.equal(await p.locator("#compare-app").isVisible(), false);
      const rows = await p.locator("#matrix tbody tr").count();
      assert.ok(rows >= 20, `${rows} rows`);
      assert.ok(await p.locator("#matrix").getByText("₹20,00,000–₹25,00,000 INR", { exact: false }).isVisible());
    } finally {
      await context.close();
    }
  });
});

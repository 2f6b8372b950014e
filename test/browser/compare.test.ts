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

  it("shows every cost in the chosen currency beside the figure as its source gave it, and keeps the choice in the URL", async () => {
    const convOf = (slug: string) => page.locator(`#matrix tr[data-slug="${slug}"] .conv[data-fig="0"]`);
    const cellOf = (slug: string) => page.locator(`#matrix tr[data-slug="${slug}"] ul.figures`);
    await page.goto(url("/compare/"));
    await settled(page);
    const usd = await convOf("copc-cx-standard").textContent();
    assert.match(usd ?? "", /^≈ \$[\d,]+–\$[\d,]+ USD at 2004 rates$/, "built in US dollars at the figure's year's rates");

    await page.selectOption("#compare-currency", "EUR");
    await page.waitForURL((u) => u.searchParams.get("cur") === "EUR");
    await page.waitForFunction(() => /EUR/.test(document.querySelector('#matrix tr[data-slug="copc-cx-standard"] .conv[data-fig="0"]')?.textContent ?? ""));
    assert.match(await convOf("copc-cx-standard").textContent() ?? "", /^≈ €[\d,]+–€[\d,]+ EUR at 2004 rates$/);
    assert.match(await cellOf("copc-cx-standard").textContent() ?? "", /₹20,00,000–₹25,00,000 INR/, "the original figure stays beside its conversion");
    assert.match(await page.locator("#cost-chart-currency").textContent() ?? "", /^EUR at the average exchange rate of its year$/);
    assert.match(await page.locator("#cost-chart-svg svg").textContent() ?? "", /€/, "the cost chart is redrawn in euros");

    await page.locator("#compare-today").check();
    await page.waitForURL((u) => u.searchParams.get("real") === "1");
    await page.waitForFunction(() => /money/.test(document.querySelector('#matrix tr[data-slug="copc-cx-standard"] .conv[data-fig="0"]')?.textContent ?? ""));
    const today = await convOf("copc-cx-standard").textContent();
    assert.match(today ?? "", /^≈ €[\d,]+–€[\d,]+ EUR in \d{4} money/);
    assert.match(await page.locator("#cost-chart-currency").textContent() ?? "", /EUR in today's money \(\d{4} prices/);

    // The same view from its URL, and in the side-by-side table too.
    await page.goto(url("/compare/?c=copc-cx-standard&c=iso-9001&cur=EUR&real=1"));
    await settled(page);
    assert.equal(await page.inputValue("#compare-currency"), "EUR");
    assert.ok(await page.locator("#compare-today").isChecked());
    assert.equal(await convOf("copc-cx-standard").textContent(), today);
    const cost = (await sideBySide(page)).find((r) => r[0] === "Cost")!;
    assert.match(cost[1]!, /₹20,00,000–₹25,00,000 INR .*≈ €[\d,]+–€[\d,]+ EUR in \d{4} money/);
  });

  it("narrows the list of certifications by typing, and a narrowed list is chosen from by keyboard", async () => {
    await page.goto(url("/compare/"));
    await settled(page);
    const all = await page.locator("#compare-picker li").count();
    await page.locator("#picker-filter").focus();
    await page.keyboard.type("iso 27");
    const shown = await page.$$eval("#compare-picker li:not([hidden])", (items) => items.map((li) => li.textContent?.trim() ?? ""));
    assert.ok(shown.length > 0 && shown.length < all, `${shown.length} of ${all}`);
    for (const name of shown) assert.match(name, /ISO.*27/i);
    assert.equal(await page.locator("#picker-count").textContent(), `${shown.length} of ${all} shown`);
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
    await page.keyboard.press("Space");
    await page.waitForURL((u) => u.searchParams.getAll("c").includes(focused));
    assert.match(focused, /27/, "Tab goes from the filter to the first certification still shown");
    await page.fill("#picker-filter", "");
    await page.locator("#picker-filter").dispatchEvent("input");
    assert.equal(await page.locator("#compare-picker li:not([hidden])").count(), all);
    assert.equal(await page.locator("#picker-count").textContent(), "");
  });

  it("prints cleanly: no navigation or controls; only the comparison when one is shown", async () => {
    await page.goto(url("/compare/"));
    await page.emulateMedia({ media: "print" });
    assert.equal(await page.locator("nav.facets, .nav").first().isVisible(), false);
    assert.ok(await page.locator("#matrix").isVisible());
    await page.goto(url("/compare/?c=copc-cx-standard&c=iso-18295-1"));
    await settled(page); // the side-by-side table is built by the script after the page loads
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

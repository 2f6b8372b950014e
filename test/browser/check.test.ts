// The claim checker in real Chromium under the site's CSP, on the real catalogue: a claim typed
// and submitted by keyboard alone, each scheme and edition with where it stands, words that are
// not in the catalogue listed, the claim kept in the URL (reload and Back), and dates judged by
// the visitor's own clock: the same claim before and after a transition deadline.
import assert from "node:assert/strict";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { ROOT, runBuild, tempDir } from "../support/build.ts";
import { collectPageErrors, formatPageErrors, launchBrowser, type PageError } from "../support/browser.ts";
import { serve, type Served } from "../support/serve.ts";

let browser: Browser;
let server: Served;
const url = (p: string) => `${server.url}${p.replace(/^\//, "")}`;

before(async () => {
  const out = path.join(await tempDir("check"), "_site");
  const build = runBuild(path.join(ROOT, "_data"), out);
  assert.equal(build.code, 0, build.stderr);
  server = await serve(out);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh page whose clock reads `today` (noon UTC), recording errors. */
async function pageOn(today: string): Promise<{ page: Page; context: BrowserContext; errors: PageError[] }> {
  const context = await browser.newContext({ timezoneId: "UTC" });
  const page = await context.newPage();
  await page.clock.install({ time: new Date(`${today}T12:00:00Z`) });
  return { page, context, errors: collectPageErrors(page) };
}

const ready = (p: Page) => p.waitForSelector("#check-app[data-ready]");

/** Each result: the record it is about, its state and its heading. */
const results = (p: Page) =>
  p.$$eval("#check-results article.claim", (items) =>
    items.map((a) => ({ record: (a as HTMLElement).dataset.record ?? "", state: (a as HTMLElement).dataset.state ?? "", heading: a.querySelector("h3")?.textContent ?? "", text: a.textContent ?? "" })),
  );

const CLAIM = "ISO 9001:2008 and ISO 27001:2013 certified, PCI DSS 3.2.1 compliant, SOC 2 certified, Frobnitz QX-7 accredited";

describe("check a claim", () => {
  it("reads a claim typed and submitted by keyboard alone", async () => {
    const { page, context, errors } = await pageOn("2026-11-30");
    await page.goto(url("/check/"));
    await ready(page);
    for (let i = 0; i < 40 && (await page.evaluate(() => document.activeElement?.id)) !== "claim"; i++) await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "claim", "the claim box is reachable with Tab");
    await page.keyboard.type(CLAIM);
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Check");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#check-results article.claim");

    const found = await results(page);
    const about = (heading: RegExp) => found.find((r) => heading.test(r.heading));
    const iso9001 = about(/ISO 9001:2008/);
    assert.ok(iso9001, `ISO 9001:2008 found in ${JSON.stringify(found.map((r) => r.heading))}`);
    assert.match(iso9001.record, /\/certifications\/iso-9001\/$/);
    assert.equal(iso9001.state, "lapsed");
    assert.match(iso9001.text, /Certificates lapsed on 15 September 2018/);
    const iso27001 = about(/ISO 27001:2013/)!;
    assert.equal(iso27001.state, "lapsed");
    assert.match(iso27001.text, /Certificates lapsed on 31 October 2025/);
    assert.match(iso27001.text, /Replaced by ISO\/IEC 27001:2022/);
    const pci = about(/PCI DSS 3\.2\.1/)!;
    assert.equal(pci.state, "lapsed");
    assert.match(pci.text, /Retired on 31 March 2024/);
    const soc2 = about(/SOC 2/)!;
    assert.match(soc2.text, /calls it “certified”: that misnames it/, "a SOC 2 report is an attestation, not a certificate");

    assert.match(await page.locator("#check-unrecognised").textContent() ?? "", /Frobnitz QX-7/);
    assert.match(await page.locator("#check-status").textContent() ?? "", /not recognised\. Dates judged as of 30 November 2026\.$/);
    assert.equal(new URL(page.url()).searchParams.get("claim"), CLAIM);
    assert.deepEqual(errors, [], formatPageErrors(errors));
    await context.close();
  });

  it("keeps the claim in the URL: a reload shows the same results and Back brings the help back", async () => {
    const { page, context, errors } = await pageOn("2026-11-30");
    await page.goto(url("/check/"));
    await ready(page);
    await page.fill("#claim", "COPC-2000 and BS 7799");
    await page.click("#check-app button[type=submit]");
    await page.waitForSelector("#check-results article.claim");
    const first = await results(page);
    assert.ok(first.some((r) => /former name of COPC/.test(r.heading)), JSON.stringify(first.map((r) => r.heading)));
    assert.ok(first.some((r) => /BS 7799/.test(r.heading) && r.state === "superseded"), "BS 7799 leads to what replaced it");

    await page.reload();
    await ready(page);
    assert.equal(await page.inputValue("#claim"), "COPC-2000 and BS 7799");
    assert.deepEqual(await results(page), first);

    await page.goBack();
    await page.waitForFunction(() => !document.querySelector("#check-results article.claim"));
    assert.equal(await page.locator("#by-hand").count(), 1, "the help on checking by hand is back");
    assert.equal(await page.inputValue("#claim"), "");
    assert.deepEqual(errors, [], formatPageErrors(errors));
    await context.close();
  });

  it("judges an edition by the visitor's own date, before and after its deadline", async () => {
    const claim = "/check/?claim=ISO%2027001%3A2013";
    const standingOn = async (today: string) => {
      const { page, context } = await pageOn(today);
      await page.goto(url(claim));
      await page.waitForSelector("#check-results article.claim");
      const [r] = await results(page);
      const status = await page.locator("#check-status").textContent();
      await context.close();
      return { ...r!, status };
    };
    const during = await standingOn("2025-06-01");
    assert.equal(during.state, "in-transition");
    assert.match(during.text, /Transition ends 31 October 2025; no new certificates since 30 April 2024/);
    assert.match(during.status ?? "", /as of 1 June 2025\./);
    const lastDay = await standingOn("2025-10-31");
    assert.equal(lastDay.state, "in-transition", "the deadline's own day still counts as valid");
    const after = await standingOn("2025-11-01");
    assert.equal(after.state, "lapsed");
    assert.match(after.text, /Certificates lapsed on 31 October 2025/);
  });

  it("says when nothing in the claim is a scheme it knows", async () => {
    const { page, context, errors } = await pageOn("2026-11-30");
    await page.goto(url("/check/?claim=We%20hold%20the%20Zorblax%20Gold%20Seal"));
    await page.waitForFunction(() => /No scheme in the catalogue was named/.test(document.querySelector("#check-status")?.textContent ?? ""));
    assert.equal((await results(page)).length, 0);
    assert.match(await page.locator("#check-unrecognised").textContent() ?? "", /Zorblax Gold Seal/);
    assert.deepEqual(errors, [], formatPageErrors(errors));
    await context.close();
  });
});

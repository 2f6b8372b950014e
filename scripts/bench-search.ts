// What a visitor downloads to search, measured in Chromium against the built site served on
// loopback: the search page until it is ready, the first query, each later query, and one
// "More results".
import type { Page } from "playwright-core";
import { launchBrowser } from "../test/support/browser.ts";
import { serve } from "../test/support/serve.ts";

export interface Step {
  query: string;
  results: number;
  bytes: number;
  /** Bytes per kind of file: html, js, css, json, pagefind (script and WebAssembly), pf_meta, pf_index, pf_filter, pf_fragment. */
  breakdown: Record<string, number>;
}

export interface SearchTransfer {
  searchPageBytes: number;
  firstQueryBytes: number;
  /** The largest of the later queries: the goal is for each of them. */
  laterQueryBytes: number;
  first: Step;
  later: Step[];
  /** "More results" after the last later query: the next result cards only. */
  moreResults?: Step;
  pageBreakdown: Record<string, number>;
}

const kindOf = (url: string) => /\.(pf_\w+|wasm|pagefind|js|css|json)$/.exec(new URL(url).pathname)?.[1] ?? "html";

const resultCount = (page: Page) => page.evaluate(() => Number(/^(\d+) result/.exec(document.querySelector("#search-status")?.textContent ?? "")?.[1] ?? 0));

/** Until the status announces results and the cards are drawn (the page appends a batch at once). */
async function waitForCards(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const status = document.querySelector("#search-status")?.textContent ?? "";
    if (!/result/i.test(status) || /Searching/.test(status)) return false;
    return /^No results/.test(status) || document.querySelectorAll("#search-list > li").length > 0;
  });
}

export async function measureSearchTransfer(site: string, queries: { first: string; later: string[] }): Promise<SearchTransfer> {
  const server = await serve(site);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    let bytes = 0;
    let kinds: Record<string, number> = {};
    let inFlight = 0;
    let lastActivity = Date.now();
    page.on("request", () => {
      inFlight++;
      lastActivity = Date.now();
    });
    const done = () => {
      inFlight--;
      lastActivity = Date.now();
    };
    page.on("requestfailed", done);
    // Response bodies as served (Pagefind's index files are already compressed).
    page.on("requestfinished", async (req) => {
      const res = await req.response();
      const size = (await res?.body().catch(() => Buffer.alloc(0)))?.length ?? 0;
      bytes += size;
      const kind = kindOf(req.url());
      kinds[kind] = (kinds[kind] ?? 0) + size;
      done();
    });
    /** Every request finished and none started for half a second. */
    const quiet = async () => {
      while (inFlight > 0 || Date.now() - lastActivity < 500) await new Promise((r) => setTimeout(r, 100));
    };
    const take = () => {
      const taken = { bytes, kinds };
      bytes = 0;
      kinds = {};
      return taken;
    };
    const cardsShown = async () => page.evaluate(() => document.querySelectorAll("#search-list > li").length);
    const ask = async (query: string): Promise<Step> => {
      await page.fill("#search-q", query);
      await page.press("#search-q", "Enter");
      await page.waitForFunction((q) => (document.querySelector("#search-status")?.textContent ?? "").includes(`“${q}”`), query);
      await waitForCards(page);
      await quiet();
      const { bytes: b, kinds: k } = take();
      return { query, results: await resultCount(page), bytes: b, breakdown: k };
    };

    await page.goto(`${server.url}search/`);
    await page.waitForFunction(() => /Type a name/.test(document.querySelector("#search-status")?.textContent ?? ""));
    await quiet();
    const pageLoad = take();
    const first = await ask(queries.first);
    const later: Step[] = [];
    for (const q of queries.later) later.push(await ask(q));

    let moreResults: Step | undefined;
    const shown = await cardsShown();
    if (await page.isVisible("#search-more")) {
      await page.click("#search-more");
      await page.waitForFunction((n) => document.querySelectorAll("#search-list > li").length > n, shown);
      await quiet();
      const { bytes: b, kinds: k } = take();
      moreResults = { query: queries.later.at(-1) ?? queries.first, results: (await cardsShown()) - shown, bytes: b, breakdown: k };
    }
    return {
      searchPageBytes: pageLoad.bytes,
      firstQueryBytes: first.bytes,
      laterQueryBytes: Math.max(0, ...later.map((s) => s.bytes)),
      first,
      later,
      ...(moreResults ? { moreResults } : {}),
      pageBreakdown: pageLoad.kinds,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

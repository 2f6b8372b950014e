// What a visitor downloads to search, measured in Chromium against the built site served on
// loopback: the search page until it is ready, the first query, each later query, and one
// "More results". Bytes are counted as a CDN sends them: HTML, CSS, JavaScript and JSON
// gzipped (zlib's default level), Pagefind's index files and WebAssembly as written (they are
// compressed already).
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { launchBrowser } from "../test/support/browser.ts";
import { serve } from "../test/support/serve.ts";

export interface Step {
  query: string;
  results: number;
  bytes: number;
  /** Of `bytes`, those of requests started before the first result card was on screen. */
  toFirstResultBytes: number;
  /** Bytes per kind of file: html, js, css, json, pagefind (script and WebAssembly), pf_meta, pf_index, pf_filter, pf_fragment. */
  breakdown: Record<string, number>;
}

export interface SearchTransfer {
  searchPageBytes: number;
  firstQueryBytes: number;
  /** The search page, then the first query up to its first result card: what a visitor waits for. */
  beforeFirstResultBytes: number;
  /** The largest of the later queries: the goal is for each of them. */
  laterQueryBytes: number;
  first: Step;
  later: Step[];
  /** "More results" after the last later query: the next result cards only. */
  moreResults?: Step;
  pageBreakdown: Record<string, number>;
}

const TEXT_KINDS = new Set(["html", "js", "css", "json"]);

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
    // Each URL's bytes in the current step, to tell by the page's resource timing which came before the first card.
    let sizes = new Map<string, number>();
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
      const body = (await res?.body().catch(() => Buffer.alloc(0))) ?? Buffer.alloc(0);
      const kind = kindOf(req.url());
      // As a CDN sends them: text gzipped; Pagefind's index files and WebAssembly are compressed already.
      const size = TEXT_KINDS.has(kind) ? gzipSync(body).length : body.length;
      bytes += size;
      sizes.set(req.url(), (sizes.get(req.url()) ?? 0) + size);
      kinds[kind] = (kinds[kind] ?? 0) + size;
      done();
    });
    /** Every request finished and none started for half a second. */
    const quiet = async () => {
      while (inFlight > 0 || Date.now() - lastActivity < 500) await new Promise((r) => setTimeout(r, 100));
    };
    const take = () => {
      const taken = { bytes, kinds, sizes };
      bytes = 0;
      kinds = {};
      sizes = new Map();
      return taken;
    };
    const cardsShown = async () => page.evaluate(() => document.querySelectorAll("#search-list > li").length);
    const ask = async (query: string): Promise<Step> => {
      await page.fill("#search-q", query);
      // The moment the list changes, by the page's clock (a mutation observer runs before the page's next request).
      await page.evaluate(() => {
        const w = window as unknown as { firstCard?: number };
        delete w.firstCard;
        const list = document.querySelector("#search-list")!;
        new MutationObserver((_, o) => {
          if (!list.children.length) return; // the old results cleared; the new ones come next
          o.disconnect();
          w.firstCard = performance.now();
        }).observe(list, { childList: true });
      });
      await page.press("#search-q", "Enter");
      await page.waitForFunction((q) => (document.querySelector("#search-status")?.textContent ?? "").includes(`“${q}”`), query);
      await waitForCards(page);
      await quiet();
      const { bytes: b, kinds: k, sizes: perUrl } = take();
      const started = await page.evaluate(() => ({
        firstCard: (window as unknown as { firstCard?: number }).firstCard ?? Infinity,
        entries: performance.getEntriesByType("resource").map((e) => [e.name, e.startTime] as const),
      }));
      const early = new Set(started.entries.filter(([, t]) => t < started.firstCard).map(([name]) => name));
      const toFirst = [...perUrl].filter(([u]) => early.has(u)).reduce((n, [, size]) => n + size, 0);
      return { query, results: await resultCount(page), bytes: b, toFirstResultBytes: toFirst, breakdown: k };
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
      moreResults = { query: queries.later.at(-1) ?? queries.first, results: (await cardsShown()) - shown, bytes: b, toFirstResultBytes: b, breakdown: k };
    }
    return {
      searchPageBytes: pageLoad.bytes,
      firstQueryBytes: first.bytes,
      beforeFirstResultBytes: pageLoad.bytes + first.toFirstResultBytes,
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

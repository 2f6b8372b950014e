// What a visitor downloads to search, measured in Chromium against the built site served on
// loopback: the search page until it is ready, the first query, and a later query.
import type { Page } from "playwright-core";
import { launchBrowser } from "../test/support/browser.ts";
import { serve } from "../test/support/serve.ts";

export interface SearchTransfer {
  searchPageBytes: number;
  firstQueryBytes: number;
  laterQueryBytes: number;
  queries: [string, string];
  /** Bytes per kind of file in each step: html, js, css, wasm, pf_meta, pf_index, pf_filter, pf_fragment. */
  breakdown: Record<"page" | "first" | "later", Record<string, number>>;
}

const kindOf = (url: string) => /\.(pf_\w+|wasm|pagefind|js|css|json)$/.exec(new URL(url).pathname)?.[1] ?? "html";

async function waitForResults(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const status = document.querySelector("#search-status")?.textContent ?? "";
    return /result/i.test(status) && !/Searching/.test(status);
  });
}

export async function measureSearchTransfer(site: string, queries: [string, string] = ["audit", "workforce"]): Promise<SearchTransfer> {
  const server = await serve(site);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    let bytes = 0;
    let kinds: Record<string, number> = {};
    // Response bodies as served (Pagefind's index files are already compressed).
    page.on("response", async (res) => {
      const size = (await res.body().catch(() => Buffer.alloc(0))).length;
      bytes += size;
      const kind = kindOf(res.url());
      kinds[kind] = (kinds[kind] ?? 0) + size;
    });
    const take = () => {
      const taken = { bytes, kinds };
      bytes = 0;
      kinds = {};
      return taken;
    };
    const settle = () => page.waitForLoadState("networkidle");
    await page.goto(`${server.url}search/`);
    await page.waitForFunction(() => /Type a name/.test(document.querySelector("#search-status")?.textContent ?? ""));
    await settle();
    const pageLoad = take();
    await page.fill("#search-q", queries[0]);
    await page.press("#search-q", "Enter");
    await waitForResults(page);
    await settle();
    const first = take();
    await page.fill("#search-q", queries[1]);
    await page.press("#search-q", "Enter");
    await waitForResults(page);
    await settle();
    const later = take();
    return {
      searchPageBytes: pageLoad.bytes,
      firstQueryBytes: first.bytes,
      laterQueryBytes: later.bytes,
      queries,
      breakdown: { page: pageLoad.kinds, first: first.kinds, later: later.kinds },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

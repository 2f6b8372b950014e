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
}

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
    // Response bodies as served (Pagefind's index files are already compressed).
    page.on("response", async (res) => {
      bytes += (await res.body().catch(() => Buffer.alloc(0))).length;
    });
    const settle = () => page.waitForLoadState("networkidle");
    await page.goto(`${server.url}search/`);
    await page.waitForFunction(() => /Type a name/.test(document.querySelector("#search-status")?.textContent ?? ""));
    await settle();
    const searchPageBytes = bytes;
    bytes = 0;
    await page.fill("#search-q", queries[0]);
    await page.press("#search-q", "Enter");
    await waitForResults(page);
    await settle();
    const firstQueryBytes = bytes;
    bytes = 0;
    await page.fill("#search-q", queries[1]);
    await page.press("#search-q", "Enter");
    await waitForResults(page);
    await settle();
    return { searchPageBytes, firstQueryBytes, laterQueryBytes: bytes, queries };
  } finally {
    await browser.close();
    await server.close();
  }
}

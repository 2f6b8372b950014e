// The catalog: load a folder of records, validate everything, resolve what pages need.
import { readdir } from "node:fs/promises";
import path from "node:path";
import { DateTime } from "luxon";
import { loadRawCatalog, type RawCatalog } from "./load.ts";
import { checkMoney, loadMoneyTables } from "./money.ts";
import { CatalogError, type Problem } from "./problems.ts";
import { resolveCatalog, type Catalog } from "./resolve.ts";
import { validateCatalog } from "./validate.ts";

export { CatalogError, formatProblem, type Problem } from "./problems.ts";
export type { Catalog, ResolvedCertification, ResolvedIssuer } from "./resolve.ts";

export interface BuildCatalogOptions {
  dir: string;
  renderMarkdown: (md: string) => string;
  /**
   * Starts a renderer of many texts at once, for about `expected` of them (the same rendering,
   * each text's HTML in order; perhaps on another thread). Given it, the catalog renders every
   * description with it while the records are being validated.
   */
  startMarkdownBatch?: (expected: number) => { render(texts: string[]): Promise<string[]>; close(): void };
  today?: DateTime;
  /** The exchange-rate and price-index tables: <dir>/money unless named. */
  moneyDir?: string;
}

export interface BuiltCatalog {
  catalog: Catalog;
  warnings: Problem[];
}

/** Throws a CatalogError listing every error; returns warnings beside a good catalog. */
export async function buildCatalog({ dir, renderMarkdown, startMarkdownBatch, today = DateTime.utc(), moneyDir = path.join(dir, "money") }: BuildCatalogOptions): Promise<BuiltCatalog> {
  // Started before the records load, so that it is ready once they have (one description per record).
  const batch = startMarkdownBatch?.(await countRecords(dir));
  try {
    const { raw, problems: loadProblems } = await loadRawCatalog(dir);
    const rendered = batch && renderDescriptions(raw, batch.render);
    rendered?.catch(() => {}); // awaited below, unless the records have errors
    const money = await loadMoneyTables(moneyDir, loadProblems);
    const { catalog, problems } = validateCatalog(raw, { today });
    if (money) checkMoney(catalog.certifications, money.table, moneyDir, problems);
    const all = [...loadProblems, ...problems];
    if (!money || all.some((p) => p.severity === "error")) throw new CatalogError(all);
    const html = await rendered;
    const render = html ? (md: string) => html.get(md) ?? renderMarkdown(md) : renderMarkdown;
    return { catalog: resolveCatalog(catalog, render, money), warnings: all };
  } finally {
    batch?.close();
  }
}

async function countRecords(dir: string): Promise<number> {
  const counts = await Promise.all(["certifications", "issuers", "roles"].map((kind) => readdir(path.join(dir, kind)).then((names) => names.length, () => 0)));
  return counts.reduce((a, b) => a + b, 0);
}

/** Every record's description, as loaded (before validation), and its HTML. */
async function renderDescriptions(raw: RawCatalog, renderAll: (texts: string[]) => Promise<string[]>): Promise<Map<string, string>> {
  const texts = new Set<string>();
  for (const { data } of [...raw.certifications, ...raw.issuers, ...raw.roles]) {
    const description = (data as { description?: unknown } | null)?.description;
    if (typeof description === "string") texts.add(description);
  }
  const list = [...texts];
  const html = await renderAll(list);
  return new Map(list.map((text, i) => [text, html[i]!]));
}

// The catalog: load a folder of records, validate everything, resolve what pages need.
import { DateTime } from "luxon";
import { loadRawCatalog } from "./load.ts";
import path from "node:path";
import { checkMoney, loadMoneyTables } from "./money.ts";
import { CatalogError, type Problem } from "./problems.ts";
import { resolveCatalog, type Catalog } from "./resolve.ts";
import { validateCatalog } from "./validate.ts";

export { CatalogError, formatProblem, type Problem } from "./problems.ts";
export type { Catalog, ResolvedCertification, ResolvedIssuer } from "./resolve.ts";

export interface BuildCatalogOptions {
  dir: string;
  renderMarkdown: (md: string) => string;
  today?: DateTime;
  /** The exchange-rate and price-index tables: <dir>/money unless named. */
  moneyDir?: string;
}

export interface BuiltCatalog {
  catalog: Catalog;
  warnings: Problem[];
}

/** Throws a CatalogError listing every error; returns warnings beside a good catalog. */
export async function buildCatalog({ dir, renderMarkdown, today = DateTime.utc(), moneyDir = path.join(dir, "money") }: BuildCatalogOptions): Promise<BuiltCatalog> {
  const { raw, problems: loadProblems } = await loadRawCatalog(dir);
  const money = await loadMoneyTables(moneyDir, loadProblems);
  const { catalog, problems } = validateCatalog(raw, { today });
  if (money) checkMoney(catalog.certifications, money.table, moneyDir, problems);
  const all = [...loadProblems, ...problems];
  if (!money || all.some((p) => p.severity === "error")) throw new CatalogError(all);
  return { catalog: resolveCatalog(catalog, renderMarkdown, money), warnings: all };
}

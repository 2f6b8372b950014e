// npm run check:sources: ask every source URL in the catalogue whether it still answers, and
// report each one that does not, with the records that cite it. Needs the internet; it is not
// part of `npm test` (a test runs it against a local server with one live and one dead link).
// linkinator does the checking, with retries; only the sources themselves are fetched, not
// the links on their pages.
//
//   tsx scripts/check-sources.ts [--concurrency N] [--timeout MS]    CATALOG_DIR=DIR for another folder
import path from "node:path";
import { parseArgs } from "node:util";
import { LinkChecker, LinkState } from "linkinator";
import { CatalogError, formatProblem } from "../src/lib/catalog/index.ts";
import { catalogDir, loadCatalog } from "../src/lib/eleventy/catalog-data.ts";

const { values } = parseArgs({
  options: { concurrency: { type: "string", default: "8" }, timeout: { type: "string", default: "20000" } },
});

const dir = catalogDir();
let built;
try {
  built = await loadCatalog(dir);
} catch (err) {
  if (!(err instanceof CatalogError)) throw err;
  console.error(err.problems.filter((p) => p.severity === "error").map(formatProblem).join("\n"));
  process.exit(1);
}
const { catalog } = built;

/** Every source URL, with the files of the records that list it. */
const cited = new Map<string, Set<string>>();
const add = (url: string, file: string) => {
  const href = new URL(url).href;
  (cited.get(href) ?? cited.set(href, new Set()).get(href)!).add(file);
};
for (const c of catalog.certifications) for (const s of c.sources) add(s.url, c.file);
for (const i of catalog.issuers) for (const s of i.sources) add(s.url, i.file);
for (const r of catalog.roles) for (const s of r.sources) add(s.url, r.file);
for (const s of catalog.money.sources) add(s.url, path.join(path.relative(process.cwd(), dir) || ".", "money"));

const checker = new LinkChecker();
const result = await checker.check({
  path: [...cited.keys()],
  recurse: false,
  concurrency: Number(values.concurrency),
  timeout: Number(values.timeout),
  retry: true,
  retryErrors: true,
  retryErrorsCount: 2,
  // Only the sources themselves: every link found on their pages is skipped.
  linksToSkip: async (link) => !cited.has(link),
});

const broken = result.links.filter((l) => l.state === LinkState.BROKEN && cited.has(l.url));
for (const l of broken.sort((a, b) => a.url.localeCompare(b.url))) {
  const why = l.status ? `answered ${l.status}` : `did not answer (${(l.failureDetails?.[0] as Error | undefined)?.message ?? "no response"})`;
  for (const file of [...cited.get(l.url)!].sort()) console.log(`${file}: ${l.url} ${why}`);
}
console.log(`${cited.size} source URL(s) checked: ${broken.length} no longer answer.`);
process.exit(broken.length ? 1 : 0);

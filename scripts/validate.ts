// npm run validate: check every record without building pages, then print how much of the
// catalogue has each key fact (cost, time, validity, levels). Exit 1 on any error.
//   CATALOG_DIR=DIR to check another catalog folder.
import path from "node:path";
import { CatalogError, formatProblem } from "../src/lib/catalog/index.ts";
import { catalogDir, loadCatalog } from "../src/lib/eleventy/catalog-data.ts";
import { coverageTable } from "../src/lib/catalog/coverage.ts";

const dir = catalogDir();
try {
  const { catalog, warnings } = await loadCatalog(dir);
  for (const w of warnings) console.warn(`warning: ${formatProblem(w)}`);
  console.log(
    `${path.relative(process.cwd(), dir) || dir}: ${catalog.certifications.length} certifications, ${catalog.issuers.length} issuers and ${catalog.roles.length} roles are valid (${warnings.length} warning(s)).`,
  );
  console.log(`\n${coverageTable(catalog.coverage)}`);
} catch (err) {
  if (!(err instanceof CatalogError)) throw err;
  const errors = err.problems.filter((p) => p.severity === "error");
  console.error(errors.map(formatProblem).join("\n"));
  console.error(`${errors.length} error(s).`);
  process.exit(1);
}

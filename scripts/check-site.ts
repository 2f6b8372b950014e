// Check a built site (HTML validity, links, size budget, CSP-safety, head) and list every
// problem as `<page path>: <problem>`. Exit 1 on any problem, 2 if the folder can't be checked.
//
//   tsx scripts/check-site.ts [DIR] [--prefix /certs/]      DIR defaults to _site
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { checkSite, formatSiteProblem } from "../src/lib/check/index.ts";

const { values, positionals } = parseArgs({
  options: { prefix: { type: "string", default: "/" } },
  allowPositionals: true,
});
if (positionals.length > 1) {
  console.error("usage: tsx scripts/check-site.ts [DIR] [--prefix /certs/]");
  process.exit(2);
}
const dir = path.resolve(positionals[0] ?? "_site");
if (!existsSync(dir) || !statSync(dir).isDirectory()) {
  console.error(`${dir} is not a folder: build the site first (npm run build).`);
  process.exit(2);
}

const result = await checkSite(dir, { prefix: values.prefix! });
if (result.pages === 0) {
  console.error(`${dir} has no .html pages: is it a built site?`);
  process.exit(2);
}
for (const p of result.problems) console.log(formatSiteProblem(p));
const largest = result.largest ? `${result.largest.bytes} bytes gzipped (${result.largest.page})` : "none";
console.log(`checked ${result.pages} pages: ${result.problems.length} problem(s); largest page ${largest}`);
process.exit(result.problems.length > 0 ? 1 : 0);

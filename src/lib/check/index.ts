// Check a built site: every page's HTML validity, links and assets, size, CSP-safety and head.
// Returns every problem at once, page by page in path order, so one run lists all the work.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { ConfigData } from "html-validate";
import { normalisePrefix } from "../hosting/prefix.ts";
import { listSite } from "./files.ts";
import { checkHead } from "./head.ts";
import { parsePage } from "./html.ts";
import { checkLinks } from "./links.ts";
import type { SiteProblem } from "./problems.ts";
import { checkSecurity } from "./security.ts";
import { gzippedSize, PAGE_BUDGET_BYTES } from "./size.ts";
import { createValidator, loadValidatorConfig } from "./validity.ts";

export { formatSiteProblem, type SiteProblem } from "./problems.ts";
export { PAGE_BUDGET_BYTES } from "./size.ts";

export interface CheckOptions {
  /** Path prefix the site is built for, e.g. "/certs/". Default "/". */
  prefix?: string;
  /** html-validate configuration; default: the project's .htmlvalidate.json. */
  htmlValidate?: ConfigData;
}

export interface CheckResult {
  pages: number;
  problems: SiteProblem[];
  largest: { page: string; bytes: number } | null;
}

export { normalisePrefix } from "../hosting/prefix.ts";

export async function checkSite(dir: string, options: CheckOptions = {}): Promise<CheckResult> {
  const prefix = normalisePrefix(options.prefix ?? "/");
  const site = await listSite(dir);
  const validate = createValidator(options.htmlValidate ?? (await loadValidatorConfig()));

  // Link targets' ids, parsed once however many pages link to them.
  const idCache = new Map<string, Promise<Set<string>>>();
  const idsOf = (file: string) => {
    if (!idCache.has(file)) idCache.set(file, readFile(path.join(dir, file), "utf8").then((html) => parsePage(html).ids));
    return idCache.get(file)!;
  };

  const problems: SiteProblem[] = [];
  let largest: CheckResult["largest"] = null;
  for (const page of site.pages) {
    // One line per distinct problem: a broken link in the header is not listed twice per page.
    const messages = new Set<string>();
    const report = (message: string) => void messages.add(message);
    const bytes = await readFile(path.join(dir, page));
    const html = bytes.toString("utf8");

    const gz = gzippedSize(bytes);
    if (!largest || gz > largest.bytes) largest = { page, bytes: gz };
    if (gz > PAGE_BUDGET_BYTES) report(`${gz} bytes gzipped, over the ${PAGE_BUDGET_BYTES}-byte (14 KB) budget`);

    await validate(html, page, report);
    const parsed = parsePage(html);
    checkHead(parsed, report);
    checkSecurity(parsed, report);
    await checkLinks(page, parsed, { site, prefix, idsOf }, report);
    for (const message of messages) problems.push({ page, message });
  }
  return { pages: site.pages.length, problems, largest };
}

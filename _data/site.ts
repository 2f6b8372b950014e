// Site-wide settings. SITE_URL and PATH_PREFIX come from the environment at build time.
import { normalisePrefix } from "../src/lib/hosting/prefix.ts";
export interface SiteSettings {
  title: string;
  description: string;
  url: string;
  pathPrefix: string;
  language: string;
  /** Rows per page of the long lists (browse, issuers, compare): 40 keeps a compare page within 14 KB gzipped; LIST_PAGE_SIZE overrides. */
  listPageSize: number;
  /** Record pages per Eleventy run (src/lib/eleventy/batches.ts): 10,000 stays well within Node's default heap; BUILD_BATCH_SIZE overrides. */
  buildBatchSize: number;
}


function positiveInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} is "${raw}" (expected a whole number of at least 1)`);
  return n;
}

const site: SiteSettings = {
  title: "Contact Centre Certifications",
  description:
    "The open reference to quality certifications for contact centres, call centres and BPO operations, and for the people who work in them: what each demands, costs and means, with every fact sourced and dated.",
  url: (process.env.SITE_URL ?? "http://localhost:8080").replace(/\/+$/, ""),
  pathPrefix: normalisePrefix(process.env.PATH_PREFIX ?? "/"),
  language: "en-GB",
  listPageSize: positiveInteger("LIST_PAGE_SIZE", 40),
  buildBatchSize: positiveInteger("BUILD_BATCH_SIZE", 10000),
};

export default site;

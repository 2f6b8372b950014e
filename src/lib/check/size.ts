// Budget: a page's HTML should arrive in the first TCP round trip (about 14 KB on the wire),
// measured as gzip level 9 of the file: what a host that compresses sends, near enough.
import { gzipSync } from "node:zlib";

export const PAGE_BUDGET_BYTES = 14 * 1024;

export const gzippedSize = (bytes: Uint8Array): number => gzipSync(bytes, { level: 9 }).length;

// One row per certification, RFC 4180 quoting, UTF-8: the catalogue for spreadsheets.
import { stringify } from "csv-stringify/sync";
import type { ResolvedCertification } from "../catalog/resolve.ts";
import { absolute, type ApiContext } from "./records.ts";

const join = (values: string[]) => values.join("; ");

export const CSV_COLUMNS = [
  "slug", "name", "short_name", "kind", "assurance", "categories", "issuer", "status", "cost", "time_to_achieve",
  "validity", "levels", "roles", "editions", "regions", "supersedes", "superseded_by", "sources", "last_reviewed", "url",
] as const;

export function certificationsCsv(certs: ResolvedCertification[], ctx: ApiContext): string {
  const rows = certs.map((c) => [
    c.slug,
    c.name,
    c.shortName ?? "",
    c.kindLabel,
    c.assuranceLabel,
    join(c.categoryLabels.map((l) => l.label)),
    c.issuerRecord.name,
    c.statusLabel,
    !c.certifiable ? "not certifiable" : c.costFigures.length ? join(c.costFigures.map((f) => `${f.phrase}, as of ${f.asOf.iso} (${f.priceType})`)) : "not published",
    !c.certifiable ? "not certifiable" : c.durationFigures.length ? join(c.durationFigures.map((f) => `${f.phrase}, as of ${f.asOf.iso}`)) : "not published",
    !c.certifiable ? "not certifiable" : c.validity.status === "published" ? c.validityText : "not published",
    String(c.levels.length),
    join(c.roleFits.map((r) => r.name)),
    join(c.editions.map((e) => `${e.name} (${e.standing.text})`)),
    join(c.regions),
    join(c.supersedes),
    join(c.supersededBy),
    join(c.sources.map((s) => s.url)),
    c.lastReviewed.iso,
    absolute(ctx, c.url),
  ]);
  // CRLF line ends and a header row, as RFC 4180 describes.
  return stringify([[...CSV_COLUMNS], ...rows], { record_delimiter: "windows", quoted_match: /[",\r\n]/ });
}

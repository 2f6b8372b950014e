// Builds the claims index from the resolved catalogue: every record's names and aliases and
// every edition's spellings, normalised once here so the browser only compares words.
import type { Catalog } from "../catalog/resolve.ts";
import { editionDates, wordingFor } from "../catalog/editions.ts";
import { normalise } from "./normalise.ts";
import type { ClaimsIndex, SpellingKind } from "./index-types.ts";

export function claimsIndex(catalog: Catalog): ClaimsIndex {
  const spellings: ClaimsIndex["spellings"] = [];
  const seen = new Set<string>();
  const add = (text: string, record: number, edition: number, kind: SpellingKind) => {
    const key = normalise(text);
    const id = `${key}|${record}|${edition}`;
    if (!key || seen.has(id)) return;
    seen.add(id);
    spellings.push([key, record, edition, kind]);
  };
  const records = catalog.certifications.map((c, i) => {
    add(c.name, i, -1, "name");
    if (c.shortName) add(c.shortName, i, -1, "name");
    for (const a of c.aliases) add(a.name, i, -1, a.kind === "former-name" ? "former-name" : "alias");
    c.editions.forEach((e, k) => [e.name, ...e.claims].forEach((s) => add(s, i, k, "edition")));
    return {
      n: c.name,
      u: c.url,
      st: c.statusLabel,
      sb: c.successors.map((s) => ({ n: s.name, u: s.url })),
      a: c.assuranceLabel,
      ah: c.assuranceHelp,
      cert: c.assurance === "certification",
      ask: c.verify.how,
      ...(c.verify.register ? { reg: c.verify.register } : {}),
      w: wordingFor(c),
      e: c.editions.map((e) => {
        const d = editionDates(e);
        return {
          n: e.name,
          p: d.published,
          ...(d.newCertificationEnds ? { x: d.newCertificationEnds } : {}),
          ...(d.validUntil ? { v: d.validUntil } : {}),
          ...(d.endNotPublished ? { np: true as const } : {}),
          ...(e.newer ? { nn: e.newer.name, nu: e.newer.url } : {}),
          u: `${c.url}#${e.anchor}`,
        };
      }),
    };
  });
  // An edition's spelling wins over a record alias that reads the same (the alias "ISO 9001:2008"
  // of the record, the edition "ISO 9001:2008"): drop the alias entry for that record.
  const editionKeys = new Set(spellings.filter((s) => s[3] === "edition").map((s) => `${s[0]}|${s[1]}`));
  return {
    built: catalog.editionDate?.iso ?? "",
    records,
    spellings: spellings.filter((s) => s[3] === "edition" || !editionKeys.has(`${s[0]}|${s[1]}`)),
  };
}

// npm run new -- <slug>            write _data/certifications/<slug>.ts
// npm run new -- --issuer <slug>   write _data/issuers/<slug>.ts
// Every field is present and explained; the empty ones fail `npm run validate` with the
// field's name until they are filled in, so nothing half-done can be published.
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { SLUG_PATTERN } from "../src/lib/schema/primitives.ts";
import { ASSURANCE_KINDS, CATEGORIES, COST_BASES, KINDS, PRICE_TYPES, SOURCE_KINDS, STATUSES, ISSUER_TYPES } from "../src/lib/schema/index.ts";
import { PREREQUISITE_TYPES, STAGES } from "../src/lib/schema/roles.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { issuer: { type: "boolean", default: false }, dir: { type: "string", default: process.env.CATALOG_DIR ?? "_data" } },
});

const slug = positionals[0];
if (!slug || !SLUG_PATTERN.test(slug)) {
  console.error(`Usage: npm run new -- [--issuer] <slug>\n  <slug>: lowercase letters, digits and single hyphens, e.g. iso-9001${slug ? ` (got "${slug}")` : ""}`);
  process.exit(2);
}

const today = new Date().toISOString().slice(0, 10);
const oneOf = (values: readonly string[]) => values.map((v) => `"${v}"`).join(" | ");

const certification = `import type { CertificationInput } from "../../src/lib/schema/index.ts";

// Fill in every empty value; \`npm run validate\` names each one still missing.
// Facts cite sources by id: cite: ["some-source"] must match an id in \`sources\` below.
export default {
  slug: "${slug}", // must equal the file name
  name: "", // full official name
  // shortName: "",
  aliases: [], // former names and abbreviations: { name: "", kind: "former-name" | "abbreviation" | "alternative" }
  kind: "", // ${oneOf(KINDS)}
  categories: [], // one or more of: ${oneOf(CATEGORIES)}
  issuer: "", // slug of a file in _data/issuers/ (the scheme owner)
  certifiers: [], // slugs of other issuers that assess or award it
  formerIssuers: [], // slugs of issuers that owned it before
  // website: "https://...",
  assurance: "", // ${oneOf(ASSURANCE_KINDS)}: what it proves; guidance cannot be certified against
  status: "", // ${oneOf(STATUSES)}
  // statusDetail: { note: "", cite: [""] }, // or unconfirmed: true and a note saying why it is shown
  supersedes: [], // slugs of certifications this one replaced (they must list this one in supersededBy)
  supersededBy: [], // slugs of certifications that replaced this one
  related: [],
  summary: "", // one or two plain sentences
  history: [
    // { date: "YYYY" | "YYYY-MM" | "YYYY-MM-DD", event: "", cite: [""] },
  ],
  levels: [], // in order: { name: "", description: "", cite: [""] }
  cost: { status: "not-published", note: "" },
  // or: { status: "published", figures: [{ min: 0, max: 0, currency: "USD", basis: ${oneOf(COST_BASES)},
  //        priceType: ${oneOf(PRICE_TYPES)}, context: "", covers: "", asOf: "YYYY", cite: [""] }] }
  // "not-published" means no public source states it; the note says what was looked at.
  timeToAchieve: { status: "not-published", note: "" },
  // or: { status: "published", figures: [{ min: "P6M", max: "P1Y", asOf: "YYYY", cite: [""] }] }
  validity: { status: "not-published", note: "" },
  // or: { status: "published", rules: [{ period: "P3Y" (or lifetime: true), renewal: "", appliesTo: "", cite: [""] }] }
  // auditTime: { rule: "", audit: "", rows: [{ staffMin: 1, staffMax: 5, days: 1.5 }], cite: [""] }, // audit days by head count
  editions: [], // oldest first: { id: "2015", name: "", claims: [""], published: "YYYY", newCertificationEnds: "YYYY-MM-DD", validUntil: "YYYY-MM-DD", cite: [""] }
  roles: [], // individual certifications: { role: "" (a slug in _data/roles/), stage: ${oneOf(STAGES)}, cite: [""] }
  // prerequisites: { status: "none-published", note: "" }, // or { status: "published", items: [{ type: ${oneOf(PREREQUISITE_TYPES)}, requirement: "required" | "recommended", text: "", cite: [""] }] }
  requirements: [], // { text: "", cite: [""] }
  recognition: [], // { text: "", cite: [""] }
  regions: [], // e.g. "Worldwide", "India"
  verify: { how: "", cite: [""] }, // how a buyer checks a holder; register: "https://..." if public
  disagreements: [], // { topic: "", positions: [{ claim: "", cite: [""] }, { claim: "", cite: [""] }] }
  sources: [
    { id: "", url: "", title: "", publisher: "", kind: "", accessed: "${today}" }, // kind: ${oneOf(SOURCE_KINDS)}; published: "YYYY-MM-DD" if known
  ],
  description: \`\`, // Markdown, in our own words; raw HTML is not rendered
  lastReviewed: "${today}",
} satisfies CertificationInput;
`;

const issuer = `import type { IssuerInput } from "../../src/lib/schema/index.ts";

// Fill in every empty value; \`npm run validate\` names each one still missing.
export default {
  slug: "${slug}", // must equal the file name
  name: "",
  // shortName: "",
  formerNames: [], // { name: "", until: "YYYY", cite: [""] }
  type: "", // ${oneOf(ISSUER_TYPES)}
  // website: "https://...",
  // country: "",
  // founded: { date: "YYYY", cite: [""] },
  status: "", // "active" | "merged" | "defunct"
  // statusDetail: { note: "", cite: [""] },
  // successor: { issuer: "", date: "YYYY-MM-DD", cite: [""] }, // the issuer that carried its work on
  summary: "",
  description: \`\`, // Markdown; raw HTML is not rendered
  sources: [
    { id: "", url: "", title: "", publisher: "", kind: "", accessed: "${today}" }, // kind: ${oneOf(SOURCE_KINDS)}
  ],
  lastReviewed: "${today}",
} satisfies IssuerInput;
`;

const file = path.join(values.dir!, values.issuer ? "issuers" : "certifications", `${slug}.ts`);
if (existsSync(file)) {
  console.error(`${file} already exists; edit it instead.`);
  process.exit(1);
}
await mkdir(path.dirname(file), { recursive: true });
await writeFile(file, values.issuer ? issuer : certification);
console.log(`Wrote ${file}. Fill it in, then run: npm run validate\n`);

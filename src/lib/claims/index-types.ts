// The claims index the build writes to /check/claims.json and the checker reads: compact,
// because a visitor downloads it before their first result.

/** How a spelling names its target: a record's own name, a former name, another alias, an edition. */
export type SpellingKind = "name" | "former-name" | "alias" | "edition";

export interface ClaimsEdition {
  /** Name. */
  n: string;
  /** Published, new certification ended, valid until: ISO dates at their own precision. */
  p: string;
  x?: string;
  v?: string;
  /** True when the end is recorded as not published. */
  np?: true;
  /** The edition that replaced it: name and URL. */
  nn?: string;
  nu?: string;
  /** The edition's anchor on the record's page. */
  u: string;
}

export interface ClaimsRecord {
  /** Name and page (root-relative, before the path prefix). */
  n: string;
  u: string;
  /** Status label, and the records that replaced it. */
  st: string;
  sb: { n: string; u: string }[];
  /** Kind of assurance: its label, what it proves, and whether it is a certification at all. */
  a: string;
  ah: string;
  cert: boolean;
  /** What to ask the vendor for and where to verify, and the public register if any. */
  ask: string;
  reg?: string;
  /** How an edition's end is worded. */
  w: "certificates" | "version";
  e: ClaimsEdition[];
}

export interface ClaimsIndex {
  /** The date of this edition of the catalogue. */
  built: string;
  records: ClaimsRecord[];
  /** [normalised spelling, record index, edition index or -1, kind]. */
  spellings: [string, number, number, SpellingKind][];
}

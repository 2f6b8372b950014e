// The claim checker's matcher: finds every scheme and edition a pasted text names, by the
// record names, aliases and edition spellings in the claims index, case and punctuation
// forgiven. Deterministic: the longest spelling that matches at a position wins, scanning left
// to right. Words that look like a scheme (digits, capitals) but match nothing are returned too,
// so silence is never mistaken for approval.
import type { ClaimsIndex, SpellingKind } from "./index-types.ts";

export interface Token {
  word: string;
  start: number;
  end: number;
  /** The word as written, for telling an acronym (HIPAA) from an ordinary word. */
  raw: string;
}

/** Letters and digits in runs, folded to lower case without accents; offsets into the original. */
export function tokenise(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = m[0].normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
    if (/^[a-z0-9]+$/.test(word)) out.push({ word, start: m.index!, end: m.index! + m[0].length, raw: m[0] });
  }
  return out;
}

export interface Target {
  record: number;
  /** Index into the record's editions, or -1 for the record itself. */
  edition: number;
  kind: SpellingKind;
}

interface Node {
  next: Map<string, Node>;
  targets: Target[];
}

export interface Matcher {
  index: ClaimsIndex;
  root: Node;
}

export function matcher(index: ClaimsIndex): Matcher {
  const root: Node = { next: new Map(), targets: [] };
  for (const [spelling, record, edition, kind] of index.spellings) {
    let node = root;
    for (const word of spelling.split(" ")) {
      let child = node.next.get(word);
      if (!child) node.next.set(word, (child = { next: new Map(), targets: [] }));
      node = child;
    }
    if (!node.targets.some((t) => t.record === record && t.edition === edition)) node.targets.push({ record, edition, kind: kind as SpellingKind });
  }
  return { index, root };
}

export interface Match {
  /** The text as the visitor wrote it. */
  text: string;
  start: number;
  end: number;
  targets: Target[];
  /** A version or year written right after a scheme that has no such edition: "ISO 9001:2010". */
  unknownEdition?: string;
  /** The claim calls it a certification ("SOC 2 certified") next to the match. */
  saysCertified: boolean;
}

export interface Reading {
  matches: Match[];
  /** Words that look like a scheme's name but are not in the catalogue, grouped as written. */
  unrecognised: string[];
}

/** Capitalised words too common to be a scheme's name. */
const COMMON = new Set(
  "a an and are as at be but by for from has have i in inc is it its ltd llc of on or our the their this to we with you your all also both each every".split(" "),
);

/** Could be part of a scheme's name: has a digit or a capital letter (HIPAA, ISO 14001, Investors), and is not a common word. */
const schemeLike = (t: Token) => (/\d/.test(t.word) || /\p{Lu}/u.test(t.raw)) && !COMMON.has(t.word);
/** A version or year after a scheme's name: 2010, v4, 3 (of 3.2.1). */
const versionLike = (t: Token | undefined) => !!t && /^(v?\d{1,4})$/.test(t.word);
const CERTIFIED = /^certif/;

export function read(m: Matcher, text: string): Reading {
  const tokens = tokenise(text);
  const matches: Match[] = [];
  const used = new Set<number>();
  for (let i = 0; i < tokens.length; ) {
    let node: Node | undefined = m.root;
    let best: { end: number; targets: Target[] } | undefined;
    for (let j = i; j < tokens.length && node; j++) {
      node = node.next.get(tokens[j]!.word);
      if (node?.targets.length) best = { end: j, targets: node.targets };
    }
    if (!best) {
      i++;
      continue;
    }
    for (let k = i; k <= best.end; k++) used.add(k);
    const after = tokens[best.end + 1];
    const recordOnly = best.targets.every((t) => t.edition === -1);
    const hasEditions = best.targets.some((t) => m.index.records[t.record]!.e.length > 0);
    const unknownEdition = recordOnly && hasEditions && versionLike(after) && text.slice(tokens[best.end]!.end, after!.start).length <= 3 ? editionText(tokens, best.end + 1, text) : undefined;
    if (unknownEdition) for (let k = best.end + 1; k < best.end + 1 + unknownEdition.count; k++) used.add(k);
    // "certified" next to the name, or inside a spelling that includes it ("SOC 2 certified").
    const after2 = best.end + 1 + (unknownEdition?.count ?? 0);
    const near = [tokens[i - 1], ...tokens.slice(i, best.end + 1), tokens[after2], tokens[after2 + 1]];
    matches.push({
      text: text.slice(tokens[i]!.start, unknownEdition ? unknownEdition.end : tokens[best.end]!.end),
      start: tokens[i]!.start,
      end: tokens[best.end]!.end,
      targets: best.targets,
      ...(unknownEdition ? { unknownEdition: unknownEdition.text } : {}),
      saysCertified: near.some((t) => !!t && CERTIFIED.test(t.word)),
    });
    i = best.end + 1 + (unknownEdition?.count ?? 0);
  }
  return { matches, unrecognised: unrecognised(tokens, used, text) };
}

/** A version written after a scheme: "2010", "v3.2.1" (up to three numbers joined by dots). */
function editionText(tokens: Token[], from: number, text: string): { text: string; count: number; end: number } {
  let to = from;
  while (to + 1 < tokens.length && to - from < 2 && /^\d+$/.test(tokens[to + 1]!.word) && text.slice(tokens[to]!.end, tokens[to + 1]!.start) === ".") to++;
  return { text: text.slice(tokens[from]!.start, tokens[to]!.end), count: to - from + 1, end: tokens[to]!.end };
}

/** Scheme-like words no spelling matched, neighbours joined as written ("ISO 14001", "PCI PIN"). */
function unrecognised(tokens: Token[], used: Set<number>, text: string): string[] {
  const out: string[] = [];
  let group: Token[] = [];
  const flush = () => {
    if (group.length) out.push(text.slice(group[0]!.start, group.at(-1)!.end));
    group = [];
  };
  tokens.forEach((t, i) => {
    if (used.has(i) || !schemeLike(t)) return flush();
    const adjacent = group.length > 0 && /^[ /:.\-–]{1,3}$/.test(text.slice(group.at(-1)!.end, t.start));
    if (!adjacent) flush();
    group.push(t);
  });
  flush();
  return [...new Set(out)];
}

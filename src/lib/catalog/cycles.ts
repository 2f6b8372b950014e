// Depth-first search for cycles in a graph of records: lineage ("superseded by") and careers
// ("leads to") must both run one way. Each cycle is reported once, at the record it closes on.
export interface Cycle {
  /** The file of the record where the walk found the cycle closing. */
  file: string;
  /** Slugs around the cycle, ending where it began: a -> b -> c -> a. */
  slugs: string[];
}

export function findCycles<T>(records: { file: string; record: T }[], slugOf: (r: T) => string, next: (r: T) => string[]): Cycle[] {
  const bySlug = new Map(records.map((r) => [slugOf(r.record), r]));
  const state = new Map<string, "visiting" | "done">();
  const seen = new Set<string>();
  const cycles: Cycle[] = [];
  const visit = (slug: string, trail: string[]): void => {
    const mark = state.get(slug);
    if (mark === "done") return;
    if (mark === "visiting") {
      const slugs = [...trail.slice(trail.indexOf(slug)), slug];
      const key = [...slugs].sort().join(",");
      if (!seen.has(key)) {
        seen.add(key);
        cycles.push({ file: bySlug.get(slug)!.file, slugs });
      }
      return;
    }
    state.set(slug, "visiting");
    for (const s of next(bySlug.get(slug)!.record)) if (bySlug.has(s) && s !== slug) visit(s, [...trail, slug]);
    state.set(slug, "done");
  };
  for (const r of records) visit(slugOf(r.record), []);
  return cycles;
}

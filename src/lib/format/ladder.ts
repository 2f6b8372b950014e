// Geometry for a career path drawn as a ladder: two rails, one rung per role, the first role at
// the bottom. Drawn in a 320-unit-wide box like the lineage timeline, so it is 1:1 on the
// narrowest phone; the ordered list after it on the page says the same in text.
import { wrap } from "./timeline.ts";

export interface LadderRung {
  y: number;
  step: number;
  lines: string[];
  /** "≈ $400–$1,200 USD (2 of 3 priced)", under the role's name. */
  detail: string;
  url: string;
}

export interface Ladder {
  width: number;
  height: number;
  railTop: number;
  railBottom: number;
  rungs: LadderRung[];
}

const WIDTH = 320;
const ROW = 64;

export function ladder(rungs: { name: string; detail: string; url: string }[]): Ladder {
  const n = rungs.length;
  return {
    width: WIDTH,
    height: 24 + n * ROW,
    railTop: 8,
    railBottom: 16 + n * ROW,
    // The first rung is the lowest: people climb from it.
    rungs: rungs.map((r, i) => ({ y: 16 + (n - 1 - i) * ROW + 28, step: i + 1, lines: wrap(r.name, 24), detail: r.detail, url: r.url })),
  };
}

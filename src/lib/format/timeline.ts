// Geometry for the lineage timeline: one row per step, top to bottom, a dot on a line.
// Drawn in a 320-unit-wide box so it is 1:1 on the narrowest phone; names wrap to two lines.
import type { LineageStep } from "../catalog/resolve.ts";

export interface TimelineRow {
  y: number;
  year: string;
  lines: string[];
  /** "Editions 2005 · 2013 · 2022", under the name, when the step has more than one. */
  editions?: { y: number; lines: string[] };
  url: string;
  current: boolean;
}

export interface Timeline {
  width: number;
  height: number;
  lineTop: number;
  lineBottom: number;
  rows: TimelineRow[];
}

const WIDTH = 320;
const ROW = 52;
const CHARS_PER_LINE = 26;

/** Break a name into at most two lines of about CHARS_PER_LINE characters, at spaces. */
export function wrap(text: string, width = CHARS_PER_LINE): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && (line + " " + word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= 2) return lines;
  const second = lines.slice(1).join(" ");
  return [lines[0]!, second.length > width ? `${second.slice(0, width - 1)}…` : second];
}

/** Rows are a fixed height; a step with editions to mark gets one more line of text. */
export function lineageTimeline(steps: LineageStep[]): Timeline {
  let y = 24;
  const rows = steps.map((s) => {
    const lines = wrap(s.label);
    const editions = s.editionYears.length > 1 ? wrap(`Editions ${s.editionYears.join(" · ")}`, 34) : [];
    const row: TimelineRow = {
      y,
      year: s.from ? s.from.iso.slice(0, 4) : "",
      lines,
      ...(editions.length ? { editions: { y: y + 5 + lines.length * 16, lines: editions } } : {}),
      url: s.url,
      current: s.current,
    };
    y += ROW + 16 * editions.length;
    return row;
  });
  const last = rows.at(-1)!;
  return { width: WIDTH, height: last.y + 32 + 16 * (last.editions?.lines.length ?? 0), lineTop: 24, lineBottom: last.y, rows };
}

// Geometry for the lineage timeline: one row per step, top to bottom, a dot on a line.
// Drawn in a 320-unit-wide box so it is 1:1 on the narrowest phone; names wrap to two lines.
import type { LineageStep } from "../catalog/resolve.ts";

export interface TimelineRow {
  y: number;
  year: string;
  lines: string[];
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

export function lineageTimeline(steps: LineageStep[]): Timeline {
  const rows = steps.map((s, i) => ({
    y: 24 + i * ROW,
    year: s.from ? s.from.iso.slice(0, 4) : "",
    lines: wrap(s.label),
    url: s.url,
    current: s.current,
  }));
  return { width: WIDTH, height: 24 + steps.length * ROW - 20, lineTop: 24, lineBottom: 24 + (steps.length - 1) * ROW, rows };
}

// ISO 8601 durations for people: "P7M"/"P8M" -> "7–8 months", "P1Y" -> "1 year".
import { Duration } from "luxon";
import { memoize } from "./memo.ts";

const UNITS = ["years", "months", "weeks", "days", "hours", "minutes"] as const;
type Unit = (typeof UNITS)[number];

function parts(iso: string): Array<[Unit, number]> {
  const d = Duration.fromISO(iso);
  return UNITS.map((u) => [u, d.get(u)] as [Unit, number]).filter(([, n]) => n !== 0);
}

function unitName(unit: Unit, n: number): string {
  const singular = unit.slice(0, -1);
  return n === 1 ? singular : unit;
}

export function formatDuration(iso: string): string {
  return parts(iso).map(([u, n]) => `${n} ${unitName(u, n)}`).join(" ");
}

/** A range reads as one phrase when both ends use one unit: "12–18 months". */
export function formatDurationRange(min: string, max?: string, approximate = false): string {
  return durationRange(min, max, approximate);
}

const durationRange = memoize(rangeText, (min: string, max: string | undefined, approximate: boolean) => `${min}/${max}/${approximate}`);

function rangeText(min: string, max: string | undefined, approximate: boolean): string {
  const prefix = approximate ? "about " : "";
  if (max === undefined || max === min) return prefix + formatDuration(min);
  const a = parts(min);
  const b = parts(max);
  if (a.length === 1 && b.length === 1 && a[0]![0] === b[0]![0]) {
    const [unit, hi] = b[0]!;
    return `${prefix}${a[0]![1]}–${hi} ${unitName(unit, hi)}`;
  }
  return `${prefix}${formatDuration(min)} to ${formatDuration(max)}`;
}

/** Months as a number, for sorting by time to achieve. */
export const durationMonths = memoize((iso: string): number => Duration.fromISO(iso).shiftTo("months").months, (iso) => iso);

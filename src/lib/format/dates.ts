// Dates at the precision they are known: a year stays a year.
import { DateTime } from "luxon";
import type { PartialDate } from "../schema/primitives.ts";

const FORMATS = { year: "yyyy", month: "LLLL yyyy", day: "d LLLL yyyy" } as const;

/** "1995", "February 2003", "3 February 2003" */
export function formatPartialDate(date: PartialDate): string {
  return date.start.setLocale("en-GB").toFormat(FORMATS[date.precision]);
}

/** "3 months ago", relative to `now` (the build passes a fixed date, so output is repeatable). */
export function relativeTo(date: PartialDate, now: DateTime): string {
  return date.start.setLocale("en-GB").toRelative({ base: now, unit: ["years", "months", "days"] }) ?? date.iso;
}

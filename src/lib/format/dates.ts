// Dates at the precision they are known: a year stays a year.
import type { PartialDate } from "../schema/primitives.ts";
import { memoize } from "./memo.ts";

const FORMATS = { year: "yyyy", month: "LLLL yyyy", day: "d LLLL yyyy" } as const;

/** "1995", "February 2003", "3 February 2003" */
export const formatPartialDate = memoize(
  (date: PartialDate): string => date.start.setLocale("en-GB").toFormat(FORMATS[date.precision]),
  (date) => date.iso,
);

const UNITS = ["years", "months", "weeks", "days"] as const;

/**
 * How long before `later` the `earlier` date lies, in its largest whole unit:
 * "the same day", "3 days", "4 weeks", "1 year". Relative to a date from the data
 * (never the clock), so two builds of the same data print the same words.
 */
export const timeBetween = memoize(
  (earlier: PartialDate, later: PartialDate): string => {
    const diff = later.start.diff(earlier.start, [...UNITS]);
    for (const unit of UNITS) {
      const n = Math.floor(diff.get(unit));
      if (n > 0) return `${n} ${n === 1 ? unit.slice(0, -1) : unit}`;
    }
    return "the same day";
  },
  (earlier, later) => `${earlier.iso} ${later.iso}`,
);

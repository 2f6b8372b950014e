// Building blocks shared by every record: dates with a precision, ISO 8601 durations,
// ISO 4217 currencies, http(s) URLs, slugs and citations.
import { z } from "zod";
import { DateTime, Duration } from "luxon";
import { memoize } from "../format/memo.ts";

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const Slug = z
  .string()
  .min(1, { error: "is empty (expected a slug, e.g. iso-9001)", abort: true })
  .regex(SLUG_PATTERN, { error: "is not a slug (expected lowercase letters, digits and single hyphens, e.g. iso-9001)" });

/** Non-empty text with no leading or trailing whitespace. */
export const Text = z
  .string()
  .trim()
  .min(1, { error: "is empty (expected text)" });

export type DatePrecision = "year" | "month" | "day";

/**
 * A date known to a year ("2003"), a month ("2003-02") or a day ("2003-02-03").
 * Kept as an object after parsing so the catalog can find every date in a record
 * (for the "not in the future" check) and pages can print it at its own precision.
 */
export class PartialDate {
  readonly iso: string;
  readonly precision: DatePrecision;
  constructor(iso: string) {
    this.iso = iso;
    this.precision = iso.length === 4 ? "year" : iso.length === 7 ? "month" : "day";
  }
  #start: DateTime | undefined;
  /** The first day the date can mean: 2003 -> 2003-01-01 (parsed once: sorting asks often). */
  get start(): DateTime {
    return (this.#start ??= firstDay(this.iso));
  }
  /** The last day the date can mean: 2003 -> 2003-12-31. */
  get end(): DateTime {
    return this.start.endOf(this.precision);
  }
  toString(): string {
    return this.iso;
  }
  toJSON(): string {
    return this.iso;
  }
}

// Luxon's parsing is the costly part of a date, and a large catalogue repeats the same few
// thousand dates; a DateTime is immutable, so one per date string is shared.
const firstDay = memoize((iso: string) => DateTime.fromISO(iso, { zone: "utc" }), (iso) => iso);
const isCalendarDate = memoize((s: string) => DateTime.fromISO(s).isValid, (s) => s);
const isIsoDuration = memoize((s: string) => Duration.fromISO(s).isValid, (s) => s);

const PARTIAL_DATE_PATTERN = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/**
 * A date that may lie in the future because it is scheduled: the end of a transition, the day
 * an edition is retired. The catalog's "no dates in the future" check passes over it.
 */
export class ScheduledDate extends PartialDate {}

const partialDateString = z
  .string()
  .regex(PARTIAL_DATE_PATTERN, { error: "is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)", abort: true })
  .refine(isCalendarDate, { error: "is not a real calendar date" });

export const PartialDateSchema = partialDateString
  .transform((s) => new PartialDate(s))
  .meta({ description: "A date at year, month or day precision: YYYY, YYYY-MM or YYYY-MM-DD." });

export const ScheduledDateSchema = partialDateString
  .transform((s) => new ScheduledDate(s))
  .meta({ description: "A date at year, month or day precision (YYYY, YYYY-MM or YYYY-MM-DD) that may lie in the future, such as the end of a transition." });

/** A date that must be known to the day, such as when a source was read. */
export const DaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "is not a full date (expected YYYY-MM-DD)", abort: true })
  .refine(isCalendarDate, { error: "is not a real calendar date" })
  .transform((s) => new PartialDate(s))
  .meta({ description: "A calendar date, YYYY-MM-DD." });

export const IsoDuration = z
  .string()
  .refine((s) => /^P(?!$)/.test(s) && isIsoDuration(s), {
    error: "is not an ISO 8601 duration (expected e.g. P6W, P7M, P1Y, P1Y6M)",
  })
  .meta({ description: "An ISO 8601 duration, e.g. P6W, P7M, P1Y6M." });

/** Compare two ISO durations (months taken as 30 days, years as 365): enough to order a range. */
export const durationMillis = memoize((iso: string): number => Duration.fromISO(iso).shiftTo("milliseconds").toMillis(), (iso) => iso);

const CURRENCIES = new Set(Intl.supportedValuesOf("currency"));

export const CurrencyCode = z
  .string()
  .refine((s) => CURRENCIES.has(s), { error: "is not an ISO 4217 currency code (expected e.g. USD, INR, GBP, EUR)" })
  .meta({ description: "An ISO 4217 currency code." });

export const HttpUrl = z
  .string()
  .refine(
    (s) => {
      try {
        const u = new URL(s);
        return (u.protocol === "http:" || u.protocol === "https:") && u.hostname.length > 0;
      } catch {
        return false;
      }
    },
    { error: "is not an http(s) URL (expected https://... or http://...)" },
  )
  .meta({ description: "An absolute http or https URL." });

/** Ids of the record's own sources that a fact rests on. */
export const Citations = z
  .array(Slug)
  .min(1, { error: "cites no source (expected at least one id from this record's sources)" });

/**
 * What every sourced fact carries: the sources it rests on, and a flag for a claim that
 * no source confirms (then a note says why it is still shown).
 */
export const factFields = {
  cite: Citations,
  unconfirmed: z.boolean().optional().meta({ description: "True when no reliable source confirms the claim." }),
  note: Text.optional(),
};

/** Fact fields where citing is optional: "not published" notes, which cite only if they state a fact. */
export const optionalFactFields = {
  cite: Citations.optional().meta({ description: "Sources behind the note, if it states a fact." }),
  unconfirmed: factFields.unconfirmed,
  note: Text.optional(),
};

/** A piece of sourced prose: a requirement, a renewal rule, a recognition. */
export const SourcedText = z.strictObject({ text: Text, ...factFields });

/** Evidence for a status, or `unconfirmed: true` and a note when the status is our judgement. */
export const StatusDetail = z.strictObject({ ...optionalFactFields, note: Text });

// Where an edition stands on a given day: current, in transition, lapsed. Plain ISO strings
// in and words out, with no date library, so the build (as of the catalogue's edition date)
// and the claim checker in the browser (as of the visitor's own today) share one rule.

export interface EditionDates {
  name: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  published: string;
  newCertificationEnds?: string;
  validUntil?: string;
  /** True when the end is recorded as not published (no source gives it). */
  endNotPublished?: boolean;
}

export type EditionState = "current" | "in-transition" | "lapsed" | "superseded" | "retiring";

export interface StandingContext {
  /** YYYY-MM-DD. */
  today: string;
  /** The edition that replaced this one, if any. */
  newer?: string;
  /** How the end is worded: certificates that lapse, or a version that is retired. */
  wording: "certificates" | "version";
}

export interface Standing {
  state: EditionState;
  /** A sentence fragment: "Certificates lapsed on 31 October 2025", "Current". */
  text: string;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The last day a partial date can mean: "2018" -> "2018-12-31", "2018-02" -> "2018-02-28". */
export function lastDay(iso: string): string {
  if (iso.length === 10) return iso;
  if (iso.length === 4) return `${iso}-12-31`;
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return `${iso}-${String(DAYS_IN_MONTH[month - 1]! + (leap ? 1 : 0)).padStart(2, "0")}`;
}

/** Still valid on `today` (the end day itself counts as valid). */
const onOrAfter = (end: string, today: string) => lastDay(end) >= today;

export function standing(e: EditionDates, ctx: StandingContext, date: (iso: string) => string): Standing {
  const certs = ctx.wording === "certificates";
  if (e.validUntil) {
    const until = date(e.validUntil);
    if (!onOrAfter(e.validUntil, ctx.today))
      return { state: "lapsed", text: certs ? `Certificates lapsed on ${until}` : `Retired on ${until}` };
    if (ctx.newer) {
      const stopped = e.newCertificationEnds && !onOrAfter(e.newCertificationEnds, ctx.today) ? `; no new certificates since ${date(e.newCertificationEnds)}` : "";
      return { state: "in-transition", text: certs ? `Transition ends ${until}${stopped}` : `Retires on ${until}` };
    }
    return { state: "retiring", text: certs ? `Certificates valid until ${until}` : `Retires on ${until}` };
  }
  if (ctx.newer)
    return { state: "superseded", text: `Superseded by ${ctx.newer}${e.endNotPublished ? "; no source gives when its certificates ended" : ""}` };
  return { state: "current", text: "Current" };
}

const FORMATS: Record<number, Intl.DateTimeFormatOptions> = {
  4: { year: "numeric", timeZone: "UTC" },
  7: { month: "long", year: "numeric", timeZone: "UTC" },
  10: { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" },
};
// One formatter per precision: making a formatter costs far more than using one.
const formatters = new Map<number, Intl.DateTimeFormat>();

/** "2018", "September 2018", "15 September 2018": a date at the precision it is known. */
export function formatIsoDate(iso: string): string {
  const at = new Date(`${iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso}T00:00:00Z`);
  let format = formatters.get(iso.length);
  if (!format) formatters.set(iso.length, (format = new Intl.DateTimeFormat("en-GB", FORMATS[iso.length])));
  return format.format(at);
}

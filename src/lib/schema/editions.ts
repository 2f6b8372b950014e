// Editions of a scheme (ISO/IEC 27001:2013, PCI DSS v3.2.1, COPC Release 7.0...) as data: the
// spellings vendors use in claims and the dates that decide whether a claim still holds.
import { z } from "zod";
import { ScheduledDateSchema, PartialDateSchema, Slug, Text, factFields } from "./primitives.ts";

export const EDITION_DATE_FIELDS = ["published", "newCertificationEnds", "validUntil"] as const;

/** "We looked and found no end date": stated, with what was looked at, rather than left blank. */
const EndNotPublished = z.strictObject({
  status: z.literal("not-published"),
  note: Text.meta({ description: "What was looked at: the issuer's site, which bodies, which years." }),
});

/** Another edition this one replaced, in this record (no `certification`) or a linked one. */
export const EditionRef = z.strictObject({
  certification: Slug.optional().meta({ description: "Slug of the record holding that edition; omit for this record." }),
  edition: Slug.meta({ description: "The `id` of that edition." }),
});

/** Sources that give different dates for one of the edition's dates. */
export const EditionDisagreement = z.strictObject({
  field: z.enum(EDITION_DATE_FIELDS),
  positions: z
    .array(z.strictObject({ date: ScheduledDateSchema, claim: Text.optional(), cite: factFields.cite }))
    .min(2, { error: "has fewer than two positions (expected at least two dates that disagree)" }),
  note: Text.optional(),
});

export const Edition = z
  .strictObject({
    id: Slug.meta({ description: "Short id, unique within the record, e.g. 2013 or v3-2-1; pages link to #edition-<id>." }),
    name: Text.meta({ description: "The edition as its owner names it, e.g. ISO/IEC 27001:2013." }),
    claims: z
      .array(Text)
      .default([])
      .meta({ description: "Other spellings people use in claims (ISO 27001:2013, 27001 2013); matched with case and punctuation forgiven." }),
    published: PartialDateSchema.meta({ description: "When the edition was published." }),
    newCertificationEnds: ScheduledDateSchema.optional().meta({
      description: "From when no new certificates (or first assessments) were issued to it, where a transition rule says so.",
    }),
    validUntil: z.union([ScheduledDateSchema, EndNotPublished]).optional().meta({
      description: "The last day certificates to it were valid (the transition end), or the day the version was retired. Every edition but the newest has one, or says it is not published.",
    }),
    supersedes: z
      .array(EditionRef)
      .default([])
      .meta({ description: "Editions it replaced in other records (e.g. BS 7799-2:2002 for ISO/IEC 27001:2005). Within a record, each edition replaces the one before." }),
    disagreements: z.array(EditionDisagreement).default([]),
    ...factFields,
  })
  .meta({ title: "Edition" });

export type Edition = z.output<typeof Edition>;
export type EditionInput = z.input<typeof Edition>;

// The one definition of an issuing body: a standards body, association or company
// that owns, awards or assesses certifications, or an accreditation body that oversees them.
import { z } from "zod";
import { DaySchema, HttpUrl, PartialDateSchema, Slug, StatusDetail, Text, factFields } from "./primitives.ts";
import { Source } from "./source.ts";

export const ISSUER_TYPES = [
  "standards-body",
  "accreditation-body",
  "professional-association",
  "industry-association",
  "company",
  "university",
  "government",
  "non-profit",
] as const;

export const Issuer = z
  .strictObject({
    slug: Slug,
    name: Text,
    shortName: Text.optional(),
    formerNames: z
      .array(z.strictObject({ name: Text, until: PartialDateSchema.optional().meta({ description: "When the name stopped being used." }), ...factFields }))
      .default([]),
    type: z.enum(ISSUER_TYPES),
    website: HttpUrl.optional(),
    country: Text.optional(),
    founded: z.strictObject({ date: PartialDateSchema, ...factFields }).optional(),
    status: z.enum(["active", "merged", "defunct"]),
    statusDetail: StatusDetail.optional(),
    successor: z
      .strictObject({
        issuer: Slug.meta({ description: "Slug of the issuer that carried its work on." }),
        date: PartialDateSchema.optional().meta({ description: "When the work passed to it." }),
        ...factFields,
      })
      .optional(),
    summary: Text,
    description: Text.meta({ description: "Markdown; raw HTML is not rendered." }),
    sources: z.array(Source).min(1, { error: "is empty (expected at least one source)" }),
    lastReviewed: DaySchema,
  })
  .meta({ title: "Issuer", description: "A body that owns, awards or assesses certifications, or accredits those that do." });

export type Issuer = z.output<typeof Issuer>;
export type IssuerInput = z.input<typeof Issuer>;

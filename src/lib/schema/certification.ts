// The one definition of a certification record. Types, validation and the JSON Schema
// all come from here; see docs in README ("Adding a certification").
import { z } from "zod";
import {
  CurrencyCode,
  DaySchema,
  HttpUrl,
  IsoDuration,
  PartialDateSchema,
  Slug,
  SourcedText,
  Text,
  durationMillis,
  factFields,
  StatusDetail,
} from "./primitives.ts";
import { Source } from "./source.ts";
import { ASSURANCE_KINDS } from "./assurance.ts";
import { Edition } from "./editions.ts";
import { Prerequisites, RoleFit } from "./roles.ts";

export const KINDS = ["organisation", "individual"] as const;

export const CATEGORIES = [
  "quality-management",
  "information-security",
  "workforce",
  "service-management",
  "customer-experience",
  "process-improvement",
  "payment-security",
  "complaints-handling",
  "outsourcing",
] as const;

export const STATUSES = ["active", "superseded", "withdrawn", "dormant", "planned", "historic"] as const;

/** What a quoted amount pays for. */
export const COST_BASES = [
  "per-organisation",
  "per-site",
  "per-person",
  "per-exam",
  "per-year",
  "application-fee",
  "per-audit-day",
  "per-course",
  "renewal-fee",
] as const;

/**
 * How firm a cost figure is, firmest first: the owner's own price, a fee a named body (a
 * certification body, a reseller) publishes, a typical range from a third party, a figure in
 * a news report.
 */
export const PRICE_TYPES = ["list", "quoted", "indicative", "reported"] as const;

export const Alias = z.strictObject({
  name: Text,
  kind: z.enum(["former-name", "abbreviation", "alternative"]),
  note: Text.optional(),
});

export const HistoryEvent = z.strictObject({
  date: PartialDateSchema,
  event: Text,
  start: z
    .boolean()
    .optional()
    .meta({ description: "Marks the event when this certification itself began, where the history also tells of its predecessors. The lineage timeline dates it from here; without a mark, from the first event." }),
  ...factFields,
});

export const Level = z.strictObject({
  name: Text,
  description: Text.optional(),
  ...factFields,
});

const NotPublished = z.strictObject({
  status: z.literal("not-published"),
  note: Text.optional().meta({ description: "What was looked at: the issuer's site, which bodies, which years." }),
  cite: factFields.cite.optional().meta({ description: "Sources behind the note, if it states a fact." }),
});

/** An amount or a range of amounts in the source's own currency. */
export const CostFigure = z
  .strictObject({
    min: z.number().nonnegative(),
    max: z.number().nonnegative().optional(),
    currency: CurrencyCode,
    basis: z.enum(COST_BASES),
    priceType: z.enum(PRICE_TYPES).meta({
      description: "list: the owner's own price; quoted: a fee a named body publishes; indicative: a typical range from a third party; reported: a figure a news report states.",
    }),
    approximate: z.boolean().optional(),
    context: Text.optional().meta({ description: "Where or when the figure applies, e.g. 'in India'." }),
    covers: Text.optional().meta({ description: "What the amount includes, in the source's terms." }),
    asOf: PartialDateSchema,
    ...factFields,
  })
  .superRefine((v, ctx) => {
    if (v.max !== undefined && v.max < v.min)
      ctx.addIssue({ code: "custom", path: ["max"], message: `is below min ${v.min} (expected max >= min)` });
  });

export const Cost = z.discriminatedUnion("status", [
  NotPublished,
  z.strictObject({ status: z.literal("published"), figures: z.array(CostFigure).min(1) }),
]);

/** How long achieving it takes, as an ISO 8601 duration or range. */
export const DurationFigure = z
  .strictObject({
    min: IsoDuration,
    max: IsoDuration.optional(),
    approximate: z.boolean().optional(),
    context: Text.optional(),
    asOf: PartialDateSchema,
    ...factFields,
  })
  .superRefine((v, ctx) => {
    if (v.max !== undefined && durationMillis(v.max) < durationMillis(v.min))
      ctx.addIssue({ code: "custom", path: ["max"], message: `is shorter than min ${v.min} (expected max >= min)` });
  });

export const TimeToAchieve = z.discriminatedUnion("status", [
  NotPublished,
  z.strictObject({ status: z.literal("published"), figures: z.array(DurationFigure).min(1) }),
]);

/** One rule of validity: for the whole scheme, or for one level or one part (a certificate, its surveillance). */
export const ValidityRule = z
  .strictObject({
    appliesTo: Text.optional().meta({ description: "What the rule is for, when there are several: a level, \"the certificate\", \"surveillance\"." }),
    period: IsoDuration.optional().meta({ description: "How long a certificate or credential lasts, or how often a check recurs." }),
    lifetime: z.boolean().optional().meta({ description: "True when it never expires." }),
    renewal: Text.meta({ description: "What keeps it valid: surveillance audits, recertification, credits." }),
    ...factFields,
  })
  .superRefine((v, ctx) => {
    if (v.lifetime && v.period !== undefined)
      ctx.addIssue({ code: "custom", path: ["lifetime"], message: "is true beside a period (expected either a period or lifetime: true)" });
  });

export const Validity = z.discriminatedUnion("status", [
  NotPublished,
  z.strictObject({ status: z.literal("published"), rules: z.array(ValidityRule).min(1) }),
]);

/**
 * For audit-based schemes: audit days by head count where an accreditation rule fixes them
 * (IAF MD 5 for quality management systems, ISO/IEC 27006 for information security).
 */
export const AuditTime = z.strictObject({
  rule: Text.meta({ description: "The rule and its table, e.g. IAF MD 5:2023, Table QMS." }),
  audit: Text.meta({ description: "Which audit the days are for, e.g. initial certification audit (stage 1 and stage 2)." }),
  rows: z
    .array(
      z
        .strictObject({
          staffMin: z.number().int().positive(),
          staffMax: z.number().int().positive().optional().meta({ description: "Omit for the last, open-ended row." }),
          days: z.number().positive(),
        })
        .superRefine((v, ctx) => {
          if (v.staffMax !== undefined && v.staffMax < v.staffMin)
            ctx.addIssue({ code: "custom", path: ["staffMax"], message: `is below staffMin ${v.staffMin} (expected staffMax >= staffMin)` });
        }),
    )
    .min(1),
  ...factFields,
});


export const Verification = z.strictObject({
  how: Text.meta({ description: "How to check that someone holds it: what to ask for, whom to ask." }),
  register: HttpUrl.optional().meta({ description: "A public register of holders." }),
  ...factFields,
});

/** Where sources disagree: each position with the sources that hold it. */
export const Disagreement = z.strictObject({
  topic: Text,
  positions: z
    .array(z.strictObject({ claim: Text, cite: factFields.cite }))
    .min(2, { error: "has fewer than two positions (expected at least two claims that disagree)" }),
  note: Text.optional(),
});

export const Certification = z
  .strictObject({
    slug: Slug,
    name: Text,
    shortName: Text.optional(),
    aliases: z.array(Alias).default([]),
    kind: z.enum(KINDS),
    categories: z.array(z.enum(CATEGORIES)).min(1, { error: "is empty (expected at least one category)" }),
    issuer: Slug.meta({ description: "Slug of the issuer that owns the scheme." }),
    certifiers: z
      .array(Slug)
      .default([])
      .meta({ description: "Slugs of other issuers that assess or award it, where they differ from the owner." }),
    formerIssuers: z
      .array(Slug)
      .default([])
      .meta({ description: "Slugs of issuers that owned the scheme before the current one, e.g. the SEI before the CMMI Institute." }),
    website: HttpUrl.optional(),
    assurance: z.enum(ASSURANCE_KINDS).meta({
      description: "What kind of assurance it gives: certification, attestation (an auditor's report), accreditation, award, assessment (an appraisal or rating), membership, or guidance (cannot be certified against).",
    }),
    status: z.enum(STATUSES),
    statusDetail: StatusDetail.optional().meta({ description: "Sources for the status, or unconfirmed: true and a note when no source confirms it." }),
    supersedes: z.array(Slug).default([]),
    supersededBy: z.array(Slug).default([]),
    related: z.array(Slug).default([]),
    summary: Text.meta({ description: "One or two plain sentences for lists and search results." }),
    history: z.array(HistoryEvent).min(1, { error: "is empty (expected at least one dated event)" }),
    levels: z.array(Level).default([]),
    cost: Cost,
    timeToAchieve: TimeToAchieve,
    validity: Validity,
    auditTime: AuditTime.optional(),
    editions: z.array(Edition).default([]).meta({ description: "Editions or versions, oldest first." }),
    roles: z.array(RoleFit).default([]).meta({ description: "For individual certifications: the roles it fits, each with its stage." }),
    prerequisites: Prerequisites.optional().meta({ description: "For individual certifications: what a candidate needs first." }),
    requirements: z.array(SourcedText).default([]),
    recognition: z.array(SourcedText).default([]),
    regions: z.array(Text).min(1, { error: "is empty (expected where it applies, e.g. Worldwide, India)" }),
    verify: Verification,
    disagreements: z.array(Disagreement).default([]),
    sources: z.array(Source).min(1, { error: "is empty (expected at least one source)" }),
    description: Text.meta({ description: "Long-form Markdown for the detail page; raw HTML is not rendered." }),
    lastReviewed: DaySchema,
  })
  .meta({ title: "Certification", description: "One certification of a contact centre, call centre or BPO, or of a person working in one." });

export type Certification = z.output<typeof Certification>;
export type CertificationInput = z.input<typeof Certification>;
export type CostFigure = z.output<typeof CostFigure>;
export type ValidityRule = z.output<typeof ValidityRule>;
export type PriceType = (typeof PRICE_TYPES)[number];
export type CostBasis = (typeof COST_BASES)[number];
export type DurationFigure = z.output<typeof DurationFigure>;
export type Kind = (typeof KINDS)[number];
export type Category = (typeof CATEGORIES)[number];
export type Status = (typeof STATUSES)[number];

// Careers: the roles of a contact centre, mapped to public occupation classifications, the
// paths between them, and what individual certifications say about whom they serve.
import { z } from "zod";
import { DaySchema, HttpUrl, Slug, Text, factFields } from "./primitives.ts";
import { Source } from "./source.ts";

/** Public occupation classifications a role can be mapped to. */
export const OCCUPATION_SYSTEMS = ["isco-08", "esco", "onet-soc", "anzsco", "osca", "uk-soc-2020"] as const;

export const OccupationCode = z.strictObject({
  system: z.enum(OCCUPATION_SYSTEMS),
  code: Text.meta({ description: "The code as the classification writes it, e.g. 4222, 43-4051.00, 541111." }),
  title: Text.meta({ description: "The occupation's title in that classification." }),
  url: HttpUrl.optional().meta({ description: "The occupation's page in the classification." }),
  ...factFields,
});

export const RoleLink = z.strictObject({
  role: Slug.meta({ description: "Slug of a role in roles/." }),
  ...factFields,
});

export const Role = z
  .strictObject({
    slug: Slug,
    name: Text,
    alternativeNames: z.array(Text).default([]).meta({ description: "Other job titles for the role, e.g. customer service representative." }),
    summary: Text.meta({ description: "One or two plain sentences for lists." }),
    description: Text.meta({ description: "What the role does, in our own words; Markdown, raw HTML not rendered." }),
    codes: z.array(OccupationCode).default([]),
    leadsTo: z.array(RoleLink).default([]).meta({ description: "Roles people in this role usually move on to." }),
    sources: z.array(Source).min(1, { error: "is empty (expected at least one source)" }),
    lastReviewed: DaySchema,
  })
  .meta({ title: "Role", description: "A job in or around a contact centre, on the way from the phones to the top." });

export const CareerPath = z
  .strictObject({
    slug: Slug,
    name: Text,
    summary: Text,
    roles: z
      .array(Slug)
      .min(2, { error: "has fewer than two roles (expected the rungs of the ladder, first to last)" })
      .meta({ description: "Role slugs from the first rung to the last; each must lead to the next." }),
    order: z.number().int().nonnegative().meta({ description: "Position among the paths on /careers/." }),
  })
  .meta({ title: "CareerPath", description: "A ladder of roles, each leading to the next." });

export const STAGES = ["entry", "intermediate", "advanced"] as const;

/** An individual certification's fit to a role. */
export const RoleFit = z.strictObject({
  role: Slug.meta({ description: "Slug of a role in roles/." }),
  stage: z.enum(STAGES).meta({ description: "Where in the role it is usually taken: on entry, once established, or to advance." }),
  credential: Text.optional().meta({ description: "Which of the record's levels fits the role, when they differ by role (a level name)." }),
  ...factFields,
});

export const PREREQUISITE_TYPES = ["experience", "education", "certification", "training", "membership", "other"] as const;

export const Prerequisite = z.strictObject({
  type: z.enum(PREREQUISITE_TYPES),
  requirement: z.enum(["required", "recommended"]),
  text: Text.meta({ description: "The prerequisite in the source's terms, e.g. three years in a customer-experience role." }),
  certification: Slug.optional().meta({ description: "The certification it names, when it is one in the catalogue; the page links to it." }),
  years: z.number().nonnegative().optional().meta({ description: "Years of experience, where the source gives a number." }),
  appliesTo: Text.optional().meta({ description: "The level (a level name) it applies to, when not all levels." }),
  ...factFields,
});

export const Prerequisites = z.discriminatedUnion("status", [
  z.strictObject({
    status: z.literal("none-published"),
    note: Text.meta({ description: "What was looked at, or what the source says (e.g. open to anyone)." }),
    cite: factFields.cite.optional().meta({ description: "Sources behind the note, if it states a fact." }),
  }),
  z.strictObject({ status: z.literal("published"), items: z.array(Prerequisite).min(1) }),
]);

export type Role = z.output<typeof Role>;
export type RoleInput = z.input<typeof Role>;
export type CareerPath = z.output<typeof CareerPath>;
export type CareerPathInput = z.input<typeof CareerPath>;
export type RoleFit = z.output<typeof RoleFit>;
export type Prerequisite = z.output<typeof Prerequisite>;
export type OccupationSystem = (typeof OCCUPATION_SYSTEMS)[number];

// The schema's public face: record types for data files, and the JSON Schema.
import { z } from "zod";
import { Certification } from "./certification.ts";
import { Issuer } from "./issuer.ts";
import { CareerPath, Role } from "./roles.ts";
import { ExchangeRates, PriceIndex } from "./money.ts";
import { HttpUrl, Slug, Text } from "./primitives.ts";

export * from "./certification.ts";
export * from "./issuer.ts";
export * from "./assurance.ts";
export * from "./editions.ts";
export * from "./roles.ts";
export * from "./money.ts";
export { Source, SOURCE_KINDS, type SourceKind } from "./source.ts";
export { PartialDate, ScheduledDate, type DatePrecision } from "./primitives.ts";

/** A certification as /api/ publishes it: the record, plus where it lives. */
export const ApiCertification = Certification.extend({
  url: HttpUrl.meta({ description: "The record's page on the site." }),
  json: HttpUrl.meta({ description: "This record as JSON." }),
  issuerName: Text,
}).meta({ title: "ApiCertification" });

export const ApiIssuer = Issuer.extend({
  url: HttpUrl,
  certifications: z.array(Slug).meta({ description: "Slugs of the certifications it owns or awards." }),
}).meta({ title: "ApiIssuer" });

export const ApiRole = Role.extend({
  url: HttpUrl.meta({ description: "The role's page on the site." }),
  certifications: z.array(Slug).meta({ description: "Slugs of the individual certifications that fit the role, in the order people usually take them." }),
  paths: z.array(Slug).meta({ description: "Slugs of the career paths the role is a rung of." }),
}).meta({ title: "ApiRole" });

function definition(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  return rest;
}

/** JSON Schema (draft 2020-12): the data files as authors write them, and the API's records. */
export function jsonSchema(id?: string): Record<string, unknown> {
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    ...(id ? { $id: id } : {}),
    title: "Contact Centre Certifications data",
    description:
      "Certification, Issuer, Role, CareerPath, ExchangeRates and PriceIndex describe the data files in _data/; ApiCertification, ApiIssuer and ApiRole the records under /api/.",
    $defs: {
      Certification: definition(Certification),
      Issuer: definition(Issuer),
      Role: definition(Role),
      CareerPath: definition(CareerPath),
      ExchangeRates: definition(ExchangeRates),
      PriceIndex: definition(PriceIndex),
      ApiCertification: definition(ApiCertification),
      ApiIssuer: definition(ApiIssuer),
      ApiRole: definition(ApiRole),
    },
  };
}

// The schema's public face: record types for data files, and the JSON Schema.
import { z } from "zod";
import { Certification } from "./certification.ts";
import { Issuer } from "./issuer.ts";

export * from "./certification.ts";
export * from "./issuer.ts";
export { Source } from "./source.ts";
export { PartialDate, type DatePrecision } from "./primitives.ts";

/** JSON Schema (draft 2020-12) of the data files, as authors write them. */
export function jsonSchema(): Record<string, unknown> {
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: "Contact Centre Certifications data",
    $defs: {
      Certification: z.toJSONSchema(Certification, { io: "input", unrepresentable: "any" }),
      Issuer: z.toJSONSchema(Issuer, { io: "input", unrepresentable: "any" }),
    },
  };
}

import { z } from "zod";
import { DaySchema, HttpUrl, PartialDateSchema, Slug, Text } from "./primitives.ts";

/**
 * What kind of body published a source, so a page can say how firm a figure is: a list price
 * from the issuer is not an indicative range from a consultancy.
 */
export const SOURCE_KINDS = [
  "issuer",
  "standards-body",
  "accreditation-body",
  "certification-body",
  "government",
  "press",
  "consultancy",
  "academic",
  "reference",
  "archive",
] as const;

/** A public document a record's facts rest on; facts cite it by `id`. */
export const Source = z.strictObject({
  id: Slug.meta({ description: "Short id that facts cite, unique within the record." }),
  url: HttpUrl,
  title: Text,
  publisher: Text,
  kind: z.enum(SOURCE_KINDS).meta({
    description:
      "Who published it: the scheme's own issuer, a standards body, an accreditation body, a certification body, a government, the press, a consultancy, an academic, a reference work, or an archive (a copy of a page that is gone).",
  }),
  published: PartialDateSchema.optional().meta({ description: "When the source was published, if known." }),
  accessed: DaySchema.meta({ description: "When the source was last read." }),
  note: Text.optional().meta({ description: "Why this source, where that needs saying: a secondary copy because the original is gone, say." }),
});

export type Source = z.output<typeof Source>;
export type SourceKind = (typeof SOURCE_KINDS)[number];

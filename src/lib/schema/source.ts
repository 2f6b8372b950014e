import { z } from "zod";
import { DaySchema, HttpUrl, PartialDateSchema, Slug, Text } from "./primitives.ts";

/** A public document a record's facts rest on; facts cite it by `id`. */
export const Source = z.strictObject({
  id: Slug.meta({ description: "Short id that facts cite, unique within the record." }),
  url: HttpUrl,
  title: Text,
  publisher: Text,
  published: PartialDateSchema.optional().meta({ description: "When the source was published, if known." }),
  accessed: DaySchema.meta({ description: "When the source was last read." }),
});

export type Source = z.output<typeof Source>;

// The archived copy of a source nearest the day we read it, derived without a network call:
// the Wayback Machine redirects /web/<YYYYMMDD>/<url> to the capture closest to that day.
import type { PartialDate } from "../schema/primitives.ts";

export function archiveUrl(url: string, accessed: PartialDate): string {
  return `https://web.archive.org/web/${accessed.iso.replaceAll("-", "")}/${url}`;
}

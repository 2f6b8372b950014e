// One way of reading a scheme's name, for the claims index and the checker alike: case,
// accents and punctuation are forgiven, so "ISO/IEC 27001:2013", "iso iec 27001 2013" and
// "ISO-IEC 27001 (2013)" read the same. Shared by the build (uniqueness of spellings) and the
// browser bundle (matching), so the two can never disagree.
export function normalise(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

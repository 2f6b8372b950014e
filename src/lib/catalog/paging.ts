// Long lists split into pages of a fixed size, so no page grows with the catalogue:
// page 1 at the list's own URL, page n at <url>page/<n>/.
export interface Page<T> {
  number: number;
  count: number;
  url: string;
  items: T[];
  prev?: string;
  next?: string;
  /** Every page of this list, for the page links. */
  all: { number: number; url: string }[];
  /** Position of the first item on this page, counting from 1. */
  first: number;
  total: number;
}

export const pageUrl = (base: string, n: number) => (n === 1 ? base : `${base}page/${n}/`);

export function paginate<T>(items: T[], base: string, size: number): Page<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  const all = Array.from({ length: count }, (_, i) => ({ number: i + 1, url: pageUrl(base, i + 1) }));
  return all.map(({ number, url }) => ({
    number,
    count,
    url,
    items: items.slice((number - 1) * size, number * size),
    prev: number > 1 ? pageUrl(base, number - 1) : undefined,
    next: number < count ? pageUrl(base, number + 1) : undefined,
    all,
    first: (number - 1) * size + 1,
    total: items.length,
  }));
}

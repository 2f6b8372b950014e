// One shape for every finding: which page (path inside the built folder, with forward
// slashes) and what is wrong, printed as `<page>: <problem>`.
export interface SiteProblem {
  page: string;
  message: string;
}

export const formatSiteProblem = (p: SiteProblem): string => `${p.page}: ${p.message}`;

/** A single page's checks report messages; the runner adds the page path. */
export type Report = (message: string) => void;

// What the built folder holds, as paths relative to it with forward slashes: link targets are
// looked up here instead of on disk, so one listing answers every link on every page.
import { readdir } from "node:fs/promises";
import path from "node:path";

export interface SiteFiles {
  files: Set<string>;
  /** Folders, so `/x` (no trailing slash) can be told apart from a missing page. */
  dirs: Set<string>;
  /** The pages to check: every .html file except Pagefind's own output. */
  pages: string[];
}

/** Pagefind writes its own UI and index files; they are not our pages to check. */
export const isOwnPage = (rel: string): boolean => rel.endsWith(".html") && !rel.startsWith("pagefind/");

export async function listSite(dir: string): Promise<SiteFiles> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = new Set<string>();
  const dirs = new Set<string>([""]);
  for (const e of entries) {
    const rel = path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/");
    if (e.isDirectory()) dirs.add(rel);
    else if (e.isFile()) files.add(rel);
  }
  const pages = [...files].filter(isOwnPage).sort();
  return { files, dirs, pages };
}

// Read the record files of a catalog folder: <dir>/certifications/*.ts and <dir>/issuers/*.ts,
// each exporting one record as its default export.
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Problem } from "./problems.ts";

export interface RawRecord {
  /** Path as the maintainer knows it, relative to the working directory. */
  file: string;
  /** File name without extension: must equal the record's slug. */
  stem: string;
  data: unknown;
}

export interface RawCatalog {
  certifications: RawRecord[];
  issuers: RawRecord[];
}

const RECORD_FILE = /\.(ts|mts|js|mjs)$/;

async function loadFolder(dir: string, problems: Problem[]): Promise<RawRecord[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => RECORD_FILE.test(n) && !n.endsWith(".d.ts")).sort();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") {
      problems.push({ severity: "error", file: path.relative(process.cwd(), dir) || dir, path: "(folder)", message: "does not exist (expected a folder of record files)" });
      return [];
    }
    throw err;
  }
  return Promise.all(
    names.map(async (name): Promise<RawRecord> => {
      const full = path.join(dir, name);
      const file = path.relative(process.cwd(), full);
      const stem = name.replace(RECORD_FILE, "");
      try {
        // The modification time in the URL makes a changed file load anew while `npm start` watches.
        const version = (await stat(full)).mtimeMs;
        const mod = (await import(`${pathToFileURL(full).href}?v=${version}`)) as { default?: unknown };
        if (mod.default === undefined)
          problems.push({ severity: "error", file, path: "(file)", message: "has no default export (expected `export default { ... } satisfies ...`)" });
        return { file, stem, data: mod.default };
      } catch (err) {
        problems.push({ severity: "error", file, path: "(file)", message: `cannot be loaded: ${(err as Error).message.split("\n")[0]}` });
        return { file, stem, data: undefined };
      }
    }),
  );
}

export async function loadRawCatalog(dir: string): Promise<{ raw: RawCatalog; problems: Problem[] }> {
  const problems: Problem[] = [];
  const [certifications, issuers] = await Promise.all([
    loadFolder(path.join(dir, "certifications"), problems),
    loadFolder(path.join(dir, "issuers"), problems),
  ]);
  return {
    raw: {
      certifications: certifications.filter((r) => r.data !== undefined),
      issuers: issuers.filter((r) => r.data !== undefined),
    },
    problems,
  };
}

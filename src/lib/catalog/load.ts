// Read the record files of a catalog folder: <dir>/certifications/*.ts and <dir>/issuers/*.ts,
// each exporting one record as its default export.
import { readdir, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { compileFunction } from "node:vm";
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
  /** Careers: roles/ and paths/, optional folders (a catalogue without them has no careers pages). */
  roles: RawRecord[];
  paths: RawRecord[];
}

const RECORD_FILE = /\.(ts|mts|js|mjs)$/;

export async function loadFolder(dir: string, problems: Problem[], { optional = false } = {}): Promise<RawRecord[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => RECORD_FILE.test(n) && !n.endsWith(".d.ts")).sort();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") {
      if (optional) return [];
      problems.push({ severity: "error", file: path.relative(process.cwd(), dir) || dir, path: "(folder)", message: "does not exist (expected a folder of record files)" });
      return [];
    }
    throw err;
  }
  const files = names.map((name) => ({ full: path.join(dir, name), stem: name.replace(RECORD_FILE, "") }));
  const modules = (await importBundled(files.map((f) => f.full))) ?? (await importEach(files.map((f) => f.full)));
  return files.map(({ full, stem }, i) => {
    const file = path.relative(process.cwd(), full);
    const loaded = modules[i]!;
    if ("error" in loaded) {
      problems.push({ severity: "error", file, path: "(file)", message: `cannot be loaded: ${loaded.error.split("\n")[0]}` });
      return { file, stem, data: undefined };
    }
    if (loaded.default === undefined)
      problems.push({ severity: "error", file, path: "(file)", message: "has no default export (expected `export default { ... } satisfies ...`)" });
    return { file, stem, data: loaded.default };
  });
}

type Loaded = { default?: unknown } | { error: string };

/**
 * Fast path: esbuild bundles every record file of a folder into one script, run once.
 * Importing thousands of TypeScript files one by one through tsx costs a transform and a
 * module load each; one bundle costs a few hundred milliseconds. The bundle runs as a
 * function rather than being imported as a module, so its source text (tens of megabytes
 * for a large catalogue) and the raw records are freed once validated, where a module would
 * keep both for the life of the process. Returns undefined when the bundle cannot be built
 * or run, so the slow path can name the file at fault.
 */
async function importBundled(files: string[]): Promise<Loaded[] | undefined> {
  if (files.length === 0) return [];
  const entry = files.map((f, i) => `import * as m${i} from ${JSON.stringify(f)};`).join("\n") + `\nexport default [${files.map((_, i) => `m${i}`).join(",")}];`;
  try {
    const result = await build({
      stdin: { contents: entry, resolveDir: process.cwd(), loader: "js" },
      bundle: true,
      platform: "node",
      format: "cjs",
      packages: "external",
      // About a third less text for esbuild to print and V8 to compile (at 10,000 records,
      // 63 MB instead of 79 MB: 1.3 s less); only the slow path's errors need the layout.
      minifyWhitespace: true,
      write: false,
      logLevel: "silent",
    });
    const filename = path.join(path.dirname(files[0]!), "(records bundle).cjs");
    const run = compileFunction(result.outputFiles[0]!.text, ["module", "exports", "require"], { filename });
    const module = { exports: {} as { default?: { default?: unknown }[] } };
    run(module, module.exports, createRequire(filename));
    return module.exports.default;
  } catch {
    return undefined;
  }
}

/** Slow path, one import per file, so an error names its file. */
async function importEach(files: string[]): Promise<Loaded[]> {
  return Promise.all(
    files.map(async (full): Promise<Loaded> => {
      try {
        // The modification time in the URL makes a changed file load anew while `npm start` watches.
        const version = (await stat(full)).mtimeMs;
        return (await import(`${pathToFileURL(full).href}?v=${version}`)) as { default?: unknown };
      } catch (err) {
        return { error: (err as Error).message };
      }
    }),
  );
}

export async function loadRawCatalog(dir: string): Promise<{ raw: RawCatalog; problems: Problem[] }> {
  const problems: Problem[] = [];
  const [certifications, issuers, roles, paths] = await Promise.all([
    loadFolder(path.join(dir, "certifications"), problems),
    loadFolder(path.join(dir, "issuers"), problems),
    loadFolder(path.join(dir, "roles"), problems, { optional: true }),
    loadFolder(path.join(dir, "paths"), problems, { optional: true }),
  ]);
  const loaded = (records: RawRecord[]) => records.filter((r) => r.data !== undefined);
  return {
    raw: { certifications: loaded(certifications), issuers: loaded(issuers), roles: loaded(roles), paths: loaded(paths) },
    problems,
  };
}

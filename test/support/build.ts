// Run the real build (scripts/build.ts) on a catalog folder, as `npm run build` does.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cp, readdir, readFile, symlink } from "node:fs/promises";
import path from "node:path";
import { tempDir } from "./temp.ts";

export { tempDir };

export const ROOT = path.resolve(import.meta.dirname, "../..");

export interface BuildResult {
  code: number | null;
  stdout: string;
  stderr: string;
  out: string;
}

export function runBuild(catalogDir: string, out: string, options: { cwd?: string; env?: Record<string, string> } = {}): BuildResult {
  const cwd = options.cwd ?? ROOT;
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts", "--out", out], {
    cwd,
    env: { ...process.env, CATALOG_DIR: catalogDir, ...options.env },
    encoding: "utf8",
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, out };
}



/** Every file under `dir` with a hash of its bytes: equal maps mean byte-identical trees. */
export async function snapshot(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = new Map<string, string>();
  for (const e of entries.filter((e) => e.isFile()).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(e.parentPath, e.name);
    files.set(path.relative(dir, full), createHash("sha256").update(await readFile(full)).digest("hex"));
  }
  return files;
}

/** A copy of the project's build inputs, so a test can break a template without touching ours. */
export async function copyProject(): Promise<string> {
  const dir = await tempDir("project");
  for (const p of [".eleventy.ts", "package.json", "tsconfig.json", "src", "_includes", "_data/site.ts", "_data/money", "scripts"])
    await cp(path.join(ROOT, p), path.join(dir, p), { recursive: true });
  await symlink(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  return dir;
}

export const read = (file: string) => readFile(file, "utf8");

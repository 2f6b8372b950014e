// One build at a time per output folder, and no leftovers from builds that died. A build
// renders into <output>.staging-<pid> and swaps it in through <output>.old-<pid>; a build
// killed part-way leaves those behind. The next build removes them once their process is gone,
// and never touches a live build's. A lock file, <output>.lock holding the owner's pid, stops
// two builds from swapping over each other: the second waits for the first, or gives up with
// a clear message.
import { existsSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

/** True while a process with this pid exists (EPERM: it exists but belongs to another user). */
export function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

const LEFTOVER = /\.(staging|old)-(\d+)$/;

/** Remove <output>.staging-<pid> and <output>.old-<pid> folders whose process is gone. Returns what was removed. */
export function removeLeftovers(output: string): string[] {
  const dir = path.dirname(output);
  const base = path.basename(output);
  if (!existsSync(dir)) return [];
  const removed: string[] = [];
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(`${base}.`)) continue;
    const m = LEFTOVER.exec(name);
    if (!m || name !== `${base}.${m[1]}-${m[2]}` || alive(Number(m[2]))) continue;
    rmSync(path.join(dir, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

export interface LockOptions {
  /** How long to wait for another build before giving up, in milliseconds. */
  waitMs?: number;
  /** Called once when this build starts waiting for another. */
  onWait?: (pid: number) => void;
}

export class OutputLocked extends Error {
  constructor(readonly output: string, readonly pid: number) {
    super(`Another build (pid ${pid}) is writing ${output}, and did not finish in time; try again when it has.`);
  }
}

/** Take the output folder's lock, waiting for a live holder; a dead holder's lock is taken over. */
export async function lockOutput(output: string, { waitMs = 10 * 60_000, onWait }: LockOptions = {}): Promise<() => void> {
  const file = `${output}.lock`;
  const deadline = Date.now() + waitMs;
  let told = false;
  for (;;) {
    try {
      writeFileSync(file, String(process.pid), { flag: "wx" });
      return () => {
        try {
          if (readFileSync(file, "utf8") === String(process.pid)) unlinkSync(file);
        } catch {
          // already gone
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
    let holder = NaN;
    try {
      holder = Number(readFileSync(file, "utf8").trim());
    } catch {
      continue; // released between our two calls: try again
    }
    if (!alive(holder)) {
      rmSync(file, { force: true }); // left by a build that died
      continue;
    }
    if (Date.now() >= deadline) throw new OutputLocked(output, holder);
    if (!told) onWait?.(holder);
    told = true;
    await new Promise((r) => setTimeout(r, 200));
  }
}

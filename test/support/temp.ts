// Temporary folders for tests, removed when the test process exits (passing or failing), so
// a test run leaves nothing behind in the system's temp folder.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const made = new Set<string>();

process.on("exit", () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

export async function tempDir(prefix: string): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `ccc-${prefix}-`));
  made.add(dir);
  return dir;
}

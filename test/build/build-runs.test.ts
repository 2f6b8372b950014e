// Builds into the same folder: what a dead build left behind is removed (a live build's is not),
// a second build waits for the one holding the folder's lock, and a build with no terminal
// prints its summary but no progress bar.
import assert from "node:assert/strict";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, describe, it } from "node:test";
import { ROOT, runBuild, tempDir } from "../support/build.ts";
import { certification, writeCatalog } from "../support/records.ts";

const sleepers: ChildProcess[] = [];
after(() => sleepers.forEach((s) => s.kill()));

/** A process that stays alive until killed: its pid is a live build's. */
function liveProcess(): ChildProcess {
  const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 600000)"], { stdio: "ignore" });
  sleepers.push(child);
  return child;
}

/** The pid of a process that has exited. */
const deadPid = (): number => Number(spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" }).stdout);

describe("builds into the same folder", () => {
  it("removes the staging and old folders of builds that died, and leaves a live build's alone", async () => {
    const out = path.join(await tempDir("leftovers"), "_site");
    const dead = deadPid();
    const live = liveProcess().pid!;
    for (const name of [`_site.staging-${dead}`, `_site.old-${dead}`, `_site.staging-${live}`, "_site.staging-notapid"]) {
      await mkdir(path.join(out, "..", name), { recursive: true });
      await writeFile(path.join(out, "..", name, "index.html"), "left behind");
    }
    const result = runBuild(await writeCatalog([certification()]), out);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, new RegExp(`Removed _site\\.staging-${dead}, left by a build that did not finish\\.`));
    assert.match(result.stderr, new RegExp(`Removed _site\\.old-${dead}, left by a build that did not finish\\.`));
    const left = (await readdir(path.dirname(out))).sort();
    assert.deepEqual(left, ["_site", `_site.staging-${live}`, "_site.staging-notapid"].sort());
  });

  it("waits while another build holds the folder, then builds once it is gone", async () => {
    const out = path.join(await tempDir("queued"), "_site");
    const holder = liveProcess();
    await writeFile(`${out}.lock`, String(holder.pid));
    const catalog = await writeCatalog([certification()]);
    const build = spawn(process.execPath, ["--import", "tsx", "scripts/build.ts", "--out", out], { cwd: ROOT, env: { ...process.env, CATALOG_DIR: catalog } });
    let stderr = "";
    build.stderr.on("data", (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => build.on("exit", resolve));

    const deadline = Date.now() + 60_000;
    while (!/Waiting for the build with pid/.test(stderr) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    assert.match(stderr, new RegExp(`Waiting for the build with pid ${holder.pid} to finish writing`));
    await new Promise((r) => setTimeout(r, 1000));
    assert.equal(existsSync(path.join(out, "index.html")), false, "nothing is written while the other build holds the lock");

    holder.kill();
    assert.equal(await exited, 0, stderr);
    assert.ok(existsSync(path.join(out, "index.html")));
    assert.equal(existsSync(`${out}.lock`), false, "the lock is released");
  });

  it("prints no progress bar without a terminal, only the summary", async () => {
    const out = path.join(await tempDir("quiet"), "_site");
    const result = runBuild(await writeCatalog([certification()]), out, { env: { CI: "" } });
    assert.equal(result.code, 0, result.stderr);
    assert.doesNotMatch(result.stderr, /certification pages|\r|\u001b\[/, "no bar, no cursor movement");
    assert.match(result.stdout, /^Built .*: 1 certifications, 1 issuers, \d+ pages, 0 warning\(s\), [\d.]+ s$/m);
  });
});

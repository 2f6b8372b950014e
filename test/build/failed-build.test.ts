// A failed build must leave the last good site exactly as it was, and say why.
import assert from "node:assert/strict";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, it } from "node:test";
import { certification, writeCatalog } from "../support/records.ts";
import { copyProject, runBuild, snapshot, tempDir } from "../support/build.ts";
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";

describe("a failed build", () => {
  it("on bad data: names the file and field, exits 1, and leaves _site byte-identical", async () => {
    const out = path.join(await tempDir("fail-data"), "_site");
    const good = await writeCatalog([certification()]);
    assert.equal(runBuild(good, out).code, 0);
    const before = await snapshot(out);
    assert.ok(before.size > 5);

    const bad = await writeCatalog([certification("acme-cert", { issuer: "no-such-issuer" })]);
    const started = performance.now();
    const result = runBuild(bad, out);
    const seconds = (performance.now() - started) / 1000;
    assert.equal(result.code, 1);
    assert.match(result.stderr, /certifications\/acme-cert\.ts: issuer: is "no-such-issuer", which is not an issuer \(expected one of: acme-standards\)/);
    assert.match(result.stderr, /Build failed; .*_site was left as it was\./);
    assert.deepEqual(await snapshot(out), before);
    console.log(`# bad data rejected in ${seconds.toFixed(1)} s`);
  });

  it("on a template that fails half way: exits 1, leaves _site byte-identical and no staging folder", async () => {
    const project = await copyProject();
    const out = path.join(project, "_site");
    const catalog = await writeCatalog([certification()]);
    assert.equal(runBuild(catalog, out, { cwd: project }).code, 0);
    const before = await snapshot(out);

    // Sorted after the good pages, so Eleventy has begun writing when this one throws.
    await writeFile(path.join(project, "src", "zz-broken.njk"), "---\nlayout: layouts/base.njk\n---\n{{ notAFunction() }}\n");
    const result = runBuild(catalog, out, { cwd: project });
    assert.equal(result.code, 1);
    assert.match(result.stderr, /Rendering failed/);
    assert.deepEqual(await snapshot(out), before);
    const leftovers = (await readdir(project)).filter((n) => n.startsWith("_site."));
    assert.deepEqual(leftovers, []);
    assert.ok(existsSync(path.join(out, "index.html")));
  });
});

// npm run new: a complete, commented record that fails validation until filled in.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, it } from "node:test";
import { ROOT, tempDir } from "../support/build.ts";
import { issuer } from "../support/records.ts";
import { Certification } from "../../src/lib/schema/index.ts";

const run = (script: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ["--import", "tsx", script, ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...env } });

describe("npm run new", () => {
  it("writes a record with every field of the schema, which fails validation by name", async () => {
    const dir = await tempDir("scaffold");
    await mkdir(path.join(dir, "issuers"), { recursive: true });
    await writeFile(path.join(dir, "issuers", "acme-standards.ts"), `export default ${JSON.stringify(issuer())};`);
    const made = run("scripts/new.ts", ["--dir", dir, "my-new-cert"]);
    assert.equal(made.status, 0, made.stderr);
    const text = await readFile(path.join(dir, "certifications", "my-new-cert.ts"), "utf8");
    for (const field of Object.keys(Certification.shape)) assert.match(text, new RegExp(`^\\s*(// )?${field}:`, "m"), `field ${field} present`);

    const checked = run("scripts/validate.ts", [], { CATALOG_DIR: dir });
    assert.equal(checked.status, 1);
    for (const line of ["name: is empty (expected text)", `kind: is "" (expected one of: "organisation", "individual")`, "issuer: is empty (expected a slug, e.g. iso-9001)", "sources[0].url: is not an http(s) URL"])
      assert.ok(checked.stderr.includes(`certifications/my-new-cert.ts: ${line}`), `${line}\n${checked.stderr}`);
  });

  it("writes an issuer with --issuer", async () => {
    const dir = await tempDir("scaffold-issuer");
    assert.equal(run("scripts/new.ts", ["--dir", dir, "--issuer", "new-body"]).status, 0);
    assert.match(await readFile(path.join(dir, "issuers", "new-body.ts"), "utf8"), /satisfies IssuerInput/);
  });

  it("refuses a bad slug and an existing file", async () => {
    const dir = await tempDir("scaffold-refuse");
    const bad = run("scripts/new.ts", ["--dir", dir, "Not A Slug"]);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /lowercase letters, digits and single hyphens/);
    assert.equal(run("scripts/new.ts", ["--dir", dir, "twice"]).status, 0);
    const again = run("scripts/new.ts", ["--dir", dir, "twice"]);
    assert.equal(again.status, 1);
    assert.match(again.stderr, /already exists/);
  });
});

// scripts/synth.ts: a synthetic catalogue validates, builds with the real build, varies the
// way the real catalogue does, and is byte-identical for the same seed.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { before, describe, it } from "node:test";
import type { CertificationInput, IssuerInput } from "../../src/lib/schema/index.ts";
import { ROOT, read, runBuild, snapshot, tempDir, type BuildResult } from "../support/build.ts";

const COUNT = 200;
// The validator checks against the real clock, so reviews are dated back from today (synth's
// default reference day is 2026-11-29; a fixed day would start raising staleness warnings).
const TODAY = new Date().toISOString().slice(0, 10);

function synth(out: string, seed: string, extra: string[] = []) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/synth.ts", "--count", String(COUNT), "--out", out, "--seed", seed, "--today", TODAY, ...extra], {
    cwd: ROOT,
    encoding: "utf8",
  });
  assert.equal(result.status, 0, result.stderr);
  return result;
}

async function load<T>(dir: string): Promise<T[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith(".ts")).sort();
  return Promise.all(names.map(async (n) => ((await import(pathToFileURL(path.join(dir, n)).href)) as { default: T }).default));
}

/** Every string anywhere in a value, with the key it sits under. */
function strings(value: unknown, key = "", out: [string, string][] = []): [string, string][] {
  if (typeof value === "string") out.push([key, value]);
  else if (Array.isArray(value)) for (const v of value) strings(v, key, out);
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) strings(v, k, out);
  return out;
}

const DATE_KEYS = new Set(["date", "asOf", "published", "accessed"]);
const words = (s: string) => s.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;

describe("a synthetic catalogue of 200 records", () => {
  let dir: string;
  let certs: CertificationInput[];
  let issuers: IssuerInput[];
  let build: BuildResult;

  before(async () => {
    dir = await tempDir("synth");
    synth(dir, "42");
    certs = await load<CertificationInput>(path.join(dir, "certifications"));
    issuers = await load<IssuerInput>(path.join(dir, "issuers"));
  });

  it("writes 200 certifications and 10 issuers, one file per slug", async () => {
    assert.equal(certs.length, COUNT);
    assert.equal(issuers.length, COUNT / 20);
    const files = (await readdir(path.join(dir, "certifications"))).sort();
    assert.deepEqual(files, certs.map((c) => `${c.slug}.ts`).sort());
  });

  it("passes npm run validate with no errors and no warnings", () => {
    const result = spawnSync("npx", ["tsx", "scripts/validate.ts"], { cwd: ROOT, env: { ...process.env, CATALOG_DIR: dir }, encoding: "utf8" });
    assert.equal(result.status, 0, result.stderr);
    assert.doesNotMatch(result.stderr, /error|warning:/i);
    assert.match(result.stdout, /200 certifications, 10 issuers and 12 roles are valid \(0 warning\(s\)\)/);
  });

  it("builds with the real build: one page per record and a search index", async () => {
    build = runBuild(dir, path.join(await tempDir("synth-out"), "_site"));
    assert.equal(build.code, 0, build.stderr);
    const summary = build.stdout.trim().split("\n").at(-1)!;
    assert.match(summary, /: 200 certifications, 10 issuers, \d+ pages, 0 warning\(s\), /);
    for (const c of certs) assert.ok(existsSync(path.join(build.out, "certifications", c.slug, "index.html")), c.slug);
    for (const i of issuers) assert.ok(existsSync(path.join(build.out, "issuers", i.slug, "index.html")), i.slug);
    assert.ok(existsSync(path.join(build.out, "pagefind", "pagefind.js")));
    const html = await read(path.join(build.out, "certifications", certs[0]!.slug, "index.html"));
    assert.ok(html.includes(certs[0]!.name), "the page names its record");
  });

  it("is byte-identical for the same seed and differs for another", async () => {
    const again = await tempDir("synth-again");
    synth(again, "42");
    assert.deepEqual(await snapshot(again), await snapshot(dir));
    const other = await tempDir("synth-other");
    synth(other, "43");
    assert.notDeepEqual(await snapshot(other), await snapshot(dir));
  });

  it("refuses to write over an earlier catalogue unless told to --clean", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/synth.ts", "--count", "5", "--out", dir], { cwd: ROOT, encoding: "utf8" });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /is not empty/);
  });

  it("names every record as synthetic and links only to reserved example domains", () => {
    for (const r of [...certs, ...issuers]) {
      assert.match(r.name, /^Synthetic /);
      for (const [key, value] of strings(r)) {
        const urls = key === "description" ? [...value.matchAll(/\]\((https?:[^)\s]+)\)/g)].map((m) => m[1]!) : /^https?:/.test(value) ? [value] : [];
        for (const u of urls) {
          const url = new URL(u);
          assert.equal(url.protocol, "https:", u);
          assert.match(url.hostname, /(^|\.)example\.(org|com|net)$/, u);
        }
      }
    }
  });

  it("dates facts between 1987 and 2026-06-30 and reviews within 300 days before today", () => {
    for (const r of [...certs, ...issuers]) {
      for (const [key, value] of strings(r))
        if (DATE_KEYS.has(key)) {
          assert.ok(value >= "1987" && value.slice(0, 10) <= "2026-06-30", `${r.slug}: ${key} ${value}`);
        }
      const age = (Date.parse(TODAY) - Date.parse(r.lastReviewed)) / 86_400_000;
      assert.ok(age >= 0 && age <= 300, `${r.slug}: lastReviewed ${r.lastReviewed}`);
    }
  });

  it("writes descriptions of 150 to 400 words with headings, lists and links", () => {
    for (const r of [...certs, ...issuers]) {
      const n = words(r.description);
      assert.ok(n >= 150 && n <= 400, `${r.slug}: ${n} words`);
    }
    const all = certs.map((c) => c.description);
    assert.ok(all.some((d) => /^### /m.test(d)));
    assert.ok(all.some((d) => /^- /m.test(d)));
    assert.ok(all.some((d) => /^1\. /m.test(d)));
    assert.ok(all.every((d) => /\]\(https:\/\/example\.org\//.test(d)));
    assert.ok(new Set(all).size === all.length, "descriptions differ");
  });

  it("varies like the real catalogue: kinds, statuses, levels, costs, lineage, disagreements", () => {
    const set = <T>(f: (c: CertificationInput) => T | T[]) => new Set(certs.flatMap((c) => f(c)));
    assert.deepEqual([...set((c) => c.kind)].sort(), ["individual", "organisation"]);
    assert.deepEqual([...set((c) => c.status)].sort(), ["active", "dormant", "historic", "planned", "superseded", "withdrawn"]);
    assert.ok(set((c) => c.categories).size >= 8);
    assert.ok(certs.every((c) => c.categories.length >= 1 && c.categories.length <= 3));
    const levels = set((c) => c.levels?.length ?? 0);
    assert.ok(levels.has(0) && levels.has(6));
    assert.ok(certs.some((c) => c.cost.status === "not-published"));
    const figures = certs.flatMap((c) => (c.cost.status === "published" ? c.cost.figures : []));
    assert.ok(new Set(figures.map((f) => f.currency)).size >= 6);
    assert.ok(figures.some((f) => f.max !== undefined && f.max > f.min));
    assert.ok(certs.every((c) => c.cost.status === "not-published" || (c.cost.figures.length >= 1 && c.cost.figures.length <= 3)));
    assert.ok(certs.some((c) => c.timeToAchieve.status === "published" && c.timeToAchieve.figures.some((f) => f.max)));
    assert.ok(set((c) => c.validity.status).size === 2);
    assert.ok(certs.every((c) => c.sources.length >= 2 && c.sources.length <= 4));
    for (const field of ["aliases", "related", "disagreements", "supersedes", "supersededBy"] as const)
      assert.ok(certs.some((c) => (c[field]?.length ?? 0) > 0), field);
    assert.ok(JSON.stringify(certs).includes('"unconfirmed":true'));
  });

  it("writes lineage on both sides, with some chains longer than two", () => {
    const bySlug = new Map(certs.map((c) => [c.slug, c]));
    for (const c of certs) {
      for (const s of c.supersededBy ?? []) assert.ok(bySlug.get(s)!.supersedes!.includes(c.slug), `${c.slug} -> ${s}`);
      for (const s of c.supersedes ?? []) assert.ok(bySlug.get(s)!.supersededBy!.includes(c.slug), `${s} -> ${c.slug}`);
    }
    const chain = certs.some((c) => (c.supersedes?.length ?? 0) > 0 && (c.supersededBy?.length ?? 0) > 0);
    assert.ok(chain, "some record both supersedes and is superseded");
  });

  it("cites only the record's own sources", () => {
    for (const r of [...certs, ...issuers]) {
      const ids = new Set(r.sources.map((s) => s.id));
      const walk = (v: unknown): void => {
        if (Array.isArray(v)) v.forEach(walk);
        else if (v && typeof v === "object") {
          const cite = (v as { cite?: unknown }).cite;
          if (Array.isArray(cite)) for (const id of cite) assert.ok(ids.has(id as string), `${r.slug} cites ${String(id)}`);
          Object.values(v).forEach(walk);
        }
      };
      walk(r);
    }
  });
});

// Benchmark the build on synthetic catalogues, against a bare Eleventy + Pagefind baseline.
//
//   tsx scripts/bench.ts [--count N ...] [--pairs P] [--seed S] [--keep] [--no-bare] [--no-real]
//
// First (unless --no-real) one JSON object for the real catalogue in _data/: its pages, build
// time and what searching it downloads ("COPC", then "BS 7799", "workforce", "Help Desk Institute").
// Then for each N (default 1000 and 10000), one JSON object on stdout. The full build and the
// baseline are timed in --pairs P pairs (default 3), each the full build then the baseline on
// the same records; times are the medians over the pairs, sizes and downloads are measured once
// (every pair writes the same site), peaks are the largest of any pair.
//   records, issuers, pages        catalogue size and HTML pages written by the full build
//   pairs                          how many full build + baseline pairs were timed
//   synthMs                        writing the synthetic records (scripts/synth.ts, in process)
//   validateCliMs                  wall time of `node --import tsx scripts/validate.ts` on its own
//                                  (every child process runs with a cold tsx transform cache)
//   validationMs                   inside the full build: loading, validating and resolving the catalog
//   eleventyPagefindMs             inside the full build: everything after the catalog (Eleventy
//                                  render + write, Pagefind indexing, the swap into --out)
//   totalMs                        wall time of the full build process (`scripts/build.ts --out X`)
//   peakRssMB                      peak resident set of the largest process in the build's tree
//                                  (GNU time -v), or of the Node process alone when
//                                  /usr/bin/time is absent; nodePeakRssMB is always Node's own
//   peakHeapMB, heapLimitMB        the most V8 heap the build used (sampled every 100 ms) and the
//                                  limit it ran under (Node's default unless NODE_OPTIONS sets one)
//   outputBytes, searchIndexBytes  all files under --out, and under --out/pagefind/
//   medianGzipHtmlBytes, largestGzipHtmlBytes   HTML pages gzipped at zlib level 9
//   bare                           a minimal Eleventy project (one Nunjucks template paginating over
//                                  the same records, every string field a paragraph in <main>),
//                                  reading the records from one JSON file written before timing,
//                                  built with the same Eleventy, then `pagefind --site`, timed
//                                  separately
//   ratio                          the median over the pairs of full build / baseline; ratios
//                                  is each pair's, pairTimesMs each pair's [full build, baseline]
//   writesFlushedBeforeTiming      whether `sync` ran before the full build and before the bare
//                                  baseline, so neither is slowed by the writeback of the step
//                                  before it (false where there is no `sync` command)
//   search                         bytes a visitor downloads, as a CDN sends them (text gzipped),
//                                  measured in Chromium on the served site (scripts/bench-search.ts):
//                                  the search page until ready, the first query ("audit"), each later
//                                  query (one record's short name, then "workforce", a word on nearly
//                                  every synthetic page), and one "More results"; beforeFirstResultBytes
//                                  is the page plus the first query up to its first result card (the
//                                  facet counts' filter index follows it); laterQueryBytes is the
//                                  largest later query
// Progress goes to stderr.
//
// The full build runs with the Node options of package.json's build script, as `node <options>
// scripts/bench.ts __probe <report> scripts/build.ts --out X`: the probe loads the catalog first
// (timed), then imports scripts/build.ts unchanged, which reuses that same catalog (loadCatalog
// memoises per folder), so the two phases are timed inside one ordinary build.
import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { getHeapStatistics } from "node:v8";
import { gzipSync } from "node:zlib";

const ROOT = path.resolve(import.meta.dirname, "..");

// ---------------------------------------------------------------------------------------
// Probe mode: run inside the build's process.

async function probe(report: string, script: string, args: string[]): Promise<void> {
  const { catalogDir, loadCatalog } = await import("../src/lib/eleventy/catalog-data.ts");
  const t0 = performance.now();
  const times: { validationMs?: number; eleventyPagefindMs?: number } = {};
  // The V8 heap in use (live objects and garbage not yet collected), sampled: the figure
  // Node's default heap limit applies to.
  let peakHeap = 0;
  setInterval(() => (peakHeap = Math.max(peakHeap, getHeapStatistics().used_heap_size)), 100).unref();
  const write = () =>
    writeFileSync(report, JSON.stringify({ ...times, nodePeakRssKB: process.resourceUsage().maxRSS, peakHeapBytes: peakHeap, heapLimitBytes: getHeapStatistics().heap_size_limit }));
  process.on("exit", write);
  try {
    await loadCatalog(catalogDir());
  } catch {
    // The build awaits the same rejected promise and reports every error itself.
  }
  const t1 = performance.now();
  times.validationMs = Math.round(t1 - t0);
  process.argv = [process.argv[0]!, path.resolve(script), ...args];
  await import(pathToFileURL(path.resolve(script)).href);
  times.eleventyPagefindMs = Math.round(performance.now() - t1);
}

// ---------------------------------------------------------------------------------------
// Measuring child processes and output folders.

const TIME = "/usr/bin/time";
const HAS_GNU_TIME = spawnSync("sh", ["-c", `command -v ${TIME} >/dev/null && ${TIME} -v true`], { encoding: "utf8" }).stderr?.includes("Maximum resident set size") ?? false;

interface Run {
  ms: number;
  code: number | null;
  stdout: string;
  stderr: string;
  /** Peak RSS in KB from GNU time, when available. */
  peakRssKB?: number;
}

/**
 * Run a command, timing its wall clock. Each run gets its own fresh TMPDIR, so tsx's transform
 * cache (kept under the temp folder) starts cold, as on a fresh clone or in CI, and no run is
 * sped up by an earlier one having transpiled the same record files.
 */
async function run(work: string, command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  const [cmd, argv] = HAS_GNU_TIME ? [TIME, ["-v", command, ...args]] : [command, args];
  const tmp = await mkdtemp(path.join(work, "tmp-"));
  const env = { ...(options.env ?? process.env), TMPDIR: tmp };
  const started = performance.now();
  const r = spawnSync(cmd, argv, { cwd: options.cwd ?? ROOT, env, encoding: "utf8", maxBuffer: 1 << 28 });
  const ms = Math.round(performance.now() - started);
  let stderr = r.stderr ?? "";
  let peakRssKB: number | undefined;
  if (HAS_GNU_TIME) {
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
    if (m) peakRssKB = Number(m[1]);
    const at = stderr.lastIndexOf("\tCommand being timed:");
    if (at >= 0) stderr = stderr.slice(0, at);
  }
  if (r.error) throw r.error;
  return { ms, code: r.status, stdout: r.stdout ?? "", stderr, ...(peakRssKB !== undefined ? { peakRssKB } : {}) };
}

/**
 * Writes still in the page cache from the step before (writing 10,000 record files, or the full
 * build's 500 MB) go to disk before a timed build starts, so that neither the full build nor
 * the baseline pays for the other's writeback. Where there is no `sync` command, nothing.
 */
const HAS_SYNC = spawnSync("sh", ["-c", "command -v sync"], { encoding: "utf8" }).status === 0;
function flushWrites(): void {
  if (HAS_SYNC) spawnSync("sync");
}

function check(what: string, r: Run): void {
  if (r.code !== 0) throw new Error(`${what} failed (exit ${r.code}):\n${r.stderr.slice(-4000)}${r.stdout.slice(-2000)}`);
}

interface SiteStats {
  pages: number;
  outputBytes: number;
  searchIndexBytes: number;
  medianGzipHtmlBytes: number;
  largestGzipHtmlBytes: number;
  largestGzipHtmlPage: string;
}

async function siteStats(dir: string): Promise<SiteStats> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  let outputBytes = 0;
  let searchIndexBytes = 0;
  const gz: { page: string; bytes: number }[] = [];
  const pagefind = path.join(dir, "pagefind") + path.sep;
  for (const e of entries) {
    if (!e.isFile()) continue;
    const full = path.join(e.parentPath, e.name);
    const size = (await stat(full)).size;
    outputBytes += size;
    if (full.startsWith(pagefind)) searchIndexBytes += size;
    else if (e.name.endsWith(".html")) gz.push({ page: path.relative(dir, full), bytes: gzipSync(await readFile(full), { level: 9 }).length });
  }
  gz.sort((a, b) => a.bytes - b.bytes || a.page.localeCompare(b.page));
  const mid = gz.length >> 1;
  const median = gz.length === 0 ? 0 : gz.length % 2 ? gz[mid]!.bytes : Math.round((gz[mid - 1]!.bytes + gz[mid]!.bytes) / 2);
  const largest = gz.at(-1);
  return {
    pages: gz.length,
    outputBytes,
    searchIndexBytes,
    medianGzipHtmlBytes: median,
    largestGzipHtmlBytes: largest?.bytes ?? 0,
    largestGzipHtmlPage: largest?.page ?? "",
  };
}

/**
 * The Node options `npm run build` gives the build (package.json: "node <options>
 * scripts/build.ts"), so the benchmark times the build as users run it.
 */
async function buildNodeOptions(): Promise<string[]> {
  const { scripts } = JSON.parse(await readFile(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
  const words = scripts.build!.trim().split(/\s+/);
  if (words[0] !== "node" || words.at(-1) !== "scripts/build.ts") throw new Error(`package.json's build script is not "node <options> scripts/build.ts": ${scripts.build}`);
  return words.slice(1, -1);
}

const mb = (kb: number | undefined) => (kb === undefined ? undefined : Math.round(kb / 102.4) / 10);

// ---------------------------------------------------------------------------------------
// The bare baseline: the least Eleventy + Pagefind can do to publish the same records' text.
// Every string field of a record becomes a paragraph of its page, so Pagefind indexes as much
// text as in the full build. The records are read from one JSON file written before timing
// starts: loading the TypeScript record files is the full build's cost, not the baseline's.

const BARE_TEMPLATE = `---
pagination:
  data: records
  size: 1
  alias: record
permalink: "certifications/{{ record.slug }}/index.html"
---
<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ record.name }}</title></head>
<body><main><h1>{{ record.name }}</h1>
{% for text in record.texts %}<p>{{ text }}</p>
{% endfor %}</main></body>
</html>
`;

const BARE_DATA = `import { readFileSync } from "node:fs";

export default () => JSON.parse(readFileSync(process.env.BARE_RECORDS, "utf8"));
`;

/** Every string in a record, depth first, in the order the file gives them. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === "object") for (const v of Object.values(value)) strings(v, out);
  return out;
}

/** The records' text as one JSON file: { slug, name, texts } for each certification. */
async function writeBareRecords(catalog: string, file: string): Promise<number> {
  const dir = path.join(catalog, "certifications");
  const names = (await readdir(dir)).filter((n) => n.endsWith(".ts")).sort();
  const records = [];
  for (const n of names) {
    const { slug, name, ...rest } = (await import(pathToFileURL(path.join(dir, n)).href)).default as Record<string, unknown>;
    records.push({ slug, name, texts: strings(rest) });
  }
  await writeFile(file, JSON.stringify(records));
  return records.length;
}

async function bare(work: string, catalog: string) {
  const dir = path.join(work, "bare");
  await mkdir(path.join(dir, "src", "_data"), { recursive: true });
  await writeFile(path.join(dir, "src", "index.njk"), BARE_TEMPLATE);
  await writeFile(path.join(dir, "src", "_data", "records.mjs"), BARE_DATA);
  const recordsFile = path.join(dir, "records.json");
  const records = await writeBareRecords(catalog, recordsFile); // before timing starts
  const out = path.join(dir, "out");
  const env = { ...process.env, BARE_RECORDS: recordsFile };
  const eleventyCli = path.join(ROOT, "node_modules", "@11ty", "eleventy", "cmd.cjs");
  const pagefindCli = path.join(ROOT, "node_modules", "pagefind", "lib", "runner", "bin.cjs");
  await rm(out, { recursive: true, force: true }); // each pair's baseline writes a fresh folder, as its full build does
  flushWrites();
  const eleventy = await run(work, process.execPath, [eleventyCli, "--input=src", `--output=${out}`, "--quiet"], { cwd: dir, env });
  check("bare Eleventy", eleventy);
  const pagefind = await run(work, process.execPath, [pagefindCli, "--site", out], { cwd: dir, env });
  check("bare Pagefind", pagefind);
  const stats = await siteStats(out);
  if (stats.pages !== records) throw new Error(`bare baseline wrote ${stats.pages} pages for ${records} records`);
  return {
    eleventyMs: eleventy.ms,
    pagefindMs: pagefind.ms,
    totalMs: eleventy.ms + pagefind.ms,
    pages: stats.pages,
    outputBytes: stats.outputBytes,
    searchIndexBytes: stats.searchIndexBytes,
    medianGzipHtmlBytes: stats.medianGzipHtmlBytes,
    ...(eleventy.peakRssKB !== undefined ? { eleventyPeakRssMB: mb(eleventy.peakRssKB) } : {}),
    ...(pagefind.peakRssKB !== undefined ? { pagefindPeakRssMB: mb(pagefind.peakRssKB) } : {}),
  };
}

/** A later query for one record by its short name, as someone who knows what they want types it. */
async function someShortName(catalog: string): Promise<string> {
  const dir = path.join(catalog, "certifications");
  const names = (await readdir(dir)).sort();
  const text = await readFile(path.join(dir, names[names.length >> 1]!), "utf8");
  const m = /"shortName":\s*"([^"]+)"/.exec(text) ?? /"name":\s*"([^"]+)"/.exec(text);
  if (!m) throw new Error(`no name in ${names[names.length >> 1]}`);
  return m[1]!;
}

/** The real catalogue in _data/: build time and what searching it downloads. */
async function benchReal() {
  const log = (m: string) => console.error(`[bench real] ${m}`);
  const work = await mkdtemp(path.join(os.tmpdir(), "ccc-bench-real-"));
  const out = path.join(work, "site");
  try {
    log(`building (scripts/build.ts --out ${out})`);
    const env = { ...process.env };
    delete env.CATALOG_DIR;
    const build = await run(work, process.execPath, [...(await buildNodeOptions()), "scripts/build.ts", "--out", out], { env });
    check("build", build);
    const stats = await siteStats(out);
    log("measuring search downloads in Chromium");
    const { measureSearchTransfer } = await import("./bench-search.ts");
    const search = await measureSearchTransfer(out, { first: "COPC", later: ["BS 7799", "workforce", "Help Desk Institute"] });
    return {
      catalogue: "_data",
      pages: stats.pages,
      totalMs: build.ms,
      outputBytes: stats.outputBytes,
      searchIndexBytes: stats.searchIndexBytes,
      medianGzipHtmlBytes: stats.medianGzipHtmlBytes,
      largestGzipHtmlBytes: stats.largestGzipHtmlBytes,
      search,
      buildSummary: build.stdout.trim().split("\n").at(-1) ?? "",
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

type Probed = { validationMs: number; eleventyPagefindMs: number; nodePeakRssKB: number; peakHeapBytes: number; heapLimitBytes: number };

async function benchOne(count: number, seed: string, options: { keep: boolean; bare: boolean; pairCount: number }) {
  const log = (m: string) => console.error(`[bench ${count}] ${m}`);
  const work = await mkdtemp(path.join(os.tmpdir(), `ccc-bench-${count}-`));
  const catalog = path.join(work, "catalog");
  const out = path.join(work, "site");
  try {
    log(`synthesising into ${catalog}`);
    const { synthesize } = await import("./synth.ts");
    const t0 = performance.now();
    const synth = await synthesize({ count, out: catalog, seed });
    const synthMs = Math.round(performance.now() - t0);

    const env = { ...process.env, CATALOG_DIR: catalog };
    log("validating (scripts/validate.ts)");
    const validate = await run(work, process.execPath, ["--import", "tsx", "scripts/validate.ts"], { env });
    check("validate", validate);

    // Pairs, each the full build then the baseline: on a shared machine one pair's ratio can
    // be off by a quarter, so the ratio reported is the median of the pairs'.
    const pairs: { build: Run; probed: Probed; baseline?: Awaited<ReturnType<typeof bare>> }[] = [];
    let first: { summary: string; stats: SiteStats; search: unknown } | undefined;
    for (let i = 0; i < options.pairCount; i++) {
      const of = options.pairCount > 1 ? `, pair ${i + 1} of ${options.pairCount}` : "";
      log(`building (scripts/build.ts --out ${out}${of})`);
      const report = path.join(work, "probe.json");
      await rm(out, { recursive: true, force: true });
      flushWrites();
      const build = await run(work, process.execPath, [...(await buildNodeOptions()), "scripts/bench.ts", "__probe", report, "scripts/build.ts", "--out", out], { env });
      check("build", build);
      const probed = JSON.parse(await readFile(report, "utf8")) as Probed;
      if (!first) {
        // Every pair builds the same site byte for byte, so it is measured once.
        const stats = await siteStats(out);
        log("measuring search downloads in Chromium");
        const { measureSearchTransfer } = await import("./bench-search.ts");
        const search = await measureSearchTransfer(out, { first: "audit", later: [await someShortName(catalog), "workforce"] });
        first = { summary: build.stdout.trim().split("\n").at(-1) ?? "", stats, search };
      }
      let baseline: Awaited<ReturnType<typeof bare>> | undefined;
      if (options.bare) {
        log(`bare baseline (Eleventy, then Pagefind${of})`);
        baseline = await bare(work, catalog);
      }
      pairs.push({ build, probed, ...(baseline ? { baseline } : {}) });
    }
    const { summary, stats, search } = first!;
    const mid = (pick: (p: (typeof pairs)[number]) => number) => Math.round(median(pairs.map(pick)));
    const largest = (pick: (p: (typeof pairs)[number]) => number) => Math.max(...pairs.map(pick));
    const ratioOf = (p: (typeof pairs)[number]) => Math.round((p.build.ms / p.baseline!.totalMs) * 100) / 100;
    const bases = pairs.flatMap((p) => (p.baseline ? [p.baseline] : []));
    const buildRss = pairs.every((p) => p.build.peakRssKB !== undefined) ? largest((p) => p.build.peakRssKB!) : undefined;
    return {
      records: synth.certifications,
      issuers: synth.issuers,
      seed,
      pages: stats.pages,
      synthMs,
      validateCliMs: validate.ms,
      pairs: pairs.length,
      validationMs: mid((p) => p.probed.validationMs),
      eleventyPagefindMs: mid((p) => p.probed.eleventyPagefindMs),
      totalMs: mid((p) => p.build.ms),
      peakRssMB: mb(buildRss ?? largest((p) => p.probed.nodePeakRssKB)),
      peakRssMethod: buildRss !== undefined ? "/usr/bin/time -v (largest process in the build tree)" : "process.resourceUsage().maxRSS (Node process only)",
      nodePeakRssMB: mb(largest((p) => p.probed.nodePeakRssKB)),
      peakHeapMB: Math.round(largest((p) => p.probed.peakHeapBytes) / 1048576),
      heapLimitMB: Math.round(pairs[0]!.probed.heapLimitBytes / 1048576),
      outputBytes: stats.outputBytes,
      searchIndexBytes: stats.searchIndexBytes,
      medianGzipHtmlBytes: stats.medianGzipHtmlBytes,
      largestGzipHtmlBytes: stats.largestGzipHtmlBytes,
      largestGzipHtmlPage: stats.largestGzipHtmlPage,
      search,
      buildSummary: summary,
      ...(bases.length
        ? {
            bare: {
              ...bases[0]!,
              eleventyMs: Math.round(median(bases.map((b) => b.eleventyMs))),
              pagefindMs: Math.round(median(bases.map((b) => b.pagefindMs))),
              totalMs: Math.round(median(bases.map((b) => b.totalMs))),
              ...(bases.every((b) => b.eleventyPeakRssMB !== undefined) ? { eleventyPeakRssMB: Math.max(...bases.map((b) => b.eleventyPeakRssMB!)) } : {}),
              ...(bases.every((b) => b.pagefindPeakRssMB !== undefined) ? { pagefindPeakRssMB: Math.max(...bases.map((b) => b.pagefindPeakRssMB!)) } : {}),
            },
            ratio: Math.round(median(pairs.map(ratioOf)) * 100) / 100,
            ratios: pairs.map(ratioOf),
            pairTimesMs: pairs.map((p) => [p.build.ms, p.baseline!.totalMs]),
          }
        : {}),
      writesFlushedBeforeTiming: HAS_SYNC,
    };
  } finally {
    if (options.keep) log(`kept ${work}`);
    else await rm(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      count: { type: "string", multiple: true },
      seed: { type: "string", default: "1" },
      keep: { type: "boolean", default: false },
      "no-bare": { type: "boolean", default: false },
      "no-real": { type: "boolean", default: false },
      pairs: { type: "string", default: "3" },
    },
  });
  const counts = (values.count?.length ? values.count : ["1000", "10000"]).map(Number);
  const pairs = Number(values.pairs);
  if (counts.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(pairs) || pairs < 1) {
    console.error("usage: tsx scripts/bench.ts [--count N ...] [--pairs P] [--seed S] [--keep] [--no-bare] [--no-real]");
    process.exit(2);
  }
  if (!existsSync(path.join(ROOT, "node_modules", "@11ty", "eleventy"))) throw new Error("run npm ci first");
  if (!values["no-real"]) console.log(JSON.stringify(await benchReal()));
  for (const n of counts) console.log(JSON.stringify(await benchOne(n, values.seed!, { keep: values.keep!, bare: !values["no-bare"], pairCount: pairs })));
}

if (process.argv[2] === "__probe") await probe(process.argv[3]!, process.argv[4]!, process.argv.slice(5));
else await main();

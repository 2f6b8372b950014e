// Accessibility in a real browser: build the real site, serve it over HTTP with a strict CSP,
// and run axe-core (WCAG 2.0/2.1/2.2 A and AA) on one page of each template, in light and dark
// colour schemes. Any violation, console error, page error or CSP violation fails the test.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { collectPageErrors, formatPageErrors, launchBrowser } from "../support/browser.ts";
import { discoverPages } from "../support/pages.ts";
import { serve, STRICT_CSP, type Served } from "../support/serve.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

const formatViolations = (violations: AxeViolation[]): string =>
  violations
    .map((v) => {
      const nodes = v.nodes.map((n) => `    ${JSON.stringify(n.target)}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, "\n      ")}` : ""}`);
      return `  ${v.id} (${v.impact ?? "?"}): ${v.help}\n    ${v.helpUrl}\n${nodes.join("\n")}`;
    })
    .join("\n");

// Build, serve and launch once for the whole file. A failure here fails the file loudly.
const started = performance.now();
const tmp = await mkdtemp(path.join(os.tmpdir(), "ccc-a11y-"));
let server: Served | undefined;
let browser: Browser | undefined;
after(async () => {
  await browser?.close();
  await server?.close();
  await rm(tmp, { recursive: true, force: true });
  console.log(`# a11y: build, serve and browser checks took ${((performance.now() - started) / 1000).toFixed(1)} s`);
});

let discovered: Awaited<ReturnType<typeof discoverPages>>;
try {
  const out = path.join(tmp, "site");
  const build = spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts", "--out", out], { cwd: ROOT, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`The site did not build (exit ${build.status}):\n${build.stdout}\n${build.stderr}`);
  server = await serve(out, { headers: { "Content-Security-Policy": STRICT_CSP } });
  browser = await launchBrowser();
  discovered = await discoverPages(server.url);
} catch (err) {
  // An open server would keep the test process alive after this error.
  await browser?.close();
  await server?.close();
  await rm(tmp, { recursive: true, force: true });
  throw err;
}
const { pages, missing } = discovered;

/** Load `axe` into the page and run it; returns the violations. */
async function runAxe(page: Page): Promise<AxeViolation[]> {
  // page.evaluate goes through the DevTools protocol, which the page's CSP does not govern, so
  // axe runs on a page under the same strict policy as in production. (addScriptTag would add
  // an inline <script>, which that policy blocks.)
  await page.evaluate(AXE_SOURCE);
  const result = (await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<unknown> } }).axe.run(document, {
        runOnly: { type: "tag", values: tags },
        resultTypes: ["violations"],
      }),
    AXE_TAGS,
  )) as { violations: AxeViolation[] };
  return result.violations;
}

describe("the harness itself", () => {
  // If a browser flag or a server change ever stopped CSP from being enforced, every page test
  // below would pass without proving anything: this page must produce a CSP error and an axe
  // violation.
  it("sees CSP violations and runs axe under the strict CSP", async () => {
    const dir = path.join(tmp, "canary");
    await mkdir(dir);
    await writeFile(path.join(dir, "index.html"), '<!doctype html><html lang="en"><head><title>Canary</title></head><body><main><h1>Canary</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="1" height="1"><script>document.title = "ran"</script></main></body></html>');
    const canary = await serve(dir, { headers: { "Content-Security-Policy": STRICT_CSP } });
    const page = await browser!.newPage();
    try {
      const errors = collectPageErrors(page);
      await page.goto(canary.url);
      assert.equal(await page.title(), "Canary", "the inline script ran: CSP is not enforced");
      assert.ok(errors.some((e) => e.kind === "csp"), `no CSP violation recorded:\n${formatPageErrors(errors)}`);
      assert.deepEqual((await runAxe(page)).map((v) => v.id), ["image-alt"]);
    } finally {
      await page.close();
      await canary.close();
    }
  });
});

describe("template pages", () => {
  it("every required page exists (home, lists, a certification, an issuer, a guide)", () => {
    assert.deepEqual(missing, [], `missing pages: ${missing.join(", ")}`);
  });
});

for (const colorScheme of ["light", "dark"] as const) {
  describe(`axe, ${colorScheme} scheme`, () => {
    for (const p of pages) {
      it(`${p.name} (/${p.path})`, async () => {
        const page = await browser!.newPage();
        try {
          const errors = collectPageErrors(page);
          await page.emulateMedia({ colorScheme });
          const response = await page.goto(new URL(p.path, server!.url).href, { waitUntil: "load" });
          assert.equal(response?.status(), 200, `/${p.path} answered ${response?.status()}`);
          const violations = await runAxe(page);
          // Both lists in one message, so one run shows everything wrong with the page.
          const report = [
            violations.length ? `axe found ${violations.length} violation(s):\n${formatViolations(violations)}` : "",
            errors.length ? `${errors.length} page error(s):\n${formatPageErrors(errors)}` : "",
          ].filter(Boolean);
          assert.ok(report.length === 0, `/${p.path} (${colorScheme}):\n${report.join("\n")}`);
        } finally {
          await page.close();
        }
      });
    }
  });
}

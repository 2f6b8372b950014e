// npm run check:sources against a local server: a source that answers passes, one that does not
// is reported with the record that cites it, and the exit code says so.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import { ROOT } from "../support/build.ts";
import { certification, consumerPrices, exchangeRates, issuer, role, writeCatalog } from "../support/records.ts";

/** Runs the script without blocking the event loop, so this process's server can answer it. */
function run(catalog: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/check-sources.ts", "--timeout", "5000"], { cwd: ROOT, env: { ...process.env, CATALOG_DIR: catalog } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** A catalogue whose every source is on the local server: the certification's own, and `live` for the rest. */
function catalogWith(sources: { id: string; url: string; title: string; publisher: string; kind: "issuer"; accessed: string }[], live: string) {
  const home = { id: "acme-home", url: live, title: "Live", publisher: "Acme", kind: "issuer" as const, accessed: "2026-11-01" };
  return writeCatalog(
    [certification("acme-cert", { sources, ...(sources.some((s) => s.id === "acme-gone") ? { requirements: [{ text: "Gone now.", cite: ["acme-gone"] }] } : {}) })],
    [issuer("acme-standards", { sources: [home] })],
    {
      roles: [role("acme-agent", { sources: [{ ...home, id: "acme-isco" }] })],
      money: { "exchange-rates": exchangeRates({ sources: [{ ...home, id: "test-rates" }] }), "consumer-prices": consumerPrices({ sources: [{ ...home, id: "test-cpi" }] }) },
    },
  );
}

describe("npm run check:sources", () => {
  let server: Server;
  let base = "";
  before(async () => {
    server = createServer((req, res) => {
      res.writeHead(req.url === "/live" ? 200 : 404, { "content-type": "text/html" });
      res.end(req.url === "/live" ? "<p>Still here, with <a href='/elsewhere'>a link</a>.</p>" : "gone");
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((r) => server.close(() => r())));

  it("reports the dead source with its record, not the live one, and fails", async () => {
    const sources = [
      { id: "acme-page", url: `${base}/live`, title: "Live", publisher: "Acme", kind: "issuer" as const, accessed: "2026-11-01" },
      { id: "acme-gone", url: `${base}/dead`, title: "Dead", publisher: "Acme", kind: "issuer" as const, accessed: "2026-11-01" },
    ];
    const { code, stdout, stderr } = await run(await catalogWith(sources, `${base}/live`));
    assert.equal(code, 1, stderr);
    assert.match(stdout, new RegExp(`certifications/acme-cert\\.ts: ${base}/dead answered 404`));
    assert.doesNotMatch(stdout, /\/live /, "the live source is not reported");
    assert.doesNotMatch(stdout, /elsewhere/, "links on a source's page are not checked");
    assert.match(stdout, /2 source URL\(s\) checked: 1 no longer answer\./);
  });

  it("passes when every source answers", async () => {
    const sources = [{ id: "acme-page", url: `${base}/live`, title: "Live", publisher: "Acme", kind: "issuer" as const, accessed: "2026-11-01" }];
    const { code, stdout, stderr } = await run(await catalogWith(sources, `${base}/live`));
    assert.equal(code, 0, `${stdout}\n${stderr}`);
    assert.match(stdout, /1 source URL\(s\) checked: 0 no longer answer\./);
  });
});

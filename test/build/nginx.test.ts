// The documented nginx set-up (npm run nginx-config) serving the built site on loopback sends
// the same headers and redirects as _headers and _redirects describe.
import assert from "node:assert/strict";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdir, readdir, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { ROOT, runBuild, tempDir } from "../support/build.ts";

const NGINX = ["/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx"].find((p) => existsSync(p));

// nginx is the one test dependency beyond `npm ci`. On a developer's machine without it this file
// says so in one line and skips; in CI (CI=true, where .ci/run installs it) a missing nginx fails.
const SKIP = !NGINX && process.env.CI !== "true" ? "nginx is not installed (apt-get install nginx-light; .ci/run installs it): skipping the nginx test" : false;
if (SKIP) console.log(`# ${SKIP}`);

function nginxBinary(): string {
  if (NGINX) return NGINX;
  throw new Error("nginx is not installed but CI=true: .ci/run should have installed it (apt-get install nginx-light)");
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

describe("the site served by nginx with the generated configuration", { skip: SKIP }, () => {
  let nginx: ChildProcess;
  let base = "";
  let site = "";

  before(async () => {
    const dir = await tempDir("nginx");
    await chmod(dir, 0o755); // nginx's workers run as an unprivileged user and must read the site
    site = path.join(dir, "_site");
    assert.equal(runBuild(path.join(ROOT, "_data"), site).code, 0);
    const port = await freePort();
    const generated = spawnSync(process.execPath, ["--import", "tsx", "scripts/nginx-config.ts", "--site", site, "--listen", `127.0.0.1:${port}`], { cwd: ROOT, encoding: "utf8" });
    assert.equal(generated.status, 0, generated.stderr);
    for (const t of ["body", "proxy", "fastcgi", "uwsgi", "scgi"]) await mkdir(path.join(dir, t));
    const conf = path.join(dir, "nginx.conf");
    await writeFile(
      conf,
      `daemon off;\nworker_processes 1;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\nevents {}\nhttp {\n  include /etc/nginx/mime.types;\n  access_log off;\n` +
        ["body", "proxy", "fastcgi", "uwsgi", "scgi"].map((t) => `  ${t === "body" ? "client_body" : t}_temp_path ${dir}/${t};`).join("\n") +
        `\n${generated.stdout}\n}\n`,
    );
    nginx = spawn(nginxBinary(), ["-c", conf, "-p", dir, "-e", `${dir}/error.log`], { stdio: "inherit" });
    base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 100; i++) {
      if (await fetch(base).then(() => true, () => false)) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error("nginx did not start");
  });
  after(() => nginx?.kill());

  const get = (p: string) => fetch(`${base}${p}`, { redirect: "manual" });

  it("sends the security headers and one CSP on every page", async () => {
    for (const p of ["/", "/certifications/", "/certifications/copc-cx-standard/", "/compare/", "/guides/why-certify/", "/404.html"]) {
      const res = await get(p);
      assert.equal(res.status, 200, p);
      assert.equal(res.headers.get("strict-transport-security"), "max-age=31536000; includeSubDomains", p);
      assert.equal(res.headers.get("x-content-type-options"), "nosniff", p);
      assert.equal(res.headers.get("referrer-policy"), "strict-origin-when-cross-origin", p);
      assert.match(res.headers.get("content-security-policy") ?? "", /^default-src 'none'; script-src 'self'; /, p);
      assert.doesNotMatch(res.headers.get("content-security-policy") ?? "", /wasm|,/, p);
      assert.equal(res.headers.get("cache-control"), "public, max-age=0, must-revalidate", p);
    }
  });

  it("lets only search run WebAssembly, and caches hashed assets for a year", async () => {
    assert.match((await get("/search/")).headers.get("content-security-policy")!, /script-src 'self' 'wasm-unsafe-eval'/);
    const css = (await readdir(path.join(site, "assets"))).find((f) => f.endsWith(".css"))!;
    const res = await get(`/assets/${css}`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get("cache-control"), "public, max-age=31536000, immutable");
    assert.match(res.headers.get("content-type")!, /text\/css/);
    const wasm = (await readdir(path.join(site, "pagefind"))).find((f) => f.endsWith(".pagefind"))!;
    assert.equal((await get(`/pagefind/${wasm}`)).status, 200);
  });

  it("redirects former names and answers misses with the 404 page", async () => {
    const moved = await get("/certifications/copc-2000/");
    assert.equal(moved.status, 301);
    assert.equal(moved.headers.get("location"), "/certifications/copc-cx-standard/");
    const missing = await get("/no/such/page/");
    assert.equal(missing.status, 404);
    assert.match(await missing.text(), /Page not found/);
    assert.ok(missing.headers.get("content-security-policy"));
    assert.equal((await get("/_headers")).status, 404);
  });
});

// Hostile text in every field of a record must come out of the real build as inert text.
import assert from "node:assert/strict";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { before, describe, it } from "node:test";
import { careerPath, certification, individual, issuer, role, writeCatalog } from "../support/records.ts";
import { read, runBuild, tempDir, type BuildResult } from "../support/build.ts";
import { elements } from "../support/html.ts";

const EVIL = `<script>alert("x")</script><img src=x onerror="alert(1)"><a href="javascript:alert(2)">y</a>&amp;`;
const EVIL_MD = `${EVIL}\n\n[click](javascript:alert(3)) [data](data:text/html;base64,PHNjcmlwdD4=) <iframe src="https://evil.example"></iframe>\n\n<div onclick="alert(4)">raw</div>`;

/** Put EVIL into every string of a record, except the fields whose shape the schema fixes (slugs, enums, dates, URLs). */
function poison(value: unknown, key = ""): unknown {
  const fixed = new Set([
    "slug", "kind", "issuer", "status", "currency", "basis", "id", "url", "website", "register", "date", "asOf", "accessed", "published", "lastReviewed",
    "min", "max", "period", "cite", "categories", "supersedes", "supersededBy", "related", "certifiers", "type", "assurance", "priceType", "stage",
    "requirement", "system", "field", "certification", "edition", "validUntil", "newCertificationEnds", "role", "roles", "until",
  ]);
  const shaped = typeof value === "string" || (Array.isArray(value) && value.every((v) => typeof v === "string"));
  if (fixed.has(key) && shaped) return value;
  if (typeof value === "string") return key === "description" ? EVIL_MD : `${value} ${EVIL}`;
  if (Array.isArray(value)) return value.map((v) => poison(v, key === "cite" ? "cite" : ""));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)]));
  return value;
}

describe("injection", () => {
  let build: BuildResult;
  const pages: Array<[string, string]> = [];

  before(async () => {
    const cert = poison(
      certification("acme-cert", {
        shortName: "AC",
        disagreements: [{ topic: "When", positions: [{ claim: "1995", cite: ["acme-page"] }, { claim: "1996", cite: ["acme-page"] }] }],
        levels: [{ name: "One", description: "First", cite: ["acme-page"], unconfirmed: true, note: "weak" }],
        recognition: [{ text: "Recognised", cite: ["acme-page"] }],
        statusDetail: { note: "Still offered.", cite: ["acme-page"] },
        editions: [
          { id: "one", name: "Acme One", claims: ["Acme 1"], published: "1995", validUntil: "2030", cite: ["acme-page"], note: "First." },
          { id: "two", name: "Acme Two", published: "2005", cite: ["acme-page"] },
        ],
        auditTime: { rule: "A rule", audit: "the first audit", rows: [{ staffMin: 1, staffMax: 5, days: 1.5 }, { staffMin: 6, days: 2 }], cite: ["acme-page"] },
      }),
    );
    const person = poison(
      individual("acme-person", {
        levels: [{ name: "Bronze", cite: ["acme-page"] }],
        roles: [{ role: "acme-agent", stage: "entry", credential: "Bronze", cite: ["acme-page"], note: "Agents." }],
        prerequisites: { status: "published", items: [{ type: "certification", requirement: "required", text: "Hold the Acme cert.", certification: "acme-cert", cite: ["acme-page"] }] },
      }),
    );
    const iss = poison(issuer("acme-standards", { formerNames: [{ name: "Old Name", cite: ["acme-home"] }] }));
    const roles = [poison(role("acme-agent", { alternativeNames: ["Agent"], leadsTo: [{ role: "acme-lead", cite: ["acme-isco"] }] })), poison(role("acme-lead"))];
    build = runBuild(await writeCatalog([cert, person], [iss], { roles, paths: [poison(careerPath())] }), path.join(await tempDir("inject"), "_site"));
    assert.equal(build.code, 0, build.stderr);
    for (const f of await readdir(build.out, { recursive: true })) if (f.endsWith(".html")) pages.push([f, await read(path.join(build.out, f))]);
  });

  it("reaches the pages at all (the test would prove nothing otherwise)", () => {
    const detail = pages.find(([f]) => f === "certifications/acme-cert/index.html")![1];
    assert.ok(detail.includes("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"), "escaped script text is shown");
    assert.ok(detail.includes("&amp;amp;"), "an entity in data is shown as typed, not decoded");
    for (const p of ["careers/acme-agent/index.html", "careers/index.html", "check/index.html", "deadlines/index.html"])
      assert.ok(pages.some(([f, html]) => f === p && html.includes("&lt;script&gt;")), `${p} shows the hostile text, escaped`);
    assert.ok(pages.length >= 4);
  });

  it("never lets data open a script, iframe or image element", () => {
    for (const [file, html] of pages) {
      const found = elements(html);
      assert.ok(found.some((e) => e.tag === "main"), file);
      for (const bad of ["iframe", "img", "object", "embed"]) assert.ok(!found.some((e) => e.tag === bad), `${file} has <${bad}>`);
      // The only scripts: our own bundled files, and the JSON-LD data block (never executed).
      for (const script of found.filter((e) => e.tag === "script"))
        assert.ok(script.attrs.type === "application/ld+json" || /^\/assets\/[a-z]+\.[0-9a-f]{10}\.js$/.test(script.attrs.src ?? ""), `${file}: <script ${JSON.stringify(script.attrs)}>`);
    }
  });

  it("keeps the JSON-LD block closed and parseable, with the hostile text inside it as data", () => {
    const detail = pages.find(([f]) => f === "certifications/acme-cert/index.html")![1];
    const blocks = [...detail.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
    assert.equal(blocks.length, 1);
    const data = JSON.parse(blocks[0]![1]!);
    assert.match(data.name, /<\/script><img src=x onerror=/);
  });

  it("never lets data add an event-handler attribute to an element", () => {
    for (const [file, html] of pages)
      for (const e of elements(html))
        for (const name of Object.keys(e.attrs)) assert.ok(!name.startsWith("on"), `${file}: <${e.tag} ${name}>`);
  });

  it("never makes a link that is not http(s), relative or an in-page anchor", () => {
    for (const [file, html] of pages)
      for (const e of elements(html)) if (e.attrs.href !== undefined) assert.match(e.attrs.href, /^(https?:\/\/|\/|#)/, `${file}: ${e.attrs.href}`);
  });
});

describe("a javascript: URL in a URL field", () => {
  it("fails the build with the file and field", async () => {
    const dir = await writeCatalog([certification("acme-cert", { website: "javascript:alert(1)" })]);
    const build = runBuild(dir, path.join(await tempDir("inject-url"), "_site"));
    assert.equal(build.code, 1);
    assert.match(build.stderr, /certifications\/acme-cert\.ts: website: is not an http\(s\) URL/);
  });
});

// Eleventy 3.1 compiles a Nunjucks template's own text and its permalink string again for every
// page it paginates into. The paginated templates therefore keep no text of their own and give a
// permalink function (_includes/layouts/page.njk). This builds the real site in process and
// counts Nunjucks compilations: any text compiled more than once is cost that grows with the
// catalogue.
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { describe, it } from "node:test";
import Eleventy from "@11ty/eleventy";
import { ROOT, tempDir } from "../support/build.ts";

// The Nunjucks that Eleventy renders with (a dependency of Eleventy, not of this project).
const nunjucks = createRequire(import.meta.resolve("@11ty/eleventy"))("nunjucks") as { Template: { prototype: { _compile(): void } } };

interface CompiledTemplate {
  path: string | null;
  tmplStr: string;
}

describe("Nunjucks compilation", () => {
  it("compiles each template text once, however many pages a template paginates into", async () => {
    const compiled = new Map<string, number>();
    const original = nunjucks.Template.prototype._compile;
    nunjucks.Template.prototype._compile = function (this: CompiledTemplate) {
      const key = `${this.path ?? "(string)"}\n${this.tmplStr}`;
      compiled.set(key, (compiled.get(key) ?? 0) + 1);
      return original.call(this);
    };
    let pages: { url: string; inputPath: string }[];
    try {
      process.chdir(ROOT);
      const run = new Eleventy("src", await tempDir("compile-once"), { configPath: ".eleventy.ts", quietMode: true });
      pages = ((await run.write()) as unknown as typeof pages[]).flat();
    } finally {
      nunjucks.Template.prototype._compile = original;
    }

    const perTemplate = new Map<string, number>();
    for (const p of pages) perTemplate.set(p.inputPath, (perTemplate.get(p.inputPath) ?? 0) + 1);
    for (const template of ["./src/certifications/certification.njk", "./src/issuers/issuer.njk", "./src/careers/role.njk", "./src/certifications/browse.njk", "./src/redirects.njk"])
      assert.ok((perTemplate.get(template) ?? 0) > 1, `${template} paginates into more than one page (${perTemplate.get(template) ?? 0})`);

    // An empty text (a paginated template's own) is still handed to Nunjucks per page, but
    // compiles to nothing; everything else must be compiled once.
    const again = [...compiled].filter(([key, n]) => n > 1 && key.slice(key.indexOf("\n") + 1) !== "");
    assert.deepEqual(
      again.map(([key, n]) => `${n}× ${key.split("\n")[0]}: ${JSON.stringify(key.slice(key.indexOf("\n") + 1).slice(0, 60))}`),
      [],
      "template texts compiled more than once",
    );
    assert.ok(compiled.size > 20, `the spy saw the site's templates compiled (${compiled.size})`);
  });
});

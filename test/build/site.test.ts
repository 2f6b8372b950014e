// npm run check:site, as part of npm test: build the real catalogue (at the root and below a
// path prefix) and check every page: valid HTML, links and assets resolve, 14 KB budget,
// no inline script, head complete.
import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import { checkSite, formatSiteProblem } from "../../src/lib/check/index.ts";
import { ROOT, runBuild, tempDir } from "../support/build.ts";

for (const prefix of ["/", "/certs/"]) {
  describe(`the real site built for ${prefix}`, () => {
    it("passes every site check", async () => {
      const out = path.join(await tempDir("site"), "_site");
      const build = runBuild(path.join(ROOT, "_data"), out, { env: { PATH_PREFIX: prefix, SITE_URL: "https://example.org" } });
      assert.equal(build.code, 0, build.stderr);
      const result = await checkSite(out, { prefix });
      assert.ok(result.pages >= 80, `checked ${result.pages} pages`);
      assert.deepEqual(result.problems.map(formatSiteProblem), []);
      console.log(`# ${prefix}: ${result.pages} pages, largest ${result.largest?.bytes} bytes gzipped (${result.largest?.page})`);
    });
  });
}

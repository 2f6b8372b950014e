// Full-page screenshots of one page of each template (as the browser tests pick them), at
// phone and desktop widths, light and dark, for reviewing a redesign by eye.
//
//   tsx scripts/screenshots.ts [--site DIR] [--out DIR] [--prefix /certs/]
//   defaults: --site _site, --out /tmp/ccc-screenshots (outside the repo: nothing to ignore)
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { collectPageErrors, formatPageErrors, launchBrowser } from "../test/support/browser.ts";
import { discoverPages } from "../test/support/pages.ts";
import { serve, STRICT_CSP } from "../test/support/serve.ts";

const WIDTHS = [375, 1280];
const SCHEMES = ["light", "dark"] as const;

const { values } = parseArgs({
  options: {
    site: { type: "string", default: "_site" },
    out: { type: "string", default: "/tmp/ccc-screenshots" },
    prefix: { type: "string", default: "/" },
  },
});
const site = path.resolve(values.site!);
const out = path.resolve(values.out!);
await mkdir(out, { recursive: true });

// Same strict CSP as the browser tests, so the pictures show what a strict host shows.
const server = await serve(site, { prefix: values.prefix!, headers: { "Content-Security-Policy": STRICT_CSP } });
const browser = await launchBrowser();
let problems = 0;
try {
  const { pages, missing } = await discoverPages(server.url);
  for (const m of missing) console.warn(`warning: missing page /${m}`);
  for (const width of WIDTHS)
    for (const colorScheme of SCHEMES) {
      const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme });
      for (const p of pages) {
        const page = await context.newPage();
        const errors = collectPageErrors(page);
        await page.goto(new URL(p.path, server.url).href, { waitUntil: "load" });
        const file = path.join(out, `${p.name}-${width}-${colorScheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
        if (errors.length) {
          problems += errors.length;
          console.warn(formatPageErrors(errors));
        }
        await page.close();
      }
      await context.close();
    }
  console.log(`${pages.length} pages x ${WIDTHS.length} widths x ${SCHEMES.length} schemes in ${out}; ${problems} page error(s)`);
} finally {
  await browser.close();
  await server.close();
}

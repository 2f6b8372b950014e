// The stylesheet and the browser scripts, written under content-hashed names so a CDN may
// cache them for a year. Scripts are TypeScript, bundled and minified by esbuild.
import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { build } from "esbuild";

const STYLESHEET = "src/assets/site.css";
/** Loaded inside <noscript> on pages with a script: hides what only the script can work. */
const NO_SCRIPT_STYLESHEET = "src/assets/no-script.css";
const SCRIPTS = {
  compare: "src/assets/scripts/compare.ts",
  search: "src/assets/scripts/search.ts",
  check: "src/assets/scripts/check.ts",
} as const;

type ScriptName = keyof typeof SCRIPTS;

interface Asset {
  url: string;
  body: string | Uint8Array;
}

export interface AssetUrls {
  css: string;
  noScriptCss: string;
  js: Record<ScriptName, string>;
}

const hashed = (name: string, ext: string, body: string | Uint8Array): Asset => ({
  url: `/assets/${name}.${createHash("sha256").update(body).digest("hex").slice(0, 10)}.${ext}`,
  body,
});

async function bundle(entry: string): Promise<Uint8Array> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "esm",
    target: "es2020",
    write: false,
    legalComments: "none",
  });
  return result.outputFiles[0]!.contents;
}

async function makeAssets(): Promise<{ urls: AssetUrls; files: Asset[] }> {
  const css = hashed("site", "css", await readFile(STYLESHEET, "utf8"));
  const noScriptCss = hashed("no-script", "css", await readFile(NO_SCRIPT_STYLESHEET, "utf8"));
  const scripts = await Promise.all(
    (Object.entries(SCRIPTS) as [ScriptName, string][]).map(async ([name, entry]) => [name, hashed(name, "js", await bundle(entry))] as const),
  );
  return {
    urls: { css: css.url, noScriptCss: noScriptCss.url, js: Object.fromEntries(scripts.map(([n, a]) => [n, a.url])) as Record<ScriptName, string> },
    files: [css, noScriptCss, ...scripts.map(([, a]) => a)],
  };
}

export default function assetsPlugin(eleventyConfig: any): void {
  let current: ReturnType<typeof makeAssets> | undefined;
  eleventyConfig.addWatchTarget("src/assets/");
  // Made once per build (and again on each rebuild while serving).
  eleventyConfig.on("eleventy.before", () => {
    current = makeAssets();
  });
  eleventyConfig.addGlobalData("assets", async () => (await (current ??= makeAssets())).urls);
  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    for (const { url, body } of (await (current ??= makeAssets())).files) {
      const file = path.join(directories.output, url);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, body);
    }
  });
}

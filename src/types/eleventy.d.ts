// Eleventy 3 ships no type declarations; this covers the programmatic API the build uses.
declare module "@11ty/eleventy" {
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: { configPath?: string; quietMode?: boolean; runMode?: string });
    write(): Promise<unknown[]>;
  }
  export const HtmlBasePlugin: (eleventyConfig: unknown, options?: unknown) => void;
}

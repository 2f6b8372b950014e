// Eleventy's own Markdown (guides, pages) uses the same safe settings as data:
// Eleventy's default enables raw HTML, ours does not.
import { createGuideMarkdown } from "../markdown.ts";

export default function markdownPlugin(eleventyConfig: any): void {
  eleventyConfig.setLibrary("md", createGuideMarkdown());
}

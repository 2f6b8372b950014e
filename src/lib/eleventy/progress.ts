// Counts the pages each Eleventy run writes, for the build's progress bar (src/lib/build/progress.ts).
import path from "node:path";
import { progress } from "../build/progress.ts";
import { RECORD_TEMPLATE } from "./batches.ts";

const isRecordTemplate = (inputPath: string) => path.normalize(inputPath) === path.normalize(RECORD_TEMPLATE);

export default function progressPlugin(eleventyConfig: any): void {
  eleventyConfig.addTransform("progress", function (this: { page: { outputPath: string | false; inputPath: string } }, content: string) {
    const { outputPath, inputPath } = this.page;
    if (typeof outputPath === "string" && outputPath.endsWith(".html")) progress().page(isRecordTemplate(inputPath));
    return content;
  });
}

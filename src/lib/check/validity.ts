// HTML validity with html-validate's Node API. The rules come from the project's
// .htmlvalidate.json, read once and applied as-is wherever the built folder lives (a config
// found by walking up from /tmp/... would miss ours).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { HtmlValidate, StaticConfigLoader, type ConfigData } from "html-validate";
import type { Report } from "./problems.ts";

export const PROJECT_CONFIG = path.resolve(import.meta.dirname, "../../..", ".htmlvalidate.json");

export async function loadValidatorConfig(file = PROJECT_CONFIG): Promise<ConfigData> {
  return JSON.parse(await readFile(file, "utf8")) as ConfigData;
}

export function createValidator(config: ConfigData): (html: string, file: string, report: Report) => Promise<void> {
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  return async (html, file, report) => {
    const result = await validator.validateString(html, file);
    for (const r of result.results)
      for (const m of r.messages) report(`invalid HTML (${m.ruleId}) at ${m.line}:${m.column}: ${m.message}`);
  };
}

// One shape for everything the catalog has to say about the data: the file, the field
// path inside the record, what is wrong and what is allowed.
import type { z } from "zod";

export type Severity = "error" | "warning";

export interface Problem {
  severity: Severity;
  file: string;
  path: string;
  message: string;
}

/** `levels[0].name`, `cost.figures[1].currency` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || "(record)";
}

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.path}: ${p.message}`;
}

export class CatalogError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const errors = problems.filter((p) => p.severity === "error");
    super(`${errors.length} error(s) in the catalog:\n${errors.map(formatProblem).join("\n")}`);
    this.name = "CatalogError";
    this.problems = problems;
  }
}

function describe(value: unknown): string {
  if (value === undefined) return "missing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  const shown = JSON.stringify(value);
  return shown.length > 60 ? `${shown.slice(0, 57)}...` : shown;
}

const list = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(", ");

/**
 * Turn one zod issue into our wording. Our own messages in the schema already read
 * "is ... (expected ...)"; zod's generic ones are rewritten here. `allowedKeys` names the
 * fields that the object at the issue's path accepts, for the unknown-field message.
 */
export function issueToProblems(
  issue: z.core.$ZodIssue,
  file: string,
  allowedKeys: (path: readonly PropertyKey[]) => string[] | undefined,
): Problem[] {
  const at = (path: readonly PropertyKey[], message: string): Problem => ({
    severity: "error",
    file,
    path: formatPath(path),
    message,
  });
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case "unrecognized_keys": {
      const allowed = allowedKeys(issue.path);
      return issue.keys.map((key) =>
        at([...issue.path, key], `is not a known field${allowed ? ` (expected one of: ${allowed.join(", ")})` : ""}`),
      );
    }
    case "invalid_type": {
      const expected = issue.expected === "array" ? "a list" : issue.expected === "object" ? "an object" : `a ${issue.expected}`;
      if (input === undefined) return [at(issue.path, `is missing (expected ${expected})`)];
      return [at(issue.path, `is ${describe(input)} (expected ${expected})`)];
    }
    case "invalid_value":
      return [at(issue.path, `is ${describe(input)} (expected one of: ${list(issue.values)})`)];
    case "invalid_union": {
      const { options, discriminator } = issue as { options?: unknown[]; discriminator?: string };
      // A discriminated union reports the whole object; show the value of its tag field.
      const tag = discriminator && input && typeof input === "object" ? (input as Record<string, unknown>)[discriminator] : input;
      if (options) return [at(issue.path, `is ${describe(tag)} (expected one of: ${list(options)})`)];
      return [at(issue.path, `is ${describe(input)} (${issue.message})`)];
    }
    case "too_small":
      if (/^(is|has|cites) /.test(issue.message)) return [at(issue.path, issue.message)];
      if (issue.origin === "array") return [at(issue.path, `is empty (expected at least ${String(issue.minimum)} item${issue.minimum === 1 ? "" : "s"})`)];
      return [at(issue.path, `is ${describe(input)} (expected ${issue.origin === "number" ? "a number" : "a value"} >= ${String(issue.minimum)})`)];
    default:
      return [at(issue.path, /^(is|has|cites) /.test(issue.message) ? issue.message : `is ${describe(input)} (${issue.message})`)];
  }
}

// The kind of assurance decides what a record may claim: a guidance standard cannot be
// certified against, so it has no cost of certification, time to certify or certificate to renew.
import type { Certification } from "../schema/certification.ts";
import type { Problem } from "./problems.ts";

const CERTIFICATION_FACTS = [
  ["cost", "cost of certification"],
  ["timeToAchieve", "time to certify"],
  ["validity", "certificate validity"],
] as const;

export function checkAssurance(file: string, c: Certification, problems: Problem[]): void {
  if (c.assurance !== "guidance") return;
  for (const [field, what] of CERTIFICATION_FACTS)
    if (c[field].status === "published")
      problems.push({
        severity: "error",
        file,
        path: field,
        message: `is published, but assurance is "guidance" (expected { status: "not-published" }: a guidance standard cannot be certified against, so it has no ${what})`,
      });
}

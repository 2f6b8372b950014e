// Careers: the checks across roles, paths and the individual certifications that name them.
// Roles must exist, "leads to" must never lead back, each path must follow "leads to", and an
// individual certification must say whom it serves and what it asks for first.
import type { Certification } from "../schema/certification.ts";
import type { CareerPath, Role } from "../schema/roles.ts";
import { findCycles } from "./cycles.ts";
import { formatPath, type Problem } from "./problems.ts";
import type { Located } from "./validate.ts";

export interface Failed {
  certifications: Set<string>;
  roles: Set<string>;
}

export function checkCareers(
  roles: Located<Role>[],
  paths: Located<CareerPath>[],
  certs: Located<Certification>[],
  failed: Failed,
  problems: Problem[],
): void {
  const err = (file: string, path: PropertyKey[], message: string) => problems.push({ severity: "error", file, path: formatPath(path), message });
  const roleBySlug = new Map(roles.map((r) => [r.record.slug, r.record]));
  const certSlugs = new Set(certs.map((c) => c.record.slug));
  const roleList = [...roleBySlug.keys()].sort().join(", ") || "none; add roles to roles/";
  /** A role reference is good, refers to a role whose own file has errors (reported there), or is unknown. */
  const unknownRole = (slug: string) => !roleBySlug.has(slug) && !failed.roles.has(slug);

  for (const { file, record: r } of roles)
    r.leadsTo.forEach((link, i) => {
      if (link.role === r.slug) err(file, ["leadsTo", i, "role"], "is the role itself (expected another role)");
      else if (unknownRole(link.role)) err(file, ["leadsTo", i, "role"], `is "${link.role}", which is not a role (expected one of: ${roleList})`);
    });
  for (const { file, slugs } of findCycles(roles, (r) => r.slug, (r) => r.leadsTo.map((l) => l.role)))
    problems.push({ severity: "error", file, path: "leadsTo", message: `forms a cycle ${slugs.join(" -> ")} (expected "leads to" never to lead back)` });

  for (const { file, record: p } of paths)
    p.roles.forEach((slug, i) => {
      if (unknownRole(slug)) return err(file, ["roles", i], `is "${slug}", which is not a role (expected one of: ${roleList})`);
      const previous = roleBySlug.get(p.roles[i - 1] ?? "");
      if (previous && roleBySlug.has(slug) && !previous.leadsTo.some((l) => l.role === slug))
        err(file, ["roles", i], `is "${slug}", but ${previous.slug} does not lead to it (expected each role to list the next in leadsTo)`);
    });

  for (const { file, record: c } of certs) {
    const levels = c.levels.map((l) => l.name);
    const levelList = levels.join(", ") || "none; the record lists no levels";
    if (c.kind === "organisation") {
      if (c.roles.length) err(file, ["roles"], "is set on an organisational certification (expected roles only on individual certifications)");
    } else {
      if (!c.roles.length) err(file, ["roles"], "is empty (expected at least one role this individual certification fits)");
      if (!c.prerequisites)
        err(file, ["prerequisites"], 'is missing (expected what a candidate needs first, or { status: "none-published", note })');
    }
    c.roles.forEach((fit, i) => {
      if (unknownRole(fit.role)) err(file, ["roles", i, "role"], `is "${fit.role}", which is not a role (expected one of: ${roleList})`);
      if (fit.credential !== undefined && !levels.includes(fit.credential))
        err(file, ["roles", i, "credential"], `is "${fit.credential}", which is not one of this record's levels (expected one of: ${levelList})`);
    });
    if (c.prerequisites?.status === "published")
      c.prerequisites.items.forEach((p, i) => {
        const at = ["prerequisites", "items", i];
        if (p.certification === c.slug) err(file, [...at, "certification"], "is the record itself (expected another certification)");
        else if (p.certification && !certSlugs.has(p.certification) && !failed.certifications.has(p.certification))
          err(file, [...at, "certification"], `is "${p.certification}", which is not a certification (expected the slug of a file in certifications/)`);
        if (p.appliesTo !== undefined && !levels.includes(p.appliesTo))
          err(file, [...at, "appliesTo"], `is "${p.appliesTo}", which is not one of this record's levels (expected one of: ${levelList})`);
      });
  }
}

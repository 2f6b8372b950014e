// What kind of assurance a record gives. "SOC 2 certified" misnames an auditor's report; a
// guidance standard cannot be certified against at all. Pages word themselves by this field.
export const ASSURANCE_KINDS = [
  "certification",
  "attestation",
  "accreditation",
  "award",
  "assessment",
  "membership",
  "guidance",
] as const;

export type AssuranceKind = (typeof ASSURANCE_KINDS)[number];

// Words shown for the schema's enumerations, kept beside each other so a new value
// cannot be added to the schema without a label (the Record types enforce it).
import type { Category, Kind, PriceType, Status } from "../schema/certification.ts";
import type { COST_BASES } from "../schema/certification.ts";
import type { AssuranceKind } from "../schema/assurance.ts";
import type { OccupationSystem, PREREQUISITE_TYPES, STAGES } from "../schema/roles.ts";
import type { SourceKind } from "../schema/source.ts";

export const KIND_LABELS: Record<Kind, string> = {
  organisation: "Organisational",
  individual: "Individual",
};

export const STATUS_LABELS: Record<Status, string> = {
  active: "Active",
  superseded: "Superseded",
  withdrawn: "Withdrawn",
  dormant: "Dormant",
  planned: "Planned",
  historic: "Historic",
};

export const CATEGORY_LABELS: Record<Category, string> = {
  "quality-management": "Quality management",
  "information-security": "Information security",
  workforce: "Workforce and people",
  "service-management": "Service management",
  "customer-experience": "Customer experience",
  "process-improvement": "Process improvement",
  "payment-security": "Payment security",
  "complaints-handling": "Complaints handling",
  outsourcing: "Outsourcing",
};

export const COST_BASIS_LABELS: Record<(typeof COST_BASES)[number], string> = {
  "per-organisation": "per organisation",
  "per-site": "per site",
  "per-person": "per person",
  "per-exam": "per exam",
  "per-year": "per year",
  "application-fee": "application fee",
  "per-audit-day": "per audit day",
  "per-course": "per course",
  "renewal-fee": "renewal fee",
};

/** One line under each browse page's heading. */
export const KIND_HELP: Record<Kind, string> = {
  organisation: "Certifications, assessments and appraisals of a contact centre, a site or a whole company.",
  individual: "Credentials held by a person: agents, team leaders, managers and consultants.",
};

export const STATUS_HELP: Record<Status, string> = {
  active: "Currently offered: new certificates or credentials can be obtained.",
  superseded: "Replaced by a newer standard or credential; follow its lineage to today's version.",
  withdrawn: "Withdrawn by its owner: no longer a valid basis for a new certificate.",
  dormant: "Not formally withdrawn, but no sign in public sources that it is still being awarded.",
  planned: "Announced but never, or not yet, put into practice.",
  historic: "No longer offered; listed because older claims and documents still name it.",
};

export const CATEGORY_HELP: Record<Category, string> = {
  "quality-management": "Management systems and performance standards for the quality of the whole operation.",
  "information-security": "Protecting customer and client information.",
  workforce: "Hiring, developing and keeping the people who run a contact centre.",
  "service-management": "Running IT and support services to agreed levels.",
  "customer-experience": "How customers are treated and how their experience is measured and improved.",
  "process-improvement": "Methods for measuring and improving processes, such as Six Sigma.",
  "payment-security": "Taking card payments, including by phone, without exposing card data.",
  "complaints-handling": "Receiving, handling and learning from complaints.",
  outsourcing: "Standards written for outsourcing providers and the clients who buy from them.",
};

/** How firm a cost figure is, firmest first, as a page says it: "list price from the issuer, 2026". */
export const PRICE_TYPE_LABELS: Record<PriceType, { single: string; range: string; rank: number }> = {
  list: { single: "list price", range: "list prices", rank: 0 },
  quoted: { single: "quoted fee", range: "quoted fees", rank: 1 },
  indicative: { single: "indicative figure", range: "indicative range", rank: 2 },
  reported: { single: "reported figure", range: "reported range", rank: 3 },
};

/** Who published a source, as the end of "… from <phrase>". */
export const SOURCE_KIND_PHRASES: Record<SourceKind, string> = {
  issuer: "the issuer",
  "standards-body": "a standards body",
  "accreditation-body": "an accreditation body",
  "certification-body": "a certification body",
  government: "a government source",
  press: "the press",
  consultancy: "a consultancy",
  academic: "an academic source",
  reference: "a reference work",
  archive: "an archived page",
};

export const ASSURANCE_LABELS: Record<AssuranceKind, string> = {
  certification: "Certification",
  attestation: "Attestation",
  accreditation: "Accreditation",
  award: "Award",
  assessment: "Assessment",
  membership: "Membership",
  guidance: "Guidance (not certifiable)",
};

/** What each kind of assurance proves, in a sentence: shown on every record and in the guide. */
export const ASSURANCE_HELP: Record<AssuranceKind, string> = {
  certification: "An independent body checked it against a published standard and issued a certificate or credential that can be verified.",
  attestation: "An auditor's report giving an opinion on controls over a period; there is no certificate, and the report itself is what to ask for.",
  accreditation: "A body approved to do something (assess, train, certify) by an overseeing organisation; it vouches for the body, not for every piece of its work.",
  award: "A prize or rating won in a judged programme, often from survey results or a jury; it shows a result at a time, not ongoing conformity.",
  assessment: "An appraisal, rating or test result at a level; it reports where something stood when assessed, usually without a certificate.",
  membership: "Belonging to an association or programme; it shows commitment to its code, not an audit of results.",
  guidance: "A guidance standard that cannot be certified against; an organisation can follow it, but no certificate to it proves anything.",
};

/** How a holder is described: "a vendor that is certified", "… that holds a report". */
export const ASSURANCE_HOLDER: Record<AssuranceKind, string> = {
  certification: "is certified",
  attestation: "holds an auditor's report",
  accreditation: "is accredited",
  award: "won the award",
  assessment: "was assessed at a level",
  membership: "is a member",
  guidance: "follows the guidance (there is nothing to certify)",
};

export const ASSURANCE_HELP_SHORT: Record<AssuranceKind, string> = {
  certification: "Audited or examined against a standard; a certificate or credential results.",
  attestation: "An auditor's report or opinion, not a certificate.",
  accreditation: "Approval of a body by an overseeing organisation.",
  award: "A prize or rating from a judged programme.",
  assessment: "An appraisal, rating or test score at a level.",
  membership: "Belonging to an association or programme.",
  guidance: "Guidance only: cannot be certified against.",
};

export const STAGE_LABELS: Record<(typeof STAGES)[number], string> = {
  entry: "On entering the role",
  intermediate: "Once established in the role",
  advanced: "To advance from the role",
};

export const PREREQUISITE_TYPE_LABELS: Record<(typeof PREREQUISITE_TYPES)[number], string> = {
  experience: "Experience",
  education: "Education",
  certification: "Certification",
  training: "Training",
  membership: "Membership",
  other: "Other",
};

export const OCCUPATION_SYSTEM_LABELS: Record<OccupationSystem, { name: string; long: string }> = {
  "isco-08": { name: "ISCO-08", long: "International Standard Classification of Occupations (ILO)" },
  esco: { name: "ESCO", long: "European Skills, Competences, Qualifications and Occupations (European Commission)" },
  "onet-soc": { name: "O*NET-SOC", long: "O*NET-SOC taxonomy (United States)" },
  anzsco: { name: "ANZSCO", long: "Australian and New Zealand Standard Classification of Occupations" },
  osca: { name: "OSCA", long: "Occupation Standard Classification for Australia" },
  "uk-soc-2020": { name: "UK SOC 2020", long: "Standard Occupational Classification 2020 (Office for National Statistics)" },
};

/** A source's kind as its entry in a sources list says it. */
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  issuer: "the issuer",
  "standards-body": "standards body",
  "accreditation-body": "accreditation body",
  "certification-body": "certification body",
  government: "government",
  press: "press",
  consultancy: "consultancy",
  academic: "academic",
  reference: "reference work",
  archive: "archived copy",
};

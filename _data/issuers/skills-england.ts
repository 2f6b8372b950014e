import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "skills-england",
  name: "Skills England",
  shortName: "Skills England",
  type: "government",
  country: "United Kingdom (England)",
  status: "active",
  summary: "The executive agency through which the Secretary of State now exercises the apprenticeship functions of the former Institute for Apprenticeships and Technical Education (IfATE) in England.",
  description: `The Institute for Apprenticeships and Technical Education (Transfer of Functions etc) Act 2025 conferred functions of the Institute for Apprenticeships and Technical Education (IfATE), the body that dealt with apprenticeships and technical education in England, on the Secretary of State. A government report published on 27 November 2025 explains which of these functions are exercised through **Skills England**, an executive agency set up as the national body for skills in England with a wider remit than IfATE had. We read this as meaning that apprenticeship standards such as Customer Service Practitioner (Level 2) are now looked after through Skills England; the report read does not name individual standards.`,
  sources: [
    { id: "gov-ifate-2025", url: "https://www.gov.uk/government/publications/a-report-on-the-exercise-of-ifates-relevant-functions/institute-for-apprenticeships-and-technical-education-transfer-of-functions-etc-act-2025-report-on-exercise-of-the-secretary-of-states-functions", title: "Institute for Apprenticeships and Technical Education (Transfer of Functions etc) Act 2025 – Report on exercise of the Secretary of State's functions", publisher: "UK Government (GOV.UK)", kind: "government", published: "2025-11-27", accessed: "2026-11-30" },
  ],
  lastReviewed: "2026-11-30",
} satisfies IssuerInput;

import type { RoleInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "customer-experience-manager",
  name: "Customer experience manager",
  alternativeNames: [
    "CX manager",
    "Customer experience lead",
    "Voice of the customer manager",
    "Customer journey manager",
    "Client experience manager",
  ],
  summary: "Works across the organisation to understand and improve customers' experience end to end, using feedback, journey mapping and measures such as NPS, CSAT and customer effort.",
  description: "A customer experience (CX) manager looks beyond the contact centre at the whole customer journey: buying, onboarding, using the product or service, getting help, paying and leaving.\n\nThe role usually involves:\n\n- running voice-of-the-customer programmes: surveys (NPS, CSAT, customer effort), complaints analysis, interviews and feedback from front-line staff;\n- mapping customer journeys and finding the points of friction;\n- building the case for changes and leading cross-functional projects with product, marketing, operations, IT and service teams;\n- closing the loop with dissatisfied customers and reporting CX measures to senior management;\n- promoting a customer-centred culture, and sometimes managing a small CX or insight team.\n\nThe title is used loosely: in some organisations it simply names the manager of customer service. Running service operations and leading the experience across the whole organisation are different jobs, even where one person holds both.",
  codes: [
    {
      system: "anzsco",
      code: "149212",
      title: "Customer Service Manager",
      cite: ["abs-anzsco-1492", "vetassess-149212"],
      note: "Nearest match: ANZSCO has no separate occupation for customer experience managers; VETASSESS lists Customer Experience Manager among the titles it accepts under this code.",
    },
    {
      system: "osca",
      code: "172132",
      title: "Customer Service Manager",
      cite: ["abs-osca-1721"],
      note: "Nearest match: OSCA has no separate occupation for customer experience managers.",
    },
  ],
  leadsTo: [
    {
      role: "head-of-customer-operations",
      cite: ["torchora-cx"],
      note: "The source lists Head of Customer Experience / Director of CX and VP/Chief Customer Officer among the roles a CX manager advances to.",
    },
  ],
  sources: [
    {
      id: "abs-anzsco-1492",
      url: "https://www.abs.gov.au/statistics/classifications/anzsco-australian-and-new-zealand-standard-classification-occupations/2021/browse-classification/1/14/149/1492",
      title: "ANZSCO 2021: Unit Group 1492 Call or Contact Centre and Customer Service Managers",
      publisher: "Australian Bureau of Statistics",
      kind: "government",
      published: "2021",
      accessed: "2026-11-30",
      note: "The ABS marks this 2021 edition as not the latest release; OSCA (2024) is Australia's newer classification.",
    },
    {
      id: "abs-osca-1721",
      url: "https://www.abs.gov.au/book/export/42081/print",
      title: "OSCA - Occupation Standard Classification for Australia, 2024, Version 1.0: Unit Group 1721 Call Centre and Customer Service Managers",
      publisher: "Australian Bureau of Statistics",
      kind: "government",
      published: "2024",
      accessed: "2026-11-30",
    },
    {
      id: "vetassess-149212",
      url: "https://www.vetassess.com.au/check-my-occupation/professional-occupations/customer-service-manager",
      title: "Customer Service Manager Skills Assessment ANZSCO 149212",
      publisher: "VETASSESS",
      kind: "reference",
      accessed: "2026-11-30",
      note: "VETASSESS is an assessing authority for Australian skilled migration; its page says which job titles it accepts under the ANZSCO code.",
    },
    {
      id: "torchora-cx",
      url: "https://www.torchora.com/job-specification/customer-experience-manager",
      title: "Key Responsibilities and Required Skills for Customer Experience Manager",
      publisher: "Torchora",
      kind: "reference",
      accessed: "2026-11-30",
      note: "A job-specification site; it names no author or evidence for its career-progression lists.",
    },
  ],
  lastReviewed: "2026-11-30",
} satisfies RoleInput;

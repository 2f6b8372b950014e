import type { RoleInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "head-of-customer-operations",
  name: "Head of customer operations",
  alternativeNames: [
    "Head of customer service",
    "Customer service director",
    "Director of customer operations",
    "Head of contact centres",
    "Head of customer experience",
    "VP of customer operations",
    "Chief customer officer",
  ],
  summary: "Leads an organisation's customer service or customer operations function as a whole, across sites, channels and partners, and answers for it at senior level.",
  description: "The head of customer operations (titles range from head of customer service to customer service director, VP of customer operations or chief customer officer) sets the direction for all the organisation's customer contact and service.\n\nThe role typically covers:\n\n- strategy for channels, self-service, automation and AI, sites and outsourcing;\n- the budget and the business case for investment in people and technology;\n- leading contact centre, workforce, quality, training and improvement managers;\n- choosing and managing outsourcing partners and their contracts;\n- reporting service, cost and customer measures to the executive team and board, and taking the customer's view into decisions about products, policies and processes;\n- regulatory obligations on complaints, vulnerable customers and data protection.\n\nIn some organisations the role also owns customer experience across the business; in others a separate CX leader does. People usually reach it after running contact centres or a customer-facing function.",
  codes: [
    {
      system: "anzsco",
      code: "1492",
      title: "Call or Contact Centre and Customer Service Managers",
      cite: ["abs-anzsco-1492"],
      note: "Nearest match, at unit-group level: ANZSCO does not separate the most senior customer-operations role from the managers in this group.",
    },
    {
      system: "osca",
      code: "1721",
      title: "Call Centre and Customer Service Managers",
      cite: ["abs-osca-1721"],
      note: "Nearest match, at unit-group level: OSCA does not separate the most senior customer-operations role from the managers in this group.",
    },
  ],
  leadsTo: [],
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
  ],
  lastReviewed: "2026-11-30",
} satisfies RoleInput;

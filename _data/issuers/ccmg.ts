import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "ccmg",
  name: "Contact Centre Management Group",
  shortName: "CCMG",
  type: "professional-association",
  website: "https://www.ccmg.org.za",
  country: "South Africa",
  status: "active",
  summary: "The SAQA-recognised professional body for South Africa's contact-centre industry (professional body ID 825); it awards four SAQA-registered professional designations, from Contact Centre Brand Ambassador to Contact Centre Strategic Professional.",
  description: `The Contact Centre Management Group (CCMG) describes itself as the South African Qualifications Authority (SAQA) recognised professional body for the contact-centre industry, with professional body ID 825. It awards four professional designations registered with SAQA: **Contact Centre Brand Ambassador**, **Contact Centre Support Professional**, **Contact Centre Operational Professional** and **Contact Centre Strategic Professional**. Each designation rests on a registered qualification and workplace experience, and for some a board exam; holders keep it by earning continuing professional development points, following the code of conduct and paying the annual membership fee.

SAQA's register lists all four designations as re-registered under decision SAQA 216/22 from 10 May 2022 to 9 May 2027. CCMG also confirms, for visa applicants, whether a member meets the criteria of skills on South Africa's critical skills list.`,
  sources: [
    { id: "ccmg-visa", url: "https://www.ccmg.org.za/individual-members/visa", title: "Visa applications", publisher: "CCMG", kind: "issuer", accessed: "2026-11-30" },
    { id: "ccmg-designations", url: "http://ccmg.org.za/individual-members/professional-designations", title: "Professional Designations", publisher: "CCMG", kind: "issuer", accessed: "2026-11-30" },
    { id: "saqa-pd-393", url: "https://pbdesig.saqa.org.za/viewProfessionalDesignation.php?id=393", title: "Professional Designation: Contact Centre Brand Ambassador (ID 393)", publisher: "South African Qualifications Authority", kind: "government", accessed: "2026-11-30" },
    { id: "saqa-pd-395", url: "https://pbdesig.saqa.org.za/viewProfessionalDesignation.php?id=395", title: "Professional Designation: Contact Centre Operational Professional (ID 395)", publisher: "South African Qualifications Authority", kind: "government", accessed: "2026-11-30" },
    { id: "saqa-pd-396", url: "https://pbdesig.saqa.org.za/viewProfessionalDesignation.php?id=396", title: "Professional Designation: Contact Centre Strategic Professional (ID 396)", publisher: "South African Qualifications Authority", kind: "government", accessed: "2026-11-30" },
    { id: "saqa-pd-394", url: "https://pbdesig.saqa.org.za/viewProfessionalDesignation.php?id=394", title: "Professional Designation: Contact Centre Support Professional (ID 394)", publisher: "South African Qualifications Authority", kind: "government", accessed: "2026-11-30" },
  ],
  lastReviewed: "2026-11-30",
} satisfies IssuerInput;

import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "peoplecert",
  name: "PeopleCert",
  shortName: "PeopleCert",
  type: "company",
  website: "https://peoplecert.org",
  status: "active",
  summary: "The examination institute that became AXELOS's sole examination body in January 2018 and now publishes ITIL itself; it runs ITIL exams, certificates, digital badges and the renewal scheme.",
  description: `PeopleCert is a certification and examination company. From January 2018 it was the sole Examination Institute for the AXELOS best-practice portfolio, which includes **ITIL** and PRINCE2, and it accredits the training organisations and trainers that deliver courses. Later sources describe PeopleCert as the owner of these schemes: a 2026 review of the new ITIL edition calls it "Peoplecert (formerly known as Axelos)", and a 2025 UK public contract notice names PeopleCert International Ltd as the exclusive owner and sole awarding body for PRINCE2. The date on which PeopleCert took over AXELOS was not confirmed from the sources read.

PeopleCert sells exams directly and through accredited organisations, keeps candidates' certificates and badges in a PeopleCert account, and since January 2023 requires many of its best-practice certifications, ITIL 4 among them, to be renewed every three years. It published ITIL (Version 5) in early 2026.`,
  sources: [
    { id: "axelos-help", url: "https://www.axelos.com/https/www-peoplecert-org/help-and-support/", title: "Help & Support", publisher: "AXELOS", kind: "issuer", accessed: "2026-11-30" },
    { id: "peoplecert-faq", url: "https://peoplecert.org/help-and-support/FAQ", title: "FAQs", publisher: "PeopleCert", kind: "issuer", accessed: "2026-11-30" },
    { id: "javc-2026", url: "https://javc.nl/itil-version-5-foundation-released", title: "ITIL Version 5 Foundation released", publisher: "javc.nl", kind: "consultancy", published: "2026", accessed: "2026-11-30" },
    { id: "d3tenders-2025", url: "https://d3tenders.com/contract/?ocid=ocds-h6vhtk-058e91", title: "Provision of PRINCE2 Examination and Certification Services (contract award record)", publisher: "D3 Tenders (record of a Business Services Organisation award notice)", kind: "press", published: "2025-09", accessed: "2026-11-30", note: "A tender-aggregator's copy of a Northern Ireland public award notice; cited only for how it names PeopleCert." },
    { id: "itsm-zone-2023", url: "https://itsm.zone/itil-4-and-the-new-requirement-to-recertify/", title: "ITIL 4 and the New Requirement to Recertify", publisher: "ITSM Zone", kind: "consultancy", published: "2023-01-02", accessed: "2026-11-30" },
  ],
  lastReviewed: "2026-11-30",
} satisfies IssuerInput;

import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "iassc-lean-six-sigma",
  name: "IASSC Lean Six Sigma Certification",
  shortName: "IASSC Lean Six Sigma",
  aliases: [
    { name: "Lean Six Sigma", kind: "alternative", note: "The combined method; IASSC is one of several certifiers." },
    { name: "IASSC Certified Lean Six Sigma Green Belt", kind: "alternative" },
    { name: "IASSC Certified Lean Six Sigma Black Belt", kind: "alternative" },
    { name: "Six Sigma", kind: "alternative", note: "Six Sigma has no single owner; ASQ is another major certifier." },
  ],
  kind: "individual",
  categories: ["process-improvement", "quality-management"],
  issuer: "iassc",
  website: "https://iassc.org/body-of-knowledge/body-of-knowledge-origins-and-history",
  assurance: "certification",
  status: "active",
  related: ["asq-six-sigma", "iso-18404"],
  summary: "Exam-only Lean Six Sigma belt certifications (Yellow, Green, Black Belt) from IASSC, which certifies and accredits trainers but does not train.",
  history: [
    { date: "2009", event: "IASSC's Lean Six Sigma Bodies of Knowledge, based on the Open Source Six Sigma table of contents, made available.", cite: ["iassc-bok", "iassc-faq"] },
    { date: "2015-12-01", event: "ISO 18404 published, setting competencies for Green Belts, Black Belts and Lean practitioners (Yellow Belt excluded).", cite: ["iso-18404-iteh"] },
  ],
  levels: [
    { name: "Lean Six Sigma Yellow Belt", description: "Elementary knowledge of the Lean Six Sigma method and of performing tasks in projects.", cite: ["iassc-bok", "peoplecert-lss", "iassc-cert-terms"] },
    { name: "Lean Six Sigma Green Belt", description: "Intermediate understanding of the method and some experience of more complex projects. Exam-preparation sites describe a proctored, closed-book exam of 100 questions in 3 hours, 70% to pass.", cite: ["iassc-bok", "peoplecert-lss", "certificationacademy-options", "learnleansigma", "globalexamatlas"], note: "Exam details come from exam-preparation sites, not from IASSC." },
    { name: "Lean Six Sigma Black Belt", description: "Thorough understanding of the method and the ability to lead complex improvement projects. A training provider describes a closed-book exam of 150 questions in 4 hours.", cite: ["iassc-bok", "peoplecert-lss", "certificationacademy-options"] },
  ],
  cost: {
    status: "published",
    figures: [
      {
        min: 350,
        currency: "USD",
        basis: "per-exam",
        priceType: "list",
        context: "Green Belt exam (ICGB); a retake needs a new voucher",
        asOf: "2025-11",
        cite: ["certificationbox-icgb", "certificationacademy-options"],
        note: "IASSC's price as quoted by an exam-preparation site (November 2025) and a training provider's comparison page; IASSC's own price page was not found.",
      },
      {
        min: 395,
        currency: "USD",
        basis: "per-exam",
        priceType: "list",
        context: "Black Belt exam (ICBB) voucher",
        asOf: "2023-02",
        cite: ["knowledgehut-bb"],
        note: "IASSC's price as quoted by a training provider in February 2023; IASSC's own price page was not found.",
      },
      {
        min: 400,
        currency: "USD",
        basis: "per-exam",
        priceType: "list",
        context: "Black Belt exam (ICBB); a retake needs a new voucher",
        asOf: "2026",
        cite: ["certificationacademy-options"],
        note: "IASSC's price as quoted by a training provider's undated comparison page, dated to when it was read.",
      },
    ],
  },
  timeToAchieve: {
    status: "published",
    figures: [
      { min: "PT3H", context: "Green Belt exam length (100 questions)", asOf: "2026", cite: ["certificationacademy-options", "learnleansigma"], note: "From training and exam-preparation sites; IASSC requires no course, experience or project, so overall time depends on self-study." },
      { min: "PT4H", context: "Black Belt exam length (150 questions)", asOf: "2026", cite: ["certificationacademy-options"] },
    ],
  },
  validity: {
    status: "published",
    rules: [
      {
        period: "P3Y",
        renewal: "IASSC grants 'Current' status for three years from certification or recertification; after that the certification is shown as 'Elapsed' unless the holder recertifies under IASSC's recertification policy.",
        cite: ["iassc-cert-terms", "peoplecert-lss"],
      },
    ],
  },
  roles: [
    { role: "quality-analyst", stage: "entry", credential: "Lean Six Sigma Yellow Belt", cite: ["peoplecert-lss"] },
    { role: "process-improvement-lead", stage: "intermediate", credential: "Lean Six Sigma Green Belt", cite: ["peoplecert-lss"] },
    { role: "quality-analyst", stage: "intermediate", credential: "Lean Six Sigma Green Belt", cite: ["peoplecert-lss"] },
    { role: "process-improvement-lead", stage: "advanced", credential: "Lean Six Sigma Black Belt", cite: ["peoplecert-lss"], note: "PeopleCert describes the Black Belt as able to lead complex improvement projects." },
  ],
  prerequisites: {
    status: "none-published",
    note: "IASSC states that certification depends only on passing the exam and that there are no other dependencies or prerequisites: anyone may sit an IASSC exam. PeopleCert recommends, but does not require, training with an accredited provider before the Black Belt exam.",
    cite: ["iassc-faq", "peoplecert-lss"],
  },
  requirements: [
    { text: "Certification depends only on passing an IASSC exam; there are no prerequisites, and anyone may sit it.", cite: ["iassc-faq"] },
    { text: "IASSC does not require a completed project, saying it found no reliable way to assess project submissions; its certification speaks only to knowledge of its Bodies of Knowledge.", cite: ["iassc-project-position"] },
    { text: "IASSC does not provide training; it accredits training providers and certifies individuals against its published Bodies of Knowledge.", cite: ["iassc-faq", "iassc-terms"] },
  ],
  recognition: [
    { text: "IASSC describes its certification as independent third-party certification, as opposed to the second-party certificates most training providers issue; it discloses that it shares a parent company with the training-materials publisher Open Source Six Sigma.", cite: ["iassc-faq", "iassc-bok"] },
  ],
  regions: ["Worldwide"],
  verify: {
    how: "Ask for the IASSC certificate, the belt level and the date of certification or last recertification; after three years IASSC shows the certification as 'Elapsed'. Ask IASSC to confirm it against its Official IASSC Certification Registry. Remember that a Lean Six Sigma belt from a training company that is merely IASSC-accredited is not the same as an IASSC certification.",
    cite: ["iassc-faq", "iassc-terms", "iassc-cert-terms"],
    unconfirmed: true,
    note: "IASSC's terms say it keeps an official certification registry, but we did not find a public lookup of it.",
  },
  disagreements: [
    {
      topic: "Whether IASSC certifications expire",
      positions: [
        { claim: "IASSC certifications are 'Current' for three years and then 'Elapsed' unless the holder recertifies; PeopleCert says holders must re-certify within three years.", cite: ["iassc-cert-terms", "peoplecert-lss"] },
        { claim: "IASSC certifications do not expire.", cite: ["oluyomi-lss"] },
      ],
      note: "The first position is IASSC's own certification terms; the second comes from a personal study page.",
    },
  ],
  sources: [
    { id: "iassc-faq", url: "http://www.iassc.org/faqs/", title: "FAQ's", publisher: "International Association for Six Sigma Certification (IASSC)", kind: "issuer", accessed: "2026-11-30" },
    { id: "iassc-bok", url: "https://iassc.org/body-of-knowledge/body-of-knowledge-origins-and-history", title: "Body of Knowledge Origins and History", publisher: "International Association for Six Sigma Certification (IASSC)", kind: "issuer", accessed: "2026-11-29" },
    { id: "iassc-project-position", url: "http://iassc.org/question/why-has-iassc-elected-to-not-have-project-experience-a-part-of-their-certification-requirements/", title: "Why has IASSC elected to not have project experience a part of their Certification requirements?", publisher: "International Association for Six Sigma Certification (IASSC)", kind: "issuer", accessed: "2026-11-29" },
    { id: "iassc-terms", url: "http://www.iassc.org/accreditations/accreditation-terms-conditions/", title: "Accreditation Terms & Conditions", publisher: "International Association for Six Sigma Certification (IASSC)", kind: "issuer", accessed: "2026-11-29" },
    { id: "iassc-cert-terms", url: "http://www.iassc.org/six-sigma-certification/certification-terms-conditions/", title: "Certification Terms & Conditions", publisher: "International Association for Six Sigma Certification (IASSC)", kind: "issuer", accessed: "2026-11-30" },
    { id: "peoplecert-lss", url: "https://peoplecert.org/products/lean-six-sigma-certification-family", title: "Lean Six Sigma certification family", publisher: "PeopleCert", kind: "certification-body", accessed: "2026-11-30", note: "PeopleCert delivers IASSC exams as IASSC's third-party agent." },
    { id: "certificationacademy-options", url: "https://certificationacademy.com/six-sigma-exam-options", title: "Six Sigma Certification Exam Options", publisher: "Certification Academy", kind: "consultancy", accessed: "2026-11-30" },
    { id: "knowledgehut-bb", url: "https://www.knowledgehut.com/blog/quality/what-is-six-sigma-black-belt", title: "What is Six Sigma Black Belt? How to Get IASSC Certified?", publisher: "KnowledgeHut", kind: "consultancy", published: "2023-02-16", accessed: "2026-11-30" },
    { id: "certificationbox-icgb", url: "https://www.certificationbox.com/2025/11/01/iassc-green-belt-exam-questions-explained-icgb-test-guide", title: "IASSC Green Belt exam questions explained (ICGB test guide)", publisher: "CertificationBox", kind: "consultancy", published: "2025-11-01", accessed: "2026-11-29" },
    { id: "learnleansigma", url: "https://www.learnleansigma.com/lean-six-sigma-belts/strategies-for-the-green-belt-exam/", title: "Preparation Strategies for the Green Belt Exam", publisher: "Learn Lean Sigma", kind: "consultancy", accessed: "2026-11-29" },
    { id: "globalexamatlas", url: "https://globalexamatlas.com/en/exams/project-management/lean-six-sigma-green-belt/cheat-sheet/", title: "Lean Six Sigma Green Belt Cheat Sheet: Facts and Tools", publisher: "The Exam Atlas", kind: "consultancy", published: "2026-06-05", accessed: "2026-11-29" },
    { id: "oluyomi-lss", url: "https://olusholaoluyomi.com/cert-lss", title: "Lean Six Sigma: Yellow, Green & Black Belt (personal certification notes)", publisher: "olusholaoluyomi.com", kind: "consultancy", accessed: "2026-11-30", note: "A personal study page, kept only because it states the opposite view on expiry." },
    { id: "iso-18404-iteh", url: "https://standards.iteh.ai/catalog/standards/iso/efd69beb-5ade-4491-8ad9-b639956f33af/iso-18404-2015", title: "ISO 18404:2015 Quantitative methods in process improvement — Six Sigma — Competencies for key personnel and their organizations", publisher: "iTeh Standards", kind: "reference", published: "2015-12-01", accessed: "2026-11-29" },
  ],
  description: `Lean Six Sigma combines Lean's focus on removing waste and delay with Six Sigma's statistical reduction of defects and variation. Because **no single body owns Six Sigma**, belts come from many sources. The International Association for Six Sigma Certification (IASSC) offers one of the best-known independent routes: it publishes Bodies of Knowledge for Yellow, Green and Black Belts and certifies people who pass its exams, while leaving training to others. ASQ's belts, which add experience and project requirements, are listed separately, and ISO 18404 sets out Green and Black Belt competencies.

### What achieving it involves
Candidates sit a proctored exam for the chosen belt. There are no prerequisites: no course, no work experience and no completed project. IASSC argues that project work cannot be assessed reliably, so its certificate shows knowledge rather than proven application. Exam-preparation sites describe the Green Belt exam as 100 closed-book questions in three hours with a 70% pass mark.

### Who it suits
In a contact centre, the Yellow Belt suits agents and quality analysts who take part in improvement work. The Green Belt suits analysts and people who run smaller projects. The Black Belt suits those who lead larger, complex projects.

### Cost and time
We could not find IASSC's own price list. Training and exam-preparation sites quote US$350 for the Green Belt exam, and US$395 (2023) to US$400 for the Black Belt. The Green Belt exam lasts three hours and the Black Belt four. Time to certify otherwise depends entirely on self-study.

### Renewal
IASSC's certification terms treat a belt as "Current" for three years from certification or recertification, and as "Elapsed" after that unless the holder recertifies. One personal study page claims the belts never expire; IASSC's own terms say otherwise.

### Checking a claim
Ask for the IASSC certificate and its date, and confirm it with IASSC, which says it keeps an official certification registry. Note the difference between an IASSC certification and a certificate from a training firm that is only IASSC-accredited.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;

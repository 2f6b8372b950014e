import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "iasme",
  name: "IASME Consortium",
  shortName: "IASME",
  type: "company",
  country: "United Kingdom",
  status: "active",
  statusDetail: {
    note: "Active. The NCSC's sole Cyber Essentials partner since 1 April 2020, after winning a tender that replaced the five accreditation bodies that had delivered the scheme since 2014; IASME had been one of those five and helped write the original requirements. It licenses a network of over 350 certification bodies in the UK and Crown Dependencies, and lists certified organisations in a directory. The name comes from an earlier scheme, Information Assurance for SME (IASME).",
    cite: ["iasme-2020", "iasme-cb", "istorm-ce", "worc-iasme"],
  },
  summary: "The UK company that delivers Cyber Essentials for the NCSC: it sets the question sets, licenses the certification bodies and keeps the directory of certified organisations.",
  description: `The IASME Consortium (the name began as *Information Assurance for Small and Medium Enterprises*) is a UK company that runs information-security certification aimed at smaller organisations.

Its main role for this site is as the **Cyber Essentials delivery partner**. The scheme belongs to the UK government (the NCSC and the department for digital policy); from 2014 to March 2020 it was delivered through five accreditation bodies, and after an NCSC consultation in 2018 the work went out to tender. IASME, one of the original five, won it and has been the sole partner since **1 April 2020**. It:

- publishes the question sets (Evendine, Montpellier, Willow, Danzell…) that put the NCSC requirements into questions;
- licenses and oversees the certification bodies, over 350 across the UK and Crown Dependencies, whose assessors mark Cyber Essentials self-assessments and carry out Cyber Essentials Plus audits;
- keeps the directory of certified organisations.

A Cyber Essentials certificate is therefore issued through IASME's platform even when a separate certification body did the assessment.`,
  sources: [
    { id: "iasme-2020", url: "https://iasme.co.uk/articles/whats-new-with-cyber-essentials-july-2020/", title: "What's new with Cyber Essentials – July 2020", publisher: "IASME", kind: "issuer", published: "2020-07-14", accessed: "2026-11-30" },
    { id: "istorm-ce", url: "https://istormsolutions.co.uk/cyber-essentials-certification-scheme/", title: "Overview of the Cyber Essentials Certification Scheme", publisher: "iStorm Solutions", kind: "consultancy", accessed: "2026-11-30" },
    { id: "worc-iasme", url: "https://www.worc.ac.uk/discover/businesses-urged-to-take-action-on-cyber-security.html", title: "Businesses Urged to Take Action on Cyber Security", publisher: "University of Worcester", kind: "academic", accessed: "2026-11-30" },
    { id: "iasme-cb", url: "https://iasme.co.uk/articles/how-to-become-a-certification-body-for-cyber-essentials", title: "How to become a Certification Body for Cyber Essentials", publisher: "IASME", kind: "issuer", accessed: "2026-11-30" },
  ],
  lastReviewed: "2026-11-30",
} satisfies IssuerInput;

import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "cyber-essentials",
  name: "Cyber Essentials",
  aliases: [
    { name: "Cyber Essentials Plus", kind: "alternative", note: "The higher level, with a hands-on technical audit." },
    { name: "Cyber Essentials+", kind: "alternative" },
    { name: "CE+", kind: "abbreviation" },
    { name: "Cyber Essentials Basic", kind: "alternative", note: "An informal name for the self-assessment level." },
    { name: "Cyber Essentials scheme", kind: "alternative" },
    { name: "IASME Cyber Essentials", kind: "alternative", note: "IASME delivers the scheme; it is one scheme, not a separate IASME product." },
  ],
  kind: "organisation",
  categories: ["information-security"],
  issuer: "ncsc",
  certifiers: ["iasme"],
  assurance: "certification",
  status: "active",
  related: ["iso-iec-27001", "pci-dss"],
  summary: "The UK government's baseline cyber-security certification: five technical controls, checked by a verified self-assessment (Cyber Essentials) or also by a hands-on audit (Cyber Essentials Plus), renewed every 12 months.",
  history: [
    { date: "2014-06", event: "HM Government launches Cyber Essentials, publishing a summary of the standard, a set of requirements and an assurance framework; the scheme has two levels from the start.", cite: ["flexit-ce", "gist-ce-dates"] },
    { date: "2014-09-26", event: "Procurement Policy Note 09/14 makes Cyber Essentials mandatory for central-government contracts advertised after 1 October 2014 that involve handling personal information or providing certain ICT products and services.", cite: ["gov-ppn-0914"] },
    { date: "2018", event: "The NCSC consults on the scheme and decides to replace its five accreditation bodies with a single delivery partner.", cite: ["iasme-2020", "crest-2018"] },
    { date: "2020-04-01", event: "The IASME Consortium becomes the sole Cyber Essentials partner.", cite: ["iasme-2020"] },
    { date: "2022-01-24", event: "Requirements v3.0 and the Evendine question set take effect, the biggest update to the technical controls since launch (home working, cloud services, multi-factor authentication); the flat £300 fee gives way to fees by organisation size.", cite: ["techradar-2022", "trustedcomputing-2022", "hbp-2022"] },
    { date: "2023-04-24", event: "Requirements v3.1 and the Montpellier question set take effect.", cite: ["jisc-2023", "fourtify-2023"] },
    { date: "2023-09-19", event: "PPN 09/23 updates and replaces PPN 09/14 for central government departments, their agencies and NHS bodies.", cite: ["gov-ppn-0923"] },
    { date: "2025-02-17", event: "PPN 014 replaces PPN 09/14 and PPN 09/23, reflecting the Procurement Act 2023.", cite: ["gov-ppn-014"] },
    { date: "2025-04-28", event: "Requirements v3.2 and the Willow question set take effect.", cite: ["cybersmart-2025", "surecloud-willow"] },
    { date: "2026-04-27", event: "Requirements v3.3 and the Danzell question set take effect, introducing automatic-fail questions on multi-factor authentication for cloud services and 14-day patching.", cite: ["hedgehog-danzell", "readytoday-danzell", "cyberlab-danzell"], note: "One source gives 28 April 2026; see the edition." },
  ],
  levels: [
    { name: "Cyber Essentials", description: "A verified self-assessment: the organisation answers the question set online, a board member or equivalent signs that the answers are true, and a licensed assessor marks them. No one tests the systems.", cite: ["iasme-certify", "urm-faq", "trowers-2023"] },
    { name: "Cyber Essentials Plus", description: "The same controls, plus a hands-on technical audit (on site or remote) of a sample of user devices, internet gateways and internet-facing servers by a licensed assessor. The organisation must already hold Cyber Essentials and apply for Plus within three months.", cite: ["urm-faq", "iasme-cb", "trowers-2023"] },
  ],
  cost: {
    status: "published",
    figures: [
      { min: 300, currency: "GBP", basis: "per-organisation", priceType: "list", context: "micro organisations (1–9 employees)", covers: "Cyber Essentials (self-assessment) certification, plus VAT", asOf: "2023", cite: ["iasme-certify", "iasme-recertify"], note: "IASME's help pages say small, medium and large organisations pay \"a little more, on a sliding scale\" without giving the figures. The pages are undated; they refer to the v3.1 requirements, current from April 2023 to April 2025." },
      { min: 400, currency: "GBP", basis: "per-organisation", priceType: "indicative", context: "micro organisations (0–9 employees), from 24 January 2022", asOf: "2022-01", cite: ["hbp-2022"], note: "As reported by an IT support company; it does not say whether VAT is included. It disagrees with IASME's own £300 + VAT for micro organisations; see the disagreement." },
      { min: 500, currency: "GBP", basis: "per-organisation", priceType: "indicative", context: "small organisations (10–49 employees), from 24 January 2022", asOf: "2022-01", cite: ["hbp-2022"], note: "As reported by an IT support company." },
      { min: 550, currency: "GBP", basis: "per-organisation", priceType: "indicative", context: "medium organisations (50–249 employees), from 24 January 2022", asOf: "2022-01", cite: ["hbp-2022"], note: "As reported by an IT support company." },
      { min: 600, currency: "GBP", basis: "per-organisation", priceType: "indicative", context: "large organisations (250+ employees), from 24 January 2022", asOf: "2022-01", cite: ["hbp-2022"], note: "As reported by an IT support company." },
      { min: 320, max: 600, currency: "GBP", basis: "per-organisation", priceType: "indicative", context: "Cyber Essentials self-assessment, depending on the certification body", covers: "the assessment, plus VAT", asOf: "2025", cite: ["sbcg-2025"] },
      { min: 320, currency: "GBP", basis: "per-organisation", priceType: "indicative", context: "Cyber Essentials self-assessment, lowest fee", covers: "plus VAT", asOf: "2026-06", cite: ["softomate-2026"] },
      { min: 1400, max: 8000, currency: "GBP", basis: "per-organisation", priceType: "indicative", approximate: true, context: "Cyber Essentials Plus (audited)", asOf: "2026-06", cite: ["softomate-2026"] },
      { min: 1500, max: 3000, currency: "GBP", basis: "per-organisation", priceType: "indicative", context: "Cyber Essentials Plus for most UK small and medium businesses", asOf: "2026", cite: ["smartstartit-2026"] },
    ],
  },
  timeToAchieve: {
    status: "published",
    figures: [
      { min: "P4W", max: "P8W", context: "typical time for a UK small or medium business to achieve Cyber Essentials, per an IT support company", asOf: "2026", cite: ["smartstartit-2026"] },
      { min: "P6M", context: "deadline: an organisation must pass the assessment within 6 months of applying, or the application is archived", asOf: "2023", cite: ["iasme-certify", "ip-four-ce"] },
      { min: "P3M", context: "deadline: the Cyber Essentials Plus audit must follow within 3 months of Cyber Essentials certification, or the self-assessment must be repeated", asOf: "2026", cite: ["urm-faq"] },
    ],
  },
  validity: {
    status: "published",
    rules: [
      { appliesTo: "Cyber Essentials and Cyber Essentials Plus", period: "P12M", renewal: "Valid for 12 months from the date the assessor finishes marking the assessment; renewed by a fresh assessment each year against whichever question set is current, so requirements may have changed since the last one.", cite: ["iasme-recertify", "ip-four-ce", "istorm-ce"] },
    ],
  },
  editions: [
    {
      id: "v3-0-evendine",
      name: "Cyber Essentials v3.0 (Evendine)",
      claims: ["Cyber Essentials Evendine", "Evendine question set", "Cyber Essentials v3.0", "Requirements for IT Infrastructure v3.0"],
      published: "2022-01-24",
      validUntil: { status: "not-published", note: "Assessments begun before 24 April 2023 were completed against Evendine; no source read gives the last day for finishing them (Jisc, Fourtify, Assure Technical, Cyber Security Specialists, 2023). Certificates last 12 months from issue." },
      cite: ["techradar-2022", "cybersecurityspecialists-2023"],
      note: "The question set that went with version 3.0 of the NCSC's Requirements for IT Infrastructure; the biggest update since 2014. Earlier versions of the requirements are not listed here.",
    },
    {
      id: "v3-1-montpellier",
      name: "Cyber Essentials v3.1 (Montpellier)",
      claims: ["Cyber Essentials Montpellier", "Montpellier question set", "Cyber Essentials v3.1", "Requirements for IT Infrastructure v3.1"],
      published: "2023-04-24",
      newCertificationEnds: "2025-10-28",
      validUntil: { status: "not-published", note: "Montpellier accounts had to be finalised by 28 October 2025 and the last Montpellier-based Cyber Essentials Plus assessment was 28 January 2026; each certificate then lasts 12 months from issue. No source read states a last day of validity." },
      cite: ["jisc-2023", "fourtify-2023", "cyberstrategies-willow"],
      note: "Light-touch clarifications; questions on thin clients, unsupported software and multi-factor authentication, information-only under Evendine, were marked for compliance.",
    },
    {
      id: "v3-2-willow",
      name: "Cyber Essentials v3.2 (Willow)",
      claims: ["Cyber Essentials Willow", "Willow question set", "Cyber Essentials v3.2", "Requirements for IT Infrastructure v3.2", "CE+ v3.2"],
      published: "2025-04-28",
      newCertificationEnds: "2026-10-27",
      validUntil: { status: "not-published", note: "Accounts opened under Willow before 27 April 2026 could be completed until 27 October 2026; each certificate then lasts 12 months from issue. No source read states a last day of validity." },
      cite: ["cybersmart-2025", "surecloud-willow", "readytoday-danzell", "idcyber-danzell"],
      note: "Added passwordless authentication as acceptable, a definition of vulnerability fixes, and stricter scope checks for Cyber Essentials Plus.",
    },
    {
      id: "v3-3-danzell",
      name: "Cyber Essentials v3.3 (Danzell)",
      claims: ["Cyber Essentials Danzell", "Danzell question set", "Cyber Essentials v3.3", "Requirements for IT Infrastructure v3.3"],
      published: "2026-04-27",
      cite: ["hedgehog-danzell", "readytoday-danzell", "cyberlab-danzell", "mastercopy-danzell"],
      note: "The date it came into use for new assessments.",
      disagreements: [
        {
          field: "published",
          positions: [
            { date: "2026-04-27", claim: "Danzell replaced Willow for new assessments on 27 April 2026.", cite: ["hedgehog-danzell", "readytoday-danzell", "cyberlab-danzell", "mastercopy-danzell"] },
            { date: "2026-04-28", claim: "Cyber Essentials v3.3 took effect on 28 April 2026.", cite: ["crowagent-danzell"] },
          ],
        },
      ],
    },
  ],
  requirements: [
    { text: "Five technical controls: firewalls, secure configuration, user access control, malware protection and security update management.", cite: ["packetcollection-2026", "netsecgroup-danzell"] },
    { text: "A senior member of the board or equivalent must sign that the self-assessment answers are true before a qualified assessor marks them.", cite: ["iasme-certify"] },
    { text: "Under Danzell (v3.3), multi-factor authentication must be enabled for all users on every cloud service that offers it, and high-risk or critical security updates must be installed within 14 days; failing either fails the whole assessment. Cloud services can no longer be excluded from scope.", cite: ["hedgehog-danzell", "readytoday-danzell", "netsecgroup-danzell"] },
    { text: "Assessments are carried out by certification bodies licensed by IASME, over 350 of them, located in the UK and Crown Dependencies.", cite: ["iasme-cb"] },
  ],
  recognition: [
    { text: "Since October 2014 the UK government has required Cyber Essentials, or Cyber Essentials Plus, or equivalent controls, from suppliers bidding for certain central-government contracts; PPN 014 (February 2025) applies this to central government departments, their agencies and non-departmental public bodies, and NHS bodies.", cite: ["gov-ppn-0914", "gov-ppn-014"] },
    { text: "In January–March 2025, 10,064 Cyber Essentials and 3,272 Cyber Essentials Plus certifications were awarded; 7,557 of the Cyber Essentials awards were recertifications.", cite: ["computerweekly-2025"] },
    { text: "UK organisations that certify their whole organisation and have annual turnover under £20 million get cyber liability insurance with the certificate.", cite: ["limito-ce", "marketpulse-2025"] },
  ],
  regions: ["United Kingdom"],
  verify: {
    how: "Look the supplier up in IASME's public directory of certified organisations: every valid certificate appears there with its level (Cyber Essentials or Plus), the certification body and its dates, and IASME removes organisations that do not renew within 12 months. Check that the name is the legal entity you are contracting with, that the level is the one your contract needs, that the certificate is less than 12 months old, and that the scope covers the whole organisation or at least the sites, devices and cloud services that will handle your data.",
    cite: ["figgroup-verify", "limito-ce", "iasme-recertify"],
    note: "No URL for the IASME directory was seen in the sources read, so none is given here; it is reached from IASME's website.",
  },
  disagreements: [
    {
      topic: "Fee for a micro organisation after the January 2022 price change",
      positions: [
        { claim: "£300 + VAT for micro organisations (1–9 employees), unchanged; larger organisations pay more on a sliding scale.", cite: ["iasme-certify", "iasme-recertify"] },
        { claim: "£400 for micro organisations (0–9 employees), rising to £600 for large ones, from 24 January 2022.", cite: ["hbp-2022"] },
      ],
      note: "IASME's own help pages are the firmer source; the IT company's figures may not be like for like (it does not mention VAT).",
    },
  ],
  sources: [
    { id: "iasme-2020", url: "https://iasme.co.uk/articles/whats-new-with-cyber-essentials-july-2020/", title: "What's new with Cyber Essentials – July 2020", publisher: "IASME", kind: "certification-body", published: "2020-07-14", accessed: "2026-11-30", note: "IASME is the scheme's delivery partner; the NCSC owns the scheme." },
    { id: "iasme-cb", url: "https://iasme.co.uk/articles/how-to-become-a-certification-body-for-cyber-essentials", title: "How to become a Certification Body for Cyber Essentials", publisher: "IASME", kind: "certification-body", accessed: "2026-11-30" },
    { id: "iasme-certify", url: "https://iasme.atlassian.net/wiki/pages/viewpage.action?pageId=3199860787", title: "How to certify to Cyber Essentials", publisher: "IASME (help pages)", kind: "certification-body", accessed: "2026-11-30", note: "Undated; refers to the v3.1 requirements." },
    { id: "iasme-recertify", url: "https://iasme.atlassian.net/wiki/spaces/CKHR/pages/3199598610/How+to+recertify+to+Cyber+Essentials", title: "How to recertify to Cyber Essentials", publisher: "IASME (help pages)", kind: "certification-body", accessed: "2026-11-30", note: "Undated; refers to the v3.1 requirements." },
    { id: "gov-ppn-0914", url: "https://gov.uk/government/publications/procurement-policy-note-0914-cyber-essentials-scheme-certification", title: "Procurement Policy Note 09/14: Cyber Essentials scheme certification", publisher: "UK Government (Crown Commercial Service)", kind: "government", published: "2014-09-26", accessed: "2026-11-30" },
    { id: "gov-ppn-0923", url: "https://gov.uk/government/publications/ppn-0923-updates-to-the-cyber-essentials-scheme", title: "PPN 09/23: Updates to the Cyber Essentials Scheme", publisher: "UK Government (Cabinet Office)", kind: "government", published: "2023-09-19", accessed: "2026-11-30" },
    { id: "gov-ppn-014", url: "https://gov.uk/government/publications/ppn-014-cyber-essentials-scheme/ppn-014-cyber-essentials-scheme-html", title: "PPN 014: Cyber essentials scheme", publisher: "UK Government (Cabinet Office)", kind: "government", published: "2025-02-17", accessed: "2026-11-30" },
    { id: "gist-ce-dates", url: "https://gist.github.com/adotcoop/c920c7c050111887ed9c59a4ec93e214", title: "Cyber Essentials: key dates and documents", publisher: "GitHub Gist (adotcoop)", kind: "reference", accessed: "2026-11-30", note: "An independent compilation that links to National Archives copies of the government pages." },
    { id: "flexit-ce", url: "https://www.flex-itsolutions.com/industry-insights-help-you-understand-our-ethos/what-does-cyber-essentials-mean", title: "What does Cyber Essentials mean?", publisher: "Flex IT Solutions", kind: "consultancy", published: "2022-05-30", accessed: "2026-11-30" },
    { id: "crest-2018", url: "https://crest-approved.org/changes-to-cyber-essentials-scheme-operating-model/index.html", title: "Changes to Cyber Essentials Scheme Operating Model", publisher: "CREST", kind: "certification-body", published: "2018", accessed: "2026-11-30", note: "CREST was one of the five original accreditation bodies." },
    { id: "techradar-2022", url: "https://www.techradar.com/features/be-ready-for-the-new-cyber-essentials", title: "Be ready for the new Cyber Essentials", publisher: "TechRadar", kind: "press", published: "2022", accessed: "2026-11-30" },
    { id: "trustedcomputing-2022", url: "https://trustedcomputing.ltd/cyber-security/the-cyber-essentials-refresh-5-ways-it-impacts-small-business/", title: "The Cyber Essentials 'refresh': 5 ways it impacts small business", publisher: "Trusted Computing", kind: "consultancy", published: "2022", accessed: "2026-11-30" },
    { id: "hbp-2022", url: "https://thehbpgroup.co.uk/it/news/changes-to-cyber-essentials-accreditations-january-2022", title: "Changes to Cyber Essentials accreditations, January 2022", publisher: "The HBP Group", kind: "consultancy", published: "2022", accessed: "2026-11-30" },
    { id: "jisc-2023", url: "https://cybersecurity.jiscinvolve.org/wp/2023/02/17/new-cyber-essentials-requirements-and-question-set/", title: "New Cyber Essentials requirements and question set", publisher: "Jisc", kind: "certification-body", published: "2023-02-17", accessed: "2026-11-30", note: "Jisc is a Cyber Essentials certification body for the education sector." },
    { id: "fourtify-2023", url: "https://www.fourtify.co.uk/2023/04/cyber-essentials-montpellier-3-1/", title: "Cyber Essentials Montpellier (3.1)", publisher: "Fourtify", kind: "consultancy", published: "2023-04-25", accessed: "2026-11-30" },
    { id: "cybersecurityspecialists-2023", url: "https://www.cybersecurityspecialists.co.uk/cyber-essentials-2023-the-arrival-of-montpellier/", title: "Cyber Essentials 2023: the arrival of Montpellier", publisher: "Cyber Security Specialists", kind: "consultancy", published: "2023", accessed: "2026-11-30" },
    { id: "cybersmart-2025", url: "https://cybersmart.co.uk/2025/02/everything-you-need-to-know-about-the-upcoming-willow-question-set-for-cyber-essentials/", title: "Everything you need to know about the upcoming Willow Question Set for Cyber Essentials", publisher: "CyberSmart", kind: "certification-body", published: "2025-02", accessed: "2026-11-30" },
    { id: "surecloud-willow", url: "https://www.surecloud.com/cyber-essentials-plus-v3-2-willow", title: "Cyber Essentials Plus v3.2 (Willow): What Changed", publisher: "SureCloud", kind: "consultancy", published: "2026-04-24", accessed: "2026-11-30" },
    { id: "cyberstrategies-willow", url: "https://cyberstrategies.co.uk/cyber-essentials/ce-changes-from-28th-april-2025", title: "Cyber Essentials changes from 28th April 2025", publisher: "Cyber Strategies", kind: "certification-body", published: "2025", accessed: "2026-11-30" },
    { id: "hedgehog-danzell", url: "https://www.hedgehogsecurity.co.uk/blog/cyber-essentials-demystified-danzell-changes", title: "Danzell: Every Change in the 2026 Cyber Essentials Update Explained", publisher: "Hedgehog Security", kind: "consultancy", published: "2026-03-26", accessed: "2026-11-30" },
    { id: "readytoday-danzell", url: "https://readytoday.co.uk/resources/blog/cyber-essentials-danzell-v3-3-what-the-april-2026-auto-fail-rules-mean", title: "Cyber Essentials v3.3 'Danzell' Went Live This Week. The First Auto-Fail Rules Will Catch People Out.", publisher: "ReadyToday", kind: "consultancy", published: "2026-04-30", accessed: "2026-11-30" },
    { id: "cyberlab-danzell", url: "https://cyberlab.co.uk/blog/cyber-essentials-update-may-2026/", title: "What the Cyber Essentials Requirements for IT Infrastructure v3.3 and the Danzell Standard Mean for Your Business", publisher: "CyberLab", kind: "certification-body", published: "2026", accessed: "2026-11-30" },
    { id: "mastercopy-danzell", url: "https://www.mastercopy.co.uk/it-support/cyber-essentials-2026-changes/", title: "Cyber Essentials 2026 changes", publisher: "Mastercopy", kind: "consultancy", published: "2026-06-25", accessed: "2026-11-30" },
    { id: "crowagent-danzell", url: "https://crowagent.ai/blog/cyber-essentials-v3-3-danzell-2026.html", title: "Cyber Essentials v3.3 (Danzell): What Changed in April 2026", publisher: "CrowAgent", kind: "consultancy", published: "2026-05-03", accessed: "2026-11-30" },
    { id: "netsecgroup-danzell", url: "https://netsecgroup.io/guides/danzell-changes-2026-guide", title: "Cyber Essentials v3.3: What the Danzell Update Changes and What You Need to Do", publisher: "NetSec Group", kind: "consultancy", published: "2026", accessed: "2026-11-30" },
    { id: "idcyber-danzell", url: "https://support.idcyber.co.uk/portal/en/kb/articles/your-organisation", title: "Questionnaire Part 1: Your Organisation", publisher: "ID Cyber", kind: "certification-body", published: "2026", accessed: "2026-11-30" },
    { id: "packetcollection-2026", url: "https://packetcollection.com/blog/cyber-essentials-cost-and-requirements", title: "Cyber Essentials Cost and Requirements: A 2026 Guide", publisher: "Packet Collection", kind: "consultancy", published: "2026", accessed: "2026-11-30" },
    { id: "softomate-2026", url: "https://www.softomatesolutions.com/blog/what-is-cyber-essentials-uk-certification/", title: "Cyber Essentials Certification: What UK Businesses Need to Know", publisher: "Softomate Solutions", kind: "consultancy", published: "2026-06-07", accessed: "2026-11-30" },
    { id: "smartstartit-2026", url: "https://smartstartit.co.uk/cyber-essentials-uk-smb-guide-2026/", title: "Cyber Essentials: UK SMB guide 2026", publisher: "Smart Start IT", kind: "consultancy", published: "2026", accessed: "2026-11-30" },
    { id: "sbcg-2025", url: "https://thesmallbusinesscybersecurityguy.co.uk/blog/cyber-essentials-implementation-guide-uk-smb-reality-check-2025", title: "Cyber Essentials: The £300 Security Framework That Actually Works", publisher: "The Small Business Cyber Security Guy", kind: "consultancy", published: "2025", accessed: "2026-11-30" },
    { id: "urm-faq", url: "https://www.urmconsulting.com/cyber/cyber-essentials/cyber-essentials-faq", title: "Cyber Essentials FAQ", publisher: "URM Consulting", kind: "certification-body", accessed: "2026-11-30" },
    { id: "trowers-2023", url: "https://trowers.com/insights/2023/october/cabinet-office-updates-cyber-essentials-scheme-for-public-procurements", title: "Cabinet Office updates Cyber Essentials scheme for public procurements", publisher: "Trowers & Hamlins", kind: "consultancy", published: "2023-10", accessed: "2026-11-30", note: "A law firm's briefing." },
    { id: "ip-four-ce", url: "https://ip-four.co.uk/docs/what-can-we-expect-from-the-cyber-essentials-application-process/", title: "What can we expect from the Cyber Essentials application process?", publisher: "IP Four", kind: "consultancy", accessed: "2026-11-30" },
    { id: "istorm-ce", url: "https://istormsolutions.co.uk/cyber-essentials-certification-scheme/", title: "Overview of the Cyber Essentials Certification Scheme", publisher: "iStorm Solutions", kind: "consultancy", accessed: "2026-11-30" },
    { id: "limito-ce", url: "https://limito.co.uk/?p=107", title: "A Guide to Cyber Essentials for Thresholds Facilitators", publisher: "Limito", kind: "consultancy", accessed: "2026-11-30" },
    { id: "marketpulse-2025", url: "http://marketpulseuk.co.uk/uk-ministers-urge-smes-to-adopt-cyber-essentials", title: "UK ministers urge SMEs to adopt Cyber Essentials", publisher: "Market Pulse UK", kind: "press", published: "2025-11", accessed: "2026-11-30" },
    { id: "computerweekly-2025", url: "https://www.computerweekly.com/news/366626069/Cyber-Essentials-certifications-rising-slowly-but-steadily", title: "Cyber Essentials certifications rising slowly but steadily", publisher: "Computer Weekly", kind: "press", published: "2025-06-20", accessed: "2026-11-30" },
    { id: "figgroup-verify", url: "https://www.figgroup.co.uk/blog/how-to-verify-cyber-essentials-certificate", title: "How to verify a Cyber Essentials certificate: the buyer and procurement-team guide (2026)", publisher: "FIG Group", kind: "consultancy", published: "2026", accessed: "2026-11-30" },
  ],
  description: `Cyber Essentials is the UK government's **baseline cyber-security certification**, owned by the government through the National Cyber Security Centre (NCSC) and delivered since April 2020 by the IASME Consortium through a network of licensed certification bodies. It checks five technical controls that stop most common internet attacks: firewalls, secure configuration, user access control, malware protection and security updates.

### Two levels
- **Cyber Essentials**: a verified self-assessment. The organisation answers an online question set, a board member signs that the answers are true, and an assessor marks them. Nobody tests the systems.
- **Cyber Essentials Plus**: the same controls, plus an assessor's hands-on test of a sample of devices, gateways and internet-facing servers, within three months of the basic certificate.

Both last **12 months** and are renewed by a fresh assessment against the question set then in force: Evendine (v3.0, 2022), Montpellier (v3.1, 2023), Willow (v3.2, 2025) and Danzell (v3.3, from 27 April 2026), which made missing multi-factor authentication on cloud services or late critical patches an automatic fail.

### What it proves, and what it does not
A certificate shows that basic technical hygiene was in place, across the stated scope, on the day of assessment; Plus shows that an assessor checked a sample. It is **not** a management system like ISO/IEC 27001: it says nothing about risk management, staff vetting, call recording, data protection or payment security (PCI DSS). For UK contact centres it is often a condition of public-sector and NHS contracts.

### Cost
IASME's list price was £300 + VAT for micro organisations, with larger organisations paying more on a sliding scale; providers' 2025–26 prices run from about £320 + VAT for the self-assessment and from about £1,400 for Plus.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;

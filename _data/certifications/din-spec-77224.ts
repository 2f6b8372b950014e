import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "din-spec-77224",
  name: "DIN SPEC 77224 Erzielung von Kundenbegeisterung durch Service Excellence",
  shortName: "DIN SPEC 77224",
  aliases: [
    { name: "DIN SPEC 77224:2011-07", kind: "alternative" },
    { name: "Achieving customer delight through service excellence", kind: "alternative", note: "English rendering of the German title." },
  ],
  kind: "organisation",
  categories: ["customer-experience"],
  issuer: "din",
  assurance: "guidance",
  status: "active",
  statusDetail: { note: "In August 2025 the German customer-service association KVD described DIN SPEC 77224:2011-07 as freely available.", cite: ["kvd-2025"] },
  related: ["customer-service-excellence", "iso-18295-1", "iso-10002", "en-15838"],
  summary: "A German DIN SPEC (2011) that sets out a seven-part model for delighting customers through service excellence. It is guidance for any service organisation, including contact centres; we found no certification against it.",
  history: [
    { date: "2011-07", event: "DIN publishes DIN SPEC 77224, initiated by the Center for Service Excellence at the EBS Business School, funded by the Federal Ministry of Economics and Technology and drafted with around twenty companies and institutions, among them Audi, Commerzbank, Deutsche Telekom, HP, Fraunhofer IAO and Stiftung Warentest.", cite: ["heise-2011", "kvd-2025"] },
    { date: "2011-07-29", event: "Die Welt reports the new standard as the world's first official standard for customer delight through service excellence.", cite: ["welt-2011"] },
    { date: "2015-12", event: "CEN publishes the European Technical Specification CEN/TS 16880 'Service excellence – Creating outstanding customer experiences through service excellence', developed by CEN/TC 420, chaired by Matthias Gouthier, who had also led the DIN SPEC 77224 working group.", cite: ["cen-2016", "kvd-2025"] },
    { date: "2025-08", event: "KVD reports that DIN SPEC 77224 is available free of charge.", cite: ["kvd-2025"] },
  ],
  levels: [],
  cost: { status: "not-published", note: "Not certifiable: DIN SPEC 77224 is guidance, and we found no certification body offering certification against it. The document itself is now free of charge." },
  timeToAchieve: { status: "not-published", note: "Not certifiable; no time to certify." },
  validity: { status: "not-published", note: "Not certifiable; there is no certificate to renew." },
  requirements: [
    { text: "The core of the document is a model with seven components, among them management's responsibility for excellence, excellence-oriented resources, avoiding errors and waste, capturing relevant customer needs and experiences, and customer delight.", cite: ["heise-2011", "samhammer"] },
    { text: "Service excellence is treated as a continuous cycle rather than a one-off project; a German customer-service provider describes the document as a kind of guide to action that usually needs adapting rather than copying one to one.", cite: ["samhammer"] },
    { text: "It aims beyond customer satisfaction: expectations are to be exceeded through personal service and positive surprises.", cite: ["kvd-2025", "welt-2011"] },
  ],
  recognition: [
    { text: "Matthias Gouthier, who led the DIN SPEC 77224 working group, later chaired CEN/TC 420, the European committee that wrote CEN/TS 16880 on service excellence (2015).", cite: ["cen-2016", "kvd-2025"] },
  ],
  regions: ["Germany", "Europe"],
  verify: {
    how: "DIN SPEC 77224 is guidance, not a certification. A provider can say it follows the model, but there is no certificate to check; ask instead for evidence of how it measures customer experience, or for a certification such as ISO 18295-1. Do not confuse it with DIN 77200, which is the German standard for security services.",
    cite: ["samhammer", "qualidata-77200"],
  },
  disagreements: [],
  sources: [
    { id: "heise-2011", url: "https://heise.de/-1288310", title: "DIN SPEC 77224: Norm gegen die Servicewüste", publisher: "heise online", kind: "press", accessed: "2026-11-30", note: "Undated in our copy; it says the standard has existed 'since this month', and DIN dates it July 2011." },
    { id: "welt-2011", url: "https://www.welt.de/wirtschaft/article13515639/DIN-Norm-soll-deutsche-Servicewueste-beenden.html", title: "DIN-Norm soll deutsche Servicewüste beenden", publisher: "Die Welt", kind: "press", published: "2011-07-29", accessed: "2026-11-30" },
    { id: "kvd-2025", url: "https://www.service-verband.de/newsletter/aktuelles-aus-der-servicewelt-08-2025", title: "Aktuelles aus der Servicewelt 08/2025", publisher: "KVD (Kundendienst-Verband Deutschland)", kind: "press", published: "2025-08", accessed: "2026-11-30", note: "Newsletter of the German customer-service association, many of whose members worked on the document." },
    { id: "samhammer", url: "https://www.samhammer.de/din-spec-77224", title: "DIN SPEC 77224 (Wissenswelt)", publisher: "Samhammer AG", kind: "consultancy", accessed: "2026-11-30" },
    { id: "cen-2016", url: "https://www.cencenelec.eu/news/brief_news/Pages/TN-2016-026.aspx", title: "#servicestandards – A win-win for service excellence", publisher: "CEN-CENELEC", kind: "standards-body", published: "2016", accessed: "2026-11-30", note: "Year taken from the news item's number (TN-2016-026)." },
    { id: "qualidata-77200", url: "http://qualidata.de/din-77200/", title: "DIN 77200: Sicherungsdienstleistung nach DIN 77200-1:2022-10 und DIN 77200-2:2020-07", publisher: "Qualidata GmbH", kind: "certification-body", accessed: "2026-11-30", note: "Cited only to show that DIN 77200 concerns security services, not contact centres." },
  ],
  description: `**DIN SPEC 77224** is a German document, published by the standards body DIN in July 2011, on "achieving customer delight through service excellence". It was initiated by the Center for Service Excellence at the EBS Business School and drafted with about twenty companies and institutions, including Audi, Commerzbank, Deutsche Telekom and HP. Its premise is that satisfied customers are not enough. Service should exceed expectations and surprise customers, and that takes a management system that keeps improving.

### What it contains
The core is a model of seven components. They run from management's responsibility for excellence and the resources behind it, through avoiding errors and waste and understanding what customers need, to creating moments of delight. The model applies to any service organisation. German contact-centre and customer-service firms discuss it, but it is not specific to contact centres.

### What it is not
It is **guidance, not a certifiable standard**: we found no certification body offering certification against it, so cost, time and validity are not shown. The text is now free. Matthias Gouthier, who led its working group, later chaired the European committee that wrote the Technical Specification **CEN/TS 16880** (2015) on service excellence.

### A note on DIN 77200
Do not confuse this with **DIN 77200**, which is not a contact-centre standard: it covers security services such as guarding. Its 2008 edition was replaced by DIN 77200-1 in November 2017. For contact centres, the relevant standards are ISO 18295-1 and its predecessor EN 15838.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;

import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "en-15838",
  name: "EN 15838 Customer contact centres – Requirements for service provision",
  shortName: "EN 15838",
  aliases: [
    { name: "EN 15838:2009", kind: "alternative" },
    { name: "BS EN 15838", kind: "alternative", note: "The UK edition, published June 2010." },
    { name: "DIN EN 15838", kind: "alternative", note: "The German edition, published February 2010." },
  ],
  kind: "organisation",
  categories: ["customer-experience", "quality-management", "outsourcing"],
  issuer: "cen",
  status: "superseded",
  supersededBy: ["iso-18295-1", "iso-18295-2"],
  related: ["copc-cx-standard", "iso-9001"],
  summary: "The European standard for customer contact centres (2009), for in-house and outsourced centres alike; replaced in 2017 by ISO 18295-1 and ISO 18295-2.",
  history: [
    { date: "2006-01", event: "The European Commission mandates CEN (mandate M/378) to write a European standard on quality of service in customer contact centres.", cite: ["eccco-en15838", "bsi-shop-en15838"] },
    { date: "2009-10-05", event: "EN 15838 approved by CEN.", cite: ["kiwix-en15838"] },
    { date: "2009-11", event: "EN 15838:2009 published.", cite: ["grokipedia-en15838"] },
    { date: "2010-02", event: "Published in Germany as DIN EN 15838.", cite: ["memim-en15838"] },
    { date: "2010-06", event: "Published in the UK as BS EN 15838:2009.", cite: ["bsi-shop-en15838"] },
    { date: "2017", event: "Superseded by EN ISO 18295-1:2017 (for contact centres) and EN ISO 18295-2:2017 (for the clients that use them).", cite: ["grokipedia-en15838", "ccv-18295"] },
  ],
  levels: [],
  cost: { status: "not-published", note: "No cost figure found." },
  timeToAchieve: { status: "not-published", note: "No duration found." },
  validity: { status: "not-published", note: "Historic; no source found for how long EN 15838 certificates lasted." },
  requirements: [
    { text: "Applies to in-house and outsourced contact centres in any sector, and focuses on service quality at the point of contact between customer and centre.", cite: ["bsi-shop-en15838", "eccco-en15838"] },
    { text: "Covers management strategy and policy, processes, requirements for agents, infrastructure, customer satisfaction and social responsibility, with mandatory and recommended KPIs and best-practice guidelines for client organisations.", cite: ["kiwix-en15838"] },
    { text: "In Austria a certification scheme for contact centres under EN 15838 was drawn up by the European contact-centre association ECCCO and Austrian Standards plus Certification.", cite: ["as-scheme-en15838"] },
  ],
  recognition: [],
  regions: ["Europe"],
  verify: {
    how: "An EN 15838 certificate is out of date: the standard was replaced in 2017. Ask the supplier for a current ISO 18295-1 certificate instead, and check who issued it, what sites it covers and when it expires.",
    cite: ["grokipedia-en15838"],
    unconfirmed: true,
    note: "We found no source on how existing EN 15838 certificates were transitioned or when the last ones expired.",
  },
  disagreements: [],
  sources: [
    { id: "eccco-en15838", url: "http://www.eccco.org/?page_id=127", title: "The EN 15838 Norm", publisher: "ECCCO (European Confederation of Contact Centre Organisations)", accessed: "2026-11-29" },
    { id: "bsi-shop-en15838", url: "https://shop.bsigroup.com/ProductDetail/?pid=000000000030174499", title: "BS EN 15838:2009 Customer contact centres. Requirements for service provision", publisher: "BSI Shop", accessed: "2026-11-29" },
    { id: "kiwix-en15838", url: "https://kiwix.haohe.fun/content/wikipedia_en_all_maxi_2024-01/A/EN_15838", title: "EN 15838 (Wikipedia copy, January 2024)", publisher: "Wikipedia via Kiwix mirror", accessed: "2026-11-29" },
    { id: "grokipedia-en15838", url: "https://grokipedia.com/page/en_15838", title: "EN 15838", publisher: "Grokipedia", accessed: "2026-11-29" },
    { id: "memim-en15838", url: "https://memim.com/en-15838.html", title: "EN 15838 (translation of German Wikipedia)", publisher: "memim.com", accessed: "2026-11-29" },
    { id: "ccv-18295", url: "https://testumgebung.cc-verband.de/mitglieder/cjacob/page/100", title: "Serviceanforderungen in Kundenkontaktzentren: DIN EN ISO 18295 (CCVNews, CCW 2018)", publisher: "Call Center Verband Deutschland (CCV)", published: "2018", accessed: "2026-11-29" },
    { id: "as-scheme-en15838", url: "http://docplayer.org/12776307-Customer-contact-center-gemaess-en-15838.html", title: "Zertifizierungsschema S03: Customer Contact Center gemäß EN 15838", publisher: "Austrian Standards plus Certification (copy on docplayer)", accessed: "2026-11-29" },
  ],
  description: `EN 15838 was the first European standard written specifically for **customer contact centres**. The European Commission asked CEN, the European standards body, to produce it in January 2006 (mandate M/378); CEN approved it on 5 October 2009 and it was published in November 2009, then adopted nationally, for example as DIN EN 15838 in Germany (February 2010) and BS EN 15838 in the UK (June 2010).

### What it asked of a centre
The standard set quality-of-service requirements common to all contact centres, whatever the sector or technology and whether run in-house or by an outsourcer. It covered management strategy and policy, processes, requirements for agents, infrastructure, customer satisfaction and social responsibility, and it specified mandatory and recommended key performance indicators, plus best-practice guidance for the client organisations that buy contact-centre services. Certification was offered by independent certification bodies; in Austria, for example, the European contact-centre association ECCCO and Austrian Standards plus Certification drew up a joint scheme. No source gives a typical cost, duration or certificate lifetime.

### Replaced by ISO 18295
In 2017 EN 15838 was withdrawn and replaced by the international standards **EN ISO 18295-1:2017**, for contact centres, and **EN ISO 18295-2:2017**, for the organisations that use them. Part 2 now sets requirements for the client side, which EN 15838 had covered only with best-practice guidelines. The main source for the 2009 publication month and the 2017 withdrawal is a secondary encyclopedia page, supported by a German industry association's account of the ISO 18295 launch.

### For buyers today
Treat an EN 15838 certificate as historic. Ask for a current ISO 18295-1 certificate and check the issuing body, the sites covered and the expiry date.`,
  lastReviewed: "2026-11-29",
} satisfies CertificationInput;

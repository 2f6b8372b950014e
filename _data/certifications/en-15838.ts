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
  assurance: "certification",
  status: "superseded",
  statusDetail: {
    note: "Replaced in 2017 by EN ISO 18295-1 and EN ISO 18295-2, as DIN's consumer council reported when the German editions appeared.",
    cite: ["din-18295", "ccv-18295"],
  },
  supersededBy: ["iso-18295-1", "iso-18295-2"],
  related: ["copc-cx-standard", "iso-9001"],
  summary: "The European standard for customer contact centres (2009), for in-house and outsourced centres alike; replaced in 2017 by ISO 18295-1 and ISO 18295-2.",
  history: [
    { date: "2006-01", event: "The European Commission mandates CEN (mandate M/378) to write a European standard on quality of service in customer contact centres.", cite: ["eccco-en15838", "bsi-shop-en15838"] },
    { date: "2009-10-05", event: "EN 15838 approved by CEN.", cite: ["kiwix-en15838"] },
    { date: "2010-02", event: "Published in Germany as DIN EN 15838.", cite: ["ccv-en15838"] },
    { date: "2010-06", event: "Published in the UK as BS EN 15838:2009.", cite: ["bsi-shop-en15838"] },
    { date: "2015-02", event: "A German consultant counts only nine German call centres certified to EN 15838, while a worldwide ISO standard for the sector is being written.", cite: ["supportprofis-2015"] },
    { date: "2017", event: "Replaced and extended by the two-part international standard EN ISO 18295-1:2017 (for contact centres) and EN ISO 18295-2:2017 (for the clients that use them); the German editions appear in October 2017.", cite: ["din-18295", "ccv-18295"] },
  ],
  levels: [],
  cost: { status: "not-published", note: "Looked at ECCCO's page, the German association CCV's EN 15838 pages, BSI's shop entry and the Austrian Standards certification scheme (copy on docplayer); none states a fee for EN 15838 certification, from its time (2009–2017) or later." },
  timeToAchieve: { status: "not-published", note: "No duration found in the same sources." },
  validity: { status: "not-published", note: "Historic; the same sources do not say how long EN 15838 certificates lasted, and we found no source on when the last ones expired." },
  editions: [
    {
      id: "2009",
      name: "EN 15838:2009",
      claims: ["BS EN 15838:2009", "EN15838:2009", "15838:2009"],
      published: "2009",
      validUntil: { status: "not-published", note: "Withdrawn when EN ISO 18295-1 and -2 were adopted in 2017; we found no source giving the withdrawal date or an end date for certificates (looked at DIN, CCV, BSI's shop and ECCCO)." },
      cite: ["kiwix-en15838", "bsi-shop-en15838", "din-18295"],
      note: "The only edition, approved by CEN on 5 October 2009 and adopted nationally in 2010 (DIN EN 15838 in February, BS EN 15838 in June). Its successors, ISO 18295-1:2017 and ISO 18295-2:2017, record the link.",
    },
  ],
  requirements: [
    { text: "Applies to in-house and outsourced contact centres in any sector, and focuses on service quality at the point of contact between customer and centre.", cite: ["bsi-shop-en15838", "eccco-en15838"] },
    { text: "Covers management strategy and policy, processes, requirements for agents, infrastructure, customer satisfaction and social responsibility, with mandatory and recommended KPIs and best-practice guidelines for client organisations.", cite: ["kiwix-en15838"] },
    { text: "In Austria a certification scheme for contact centres under EN 15838 was drawn up by the European contact-centre association ECCCO and Austrian Standards plus Certification.", cite: ["as-scheme-en15838"] },
  ],
  recognition: [
    { text: "Take-up was small: in February 2015 a German consultant counted nine German call centres certified to EN 15838.", cite: ["supportprofis-2015"] },
  ],
  regions: ["Europe"],
  verify: {
    how: "An EN 15838 certificate is out of date: the standard was replaced in 2017. Ask the supplier for a current ISO 18295-1 certificate instead, and check who issued it, what sites it covers and when it expires.",
    cite: ["din-18295"],
    unconfirmed: true,
    note: "We found no source on how existing EN 15838 certificates were transitioned or when the last ones expired.",
  },
  disagreements: [],
  sources: [
    { id: "eccco-en15838", url: "http://www.eccco.org/?page_id=127", title: "The EN 15838 Norm", publisher: "ECCCO (European Confederation of Contact Centre Organisations)", kind: "reference", accessed: "2026-11-30", note: "Page of the European federation of national contact-centre associations." },
    { id: "bsi-shop-en15838", url: "https://shop.bsigroup.com/ProductDetail/?pid=000000000030174499", title: "BS EN 15838:2009 Customer contact centres. Requirements for service provision", publisher: "BSI Shop", kind: "standards-body", accessed: "2026-11-30" },
    { id: "kiwix-en15838", url: "https://kiwix.haohe.fun/content/wikipedia_en_all_maxi_2024-01/A/EN_15838", title: "EN 15838 (Wikipedia copy, January 2024)", publisher: "Wikipedia via Kiwix mirror", kind: "reference", accessed: "2026-11-30", note: "An offline copy of the English Wikipedia article. Wikipedia's own page did not come up in our searches, and the article cites CEN catalogue pages from 2011 that we could not find either; we keep this copy only for the CEN approval date and the list of topics." },
    { id: "ccv-en15838", url: "https://callcenter-verband.de/themen/standards-normen-und-zertifizierung/din-en-15838/relevanz-der-norm-und-einer-zertifizierung-danach/", title: "Relevanz der Norm und einer Zertifizierung danach (DIN EN 15838)", publisher: "Call Center Verband Deutschland (CCV)", kind: "press", accessed: "2026-11-30", note: "Replaces a translation of German Wikipedia on memim.com cited before." },
    { id: "din-18295", url: "https://www.din.de/de/ueber-normen-und-standards/nutzen-fuer-den-verbraucher/verbraucherrat/ueber-uns/normen-zu-kundenkontaktzentren-und-auftraggebern-von-kundenkontaktzentren-erschienen-249204", title: "Normen zu Kundenkontaktzentren und Auftraggebern von Kundenkontaktzentren erschienen", publisher: "DIN Verbraucherrat", kind: "standards-body", published: "2017-09-29", accessed: "2026-11-30", note: "Replaces a Grokipedia page cited before for the 2017 replacement." },
    { id: "ccv-18295", url: "https://cc-verband.de/tag/zertifizierung", title: "Serviceanforderungen in Kundenkontaktzentren: DIN EN ISO 18295 (CCVNews, CCW 2018)", publisher: "Customer Service & Call Center Verband Deutschland (CCV)", kind: "press", published: "2018", accessed: "2026-11-30", note: "The association's own site; replaces a copy on its test host (testumgebung.cc-verband.de) cited before." },
    { id: "supportprofis-2015", url: "http://www.support-profis.de/2015/02/callcenter-und-normierung/", title: "CallCenter und Normierung", publisher: "Die Support-Profis", kind: "consultancy", published: "2015-02", accessed: "2026-11-30" },
    { id: "as-scheme-en15838", url: "http://docplayer.org/12776307-Customer-contact-center-gemaess-en-15838.html", title: "Zertifizierungsschema S03: Customer Contact Center gemäß EN 15838", publisher: "Austrian Standards plus Certification (copy on docplayer)", kind: "certification-body", accessed: "2026-11-30", note: "A copy on a document-sharing site. We searched for the original on Austrian Standards' pages and found none in our results, so this copy is the only text of the scheme we have." },
  ],
  description: `EN 15838 was the first European standard written specifically for **customer contact centres**. The European Commission asked CEN, the European standards body, to produce it in January 2006 (mandate M/378); CEN approved it on 5 October 2009, and it was then adopted nationally, for example as DIN EN 15838 in Germany (February 2010) and BS EN 15838 in the UK (June 2010).

### What it asked of a centre
The standard set quality-of-service requirements common to all contact centres, whatever the sector or technology and whether run in-house or by an outsourcer. It covered management strategy and policy, processes, requirements for agents, infrastructure, customer satisfaction and social responsibility, and it specified mandatory and recommended key performance indicators, plus best-practice guidance for the client organisations that buy contact-centre services. Certification was offered by independent certification bodies; in Austria, for example, the European contact-centre association ECCCO and Austrian Standards plus Certification drew up a joint scheme. Take-up was modest: by early 2015 one count found nine certified call centres in Germany. No source gives a typical cost, duration or certificate lifetime.

### Replaced by ISO 18295
In 2017 EN 15838 was replaced and extended by the two-part international standard: **EN ISO 18295-1:2017**, for contact centres, and **EN ISO 18295-2:2017**, for the organisations that use them. Germany's consumer council at DIN had seen EN 15838's weak point in not describing the three-way relationship between consumer, service provider and client well enough; Part 2 now sets requirements for the client side, which EN 15838 had covered only with best-practice guidelines.

### For buyers today
Treat an EN 15838 certificate as historic. Ask for a current ISO 18295-1 certificate and check the issuing body, the sites covered and the expiry date.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;

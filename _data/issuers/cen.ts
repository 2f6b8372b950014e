import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "cen",
  name: "European Committee for Standardization",
  shortName: "CEN",
  formerNames: [
    {
      name: "European Committee for Coordination of Standardization",
      until: "1971",
      cite: ["plwiki-cen", "syhmjs-cen"],
      unconfirmed: true,
      note: "Our English rendering of the name as two secondary sources give it: a copy of Polish Wikipedia (Europejski Komitet Koordynacji Normalizacji, renamed in 1971) and a Chinese journal excerpt (欧洲标准协调委员会, renamed in 1971). We found no CEN page giving the original name, so the exact wording is not confirmed.",
    },
  ],
  type: "standards-body",
  website: "https://www.cen.eu",
  country: "Belgium (Brussels)",
  founded: { date: "1961", cite: ["bpb-cen", "lockspecialists-cen", "syhmjs-cen"] },
  status: "active",
  statusDetail: {
    note: "CEN remains the European standards body for sectors other than electrotechnical (CENELEC) and telecommunications (ETSI), made up of national standards bodies. It adopts ISO standards in place of its own where they exist, as with EN 15838, which gave way in 2017 to EN ISO 18295-1 and -2.",
    cite: ["bpb-cen", "lockspecialists-cen", "din-18295", "bsi-shop-en15838"],
  },
  summary: "The European standards body, made up of the national standards bodies of EU and EFTA countries and others; it published EN 15838 for customer contact centres.",
  description: `CEN (Comité Européen de Normalisation) was founded in 1961; by two secondary accounts it started under a name meaning "European Committee for Coordination of Standardization" and took its present name in 1971, moving its secretariat to Brussels in 1975. Its members are national standards bodies, and together they write European Standards (ENs), which the members then publish as national standards: that is why one document appears as BS EN 15838 in the UK and DIN EN 15838 in Germany. CEN is one of three officially recognised European standards bodies, alongside CENELEC (electrotechnical) and ETSI (telecommunications).

For contact centres, CEN matters because of **EN 15838:2009**, *Customer contact centres – Requirements for service provision*, written under European Commission mandate M/378. Under the 1991 Vienna Agreement CEN and ISO cooperate to avoid duplicate standards, and CEN has adopted a number of ISO standards in place of its own; in 2017 EN 15838 gave way to EN ISO 18295-1 and EN ISO 18295-2.`,
  sources: [
    { id: "bpb-cen", url: "https://bpb.de/kurz-knapp/lexika/das-europalexikon/176748/cen-europaeisches-komitee-fuer-normung", title: "CEN (Europäisches Komitee für Normung), Das Europalexikon", publisher: "Bundeszentrale für politische Bildung (from Große Hüttmann / Wehling, Das Europalexikon, 3rd ed., 2020)", kind: "reference", published: "2020", accessed: "2026-11-30", note: "Replaces two Wikipedia mirrors (The Full Wiki and the-uncensored-wiki.com) cited before." },
    { id: "lockspecialists-cen", url: "https://lockspecialists.net/glossary/european-committee-for-standardization/", title: "European Committee for Standardization (glossary)", publisher: "lockspecialists.net", kind: "reference", accessed: "2026-11-30" },
    { id: "syhmjs-cen", url: "https://www.syhmjs.com/periodical/9d669992b43e3d2599041f8584baefcf.html", title: "European standardisation bodies (journal excerpt, Chinese with English translation)", publisher: "syhmjs.com", kind: "reference", accessed: "2026-11-30", note: "An excerpt of a Chinese journal article on a periodicals site; the original journal is not named on the page." },
    { id: "plwiki-cen", url: "http://english.classicistranieri.com/pl/e/u/r/Europejski_Komitet_Normalizacyjny_ba68.html", title: "Europejski Komitet Normalizacyjny (copy of Polish Wikipedia)", publisher: "classicistranieri.com (Wikipedia mirror)", kind: "reference", accessed: "2026-11-30", note: "A mirror of a Polish Wikipedia article; the original did not come up in our searches. Kept only for the former name and the 1971 renaming, which no other source we found spells out." },
    { id: "bsi-shop-en15838", url: "https://shop.bsigroup.com/ProductDetail/?pid=000000000030174499", title: "BS EN 15838:2009 Customer contact centres. Requirements for service provision", publisher: "BSI Shop", kind: "standards-body", accessed: "2026-11-30" },
    { id: "din-18295", url: "https://www.din.de/de/ueber-normen-und-standards/nutzen-fuer-den-verbraucher/verbraucherrat/ueber-uns/normen-zu-kundenkontaktzentren-und-auftraggebern-von-kundenkontaktzentren-erschienen-249204", title: "Normen zu Kundenkontaktzentren und Auftraggebern von Kundenkontaktzentren erschienen", publisher: "DIN Verbraucherrat", kind: "standards-body", published: "2017-09-29", accessed: "2026-11-30", note: "Replaces a Grokipedia page cited before." },
  ],
  lastReviewed: "2026-11-30",
} satisfies IssuerInput;

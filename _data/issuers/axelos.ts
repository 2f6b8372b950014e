import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "axelos",
  name: "AXELOS",
  shortName: "AXELOS",
  type: "company",
  website: "https://www.axelos.com",
  country: "United Kingdom",
  founded: {
    date: "2013-07-01",
    cite: ["jayneexplains-2013"],
    note: "The joint venture between the Cabinet Office and Capita took the name AXELOS on this day and took over the portfolio from 1 January 2014.",
  },
  status: "merged",
  statusDetail: {
    note: "A 2026 source calls PeopleCert 'formerly known as Axelos'; when and how PeopleCert took AXELOS over was not confirmed from the sources read.",
    cite: ["javc-2026"],
  },
  successor: { issuer: "peoplecert", cite: ["javc-2026"], note: "The date of the hand-over was not found." },
  summary: "The UK joint venture of the Cabinet Office and Capita that owned ITIL and PRINCE2 from 1 January 2014; PeopleCert, its sole examination institute from 2018, now publishes ITIL.",
  description: `On 24 April 2013 the UK Cabinet Office announced a joint venture with the outsourcer Capita to run the government's Best Management Practice portfolio, which includes **ITIL** and PRINCE2. Capita held 51% and the government 49%; Capita paid £10 million up front and three deferred payments of £9.4 million. The venture was named AXELOS on 1 July 2013 and took over the portfolio from 1 January 2014.

AXELOS owned the ITIL guidance and qualification scheme, launched ITIL 4 in February 2019 and, from January 2018, used PeopleCert as its sole Examination Institute. By 2026 ITIL was being published by PeopleCert, which a 2026 source describes as "formerly known as Axelos".`,
  sources: [
    { id: "advisera-2013", url: "https://advisera.com/20000academy/blog/2013/05/08/government-office-sells-51-itil-prince2-capita/", title: "Government Office sells 51% of ITIL and PRINCE2 to Capita", publisher: "Advisera", kind: "consultancy", published: "2013-05-08", accessed: "2026-11-30" },
    { id: "advantagelearning-axelos", url: "http://www.advantagelearning.co.uk/news/axelos.html", title: "Axelos, Capita and the PRINCE2 Joint Venture", publisher: "Advantage Learning", kind: "consultancy", accessed: "2026-11-30" },
    { id: "jayneexplains-2013", url: "http://jayneexplains.blogspot.com/2013/07/the-jv-has-new-name-axelos.html", title: "The JV has a New Name: Axelos", publisher: "ITSM Academy blog (Jayne Groll)", kind: "consultancy", published: "2013-07-02", accessed: "2026-11-30" },
    { id: "axelos-help", url: "https://www.axelos.com/https/www-peoplecert-org/help-and-support/", title: "Help & Support", publisher: "AXELOS", kind: "issuer", accessed: "2026-11-30" },
    { id: "prepaway-itil", url: "https://www.prepaway.com/certification/discontinuation-itil-v3-2022-new-technological-era/", title: "Discontinuation of ITIL v3 in 2022 And New Technological Era", publisher: "PrepAway", kind: "consultancy", accessed: "2026-11-30", note: "An exam-preparation site; used only for release years that other sources agree with." },
    { id: "javc-2026", url: "https://javc.nl/itil-version-5-foundation-released", title: "ITIL Version 5 Foundation released", publisher: "javc.nl", kind: "consultancy", published: "2026", accessed: "2026-11-30" },
  ],
  lastReviewed: "2026-11-30",
} satisfies IssuerInput;

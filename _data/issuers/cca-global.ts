import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "cca-global",
  name: "CCA Global Limited",
  shortName: "CCA",
  formerNames: [
    { name: "Call Centre Association", cite: ["tf-chapter"], note: "The name under which the association developed the CCA Standard with Department of Trade and Industry support; no date for the change was found." },
    { name: "Customer Contact Association", cite: ["chp"], note: "Name used by the trade press in reports of CCA Global Standard accreditation; whether it is still the association's formal name was not confirmed." },
  ],
  type: "industry-association",
  country: "United Kingdom (Glasgow)",
  status: "active",
  statusDetail: { note: "CCA held an event for its accredited members in Glasgow in 2025 and still promotes its accreditation; its website terms are issued by CCA Global Limited.", cite: ["cca-2025", "cca-terms"] },
  summary: "The UK contact-centre industry association, founded as the Call Centre Association, which owns and assesses the CCA Global Standard.",
  description: `CCA began as the **Call Centre Association**, a UK membership body for call-centre operators. With support from the Department of Trade and Industry it developed the CCA Standard, a best-practice framework for call centres that its members committed to and could have independently assessed. The standard has since been revised several times and renamed the **CCA Global Standard**; in 2025 the association spoke of "CCA Global Accreditation for Customer Experience".

Today the association trades as CCA Global Limited and is commonly referred to in the press as the Customer Contact Association. Besides the standard it runs annual Excellence Awards, judged by industry peers, member events and a leadership network; its 2025 accredited-members event was held in Glasgow.

CCA is an industry association, not a standards body or an accredited certification body: its standard is written by and for the industry, and organisations that meet it are described as "CCA accredited".`,
  sources: [
    { id: "tf-chapter", url: "https://www.taylorfrancis.com/books/e/9781351932363/chapters/10.4324%2F9781315253879-28", title: "Book chapter abstract on the CCA standard framework for best practice", publisher: "Taylor & Francis (Routledge)", kind: "academic", accessed: "2026-11-30" },
    { id: "chp", url: "https://www.housingmmonline.co.uk/news/essex-based-housing-association-achieves-17th-consecutive-accreditation-for-outstanding-customer-service/", title: "Essex-based housing association achieves 17th consecutive accreditation for outstanding customer service", publisher: "Housing Management & Maintenance", kind: "press", accessed: "2026-11-30" },
    { id: "cca-2025", url: "https://www.cca-global.com/content/latest/article/2025/04/the-power-of-standards-in-an-age-of-uncertaint--re-520", title: "The power of standards in an age of uncertainty", publisher: "CCA Global", kind: "issuer", published: "2025-04", accessed: "2026-11-30" },
    { id: "cca-terms", url: "https://cca-global.com/content/terms", title: "Terms and conditions", publisher: "CCA Global Limited", kind: "issuer", accessed: "2026-11-30" },
  ],
  lastReviewed: "2026-11-30",
} satisfies IssuerInput;

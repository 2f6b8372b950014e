import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "cca-global-standard",
  name: "CCA Global Standard",
  shortName: "CCA Global Standard",
  aliases: [
    { name: "CCA Standard", kind: "former-name", note: "The name of the Call Centre Association's original best-practice framework." },
    { name: "CCA Global Accreditation for Customer Experience", kind: "alternative", note: "The name CCA used for the accreditation in 2025." },
    { name: "CCA accreditation", kind: "alternative" },
    { name: "CCA Global Standard Version 6", kind: "alternative", note: "The version CCA's FAQ describes; no other version is documented in our sources." },
  ],
  kind: "organisation",
  categories: ["customer-experience", "quality-management", "outsourcing"],
  issuer: "cca-global",
  website: "https://www.cca-global.com/content/global-standard/frequently-asked-questions/",
  assurance: "certification",
  status: "active",
  statusDetail: { note: "In April 2025 CCA described an event for its accredited members and the continuing 'CCA Global Accreditation for Customer Experience'.", cite: ["cca-2025"] },
  related: ["iso-18295-1", "en-15838", "customer-service-excellence", "copc-cx-standard", "servicemark"],
  summary: "The UK contact-centre industry association's own standard for customer contact operations. Organisations assessed against it are called 'CCA accredited'; this is a certification by the association, not accreditation by a national accreditation body.",
  history: [
    { date: "2001", event: "The CCA Standard is first introduced to the market.", cite: ["cca-faq"] },
    { date: "2005-06", event: "John Seddon of the consultancy Vanguard publishes a critique arguing that the standard reinforces a 'sweat shop' model of call centres.", cite: ["vanguard-2005"] },
    { date: "2015", event: "CCA's FAQ promotes Version 6 of the Global Standard, adds a route for the CCA Standards Review Board to recognise leading practice, and announces 'CCA Centres of Excellence' for accredited members.", cite: ["cca-faq"], note: "Dated from the FAQ's reference to the awards programme evolving 'throughout 2015'." },
    { date: "2025-04", event: "CCA holds a leadership lunch in Glasgow for accredited members and refers to the scheme as 'CCA Global Accreditation for Customer Experience'.", cite: ["cca-2025"] },
  ],
  levels: [
    { name: "Accredited", description: "The organisation has passed an assessment against the CCA Global Standard.", cite: ["chp", "cca-grampian"] },
    { name: "Gold Award", description: "Recognition from CCA for organisations that have held the accreditation for 15 years or more.", cite: ["chp"] },
  ],
  cost: {
    status: "not-published",
    note: "Looked at CCA's Global Standard FAQ, its terms and conditions (which say membership renews for 12-month periods but give no fee), its 2025 article on accreditation and its blog posts, press and council reports of accredited organisations (CHP 2023, Thurrock Council 2016 and 2022, Hertfordshire County Council's Capita-run centre, Grampian Police), and searched for CCA membership prices, assessment fees and public contract notices (2026); none gives an assessment, accreditation or membership price.",
    cite: ["cca-terms"],
  },
  timeToAchieve: {
    status: "not-published",
    note: "No source gives a typical length of the assessment or of preparation for it. One example: Thurrock Council reported that its 2016 audit against Version 6, carried out by the British Standards Institution, took place on 21 and 22 June. Looked at the same CCA pages and press and council reports as for cost (2026).",
    cite: ["thurrock-2016"],
  },
  validity: {
    status: "published",
    rules: [
      {
        appliesTo: "CCA accreditation",
        period: "P1Y",
        renewal: "The organisation is re-assessed each year to keep the accreditation.",
        cite: ["chp"],
        unconfirmed: true,
        note: "Inferred from a housing association achieving the accreditation 'for the seventeenth consecutive year'; no CCA page we read states the period.",
      },
    ],
  },
  requirements: [
    { text: "The contact centre is independently assessed against a defined set of criteria for customer contact operations.", cite: ["cca-faq"] },
    { text: "The assessment covers customer-service performance and operational effectiveness, including employee focus, legislation, regulation and policies, and third-party relationships; it can be carried out virtually.", cite: ["chp"] },
    { text: "Where an organisation believes it performs exceptionally in an area, the assessor reviews it and reports to the CCA Standards Review Board, which may recommend additional recognition.", cite: ["cca-faq"] },
    { text: "In its early form, all CCA members had to commit to the principles of the standard, and could optionally be independently assessed through the British Standards Institution.", cite: ["tf-chapter"] },
  ],
  recognition: [
    { text: "CCA says the standard has been adopted by some industry regulators and mandated as a performance metric for National Savings & Investments.", cite: ["cca-faq"] },
    { text: "Grampian Police's service centre was the first police force in Scotland, and the fifth in the UK, to receive the accreditation.", cite: ["cca-grampian"] },
    { text: "Critics such as John Seddon (Vanguard, 2005) have argued that the standard reinforces a 'sweat shop' paradigm rather than good practice.", cite: ["vanguard-2005"] },
  ],
  regions: ["United Kingdom"],
  verify: {
    how: "Ask the provider for its CCA accreditation certificate or letter, the year of the latest assessment and the sites or operations covered, and confirm with CCA. Because accredited organisations are re-assessed, check that the assessment is recent.",
    cite: ["cca-faq", "chp"],
    unconfirmed: true,
    note: "We found no public register of accredited organisations.",
  },
  disagreements: [],
  sources: [
    { id: "cca-faq", url: "https://www.cca-global.com/content/global-standard/frequently-asked-questions/", title: "CCA Global Standard: Frequently Asked Questions", publisher: "CCA Global", kind: "issuer", accessed: "2026-11-30" },
    { id: "cca-2025", url: "https://www.cca-global.com/content/latest/article/2025/04/the-power-of-standards-in-an-age-of-uncertaint--re-520", title: "The power of standards in an age of uncertainty", publisher: "CCA Global", kind: "issuer", published: "2025-04", accessed: "2026-11-30" },
    { id: "cca-grampian", url: "https://www.cca-global.com/content/latest/article/?articleid=41&ac=BLOG", title: "CCA blog: Grampian Police receives Global Standard accreditation", publisher: "CCA Global", kind: "issuer", accessed: "2026-11-30" },
    { id: "cca-terms", url: "https://cca-global.com/content/terms", title: "Terms and conditions", publisher: "CCA Global Limited", kind: "issuer", accessed: "2026-11-30" },
    { id: "chp", url: "https://www.housingmmonline.co.uk/news/essex-based-housing-association-achieves-17th-consecutive-accreditation-for-outstanding-customer-service/", title: "Essex-based housing association achieves 17th consecutive accreditation for outstanding customer service", publisher: "Housing Management & Maintenance", kind: "press", accessed: "2026-11-30" },
    { id: "thurrock-2016", url: "https://www.yourthurrock.com/2016/08/02/thurrock-councils-customer-service-team-praised/", title: "Thurrock Council's Customer Service team praised", publisher: "YourThurrock", kind: "press", published: "2016-08-02", accessed: "2026-11-30" },
    { id: "tf-chapter", url: "https://www.taylorfrancis.com/books/e/9781351932363/chapters/10.4324%2F9781315253879-28", title: "Book chapter abstract on the CCA standard framework for best practice", publisher: "Taylor & Francis (Routledge)", kind: "academic", accessed: "2026-11-30" },
    { id: "vanguard-2005", url: "https://beyondcommandandcontrol.com/2020/06/15/the-cca-standard/", title: "The CCA Standard (Vanguard critique by John Seddon, June 2005, reposted 2020)", publisher: "Beyond Command and Control (Vanguard)", kind: "consultancy", published: "2020-06-15", accessed: "2026-11-30" },
  ],
  description: `The **CCA Global Standard** is the UK contact-centre industry's own standard for running customer contact operations. It was first introduced in 2001 by the Call Centre Association (now CCA Global), with support from the Department of Trade and Industry. It was written, CCA says, "by industry for industry". An organisation that passes an assessment against it is described as **CCA accredited**.

Despite the word, this is not accreditation in the ISO sense. None of our sources mentions a national accreditation body such as UKAS; the association owns the standard and decides who meets it. In its early years members could choose to be assessed independently through the British Standards Institution.

### What is assessed
The assessment looks at customer-service performance and operational effectiveness: how the centre treats its employees, how it complies with legislation, regulation and its own policies, and how it manages third-party relationships. Under Version 6 an organisation can ask the assessor to review an area where it believes it excels. The assessor then reports to CCA's Standards Review Board.

### Cost, time and validity
No price or typical duration is published. Organisations report re-accreditation year after year (one housing association for the seventeenth year running), which suggests an annual cycle. Holders for 15 years or more receive a Gold Award.

### Views
CCA says some regulators have adopted the standard and that National Savings & Investments used it as a performance metric. John Seddon of the consultancy Vanguard has criticised it as reinforcing a "sweat shop" view of call centres.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;

import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "swpp",
  name: "Society of Workforce Planning Professionals",
  shortName: "SWPP",
  type: "professional-association",
  website: "https://swpp.org",
  country: "United States (Nashville, Tennessee)",
  status: "active",
  summary: "A membership association for contact-centre workforce-management staff (forecasters, schedulers, real-time analysts and their managers); it awards the Certified Workforce Planning Professional (CWPP).",
  description: `The Society of Workforce Planning Professionals (SWPP) is an association for people who plan staffing in contact centres: forecasting, scheduling and real-time management. It is based in Nashville, Tennessee; its executive director writes in its OnTarget newsletter. It holds an annual conference and publishes research and a salary survey.

SWPP runs the **Certified Workforce Planning Professional (CWPP)** programme: three proctored web-based tests on planning and strategy, staffing and scheduling, and managing daily staffing and service, followed by an applied project. An Associate CWPP covers one of the three areas. Membership is not required, but members pay less.`,
  sources: [
    { id: "swpp-faq", url: "https://swpp.org/certification/workforce-management-certification-faqs/", title: "Workforce Management Certification FAQs", publisher: "SWPP", kind: "issuer", accessed: "2026-11-30" },
    { id: "swpp-ontarget-2017", url: "https://swpp.org/summer-2017-ontarget/further-your-career-in-wfm-with-cwpp-certification/", title: "Further Your Career in WFM with CWPP Certification! (Vicki Herrell, Executive Director)", publisher: "SWPP OnTarget", kind: "issuer", published: "2017", accessed: "2026-11-30" },
    { id: "swpp-ontarget-2015", url: "https://swpp.org/winter-2015-on-target/thinking-about-wfm-certification/", title: "Thinking About WFM Certification? (Michele Borboa, CWPP)", publisher: "SWPP OnTarget", kind: "issuer", published: "2015", accessed: "2026-11-30" },
    { id: "swpp-proctor", url: "http://www.swpp.org/wmcertproctorguidelines.html", title: "Workforce Management Certification: Proctor Guidelines", publisher: "SWPP", kind: "issuer", accessed: "2026-11-30" },
    { id: "wfmlabs-swpp", url: "https://wiki.wfmlabs.org/wiki/Society_of_Workforce_Planning_Professionals", title: "Society of Workforce Planning Professionals", publisher: "WFM Labs wiki", kind: "reference", accessed: "2026-11-30" },
  ],
  lastReviewed: "2026-11-30",
} satisfies IssuerInput;

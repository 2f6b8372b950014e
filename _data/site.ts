// Site-wide settings. SITE_URL and PATH_PREFIX come from the environment at build time.
export interface SiteSettings {
  title: string;
  description: string;
  url: string;
  pathPrefix: string;
  language: string;
}

function normalisePrefix(prefix: string): string {
  const trimmed = prefix.replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

const site: SiteSettings = {
  title: "Contact Centre Certifications",
  description:
    "The open reference to quality certifications for contact centres, call centres and BPO operations, and for the people who work in them: what each demands, costs and means, with every fact sourced and dated.",
  url: (process.env.SITE_URL ?? "http://localhost:8080").replace(/\/+$/, ""),
  pathPrefix: normalisePrefix(process.env.PATH_PREFIX ?? "/"),
  language: "en-GB",
};

export default site;

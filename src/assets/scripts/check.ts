// The claim checker: a visitor pastes a claim ("ISO 9001:2008 and ISO 27001:2013 certified,
// PCI DSS 3.2.1 compliant, SOC 2 certified") and learns, for every scheme and edition it names,
// where it stands today, what kind of assurance it is, what to ask for and where to verify.
// Dates are judged against the visitor's own today, so a deadline that passes after the build
// still shows as passed. The claim is kept in the URL (/check/?claim=...), so a result can be
// shared. Everything is built with textContent: nothing from the index or the claim becomes markup.
import type { ClaimsIndex, ClaimsRecord } from "../../lib/claims/index-types.ts";
import { matcher, read, type Match, type Target } from "../../lib/claims/match.ts";
import { formatIsoDate, standing } from "../../lib/claims/standing.ts";

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

/** The visitor's own date, YYYY-MM-DD in their time zone. */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

async function init(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>("#check-app");
  if (!form) return;
  const input = form.querySelector<HTMLTextAreaElement>("#claim")!;
  const status = form.querySelector<HTMLElement>("#check-status")!;
  const results = document.querySelector<HTMLElement>("#check-results")!;
  // The area holds the page's help on checking by hand until there are results; kept to restore.
  const help = [...results.childNodes].map((n) => n.cloneNode(true));
  const base = form.dataset.baseUrl ?? "/";
  const href = (url: string) => (/^https?:\/\//.test(url) ? url : `${base}${url.replace(/^\//, "")}`);

  const index = (await fetch(form.dataset.index!).then((r) => (r.ok ? r.json() : undefined), () => undefined)) as ClaimsIndex | undefined;
  if (!index) {
    status.textContent = "The list of schemes could not be loaded; check by hand with the steps below.";
    return;
  }
  const m = matcher(index);

  const link = (url: string, text: string) => el("a", { href: href(url), textContent: text });

  /** One scheme or edition the claim names, with what to make of it. */
  function result(match: Match, t: Target, today: string): HTMLElement {
    const r: ClaimsRecord = index!.records[t.record]!;
    const edition = t.edition >= 0 ? r.e[t.edition]! : undefined;
    const article = el("article", { className: "claim" });
    article.dataset.record = r.u;
    const title = edition ? `${edition.n}, an edition of ${r.n}` : t.kind === "former-name" ? `a former name of ${r.n}` : r.n;
    article.append(el("h3", {}, el("q", { textContent: match.text }), `: ${title}`));

    const facts = el("dl", { className: "facts" });
    const fact = (term: string, ...desc: (Node | string)[]) => facts.append(el("div", {}, el("dt", { textContent: term }), el("dd", {}, ...desc)));
    if (edition) {
      const s = standing({ name: edition.n, published: edition.p, newCertificationEnds: edition.x, validUntil: edition.v, endNotPublished: edition.np }, { today, newer: edition.nn, wording: r.w }, formatIsoDate);
      article.dataset.state = s.state;
      fact("Today", el("span", { className: `standing standing-${s.state}`, textContent: s.text }), ...(edition.nn && edition.nu ? [". Replaced by ", link(edition.nu, edition.nn)] : []), `. Published ${formatIsoDate(edition.p)}.`);
    } else {
      const current = r.e.at(-1);
      const now = r.sb.length ? [`${r.st}. Replaced by `, ...r.sb.flatMap((s, i) => [...(i ? [" and "] : []), link(s.u, s.n)]), "."] : [`${r.st}.`];
      if (match.unknownEdition) now.push(` No edition “${match.unknownEdition}” is on record; its editions are ${r.e.map((e) => e.n).join(", ")}.`);
      else if (current) now.push(` The claim names no edition: ask which one the certificate is to. Latest on record: ${current.n}.`);
      article.dataset.state = r.sb.length ? "superseded" : "current";
      fact("Today", ...now);
    }
    fact(
      "What it is",
      `${r.a}. ${r.ah}`,
      ...(match.saysCertified && !r.cert ? [el("strong", { textContent: ` The claim calls it “certified”: that misnames it.` })] : []),
    );
    fact("Ask for", r.ask);
    const verify = el("p", { className: "claim-links" }, link(edition ? edition.u : r.u, edition ? "The edition on its record page" : "The record"));
    if (r.reg) verify.append(" · ", el("a", { href: r.reg, rel: "external", textContent: "Public register" }));
    article.append(facts, verify);
    return article;
  }

  function check(claim: string): void {
    const today = localToday();
    const reading = read(m, claim);
    const seen = new Set<string>();
    const items: HTMLElement[] = [];
    for (const match of reading.matches)
      for (const t of match.targets) {
        const key = `${t.record}/${t.edition}/${match.unknownEdition ?? ""}`;
        if (seen.has(key)) continue;
        seen.add(key);
        items.push(result(match, t, today));
      }
    const unknown = reading.unrecognised;
    results.replaceChildren(
      ...(items.length ? [el("h2", { textContent: "What the claim names" }), ...items] : []),
      el("h2", { textContent: "Not recognised" }),
      unknown.length
        ? el("p", {}, "These look like names of schemes but are not in the catalogue, so nothing is said about them here; check them with whoever issued them: ", el("span", { id: "check-unrecognised", textContent: unknown.join(", ") }), ".")
        : el("p", { textContent: "Every word that looks like a scheme's name was recognised." }),
    );
    status.textContent = `${items.length ? `${items.length} scheme${items.length === 1 ? "" : "s"} or edition${items.length === 1 ? "" : "s"} found` : "No scheme in the catalogue was named"}; ${
      unknown.length ? `${unknown.length} not recognised` : "nothing unrecognised"
    }. Dates judged as of ${formatIsoDate(today)}.`;
  }

  const fromUrl = () => {
    const claim = new URLSearchParams(location.search).get("claim") ?? "";
    input.value = claim;
    if (claim.trim()) check(claim);
    else {
      results.replaceChildren(...help.map((n) => n.cloneNode(true)));
      status.textContent = "Paste a claim and choose Check.";
    }
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const claim = input.value.trim();
    history.pushState(null, "", claim ? `${location.pathname}?${new URLSearchParams({ claim })}` : location.pathname);
    fromUrl(); // an empty claim brings the help back
  });
  window.addEventListener("popstate", fromUrl);
  form.dataset.ready = "";
  fromUrl();
}

void init();

// Careers and editions on a fixture site: role pages with their codes and the certifications
// that fit, "what it leads to" derived from other records' prerequisites, the ladder drawn with
// a text equivalent, the editions table with each edition's standing, the deadlines page, and
// the iCalendar feed parsed back with ical.js, its events matching the page.
import assert from "node:assert/strict";
import path from "node:path";
import { before, describe, it } from "node:test";
import ICAL from "ical.js";
import { careerPath, certification, individual, issuer, role, writeCatalog } from "../support/records.ts";
import { read, runBuild, tempDir, type BuildResult } from "../support/build.ts";
import { elements, textOf } from "../support/html.ts";

describe("a fixture site with roles, paths and editions", () => {
  let build: BuildResult;
  const page = (p: string) => read(path.join(build.out, p));

  before(async () => {
    const catalog = await writeCatalog(
      [
        // An organisational standard with three editions: one lapsed, one in transition, one current
        // (the catalogue's date is its newest review, 2026-11-01).
        certification("acme-cert", {
          editions: [
            { id: "2008", name: "Acme 2008", claims: ["ACME:2008"], published: "2008", validUntil: "2018-09-15", cite: ["acme-page"] },
            { id: "2015", name: "Acme 2015", published: "2015-09", newCertificationEnds: "2026-06-30", validUntil: "2027-12-31", cite: ["acme-page"] },
            { id: "2026", name: "Acme 2026", published: "2026-09", cite: ["acme-page"] },
          ],
        }),
        individual("agent-cert", {
          name: "Agent Credential",
          roles: [{ role: "acme-agent", stage: "entry", cite: ["acme-page"] }],
          cost: { status: "published", figures: [{ min: 100, currency: "USD", basis: "per-exam", priceType: "list", asOf: "2025", cite: ["acme-page"] }] },
          timeToAchieve: { status: "published", figures: [{ min: "P1M", asOf: "2025", cite: ["acme-page"] }] },
        }),
        individual("lead-cert", {
          name: "Lead Credential",
          roles: [{ role: "acme-lead", stage: "intermediate", cite: ["acme-page"] }],
          prerequisites: { status: "published", items: [{ type: "certification", requirement: "required", text: "Hold the agent credential.", certification: "agent-cert", cite: ["acme-page"] }] },
          cost: { status: "published", figures: [{ min: 300, max: 400, currency: "USD", basis: "per-exam", priceType: "list", asOf: "2025", cite: ["acme-page"] }] },
          timeToAchieve: { status: "published", figures: [{ min: "P2M", asOf: "2025", cite: ["acme-page"] }] },
        }),
      ],
      [issuer()],
      {
        roles: [
          role("acme-agent", { name: "Agent", leadsTo: [{ role: "acme-lead", cite: ["acme-isco"] }] }),
          role("acme-lead", { name: "Team lead", codes: [{ system: "anzsco", code: "541111", title: "Call or Contact Centre Team Leader", cite: ["acme-isco"] }] }),
        ],
        paths: [careerPath("up-the-ladder", ["acme-agent", "acme-lead"], { name: "Up the ladder" })],
      },
    );
    build = runBuild(catalog, path.join(await tempDir("careers"), "_site"));
    assert.equal(build.code, 0, build.stderr);
  });

  it("derives 'what it leads to' from the other records' prerequisites, and links the prerequisite", async () => {
    assert.match(textOf(await page("certifications/agent-cert/index.html")), /What it leads to Named as a prerequisite by: Lead Credential\./);
    const lead = await page("certifications/lead-cert/index.html");
    assert.match(textOf(lead), /Who it is for Team lead \(once established in the role\) \[Acme\] Prerequisites Certification, required: Hold the agent credential\. \(Acme Professional agent-cert|Agent Credential\)/);
    assert.ok(elements(lead).some((e) => e.tag === "a" && e.attrs.href === "/certifications/agent-cert/"));
    assert.doesNotMatch(textOf(lead), /What it leads to/, "nothing names the lead credential");
  });

  it("draws each path as a ladder whose text equivalent names every rung, with running totals", async () => {
    const html = await page("careers/index.html");
    const svg = elements(html).find((e) => e.tag === "svg" && e.attrs.class === "ladder");
    assert.ok(svg && svg.attrs.role === "img" && svg.attrs["aria-labelledby"], "an accessible SVG");
    const title = elements(html).find((e) => e.tag === "title" && e.attrs.id === svg!.attrs["aria-labelledby"]);
    assert.ok(title, "the SVG's title exists");
    assert.match(html, /<title id="ladder-title-up-the-ladder">Up the ladder: 2 roles, the first at the bottom; the list after this drawing gives the same rungs in text\.<\/title>/);
    // Each rung says how many of its certifications the cost rests on.
    const drawing = html.slice(html.indexOf('<svg class="ladder"'), html.indexOf("</svg>"));
    assert.match(drawing, />Team lead<\/tspan><\/text>\s*<text [^>]*class="ladder-detail">≈ \$300–\$400 USD \(1 of 1 priced\)<\/text>/);
    // The text equivalent, an ordered list: each rung, its certifications with cost and time, and the running total.
    const rungs = textOf(html.slice(html.indexOf('<ol class="rungs">')), { tag: "ol" });
    assert.match(rungs, /^Agent Agent Credential: ≈ \$100 USD in published fees; 1 mo From the first rung to here: ≈ \$100 USD; 1 mo\. Team lead Lead Credential: ≈ \$300–\$400 USD in published fees; 2 mo From the first rung to here: ≈ \$400–\$500 USD; 3 mo\.$/);
  });

  it("writes a role page with its codes, where it leads, the certifications that fit, and Occupation JSON-LD", async () => {
    const html = await page("careers/acme-lead/index.html");
    const text = textOf(html);
    assert.match(text, /ANZSCO 541111 Call or Contact Centre Team Leader/);
    assert.match(text, /People usually come to it from Agent\./);
    assert.match(text, /Lead Credential Once established in the role ≈ \$300–\$400 USD in published fees 2 mo Hold the agent credential\./);
    const ld = JSON.parse(html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)![1]!);
    assert.equal(ld["@type"], "Occupation");
    assert.deepEqual(ld.occupationalCategory.map((c: { codeValue: string }) => c.codeValue), ["541111"]);
  });

  it("shows each edition's standing as of the catalogue's date, and marks the editions on the timeline", async () => {
    const html = await page("certifications/acme-cert/index.html");
    const table = textOf(html.slice(html.indexOf('<table class="editions">')), { tag: "table" });
    assert.match(table, /Acme 2008 also written ACME:2008 2008 15 September 2018 Certificates lapsed on 15 September 2018/);
    assert.match(table, /Acme 2015 September 2015 31 December 2027 no new certificates after 30 June 2026 Transition ends 31 December 2027; no new certificates since 30 June 2026/);
    assert.match(table, /Acme 2026 September 2026 No end set Current/);
    assert.ok(elements(html).some((e) => e.tag === "tr" && e.attrs.id === "edition-2015"));
    assert.match(html, /<text x="80" y="[\d.]+" class="timeline-editions"><tspan x="80" dy="0">Editions 2008 · 2015 · 2026<\/tspan><\/text>/, "the timeline marks the editions");
  });

  it("lists every deadline on /deadlines/, coming first, and the iCalendar feed holds the same events", async () => {
    const html = await page("deadlines/index.html");
    const rows = textOf(html, { tag: "tbody" });
    // Coming (as of 2026-11-01): the 2027 transition end; then past: 30 June 2026, then 2018.
    assert.match(rows, /^31 December 2027 in 1 year Certificates to Acme 2015 lapse after this day .*30 June 2026 4 months ago Last day for new certificates to Acme 2015 .*15 September 2018 8 years ago Certificates to Acme 2008 lapse after this day/);
    const cal = new ICAL.Component(ICAL.parse(await page("deadlines.ics")));
    const events = cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    assert.deepEqual(
      events.map((e) => [e.startDate.toString(), e.summary]).sort(),
      [
        ["2018-09-15", "Certificates to Acme 2008 lapse after this day"],
        ["2026-06-30", "Last day for new certificates to Acme 2015"],
        ["2027-12-31", "Certificates to Acme 2015 lapse after this day"],
      ],
    );
    for (const e of events) assert.ok(e.startDate.isDate, "all-day events");
    // The page links each deadline to the same edition the event points at.
    const pageLinks = elements(html).filter((e) => e.tag === "a" && e.attrs.href?.includes("#edition-")).map((e) => e.attrs.href);
    assert.deepEqual(events.map((e) => new URL(String(e.component.getFirstPropertyValue("url"))).pathname + new URL(String(e.component.getFirstPropertyValue("url"))).hash).sort(), [...pageLinks].sort());
  });
});

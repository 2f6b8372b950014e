// A strict Content-Security-Policy (script-src 'self'; style-src 'self') blocks inline scripts,
// event-handler attributes, style attributes and javascript: URLs. Catch them in the HTML,
// before a browser silently refuses to run them.
import type { Page } from "./html.ts";
import type { Report } from "./problems.ts";
import { isJavascriptUrl, urlsOf } from "./urls.ts";

/** Data blocks are never executed, so CSP does not apply to them (HTML standard, "data block"). */
const DATA_BLOCK_TYPES = new Set(["application/ld+json", "application/json"]);

export function checkSecurity(page: Page, report: Report): void {
  for (const el of page.elements) {
    if (el.tag === "script") {
      const type = (el.attrs.get("type") ?? "").trim().toLowerCase();
      if (!DATA_BLOCK_TYPES.has(type)) {
        if (!el.attrs.has("src")) report("inline <script> (no src): blocked by a strict CSP; move it to a file");
        else if (el.text.trim()) report(`<script src="${el.attrs.get("src")}"> also has inline content`);
      }
    }
    for (const name of el.attrs.keys()) {
      if (/^on/i.test(name)) report(`<${el.tag} ${name}>: event-handler attribute, blocked by a strict CSP`);
    }
    if (el.attrs.has("style")) report(`<${el.tag} style>: style attribute, blocked by a strict CSP`);
    for (const { where, url } of urlsOf(el)) {
      if (isJavascriptUrl(url)) report(`${where}: javascript: URL, blocked by a strict CSP`);
    }
  }
}

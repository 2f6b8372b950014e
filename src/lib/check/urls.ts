// Which attributes hold URLs, and how to split a srcset: shared by the link check (does it
// resolve?) and the CSP check (is it javascript:?).
import type { Element } from "./html.ts";

/** Attributes whose whole value is one URL, on any element (xlink:href is parsed as href). */
const URL_ATTRS = ["href", "src", "action", "formaction", "poster", "cite"];

export interface UrlRef {
  /** `<a href>`, for messages. */
  where: string;
  url: string;
}

export function urlsOf(el: Element): UrlRef[] {
  const out: UrlRef[] = [];
  for (const name of URL_ATTRS) {
    const value = el.attrs.get(name);
    if (value !== undefined) out.push({ where: `<${el.tag} ${name}>`, url: value });
  }
  if (el.tag === "object" && el.attrs.has("data")) out.push({ where: "<object data>", url: el.attrs.get("data")! });
  for (const name of ["srcset", "imagesrcset"]) {
    const value = el.attrs.get(name);
    if (value !== undefined) for (const url of parseSrcset(value)) out.push({ where: `<${el.tag} ${name}>`, url });
  }
  return out;
}

/**
 * The URLs of a srcset, following the HTML standard's outline: a candidate is a URL (no
 * whitespace; trailing commas end it) then optional descriptors up to the next comma.
 */
export function parseSrcset(value: string): string[] {
  const urls: string[] = [];
  let i = 0;
  while (i < value.length) {
    while (i < value.length && /[\s,]/.test(value[i]!)) i++;
    if (i >= value.length) break;
    const start = i;
    while (i < value.length && !/\s/.test(value[i]!)) i++;
    let url = value.slice(start, i);
    if (url.endsWith(",")) {
      url = url.replace(/,+$/, "");
    } else {
      // Skip descriptors ("2x", "300w"), which may hold parentheses, up to the next comma.
      let depth = 0;
      while (i < value.length && (value[i] !== "," || depth > 0)) {
        if (value[i] === "(") depth++;
        else if (value[i] === ")") depth = Math.max(0, depth - 1);
        i++;
      }
    }
    if (url) urls.push(url);
  }
  return urls;
}

/** Browsers strip leading/trailing spaces and C0 controls, and tabs/newlines anywhere. */
export const normaliseUrl = (url: string): string => url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "").replace(/[\t\n\r]/g, "");

export const isJavascriptUrl = (url: string): boolean => /^javascript:/i.test(normaliseUrl(url));

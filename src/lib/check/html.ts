// Built pages read the way a browser reads them: parse5 (the HTML standard's parser), then a
// flat list of elements with their attributes and text, which every check walks.
import { parse } from "parse5";

export interface Element {
  tag: string;
  attrs: Map<string, string>;
  /** Text inside the element (all descendants), as the parser sees it. */
  text: string;
  /** False inside <svg> and <math>, where <title> or <script> mean something else. */
  html: boolean;
}

export interface Page {
  elements: Element[];
  /** Every `id` on the page, for `#fragment` links. */
  ids: Set<string>;
}

type Node = {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node; // <template> contents live here, not in childNodes
  namespaceURI?: string;
};
const HTML_NS = "http://www.w3.org/1999/xhtml";

const textOf = (node: Node): string =>
  node.nodeName === "#text" ? (node.value ?? "") : (node.childNodes ?? []).map(textOf).join("");

export function parsePage(html: string): Page {
  const elements: Element[] = [];
  const visit = (node: Node) => {
    if (node.tagName) {
      elements.push({
        tag: node.tagName,
        // The parser keeps the first of duplicate attributes, as browsers do.
        attrs: new Map((node.attrs ?? []).map((a) => [a.name, a.value])),
        text: textOf(node),
        html: node.namespaceURI === HTML_NS,
      });
    }
    for (const child of node.childNodes ?? []) visit(child);
    if (node.content) visit(node.content);
  };
  visit(parse(html) as unknown as Node);
  const ids = new Set(elements.map((e) => e.attrs.get("id")).filter((id): id is string => id !== undefined && id !== ""));
  return { elements, ids };
}

/** `rel="Canonical stylesheet"` -> true for "canonical": rel is a case-insensitive token list. */
export const hasToken = (value: string | undefined, token: string): boolean =>
  (value ?? "").toLowerCase().split(/\s+/).includes(token);

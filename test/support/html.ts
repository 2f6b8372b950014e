// Read built HTML as a browser would: a real parser, then plain element lists to assert on.
import { parse } from "parse5";

export interface Element {
  tag: string;
  attrs: Record<string, string>;
}

type Node = { nodeName: string; tagName?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; content?: Node };

export function elements(html: string): Element[] {
  const out: Element[] = [];
  const visit = (node: Node) => {
    if (node.tagName) out.push({ tag: node.tagName, attrs: Object.fromEntries((node.attrs ?? []).map((a) => [a.name, a.value])) });
    for (const child of node.childNodes ?? []) visit(child);
    if (node.content) visit(node.content);
  };
  visit(parse(html) as unknown as Node);
  return out;
}

/** The text a reader sees in the first element with this id or tag (default <main>), spaces collapsed. */
export function textOf(html: string, where: { id?: string; tag?: string } = { tag: "main" }): string {
  let found: Node | undefined;
  const find = (node: Node) => {
    if (found) return;
    const id = node.attrs?.find((a) => a.name === "id")?.value;
    if ((where.id && id === where.id) || (!where.id && where.tag && node.tagName === where.tag)) found = node;
    for (const child of node.childNodes ?? []) find(child);
  };
  find(parse(html) as unknown as Node);
  const parts: string[] = [];
  const collect = (node: Node & { value?: string }) => {
    if (node.nodeName === "#text") parts.push(node.value ?? "");
    else if (node.tagName !== "script" && node.tagName !== "svg") for (const child of node.childNodes ?? []) collect(child);
  };
  if (found) collect(found);
  // Text nodes are joined with spaces (elements may abut), then spaces before punctuation go.
  return parts.join(" ").replace(/\s+/g, " ").replace(/ ([.,:;)\]])/g, "$1").replace(/([(\[]) /g, "$1").trim();
}

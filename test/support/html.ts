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

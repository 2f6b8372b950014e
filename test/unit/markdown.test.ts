import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createGuideMarkdown, renderDataMarkdown } from "../../src/lib/markdown.ts";
import { httpUrl } from "../../src/lib/eleventy/filters.ts";

describe("Markdown from data", () => {
  it("renders raw HTML as text", () => {
    const html = renderDataMarkdown('Hello <script>alert(1)</script> <img src=x onerror="alert(2)">');
    assert.ok(!html.includes("<script>") && !html.includes("<img"), html);
    assert.ok(html.includes("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
  });
  it("makes only http(s) links into links", () => {
    assert.equal(renderDataMarkdown("[ok](https://example.org/a)"), '<p><a href="https://example.org/a">ok</a></p>\n');
    for (const bad of ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x", "vbscript:x", "/relative/path", "file:///etc/passwd"]) {
      const html = renderDataMarkdown(`[bad](${bad})`);
      assert.ok(!html.includes("<a "), `${bad} became a link: ${html}`);
    }
  });
  it("renders no images", () => {
    assert.ok(!renderDataMarkdown("![x](https://example.org/x.png)").includes("<img"));
  });
});

describe("Markdown of guides", () => {
  const md = createGuideMarkdown();
  it("allows relative links but not dangerous schemes or raw HTML", () => {
    assert.ok(md.render("[COPC](/certifications/copc-cx-standard/)").includes('href="/certifications/copc-cx-standard/"'));
    assert.ok(!md.render("[x](javascript:alert(1))").includes("<a "));
    assert.ok(!md.render("<iframe src=x></iframe>").includes("<iframe"));
  });
});

describe("the httpUrl guard", () => {
  it("passes http(s) and blanks everything else", () => {
    assert.equal(httpUrl("https://example.org"), "https://example.org");
    assert.equal(httpUrl("javascript:alert(1)"), "");
    assert.equal(httpUrl(undefined), "");
  });
});

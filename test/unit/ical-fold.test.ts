// The fast folding of /deadlines.ics must give exactly what ical-generator's own toString() gives.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import ical, { foldLines as libraryFoldLines } from "ical-generator";
import { calendarWithEvents, foldLine, foldLines } from "../../src/lib/format/ical-fold.ts";

// Lines around the 74-octet limit in 1-, 2-, 3- and 4-octet characters, and the odd strings
// ical-generator has a rule for: a surrogate pair across the limit, lone surrogates.
const lines: Record<string, string> = {
  empty: "",
  "74 ASCII octets": "a".repeat(74),
  "75 ASCII octets": "a".repeat(75),
  "a long ASCII line": "DESCRIPTION:" + "word ".repeat(90),
  "two-octet characters": "é".repeat(80),
  "three-octet characters across the limit": "x" + "–".repeat(40),
  "an emoji across the limit": "a".repeat(72) + "😀" + "b".repeat(80),
  "emoji only": "😀".repeat(60),
  "a lone high surrogate mid-line": "a".repeat(73) + "\ud83d" + "b".repeat(10),
  "a lone high surrogate at the end": "a".repeat(73) + "\ud83d",
  "a lone low surrogate": "a".repeat(72) + "\ude00" + "b".repeat(10),
  "a lone high surrogate before a two-octet character": "a".repeat(70) + "\ud83dé" + "b".repeat(10),
  "two high surrogates": "a".repeat(69) + "\ud83d\ud83d" + "b".repeat(10),
};

describe("iCalendar folding", () => {
  for (const [name, line] of Object.entries(lines))
    it(`folds ${name} as ical-generator does`, () => {
      assert.equal(foldLine(line), libraryFoldLines(line));
    });

  it("folds each CRLF-separated line on its own", () => {
    const text = Object.values(lines).join("\r\n") + "\r\n";
    assert.equal(foldLines(text), libraryFoldLines(text));
  });

  it("keeps every folded line within 75 octets", () => {
    for (const line of Object.values(lines))
      for (const part of foldLine(line).split("\r\n")) assert.ok(Buffer.byteLength(part) <= 75, `${JSON.stringify(part)} is ${Buffer.byteLength(part)} octets`);
  });

  it("writes a calendar byte for byte as ical-generator's toString()", () => {
    const cal = ical({ name: "Deadlines – café ☕", description: "Long ".repeat(40), prodId: { company: "Example", product: "test", language: "EN" }, url: "https://example.org/deadlines/" });
    const shell = cal.toString();
    const events = Object.entries(lines).map(([name, text], i) =>
      cal.createEvent({ id: `e${i}@example.org`, start: new Date(2026, 0, i + 1), allDay: true, stamp: new Date(2025, 5, 1), summary: name, description: text, url: `https://example.org/${i}/` }),
    );
    const ours = calendarWithEvents(shell, events);
    assert.equal(ours, cal.toString());
    assert.match(ours, /^BEGIN:VCALENDAR\r\n[\s\S]*BEGIN:VEVENT[\s\S]*END:VEVENT\r\nEND:VCALENDAR$/);
  });

  it("refuses a calendar head that does not end the calendar", () => {
    assert.throws(() => calendarWithEvents("BEGIN:VCALENDAR\r\nX-WR-CALNAME:x", []), /should end in END:VCALENDAR/);
  });
});

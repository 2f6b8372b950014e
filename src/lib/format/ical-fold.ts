// iCalendar line folding (RFC 5545 §3.1: lines of at most 75 octets, continued after CRLF and a
// space), done the way ical-generator 10 does it, but fast. ical-generator folds a calendar one
// character at a time with a new TextEncoder per character: 1.6 s for the deadlines of 10,000
// records. Version 11 fixes that, but needs Node 22. So the library writes the calendar's head
// and each event, and this module folds them; a test holds the result to ical-generator's own
// toString() byte for byte.

/** UTF-8 octets of one UTF-16 unit on its own (a lone surrogate is written as U+FFFD, 3 octets). */
const unitOctets = (code: number) => (code < 0x80 ? 1 : code < 0x800 ? 2 : 3);

/**
 * One line folded: a break before any character that would take the line past 74 octets, so
 * with its leading space each continuation line is at most 75. As in ical-generator, a high
 * surrogate is kept with the unit after it, whatever that is.
 */
export function foldLine(line: string): string {
  let out = "";
  let start = 0;
  let octets = 0;
  for (let i = 0; i < line.length; i++) {
    const from = i;
    const code = line.charCodeAt(i);
    let size = unitOctets(code);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < line.length) {
      const next = line.charCodeAt(++i);
      size = next >= 0xdc00 && next <= 0xdfff ? 4 : 3 + unitOctets(next);
    }
    octets += size;
    if (octets > 74) {
      out += `${line.slice(start, from)}\r\n `;
      start = from;
      octets = size;
    }
  }
  return start === 0 ? line : out + line.slice(start);
}

/** Every CRLF-separated line of `text` folded. */
export const foldLines = (text: string) => text.split("\r\n").map(foldLine).join("\r\n");

const END = "END:VCALENDAR";

/**
 * A calendar's text from `shell` (ical-generator's toString() of the calendar before any event
 * was added: already folded, ending in END:VCALENDAR) and each event's own toString().
 */
export function calendarWithEvents(shell: string, events: { toString(): string }[]): string {
  if (!shell.endsWith(END)) throw new Error(`An iCalendar text should end in ${END}; this one ends "${shell.slice(-40)}"`);
  return shell.slice(0, -END.length) + events.map((e) => foldLines(e.toString())).join("") + END;
}

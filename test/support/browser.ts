// Headless Chromium for browser tests, with our flags: @sparticuz/chromium's default flags
// include --disable-web-security, which would hide exactly the CSP problems we look for.
// Never skips: no browser means a thrown error saying how to get one.
import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM_FLAGS = [
  "--no-sandbox", // tests run as root in CI, where Chromium's sandbox cannot start
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-dev-shm-usage", // small /dev/shm in containers
];

/** CHROMIUM_PATH, else Debian's /usr/bin/chromium, else the binary inside @sparticuz/chromium. */
export async function chromiumPath(): Promise<string> {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  try {
    const sparticuz = (await import("@sparticuz/chromium")).default;
    return await sparticuz.executablePath(); // unpacks to the temp folder on first use
  } catch (err) {
    throw new Error(
      `No Chromium found: CHROMIUM_PATH is not set, /usr/bin/chromium does not exist, and @sparticuz/chromium failed (${(err as Error).message}). ` +
        "Run `npm ci`, or `apt-get install chromium`, or set CHROMIUM_PATH.",
    );
  }
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = await chromiumPath();
  try {
    return await chromium.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS, timeout: 60_000 });
  } catch (err) {
    throw new Error(`Could not launch Chromium at ${executablePath}: ${(err as Error).message}\nSet CHROMIUM_PATH to a working Chromium.`);
  }
}

export interface PageError {
  kind: "console" | "pageerror" | "csp";
  text: string;
  /** The page's URL when it happened. */
  url: string;
}

/**
 * Record console errors, uncaught exceptions and CSP violations (Chromium reports those as
 * console messages naming "Content Security Policy") from now on. The array fills as they come.
 */
export function collectPageErrors(page: Page): PageError[] {
  const errors: PageError[] = [];
  page.on("console", (msg) => {
    const text = msg.text();
    if (/Content Security Policy/i.test(text)) errors.push({ kind: "csp", text, url: page.url() });
    else if (msg.type() === "error") errors.push({ kind: "console", text, url: page.url() });
  });
  page.on("pageerror", (err) => errors.push({ kind: "pageerror", text: err.stack ?? err.message, url: page.url() }));
  return errors;
}

export const formatPageErrors = (errors: PageError[]): string => errors.map((e) => `${e.kind} on ${e.url}: ${e.text}`).join("\n");

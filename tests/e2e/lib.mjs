// Shared set-up for the end-to-end suite: a static server on 127.0.0.1 and Debian's Chromium
// driven by playwright-core (no browser download).
import { chromium } from "playwright-core";
import { startServer } from "./serve.mjs";

export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  // the browser itself may try Google hosts; the page's own requests are counted separately
  "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
];

export async function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

export async function serve(port, base = "/") {
  return startServer({ dir: process.env.DIST_DIR || "dist", port, base });
}

/** Opens `url` in a fresh context and records the page's requests and errors. */
export async function open(browser, url, { width = 1280, height = 900 } = {}) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForSelector('[data-testid="total-s000-ec2-gpu"]');
  return { page, context, requests, errors };
}

export const total = (page, plan) => page.locator(`[data-testid="total-${plan}"]`).first();

// Shared set-up for the end-to-end suite: a static server on 127.0.0.1 and Debian's Chromium
// driven by playwright-core (no browser download). A suite file calls `suite(PORT)` once at the
// top; it owns the before/after hooks (server, browser, output folder) and `open`s pages. Each
// suite keeps its own port so that the files never share a server.
import { before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { startServer } from "./serve.mjs";

export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
/** Where suites write screenshots and other artefacts. */
export const OUT = "target/e2e";
/** The compare page's first total: the page is computed once it is there. */
export const COMPARE_READY = '[data-testid="total-s000-ec2-gpu"]';
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

export const testid = (id) => `[data-testid="${id}"]`;

export async function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/** Serves the release build (DIST_DIR, default dist/) on `port` under `base`. */
export async function serve(port, base = "/") {
  return startServer({ dir: process.env.DIST_DIR || "dist", port, base });
}

/**
 * Opens `url` in a fresh browser context and records what the page does.
 *
 * Options: `width`/`height` (viewport, 1280 × 900); `waitFor`, a selector to wait for after
 * loading (the compare page's first total by default; `null` waits for nothing) in `state`
 * (Playwright's, "visible" by default); `bypassCSP`; `acceptDownloads`; `permissions` granted
 * to the URL's origin; `watchCsp`, which collects CSP violations (also inside frames) in
 * `window.__csp`; `init`, a script run before the page's own; `route`, `{ pattern, handler }`.
 *
 * Returns `{ page, context, requests, errors, console, pageErrors, dialogs, log }`: `errors` are
 * console errors and uncaught exceptions as bare text; `console` is every console message as
 * "type: text" plus "pageerror: message" lines; dialogs are recorded and dismissed; `log` holds
 * the same arrays (`{ console, pageErrors, requests, dialogs }`).
 */
export async function open(browser, url, options = {}) {
  const { width = 1280, height = 900, waitFor = COMPARE_READY, state = "visible" } = options;
  const { bypassCSP = false, acceptDownloads = true, permissions = [], watchCsp = false, init, route } = options;
  const context = await browser.newContext({ viewport: { width, height }, bypassCSP, acceptDownloads });
  if (permissions.length) await context.grantPermissions(permissions, { origin: new URL(url).origin });
  if (watchCsp) {
    await context.addInitScript(() => {
      window.__csp = [];
      document.addEventListener("securitypolicyviolation", (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
  }
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  if (route) await page.route(route.pattern, route.handler);
  const log = { console: [], pageErrors: [], requests: [], dialogs: [] };
  const errors = [];
  page.on("request", (r) => log.requests.push(r.url()));
  page.on("console", (m) => {
    log.console.push(`${m.type()}: ${m.text()}`);
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => {
    log.console.push(`pageerror: ${e.message}`);
    log.pageErrors.push(e.message);
    errors.push(e.message);
  });
  page.on("dialog", async (d) => {
    log.dialogs.push(`${d.type()}: ${d.message()}`);
    await d.dismiss();
  });
  await page.goto(url);
  if (waitFor) await page.waitForSelector(waitFor, { state });
  return { page, context, errors, ...log, log };
}

/**
 * One suite's set-up, in one place: registers the before/after hooks that start the release
 * build's server on `port` (plus any `servers`, `[{ dir, port, base }]`, e.g. the debug build),
 * launch Chromium and create OUT; and that close them all at the end. Every served folder must
 * hold a build (index.html), or the suite stops at once saying so.
 *
 * Returns the suite's handle: `browser` and `server` (set once `before` has run; a test may
 * replace `server`, it is the one closed at the end), `origin`, `root` (origin + "/"), and
 * `open(url, options)`, which is `open(browser, url, { ...defaults, ...options })`.
 */
export function suite(port, { servers = [], defaults = {} } = {}) {
  const s = {
    port,
    origin: `http://127.0.0.1:${port}`,
    root: `http://127.0.0.1:${port}/`,
    browser: undefined,
    server: undefined,
    open: (url, options = {}) => open(s.browser, url, { ...defaults, ...options }),
  };
  const others = [];
  before(async () => {
    for (const dir of [process.env.DIST_DIR || "dist", ...servers.map((o) => o.dir)]) {
      const build = dir === "dist" ? "trunk build --release" : `trunk build --dist ${dir}`;
      assert.ok(fs.existsSync(path.join(dir, "index.html")), `no build in ${dir}: run ${build}`);
    }
    s.server = await serve(port);
    for (const o of servers) others.push(await startServer(o));
    s.browser = await launch();
    fs.mkdirSync(OUT, { recursive: true });
  });
  after(async () => {
    await s.browser?.close();
    s.server?.close();
    for (const o of others) o.close();
  });
  return s;
}

export const total = (page, plan) => page.locator(`[data-testid="total-${plan}"]`).first();

/**
 * Scrolls the chart element(s) of `selector` into view and waits for the first one's canvas:
 * a chart is drawn only near the screen, and ECharts loads with the first such chart.
 */
export async function drawn(page, selector) {
  await page.locator(selector).first().scrollIntoViewIfNeeded();
  await page.waitForSelector(`${selector} canvas`);
}

// Lighthouse for `make bench`: the release dist/ served on 127.0.0.1 with its _headers and gzip
// (tests/e2e/serve.mjs), audited in Debian's Chromium (chrome-launcher, CHROME_PATH, default
// /usr/bin/chromium: nothing is downloaded) for the default page, the embed, a shared scenario
// link and the decide and catalog pages, with
// Lighthouse's mobile (default) and desktop presets. A fresh browser per run; a run that
// ends in a runtime error is retried (up to 3 attempts).
// Prints a Markdown table (with the wasm each page loaded: one bundle per page); the full
// reports go to target/lighthouse/<page>-<preset>.json.
// Usage: DIST_DIR=dist [LH_PAGES="default page,embed"] [LH_PRESETS=mobile] node tests/bench/lighthouse.mjs
import { mkdirSync, writeFileSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { startServer } from "../e2e/serve.mjs";

const CHROME = process.env.CHROME_PATH || "/usr/bin/chromium";
const FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
  // the browser itself may try Google hosts in the background; only the page's origin resolves
  "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
];
const ALL_PAGES = [
  ["default page", "/"],
  ["embed", "/?embed=1"],
  ["shared link", "/?wl=s003&u=50000&lang=zh"],
  ["decide", "/?view=decide"],
  ["catalog", "/?view=catalog"],
];
// LH_PAGES="default page,embed" runs only those (a quick check); make bench runs all
const PAGES = process.env.LH_PAGES ? ALL_PAGES.filter(([n]) => process.env.LH_PAGES.split(",").includes(n)) : ALL_PAGES;
const ALL_PRESETS = [
  ["mobile", undefined],
  ["desktop", desktopConfig],
];
// LH_PRESETS=mobile runs only that preset (repeated runs of one page while tuning it)
const PRESETS = process.env.LH_PRESETS ? ALL_PRESETS.filter(([n]) => process.env.LH_PRESETS.split(",").includes(n)) : ALL_PRESETS;
const CATEGORIES = ["performance", "accessibility", "best-practices"];

// a free port, so that two runs on one machine do not collide
const server = await startServer({ dir: process.env.DIST_DIR || "dist", port: 0 });
const PORT = server.address().port;
mkdirSync("target/lighthouse", { recursive: true });
const rows = [];
try {
  for (const [name, path] of PAGES) {
    for (const [preset, config] of PRESETS) {
      // a run on a busy machine now and then fails to see the navigation (NO_NAVSTART): retry
      let result;
      for (let attempt = 1; attempt <= 3; attempt++) {
        const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS });
        try {
          result = await lighthouse(
            `http://127.0.0.1:${PORT}${path}`,
            { port: chrome.port, output: "json", logLevel: "error", onlyCategories: CATEGORIES },
            config,
          );
        } finally {
          await chrome.kill();
        }
        if (!result.lhr.runtimeError) break;
        process.stderr.write(`[lighthouse] ${name} ${preset}: ${result.lhr.runtimeError.code}, attempt ${attempt}\n`);
      }
      const lhr = result.lhr;
      const file = `target/lighthouse/${name.replace(/\W+/g, "-")}-${preset}.json`;
      writeFileSync(file, result.report);
      const score = (c) => (lhr.categories[c]?.score == null ? "n/a" : Math.round(lhr.categories[c].score * 100));
      const audit = (a) => lhr.audits[a]?.numericValue;
      const ms = (a) => (audit(a) == null ? "n/a" : `${Math.round(audit(a)).toLocaleString("en-US")} ms`);
      // the audits that cost accessibility or best-practices points
      const failed = ["accessibility", "best-practices"]
        .flatMap((c) => lhr.categories[c]?.auditRefs ?? [])
        .filter((r) => r.weight > 0 && lhr.audits[r.id]?.score !== null && lhr.audits[r.id]?.score < 1)
        .map((r) => r.id);
      // one bundle per page: the wasm this page loaded, and its bytes on the wire
      const wasm = (lhr.audits["network-requests"]?.details?.items ?? []).filter((r) => /\.wasm(\?|$)/.test(r.url));
      const wasmCell = wasm.length
        ? wasm.map((r) => `${r.url.split("/").pop()} ${Math.round(r.transferSize ?? 0).toLocaleString("en-US")}`).join(", ")
        : "none";
      rows.push(
        `| ${name} (\`${path}\`) | ${preset} | ${score("performance")} | ${score("accessibility")} | ${score("best-practices")} | ` +
          `${ms("first-contentful-paint")} | ${ms("largest-contentful-paint")} | ${ms("total-blocking-time")} | ` +
          `${(audit("cumulative-layout-shift") ?? 0).toFixed(3)} | ${Math.round(audit("total-byte-weight") ?? 0).toLocaleString("en-US")} | ${wasmCell} | ` +
          `${failed.length ? failed.join(", ") : "none"} |`,
      );
      if (lhr.runtimeError) rows.push(`| | | runtime error: ${lhr.runtimeError.code} | | | | | | | | | |`);
      process.stderr.write(`[lighthouse] ${name} ${preset}: done (${file})\n`);
    }
  }
} finally {
  server.close();
}
console.log(
  "| page | preset | performance | accessibility | best practices | FCP | LCP | TBT | CLS | total byte weight (bytes) | wasm loaded (bytes transferred) | audits losing a11y / best-practices points |",
);
console.log("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|");
for (const r of rows) console.log(r);

// Lighthouse for `make bench`: the release dist/ served on 127.0.0.1 with its _headers and gzip
// (tests/e2e/serve.mjs), audited in Debian's Chromium (chrome-launcher, CHROME_PATH, default
// /usr/bin/chromium: nothing is downloaded) for the default page and the embed, with
// Lighthouse's mobile (default) and desktop presets. A fresh browser per run.
// Prints a Markdown table; the full reports go to target/lighthouse/<page>-<preset>.json.
// Usage: DIST_DIR=dist node tests/bench/lighthouse.mjs
import { mkdirSync, writeFileSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { startServer } from "../e2e/serve.mjs";

const PORT = Number(process.env.LH_PORT || 8282);
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
const PAGES = [
  ["default page", "/"],
  ["embed", "/?embed=1"],
];
const PRESETS = [
  ["mobile", undefined],
  ["desktop", desktopConfig],
];
const CATEGORIES = ["performance", "accessibility", "best-practices"];

const server = await startServer({ dir: process.env.DIST_DIR || "dist", port: PORT });
mkdirSync("target/lighthouse", { recursive: true });
const rows = [];
try {
  for (const [name, path] of PAGES) {
    for (const [preset, config] of PRESETS) {
      const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS });
      try {
        const url = `http://127.0.0.1:${PORT}${path}`;
        const result = await lighthouse(
          url,
          { port: chrome.port, output: "json", logLevel: "error", onlyCategories: CATEGORIES },
          config,
        );
        const lhr = result.lhr;
        const file = `target/lighthouse/${name.replace(/\W+/g, "-")}-${preset}.json`;
        writeFileSync(file, result.report);
        const score = (c) => (lhr.categories[c]?.score == null ? "n/a" : Math.round(lhr.categories[c].score * 100));
        const audit = (a) => lhr.audits[a]?.numericValue;
        const ms = (a) => (audit(a) == null ? "n/a" : `${Math.round(audit(a)).toLocaleString("en-US")} ms`);
        const failed = Object.values(lhr.audits)
          .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
          .map((a) => a.id);
        rows.push(
          `| ${name} (\`${path}\`) | ${preset} | ${score("performance")} | ${score("accessibility")} | ${score("best-practices")} | ` +
            `${ms("first-contentful-paint")} | ${ms("largest-contentful-paint")} | ${ms("total-blocking-time")} | ` +
            `${(audit("cumulative-layout-shift") ?? 0).toFixed(3)} | ${Math.round(audit("total-byte-weight") ?? 0).toLocaleString("en-US")} | ` +
            `${failed.length ? failed.join(", ") : "none"} |`,
        );
        if (lhr.runtimeError) rows.push(`| | | runtime error: ${lhr.runtimeError.code} | | | | | | | | |`);
        process.stderr.write(`[lighthouse] ${name} ${preset}: done (${file})\n`);
      } finally {
        await chrome.kill();
      }
    }
  }
} finally {
  server.close();
}
console.log(
  "| page | preset | performance | accessibility | best practices | FCP | LCP | TBT | CLS | total byte weight (bytes) | failed binary audits |",
);
console.log("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
for (const r of rows) console.log(r);

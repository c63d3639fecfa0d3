// Size table of a release build for BENCHMARKS.md: every file raw / gzip -9 (the gzip binary,
// node's zlib at level 9 where there is none) / brotli (quality 11, node's zlib: there is no
// brotli binary here), the total, the split wasm / JS glue / CSS /
// ECharts / other, and what the browser fetches before the first render.
// One bundle per page: also the wasm per page and each page's bytes to the live app.
// Usage: node scripts/sizes.mjs [dist-dir] [full-echarts.min.js]   (prints Markdown; with the
// second argument, also how the served ECharts compares with that full build)
import { readdirSync, readFileSync, statSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join, relative } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const dir = process.argv[2] || "dist";

function walk(d) {
  return readdirSync(d, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)],
  );
}

const gzip = (buf) => {
  const r = spawnSync("gzip", ["-9", "-n", "-c"], { input: buf, maxBuffer: 1 << 30 });
  return r.status === 0 ? r.stdout.length : gzipSync(buf, { level: 9 }).length;
};
const brotli = (buf) =>
  brotliCompressSync(buf, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
    },
  }).length;

const files = walk(dir)
  .map((f) => relative(dir, f).split("\\").join("/"))
  .sort()
  .map((name) => {
    const buf = readFileSync(join(dir, name));
    return { name, raw: buf.length, gzip: gzip(buf), brotli: brotli(buf) };
  });

/** What a file is, for the split. */
function kind(name) {
  if (name.startsWith("vendor/") && /echarts/.test(name)) return "ECharts";
  if (name.endsWith(".wasm")) return "wasm";
  if (name.endsWith(".js")) return "JS glue + loader";
  if (name.endsWith(".css")) return "CSS";
  return "other";
}
const KINDS = ["wasm", "JS glue + loader", "CSS", "ECharts", "other"];

// Before the first render the browser fetches index.html and what it names (the loader, the
// wasm-bindgen glue, the wasm, style sheets, the icon); ECharts is loaded after the first render
// and `_headers` is host configuration, never fetched.
const html = readFileSync(join(dir, "index.html"), "utf8");
const unquote = (m) => (m[1] ?? m[2] ?? m[3]).replace(/^\.?\//, "");
// One bundle per page: the boot.js tag names the compare page's glue and wasm
// (data-deploycalc-js/-wasm) and the other pages' (data-deploycalc-<page>-js/-wasm); a page
// loads its own pair only.
const PAGES = ["compare", "decide", "catalog"];
const bundles = {};
for (const page of PAGES) {
  const prefix = page === "compare" ? "data-deploycalc" : `data-deploycalc-${page}`;
  const pick = (kind) => {
    const m = html.match(new RegExp(`\\s${prefix}-${kind}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`));
    return m ? unquote(m) : undefined;
  };
  if (pick("wasm")) bundles[page] = [pick("js"), pick("wasm")];
}
const otherBundles = new Set(
  Object.entries(bundles).flatMap(([page, pair]) => (page === "compare" ? [] : pair)),
);
// what every page loads (index.html, its style sheets, scripts, icon, data file)
const common = new Set(["index.html"]);
for (const m of html.matchAll(/(?:href|src|content|data-[a-z-]+)=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)) {
  const v = unquote(m);
  if (files.some((f) => f.name === v) && !otherBundles.has(v) && !(bundles.compare ?? []).includes(v)) common.add(v);
}
// the compare page's (`/`): the "first render" column
const named = new Set([...common, ...(bundles.compare ?? [])]);

const sum = (list, k) => list.reduce((a, f) => a + f[k], 0);
const fmt = (n) => n.toLocaleString("en-US");
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const row = (label, list) =>
  `| ${label} | ${fmt(sum(list, "raw"))} | ${fmt(sum(list, "gzip"))} | ${fmt(sum(list, "brotli"))} |`;

const out = [];
out.push("| file | raw bytes | gzip -9 bytes | brotli q11 bytes | first render |");
out.push("|---|---:|---:|---:|:---:|");
for (const f of files) {
  out.push(`| ${f.name} | ${fmt(f.raw)} | ${fmt(f.gzip)} | ${fmt(f.brotli)} | ${named.has(f.name) ? "yes" : ""} |`);
}
out.push(`| **total** | **${fmt(sum(files, "raw"))}** | **${fmt(sum(files, "gzip"))}** | **${fmt(sum(files, "brotli"))}** | |`);
out.push("");
out.push("| split | raw bytes | gzip -9 bytes | brotli q11 bytes |");
out.push("|---|---:|---:|---:|");
for (const k of KINDS) {
  const list = files.filter((f) => kind(f.name) === k);
  if (list.length) out.push(row(`${k} (${list.map((f) => f.name).join(", ")})`, list));
}
// What blocks the first paint: the prerendered index.html, its style sheets and the classic
// script first-paint.js (crates/prerender, issue #14). The loader, glue, wasm and data file
// come after: they replace the prerendered page with the live app.
const paint = files.filter((f) => f.name === "index.html" || f.name === "first-paint.js" || f.name.endsWith(".css"));
const first = files.filter((f) => named.has(f.name));
const line = (label, list, budget) =>
  `${label} (${list.length} files: ${list.map((f) => f.name).join(", ")}): ` +
  `${fmt(sum(list, "raw"))} bytes raw, **${fmt(sum(list, "gzip"))} bytes gzip (${kb(sum(list, "gzip"))})**, ` +
  `**${fmt(sum(list, "brotli"))} bytes brotli (${kb(sum(list, "brotli"))})**` +
  (budget
    ? `; budget 300 KB gzip (${sum(list, "gzip") <= 300000 ? "met" : `over by ${kb(sum(list, "gzip") - 300000)}, ${(sum(list, "gzip") / 300000).toFixed(2)}×`}).`
    : ".");
out.push("");
out.push(line("To first render (what blocks the first paint of the prerendered page)", paint, true));
out.push("");
out.push(
  line(
    "To the live app on `/` (index.html and every file it names, the data file included since session 7, but not the other pages' bundles; ECharts loads when a chart comes near the screen)",
    first,
    false,
  ),
);
// the wasm per page, and what each page loads to be live (its embed and old links alike)
const byName = (name) => files.find((f) => f.name === name);
const commonFiles = files.filter((f) => common.has(f.name));
out.push("");
out.push("| page (and its embed) | wasm | wasm raw bytes | wasm gzip -9 bytes | wasm brotli q11 bytes | glue gzip -9 bytes | to the live app gzip -9 bytes | to the live app brotli q11 bytes |");
out.push("|---|---|---:|---:|---:|---:|---:|---:|");
for (const [page, [js, wasm]] of Object.entries(bundles)) {
  const w = byName(wasm);
  const g = byName(js);
  if (!w || !g) continue;
  const live = [...commonFiles, w, g];
  out.push(
    `| ${page} | ${wasm} | ${fmt(w.raw)} | ${fmt(w.gzip)} | ${fmt(w.brotli)} | ${fmt(g.gzip)} | ${fmt(sum(live, "gzip"))} | ${fmt(sum(live, "brotli"))} |`,
  );
}
const fullEcharts = process.argv[3];
const served = files.find((f) => kind(f.name) === "ECharts");
if (fullEcharts && served) {
  const buf = readFileSync(fullEcharts);
  const full = { raw: buf.length, gzip: gzip(buf), brotli: brotli(buf) };
  const less = (k) => `${fmt(full[k] - served[k])} (−${Math.round((100 * (full[k] - served[k])) / full[k])} %)`;
  out.push("");
  out.push(
    `ECharts: the custom build served (${served.name}: ${fmt(served.raw)} raw, ${fmt(served.gzip)} gzip, ${fmt(served.brotli)} brotli) ` +
      `against the full \`${fullEcharts}\` (${fmt(full.raw)} raw, ${fmt(full.gzip)} gzip, ${fmt(full.brotli)} brotli): ` +
      `${less("raw")} bytes raw, ${less("gzip")} gzip, ${less("brotli")} brotli less.`,
  );
}
console.log(out.join("\n"));

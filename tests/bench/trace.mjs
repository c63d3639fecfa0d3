// Where a page's main-thread time goes (issue #14's TBT): loads one page of the release dist/
// in Debian's Chromium at a phone's size (412×823, as Lighthouse's mobile preset) with the CPU
// slowed 4× (DevTools' throttling: real, not simulated as in Lighthouse), records a trace, and
// prints every main-thread task over 50 ms with what it spent its time on (script, wasm
// compile, style, layout, paint, HTML parsing), and the totals after the first contentful paint.
// Usage: DIST_DIR=dist [TRACE_PATH="/?view=catalog"] [TRACE_OUT=target/trace.json] node tests/bench/trace.mjs
import { writeFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { startServer } from "../e2e/serve.mjs";

const CHROME = process.env.CHROME_PATH || "/usr/bin/chromium";
const PAGE_PATH = process.env.TRACE_PATH || "/?view=catalog";
const CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8", "v8.wasm", "blink", "loading", "toplevel", "blink.user_timing"];

const server = await startServer({ dir: process.env.DIST_DIR || "dist", port: 0 });
const port = server.address().port;
const browser = await chromium.launch({ executablePath: CHROME, args: ["--no-sandbox", "--disable-gpu"] });
let events;
try {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await browser.startTracing(page, { categories: CATEGORIES });
  await page.goto(`http://127.0.0.1:${port}${PAGE_PATH}`);
  // the app reveals itself (dc-mounted), then the later row groups and idle work follow
  await page.waitForFunction(() => performance.getEntriesByName("dc-mounted").length > 0, null, { timeout: 60000 });
  // then until the page stops changing (the price table's later row groups): 1.5 s without a
  // new element
  let count = -1;
  for (let i = 0; i < 40; i++) {
    const now = await page.evaluate(() => document.getElementsByTagName("*").length);
    if (now === count) break;
    count = now;
    await page.waitForTimeout(1500);
  }
  const buffer = await browser.stopTracing();
  if (process.env.TRACE_OUT) writeFileSync(process.env.TRACE_OUT, buffer);
  events = JSON.parse(buffer.toString()).traceEvents;
} finally {
  await browser.close();
  server.close();
}

// the page's renderer: the process whose main thread painted first content
const fcpEvent = events.find((e) => e.name === "firstContentfulPaint");
const pid = fcpEvent.pid;
const fcp = fcpEvent.ts;
const tid = events.find((e) => e.pid === pid && e.name === "thread_name" && e.args.name === "CrRendererMain").tid;
const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === "X");
const t0 = events.find((e) => e.pid === pid && e.tid === tid && e.name === "ParseHTML").ts;
// the top-level tasks (DevTools' "RunTask"; a microtask checkpoint is one too)
const runs = main.filter((e) => e.name === "RunTask").sort((a, b) => a.ts - b.ts);
const tasks = runs.filter((e, i) => !runs.slice(Math.max(0, i - 5), i).some((o) => o.ts + (o.dur ?? 0) >= e.ts + (e.dur ?? 0)));
// what a task's time went to: the outermost events of a known kind (style and layout forced by
// script count as script there; the "style+layout" column counts them wherever they happen)
const KINDS = {
  FunctionCall: "script", EvaluateScript: "script", "v8.callFunction": "script", TimerFire: "script", FireAnimationFrame: "script",
  EventDispatch: "script", "v8.run": "script", RunMicrotasks: "script", "v8.evaluateModule": "script",
  "v8.wasm.compiledModule": "wasm-compile", "wasm.SyncCompile": "wasm-compile", "v8.wasm.streamFromResponseCallback": "wasm-compile",
  UpdateLayoutTree: "style", "Document::updateStyle": "style", Layout: "layout", "LocalFrameView::layout": "layout",
  PrePaint: "paint", Paint: "paint", Layerize: "paint", "LocalFrameView::RunPaintLifecyclePhase": "paint",
  ParseHTML: "parse-html", ParseAuthorStyleSheet: "parse-css",
  MajorGC: "gc", MinorGC: "gc", "V8.GC_SCAVENGER": "gc", "V8.GC_MARK_COMPACTOR": "gc",
};
const end = (e) => e.ts + (e.dur ?? 0);
const rows = [];
let tbt = 0;
// the same from each task's thread time (tdur: the CPU time the task used, throttled too,
// which other processes on a busy machine inflate less than its wall time): the steadier
// figure to compare variants by
let cpuTbt = 0;
let cpuAll = 0;
// every task after first paint, by kind (the outermost events of a known kind)
const totals = {};
for (const task of tasks) {
  const ms = (task.dur ?? 0) / 1000;
  const cpu = (task.tdur ?? task.dur ?? 0) / 1000;
  if (task.ts >= fcp) {
    totals.all = (totals.all ?? 0) + ms;
    cpuAll += cpu;
    cpuTbt += Math.max(0, cpu - 50);
  }
  if (ms < 10) continue;
  const inside = main.filter((e) => e !== task && e.ts >= task.ts && end(e) <= end(task) && KINDS[e.name]);
  const contains = (o, e) => o !== e && o.ts <= e.ts && end(o) >= end(e);
  const spans = {};
  let styleLayout = 0;
  for (const e of inside) {
    const kind = KINDS[e.name];
    if ((kind === "style" || kind === "layout") && !inside.some((o) => KINDS[o.name] === kind && contains(o, e)))
      styleLayout += (e.dur ?? 0) / 1000;
    if (!inside.some((o) => contains(o, e) && (o.ts < e.ts || end(o) > end(e) || inside.indexOf(o) < inside.indexOf(e))))
      spans[kind] = (spans[kind] ?? 0) + (e.dur ?? 0) / 1000;
  }
  const parts =
    Object.entries(spans).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(", ") +
    `; style+layout anywhere ${styleLayout.toFixed(0)}`;
  const after = task.ts >= fcp;
  if (after) for (const [k, v] of Object.entries(spans)) totals[k] = (totals[k] ?? 0) + v;
  if (ms < 50) continue;
  if (after) tbt += ms - 50;
  rows.push(`| ${((task.ts - t0) / 1000).toFixed(0)} | ${ms.toFixed(0)} | ${cpu.toFixed(0)} | ${after ? "yes" : "no"} | ${parts} |`);
}
console.log(`${PAGE_PATH}: first contentful paint at ${((fcp - t0) / 1000).toFixed(0)} ms; blocking time of the tasks after it ${tbt.toFixed(0)} ms (4× CPU, real throttling)`);
const marks = events.filter((e) => e.pid === pid && e.cat.includes("user_timing") && e.name.startsWith("dc-"));
console.log(`thread time after it: ${cpuAll.toFixed(0)} ms; less 50 ms per task (throttled thread time): ${cpuTbt.toFixed(0)} ms`);
console.log("marks (ms): " + marks.map((e) => `${e.name} ${((e.ts - t0) / 1000).toFixed(0)}`).join(", "));
console.log(
  "main-thread time after it (ms): " +
    Object.entries(totals).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(", "),
);
console.log("| start (ms) | task (ms) | thread time (ms) | after FCP | of which (ms; nested kinds counted in each) |");
console.log("|---:|---:|---:|---|---|");
for (const r of rows) console.log(r);

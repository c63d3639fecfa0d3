// Share, embed, export and deploy, end to end against the release build in dist/, served with
// the headers of dist/_headers (the strict Content-Security-Policy among them). The app is on
// port 8197; a host page for the iframe is served from port 8198, which is another origin.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { suite, serve, testid, OUT, drawn } from "./lib.mjs";
import { startServer } from "./serve.mjs";
import { AxeBuilder } from "@axe-core/playwright";

const PORT = 8197;
const HOST_PORT = 8198;
const app = suite(PORT);
const ORIGIN = app.origin;
const ROOT = app.root;

/** lib.mjs `open`, recording CSP violations (from the DOM event, which also fires inside
 *  iframes); `ready` is the test id to wait for. */
const openPage = (url, { ready = "total-s000-ec2-gpu", ...options } = {}) =>
  app.open(url, { waitFor: ready && testid(ready), watchCsp: true, ...options });

/** No CSP violation, no error in the console (Chromium's SRI-on-preload notice is a warning). */
async function assertClean(page, console) {
  for (const f of page.frames()) {
    const csp = await f.evaluate(() => window.__csp || []).catch(() => []);
    assert.deepEqual(csp, [], `CSP violations in ${f.url()}`);
  }
  const bad = console.filter((l) => l.startsWith("error") || l.startsWith("pageerror") || /Content.Security.Policy/i.test(l));
  assert.deepEqual(bad, []);
}

/** RFC 4180 CSV (quotes, doubled quotes, commas and newlines inside quotes). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else if (c !== "\r") cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

async function download(page, testid) {
  const [dl] = await Promise.all([page.waitForEvent("download"), page.click(`[data-testid="${testid}"]`)]);
  const file = path.join(OUT, dl.suggestedFilename());
  await dl.saveAs(file);
  return { name: dl.suggestedFilename(), text: fs.readFileSync(file, "utf8") };
}

const texts = (loc) => loc.evaluateAll((els) => els.map((e) => e.textContent.trim()));

test("the strict headers are applied and nothing violates the CSP", async () => {
  const { page, context, console } = await openPage(`${ROOT}?lang=en&open=s000-ec2-gpu`);
  const res = await page.request.get(ROOT);
  const csp = res.headers()["content-security-policy"];
  const script = csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src"));
  assert.equal(script, "script-src 'self' 'wasm-unsafe-eval'");
  const sources = script.split(/\s+/);
  assert.ok(!sources.includes("'unsafe-inline'") && !sources.includes("'unsafe-eval'"), script);
  assert.match(csp, /frame-ancestors \*/);
  assert.equal(res.headers()["cache-control"], "no-cache");
  assert.equal(res.headers()["x-content-type-options"], "nosniff");
  // no inline script is left in the page: the loader is a file
  assert.ok(!/<script(?![^>]*\bsrc=)[^>]*>/.test(await res.text()), "inline <script> in index.html");
  const wasm = await page.evaluate(() => document.querySelector("script[data-deploycalc-wasm]").dataset.deploycalcWasm);
  const w = await page.request.get(new URL(wasm, ROOT).href);
  assert.equal(w.headers()["cache-control"], "public, max-age=31536000, immutable");
  const echarts = await page.request.get(`${ROOT}vendor/echarts.min.js`);
  assert.equal(echarts.headers()["cache-control"], "public, max-age=86400");
  // exercise the charts, the open breakdown, the dialog and a hover tooltip
  await drawn(page, '[data-testid="chart-categories"]');
  await page.waitForSelector('[data-testid="line-s000-ec2-gpu-0"]');
  await page.hover('[data-testid="chart-categories"] canvas', { position: { x: 120, y: 150 } });
  await page.click('[data-testid="embed-open"]');
  await page.locator('[data-testid="embed-dialog"]').waitFor();
  await page.keyboard.press("Escape");
  await page.waitForTimeout(300);
  await assertClean(page, console);
  // the other views, embedded too
  for (const [query, ready] of [
    ["view=decide", "decide-page"],
    ["view=catalog", "catalog-page"],
    ["view=decide&embed=1", "decide-page"],
  ]) {
    await page.goto(`${ROOT}?lang=en&${query}`);
    await page.waitForSelector(`[data-testid="${ready}"]`);
    await page.waitForTimeout(500);
    await assertClean(page, console);
  }
  // the watcher does see a violation: an inline script is refused and reported
  await page.evaluate(() => {
    const s = document.createElement("script");
    s.textContent = "window.__ran = true";
    document.body.append(s);
  });
  await page.waitForFunction(() => window.__csp.length > 0);
  assert.deepEqual(await page.evaluate(() => [window.__ran, window.__csp]), [undefined, ["script-src-elem inline"]]);
  await context.close();
});

test("under a sub-path with the strict headers, the app loads and nothing violates the CSP", async () => {
  const sub = await serve(HOST_PORT, "/tools/deploycalc/");
  try {
    const base = `http://127.0.0.1:${HOST_PORT}/tools/deploycalc/`;
    const { page, context, console } = await openPage(`${base}?lang=en&u=500`);
    const requests = [];
    page.on("request", (r) => requests.push(r.url()));
    assert.equal(await page.inputValue('[data-testid="input-users"]'), "500");
    const res = await page.request.get(base);
    assert.match(res.headers()["content-security-policy"], /script-src 'self' 'wasm-unsafe-eval';/);
    await drawn(page, '[data-testid="chart-categories"]');
    // the embed code points at the sub-path
    await page.click('[data-testid="embed-open"]');
    assert.match(await page.inputValue('[data-testid="embed-code"]'), /<iframe src="http:\/\/127\.0\.0\.1:8198\/tools\/deploycalc\/\?v=2&amp;lang=en&amp;embed=1&amp;u=500"/);
    await page.keyboard.press("Escape");
    for (const r of requests) assert.ok(r.startsWith(base), r);
    await assertClean(page, console);
    await context.close();
  } finally {
    sub.closeAllConnections();
    sub.close();
  }
});

test("copy link puts this scenario's URL on the clipboard, and it opens the same scenario", async () => {
  const { page, context } = await openPage(`${ROOT}?lang=en&u=450&cur=both`, {
    permissions: ["clipboard-read", "clipboard-write"],
  });
  await page.fill('[data-testid="input-users"]', "480");
  await page.waitForURL(/u=480/);
  await page.click('[data-testid="copy-link"]');
  await page.locator('[data-testid="copy-status"]', { hasText: "Link copied" }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, page.url());
  assert.match(copied, /[?&]u=480(&|$)/);
  // the confirmation goes away
  await page.locator('[data-testid="copy-status"]', { hasText: "Link copied" }).waitFor({ state: "detached", timeout: 5000 });
  const shown = await texts(page.locator('[data-testid="total-s000-fargate"]'));
  const again = await openPage(copied);
  assert.equal(await again.page.inputValue('[data-testid="input-users"]'), "480");
  assert.deepEqual(await texts(again.page.locator('[data-testid="total-s000-fargate"]')), shown);
  await again.context.close();
  await context.close();
});

test("without the Clipboard API the link is shown selected for Ctrl+C", async () => {
  const { page, context } = await openPage(`${ROOT}?lang=zh&u=300`, {
    init: () => Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined }),
  });
  await page.focus('[data-testid="copy-link"]');
  await page.keyboard.press("Enter");
  const input = page.locator('[data-testid="copy-link-text"]');
  await input.waitFor();
  assert.equal(await input.inputValue(), page.url());
  const sel = await input.evaluate((el) => [document.activeElement === el, el.selectionStart, el.selectionEnd, el.value.length]);
  assert.deepEqual(sel, [true, 0, sel[3], sel[3]]);
  await page.getByText("按 Ctrl+C（⌘C）复制").waitFor();
  await context.close();
});

/** A page on another origin (port 8198) that embeds the calculator with the generated code. */
async function hostServer(html) {
  const s = http.createServer((req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(html);
  });
  await new Promise((r) => s.listen(HOST_PORT, "127.0.0.1", r));
  return s;
}

async function embedCode(url, view) {
  const { page, context } = await openPage(url);
  await page.click('[data-testid="embed-open"]');
  const dialog = page.locator('[data-testid="embed-dialog"]');
  await dialog.waitFor();
  assert.equal(await dialog.evaluate((d) => d.open && d.matches(":modal")), true);
  if (view) await page.selectOption('[data-testid="embed-view"]', view);
  const code = await page.inputValue('[data-testid="embed-code"]');
  // keyboard: Escape closes the dialog and focus returns to the button
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "hidden" });
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), "embed-open");
  await context.close();
  return code;
}

const frameHeight = (page) => page.evaluate(() => parseFloat(document.querySelector("iframe").style.height) || 0);

test("the embed code works from another origin: compact layout, resizes, stays usable", async () => {
  const code = await embedCode(`${ROOT}?lang=en&u=450&hide=s000-local`);
  const src = code.match(/<iframe src="([^"]+)"/)[1].replaceAll("&amp;", "&");
  const q = new URL(src).searchParams;
  assert.equal(new URL(src).origin, ORIGIN);
  assert.equal(q.get("embed"), "1");
  assert.equal(q.get("u"), "450");
  assert.equal(q.get("hide"), "s000-local");
  assert.match(code, /e\.origin !== "http:\/\/127\.0\.0\.1:8197"/);
  const host = await hostServer(
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>Team wiki</title>` +
      `<body style="margin:0;font-family:sans-serif"><h1 style="margin:8px">Team wiki: deployment costs</h1>\n${code}\n<p id="after">Text after the frame.</p></body></html>`,
  );
  try {
    for (const width of [1280, 390]) {
      const { page, context, console } = await app.open(`http://127.0.0.1:${HOST_PORT}/`, { width, height: 800, waitFor: null, watchCsp: true });
      const frame = page.frameLocator("iframe");
      await frame.locator('[data-testid="total-s000-ec2-gpu"]').waitFor();
      // compact: the embed bar, no site header, share bar or footer; hidden plan stays hidden
      await frame.locator('[data-testid="embed-bar"]').waitFor();
      assert.equal(await frame.locator('[data-testid="app-name"]').count(), 0);
      assert.equal(await frame.locator('[data-testid="share-bar"]').count(), 0);
      assert.equal(await frame.locator(".site-footer").count(), 0);
      assert.equal(await frame.locator('[data-testid="plan-s000-local"]').count(), 0);
      const full = frame.locator('[data-testid="open-full"]');
      assert.equal(await full.getAttribute("target"), "_blank");
      const fullUrl = new URL(await full.getAttribute("href"));
      assert.equal(fullUrl.searchParams.get("embed"), null);
      assert.equal(fullUrl.searchParams.get("u"), "450");
      // resized to its content: the frame's height equals the embedded body's height
      const inner = page.frames().find((f) => f.url().startsWith(ORIGIN));
      const bodyHeight = () => inner.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
      await page.waitForFunction(() => parseFloat(document.querySelector("iframe").style.height) > 0);
      const h1 = await frameHeight(page);
      assert.ok(Math.abs(h1 - (await bodyHeight())) <= 1, `frame ${h1} vs body ${await bodyHeight()}`);
      assert.equal(await inner.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1), true);
      // usable: open a breakdown (the frame grows) and type a value (figures and URL follow)
      await frame.locator('[data-testid="breakdown-s000-ec2-gpu"] > summary').click();
      await frame.locator('[data-testid="line-s000-ec2-gpu-0"]').waitFor();
      await page.waitForFunction((h) => parseFloat(document.querySelector("iframe").style.height) > h + 100, h1);
      const h2 = await frameHeight(page);
      assert.ok(Math.abs(h2 - (await bodyHeight())) <= 1, `frame ${h2} vs body ${await bodyHeight()}`);
      await frame.locator('[data-testid="input-users"]').fill("900");
      // the model's 2 g4dn (app.test.mjs): 776.96 / 900 = 0.8633 -> $0.86 ; 781.96 / 900 = 0.8688 -> $0.87
      await frame.locator('[data-testid="per-user-s000-ec2-gpu"]', { hasText: "$0.86–$0.87" }).waitFor();
      assert.match(inner.url(), /[?&]u=900(&|$)/);
      assert.match(inner.url(), /[?&]embed=1(&|$)/);
      // and shrinks again when the breakdown closes
      await frame.locator('[data-testid="breakdown-s000-ec2-gpu"] > summary').click();
      await page.waitForFunction((h) => parseFloat(document.querySelector("iframe").style.height) < h - 100, h2);
      await page.locator("#after").waitFor();
      await page.screenshot({ path: `${OUT}/embed-host-en-${width}.png`, fullPage: true });
      await assertClean(page, console);
      await context.close();
    }
  } finally {
    host.closeAllConnections();
    host.close();
  }
});

test("embed=1 shows only the chosen view (decide, catalog) in both languages", async () => {
  for (const [lang, width] of [["zh", 390], ["en", 1280], ["zh", 1280], ["en", 390]]) {
    const { page, context } = await openPage(`${ROOT}?lang=${lang}&embed=1`, { width });
    await drawn(page, '[data-testid="chart-categories"]');
    assert.equal(await page.locator('[data-testid="app-name"]').count(), 0);
    await page.locator('[data-testid="open-full"]', { hasText: lang === "zh" ? "打开完整计算器" : "Open the full calculator" }).waitFor();
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scroll <= width, `embedded page is ${scroll}px wide at ${width}px`);
    // compact: in a narrow frame the results come before the scenario form
    const [results, form] = await page.evaluate(() =>
      // the first plan column (on a narrow screen .results itself has no box: display: contents)
      [".plan-col", ".scenario"].map((q) => document.querySelector(q).getBoundingClientRect().top),
    );
    assert.equal(results < form, width < 760, `results at ${results}, form at ${form}`);
    await page.screenshot({ path: `${OUT}/embed-${lang}-${width}.png` });
    await context.close();
  }
  const { page, context } = await app.open(`${ROOT}?lang=en&embed=1&view=catalog`, { height: 720, waitFor: testid("embed-bar") });
  assert.equal(await page.locator('[data-testid="comparison"]').count(), 0);
  assert.equal(await page.locator('[data-testid="nav-compare"]').count(), 0);
  await context.close();
});

test("exports download what the screen shows: CSV, JSON and Markdown", async () => {
  const url = `${ROOT}?lang=en&cur=both&hide=s000-local&pin=s000-fargate&open=s000-ec2-gpu&u=450`;
  const { page, context, console } = await openPage(url);
  await page.waitForSelector('[data-testid="line-s000-ec2-gpu-0"]');
  const order = await page
    .locator('[data-testid="comparison"] > [data-testid^="plan-"]')
    .evaluateAll((els) => els.map((e) => e.dataset.testid.slice("plan-".length)));
  assert.deepEqual(order, ["s000-fargate", "s000-ec2-gpu", "s000-remote-api"]);
  const screen = {};
  for (const id of order) {
    screen[id] = {
      monthly: await texts(page.locator(`[data-testid="total-${id}"]`)),
      yearly: (await page.textContent(`[data-testid="yearly-${id}"]`)).trim(),
      perUser: (await page.textContent(`[data-testid="per-user-${id}"]`)).trim(),
    };
  }
  const lineCells = await page
    .locator('[data-testid^="line-s000-ec2-gpu-"]')
    .evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent.trim())));
  const date = /^\d{4}-\d{2}-\d{2}$/;

  const csv = await download(page, "export-csv");
  assert.match(csv.name, /^deploycalc-s000-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = parseCsv(csv.text.replace(/^\uFEFF/, ""));
  const head = rows[0];
  const col = (name) => head.indexOf(name);
  const all = rows.slice(1);
  // the sizing panel's rows follow the plans' (plan_id "sizing"), with the panel's own text
  const body = all.filter((r) => r[col("plan_id")] !== "sizing");
  assert.deepEqual([...new Set(all.map((r) => r[col("plan_id")]))], [...order, "sizing"]);
  const sizingCost = all.find((r) => r[col("plan_id")] === "sizing" && r[col("item")] === "monthly-cost");
  assert.equal(sizingCost[col("shown")], (await page.textContent('[data-testid="sizing-monthly-cost"] dd')).trim());
  for (const id of order) {
    const of = (kind) => body.filter((r) => r[col("plan_id")] === id && r[col("row")] === kind);
    assert.deepEqual(of("monthly").map((r) => r[col("currency")]), ["USD", "CNY"]);
    assert.deepEqual(of("monthly").map((r) => r[col("shown")]), screen[id].monthly);
    assert.equal(of("yearly")[0][col("shown")], screen[id].yearly);
    assert.equal(of("per_user")[0][col("shown")], screen[id].perUser);
    // lines only for the open breakdown, each subtotal as in its table row
    const lines = of("line");
    if (id === "s000-ec2-gpu") {
      assert.equal(lines.length, lineCells.length);
      lines.forEach((r, i) => {
        assert.equal(r[col("shown")], lineCells[i][3]);
        assert.ok(lineCells[i][0].startsWith(r[col("item")]), `${lineCells[i][0]} / ${r[col("item")]}`);
      });
    } else assert.equal(lines.length, 0, id);
  }
  // $776.96–$781.96 on screen (the model's 2 g4dn, app.test.mjs); the figures behind it
  const ec2 = body.find((r) => r[col("plan_id")] === "s000-ec2-gpu" && r[col("row")] === "monthly");
  assert.deepEqual([ec2[col("low")], ec2[col("high")]], ["776.96", "781.96"]);

  const json = await download(page, "export-json");
  assert.match(json.name, /^deploycalc-s000-\d{4}-\d{2}-\d{2}\.json$/);
  const j = JSON.parse(json.text);
  assert.equal(j.format, "deploycalc-comparison");
  assert.equal(j.version, 1);
  assert.equal(j.catalog_as_of, "2026-11-22");
  assert.match(j.exported_on, date);
  assert.deepEqual(j.plans.map((p) => p.id), order);
  for (const p of j.plans) assert.deepEqual(p.monthly.map((a) => a.text), screen[p.id].monthly);
  assert.equal(j.plans[1].lines.length, lineCells.length);
  // the JSON's link restores the same comparison in a fresh browser
  const u = new URL(j.url);
  assert.equal(u.searchParams.get("embed"), null);
  const again = await openPage(j.url);
  const againOrder = await again.page
    .locator('[data-testid="comparison"] > [data-testid^="plan-"]')
    .evaluateAll((els) => els.map((e) => e.dataset.testid.slice("plan-".length)));
  assert.deepEqual(againOrder, order);
  assert.deepEqual(await texts(again.page.locator('[data-testid="total-s000-ec2-gpu"]')), screen["s000-ec2-gpu"].monthly);
  await again.page.waitForSelector('[data-testid="line-s000-ec2-gpu-0"]');
  await again.context.close();

  const md = await download(page, "export-md");
  assert.match(md.name, /^deploycalc-s000-\d{4}-\d{2}-\d{2}\.md$/);
  assert.ok(md.text.startsWith("# DeployCalc comparison\n"));
  for (const id of order) {
    const name = (await page.textContent(`#plan-title-${id}`)).trim();
    const row = md.text.split("\n").find((l) => l.startsWith(`| ${name} |`));
    assert.ok(row, `no row for ${name}`);
    const latency = row.split(" | ").at(-1).replace(/ \|$/, "");
    assert.equal(row, `| ${name} | ${screen[id].monthly.join(" | ")} | ${screen[id].yearly} | ${screen[id].perUser} | ${latency} |`);
    assert.ok((await page.textContent(`[data-testid="latency-${id}"]`)).trim().startsWith(latency), latency);
  }
  assert.ok(md.text.includes(`| ${lineCells[0][3]} |`));
  await assertClean(page, console);
  await context.close();
});

test("the Chinese export uses the Chinese names and words", async () => {
  const { page, context } = await openPage(`${ROOT}?lang=zh&wl=s001&open=s001-tencent`, { ready: "total-s001-tencent" });
  await page.waitForSelector('[data-testid="line-s001-tencent-3"]');
  const shown = (await page.textContent('[data-testid="total-s001-tencent"]')).trim();
  // Lighthouse 60 + Qdrant server 60 + COS ¥10–20 + SCF 5,000 GB-s × ¥0.00011108 = ¥0.5554
  // + TDMQ unknown + domain/SSL ¥10–50 = at least ¥140.5554–190.5554
  assert.equal(shown, "至少 ¥140.56–¥190.56");
  const csv = await download(page, "export-csv");
  assert.match(csv.name, /^deploycalc-s001-/);
  const rows = parseCsv(csv.text.replace(/^\uFEFF/, ""));
  const monthly = rows.find((r) => r[0] === "s001-tencent" && r[2] === "monthly");
  assert.equal(monthly[15], shown);
  const tdmq = rows.find((r) => r[4] === "tencent-tdmq");
  assert.equal(tdmq[15], (await page.locator('[data-testid="line-s001-tencent-3"] td').nth(2).textContent()).trim());
  await context.close();
});

const GOOD = {
  format: "deploycalc-custom-prices",
  version: 1,
  discounts: [{ provider: "aws", percent: 10 }],
  prices: [{ id: "aws-ec2-g4dn-xlarge", price: 0.4, currency: "USD" }],
};
const file = (name, obj) => ({ name, mimeType: "application/json", buffer: Buffer.from(typeof obj === "string" ? obj : JSON.stringify(obj)) });
const dataRange = async (page, id) => {
  const el = page.locator(`[data-testid="total-${id}"]`).first();
  return [Number(await el.getAttribute("data-low")), Number(await el.getAttribute("data-high"))];
};
const near = (a, b) => a.every((x, i) => Math.abs(x - b[i]) < 1e-6);

test("custom prices: a good file applies all, a bad file applies nothing and lists every error", async () => {
  const { page, context, console } = await openPage(`${ROOT}?lang=en`);
  await page.click('[data-testid="prices-panel"] > summary');
  const input = page.locator('[data-testid="overrides-import"]');
  await input.setInputFiles(file("ours.json", GOOD));
  await page.locator('[data-testid="overrides-applied"]', { hasText: "ours.json: 2 custom price(s)" }).waitFor();
  await page.waitForURL(/p\.aws-ec2-g4dn-xlarge=0\.4/);
  assert.match(page.url(), /d\.aws=10(&|$)/);
  // g4dn overridden, the model's 2 for the peak of 10: 0.4 × 2 × 730 = 584 ; EBS 50 × 0.08 × 0.9
  // = 3.6 ; Amplify 5–10 × 0.9 = 4.5–9 ; 584 + 3.6 + 4.5 = 592.1 to 584 + 3.6 + 9 = 596.6
  await page.waitForFunction(() => document.querySelector('[data-testid="total-s000-ec2-gpu"]').dataset.low.startsWith("592.1"));
  assert.ok(near(await dataRange(page, "s000-ec2-gpu"), [592.1, 596.6]));
  assert.equal(await page.textContent('[data-testid="custom-count"]'), "2");
  // the editors show the imported values
  assert.equal(await page.inputValue('[data-testid="discount-aws"]'), "10");
  assert.equal(await page.inputValue('[data-testid="override-aws-ec2-g4dn-xlarge"]'), "0.4");

  const before = page.url();
  const bad = {
    format: "deploycalc-custom-prices",
    version: 1,
    discounts: [{ provider: "azure", percent: 5 }, { provider: "awz", percent: 10 }],
    prices: [
      { id: "aws-ebs-gp3", price: 0.05 },
      { id: "aws-ec2-g4dn-xlarge", price: -1 },
      { id: "tencent-cos-standard", price: 0.1, currency: "USD" },
    ],
  };
  await input.setInputFiles(file("bad.json", bad));
  const errors = page.locator('[data-testid="overrides-error"]');
  await errors.first().waitFor();
  assert.deepEqual(await texts(errors), [
    "awz — no such provider in the catalog",
    'aws-ec2-g4dn-xlarge — "price" must be between 0 and 1,000,000,000',
    "tencent-cos-standard — currency USD, but the record is priced in CNY",
  ]);
  await page.getByText("bad.json: not imported; nothing was changed. 3 problem(s):").waitFor();
  await page.waitForTimeout(300);
  // nothing applied: not even the good records of the bad file
  assert.equal(page.url(), before);
  assert.ok(near(await dataRange(page, "s000-ec2-gpu"), [592.1, 596.6]));

  // a file over 64 KiB is refused without being read
  await input.setInputFiles(file("huge.json", " ".repeat(70 * 1024)));
  await page.locator('[data-testid="overrides-error"]', { hasText: "file — file too large (70 KB); the limit is 64 KB" }).waitFor();
  assert.equal(await errors.count(), 1);
  assert.equal(page.url(), before);

  // not JSON
  await input.setInputFiles(file("typo.json", '{"format": "deploycalc-custom-prices",\n "version": 1,,}'));
  await page.locator('[data-testid="overrides-error"]', { hasText: "not valid JSON (line 2, column 15)" }).waitFor();

  // the export is the same file again
  const out = await download(page, "overrides-export");
  assert.match(out.name, /^deploycalc-custom-prices-\d{4}-\d{2}-\d{2}\.json$/);
  const saved = JSON.parse(out.text);
  assert.deepEqual(saved.discounts, GOOD.discounts);
  assert.deepEqual(saved.prices, [{ id: "aws-ec2-g4dn-xlarge", price: 0.4, currency: "USD", unit: "hour" }]);

  // typing a discount (keyboard only) updates the URL; an invalid one is explained, not applied
  await page.fill('[data-testid="discount-aws"]', "20");
  await page.press('[data-testid="discount-aws"]', "Enter");
  await page.waitForURL(/d\.aws=20(&|$)/);
  await page.fill('[data-testid="discount-aws"]', "120");
  await page.press('[data-testid="discount-aws"]', "Tab");
  await page.getByText("Must be between 0 and 100").waitFor();
  assert.match(page.url(), /d\.aws=20(&|$)/);
  await page.click('[data-testid="overrides-clear"]');
  await page.waitForURL((u) => !u.search.includes("d.aws") && !u.search.includes("p.aws"));
  // the cleared input shows the new (empty) value, without the old message
  assert.equal(await page.inputValue('[data-testid="discount-aws"]'), "");
  assert.equal(await page.getByText("Must be between 0 and 100").count(), 0);
  assert.ok(near(await dataRange(page, "s000-ec2-gpu"), [776.96, 781.96]));
  await page.screenshot({ path: `${OUT}/share-prices-en-1280.png`, fullPage: false });
  await assertClean(page, console);
  await context.close();
});

test("print gives a clean report: no controls, the scenario link, the open lines", async () => {
  for (const lang of ["en", "zh"]) {
    const { page, context } = await openPage(`${ROOT}?lang=${lang}&cur=both&open=s000-ec2-gpu`);
    await page.waitForSelector('[data-testid="line-s000-ec2-gpu-0"]');
    await page.emulateMedia({ media: "print" });
    for (const hidden of ["share-actions", "scenario", "plan-actions", "charts", "prices-panel"]) {
      const shown = await page.locator(`.${hidden}`).evaluateAll((els) => els.filter((e) => getComputedStyle(e).display !== "none").length);
      assert.equal(shown, 0, `.${hidden} printed`);
    }
    // the printed link is the scenario's link (as the app writes it: v=2 first, defaults left out)
    const link = new URL(await page.textContent(".print-link .print-url"));
    const params = (u) => [...new URL(u).searchParams].filter(([k]) => k !== "v").sort().join("&");
    assert.equal(link.origin + link.pathname, ROOT);
    assert.equal(params(link), params(page.url()));
    assert.equal(link.searchParams.get("v"), "2");
    assert.ok(await page.locator('[data-testid="line-s000-ec2-gpu-0"]').isVisible());
    await page.pdf({ path: `${OUT}/report-${lang}.pdf`, format: "A4", printBackground: true });
    assert.ok(fs.statSync(`${OUT}/report-${lang}.pdf`).size > 20_000);
    await context.close();
  }
});

for (const width of [390, 1280]) {
  for (const lang of ["zh", "en"]) {
    test(`share bar screenshot ${lang} at ${width} px, no horizontal scroll`, async () => {
      const { page, context } = await openPage(`${ROOT}?lang=${lang}&d.aws=10`, { width });
      await page.click('[data-testid="prices-panel"] > summary');
      await page.waitForSelector('[data-testid="discount-aws"]');
      await page.focus('[data-testid="copy-link"]');
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scroll <= width, `page is ${scroll}px wide at ${width}px`);
      await page.locator('[data-testid="share-bar"]').screenshot({ path: `${OUT}/share-bar-${lang}-${width}.png` });
      await page.click('[data-testid="embed-open"]');
      await page.locator('[data-testid="embed-dialog"]').waitFor();
      await page.screenshot({ path: `${OUT}/embed-dialog-${lang}-${width}.png` });
      await context.close();
    });
  }
}

test("a narrower frame-ancestors keeps other origins from embedding it", async () => {
  // the README's advice, tried: dist with frame-ancestors 'self' on the same port
  const dir = path.join(OUT, "dist-self-only");
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync("dist", dir, { recursive: true });
  const headers = fs.readFileSync(path.join(dir, "_headers"), "utf8").replace(/(Content-Security-Policy:.*)frame-ancestors \*/, "$1frame-ancestors 'self'");
  assert.match(headers, /Content-Security-Policy:.*frame-ancestors 'self'$/m);
  fs.writeFileSync(path.join(dir, "_headers"), headers);
  app.server.closeAllConnections();
  await new Promise((r) => app.server.close(r));
  const narrow = await startServer({ dir, port: PORT });
  const host = await hostServer(`<!doctype html><title>host</title><iframe src="${ROOT}?embed=1"></iframe>`);
  try {
    const { page, context, console } = await app.open(`http://127.0.0.1:${HOST_PORT}/`, { height: 720, waitFor: null });
    await page.waitForTimeout(1500);
    const inner = page.frames().find((f) => f !== page.mainFrame());
    const rendered = await inner.locator('[data-testid="embed-bar"]').count().catch(() => 0);
    assert.equal(rendered, 0);
    assert.ok(console.some((l) => /frame-ancestors/.test(l)), console.join("\n"));
    await context.close();
  } finally {
    host.closeAllConnections();
    host.close();
    narrow.closeAllConnections();
    await new Promise((r) => narrow.close(r));
    app.server = await serve(PORT);
  }
});

async function axe(page, where) {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const report = bad.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
  assert.deepEqual(report, [], `${where}:\n${report.join("\n")}`);
}

for (const lang of ["zh", "en"]) {
  test(`axe: custom prices with an import error, the embed dialog and the embedded page (${lang})`, async () => {
    const { page, context } = await openPage(`${ROOT}?lang=${lang}&d.aws=10`, { width: 390 });
    await page.click('[data-testid="prices-panel"] > summary');
    await page.waitForSelector('[data-testid="discount-aws"]');
    await page.locator('[data-testid="overrides-import"]').setInputFiles(file("bad.json", { format: "x", version: 1 }));
    await page.locator('[data-testid="overrides-error"]').first().waitFor();
    await page.fill('[data-testid="discount-aws"]', "200");
    await page.press('[data-testid="discount-aws"]', "Tab");
    await axe(page, "prices panel");
    await page.click('[data-testid="embed-open"]');
    await page.locator('[data-testid="embed-dialog"]').waitFor();
    await axe(page, "embed dialog");
    await page.goto(`${ROOT}?lang=${lang}&embed=1`);
    await page.waitForSelector('[data-testid="embed-bar"]');
    await page.waitForSelector('[data-testid="total-s000-ec2-gpu"]');
    await axe(page, "embedded page");
    await context.close();
  });
}

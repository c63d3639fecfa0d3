// The build-time prerender (crates/prerender, public/first-paint.js): the default comparison
// paints from index.html before any wasm arrives, in the visitor's language and layout, a
// link's own scenario never shows the default's figures as its own, and the app takes over
// without moving or changing what is on screen.
import { test } from "node:test";
import assert from "node:assert/strict";
import { suite, testid, OUT } from "./lib.mjs";

const PORT = 8221;
const app = suite(PORT, { defaults: { waitFor: null } });

/** The prerendered copy CSS shows (there is exactly one). */
const SHOWN = ".dc-pre-copy:visible";
/** The default (seed 000) EC2 GPU plan's monthly total at the sizing model's 2 g4dn for the
 * peak of 10: 2 × 0.526 × 730 + 50 × 0.08 + 5..10 = 776.96–781.96 (app.test.mjs). */
const EC2_TOTAL_USD = "$776.96–$781.96";

/** Opens `url` with the wasm held back until `release()` is called (or refused for good). */
async function openHeld(url, options = {}) {
  let release;
  const gate = new Promise((r) => (release = r));
  const held = await app.open(url, {
    ...options,
    route: {
      pattern: "**/*_bg.wasm",
      handler: async (route) => ((await gate) ? route.continue() : route.abort()),
    },
  });
  return { ...held, release: () => release(true), refuse: () => release(false) };
}

/** Starts adding up layout shifts (CLS) from now on. */
async function watchShifts(page) {
  await page.evaluate(() => {
    window.__cls = 0;
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
}

/** The shifts since `watchShifts`, once the page has settled, are within CLS 0.02. */
async function assertNoShift(page) {
  await page.waitForTimeout(300);
  const cls = await page.evaluate(() => window.__cls);
  assert.ok(cls <= 0.02, `layout shift ${cls}`);
}

test("without JavaScript the page shows the default comparison in Chinese, form filled in", async () => {
  const context = await app.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(app.root);
  const shown = page.locator(SHOWN);
  assert.equal(await shown.count(), 1);
  assert.equal(await shown.getAttribute("data-pre"), "zh");
  const totals = shown.locator(".plan-col .metric.total .amount");
  assert.equal(await totals.first().innerText(), EC2_TOTAL_USD);
  assert.ok(await shown.getByText("每月合计").first().isVisible());
  // the inputs carry the scenario as attributes, not only as properties set by the app
  assert.equal(await shown.locator("#workload-s000").isChecked(), true);
  assert.equal(await shown.locator("#input-users").inputValue(), "200");
  // tests and tools only ever find the live app's elements
  assert.equal(await page.locator("[data-testid]").count(), 0);
  await page.screenshot({ path: `${OUT}/prerender-nojs-390.png` });
  await context.close();
});

for (const [url, locale, expected] of [
  ["?lang=en", "zh-CN", "en"],
  ["?lang=zh", "en-US", "zh"],
  ["", "en-GB", "en"],
  ["", "fr-FR", "zh"],
  ["?lang=xx", "en-US", "en"],
]) {
  test(`before the wasm, "${url || "/"}" with browser language ${locale} shows the ${expected} copy`, async () => {
    const context = await app.browser.newContext({ locale });
    const page = await context.newPage();
    await page.route("**/*_bg.wasm", () => new Promise(() => {}));
    await page.goto(app.root + url);
    const shown = page.locator(SHOWN);
    assert.equal(await shown.getAttribute("data-pre"), expected);
    assert.equal(await page.evaluate(() => document.documentElement.lang), expected === "zh" ? "zh-CN" : "en");
    await context.close();
  });
}

test("the app takes over the prerendered page in place: same total, same place, no shift", async () => {
  const { page, context, release } = await openHeld(`${app.root}?lang=en`, { width: 390, height: 844 });
  const pre = page.locator(`${SHOWN} .plan-col .metric.total .amount`).first();
  await pre.waitFor();
  const before = { text: await pre.innerText(), box: await pre.boundingBox() };
  assert.equal(before.text, EC2_TOTAL_USD);
  await watchShifts(page);
  release();
  const live = page.locator(testid("total-s000-ec2-gpu"));
  await live.waitFor();
  assert.equal(await page.locator("#dc-pre").count(), 0, "the prerender is gone");
  assert.equal(await live.innerText(), before.text);
  assert.deepEqual(await live.boundingBox(), before.box);
  await assertNoShift(page);
  await context.close();
});

test("a link's own scenario hides the figures of its workload's copy and says it is computing", async () => {
  const { page, context, release } = await openHeld(`${app.root}?wl=s003&u=50000&lang=zh`, { width: 390, height: 844 });
  const note = page.locator(".dc-pre-pending:visible");
  await note.waitFor({ state: "visible" });
  assert.equal(await note.innerText(), "正在计算此链接的场景…");
  // seed 003's plans, not the default's, with their figures hidden
  assert.equal(await page.locator(SHOWN).getAttribute("data-pre"), "zh-s003");
  // the default's total is laid out but not visible, nor are the form's default values
  assert.equal(await page.locator(`${SHOWN} .metric.total .amount`).first().isVisible(), false);
  assert.equal(await page.locator(`${SHOWN} #input-users`).isVisible(), false);
  await page.screenshot({ path: `${OUT}/prerender-pending-390.png` });
  release();
  await page.locator(testid("workload-s003")).waitFor();
  assert.equal(await page.locator(".dc-pre-pending:visible").count(), 0);
  assert.equal(await page.locator(testid("input-users")).inputValue(), "50000");
  await context.close();
});

// A link to another seed's workload at its defaults is prerendered as it is: its plans and
// figures paint with the page, and the app takes over in place.
for (const [query, copy] of [
  ["?wl=s001&lang=en", "en-s001"],
  ["?lang=zh&wl=s004", "zh-s004"],
]) {
  test(`"${query}" paints its own workload's plans and figures (${copy}), then the app takes over`, async () => {
    const { page, context, release } = await openHeld(app.root + query, { width: 390, height: 844 });
    const shown = page.locator(SHOWN);
    assert.equal(await shown.getAttribute("data-pre"), copy);
    assert.equal(await page.locator(".dc-pre-pending:visible").count(), 0);
    const pre = shown.locator(".plan-col .metric.total .amount").first();
    assert.ok(await pre.isVisible());
    const before = { text: await pre.innerText(), box: await pre.boundingBox() };
    assert.match(before.text, /\d/);
    const id = await shown.locator(".plan-col").first().evaluate((col) => col.querySelector("h3, h4")?.textContent);
    await watchShifts(page);
    release();
    await page.locator(testid(`workload-${copy.split("-")[1]}`)).waitFor();
    assert.equal(await page.locator("#dc-pre").count(), 0, "the prerender is gone");
    const live = page.locator(".plan-col .metric.total .amount").first();
    assert.equal(await live.innerText(), before.text);
    assert.deepEqual(await live.boundingBox(), before.box);
    assert.equal(await page.locator(".plan-col").first().evaluate((col) => col.querySelector("h3, h4")?.textContent), id);
    await assertNoShift(page);
    await context.close();
  });
}

// Workloads without a copy of their own keep the default copy, its figures hidden; so does a
// link of URL version 1, whose scenario prices the seeds' GPU counts (gc=0), not the copy's.
for (const [query, copy] of [
  ["?v=1&lang=en", "en"],
  ["?wl=s003&embed=1&lang=en", "en-embed"],
  ["?wl=custom&lang=en", "en"],
  ["?wl=s009&lang=zh", "zh"],
]) {
  test(`"${query}" shows the ${copy} copy with its figures hidden`, async () => {
    const { page, context } = await openHeld(app.root + query, { width: 700 });
    assert.equal(await page.locator(SHOWN).getAttribute("data-pre"), copy);
    assert.equal(await page.locator(`${SHOWN} .metric.total .amount`).first().isVisible(), false);
    await context.close();
  });
}

test("an embed link paints the compact layout", async () => {
  const embed = await openHeld(`${app.root}?embed=1&lang=en`, { width: 700 });
  const shown = embed.page.locator(SHOWN);
  assert.equal(await shown.getAttribute("data-pre"), "en-embed");
  assert.ok(await shown.locator(".embed-bar").isVisible());
  assert.equal(await embed.page.locator(".site-header:visible").count(), 0);
  await embed.context.close();
});

// The decide and catalog pages paint their heading and lead with the page (their largest
// text, so Lighthouse's LCP), in the place where the app puts them; the rest says "loading".
for (const [query, lead, width, live] of [
  ["?view=decide&lang=en", ".decide-lead", 1366, "decision-outcome"],
  ["?view=decide", ".decide-lead", 390, "decision-outcome"],
  ["?view=decide&embed=1&lang=en", ".decide-lead", 700, "decision-outcome"],
  ["?view=catalog", ".catalog-intro", 390, "catalog-tab-prices"],
  ["?page=catalog&lang=en", ".catalog-intro", 1366, "catalog-tab-prices"],
]) {
  test(`"${query}" at ${width} px paints its page's heading, then the app takes over in place`, async () => {
    const { page, context, release } = await openHeld(app.root + query, { width, height: 844 });
    await page.locator(".dc-pre-other:visible").waitFor({ state: "visible" });
    // the compare page and its figures are out of the way; the page's own lead is on screen
    assert.equal(await page.locator(`${SHOWN} .plan-col`).first().isVisible(), false);
    assert.equal(await page.locator(`${SHOWN} .export-group`).isVisible(), false);
    const pre = page.locator(`${SHOWN} ${lead}`);
    assert.ok(await pre.isVisible());
    const before = { text: await pre.innerText(), box: await pre.boundingBox() };
    await watchShifts(page);
    release();
    await page.locator(testid(live)).waitFor();
    assert.equal(await page.locator(".dc-pre-other:visible").count(), 0);
    assert.equal(await page.locator("#dc-pre").count(), 0, "the prerender is gone");
    const after = page.locator(lead);
    assert.equal(await after.innerText(), before.text);
    assert.deepEqual(await after.boundingBox(), before.box);
    await assertNoShift(page);
    await context.close();
  });
}

test("a catalog link with its own exchange rate keeps the default rate out of sight", async () => {
  const { page, context, release } = await openHeld(`${app.root}?view=catalog&fx=7.3&lang=en`);
  await page.locator(".dc-pre-other:visible").waitFor({ state: "visible" });
  assert.ok(await page.locator(`${SHOWN} #catalog-title`).isVisible());
  assert.equal(await page.locator(`${SHOWN} .catalog-intro`).isVisible(), false);
  release();
  await page.locator(testid("catalog-tab-prices")).waitFor();
  assert.match(await page.locator(".catalog-intro").innerText(), /7\.3/);
  await context.close();
});

test("the data file is preloaded beside the wasm and fetched once, from this origin", async () => {
  const { page, context, requests } = await app.open(app.root, { waitFor: testid("total-s000-ec2-gpu") });
  const href = await page.evaluate(() => document.getElementById("dc-data").content);
  assert.match(href, /^data-[0-9a-f]{16}\.json$/);
  const fetched = requests.filter((r) => r.endsWith(href));
  // the preload's response is the one the app's fetch uses
  assert.equal(fetched.length, 1, fetched.join("\n"));
  assert.ok(fetched[0].startsWith(app.origin));
  await context.close();
});

for (const [what, body, status] of [
  ["a data file that fails validation", '[["meta.json", {}]]', 200],
  ["a data file that is not JSON", "<html>not found</html>", 200],
  ["a missing data file", "gone", 404],
]) {
  test(`${what} shows the error box, never a half page`, async () => {
    const { page, context } = await app.open(`${app.root}?lang=en`, {
      waitFor: testid("load-error"),
      route: { pattern: "**/data-*.json", handler: (r) => r.fulfill({ status, body, contentType: "application/json" }) },
    });
    const box = page.locator(testid("load-error"));
    assert.ok((await box.innerText()).length > 20);
    // nothing of the app nor of the prerender is left beside it
    assert.equal(await page.locator("#dc-pre").count(), 0);
    assert.equal(await page.locator(testid("total-s000-ec2-gpu")).count(), 0);
    assert.equal(await page.locator(".site-header").count(), 0);
    await context.close();
  });
}

test("charts away from the screen cost nothing: ECharts loads when the first one comes near", async () => {
  const { page, context, requests } = await app.open(app.root, { width: 390, height: 844, waitFor: testid("total-s000-ec2-gpu") });
  await page.waitForTimeout(1500);
  assert.equal(requests.filter((r) => r.includes("echarts")).length, 0, "ECharts fetched before any chart was near");
  assert.equal(await page.locator(".chart canvas").count(), 0);
  await page.locator(testid("chart-categories")).scrollIntoViewIfNeeded();
  await page.waitForSelector(`${testid("chart-categories")} canvas`);
  assert.equal(requests.filter((r) => r.endsWith("/vendor/echarts.min.js")).length, 1);
  await context.close();
});

test("a chart's data table is built when the reader first opens it (Enter on its summary), and follows the inputs after", async () => {
  const { page, context, errors } = await app.open(`${app.root}?lang=en`, { width: 390, height: 844 });
  await page.waitForFunction(() => performance.getEntriesByName("dc-mounted").length > 0);
  const table = `${testid("chart-categories")} ~ figcaption table`;
  // nobody has opened it: not built (the prerender carries it, for readers without scripts)
  assert.equal(await page.locator(table).count(), 0);
  await page.locator(`${testid("chart-categories")} ~ figcaption summary`).focus();
  await page.keyboard.press("Enter");
  await page.waitForSelector(table);
  const first = await page.locator(table).innerText();
  // the default comparison (100 conversation hours a month), as the prerendered table has it
  assert.match(first, /Amplify \+ EC2 GPU\s+\$0\s+\$767\.96/);
  assert.match(first, /Amplify \+ Remote API(\s+\$0){5}\s+\$7\.50\s+\$3\.96\s+\$90\.00/);
  await page.fill(testid("input-conversation_hours"), "4321");
  await page.waitForFunction(([sel, old]) => document.querySelector(sel)?.innerText !== old, [table, first]);
  // the API lines scale with the hours (× 43.21: $3.96 -> $171.11, $90 -> $3,889); the GPU
  // box's month does not
  const after = await page.locator(table).innerText();
  assert.match(after, /Amplify \+ Remote API(\s+\$0){5}\s+\$7\.50\s+\$171\.11\s+\$3,889/);
  assert.match(after, /Amplify \+ EC2 GPU\s+\$0\s+\$767\.96/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a chart's title is text of the page: whole on a 390 px phone, in the prerender too, and the name of its chart", async () => {
  const { page, context, errors } = await app.open(`${app.root}?lang=en`, { width: 390, height: 844 });
  const title = "Monthly cost by category (midpoint of the range)";
  // before the app: the prerendered copy carries it
  assert.equal(await page.locator(`${SHOWN} .chart-title`).first().innerText(), title);
  await page.waitForFunction(() => performance.getEntriesByName("dc-mounted").length > 0);
  for (const id of ["chart-categories", "chart-curves", "chart-latency", "chart-radar"]) {
    const chart = page.locator(testid(id));
    const named = await chart.evaluate((el) => {
      const t = document.getElementById(el.getAttribute("aria-labelledby"));
      // wrapped, not cut: nothing of it overflows its box
      return { text: t?.innerText, fits: t && t.scrollWidth <= t.clientWidth, lines: t && Math.round(t.getBoundingClientRect().height / parseFloat(getComputedStyle(t).lineHeight)) };
    });
    assert.ok(named.text && named.fits, `${id}: ${JSON.stringify(named)}`);
    if (id === "chart-categories") {
      assert.equal(named.text, title);
      // too long for one line at 390 px: it wraps
      assert.ok(named.lines >= 2, JSON.stringify(named));
    }
  }
  assert.deepEqual(errors, []);
  await context.close();
});

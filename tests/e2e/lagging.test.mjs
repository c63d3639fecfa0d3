// Issue #14, input -> updated: the sections below the first screen (charts, breakdowns, the
// sizing panel) follow an input in the browser's next idle moment while they are away from the
// screen, and in the input's own task while they are near it (src/ui/pages/compare/lagging.rs).
// Either way they end up showing what a fresh load of the same link shows.
import { test } from "node:test";
import assert from "node:assert/strict";
import { suite, testid } from "./lib.mjs";

const PORT = 8237;
const app = suite(PORT);

/** The text of each section that may lag, and of the plan columns (without the "loading
 * charts" placeholders, which depend on when ECharts arrived). */
const texts = (page) =>
  page.evaluate(() => {
    const text = (sel) => {
      const el = document.querySelector(sel)?.cloneNode(true);
      el?.querySelectorAll(".chart-loading").forEach((p) => p.remove());
      return el ? el.textContent : null;
    };
    return {
      categories: text('[data-testid="chart-categories"] ~ figcaption table'),
      curves: text('[data-testid="chart-curves"] ~ figcaption table'),
      breakdowns: text("section.breakdowns"),
      sizing: text('[data-testid="sizing-panel"]'),
      comparison: text('[data-testid="comparison"]'),
    };
  });

/** Opens the charts' data tables, which are built when first opened. */
async function openTables(page) {
  await page.evaluate(() => document.querySelectorAll("details.chart-data").forEach((d) => (d.open = true)));
  await page.waitForSelector('[data-testid="chart-curves"] ~ figcaption table', { state: "attached" });
  await page.waitForSelector('[data-testid="chart-categories"] ~ figcaption table', { state: "attached" });
}

/**
 * Types `value` into the conversation-hours field (the one seed 000's costs follow) and returns, for the plan columns and the charts, whether
 * their DOM first changed before the app's `dc-idle` mark (the first task after the input's
 * own work) or after it.
 */
async function change(page, value) {
  const url = page.url();
  await page.evaluate(() => {
    performance.clearMarks();
    window.__when = {};
    const section = (n) => (n.nodeType === 1 ? n : n.parentElement)?.closest(".charts, .comparison");
    new MutationObserver((records) => {
      const idle = performance.getEntriesByName("dc-idle").length > 0;
      for (const r of records) {
        const s = section(r.target)?.classList[0];
        if (s && !(s in window.__when)) window.__when[s] = idle ? "after" : "before";
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  await page.fill(testid("input-conversation_hours"), String(value));
  await page.waitForURL((u) => u.href !== url);
  await page.waitForFunction(() => performance.getEntriesByName("dc-idle").length > 0);
}

for (const [name, height, when] of [
  ["away from the screen (1280×900): in the next idle moment", 900, "after"],
  ["on screen (1280×4000): in the input's own task", 4000, "before"],
]) {
  test(`sections below the first screen follow an input ${name}, and match a fresh load`, async () => {
    const { page, context, errors } = await app.open(`${app.root}?lang=en&open=s000-remote-api`, { width: 1280, height });
    await page.locator(testid("sizing-panel")).waitFor({ state: "attached" });
    await openTables(page);
    const before = await texts(page);
    await change(page, 4321);
    const seen = await page.evaluate(() => window.__when);
    assert.equal(seen.comparison, "before", JSON.stringify(seen));
    assert.equal(seen.charts, when, JSON.stringify(seen));
    // caught up: the same text as a fresh load of the link
    await page.waitForFunction((old) => {
      const t = document.querySelector('[data-testid="chart-categories"] ~ figcaption table')?.textContent;
      return t && t !== old;
    }, before.categories);
    await page.waitForTimeout(300);
    const after = await texts(page);
    const fresh = await app.open(page.url(), { width: 1280, height });
    await fresh.page.locator(testid("sizing-panel")).waitFor({ state: "attached" });
    await openTables(fresh.page);
    assert.deepEqual(after, await texts(fresh.page));
    assert.notEqual(after.categories, before.categories);
    assert.notEqual(after.breakdowns, before.breakdowns);
    assert.deepEqual(errors, []);
    assert.deepEqual(fresh.errors, []);
    await fresh.context.close();
    await context.close();
  });
}

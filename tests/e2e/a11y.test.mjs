// Accessibility: axe-core on every page, both languages, narrow and wide — no serious or
// critical violations. And a keyboard-only walk through the main flow.
import { test } from "node:test";
import assert from "node:assert/strict";
import { AxeBuilder } from "@axe-core/playwright";
import { suite } from "./lib.mjs";

const PORT = 8189;
const app = suite(PORT);
const ROOT = app.root;

const PAGES = [
  ["compare", "", '[data-testid="comparison"]'],
  ["catalog", "view=catalog&", '[data-testid="catalog-page"]'],
  ["decide", "view=decide&", '[data-testid="decide-page"]'],
];

for (const [name, query, ready] of PAGES) {
  for (const lang of ["zh", "en"]) {
    for (const width of [390, 1280]) {
      test(`axe: ${name} page, ${lang}, ${width} px`, async () => {
        const { page, context } = await app.open(`${ROOT}?${query}lang=${lang}`, { width, waitFor: ready, state: "attached" });
        await page.waitForTimeout(300);
        const results = await new AxeBuilder({ page }).analyze();
        const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
        const report = bad.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
        assert.deepEqual(report, [], report.join("\n"));
        await context.close();
      });
    }
  }
}

test("keyboard only: pick a workload, change a number, open a breakdown", async () => {
  const { page, context } = await app.open(`${ROOT}?lang=en`);
  // tab to the workload radios, move to the next workload with the arrow key
  await page.focus('[data-testid="workload-s000"]');
  await page.keyboard.press("ArrowDown");
  await page.waitForURL(/wl=s001/);
  await page.waitForSelector('[data-testid="total-s001-hybrid"]');
  // tab into the users field and type
  await page.focus('[data-testid="input-users"]');
  await page.keyboard.press("Control+A");
  await page.keyboard.type("300");
  await page.waitForURL(/u=300/);
  // open a breakdown with the keyboard
  await page.focus('[data-testid="breakdown-s001-hybrid"] > summary');
  await page.keyboard.press("Enter");
  await page.waitForSelector('[data-testid="line-s001-hybrid-0"]');
  const focused = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(focused, "none", "the focused control shows a focus ring");
  await context.close();
});

// The sizing panel (issue #16 items 3–4) on the compare and decide pages: the default scenario's
// hand-checked figures, inputs that round-trip through the URL, bad input shown as one sentence
// with fixes that work, both languages, 390 px without sideways scroll, and axe.
import { test } from "node:test";
import assert from "node:assert/strict";
import { AxeBuilder } from "@axe-core/playwright";
import { suite, testid, OUT } from "./lib.mjs";

const PORT = 8243;
const app = suite(PORT, { defaults: { waitFor: testid("sizing-panel"), state: "attached" } });
const ROOT = app.root;
const PAGES = [
  ["compare", ""],
  ["decide", "view=decide&"],
];

/** The text of a result row's value. */
const row = (page, name) => page.locator(`${testid(`sizing-${name}`)} dd`).innerText();

/** Opens a page with the panel scrolled into view. */
async function openPanel(query, options = {}) {
  const opened = await app.open(`${ROOT}?${query}`, options);
  await opened.page.locator(testid("sizing-panel")).scrollIntoViewIfNeeded();
  return opened;
}

for (const [name, query] of PAGES) {
  test(`${name}: the default scenario sizes Llama 3 8B (INT4) on one T4 with the hand-checked figures`, async () => {
    const { page, context, errors } = await openPanel(`${query}lang=en`);
    await page.waitForSelector(testid("sizing-monthly-cost"));
    // Seed 000: peak 10 × 4 turns/min ÷ 60 = 0.667 req/s, 500 in + 150 out tokens, 24 GPU h/day.
    // Weights 8 B × 0.5 byte = 4 GB; KV a token 2 × 32 × 8 × 128 × 2 B = 131,072 B; a T4 has
    // 16 × 0.9 = 14.4 GB usable; ⌊(14.4 − 1 − 4) GB ÷ (650 × 131,072 B)⌋ = 110 sequences.
    // Per-token limit 100 ms: compute 0.1 × 65e12 × 0.5 ÷ 16e9 = 203, memory 244 → batch 110.
    // KV at 110 × 650 tokens = 9.37 GB → 4 + 9.37 + 1 = 14.37 GB.
    assert.equal(await row(page, "memory"), "weights 4.0 GB + KV cache 9.4 GB + overhead 1.0 GB = 14.4 GB of 14.4 GB usable");
    // step: (4e9 + 110 × 575 × 131,072) ÷ (320e9 × 0.7) = 0.054867 s → 110 ÷ 0.054867 = 2,004.8
    assert.equal(await row(page, "tokens-per-s"), "2,004.8");
    // prefill: 16e9 × 500 ÷ 32.5e12 = 0.246 s
    assert.equal(await row(page, "first-token"), "246 ms");
    // load 100 ÷ 2,004.8 + 0.667 × 0.246 = 0.214 → 1 replica at 21 %
    assert.equal(await row(page, "replicas"), "1");
    assert.equal(await row(page, "utilisation"), "21 %");
    // 1 × $0.526 × 730 h = $383.98; × 6.7686 = ¥2,599
    assert.equal(await row(page, "monthly-cost"), "$383.98 · ¥2,599");
    // gpt-4o-mini: 12 M × $0.15 + 3.6 M × $0.60 = $3.96
    assert.equal(await row(page, "api-monthly"), "$3.96 · ¥26.80");
    await page.locator(testid("sizing-panel")).screenshot({ path: `${OUT}/sizing-${name}-en.png` });
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("changing model, precision and hardware writes the URL, and a reload restores it", async () => {
  const { page, context } = await openPanel("lang=en");
  await page.selectOption(testid("sizing-zm"), "qwen2-5-7b-instruct");
  await page.waitForURL(/zm=qwen2-5-7b-instruct/);
  await page.selectOption(testid("sizing-zq"), "int8");
  await page.waitForURL(/zq=int8/);
  await page.selectOption(testid("sizing-zi"), "aws-g6-xlarge");
  await page.waitForURL(/zi=aws-g6-xlarge/);
  const url = page.url();
  await page.reload();
  await page.waitForSelector(testid("sizing-panel"), { state: "attached" });
  assert.equal(page.url(), url);
  assert.equal(await page.locator(testid("sizing-zm")).inputValue(), "qwen2-5-7b-instruct");
  assert.equal(await page.locator(testid("sizing-zq")).inputValue(), "int8");
  assert.equal(await page.locator(testid("sizing-zi")).inputValue(), "aws-g6-xlarge");
  await page.waitForSelector(testid("sizing-monthly-cost"));
  await context.close();
});

test("70B at FP16 on a T4: the error says why, and a fix resolves it", async () => {
  const { page, context } = await openPanel("lang=en&zm=llama3-70b&zq=fp16&zi=aws-g4dn-xlarge");
  const error = page.locator(testid("sizing-error"));
  await error.waitFor();
  // 70 B × 2 bytes + 650 × 327,680 B + 1 GB = 141.2 GB against 14.4 GB usable
  assert.match(await error.innerText(), /Meta Llama 3 70B at FP16 needs 141\.2 GB per GPU; one NVIDIA T4 has 14\.4 GB usable\./);
  assert.equal(await page.locator(testid("sizing-monthly-cost")).count(), 0, "no silent number");
  await page.click(testid("sizing-fix-0"));
  await page.waitForURL(/zi=azure-nc96ads-a100-v4/);
  await page.waitForSelector(testid("sizing-monthly-cost"));
  assert.equal(await page.locator(testid("sizing-error")).count(), 0);
  await context.close();
});

test("a context longer than the model's maximum offers a shorter one that works (zh)", async () => {
  const { page, context } = await openPanel("lang=zh&zc=10000");
  const error = page.locator(testid("sizing-error"));
  await error.waitFor();
  assert.match(await error.innerText(), /10,000 token 的上下文超过了 Meta Llama 3 8B 的上限 8,192 token/);
  await page.click(testid("sizing-fix-0"));
  await page.waitForURL(/zc=\d+/);
  await page.waitForSelector(testid("sizing-monthly-cost"));
  assert.equal(await error.count(), 0);
  await context.close();
});

for (const [name, query] of PAGES) {
  for (const lang of ["zh", "en"]) {
    test(`${name}, ${lang}, 390 px: the panel never scrolls the page sideways; axe finds nothing serious`, async () => {
      const { page, context } = await openPanel(`${query}lang=${lang}&zm=llama3-70b&zq=fp16`, { width: 390, height: 900 });
      await page.waitForSelector(testid("sizing-error"));
      await page.screenshot({ path: `${OUT}/sizing-${name}-${lang}-390.png`, fullPage: true });
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scroll <= 390, `page is ${scroll}px wide at 390px`);
      const results = await new AxeBuilder({ page }).include(testid("sizing-panel")).analyze();
      const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`), []);
      await context.close();
    });
  }
}

test("keyboard: a select is reached by Tab and changed with the arrow keys", async () => {
  const { page, context } = await openPanel("lang=en");
  await page.focus(testid("sizing-zq"));
  await page.keyboard.press("ArrowUp");
  await page.waitForURL(/zq=int8/);
  await context.close();
});

test("in the embed (embed=1) the panel is there and fits a 390 px frame", async () => {
  const { page, context } = await openPanel("lang=en&embed=1", { width: 390, height: 900 });
  await page.waitForSelector(testid("sizing-monthly-cost"));
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scroll <= 390, `page is ${scroll}px wide at 390px`);
  await context.close();
});

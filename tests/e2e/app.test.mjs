// End to end against the release build in dist/, served on 127.0.0.1.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { suite, serve, total, drawn } from "./lib.mjs";

const PORT = 8093;
const app = suite(PORT);
const ROOT = app.root;

test("the default page shows seed 000's EC2 GPU total from the catalog", async () => {
  const { page, context, errors } = await app.open(ROOT + "?lang=en");
  const t = total(page, "s000-ec2-gpu");
  // the sizing model's 2 g4dn for the peak of 10 (crates/core/tests/it/gpu_default.rs):
  // 2 × 0.526 × 730 + 50 × 0.08 + 5 = 767.96 + 4 + 5 = 776.96 ; with Amplify's $10: 781.96
  assert.ok(Math.abs(Number(await t.getAttribute("data-low")) - 776.96) < 1e-6);
  assert.ok(Math.abs(Number(await t.getAttribute("data-high")) - 781.96) < 1e-6);
  assert.equal(await t.getAttribute("data-currency"), "USD");
  assert.equal(await t.textContent(), "$776.96–$781.96");
  assert.deepEqual(errors, []);
  await context.close();
});

test("typing users updates the URL and the figures, and the URL restores them", async () => {
  const { page, context } = await app.open(ROOT + "?lang=en");
  await page.fill('[data-testid="input-users"]', "450");
  await page.waitForURL(/u=450/);
  // 776.96 / 450 = 1.7266 -> $1.73 ; 781.96 / 450 = 1.7377 -> $1.74
  await page.locator('[data-testid="per-user-s000-ec2-gpu"]', { hasText: "$1.73–$1.74" }).waitFor();
  const url = page.url();
  assert.match(url, /[?&]v=2(&|$)/);
  await page.reload();
  await page.waitForSelector('[data-testid="total-s000-ec2-gpu"]');
  assert.equal(await page.inputValue('[data-testid="input-users"]'), "450");
  await page.locator('[data-testid="per-user-s000-ec2-gpu"]', { hasText: "$1.73–$1.74" }).waitFor();
  // a fresh browser context opening the same URL sees the same scenario
  const again = await app.open(url);
  assert.equal(await again.page.inputValue('[data-testid="input-users"]'), "450");
  await again.context.close();
  await context.close();
});

test("an invalid value is explained and not applied", async () => {
  const { page, context } = await app.open(ROOT + "?lang=en&u=300");
  await page.fill('[data-testid="input-users"]', "-2");
  await page.getByText("Must be between 0 and 1,000,000,000").waitFor();
  await page.waitForTimeout(400);
  assert.match(page.url(), /u=300/);
  await context.close();
});

test("the language switch and the currency selector", async () => {
  const { page, context } = await app.open(ROOT + "?lang=en");
  await page.click('[data-testid="lang-zh"]');
  await page.getByText("每月合计").first().waitFor();
  assert.match(page.url(), /lang=zh/);
  assert.equal(await page.getAttribute("html", "lang"), "zh-CN");
  await page.selectOption('[data-testid="input-currency"]', "both");
  await page.waitForURL(/cur=both/);
  const currencies = await page.locator('[data-testid="total-s000-ec2-gpu"]').evaluateAll((els) => els.map((e) => e.dataset.currency));
  assert.deepEqual(currencies, ["USD", "CNY"]);
  await context.close();
});

test("no request leaves 127.0.0.1, and the chart renders from the vendored ECharts", async () => {
  const { page, context, requests, errors } = await app.open(ROOT);
  await drawn(page, '[data-testid="chart-categories"]');
  assert.ok(requests.length > 3, `requests: ${requests}`);
  for (const r of requests) assert.ok(r.startsWith(`http://127.0.0.1:${PORT}/`), r);
  assert.ok(requests.some((r) => r.endsWith("/vendor/echarts.min.js")));
  assert.deepEqual(errors, []);
  await context.close();
});

test("dist works from a sub-path", async () => {
  const sub = await serve(PORT + 1, "/tools/deploycalc/");
  try {
    const { page, context, requests } = await app.open(`http://127.0.0.1:${PORT + 1}/tools/deploycalc/?lang=en&u=500`);
    assert.equal(await page.inputValue('[data-testid="input-users"]'), "500");
    await drawn(page, '[data-testid="chart-categories"]');
    for (const r of requests) assert.ok(r.startsWith(`http://127.0.0.1:${PORT + 1}/tools/deploycalc/`), r);
    await context.close();
  } finally {
    sub.close();
  }
});

for (const width of [390, 1280]) {
  for (const lang of ["zh", "en"]) {
    test(`screenshot ${lang} at ${width} px, no horizontal scroll`, async () => {
      const { page, context } = await app.open(`${ROOT}?lang=${lang}`, { width });
      await drawn(page, '[data-testid="chart-categories"]');
      await page.waitForTimeout(300);
      await page.screenshot({ path: `target/e2e/home-${lang}-${width}.png`, fullPage: true });
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scroll <= width, `page is ${scroll}px wide at ${width}px`);
      await context.close();
    });
  }
}

const FIXTURE = JSON.parse(fs.readFileSync("crates/core/tests/fixtures/workload_totals.json", "utf8"));

test("each of the five workloads shows its plans with the engine's totals", async () => {
  const { page, context } = await app.open(ROOT + "?lang=en&cur=both");
  for (const wl of ["s001", "s002", "s003", "s004", "s000"]) {
    await page.click(`[data-testid="workload-${wl}"]`);
    if (wl !== "s000") await page.waitForURL(new RegExp(`wl=${wl}`));
    else await page.waitForURL((u) => !u.search.includes("wl="));
    const plans = FIXTURE.workloads[wl];
    await page.waitForSelector(`[data-testid="total-${plans[0].id}"]`);
    const shown = await page.locator('[data-testid="comparison"] > [data-testid^="plan-"]').count();
    assert.equal(shown, plans.length, `${wl}: number of plans`);
    for (const p of plans) {
      const els = page.locator(`[data-testid="total-${p.id}"]`);
      assert.equal(await els.count(), 2, `${p.id}: USD and CNY`);
      for (let i = 0; i < 2; i++) {
        const el = els.nth(i);
        const cur = (await el.getAttribute("data-currency")).toLowerCase();
        const low = Number(await el.getAttribute("data-low"));
        const high = Number(await el.getAttribute("data-high"));
        assert.ok(Math.abs(low - p[cur][0]) < 1e-6 * Math.max(1, p[cur][0]), `${p.id} ${cur} low ${low} vs ${p[cur][0]}`);
        assert.ok(Math.abs(high - p[cur][1]) < 1e-6 * Math.max(1, p[cur][1]), `${p.id} ${cur} high ${high} vs ${p[cur][1]}`);
        assert.equal(await el.getAttribute("data-lower-bound"), String(p.lower_bound));
      }
    }
  }
  await context.close();
});

test("cached input and the batch API reprice the LLM lines and say so in the breakdown", async () => {
  const { page, context } = await app.open(ROOT + "?lang=en&cin=40&open=s000-remote-api");
  const input = page.locator('[data-testid="line-s000-remote-api-2"]');
  await input.waitFor();
  // gpt-4o-mini input: 12 M tokens (100 h × 60 × 4 turns × 500) at 60 % × 0.15 + 40 % × 0.075
  // (cached) = 0.12 per 1M: $1.44
  assert.match(await input.textContent(), /\$1\.44/);
  assert.match(await input.textContent(), /Cached 40%/);
  assert.equal(await page.inputValue('[data-testid="input-cached_input_share"]'), "40");
  // the batch API: 12 × 0.075 = $0.90 in, 3.6 M × 0.30 = $1.08 out; the cache share no
  // longer applies once the batch price is the price
  assert.equal(await page.locator('[data-testid="input-purchase_option"] option[value="batch"]').count(), 1);
  await page.goto(ROOT + "?lang=en&cin=40&po=batch&open=s000-remote-api");
  const output = page.locator('[data-testid="line-s000-remote-api-3"]');
  await page.waitForFunction(() => /\$1\.08/.test(document.querySelector('[data-testid="line-s000-remote-api-3"]')?.textContent));
  assert.match(await output.textContent(), /Batch API/);
  assert.match(await input.textContent(), /\$0\.90/);
  assert.doesNotMatch(await input.textContent(), /Cached/);
  await context.close();
});

test("a breakdown expands to its lines and chart; hide and pin rearrange the columns", async () => {
  const { page, context } = await app.open(ROOT + "?lang=en");
  await page.click('[data-testid="breakdown-s000-fargate"] > summary');
  await page.waitForURL(/open=s000-fargate/);
  const line = page.locator('[data-testid="line-s000-fargate-1"]');
  await line.waitFor();
  // Fargate vCPU: 1 task × 2 vCPU × 730 h × $0.04048 = $59.10
  assert.match(await line.textContent(), /\$59\.10/);
  await drawn(page, '[data-testid="breakdown-s000-fargate"] [data-testid="chart-breakdown"]');
  await page.click('[data-testid="pin-s000-local"]');
  await page.waitForURL(/pin=s000-local/);
  const first = await page.locator('[data-testid="comparison"] > [data-testid^="plan-"]').first().getAttribute("data-testid");
  assert.equal(first, "plan-s000-local");
  await page.click('[data-testid="hide-s000-fargate"]');
  await page.waitForURL(/hide=s000-fargate/);
  assert.equal(await page.locator('[data-testid="comparison"] > [data-testid^="plan-"]').count(), 3);
  await page.click('[data-testid="show-s000-fargate"]');
  await page.waitForURL((u) => !u.search.includes("hide="));
  assert.equal(await page.locator('[data-testid="comparison"] > [data-testid^="plan-"]').count(), 4);
  await context.close();
});

test("no horizontal scroll at 360 px on any workload, and no NaN or inf on the page", async () => {
  const { page, context } = await app.open(`${ROOT}?lang=zh&cur=both`, { width: 360 });
  for (const wl of ["s000", "s001", "s002", "s003", "s004", "custom"]) {
    await page.goto(`${ROOT}?lang=zh&cur=both&wl=${wl}`);
    await page.waitForSelector('[data-testid="comparison"] [data-testid^="total-"]');
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scroll <= 360, `${wl}: page is ${scroll}px wide at 360px`);
    const text = await page.evaluate(() => document.body.innerText);
    assert.ok(!/NaN|\binf\b|Infinity/.test(text), `${wl}: NaN or inf on the page`);
  }
  // extreme scenarios: 10⁹ users and 10⁶ conversation hours, and zero of everything
  for (const q of ["u=1000000000&pc=100000000&ch=1000000", "u=0&pc=0&ch=0&sg=0&eg=0"]) {
    await page.goto(`${ROOT}?lang=en&wl=custom&${q}`);
    await page.waitForSelector('[data-testid="comparison"] [data-testid^="total-"]');
    const text = await page.evaluate(() => document.body.innerText);
    assert.ok(!/NaN|\binf\b|Infinity|-\$/.test(text), `${q}: NaN, inf or negative money on the page`);
  }
  await context.close();
});

test("the assumptions panel links to the catalog page", async () => {
  const { page, context } = await app.open(ROOT + "?lang=en");
  await page.click('[data-testid="assumptions-catalog"]');
  await page.waitForURL(/view=catalog/);
  await page.waitForSelector('[data-testid="catalog-row-aws-ec2-g4dn-xlarge"]');
  await context.close();
});

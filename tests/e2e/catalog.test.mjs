// The catalog browser (?page=catalog) end to end, against the release build in dist/.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { suite } from "./lib.mjs";

const PORT = 8191;
const G4DN = '[data-testid="catalog-row-aws-ec2-g4dn-xlarge"]';
const ROWS = '[data-testid="catalog-table"] tbody tr[data-testid^="catalog-row-"]';
const app = suite(PORT, { defaults: { waitFor: G4DN } });

/** Opens the catalog page and waits for the price table, all of it: after its first rows
 * the table fills in a group of rows at a time (src/ui/pages/catalog/prices.rs). */
async function openCatalog(query = "lang=en", options) {
  const opened = await app.open(`${app.root}?page=catalog&${query}`, options);
  await opened.page.waitForFunction(
    (sel) => {
      const m = (document.querySelector('[data-testid="catalog-count"]')?.textContent || "").match(/(\d+)/);
      return m && document.querySelectorAll(sel).length === Number(m[1]);
    },
    ROWS,
  );
  return opened;
}

const rowIds = (page) =>
  page.locator(ROWS).evaluateAll((trs) => trs.map((tr) => tr.dataset.testid.replace("catalog-row-", "")));

/** "12 of 218 records" -> [12, 218] */
async function counts(page) {
  const text = await page.textContent('[data-testid="catalog-count"]');
  const m = text.match(/(\d+) of (\d+)/);
  assert.ok(m, text);
  return [Number(m[1]), Number(m[2])];
}

/** Texts of one column, found by its header's sort button. */
async function column(page, name) {
  return page.evaluate((name) => {
    const ths = [...document.querySelectorAll('[data-testid="catalog-table"] thead th')];
    const i = ths.findIndex((th) => th.querySelector(`[data-testid="sort-${name}"]`));
    return [...document.querySelectorAll('[data-testid="catalog-table"] tbody tr')].map((tr) => tr.children[i].textContent.trim());
  }, name);
}

test("the price table lists every record, with g4dn.xlarge at $0.526 per hour", async () => {
  const { page, context, errors } = await openCatalog();
  const [shown, total] = await counts(page);
  assert.ok(total > 100, `total ${total}`);
  assert.equal(shown, total);
  assert.equal(await page.locator(ROWS).count(), total);
  const g4dn = page.locator(G4DN);
  const text = await g4dn.textContent();
  assert.match(text, /\$0\.526/);
  // 0.526 ÷ 4 vCPU = 0.1315 per vCPU-hour
  assert.match(text, /\$0\.1315/);
  // a source given as an address is a link
  assert.ok((await page.locator(`${ROWS} td.src a[href^="http"]`).count()) > 0);
  // NC6s_v3 is marked retired, and its unknown price is not 0
  const nc6 = page.locator('[data-testid="catalog-row-azure-nc6s-v3"]');
  assert.match(await nc6.textContent(), /retired 2025-09-30/);
  assert.match(await nc6.textContent(), /unknown/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("search narrows the rows, and so does a provider filter", async () => {
  const { page, context } = await openCatalog();
  const [, total] = await counts(page);
  await page.fill('[data-testid="catalog-search"]', "G4DN");
  await page.waitForFunction((sel) => document.querySelectorAll(sel).length < 10, ROWS);
  const ids = await rowIds(page);
  assert.ok(ids.length >= 1 && ids.length < total, ids.join());
  assert.ok(ids.includes("aws-ec2-g4dn-xlarge"));
  assert.deepEqual(await counts(page), [ids.length, total]);
  await page.fill('[data-testid="catalog-search"]', "");
  await page.selectOption('[data-testid="filter-provider"]', "gcp");
  await page.waitForFunction(
    (sel) => !document.querySelector('[data-testid="catalog-row-aws-ec2-g4dn-xlarge"]') && document.querySelectorAll(sel).length > 0,
    ROWS,
  );
  const providers = await column(page, "provider");
  assert.ok(providers.length > 3 && providers.length < total);
  for (const p of providers) assert.equal(p, "Google Cloud");
  await page.click('[data-testid="catalog-clear"]');
  await page.waitForSelector(G4DN);
  assert.equal((await counts(page))[0], total);
  await context.close();
});

test("a column header sorts, and a second click reverses the order", async () => {
  const { page, context } = await openCatalog();
  await page.selectOption('[data-testid="filter-provider"]', "aws");
  await page.click('[data-testid="sort-converted"]');
  const th = page.locator("th", { has: page.locator('[data-testid="sort-converted"]') });
  assert.equal(await th.getAttribute("aria-sort"), "ascending");
  const asc = await rowIds(page);
  const prices = (await column(page, "converted")).filter((t) => t.startsWith("$")).map((t) => Number(t.replace(/[$,]/g, "").split("–")[0]));
  for (let i = 1; i < prices.length; i++) assert.ok(prices[i - 1] <= prices[i], `${prices[i - 1]} > ${prices[i]}`);
  await page.click('[data-testid="sort-converted"]');
  assert.equal(await th.getAttribute("aria-sort"), "descending");
  const desc = await rowIds(page);
  assert.notDeepEqual(desc, asc);
  // unknown prices stay last both ways
  const last = (await column(page, "converted")).at(-1);
  if ((await column(page, "converted")).includes("unknown")) assert.equal(last, "unknown");
  // the sort button keeps focus, so a keyboard user can press it again
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), "sort-converted");
  await context.close();
});

test("the currency toggle converts at the scenario's rate", async () => {
  const { page, context } = await openCatalog("lang=en&fx=7.2");
  await page.click('[data-testid="catalog-currency-cny"]');
  await page.getByText("Unit price (CNY)").waitFor();
  // 0.526 × 7.2 = 3.7872, shown to four significant figures; the list price stays $0.526
  const text = await page.locator(G4DN).textContent();
  assert.match(text, /¥3\.787(?!\d)/);
  assert.match(text, /\$0\.526/);
  // per vCPU-hour: 3.7872 ÷ 4 = 0.9468
  assert.match(text, /¥0\.9468/);
  await context.close();
});

test("Export CSV downloads exactly the rows and columns on screen", async () => {
  const { page, context } = await openCatalog();
  await page.selectOption('[data-testid="filter-provider"]', "aws");
  await page.fill('[data-testid="catalog-search"]', "ec2");
  await page.waitForFunction((sel) => !document.querySelector('[data-testid="catalog-row-aws-s3-standard"]') && document.querySelectorAll(sel).length > 0, ROWS);
  const visible = await page.locator(ROWS).count();
  const columns = await page.locator('[data-testid="catalog-table"] thead th').count();
  const [download] = await Promise.all([page.waitForEvent("download"), page.click('[data-testid="catalog-export"]')]);
  assert.match(download.suggestedFilename(), /\.csv$/);
  const text = fs.readFileSync(await download.path(), "utf8").replace(/^\uFEFF/, "");
  const lines = text.split("\n").filter((l) => l.length > 0);
  assert.equal(lines.length, visible + 1);
  assert.ok(lines[0].startsWith("ID,Provider,Service"), lines[0]);
  assert.ok(text.includes("aws-ec2-g4dn-xlarge,AWS,EC2,g4dn.xlarge"));
  // hiding the per-unit columns hides them from the file too
  await page.uncheck('[data-testid="toggle-normalised"]');
  const fewer = await page.locator('[data-testid="catalog-table"] thead th').count();
  assert.equal(fewer, columns - 3);
  const [again] = await Promise.all([page.waitForEvent("download"), page.click('[data-testid="catalog-export"]')]);
  const header = fs.readFileSync(await again.path(), "utf8").replace(/^\uFEFF/, "").split("\n")[0];
  assert.ok(!header.includes("Per vCPU-hour"), header);
  await context.close();
});

test("tabs: performance records and the provider matrix, also by keyboard", async () => {
  const { page, context } = await openCatalog();
  await page.click('[data-testid="catalog-tab-perf"]');
  await page.waitForSelector('[data-testid="perf-row-aws-max-nodes-seed004"]');
  assert.equal(await page.getAttribute('[data-testid="catalog-tab-perf"]', "aria-selected"), "true");
  assert.equal(await page.getAttribute('[data-testid="catalog-tab-prices"]', "aria-selected"), "false");
  await page.focus('[data-testid="catalog-tab-perf"]');
  await page.keyboard.press("ArrowRight");
  await page.waitForSelector('[data-testid="matrix-features"]');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), "catalog-tab-matrix");
  assert.match(await page.textContent('[data-testid="matrix-row-features-age"]'), /self-hosted only/);
  await page.screenshot({ path: "target/e2e/catalog-matrix-en-1280.png", fullPage: true });
  await page.keyboard.press("ArrowLeft");
  await page.waitForSelector('[data-testid="perf-table"]');
  await page.screenshot({ path: "target/e2e/catalog-perf-en-1280.png" });
  await page.keyboard.press("Home");
  await page.waitForSelector(G4DN);
  await context.close();
});

test("switching to Chinese relabels the page", async () => {
  const { page, context } = await openCatalog();
  await page.click('[data-testid="lang-zh"]');
  await page.waitForURL(/lang=zh/);
  await page.locator('[data-testid="catalog-title"]', { hasText: "价格目录" }).waitFor();
  assert.equal(await page.textContent('[data-testid="sort-provider"]').then((t) => t.replace(/[↕▲▼]/g, "").trim()), "厂商");
  assert.match(await page.textContent('[data-testid="catalog-count"]'), /共 \d+ 条记录/);
  assert.match(await page.textContent('[data-testid="catalog-export"]'), /导出 CSV/);
  await context.close();
});

// On a phone the table starts below the first screen: its first 24 rows (prices.rs ROW_GROUP)
// come with the page, the rest once the table comes on screen or the reader acts on the page
// (a key, a pointer, a wheel, a touch), so that loading the page does not lay out ~290 rows
// nobody sees yet (issue #14: most of the page's blocking time).
for (const how of ["scroll", "key"]) {
  test(`on a phone the rows below the first group wait for the table, then all come (${how})`, async () => {
    const { page, context, errors } = await app.open(`${app.root}?page=catalog&lang=en`, {
      width: 412,
      height: 823,
      waitFor: ROWS,
      state: "attached",
    });
    await page.waitForFunction(() => performance.getEntriesByName("dc-mounted").length > 0);
    const top = await page.evaluate(() => document.querySelector('[data-testid="catalog-table"]').getBoundingClientRect().top);
    assert.ok(top > 823, `the table starts at ${top}px, on the first screen`);
    // well past the 40 ms × 12 groups the later rows used to take after the page was shown
    await page.waitForTimeout(1500);
    const [shown, total] = await counts(page);
    assert.equal(shown, total);
    assert.ok(total > 24, `total ${total}`);
    assert.equal(await page.locator(ROWS).count(), 24);
    if (how === "scroll") await page.evaluate(() => window.scrollBy(0, 400));
    else await page.keyboard.press("Tab");
    await page.waitForFunction(({ sel, n }) => document.querySelectorAll(sel).length === n, { sel: ROWS, n: total });
    assert.deepEqual(errors, []);
    await context.close();
  });
}

for (const width of [390, 1280]) {
  for (const lang of ["en", "zh"]) {
    test(`screenshot ${lang} at ${width} px, the page never scrolls sideways`, async () => {
      // tall enough to show the controls and the first rows of the table
      const { page, context } = await openCatalog(`lang=${lang}`, { width, height: width < 500 ? 1500 : 1000 });
      await page.waitForTimeout(200);
      await page.screenshot({ path: `target/e2e/catalog-${lang}-${width}.png` });
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scroll <= width, `page is ${scroll}px wide at ${width}px`);
      await context.close();
    });
  }
}

test("the performance and matrix tabs fit a 390 px screen too", async () => {
  const { page, context } = await openCatalog("lang=zh", { width: 390, height: 1500 });
  for (const tab of ["perf", "matrix"]) {
    await page.click(`[data-testid="catalog-tab-${tab}"]`);
    await page.waitForSelector(tab === "perf" ? '[data-testid="perf-table"]' : '[data-testid="matrix-features"]');
    await page.screenshot({ path: `target/e2e/catalog-${tab}-zh-390.png` });
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scroll <= 390, `${tab}: page is ${scroll}px wide at 390px`);
  }
  await context.close();
});

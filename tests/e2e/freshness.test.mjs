// Freshness per source (issue #15 item 6) end to end, against the release build in dist/:
// the catalog's freshness tab (a real table, reachable by keyboard and by a #freshness link),
// the assumptions panel's summary and its link, and the breakdown lines' own as-of dates.
import { test } from "node:test";
import assert from "node:assert/strict";
import { suite, testid, OUT } from "./lib.mjs";

const PORT = 8227;
const TABLE = testid("fresh-table");
const app = suite(PORT);

/** Sums of the data rows' record counts and the total row's, and every row's badge words. */
async function tableFacts(page) {
  return page.evaluate((sel) => {
    const t = document.querySelector(sel);
    const cell = (tr, i) => tr.children[i].textContent.trim();
    const rows = [...t.querySelectorAll("tbody tr")];
    const total = t.querySelector("tfoot tr");
    return {
      caption: t.querySelector("caption")?.textContent || "",
      rowHeads: [...t.querySelectorAll("tbody th[scope=row]")].length,
      rows: rows.map((tr) => tr.dataset.testid),
      sum: rows.reduce((s, tr) => s + Number(cell(tr, 1)), 0),
      // records = the four confidence columns, in every row
      confOk: [...rows, total].every((tr) => Number(cell(tr, 1)) === [4, 5, 6, 7].reduce((s, i) => s + Number(cell(tr, i)), 0)),
      total: Number(cell(total, 1)),
      badges: [...t.querySelectorAll("tbody .badge[data-freshness]")].map((b) => [b.dataset.freshness, b.textContent.trim()]),
    };
  }, TABLE);
}

test("the freshness tab: a table by source whose counts add up, by keyboard too (en, 1366 px)", async () => {
  const { page, context, errors } = await app.open(`${app.root}?view=catalog&lang=en`, {
    width: 1366,
    height: 1000,
    waitFor: testid("catalog-tab-prices"),
  });
  // keyboard: from the matrix tab, ArrowRight reaches Freshness, and wraps back to Prices
  await page.click(testid("catalog-tab-matrix"));
  await page.focus(testid("catalog-tab-matrix"));
  await page.keyboard.press("ArrowRight");
  await page.waitForSelector(TABLE);
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), "catalog-tab-freshness");
  assert.equal(await page.getAttribute(testid("catalog-tab-freshness"), "aria-selected"), "true");
  const f = await tableFacts(page);
  assert.match(f.caption, /as of the catalog date 2026-11-22/);
  assert.match(await page.textContent(testid("fresh-rule")), /as of the catalog date, 2026-11-22 \(not today's date\)/);
  for (const key of ["litellm", "infracost", "cyclenerd", "karpenter", "pages-aws", "seed-000", "seed-004"]) {
    assert.ok(f.rows.includes(`fresh-row-${key}`), `${key} row: ${f.rows}`);
  }
  assert.equal(f.rowHeads, f.rows.length, "every row has a row header");
  assert.equal(f.sum, f.total, "the rows add up to the total row");
  assert.ok(f.confOk, "confidence counts add up to each row's records");
  // badges carry their word: fresh / aging / stale / undated, never colour alone
  assert.equal(f.badges.length, 2 * f.rows.length);
  for (const [k, word] of f.badges) assert.equal(word, k);
  // seed 000 carries no date: its row says undated and "date read", not "fresh, 0 days"
  const seed0 = await page.textContent(testid("fresh-row-seed-000"));
  assert.match(seed0, /undated/);
  assert.match(seed0, /date read/);
  assert.doesNotMatch(seed0, /fresh|days/);
  assert.match(await page.textContent(testid("fresh-row-seed-004")), /stale/);
  // the band counts above the table add up to the total too
  const bands = await Promise.all(
    ["fresh", "aging", "stale", "undated"].map((b) => page.textContent(testid(`fresh-count-${b}`))),
  );
  assert.equal(bands.reduce((s, n) => s + Number(n), 0), f.total);
  await page.screenshot({ path: `${OUT}/freshness-en-1366.png`, fullPage: true });
  await page.keyboard.press("ArrowRight");
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), "catalog-tab-prices");
  await page.keyboard.press("End");
  await page.waitForSelector(TABLE);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a #freshness link opens the tab; zh at 390 px never scrolls the page sideways", async () => {
  const { page, context } = await app.open(`${app.root}?view=catalog&lang=zh#freshness`, {
    width: 390,
    height: 1400,
    waitFor: TABLE,
  });
  assert.equal(await page.textContent(testid("catalog-tab-freshness")).then((t) => t.trim()), "数据新鲜度");
  const f = await tableFacts(page);
  assert.match(f.caption, /按目录日期 2026-11-22/);
  assert.ok(f.badges.every(([, w]) => ["新鲜", "较旧", "过时", "无日期"].includes(w)), JSON.stringify(f.badges));
  await page.locator(testid("catalog-tab-freshness")).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${OUT}/freshness-zh-390.png`, fullPage: true });
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scroll <= 390, `page is ${scroll}px wide at 390px`);
  await context.close();
});

for (const [lang, width] of [["en", 1366], ["zh", 390]]) {
  test(`the assumptions panel sums up freshness and links to the table (${lang}, ${width} px)`, async () => {
    const { page, context } = await app.open(`${app.root}?lang=${lang}`, { width, height: 900 });
    const summary = page.locator(testid("fresh-summary"));
    await summary.scrollIntoViewIfNeeded();
    const text = await summary.textContent();
    assert.match(text, lang === "en" ? /as of the catalog date 2026-11-22 \((\d+) records\)/ : /按目录日期 2026-11-22，共 (\d+) 条/);
    const records = Number(text.match(/(\d+) (records|条)/)[1]);
    const bands = await Promise.all(
      ["fresh", "aging", "stale", "undated"].map((b) => page.locator(testid(`summary-${b}`)).textContent()),
    );
    // "fresh 120" -> 120; the words are in the badges
    assert.equal(bands.reduce((s, t) => s + Number(t.match(/(\d+)/)[1]), 0), records);
    const conf = await page.textContent(testid("summary-confidence"));
    const confSum = [...conf.matchAll(/(\d+)/g)].reduce((s, m) => s + Number(m[1]), 0);
    assert.equal(confSum, records, conf);
    await page.locator(testid("assumptions")).screenshot({ path: `${OUT}/freshness-assumptions-${lang}-${width}.png` });
    await page.click(testid("assumptions-freshness"));
    await page.waitForURL(/view=catalog.*#freshness$/);
    await page.waitForSelector(TABLE);
    assert.equal(await page.getAttribute(testid("catalog-tab-freshness"), "aria-selected"), "true");
    assert.equal((await tableFacts(page)).total, records, "the summary and the table count the same records");
    await context.close();
  });
}

test("the link also switches tabs when the catalog page is already open", async () => {
  const { page, context } = await app.open(`${app.root}?view=catalog&lang=en`, { waitFor: testid("catalog-tab-prices") });
  await page.click(testid("assumptions-freshness"));
  await page.waitForSelector(TABLE);
  assert.equal(await page.getAttribute(testid("catalog-tab-freshness"), "aria-selected"), "true");
  await context.close();
});

test("every breakdown line keeps its own as-of date", async () => {
  const { page, context } = await app.open(`${app.root}?lang=en`);
  await page.click('[data-testid="breakdown-s000-fargate"] > summary');
  const lines = page.locator('[data-testid="breakdown-s000-fargate"] table.lines tbody tr');
  await lines.first().waitFor();
  const dates = await lines.evaluateAll((trs) => trs.map((tr) => tr.querySelector(".asof")?.textContent.trim() || ""));
  assert.ok(dates.length > 0);
  for (const d of dates) assert.match(d, /^\d{4}-\d{2}-\d{2}$/);
  await context.close();
});

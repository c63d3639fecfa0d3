// The compare page on a phone (issue 14, "results first on a phone"): at 390 × 844 the first
// plan's monthly total is on screen without scrolling, the scenario form is one tap (or one
// Enter) away, and it keeps its state — it is reordered by CSS, never unmounted. Wide screens
// keep the form beside the plans.
import { test } from "node:test";
import assert from "node:assert/strict";
import { suite, testid, total } from "./lib.mjs";

const PORT = 8215;
const app = suite(PORT);
const ROOT = app.root;
const PHONE = { width: 390, height: 844 };

/** Whether the element's box lies wholly inside the viewport as it is scrolled now. */
async function onScreen(page, locator) {
  const box = await locator.boundingBox();
  const { w, h } = await page.evaluate(() => ({ w: innerWidth, h: innerHeight }));
  return box !== null && box.x >= 0 && box.y >= 0 && box.x + box.width <= w && box.y + box.height <= h;
}

for (const query of ["", "?lang=en", "?lang=zh"]) {
  test(`at 390 × 844 the first plan's total is on screen without scrolling: /${query}`, async () => {
    const { page, context, errors } = await app.open(ROOT + query, PHONE);
    const first = page.locator('[data-testid="comparison"] [data-testid^="total-"]').first();
    assert.equal(await page.evaluate(() => scrollY), 0);
    assert.ok(await onScreen(page, first), `first total at ${JSON.stringify(await first.boundingBox())}`);
    // the link to the form is on screen too, and the form is below the plans
    assert.ok(await onScreen(page, page.locator(testid("to-scenario"))));
    const formTop = (await page.locator("#scenario").boundingBox()).y;
    const plansBottom = await page.locator(testid("comparison")).evaluate((e) => e.getBoundingClientRect().bottom);
    assert.ok(formTop > plansBottom, `form at ${formTop}, plans end at ${plansBottom}`);
    await page.screenshot({ path: `target/e2e/phone-first-screen${query.replace(/\W/g, "-")}.png` });
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("the link takes the view and the focus to the form, which keeps what was typed and opened", async () => {
  const { page, context } = await app.open(ROOT + "?lang=en", PHONE);
  const link = page.locator(testid("to-scenario"));
  assert.equal(await link.textContent(), "Edit the scenario ↓");
  // keyboard: focus the link and press Enter
  await link.focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement?.id === "scenario");
  assert.ok(await page.evaluate(() => scrollY) > 0, "the view moved down to the form");
  const heading = page.locator("#scenario-title");
  assert.ok(await onScreen(page, heading), `form heading at ${JSON.stringify(await heading.boundingBox())}`);
  // the address is the scenario's alone: no #scenario to be copied with it
  assert.equal(new URL(page.url()).hash, "");
  // change a value and open a closed group (UI-only state, lost if the form were re-mounted)
  const users = page.locator(testid("input-users"));
  await users.fill("450");
  await page.waitForURL(/u=450/);
  await users.evaluate((el) => { el.dataset.mark = "kept"; });
  const group = page.locator("#scenario details.group").nth(1);
  assert.equal(await group.evaluate((d) => d.open), false);
  await group.locator("summary").click();
  // back up to the results: the plans show the new users (the model's 2 g4dn:
  // 776.96 / 450 = 1.7266 -> $1.73 ; 781.96 / 450 = 1.7377 -> $1.74)
  await page.evaluate(() => scrollTo(0, 0));
  const perUser = page.locator(testid("per-user-s000-ec2-gpu"));
  await perUser.filter({ hasText: "$1.73–$1.74" }).waitFor();
  assert.ok(await onScreen(page, total(page, "s000-ec2-gpu")));
  // and down again, by a tap this time: the same input element, with its value, the group open
  await link.click();
  await page.waitForFunction(() => document.activeElement?.id === "scenario");
  assert.equal(await users.inputValue(), "450");
  assert.equal(await users.evaluate((el) => el.dataset.mark), "kept");
  assert.equal(await group.evaluate((d) => d.open), true);
  await context.close();
});

test("the Chinese link reads 调整场景", async () => {
  const { page, context } = await app.open(ROOT + "?lang=zh", PHONE);
  assert.equal(await page.locator(testid("to-scenario")).textContent(), "调整场景 ↓");
  await context.close();
});

test("a wide screen keeps the form beside the plans, with no link to it", async () => {
  const { page, context } = await app.open(ROOT + "?lang=en", { width: 1366, height: 900 });
  assert.equal(await page.locator(testid("to-scenario")).isVisible(), false);
  const form = await page.locator("#scenario").boundingBox();
  const plans = await page.locator(testid("comparison")).boundingBox();
  assert.ok(form.x + form.width <= plans.x, "the form is left of the plans");
  assert.ok(Math.abs(form.y - plans.y) < 80, `form top ${form.y}, plans top ${plans.y}`);
  assert.ok(await onScreen(page, total(page, "s000-ec2-gpu")));
  await context.close();
});

test("a 700 px frame (the embed) shows the plans first and the form below them", async () => {
  const { page, context } = await app.open(ROOT + "?lang=en&embed=1", { width: 700, height: 900 });
  assert.ok(await onScreen(page, total(page, "s000-ec2-gpu")));
  const formTop = (await page.locator("#scenario").boundingBox()).y;
  const plansBottom = await page.locator(testid("comparison")).evaluate((e) => e.getBoundingClientRect().bottom);
  assert.ok(formTop > plansBottom);
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scroll <= 700, `page is ${scroll}px wide at 700px`);
  await context.close();
});

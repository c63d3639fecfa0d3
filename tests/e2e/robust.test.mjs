// Robustness in the browser: a panic shows the crash box with a working "reset scenario" link
// (debug build only: `?__panic=1` is compiled into debug builds, not into releases), and a
// browser without WebAssembly, or a wasm file that cannot load, gets a bilingual message instead
// of a blank page.
// The debug build is `trunk build --dist target/dist-debug` (scripts/test.sh builds it before
// the E2E step); DEBUG_DIST_DIR overrides the directory, DIST_DIR the release build's.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { suite, OUT } from "./lib.mjs";

const DEBUG_DIR = process.env.DEBUG_DIST_DIR || "target/dist-debug";
const RELEASE_DIR = process.env.DIST_DIR || "dist";
const PORT = 8201;
const DEBUG_PORT = 8202;
const TRIGGER_TEXT = "debug-only panic trigger";
// the debug build is served next to the release build; the suite stops if it is missing
const app = suite(PORT, { servers: [{ dir: DEBUG_DIR, port: DEBUG_PORT }], defaults: { height: 800, waitFor: null } });
const ROOT = app.root;
const DEBUG_ROOT = `http://127.0.0.1:${DEBUG_PORT}/`;
const openRaw = app.open;

const wasmFile = (dir) => fs.readdirSync(dir).find((f) => f.endsWith("_bg.wasm"));

test("the panic trigger is in the debug build and not in the release build", () => {
  const debug = fs.readFileSync(path.join(DEBUG_DIR, wasmFile(DEBUG_DIR)));
  const release = fs.readFileSync(path.join(RELEASE_DIR, wasmFile(RELEASE_DIR)));
  assert.ok(debug.includes(TRIGGER_TEXT), "the debug wasm has no panic trigger");
  assert.ok(!release.includes(TRIGGER_TEXT), "the release wasm contains the debug panic trigger");
  assert.ok(!release.includes("__panic=1"), "the release wasm contains __panic=1");
});

test("a panic shows the crash box in both languages; its reset link opens a working default page", async () => {
  const { page, context, log } = await openRaw(`${DEBUG_ROOT}?lang=en&u=450&cur=both&__panic=1`);
  const box = page.locator('[data-testid="crash-box"]');
  await box.waitFor({ state: "visible", timeout: 60_000 });
  assert.equal(await box.count(), 1);
  assert.equal(await box.getAttribute("role"), "alert");
  assert.ok(await box.isVisible());
  const text = await box.innerText();
  assert.match(text, /出错了，页面无法继续计算/);
  assert.match(text, /Something went wrong and the page stopped computing/);
  const link = box.locator("a");
  assert.match(await link.innerText(), /重置场景/);
  assert.match(await link.innerText(), /Reset the scenario/);
  // at the top of the page, in view, with room to read it
  const rect = await box.boundingBox();
  assert.ok(rect.y < 100 && rect.height > 30 && rect.width > 300, JSON.stringify(rect));
  // the panic itself is logged for developers
  assert.ok(log.console.some((l) => l.startsWith("error") && l.includes(TRIGGER_TEXT)), log.console.join("\n"));
  await page.screenshot({ path: `${OUT}/crash-box-1280.png` });
  // reset: the same page without the scenario, which works
  assert.equal(await link.getAttribute("href"), "./");
  await Promise.all([page.waitForEvent("load"), link.click()]);
  await page.waitForSelector('[data-testid="total-s000-ec2-gpu"]', { timeout: 60_000 });
  const u = new URL(page.url());
  assert.equal(u.origin + u.pathname, DEBUG_ROOT);
  assert.ok(!u.search.includes("__panic") && !u.search.includes("u=450"), page.url());
  assert.equal(await page.locator('[data-testid="crash-box"]').count(), 0);
  const t = page.locator('[data-testid="total-s000-ec2-gpu"]').first();
  // the default scenario's figures (app.test.mjs): $776.96–$781.96
  assert.ok(Math.abs(Number(await t.getAttribute("data-low")) - 776.96) < 1e-6);
  // and it still computes: typing users updates the figures (776.96 / 450 = 1.7266 -> $1.73)
  await page.fill('[data-testid="input-users"]', "450");
  await page.waitForURL(/u=450/);
  await page.locator('[data-testid="per-user-s000-ec2-gpu"]').filter({ hasText: /1\.73/ }).first().waitFor();
  await context.close();
});

test("the release build ignores the panic trigger", async () => {
  const { page, context, log } = await openRaw(`${ROOT}?lang=en&__panic=1`);
  await page.waitForSelector('[data-testid="total-s000-ec2-gpu"]');
  await page.waitForTimeout(500);
  assert.equal(await page.locator('[data-testid="crash-box"]').count(), 0);
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.console.filter((l) => l.startsWith("error")), []);
  // the unknown parameter is reported as such, as text
  await page.locator('[data-testid="url-notice-item"]', { hasText: "__panic=1" }).waitFor();
  await context.close();
});

const NO_WASM_ZH = "部署方案计算器无法启动";
const NO_WASM_EN = "DeployCalc cannot start";

async function assertNoWasmMessage(page, log, shot) {
  const box = page.locator('[data-testid="no-wasm"]');
  await box.waitFor({ state: "visible" });
  assert.equal(await box.getAttribute("role"), "alert");
  const text = await box.innerText();
  assert.ok(text.includes(NO_WASM_ZH) && text.includes(NO_WASM_EN), text);
  // not a blank page: the message is the page's visible text, built from text nodes only
  assert.ok((await page.evaluate(() => document.body.innerText.trim().length)) > 80);
  assert.equal(await box.locator("*:not(p)").count(), 0);
  assert.deepEqual(log.pageErrors, [], "no uncaught error");
  assert.equal(await page.locator('[data-testid="crash-box"]').count(), 0);
  await page.screenshot({ path: `${OUT}/${shot}.png` });
}

test("without WebAssembly the page says so in both languages, with no uncaught error", async () => {
  const { page, context, log } = await openRaw(`${ROOT}?lang=en`, {
    init: () => {
      delete window.WebAssembly;
    },
  });
  await assertNoWasmMessage(page, log, "no-wasm-1280");
  assert.equal(await page.evaluate(() => typeof WebAssembly), "undefined");
  await context.close();
});

test("a wasm file that cannot be loaded gives the same message", async () => {
  const { page, context, log } = await openRaw(`${ROOT}?lang=zh`, {
    route: { pattern: "**/*_bg.wasm", handler: (r) => r.fulfill({ status: 404, body: "not found" }) },
  });
  await assertNoWasmMessage(page, log, "no-wasm-404-1280");
  // the reason is logged for developers
  assert.ok(log.console.some((l) => l.startsWith("error") && l.includes("DeployCalc could not start")), log.console.join("\n"));
  await context.close();
});

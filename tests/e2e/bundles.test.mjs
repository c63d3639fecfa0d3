// One bundle per page (issue #14 item 3), end to end against the release build in dist/: each
// page, its embed and every old link form loads only its own wasm and glue (boot.js picks them
// by the rule the app applies to the URL); moving between pages is a full navigation to the
// same URL, and back and forward keep working; the bundles are cached as immutable.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { suite, testid, COMPARE_READY } from "./lib.mjs";

const PORT = 8231;
const app = suite(PORT);
const ROOT = app.root;
const DIR = process.env.DIST_DIR || "dist";

/** The three bundles named on the boot.js tag of the built index.html: { page: { js, wasm } }. */
function bundles() {
  const html = fs.readFileSync(`${DIR}/index.html`, "utf8");
  const tag = html.match(/<script[^>]*data-deploycalc-js=[^>]*>/)?.[0];
  assert.ok(tag, "index.html has no boot.js tag");
  const attr = (name) => tag.match(new RegExp(`${name}="?\\.?/?([^"\\s>]+)`))?.[1];
  const out = {};
  for (const [page, prefix] of [["compare", "data-deploycalc"], ["decide", "data-deploycalc-decide"], ["catalog", "data-deploycalc-catalog"]]) {
    out[page] = { js: attr(`${prefix}-js`), wasm: attr(`${prefix}-wasm`) };
    assert.ok(out[page].js && out[page].wasm, `no ${page} bundle on the tag: ${tag}`);
  }
  return out;
}

const READY = {
  // any workload's first total (the live app's: the prerender carries no test ids)
  compare: '[data-testid="comparison"] [data-testid^="total-"]',
  decide: testid("decide-page"),
  catalog: testid("catalog-page"),
};

/** The .js and .wasm files of the three bundles that `requests` fetched, as page names. */
function fetched(requests, b) {
  const names = requests.map((u) => new URL(u).pathname.split("/").pop());
  const pages = (kind) => Object.keys(b).filter((p) => names.includes(b[p][kind]));
  return { js: pages("js"), wasm: pages("wasm") };
}

test("the three pages are three different bundles, each in dist/", () => {
  const b = bundles();
  const wasm = Object.values(b).map((x) => x.wasm);
  assert.equal(new Set(wasm).size, 3, `three different wasm files: ${wasm}`);
  for (const { js, wasm } of Object.values(b)) {
    assert.ok(fs.existsSync(`${DIR}/${js}`), js);
    assert.ok(fs.existsSync(`${DIR}/${wasm}`), wasm);
  }
  // the compare page needs the least code of the pages that share the comparison's model
  const size = (p) => fs.statSync(`${DIR}/${b[p].wasm}`).size;
  assert.ok(size("catalog") < size("compare"), `catalog ${size("catalog")} < compare ${size("compare")}`);
});

// [query, the page whose bundle loads]: the app's rule (crates/core/src/url): the first of
// `view` and `page` (its old name) counts, an unknown value is the compare page
const LINKS = [
  ["", "compare"],
  ["?embed=1", "compare"],
  ["?wl=s003&u=50000&lang=zh", "compare"],
  ["?v=1&view=compare&lang=en", "compare"],
  ["?view=nonsense&page=decide", "compare"],
  ["?view=decide", "decide"],
  ["?page=decide&lang=en", "decide"],
  ["?lang=en&embed=1&view=decide", "decide"],
  ["?view=decide&view=catalog", "decide"],
  ["?view=catalog", "catalog"],
  ["?page=catalog&lang=en", "catalog"],
  ["?embed=1&page=catalog", "catalog"],
  ["?page=catalog&view=decide", "catalog"],
];

for (const [query, want] of LINKS) {
  test(`${query || "/"} loads the ${want} bundle and nothing else`, async () => {
    const b = bundles();
    const { page, context, requests, errors } = await app.open(ROOT + query, { waitFor: READY[want] });
    assert.deepEqual(fetched(requests, b), { js: [want], wasm: [want] });
    // the live page, with its own content
    if (want !== "compare") assert.equal(await page.locator(READY.compare).count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("compare → decide → back → forward: full navigations to the same URLs, each with its bundle", async () => {
  const b = bundles();
  const { page, context, requests, errors } = await app.open(`${ROOT}?lang=en&u=450`);
  const before = page.url();
  // by keyboard, as the tabs are used without a mouse
  await page.focus(testid("nav-decide"));
  await page.keyboard.press("Enter");
  await page.waitForURL(/view=decide/);
  await page.waitForSelector(READY.decide);
  const url = new URL(page.url());
  assert.equal(url.searchParams.get("u"), "450", "the scenario comes along");
  assert.equal(url.searchParams.get("lang"), "en");
  assert.deepEqual(fetched(requests, b).wasm, ["compare", "decide"]);
  // a new document starts at its top, and the tab that was used has the focus again
  assert.equal(await page.evaluate(() => window.scrollY), 0);
  await page.waitForFunction(() => document.activeElement?.dataset.testid === "nav-decide");
  assert.equal(await page.evaluate(() => sessionStorage.length), 0, "the focus note is forgotten once used");
  await page.goBack();
  await page.waitForSelector(COMPARE_READY);
  assert.equal(page.url(), before);
  assert.equal(await page.locator(READY.decide).count(), 0);
  await page.goForward();
  await page.waitForSelector(READY.decide);
  assert.match(page.url(), /view=decide/);
  // and to the catalog, then home again through the tab
  await page.click(testid("nav-catalog"));
  await page.waitForSelector(READY.catalog);
  assert.match(page.url(), /view=catalog/);
  await page.click(testid("nav-compare"));
  await page.waitForSelector(COMPARE_READY);
  assert.ok(!/view=/.test(page.url()), page.url());
  assert.deepEqual(fetched(requests, b).wasm.sort(), ["catalog", "compare", "decide"]);
  assert.deepEqual(errors, []);
  await context.close();
});

test("when the router itself reaches another bundle's page, that page's address loads as a new document", async () => {
  const b = bundles();
  const { page, context, requests, errors } = await app.open(`${ROOT}?lang=en`, { waitFor: READY.compare });
  // a same-document history step to the catalog, as back/forward over a routed step would be
  await page.evaluate(() => {
    history.pushState(null, "", "?lang=en&view=catalog");
    dispatchEvent(new PopStateEvent("popstate"));
  });
  await page.waitForSelector(READY.catalog);
  assert.deepEqual(fetched(requests, b).wasm, ["compare", "catalog"]);
  assert.deepEqual(errors, []);
  await context.close();
});

test("within one page, a step back stays in its document (no reload)", async () => {
  const { page, context } = await app.open(`${ROOT}?view=decide&lang=en`, { waitFor: READY.decide });
  await page.evaluate(() => (window.__sameDocument = true));
  await page.selectOption(testid("breakeven-driver"), "users");
  await page.waitForFunction(() => new URLSearchParams(location.search).get("bx") === "users");
  await page.goBack();
  await page.waitForFunction(() => !new URLSearchParams(location.search).has("bx"));
  assert.equal(await page.evaluate(() => window.__sameDocument), true);
  await context.close();
});

test("every bundle is served as immutable (a hashed name under `/deploycalc-*` in _headers)", async () => {
  const b = bundles();
  for (const { js, wasm } of Object.values(b)) {
    for (const name of [js, wasm]) {
      const res = await fetch(ROOT + name);
      assert.equal(res.status, 200, name);
      assert.match(res.headers.get("cache-control") ?? "", /immutable/, name);
      await res.arrayBuffer();
    }
  }
});

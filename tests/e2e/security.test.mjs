// Security end to end: markup and script payloads through every input path (each URL parameter,
// the custom-prices file import, every text and number field of the compare, decide and catalog
// pages, the embed dialog) never run and are only ever shown as text; the pages the other
// suites do not cover (decide, catalog, the embedded views) make no request off their origin,
// log no error and violate no CSP; and the embedded page only ever posts its height and ignores
// whatever is posted to it.
//
// The payload tests run with the page's CSP bypassed (`bypassCSP`), so that a payload that got
// into the DOM as markup would run and be seen; the CSP itself is tested with the CSP on.
import { test } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import { suite, testid } from "./lib.mjs";

const PORT = 8211;
const HOST_PORT = 8212;
const app = suite(PORT);
const ORIGIN = app.origin;
const ROOT = app.root;

const PAYLOADS = [
  "<script>window.__xss=1</script>",
  '<img src=x onerror="window.__xss=1">',
  '"><svg onload=window.__xss=1>',
  "javascript:window.__xss=1",
];
// keys from src/domain/share.rs (`Param::key`) and the prefixed families
const KEYS = ["v", "lang", "view", "wl", "cur", "rg", "po", "hide", "pin", "embed", "open"];
const NUM_KEYS = ["u", "pc", "ch", "tpm", "tin", "tout", "tts", "sg", "dg", "eg", "lg", "rq", "gh", "sp", "lt", "fx"];

/** A context that records everything the tests assert on (lib.mjs `open`, with the CSP bypassed
 *  unless told otherwise and its violations watched); `ready` is the test id to wait for. */
const openPage = (url, { ready = "total-s000-ec2-gpu", bypassCSP = true, width = 1280 } = {}) =>
  app.open(url, { waitFor: ready && testid(ready), bypassCSP, width, watchCsp: true });

/** Nothing ran and nothing was injected: no __xss, no dialog, no handler attribute, no foreign
 *  script, no javascript: URL, no request for the payloads' `x`. */
async function assertInert(page, log, where) {
  // the app's own frames (a host page on another origin has its own inline script)
  for (const f of page.frames().filter((f) => f.url().startsWith(ORIGIN))) {
    const found = await f.evaluate(() => {
      const out = [];
      if (window.__xss !== undefined) out.push(`window.__xss = ${window.__xss}`);
      for (const el of document.querySelectorAll("*")) {
        for (const a of el.attributes) {
          if (/^on/i.test(a.name)) out.push(`<${el.localName} ${a.name}>`);
          if (/^\s*javascript:/i.test(a.value) && a.name !== "value") out.push(`<${el.localName} ${a.name}="${a.value}">`);
        }
      }
      const ok = (src) => /\/(boot\.js|first-paint\.js|vendor\/echarts\.min\.js|deploycalc-[0-9a-f]+\.js)$/.test(new URL(src, location.href).pathname) && new URL(src, location.href).origin === location.origin;
      for (const s of document.querySelectorAll("script")) {
        if (!s.src || !ok(s.src)) out.push(`script ${s.src || s.textContent.slice(0, 60)}`);
      }
      for (const el of document.querySelectorAll("iframe, object, embed, img, image")) {
        const src = el.getAttribute("src") || "";
        if (/(^|\/)x$/.test(src)) out.push(`<${el.localName} src=${src}>`);
      }
      return out;
    });
    assert.deepEqual(found, [], `${where}: ${f.url()}`);
  }
  assert.deepEqual(log.dialogs, [], `${where}: dialogs`);
  const stray = log.requests.filter((r) => /\/x($|\?)/.test(new URL(r).pathname) || r.startsWith("javascript:"));
  assert.deepEqual(stray, [], `${where}: requests`);
}

const errors = (log) => log.console.filter((l) => l.startsWith("error") || l.startsWith("pageerror"));

/** Every parameter, prefixed family and the key itself carrying `p`. */
function payloadQuery(p, view) {
  const q = new URLSearchParams();
  q.append("lang", "en");
  if (view) q.append("view", view);
  for (const k of [...KEYS, ...NUM_KEYS]) q.append(k, p);
  // lists: a real plan id and the payload
  q.set("hide", `s000-local,${p}`);
  q.set("open", `${p},s000-ec2-gpu`);
  for (const prefix of ["c.", "d.", "p.", "a."]) {
    q.append(`${prefix}${p}`, "1");
  }
  q.append("d.aws", p);
  q.append("p.aws-ec2-g4dn-xlarge", p);
  q.append("c.s000-amplify", p);
  q.append("a.s000-production", p);
  q.append(p, p);
  // a key given twice is reported as repeated: the page's view and language once each
  if (view) q.set("view", view);
  q.set("lang", "en");
  return q.toString();
}

for (const [view, ready] of [
  [null, "total-s000-ec2-gpu"],
  ["decide", "decide-page"],
  ["catalog", "catalog-page"],
]) {
  test(`URL parameters: payloads in every key and value stay text (${view || "compare"})`, async () => {
    for (const p of PAYLOADS) {
      const { page, context, log } = await openPage(`${ROOT}?${payloadQuery(p, view)}`, { ready });
      const notice = page.locator('[data-testid="url-notice"]');
      await page.waitForTimeout(500);
      await assertInert(page, log, `${view} ${p}`);
      assert.deepEqual(errors(log), []);
      if (view) assert.equal(await page.locator("script:not([src]), [onerror], [onload]").count(), 0);
      // every page lists the parameters it did not use
      await notice.waitFor();
      // the notice shows the offending pairs literally, as text
      const items = await page.locator('[data-testid="url-notice-item"] code').evaluateAll((els) => els.map((e) => e.textContent));
      for (const k of ["u", "fx", "wl", "cur", "d.aws"]) assert.ok(items.includes(`${k}=${p}`), `${k}=${p} not listed: ${items.join(" | ")}`);
      assert.ok(items.includes(`${p}=${p}`), `unknown key ${p} not listed`);
      assert.ok((await notice.textContent()).includes(p));
      // and as nothing but text: the notice holds no element it did not make itself
      const tags = await notice.evaluate((n) => [...new Set([...n.querySelectorAll("*")].map((e) => e.localName))].sort());
      assert.deepEqual(tags, ["code", "li", "p", "ul"]);
      await assertInert(page, log, `${view} ${p}`);
      assert.deepEqual(errors(log), []);
      await context.close();
    }
  });
}

test("URL parameters: embedded views with payloads stay text", async () => {
  for (const p of PAYLOADS) {
    for (const view of ["compare", "decide", "catalog"]) {
      const q = payloadQuery(p, view) + "&embed=1";
      const { page, context, log } = await openPage(`${ROOT}?${q.replace(/&embed=[^&]*/, "")}&embed=1`, {
        ready: "embed-bar",
      });
      await page.waitForTimeout(300);
      await assertInert(page, log, `embed ${view} ${p}`);
      assert.deepEqual(errors(log), []);
      await context.close();
    }
  }
});

const file = (name, text) => ({ name, mimeType: "application/json", buffer: Buffer.from(text) });

test("the custom-prices import shows payloads from the file and its name as text only", async () => {
  const { page, context, log } = await openPage(`${ROOT}?lang=en`);
  await page.click('[data-testid="prices-panel"] > summary');
  const input = page.locator('[data-testid="overrides-import"]');
  for (const p of PAYLOADS) {
    const doc = {
      format: "deploycalc-custom-prices",
      version: 1,
      [p]: p,
      discounts: [{ provider: p, percent: 5 }, { provider: "aws", percent: p }],
      prices: [{ id: p, price: 1, note: p }, { id: "aws-ec2-g4dn-xlarge", price: 0.4, currency: p }, { id: "aws-ebs-gp3", price: 1, [p]: 1 }],
    };
    // a file name cannot hold "/": the script payload's name loses its closing tag
    const name = `${p.replaceAll("/", "")}.json`;
    await input.setInputFiles(file(name, JSON.stringify(doc)));
    const errs = page.locator('[data-testid="overrides-error"]');
    await errs.first().waitFor();
    await page.getByText(`${name}: not imported`, { exact: false }).waitFor();
    const shown = await errs.evaluateAll((els) => els.map((e) => e.textContent));
    assert.ok(shown.some((t) => t.startsWith(`${p} — `)), `${p} not shown as text: ${shown.join(" | ")}`);
    assert.ok(shown.some((t) => t.includes(p) && /currency/.test(t)), shown.join(" | "));
    // the error list holds only what the app makes
    const tags = await page.locator('[data-testid="prices-panel"] [role="alert"], [data-testid="prices-panel"] .notice').evaluateAll((ns) =>
      [...new Set(ns.flatMap((n) => [...n.querySelectorAll("*")].map((e) => e.localName)))].sort(),
    );
    for (const t of tags) assert.ok(["code", "li", "p", "ul", "strong", "span"].includes(t), `unexpected <${t}> in the import messages`);
    // not JSON, with the payload in it
    await input.setInputFiles(file("broken.json", `{"format": "${p.replaceAll('"', "'")}", ${p}`));
    await page.locator('[data-testid="overrides-error"]', { hasText: "not valid JSON" }).waitFor();
    await assertInert(page, log, `import ${p}`);
  }
  // nothing was applied along the way
  assert.ok(!page.url().includes("d.") && !page.url().includes("p."), page.url());
  assert.deepEqual(errors(log), []);
  await context.close();
});

/** Every enabled text-like field on the page (number fields included), by test id. */
async function fields(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll("input, textarea")]
      .filter((e) => !["file", "checkbox", "radio", "range", "color", "hidden", "submit", "button"].includes(e.type))
      .filter((e) => !e.disabled && !e.readOnly && e.offsetParent !== null)
      .map((e, i) => {
        if (!e.dataset.secId) e.dataset.secId = String(i);
        return { id: e.dataset.secId, testid: e.dataset.testid || null, type: e.type };
      }),
  );
}

/** Types each payload into every field (number fields get it set and an input event, as a
 *  paste would), commits it, and checks nothing ran. */
async function fillEverything(page, log, where) {
  const list = await fields(page);
  assert.ok(list.length > 0, `${where}: no fields`);
  for (const p of PAYLOADS) {
    for (const f of await fields(page)) {
      const sel = `[data-sec-id="${f.id}"]`;
      // a field may have gone with an earlier change (another workload's inputs)
      if (!(await page.locator(sel).isVisible())) continue;
      if (f.type === "number") {
        await page.locator(sel).evaluate((el, v) => {
          el.value = v;
          el.dispatchEvent(new Event("input", { bubbles: true }));
          el.dispatchEvent(new Event("change", { bubbles: true }));
        }, p);
      } else {
        await page.fill(sel, p);
        await page.press(sel, "Tab");
      }
    }
    await page.waitForTimeout(200);
    await assertInert(page, log, `${where} ${p}`);
  }
  return list;
}

test("every field of the compare page (custom prices open) takes payloads as text", async () => {
  const { page, context, log } = await openPage(`${ROOT}?lang=en&d.aws=10`);
  await page.click('[data-testid="prices-panel"] > summary');
  await page.waitForSelector('[data-testid="discount-aws"]');
  const list = await fillEverything(page, log, "compare");
  const ids = list.map((f) => f.testid);
  for (const id of ["input-users", "discount-aws"]) assert.ok(ids.includes(id), `${id} not filled: ${ids}`);
  assert.ok(list.length >= 10, `${list.length} fields`);
  // the text field keeps the payload as its value, and the page still computes
  assert.ok(await page.locator('[data-testid="total-s000-ec2-gpu"]').first().isVisible());
  assert.deepEqual(errors(log), []);
  await context.close();
});

test("every field of the decide page takes payloads as text", async () => {
  const { page, context, log } = await openPage(`${ROOT}?lang=en&view=decide`, { ready: "decide-page" });
  // open every details panel so that its fields count
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
  await fillEverything(page, log, "decide");
  assert.deepEqual(errors(log), []);
  await context.close();
});

test("the catalog search shows a payload as text", async () => {
  const { page, context, log } = await openPage(`${ROOT}?lang=en&view=catalog`, { ready: "catalog-page" });
  const list = await fillEverything(page, log, "catalog");
  assert.ok(list.some((f) => f.testid === "catalog-search"), JSON.stringify(list));
  for (const p of PAYLOADS) {
    await page.fill('[data-testid="catalog-search"]', p);
    await page.waitForTimeout(200);
    assert.equal(await page.inputValue('[data-testid="catalog-search"]'), p);
    await assertInert(page, log, `catalog search ${p}`);
  }
  assert.deepEqual(errors(log), []);
  await context.close();
});

test("the embed dialog's code is one iframe and the host script, whatever the URL held", async () => {
  for (const p of PAYLOADS) {
    const { page, context, log } = await openPage(`${ROOT}?${payloadQuery(p, null)}`);
    await page.click('[data-testid="embed-open"]');
    await page.locator('[data-testid="embed-dialog"]').waitFor();
    for (const view of await page.locator('[data-testid="embed-view"] option').evaluateAll((os) => os.map((o) => o.value))) {
      await page.selectOption('[data-testid="embed-view"]', view);
      const code = await page.inputValue('[data-testid="embed-code"]');
      const parsed = await page.evaluate((html) => {
        const doc = new DOMParser().parseFromString(html, "text/html");
        const all = [...doc.querySelectorAll("body *, head *")];
        return {
          tags: all.map((e) => e.localName),
          handlers: all.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)),
          src: doc.querySelector("iframe")?.getAttribute("src"),
          script: doc.querySelector("script")?.textContent || "",
        };
      }, code);
      assert.deepEqual(parsed.tags.sort(), ["iframe", "script"], code);
      assert.deepEqual(parsed.handlers, [], code);
      assert.equal(new URL(parsed.src).origin, ORIGIN, code);
      assert.ok(!parsed.src.includes("<") && !parsed.src.includes('"'), parsed.src);
      assert.match(parsed.script, /^\s*addEventListener\("message", function \(e\) \{/);
    }
    await page.keyboard.press("Escape");
    await assertInert(page, log, `embed dialog ${p}`);
    await context.close();
  }
});

test("decide, catalog and every embedded view: no request off the origin, no error, no CSP violation", async () => {
  // app.test.mjs covers requests of the compare page, share.test.mjs the CSP of compare,
  // decide, catalog and the embedded decide page; these are the rest
  for (const query of ["view=decide", "view=catalog", "embed=1", "view=decide&embed=1", "view=catalog&embed=1"]) {
    for (const lang of ["en", "zh"]) {
      const ready = query.includes("embed") ? "embed-bar" : query.includes("decide") ? "decide-page" : "catalog-page";
      const { page, context, log } = await openPage(`${ROOT}?lang=${lang}&${query}`, { ready, bypassCSP: false });
      await page.waitForTimeout(800);
      // every chart and panel there is, drawn
      await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
      await page.waitForTimeout(500);
      assert.ok(log.requests.length > 3, `${query}: ${log.requests}`);
      for (const r of log.requests) assert.ok(r.startsWith(ROOT), `${query}: ${r}`);
      assert.deepEqual(await page.evaluate(() => window.__csp), [], `${query}: CSP`);
      assert.deepEqual(errors(log), [], query);
      assert.deepEqual(log.console.filter((l) => /Content.Security.Policy/i.test(l)), [], query);
      await context.close();
    }
  }
});

test("postMessage: the embedded page posts only its height and ignores what is posted to it", async () => {
  const host = http.createServer((req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(
      `<!doctype html><html lang="en"><meta charset="utf-8"><title>host</title><body>` +
        `<script>window.__got = []; addEventListener("message", (e) => window.__got.push({ origin: e.origin, data: e.data }));</script>` +
        `<iframe src="${ROOT}?lang=en&embed=1&u=450" style="width:900px;height:600px"></iframe></body></html>`,
    );
  });
  await new Promise((r) => host.listen(HOST_PORT, "127.0.0.1", r));
  try {
    const { page, context, log } = await app.open(`http://127.0.0.1:${HOST_PORT}/`, { width: 1000, height: 800, waitFor: null });
    const frame = page.frameLocator("iframe");
    await frame.locator('[data-testid="total-s000-ec2-gpu"]').first().waitFor();
    await page.waitForFunction(() => window.__got.length > 0);
    // make it post again: open a breakdown
    await frame.locator('[data-testid="breakdown-s000-ec2-gpu"] > summary').click();
    await page.waitForFunction(() => window.__got.length > 1);
    const inner = page.frames().find((f) => f.url().startsWith(ORIGIN));
    // the open breakdown reaches the address a moment after it paints (the URL write is
    // debounced): take the "before" picture once it is there, so junk is all that can differ
    await inner.waitForURL(/[?&]open=s000-ec2-gpu/);
    const before = {
      url: inner.url(),
      total: await frame.locator('[data-testid="total-s000-ec2-gpu"]').first().textContent(),
      users: await frame.locator('[data-testid="input-users"]').inputValue(),
      html: await inner.evaluate(() => document.body.innerHTML.length),
    };
    // junk from the host, of every shape, including our own message type with a bad height
    await page.evaluate((payloads) => {
      const w = document.querySelector("iframe").contentWindow;
      const junk = [
        ...payloads,
        null,
        42,
        [1, 2, 3],
        { type: "deploycalc:height", height: "<img src=x onerror=window.__xss=1>" },
        { type: "deploycalc:height", height: 99999 },
        { type: "deploycalc:set", u: 5, lang: "zh", url: "javascript:window.__xss=1" },
        { type: "deploycalc:navigate", href: "javascript:window.__xss=1" },
        { html: payloads[1] },
        { deep: JSON.parse("[".repeat(200) + "]".repeat(200)) },
        "x".repeat(100_000),
      ];
      for (const j of junk) w.postMessage(j, "*");
    }, PAYLOADS);
    await page.waitForTimeout(800);
    const after = {
      url: inner.url(),
      total: await frame.locator('[data-testid="total-s000-ec2-gpu"]').first().textContent(),
      users: await frame.locator('[data-testid="input-users"]').inputValue(),
      html: await inner.evaluate(() => document.body.innerHTML.length),
    };
    assert.deepEqual(after, before);
    // everything the host received: from the app's origin, exactly { type, height: whole number }
    const got = await page.evaluate(() => window.__got);
    assert.ok(got.length >= 2);
    for (const m of got) {
      assert.equal(m.origin, ORIGIN);
      assert.deepEqual(Object.keys(m.data).sort(), ["height", "type"], JSON.stringify(m));
      assert.equal(m.data.type, "deploycalc:height");
      assert.ok(Number.isInteger(m.data.height) && m.data.height > 0, JSON.stringify(m));
    }
    assert.deepEqual(log.dialogs, []);
    assert.deepEqual(errors(log), []);
    await assertInert(page, log, "postMessage");
    await context.close();
  } finally {
    host.closeAllConnections();
    host.close();
  }
});

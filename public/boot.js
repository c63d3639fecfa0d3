// Starts DeployCalc: imports the wasm-bindgen module and instantiates the wasm file named in
// the tag that loaded this script (Trunk's `pattern_script` in Trunk.toml writes the hashed
// names there). A file instead of Trunk's default inline <script>, so that the
// Content-Security-Policy can forbid inline scripts ('unsafe-inline') for good.
//
// One bundle per page: the tag names the compare page's bundle (data-deploycalc-js/-wasm) and
// the decide and catalog pages' (data-deploycalc-decide-js/-wasm, data-deploycalc-catalog-js/
// -wasm, written by scripts/post-build.sh); the URL's page picks one, by the rule the app
// applies to the same URL.
//
// Without WebAssembly (disabled by policy, a very old browser) or when the wasm file cannot be
// fetched or compiled, the page says so in both languages instead of staying blank. The
// message is built from text nodes only.

/** Shows the bilingual "WebAssembly unavailable" box at the top of the page (once). */
function showNoWasm() {
  if (document.getElementById("no-wasm")) return;
  // the prerendered page's "computing…" notices would wait forever
  for (const note of document.querySelectorAll(".dc-pre-pending, .dc-pre-other")) note.remove();
  const box = document.createElement("div");
  box.id = "no-wasm";
  box.className = "notice error no-wasm";
  box.setAttribute("role", "alert");
  box.dataset.testid = "no-wasm";
  const lines = [
    "部署方案计算器无法启动：此浏览器没有提供 WebAssembly，或无法加载它。请使用较新的浏览器，或在设置中启用 WebAssembly 和 JavaScript。",
    "DeployCalc cannot start: this browser does not provide WebAssembly, or could not load it. Please use a current browser, or enable WebAssembly and JavaScript in its settings.",
  ];
  for (const text of lines) {
    const p = document.createElement("p");
    p.textContent = text;
    box.append(p);
  }
  document.body.prepend(box);
}

/**
 * The page a query string shows, as crates/core/src/url decodes it: the first `view` or
 * `page` (its old name) parameter counts, later ones are ignored; "decide" and "catalog" name
 * those pages, anything else (or none) is the compare page.
 */
function pageOf(search) {
  for (const [key, value] of new URLSearchParams(search)) {
    if (key === "view" || key === "page") return value === "decide" || value === "catalog" ? value : "compare";
  }
  return "compare";
}

/** The glue and wasm addresses of `page`'s bundle, from the names on the tag. */
function bundleOf(tag, page) {
  const own = page === "compare" ? "" : page[0].toUpperCase() + page.slice(1);
  // a build without that page's bundle falls back to the one it has
  const js = tag.dataset[`deploycalc${own}Js`] || tag.dataset.deploycalcJs;
  const wasm = tag.dataset[`deploycalc${own}Wasm`] || tag.dataset.deploycalcWasm;
  return { js: new URL(js, document.baseURI).href, wasm: new URL(wasm, document.baseURI).href };
}

async function start() {
  if (typeof WebAssembly !== "object" || WebAssembly === null) {
    showNoWasm();
    return;
  }
  const tag = document.querySelector("script[data-deploycalc-js][data-deploycalc-wasm]");
  const { js, wasm } = bundleOf(tag, pageOf(location.search));
  // the prerendered page paints first; then the glue, the wasm and the data file load together
  // (nothing on the first paint's path waits for them)
  await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));
  const data = document.getElementById("dc-data")?.content;
  if (data) {
    const preload = document.createElement("link");
    Object.assign(preload, { rel: "preload", as: "fetch", href: data, crossOrigin: "anonymous" });
    document.head.append(preload);
  }
  try {
    const glue = await import(js);
    await glue.default({ module_or_path: wasm });
  } catch (e) {
    // a panic while starting has already shown the crash box (src/main.rs) and logged itself
    if (document.getElementById("crash-box")) return;
    showNoWasm();
    console.error("DeployCalc could not start:", e);
  }
}

await start();

// Starts DeployCalc: imports the wasm-bindgen module and instantiates the wasm file named in
// the tag that loaded this script (Trunk's `pattern_script` in Trunk.toml writes the hashed
// names there). A file instead of Trunk's default inline <script>, so that the
// Content-Security-Policy can forbid inline scripts ('unsafe-inline') for good.
const tag = document.querySelector("script[data-deploycalc-js][data-deploycalc-wasm]");
const js = new URL(tag.dataset.deploycalcJs, document.baseURI).href;
const wasm = new URL(tag.dataset.deploycalcWasm, document.baseURI).href;
const glue = await import(js);
await glue.default({ module_or_path: wasm });

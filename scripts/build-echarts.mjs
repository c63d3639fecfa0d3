// A custom ECharts build with only what the app's charts use, bundled with esbuild (npm) into
// vendor-build/echarts.min.js: an IIFE that sets the `echarts` global charming calls
// (`echarts.init(el, "", {width, height})` — the default canvas renderer — then `setOption`,
// `resize`). index.html copies it to dist/vendor/echarts.min.js. Run by scripts/setup.sh, which
// skips it when the bundle is newer than this script and the installed ECharts.
//
// What the charts emit (crates/core/src/report/chart.rs, decide_chart.rs): bar (stacked) and
// line series on a grid with value / category / log axes, markLine and markPoint, a radar
// series; title, legend (plain and scroll), tooltip (axis and item). Adding a series or
// component type there means adding it here: an unregistered one is dropped silently.
import { build } from "esbuild";
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "vendor-build", "echarts.min.js");
const version = JSON.parse(
  readFileSync(join(root, "node_modules", "echarts", "package.json"), "utf8"),
).version;

const entry = `
import * as echarts from "echarts/core";
import { BarChart, LineChart, RadarChart } from "echarts/charts";
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  MarkPointComponent,
  RadarComponent,
  TitleComponent,
  TooltipComponent,
} from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";
echarts.use([
  BarChart,
  LineChart,
  RadarChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  MarkPointComponent,
  RadarComponent,
  TitleComponent,
  TooltipComponent,
  CanvasRenderer,
]);
export * from "echarts/core";
`;

const full = join(root, "node_modules", "echarts", "dist", "echarts.min.js");
// ECharts' own licence header, as the full build carries it
const licence = readFileSync(full, "utf8").match(/^\s*\/\*[\s\S]*?\*\//)?.[0].trim() ?? "";

const result = await build({
  stdin: { contents: entry, resolveDir: root, sourcefile: "echarts-custom-entry.js" },
  bundle: true,
  format: "iife",
  globalName: "echarts",
  platform: "browser",
  target: "es2018",
  minify: true,
  legalComments: "none",
  define: { "process.env.NODE_ENV": '"production"' },
  banner: {
    js: `${licence}\n/* Apache ECharts ${version} (Apache-2.0), custom build for DeployCalc: bar, line, radar; grid, title, legend, tooltip, markLine, markPoint; canvas. Built by scripts/build-echarts.mjs. */`,
  },
  write: false,
  logLevel: "warning",
});
mkdirSync(dirname(out), { recursive: true });
const code = result.outputFiles[0].contents;
writeFileSync(out, code);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `[build-echarts] ${out.slice(root.length + 1)}: ${kb(code.length)} raw, ${kb(gzipSync(code, { level: 9 }).length)} gzip ` +
    `(full echarts.min.js ${version}: ${kb(statSync(full).size)} raw, ${kb(gzipSync(readFileSync(full), { level: 9 }).length)} gzip)`,
);

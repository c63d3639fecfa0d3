// Runs before first paint: a classic script in <head> (a file, because the
// Content-Security-Policy forbids inline scripts). index.html carries the default comparison
// prerendered at build time (crates/prerender) in several copies; this marks <html> so that
// CSS shows the right one at once, by the rules the app itself applies to the same URL
// (crates/core/src/url, src/ui/state.rs):
// - language: a valid `lang=` (first one; "zh…"/"en…"), else the browser's language, else
//   Chinese; sets <html lang>;
// - `embed=1`/`embed=true`: the compact layout (class "embed", as the app sets it);
// - `wl=` (the first one counts, as in the app: later repeats are reported and ignored) naming another seed's workload, on the page
//   (not the embed): class "dc-wl" and "dc-wl-<workload>", that workload's copy;
// - `view=`/`page=` other than compare: class "dc-other" (the frame and, for decide and
//   catalog, "dc-decide"/"dc-catalog": that page's heading, prerendered too; the rest "loading");
// - any other parameter (a link's own scenario), `v=1` (a link of URL version 1: the seeds'
//   GPU counts), or a workload without a copy: class
//   "dc-pending", which hides the copy's figures so that they never pass for the visitor's
//   while the app computes them.
// The app removes the prerender when it mounts (src/main.rs).
(function () {
  var root = document.documentElement;
  var query = new URLSearchParams(location.search);
  function lang(s) {
    var primary = String(s || "").split(/[-_]/)[0].toLowerCase();
    return primary === "zh" || primary === "en" ? primary : null;
  }
  var chosen = lang(query.get("lang")) || lang(navigator.language) || "zh";
  root.lang = chosen === "zh" ? "zh-CN" : "en";
  var embed = query.get("embed");
  var compact = embed === "1" || embed === "true";
  if (compact) root.classList.add("embed");
  // the workloads prerendered besides the default (crates/prerender's SHARED_WORKLOADS)
  var copies = ["s001", "s002", "s003", "s004"];
  var workload = query.has("wl") ? query.get("wl") : "s000";
  var own = workload === "s000" || (!compact && copies.indexOf(workload) >= 0);
  if (workload !== "s000" && own) root.classList.add("dc-wl", "dc-wl-" + workload);
  // `page` is the old name of `view`: the first of the two counts, as in the app
  var view = null;
  var plain = ["v", "lang", "embed", "view", "page", "wl"];
  var entries = Array.from(query.entries());
  for (var i = 0; i < entries.length; i++) {
    var key = entries[i][0];
    if ((key === "view" || key === "page") && view === null) view = entries[i][1];
    if (plain.indexOf(key) < 0 || !own) root.classList.add("dc-pending");
    // a link written before URL version 2 prices the seeds' GPU counts (its missing `gc` reads
    // `gc=0`), not the prerendered default's model counts
    if (key === "v" && entries[i][1] === "1") root.classList.add("dc-pending");
  }
  if (view !== null && view !== "compare") root.classList.add("dc-other");
  if (view === "decide" || view === "catalog") root.classList.add("dc-" + view);
})();

//! The embed code's host half: the script that sizes an iframe showing DeployCalc.

/// The message an embedded page posts to its host page whenever its content height changes:
/// `{ "type": "deploycalc:height", "height": 1234 }` (CSS pixels, a whole number).
pub const EMBED_MESSAGE_TYPE: &str = "deploycalc:height";

/// The host page's half of the embed code: a script that sizes every iframe showing
/// DeployCalc from `origin` to the height the page reports. Messages from any other origin,
/// or of any other shape, are ignored.
pub fn host_script(origin: &str) -> String {
    // JSON string literals are JavaScript string literals
    let origin = serde_json::to_string(origin).unwrap_or_else(|_| "\"\"".into());
    let kind = serde_json::to_string(EMBED_MESSAGE_TYPE).unwrap_or_default();
    format!(
        r#"<script>
addEventListener("message", function (e) {{
  var d = e.data;
  if (e.origin !== {origin} || !d || d.type !== {kind} || typeof d.height !== "number") return;
  document.querySelectorAll("iframe").forEach(function (f) {{
    if (f.contentWindow === e.source) f.style.height = d.height + "px";
  }});
}});
</script>"#
    )
}

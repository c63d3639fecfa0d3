//! The string work of the prerender, kept apart from rendering so that it is tested natively.

use sha2::{Digest, Sha256};

/// The data file's name: `data-` and the first 16 hex digits of its SHA-256, so that a new
/// catalog is a new name and any name can be cached for good.
pub fn data_file_name(contents: &str) -> String {
    let digest = Sha256::digest(contents.as_bytes());
    let hex: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    format!("data-{hex}.json")
}

/// Names the data file in the page's head (`<meta id="dc-data">`): boot.js preloads it
/// beside the wasm once the prerendered page has painted, and the app fetches it from there.
pub fn link_data_file(page: &str, name: &str) -> Result<String, String> {
    if page.contains(r#"id="dc-data""#) {
        return Err("index.html already names a data file".into());
    }
    let link = format!(r#"<meta id="dc-data" name="deploycalc-data" content="{name}">"#);
    let at = page.find("</title>").ok_or("index.html has no <title>")? + "</title>".len();
    Ok(format!("{}{link}{}", &page[..at], &page[at..]))
}

/// The placeholder in index.html that receives the prerendered page, as written and as Trunk's
/// HTML minifier may leave it.
const SLOTS: [&str; 2] = [r#"<div id="dc-pre"></div>"#, "<div id=dc-pre></div>"];

/// Puts `html` into the page's `<div id="dc-pre">`; an error if the page has no such slot
/// or has already been prerendered.
pub fn inject(page: &str, html: &str) -> Result<String, String> {
    let slot = SLOTS
        .iter()
        .find(|s| page.contains(*s))
        .ok_or("index.html has no empty <div id=\"dc-pre\"></div> to fill")?;
    let filled = format!(r#"<div id="dc-pre" class="dc-pre">{html}</div>"#);
    Ok(page.replacen(slot, &filled, 1))
}

/// Makes one copy of the page fit beside the others: drops what only the live app may carry,
/// `data-testid` attributes (tests and tools find the app's elements, never the prerender's,
/// which the app removes) and Leptos' empty `<!>` placeholder comments; and gives the copy its
/// own control names (`name="workload"` → `name="en-workload"`), since one `checked` radio
/// button of a name unchecks the same group's in the other copies.
pub fn clean(html: &str, copy: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find(" data-testid=\"") {
        out.push_str(&rest[..at]);
        let value = &rest[at + " data-testid=\"".len()..];
        match value.find('"') {
            Some(end) => rest = &value[end + 1..],
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out.replace("<!>", "")
        .replace(" name=\"", &format!(" name=\"{copy}-"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_file_name_is_the_start_of_its_sha256() {
        // SHA-256("abc") = ba7816bf 8f01cfea 414140de 5dae2223 … (FIPS 180-2, appendix B.1)
        assert_eq!(data_file_name("abc"), "data-ba7816bf8f01cfea.json");
        assert_ne!(data_file_name("abd"), data_file_name("abc"));
    }

    #[test]
    fn the_data_file_is_linked_once_after_the_title() {
        let page = "<head><title>T</title><link rel=stylesheet></head>";
        let linked = link_data_file(page, "data-1.json").unwrap();
        assert_eq!(
            linked,
            r#"<head><title>T</title><meta id="dc-data" name="deploycalc-data" content="data-1.json"><link rel=stylesheet></head>"#
        );
        assert!(link_data_file(&linked, "data-2.json").is_err());
        assert!(link_data_file("<head></head>", "data-1.json").is_err());
    }

    #[test]
    fn inject_fills_the_slot_once_in_either_spelling() {
        let page = r#"<body><noscript>x</noscript><div id="dc-pre"></div></body>"#;
        assert_eq!(
            inject(page, "<p>1</p>").unwrap(),
            r#"<body><noscript>x</noscript><div id="dc-pre" class="dc-pre"><p>1</p></div></body>"#
        );
        let minified = "<body><div id=dc-pre></div></body>";
        assert_eq!(
            inject(minified, "<i>2</i>").unwrap(),
            r#"<body><div id="dc-pre" class="dc-pre"><i>2</i></div></body>"#
        );
    }

    #[test]
    fn inject_refuses_a_page_without_an_empty_slot() {
        assert!(inject("<body></body>", "<p>1</p>").is_err());
        // a second run over an already prerendered page finds no empty slot
        let once = inject(r#"<div id="dc-pre"></div>"#, "<p>1</p>").unwrap();
        assert!(inject(&once, "<p>1</p>").is_err());
    }

    #[test]
    fn clean_drops_test_ids_and_placeholders_only() {
        let html = r#"<p data-testid="total-a" class="t">$1<!></p><span data-testid="x">y</span>"#;
        assert_eq!(clean(html, "zh"), r#"<p class="t">$1</p><span>y</span>"#);
        assert_eq!(clean("<b>no ids</b>", "zh"), "<b>no ids</b>");
    }

    #[test]
    fn clean_gives_each_copy_its_own_control_names() {
        let html = r#"<input type="radio" name="workload" value="s000" checked>"#;
        assert_eq!(
            clean(html, "en-embed"),
            r#"<input type="radio" name="en-embed-workload" value="s000" checked>"#
        );
    }
}

//! Saving the price table's CSV in the browser.

/// Downloads `text` as a UTF-8 CSV file (with a byte-order mark, so spreadsheets read the
/// Chinese text right).
pub(super) fn download_csv(name: &str, text: &str) {
    crate::ui::browser::download(name, "text/csv;charset=utf-8", &format!("\u{feff}{text}"));
}

//! The export file: one zip holding `data.json` (every part, machine-readable) and
//! `data.html` (the same, readable in any browser without a network). Pure.

use std::io::Write;

use serde_json::{Map, Value};

/// One part of the export: its key in the JSON (and its heading's message,
/// `letters-export-part-<name>`), and its rows.
pub struct Exported {
    pub name: &'static str,
    pub rows: Vec<Map<String, Value>>,
}

pub struct Section {
    pub name: &'static str,
    /// The heading, in the reader's language.
    pub title: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// One cell as a person reads it: times in their zone and language, JSON laid out, nothing
/// for null; the data itself as stored.
pub fn cell(column: &str, v: &Value, (lang, time_zone): (crate::i18n::Lang, &str)) -> String {
    match v {
        Value::Null => String::new(),
        Value::Number(n) if column.ends_with("_at") || column.starts_with("window_") => {
            n.as_i64().map(|ms| crate::pages::format_time_in(lang, ms, time_zone)).unwrap_or_else(|| n.to_string())
        }
        Value::String(s) => s.clone(),
        other => serde_json::to_string_pretty(other).unwrap_or_default(),
    }
}

/// The readable file's sections; `title` gives a part's heading in the reader's language.
pub fn sections(parts: &[Exported], reader: (crate::i18n::Lang, &str), title: impl Fn(&str) -> String) -> Vec<Section> {
    parts
        .iter()
        .map(|Exported { name, rows }| {
            let columns: Vec<String> = rows.first().map(|r| r.keys().cloned().collect()).unwrap_or_default();
            let rows = rows.iter().map(|r| columns.iter().map(|c| cell(c, &r[c], reader)).collect()).collect();
            Section { name, title: title(name), columns, rows }
        })
        .collect()
}

pub fn json(parts: &[Exported], exported_at: i64) -> Value {
    let mut o = Map::new();
    o.insert("format".into(), Value::from("diltalks-export/1"));
    o.insert("exported_at".into(), Value::from(exported_at));
    o.insert(
        "about".into(),
        Value::from(
            "Everything you wrote or that belongs to your own account. Times are Unix milliseconds (UTC). \
             Your partner's writing is theirs and is not included, even what they shared with you.",
        ),
    );
    for p in parts {
        o.insert(p.name.into(), Value::Array(p.rows.iter().cloned().map(Value::Object).collect()));
    }
    Value::Object(o)
}

/// The zip: stored, not compressed, so the reader needs nothing special.
pub fn zip(json: &str, html: &str) -> anyhow::Result<Vec<u8>> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    w.start_file("data.json", opts)?;
    w.write_all(json.as_bytes())?;
    w.start_file("data.html", opts)?;
    w.write_all(html.as_bytes())?;
    Ok(w.finish()?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_show_times_in_the_zone_and_json_laid_out() {
        use crate::i18n::Lang;
        assert_eq!(cell("created_at", &Value::from(0), (Lang::En, "UTC")), crate::pages::format_time(0, "UTC"));
        assert_eq!(cell("created_at", &Value::from(0), (Lang::Hi, "UTC")), "1 जनवरी 1970, 00:00");
        assert_eq!(cell("trust", &Value::from(7), (Lang::Hi, "UTC")), "7");
        assert_eq!(cell("left_at", &Value::Null, (Lang::En, "UTC")), "");
        assert!(cell("answers", &serde_json::json!({"a": 1}), (Lang::En, "UTC")).contains("\"a\": 1"));
    }

    #[test]
    fn the_zip_holds_both_files() {
        let bytes = zip("{}", "<p>hi</p>").unwrap();
        let mut z = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        assert_eq!(z.len(), 2);
        let mut s = String::new();
        std::io::Read::read_to_string(&mut z.by_name("data.html").unwrap(), &mut s).unwrap();
        assert_eq!(s, "<p>hi</p>");
    }
}

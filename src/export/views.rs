//! The export page and the readable HTML inside the download.

use askama::Template;

use super::model::Section;
use crate::web::Layout;

#[derive(Template)]
#[template(path = "export/page.html")]
pub struct ExportPage {
    pub l: Layout,
    pub titles: Vec<String>,
}

/// A standalone document: its own small style, no links out, readable offline; its words in
/// the reader's language (`l` gives only those, and the language).
#[derive(Template)]
#[template(path = "export/data.html")]
pub struct ExportDocument {
    pub l: Layout,
    pub exported: String,
    pub sections: Vec<Section>,
}

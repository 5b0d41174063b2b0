//! The export page and the readable HTML inside the download.

use askama::Template;

use super::model::Section;
use crate::web::Layout;

#[derive(Template)]
#[template(path = "export/page.html")]
pub struct ExportPage {
    pub l: Layout,
    pub titles: Vec<&'static str>,
}

/// A standalone document: its own small style, no links out, readable offline.
#[derive(Template)]
#[template(path = "export/data.html")]
pub struct ExportDocument {
    pub exported: String,
    pub sections: Vec<Section>,
}

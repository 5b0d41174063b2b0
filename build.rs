//! Gives each static asset a content-hashed URL, so it can be cached for a year and still
//! change the moment its content does.

use std::hash::{DefaultHasher, Hasher};
use std::path::PathBuf;

const ASSETS: &[(&str, &str, &str)] = &[
    ("APP_CSS", "app.css", "text/css; charset=utf-8"),
    ("APP_JS", "app.js", "text/javascript; charset=utf-8"),
    ("LIVE_JS", "live.js", "text/javascript; charset=utf-8"),
    ("ROOM_JS", "room.js", "text/javascript; charset=utf-8"),
    ("ICON_SVG", "icon.svg", "image/svg+xml"),
    ("NOTES_SVG", "notes.svg", "image/svg+xml"),
];

fn main() {
    // sqlx::migrate! embeds the migrations; a new file there must rebuild the binary.
    println!("cargo:rerun-if-changed=migrations");
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let mut code = String::new();
    let mut table = String::from("pub const FILES: &[(&str, &str, &[u8])] = &[\n");
    for (constant, name, mime) in ASSETS {
        let path = root.join("static").join(name);
        println!("cargo:rerun-if-changed={}", path.display());
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
        let mut h = DefaultHasher::new();
        h.write(&bytes);
        let hash = format!("{:016x}", h.finish());
        let (stem, ext) = name.rsplit_once('.').unwrap();
        let file = format!("{stem}.{}.{ext}", &hash[..12]);
        code.push_str(&format!("pub const {constant}: &str = \"/static/{file}\";\n"));
        table.push_str(&format!("    (\"{file}\", \"{mime}\", include_bytes!({:?})),\n", path.display().to_string()));
    }
    table.push_str("];\n");
    code.push_str(&table);
    std::fs::write(out.join("assets.rs"), code).unwrap();
}

//! Guides (issue 6): bundled Markdown with front matter, and guides written by counsellors
//! and operators in the browser, reviewed by an operator before they are published.

mod handlers;
pub mod markdown;
pub mod model;
pub mod seo;
pub mod store;
mod views;

pub use handlers::load_bundled;

use crate::web::routes::Routes;

pub fn routes() -> Routes {
    Routes::default()
        .get("/articles", handlers::reading::index)
        .get("/articles/feed.xml", handlers::reading::feed)
        .get("/articles/authors/{key}", handlers::reading::author)
        .get("/articles/{slug}", handlers::reading::article)
        .get("/sitemap.xml", handlers::reading::sitemap)
        .get("/robots.txt", handlers::reading::robots)
        .get("/write", handlers::writing::write)
        .get("/write/new", handlers::writing::new_form)
        .post("/write/new", handlers::writing::create)
        .get("/write/{id}", handlers::writing::edit_form)
        .post("/write/{id}", handlers::writing::update)
        .get("/write/{id}/preview", handlers::writing::preview)
        .post("/write/{id}/submit", handlers::writing::submit)
        .get("/admin/articles", handlers::writing::review_queue)
        .get("/admin/articles/{id}", handlers::writing::review)
        .post("/admin/articles/{id}/publish", handlers::writing::publish)
        .post("/admin/articles/{id}/return", handlers::writing::send_back)
}

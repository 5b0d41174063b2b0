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
        .get("/articles", handlers::index)
        .get("/articles/feed.xml", handlers::feed)
        .get("/articles/authors/{key}", handlers::author)
        .get("/articles/{slug}", handlers::article)
        .get("/sitemap.xml", handlers::sitemap)
        .get("/robots.txt", handlers::robots)
        .get("/write", handlers::write)
        .get("/write/new", handlers::new_form)
        .post("/write/new", handlers::create)
        .get("/write/{id}", handlers::edit_form)
        .post("/write/{id}", handlers::update)
        .get("/write/{id}/preview", handlers::preview)
        .post("/write/{id}/submit", handlers::submit)
        .get("/admin/articles", handlers::review_queue)
        .get("/admin/articles/{id}", handlers::review)
        .post("/admin/articles/{id}/publish", handlers::publish)
        .post("/admin/articles/{id}/return", handlers::send_back)
}

//! The browser app's entry point (built by Trunk with the `web` feature).

fn main() {
    mbc_aid::web::start();
}

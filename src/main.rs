//! The browser entry point: trunk builds this for wasm32.

#[cfg(target_arch = "wasm32")]
fn main() {
    quality_quiz::ui::start();
}

/// Natively there is no app to run; the core is exercised by `cargo test`.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This binary is the browser app; build it with trunk (see README.md).");
}

//! The widget's files, written under `/widget/` of every site: `cairn.js` (wasm-bindgen's
//! glue with the loader) and the WebAssembly module. They are part of this crate's sources
//! (`generator/widget/`, built from `widget/` by `scripts/build-widget`), so building cairn
//! needs only the host's toolchain; a test fails when they are older than their sources.

/// The files, by path in the site.
pub const FILES: [(&str, &[u8]); 2] = [
    ("widget/cairn.js", include_bytes!("../widget/cairn.js")),
    ("widget/cairn_widget_bg.wasm", include_bytes!("../widget/cairn_widget_bg.wasm")),
];

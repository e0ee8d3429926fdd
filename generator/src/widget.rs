//! The widget's files, built into the binary by `build.rs`, and written under `/widget/`
//! of every site: `cairn.js` (wasm-bindgen's glue with the loader) and the WebAssembly
//! module.

/// Whether this binary carries the widget (`CAIRN_SKIP_WIDGET` builds do not).
pub const BUILT: bool = matches!(env!("CAIRN_WIDGET").as_bytes(), b"built");

/// The files, by path in the site.
pub const FILES: [(&str, &[u8]); 2] = [
    ("widget/cairn.js", include_bytes!(concat!(env!("OUT_DIR"), "/widget/cairn.js"))),
    ("widget/cairn_widget_bg.wasm", include_bytes!(concat!(env!("OUT_DIR"), "/widget/cairn_widget_bg.wasm"))),
];

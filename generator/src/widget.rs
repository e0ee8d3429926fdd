//! The widget's files, built into the binary by `build.rs`, and written under `/widget/`
//! of every site: the loader `cairn.js`, wasm-bindgen's glue and the WebAssembly module.

/// Whether this binary carries the widget (`CAIRN_SKIP_WIDGET` builds do not).
pub const BUILT: bool = matches!(env!("CAIRN_WIDGET").as_bytes(), b"built");

/// The files, by path in the site.
pub const FILES: [(&str, &[u8]); 3] = [
    ("widget/cairn.js", include_bytes!("../../widget/js/cairn.js")),
    ("widget/cairn_widget.js", include_bytes!(concat!(env!("OUT_DIR"), "/widget/cairn_widget.js"))),
    ("widget/cairn_widget_bg.wasm", include_bytes!(concat!(env!("OUT_DIR"), "/widget/cairn_widget_bg.wasm"))),
];

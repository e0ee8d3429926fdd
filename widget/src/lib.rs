//! cairn's embeddable widget: `<cairn-goal>`, `<cairn-goals>` and `<cairn-poll>` cards for
//! any web page, fed by a cairn site's static JSON.
//!
//! The logic is plain Rust, tested natively: reading the elements' attributes
//! ([`attrs`]), the JSON the cards show ([`data`]), and what a card says ([`card`]).
//! Progress comes from the site's JSON, which `cairn-model` computed; nothing here
//! computes it again. The views and the entry points the loader script (`cairn.js`)
//! calls are in `web`, compiled for WebAssembly only.

pub mod attrs;
pub mod card;
pub mod data;
pub mod spark;
pub mod vote;

#[cfg(target_arch = "wasm32")]
pub mod web;

//! The catalogues cairn ships, compiled in: English always, the others with the
//! `builtin` feature.

/// The reference catalogue.
pub(crate) const ENGLISH: &str = include_str!("../locales/en.ftl");

/// Every shipped catalogue by its language tag, English first.
#[cfg(feature = "builtin")]
pub const SHIPPED: &[(&str, &str)] = &[
    ("en", ENGLISH),
    ("de", include_str!("../locales/de.ftl")),
    ("fr", include_str!("../locales/fr.ftl")),
    ("es", include_str!("../locales/es.ftl")),
    ("pt-BR", include_str!("../locales/pt-BR.ftl")),
    ("ja", include_str!("../locales/ja.ftl")),
    ("ar", include_str!("../locales/ar.ftl")),
];

/// Without `builtin`, English only.
#[cfg(not(feature = "builtin"))]
pub const SHIPPED: &[(&str, &str)] = &[("en", ENGLISH)];

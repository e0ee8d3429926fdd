//! What the shipped widget is made from, as a list of lines that can be compared: every
//! file of `widget/` and `model/` that goes into the build, the parts of the workspace's
//! `Cargo.toml` they use (the `wasm-release` profile, their dependency specifications),
//! and every locked crate they can reach in `Cargo.lock`.
//!
//! `scripts/build-widget` writes this list next to the widget it builds
//! (`generator/widget/SOURCES`); a test compares it with the workspace's, so that a change
//! to the widget's sources without a rebuild fails `cargo test --workspace`.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

use anyhow::{Context, Result, bail};
use sha2::{Digest, Sha256};

/// The files and folders, relative to the workspace root, whose contents make the widget.
/// `xtask/src/widget.rs` is the build itself (its flags and steps).
pub(crate) const INPUTS: &[&str] = &[
    "widget/Cargo.toml",
    "widget/src",
    "widget/js",
    "model/Cargo.toml",
    "model/src",
    "rust-toolchain.toml",
    "xtask/src/widget.rs",
];

/// The crates whose dependency specifications and locked versions matter.
const ROOTS: &[&str] = &["cairn-widget", "cairn-model"];

/// The lines describing the widget's sources in the workspace at `root`, sorted: `file
/// PATH SHA256`, `manifest KEY SHA256`, `lock NAME VERSION CHECKSUM`.
pub(crate) fn source_lines(root: &Path) -> Result<BTreeSet<String>> {
    let mut lines = BTreeSet::new();
    for input in INPUTS {
        for file in files(&root.join(input))? {
            let bytes = std::fs::read(&file).with_context(|| format!("cannot read `{}`", file.display()))?;
            let rel = file.strip_prefix(root).unwrap_or(&file).to_string_lossy().replace('\\', "/");
            lines.insert(format!("file {rel} {}", sha256(&bytes)));
        }
    }
    lines.extend(manifest_lines(root)?);
    lines.extend(lock_lines(root)?);
    Ok(lines)
}

/// The SHA-256 of `bytes`, in lower-case hex.
pub(crate) fn sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().fold(String::with_capacity(64), |mut hex, byte| {
        let _ = write!(hex, "{byte:02x}");
        hex
    })
}

/// Every file under `path` (or `path` itself), in a stable order.
fn files(path: &Path) -> Result<Vec<std::path::PathBuf>> {
    let meta = std::fs::metadata(path).with_context(|| format!("cannot read `{}`", path.display()))?;
    if meta.is_file() {
        return Ok(vec![path.to_owned()]);
    }
    let mut entries: Vec<_> = std::fs::read_dir(path)
        .with_context(|| format!("cannot read `{}`", path.display()))?
        .collect::<Result<_, _>>()?;
    entries.sort_by_key(std::fs::DirEntry::file_name);
    let mut found = Vec::new();
    for entry in entries {
        found.extend(files(&entry.path())?);
    }
    Ok(found)
}

/// A TOML file of the workspace, parsed.
pub(crate) fn read_toml(path: &Path) -> Result<toml::Table> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read `{}`", path.display()))?;
    text.parse().with_context(|| format!("`{}` is not valid TOML", path.display()))
}

/// The workspace manifest's parts the widget's build reads: its profile, and the
/// workspace entries of every dependency `widget/` and `model/` name.
fn manifest_lines(root: &Path) -> Result<Vec<String>> {
    let workspace = read_toml(&root.join("Cargo.toml"))?;
    let mut lines = Vec::new();
    let profile = workspace.get("profile").and_then(|p| p.get("wasm-release"));
    let Some(profile) = profile else { bail!("`Cargo.toml` has no `[profile.wasm-release]`") };
    lines.push(format!("manifest profile.wasm-release {}", sha256(profile.to_string().as_bytes())));
    let shared = workspace.get("workspace").and_then(|w| w.get("dependencies")).and_then(toml::Value::as_table);
    let mut names = BTreeSet::new();
    for krate in ["widget", "model"] {
        let manifest = read_toml(&root.join(krate).join("Cargo.toml"))?;
        collect_dependency_names(&toml::Value::Table(manifest), &mut names);
    }
    for name in names {
        if let Some(spec) = shared.and_then(|deps| deps.get(&name)) {
            lines.push(format!("manifest workspace.dependencies.{name} {}", sha256(spec.to_string().as_bytes())));
        }
    }
    Ok(lines)
}

/// The names in every `dependencies` table of a manifest (target-specific ones included).
fn collect_dependency_names(value: &toml::Value, names: &mut BTreeSet<String>) {
    let Some(table) = value.as_table() else { return };
    for (key, inner) in table {
        if key.ends_with("dependencies")
            && let Some(deps) = inner.as_table()
        {
            names.extend(deps.keys().cloned());
        } else {
            collect_dependency_names(inner, names);
        }
    }
}

/// A text field of a package in `Cargo.lock`, or "".
fn field<'a>(package: &'a toml::Table, key: &str) -> &'a str {
    package.get(key).and_then(toml::Value::as_str).unwrap_or("")
}

/// Every package of `Cargo.lock` reachable from the widget and the model, whatever the
/// target or feature (the lock does not say): name, version and checksum.
fn lock_lines(root: &Path) -> Result<Vec<String>> {
    let lock = read_toml(&root.join("Cargo.lock"))?;
    let packages = lock.get("package").and_then(toml::Value::as_array).context("`Cargo.lock` lists no packages")?;
    let mut by_name: BTreeMap<&str, Vec<&toml::Table>> = BTreeMap::new();
    for package in packages.iter().filter_map(toml::Value::as_table) {
        if let Some(name) = package.get("name").and_then(toml::Value::as_str) {
            by_name.entry(name).or_default().push(package);
        }
    }
    // name and version -> checksum ("local" for the workspace's own crates).
    let mut seen = BTreeMap::new();
    let mut todo: Vec<&toml::Table> = ROOTS.iter().filter_map(|name| by_name.get(name)?.first().copied()).collect();
    if todo.len() != ROOTS.len() {
        bail!("`Cargo.lock` lacks {}", ROOTS.join(" or "));
    }
    while let Some(package) = todo.pop() {
        let key = (field(package, "name"), field(package, "version"));
        if seen.contains_key(&key) {
            continue;
        }
        seen.insert(key, Some(field(package, "checksum")).filter(|c| !c.is_empty()).unwrap_or("local"));
        let deps = package.get("dependencies").and_then(toml::Value::as_array).into_iter().flatten();
        for dep in deps.filter_map(toml::Value::as_str) {
            // "name", or "name version" (or "name version (source)") when several versions are locked.
            let mut parts = dep.split(' ');
            let name = parts.next().unwrap_or_default();
            let version = parts.next();
            let found = by_name
                .get(name)
                .and_then(|all| all.iter().find(|p| version.is_none_or(|v| field(p, "version") == v)))
                .with_context(|| format!("`Cargo.lock` names `{dep}` but does not list it"))?;
            todo.push(found);
        }
    }
    Ok(seen.into_iter().map(|((name, version), checksum)| format!("lock {name} {version} {checksum}")).collect())
}

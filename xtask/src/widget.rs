//! `cargo xtask build-widget`: builds the widget the `cairn` crate ships, in four steps.
//!
//! 1. `cargo build -p cairn-widget` for `wasm32-unknown-unknown` with the `wasm-release`
//!    profile, in `target/widget-build`, with the paths of this machine remapped so that
//!    they do not end up in the module.
//! 2. wasm-bindgen's library (the CLI's output for `--target web`) for the JavaScript glue.
//! 3. `wasm-opt -Oz` from binaryen 116 or later (required: the shipped widget is the
//!    optimized one; Debian's binaryen 108 writes modules that Chromium rejects).
//! 4. The glue and the loader (`widget/js/cairn.js`) in one `cairn.js`, both files into
//!    `generator/widget/`, with the record of their sources (see [`crate::shipped`]).
//!
//! Every `cargo build` of cairn then includes these files as they are: building cairn
//! needs neither the wasm target nor wasm-bindgen nor binaryen.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};

use crate::{shipped, sources};

const TARGET: &str = "wasm32-unknown-unknown";
/// The oldest binaryen whose modules Chromium accepts.
const OLDEST_WASM_OPT: u32 = 116;

/// Builds the widget and writes it, with its record, into `generator/widget/`.
pub(crate) fn build_widget(root: &Path) -> Result<()> {
    check_target()?;
    let wasm_opt = wasm_opt()?;
    let sources = sources::source_lines(root)?;
    let wasm = build_wasm(root)?;
    let work = root.join("target/widget-build/bindgen");
    if work.exists() {
        std::fs::remove_dir_all(&work).with_context(|| format!("cannot remove `{}`", work.display()))?;
    }
    std::fs::create_dir_all(&work).with_context(|| format!("cannot make `{}`", work.display()))?;
    bindgen(&wasm, &work)?;
    let out = shipped::dir(root);
    std::fs::create_dir_all(&out).with_context(|| format!("cannot make `{}`", out.display()))?;
    optimize(&wasm_opt.0, &work.join("cairn_widget_bg.wasm"), &out.join("cairn_widget_bg.wasm"))?;
    let glue = std::fs::read_to_string(work.join("cairn_widget.js")).context("wasm-bindgen wrote no glue")?;
    let loader_path = root.join("widget/js/cairn.js");
    let loader =
        std::fs::read_to_string(&loader_path).with_context(|| format!("cannot read `{}`", loader_path.display()))?;
    std::fs::write(out.join("cairn.js"), format!("{glue}\n{loader}")).context("cannot write `cairn.js`")?;
    let tools =
        [rustc_version()?, format!("wasm-bindgen {}", locked_version(root, "wasm-bindgen-cli-support")?), wasm_opt.1];
    shipped::write_record(root, &tools, &sources)
}

/// Fails with the command to run when the wasm target is not installed.
fn check_target() -> Result<()> {
    let output = Command::new("rustc").args(["--print", "target-libdir", "--target", TARGET]).output();
    let libdir = output.ok().map(|o| PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()));
    let has_core = libdir
        .and_then(|dir| std::fs::read_dir(dir).ok())
        .is_some_and(|entries| entries.flatten().any(|e| e.file_name().to_string_lossy().starts_with("libcore-")));
    if !has_core {
        let toolchain = std::env::var("RUSTUP_TOOLCHAIN").map(|t| format!(" --toolchain {t}")).unwrap_or_default();
        bail!(
            "the widget is built for WebAssembly, and that target is not installed: run `rustup target add {TARGET}{toolchain}`"
        );
    }
    Ok(())
}

/// The `wasm-opt` on the `PATH` and its version line; an error unless it is binaryen 116
/// or later.
fn wasm_opt() -> Result<(PathBuf, String)> {
    let program = PathBuf::from("wasm-opt");
    let hint = "install binaryen 116 or later (`npm install binaryen` and put its `node_modules/.bin` on the PATH; scripts/build-widget does it)";
    let output = Command::new(&program).arg("--version").output();
    let Ok(output) = output else { bail!("`wasm-opt` is not on the PATH: {hint}") };
    let line = String::from_utf8_lossy(&output.stdout).trim().to_owned();
    let version = line.split_whitespace().find_map(|w| w.parse::<u32>().ok());
    match version {
        Some(v) if v >= OLDEST_WASM_OPT => Ok((program, line)),
        Some(v) => bail!("`wasm-opt` is binaryen {v}, which writes modules Chromium rejects: {hint}"),
        None => bail!("`wasm-opt --version` printed `{line}`, not a binaryen version: {hint}"),
    }
}

/// Runs the wasm build; returns the path of the widget's `.wasm`.
fn build_wasm(root: &Path) -> Result<PathBuf> {
    let target_dir = root.join("target/widget-build");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let cargo_home = std::env::var("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|_| std::env::var("HOME").map(|home| Path::new(&home).join(".cargo")))
        .context("neither CARGO_HOME nor HOME is set")?;
    // The module carries the paths of panic locations: name them the same on every machine.
    let remap = [(cargo_home.as_path(), "/cargo"), (root, "/cairn")]
        .map(|(from, to)| format!("--remap-path-prefix={}={to}", from.display()))
        .join("\x1f");
    let mut command = Command::new(cargo);
    command
        .current_dir(root)
        .args(["build", "-p", "cairn-widget", "--lib", "--target", TARGET, "--locked"])
        .args(["--profile", "wasm-release", "--target-dir"])
        .arg(&target_dir)
        .env("CARGO_ENCODED_RUSTFLAGS", remap)
        .env_remove("RUSTFLAGS");
    // A maintainer's own settings for other profiles must not reach this one.
    for (key, _) in std::env::vars_os() {
        let key = key.to_string_lossy();
        if key.starts_with("CARGO_PROFILE_") && !key.starts_with("CARGO_PROFILE_WASM_RELEASE_") {
            command.env_remove(key.as_ref());
        }
    }
    let status = command.status().context("cannot run cargo to build the widget")?;
    if !status.success() {
        bail!("building the widget for WebAssembly failed ({status}); its errors are above");
    }
    Ok(target_dir.join(TARGET).join("wasm-release/cairn_widget.wasm"))
}

/// The JavaScript glue and the module, as wasm-bindgen's CLI makes them for `--target web`.
fn bindgen(wasm: &Path, out: &Path) -> Result<()> {
    let mut bindgen = wasm_bindgen_cli_support::Bindgen::new();
    bindgen.input_path(wasm).out_name("cairn_widget").omit_default_module_path(false).remove_name_section(true);
    bindgen.web(true).and_then(|b| b.generate(out)).context("wasm-bindgen could not process the widget")
}

/// The version of `name` in `Cargo.lock` (wasm-bindgen's library is pinned with `=`, like
/// the widget's wasm-bindgen).
fn locked_version(root: &Path, name: &str) -> Result<String> {
    let lock = sources::read_toml(&root.join("Cargo.lock"))?;
    let packages = lock.get("package").and_then(toml::Value::as_array).into_iter().flatten();
    packages
        .filter_map(toml::Value::as_table)
        .find(|p| p.get("name").and_then(toml::Value::as_str) == Some(name))
        .and_then(|p| p.get("version")?.as_str().map(str::to_owned))
        .with_context(|| format!("`Cargo.lock` does not list `{name}`"))
}

/// `wasm-opt -Oz` from `input` into `output`.
fn optimize(program: &Path, input: &Path, output: &Path) -> Result<()> {
    let features = ["bulk-memory", "reference-types", "nontrapping-float-to-int", "sign-ext", "mutable-globals"];
    let status = Command::new(program)
        .arg("-Oz")
        .args(features.map(|f| format!("--enable-{f}")))
        .arg("--strip-debug")
        .arg(input)
        .arg("-o")
        .arg(output)
        .status()
        .context("cannot run `wasm-opt`")?;
    if !status.success() {
        bail!("`wasm-opt` failed ({status})");
    }
    Ok(())
}

fn rustc_version() -> Result<String> {
    let output = Command::new("rustc").arg("--version").output().context("cannot run `rustc --version`")?;
    if !output.status.success() {
        bail!("`rustc --version` failed ({})", output.status);
    }
    Ok(String::from_utf8_lossy(&output.stdout).trim().to_owned())
}

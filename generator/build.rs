//! Builds the widget into the `cairn` binary: a nested `cargo build` of `cairn-widget` for
//! `wasm32-unknown-unknown` (profile `wasm-release`, in a target folder of its own), then
//! wasm-bindgen's library for the JavaScript glue, then `wasm-opt` when a version that
//! works is installed, and the loader (`widget/js/cairn.js`) is appended to the glue. The
//! files land in `OUT_DIR/widget/`, which `src/widget.rs` includes.
//!
//! `CAIRN_SKIP_WIDGET=1` (and `cargo clippy`) skip the nested build and write empty files;
//! a binary built that way refuses to build sites. DEPENDENCIES.md explains each step.

#![allow(
    clippy::print_stdout,
    clippy::print_stderr,
    reason = "a build script talks to cargo on stdout and to people on stderr"
)]

use std::path::{Path, PathBuf};
use std::process::Command;

const WASM: &str = "cairn_widget_bg.wasm";
const GLUE: &str = "cairn_widget.js";
/// The glue and the loader (`widget/js/cairn.js`) in one file.
const SCRIPT: &str = "cairn.js";

fn main() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let widget_out = out.join("widget");
    std::fs::create_dir_all(&widget_out).expect("OUT_DIR is writable");
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let root = manifest.parent().expect("the generator is in the workspace").to_owned();
    println!("cargo::rerun-if-env-changed=CAIRN_SKIP_WIDGET");
    println!("cargo::rerun-if-changed=build.rs");
    let watched =
        ["widget/src", "widget/js", "widget/Cargo.toml", "model/src", "model/Cargo.toml", "Cargo.lock", "Cargo.toml"];
    for path in watched.into_iter().chain([".cargo/config.toml"]) {
        if root.join(path).exists() {
            println!("cargo::rerun-if-changed={}", root.join(path).display());
        }
    }
    let under_clippy = std::env::var("RUSTC_WORKSPACE_WRAPPER").is_ok_and(|w| w.ends_with("clippy-driver"));
    if std::env::var_os("CAIRN_SKIP_WIDGET").is_some_and(|v| v != "0") || under_clippy {
        std::fs::write(widget_out.join(WASM), b"").expect("write placeholder");
        std::fs::write(widget_out.join(GLUE), b"").expect("write placeholder");
        std::fs::write(widget_out.join(SCRIPT), b"").expect("write placeholder");
        println!("cargo::rustc-env=CAIRN_WIDGET=skipped");
        return;
    }
    check_target();
    let wasm = build_wasm(&root, &out);
    // wasm-bindgen and wasm-opt take seconds: skip them when neither the module nor the
    // optimizer changed.
    let optimizer = wasm_opt_version();
    let stamp = widget_out.join("input.stamp");
    let fingerprint = format!("{} wasm-opt {optimizer:?}", fingerprint(&wasm));
    let up_to_date = std::fs::read_to_string(&stamp).is_ok_and(|s| s == fingerprint)
        && widget_out.join(WASM).metadata().is_ok_and(|m| m.len() > 0);
    if !up_to_date {
        bindgen(&wasm, &widget_out);
        optimize(&widget_out.join(WASM), optimizer);
        std::fs::write(&stamp, fingerprint).expect("write the stamp");
    }
    let glue = std::fs::read_to_string(widget_out.join(GLUE)).expect("wasm-bindgen wrote the glue");
    let loader = std::fs::read_to_string(root.join("widget/js/cairn.js")).expect("the loader is in the repository");
    std::fs::write(widget_out.join(SCRIPT), format!("{glue}\n{loader}")).expect("write cairn.js");
    println!("cargo::rustc-env=CAIRN_WIDGET=built");
}

/// Fails with the command to run when the wasm target is not installed.
fn check_target() {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".to_owned());
    let libdir = Command::new(&rustc)
        .args(["--print", "target-libdir", "--target", "wasm32-unknown-unknown"])
        .output()
        .ok()
        .map(|o| PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()));
    let has_core = libdir
        .and_then(|dir| std::fs::read_dir(dir).ok())
        .is_some_and(|entries| entries.flatten().any(|e| e.file_name().to_string_lossy().starts_with("libcore-")));
    if !has_core {
        let toolchain = std::env::var("RUSTUP_TOOLCHAIN").map(|t| format!(" --toolchain {t}")).unwrap_or_default();
        fail(&format!(
            "the widget is built for WebAssembly, and that target is not installed: run `rustup target add wasm32-unknown-unknown{toolchain}` (or set CAIRN_SKIP_WIDGET=1 to build a cairn that cannot build sites)"
        ));
    }
}

/// Runs the nested build; returns the path of the widget's `.wasm`.
fn build_wasm(root: &Path, out: &Path) -> PathBuf {
    let target_dir = nested_target_dir(out);
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let mut command = Command::new(cargo);
    command
        .current_dir(root)
        .args(["build", "-p", "cairn-widget", "--lib", "--target", "wasm32-unknown-unknown", "--locked"])
        .args(["--profile", "wasm-release", "--target-dir"])
        .arg(&target_dir)
        // The nested build's output must not be read as directives for this one.
        .stdout(std::io::stderr());
    if std::env::var_os("CARGO_NET_OFFLINE").is_some_and(|v| v == "true") {
        command.arg("--offline");
    }
    for (key, _) in std::env::vars_os() {
        let key = key.to_string_lossy();
        let leaks = ["CARGO_CFG_", "CARGO_FEATURE_", "CARGO_PKG_", "CARGO_MANIFEST_", "DEP_"]
            .iter()
            .any(|prefix| key.starts_with(prefix))
            || (key.starts_with("CARGO_PROFILE_") && !key.starts_with("CARGO_PROFILE_WASM_RELEASE_"))
            || matches!(
                key.as_ref(),
                "CARGO_ENCODED_RUSTFLAGS"
                    | "RUSTFLAGS"
                    | "RUSTC_WORKSPACE_WRAPPER"
                    | "RUSTC_WRAPPER"
                    | "TARGET"
                    | "HOST"
            );
        if leaks {
            command.env_remove(key.as_ref());
        }
    }
    match command.status() {
        Ok(status) if status.success() => {}
        Ok(status) => fail(&format!("building the widget for WebAssembly failed ({status}); its errors are above")),
        Err(e) => fail(&format!("cannot run cargo to build the widget: {e}")),
    }
    target_dir.join("wasm32-unknown-unknown/wasm-release/cairn_widget.wasm")
}

/// `<target>/widget-build`, from `OUT_DIR` (`<target>[/<triple>]/<profile>/build/<pkg>/out`).
fn nested_target_dir(out: &Path) -> PathBuf {
    let mut target = out.ancestors().nth(4).unwrap_or(out).to_owned();
    if let Ok(triple) = std::env::var("TARGET")
        && target.file_name().is_some_and(|n| n == triple.as_str())
    {
        target.pop();
    }
    target.join("widget-build")
}

fn fingerprint(wasm: &Path) -> String {
    let meta = std::fs::metadata(wasm).unwrap_or_else(|e| fail(&format!("the widget's wasm is missing: {e}")));
    format!("{} {:?}", meta.len(), meta.modified().ok())
}

/// The JavaScript glue and the final module, as wasm-bindgen's CLI makes them for `--target web`.
fn bindgen(wasm: &Path, out: &Path) {
    let mut bindgen = wasm_bindgen_cli_support::Bindgen::new();
    bindgen.input_path(wasm).out_name("cairn_widget").omit_default_module_path(false).remove_name_section(true);
    let result = bindgen.web(true).and_then(|b| b.generate(out));
    if let Err(e) = result {
        fail(&format!("wasm-bindgen could not process the widget: {e:#}"));
    }
}

/// The version of the `wasm-opt` on the `PATH`, if any.
fn wasm_opt_version() -> Option<u32> {
    let output = Command::new("wasm-opt").arg("--version").output().ok()?;
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    text.split_whitespace().find_map(|w| w.parse::<u32>().ok())
}

/// Runs `wasm-opt -Oz` when a binaryen of version 116 or later is installed (Debian's 108
/// writes modules Chromium rejects); otherwise the module stays as wasm-bindgen left it.
fn optimize(wasm: &Path, version: Option<u32>) {
    match version {
        Some(v) if v >= 116 => {
            let optimized = wasm.with_extension("opt.wasm");
            let status = Command::new("wasm-opt")
                .arg("-Oz")
                .arg("--enable-bulk-memory")
                .arg("--enable-reference-types")
                .arg("--enable-nontrapping-float-to-int")
                .arg("--enable-sign-ext")
                .arg("--enable-mutable-globals")
                .arg("--strip-debug")
                .arg(wasm)
                .arg("-o")
                .arg(&optimized)
                .status();
            match status {
                Ok(s) if s.success() => std::fs::rename(&optimized, wasm).expect("replace the module"),
                _ => println!("cargo::warning=wasm-opt failed; the widget is not size-optimized"),
            }
        }
        Some(v) => {
            println!("cargo::warning=wasm-opt {v} is too old (116 or later works); the widget is not size-optimized")
        }
        None => {}
    }
}

fn fail(message: &str) -> ! {
    println!("cargo::error={message}");
    eprintln!("error: {message}");
    std::process::exit(1);
}

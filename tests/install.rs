//! The install action `cairn init` writes (`.github/actions/install-cairn/action.yml`),
//! run for real: its `run:` step is executed with bash as a GitHub runner runs it (with
//! `RUNNER_TEMP` and `GITHUB_PATH` set), against a local origin that serves a release
//! made by `scripts/release-archive` from the `cairn` under test. A good archive installs;
//! a wrong checksum, an unknown platform, a missing release and an unreachable address
//! each fail with one line and install nothing; a cached install is used as it is; a
//! platform without an archive is built with `cargo install`. The archives' names are
//! held to the release workflow's targets and to `cargo binstall`'s metadata.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

use crate::harness::Repo;
use crate::origin::Origin;
use crate::workflows::{JobRun, initialized_with, run_job_with, yaml_file};

const VERSION: &str = env!("CARGO_PKG_VERSION");

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A folder served as `/releases/`, holding `v<VERSION>/` with the Linux x86_64 archive of
/// the cairn under test and its `SHA256SUMS` (or `sums` in their place).
fn release(sums: Option<&str>) -> (tempfile::TempDir, Origin) {
    let root = tempfile::tempdir().expect("a temporary folder");
    let dir = root.path().join(format!("releases/v{VERSION}"));
    let made = Command::new(workspace().join("scripts/release-archive"))
        .args(["x86_64-unknown-linux-musl", env!("CARGO_BIN_EXE_cairn")])
        .arg(&dir)
        .output()
        .expect("run scripts/release-archive");
    assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
    let archive = String::from_utf8_lossy(&made.stdout).trim().to_owned();
    assert!(archive.ends_with(&format!("cairn-v{VERSION}-x86_64-unknown-linux-musl.tar.gz")), "{archive}");
    let sums = match sums {
        Some(text) => text.to_owned(),
        None => {
            let name = Path::new(&archive).file_name().expect("a name").to_owned();
            let out = Command::new("sha256sum").arg(name).current_dir(&dir).output().expect("run sha256sum");
            String::from_utf8(out.stdout).expect("text")
        }
    };
    std::fs::write(dir.join("SHA256SUMS"), sums).expect("write SHA256SUMS");
    let origin = Origin::serve(root.path());
    (root, origin)
}

/// A runner: a repository made by `cairn init` with `args`, and the runner's folders.
struct Runner {
    repo: Repo,
    tool_cache: tempfile::TempDir,
    temp: tempfile::TempDir,
    /// Where `GITHUB_PATH` points.
    files: tempfile::TempDir,
}

impl Runner {
    fn new(args: &[&str]) -> Self {
        let folder = || tempfile::tempdir().expect("a temporary folder");
        Self { repo: initialized_with(args), tool_cache: folder(), temp: folder(), files: folder() }
    }

    fn action(&self) -> Value {
        yaml_file(&self.repo.path().join(".github/actions/install-cairn/action.yml"))
    }

    /// Where the action installs cairn on an `arch` runner.
    fn home(&self, arch: &str) -> PathBuf {
        self.tool_cache.path().join(format!("cairn/{VERSION}/{arch}"))
    }

    fn github_path(&self) -> PathBuf {
        self.files.path().join("github_path")
    }

    /// Runs the action's steps on an `os`/`arch` runner, with its inputs' defaults unless
    /// `inputs` says otherwise, and `tools` first on the `PATH`.
    fn run(&self, os: &str, arch: &str, inputs: &[(&str, &str)], tools: Option<&Path>) -> JobRun {
        self.run_env(os, arch, inputs, tools, &[])
    }

    /// [`Runner::run`], with more environment variables for the step (`PATH` replaces the
    /// runner's).
    fn run_env(
        &self,
        os: &str,
        arch: &str,
        inputs: &[(&str, &str)],
        tools: Option<&Path>,
        more: &[(&str, &str)],
    ) -> JobRun {
        let action = self.action();
        let default = |name: &str| action["inputs"][name]["default"].as_str().expect("a default").to_owned();
        let input =
            |name: &str| inputs.iter().find(|(k, _)| *k == name).map_or_else(|| default(name), |v| v.1.to_owned());
        let (version, url) = (input("version"), input("release-url"));
        let cache = self.tool_cache.path().display().to_string();
        let vars = [
            ("inputs.version", version.as_str()),
            ("inputs.release-url", url.as_str()),
            ("runner.tool_cache", cache.as_str()),
            ("runner.os", os),
            ("runner.arch", arch),
        ];
        let (temp, path) = (self.temp.path().display().to_string(), self.github_path().display().to_string());
        let mut env = vec![("RUNNER_TEMP", temp.as_str()), ("GITHUB_PATH", path.as_str())];
        env.extend(more.iter().copied());
        run_job_with(&self.repo, &action["runs"], &vars, tools, &env)
    }

    /// [`Runner::run`] with its inputs' defaults, with only the folder `path` on the `PATH`.
    fn run_with_path(&self, os: &str, arch: &str, path: &str) -> JobRun {
        self.run_env(os, arch, &[], None, &[("PATH", path)])
    }

    /// Checks that the run failed with the one error line `line`, installing nothing.
    fn assert_failed(&self, run: &JobRun, arch: &str, line: &str) {
        assert_eq!(run.code, 1, "{}", run.output);
        let errors: Vec<&str> = run.output.lines().filter(|l| l.starts_with("::error")).collect();
        assert_eq!(errors, vec![format!("::error title=install-cairn::{line}")], "{}", run.output);
        assert!(!self.home(arch).exists(), "a failed install left {}", self.home(arch).display());
        assert!(std::fs::read_to_string(self.github_path()).unwrap_or_default().is_empty(), "the PATH was changed");
        let left: Vec<_> = std::fs::read_dir(self.temp.path()).expect("the runner's temp").flatten().collect();
        assert!(left.is_empty(), "something was left in RUNNER_TEMP: {left:?}");
        let beside = self.home(arch).parent().map(|p| std::fs::read_dir(p).into_iter().flatten().flatten().count());
        assert!(beside.unwrap_or(0) == 0, "the download was left beside {}", self.home(arch).display());
    }
}

#[test]
fn the_install_action_installs_the_release_archive_and_then_uses_the_cache() {
    let (_root, origin) = release(None);
    let runner = Runner::new(&["--release-url", &origin.url("/releases")]);
    let action = runner.action();
    assert_eq!(action["inputs"]["version"]["default"], VERSION, "the version of the cairn that wrote it");
    let steps = action["runs"]["steps"].as_array().expect("steps");
    assert_eq!(steps[0]["uses"], "actions/cache@v6");
    assert_eq!(steps[0]["with"]["path"], "${{ runner.tool_cache }}/cairn/${{ inputs.version }}/${{ runner.arch }}");

    let run = runner.run("Linux", "X64", &[], None);
    assert_eq!(run.code, 0, "{}", run.output);
    let archive = format!("cairn-v{VERSION}-x86_64-unknown-linux-musl.tar.gz");
    assert_eq!(origin.asked(), [format!("/releases/v{VERSION}/{archive}"), format!("/releases/v{VERSION}/SHA256SUMS")]);
    let home = runner.home("X64");
    assert_eq!(std::fs::read_to_string(runner.github_path()).expect("GITHUB_PATH"), format!("{}\n", home.display()));
    let installed = Command::new(home.join("cairn")).arg("--version").output().expect("run the installed cairn");
    assert_eq!(String::from_utf8_lossy(&installed.stdout), format!("cairn {VERSION}\n"));
    assert!(run.output.ends_with(&format!("cairn {VERSION}\n")), "{}", run.output);

    // A cached folder whose cairn is not the version asked for is installed again.
    std::fs::write(home.join("cairn"), "#!/bin/sh\necho cairn 0.0.1\n").expect("a stale cairn");
    let stale = runner.run("Linux", "X64", &[], None);
    assert_eq!(stale.code, 0, "{}", stale.output);
    assert_eq!(origin.asked().len(), 4, "downloaded again: {:?}", origin.asked());
    assert!(stale.output.ends_with(&format!("cairn {VERSION}\n")), "{}", stale.output);

    // The next run restores the folder from the cache and downloads nothing.
    drop(origin);
    let again = runner.run("Linux", "X64", &[], None);
    assert_eq!(again.code, 0, "{}", again.output);
    assert!(again.output.starts_with(&format!("cairn {VERSION} is in the cache\n")), "{}", again.output);
    let beside: Vec<_> = std::fs::read_dir(home.parent().expect("a parent")).expect("read").flatten().collect();
    assert_eq!(beside.len(), 1, "only the installed folder: {beside:?}");
}

/// A folder of commands for a runner's `PATH`: links to the real `names`, and stand-ins
/// (name, script) beside them.
fn commands(names: &[&str], stand_ins: &[(&str, String)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary folder");
    for name in names {
        let found = Command::new("sh").args(["-c", &format!("command -v {name}")]).output().expect("look it up");
        let path = String::from_utf8(found.stdout).expect("a path").trim().to_owned();
        assert!(!path.is_empty(), "`{name}` is not installed");
        std::os::unix::fs::symlink(&path, dir.path().join(name)).expect("link it");
    }
    for (name, script) in stand_ins {
        std::fs::write(dir.path().join(name), script).expect("write a stand-in");
        std::fs::set_permissions(dir.path().join(name), std::os::unix::fs::PermissionsExt::from_mode(0o755))
            .expect("executable");
    }
    dir
}

/// What the action's script runs, besides the shell's own commands.
const TOOLS: &[&str] = &[
    "bash", "dirname", "mkdir", "mktemp", "rm", "mv", "chmod", "head", "tail", "curl", "awk", "cut", "tar", "gzip",
    "unzip",
];

#[test]
fn on_macos_the_checksum_is_taken_with_shasum() {
    let (root, origin) = release(None);
    let runner = Runner::new(&["--release-url", &origin.url("/releases")]);
    // No sha256sum, as on macOS: `shasum -a 256` stands in, by the real sha256sum.
    let sha256sum =
        String::from_utf8(Command::new("sh").args(["-c", "command -v sha256sum"]).output().expect("sh").stdout)
            .expect("a path");
    let shasum = format!("#!/bin/sh\n[ \"$1 $2\" = \"-a 256\" ] || exit 2\nexec {} \"$3\"\n", sha256sum.trim());
    let path = commands(TOOLS, &[("shasum", shasum)]);
    let bin = path.path().display().to_string();
    // The macOS archive is the Linux one under the macOS name: only its name is asked for.
    let dir = root.path().join(format!("releases/v{VERSION}"));
    let linux = format!("cairn-v{VERSION}-x86_64-unknown-linux-musl");
    let mac = format!("cairn-v{VERSION}-aarch64-apple-darwin");
    let script = format!(
        "set -e; mkdir -p x && tar -xzf {linux}.tar.gz -C x && mv x/{linux} x/{mac} && tar -czf {mac}.tar.gz -C x {mac} && rm -r x && sha256sum {mac}.tar.gz >> SHA256SUMS"
    );
    assert!(Command::new("sh").args(["-c", &script]).current_dir(&dir).status().expect("sh").success());
    let run = runner.run_with_path("macOS", "ARM64", &bin);
    assert_eq!(run.code, 0, "{}", run.output);
    assert!(runner.home("ARM64").join("cairn").is_file());
}

#[test]
fn on_windows_the_zip_archive_is_unpacked_and_paths_go_through_cygpath() {
    let (root, origin) = release(None);
    let runner = Runner::new(&["--release-url", &origin.url("/releases")]);
    let dir = root.path().join(format!("releases/v{VERSION}"));
    let name = format!("cairn-v{VERSION}-x86_64-pc-windows-msvc");
    let stage = tempfile::tempdir().expect("a temporary folder");
    std::fs::create_dir(stage.path().join(&name)).expect("a folder");
    std::fs::copy(env!("CARGO_BIN_EXE_cairn"), stage.path().join(&name).join("cairn.exe")).expect("copy");
    let zipped = Command::new("python3")
        .args(["-m", "zipfile", "-c"])
        .arg(dir.join(format!("{name}.zip")))
        .arg(&name)
        .current_dir(stage.path())
        .status()
        .expect("run python3");
    assert!(zipped.success());
    let sums = Command::new("sh")
        .args(["-c", &format!("sha256sum {name}.zip >> SHA256SUMS")])
        .current_dir(&dir)
        .status()
        .expect("sh");
    assert!(sums.success());
    // Git's bash on Windows has cygpath; this one records what it was asked and answers
    // with the path as it is (the runner's folders here are already Unix ones).
    let log = runner.files.path().join("cygpath.log");
    let cygpath = format!("#!/bin/sh\necho \"$@\" >> '{}'\n[ \"$1\" = -u ] && printf '%s\\n' \"$2\"\n", log.display());
    let tools = commands(&[], &[("cygpath", cygpath)]);
    let run = runner.run("Windows", "X64", &[], Some(tools.path()));
    assert_eq!(run.code, 0, "{}", run.output);
    assert!(runner.home("X64").join("cairn.exe").is_file());
    assert!(origin.asked().contains(&format!("/releases/v{VERSION}/{name}.zip")), "{:?}", origin.asked());
    let asked = std::fs::read_to_string(&log).expect("cygpath was run");
    assert!(asked.starts_with(&format!("-u {}\n", runner.home("X64").display())), "{asked}");
}

#[test]
fn a_wrong_checksum_fails_and_installs_nothing() {
    let archive = format!("cairn-v{VERSION}-x86_64-unknown-linux-musl.tar.gz");
    let wrong = "0".repeat(64);
    let (_root, origin) = release(Some(&format!("{wrong}  {archive}\n")));
    let runner = Runner::new(&["--release-url", &origin.url("/releases")]);
    let run = runner.run("Linux", "X64", &[], None);
    let line = run.output.lines().find(|l| l.starts_with("::error")).unwrap_or_default().to_owned();
    let expected = format!("{archive} does not match its SHA-256 in SHA256SUMS (expected {wrong}, got ");
    assert!(line.starts_with(&format!("::error title=install-cairn::{expected}")), "{}", run.output);
    assert!(line.ends_with("): the download is damaged or not the one released; nothing was installed"), "{line}");
    runner.assert_failed(&run, "X64", line.trim_start_matches("::error title=install-cairn::"));

    // An archive the sums do not list is no better.
    let (_root, origin) = release(Some(&format!("{wrong}  cairn-v{VERSION}-other.tar.gz\n")));
    let run = runner.run("Linux", "X64", &[("release-url", &origin.url("/releases"))], None);
    let sums = origin.url(&format!("/releases/v{VERSION}/SHA256SUMS"));
    runner.assert_failed(&run, "X64", &format!("{sums} lists no {archive}"));
}

#[test]
fn a_missing_release_or_an_unreachable_address_fails_with_one_line() {
    let (_root, origin) = release(None);
    let runner = Runner::new(&["--release-url", &origin.url("/releases")]);
    let run = runner.run("Linux", "X64", &[("version", "9.9.9")], None);
    let url = origin.url("/releases/v9.9.9/cairn-v9.9.9-x86_64-unknown-linux-musl.tar.gz");
    let releases = origin.url("/releases");
    let line = format!("cannot download {url}: the server answered 404 (is there a release v9.9.9 at {releases}?)");
    runner.assert_failed(&run, "X64", &line);

    let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("a port");
    let address = closed.local_addr().expect("its address");
    drop(closed);
    let nowhere = format!("http://{address}/releases");
    let run = runner.run("Linux", "X64", &[("release-url", &nowhere)], None);
    let line = run.output.lines().find(|l| l.starts_with("::error")).unwrap_or_default();
    let expected = format!(
        "::error title=install-cairn::cannot download {nowhere}/v{VERSION}/cairn-v{VERSION}-x86_64-unknown-linux-musl.tar.gz: curl: (7) "
    );
    assert!(line.starts_with(&expected), "{}", run.output);
    runner.assert_failed(&run, "X64", line.trim_start_matches("::error title=install-cairn::"));
}

#[test]
fn an_unknown_platform_fails_with_one_line() {
    let runner = Runner::new(&[]);
    let run = runner.run("FreeBSD", "X64", &[], None);
    let line = "cairn cannot be installed on a FreeBSD runner with a X64 processor: use Linux, macOS or Windows";
    runner.assert_failed(&run, "X64", line);
}

#[test]
fn a_platform_without_an_archive_builds_cairn_with_cargo() {
    let runner = Runner::new(&[]);
    let tools = tempfile::tempdir().expect("a temporary folder");
    let log = tools.path().join("cargo.log");
    // `cargo` stands in for the real one: it records its arguments and installs a cairn.
    let cargo = format!(
        "#!/bin/sh\necho \"$@\" >> '{}'\nwhile [ $# -gt 0 ]; do [ \"$1\" = --root ] && root=\"$2\"; shift; done\n\
         mkdir -p \"$root/bin\"\nprintf '#!/bin/sh\\necho \"cairn {VERSION}\"\\n' > \"$root/bin/cairn\"\nchmod +x \"$root/bin/cairn\"\n",
        log.display()
    );
    std::fs::write(tools.path().join("cargo"), cargo).expect("write cargo");
    std::fs::set_permissions(tools.path().join("cargo"), std::os::unix::fs::PermissionsExt::from_mode(0o755))
        .expect("executable");
    let run = runner.run("Linux", "ARM", &[], Some(tools.path()));
    assert_eq!(run.code, 0, "{}", run.output);
    assert!(
        run.output
            .contains("::notice title=install-cairn::cairn publishes no archive for Linux on ARM: building cairn")
    );
    let asked = std::fs::read_to_string(&log).expect("cargo was run");
    assert!(asked.starts_with(&format!("install --locked --version {VERSION} --root ")), "{asked}");
    assert!(asked.ends_with(" cairn\n"), "{asked}");
    assert!(runner.home("ARM").join("cairn").is_file());
}

/// The platforms the action downloads for are the release workflow's, and `cargo
/// binstall` looks for the same archive names.
#[test]
fn the_action_the_release_workflow_and_binstall_name_the_same_archives() {
    let release = yaml_file(&workspace().join(".github/workflows/release.yml"));
    let built: BTreeSet<String> = release["jobs"]["build"]["strategy"]["matrix"]["include"]
        .as_array()
        .expect("a matrix")
        .iter()
        .map(|entry| entry["target"].as_str().expect("a target").to_owned())
        .collect();
    let runner = Runner::new(&[]);
    let action = runner.action();
    assert_eq!(
        action["inputs"]["release-url"]["default"],
        cairn::init::RELEASE_URL,
        "the binary's own release address"
    );
    let script = action["runs"]["steps"][1]["run"].as_str().expect("the install step").to_owned();
    let downloaded: BTreeSet<String> = script
        .split(") target=")
        .skip(1)
        .filter_map(|rest| rest.split(' ').next())
        .filter(|target| !target.starts_with('"'))
        .map(str::to_owned)
        .collect();
    assert_eq!(downloaded, built, "the install action downloads exactly what the release builds");

    let manifest: toml::Table =
        std::fs::read_to_string(workspace().join("generator/Cargo.toml")).expect("the manifest").parse().expect("TOML");
    let binstall = &manifest["package"]["metadata"]["binstall"];
    let url = binstall["pkg-url"].as_str().expect("pkg-url");
    for target in &built {
        let suffix = if target.contains("windows") { ".zip" } else { ".tar.gz" };
        let named = url
            .replace("{ repo }", "R")
            .replace("{ name }", "cairn")
            .replace("{ version }", VERSION)
            .replace("{ target }", target)
            .replace("{ archive-suffix }", suffix);
        assert_eq!(named, format!("R/releases/download/v{VERSION}/cairn-v{VERSION}-{target}{suffix}"));
        let format = binstall.get("overrides").and_then(|o| o.get(target.as_str())).and_then(|o| o.get("pkg-fmt"));
        let format = format.or(binstall.get("pkg-fmt")).and_then(toml::Value::as_str);
        assert_eq!(format, Some(if target.contains("windows") { "zip" } else { "tgz" }), "{target}");
    }
    assert_eq!(cairn::init::RELEASE_URL, format!("{}/releases/download", env!("CARGO_PKG_REPOSITORY")));
}

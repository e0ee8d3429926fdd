//! The `cairn` command line. Thin by design: it parses arguments, sets up output, calls
//! the library, and turns the outcome into an exit code — 0 ok, 1 content invalid,
//! 2 usage or I/O error. Errors are printed here and nowhere else.

mod cli;

use std::process::ExitCode;

use clap::Parser;

/// mimalloc: a build allocates and frees many small strings on every core; the system
/// allocator spent a sixth of the build's time on that.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    match cli::run(args) {
        Ok(cli::Outcome::Success) => ExitCode::SUCCESS,
        Ok(cli::Outcome::ContentInvalid | cli::Outcome::Unhealthy | cli::Outcome::MeasureFailed) => ExitCode::from(1),
        // The reader went away (`cairn explain | head`): nothing is left to say to it.
        Err(err)
            if err.downcast_ref::<std::io::Error>().is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe) =>
        {
            ExitCode::SUCCESS
        }
        Err(err) => {
            #[allow(clippy::print_stderr, reason = "the one place errors are printed")]
            {
                eprintln!("error: {err:#}");
            }
            ExitCode::from(2)
        }
    }
}

//! Writes the man pages (`kluis.1` and one per subcommand, e.g.
//! `kluis-secret-import.1`) and the bash, zsh and fish completions from the
//! clap definition, so they never drift from the binary. Run by the
//! packaging step (`tests/deb-smoke.sh`) before `cargo deb`:
//!
//! ```sh
//! cargo run --example gen-assets -- target/assets
//! ```
//!
//! An example rather than a `build.rs`: a build script would run on every
//! build of the binary and pull `clap_mangen`/`clap_complete` into it, while
//! only packaging needs them (they are dev-dependencies); rather than a hidden
//! subcommand, because the shipped binary then carries no generator code.

use std::path::PathBuf;

use clap::CommandFactory;
use clap_complete::Shell;

fn main() -> std::io::Result<()> {
    let out = std::env::args_os()
        .nth(1)
        .map_or_else(|| PathBuf::from("target/assets"), PathBuf::from);
    let cmd = kluis::cli::Cli::command();
    let man = out.join("man");
    std::fs::create_dir_all(&man)?;
    clap_mangen::generate_to(cmd.clone(), &man)?;
    let completions = out.join("completions");
    std::fs::create_dir_all(&completions)?;
    for shell in [Shell::Bash, Shell::Zsh, Shell::Fish] {
        clap_complete::generate_to(shell, &mut cmd.clone(), "kluis", &completions)?;
    }
    println!("{}", out.display());
    Ok(())
}

//! `cf-droplets`: the Cloud Foundry V3 droplets and tasks API from the command line. Every
//! operation of `spec/openapi.yaml` is a subcommand (`cf-droplets --help` lists them by tag);
//! the table of operations in `cli.rs` is generated, the runtime's `cli` module runs it.
//!
//! ```sh
//! export CF_DROPLETS_BASE_URL=https://api.example.org CF_DROPLETS_TOKEN=...
//! cf-droplets list-droplets --states STAGED --label-selector env=prod --all
//! cf-droplets upload-droplet 3f6b... --bits droplet.tgz
//! ```

use ::generator_runtime as rt;

#[rustfmt::skip]
mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}

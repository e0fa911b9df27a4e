//! A local, persistent Cloud Foundry droplets and tasks API: the generated server stubs'
//! `Api` trait implemented on SQLite (the state) and a directory of files (droplet bits).
//!
//! Data flows one way: the generated router checks and decodes a request, [`api`] applies
//! Cloud Controller's rules in one database transaction, and [`workers`] finish what a request
//! only starts (checking uploaded bits, deletions, copies, cancellations). Everything a
//! request commits is on disk before it is answered; everything unfinished is redone on start.

mod api;
mod apps;
mod bits;
pub mod config;
mod db;
mod droplet_ops;
mod droplets;
mod error;
mod jobs;
mod listing;
mod metadata;
mod present;
mod reference;
mod selector;
mod task_ops;
mod tasks;
mod workers;

use config::{Args, Role, Seed, Token, Tokens};
use std::io::Write;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

/// How long a stopping server waits for background work before leaving it to the next start.
const DRAIN: Duration = Duration::from_secs(10);

/// Runs the server until Ctrl-C or SIGTERM; in-flight requests finish first.
pub async fn run(args: Args) -> Result<(), String> {
    std::fs::create_dir_all(&args.data).map_err(|e| {
        format!(
            "{}: cannot create the data directory: {e}",
            args.data.display()
        )
    })?;
    let _lock = lock(&args.data)?;
    let tokens = tokens(&args)?;
    let db = db::Db::open(&args.data.join("cf.db"))
        .map_err(|e| format!("{}: {e}", args.data.join("cf.db").display()))?;
    if let Some(path) = &args.seed {
        let seed = Seed::read(path)?;
        let count = seed.apps.len();
        db.call(move |c| apps::seed(c, &seed))
            .await
            .map_err(|e| format!("{}: {e}", path.display()))?;
        tracing::info!(apps = count, seed = %path.display(), "seeded");
    }
    let bits = bits::Bits::open(&args.data).map_err(|e| format!("{}: {e}", args.data.display()))?;
    let workers = workers::Workers::new(
        db.clone(),
        bits.clone(),
        Duration::from_millis(args.cancel_delay_ms),
    );
    workers.resume().await.map_err(|e| e.to_string())?;

    let reference = reference::Reference {
        db: db.clone(),
        bits,
        workers: workers.clone(),
        tokens,
        external_url: args.external_url.clone(),
        max_task_disk_mb: args.max_task_disk_mb,
        uploading: Default::default(),
    };
    // The multipart framing around the bits needs a little room beyond the bits themselves.
    let body_limit = usize::try_from(args.max_upload_mb.saturating_mul(1 << 20))
        .unwrap_or(usize::MAX)
        .saturating_add(64 << 10);
    let router = generated_server_stubs::router_with_config(
        Arc::new(reference),
        generated_server_stubs::ServerConfig {
            body_limit,
            ..generated_server_stubs::server_config()
        },
    );
    let listener = tokio::net::TcpListener::bind(args.listen)
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", args.listen))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    // The first line on stdout is the base URL, for scripts that start the server on port 0.
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "http://{addr}");
    let _ = out.flush();
    drop(out);
    tracing::info!(%addr, data = %args.data.display(), "listening");

    axum::serve(listener, router)
        .with_graceful_shutdown(stop_signal())
        .await
        .map_err(|e| e.to_string())?;
    tracing::info!("requests finished; waiting for background work");
    workers.drain(DRAIN).await;
    db.checkpoint().map_err(|e| e.to_string())?;
    tracing::info!("stopped");
    Ok(())
}

/// One server per data directory: a second would redo the first one's unfinished work.
fn lock(data: &Path) -> Result<std::fs::File, String> {
    let path = data.join("lock");
    let file = std::fs::File::create(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    file.try_lock().map_err(|_| {
        format!(
            "{}: another reference server is using this data directory",
            data.display()
        )
    })?;
    Ok(file)
}

/// The configured tokens; without any, a random admin token written to `<data>/admin-token`.
fn tokens(args: &Args) -> Result<Tokens, String> {
    let mut tokens = Tokens::from_args(args)?;
    if tokens.is_empty() {
        let path = args.data.join("admin-token");
        let token = match std::fs::read_to_string(&path) {
            Ok(text) => text.parse::<Token>()?,
            Err(_) => {
                let token = Token::random();
                write_private(&path, token.expose())
                    .map_err(|e| format!("{}: {e}", path.display()))?;
                token
            }
        };
        tracing::info!(file = %path.display(), "no token configured: the admin token is in this file");
        tokens.insert(token, Role::Admin);
    }
    Ok(tokens)
}

fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)?.write_all(text.as_bytes())
}

async fn stop_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {}
        _ = term => {}
    }
    tracing::info!("stopping: finishing in-flight requests");
}

//! What the server is started with: the command line, the tokens and their roles, and the seed
//! of apps and packages.

use serde::Deserialize;
use std::collections::HashMap;
use std::fmt;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

/// A local, persistent Cloud Foundry droplets and tasks API.
#[derive(Debug, clap::Parser)]
#[command(version, about, long_about = None)]
pub struct Args {
    /// The address to listen on (port 0 picks a free one; the base URL is printed on stdout).
    #[arg(long, default_value = "127.0.0.1:9090")]
    pub listen: SocketAddr,
    /// The data directory: the database (`cf.db`) and the droplet bits (`droplets/`).
    #[arg(long, default_value = "./cf-data")]
    pub data: PathBuf,
    /// A token with the admin role (reads secrets, may write).
    #[arg(long, env = "CF_ADMIN_TOKEN", hide_env_values = true)]
    pub admin_token: Option<Token>,
    /// A token with the global auditor role (reads, secrets redacted; writes get 403).
    #[arg(long, env = "CF_AUDITOR_TOKEN", hide_env_values = true)]
    pub auditor_token: Option<Token>,
    /// A YAML file of tokens and roles: `tokens: [{token: ..., role: admin|auditor|build_state_updater}]`.
    #[arg(long)]
    pub tokens: Option<PathBuf>,
    /// A YAML (or JSON) file of apps, packages and processes to register on start (see README).
    #[arg(long)]
    pub seed: Option<PathBuf>,
    /// The URL clients reach the server at, for links (default: `http://` and the Host header).
    #[arg(long)]
    pub external_url: Option<String>,
    /// The largest droplet upload accepted, in MiB (413 above it).
    #[arg(long, default_value_t = 2048)]
    pub max_upload_mb: u64,
    /// The largest `disk_in_mb` a task may ask for.
    #[arg(long, default_value_t = 2048)]
    pub max_task_disk_mb: i64,
    /// How long a canceled task stays `CANCELING` before it is `FAILED`, in milliseconds.
    #[arg(long, default_value_t = 1000)]
    pub cancel_delay_ms: u64,
}

/// A bearer token: usable, never printed.
#[derive(Clone, PartialEq, Eq, Hash, Deserialize)]
#[serde(transparent)]
pub struct Token(String);

impl Token {
    /// A fresh random token (two v4 UUIDs: 244 random bits).
    pub fn random() -> Token {
        Token(format!(
            "{}{}",
            uuid::Uuid::new_v4().simple(),
            uuid::Uuid::new_v4().simple()
        ))
    }

    /// The token itself.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::str::FromStr for Token {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        if s.trim().is_empty() {
            return Err("a token cannot be empty".into());
        }
        Ok(Token(s.trim().to_owned()))
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Token([REDACTED])")
    }
}

/// What a token may do, after Cloud Controller's roles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Reads everything, secrets included, and writes.
    Admin,
    /// Reads everything with secrets redacted; every write is 403 `CF-NotAuthorized`.
    Auditor,
    /// Only updates droplets (`image` included): the staging component's role.
    BuildStateUpdater,
}

impl Role {
    /// Whether droplet `execution_metadata`/`process_types` and task `command` are shown.
    pub fn reads_secrets(self) -> bool {
        self == Role::Admin
    }
}

/// The tokens the server accepts.
#[derive(Debug, Default)]
pub struct Tokens(HashMap<Token, Role>);

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TokensFile {
    tokens: Vec<TokenEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TokenEntry {
    token: Token,
    role: Role,
}

impl Tokens {
    /// The tokens of the flags and of the tokens file.
    pub fn from_args(args: &Args) -> Result<Tokens, String> {
        let mut tokens = Tokens::default();
        if let Some(t) = &args.admin_token {
            tokens.0.insert(t.clone(), Role::Admin);
        }
        if let Some(t) = &args.auditor_token {
            tokens.0.insert(t.clone(), Role::Auditor);
        }
        if let Some(path) = &args.tokens {
            let file: TokensFile = read_yaml(path)?;
            for entry in file.tokens {
                tokens.0.insert(entry.token, entry.role);
            }
        }
        Ok(tokens)
    }

    /// Adds a token.
    pub fn insert(&mut self, token: Token, role: Role) {
        self.0.insert(token, role);
    }

    /// Whether no token is configured.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The role of `token`, if it is one of ours.
    pub fn role(&self, token: &str) -> Option<Role> {
        // Tokens are compared whole; the map hashes them, so no early-exit string compare
        // leaks how much of a guess was right.
        self.0.get(&Token(token.to_owned())).copied()
    }
}

/// Apps, packages and processes the droplets and tasks refer to. Cloud Controller owns these;
/// this server only needs them to exist.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Seed {
    /// The apps.
    #[serde(default)]
    pub apps: Vec<SeedApp>,
}

/// An app of the seed.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedApp {
    /// The app's GUID.
    pub guid: uuid::Uuid,
    /// Its name.
    pub name: String,
    /// Its space (for the `space_guids` filters).
    pub space_guid: uuid::Uuid,
    /// Its organization (for the `organization_guids` filters).
    pub organization_guid: uuid::Uuid,
    /// `buildpack` (the default), `cnb` or `docker`.
    #[serde(default = "buildpack")]
    pub lifecycle: String,
    /// Its packages' GUIDs.
    #[serde(default)]
    pub packages: Vec<uuid::Uuid>,
    /// Its processes, the templates of tasks.
    #[serde(default)]
    pub processes: Vec<SeedProcess>,
}

/// A process of a seeded app.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedProcess {
    /// The process's GUID (what a task's `template.process.guid` names).
    pub guid: uuid::Uuid,
    /// Its type, `web` by default.
    #[serde(default = "web", rename = "type")]
    pub kind: String,
    /// The command a task from this template runs when it gives none.
    pub command: Option<String>,
    /// The memory such a task gets when it asks for none.
    pub memory_in_mb: Option<i64>,
    /// The disk such a task gets when it asks for none.
    pub disk_in_mb: Option<i64>,
    /// The log rate limit such a task gets when it asks for none.
    pub log_rate_limit_in_bytes_per_second: Option<i64>,
}

fn buildpack() -> String {
    "buildpack".into()
}

fn web() -> String {
    "web".into()
}

impl Seed {
    /// Reads a seed file.
    pub fn read(path: &Path) -> Result<Seed, String> {
        let seed: Seed = read_yaml(path)?;
        for app in &seed.apps {
            if !["buildpack", "cnb", "docker"].contains(&app.lifecycle.as_str()) {
                return Err(format!(
                    "{}: app {}: lifecycle `{}` is not buildpack, cnb or docker",
                    path.display(),
                    app.guid,
                    app.lifecycle
                ));
            }
        }
        Ok(seed)
    }
}

fn read_yaml<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_yaml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

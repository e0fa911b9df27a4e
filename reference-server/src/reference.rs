//! The reference server's state, and what every operation needs from a request: the base
//! URL of links, the caller's role and what it may read.

use crate::bits::Bits;
use crate::config::{Role, Tokens};
use crate::db::Db;
use crate::error::Result;
use crate::present::Secrets;
use crate::workers::Workers;
use generated_server_stubs::{ApiError, RequestContext};
use std::collections::HashSet;
use std::sync::Mutex;

/// The reference server's state.
pub struct Reference {
    pub(crate) db: Db,
    pub(crate) bits: Bits,
    pub(crate) workers: Workers,
    pub(crate) tokens: Tokens,
    pub(crate) external_url: Option<String>,
    pub(crate) max_task_disk_mb: i64,
    /// Droplets whose upload is being received: a second one is refused at once.
    pub(crate) uploading: Mutex<HashSet<String>>,
}

/// An operation's answer: its success variant, or the variant the generated
/// `From<ApiError>` picks for the error's status.
pub(crate) fn answer<T, R: From<ApiError>>(result: Result<T>, ok: impl FnOnce(T) -> R) -> R {
    match result {
        Ok(value) => ok(value),
        Err(e) => e.into_api().into(),
    }
}

/// The caller's role (set by `authenticate`; anonymous calls see what an auditor sees).
pub(crate) fn role(ctx: &RequestContext) -> Role {
    ctx.extensions
        .get::<Role>()
        .copied()
        .unwrap_or(Role::Auditor)
}

pub(crate) fn secrets(ctx: &RequestContext) -> Secrets {
    if role(ctx).reads_secrets() {
        Secrets::Show
    } else {
        Secrets::Hide
    }
}

pub(crate) fn secrets_of(role: Role) -> Secrets {
    if role.reads_secrets() {
        Secrets::Show
    } else {
        Secrets::Hide
    }
}

impl Reference {
    /// The URL links start with: the configured one, or what the client called.
    pub(crate) fn base(&self, ctx: &RequestContext) -> String {
        if let Some(url) = &self.external_url {
            return url.trim_end_matches('/').to_owned();
        }
        let host = ctx
            .headers
            .get(axum::http::header::HOST)
            .and_then(|h| h.to_str().ok())
            .unwrap_or("localhost");
        format!("http://{host}")
    }
}

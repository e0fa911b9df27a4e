//! The server's error: either an answer for the client (an [`ApiError`], rendered in the CF
//! envelope) or an internal failure, which is logged and answered as 500 `UnknownError`.

use generated_server_stubs::ApiError;

/// Anything an operation can fail with.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A refusal the client should see as it is.
    #[error("{0}")]
    Api(ApiError),
    /// The database failed.
    #[error("database: {0}")]
    Db(#[from] rusqlite::Error),
    /// The bits directory failed.
    #[error("storage: {0}")]
    Io(#[from] std::io::Error),
    /// A value in the database is not what the schema allows (a bug or a hand edit).
    #[error("stored data: {0}")]
    Corrupt(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl From<ApiError> for Error {
    fn from(e: ApiError) -> Self {
        Error::Api(e)
    }
}

impl Error {
    /// 404 `CF-ResourceNotFound`: `"<What> not found"`.
    pub fn not_found(what: &str) -> Self {
        Error::Api(ApiError::not_found(format!("{what} not found")))
    }

    /// 422 `CF-UnprocessableEntity`.
    pub fn unprocessable(detail: impl Into<String>) -> Self {
        Error::Api(ApiError::unprocessable(detail))
    }

    /// 400 `CF-BadQueryParameter`.
    pub fn bad_query(detail: impl std::fmt::Display) -> Self {
        Error::Api(ApiError::invalid_query(detail))
    }

    /// What the client is told; internal failures are logged here, once, and hidden.
    pub fn into_api(self) -> ApiError {
        match self {
            Error::Api(e) => e,
            other => {
                tracing::error!(error = %other, "internal error");
                ApiError::internal()
            }
        }
    }
}

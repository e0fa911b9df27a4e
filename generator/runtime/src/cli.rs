//! The command-line client of a generated crate. The generated `cli` module is data: a
//! [`Program`] holding one [`Operation`] per operation of the spec (its arguments, body,
//! credentials and pagination) and, for each, the generated models' own checks of the query
//! and the body. This module turns the tables into `clap` commands, builds the request from
//! what was given, sends it with the runtime's [`Client`](crate::client::Client) and writes the
//! answer: JSON on stdout, downloads streamed to a file, errors on stderr.
//!
//! Exit status (documented in every program's `--help`): [`exit::OK`], [`exit::LOCAL`] (a file
//! that cannot be read or written), [`exit::USAGE`] (a bad flag or value, refused before
//! anything is sent), [`exit::CLIENT_ERROR`] (the API answered 4xx), [`exit::SERVER_ERROR`]
//! (the API answered 5xx, or no answer came).

pub use crate::auth::{Auth, Scheme, SchemeKind};
pub use crate::primitives::Style;

use crate::auth::{Secret, basic_credential};
use crate::client::{
    Client, ClientBuilder, Error, PathPart, RequestBody, RequestSpec, StaticToken,
};
use clap::{Arg, ArgAction, ArgMatches, Command};
use futures_util::StreamExt;
use serde_json::Value as Json;
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

/// Exit statuses.
pub mod exit {
    /// Success.
    pub const OK: u8 = 0;
    /// A local failure: a file that cannot be read or written.
    pub const LOCAL: u8 = 1;
    /// A bad flag or value (also clap's own status for usage errors); nothing was sent.
    pub const USAGE: u8 = 2;
    /// The API answered with a 4xx status.
    pub const CLIENT_ERROR: u8 = 4;
    /// The API answered with a 5xx status (or another status it does not document as a
    /// success), or the request or its answer could not be carried.
    pub const SERVER_ERROR: u8 = 5;
}

/// A whole command-line program: what the generated `cli` module describes.
pub struct Program {
    /// The binary's name.
    pub name: &'static str,
    /// The version shown by `--version`.
    pub version: &'static str,
    /// One line for `--help` (the spec's title).
    pub about: &'static str,
    /// The prefix of its environment variables (`PETSTORE` for `PETSTORE_BASE_URL`).
    pub env_prefix: &'static str,
    /// The base URL when neither the flag nor the environment gives one: the spec's first
    /// server with an absolute URL.
    pub base_url: Option<&'static str>,
    /// The flags that carry credentials.
    pub credentials: &'static [Credential],
    /// The operations, grouped by `group` in `--help`.
    pub operations: &'static [Operation],
}

/// A flag (and environment variable) that carries a credential.
pub struct Credential {
    /// The flag, without `--`.
    pub flag: &'static str,
    /// The environment variable read when the flag is absent.
    pub env: &'static str,
    /// Its help.
    pub help: &'static str,
    /// Which scheme it serves.
    pub kind: CredentialKind,
}

/// What a credential flag holds.
pub enum CredentialKind {
    /// A bearer token, used for every scheme that has no flag of its own.
    Token,
    /// The key of this API-key scheme (its name in the spec).
    Key(&'static str),
    /// The user name of this basic scheme.
    User(&'static str),
    /// The password of this basic scheme.
    Password(&'static str),
}

/// One operation, as one subcommand.
pub struct Operation {
    /// The subcommand (the operationId in kebab-case).
    pub command: &'static str,
    /// The operationId.
    pub id: &'static str,
    /// The heading it is listed under in `--help` (its first tag).
    pub group: &'static str,
    /// One line (the summary).
    pub about: &'static str,
    /// The long help (the description).
    pub long_about: &'static str,
    /// The HTTP method.
    pub method: &'static str,
    /// The path template, for tracing and help.
    pub template: &'static str,
    /// The path: literal text and path parameters (indexes into `params`).
    pub path: &'static [Segment],
    /// The parameters: path ones (positional, in template order), then the flags.
    pub params: &'static [Param],
    /// The generated query type's own reading, checking and writing of the query pairs.
    pub query: Option<QueryCheck>,
    /// The request body.
    pub body: Body,
    /// The credentials it accepts.
    pub auth: Auth,
    /// How to follow its pages, for `--all`.
    pub pages: Option<Pages>,
    /// A success answer is bytes (a download): written to `--output` or a pipe.
    pub download: bool,
    /// The headers its success answers document, printed when an answer has no body.
    pub headers: &'static [&'static str],
    /// Marked deprecated in the spec.
    pub deprecated: bool,
}

/// The generated query type's round trip: read the pairs in their styles (unknown names and
/// bad values refused), check the spec's constraints, write them back as sent.
pub type QueryCheck = fn(&[(String, String)]) -> Result<Vec<(String, String)>, String>;

/// The generated body model's check of a JSON value.
pub type BodyCheck = fn(&Json) -> Result<(), String>;

/// The generated body model's reading of a JSON value and writing of it as a form.
pub type FormEncode = fn(&Json) -> Result<String, String>;

/// A piece of a path.
pub enum Segment {
    /// Literal text.
    Literal(&'static str),
    /// The parameter at this index of [`Operation::params`].
    Param(usize),
}

/// Where a parameter goes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Location {
    /// In the path (a positional argument).
    Path,
    /// In the query string.
    Query,
    /// In a header.
    Header,
    /// In the `Cookie` header.
    Cookie,
}

/// The values a parameter or field takes, for parsing and for `--help`.
#[derive(Clone, Copy)]
pub enum Value {
    /// Any text.
    Text,
    /// An integer.
    Integer,
    /// A number.
    Number,
    /// `true` or `false`.
    Boolean,
    /// A UUID.
    Uuid,
    /// An RFC 3339 date-time.
    DateTime,
    /// An RFC 3339 full date.
    Date,
    /// One of these values.
    Choice(&'static [&'static str]),
    /// JSON text (objects, unions, anything without a text form).
    Json,
}

/// What a parameter's flag holds beyond one value.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// One value.
    One,
    /// A list: the flag repeats (and a style that writes lists with a delimiter also takes
    /// the delimited text).
    List,
    /// Named members (an object or map parameter): `--flag key=value`, repeated.
    Members,
}

/// A parameter.
pub struct Param {
    /// Its name on the wire.
    pub name: &'static str,
    /// The flag without `--`, or the positional's name in `--help`.
    pub flag: &'static str,
    /// Where it goes.
    pub location: Location,
    /// How it is written.
    pub style: Style,
    /// `explode`.
    pub explode: bool,
    /// Its values.
    pub value: Value,
    /// One value, a list or members.
    pub shape: Shape,
    /// Must be given.
    pub required: bool,
    /// The spec's default, shown in `--help` (the server applies it).
    pub default: Option<&'static str>,
    /// Its help.
    pub help: &'static str,
}

/// A request body.
pub enum Body {
    /// None.
    None,
    /// JSON: `--body FILE` (JSON or YAML, `-` for stdin) and a flag per top-level field.
    Json {
        /// Must be sent.
        required: bool,
        /// The flags of its top-level fields.
        fields: &'static [Field],
        /// The body model's check.
        check: BodyCheck,
    },
    /// `application/x-www-form-urlencoded`: like JSON, sent as a form.
    Form {
        /// Must be sent.
        required: bool,
        /// The flags of its fields.
        fields: &'static [Field],
        /// The body model's reading of the value and writing of the form.
        encode: FormEncode,
    },
    /// `multipart/form-data`: a flag per part; file parts take a path and are streamed.
    Multipart(&'static [Part]),
    /// Raw bytes of this media type: `--body FILE` (or `-`), streamed.
    Binary(&'static str),
    /// Text of this media type: `--body FILE` (or `-`).
    Text(&'static str),
}

/// A top-level field of a JSON or form body, as a flag.
pub struct Field {
    /// Its JSON key.
    pub key: &'static str,
    /// The flag without `--`.
    pub flag: &'static str,
    /// Its values.
    pub value: Value,
    /// One value, a list (repeated flag) or members (`key=value`, repeated, for maps).
    pub shape: Shape,
    /// Its help.
    pub help: &'static str,
}

/// A part of a multipart body, as a flag.
pub struct Part {
    /// The part's name.
    pub name: &'static str,
    /// The flag without `--`.
    pub flag: &'static str,
    /// A file: the flag takes a path, streamed from disk.
    pub file: bool,
    /// The values of a non-file part.
    pub value: Value,
    /// Must be sent.
    pub required: bool,
    /// Its help.
    pub help: &'static str,
}

/// Where a page keeps its items and the link to the next page.
pub struct Pages {
    /// The JSON key of the items.
    pub items: &'static str,
    /// The JSON keys leading to the next page's URL.
    pub next: &'static [&'static str],
}

const EXIT_HELP: &str = "Exit status: 0 success; 1 a local file could not be read or written; \
2 a bad flag or value (nothing was sent); 4 the API answered 4xx; 5 the API answered 5xx, or \
the request or its answer could not be carried.";

impl Program {
    /// Runs the program on the process's arguments and returns its exit status.
    pub fn main(&'static self) -> ExitCode {
        self.run(std::env::args_os())
    }

    /// Runs the program on these arguments (the first is the binary's name).
    pub fn run<I, T>(&'static self, args: I) -> ExitCode
    where
        I: IntoIterator<Item = T>,
        T: Into<std::ffi::OsString> + Clone,
    {
        ExitCode::from(self.status(args))
    }

    /// Runs the program on these arguments and returns its exit status (see [`exit`]).
    pub fn status<I, T>(&'static self, args: I) -> u8
    where
        I: IntoIterator<Item = T>,
        T: Into<std::ffi::OsString> + Clone,
    {
        let args: Vec<std::ffi::OsString> = args.into_iter().map(Into::into).collect();
        // Only the subcommand being run gets its arguments: a spec of a thousand operations
        // would otherwise build a thousand argument lists on every start. Completions need
        // them all.
        let named = |command: &str| args.iter().skip(1).any(|a| a == command);
        let command = if named(self.completions_name()) {
            self.command()
        } else {
            self.command_for(&named)
        };
        let matches = match command.try_get_matches_from(args.clone()) {
            Ok(m) => m,
            Err(e) => {
                let _ = e.print();
                return if e.use_stderr() {
                    exit::USAGE
                } else {
                    exit::OK
                };
            }
        };
        let Some((name, sub)) = matches.subcommand() else {
            return exit::USAGE;
        };
        if name == self.completions_name() {
            let shell = *sub
                .get_one::<clap_complete::Shell>("shell")
                .expect("required");
            clap_complete::generate(
                shell,
                &mut self.command(),
                self.name,
                &mut std::io::stdout(),
            );
            return exit::OK;
        }
        let Some(op) = self.operations.iter().find(|o| o.command == name) else {
            return exit::USAGE;
        };
        if matches.get_flag("verbose") {
            tracing_subscriber::fmt()
                .with_writer(std::io::stderr)
                .with_max_level(tracing::Level::DEBUG)
                .with_target(false)
                .init();
        }
        let runtime = match tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()
        {
            Ok(rt) => rt,
            Err(e) => return fail(exit::LOCAL, &format!("cannot start: {e}")),
        };
        match runtime.block_on(self.call(op, &matches, sub)) {
            Ok(()) => exit::OK,
            Err(Failure(code, message)) => fail(code, &message),
        }
    }

    /// The name of the completions subcommand (`completions`, unless an operation has it).
    fn completions_name(&self) -> &'static str {
        if self.operations.iter().any(|o| o.command == "completions") {
            "shell-completions"
        } else {
            "completions"
        }
    }

    /// The whole command line: global flags, one subcommand per operation, completions.
    pub fn command(&'static self) -> Command {
        self.command_for(&|_| true)
    }

    /// The command line with the arguments of the subcommands `full` names; the others
    /// are there by name and summary only.
    fn command_for(&'static self, full: &dyn Fn(&str) -> bool) -> Command {
        let prefix = self.env_prefix;
        let mut root = Command::new(self.name)
            .version(self.version)
            .about(self.about)
            .after_help(EXIT_HELP)
            .subcommand_required(true)
            .help_template(self.help_template())
            .arg(
                Arg::new("base-url")
                    .long("base-url")
                    .global(true)
                    .value_name("URL")
                    .env(format!("{prefix}_BASE_URL"))
                    .help(match self.base_url {
                        Some(url) => format!("The API's base URL [default: {url}]"),
                        None => "The API's base URL".to_owned(),
                    }),
            )
            .arg(
                Arg::new("verbose")
                    .long("verbose")
                    .short('v')
                    .global(true)
                    .action(ArgAction::SetTrue)
                    .help("Log each request and response to stderr (never credentials)"),
            );
        for c in self.credentials {
            root = root.arg(
                Arg::new(c.flag)
                    .long(c.flag)
                    .global(true)
                    .value_name(match c.kind {
                        CredentialKind::User(_) => "USER",
                        _ => "SECRET",
                    })
                    .env(c.env)
                    .hide_env_values(true)
                    .help(c.help),
            );
        }
        for op in self.operations {
            root = root.subcommand(if full(op.command) {
                operation_command(op)
            } else {
                Command::new(op.command).about(op.about)
            });
        }
        root.subcommand(
            Command::new(self.completions_name())
                .about("Print a shell completion script (bash, zsh, fish, elvish, powershell)")
                .arg(
                    Arg::new("shell")
                        .required(true)
                        .value_parser(clap::value_parser!(clap_complete::Shell)),
                ),
        )
    }

    /// `--help` with the subcommands grouped under their tags.
    fn help_template(&self) -> String {
        let width = self
            .operations
            .iter()
            .map(|o| o.command.len())
            .max()
            .unwrap_or(0)
            .max(self.completions_name().len());
        let mut groups: Vec<&str> = Vec::new();
        for op in self.operations {
            if !groups.contains(&op.group) {
                groups.push(op.group);
            }
        }
        let mut out = String::from("{about-with-newline}\n{usage-heading} {usage}\n");
        for group in groups {
            out.push_str(&format!(
                "\n{}:\n",
                if group.is_empty() {
                    "Operations"
                } else {
                    group
                }
            ));
            for op in self.operations.iter().filter(|o| o.group == group) {
                let about = if op.deprecated {
                    format!("[deprecated] {}", op.about)
                } else {
                    op.about.to_owned()
                };
                out.push_str(&format!("  {:width$}  {about}\n", op.command));
            }
        }
        out.push_str(&format!(
            "\nOther:\n  {:width$}  Print a shell completion script\n  {:width$}  Print this message or the help of the given subcommand(s)\n",
            self.completions_name(),
            "help",
        ));
        out.push_str("\nOptions:\n{options}{after-help}");
        out
    }

    async fn call(
        &'static self,
        op: &'static Operation,
        globals: &ArgMatches,
        args: &ArgMatches,
    ) -> Result<(), Failure> {
        let base = args
            .get_one::<String>("base-url")
            .or_else(|| globals.get_one::<String>("base-url"))
            .map(String::as_str)
            .or(self.base_url)
            .ok_or_else(|| {
                usage(format!(
                    "the API's base URL is needed: --base-url URL or {}_BASE_URL",
                    self.env_prefix
                ))
            })?;
        let client = self.client(base, globals, args)?;
        let output = args.get_one::<String>("output").cloned();
        if op.download && output.is_none() && std::io::stdout().is_terminal() {
            return Err(usage(
                "the answer is a file: give --output FILE, or pipe stdout".to_owned(),
            ));
        }
        let request = Request::build(op, args).await?;
        let path: Vec<PathPart<'_>> = op
            .path
            .iter()
            .map(|s| match s {
                Segment::Literal(text) => PathPart::Literal(text),
                Segment::Param(i) => {
                    let (value, encoded) = &request.path[*i];
                    if *encoded {
                        PathPart::Encoded(value)
                    } else {
                        PathPart::Param(value)
                    }
                }
            })
            .collect();
        let method = reqwest::Method::from_bytes(op.method.as_bytes())
            .map_err(|e| usage(format!("method {}: {e}", op.method)))?;
        let spec = RequestSpec {
            operation: op.id,
            template: op.template,
            method,
            path: &path,
            query: request.query,
            headers: request.headers,
            body: request.body,
            auth: op.auth,
        };
        let resp = client.send::<Json>(spec).await.map_err(sent)?;
        let status = resp.status();
        if status.is_redirection() && op.download {
            let location = resp
                .headers()
                .get("location")
                .and_then(|v| v.to_str().ok())
                .ok_or_else(|| Failure(exit::SERVER_ERROR, format!("{status} without a Location")))?
                .to_owned();
            let stream = client
                .fetch_redirect::<Json>(&location, op.auth)
                .await
                .map_err(sent)?;
            let length = stream.content_length();
            return write_download(stream.into_stream(), length, output.as_deref()).await;
        }
        if !status.is_success() {
            return Err(answer_error(resp).await);
        }
        let json = resp
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|ct| ct.contains("json"));
        if op.download {
            let length = resp.content_length();
            return write_download(resp.bytes_stream(), length, output.as_deref()).await;
        }
        let headers = resp.headers().clone();
        let bytes = resp.bytes().await.map_err(|e| transport(&e))?;
        if bytes.is_empty() {
            let mut shown = serde_json::Map::new();
            for name in op.headers {
                if let Some(v) = headers.get(*name).and_then(|v| v.to_str().ok()) {
                    shown.insert(name.to_ascii_lowercase(), Json::String(v.to_owned()));
                }
            }
            if !shown.is_empty() {
                return Out::open(output.as_deref())?.json(&Json::Object(shown));
            }
            return Ok(());
        }
        let mut out = Out::open(output.as_deref())?;
        if !json {
            return out.write(&bytes);
        }
        let page: Json = serde_json::from_slice(&bytes)
            .map_err(|e| Failure(exit::SERVER_ERROR, format!("the answer is not JSON: {e}")))?;
        let all = args.try_get_one::<bool>("all").ok().flatten().copied();
        match (op.pages.as_ref(), all.unwrap_or(false)) {
            (Some(pages), true) => every_page(&client, op, pages, page, &mut out).await,
            _ => out.json(&page),
        }
    }

    fn client(
        &self,
        base: &str,
        globals: &ArgMatches,
        args: &ArgMatches,
    ) -> Result<Client, Failure> {
        let get = |flag: &str| {
            args.try_get_one::<String>(flag)
                .ok()
                .flatten()
                .or_else(|| globals.try_get_one::<String>(flag).ok().flatten())
                .cloned()
        };
        let mut builder: ClientBuilder =
            Client::builder(base).user_agent(format!("{}/{}", self.name, self.version));
        let mut users: Vec<(&'static str, String)> = Vec::new();
        for c in self.credentials {
            let Some(value) = get(c.flag) else { continue };
            builder = match c.kind {
                CredentialKind::Token => builder.bearer_token(Secret::new(value)),
                CredentialKind::Key(scheme) => builder.credential(scheme, StaticToken::new(value)),
                CredentialKind::User(scheme) => {
                    users.push((scheme, value));
                    builder
                }
                CredentialKind::Password(scheme) => {
                    let user = self
                        .credentials
                        .iter()
                        .find(|u| matches!(u.kind, CredentialKind::User(s) if s == scheme))
                        .and_then(|u| get(u.flag))
                        .unwrap_or_default();
                    builder.credential(scheme, StaticToken(basic_credential(&user, &value)))
                }
            };
        }
        // A user name without a password: an empty password.
        for (scheme, user) in users {
            let has_password = self.credentials.iter().any(|p| {
                matches!(p.kind, CredentialKind::Password(s) if s == scheme)
                    && get(p.flag).is_some()
            });
            if !has_password {
                builder = builder.credential(scheme, StaticToken(basic_credential(&user, "")));
            }
        }
        builder
            .build()
            .map_err(|e| usage(format!("--base-url {base}: {e}")))
    }
}

/// The subcommand of one operation.
fn operation_command(op: &'static Operation) -> Command {
    let mut long = String::new();
    if op.deprecated {
        long.push_str("Deprecated.\n\n");
    }
    if !op.long_about.is_empty() {
        long.push_str(op.long_about);
        long.push_str("\n\n");
    }
    long.push_str(&format!("{} {}", op.method, op.template));
    let mut cmd = Command::new(op.command)
        .about(op.about)
        .long_about(long)
        .next_line_help(false);
    for (i, p) in op.params.iter().enumerate() {
        let arg = if p.location == Location::Path {
            Arg::new(p.flag).index(i + 1).required(true)
        } else {
            let heading = match p.location {
                Location::Query => "Query",
                Location::Header => "Headers",
                Location::Cookie => "Cookies",
                Location::Path => "Path",
            };
            let mut arg = Arg::new(p.flag)
                .long(p.flag)
                .required(p.required)
                .help_heading(heading);
            if p.shape != Shape::One {
                arg = arg.action(ArgAction::Append);
            }
            // A list its style writes with a delimiter also takes the delimited text.
            if p.shape == Shape::List && !p.explode {
                match p.style {
                    Style::Form | Style::Simple => arg = arg.value_delimiter(','),
                    Style::PipeDelimited => arg = arg.value_delimiter('|'),
                    _ => {}
                }
            }
            if p.shape == Shape::Members {
                arg = arg.value_name("KEY=VALUE");
            }
            arg
        };
        let arg = arg.value_name(p.flag.to_ascii_uppercase());
        let mut help = p.help.to_owned();
        if let Some(d) = p.default {
            help.push_str(&format!(" [server default: {d}]"));
        }
        let mut arg = typed(arg, p.value, p.shape).help(help);
        if p.location == Location::Path {
            arg = arg.value_name(p.flag.to_ascii_uppercase());
        }
        cmd = cmd.arg(arg);
    }
    cmd = match &op.body {
        Body::None => cmd,
        Body::Json {
            required, fields, ..
        }
        | Body::Form {
            required, fields, ..
        } => {
            let mut cmd = cmd.arg(
                Arg::new("body")
                    .long("body")
                    .value_name("FILE")
                    .help_heading("Body")
                    .help(if *required {
                        "The body, JSON or YAML (`-` reads stdin); the flags below set its fields on top (required: the body or its fields)"
                    } else {
                        "The body, JSON or YAML (`-` reads stdin); the flags below set its fields on top"
                    }),
            );
            for f in *fields {
                let mut arg = Arg::new(f.flag)
                    .long(f.flag)
                    .value_name(f.flag.to_ascii_uppercase())
                    .help_heading("Body")
                    .help(f.help);
                if f.shape != Shape::One {
                    arg = arg.action(ArgAction::Append);
                }
                if f.shape == Shape::Members {
                    arg = arg.value_name("KEY=VALUE");
                }
                cmd = cmd.arg(typed(arg, f.value, f.shape));
            }
            cmd
        }
        Body::Multipart(parts) => {
            let mut cmd = cmd;
            for part in *parts {
                let arg = Arg::new(part.flag)
                    .long(part.flag)
                    .value_name(part.flag.to_ascii_uppercase())
                    .required(part.required)
                    .help_heading("Body")
                    .help(part.help);
                let arg = if part.file {
                    arg.value_name("FILE").value_hint(clap::ValueHint::FilePath)
                } else {
                    typed(arg, part.value, Shape::One)
                };
                cmd = cmd.arg(arg);
            }
            cmd
        }
        Body::Binary(_) | Body::Text(_) => cmd.arg(
            Arg::new("body")
                .long("body")
                .value_name("FILE")
                .value_hint(clap::ValueHint::FilePath)
                .help_heading("Body")
                .help("The body (`-` reads stdin), streamed"),
        ),
    };
    if op.pages.is_some() {
        cmd = cmd.arg(
            Arg::new("all")
                .long("all")
                .action(ArgAction::SetTrue)
                .help("Follow every next page; print each item as one JSON document per line"),
        );
    }
    cmd.arg(
        Arg::new("output")
            .long("output")
            .short('o')
            .value_name("FILE")
            .value_hint(clap::ValueHint::FilePath)
            .help(if op.download {
                "Write the downloaded bytes to FILE (needed unless stdout is a pipe)"
            } else {
                "Write the answer to FILE instead of stdout"
            }),
    )
}

/// The parser and value hints of a value kind.
fn typed(arg: Arg, value: Value, shape: Shape) -> Arg {
    // Values may start with `-` (`--order-by -created_at`, `--command -x`).
    let arg = arg.allow_hyphen_values(true);
    if shape == Shape::Members {
        return arg;
    }
    match value {
        Value::Text => arg,
        Value::Json => arg.value_name("JSON"),
        Value::Integer => arg
            .value_name("INTEGER")
            .allow_negative_numbers(true)
            .value_parser(|s: &str| {
                s.parse::<i128>()
                    .map(|_| s.to_owned())
                    .map_err(|_| "not an integer".to_owned())
            }),
        Value::Number => arg
            .value_name("NUMBER")
            .allow_negative_numbers(true)
            .value_parser(|s: &str| {
                s.parse::<f64>()
                    .ok()
                    .filter(|f| f.is_finite())
                    .map(|_| s.to_owned())
                    .ok_or_else(|| "not a number".to_owned())
            }),
        Value::Boolean => arg
            .value_name("BOOL")
            .value_parser(clap::builder::PossibleValuesParser::new(["true", "false"])),
        Value::Uuid => arg.value_name("UUID").value_parser(|s: &str| {
            uuid::Uuid::parse_str(s)
                .map(|_| s.to_owned())
                .map_err(|e| e.to_string())
        }),
        Value::DateTime => arg.value_name("DATE-TIME").value_parser(|s: &str| {
            <crate::primitives::DateTime as crate::primitives::QueryValue>::from_query(s)
                .map(|_| s.to_owned())
        }),
        Value::Date => arg.value_name("DATE").value_parser(|s: &str| {
            <crate::primitives::Date as crate::primitives::QueryValue>::from_query(s)
                .map(|_| s.to_owned())
        }),
        Value::Choice(values) => arg.value_parser(clap::builder::PossibleValuesParser::new(
            values.iter().copied(),
        )),
    }
}

/// The request built from the arguments.
struct Request {
    /// Each path parameter's text (by index into the params), and whether it is already
    /// written in its style and percent-encoded.
    path: Vec<(String, bool)>,
    query: Vec<(String, String)>,
    headers: Vec<(&'static str, String)>,
    body: RequestBody,
}

impl Request {
    async fn build(op: &'static Operation, args: &ArgMatches) -> Result<Request, Failure> {
        let mut path = Vec::with_capacity(op.params.len());
        let mut query = Vec::new();
        let mut headers = Vec::new();
        let mut cookies: Vec<String> = Vec::new();
        for p in op.params {
            let values: Vec<String> = args
                .get_many::<String>(p.flag)
                .map(|v| v.cloned().collect())
                .unwrap_or_default();
            if p.location == Location::Path {
                path.push(path_value(
                    p,
                    values.first().map(String::as_str).unwrap_or(""),
                ));
                continue;
            }
            path.push((String::new(), false));
            if values.is_empty() {
                continue;
            }
            match p.location {
                Location::Query => query.extend(query_pairs(p, &values)?),
                Location::Header => headers.push((p.name, joined(p, &values, ",")?)),
                Location::Cookie => {
                    if p.shape == Shape::List && p.explode {
                        for v in &values {
                            cookies.push(format!("{}={v}", p.name));
                        }
                    } else {
                        cookies.push(format!("{}={}", p.name, joined(p, &values, ",")?));
                    }
                }
                Location::Path => {}
            }
        }
        if !cookies.is_empty() {
            headers.push(("Cookie", cookies.join("; ")));
        }
        if let Some(check) = op.query {
            query = check(&query).map_err(|e| usage(format!("query: {e}")))?;
        }
        let body = body(op, args).await?;
        Ok(Request {
            path,
            query,
            headers,
            body,
        })
    }
}

/// A path parameter's text. A scalar is sent as given for `simple` (the runtime
/// percent-encodes it as one segment); lists (`a,b`) and members (`k=v,k2=v2`) are split,
/// each piece percent-encoded, and written in the parameter's style with its prefix.
fn path_value(p: &Param, value: &str) -> (String, bool) {
    use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};
    let enc = |s: &str| utf8_percent_encode(s, NON_ALPHANUMERIC).to_string();
    let (prefix, name) = match p.style {
        Style::Label => (".", String::new()),
        Style::Matrix => (";", format!("{}=", p.name)),
        _ => ("", String::new()),
    };
    let pieces: Vec<&str> = value.split(',').collect();
    let text = match p.shape {
        Shape::One if p.style == Style::Simple => return (value.to_owned(), false),
        Shape::One => format!("{prefix}{name}{}", enc(value)),
        Shape::List => {
            let items: Vec<String> = pieces.iter().map(|i| enc(i)).collect();
            match (p.style, p.explode) {
                (Style::Label, true) => format!(".{}", items.join(".")),
                (Style::Matrix, true) => items.iter().map(|i| format!(";{name}{i}")).collect(),
                _ => format!("{prefix}{name}{}", items.join(",")),
            }
        }
        Shape::Members => {
            let members: Vec<(String, String)> = pieces
                .iter()
                .map(|m| {
                    let (k, v) = m.split_once('=').unwrap_or((m, ""));
                    (enc(k), enc(v))
                })
                .collect();
            if p.explode {
                let sep = if p.style == Style::Simple {
                    ","
                } else {
                    prefix
                };
                let joined: Vec<String> = members.iter().map(|(k, v)| format!("{k}={v}")).collect();
                format!("{prefix}{}", joined.join(sep))
            } else {
                let flat: Vec<String> = members
                    .iter()
                    .flat_map(|(k, v)| [k.clone(), v.clone()])
                    .collect();
                format!("{prefix}{name}{}", flat.join(","))
            }
        }
    };
    (text, true)
}

/// A list or members joined for a header or cookie (`a,b`; `k,v,k2,v2`; exploded `k=v,k2=v2`).
fn joined(p: &Param, values: &[String], delimiter: &str) -> Result<String, Failure> {
    if p.shape != Shape::Members {
        return Ok(values.join(delimiter));
    }
    let mut out = Vec::new();
    for v in values {
        let (k, val) = member(p.flag, v)?;
        if p.explode {
            out.push(format!("{k}={val}"));
        } else {
            out.push(k.to_owned());
            out.push(val.to_owned());
        }
    }
    Ok(out.join(delimiter))
}

/// A `key=value` flag value.
fn member<'v>(flag: &str, v: &'v str) -> Result<(&'v str, &'v str), Failure> {
    v.split_once('=')
        .ok_or_else(|| usage(format!("--{flag} takes KEY=VALUE, not `{v}`")))
}

/// The query pairs of one parameter, written in its style.
fn query_pairs(p: &Param, values: &[String]) -> Result<Vec<(String, String)>, Failure> {
    let name = p.name.to_owned();
    Ok(match (p.shape, p.style) {
        (Shape::Members, Style::DeepObject) => {
            let mut out = Vec::new();
            for v in values {
                let (k, val) = member(p.flag, v)?;
                out.push((format!("{}[{k}]", p.name), val.to_owned()));
            }
            out
        }
        (Shape::Members, _) if p.explode => {
            let mut out = Vec::new();
            for v in values {
                let (k, val) = member(p.flag, v)?;
                out.push((k.to_owned(), val.to_owned()));
            }
            out
        }
        (Shape::List, _) if p.explode => values.iter().map(|v| (name.clone(), v.clone())).collect(),
        // An object written as JSON on the command line, sent in the deepObject form.
        (Shape::One, Style::DeepObject) if matches!(p.value, Value::Json) => {
            let value: Json = serde_json::from_str(&values[0])
                .map_err(|e| usage(format!("--{}: not JSON: {e}", p.flag)))?;
            let mut out = Vec::new();
            deep_pairs(p.name, &value, &mut out);
            out
        }
        (_, Style::SpaceDelimited) => vec![(name, joined(p, values, " ")?)],
        (_, Style::PipeDelimited) => vec![(name, joined(p, values, "|")?)],
        _ => vec![(name, joined(p, values, ",")?)],
    })
}

/// `name[key][inner]=value` pairs of a JSON value (arrays as repeated `name[key]`).
fn deep_pairs(name: &str, value: &Json, out: &mut Vec<(String, String)>) {
    match value {
        Json::Object(map) => {
            for (k, v) in map {
                deep_pairs(&format!("{name}[{k}]"), v, out);
            }
        }
        Json::Array(items) => {
            for v in items {
                deep_pairs(name, v, out);
            }
        }
        Json::String(s) => out.push((name.to_owned(), s.clone())),
        Json::Null => {}
        other => out.push((name.to_owned(), other.to_string())),
    }
}

/// The request body from `--body` and the field flags.
async fn body(op: &Operation, args: &ArgMatches) -> Result<RequestBody, Failure> {
    match &op.body {
        Body::None => Ok(RequestBody::Empty),
        Body::Json {
            required, fields, ..
        }
        | Body::Form {
            required, fields, ..
        } => {
            let mut value = match args.get_one::<String>("body") {
                Some(file) => {
                    let text = read_input(file).await?;
                    parse_document(file, &text)?
                }
                None => Json::Null,
            };
            for f in *fields {
                let Some(given) = args.get_many::<String>(f.flag) else {
                    continue;
                };
                let given: Vec<&String> = given.collect();
                let v = match f.shape {
                    Shape::One => field_value(f.flag, f.value, given[0])?,
                    Shape::List => Json::Array(
                        given
                            .iter()
                            .map(|g| field_value(f.flag, f.value, g))
                            .collect::<Result<_, _>>()?,
                    ),
                    Shape::Members => {
                        let mut map = serde_json::Map::new();
                        for g in given {
                            let (k, v) = member(f.flag, g)?;
                            map.insert(k.to_owned(), field_value(f.flag, f.value, v)?);
                        }
                        Json::Object(map)
                    }
                };
                if value.is_null() {
                    value = Json::Object(serde_json::Map::new());
                }
                match &mut value {
                    Json::Object(map) => {
                        map.insert(f.key.to_owned(), v);
                    }
                    _ => {
                        return Err(usage(format!(
                            "--{} sets a field, but the --body document is not an object",
                            f.flag
                        )));
                    }
                }
            }
            if value.is_null() && args.get_one::<String>("body").is_none() {
                if *required {
                    return Err(usage(
                        "this operation needs a body: --body FILE (JSON or YAML, `-` for stdin) or its field flags".to_owned(),
                    ));
                }
                return Ok(RequestBody::Empty);
            }
            match &op.body {
                Body::Form { encode, .. } => encode(&value)
                    .map(RequestBody::Form)
                    .map_err(|e| usage(format!("body: {e}"))),
                Body::Json { check, .. } => {
                    check(&value).map_err(|e| usage(format!("body: {e}")))?;
                    RequestBody::json::<_, Json>(&value).map_err(sent)
                }
                _ => Ok(RequestBody::Empty),
            }
        }
        Body::Multipart(parts) => {
            let mut form = reqwest::multipart::Form::new();
            for part in *parts {
                let Some(given) = args.get_one::<String>(part.flag) else {
                    continue;
                };
                form = if part.file {
                    let file = tokio::fs::File::open(given)
                        .await
                        .map_err(|e| local(given, &e))?;
                    let length = file.metadata().await.map_err(|e| local(given, &e))?.len();
                    let name = std::path::Path::new(given)
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_else(|| "file".to_owned());
                    let reader = progress(Some(length), "uploading").wrap_async_read(file);
                    let file_part =
                        crate::client::FilePart::from_reader(name, reader, Some(length));
                    form.part(part.name, file_part.into_part().map_err(|e| transport(&e))?)
                } else {
                    if let Value::Json = part.value {
                        serde_json::from_str::<Json>(given)
                            .map_err(|e| usage(format!("--{}: not JSON: {e}", part.flag)))?;
                    }
                    form.text(part.name, given.clone())
                };
            }
            Ok(RequestBody::Multipart(form))
        }
        Body::Binary(media) => match args.get_one::<String>("body") {
            None => Ok(RequestBody::Empty),
            Some(file) if file == "-" => {
                let stream = tokio_util::io::ReaderStream::new(tokio::io::stdin());
                Ok(RequestBody::Binary(
                    reqwest::Body::wrap_stream(stream),
                    media,
                ))
            }
            Some(file) => {
                let f = tokio::fs::File::open(file)
                    .await
                    .map_err(|e| local(file, &e))?;
                let length = f.metadata().await.map_err(|e| local(file, &e))?.len();
                let reader = progress(Some(length), "uploading").wrap_async_read(f);
                let stream = tokio_util::io::ReaderStream::with_capacity(reader, 64 * 1024);
                Ok(RequestBody::Binary(
                    reqwest::Body::wrap_stream(stream),
                    media,
                ))
            }
        },
        Body::Text(media) => match args.get_one::<String>("body") {
            None => Ok(RequestBody::Empty),
            Some(file) => Ok(RequestBody::Text(read_input(file).await?, media)),
        },
    }
}

/// A field flag's value as JSON.
fn field_value(flag: &str, value: Value, given: &str) -> Result<Json, Failure> {
    let bad = |what: &str| usage(format!("--{flag}: `{given}` is not {what}"));
    Ok(match value {
        Value::Integer => Json::Number(given.parse::<i64>().map_err(|_| bad("an integer"))?.into()),
        Value::Number => given
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
            .map(Json::Number)
            .ok_or_else(|| bad("a number"))?,
        Value::Boolean => Json::Bool(given.parse().map_err(|_| bad("true or false"))?),
        Value::Json => {
            serde_json::from_str(given).map_err(|e| usage(format!("--{flag}: not JSON: {e}")))?
        }
        Value::Text | Value::Uuid | Value::DateTime | Value::Date | Value::Choice(_) => {
            Json::String(given.to_owned())
        }
    })
}

/// A file's text, or stdin's for `-`.
async fn read_input(file: &str) -> Result<String, Failure> {
    use tokio::io::AsyncReadExt;
    let mut text = String::new();
    if file == "-" {
        tokio::io::stdin()
            .read_to_string(&mut text)
            .await
            .map_err(|e| local("stdin", &e))?;
    } else {
        text = tokio::fs::read_to_string(file)
            .await
            .map_err(|e| local(file, &e))?;
    }
    Ok(text)
}

/// A JSON or YAML document.
fn parse_document(file: &str, text: &str) -> Result<Json, Failure> {
    serde_json::from_str(text).or_else(|json_error| {
        serde_yaml::from_str::<Json>(text).map_err(|yaml_error| {
            usage(format!(
                "--body {file}: neither JSON ({json_error}) nor YAML ({yaml_error})"
            ))
        })
    })
}

/// Prints every item of every page, one compact JSON document per line, following next links.
async fn every_page(
    client: &Client,
    op: &'static Operation,
    pages: &Pages,
    first: Json,
    out: &mut Out,
) -> Result<(), Failure> {
    let mut page = first;
    loop {
        let items = page
            .get(pages.items)
            .and_then(Json::as_array)
            .ok_or_else(|| {
                Failure(
                    exit::SERVER_ERROR,
                    format!("a page has no `{}` list", pages.items),
                )
            })?;
        let mut lines = String::new();
        for item in items {
            lines.push_str(&item.to_string());
            lines.push('\n');
        }
        out.write(lines.as_bytes())?;
        let mut next = Some(&page);
        for key in pages.next {
            next = next.and_then(|v| v.get(*key));
        }
        let Some(url) = next.and_then(Json::as_str) else {
            return Ok(());
        };
        let resp = client
            .get_absolute::<Json>(url, op.id, op.auth)
            .await
            .map_err(sent)?;
        if !resp.status().is_success() {
            return Err(answer_error(resp).await);
        }
        let bytes = resp.bytes().await.map_err(|e| transport(&e))?;
        page = serde_json::from_slice(&bytes)
            .map_err(|e| Failure(exit::SERVER_ERROR, format!("a page is not JSON: {e}")))?;
    }
}

/// Streams a download to `output` (or stdout), with a progress bar on a terminal.
async fn write_download<S, E>(
    stream: S,
    length: Option<u64>,
    output: Option<&str>,
) -> Result<(), Failure>
where
    S: futures_core::Stream<Item = Result<bytes::Bytes, E>>,
    E: std::fmt::Display,
{
    use tokio::io::AsyncWriteExt;
    let bar = progress(length, "downloading");
    let mut sink: std::pin::Pin<Box<dyn tokio::io::AsyncWrite + Send>> = match output {
        Some(path) if path != "-" => Box::pin(
            tokio::fs::File::create(path)
                .await
                .map_err(|e| local(path, &e))?,
        ),
        _ => Box::pin(tokio::io::stdout()),
    };
    let name = output.unwrap_or("stdout");
    let mut stream = std::pin::pin!(stream);
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(|e| Failure(exit::SERVER_ERROR, format!("download: {e}")))?;
        sink.write_all(&chunk).await.map_err(|e| local(name, &e))?;
        bar.inc(chunk.len() as u64);
    }
    sink.flush().await.map_err(|e| local(name, &e))?;
    if let Some(path) = output.filter(|p| *p != "-") {
        // On disk before success is reported.
        tokio::fs::File::open(path)
            .await
            .and_then(|f| f.try_into_std().map_err(|_| std::io::Error::other("busy")))
            .and_then(|f| f.sync_all())
            .map_err(|e| local(path, &e))?;
    }
    bar.finish_and_clear();
    Ok(())
}

/// A progress bar on stderr when it is a terminal; hidden otherwise (pipes, CI logs).
fn progress(length: Option<u64>, verb: &'static str) -> indicatif::ProgressBar {
    if !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = match length {
        Some(len) => indicatif::ProgressBar::new(len).with_style(
            indicatif::ProgressStyle::with_template(
                "{msg} {wide_bar} {bytes}/{total_bytes} {bytes_per_sec} {eta}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        ),
        None => indicatif::ProgressBar::new_spinner().with_style(
            indicatif::ProgressStyle::with_template("{msg} {spinner} {bytes} {bytes_per_sec}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        ),
    };
    bar.with_message(verb)
}

/// Where an answer goes: stdout, or the `--output` file.
struct Out {
    name: String,
    sink: Box<dyn Write>,
    pretty: bool,
}

impl Out {
    fn open(output: Option<&str>) -> Result<Out, Failure> {
        Ok(match output.filter(|p| *p != "-") {
            Some(path) => Out {
                name: path.to_owned(),
                sink: Box::new(std::fs::File::create(path).map_err(|e| local(path, &e))?),
                pretty: false,
            },
            None => Out {
                name: "stdout".to_owned(),
                sink: Box::new(std::io::stdout()),
                pretty: std::io::stdout().is_terminal(),
            },
        })
    }

    /// JSON: pretty on a terminal, compact in a pipe or a file.
    fn json(&mut self, value: &Json) -> Result<(), Failure> {
        let mut text = if self.pretty {
            serde_json::to_string_pretty(value)
        } else {
            serde_json::to_string(value)
        }
        .map_err(|e| Failure(exit::LOCAL, e.to_string()))?;
        text.push('\n');
        self.write(text.as_bytes())
    }

    fn write(&mut self, bytes: &[u8]) -> Result<(), Failure> {
        self.sink
            .write_all(bytes)
            .and_then(|()| self.sink.flush())
            .map_err(|e| local(&self.name, &e))
    }
}

/// Why the program stopped: its exit status and what to print on stderr.
struct Failure(u8, String);

fn usage(message: String) -> Failure {
    Failure(exit::USAGE, message)
}

fn local(what: &str, e: &std::io::Error) -> Failure {
    Failure(exit::LOCAL, format!("{what}: {e}"))
}

fn transport(e: &reqwest::Error) -> Failure {
    Failure(exit::SERVER_ERROR, format!("transport: {e}"))
}

/// A failure of the runtime client (before or while sending).
fn sent(e: Error<Json>) -> Failure {
    match e {
        Error::InvalidRequest(m) => usage(m),
        Error::Auth(m) => usage(format!(
            "{m}; give it with the credential flags (see --help)"
        )),
        Error::Transport(e) => transport(&e),
        other => Failure(exit::SERVER_ERROR, format!("{other:?}")),
    }
}

/// An error answer, readably: the status, the first message the body holds, then the body.
async fn answer_error(resp: reqwest::Response) -> Failure {
    let status = resp.status();
    let code = if status.is_client_error() {
        exit::CLIENT_ERROR
    } else {
        exit::SERVER_ERROR
    };
    let bytes = resp.bytes().await.unwrap_or_default();
    let mut message = format!("the API answered {status}");
    match serde_json::from_slice::<Json>(&bytes) {
        Ok(body) => {
            if let Some(text) = first_message(&body) {
                message.push_str(&format!(": {text}"));
            }
            if let Ok(pretty) = serde_json::to_string_pretty(&body) {
                message.push('\n');
                message.push_str(&pretty);
            }
        }
        Err(_) if !bytes.is_empty() => {
            message.push('\n');
            message.push_str(&String::from_utf8_lossy(&bytes));
        }
        Err(_) => {}
    }
    Failure(code, message)
}

/// The first human-readable message in an error body (`detail`, `message`, `title`, at any
/// depth): what RFC 9457 problem details and most APIs' error envelopes carry.
fn first_message(body: &Json) -> Option<String> {
    for key in ["detail", "message", "error_description", "title"] {
        if let Some(Json::String(s)) = body.get(key) {
            return Some(s.clone());
        }
    }
    match body {
        Json::Object(map) => map.values().find_map(first_message),
        Json::Array(items) => items.iter().find_map(first_message),
        _ => None,
    }
}

fn fail(code: u8, message: &str) -> u8 {
    let _ = writeln!(std::io::stderr(), "error: {message}");
    code
}

/// The generated body checks: the value must read as the body's model.
pub fn check<T: serde::de::DeserializeOwned>(value: &Json) -> Result<(), String> {
    T::deserialize(value).map(drop).map_err(|e| e.to_string())
}

/// A form body of text, lists and objects of text: read as the model, written as the typed
/// client writes it (objects as `name[key]=value`).
pub fn form_fields<T>(value: &Json) -> Result<String, String>
where
    T: serde::de::DeserializeOwned + crate::primitives::ParamValue,
{
    let typed = T::deserialize(value).map_err(|e| e.to_string())?;
    crate::primitives::write_form(&typed, true).map_err(|e| e.to_string())
}

/// A form body of another shape: checked against the model, fields that are not text sent as
/// JSON text (as the typed client sends them).
pub fn form_json<T: serde::de::DeserializeOwned>(value: &Json) -> Result<String, String> {
    check::<T>(value)?;
    match RequestBody::form::<_, Json>(value) {
        Ok(RequestBody::Form(text)) => Ok(text),
        Ok(_) => Err("not a form".to_owned()),
        Err(e) => Err(format!("{e:?}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_messages_are_found_at_any_depth() {
        let envelope = serde_json::json!({"errors": [{"code": 10003, "title": "NotAuthorized", "detail": "You are not authorized"}]});
        assert_eq!(
            first_message(&envelope).as_deref(),
            Some("You are not authorized")
        );
        let problem =
            serde_json::json!({"type": "about:blank", "title": "Not Found", "status": 404});
        assert_eq!(first_message(&problem).as_deref(), Some("Not Found"));
        assert_eq!(first_message(&serde_json::json!([1, 2])), None);
    }

    #[test]
    fn lists_and_members_are_written_in_their_style() {
        let p = |style, explode, shape| Param {
            name: "f",
            flag: "f",
            location: Location::Query,
            style,
            explode,
            value: Value::Text,
            shape,
            required: false,
            default: None,
            help: "",
        };
        let values = vec!["a".to_owned(), "b".to_owned()];
        let pairs = |p: &Param| query_pairs(p, &values).ok().unwrap();
        assert_eq!(
            pairs(&p(Style::Form, false, Shape::List)),
            [("f".into(), "a,b".into())]
        );
        assert_eq!(
            pairs(&p(Style::Form, true, Shape::List)),
            [("f".into(), "a".into()), ("f".into(), "b".into())]
        );
        assert_eq!(
            pairs(&p(Style::PipeDelimited, false, Shape::List)),
            [("f".into(), "a|b".into())]
        );
        let members = vec!["x=1".to_owned(), "y=2".to_owned()];
        let deep = query_pairs(&p(Style::DeepObject, true, Shape::Members), &members)
            .ok()
            .unwrap();
        assert_eq!(
            deep,
            [("f[x]".into(), "1".into()), ("f[y]".into(), "2".into())]
        );
        assert!(query_pairs(&p(Style::DeepObject, true, Shape::Members), &values).is_err());
    }

    #[test]
    fn field_flags_are_typed() {
        assert_eq!(
            field_value("n", Value::Integer, "3").ok(),
            Some(serde_json::json!(3))
        );
        assert!(field_value("n", Value::Integer, "3.5").is_err());
        assert_eq!(
            field_value("b", Value::Boolean, "true").ok(),
            Some(serde_json::json!(true))
        );
        assert_eq!(
            field_value("j", Value::Json, r#"{"a":[1]}"#).ok(),
            Some(serde_json::json!({"a": [1]}))
        );
        assert!(field_value("j", Value::Json, "{").is_err());
    }

    #[test]
    fn bodies_read_as_json_or_yaml() {
        assert_eq!(
            parse_document("f", r#"{"a": 1}"#).ok(),
            Some(serde_json::json!({"a": 1}))
        );
        assert_eq!(
            parse_document("f", "a: 1\nb: [x]\n").ok(),
            Some(serde_json::json!({"a": 1, "b": ["x"]}))
        );
        assert!(parse_document("f", "a: [").is_err());
    }
}

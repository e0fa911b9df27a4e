//! Starting and stopping the reference server binary on 127.0.0.1, and what the tests share.
#![allow(dead_code)]

use generated_client::Client;
use generated_client::models::*;
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

pub const ADMIN: &str = "admin-token-for-tests";
pub const AUDITOR: &str = "auditor-token-for-tests";
pub const UPDATER: &str = "build-state-updater-token-for-tests";
/// Apps, package and process of `seed.yaml`.
pub const APP: &str = "7b34f1cf-7e73-428a-bb5a-8a17a8058396";
pub const OTHER_APP: &str = "ccc25a0f-c8f4-4b39-9f1b-de9f328d0ee5";
pub const DOCKER_APP: &str = "1cb006ee-fb05-47e1-b541-c34179ddc446";
pub const PACKAGE: &str = "8222f76a-9e09-4360-b3aa-1ed329945e92";
pub const PROCESS: &str = "89323d4e-2e84-43e7-83e9-adbf50a20c0e";
pub const SPACE: &str = "2f35885d-0c9d-4423-83ad-fd05066f8576";

/// A running server process.
pub struct Server {
    child: Option<Child>,
    pub base: String,
    pub data: PathBuf,
}

impl Server {
    /// Starts the server on a free port with `data` as its data directory.
    pub fn start(data: &Path) -> Server {
        Self::start_with(data, &[])
    }

    /// Starts the server with extra flags.
    pub fn start_with(data: &Path, extra: &[&str]) -> Server {
        let dir = data.parent().unwrap();
        let tokens = dir.join("tokens.yaml");
        std::fs::write(
            &tokens,
            format!("tokens:\n  - {{token: {UPDATER}, role: build_state_updater}}\n"),
        )
        .unwrap();
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(dir.join("server.log"))
            .unwrap();
        let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("seed.yaml");
        let mut child = Command::new(env!("CARGO_BIN_EXE_reference-server"))
            .args(["--listen", "127.0.0.1:0", "--data"])
            .arg(data)
            .args([
                "--admin-token",
                ADMIN,
                "--auditor-token",
                AUDITOR,
                "--tokens",
            ])
            .arg(&tokens)
            .arg("--seed")
            .arg(seed)
            .args(if extra.contains(&"--cancel-delay-ms") {
                &[][..]
            } else {
                &["--cancel-delay-ms", "300"][..]
            })
            .args(extra)
            .env("RUST_LOG", "info")
            .stdout(Stdio::piped())
            .stderr(log)
            .spawn()
            .unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        assert!(
            line.starts_with("http://"),
            "the server did not start; see {}",
            dir.join("server.log").display()
        );
        Server {
            child: Some(child),
            base: line.trim().to_owned(),
            data: data.to_owned(),
        }
    }

    /// A client with `token`.
    pub fn client(&self, token: &str) -> Client {
        Client::builder(&self.base)
            .bearer_token(token)
            .build()
            .unwrap()
    }

    /// An admin client.
    pub fn admin(&self) -> Client {
        self.client(ADMIN)
    }

    /// The process id.
    pub fn pid(&self) -> u32 {
        self.child.as_ref().unwrap().id()
    }

    /// The peak resident memory of the server so far, in KiB (Linux).
    pub fn peak_rss_kib(&self) -> Option<u64> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.pid())).ok()?;
        let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
        line.split_whitespace().nth(1)?.parse().ok()
    }

    /// SIGKILL: no chance to clean up.
    pub fn kill(mut self) {
        let mut child = self.child.take().unwrap();
        child.kill().unwrap();
        child.wait().unwrap();
    }

    /// SIGTERM, then waits for the exit.
    pub fn terminate(self) -> ExitStatus {
        self.signal_term();
        self.wait()
    }

    /// Sends SIGTERM.
    pub fn signal_term(&self) {
        let sent = Command::new("kill")
            .args(["-TERM", &self.pid().to_string()])
            .status()
            .unwrap();
        assert!(sent.success());
    }

    /// Waits for the process to exit (blocking).
    pub fn wait(mut self) -> ExitStatus {
        self.child.take().unwrap().wait().unwrap()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// A scratch directory and a data directory inside it.
pub fn scratch() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    (dir, data)
}

pub fn guid(s: &str) -> uuid::Uuid {
    s.parse().unwrap()
}

/// The GUID at the end of a job URL.
pub fn job_of(location: &str) -> uuid::Uuid {
    location.rsplit('/').next().unwrap().parse().unwrap()
}

pub fn create_body(app: &str) -> DropletCreate {
    DropletCreate {
        relationships: AppRelationship {
            app: ToOneRelationship {
                data: RelationshipData { guid: guid(app) },
            },
        },
        process_types: None,
    }
}

pub fn labels(pairs: &[(&str, Option<&str>)]) -> MetadataUpdate {
    MetadataUpdate {
        labels: Some(
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.map(str::to_owned)))
                .collect::<BTreeMap<_, _>>(),
        ),
        annotations: None,
    }
}

/// A gzipped tarball of the given files, in memory.
pub fn tgz(files: &[(&str, &[u8])]) -> Vec<u8> {
    let gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    let mut tar = tar::Builder::new(gz);
    for (name, data) in files {
        let mut header = tar::Header::new_gnu();
        header.set_size(data.len() as u64);
        header.set_mode(0o644);
        header.set_cksum();
        tar.append_data(&mut header, name, *data).unwrap();
    }
    tar.into_inner().unwrap().finish().unwrap()
}

/// Writes a gzipped tarball holding one file of `size` pseudo-random bytes (stored, not
/// compressed: random bytes do not compress, and storing keeps the test fast).
pub fn big_tgz(path: &Path, size: u64) {
    struct Noise(u64, u64);
    impl std::io::Read for Noise {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let n = buf.len().min(self.1 as usize);
            for chunk in buf[..n].chunks_mut(8) {
                // xorshift64
                self.0 ^= self.0 << 13;
                self.0 ^= self.0 >> 7;
                self.0 ^= self.0 << 17;
                chunk.copy_from_slice(&self.0.to_le_bytes()[..chunk.len()]);
            }
            self.1 -= n as u64;
            Ok(n)
        }
    }
    let file = std::io::BufWriter::with_capacity(1 << 20, std::fs::File::create(path).unwrap());
    let gz = flate2::write::GzEncoder::new(file, flate2::Compression::none());
    let mut tar = tar::Builder::new(gz);
    let mut header = tar::Header::new_gnu();
    header.set_size(size);
    header.set_mode(0o644);
    header.set_cksum();
    tar.append_data(&mut header, "app/blob", Noise(0x9E37_79B9_7F4A_7C15, size))
        .unwrap();
    tar.into_inner().unwrap().finish().unwrap().flush().unwrap();
}

/// Polls `check` until it is true or `limit` passes.
pub async fn eventually<F, Fut>(limit: Duration, mut check: F) -> bool
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let start = Instant::now();
    while start.elapsed() < limit {
        if check().await {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    false
}

/// The status and CF error code of a failed call.
pub fn status_and_code<T: std::fmt::Debug>(
    result: Result<T, generated_client::Error<ErrorEnvelope>>,
) -> (u16, i64) {
    let err = result.expect_err("the call should fail");
    let api = err
        .api()
        .unwrap_or_else(|| panic!("not an API error: {err:?}"));
    (api.status.as_u16(), api.body.errors[0].code)
}

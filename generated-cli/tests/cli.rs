//! `cf-droplets` against the reference server on 127.0.0.1: the binary is run as a user runs
//! it (arguments and environment in, JSON on stdout, errors on stderr, an exit status).

use clap::Parser as _;
use serde_json::Value;
use sha2::Digest as _;
use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

const ADMIN: &str = "cli-admin-token";
const AUDITOR: &str = "cli-auditor-token";
/// Apps of `reference-server/seed.yaml`.
const APP: &str = "7b34f1cf-7e73-428a-bb5a-8a17a8058396";
const OTHER_APP: &str = "ccc25a0f-c8f4-4b39-9f1b-de9f328d0ee5";

/// The reference server, in this process, on a free port.
fn start_server(data: &Path) -> String {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("../reference-server/seed.yaml");
    let args = reference_server::config::Args::parse_from([
        "reference-server".as_ref(),
        "--listen".as_ref(),
        format!("127.0.0.1:{port}").as_ref(),
        "--data".as_ref(),
        data.as_os_str(),
        "--admin-token".as_ref(),
        ADMIN.as_ref(),
        "--auditor-token".as_ref(),
        AUDITOR.as_ref(),
        "--seed".as_ref(),
        seed.as_os_str(),
        "--cancel-delay-ms".as_ref(),
        "200".as_ref(),
    ] as [&std::ffi::OsStr; 13]);
    std::thread::spawn(move || {
        let rt = tokio::runtime::Runtime::new().unwrap();
        rt.block_on(reference_server::run(args)).unwrap();
    });
    let base = format!("http://127.0.0.1:{port}");
    let start = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "the server did not start"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    base
}

/// The CLI with the server's URL and a token in its environment.
struct Cli {
    base: String,
    token: &'static str,
}

impl Cli {
    fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_cf-droplets"));
        cmd.args(args)
            .env("CF_DROPLETS_BASE_URL", &self.base)
            .env("CF_DROPLETS_TOKEN", self.token)
            .env_remove("RUST_LOG");
        cmd
    }

    /// Runs and returns the output, whatever the status.
    fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().unwrap()
    }

    /// Runs, expects success, and reads stdout as one JSON document.
    fn json(&self, args: &[&str]) -> Value {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "{args:?}: {:?}\n{}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("{args:?}: {e}: {}", String::from_utf8_lossy(&out.stdout)))
    }

    /// Runs with `--all` and reads one JSON document per line.
    fn lines(&self, args: &[&str]) -> Vec<Value> {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }

    /// Polls `get` until `field` is `want`.
    fn wait_for(&self, get: &[&str], field: &str, want: &str) -> Value {
        let start = Instant::now();
        loop {
            let v = self.json(get);
            if v[field] == want {
                return v;
            }
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "{get:?}: {field} stayed {} (wanted {want})",
                v[field]
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

/// A gzipped tarball of `size` bytes of noise, stored uncompressed so the file is that large.
fn droplet_file(path: &Path, size: u64) {
    struct Noise(u64, u64);
    impl std::io::Read for Noise {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let n = buf.len().min(self.1 as usize);
            for chunk in buf[..n].chunks_mut(8) {
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

fn sha256(path: &Path) -> String {
    let mut hasher = sha2::Sha256::new();
    std::io::copy(&mut std::fs::File::open(path).unwrap(), &mut hasher).unwrap();
    format!("{:x}", hasher.finalize())
}

fn relationships(app: &str) -> String {
    format!(r#"{{"app":{{"data":{{"guid":"{app}"}}}}}}"#)
}

fn setup() -> (tempfile::TempDir, Cli) {
    let dir = tempfile::tempdir().unwrap();
    let base = start_server(&dir.path().join("data"));
    (dir, Cli { base, token: ADMIN })
}

#[test]
fn droplets_round_trip_through_the_cli() {
    let (dir, cf) = setup();

    // Create, then upload 64 MiB from a file, streamed; the server checks and stages it.
    let droplet = cf.json(&[
        "create-droplet",
        "--relationships",
        &relationships(APP),
        "--process-types",
        "web=bundle exec rackup",
        "--process-types",
        "worker=./worker",
    ]);
    assert_eq!(droplet["state"], "AWAITING_UPLOAD");
    assert_eq!(droplet["process_types"]["worker"], "./worker");
    let guid = droplet["guid"].as_str().unwrap().to_owned();
    let bits = dir.path().join("droplet.tgz");
    droplet_file(&bits, 64 << 20);
    assert!(std::fs::metadata(&bits).unwrap().len() >= 64 << 20);
    let uploaded = cf.json(&["upload-droplet", &guid, "--bits", bits.to_str().unwrap()]);
    assert_eq!(uploaded["guid"], guid.as_str());
    let staged = cf.wait_for(&["get-droplet", &guid], "state", "STAGED");
    let sum = sha256(&bits);
    assert_eq!(staged["checksum"]["value"], sum.as_str());

    // Download it back to a file: the same bytes.
    let back = dir.path().join("back.tgz");
    let out = cf.run(&[
        "download-droplet",
        &guid,
        "--output",
        back.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(sha256(&back), sum);
    // And to a pipe.
    let out = cf.run(&["download-droplet", &guid]);
    assert!(out.status.success());
    assert_eq!(
        out.stdout.len() as u64,
        std::fs::metadata(&bits).unwrap().len()
    );

    // Labels, then a filtered, label-selected list across pages.
    let updated = cf.json(&[
        "update-droplet",
        &guid,
        "--metadata",
        r#"{"labels":{"env":"prod","tier":"web"}}"#,
    ]);
    assert_eq!(updated["metadata"]["labels"]["env"], "prod");
    let mut prod = vec![guid.clone()];
    for _ in 0..4 {
        let d = cf.json(&["create-droplet", "--relationships", &relationships(APP)]);
        let g = d["guid"].as_str().unwrap().to_owned();
        cf.json(&[
            "update-droplet",
            &g,
            "--metadata",
            r#"{"labels":{"env":"prod"}}"#,
        ]);
        prod.push(g);
    }
    let last_labelled = prod.last().unwrap().clone();
    cf.json(&["create-droplet", "--relationships", &relationships(APP)]); // unlabelled
    let listed = cf.lines(&[
        "list-droplets",
        "--states",
        "STAGED,AWAITING_UPLOAD",
        "--app-guids",
        APP,
        "--label-selector",
        "env=prod,tier!=db",
        "--per-page",
        "2",
        "--all",
    ]);
    let mut got: Vec<String> = listed
        .iter()
        .map(|d| d["guid"].as_str().unwrap().to_owned())
        .collect();
    got.sort();
    prod.sort();
    assert_eq!(got, prod, "five labelled droplets over three pages");
    // Without --all: one page, as one document.
    let page = cf.json(&[
        "list-droplets",
        "--label-selector",
        "env=prod",
        "--per-page",
        "2",
    ]);
    assert_eq!(page["resources"].as_array().unwrap().len(), 2);
    assert_eq!(page["pagination"]["total_results"], 5);
    // A value may start with `-`: newest first.
    let newest = cf.json(&[
        "list-droplets",
        "--label-selector",
        "env=prod",
        "--order-by",
        "-created_at",
        "--per-page",
        "1",
    ]);
    assert_eq!(newest["resources"][0]["guid"], last_labelled.as_str());
    // Repeated flags are the same as a comma list.
    let repeated = cf.json(&[
        "list-droplets",
        "--states",
        "STAGED",
        "--states",
        "AWAITING_UPLOAD",
        "--label-selector",
        "env=prod",
    ]);
    assert_eq!(repeated["pagination"]["total_results"], 5);

    // Copy to another app, then delete the copy and wait for the deletion job.
    let copy = cf.json(&[
        "create-droplet",
        "--source-guid",
        &guid,
        "--relationships",
        &relationships(OTHER_APP),
    ]);
    let copy_guid = copy["guid"].as_str().unwrap().to_owned();
    assert_ne!(copy_guid, guid);
    let copied = cf.wait_for(&["get-droplet", &copy_guid], "state", "STAGED");
    assert_eq!(copied["checksum"]["value"], sum.as_str());
    let deleted = cf.json(&["delete-droplet", &copy_guid]);
    let location = deleted["location"]
        .as_str()
        .expect("the job's Location is printed");
    let job = location.rsplit('/').next().unwrap();
    let done = cf.wait_for(&["get-job", job], "state", "COMPLETE");
    assert_eq!(done["operation"], "droplet.delete");
    let gone = cf.run(&["get-droplet", &copy_guid]);
    assert_eq!(gone.status.code(), Some(4));
    assert!(String::from_utf8_lossy(&gone.stderr).contains("404"));

    // A body from a YAML file (`--body`), with a flag on top.
    let body = dir.path().join("update.yaml");
    std::fs::write(&body, "metadata:\n  annotations:\n    note: from yaml\n").unwrap();
    let v = cf.json(&["update-droplet", &guid, "--body", body.to_str().unwrap()]);
    assert_eq!(v["metadata"]["annotations"]["note"], "from yaml");
}

#[test]
fn tasks_and_refusals() {
    let (dir, cf) = setup();
    // A task runs a staged droplet.
    let droplet = cf.json(&["create-droplet", "--relationships", &relationships(APP)]);
    let droplet = droplet["guid"].as_str().unwrap().to_owned();
    let bits = dir.path().join("small.tgz");
    droplet_file(&bits, 4096);
    cf.json(&["upload-droplet", &droplet, "--bits", bits.to_str().unwrap()]);
    cf.wait_for(&["get-droplet", &droplet], "state", "STAGED");
    let task = cf.json(&[
        "create-task",
        APP,
        "--command",
        "rake db:migrate",
        "--name",
        "migrate",
        "--droplet-guid",
        &droplet,
    ]);
    assert_eq!(task["state"], "RUNNING");
    let guid = task["guid"].as_str().unwrap().to_owned();
    let tasks = cf.lines(&["list-tasks", "--names", "migrate", "--all"]);
    assert_eq!(tasks.len(), 1);
    assert_eq!(tasks[0]["guid"], guid.as_str());
    let app_tasks = cf.json(&["list-app-tasks", APP, "--states", "RUNNING"]);
    assert_eq!(app_tasks["resources"][0]["guid"], guid.as_str());
    let canceled = cf.json(&["cancel-task", &guid]);
    assert_eq!(canceled["state"], "CANCELING");
    cf.wait_for(&["get-task", &guid], "state", "FAILED");
    // A finished task cannot be canceled: 422, readable on stderr.
    let again = cf.run(&["cancel-task", &guid]);
    assert_eq!(again.status.code(), Some(4));
    let stderr = String::from_utf8_lossy(&again.stderr);
    assert!(stderr.contains("422"), "{stderr}");

    // An auditor may read but not write: 403, exit 4, Cloud Controller's message.
    let auditor = Cli {
        base: cf.base.clone(),
        token: AUDITOR,
    };
    assert!(auditor.run(&["get-task", &guid]).status.success());
    let refused = auditor.run(&[
        "update-task",
        &guid,
        "--metadata",
        r#"{"labels":{"a":"b"}}"#,
    ]);
    assert_eq!(refused.status.code(), Some(4));
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(
        stderr.contains("403") && stderr.contains("CF-NotAuthorized"),
        "{stderr}"
    );
    assert!(!stderr.contains(AUDITOR), "the token is never printed");

    // Global flags before the subcommand, and `--verbose` logging without the credential.
    let out = Command::new(env!("CARGO_BIN_EXE_cf-droplets"))
        .args([
            "--base-url",
            &cf.base,
            "--token",
            ADMIN,
            "--verbose",
            "get-task",
            &guid,
        ])
        .env_remove("CF_DROPLETS_BASE_URL")
        .env_remove("CF_DROPLETS_TOKEN")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(log.contains("getTask") && log.contains("200"), "{log}");
    assert!(!log.contains(ADMIN), "the token is never logged: {log}");

    // No token: refused before sending, as a usage error.
    let anonymous = cf
        .command(&["list-tasks"])
        .env_remove("CF_DROPLETS_TOKEN")
        .output()
        .unwrap();
    assert_eq!(
        anonymous.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&anonymous.stderr)
    );

    // Usage errors: unknown flag, bad values, a value outside the spec's range; nothing sent.
    for args in [
        &["list-droplets", "--no-such-flag"][..],
        &["list-droplets", "--per-page", "many"],
        &["list-droplets", "--states", "BAKED"],
        &["get-droplet", "not-a-guid"],
        &["list-droplets", "--per-page", "5001"],
        &["create-task", APP, "--disk-in-mb", "1.5"],
        &["no-such-command"],
    ] {
        let out = cf.run(args);
        assert_eq!(
            out.status.code(),
            Some(2),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(!out.stderr.is_empty());
    }
    // The server's own 404 for an unknown task: exit 4, not 2.
    let missing = cf.run(&["get-task", "00000000-0000-4000-8000-000000000000"]);
    assert_eq!(missing.status.code(), Some(4));
}

#[test]
fn help_groups_commands_by_tag_and_completions_are_printed() {
    let out = Command::new(env!("CARGO_BIN_EXE_cf-droplets"))
        .arg("--help")
        .output()
        .unwrap();
    assert!(out.status.success());
    let help = String::from_utf8(out.stdout).unwrap();
    let at = |s: &str| {
        help.find(s)
            .unwrap_or_else(|| panic!("{s} missing:\n{help}"))
    };
    assert!(at("Droplets:") < at("list-droplets") && at("list-droplets") < at("Tasks:"));
    assert!(at("Tasks:") < at("cancel-task") && at("cancel-task") < at("Jobs:"));
    at("Exit status");
    at("CF_DROPLETS_TOKEN");
    at("[default: https://api.example.org]"); // the spec's server
    let sub = Command::new(env!("CARGO_BIN_EXE_cf-droplets"))
        .args(["upload-droplet", "--help"])
        .env("CF_DROPLETS_TOKEN", "secret-in-env")
        .output()
        .unwrap();
    let sub = String::from_utf8(sub.stdout).unwrap();
    assert!(
        sub.contains("--bits <FILE>") && sub.contains("<GUID>"),
        "{sub}"
    );
    assert!(
        !sub.contains("secret-in-env"),
        "env values of credentials are hidden"
    );
    let bash = Command::new(env!("CARGO_BIN_EXE_cf-droplets"))
        .args(["completions", "bash"])
        .output()
        .unwrap();
    assert!(bash.status.success());
    assert!(String::from_utf8_lossy(&bash.stdout).contains("list-droplets"));
}

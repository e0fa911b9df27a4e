//! The reference server (SQLite and files behind the generated stubs) against the in-memory
//! server on the same stubs: what persistence costs a call, and how fast droplets stream
//! through it to and from disk.

use super::{MIB, Opts, peak_rss_of, raw_copy, row, runtime};
use futures_util::TryStreamExt;
use generated_client::models::*;
use std::io::{BufRead, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const TOKEN: &str = "good-token";
const APP: &str = "7b34f1cf-7e73-428a-bb5a-8a17a8058396";

/// A server process and its base URL.
struct Proc {
    child: Child,
    base: String,
}

impl Proc {
    fn start(mut cmd: Command) -> Result<Proc, String> {
        let mut child = cmd
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("{cmd:?}: {e}"))?;
        let mut line = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .map_err(|e| e.to_string())?;
        Ok(Proc {
            child,
            base: line.trim().to_owned(),
        })
    }
}

impl Drop for Proc {
    fn drop(&mut self) {
        self.child.kill().ok();
        self.child.wait().ok();
    }
}

fn binary(var: &str, default: &str) -> String {
    std::env::var(var)
        .unwrap_or_else(|_| format!("{}/../target/release/{default}", env!("CARGO_MANIFEST_DIR")))
}

pub fn reference(o: &Opts) {
    let reference = binary("REFERENCE_SERVER", "reference-server");
    let in_memory = binary("IN_MEMORY_SERVER", "examples/in_memory");
    let data = std::env::temp_dir().join(format!("reference-bench-{}", std::process::id()));
    std::fs::create_dir_all(&data).unwrap();
    let seed = concat!(env!("CARGO_MANIFEST_DIR"), "/../reference-server/seed.yaml");
    let mut cmd = Command::new(&reference);
    cmd.args([
        "--listen",
        "127.0.0.1:0",
        "--admin-token",
        TOKEN,
        "--seed",
        seed,
        "--data",
    ])
    .arg(data.join("db"));
    let started =
        Proc::start(cmd).and_then(|r| Proc::start(Command::new(&in_memory)).map(|m| (r, m)));
    let (ours, base) = match started {
        Ok(pair) => pair,
        Err(e) => {
            println!(
                "reference skipped: {e} (cargo build --release -p reference-server, and the in_memory example)"
            );
            println!("ROW|reference|skipped: the servers are not built|0|0|µs|0|(informational)");
            return;
        }
    };
    let rt = runtime();
    let client = |base: &str| {
        generated_client::Client::builder(base)
            .bearer_token(TOKEN)
            .build()
            .unwrap()
    };
    let (cf, cm) = (client(&ours.base), client(&base.base));

    // Calls: a GET of one droplet and a page of 50, alternating servers, median of rounds.
    let (rounds, calls) = if o.quick { (3, 200) } else { (5, 2000) };
    let fill = |cf: generated_client::Client| async move {
        let body = DropletCreate {
            relationships: AppRelationship {
                app: ToOneRelationship {
                    data: RelationshipData {
                        guid: APP.parse().unwrap(),
                    },
                },
            },
            process_types: None,
        };
        let mut last = None;
        for _ in 0..50 {
            last = Some(
                cf.create_droplet(&CreateDropletQuery::default(), &body)
                    .await
                    .unwrap()
                    .guid,
            );
        }
        last.unwrap()
    };
    let (g_ours, g_base) = rt.block_on(async { (fill(cf.clone()).await, fill(cm.clone()).await) });
    let per_call = |cf: &generated_client::Client, guid: uuid::Uuid, list: bool| {
        rt.block_on(async {
            let t = Instant::now();
            for _ in 0..calls {
                if list {
                    let q = ListDropletsQuery {
                        per_page: Some(50),
                        ..Default::default()
                    };
                    std::hint::black_box(cf.list_droplets(&q).await.unwrap());
                } else {
                    std::hint::black_box(cf.get_droplet(&guid).await.unwrap());
                }
            }
            t.elapsed().as_secs_f64() * 1e6 / calls as f64
        })
    };
    for (case, list) in [
        ("GET one droplet", false),
        ("list a page of 50 droplets", true),
    ] {
        let mut ratios = Vec::new();
        let (mut ours_us, mut base_us) = (Vec::new(), Vec::new());
        for r in 0..rounds {
            let (a, b) = if r % 2 == 0 {
                let a = per_call(&cf, g_ours, list);
                (a, per_call(&cm, g_base, list))
            } else {
                let b = per_call(&cm, g_base, list);
                (per_call(&cf, g_ours, list), b)
            };
            ratios.push(a / b);
            ours_us.push(a);
            base_us.push(b);
        }
        row(
            "reference",
            &format!("{case}: reference server vs in-memory server"),
            median(&mut ours_us),
            median(&mut base_us),
            "µs",
            median(&mut ratios),
            "(informational)",
        );
    }

    // Streaming a real droplet through the reference server, to and from disk.
    let size = if o.quick { 64 * MIB } else { 1024 * MIB };
    let tgz = data.join("droplet.tgz");
    write_tgz(&tgz, size);
    let len = std::fs::metadata(&tgz).unwrap().len();
    let (up, down) = rt.block_on(async {
        let body = DropletCreate {
            relationships: AppRelationship {
                app: ToOneRelationship {
                    data: RelationshipData {
                        guid: APP.parse().unwrap(),
                    },
                },
            },
            process_types: None,
        };
        let d = cf
            .create_droplet(&CreateDropletQuery::default(), &body)
            .await
            .unwrap();
        let bits = generated_client::FilePart::from_path(&tgz).await.unwrap();
        let t = Instant::now();
        cf.upload_droplet(&d.guid, generated_client::UploadDropletForm { bits })
            .await
            .unwrap();
        let up = (len as f64 / MIB as f64) / t.elapsed().as_secs_f64();
        let deadline = Instant::now() + Duration::from_secs(600);
        while cf.get_droplet(&d.guid).await.unwrap().state != DropletState::Staged {
            assert!(Instant::now() < deadline, "the droplet never staged");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let t = Instant::now();
        let got = cf
            .download_droplet_follow(&d.guid)
            .await
            .unwrap()
            .into_stream()
            .try_fold(0u64, |n, c| async move { Ok(n + c.len() as u64) })
            .await
            .unwrap();
        assert_eq!(got, len, "the whole droplet came back");
        (up, (len as f64 / MIB as f64) / t.elapsed().as_secs_f64())
    });
    let raw = raw_copy(size);
    let peak = peak_rss_of(&ours.child.id().to_string()) as f64 / MIB as f64;
    drop((ours, base));
    std::fs::remove_dir_all(&data).ok();
    let mib = size / MIB;
    row(
        "reference",
        &format!("upload {mib} MiB to disk (sha256, fsync), vs raw loopback"),
        up,
        raw,
        "MiB/s",
        up / raw,
        "(informational)",
    );
    row(
        "reference",
        &format!("download {mib} MiB from disk, vs raw loopback"),
        down,
        raw,
        "MiB/s",
        down / raw,
        "(informational)",
    );
    row(
        "reference",
        "peak RSS, reference server process",
        peak,
        64.0,
        "MiB",
        peak / 64.0,
        "< 64 MiB",
    );
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// A gzipped tarball holding one file of `size` bytes (stored blocks: fast to write and read).
fn write_tgz(path: &Path, size: u64) {
    let file = std::io::BufWriter::with_capacity(1 << 20, std::fs::File::create(path).unwrap());
    let gz = flate2::write::GzEncoder::new(file, flate2::Compression::none());
    let mut tar = tar::Builder::new(gz);
    let mut header = tar::Header::new_gnu();
    header.set_size(size);
    header.set_mode(0o644);
    header.set_cksum();
    tar.append_data(
        &mut header,
        "app/blob",
        std::io::Read::take(std::io::repeat(7), size),
    )
    .unwrap();
    tar.into_inner().unwrap().finish().unwrap().flush().unwrap();
}

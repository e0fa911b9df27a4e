//! The generated code's runtime cost against hand-written baselines, measured side by side in
//! one process: `cargo bench -p generated-client --bench runtime -- <section> [--quick]`, with
//! sections `decode`, `encode`, `client`, `router` (needs `wrk`), `streaming` (needs the
//! `in_memory` example built in release; `IN_MEMORY_SERVER` names it) and `reference` (also
//! needs `reference-server` built in release; `REFERENCE_SERVER`). `cargo xtask bench`
//! runs them all and writes BENCHMARKS.md.
//!
//! Each case alternates ours and the baseline, several rounds, and reports medians; besides
//! the human lines it prints one `ROW|section|case|ours|baseline|unit|ratio|target` line per
//! case for `cargo xtask bench` to collect.
//!
//! Two baselines: code written by hand (`hand`, and `by_hand` for the router), and the peer
//! users would pick instead, openapi-generator's Rust client generated from the same spec
//! (`tools/peers/openapi-generator-client`, `scripts/peer-client.sh`).

mod hand;
mod reference;

use openapi_generator_client as og;

use futures_util::{StreamExt, TryStreamExt};
use generated_client::models::*;
use std::hint::black_box;
use std::time::{Duration, Instant};

const MIB: u64 = 1 << 20;

/// The target against openapi-generator: ours at most 0.9× its time.
const PEER: &str = "≤ 0.90";

struct Opts {
    quick: bool,
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let opts = Opts {
        quick: args.iter().any(|a| a == "--quick"),
    };
    let sections: Vec<&str> = args
        .iter()
        .map(String::as_str)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let all = [
        "decode",
        "encode",
        "client",
        "router",
        "streaming",
        "reference",
    ];
    let chosen: Vec<&str> = if sections.is_empty() {
        all.to_vec()
    } else {
        sections
    };
    for s in chosen {
        match s {
            "decode" => decode(&opts),
            "encode" => encode(&opts),
            "client" => client(&opts),
            "router" => router(&opts),
            "streaming" => streaming(&opts),
            "reference" => reference::reference(&opts),
            "inproc" => inproc(),
            CALLS => client_calls(),
            CANNED => canned_server_process(),
            other => eprintln!("unknown section `{other}` (one of {all:?})"),
        }
    }
}

/// One result line for people and one for `cargo xtask bench`.
fn row(section: &str, case: &str, ours: f64, base: f64, unit: &str, ratio: f64, target: &str) {
    println!(
        "{section:<9} {case:<58} ours {ours:>12.3} {unit:<6} baseline {base:>12.3}  ratio {ratio:>6.3}  target {target}"
    );
    println!("ROW|{section}|{case}|{ours:.3}|{base:.3}|{unit}|{ratio:.3}|{target}");
}

/// A row with no figures: a case the peer cannot represent, said in the table.
fn not_representable(section: &str, case: &str, why: &str) {
    println!("{section:<9} {case:<58} {why}");
    println!("ROW|{section}|{case} — {why}|–|–||–|–");
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// Runs `a` and `b` in back-to-back pairs, `rounds` times, the order alternating (so neither
/// always runs on a cache the other warmed); the medians in milliseconds and the median of
/// the pairs' ratios, which the machine's noise moves least.
fn compare(rounds: usize, a: impl FnMut(), b: impl FnMut()) -> (f64, f64, f64) {
    let p = pairs(rounds, a, b);
    (p.wall.0, p.wall.1, p.wall.2)
}

/// What [`pairs`] measured: (median of a, median of b, median of the pairs' a ÷ b), for wall
/// time and for this process's CPU time, both in milliseconds.
struct Pairs {
    wall: (f64, f64, f64),
    cpu: (f64, f64, f64),
}

/// This process's CPU time (user and system, all threads) in milliseconds, from `getrusage`.
/// With the server in a process of its own it is the client's cost alone, which the other
/// process's share of the two cores does not move the way it moves wall time.
#[allow(unsafe_code)]
fn cpu_ms() -> f64 {
    let mut usage = std::mem::MaybeUninit::<libc::rusage>::zeroed();
    // SAFETY: `getrusage` writes a whole `rusage` through the pointer, which is valid and
    // aligned; RUSAGE_SELF cannot fail, and zeroed memory is a valid `rusage` besides.
    let usage = unsafe {
        libc::getrusage(libc::RUSAGE_SELF, usage.as_mut_ptr());
        usage.assume_init()
    };
    let ms = |t: libc::timeval| t.tv_sec as f64 * 1e3 + t.tv_usec as f64 / 1e3;
    ms(usage.ru_utime) + ms(usage.ru_stime)
}

fn pairs(rounds: usize, mut a: impl FnMut(), mut b: impl FnMut()) -> Pairs {
    a();
    b();
    let mut runs: [Vec<f64>; 6] = Default::default();
    let time = |f: &mut dyn FnMut()| {
        let (t, c) = (Instant::now(), cpu_ms());
        f();
        (t.elapsed().as_secs_f64() * 1e3, cpu_ms() - c)
    };
    for round in 0..rounds {
        let (x, y) = if round % 2 == 0 {
            let x = time(&mut a);
            (x, time(&mut b))
        } else {
            let y = time(&mut b);
            (time(&mut a), y)
        };
        for (i, v) in [x.0, y.0, x.0 / y.0, x.1, y.1, x.1 / y.1]
            .into_iter()
            .enumerate()
        {
            runs[i].push(v);
        }
    }
    let [wa, wb, wr, ca, cb, cr] = runs.map(median);
    Pairs {
        wall: (wa, wb, wr),
        cpu: (ca, cb, cr),
    }
}

/// The spec's staged-droplet example: the shape a real server sends.
fn example_droplet() -> serde_json::Value {
    let spec = concat!(env!("CARGO_MANIFEST_DIR"), "/../spec/openapi.yaml");
    let doc: serde_json::Value =
        serde_yaml::from_str(&std::fs::read_to_string(spec).unwrap()).unwrap();
    doc["components"]["examples"]["DropletStaged"]["value"].clone()
}

fn page_json(n: usize) -> Vec<u8> {
    let template = example_droplet();
    let resources: Vec<serde_json::Value> = (0..n)
        .map(|i| {
            let mut d = template.clone();
            let guid = uuid::Uuid::from_u128(i as u128 + 1).to_string();
            d["guid"] = guid.clone().into();
            d["links"]["self"]["href"] =
                format!("https://api.example.org/v3/droplets/{guid}").into();
            d["metadata"]["labels"]["index"] = i.to_string().into();
            d
        })
        .collect();
    let link = |p: usize| serde_json::json!({ "href": format!("https://api.example.org/v3/droplets?page={p}&per_page={n}") });
    serde_json::to_vec(&serde_json::json!({
        "pagination": { "total_results": n, "total_pages": 1, "first": link(1), "last": link(1), "next": null, "previous": null },
        "resources": resources,
    }))
    .unwrap()
}

fn shapes_json(n: usize) -> Vec<u8> {
    let shapes: Vec<serde_json::Value> = (0..n)
        .map(|i| {
            if i % 2 == 0 {
                serde_json::json!({ "kind": "circle", "radius": i as f64 / 3.0, "label": format!("c{i}") })
            } else {
                serde_json::json!({ "kind": "square", "side": i as f64 / 7.0 })
            }
        })
        .collect();
    serde_json::to_vec(&serde_json::json!({ "shapes": shapes, "values": [] })).unwrap()
}

fn values_json(n: usize) -> Vec<u8> {
    let values: Vec<serde_json::Value> = (0..n)
        .map(|i| match i % 3 {
            0 => serde_json::json!(i),
            1 => serde_json::json!(format!("v{i}")),
            _ => serde_json::json!({ "kind": "square", "side": 2.5 }),
        })
        .collect();
    serde_json::to_vec(&serde_json::json!({ "shapes": [], "values": values })).unwrap()
}

/// The discriminated union as the generator used to decode it: into a JSON tree, then again
/// into the variant (kept to show what the change bought).
#[allow(dead_code)]
mod before {
    use roundtrip::models::{Circle, Square};

    pub enum Shape {
        Circle(Circle),
        Square(Square),
        Unknown(serde_json::Value),
    }

    impl<'de> serde::Deserialize<'de> for Shape {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            let value = serde_json::Value::deserialize(d)?;
            let tag = value
                .get("kind")
                .and_then(serde_json::Value::as_str)
                .map(str::to_owned);
            match tag.as_deref() {
                Some("circle") => serde_json::from_value(value)
                    .map(Shape::Circle)
                    .map_err(serde::de::Error::custom),
                Some("square") => serde_json::from_value(value)
                    .map(Shape::Square)
                    .map_err(serde::de::Error::custom),
                _ => Ok(Shape::Unknown(value)),
            }
        }
    }

    #[derive(serde::Deserialize)]
    pub struct Shapes {
        pub shapes: Vec<Shape>,
    }
}

fn decode(o: &Opts) {
    let (n, rounds) = if o.quick { (500, 5) } else { (5000, 31) };
    let page = page_json(n);
    let (ours, base, ratio) = compare(
        rounds,
        || {
            black_box(serde_json::from_slice::<DropletList>(&page).unwrap());
        },
        || {
            black_box(serde_json::from_slice::<hand::DropletList>(&page).unwrap());
        },
    );
    row(
        "decode",
        &format!("{n}-droplet list page ({} KiB)", page.len() / 1024),
        ours,
        base,
        "ms",
        ratio,
        "≤ 1.05",
    );
    let (ours, peer, ratio) = compare(
        rounds,
        || {
            black_box(serde_json::from_slice::<DropletList>(&page).unwrap());
        },
        || {
            black_box(serde_json::from_slice::<og::models::DropletList>(&page).unwrap());
        },
    );
    row(
        "decode",
        &format!("{n}-droplet list page, vs openapi-generator"),
        ours,
        peer,
        "ms",
        ratio,
        PEER,
    );

    let m = if o.quick { 2_000 } else { 50_000 };
    let shapes = shapes_json(m);
    let (ours, base, ratio) = compare(
        rounds,
        || {
            black_box(serde_json::from_slice::<roundtrip::models::Drawing>(&shapes).unwrap());
        },
        || {
            black_box(serde_json::from_slice::<hand::Shapes>(&shapes).unwrap());
        },
    );
    row(
        "decode",
        &format!("{m} discriminated oneOf (vs serde tag = \"kind\")"),
        ours,
        base,
        "ms",
        ratio,
        "≤ 1.05",
    );
    // openapi-generator's union is serde's internally tagged enum too, with each variant boxed
    // and no variant for a kind the spec does not list (such a document fails to decode).
    let (ours, peer, ratio) = compare(
        rounds,
        || {
            black_box(serde_json::from_slice::<roundtrip::models::Drawing>(&shapes).unwrap());
        },
        || {
            black_box(
                serde_json::from_slice::<openapi_generator_unions::models::Drawing>(&shapes)
                    .unwrap(),
            );
        },
    );
    row(
        "decode",
        &format!("{m} discriminated oneOf, vs openapi-generator"),
        ours,
        peer,
        "ms",
        ratio,
        PEER,
    );
    let (old, base, ratio) = compare(
        rounds,
        || {
            black_box(serde_json::from_slice::<before::Shapes>(&shapes).unwrap());
        },
        || {
            black_box(serde_json::from_slice::<hand::Shapes>(&shapes).unwrap());
        },
    );
    row(
        "decode",
        &format!("{m} discriminated oneOf, before: via serde_json::Value"),
        old,
        base,
        "ms",
        ratio,
        "(before)",
    );

    let values = values_json(m);
    let (ours, base, ratio) = compare(
        rounds,
        || {
            black_box(serde_json::from_slice::<roundtrip::models::Drawing>(&values).unwrap());
        },
        || {
            black_box(serde_json::from_slice::<hand::Values>(&values).unwrap());
        },
    );
    row(
        "decode",
        &format!("{m} untagged oneOf (vs serde untagged)"),
        ours,
        base,
        "ms",
        ratio,
        "≤ 1.05",
    );
    let (ours, peer, ratio) = compare(
        rounds,
        || {
            black_box(serde_json::from_slice::<roundtrip::models::Drawing>(&values).unwrap());
        },
        || {
            black_box(
                serde_json::from_slice::<openapi_generator_unions::models::Drawing>(&values)
                    .unwrap(),
            );
        },
    );
    row(
        "decode",
        &format!("{m} untagged oneOf, vs openapi-generator"),
        ours,
        peer,
        "ms",
        ratio,
        PEER,
    );
}

fn encode(o: &Opts) {
    let (n, rounds) = if o.quick { (500, 5) } else { (5000, 31) };
    let page = page_json(n);
    let ours_page: DropletList = serde_json::from_slice(&page).unwrap();
    let hand_page: hand::DropletList = serde_json::from_slice(&page).unwrap();
    let (ours, base, ratio) = compare(
        rounds,
        || {
            black_box(generated_client::runtime::primitives::to_request_json(&ours_page).unwrap());
        },
        || {
            black_box(serde_json::to_vec(&hand_page).unwrap());
        },
    );
    row(
        "encode",
        &format!("{n}-droplet list page"),
        ours,
        base,
        "ms",
        ratio,
        "≤ 1.05",
    );
    let og_page: og::models::DropletList = serde_json::from_slice(&page).unwrap();
    let (ours, peer, ratio) = compare(
        rounds,
        || {
            black_box(generated_client::runtime::primitives::to_request_json(&ours_page).unwrap());
        },
        || {
            black_box(serde_json::to_vec(&og_page).unwrap());
        },
    );
    row(
        "encode",
        &format!("{n}-droplet list page, vs openapi-generator"),
        ours,
        peer,
        "ms",
        ratio,
        PEER,
    );

    let m = if o.quick { 2_000 } else { 50_000 };
    let ours_patches: Vec<DropletUpdate> = (0..m)
        .map(|i| DropletUpdate {
            metadata: Some(MetadataUpdate {
                labels: Some(
                    [
                        ("env".to_owned(), Some(format!("e{i}"))),
                        ("gone".to_owned(), None),
                    ]
                    .into(),
                ),
                annotations: None,
            }),
            image: if i % 2 == 0 { Some(None) } else { None },
        })
        .collect();
    let hand_patches: Vec<hand::DropletUpdate> = (0..m)
        .map(|i| hand::DropletUpdate {
            metadata: Some(hand::MetadataUpdate {
                labels: Some(
                    [
                        ("env".to_owned(), Some(format!("e{i}"))),
                        ("gone".to_owned(), None),
                    ]
                    .into(),
                ),
                annotations: None,
            }),
            image: if i % 2 == 0 { Some(None) } else { None },
        })
        .collect();
    assert_eq!(
        generated_client::runtime::primitives::to_request_json(&ours_patches).unwrap(),
        serde_json::to_vec(&hand_patches).unwrap(),
        "the same bytes"
    );
    let (ours, base, ratio) = compare(
        rounds,
        || {
            black_box(
                generated_client::runtime::primitives::to_request_json(&ours_patches).unwrap(),
            );
        },
        || {
            black_box(serde_json::to_vec(&hand_patches).unwrap());
        },
    );
    row(
        "encode",
        &format!("{m} PATCH bodies (Option<Option<T>>, null labels)"),
        ours,
        base,
        "ms",
        ratio,
        "≤ 1.05",
    );

    // openapi-generator's labels are `HashMap<String, String>`: it cannot send the `null` that
    // deletes a label, so against it the bodies only set labels (and clear the image). The two
    // sets are built in one loop, so that both lie in the heap alike (50,000 bodies outgrow the
    // caches, and where a set lies moved its time by a third).
    let (ours_patches, og_patches): (Vec<DropletUpdate>, Vec<og::models::DropletUpdate>) = (0..m)
        .map(|i| {
            let ours = DropletUpdate {
                metadata: Some(MetadataUpdate {
                    labels: Some([("env".to_owned(), Some(format!("e{i}")))].into()),
                    annotations: None,
                }),
                image: if i % 2 == 0 { Some(None) } else { None },
            };
            let og = og::models::DropletUpdate {
                metadata: Some(Box::new(og::models::MetadataUpdate {
                    labels: Some([("env".to_owned(), format!("e{i}"))].into()),
                    annotations: None,
                })),
                image: if i % 2 == 0 { Some(None) } else { None },
            };
            (ours, og)
        })
        .unzip();
    assert_eq!(
        generated_client::runtime::primitives::to_request_json(&ours_patches).unwrap(),
        serde_json::to_vec(&og_patches).unwrap(),
        "the same bytes"
    );
    let (ours, peer, ratio) = compare(
        rounds,
        || {
            black_box(
                generated_client::runtime::primitives::to_request_json(&ours_patches).unwrap(),
            );
        },
        || {
            black_box(serde_json::to_vec(&og_patches).unwrap());
        },
    );
    row(
        "encode",
        &format!("{m} PATCH bodies setting labels, vs openapi-generator"),
        ours,
        peer,
        "ms",
        ratio,
        PEER,
    );
    not_representable(
        "encode",
        "PATCH bodies deleting a label (`null`), vs openapi-generator",
        "not representable: its labels are HashMap<String, String>",
    );
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap()
}

/// A server that answers with canned bytes, so only the clients differ.
async fn canned_server(droplet: bytes::Bytes, page: bytes::Bytes) -> String {
    use axum::routing::get;
    let json = |b: bytes::Bytes| ([("content-type", "application/json")], b);
    let app = axum::Router::new()
        .route(
            "/v3/droplets/{guid}",
            get(move || async move { json(droplet.clone()) }),
        )
        .route(
            "/v3/droplets",
            get(move || async move { json(page.clone()) }),
        );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    base
}

/// The section that makes this binary the `client` section's canned server.
const CANNED: &str = "canned-server";

/// The canned server as a process of its own, so that the client's process spends CPU on the
/// client alone: prints its base URL, then serves until its standard input closes.
fn canned_server_process() {
    use std::io::{Read, Write};
    let rt = runtime();
    let droplet = bytes::Bytes::from(serde_json::to_vec(&example_droplet()).unwrap());
    let page = bytes::Bytes::from(page_json(50));
    let base = rt.block_on(canned_server(droplet, page));
    println!("{base}");
    std::io::stdout().flush().unwrap();
    let _ = std::io::stdin().read_to_end(&mut Vec::new());
}

/// The canned server's process, stopped when dropped.
struct Canned {
    child: std::process::Child,
    base: String,
}

impl Canned {
    fn start() -> Canned {
        use std::io::BufRead;
        use std::process::{Command, Stdio};
        let mut child = Command::new(std::env::current_exe().unwrap())
            .arg(CANNED)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("the canned server starts");
        let mut base = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut base)
            .unwrap();
        Canned {
            child,
            base: base.trim().to_owned(),
        }
    }
}

impl Drop for Canned {
    fn drop(&mut self) {
        self.child.kill().ok();
        self.child.wait().ok();
    }
}

/// Which client a call goes through.
#[derive(Clone, Copy, Debug)]
enum Who {
    Ours,
    Hand,
    Peer,
}

/// Which operation a call is.
#[derive(Clone, Copy, Debug)]
enum Call {
    Get,
    List,
}

/// The three clients the `client` sections compare, against one canned server, on the same
/// connection settings.
struct Clients {
    ours: generated_client::Client,
    http: reqwest::Client,
    peer: std::sync::Arc<og::apis::configuration::Configuration>,
    base: String,
}

impl Clients {
    fn new(base: &str) -> Self {
        let ours = generated_client::Client::builder(base)
            .bearer_token("token")
            .retry(generated_client::RetryPolicy::none())
            .build()
            .unwrap();
        // The same connection settings the generated client uses.
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(Duration::from_secs(30))
            .build()
            .unwrap();
        // openapi-generator's client on the same reqwest settings, as its users set it up.
        let peer = std::sync::Arc::new(og::apis::configuration::Configuration {
            base_path: base.to_owned(),
            bearer_access_token: Some("token".to_owned()),
            client: http.clone(),
            ..Default::default()
        });
        Clients {
            ours,
            http,
            peer,
            base: base.to_owned(),
        }
    }

    /// One call, its result decoded and dropped; the future owns what it needs.
    fn call(&self, who: Who, call: Call) -> futures_util::future::BoxFuture<'static, ()> {
        let guid = uuid::Uuid::from_u128(7);
        match (who, call) {
            (Who::Ours, Call::Get) => {
                let c = self.ours.clone();
                Box::pin(async move {
                    black_box(c.get_droplet(&guid).await.unwrap());
                })
            }
            (Who::Ours, Call::List) => {
                let c = self.ours.clone();
                let query = ListDropletsQuery {
                    per_page: Some(50),
                    states: Some(vec![DropletState::Staged]),
                    ..Default::default()
                };
                Box::pin(async move {
                    black_box(c.list_droplets(&query).await.unwrap());
                })
            }
            (Who::Hand, Call::Get) => {
                let (http, url) = (
                    self.http.clone(),
                    format!("{}/v3/droplets/{guid}", self.base),
                );
                Box::pin(async move {
                    let resp = http.get(url).bearer_auth("token").send().await.unwrap();
                    assert!(resp.status().is_success());
                    let body = resp.bytes().await.unwrap();
                    black_box(serde_json::from_slice::<hand::Droplet>(&body).unwrap());
                })
            }
            (Who::Hand, Call::List) => {
                let (http, url) = (self.http.clone(), format!("{}/v3/droplets", self.base));
                Box::pin(async move {
                    // The query built per call from typed values, as a hand-written client would.
                    let per_page: i32 = 50;
                    let states = [hand::DropletState::Staged];
                    let states: Vec<&str> = states
                        .iter()
                        .map(|s| match s {
                            hand::DropletState::Staged => "STAGED",
                            _ => "OTHER",
                        })
                        .collect();
                    let query = [
                        ("states", states.join(",")),
                        ("per_page", per_page.to_string()),
                    ];
                    let resp = http
                        .get(url)
                        .query(&query)
                        .bearer_auth("token")
                        .send()
                        .await
                        .unwrap();
                    assert!(resp.status().is_success());
                    let body = resp.bytes().await.unwrap();
                    black_box(serde_json::from_slice::<hand::DropletList>(&body).unwrap());
                })
            }
            (Who::Peer, Call::Get) => {
                let peer = self.peer.clone();
                Box::pin(async move {
                    let guid = guid.to_string();
                    let d = og::apis::droplets_api::get_droplet(&peer, &guid).await;
                    black_box(d.unwrap());
                })
            }
            // Its list takes every query parameter of the operation as an argument, in spec
            // order.
            (Who::Peer, Call::List) => {
                let peer = self.peer.clone();
                Box::pin(async move {
                    let states = Some(vec![og::models::DropletState::Staged]);
                    let list = og::apis::droplets_api::list_droplets(
                        &peer,
                        None,
                        states,
                        None,
                        None,
                        None,
                        None,
                        Some(50),
                        None,
                        None,
                        None,
                        None,
                        None,
                        None,
                        None,
                        None,
                        None,
                        None,
                        None,
                        None,
                    );
                    black_box(list.await.unwrap());
                })
            }
        }
    }
}

fn client(o: &Opts) {
    let (n, rounds) = if o.quick { (200, 3) } else { (2000, 9) };
    let rt = runtime();
    let server = Canned::start();
    let clients = Clients::new(&server.base);
    let per = |ms: f64| ms * 1e3 / n as f64;
    for concurrency in [1usize, 32] {
        let mode = if concurrency == 1 {
            "sequential"
        } else {
            "32 concurrent"
        };
        let run = |who: Who, call: Call| {
            rt.block_on(
                futures_util::stream::iter(0..n)
                    .map(|_| clients.call(who, call))
                    .buffer_unordered(concurrency)
                    .collect::<Vec<()>>(),
            );
        };
        for (call, name) in [
            (Call::Get, "get_droplet"),
            (Call::List, "list_droplets (50 per page)"),
        ] {
            let case = format!("{name}, {n} calls {mode}");
            // Against the hand-written client: wall time per call, and this process's CPU time
            // per call (the server runs in another process).
            let p = pairs(rounds, || run(Who::Ours, call), || run(Who::Hand, call));
            let (a, b, r) = p.wall;
            row("client", &case, per(a), per(b), "µs", r, "≤ 1.05");
            let (a, b, r) = p.cpu;
            row(
                "client",
                &format!("{case}: CPU per call"),
                per(a),
                per(b),
                "µs CPU",
                r,
                "≤ 1.03",
            );
            let p = pairs(rounds, || run(Who::Ours, call), || run(Who::Peer, call));
            let (a, b, r) = p.wall;
            row(
                "client",
                &format!("{case}, vs openapi-generator"),
                per(a),
                per(b),
                "µs",
                r,
                PEER,
            );
            let (a, b, r) = p.cpu;
            row(
                "client",
                &format!("{case}, vs openapi-generator: CPU per call"),
                per(a),
                per(b),
                "µs CPU",
                r,
                PEER,
            );
        }
    }
    drop(server);

    // Instructions per call: ours against each baseline, the calls 32 in flight.
    for (op, name, calls) in [
        ("get", "get_droplet", if o.quick { 200 } else { 2000 }),
        (
            "list",
            "list_droplets (50 per page)",
            if o.quick { 100 } else { 500 },
        ),
    ] {
        let counts = ["ours", "hand", "og"].map(|w| instructions_per_call(w, op, calls));
        let [Some(ours), Some(hand), Some(peer)] = counts else {
            println!("client    instructions per call skipped: valgrind is not installed");
            println!(
                "ROW|client|{name}: instructions per call — skipped: valgrind is not installed|–|–||–|–"
            );
            continue;
        };
        let k = |n: f64| n / 1e3;
        row(
            "client",
            &format!("{name}: instructions per call (callgrind)"),
            k(ours),
            k(hand),
            "k instr",
            ours / hand,
            "≤ 1.03",
        );
        row(
            "client",
            &format!("{name}, vs openapi-generator: instructions per call (callgrind)"),
            k(ours),
            k(peer),
            "k instr",
            ours / peer,
            PEER,
        );
    }
}

use in_memory_server as common;

/// The same three routes written by hand with axum's extractors over the same store: the
/// credential checked by the same `authenticate`, the same store calls, serde for the rest,
/// and the PATCH body held to the same rules as the generated router holds it (unknown
/// fields, `null`, lengths, the label value pattern).
mod by_hand {
    use super::common::{InMemory, TOKEN};
    use axum::extract::{Json, Path, Query, State};
    use axum::http::{HeaderMap, StatusCode};
    use axum::response::{IntoResponse, Response};
    use generated_client::models::*;
    use generated_server_stubs::Api;
    use generated_server_stubs::RequestContext;
    use std::sync::Arc;

    async fn context(
        api: &InMemory,
        headers: HeaderMap,
        method: axum::http::Method,
        operation: &'static str,
    ) -> Result<RequestContext, Response> {
        let token = headers
            .get("authorization")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| {
                v.strip_prefix("bearer ")
                    .or_else(|| v.strip_prefix("Bearer "))
            })
            .map(str::to_owned)
            .ok_or_else(|| StatusCode::UNAUTHORIZED.into_response())?;
        let mut ctx = RequestContext {
            request_id: String::new(),
            operation,
            method,
            headers,
            token: None,
            scheme: Some("bearerAuth"),
            extensions: Default::default(),
        };
        api.authenticate(&token, &mut ctx)
            .await
            .map_err(IntoResponse::into_response)?;
        let _ = TOKEN;
        Ok(ctx)
    }

    async fn get(
        State(api): State<Arc<InMemory>>,
        Path(guid): Path<uuid::Uuid>,
        headers: HeaderMap,
    ) -> Response {
        let ctx = match context(&api, headers, axum::http::Method::GET, "getDroplet").await {
            Ok(c) => c,
            Err(r) => return r,
        };
        match api.get_droplet(ctx, guid).await {
            generated_server_stubs::GetDropletResponse::Ok(d) => Json(d).into_response(),
            other => other.into_response(),
        }
    }

    #[derive(serde::Deserialize)]
    struct ListQuery {
        states: Option<String>,
        per_page: Option<i32>,
        page: Option<i32>,
    }

    async fn list(
        State(api): State<Arc<InMemory>>,
        Query(q): Query<ListQuery>,
        headers: HeaderMap,
    ) -> Response {
        let ctx = match context(&api, headers, axum::http::Method::GET, "listDroplets").await {
            Ok(c) => c,
            Err(r) => return r,
        };
        if q.per_page.is_some_and(|p| !(1..=5000).contains(&p)) {
            return StatusCode::BAD_REQUEST.into_response();
        }
        let query = ListDropletsQuery {
            states: q
                .states
                .map(|s| s.split(',').map(DropletState::from).collect()),
            per_page: q.per_page,
            page: q.page,
            ..Default::default()
        };
        match api.list_droplets(ctx, query).await {
            generated_server_stubs::ListDropletsResponse::Ok(page) => Json(page).into_response(),
            other => other.into_response(),
        }
    }

    async fn patch(
        State(api): State<Arc<InMemory>>,
        Path(guid): Path<uuid::Uuid>,
        headers: HeaderMap,
        Json(body): Json<super::hand::StrictDropletUpdate>,
    ) -> Response {
        let ctx = match context(&api, headers, axum::http::Method::PATCH, "updateDroplet").await {
            Ok(c) => c,
            Err(r) => return r,
        };
        if let Err(why) = body.check() {
            return (StatusCode::UNPROCESSABLE_ENTITY, why).into_response();
        }
        let body = DropletUpdate {
            metadata: body.metadata.map(|m| MetadataUpdate {
                labels: m.labels,
                annotations: m.annotations,
            }),
            image: body.image,
        };
        match api.update_droplet(ctx, guid, body).await {
            generated_server_stubs::UpdateDropletResponse::Ok(d) => Json(d).into_response(),
            other => other.into_response(),
        }
    }

    pub fn router(api: Arc<InMemory>) -> axum::Router {
        axum::Router::new()
            .route("/v3/droplets", axum::routing::get(list))
            .route("/v3/droplets/{guid}", axum::routing::get(get).patch(patch))
            .with_state(api)
    }
}

struct Load {
    rps: f64,
    p99_ms: f64,
}

/// Runs `wrk` for `secs` seconds against `url`; `None` when wrk is not installed.
fn wrk(url: &str, secs: u64, script: Option<&std::path::Path>) -> Option<Load> {
    let mut cmd = std::process::Command::new("wrk");
    cmd.args([
        "-t1",
        "-c16",
        &format!("-d{secs}s"),
        "--latency",
        "-H",
        "Authorization: bearer good-token",
    ]);
    if let Some(s) = script {
        cmd.arg("-s").arg(s);
    }
    let out = cmd.arg(url).output().ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    let rps = text
        .lines()
        .find_map(|l| l.strip_prefix("Requests/sec:"))
        .and_then(|v| v.trim().parse().ok())?;
    let p99 = text
        .lines()
        .find_map(|l| l.trim().strip_prefix("99%"))
        .map(str::trim)?;
    let p99_ms = if let Some(v) = p99.strip_suffix("us") {
        v.parse::<f64>().ok()? / 1e3
    } else if let Some(v) = p99.strip_suffix("ms") {
        v.parse().ok()?
    } else {
        p99.strip_suffix('s')?.parse::<f64>().ok()? * 1e3
    };
    let non_2xx = text.lines().any(|l| l.contains("Non-2xx"));
    assert!(!non_2xx, "wrk saw errors against {url}:\n{text}");
    Some(Load { rps, p99_ms })
}

fn router(o: &Opts) {
    if std::process::Command::new("wrk")
        .arg("--version")
        .output()
        .is_err()
    {
        println!("router    skipped: `wrk` is not installed (apt-get install wrk)");
        println!("ROW|router|skipped: wrk is not installed|0|0|req/s|0|≥ 0.95");
        router_instructions(o);
        return;
    }
    let secs = if o.quick { 1 } else { 5 };
    let rt = runtime();
    let api = std::sync::Arc::new(common::InMemory::default());
    let (generated, hand) = rt.block_on(async {
        let generated = common::serve(api.clone(), Default::default()).await;
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let hand = format!("http://{}", listener.local_addr().unwrap());
        let app = by_hand::router(api.clone());
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        (generated, hand)
    });
    // A thousand droplets, a hundred staged... all awaiting upload here; the filter keeps all.
    let cf = generated_client::Client::builder(&generated)
        .bearer_token(common::TOKEN)
        .build()
        .unwrap();
    let guids: Vec<uuid::Uuid> = rt.block_on(async {
        let mut out = Vec::new();
        for _ in 0..1000 {
            let body = DropletCreate {
                relationships: AppRelationship {
                    app: ToOneRelationship {
                        data: RelationshipData {
                            guid: uuid::Uuid::new_v4(),
                        },
                    },
                },
                process_types: None,
            };
            out.push(
                cf.create_droplet(&CreateDropletQuery::default(), &body)
                    .await
                    .unwrap()
                    .guid,
            );
        }
        out
    });
    let target = guids[500];
    let dir = std::env::temp_dir().join(format!("router-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let script = dir.join("patch.lua");
    std::fs::write(
        &script,
        "wrk.method = \"PATCH\"\nwrk.headers[\"Content-Type\"] = \"application/json\"\nwrk.body = '{\"metadata\":{\"labels\":{\"env\":\"prod\"},\"annotations\":{\"note\":null}}}'\n",
    )
    .unwrap();
    let cases: [(&str, String, Option<&std::path::Path>); 3] = [
        (
            "GET /v3/droplets/{guid}",
            format!("/v3/droplets/{target}"),
            None,
        ),
        (
            "GET /v3/droplets?states=AWAITING_UPLOAD&per_page=50",
            "/v3/droplets?states=AWAITING_UPLOAD&per_page=50".to_owned(),
            None,
        ),
        (
            "PATCH /v3/droplets/{guid} (validated body)",
            format!("/v3/droplets/{target}"),
            Some(&script),
        ),
    ];
    let pairs = if o.quick { 1 } else { 3 };
    for (name, path, script) in cases {
        // Back-to-back pairs, the order alternating; the machine's noise moves both runs of a
        // pair together, so the median of the pairs' ratios is the figure.
        let (mut ours, mut base, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
        for i in 0..pairs * 2 {
            let run = |url: &str| wrk(&format!("{url}{path}"), secs, script).expect("wrk ran");
            let (a, b) = if i % 2 == 0 {
                let a = run(&generated);
                (a, run(&hand))
            } else {
                let b = run(&hand);
                (run(&generated), b)
            };
            ratios.push(a.rps / b.rps);
            ours.push(a);
            base.push(b);
        }
        let med = |v: &[Load], f: fn(&Load) -> f64| median(v.iter().map(f).collect());
        row(
            "router",
            &format!("{name}: throughput"),
            med(&ours, |l| l.rps),
            med(&base, |l| l.rps),
            "req/s",
            median(ratios),
            "≥ 0.95",
        );
        let (p_ours, p_base) = (med(&ours, |l| l.p99_ms), med(&base, |l| l.p99_ms));
        row(
            "router",
            &format!("{name}: p99 latency"),
            p_ours,
            p_base,
            "ms",
            p_ours / p_base,
            "(informational)",
        );
    }
    std::fs::remove_dir_all(&dir).ok();
    router_instructions(o);
}

/// Instructions per request of the two routers, in process (`inproc`: requests through
/// tower's `oneshot`, no sockets), counted by callgrind: the routers' own cost, which wrk's
/// figures share with the HTTP stack and the kernel. Skipped without valgrind.
fn router_instructions(o: &Opts) {
    let n: usize = if o.quick { 200 } else { 2000 };
    let count = |router: &str, patch: bool, n: usize| {
        let mut env = vec![
            ("INPROC_ONLY", router.to_owned()),
            ("INPROC_N", n.to_string()),
        ];
        if patch {
            env.push(("INPROC_PATCH", "1".to_owned()));
        }
        callgrind("inproc", &env)
    };
    // `inproc` makes three rounds of `n`; a run of ten per round is the setup, taken off.
    let per_request = |router: &str, patch: bool| -> Option<f64> {
        let setup = count(router, patch, 10)?;
        Some((count(router, patch, n)? - setup) / (3 * (n - 10)) as f64)
    };
    for (name, patch) in [
        ("GET /v3/droplets/{guid}", false),
        ("PATCH /v3/droplets/{guid} (validated body)", true),
    ] {
        let (Some(ours), Some(hand)) =
            (per_request("generated", patch), per_request("hand", patch))
        else {
            println!("router    instructions per request skipped: valgrind is not installed");
            println!(
                "ROW|router|{name}: instructions per request — skipped: valgrind is not installed|–|–||–|–"
            );
            continue;
        };
        row(
            "router",
            &format!("{name}: instructions per request, in process (callgrind)"),
            ours / 1e3,
            hand / 1e3,
            "k instr",
            ours / hand,
            "≤ 1.05",
        );
    }
}

fn peak_rss_of(pid: &str) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|kb| kb.parse::<u64>().ok())
        .map(|kb| kb * 1024)
        .unwrap_or(0)
}

/// `len` zero bytes made on the fly, in 64 KiB reads.
struct Zeros {
    left: u64,
}

impl tokio::io::AsyncRead for Zeros {
    fn poll_read(
        mut self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
        buf: &mut tokio::io::ReadBuf<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        static ZEROS: [u8; 64 << 10] = [0; 64 << 10];
        let n = (buf.remaining() as u64)
            .min(self.left)
            .min(ZEROS.len() as u64) as usize;
        buf.put_slice(&ZEROS[..n]);
        self.left -= n as u64;
        std::task::Poll::Ready(Ok(()))
    }
}

/// The same bytes over a raw loopback TCP connection, one way, by two blocking threads with
/// 256 KiB buffers: the most the machine moves, in MiB/s (the best of three).
fn raw_copy(size: u64) -> f64 {
    use std::io::{Read, Write};
    (0..3)
        .map(|_| {
            let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
            let addr = listener.local_addr().unwrap();
            let reader = std::thread::spawn(move || {
                let (mut s, _) = listener.accept().unwrap();
                let mut buf = vec![0u8; 256 << 10];
                let mut got = 0u64;
                loop {
                    let n = s.read(&mut buf).unwrap();
                    if n == 0 {
                        break got;
                    }
                    got += n as u64;
                }
            });
            let t = Instant::now();
            let mut s = std::net::TcpStream::connect(addr).unwrap();
            let chunk = vec![0u8; 256 << 10];
            let mut sent = 0u64;
            while sent < size {
                let n = chunk.len().min((size - sent) as usize);
                s.write_all(&chunk[..n]).unwrap();
                sent += n as u64;
            }
            s.shutdown(std::net::Shutdown::Write).unwrap();
            assert_eq!(reader.join().unwrap(), size);
            (size / MIB) as f64 / t.elapsed().as_secs_f64()
        })
        .fold(0.0, f64::max)
}

fn streaming(o: &Opts) {
    let size = if o.quick { 64 * MIB } else { 1024 * MIB };
    let server_path = std::env::var("IN_MEMORY_SERVER").unwrap_or_else(|_| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../target/release/examples/in_memory"
        )
        .to_owned()
    });
    let mut child = match std::process::Command::new(&server_path)
        .stdout(std::process::Stdio::piped())
        .spawn()
    {
        Ok(c) => c,
        Err(e) => {
            println!(
                "streaming skipped: cannot start {server_path}: {e} (cargo build --release -p generated-server-stubs --example in_memory)"
            );
            println!("ROW|streaming|skipped: the in_memory server is not built|0|0|MiB/s|0|≥ 0.50");
            return;
        }
    };
    let pid = child.id().to_string();
    let base = {
        use std::io::BufRead;
        let mut line = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        line.trim().to_owned()
    };
    let rt = runtime();
    let (up, down) = rt.block_on(async {
        let cf = generated_client::Client::builder(&base)
            .bearer_token(common::TOKEN)
            .build()
            .unwrap();
        let body = DropletCreate {
            relationships: AppRelationship {
                app: ToOneRelationship {
                    data: RelationshipData {
                        guid: uuid::Uuid::new_v4(),
                    },
                },
            },
            process_types: None,
        };
        let d = cf
            .create_droplet(&CreateDropletQuery::default(), &body)
            .await
            .unwrap();
        let t = Instant::now();
        let bits = generated_client::FilePart::from_reader(
            "droplet.tgz",
            Zeros { left: size },
            Some(size),
        );
        cf.upload_droplet(&d.guid, generated_client::UploadDropletForm { bits })
            .await
            .unwrap();
        let up = (size / MIB) as f64 / t.elapsed().as_secs_f64();
        let t = Instant::now();
        let stream = cf.download_droplet_follow(&d.guid).await.unwrap();
        let got = stream
            .into_stream()
            .try_fold(0u64, |n, c| async move { Ok(n + c.len() as u64) })
            .await
            .unwrap();
        assert_eq!(got, size, "the whole droplet came back");
        let down = (size / MIB) as f64 / t.elapsed().as_secs_f64();
        (up, down)
    });
    let raw = raw_copy(size);
    let server_peak = peak_rss_of(&pid) as f64 / MIB as f64;
    let client_peak = peak_rss_of("self") as f64 / MIB as f64;
    child.kill().ok();
    child.wait().ok();
    let mib = size / MIB;
    row(
        "streaming",
        &format!("upload {mib} MiB, generated client → generated server"),
        up,
        raw,
        "MiB/s",
        up / raw,
        "≥ 0.50",
    );
    row(
        "streaming",
        &format!("download {mib} MiB, generated server → generated client"),
        down,
        raw,
        "MiB/s",
        down / raw,
        "≥ 0.50",
    );
    row(
        "streaming",
        "peak RSS, generated server process",
        server_peak,
        64.0,
        "MiB",
        server_peak / 64.0,
        "< 64 MiB",
    );
    row(
        "streaming",
        "peak RSS, generated client process",
        client_peak,
        64.0,
        "MiB",
        client_peak / 64.0,
        "< 64 MiB",
    );
}

fn inproc() {
    use tower::ServiceExt;
    let rt = runtime();
    let api = std::sync::Arc::new(common::InMemory::default());
    let generated = generated_server_stubs::router(api.clone());
    let hand = by_hand::router(api.clone());
    let guid = rt.block_on(async {
        let body = DropletCreate {
            relationships: AppRelationship {
                app: ToOneRelationship {
                    data: RelationshipData {
                        guid: uuid::Uuid::new_v4(),
                    },
                },
            },
            process_types: None,
        };
        let mut guid = None;
        for _ in 0..1000 {
            let ctx = generated_server_stubs::RequestContext::from_parts(
                &axum::http::Request::new(()).into_parts().0,
                "x",
            );
            if let generated_server_stubs::CreateDropletResponse::Created(d) =
                generated_server_stubs::Api::create_droplet(
                    &*api,
                    ctx,
                    CreateDropletQuery::default(),
                    body.clone(),
                )
                .await
            {
                guid = Some(d.guid)
            }
        }
        guid.unwrap()
    });
    let patch = std::env::var("INPROC_PATCH").is_ok();
    let req = || {
        if patch {
            axum::http::Request::patch(format!("/v3/droplets/{guid}"))
                .header("authorization", "bearer good-token")
                .header("host", "localhost")
                .header("content-type", "application/json")
                .body(axum::body::Body::from(
                    r#"{"metadata":{"labels":{"env":"prod"},"annotations":{"note":null}}}"#,
                ))
                .unwrap()
        } else {
            axum::http::Request::get(format!("/v3/droplets/{guid}"))
                .header("authorization", "bearer good-token")
                .header("host", "localhost")
                .body(axum::body::Body::empty())
                .unwrap()
        }
    };
    // `INPROC_ONLY=generated|hand` runs one router (for callgrind), `INPROC_N` requests.
    let only = std::env::var("INPROC_ONLY").ok();
    let n: usize = std::env::var("INPROC_N")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(20000);
    for _ in 0..3 {
        for (name, r) in [("generated", generated.clone()), ("hand", hand.clone())] {
            if only.as_deref().is_some_and(|o| o != name) {
                continue;
            }
            let t = Instant::now();
            rt.block_on(async {
                for _ in 0..n {
                    let resp = r.clone().oneshot(req()).await.unwrap();
                    let b = axum::body::to_bytes(resp.into_body(), usize::MAX)
                        .await
                        .unwrap();
                    black_box(b);
                }
            });
            println!(
                "{name}: {:.2} µs/request",
                t.elapsed().as_secs_f64() * 1e6 / n as f64
            );
        }
    }
}

/// The section that runs one client's calls, for [`instructions_per_call`] and profilers:
/// `CLIENT=ours|hand|og`, `OP=get|list|patch|decode`, `CALLS` of them, 32 in flight.
const CALLS: &str = "client-calls";

static PAGE50: std::sync::LazyLock<Vec<u8>> = std::sync::LazyLock::new(|| page_json(50));

fn client_calls() {
    let var =
        |name: &str, default: &str| std::env::var(name).unwrap_or_else(|_| default.to_owned());
    let (which, op) = (var("CLIENT", "ours"), var("OP", "get"));
    let calls: usize = var("CALLS", "10000").parse().expect("CALLS is a number");
    let rt = runtime();
    let server = Canned::start();
    let clients = Clients::new(&server.base);
    let who = match which.as_str() {
        "ours" => Who::Ours,
        "hand" => Who::Hand,
        "og" => Who::Peer,
        other => panic!("CLIENT is ours, hand or og, not {other}"),
    };
    let one = |_| match op.as_str() {
        "get" => clients.call(who, Call::Get),
        "list" => clients.call(who, Call::List),
        // Without the network: a PATCH body encoded, a 50-droplet page decoded.
        "patch" => Box::pin(async move { encode_patch(who) }),
        "decode" => Box::pin(async move { decode_page(who) }),
        other => panic!("OP is get, list, patch or decode, not {other}"),
    };
    let (t, c) = (Instant::now(), cpu_ms());
    rt.block_on(
        futures_util::stream::iter(0..calls)
            .map(one)
            .buffer_unordered(32)
            .collect::<Vec<()>>(),
    );
    println!(
        "{which} {op}: {:.2} µs/call wall, {:.2} µs/call CPU",
        t.elapsed().as_secs_f64() * 1e6 / calls as f64,
        (cpu_ms() - c) * 1e3 / calls as f64
    );
}

fn encode_patch(who: Who) {
    match who {
        Who::Ours => {
            let body = DropletUpdate {
                metadata: Some(MetadataUpdate {
                    labels: Some([("env".to_owned(), Some("e1".to_owned()))].into()),
                    annotations: None,
                }),
                image: Some(None),
            };
            black_box(generated_client::runtime::primitives::to_request_json(&body).unwrap());
        }
        Who::Peer => {
            let body = og::models::DropletUpdate {
                metadata: Some(Box::new(og::models::MetadataUpdate {
                    labels: Some([("env".to_owned(), "e1".to_owned())].into()),
                    annotations: None,
                })),
                image: Some(None),
            };
            black_box(serde_json::to_vec(&body).unwrap());
        }
        Who::Hand => panic!("the PATCH encode is ours or og's"),
    }
}

fn decode_page(who: Who) {
    match who {
        Who::Ours => {
            black_box(serde_json::from_slice::<DropletList>(&PAGE50).unwrap());
        }
        Who::Hand => {
            black_box(serde_json::from_slice::<hand::DropletList>(&PAGE50).unwrap());
        }
        Who::Peer => {
            black_box(serde_json::from_slice::<og::models::DropletList>(&PAGE50).unwrap());
        }
    }
}

/// The instructions a run of this binary's `section` executes, with `env` set, counted by
/// callgrind (valgrind): the same for the same binary and inputs whatever else the machine
/// does. `None` without valgrind.
fn callgrind(section: &str, env: &[(&str, String)]) -> Option<f64> {
    let out = std::process::Command::new("valgrind")
        .args(["--tool=callgrind", "--callgrind-out-file=/dev/null"])
        .arg(std::env::current_exe().ok()?)
        .arg(section)
        .envs(env.iter().map(|(k, v)| (k, v)))
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&out.stderr);
    let collected = text.lines().find_map(|l| l.split("Collected :").nth(1))?;
    collected.trim().parse().ok()
}

/// The instructions the client's process executes per call: a difference of a few per cent
/// that wall and CPU time drown shows. The setup (runtime, TLS roots, connections) is
/// measured by a run of ten calls and taken off. `None` without valgrind.
fn instructions_per_call(which: &str, op: &str, calls: usize) -> Option<f64> {
    let count = |n: usize| {
        let env = [
            ("CLIENT", which.to_owned()),
            ("OP", op.to_owned()),
            ("CALLS", n.to_string()),
        ];
        callgrind(CALLS, &env)
    };
    let setup = count(10)?;
    Some((count(calls)? - setup) / (calls - 10) as f64)
}

//! The generated command-line client (`roundtrip::cli`) against the generated server: what
//! a user types arrives typed, in every parameter style, credential scheme and body format.

mod common;

use common::{Seen, Server};
use roundtrip::models::*;
use std::collections::BTreeMap;

/// Runs the CLI in this process with the server's URL; returns its exit status.
fn cli(server: &Server, args: &[&str]) -> u8 {
    let mut all = vec!["features", "--base-url", server.base.as_str()];
    all.extend_from_slice(args);
    roundtrip::cli::PROGRAM.status(all)
}

#[test]
fn every_query_style_arrives_typed() {
    let server = Server::start();
    let status = cli(
        &server,
        &[
            "query-styles",
            "--token",
            "t",
            "--scalar",
            "a b",
            "--list-x",
            "x",
            "--list-x",
            "y",
            "--list",
            "1,2",
            "--spaced",
            "s",
            "--spaced",
            "t",
            "--piped",
            "3",
            "--piped",
            "4",
            "--color",
            "R=100",
            "--color",
            "G=200",
            "--color-piped",
            "R=1",
            "--color-piped",
            "B=2",
            "--filter",
            r#"{"name":"n","tags":["a"],"range":{"min":1},"labels":{"env":"prod"}}"#,
            "--json",
            r#"{"R":5}"#,
            "--per-page",
            "7",
            "--order",
            "desc",
        ],
    );
    assert_eq!(status, 0);
    let expected = QueryStylesQuery {
        scalar: "a b".into(),
        list_x: Some(vec!["x".into(), "y".into()]),
        list: Some(vec!["1".into(), "2".into()]),
        spaced: Some(vec!["s".into(), "t".into()]),
        piped: Some(vec![3, 4]),
        color: Some(Color {
            r: 100,
            g: Some(200),
            b: None,
        }),
        color_piped: Some(Color {
            r: 1,
            g: None,
            b: Some(2),
        }),
        filter: Some(Filter {
            name: Some("n".into()),
            tags: Some(vec!["a".into()]),
            range: Some(FormRange {
                min: Some(1),
                max: None,
            }),
            labels: Some(BTreeMap::from([("env".to_owned(), "prod".to_owned())])),
        }),
        json: Some(Color {
            r: 5,
            g: None,
            b: None,
        }),
        per_page: Some(7),
        order: Some(QueryStylesOrder::Desc),
    };
    assert_eq!(server.recorder.last(), Some(Seen::Query(expected)));
    // The spec's range (per_page at most 100) is checked before sending: a usage error.
    let before = server.recorder.seen.lock().unwrap().len();
    assert_eq!(
        cli(
            &server,
            &[
                "query-styles",
                "--token",
                "t",
                "--scalar",
                "s",
                "--per-page",
                "101"
            ]
        ),
        2
    );
    assert_eq!(
        server.recorder.seen.lock().unwrap().len(),
        before,
        "nothing was sent"
    );
    // A missing required flag is clap's usage error.
    assert_eq!(cli(&server, &["query-styles", "--token", "t"]), 2);
}

#[test]
fn paths_headers_and_cookies_arrive_typed() {
    let server = Server::start();
    let color = |r, g| Color { r, g, b: None };
    assert_eq!(
        cli(
            &server,
            &[
                "path-label",
                "--token",
                "t",
                "a b",
                "x,y",
                "p,q",
                "R=1,G=2",
                "R=3"
            ]
        ),
        0
    );
    assert_eq!(
        server.recorder.last(),
        Some(Seen::Path(
            "a b".into(),
            vec!["x".into(), "y".into()],
            vec!["p".into(), "q".into()],
            color(1, Some(2)),
            color(3, None)
        ))
    );
    assert_eq!(
        cli(
            &server,
            &[
                "path-matrix",
                "--token",
                "t",
                "s",
                "1,2",
                "u,v",
                "R=4",
                "R=5,G=6"
            ]
        ),
        0
    );
    assert_eq!(
        server.recorder.last(),
        Some(Seen::Path(
            "s".into(),
            vec!["1".into(), "2".into()],
            vec!["u".into(), "v".into()],
            color(4, None),
            color(5, Some(6))
        ))
    );
    assert_eq!(
        cli(
            &server,
            &[
                "header-styles",
                "--token",
                "t",
                "--x-scalar",
                "-9",
                "--x-list",
                "a,b",
                "--x-object",
                "R=1",
                "--x-object-x",
                "R=2",
                "--x-object-x",
                "G=3",
            ],
        ),
        0
    );
    assert_eq!(
        server.recorder.last(),
        Some(Seen::Headers(
            -9,
            Some(vec!["a".into(), "b".into()]),
            Some(color(1, None)),
            Some(color(2, Some(3))),
            Some("fast".into())
        ))
    );
    assert_eq!(
        cli(
            &server,
            &[
                "cookie-styles",
                "--token",
                "t",
                "--session",
                "abc",
                "--list",
                "1,2",
                "--list-x",
                "m",
                "--list-x",
                "n",
                "--theme",
                "light",
            ],
        ),
        0
    );
    assert_eq!(
        server.recorder.last(),
        Some(Seen::Cookies(
            "abc".into(),
            Some(vec!["1".into(), "2".into()]),
            Some(vec!["m".into(), "n".into()]),
            None,
            Some("light".into())
        ))
    );
}

#[test]
fn every_credential_scheme_has_its_flags() {
    let server = Server::start();
    assert_eq!(cli(&server, &["query-credential", "--query-key", "k1"]), 0);
    assert_eq!(
        server.recorder.last(),
        Some(Seen::Credential(Some("queryKey"), Some("k1".into())))
    );
    assert_eq!(
        cli(&server, &["cookie-credential", "--cookie-key", "c1"]),
        0
    );
    assert_eq!(
        server.recorder.last(),
        Some(Seen::Credential(Some("cookieKey"), Some("c1".into())))
    );
    assert_eq!(
        cli(
            &server,
            &["any-credential", "--username", "ann", "--password", "pw"]
        ),
        0
    );
    assert!(matches!(
        server.recorder.last(),
        Some(Seen::Credential(Some("basic"), _))
    ));
    // Without any credential the call is refused before sending, as a usage error.
    assert_eq!(cli(&server, &["query-credential"]), 2);
}

#[test]
fn bodies_from_flags_files_and_stdin_shapes() {
    let server = Server::start();
    let dir = std::env::temp_dir().join(format!("roundtrip-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // A JSON body from a YAML file, with a field flag on top.
    let yaml = dir.join("pet.yaml");
    std::fs::write(&yaml, "name: Rex\ntag: dog\n").unwrap();
    assert_eq!(
        cli(
            &server,
            &[
                "create-pet",
                "--token",
                "t",
                "--body",
                yaml.to_str().unwrap(),
                "--name",
                "Max"
            ]
        ),
        0
    );
    match server.recorder.last() {
        Some(Seen::Pet(pet)) => assert_eq!(serde_json::to_value(&pet).unwrap()["name"], "Max"),
        other => panic!("{other:?}"),
    }
    // A body the model cannot read is a usage error, and nothing is sent.
    let before = server.recorder.seen.lock().unwrap().len();
    let bad = dir.join("bad.yaml");
    std::fs::write(&bad, "name: [1, 2]\n").unwrap();
    assert_eq!(
        cli(
            &server,
            &[
                "create-pet",
                "--token",
                "t",
                "--body",
                bad.to_str().unwrap()
            ]
        ),
        2
    );
    assert_eq!(
        cli(&server, &["create-pet", "--token", "t", "--age", "old"]),
        2
    );
    assert_eq!(
        server.recorder.seen.lock().unwrap().len(),
        before,
        "nothing was sent"
    );
    // A missing file is a local failure.
    assert_eq!(
        cli(
            &server,
            &["create-pet", "--token", "t", "--body", "/no/such/file.json"]
        ),
        1
    );
    // A form body from its field flags.
    assert_eq!(
        cli(
            &server,
            &[
                "submit-form",
                "--token",
                "t",
                "--name",
                "n",
                "--count",
                "3",
                "--tags",
                "a",
                "--tags",
                "b",
                "--range",
                r#"{"min":1}"#
            ]
        ),
        0
    );
    assert!(
        matches!(server.recorder.last(), Some(Seen::Form(_))),
        "{:?}",
        server.recorder.last()
    );
    // A multipart file part streamed from disk, and a binary body to a file.
    let file = dir.join("blob.bin");
    std::fs::write(&file, vec![7u8; 100_000]).unwrap();
    assert_eq!(
        cli(
            &server,
            &["upload", "--token", "t", "--file", file.to_str().unwrap()]
        ),
        0
    );
    let out = dir.join("echo.bin");
    assert_eq!(
        cli(
            &server,
            &[
                "put-file",
                "--token",
                "t",
                "--body",
                file.to_str().unwrap(),
                "--output",
                out.to_str().unwrap()
            ]
        ),
        0
    );
    assert_eq!(std::fs::read(&out).unwrap(), std::fs::read(&file).unwrap());
    std::fs::remove_dir_all(&dir).unwrap();
}

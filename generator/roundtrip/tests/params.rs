//! Every parameter style, sent by the generated client and read by the generated server: for
//! any value the client accepts, the handler receives exactly that value (property tests), and
//! absent parameters with a spec default arrive as the default.

mod common;

use common::{Seen, Server};
use proptest::prelude::*;
use roundtrip::models::*;
use std::collections::BTreeMap;

fn color() -> impl Strategy<Value = Color> {
    (any::<i64>(), any::<Option<i64>>(), any::<Option<i64>>()).prop_map(|(r, g, b)| Color {
        r,
        g,
        b,
    })
}

/// Texts without the given characters (a value holding its style's delimiter is refused).
fn text_without(
    excluded: &'static str,
    len: std::ops::RangeInclusive<usize>,
) -> impl Strategy<Value = String> {
    proptest::collection::vec(
        any::<char>().prop_filter("printable, not a delimiter", move |c| {
            !c.is_control() && !excluded.contains(*c)
        }),
        len,
    )
    .prop_map(|chars| chars.into_iter().collect())
}

fn list(excluded: &'static str, min_len: usize) -> impl Strategy<Value = Vec<String>> {
    proptest::collection::vec(text_without(excluded, min_len..=8), 1..4)
}

/// A path segment that is not `.` or `..` (which URLs resolve away).
fn not_dots(s: &str) -> bool {
    s != "." && s != ".."
}

fn filter() -> impl Strategy<Value = Filter> {
    (
        text_without("", 0..=8),
        proptest::option::of(list("", 0)),
        proptest::option::of((any::<i64>(), any::<Option<i64>>())),
        proptest::option::of(proptest::collection::btree_map(
            "[a-z]{1,6}",
            text_without("", 0..=6),
            1..3,
        )),
    )
        .prop_map(|(name, tags, range, labels)| Filter {
            name: Some(name),
            tags,
            range: range.map(|(min, max)| FormRange {
                min: Some(min),
                max,
            }),
            labels,
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn path_simple_round_trips(
        scalar in text_without("", 1..=12).prop_filter("dot segment", |s| not_dots(s)),
        list in proptest::collection::vec(any::<i64>(), 1..4),
        list_x in list(",", 1).prop_filter("dot segment", |l| not_dots(&l.join(","))),
        obj in color(),
        obj_x in color(),
    ) {
        let server = server();
        let client = server.client();
        server.rt.block_on(client.path_simple(&scalar, &list, &list_x, &obj, &obj_x)).unwrap();
        prop_assert_eq!(server.recorder.last(), Some(Seen::PathSimple(scalar, list, list_x, obj, obj_x)));
    }

    #[test]
    fn path_label_round_trips(
        scalar in text_without("", 1..=12).prop_filter("dot segment", |s| s != "."),
        list in list(".,", 1),
        list_x in list(".,", 1),
        obj in color(),
        obj_x in color(),
    ) {
        let server = server();
        let client = server.client();
        server.rt.block_on(client.path_label(&scalar, &list, &list_x, &obj, &obj_x)).unwrap();
        prop_assert_eq!(server.recorder.last(), Some(Seen::Path(scalar, list, list_x, obj, obj_x)));
    }

    #[test]
    fn path_matrix_round_trips(
        scalar in text_without("", 0..=12),
        list in list(",", 0),
        list_x in list(";", 0),
        obj in color(),
        obj_x in color(),
    ) {
        let server = server();
        let client = server.client();
        server.rt.block_on(client.path_matrix(&scalar, &list, &list_x, &obj, &obj_x)).unwrap();
        prop_assert_eq!(server.recorder.last(), Some(Seen::Path(scalar, list, list_x, obj, obj_x)));
    }

    #[test]
    fn query_styles_round_trip(
        scalar in text_without("", 0..=12),
        list_x in proptest::option::of(list("", 0)),
        list in proptest::option::of(list(",", 0)),
        spaced in proptest::option::of(list(" ", 0)),
        piped in proptest::option::of(proptest::collection::vec(any::<i64>(), 1..4)),
        color in proptest::option::of(color()),
        color_piped in proptest::option::of(color()),
        filter in proptest::option::of(filter()),
        json in proptest::option::of(color()),
        per_page in proptest::option::of(1i64..=100),
        order in proptest::option::of(prop_oneof![Just(QueryStylesOrder::Asc), Just(QueryStylesOrder::Desc)]),
    ) {
        let server = server();
        let client = server.client();
        let sent = QueryStylesQuery { scalar, list_x, list, spaced, piped, color, color_piped, filter, json, per_page, order };
        server.rt.block_on(client.query_styles(&sent)).unwrap();
        let expected = QueryStylesQuery {
            per_page: sent.per_page.or(Some(20)),
            order: sent.order.clone().or(Some(QueryStylesOrder::Asc)),
            ..sent
        };
        prop_assert_eq!(server.recorder.last(), Some(Seen::Query(expected)));
    }

    #[test]
    fn exploded_objects_and_maps_round_trip(
        color in proptest::option::of(color()),
        extra in proptest::option::of(proptest::collection::btree_map("[a-z]{1,6}", text_without("", 0..=6), 1..4)),
    ) {
        let server = server();
        let client = server.client();
        let sent = QueryExplodedQuery { color, extra };
        server.rt.block_on(client.query_exploded(&sent)).unwrap();
        prop_assert_eq!(server.recorder.last(), Some(Seen::Exploded(sent)));
    }

    #[test]
    fn header_styles_round_trip(
        scalar in any::<i64>(),
        list in proptest::option::of(proptest::collection::vec("[!-+\\--~]{1,8}", 1..4)),
        object in proptest::option::of(color()),
        object_x in proptest::option::of(color()),
        mode in proptest::option::of("[!-~]{1,8}"),
    ) {
        let server = server();
        let client = server.client();
        server.rt.block_on(client.header_styles(&scalar, list.as_ref(), object.as_ref(), object_x.as_ref(), mode.as_deref())).unwrap();
        let mode = mode.or(Some("fast".to_owned()));
        prop_assert_eq!(server.recorder.last(), Some(Seen::Headers(scalar, list, object, object_x, mode)));
    }

    #[test]
    fn cookie_styles_round_trip(
        session in text_without("", 0..=12),
        list in proptest::option::of(list(",", 0)),
        list_x in proptest::option::of(list("", 0)),
        color in proptest::option::of(color()),
        theme in proptest::option::of(text_without("", 0..=8)),
    ) {
        let server = server();
        let client = server.client();
        server.rt.block_on(client.cookie_styles(&session, list.as_ref(), list_x.as_ref(), color.as_ref(), theme.as_deref())).unwrap();
        let theme = theme.or(Some("dark".to_owned()));
        prop_assert_eq!(server.recorder.last(), Some(Seen::Cookies(session, list, list_x, color, theme)));
    }
}

/// One server per test process (nextest runs each test in its own).
fn server() -> &'static Server {
    static SERVER: std::sync::OnceLock<Server> = std::sync::OnceLock::new();
    SERVER.get_or_init(Server::start)
}

#[test]
fn the_wire_form_is_the_one_openapi_describes() {
    let q = QueryStylesQuery {
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
        per_page: None,
        order: None,
    };
    let pairs: Vec<(String, String)> = q.to_pairs().unwrap();
    let text: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
    assert_eq!(
        text,
        [
            "scalar=a b",
            "list_x=x",
            "list_x=y",
            "list=1,2",
            "spaced=s t",
            "piped=3|4",
            "color=R,100,G,200",
            "color_piped=R|1|B|2",
            "filter[name]=n",
            "filter[tags]=a",
            "filter[range][min]=1",
            "filter[labels][env]=prod",
            "json={\"R\":5}",
        ]
    );
    let color = Color {
        r: 1,
        g: Some(2),
        b: None,
    };
    let path = |style, explode| {
        roundtrip::runtime::primitives::write_path("id", style, explode, &color).unwrap()
    };
    use roundtrip::runtime::primitives::Style;
    assert_eq!(path(Style::Simple, false), "R,1,G,2");
    assert_eq!(path(Style::Simple, true), "R=1,G=2");
    assert_eq!(path(Style::Label, false), ".R,1,G,2");
    assert_eq!(path(Style::Label, true), ".R=1.G=2");
    assert_eq!(path(Style::Matrix, false), ";id=R,1,G,2");
    assert_eq!(path(Style::Matrix, true), ";R=1;G=2");
    let list = vec!["a b".to_owned(), "c".to_owned()];
    assert_eq!(
        roundtrip::runtime::primitives::write_path("id", Style::Matrix, true, &list).unwrap(),
        ";id=a%20b;id=c"
    );
    assert_eq!(
        roundtrip::runtime::primitives::write_path("id", Style::Label, true, &list).unwrap(),
        ".a%20b.c"
    );
}

#[test]
fn a_value_holding_its_delimiter_is_refused_before_sending() {
    let server = server();
    let client = server.client();
    let before = server.recorder.seen.lock().unwrap().len();
    let q = QueryStylesQuery {
        scalar: "x".into(),
        list_x: None,
        list: Some(vec!["a,b".into()]),
        spaced: None,
        piped: None,
        color: None,
        color_piped: None,
        filter: None,
        json: None,
        per_page: None,
        order: None,
    };
    let err = server.rt.block_on(client.query_styles(&q)).unwrap_err();
    assert!(err.to_string().contains("delimiter"), "{err}");
    let err = server
        .rt
        .block_on(client.header_styles(&1, Some(&vec!["a,b".to_owned()]), None, None, None))
        .unwrap_err();
    assert!(err.to_string().contains("delimiter"), "{err}");
    assert_eq!(
        server.recorder.seen.lock().unwrap().len(),
        before,
        "nothing reached the server"
    );
}

#[test]
fn a_path_parameter_that_would_be_a_dot_segment_is_refused() {
    let server = server();
    let client = server.client();
    let before = server.recorder.seen.lock().unwrap().len();
    let color = Color {
        r: 1,
        g: None,
        b: None,
    };
    for value in [".", ".."] {
        let err = server
            .rt
            .block_on(client.path_simple(value, &vec![1], &vec!["a".to_owned()], &color, &color))
            .unwrap_err();
        assert!(err.to_string().contains("`.` or `..`"), "{err}");
        let list = vec![value.to_owned()];
        assert!(
            server
                .rt
                .block_on(client.path_simple("x", &vec![1], &list, &color, &color))
                .is_err()
        );
    }
    // Dots inside a segment are fine.
    server
        .rt
        .block_on(client.path_simple("...", &vec![1], &vec![".a".to_owned()], &color, &color))
        .unwrap();
    assert_eq!(server.recorder.seen.lock().unwrap().len(), before + 1);
}

#[test]
fn the_server_refuses_what_no_style_reads() {
    let server = server();
    let http = reqwest::Client::new();
    let get = |path: &str| {
        let url = format!("{}{path}", server.base);
        server
            .rt
            .block_on(async { http.get(url).bearer_auth("t").send().await.unwrap() })
    };
    // An odd count of names and values, a member the object lacks, an unknown parameter.
    for query in [
        "scalar=x&color=R,1,G",
        "scalar=x&filter[nope]=1",
        "scalar=x&colour=1",
        "scalar=x&piped=1|x",
    ] {
        let resp = get(&format!("/query?{query}"));
        assert_eq!(resp.status(), 400, "{query}");
    }
    assert_eq!(get("/query?scalar=x").status(), 204);
    // A path parameter of the wrong shape names no resource.
    assert_eq!(get("/label/x/.a/.b/.R,1/.R=1").status(), 404);
    assert_eq!(get("/label/.x/.a/.b/.R,1/.R=1").status(), 204);
}

#[test]
fn unions_of_scalars_travel_as_the_scalar_they_hold() {
    let server = server();
    let client = server.client();
    let around = vec![
        ScalarUnionsAroundItem::Integer(3),
        ScalarUnionsAroundItem::Boolean(true),
    ];
    let query = ScalarUnionsQuery {
        around: Some(around.clone()),
    };
    for id in [IdOrName::Integer(42), IdOrName::String("rex".into())] {
        server
            .rt
            .block_on(client.scalar_unions(&id, &query))
            .unwrap();
        assert_eq!(
            server.recorder.last(),
            Some(Seen::ScalarUnions(id, Some(around.clone())))
        );
    }
    // On the wire a union is its scalar's text, not JSON (`7`, not `"7"`), and a name the
    // template repeats holds the same value in both places.
    let http = reqwest::Client::new();
    let url = format!("{}/ids/7/then/7?around=1,false", server.base);
    let status = server
        .rt
        .block_on(async { http.get(url).bearer_auth("t").send().await.unwrap() })
        .status();
    assert_eq!(status, 204);
    assert_eq!(
        server.recorder.last(),
        Some(Seen::ScalarUnions(
            IdOrName::Integer(7),
            Some(vec![
                ScalarUnionsAroundItem::Integer(1),
                ScalarUnionsAroundItem::Boolean(false)
            ])
        ))
    );
    // A member that is neither an integer nor a boolean is refused.
    let url = format!("{}/ids/7/then/7?around=maybe", server.base);
    let status = server
        .rt
        .block_on(async { http.get(url).bearer_auth("t").send().await.unwrap() })
        .status();
    assert_eq!(status, 400);
}

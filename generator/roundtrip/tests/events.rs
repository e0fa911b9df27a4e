//! Server-sent events (`text/event-stream`): the generated server writes a handler's stream
//! as events, the generated client reads them as a typed stream, at bounded memory.

mod common;

use common::Server;
use futures_util::StreamExt;
use roundtrip::models::*;

/// The process's peak resident memory (`VmHWM`), in KiB.
fn peak_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

#[test]
fn typed_events_arrive_in_order_with_their_fields() {
    let server = Server::start();
    let client = server.client();
    let events: Vec<_> = server.rt.block_on(async {
        let query = StreamTicksQuery {
            count: 5,
            pad: None,
        };
        let stream = client.stream_ticks(&query).await.unwrap();
        stream.collect().await
    });
    assert_eq!(events.len(), 5);
    for (i, e) in events.into_iter().enumerate() {
        let e = e.unwrap();
        assert_eq!(e.data.n, i as i64);
        assert_eq!(e.id.as_deref(), Some(i.to_string().as_str()));
        assert_eq!(e.event, None);
    }
    // Text data is the text itself, newlines and all.
    let log: Vec<_> = server.rt.block_on(async {
        let stream = client.stream_log().await.unwrap();
        stream.map(|e| e.unwrap()).collect().await
    });
    let lines: Vec<&str> = log.iter().map(|e| e.data.as_str()).collect();
    assert_eq!(lines, ["started", "two\nlines", "done"]);
    assert!(log.iter().all(|e| e.event.as_deref() == Some("log")));
}

#[test]
fn a_hundred_thousand_events_stream_at_bounded_memory() {
    let server = Server::start();
    let client = server.client();
    let before = peak_kib();
    let (count, bytes) = server.rt.block_on(async {
        // 100,000 events of 1 KiB: 100 MiB through the server and the client.
        let query = StreamTicksQuery {
            count: 100_000,
            pad: Some(1024),
        };
        let mut stream = client.stream_ticks(&query).await.unwrap();
        let (mut count, mut bytes) = (0u64, 0u64);
        while let Some(event) = stream.next().await {
            let event = event.unwrap();
            assert_eq!(event.data.n, count as i64);
            bytes += event.data.pad.map_or(0, |p| p.len() as u64);
            count += 1;
        }
        (count, bytes)
    });
    assert_eq!(count, 100_000);
    assert_eq!(bytes, 100_000 * 1024);
    let grown = peak_kib().saturating_sub(before);
    assert!(
        grown < 48 * 1024,
        "peak memory grew by {grown} KiB for 100 MiB of events"
    );
}

#[test]
fn a_malformed_event_is_an_error_item_and_the_stream_goes_on() {
    let body =
        "data: {\"n\": 1}\n\n: a comment\ndata: {oops\n\ndata: {\"n\": 3}\n\ndata: {\"n\": 4}";
    let bad =
        axum::routing::get(move || async move { ([("content-type", "text/event-stream")], body) });
    let server = Server::start_with(axum::Router::new().route("/bad-events", bad));
    let items: Vec<_> = server.rt.block_on(async {
        let resp = reqwest::get(format!("{}/bad-events", server.base))
            .await
            .unwrap();
        let stream: roundtrip::runtime::EventStream<Tick> =
            roundtrip::runtime::EventStream::new(resp, false);
        stream.collect().await
    });
    assert_eq!(
        items.len(),
        3,
        "the unterminated last event is not dispatched"
    );
    assert_eq!(items[0].as_ref().unwrap().data.n, 1);
    let err = items[1].as_ref().unwrap_err();
    assert!(format!("{err:?}").contains("schema"), "{err:?}");
    assert_eq!(items[2].as_ref().unwrap().data.n, 3);
}

#[test]
fn a_reconnecting_stream_resumes_after_the_last_event_id() {
    use axum::http::{HeaderMap, StatusCode};
    use axum::response::IntoResponse;
    use std::sync::{Arc, Mutex};
    let seen: Arc<Mutex<Vec<Option<String>>>> = Arc::default();
    let log = seen.clone();
    let resumable = axum::routing::get(move |headers: HeaderMap| {
        let log = log.clone();
        async move {
            let last = headers
                .get("last-event-id")
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned);
            log.lock().unwrap().push(last.clone());
            let sse = [("content-type", "text/event-stream")];
            match last.as_deref() {
                // `retry` alone applies at once; the connection then ends.
                None => (
                    sse,
                    "retry: 20\n\nid: 1\ndata: {\"n\": 1}\n\nid: 2\ndata: {\"n\": 2}\n\n",
                )
                    .into_response(),
                Some("2") => (
                    sse,
                    "id: 3\ndata: {\"n\": 3}\n\nid: 4\ndata: {\"n\": 4}\n\ndata: {\"n\": ",
                )
                    .into_response(),
                // Nothing more: 204 ends the stream.
                _ => StatusCode::NO_CONTENT.into_response(),
            }
        }
    });
    let server = Server::start_with(axum::Router::new().route("/resumable", resumable));
    let client = server.client();
    let (ns, last) = server.rt.block_on(async {
        let resp = reqwest::get(format!("{}/resumable", server.base))
            .await
            .unwrap();
        let auth = roundtrip::runtime::auth::Auth::NONE;
        let mut stream: roundtrip::runtime::EventStream<Tick> =
            roundtrip::runtime::EventStream::from_get(resp, false, &client, "resumable", auth)
                .reconnect(5);
        let mut ns = Vec::new();
        while let Some(e) = stream.next().await {
            ns.push(e.unwrap().data.n);
        }
        (ns, stream.last_event_id().map(str::to_owned))
    });
    assert_eq!(ns, [1, 2, 3, 4], "the half-sent fifth event is dropped");
    assert_eq!(last.as_deref(), Some("4"));
    assert_eq!(
        *seen.lock().unwrap(),
        [None, Some("2".to_owned()), Some("4".to_owned())]
    );
    // Without `reconnect`, the stream ends with its connection.
    let once: Vec<_> = server.rt.block_on(async {
        let resp = reqwest::get(format!("{}/resumable", server.base))
            .await
            .unwrap();
        let stream: roundtrip::runtime::EventStream<Tick> =
            roundtrip::runtime::EventStream::new(resp, false);
        stream.collect().await
    });
    assert_eq!(once.len(), 2);
}

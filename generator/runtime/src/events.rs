//! Server-sent events (`text/event-stream`) on both sides: [`Event`] is one event with its
//! `data` typed; the client reads a response as a stream of them ([`EventStream`], feature
//! `client`), and a server handler returns one ([`EventSource`], feature `server`), which the
//! router writes as it is produced, with keep-alive comments.
//!
//! Memory is bounded by one event: the client holds the text of the event being read and
//! nothing before it, and refuses an event longer than its limit. A `data` that does not
//! decode as the spec's schema is an error item; the stream goes on with the next event.

use std::time::Duration;

/// One server-sent event.
#[derive(Debug, Clone, PartialEq)]
pub struct Event<T> {
    /// The `data` lines, decoded as the spec's item schema (text schemas take the text as is).
    pub data: T,
    /// The `event` field: the event's type (`None`: the default, `message`).
    pub event: Option<String>,
    /// The `id` field.
    pub id: Option<String>,
    /// The `retry` field: how long a client should wait before reconnecting.
    pub retry: Option<Duration>,
}

impl<T> Event<T> {
    /// An event of the default type carrying `data`.
    pub fn new(data: T) -> Self {
        Event {
            data,
            event: None,
            id: None,
            retry: None,
        }
    }

    /// Sets the event's type.
    pub fn event(mut self, event: impl Into<String>) -> Self {
        self.event = Some(event.into());
        self
    }

    /// Sets the event's id.
    pub fn id(mut self, id: impl Into<String>) -> Self {
        self.id = Some(id.into());
        self
    }
}

/// The fields of one event as read, before its data is decoded.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct RawEvent {
    /// The `data` lines joined by `\n`.
    pub data: String,
    /// The `event` field.
    pub event: Option<String>,
    /// The `id` field.
    pub id: Option<String>,
    /// The `retry` field, in milliseconds.
    pub retry: Option<u64>,
}

/// The `text/event-stream` parser of the HTML standard (§9.2.6), fed bytes as they arrive.
/// It keeps only the line and event being read.
#[derive(Debug, Default)]
pub struct Parser {
    line: Vec<u8>,
    event: RawEvent,
    has_data: bool,
    /// The previous chunk ended in `\r`: a `\n` first in the next one ends no line.
    after_cr: bool,
    /// Bytes held for the event being read.
    held: usize,
    /// The last `retry` field, in milliseconds: it applies at once, event or not.
    pub reconnect_ms: Option<u64>,
}

/// Why the parser stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    /// An event longer than the limit.
    TooLong(usize),
}

impl Parser {
    /// Feeds a chunk; `emit` is called with each complete event. Fails when the event being
    /// read grows past `limit` bytes.
    pub fn feed(
        &mut self,
        chunk: &[u8],
        limit: usize,
        mut emit: impl FnMut(RawEvent),
    ) -> Result<(), ParseError> {
        for &b in chunk {
            let after_cr = std::mem::replace(&mut self.after_cr, false);
            match b {
                b'\n' if after_cr => {}
                b'\n' | b'\r' => {
                    self.after_cr = b == b'\r';
                    let line = std::mem::take(&mut self.line);
                    if let Some(event) = self.line_done(&line) {
                        emit(event);
                    }
                }
                _ => {
                    self.line.push(b);
                    self.held += 1;
                    if self.held > limit {
                        return Err(ParseError::TooLong(limit));
                    }
                }
            }
        }
        Ok(())
    }

    fn line_done(&mut self, line: &[u8]) -> Option<RawEvent> {
        if line.is_empty() {
            self.held = 0;
            let event = std::mem::take(&mut self.event);
            return std::mem::replace(&mut self.has_data, false).then_some(event);
        }
        if line[0] == b':' {
            return None; // a comment (keep-alive)
        }
        let text = String::from_utf8_lossy(line);
        let (field, value) = match text.split_once(':') {
            Some((f, v)) => (f, v.strip_prefix(' ').unwrap_or(v)),
            None => (text.as_ref(), ""),
        };
        match field {
            "data" => {
                if self.has_data {
                    self.event.data.push('\n');
                }
                self.event.data.push_str(value);
                self.has_data = true;
            }
            "event" => self.event.event = Some(value.to_owned()),
            "id" if !value.contains('\0') => self.event.id = Some(value.to_owned()),
            "retry" => {
                if let Ok(ms) = value.parse() {
                    self.event.retry = Some(ms);
                    self.reconnect_ms = Some(ms);
                }
            }
            _ => {}
        }
        None
    }
}

/// Decodes an event's data as `T`: JSON, or for a text schema (`raw`) the text itself.
pub fn decode<T: serde::de::DeserializeOwned>(
    raw: RawEvent,
    text: bool,
) -> Result<Event<T>, String> {
    let data = if text {
        T::deserialize(serde_json::Value::String(raw.data))
    } else {
        serde_json::from_str(&raw.data)
    }
    .map_err(|e| format!("event data does not match the schema: {e}"))?;
    Ok(Event {
        data,
        event: raw.event,
        id: raw.id,
        retry: raw.retry.map(Duration::from_millis),
    })
}

#[cfg(feature = "client")]
pub use client::EventStream;

#[cfg(feature = "client")]
mod client {
    use super::{Event, ParseError, Parser, RawEvent, decode};
    use crate::auth::{Auth, SchemeKind};
    use crate::client::{Client, Error, RawResponse};
    use bytes::Bytes;
    use futures_core::Stream;
    use futures_util::StreamExt;
    use reqwest::StatusCode;
    use reqwest::header::HeaderMap;
    use std::collections::VecDeque;
    use std::future::Future;
    use std::marker::PhantomData;
    use std::pin::Pin;
    use std::task::{Context, Poll};
    use std::time::Duration;

    /// The largest event the client reads (16 MiB).
    pub const MAX_EVENT: usize = 16 << 20;

    /// How long to wait before reconnecting when the server named no `retry`.
    const DEFAULT_RETRY: Duration = Duration::from_secs(3);

    type Body = Pin<Box<dyn Stream<Item = Result<Bytes, reqwest::Error>> + Send>>;
    type Connecting<E> = Pin<Box<dyn Future<Output = Result<reqwest::Response, Error<E>>> + Send>>;

    /// Where a stream came from, so that it can be asked for again.
    struct Origin {
        client: Client,
        url: reqwest::Url,
        operation: &'static str,
        auth: Auth,
    }

    /// A `text/event-stream` response as a stream of typed events, read as they arrive.
    ///
    /// When the connection ends it ends too, unless [`reconnect`](Self::reconnect) allows
    /// some attempts: then it asks again (GET operations only), after the server's last
    /// `retry` (3 s by default), sending `Last-Event-ID` when an event had an id.
    pub struct EventStream<T, E = serde_json::Value> {
        body: Option<Body>,
        parser: Parser,
        ready: VecDeque<RawEvent>,
        text: bool,
        status: StatusCode,
        headers: HeaderMap,
        done: bool,
        origin: Option<Origin>,
        attempts: u32,
        last_id: Option<String>,
        retry: Option<Duration>,
        connecting: Option<Connecting<E>>,
        _types: PhantomData<fn() -> T>,
    }

    impl<T, E> std::fmt::Debug for EventStream<T, E> {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.debug_struct("EventStream")
                .field("status", &self.status)
                .field("done", &self.done)
                .field("last_id", &self.last_id)
                .finish_non_exhaustive()
        }
    }

    impl<T, E> EventStream<T, E> {
        /// Reads `response`; `text` when the item schema is text (the data is not JSON).
        pub fn new(response: reqwest::Response, text: bool) -> Self {
            EventStream {
                status: response.status(),
                headers: response.headers().clone(),
                body: Some(Box::pin(response.bytes_stream())),
                parser: Parser::default(),
                ready: VecDeque::new(),
                text,
                done: false,
                origin: None,
                attempts: 0,
                last_id: None,
                retry: None,
                connecting: None,
                _types: PhantomData,
            }
        }

        /// A stream that can reconnect: the generated method of a GET operation gives the
        /// client, the URL it answered from and the operation's credentials.
        pub fn from_get(
            response: reqwest::Response,
            text: bool,
            client: &Client,
            operation: &'static str,
            auth: Auth,
        ) -> Self {
            let mut url = response.url().clone();
            // A key sent in the query is added again by the request that reconnects.
            let keys: Vec<&str> = auth
                .requirements
                .iter()
                .flat_map(|r| r.iter())
                .filter_map(|s| match s.kind {
                    SchemeKind::ApiKeyQuery(name) => Some(name),
                    _ => None,
                })
                .collect();
            if !keys.is_empty() {
                let kept: Vec<(String, String)> = url
                    .query_pairs()
                    .filter(|(k, _)| !keys.contains(&k.as_ref()))
                    .map(|(k, v)| (k.into_owned(), v.into_owned()))
                    .collect();
                url.set_query(None);
                if !kept.is_empty() {
                    url.query_pairs_mut().extend_pairs(kept);
                }
            }
            let mut stream = Self::new(response, text);
            stream.origin = Some(Origin {
                client: client.clone(),
                url,
                operation,
                auth,
            });
            stream
        }

        /// Reconnects up to `attempts` times in all when the connection ends or fails
        /// (off by default; only streams of GET operations can).
        pub fn reconnect(mut self, attempts: u32) -> Self {
            self.attempts = attempts;
            self
        }

        /// The id of the last event read (what `Last-Event-ID` carries on reconnecting).
        pub fn last_event_id(&self) -> Option<&str> {
            self.last_id.as_deref()
        }

        /// The response headers.
        pub fn headers(&self) -> &HeaderMap {
            &self.headers
        }

        fn invalid(&self, message: String, body: Bytes) -> Error<E> {
            Error::InvalidResponse {
                message,
                response: Box::new(RawResponse {
                    status: self.status,
                    headers: self.headers.clone(),
                    body,
                }),
            }
        }

        /// Starts asking again, if allowed; `false` when the stream is over.
        fn start_reconnect(&mut self) -> bool
        where
            E: Send + 'static,
        {
            let Some(origin) = &self.origin else {
                return false;
            };
            if self.attempts == 0 {
                return false;
            }
            self.attempts -= 1;
            // A partly read event is dropped, as the standard says.
            self.parser = Parser::default();
            let client = origin.client.clone();
            let url = origin.url.to_string();
            let (operation, auth) = (origin.operation, origin.auth);
            let mut headers = vec![("accept", "text/event-stream".to_owned())];
            if let Some(id) = &self.last_id {
                headers.push(("last-event-id", id.clone()));
            }
            let wait = self.retry.unwrap_or(DEFAULT_RETRY);
            self.connecting = Some(Box::pin(async move {
                tokio::time::sleep(wait).await;
                client
                    .get_absolute_with::<E>(&url, operation, auth, &headers)
                    .await
            }));
            true
        }
    }

    impl<T: serde::de::DeserializeOwned, E: Send + 'static> Stream for EventStream<T, E> {
        type Item = Result<Event<T>, Error<E>>;

        fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
            let this = &mut *self;
            loop {
                if let Some(raw) = this.ready.pop_front() {
                    if raw.id.is_some() {
                        this.last_id.clone_from(&raw.id);
                    }
                    let data = Bytes::from(raw.data.clone());
                    return Poll::Ready(Some(
                        decode(raw, this.text).map_err(|m| this.invalid(m, data)),
                    ));
                }
                if this.done {
                    return Poll::Ready(None);
                }
                if let Some(connecting) = &mut this.connecting {
                    match connecting.as_mut().poll(cx) {
                        Poll::Pending => return Poll::Pending,
                        // 204: the server wants the stream over (HTML §9.2.3).
                        Poll::Ready(Ok(resp)) if resp.status() == StatusCode::NO_CONTENT => {
                            this.connecting = None;
                            this.done = true;
                        }
                        Poll::Ready(Ok(resp)) if resp.status().is_success() => {
                            this.connecting = None;
                            this.status = resp.status();
                            this.headers = resp.headers().clone();
                            this.body = Some(Box::pin(resp.bytes_stream()));
                        }
                        Poll::Ready(Ok(resp)) => {
                            this.connecting = None;
                            this.done = true;
                            let message = format!("reconnecting was answered {}", resp.status());
                            return Poll::Ready(Some(Err(this.invalid(message, Bytes::new()))));
                        }
                        Poll::Ready(Err(e)) => {
                            this.connecting = None;
                            if !this.start_reconnect() {
                                this.done = true;
                                return Poll::Ready(Some(Err(e)));
                            }
                        }
                    }
                    continue;
                }
                let Some(body) = &mut this.body else {
                    this.done = true;
                    continue;
                };
                match body.poll_next_unpin(cx) {
                    Poll::Pending => return Poll::Pending,
                    Poll::Ready(None) => {
                        // An event not ended by a blank line is not dispatched (HTML §9.2.6).
                        this.body = None;
                        if !this.start_reconnect() {
                            this.done = true;
                        }
                    }
                    Poll::Ready(Some(Err(e))) => {
                        this.body = None;
                        if !this.start_reconnect() {
                            this.done = true;
                            return Poll::Ready(Some(Err(Error::Transport(e))));
                        }
                    }
                    Poll::Ready(Some(Ok(chunk))) => {
                        let ready = &mut this.ready;
                        let fed = this.parser.feed(&chunk, MAX_EVENT, |e| ready.push_back(e));
                        if let Some(ms) = this.parser.reconnect_ms {
                            this.retry = Some(Duration::from_millis(ms));
                        }
                        if let Err(ParseError::TooLong(limit)) = fed {
                            this.done = true;
                            this.ready.clear();
                            let message = format!("an event is longer than {limit} bytes");
                            return Poll::Ready(Some(Err(this.invalid(message, Bytes::new()))));
                        }
                    }
                }
            }
        }
    }
}

#[cfg(feature = "server")]
pub use server::EventSource;

#[cfg(feature = "server")]
mod server {
    use super::Event;
    use axum::response::sse::{self, KeepAlive, Sse};
    use axum::response::{IntoResponse, Response};
    use futures_util::{Stream, StreamExt};
    use std::pin::Pin;

    /// The events a handler answers with, written as they are produced.
    pub struct EventSource<T> {
        events: Pin<Box<dyn Stream<Item = Event<T>> + Send>>,
    }

    impl<T> std::fmt::Debug for EventSource<T> {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("EventSource")
        }
    }

    impl<T: Send + 'static> EventSource<T> {
        /// The events of `stream`.
        pub fn new(stream: impl Stream<Item = Event<T>> + Send + 'static) -> Self {
            EventSource {
                events: Box::pin(stream),
            }
        }
    }

    /// The response: each event JSON-encoded (or as text, for a text schema), a keep-alive
    /// comment every 15 s of silence.
    pub fn event_response<T: serde::Serialize + Send + 'static>(
        status: u16,
        source: EventSource<T>,
        text: bool,
        headers: Vec<(&'static str, String)>,
    ) -> Response {
        let events = source.events.map(move |e| {
            let data = if text {
                match serde_json::to_value(&e.data) {
                    Ok(serde_json::Value::String(s)) => s,
                    Ok(other) => other.to_string(),
                    Err(err) => return Err(err),
                }
            } else {
                serde_json::to_string(&e.data)?
            };
            let mut out = sse::Event::default().data(data);
            if let Some(name) = e.event {
                out = out.event(name);
            }
            if let Some(id) = e.id {
                out = out.id(id);
            }
            if let Some(retry) = e.retry {
                out = out.retry(retry);
            }
            Ok::<_, serde_json::Error>(out)
        });
        let mut resp = Sse::new(events)
            .keep_alive(KeepAlive::default())
            .into_response();
        if let Ok(status) = axum::http::StatusCode::from_u16(status) {
            *resp.status_mut() = status;
        }
        for (name, value) in headers {
            if let (Ok(n), Ok(v)) = (
                axum::http::HeaderName::from_bytes(name.as_bytes()),
                axum::http::HeaderValue::from_str(&value),
            ) {
                resp.headers_mut().insert(n, v);
            }
        }
        resp
    }
}

#[cfg(feature = "server")]
pub use server::event_response;

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(chunks: &[&str]) -> Vec<RawEvent> {
        let mut p = Parser::default();
        let mut out = Vec::new();
        for c in chunks {
            p.feed(c.as_bytes(), 1 << 20, |e| out.push(e)).unwrap();
        }
        out
    }

    #[test]
    fn events_follow_the_html_standard() {
        let events = parse(&[
            ": keep-alive\n\ndata: {\"a\"",
            ":1}\nid: 7\nevent: tick\nretry: 300\n\n",
            "data:x\r\ndata:  y\r\n\r",
            "\ndata\n\nid: only\n\n",
        ]);
        assert_eq!(events.len(), 3, "{events:?}");
        assert_eq!(events[0].data, "{\"a\":1}");
        assert_eq!(events[0].id.as_deref(), Some("7"));
        assert_eq!(events[0].event.as_deref(), Some("tick"));
        assert_eq!(events[0].retry, Some(300));
        assert_eq!(
            events[1].data, "x\n y",
            "one leading space is dropped, lines joined"
        );
        assert_eq!(events[2].data, "", "a `data` line without a colon");
    }

    #[test]
    fn an_event_past_the_limit_stops_the_parser() {
        let mut p = Parser::default();
        let long = "data: ".to_owned() + &"x".repeat(100);
        assert_eq!(
            p.feed(long.as_bytes(), 64, |_| {}),
            Err(ParseError::TooLong(64))
        );
    }

    #[test]
    fn data_decodes_as_json_or_as_text() {
        let raw = RawEvent {
            data: "{\"n\":1}".into(),
            ..RawEvent::default()
        };
        let e: Event<serde_json::Value> = decode(raw.clone(), false).unwrap();
        assert_eq!(e.data["n"], 1);
        let t: Event<String> = decode(raw, true).unwrap();
        assert_eq!(t.data, "{\"n\":1}");
        let bad = RawEvent {
            data: "{".into(),
            ..RawEvent::default()
        };
        assert!(decode::<serde_json::Value>(bad, false).is_err());
    }
}

//! Serves the in-memory test implementation on 127.0.0.1 and prints its base URL, so that
//! real Cloud Foundry clients can be pointed at the generated router:
//! `cargo run -p generated-server-stubs --example in_memory`.

use in_memory_server as common;

#[tokio::main]
async fn main() {
    let base = common::serve(Default::default(), Default::default()).await;
    println!("{base}");
    std::future::pending::<()>().await;
}

//! Lists droplets, updates metadata, uploads a droplet and cancels a task.
//!
//! ```sh
//! CF_API=https://api.example.org CF_TOKEN=$(cf oauth-token | cut -d' ' -f2) \
//!   cargo run -p generated-client --example droplets -- <app-guid> <droplet.tgz>
//! ```

use futures_util::TryStreamExt;
use generated_client::models::*;
use generated_client::{Client, FilePart, UploadDropletForm};
use std::collections::BTreeMap;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let api = std::env::var("CF_API")?;
    let token = std::env::var("CF_TOKEN")?;
    let mut args = std::env::args().skip(1);
    let app: uuid::Uuid = args
        .next()
        .ok_or("usage: droplets <app-guid> <droplet.tgz>")?
        .parse()?;
    let tarball = args
        .next()
        .ok_or("usage: droplets <app-guid> <droplet.tgz>")?;
    let cf = Client::builder(api).bearer_token(token).build()?;

    // Every staged droplet, all pages, as one stream.
    let staged = ListDropletsQuery {
        states: Some(vec![DropletState::Staged]),
        ..Default::default()
    };
    let droplets: Vec<Droplet> = cf.list_droplets_stream(&staged).try_collect().await?;
    for d in &droplets {
        println!("{} {} {}", d.guid, d.state, d.created_at);
    }

    // Label the first one; `None` would delete the label.
    if let Some(d) = droplets.first() {
        let labels = BTreeMap::from([("release".to_owned(), Some("stable".to_owned()))]);
        let update = DropletUpdate {
            metadata: Some(MetadataUpdate {
                labels: Some(labels),
                annotations: None,
            }),
            image: None,
        };
        cf.update_droplet(&d.guid, &update).await?;
    }

    // Create a droplet for the app and stream the tarball into it.
    let app_rel = AppRelationship {
        app: ToOneRelationship {
            data: RelationshipData { guid: app },
        },
    };
    let droplet = cf
        .create_droplet(
            &CreateDropletQuery::default(),
            &DropletCreate {
                relationships: app_rel,
                process_types: None,
            },
        )
        .await?;
    let upload = cf
        .upload_droplet(
            &droplet.guid,
            UploadDropletForm {
                bits: FilePart::from_path(&tarball).await?,
            },
        )
        .await?;
    println!("uploading; follow {}", upload.location);

    // Cancel every running task of the app.
    let running = ListAppTasksQuery {
        states: Some(vec![TaskState::Running]),
        ..Default::default()
    };
    let tasks: Vec<Task> = cf
        .list_app_tasks_stream(&app, &running)
        .try_collect()
        .await?;
    for task in tasks {
        let canceled = cf.cancel_task(&task.guid).await?;
        println!("task {} is {}", canceled.name, canceled.state);
    }
    Ok(())
}

//! The generated client against the generated server (an in-memory implementation) on
//! 127.0.0.1: every operation at least once, paging, uploads, downloads and errors.

use in_memory_server as common;

use futures_util::StreamExt;
use generated_client::models::*;
use generated_client::{Client, DownloadDropletResponse, Error, FilePart, UploadDropletForm};
use std::collections::BTreeMap;
use std::sync::Arc;

const APP: &str = "7b34f1cf-7e73-428a-bb5a-8a17a8058396";

async fn setup() -> (Client, Arc<common::InMemory>, String) {
    let api = Arc::new(common::InMemory::default());
    let base = common::serve(api.clone(), generated_server_stubs::server_config()).await;
    let client = Client::builder(&base)
        .bearer_token(common::TOKEN)
        .build()
        .unwrap();
    (client, api, base)
}

fn app() -> uuid::Uuid {
    APP.parse().unwrap()
}

fn create_body() -> DropletCreate {
    DropletCreate {
        relationships: AppRelationship {
            app: ToOneRelationship {
                data: RelationshipData { guid: app() },
            },
        },
        process_types: None,
    }
}

async fn staged_droplet(client: &Client, bytes: &[u8]) -> Droplet {
    let d = client
        .create_droplet(&CreateDropletQuery::default(), &create_body())
        .await
        .unwrap();
    let form = UploadDropletForm {
        bits: FilePart::from_bytes("droplet.tgz", bytes.to_vec()),
    };
    client.upload_droplet(&d.guid, form).await.unwrap();
    client.get_droplet(&d.guid).await.unwrap()
}

#[tokio::test]
async fn every_operation_once() {
    let (client, _api, base) = setup().await;

    // Discovery, as real CF clients start.
    let root = client.get_root().await.unwrap();
    assert_eq!(
        root.links["cloud_controller_v3"].as_ref().unwrap().href,
        format!("{base}/v3")
    );
    assert!(root.links["credhub"].is_none());
    let v3 = client.get_v3_root().await.unwrap();
    assert!(v3.links.contains_key("droplets"));

    // Droplets: create, upload, get, copy, update, list, current, download, delete.
    let created = client
        .create_droplet(&CreateDropletQuery::default(), &create_body())
        .await
        .unwrap();
    assert_eq!(created.state, DropletState::AwaitingUpload);
    assert_eq!(
        created.process_types,
        BTreeMap::from([("web".to_owned(), String::new())])
    );
    let form = UploadDropletForm {
        bits: FilePart::from_reader("droplet.tgz", &b"tarball bytes"[..], Some(13)),
    };
    let uploaded = client.upload_droplet(&created.guid, form).await.unwrap();
    assert_eq!(uploaded.body.state, DropletState::ProcessingUpload);
    let job_guid: uuid::Uuid = uploaded
        .location
        .rsplit('/')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let job = client.get_job(&job_guid).await.unwrap();
    assert_eq!(
        (job.operation.as_str(), &job.state),
        ("droplet.upload", &JobState::Complete)
    );
    let staged = client.get_droplet(&created.guid).await.unwrap();
    assert_eq!(staged.state, DropletState::Staged);

    let copy = client
        .create_droplet(
            &CreateDropletQuery {
                source_guid: Some(staged.guid),
            },
            &create_body(),
        )
        .await
        .unwrap();
    assert_eq!(copy.state, DropletState::Copying);

    let update = DropletUpdate {
        metadata: Some(MetadataUpdate {
            labels: Some(BTreeMap::from([("release".into(), Some("stable".into()))])),
            annotations: None,
        }),
        image: None,
    };
    let updated = client.update_droplet(&staged.guid, &update).await.unwrap();
    assert_eq!(updated.metadata.labels["release"], "stable");
    let delete_label = DropletUpdate {
        metadata: Some(MetadataUpdate {
            labels: Some(BTreeMap::from([("release".into(), None)])),
            annotations: None,
        }),
        image: None,
    };
    assert!(
        client
            .update_droplet(&staged.guid, &delete_label)
            .await
            .unwrap()
            .metadata
            .labels
            .is_empty()
    );

    let listed = client
        .list_droplets(&ListDropletsQuery {
            states: Some(vec![DropletState::Staged]),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(listed.pagination.total_results, 1);
    let pkg = client
        .list_package_droplets(&uuid::Uuid::new_v4(), &ListPackageDropletsQuery::default())
        .await
        .unwrap();
    assert_eq!(pkg.pagination.total_pages, 1);

    let set = client
        .set_app_current_droplet(
            &app(),
            &ToOneRelationship {
                data: RelationshipData { guid: staged.guid },
            },
        )
        .await
        .unwrap();
    assert_eq!(set.data.guid, staged.guid);
    assert_eq!(
        client
            .get_app_current_droplet_relationship(&app())
            .await
            .unwrap()
            .data
            .guid,
        staged.guid
    );
    assert_eq!(
        client.get_app_current_droplet(&app()).await.unwrap().guid,
        staged.guid
    );
    let current = client
        .list_app_droplets(
            &app(),
            &ListAppDropletsQuery {
                current: Some(true),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(current.resources.len(), 1);

    match client.download_droplet(&staged.guid).await.unwrap() {
        DownloadDropletResponse::Ok(stream) => {
            assert_eq!(&stream.bytes().await.unwrap()[..], b"tarball bytes")
        }
        other => panic!("expected bytes, got {other:?}"),
    }

    // The current droplet cannot be deleted: a documented 422, decoded.
    let err = client.delete_droplet(&staged.guid).await.unwrap_err();
    let api = err.api().expect("a documented error");
    assert_eq!(api.status.as_u16(), 422);
    assert_eq!(api.body.errors[0].title, "CF-UnprocessableEntity");
    let deleted = client.delete_droplet(&copy.guid).await.unwrap();
    assert!(deleted.location.contains("/v3/jobs/"));

    // Tasks: create, get, list, list for app, update, cancel (both routes).
    let task = client
        .create_task(
            &app(),
            &TaskCreate {
                command: Some("rake db:migrate".into()),
                name: Some("migrate".into()),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(task.state, TaskState::Running);
    assert_eq!(
        client
            .get_task(&task.guid)
            .await
            .unwrap()
            .command
            .as_deref(),
        Some("rake db:migrate")
    );
    let all = client
        .list_tasks(&ListTasksQuery {
            names: Some(vec!["migrate".into()]),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(all.resources.len(), 1);
    assert!(
        all.resources[0].command.is_none(),
        "GET /v3/tasks never shows commands"
    );
    assert_eq!(
        client
            .list_app_tasks(&app(), &ListAppTasksQuery::default())
            .await
            .unwrap()
            .resources
            .len(),
        1
    );
    let labels = MetadataUpdate {
        labels: Some(BTreeMap::from([("env".into(), Some("prod".into()))])),
        annotations: None,
    };
    let labelled = client
        .update_task(
            &task.guid,
            &TaskUpdate {
                metadata: Some(labels),
            },
        )
        .await
        .unwrap();
    assert_eq!(labelled.metadata.labels["env"], "prod");
    assert_eq!(
        client.cancel_task(&task.guid).await.unwrap().state,
        TaskState::Canceling
    );
    #[allow(deprecated)]
    let again = client.cancel_task_deprecated(&task.guid).await.unwrap();
    assert_eq!(again.state, TaskState::Canceling);
}

#[tokio::test]
async fn a_three_page_listing_streams_in_order() {
    let (client, _api, _) = setup().await;
    let mut created = Vec::new();
    for _ in 0..5 {
        created.push(
            client
                .create_droplet(&CreateDropletQuery::default(), &create_body())
                .await
                .unwrap()
                .guid,
        );
    }
    let query = ListDropletsQuery {
        per_page: Some(2),
        ..Default::default()
    };
    let first = client.list_droplets(&query).await.unwrap();
    assert_eq!(
        (first.pagination.total_pages, first.pagination.total_results),
        (3, 5)
    );
    let streamed: Vec<uuid::Uuid> = client
        .list_droplets_stream(&query)
        .map(|d| d.unwrap().guid)
        .collect()
        .await;
    assert_eq!(streamed, created);
}

#[tokio::test]
async fn documented_errors_are_decoded() {
    let (client, _api, _) = setup().await;
    let err = client.get_droplet(&uuid::Uuid::new_v4()).await.unwrap_err();
    let api = err.api().unwrap();
    assert_eq!(
        (
            api.status.as_u16(),
            api.body.errors[0].code,
            api.body.errors[0].detail.as_str()
        ),
        (404, 10010, "Droplet not found")
    );
    assert!(api.headers.contains_key("x-vcap-request-id"));

    let anonymous = Client::new(client.base_url().as_str()).unwrap();
    match anonymous.list_tasks(&ListTasksQuery::default()).await {
        Err(Error::Auth(_)) => {}
        other => panic!("a call that needs a token fails before sending without one: {other:?}"),
    }
    let forged = Client::builder(client.base_url().as_str())
        .bearer_token("forged")
        .build()
        .unwrap();
    let err = forged
        .list_tasks(&ListTasksQuery::default())
        .await
        .unwrap_err();
    assert_eq!(
        err.api().unwrap().body.errors[0].title,
        "CF-InvalidAuthToken"
    );
}

#[tokio::test]
async fn constraints_are_checked_before_sending() {
    let (client, api, _) = setup().await;
    let err = client
        .list_droplets(&ListDropletsQuery {
            per_page: Some(0),
            ..Default::default()
        })
        .await
        .unwrap_err();
    match err {
        Error::InvalidRequest(m) => {
            assert!(m.contains("per_page must be between 1 and 5000"), "{m}")
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        api.calls.load(std::sync::atomic::Ordering::Relaxed),
        0,
        "nothing was sent"
    );
}

/// What the server refuses (an empty list filter, an empty item in a comma list, a timestamp
/// filter not in `YYYY-MM-DDThh:mm:ssZ`), the client refuses too, before sending: both read it
/// from the spec (`minItems`, `minLength`, `pattern`).
#[tokio::test]
async fn what_the_server_refuses_is_refused_before_sending() {
    let (client, api, _) = setup().await;
    let empty_list = ListDropletsQuery {
        states: Some(Vec::new()),
        ..Default::default()
    };
    let empty_item = ListDropletsQuery {
        guids: Some(vec![
            "585bc3c1-3743-497d-88b0-403ad6b56d16".into(),
            String::new(),
        ]),
        ..Default::default()
    };
    for (query, needle) in [(empty_list, "states"), (empty_item, "guids")] {
        match client.list_droplets(&query).await.unwrap_err() {
            Error::InvalidRequest(m) => assert!(m.contains(needle), "{m}"),
            other => panic!("{other:?}"),
        }
    }
    for text in ["2021-01-01T00:00:00+01:00", "2021-01-01T00:00:00.5Z"] {
        let query = ListTasksQuery {
            created_ats_lt: Some(text.parse().unwrap()),
            ..Default::default()
        };
        match client.list_tasks(&query).await.unwrap_err() {
            Error::InvalidRequest(m) => assert!(m.contains("created_ats[lt]"), "{m}"),
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(
        api.calls.load(std::sync::atomic::Ordering::Relaxed),
        0,
        "nothing was sent"
    );
    // The same values on the wire get the server's 400; the exact form is accepted.
    let raw = reqwest::Client::new();
    let base = client.base_url().as_str().trim_end_matches('/').to_owned();
    let get = |query: &str| {
        raw.get(format!("{base}/v3/{query}"))
            .bearer_auth(common::TOKEN)
            .send()
    };
    for query in [
        "droplets?states=",
        "droplets?guids=a,,b",
        "tasks?created_ats=",
        "tasks?created_ats=2021-01-01T00:00:00%2B01:00",
        "tasks?updated_ats[gt]=2021-01-01T00:00:00.5Z",
    ] {
        let resp = get(query).await.unwrap();
        assert_eq!(resp.status(), 400, "{query}");
        let body = resp.text().await.unwrap();
        assert!(body.contains("CF-BadQueryParameter"), "{query}: {body}");
    }
    let exact = get("tasks?created_ats=2021-01-01T00:00:00Z").await.unwrap();
    assert_eq!(exact.status(), 200);
}

#[tokio::test]
async fn large_uploads_and_downloads_stream() {
    let (client, api, _) = setup().await;
    let dir = std::env::temp_dir().join(format!("droplet-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("big.tgz");
    {
        use std::io::Write;
        let mut f = std::fs::File::create(&path).unwrap();
        let chunk = vec![42u8; 1 << 20];
        for _ in 0..32 {
            f.write_all(&chunk).unwrap();
        }
    }
    let d = client
        .create_droplet(&CreateDropletQuery::default(), &create_body())
        .await
        .unwrap();
    let form = UploadDropletForm {
        bits: FilePart::from_path(&path).await.unwrap(),
    };
    client.upload_droplet(&d.guid, form).await.unwrap();
    let stats = api.uploads.lock().unwrap()[0];
    assert_eq!(stats.bytes, 32 << 20);
    assert!(stats.chunks > 8, "arrived in {} chunks", stats.chunks);

    let out = dir.join("down.tgz");
    let written = client
        .download_droplet_follow(&d.guid)
        .await
        .unwrap()
        .to_file(&out)
        .await
        .unwrap();
    // The test server keeps the first MiB and streams zeros for the rest of the length.
    assert_eq!(written, 32 << 20, "the whole length comes back");
    assert_eq!(std::fs::metadata(&out).unwrap().len(), 32 << 20);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test]
async fn small_droplets_round_trip() {
    let (client, _api, _) = setup().await;
    let d = staged_droplet(&client, b"abc").await;
    assert_eq!(
        &client
            .download_droplet_follow(&d.guid)
            .await
            .unwrap()
            .bytes()
            .await
            .unwrap()[..],
        b"abc"
    );
}

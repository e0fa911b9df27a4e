//! The reference server as its users see it: the binary started on 127.0.0.1 with a data
//! directory, driven by the generated client, stopped with SIGTERM and killed with SIGKILL.

mod common;

use common::*;
use futures_util::{StreamExt, TryStreamExt};
use generated_client::models::*;
use generated_client::{DeleteDropletResponse, FilePart, UploadDropletForm};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::time::{Duration, Instant};

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn form(name: &str, bytes: Vec<u8>) -> UploadDropletForm {
    UploadDropletForm {
        bits: FilePart::from_bytes(name.to_owned(), bytes),
    }
}

/// Creates a droplet for `app`, uploads a small tarball and waits for it to be STAGED.
async fn staged(client: &generated_client::Client, app: &str) -> Droplet {
    let d = client
        .create_droplet(&CreateDropletQuery::default(), &create_body(app))
        .await
        .unwrap();
    let bits = tgz(&[("app/run.sh", b"echo hi")]);
    client
        .upload_droplet(&d.guid, form("droplet.tgz", bits))
        .await
        .unwrap();
    let done = eventually(Duration::from_secs(10), || async {
        client.get_droplet(&d.guid).await.unwrap().state == DropletState::Staged
    })
    .await;
    assert!(done, "droplet {} never staged", d.guid);
    client.get_droplet(&d.guid).await.unwrap()
}

#[tokio::test]
async fn every_operation_through_the_generated_client() {
    let (_dir, data) = scratch();
    let server = Server::start(&data);
    let cf = server.admin();
    let app = guid(APP);

    let root = cf.get_root().await.unwrap();
    let v3 = &root.links["cloud_controller_v3"].as_ref().unwrap().href;
    assert_eq!(v3, &format!("{}/v3", server.base));
    assert!(
        cf.get_v3_root()
            .await
            .unwrap()
            .links
            .contains_key("droplets")
    );

    // Create: AWAITING_UPLOAD, as the real server presents a fresh droplet.
    let d = cf
        .create_droplet(&CreateDropletQuery::default(), &create_body(APP))
        .await
        .unwrap();
    assert_eq!(d.state, DropletState::AwaitingUpload);
    assert_eq!((d.checksum.as_ref(), d.stack.as_ref()), (None, None));
    assert_eq!(d.buildpacks, Some(Vec::new()));
    assert!(d.links.upload.is_some() && d.links.download.is_none());

    // Upload: 202, PROCESSING_UPLOAD and a job; the job stages it with the sha256 of the bits.
    let bits = tgz(&[("app/run.sh", b"echo hello")]);
    let sha = hex(&Sha256::digest(&bits));
    let up = cf
        .upload_droplet(&d.guid, form("droplet.tgz", bits.clone()))
        .await
        .unwrap();
    assert_eq!(up.body.state, DropletState::ProcessingUpload);
    assert!(up.body.links.upload.is_none());
    let job = job_of(&up.location);
    assert!(
        eventually(Duration::from_secs(10), || async {
            cf.get_job(&job).await.unwrap().state == JobState::Complete
        })
        .await
    );
    let job = cf.get_job(&job).await.unwrap();
    assert_eq!(job.operation, "droplet.upload");
    assert!(job.links.additional_properties.contains_key("droplet"));
    let d = cf.get_droplet(&d.guid).await.unwrap();
    assert_eq!(d.state, DropletState::Staged);
    assert_eq!(d.checksum.as_ref().unwrap().value, sha);
    assert!(d.links.download.is_some());
    // Bits upload only once.
    let again = cf
        .upload_droplet(&d.guid, form("droplet.tgz", bits.clone()))
        .await;
    assert_eq!(status_and_code(again), (422, 10008));

    // Download: the same bytes.
    let down = cf
        .download_droplet_follow(&d.guid)
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    assert_eq!(&down[..], &bits[..]);

    // Update metadata: a deep merge; null deletes.
    let meta = labels(&[("release", Some("stable")), ("tier", Some("web"))]);
    let update = DropletUpdate {
        metadata: Some(meta),
        image: None,
    };
    let u = cf.update_droplet(&d.guid, &update).await.unwrap();
    assert_eq!(u.metadata.labels.len(), 2);
    let update = DropletUpdate {
        metadata: Some(labels(&[("tier", None)])),
        image: None,
    };
    let u = cf.update_droplet(&d.guid, &update).await.unwrap();
    assert_eq!(
        u.metadata.labels,
        BTreeMap::from([("release".to_owned(), "stable".to_owned())])
    );

    // Copy to another app: COPYING, then STAGED with the same checksum and bits.
    let copy = cf
        .create_droplet(
            &CreateDropletQuery {
                source_guid: Some(d.guid),
            },
            &create_body(OTHER_APP),
        )
        .await
        .unwrap();
    assert_eq!(copy.state, DropletState::Copying);
    assert!(
        eventually(Duration::from_secs(10), || async {
            cf.get_droplet(&copy.guid).await.unwrap().state == DropletState::Staged
        })
        .await
    );
    let copied = cf.get_droplet(&copy.guid).await.unwrap();
    assert_eq!(copied.checksum, d.checksum);
    assert_eq!(copied.relationships.app.data.guid, guid(OTHER_APP));
    let down = cf
        .download_droplet_follow(&copy.guid)
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    assert_eq!(&down[..], &bits[..]);

    // Lists: global, per app, per package.
    let all = cf
        .list_droplets(&ListDropletsQuery::default())
        .await
        .unwrap();
    assert_eq!(all.pagination.total_results, 2);
    let mine = cf
        .list_app_droplets(&app, &ListAppDropletsQuery::default())
        .await
        .unwrap();
    assert_eq!(mine.resources.len(), 1);
    let pkg = cf
        .list_package_droplets(&guid(PACKAGE), &ListPackageDropletsQuery::default())
        .await
        .unwrap();
    assert_eq!(pkg.pagination.total_results, 0);

    // The current droplet: none yet, then set, read both ways, and protected from deletion.
    assert_eq!(
        status_and_code(cf.get_app_current_droplet(&app).await),
        (404, 10010)
    );
    let set = ToOneRelationship {
        data: RelationshipData { guid: d.guid },
    };
    let rel = cf.set_app_current_droplet(&app, &set).await.unwrap();
    assert_eq!(rel.data.guid, d.guid);
    assert_eq!(cf.get_app_current_droplet(&app).await.unwrap().guid, d.guid);
    let rel = cf.get_app_current_droplet_relationship(&app).await.unwrap();
    assert!(rel.links.related.href.ends_with("/droplets/current"));
    let current = ListAppDropletsQuery {
        current: Some(true),
        ..Default::default()
    };
    let only = cf.list_app_droplets(&app, &current).await.unwrap();
    assert_eq!(only.resources[0].guid, d.guid);
    assert_eq!(
        status_and_code(cf.delete_droplet(&d.guid).await),
        (422, 10008)
    );
    // Another app's droplet cannot become this app's current one.
    let foreign = ToOneRelationship {
        data: RelationshipData { guid: copy.guid },
    };
    assert_eq!(
        status_and_code(cf.set_app_current_droplet(&app, &foreign).await),
        (422, 10008)
    );

    // Tasks: create (current droplet), list, get, update, cancel → CANCELING → FAILED.
    let body = TaskCreate {
        command: Some("rake db:migrate".into()),
        name: Some("migrate".into()),
        ..Default::default()
    };
    let t = cf.create_task(&app, &body).await.unwrap();
    assert_eq!((t.state.clone(), t.sequence_id), (TaskState::Running, 1));
    assert_eq!(t.droplet_guid, d.guid);
    assert_eq!(t.command.as_deref(), Some("rake db:migrate"));
    let t2 = cf
        .create_task(
            &app,
            &TaskCreate {
                template: Some(TaskTemplate {
                    process: TaskTemplateProcess {
                        guid: guid(PROCESS),
                    },
                }),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(t2.sequence_id, 2);
    assert_eq!(
        (t2.memory_in_mb, t2.disk_in_mb),
        (256, 512),
        "the template's limits"
    );
    assert_eq!(t2.name.len(), 8);
    let listed = cf.list_tasks(&ListTasksQuery::default()).await.unwrap();
    assert_eq!(listed.pagination.total_results, 2);
    assert!(
        listed.resources.iter().all(|t| t.command.is_none()),
        "never in the global list"
    );
    let per_app = cf
        .list_app_tasks(
            &app,
            &ListAppTasksQuery {
                sequence_ids: Some(vec![2]),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(per_app.resources[0].guid, t2.guid);
    assert!(per_app.resources[0].command.is_some());
    assert_eq!(cf.get_task(&t.guid).await.unwrap().name, "migrate");
    let update = TaskUpdate {
        metadata: Some(labels(&[("kind", Some("migration"))])),
    };
    let updated = cf.update_task(&t.guid, &update).await.unwrap();
    assert_eq!(updated.metadata.labels["kind"], "migration");
    let canceling = cf.cancel_task(&t.guid).await.unwrap();
    assert_eq!(canceling.state, TaskState::Canceling);
    assert!(
        eventually(Duration::from_secs(10), || async {
            cf.get_task(&t.guid).await.unwrap().state == TaskState::Failed
        })
        .await
    );
    let failed = cf.get_task(&t.guid).await.unwrap();
    assert_eq!(
        failed.result.failure_reason.as_deref(),
        Some("task was cancelled")
    );
    let err = cf.cancel_task(&t.guid).await.unwrap_err();
    assert_eq!(
        err.api().unwrap().body.errors[0].detail,
        "Task state is FAILED and therefore cannot be canceled"
    );
    #[allow(deprecated)]
    let old_route = cf.cancel_task_deprecated(&t2.guid).await.unwrap();
    assert_eq!(old_route.state, TaskState::Canceling);

    // Delete: 202 and a job; then the droplet and its bits are gone.
    let DeleteDropletResponse { location } = cf.delete_droplet(&copy.guid).await.unwrap();
    let job = job_of(&location);
    assert!(
        eventually(Duration::from_secs(10), || async {
            cf.get_job(&job).await.unwrap().state == JobState::Complete
        })
        .await
    );
    assert_eq!(cf.get_job(&job).await.unwrap().operation, "droplet.delete");
    assert_eq!(
        status_and_code(cf.get_droplet(&copy.guid).await),
        (404, 10010)
    );
    assert!(!data.join(format!("droplets/{}.tgz", copy.guid)).exists());
}

#[tokio::test]
async fn lists_page_filter_and_select_by_label() {
    let (_dir, data) = scratch();
    let server = Server::start(&data);
    let cf = server.admin();
    let label_sets: [&[(&str, Option<&str>)]; 6] = [
        &[("env", Some("prod")), ("tier", Some("web"))],
        &[("env", Some("prod")), ("tier", Some("worker"))],
        &[("env", Some("dev")), ("tier", Some("web"))],
        &[("env", Some("dev"))],
        &[("example.com/team", Some("core"))],
        &[],
    ];
    let mut made = Vec::new();
    for (i, set) in label_sets.iter().cycle().take(12).enumerate() {
        let app = if i % 3 == 0 { OTHER_APP } else { APP };
        let d = cf
            .create_droplet(&CreateDropletQuery::default(), &create_body(app))
            .await
            .unwrap();
        let update = DropletUpdate {
            metadata: Some(labels(set)),
            image: None,
        };
        cf.update_droplet(&d.guid, &update).await.unwrap();
        made.push(d.guid);
    }

    // Paging: 12 droplets, 5 a page; links carry the filters; the stream follows `next`.
    let q = ListDropletsQuery {
        per_page: Some(5),
        page: Some(2),
        ..Default::default()
    };
    let page = cf.list_droplets(&q).await.unwrap();
    let p = &page.pagination;
    assert_eq!(
        (p.total_results, p.total_pages, page.resources.len()),
        (12, 3, 5)
    );
    assert!(p.next.as_ref().unwrap().href.contains("page=3&per_page=5"));
    assert!(
        p.previous
            .as_ref()
            .unwrap()
            .href
            .contains("page=1&per_page=5")
    );
    assert!(p.last.href.contains("page=3"));
    assert_eq!(page.resources[0].guid, made[5], "creation order by default");
    let q = ListDropletsQuery {
        per_page: Some(5),
        ..Default::default()
    };
    let everything: Vec<Droplet> = cf.list_droplets_stream(&q).try_collect().await.unwrap();
    assert_eq!(everything.iter().map(|d| d.guid).collect::<Vec<_>>(), made);
    assert!(
        everything
            .iter()
            .all(|d| d.execution_metadata == "[PRIVATE DATA HIDDEN IN LISTS]")
    );

    // Every selector form, each checked against the labels given above.
    let count = |selector: &'static str| {
        let cf = &cf;
        async move {
            let q = ListDropletsQuery {
                label_selector: Some(selector.into()),
                per_page: Some(2),
                ..Default::default()
            };
            let all: Vec<Droplet> = cf.list_droplets_stream(&q).try_collect().await.unwrap();
            all.len()
        }
    };
    assert_eq!(count("env").await, 8);
    assert_eq!(count("!env").await, 4);
    assert_eq!(count("env=prod").await, 4);
    assert_eq!(count("env==dev").await, 4);
    assert_eq!(count("env!=prod").await, 8, "absent counts as not equal");
    assert_eq!(count("tier in (web,worker)").await, 6);
    assert_eq!(count("tier notin (web)").await, 8);
    assert_eq!(count("env=prod,tier=web").await, 2);
    assert_eq!(count("example.com/team=core").await, 2);
    assert_eq!(count("env=prod,!tier").await, 0);

    // Other filters: app, space, states, guids, timestamps, order.
    let q = ListDropletsQuery {
        app_guids: Some(vec![OTHER_APP.into()]),
        ..Default::default()
    };
    assert_eq!(
        cf.list_droplets(&q).await.unwrap().pagination.total_results,
        4
    );
    let q = ListDropletsQuery {
        space_guids: Some(vec![SPACE.into()]),
        ..Default::default()
    };
    assert_eq!(
        cf.list_droplets(&q).await.unwrap().pagination.total_results,
        12
    );
    let q = ListDropletsQuery {
        states: Some(vec![DropletState::Staged]),
        ..Default::default()
    };
    assert_eq!(
        cf.list_droplets(&q).await.unwrap().pagination.total_results,
        0
    );
    let q = ListDropletsQuery {
        guids: Some(vec![made[0].to_string(), made[7].to_string()]),
        ..Default::default()
    };
    assert_eq!(
        cf.list_droplets(&q).await.unwrap().pagination.total_results,
        2
    );
    let first = cf.get_droplet(&made[0]).await.unwrap();
    let q = ListDropletsQuery {
        created_ats_lt: Some(first.created_at.clone()),
        ..Default::default()
    };
    assert_eq!(
        cf.list_droplets(&q).await.unwrap().pagination.total_results,
        0
    );
    let q = ListDropletsQuery {
        created_ats_gte: Some(first.created_at.clone()),
        ..Default::default()
    };
    assert_eq!(
        cf.list_droplets(&q).await.unwrap().pagination.total_results,
        12
    );
    let q = ListDropletsQuery {
        order_by: Some(OrderBy::MinusCreatedAt),
        ..Default::default()
    };
    let newest_first = cf.list_droplets(&q).await.unwrap();
    assert_eq!(newest_first.resources[0].guid, made[11]);
    assert!(
        newest_first
            .pagination
            .first
            .href
            .contains("order_by=-created_at")
    );

    // Tasks filter by name and label too; a bad selector is a 400.
    let set = ToOneRelationship {
        data: RelationshipData { guid: made[1] },
    };
    cf.set_app_current_droplet(&guid(APP), &set).await.unwrap();
    for name in ["a", "b", "a"] {
        let body = TaskCreate {
            command: Some("true".into()),
            name: Some(name.into()),
            metadata: Some(labels(&[("name", Some(name))])),
            ..Default::default()
        };
        cf.create_task(&guid(APP), &body).await.unwrap();
    }
    let q = ListTasksQuery {
        names: Some(vec!["a".into()]),
        ..Default::default()
    };
    assert_eq!(cf.list_tasks(&q).await.unwrap().pagination.total_results, 2);
    let q = ListTasksQuery {
        label_selector: Some("name in (b)".into()),
        ..Default::default()
    };
    assert_eq!(cf.list_tasks(&q).await.unwrap().pagination.total_results, 1);
    let raw = reqwest::Client::new()
        .get(format!(
            "{}/v3/droplets?label_selector={}",
            server.base,
            vec!["k"; 51].join(",")
        ))
        .bearer_auth(ADMIN)
        .send()
        .await
        .unwrap();
    assert_eq!(raw.status(), 400);
    let body: ErrorEnvelope = raw.json().await.unwrap();
    assert_eq!(body.errors[0].title, "CF-BadQueryParameter");
}

#[tokio::test]
async fn roles_redact_and_refuse() {
    let (_dir, data) = scratch();
    let server = Server::start(&data);
    let admin = server.admin();
    let auditor = server.client(AUDITOR);
    let updater = server.client(UPDATER);
    let d = staged(&admin, APP).await;

    // Credentials: none, unknown.
    // (The generated client refuses to send a call without its credential, so raw HTTP here.)
    let bare = reqwest::get(format!("{}/v3/droplets/{}", server.base, d.guid))
        .await
        .unwrap();
    assert_eq!(bare.status(), 401);
    let body: ErrorEnvelope = bare.json().await.unwrap();
    assert_eq!(
        (body.errors[0].code, body.errors[0].title.as_str()),
        (10002, "CF-NotAuthenticated")
    );
    assert_eq!(
        status_and_code(server.client("nope").get_droplet(&d.guid).await),
        (401, 1000)
    );
    let anonymous = generated_client::Client::builder(&server.base)
        .build()
        .unwrap();
    // Discovery needs none.
    assert!(anonymous.get_root().await.is_ok());

    // The auditor reads with secrets redacted, and may not write.
    let seen = auditor.get_droplet(&d.guid).await.unwrap();
    assert_eq!(seen.execution_metadata, "[PRIVATE DATA HIDDEN]");
    assert_eq!(
        seen.process_types["redacted_message"],
        "[PRIVATE DATA HIDDEN]"
    );
    assert_eq!(
        admin.get_droplet(&d.guid).await.unwrap().process_types["web"],
        ""
    );
    let update = DropletUpdate {
        metadata: Some(labels(&[("a", Some("b"))])),
        image: None,
    };
    assert_eq!(
        status_and_code(auditor.update_droplet(&d.guid, &update).await),
        (403, 10003)
    );
    assert_eq!(
        status_and_code(
            auditor
                .create_droplet(&CreateDropletQuery::default(), &create_body(APP))
                .await
        ),
        (403, 10003)
    );
    // Scopes come first: 403 even for a droplet that does not exist.
    assert_eq!(
        status_and_code(auditor.delete_droplet(&uuid::Uuid::new_v4()).await),
        (403, 10003)
    );

    // Task commands: hidden from the auditor.
    let set = ToOneRelationship {
        data: RelationshipData { guid: d.guid },
    };
    admin
        .set_app_current_droplet(&guid(APP), &set)
        .await
        .unwrap();
    let body = TaskCreate {
        command: Some("secret cmd".into()),
        ..Default::default()
    };
    let t = admin.create_task(&guid(APP), &body).await.unwrap();
    assert_eq!(auditor.get_task(&t.guid).await.unwrap().command, None);
    let listed = auditor
        .list_app_tasks(&guid(APP), &ListAppTasksQuery::default())
        .await
        .unwrap();
    assert_eq!(listed.resources[0].command, None);
    assert!(admin.get_task(&t.guid).await.unwrap().command.is_some());

    // `image` is the build state updater's alone.
    let image = DropletUpdate {
        metadata: None,
        image: Some(Some("repo/img:1".into())),
    };
    assert_eq!(
        status_and_code(admin.update_droplet(&d.guid, &image).await),
        (403, 10003)
    );
    let set_image = updater.update_droplet(&d.guid, &image).await.unwrap();
    assert_eq!(set_image.image.as_deref(), Some("repo/img:1"));
    assert_eq!(
        status_and_code(updater.get_droplet(&d.guid).await),
        (403, 10003)
    );
}

#[tokio::test]
async fn droplet_and_task_rules() {
    let (_dir, data) = scratch();
    let server = Server::start_with(&data, &["--max-upload-mb", "1"]);
    let cf = server.admin();
    let (none, body) = (CreateDropletQuery::default(), create_body(APP));
    let new = || cf.create_droplet(&none, &body);

    // Bits that are not a gzipped tarball: accepted, then the job fails the droplet.
    let d = new().await.unwrap();
    let up = cf
        .upload_droplet(&d.guid, form("droplet.tgz", b"not a tarball".to_vec()))
        .await
        .unwrap();
    let job = job_of(&up.location);
    assert!(
        eventually(Duration::from_secs(10), || async {
            cf.get_job(&job).await.unwrap().state == JobState::Failed
        })
        .await
    );
    assert_eq!(cf.get_job(&job).await.unwrap().errors[0].code, 10008);
    let failed = cf.get_droplet(&d.guid).await.unwrap();
    assert_eq!(failed.state, DropletState::Failed);
    assert!(failed.error.unwrap().contains("not a gzipped tarball"));
    assert!(
        !data.join(format!("droplets/{}.tgz", d.guid)).exists(),
        "no bits kept"
    );
    assert_eq!(
        status_and_code(cf.download_droplet(&d.guid).await),
        (422, 10008)
    );

    // Name, emptiness, size.
    let d = new().await.unwrap();
    let wrong_name = cf
        .upload_droplet(&d.guid, form("droplet.zip", tgz(&[("a", b"b")])))
        .await;
    assert_eq!(status_and_code(wrong_name), (422, 10008));
    let empty = cf
        .upload_droplet(&d.guid, form("droplet.tgz", Vec::new()))
        .await;
    assert_eq!(status_and_code(empty), (422, 10008));
    // On a client of its own: the server answers 413 before the body is sent and closes the
    // connection, which a pooled client might otherwise pick for the next call.
    let big = server
        .admin()
        .upload_droplet(&d.guid, form("droplet.tgz", vec![7; 3 << 20]))
        .await;
    assert_eq!(big.unwrap_err().status().map(|s| s.as_u16()), Some(413));
    assert_eq!(
        cf.get_droplet(&d.guid).await.unwrap().state,
        DropletState::AwaitingUpload
    );
    assert_eq!(std::fs::read_dir(data.join("droplets")).unwrap().count(), 0);
    assert_eq!(std::fs::read_dir(data.join("tmp")).unwrap().count(), 0);

    // Unknown app, docker app, copy of an unstaged droplet.
    let nowhere = create_body(&uuid::Uuid::new_v4().to_string());
    let err = cf
        .create_droplet(&CreateDropletQuery::default(), &nowhere)
        .await;
    assert_eq!(status_and_code(err), (422, 10008));
    let docker = cf
        .create_droplet(&CreateDropletQuery::default(), &create_body(DOCKER_APP))
        .await;
    assert_eq!(status_and_code(docker), (422, 10008));
    let copy = CreateDropletQuery {
        source_guid: Some(d.guid),
    };
    assert_eq!(
        status_and_code(cf.create_droplet(&copy, &create_body(APP)).await),
        (422, 10008)
    );
    let missing = CreateDropletQuery {
        source_guid: Some(uuid::Uuid::new_v4()),
    };
    assert_eq!(
        status_and_code(cf.create_droplet(&missing, &create_body(APP)).await),
        (404, 10010)
    );

    // Nested lists of missing parents.
    let nobody = uuid::Uuid::new_v4();
    let err = cf.list_app_droplets(&nobody, &Default::default()).await;
    assert_eq!(status_and_code(err), (404, 10010));
    let err = cf.list_package_droplets(&nobody, &Default::default()).await;
    assert_eq!(status_and_code(err), (404, 10010));

    // Tasks need a command and a droplet; the disk has a ceiling; metadata keys have rules.
    let app = guid(APP);
    let no_command = cf.create_task(&app, &TaskCreate::default()).await;
    assert_eq!(status_and_code(no_command), (422, 10008));
    let body = TaskCreate {
        command: Some("x".into()),
        ..Default::default()
    };
    let no_droplet = cf.create_task(&app, &body).await;
    let err = no_droplet.unwrap_err();
    assert!(
        err.api().unwrap().body.errors[0]
            .detail
            .starts_with("Task must have a droplet")
    );
    let body = TaskCreate {
        command: Some("x".into()),
        droplet_guid: Some(d.guid.to_string()),
        disk_in_mb: Some(4096),
        ..Default::default()
    };
    assert_eq!(
        status_and_code(cf.create_task(&app, &body).await),
        (422, 10008)
    );
    let bad_key = DropletUpdate {
        metadata: Some(labels(&[("-bad", Some("v"))])),
        image: None,
    };
    assert_eq!(
        status_and_code(cf.update_droplet(&d.guid, &bad_key).await),
        (422, 10008)
    );
    let reserved = DropletUpdate {
        metadata: Some(labels(&[("cloudfoundry.org/x", Some("v"))])),
        image: None,
    };
    assert_eq!(
        status_and_code(cf.update_droplet(&d.guid, &reserved).await),
        (422, 10008)
    );
    let many: Vec<(String, Option<&str>)> = (0..51).map(|i| (format!("k{i}"), Some("v"))).collect();
    let many: Vec<(&str, Option<&str>)> = many.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    let over = DropletUpdate {
        metadata: Some(labels(&many)),
        image: None,
    };
    let err = cf.update_droplet(&d.guid, &over).await.unwrap_err();
    assert_eq!(
        err.api().unwrap().body.errors[0].title,
        "CF-LabelLimitExceeded"
    );
    assert!(
        cf.get_droplet(&d.guid)
            .await
            .unwrap()
            .metadata
            .labels
            .is_empty(),
        "all or nothing"
    );
}

#[tokio::test]
async fn concurrent_patches_and_uploads_keep_every_change() {
    let (_dir, data) = scratch();
    let server = Server::start(&data);
    let cf = server.admin();
    let d = cf
        .create_droplet(&CreateDropletQuery::default(), &create_body(APP))
        .await
        .unwrap();
    let bits = tgz(&[("app/x", b"y")]);
    // 64 PATCHes, each adding its own annotation (and the first 40 a label), racing 4 uploads
    // of the same droplet: every key lands, and exactly one upload wins.
    let patches = futures_util::stream::iter(0..64)
        .map(|i| {
            let cf = cf.clone();
            async move {
                let mut update = MetadataUpdate {
                    labels: None,
                    annotations: Some(BTreeMap::from([(format!("a{i}"), Some(i.to_string()))])),
                };
                if i < 40 {
                    update.labels = Some(BTreeMap::from([(format!("k{i}"), Some("v".to_owned()))]));
                }
                let body = DropletUpdate {
                    metadata: Some(update),
                    image: None,
                };
                cf.update_droplet(&d.guid, &body).await.map(|_| ())
            }
        })
        .buffer_unordered(16)
        .collect::<Vec<_>>();
    let uploads = futures_util::future::join_all((0..4).map(|_| {
        let cf = cf.clone();
        let bits = bits.clone();
        async move { cf.upload_droplet(&d.guid, form("droplet.tgz", bits)).await }
    }));
    let (patched, uploaded) = tokio::join!(patches, uploads);
    assert!(patched.iter().all(Result::is_ok), "{patched:?}");
    let won = uploaded.iter().filter(|r| r.is_ok()).count();
    assert_eq!(won, 1, "{uploaded:?}");
    for lost in uploaded.into_iter().filter_map(Result::err) {
        assert_eq!(lost.api().unwrap().status.as_u16(), 422);
    }
    let d = cf.get_droplet(&d.guid).await.unwrap();
    assert_eq!(d.metadata.labels.len(), 40);
    assert_eq!(d.metadata.annotations.len(), 64);
}

#[tokio::test]
async fn streams_a_256_mib_droplet_both_ways() {
    const SIZE: u64 = 256 << 20;
    let (dir, data) = scratch();
    let server = Server::start(&data);
    let cf = server.admin();
    let source = dir.path().join("big.tgz");
    big_tgz(&source, SIZE);
    let len = std::fs::metadata(&source).unwrap().len();
    let expected = {
        let mut hash = Sha256::new();
        let mut f = std::fs::File::open(&source).unwrap();
        std::io::copy(&mut f, &mut hash).unwrap();
        hex(&hash.finalize())
    };

    let d = cf
        .create_droplet(&CreateDropletQuery::default(), &create_body(APP))
        .await
        .unwrap();
    let start = Instant::now();
    let up = cf
        .upload_droplet(
            &d.guid,
            UploadDropletForm {
                bits: FilePart::from_path(&source).await.unwrap(),
            },
        )
        .await
        .unwrap();
    let upload_secs = start.elapsed().as_secs_f64();
    let job = job_of(&up.location);
    assert!(
        eventually(Duration::from_secs(120), || async {
            cf.get_job(&job).await.unwrap().state != JobState::Processing
        })
        .await
    );
    let staged = cf.get_droplet(&d.guid).await.unwrap();
    assert_eq!(staged.state, DropletState::Staged, "{:?}", staged.error);
    assert_eq!(
        staged.checksum.unwrap().value,
        expected,
        "sha256 computed while streaming"
    );

    let out = dir.path().join("down.tgz");
    let start = Instant::now();
    let written = cf
        .download_droplet_follow(&d.guid)
        .await
        .unwrap()
        .to_file(&out)
        .await
        .unwrap();
    let download_secs = start.elapsed().as_secs_f64();
    assert_eq!(written, len);
    let mut hash = Sha256::new();
    std::io::copy(&mut std::fs::File::open(&out).unwrap(), &mut hash).unwrap();
    assert_eq!(hex(&hash.finalize()), expected, "the same bytes come back");

    let rss = server.peak_rss_kib();
    let mib = len as f64 / (1 << 20) as f64;
    println!(
        "256 MiB droplet: upload {:.0} MiB/s, download {:.0} MiB/s, server peak RSS {} MiB",
        mib / upload_secs,
        mib / download_secs,
        rss.map_or("?".into(), |k| (k / 1024).to_string())
    );
    if let Some(kib) = rss {
        // Streamed, never buffered: far less than the droplet.
        assert!(kib < 128 * 1024, "peak RSS {kib} KiB");
    }
}

#[tokio::test]
async fn sigkill_mid_upload_leaves_nothing_half_done() {
    let (_dir, data) = scratch();
    let server = Server::start(&data);
    let cf = server.admin();
    let d = cf
        .create_droplet(&CreateDropletQuery::default(), &create_body(APP))
        .await
        .unwrap();
    // An upload that sends 8 MiB and then stalls, as a client on a slow link would.
    let (tx, rx) = tokio::sync::mpsc::channel::<Result<bytes::Bytes, std::io::Error>>(4);
    let body = reqwest::Body::wrap_stream(tokio_stream_from(rx));
    let part = reqwest::multipart::Part::stream(body).file_name("droplet.tgz");
    let upload = tokio::spawn(
        reqwest::Client::new()
            .post(format!("{}/v3/droplets/{}/upload", server.base, d.guid))
            .bearer_auth(ADMIN)
            .multipart(reqwest::multipart::Form::new().part("bits", part))
            .send(),
    );
    for _ in 0..8 {
        tx.send(Ok(bytes::Bytes::from(vec![1u8; 1 << 20])))
            .await
            .unwrap();
    }
    let tmp = data.join("tmp");
    let receiving = eventually(Duration::from_secs(10), || async {
        std::fs::read_dir(&tmp)
            .unwrap()
            .any(|e| e.unwrap().metadata().unwrap().len() > 0)
    })
    .await;
    assert!(receiving, "the server never started writing the upload");
    server.kill();
    drop(tx);
    let _ = upload.await;

    let server = Server::start(&data);
    let cf = server.admin();
    let after = cf.get_droplet(&d.guid).await.unwrap();
    assert_eq!(
        after.state,
        DropletState::AwaitingUpload,
        "nothing half-done is visible"
    );
    assert_eq!(std::fs::read_dir(data.join("tmp")).unwrap().count(), 0);
    assert_eq!(std::fs::read_dir(data.join("droplets")).unwrap().count(), 0);
    // And the droplet still takes its bits.
    let bits = tgz(&[("app/x", b"y")]);
    cf.upload_droplet(&d.guid, form("droplet.tgz", bits))
        .await
        .unwrap();
    assert!(
        eventually(Duration::from_secs(10), || async {
            cf.get_droplet(&d.guid).await.unwrap().state == DropletState::Staged
        })
        .await
    );
}

fn tokio_stream_from<T: Send + 'static>(
    mut rx: tokio::sync::mpsc::Receiver<T>,
) -> impl futures_util::Stream<Item = T> + Send + 'static {
    futures_util::stream::poll_fn(move |cx| rx.poll_recv(cx))
}

#[tokio::test]
async fn sigkill_during_metadata_updates_keeps_every_acknowledged_change() {
    let (_dir, data) = scratch();
    let server = Server::start(&data);
    let cf = server.admin();
    let d = cf
        .create_droplet(&CreateDropletQuery::default(), &create_body(APP))
        .await
        .unwrap();
    // Writers set annotation pairs `a<n>`/`b<n>` in one request each, until the server dies.
    let acknowledged = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let writers: Vec<_> = (0..8)
        .map(|w| {
            let (cf, acknowledged) = (cf.clone(), acknowledged.clone());
            tokio::spawn(async move {
                for i in 0.. {
                    let n = w * 1_000_000 + i;
                    let update = MetadataUpdate {
                        labels: None,
                        annotations: Some(BTreeMap::from([
                            (format!("a{n}"), Some("1".to_owned())),
                            (format!("b{n}"), Some("1".to_owned())),
                        ])),
                    };
                    let body = DropletUpdate {
                        metadata: Some(update),
                        image: None,
                    };
                    match cf.update_droplet(&d.guid, &body).await {
                        Ok(_) => acknowledged.lock().unwrap().push(n),
                        Err(_) => break,
                    }
                }
            })
        })
        .collect();
    assert!(
        eventually(Duration::from_secs(30), || async {
            acknowledged.lock().unwrap().len() >= 100
        })
        .await,
        "the writers made no progress"
    );
    server.kill();
    for w in writers {
        w.await.unwrap();
    }
    let acknowledged = acknowledged.lock().unwrap().clone();

    let server = Server::start(&data);
    let annotations = server
        .admin()
        .get_droplet(&d.guid)
        .await
        .unwrap()
        .metadata
        .annotations;
    for n in &acknowledged {
        assert!(
            annotations.contains_key(&format!("a{n}")),
            "acknowledged a{n} lost"
        );
    }
    // Every pair is whole: a change is all there or not at all.
    for key in annotations.keys() {
        let twin = if let Some(n) = key.strip_prefix('a') {
            format!("b{n}")
        } else {
            format!("a{}", &key[1..])
        };
        assert!(annotations.contains_key(&twin), "{key} without {twin}");
    }
    println!(
        "killed during metadata updates: {} acknowledged, {} pairs stored",
        acknowledged.len(),
        annotations.len() / 2
    );
}

#[tokio::test]
async fn sigterm_stops_cleanly_and_a_restart_finishes_the_work() {
    let (_dir, data) = scratch();
    let server = Server::start_with(&data, &["--cancel-delay-ms", "60000"]);
    let cf = server.admin();
    let d = staged(&cf, APP).await;
    let set = ToOneRelationship {
        data: RelationshipData { guid: d.guid },
    };
    cf.set_app_current_droplet(&guid(APP), &set).await.unwrap();
    let body = TaskCreate {
        command: Some("sleep".into()),
        ..Default::default()
    };
    let t = cf.create_task(&guid(APP), &body).await.unwrap();
    // The cancel's second half (CANCELING → FAILED) is a minute away when the server stops.
    cf.cancel_task(&t.guid).await.unwrap();
    let status = server.terminate();
    assert!(status.success(), "{status:?}");
    let wal = data.join("cf.db-wal");
    assert!(
        !wal.exists() || std::fs::metadata(&wal).unwrap().len() == 0,
        "WAL checkpointed"
    );

    let server = Server::start(&data);
    let cf = server.admin();
    assert_eq!(
        cf.get_droplet(&d.guid).await.unwrap().state,
        DropletState::Staged
    );
    assert_eq!(
        cf.get_app_current_droplet(&guid(APP)).await.unwrap().guid,
        d.guid
    );
    assert!(
        eventually(Duration::from_secs(10), || async {
            cf.get_task(&t.guid).await.unwrap().state == TaskState::Failed
        })
        .await,
        "the unfinished cancel is finished after the restart"
    );
    let down = cf
        .download_droplet_follow(&d.guid)
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    assert_eq!(hex(&Sha256::digest(&down)), d.checksum.unwrap().value);
    // A second server on the same data directory is refused.
    let second = std::process::Command::new(env!("CARGO_BIN_EXE_reference-server"))
        .args(["--listen", "127.0.0.1:0", "--admin-token", "x", "--data"])
        .arg(&data)
        .output()
        .unwrap();
    assert!(!second.status.success());
    assert!(String::from_utf8_lossy(&second.stderr).contains("another reference server"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_lets_a_download_in_flight_finish() {
    let (dir, data) = scratch();
    let server = Server::start(&data);
    let cf = server.admin();
    let source = dir.path().join("droplet.tgz");
    big_tgz(&source, 32 << 20);
    let len = std::fs::metadata(&source).unwrap().len();
    let d = cf
        .create_droplet(&CreateDropletQuery::default(), &create_body(APP))
        .await
        .unwrap();
    let bits = FilePart::from_path(&source).await.unwrap();
    cf.upload_droplet(&d.guid, UploadDropletForm { bits })
        .await
        .unwrap();
    assert!(
        eventually(Duration::from_secs(30), || async {
            cf.get_droplet(&d.guid).await.unwrap().state == DropletState::Staged
        })
        .await
    );

    let download = cf.download_droplet_follow(&d.guid).await.unwrap();
    let mut stream = Box::pin(download.into_stream());
    let mut received = stream.next().await.unwrap().unwrap().len() as u64;
    server.signal_term();
    // The rest arrives slowly, well after the signal: the server waits for it.
    while let Some(chunk) = stream.next().await {
        received += chunk.unwrap().len() as u64;
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    assert_eq!(received, len, "the download in flight finished");
    let status = tokio::task::spawn_blocking(move || server.wait())
        .await
        .unwrap();
    assert!(status.success(), "{status:?}");
}

/// What a crash between an upload's commit and its job's end leaves (a droplet
/// `PROCESSING_UPLOAD`, its job `PROCESSING`), plus stray files, written into the data directory
/// of a stopped server: the next start finishes the job and removes what no droplet owns.
#[tokio::test]
async fn a_restart_finishes_interrupted_jobs_and_removes_stray_bits() {
    let (_dir, data) = scratch();
    let server = Server::start(&data);
    let cf = server.admin();
    let d = staged(&cf, APP).await;
    let checksum = d.checksum.clone().unwrap().value;
    server.kill();

    let db = rusqlite::Connection::open(data.join("cf.db")).unwrap();
    db.execute(
        "UPDATE droplets SET state = 'PROCESSING_UPLOAD', upload_sha256 = checksum, checksum = NULL",
        [],
    )
    .unwrap();
    db.execute("UPDATE jobs SET state = 'PROCESSING'", [])
        .unwrap();
    drop(db);
    let stray = data.join(format!("droplets/{}.tgz", uuid::Uuid::new_v4()));
    std::fs::write(&stray, b"left by a crash").unwrap();
    std::fs::write(data.join("tmp/half.part"), b"half an upload").unwrap();

    let server = Server::start(&data);
    let cf = server.admin();
    assert!(
        eventually(Duration::from_secs(10), || async {
            cf.get_droplet(&d.guid).await.unwrap().state == DropletState::Staged
        })
        .await,
        "the interrupted upload job was finished"
    );
    assert_eq!(
        cf.get_droplet(&d.guid)
            .await
            .unwrap()
            .checksum
            .unwrap()
            .value,
        checksum
    );
    let jobs: Vec<String> = {
        let db = rusqlite::Connection::open(data.join("cf.db")).unwrap();
        let mut stmt = db.prepare("SELECT state FROM jobs").unwrap();
        stmt.query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    assert_eq!(jobs, ["COMPLETE"]);
    assert!(!stray.exists(), "bits no droplet owns are removed");
    assert_eq!(std::fs::read_dir(data.join("tmp")).unwrap().count(), 0);
    assert!(data.join(format!("droplets/{}.tgz", d.guid)).exists());
}

//! What Cloud Controller does to droplets beyond storing them: creating one for an app,
//! copying a staged one, receiving its bits (once, checked as a gzipped tarball), and the
//! app's current droplet.

use crate::apps;
use crate::config::Role;
use crate::db::now;
use crate::droplets::{self, DropletRow};
use crate::error::{Error, Result};
use crate::jobs;
use crate::present::link;
use crate::reference::{Reference, secrets_of};
use crate::workers::Work;
use generated_client::models::*;
use generated_server_stubs::*;
use std::collections::{BTreeMap, HashSet};
use std::sync::Mutex;

impl Reference {
    pub(crate) async fn create(
        &self,
        base: String,
        role: Role,
        body: DropletCreate,
    ) -> Result<Droplet> {
        let app = body.relationships.app.data.guid.to_string();
        let process_types = body
            .process_types
            .unwrap_or_else(|| BTreeMap::from([("web".to_owned(), String::new())]));
        if process_types.keys().any(String::is_empty) {
            return Err(Error::unprocessable("Process types key must not be empty"));
        }
        let process_types =
            serde_json::to_string(&process_types).map_err(|e| Error::Corrupt(e.to_string()))?;
        self.db
            .call(move |c| {
                let app = apps::find(c, &app)?.ok_or_else(|| {
                    Error::unprocessable(format!(
                        "App with guid \"{app}\" does not exist, or you do not have access to it."
                    ))
                })?;
                if app.lifecycle == "docker" {
                    return Err(Error::unprocessable(
                        "Droplet creation is not available for apps with docker lifecycles.",
                    ));
                }
                let at = now();
                let row = DropletRow {
                    guid: uuid::Uuid::new_v4().to_string(),
                    created_at: at,
                    updated_at: at,
                    state: "AWAITING_UPLOAD".into(),
                    error: None,
                    lifecycle: app.lifecycle,
                    checksum: None,
                    buildpacks: Some("[]".into()),
                    stack: None,
                    image: None,
                    execution_metadata: String::new(),
                    process_types,
                    app_guid: app.guid,
                    package_guid: None,
                    source_guid: None,
                };
                droplets::insert(c, &row)?;
                droplets::present_row(c, &row, &base, secrets_of(role))
            })
            .await
    }

    pub(crate) async fn copy(
        &self,
        base: String,
        role: Role,
        source: uuid::Uuid,
        body: DropletCreate,
    ) -> Result<Droplet> {
        if body.process_types.is_some() {
            return Err(Error::unprocessable("Unknown field(s): 'process_types'"));
        }
        let app = body.relationships.app.data.guid.to_string();
        let source = source.to_string();
        let (droplet, copy) = self
            .db
            .call(move |c| {
                let src = droplets::require(c, &source)?;
                let app = apps::require(c, &app)?;
                if src.state != "STAGED" {
                    return Err(Error::unprocessable("source droplet is not staged"));
                }
                if src.lifecycle != app.lifecycle {
                    return Err(Error::unprocessable(
                        "source and destination lifecycle types do not match",
                    ));
                }
                // Docker droplets are an image reference: nothing to copy, the copy is as staged
                // as its source.
                let docker = src.lifecycle == "docker";
                let at = now();
                let row = DropletRow {
                    guid: uuid::Uuid::new_v4().to_string(),
                    created_at: at,
                    updated_at: at,
                    state: if docker {
                        src.state.clone()
                    } else {
                        "COPYING".into()
                    },
                    error: None,
                    checksum: None,
                    app_guid: app.guid,
                    package_guid: None,
                    source_guid: (!docker).then(|| src.guid.clone()),
                    ..src
                };
                droplets::insert(c, &row)?;
                let droplet = droplets::present_row(c, &row, &base, secrets_of(role))?;
                Ok((droplet, row.source_guid.map(|s| (row.guid, s))))
            })
            .await?;
        if let Some((droplet, source)) = copy {
            self.workers.spawn(Work::Copy { droplet, source });
        }
        Ok(droplet)
    }

    pub(crate) async fn upload(
        &self,
        base: String,
        role: Role,
        guid: uuid::Uuid,
        body: UploadDropletForm,
    ) -> Result<(Droplet, String)> {
        let guid = guid.to_string();
        let g = guid.clone();
        self.db
            .call(move |c| {
                let d = droplets::require(c, &g)?;
                if d.state != "AWAITING_UPLOAD" {
                    return Err(uploaded_once());
                }
                Ok(())
            })
            .await?;
        let name = body.bits.file_name().unwrap_or_default().to_owned();
        if !(name.ends_with(".tgz") || name.ends_with(".tar.gz")) {
            return Err(Error::unprocessable(format!(
                "Uploaded droplet file is invalid: {name} is not a tgz"
            )));
        }
        let _claim = Claim::take(&self.uploading, &guid).ok_or_else(uploaded_once)?;
        let received = self.bits.receive(body.bits).await?;
        if received.size == 0 {
            return Err(Error::unprocessable(format!(
                "Uploaded droplet file is invalid: {name} cannot be empty"
            )));
        }
        let sha256 = received.sha256.clone();
        self.bits.place(received, &guid).await?;
        // The bits are whole on disk; now the state says so, in one transaction.
        let g = guid.clone();
        let committed = self
            .db
            .call(move |c| {
                let tx = c.transaction()?;
                let at = now();
                let changed = tx.execute(
                    "UPDATE droplets SET state = 'PROCESSING_UPLOAD', upload_sha256 = ?2,
                        updated_at = ?3
                     WHERE guid = ?1 AND state = 'AWAITING_UPLOAD'",
                    rusqlite::params![g, sha256, at],
                )?;
                if changed == 0 {
                    return Err(uploaded_once());
                }
                let job = jobs::start(&tx, jobs::DROPLET_UPLOAD, &g, at)?;
                let row = droplets::require(&tx, &g)?;
                let droplet = droplets::present_row(&tx, &row, &base, secrets_of(role))?;
                tx.commit()?;
                Ok((droplet, job))
            })
            .await;
        match committed {
            Ok((droplet, job)) => {
                self.workers.spawn(Work::Upload {
                    job: job.clone(),
                    droplet: guid,
                });
                Ok((droplet, job))
            }
            Err(e) => {
                // The droplet changed under the upload (deleted, or not AWAITING_UPLOAD):
                // its bits go.
                self.bits.remove(&guid).await?;
                Err(e)
            }
        }
    }
}

fn uploaded_once() -> Error {
    Error::unprocessable("Droplet may be uploaded only once. Create a new droplet to upload bits.")
}

/// A droplet's place in `Reference::uploading`, given back on drop.
struct Claim<'a> {
    set: &'a Mutex<HashSet<String>>,
    guid: String,
}

impl<'a> Claim<'a> {
    fn take(set: &'a Mutex<HashSet<String>>, guid: &str) -> Option<Claim<'a>> {
        let mut held = set
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        held.insert(guid.to_owned()).then(|| Claim {
            set,
            guid: guid.to_owned(),
        })
    }
}

impl Drop for Claim<'_> {
    fn drop(&mut self) {
        let mut held = self
            .set
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        held.remove(&self.guid);
    }
}

pub(crate) fn current_relationship(
    base: &str,
    app: uuid::Uuid,
    droplet: uuid::Uuid,
) -> CurrentDropletRelationship {
    CurrentDropletRelationship {
        data: RelationshipData { guid: droplet },
        links: CurrentDropletRelationshipLinks {
            self_: link(
                base,
                &format!("/v3/apps/{app}/relationships/current_droplet"),
            ),
            related: link(base, &format!("/v3/apps/{app}/droplets/current")),
        },
    }
}

pub(crate) fn current_droplet(c: &rusqlite::Connection, app: &str) -> Result<DropletRow> {
    let app = apps::require(c, app)?;
    let current = app
        .current_droplet
        .ok_or_else(|| Error::not_found("Droplet"))?;
    droplets::require(c, &current)
}

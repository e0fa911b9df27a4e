// @generated from `spec/openapi.yaml` by `cargo xtask codegen`. Do not edit by hand.

//! The API's [`Client`], with one method per operation.
//!
//! The methods are `#[inline]`: like generic code, each is compiled into the crate that
//! calls it, so a program pays in build time only for the operations it uses.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::needless_borrow,
    clippy::vec_init_then_push,
    clippy::disallowed_names,
    clippy::too_many_arguments,
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    clippy::should_implement_trait,
    clippy::wrong_self_convention,
    clippy::type_complexity
)]
#[allow(unused_imports)]
use crate::rt::client as rt;
#[allow(unused_imports)]
use crate::rt::deps::{futures_core, reqwest};
#[allow(dead_code)]
const SECURITY_BEARER_AUTH: rt::Auth = rt::Auth {
    requirements: &[
        &[
            rt::Scheme {
                name: "bearerAuth",
                kind: rt::SchemeKind::Bearer,
            },
        ],
    ],
    anonymous: false,
};
/// The `202` response of `deleteDroplet`: Deletion started.
#[derive(Debug)]
pub struct DeleteDropletResponse {
    /// URL of the job that tracks the asynchronous work (`/v3/jobs/{guid}`).
    pub location: ::std::string::String,
}
/// The responses of `downloadDroplet`.
#[derive(Debug)]
pub enum DownloadDropletResponse {
    /// `200`: The droplet tarball (local blobstore).
    Ok(rt::ByteStream),
    /// `302`: Redirect to the blobstore (remote blobstore).
    Found {
        /// Signed blobstore URL of the tarball.
        location: ::std::string::String,
    },
}
/// The `202` response of `uploadDroplet`: Upload accepted; the job in 'Location' tracks its processing.
#[derive(Debug)]
pub struct UploadDropletResponse {
    /// The body.
    pub body: crate::models::Droplet,
    /// URL of the job that tracks the asynchronous work (`/v3/jobs/{guid}`).
    pub location: ::std::string::String,
}
/// The multipart body of `uploadDroplet`.
#[derive(Debug)]
pub struct UploadDropletForm {
    /// The droplet as a gzipped tarball; the file name must end in `.tgz` or `.tar.gz` and the file must not be empty.
    pub bits: rt::FilePart,
}
rt::client_types!();
impl Client {
    /// Global API root
    ///
    /// Links to the APIs this Cloud Foundry exposes (Cloud Controller, UAA, logging). Needs no authentication; clients call it first to discover the V3 base URL and the login server.
    ///
    /// `GET /`
    #[inline]
    pub async fn get_root(
        &self,
    ) -> ::std::result::Result<
        crate::models::RootInfo,
        rt::Error<crate::models::ErrorEnvelope>,
    > {
        let path = [rt::PathPart::Literal("/")];
        let spec = rt::RequestSpec {
            operation: "getRoot",
            template: "/",
            method: reqwest::Method::GET,
            path: &path,
            query: ::std::vec::Vec::new(),
            headers: ::std::vec::Vec::new(),
            body: rt::RequestBody::Empty,
            auth: rt::Auth::NONE,
        };
        let resp = self.send::<crate::models::ErrorEnvelope>(spec).await?;
        match resp.status().as_u16() {
            200 => {
                ::std::result::Result::Ok(
                    rt::json::<_, crate::models::ErrorEnvelope>(resp).await?,
                )
            }
            _ => {
                ::std::result::Result::Err(
                    rt::api_error::<crate::models::ErrorEnvelope>(resp).await,
                )
            }
        }
    }
    /// V3 API root
    ///
    /// Links to every V3 resource collection. Needs no authentication.
    ///
    /// `GET /v3`
    #[inline]
    pub async fn get_v3_root(
        &self,
    ) -> ::std::result::Result<
        crate::models::V3Root,
        rt::Error<crate::models::ErrorEnvelope>,
    > {
        let path = [rt::PathPart::Literal("/v3")];
        let spec = rt::RequestSpec {
            operation: "getV3Root",
            template: "/v3",
            method: reqwest::Method::GET,
            path: &path,
            query: ::std::vec::Vec::new(),
            headers: ::std::vec::Vec::new(),
            body: rt::RequestBody::Empty,
            auth: rt::Auth::NONE,
        };
        let resp = self.send::<crate::models::ErrorEnvelope>(spec).await?;
        match resp.status().as_u16() {
            200 => {
                ::std::result::Result::Ok(
                    rt::json::<_, crate::models::ErrorEnvelope>(resp).await?,
                )
            }
            _ => {
                ::std::result::Result::Err(
                    rt::api_error::<crate::models::ErrorEnvelope>(resp).await,
                )
            }
        }
    }
    /// List droplets
    ///
    /// Retrieve all droplets the caller can see. Droplets that are still staging are never listed. Secrets are always redacted in lists, whatever the caller's role.
    ///
    /// `GET /v3/droplets`
    #[inline]
    pub async fn list_droplets(
        &self,
        query: &crate::models::ListDropletsQuery,
    ) -> ::std::result::Result<
        crate::models::DropletList,
        rt::Error<crate::models::ErrorEnvelope>,
    > {
        query.validate().map_err(|e| rt::Error::InvalidRequest(e.to_string()))?;
        let path = [rt::PathPart::Literal("/v3/droplets")];
        let spec = rt::RequestSpec {
            operation: "listDroplets",
            template: "/v3/droplets",
            method: reqwest::Method::GET,
            path: &path,
            query: query
                .to_pairs()
                .map_err(|e| rt::Error::InvalidRequest(e.to_string()))?,
            headers: ::std::vec::Vec::new(),
            body: rt::RequestBody::Empty,
            auth: SECURITY_BEARER_AUTH,
        };
        let resp = self.send::<crate::models::ErrorEnvelope>(spec).await?;
        match resp.status().as_u16() {
            200 => {
                ::std::result::Result::Ok(
                    rt::json::<_, crate::models::ErrorEnvelope>(resp).await?,
                )
            }
            _ => {
                ::std::result::Result::Err(
                    rt::api_error::<crate::models::ErrorEnvelope>(resp).await,
                )
            }
        }
    }
    /** Every item of `listDroplets`, page after page: follows each page's next link until the last page.
 Pages are fetched lazily; an error ends the stream.*/
    #[inline]
    pub fn list_droplets_stream<'a>(
        &'a self,
        query: &'a crate::models::ListDropletsQuery,
    ) -> ::std::pin::Pin<
        ::std::boxed::Box<
            dyn futures_core::Stream<
                Item = ::std::result::Result<
                    crate::models::Droplet,
                    rt::Error<crate::models::ErrorEnvelope>,
                >,
            > + ::std::marker::Send + 'a,
        >,
    > {
        let first = ::std::boxed::Box::pin(self.list_droplets(query));
        rt::paginate(
            self,
            first,
            |page: crate::models::DropletList| {
                let next = ::std::option::Option::Some(&page)
                    .map(|v| &v.pagination)
                    .and_then(|v| v.next.as_ref())
                    .map(|v| &v.href)
                    .cloned();
                (page.resources, next)
            },
            "listDroplets",
            SECURITY_BEARER_AUTH,
        )
    }
    /// Create or copy a droplet
    ///
    /// Without `source_guid`, creates an empty droplet in state `AWAITING_UPLOAD` for the app,
    /// whose bits are then uploaded with the upload endpoint.
    ///
    /// With `source_guid`, copies that droplet to the app given in the body (state `COPYING`;
    /// docker droplets take the source's state). The body must then hold `relationships` only.
    ///
    /// `POST /v3/droplets`
    #[inline]
    pub async fn create_droplet(
        &self,
        query: &crate::models::CreateDropletQuery,
        body: &crate::models::DropletCreate,
    ) -> ::std::result::Result<
        crate::models::Droplet,
        rt::Error<crate::models::ErrorEnvelope>,
    > {
        query.validate().map_err(|e| rt::Error::InvalidRequest(e.to_string()))?;
        let path = [rt::PathPart::Literal("/v3/droplets")];
        let spec = rt::RequestSpec {
            operation: "createDroplet",
            template: "/v3/droplets",
            method: reqwest::Method::POST,
            path: &path,
            query: query
                .to_pairs()
                .map_err(|e| rt::Error::InvalidRequest(e.to_string()))?,
            headers: ::std::vec::Vec::new(),
            body: rt::RequestBody::json::<_, crate::models::ErrorEnvelope>(body)?,
            auth: SECURITY_BEARER_AUTH,
        };
        let resp = self.send::<crate::models::ErrorEnvelope>(spec).await?;
        match resp.status().as_u16() {
            201 => {
                ::std::result::Result::Ok(
                    rt::json::<_, crate::models::ErrorEnvelope>(resp).await?,
                )
            }
            _ => {
                ::std::result::Result::Err(
                    rt::api_error::<crate::models::ErrorEnvelope>(resp).await,
                )
            }
        }
    }
    /// Get a droplet
    ///
    /// Retrieve one droplet. Callers who cannot read secrets see `execution_metadata` and `process_types` redacted.
    ///
    /// `GET /v3/droplets/{guid}`
    #[inline]
    pub async fn get_droplet(
        &self,
        guid: &::uuid::Uuid,
    ) -> ::std::result::Result<
        crate::models::Droplet,
        rt::Error<crate::models::ErrorEnvelope>,
    > {
        let path_0 = crate::rt::primitives::QueryValue::to_query(guid);
        let path = [
            rt::PathPart::Literal("/v3/droplets/"),
            rt::PathPart::Param(&path_0),
        ];
        let spec = rt::RequestSpec {
            operation: "getDroplet",
            template: "/v3/droplets/{guid}",
            method: reqwest::Method::GET,
            path: &path,
            query: ::std::vec::Vec::new(),
            headers: ::std::vec::Vec::new(),
            body: rt::RequestBody::Empty,
            auth: SECURITY_BEARER_AUTH,
        };
        let resp = self.send::<crate::models::ErrorEnvelope>(spec).await?;
        match resp.status().as_u16() {
            200 => {
                ::std::result::Result::Ok(
                    rt::json::<_, crate::models::ErrorEnvelope>(resp).await?,
                )
            }
            _ => {
                ::std::result::Result::Err(
                    rt::api_error::<crate::models::ErrorEnvelope>(resp).await,
                )
            }
        }
    }
    /// Delete a droplet
    ///
    /// Delete a droplet asynchronously. The `Location` header points at the job (operation `droplet.delete`). An app's current droplet cannot be deleted.
    ///
    /// `DELETE /v3/droplets/{guid}`
    #[inline]
    pub async fn delete_droplet(
        &self,
        guid: &::uuid::Uuid,
    ) -> ::std::result::Result<
        DeleteDropletResponse,
        rt::Error<crate::models::ErrorEnvelope>,
    > {
        let path_0 = crate::rt::primitives::QueryValue::to_query(guid);
        let path = [
            rt::PathPart::Literal("/v3/droplets/"),
            rt::PathPart::Param(&path_0),
        ];
        let spec = rt::RequestSpec {
            operation: "deleteDroplet",
            template: "/v3/droplets/{guid}",
            method: reqwest::Method::DELETE,
            path: &path,
            query: ::std::vec::Vec::new(),
            headers: ::std::vec::Vec::new(),
            body: rt::RequestBody::Empty,
            auth: SECURITY_BEARER_AUTH,
        };
        let resp = self.send::<crate::models::ErrorEnvelope>(spec).await?;
        match resp.status().as_u16() {
            202 => {
                ::std::result::Result::Ok(DeleteDropletResponse {
                    location: rt::required_header::<
                        _,
                        crate::models::ErrorEnvelope,
                    >(&resp, "Location")?,
                })
            }
            _ => {
                ::std::result::Result::Err(
                    rt::api_error::<crate::models::ErrorEnvelope>(resp).await,
                )
            }
        }
    }
    /// Update a droplet
    ///
    /// Update a droplet's metadata, or (Build State Updater role only) its `image`. Metadata is deep-merged; a key set to `null` is deleted.
    ///
    /// `PATCH /v3/droplets/{guid}`
    #[inline]
    pub async fn update_droplet(
        &self,
        guid: &::uuid::Uuid,
        body: &crate::models::DropletUpdate,
    ) -> ::std::result::Result<
        crate::models::Droplet,
        rt::Error<crate::models::ErrorEnvelope>,
    > {
        let path_0 = crate::rt::primitives::QueryValue::to_query(guid);
        let path = [
            rt::PathPart::Literal("/v3/droplets/"),
            rt::PathPart::Param(&path_0),
        ];
        let spec = rt::RequestSpec {
            operation: "updateDroplet",
            template: "/v3/droplets/{guid}",
            method: reqwest::Method::PATCH,
            path: &path,
            query: ::std::vec::Vec::new(),
            headers: ::std::vec::Vec::new(),
            body: rt::RequestBody::json::<_, crate::models::ErrorEnvelope>(body)?,
            auth: SECURITY_BEARER_AUTH,
        };
        let resp = self.send::<crate::models::ErrorEnvelope>(spec).await?;
        match resp.status().as_u16() {
            200 => {
                ::std::result::Result::Ok(
                    rt::json::<_, crate::models::ErrorEnvelope>(resp).await?,
                )
            }
            _ => {
                ::std::result::Result::Err(
                    rt::api_error::<crate::models::ErrorEnvelope>(resp).await,
                )
            }
        }
    }
    /// Download droplet bits
    ///
    /// Download a staged buildpack droplet as a gzipped tarball. A remote blobstore answers with a redirect to a signed URL; a client following it must not send its bearer token there.
    ///
    /// `GET /v3/droplets/{guid}/download`
    #[inline]
    pub async fn download_droplet(
        &self,
        guid: &::uuid::Uuid,
    ) -> ::std::result::Result<
        DownloadDropletResponse,
        rt::Error<crate::models::ErrorEnvelope>,
    > {
        let path_0 = crate::rt::primitives::QueryValue::to_query(guid);
        let path = [
            rt::PathPart::Literal("/v3/droplets/"),
            rt::PathPart::Param(&path_0),
            rt::PathPart::Literal("/download"),
        ];
        let spec = rt::RequestSpec {
            operation: "downloadDroplet",
            template: "/v3/droplets/{guid}/download",
            method: reqwest::Method::GET,
            path: &path,
            query: ::std::vec::Vec::new(),
            headers: ::std::vec::Vec::new(),
            body: rt::RequestBody::Empty,
            auth: SECURITY_BEARER_AUTH,
        };
        let resp = self.send::<crate::models::ErrorEnvelope>(spec).await?;
        match resp.status().as_u16() {
            200 => {
                ::std::result::Result::Ok(
                    DownloadDropletResponse::Ok(rt::ByteStream::new(resp)),
                )
            }
            302 => {
                ::std::result::Result::Ok(DownloadDropletResponse::Found {
                    location: rt::required_header::<
                        _,
                        crate::models::ErrorEnvelope,
                    >(&resp, "Location")?,
                })
            }
            _ => {
                ::std::result::Result::Err(
                    rt::api_error::<crate::models::ErrorEnvelope>(resp).await,
                )
            }
        }
    }
    /// `downloadDroplet` as a byte stream: a redirect is followed, and the credential is not sent to another host.
    #[inline]
    pub async fn download_droplet_follow(
        &self,
        guid: &::uuid::Uuid,
    ) -> ::std::result::Result<rt::ByteStream, rt::Error<crate::models::ErrorEnvelope>> {
        #[allow(unreachable_patterns)]
        match self.download_droplet(guid).await? {
            DownloadDropletResponse::Ok(stream) => Ok(stream),
            DownloadDropletResponse::Found { location, .. } => {
                self.fetch_redirect(&location.to_string(), SECURITY_BEARER_AUTH).await
            }
        }
    }
    /// Upload droplet bits
    ///
    /// Upload a gzip compressed tarball containing a Cloud Foundry compatible droplet, as the multipart file field `bits`. The droplet must be `AWAITING_UPLOAD`; it moves to `PROCESSING_UPLOAD` and a job finishes the upload.
    ///
    /// `POST /v3/droplets/{guid}/upload`
    #[inline]
    pub async fn upload_droplet(
        &self,
        guid: &::uuid::Uuid,
        body: UploadDropletForm,
    ) -> ::std::result::Result<
        UploadDropletResponse,
        rt::Error<crate::models::ErrorEnvelope>,
    > {
        let path_0 = crate::rt::primitives::QueryValue::to_query(guid);
        let path = [
            rt::PathPart::Literal("/v3/droplets/"),
            rt::PathPart::Param(&path_0),
            rt::PathPart::Literal("/upload"),
        ];
        let spec = rt::RequestSpec {
            operation: "uploadDroplet",
            template: "/v3/droplets/{guid}/upload",
            method: reqwest::Method::POST,
            path: &path,
            query: ::std::vec::Vec::new(),
            headers: ::std::vec::Vec::new(),
            body: {
                let mut form = reqwest::multipart::Form::new();
                {
                    let v = body.bits;
                    form = form.part("bits", v.into_part()?);
                }
                rt::RequestBody::Multipart(form)
            },
            auth: SECURITY_BEARER_AUTH,
        };
        let resp = self.send::<crate::models::ErrorEnvelope>(spec).await?;
        match resp.status().as_u16() {
            202 => {
                ::std::result::Result::Ok(UploadDropletResponse {
                    location: rt::required_header::<
                        _,
                        crate::models::ErrorEnvelope,
                    >(&resp, "Location")?,
                    body: rt::json::<_, crate::models::ErrorEnvelope>(resp).await?,
                })
            }
            _ => {
                ::std::result::Result::Err(
                    rt::api_error::<crate::models::ErrorEnvelope>(resp).await,
                )
            }
        }
    }
    /// List droplets for a package
    ///
    /// Retrieve the droplets staged from a package.
    ///
    /// `GET /v3/packages/{guid}/droplets`
    #[inline]
    pub async fn list_package_droplets(
        &self,
        guid: &::uuid::Uuid,
        query: &crate::models::ListPackageDropletsQuery,
    ) -> ::std::result::Result<
        crate::models::DropletList,
        rt::Error<crate::models::ErrorEnvelope>,
    > {
        query.validate().map_err(|e| rt::Error::InvalidRequest(e.to_string()))?;
        let path_0 = crate::rt::primitives::QueryValue::to_query(guid);
        let path = [
            rt::PathPart::Literal("/v3/packages/"),
            rt::PathPart::Param(&path_0),
            rt::PathPart::Literal("/droplets"),
        ];
        let spec = rt::RequestSpec {
            operation: "listPackageDroplets",
            template: "/v3/packages/{guid}/droplets",
            method: reqwest::Method::GET,
            path: &path,
            query: query
                .to_pairs()
                .map_err(|e| rt::Error::InvalidRequest(e.to_string()))?,
            headers: ::std::vec::Vec::new(),
            body: rt::RequestBody::Empty,
            auth: SECURITY_BEARER_AUTH,
        };
        let resp = self.send::<crate::models::ErrorEnvelope>(spec).await?;
        match resp.status().as_u16() {
            200 => {
                ::std::result::Result::Ok(
                    rt::json::<_, crate::models::ErrorEnvelope>(resp).await?,
                )
            }
            _ => {
                ::std::result::Result::Err(
                    rt::api_error::<crate::models::ErrorEnvelope>(resp).await,
                )
            }
        }
    }
    /** Every item of `listPackageDroplets`, page after page: follows each page's next link until the last page.
 Pages are fetched lazily; an error ends the stream.*/
    #[inline]
    pub fn list_package_droplets_stream<'a>(
        &'a self,
        guid: &'a ::uuid::Uuid,
        query: &'a crate::models::ListPackageDropletsQuery,
    ) -> ::std::pin::Pin<
        ::std::boxed::Box<
            dyn futures_core::Stream<
                Item = ::std::result::Result<
                    crate::models::Droplet,
                    rt::Error<crate::models::ErrorEnvelope>,
                >,
            > + ::std::marker::Send + 'a,
        >,
    > {
        let first = ::std::boxed::Box::pin(self.list_package_droplets(guid, query));
        rt::paginate(
            self,
            first,
            |page: crate::models::DropletList| {
                let next = ::std::option::Option::Some(&page)
                    .map(|v| &v.pagination)
                    .and_then(|v| v.next.as_ref())
                    .map(|v| &v.href)
                    .cloned();
                (page.resources, next)
            },
            "listPackageDroplets",
            SECURITY_BEARER_AUTH,
        )
    }
    /// List droplets for an app
    ///
    /// Retrieve the droplets of an app. `current=true` narrows the list to the app's current droplet.
    ///
    /// `GET /v3/apps/{guid}/droplets`
    #[inline]
    pub async fn list_app_droplets(
        &self,
        guid: &::uuid::Uuid,
        query: &crate::models::ListAppDropletsQuery,
    ) -> ::std::result::Result<
        crate::models::DropletList,
        rt::Error<crate::models::ErrorEnvelope>,
    > {
        query.validate().map_err(|e| rt::Error::InvalidRequest(e.to_string()))?;
        let path_0 = crate::rt::primitives::QueryValue::to_query(guid);
        let path = [
            rt::PathPart::Literal("/v3/apps/"),
            rt::PathPart::Param(&path_0),
            rt::PathPart::Literal("/droplets"),
        ];
        let spec = rt::RequestSpec {
            operation: "listAppDroplets",
            template: "/v3/apps/{guid}/droplets",
            method: reqwest::Method::GET,
            path: &path,
            query: query
                .to_pairs()
                .map_err(|e| rt::Error::InvalidRequest(e.to_string()))?,
            headers: ::std::vec::Vec::new(),
            body: rt::RequestBody::Empty,
            auth: SECURITY_BEARER_AUTH,
        };
        let resp = self.send::<crate::models::ErrorEnvelope>(spec).await?;
        match resp.status().as_u16() {
            200 => {
                ::std::result::Result::Ok(
                    rt::json::<_, crate::models::ErrorEnvelope>(resp).await?,
                )
            }
            _ => {
                ::std::result::Result::Err(
                    rt::api_error::<crate::models::ErrorEnvelope>(resp).await,
                )
            }
        }
    }
    /** Every item of `listAppDroplets`, page after page: follows each page's next link until the last page.
 Pages are fetched lazily; an error ends the stream.*/
    #[inline]
    pub fn list_app_droplets_stream<'a>(
        &'a self,
        guid: &'a ::uuid::Uuid,
        query: &'a crate::models::ListAppDropletsQuery,
    ) -> ::std::pin::Pin<
        ::std::boxed::Box<
            dyn futures_core::Stream<
                Item = ::std::result::Result<
                    crate::models::Droplet,
                    rt::Error<crate::models::ErrorEnvelope>,
                >,
            > + ::std::marker::Send + 'a,
        >,
    > {
        let first = ::std::boxed::Box::pin(self.list_app_droplets(guid, query));
        rt::paginate(
            self,
            first,
            |page: crate::models::DropletList| {
                let next = ::std::option::Option::Some(&page)
                    .map(|v| &v.pagination)
                    .and_then(|v| v.next.as_ref())
                    .map(|v| &v.href)
                    .cloned();
                (page.resources, next)
            },
            "listAppDroplets",
            SECURITY_BEARER_AUTH,
        )
    }
    /// Get the current droplet of an app
    ///
    /// Retrieve the droplet the app runs. Answers 404 `Droplet not found` when the app has none.
    ///
    /// `GET /v3/apps/{guid}/droplets/current`
    #[inline]
    pub async fn get_app_current_droplet(
        &self,
        guid: &::uuid::Uuid,
    ) -> ::std::result::Result<
        crate::models::Droplet,
        rt::Error<crate::models::ErrorEnvelope>,
    > {
        let path_0 = crate::rt::primitives::QueryValue::to_query(guid);
        let path = [
            rt::PathPart::Literal("/v3/apps/"),
            rt::PathPart::Param(&path_0),
            rt::PathPart::Literal("/droplets/current"),
        ];
        let spec = rt::RequestSpec {
            operation: "getAppCurrentDroplet",
            template: "/v3/apps/{guid}/droplets/current",
            method: reqwest::Method::GET,
            path: &path,
            query: ::std::vec::Vec::new(),
            headers: ::std::vec::Vec::new(),
            body: rt::RequestBody::Empty,
            auth: SECURITY_BEARER_AUTH,
        };
        let resp = self.send::<crate::models::ErrorEnvelope>(spec).await?;
        match resp.status().as_u16() {
            200 => {
                ::std::result::Result::Ok(
                    rt::json::<_, crate::models::ErrorEnvelope>(resp).await?,
                )
            }
            _ => {
                ::std::result::Result::Err(
                    rt::api_error::<crate::models::ErrorEnvelope>(resp).await,
                )
            }
        }
    }
    /// Get the current-droplet relationship of an app
    ///
    /// The GUID of the app's current droplet, with links to the relationship and the droplet.
    ///
    /// `GET /v3/apps/{guid}/relationships/current_droplet`
    #[inline]
    pub async fn get_app_current_droplet_relationship(
        &self,
        guid: &::uuid::Uuid,
    ) -> ::std::result::Result<
        crate::models::CurrentDropletRelationship,
        rt::Error<crate::models::ErrorEnvelope>,
    > {
        let path_0 = crate::rt::primitives::QueryValue::to_query(guid);
        let path = [
            rt::PathPart::Literal("/v3/apps/"),
            rt::PathPart::Param(&path_0),
            rt::PathPart::Literal("/relationships/current_droplet"),
        ];
        let spec = rt::RequestSpec {
            operation: "getAppCurrentDropletRelationship",
            template: "/v3/apps/{guid}/relationships/current_droplet",
            method: reqwest::Method::GET,
            path: &path,
            query: ::std::vec::Vec::new(),
            headers: ::std::vec::Vec::new(),
            body: rt::RequestBody::Empty,
            auth: SECURITY_BEARER_AUTH,
        };
        let resp = self.send::<crate::models::ErrorEnvelope>(spec).await?;
        match resp.status().as_u16() {
            200 => {
                ::std::result::Result::Ok(
                    rt::json::<_, crate::models::ErrorEnvelope>(resp).await?,
                )
            }
            _ => {
                ::std::result::Result::Err(
                    rt::api_error::<crate::models::ErrorEnvelope>(resp).await,
                )
            }
        }
    }
    /// Set the current droplet of an app
    ///
    /// Make a staged droplet the one the app runs from its next start. The relationship cannot be removed (`data` must not be null).
    ///
    /// `PATCH /v3/apps/{guid}/relationships/current_droplet`
    #[inline]
    pub async fn set_app_current_droplet(
        &self,
        guid: &::uuid::Uuid,
        body: &crate::models::ToOneRelationship,
    ) -> ::std::result::Result<
        crate::models::CurrentDropletRelationship,
        rt::Error<crate::models::ErrorEnvelope>,
    > {
        let path_0 = crate::rt::primitives::QueryValue::to_query(guid);
        let path = [
            rt::PathPart::Literal("/v3/apps/"),
            rt::PathPart::Param(&path_0),
            rt::PathPart::Literal("/relationships/current_droplet"),
        ];
        let spec = rt::RequestSpec {
            operation: "setAppCurrentDroplet",
            template: "/v3/apps/{guid}/relationships/current_droplet",
            method: reqwest::Method::PATCH,
            path: &path,
            query: ::std::vec::Vec::new(),
            headers: ::std::vec::Vec::new(),
            body: rt::RequestBody::json::<_, crate::models::ErrorEnvelope>(body)?,
            auth: SECURITY_BEARER_AUTH,
        };
        let resp = self.send::<crate::models::ErrorEnvelope>(spec).await?;
        match resp.status().as_u16() {
            200 => {
                ::std::result::Result::Ok(
                    rt::json::<_, crate::models::ErrorEnvelope>(resp).await?,
                )
            }
            _ => {
                ::std::result::Result::Err(
                    rt::api_error::<crate::models::ErrorEnvelope>(resp).await,
                )
            }
        }
    }
    /// List tasks for an app
    ///
    /// Retrieve the tasks of an app. `command` is included only for callers who can read secrets.
    ///
    /// `GET /v3/apps/{guid}/tasks`
    #[inline]
    pub async fn list_app_tasks(
        &self,
        guid: &::uuid::Uuid,
        query: &crate::models::ListAppTasksQuery,
    ) -> ::std::result::Result<
        crate::models::TaskList,
        rt::Error<crate::models::ErrorEnvelope>,
    > {
        query.validate().map_err(|e| rt::Error::InvalidRequest(e.to_string()))?;
        let path_0 = crate::rt::primitives::QueryValue::to_query(guid);
        let path = [
            rt::PathPart::Literal("/v3/apps/"),
            rt::PathPart::Param(&path_0),
            rt::PathPart::Literal("/tasks"),
        ];
        let spec = rt::RequestSpec {
            operation: "listAppTasks",
            template: "/v3/apps/{guid}/tasks",
            method: reqwest::Method::GET,
            path: &path,
            query: query
                .to_pairs()
                .map_err(|e| rt::Error::InvalidRequest(e.to_string()))?,
            headers: ::std::vec::Vec::new(),
            body: rt::RequestBody::Empty,
            auth: SECURITY_BEARER_AUTH,
        };
        let resp = self.send::<crate::models::ErrorEnvelope>(spec).await?;
        match resp.status().as_u16() {
            200 => {
                ::std::result::Result::Ok(
                    rt::json::<_, crate::models::ErrorEnvelope>(resp).await?,
                )
            }
            _ => {
                ::std::result::Result::Err(
                    rt::api_error::<crate::models::ErrorEnvelope>(resp).await,
                )
            }
        }
    }
    /** Every item of `listAppTasks`, page after page: follows each page's next link until the last page.
 Pages are fetched lazily; an error ends the stream.*/
    #[inline]
    pub fn list_app_tasks_stream<'a>(
        &'a self,
        guid: &'a ::uuid::Uuid,
        query: &'a crate::models::ListAppTasksQuery,
    ) -> ::std::pin::Pin<
        ::std::boxed::Box<
            dyn futures_core::Stream<
                Item = ::std::result::Result<
                    crate::models::Task,
                    rt::Error<crate::models::ErrorEnvelope>,
                >,
            > + ::std::marker::Send + 'a,
        >,
    > {
        let first = ::std::boxed::Box::pin(self.list_app_tasks(guid, query));
        rt::paginate(
            self,
            first,
            |page: crate::models::TaskList| {
                let next = ::std::option::Option::Some(&page)
                    .map(|v| &v.pagination)
                    .and_then(|v| v.next.as_ref())
                    .map(|v| &v.href)
                    .cloned();
                (page.resources, next)
            },
            "listAppTasks",
            SECURITY_BEARER_AUTH,
        )
    }
    /// Create a task
    ///
    /// Run a one-off command in the context of an app. The answer is usually already `RUNNING`; if the runtime refuses it the task is `FAILED`.
    ///
    /// `POST /v3/apps/{guid}/tasks`
    #[inline]
    pub async fn create_task(
        &self,
        guid: &::uuid::Uuid,
        body: &crate::models::TaskCreate,
    ) -> ::std::result::Result<
        crate::models::Task,
        rt::Error<crate::models::ErrorEnvelope>,
    > {
        let path_0 = crate::rt::primitives::QueryValue::to_query(guid);
        let path = [
            rt::PathPart::Literal("/v3/apps/"),
            rt::PathPart::Param(&path_0),
            rt::PathPart::Literal("/tasks"),
        ];
        let spec = rt::RequestSpec {
            operation: "createTask",
            template: "/v3/apps/{guid}/tasks",
            method: reqwest::Method::POST,
            path: &path,
            query: ::std::vec::Vec::new(),
            headers: ::std::vec::Vec::new(),
            body: rt::RequestBody::json::<_, crate::models::ErrorEnvelope>(body)?,
            auth: SECURITY_BEARER_AUTH,
        };
        let resp = self.send::<crate::models::ErrorEnvelope>(spec).await?;
        match resp.status().as_u16() {
            202 => {
                ::std::result::Result::Ok(
                    rt::json::<_, crate::models::ErrorEnvelope>(resp).await?,
                )
            }
            _ => {
                ::std::result::Result::Err(
                    rt::api_error::<crate::models::ErrorEnvelope>(resp).await,
                )
            }
        }
    }
    /// List tasks
    ///
    /// Retrieve all tasks the caller can see. `command` is never included in this list.
    ///
    /// `GET /v3/tasks`
    #[inline]
    pub async fn list_tasks(
        &self,
        query: &crate::models::ListTasksQuery,
    ) -> ::std::result::Result<
        crate::models::TaskList,
        rt::Error<crate::models::ErrorEnvelope>,
    > {
        query.validate().map_err(|e| rt::Error::InvalidRequest(e.to_string()))?;
        let path = [rt::PathPart::Literal("/v3/tasks")];
        let spec = rt::RequestSpec {
            operation: "listTasks",
            template: "/v3/tasks",
            method: reqwest::Method::GET,
            path: &path,
            query: query
                .to_pairs()
                .map_err(|e| rt::Error::InvalidRequest(e.to_string()))?,
            headers: ::std::vec::Vec::new(),
            body: rt::RequestBody::Empty,
            auth: SECURITY_BEARER_AUTH,
        };
        let resp = self.send::<crate::models::ErrorEnvelope>(spec).await?;
        match resp.status().as_u16() {
            200 => {
                ::std::result::Result::Ok(
                    rt::json::<_, crate::models::ErrorEnvelope>(resp).await?,
                )
            }
            _ => {
                ::std::result::Result::Err(
                    rt::api_error::<crate::models::ErrorEnvelope>(resp).await,
                )
            }
        }
    }
    /** Every item of `listTasks`, page after page: follows each page's next link until the last page.
 Pages are fetched lazily; an error ends the stream.*/
    #[inline]
    pub fn list_tasks_stream<'a>(
        &'a self,
        query: &'a crate::models::ListTasksQuery,
    ) -> ::std::pin::Pin<
        ::std::boxed::Box<
            dyn futures_core::Stream<
                Item = ::std::result::Result<
                    crate::models::Task,
                    rt::Error<crate::models::ErrorEnvelope>,
                >,
            > + ::std::marker::Send + 'a,
        >,
    > {
        let first = ::std::boxed::Box::pin(self.list_tasks(query));
        rt::paginate(
            self,
            first,
            |page: crate::models::TaskList| {
                let next = ::std::option::Option::Some(&page)
                    .map(|v| &v.pagination)
                    .and_then(|v| v.next.as_ref())
                    .map(|v| &v.href)
                    .cloned();
                (page.resources, next)
            },
            "listTasks",
            SECURITY_BEARER_AUTH,
        )
    }
    /// Get a task
    ///
    /// Retrieve one task. `command` is omitted for callers who cannot read secrets.
    ///
    /// `GET /v3/tasks/{guid}`
    #[inline]
    pub async fn get_task(
        &self,
        guid: &::uuid::Uuid,
    ) -> ::std::result::Result<
        crate::models::Task,
        rt::Error<crate::models::ErrorEnvelope>,
    > {
        let path_0 = crate::rt::primitives::QueryValue::to_query(guid);
        let path = [rt::PathPart::Literal("/v3/tasks/"), rt::PathPart::Param(&path_0)];
        let spec = rt::RequestSpec {
            operation: "getTask",
            template: "/v3/tasks/{guid}",
            method: reqwest::Method::GET,
            path: &path,
            query: ::std::vec::Vec::new(),
            headers: ::std::vec::Vec::new(),
            body: rt::RequestBody::Empty,
            auth: SECURITY_BEARER_AUTH,
        };
        let resp = self.send::<crate::models::ErrorEnvelope>(spec).await?;
        match resp.status().as_u16() {
            200 => {
                ::std::result::Result::Ok(
                    rt::json::<_, crate::models::ErrorEnvelope>(resp).await?,
                )
            }
            _ => {
                ::std::result::Result::Err(
                    rt::api_error::<crate::models::ErrorEnvelope>(resp).await,
                )
            }
        }
    }
    /// Update a task
    ///
    /// Update a task's metadata. Metadata is deep-merged; a key set to `null` is deleted.
    ///
    /// `PATCH /v3/tasks/{guid}`
    #[inline]
    pub async fn update_task(
        &self,
        guid: &::uuid::Uuid,
        body: &crate::models::TaskUpdate,
    ) -> ::std::result::Result<
        crate::models::Task,
        rt::Error<crate::models::ErrorEnvelope>,
    > {
        let path_0 = crate::rt::primitives::QueryValue::to_query(guid);
        let path = [rt::PathPart::Literal("/v3/tasks/"), rt::PathPart::Param(&path_0)];
        let spec = rt::RequestSpec {
            operation: "updateTask",
            template: "/v3/tasks/{guid}",
            method: reqwest::Method::PATCH,
            path: &path,
            query: ::std::vec::Vec::new(),
            headers: ::std::vec::Vec::new(),
            body: rt::RequestBody::json::<_, crate::models::ErrorEnvelope>(body)?,
            auth: SECURITY_BEARER_AUTH,
        };
        let resp = self.send::<crate::models::ErrorEnvelope>(spec).await?;
        match resp.status().as_u16() {
            200 => {
                ::std::result::Result::Ok(
                    rt::json::<_, crate::models::ErrorEnvelope>(resp).await?,
                )
            }
            _ => {
                ::std::result::Result::Err(
                    rt::api_error::<crate::models::ErrorEnvelope>(resp).await,
                )
            }
        }
    }
    /// Cancel a task
    ///
    /// Ask a running task to stop. It moves to `CANCELING` and later to `FAILED`. Tasks already `SUCCEEDED` or `FAILED` cannot be canceled (422).
    ///
    /// `POST /v3/tasks/{guid}/actions/cancel`
    #[inline]
    pub async fn cancel_task(
        &self,
        guid: &::uuid::Uuid,
    ) -> ::std::result::Result<
        crate::models::Task,
        rt::Error<crate::models::ErrorEnvelope>,
    > {
        let path_0 = crate::rt::primitives::QueryValue::to_query(guid);
        let path = [
            rt::PathPart::Literal("/v3/tasks/"),
            rt::PathPart::Param(&path_0),
            rt::PathPart::Literal("/actions/cancel"),
        ];
        let spec = rt::RequestSpec {
            operation: "cancelTask",
            template: "/v3/tasks/{guid}/actions/cancel",
            method: reqwest::Method::POST,
            path: &path,
            query: ::std::vec::Vec::new(),
            headers: ::std::vec::Vec::new(),
            body: rt::RequestBody::Empty,
            auth: SECURITY_BEARER_AUTH,
        };
        let resp = self.send::<crate::models::ErrorEnvelope>(spec).await?;
        match resp.status().as_u16() {
            202 => {
                ::std::result::Result::Ok(
                    rt::json::<_, crate::models::ErrorEnvelope>(resp).await?,
                )
            }
            _ => {
                ::std::result::Result::Err(
                    rt::api_error::<crate::models::ErrorEnvelope>(resp).await,
                )
            }
        }
    }
    /// Cancel a task (deprecated route)
    ///
    /// The old cancel route; identical to `POST /v3/tasks/{guid}/actions/cancel`, which new clients should use.
    ///
    /// `PUT /v3/tasks/{guid}/cancel`
    #[deprecated]
    #[inline]
    pub async fn cancel_task_deprecated(
        &self,
        guid: &::uuid::Uuid,
    ) -> ::std::result::Result<
        crate::models::Task,
        rt::Error<crate::models::ErrorEnvelope>,
    > {
        let path_0 = crate::rt::primitives::QueryValue::to_query(guid);
        let path = [
            rt::PathPart::Literal("/v3/tasks/"),
            rt::PathPart::Param(&path_0),
            rt::PathPart::Literal("/cancel"),
        ];
        let spec = rt::RequestSpec {
            operation: "cancelTaskDeprecated",
            template: "/v3/tasks/{guid}/cancel",
            method: reqwest::Method::PUT,
            path: &path,
            query: ::std::vec::Vec::new(),
            headers: ::std::vec::Vec::new(),
            body: rt::RequestBody::Empty,
            auth: SECURITY_BEARER_AUTH,
        };
        let resp = self.send::<crate::models::ErrorEnvelope>(spec).await?;
        match resp.status().as_u16() {
            202 => {
                ::std::result::Result::Ok(
                    rt::json::<_, crate::models::ErrorEnvelope>(resp).await?,
                )
            }
            _ => {
                ::std::result::Result::Err(
                    rt::api_error::<crate::models::ErrorEnvelope>(resp).await,
                )
            }
        }
    }
    /// Get a job
    ///
    /// Retrieve an asynchronous job, such as a droplet upload or deletion. Poll it until `COMPLETE` or `FAILED`.
    ///
    /// `GET /v3/jobs/{guid}`
    #[inline]
    pub async fn get_job(
        &self,
        guid: &::uuid::Uuid,
    ) -> ::std::result::Result<
        crate::models::Job,
        rt::Error<crate::models::ErrorEnvelope>,
    > {
        let path_0 = crate::rt::primitives::QueryValue::to_query(guid);
        let path = [rt::PathPart::Literal("/v3/jobs/"), rt::PathPart::Param(&path_0)];
        let spec = rt::RequestSpec {
            operation: "getJob",
            template: "/v3/jobs/{guid}",
            method: reqwest::Method::GET,
            path: &path,
            query: ::std::vec::Vec::new(),
            headers: ::std::vec::Vec::new(),
            body: rt::RequestBody::Empty,
            auth: SECURITY_BEARER_AUTH,
        };
        let resp = self.send::<crate::models::ErrorEnvelope>(spec).await?;
        match resp.status().as_u16() {
            200 => {
                ::std::result::Result::Ok(
                    rt::json::<_, crate::models::ErrorEnvelope>(resp).await?,
                )
            }
            _ => {
                ::std::result::Result::Err(
                    rt::api_error::<crate::models::ErrorEnvelope>(resp).await,
                )
            }
        }
    }
}
/// A credential slot for each security scheme of the API.
impl ClientBuilder {
    /// A fixed credential for the `bearerAuth` scheme: the bearer token. (Use [`credential`](Self::credential) with a [`TokenProvider`](rt::TokenProvider) to refresh it.)
    pub fn bearer_auth_credential(
        self,
        token: impl ::std::convert::Into<rt::Secret>,
    ) -> Self {
        self.credential("bearerAuth", rt::StaticToken::new(token))
    }
}

//! Droplet bits on disk: `droplets/<guid>.tgz` under the data directory, written only through
//! a temporary file in `tmp/` that is fsynced and renamed into place, so a file under
//! `droplets/` is always whole.

use crate::error::Result;
use futures_util::StreamExt;
use generated_server_stubs::{ApiError, UploadStream};
use sha2::{Digest, Sha256};
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use tokio::io::AsyncWriteExt;

/// Read and write sizes for bits, large enough that syscalls do not dominate a transfer.
const CHUNK: usize = 256 * 1024;

/// The bits directories.
#[derive(Debug, Clone)]
pub struct Bits {
    droplets: PathBuf,
    tmp: PathBuf,
}

/// An upload received into a temporary file, removed on drop unless placed.
pub struct Received {
    path: Option<PathBuf>,
    /// The sha256 of the bytes, hex.
    pub sha256: String,
    /// How many bytes.
    pub size: u64,
}

impl Drop for Received {
    fn drop(&mut self) {
        if let Some(path) = self.path.take() {
            let _ = std::fs::remove_file(path);
        }
    }
}

impl Bits {
    /// Creates the directories under `data` and empties `tmp/` (what a crash left half-written).
    pub fn open(data: &Path) -> io::Result<Bits> {
        let bits = Bits {
            droplets: data.join("droplets"),
            tmp: data.join("tmp"),
        };
        std::fs::create_dir_all(&bits.droplets)?;
        if bits.tmp.exists() {
            std::fs::remove_dir_all(&bits.tmp)?;
        }
        std::fs::create_dir_all(&bits.tmp)?;
        Ok(bits)
    }

    /// Where the bits of droplet `guid` live.
    pub fn path(&self, guid: &str) -> PathBuf {
        self.droplets.join(format!("{guid}.tgz"))
    }

    fn temporary(&self) -> PathBuf {
        self.tmp.join(format!("{}.part", uuid::Uuid::new_v4()))
    }

    /// Streams an upload into a temporary file, hashing it on the way; durable on return.
    pub async fn receive(&self, mut upload: UploadStream) -> Result<Received, ApiError> {
        let path = self.temporary();
        let mut received = Received {
            path: Some(path.clone()),
            sha256: String::new(),
            size: 0,
        };
        let storage = |e: io::Error| {
            tracing::error!(error = %e, "writing an upload failed");
            ApiError::internal()
        };
        let file = tokio::fs::File::create(&path).await.map_err(storage)?;
        // Network chunks are small; each write to a tokio file is a trip to a blocking thread,
        // so they are gathered into large writes.
        let mut file = tokio::io::BufWriter::with_capacity(4 * CHUNK, file);
        let mut hash = Sha256::new();
        while let Some(chunk) = upload.next().await {
            let chunk = chunk?;
            hash.update(&chunk);
            file.write_all(&chunk).await.map_err(storage)?;
            received.size += chunk.len() as u64;
        }
        file.flush().await.map_err(storage)?;
        file.get_ref().sync_all().await.map_err(storage)?;
        received.sha256 = hex(&hash.finalize());
        Ok(received)
    }

    /// Moves received bits into place as droplet `guid`'s.
    pub async fn place(&self, mut received: Received, guid: &str) -> io::Result<()> {
        let Some(from) = received.path.take() else {
            return Err(io::Error::other("the upload was already placed"));
        };
        let to = self.path(guid);
        if let Err(e) = tokio::fs::rename(&from, &to).await {
            let _ = tokio::fs::remove_file(&from).await;
            return Err(e);
        }
        sync_dir(&self.droplets).await
    }

    /// Copies droplet `from`'s bits to droplet `to` (through a temporary file).
    pub async fn copy(&self, from: &str, to: &str) -> io::Result<()> {
        let tmp = self.temporary();
        let result = async {
            tokio::fs::copy(self.path(from), &tmp).await?;
            tokio::fs::File::open(&tmp).await?.sync_all().await?;
            tokio::fs::rename(&tmp, self.path(to)).await?;
            sync_dir(&self.droplets).await
        }
        .await;
        if result.is_err() {
            let _ = tokio::fs::remove_file(&tmp).await;
        }
        result
    }

    /// Removes droplet `guid`'s bits, if there are any.
    pub async fn remove(&self, guid: &str) -> io::Result<()> {
        match tokio::fs::remove_file(self.path(guid)).await {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }

    /// Droplet `guid`'s bits as a body streamed from disk.
    pub async fn stream(&self, guid: &str) -> io::Result<axum::body::Body> {
        let file = tokio::fs::File::open(self.path(guid)).await?;
        let stream = tokio_util::io::ReaderStream::with_capacity(file, CHUNK);
        Ok(axum::body::Body::from_stream(stream))
    }

    /// The GUIDs of the droplets with bits on disk.
    pub fn stored(&self) -> io::Result<Vec<String>> {
        let mut out = Vec::new();
        for entry in std::fs::read_dir(&self.droplets)? {
            let name = entry?.file_name();
            if let Some(guid) = name.to_str().and_then(|n| n.strip_suffix(".tgz")) {
                out.push(guid.to_owned());
            }
        }
        Ok(out)
    }
}

/// Checks that the file is a gzipped tarball, reading it to the end (blocking).
pub fn check_tgz(path: &Path) -> Result<(), String> {
    let file = std::fs::File::open(path).map_err(|e| e.to_string())?;
    let gz = flate2::read::GzDecoder::new(io::BufReader::with_capacity(CHUNK, file));
    let mut archive = tar::Archive::new(gz);
    let entries = archive.entries().map_err(|e| e.to_string())?;
    for entry in entries {
        let mut entry = entry.map_err(|e| e.to_string())?;
        // Reading each entry to its end is what checks the whole gzip stream.
        io::copy(&mut (&mut entry).take(u64::MAX), &mut io::sink()).map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// Makes a rename durable.
async fn sync_dir(dir: &Path) -> io::Result<()> {
    let dir = dir.to_owned();
    tokio::task::spawn_blocking(move || std::fs::File::open(dir)?.sync_all())
        .await
        .map_err(io::Error::other)?
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

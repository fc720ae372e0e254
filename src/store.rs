//! Storage: the single-writer lock, bounded reads of untrusted files, and
//! atomic saves.
//!
//! A save writes a temporary file (mode 0600) beside the vault, fsyncs it,
//! renames it over the vault and fsyncs the directory. If any step fails the
//! temporary file is removed and the old vault is left as it was. A failed
//! fsync is never retried: after a failed fsync the kernel may have dropped
//! the dirty pages, so a retry could "succeed" over lost data.
//!
//! Every file operation of a save goes through [`SaveIo`], so tests can
//! inject ENOSPC or EIO at the Nth operation.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use crate::format::MAX_FILE_LEN;

/// Errors of the storage layer. Paths are included; contents never are.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// Another process holds the lock.
    #[error("the vault is in use by another kluis process (PID {pid}): close it first")]
    InUse {
        /// PID written in the lock file, or 0 if unknown.
        pid: u32,
    },
    /// No vault at the path.
    #[error("no vault at {0}: create one with `kluis init`, or pass --vault PATH")]
    NotFound(PathBuf),
    /// The path is a directory.
    #[error("{0} is a directory, not a vault file: pass the vault file itself with --vault")]
    IsDirectory(PathBuf),
    /// Not a regular file (FIFO, device, socket).
    #[error("{0} is not a regular file: a vault is a plain file")]
    NotRegular(PathBuf),
    /// Larger than any vault.
    #[error("{path} is {size_mib} MiB, larger than any vault (limit 64 MiB): check the path")]
    TooLarge {
        /// The path.
        path: PathBuf,
        /// Its size in MiB.
        size_mib: u64,
    },
    /// A vault already exists where init would write.
    #[error("{0} already exists: refusing to overwrite it; choose another path")]
    Exists(PathBuf),
    /// Any other I/O failure.
    #[error("{what} {path}: {source}")]
    Io {
        /// What was being done.
        what: &'static str,
        /// The path.
        path: PathBuf,
        /// The OS error.
        source: io::Error,
    },
}

fn io_err<'a>(what: &'static str, path: &'a Path) -> impl FnOnce(io::Error) -> StoreError + 'a {
    move |source| StoreError::Io {
        what,
        path: path.to_path_buf(),
        source,
    }
}

/// The lock path of a vault: `<vault>.lock`.
pub fn lock_path(vault: &Path) -> PathBuf {
    let mut s = vault.as_os_str().to_owned();
    s.push(".lock");
    PathBuf::from(s)
}

/// An exclusive lock on a vault, held while this value lives.
#[derive(Debug)]
pub struct VaultLock {
    _file: File,
}

impl VaultLock {
    /// Takes the lock, creating `<vault>.lock` (0600) if needed, and writes
    /// this process's PID into it.
    ///
    /// # Errors
    /// [`StoreError::InUse`] naming the holder's PID.
    pub fn acquire(vault: &Path) -> Result<VaultLock, StoreError> {
        let path = lock_path(vault);
        let mut file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .mode(0o600)
            .open(&path)
            .map_err(io_err("cannot open the lock file", &path))?;
        match file.try_lock() {
            Ok(()) => {}
            Err(fs::TryLockError::WouldBlock) => {
                let mut text = String::new();
                let _ = file.take(32).read_to_string(&mut text);
                return Err(StoreError::InUse {
                    pid: text.trim().parse().unwrap_or(0),
                });
            }
            Err(fs::TryLockError::Error(e)) => return Err(io_err("cannot lock", &path)(e)),
        }
        file.set_len(0)
            .map_err(io_err("cannot write the lock file", &path))?;
        write!(file, "{}", std::process::id())
            .map_err(io_err("cannot write the lock file", &path))?;
        Ok(VaultLock { _file: file })
    }
}

/// Reads an untrusted file of at most `limit` bytes, refusing directories,
/// FIFOs and oversized files before reading a byte. FIFOs are opened
/// non-blocking so a FIFO at the path cannot hang kluis.
///
/// # Errors
/// [`StoreError`].
pub fn read_bounded(path: &Path, limit: u64) -> Result<Vec<u8>, StoreError> {
    let meta = match fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Err(StoreError::NotFound(path.to_path_buf()));
        }
        Err(e) => return Err(io_err("cannot read", path)(e)),
    };
    check_meta(path, &meta, limit)?;
    let file = OpenOptions::new()
        .read(true)
        .custom_flags(rustix::fs::OFlags::NONBLOCK.bits() as i32)
        .open(path)
        .map_err(io_err("cannot open", path))?;
    // Check again on the open file: the path may have been swapped.
    let meta = file.metadata().map_err(io_err("cannot read", path))?;
    check_meta(path, &meta, limit)?;
    let mut buf = Vec::with_capacity(meta.len() as usize);
    file.take(limit + 1)
        .read_to_end(&mut buf)
        .map_err(io_err("cannot read", path))?;
    if buf.len() as u64 > limit {
        return Err(StoreError::TooLarge {
            path: path.to_path_buf(),
            size_mib: buf.len() as u64 >> 20,
        });
    }
    Ok(buf)
}

fn check_meta(path: &Path, meta: &fs::Metadata, limit: u64) -> Result<(), StoreError> {
    if meta.is_dir() {
        return Err(StoreError::IsDirectory(path.to_path_buf()));
    }
    if !meta.is_file() {
        return Err(StoreError::NotRegular(path.to_path_buf()));
    }
    if meta.len() > limit {
        return Err(StoreError::TooLarge {
            path: path.to_path_buf(),
            size_mib: meta.len() >> 20,
        });
    }
    Ok(())
}

/// Reads a small input a person pointed kluis at (a passphrase, PIN, value
/// or share file): a regular file, or a pipe or terminal such as
/// `<(gpg -d pass.gpg)` or `/dev/stdin`. Directories are refused; at most
/// `limit` bytes are read, and more is an error rather than a truncation.
///
/// # Errors
/// [`StoreError`].
pub fn read_input(path: &Path, limit: u64) -> Result<Vec<u8>, StoreError> {
    let file = match File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Err(StoreError::Io {
                what: "no such file",
                path: path.to_path_buf(),
                source: e,
            });
        }
        Err(e) => return Err(io_err("cannot open", path)(e)),
    };
    let meta = file.metadata().map_err(io_err("cannot read", path))?;
    if meta.is_dir() {
        return Err(StoreError::IsDirectory(path.to_path_buf()));
    }
    let mut buf = Vec::new();
    file.take(limit + 1)
        .read_to_end(&mut buf)
        .map_err(io_err("cannot read", path))?;
    if buf.len() as u64 > limit {
        zeroize::Zeroize::zeroize(&mut buf);
        return Err(StoreError::TooLarge {
            path: path.to_path_buf(),
            size_mib: limit >> 20,
        });
    }
    Ok(buf)
}

/// Reads a vault file (bounded by [`MAX_FILE_LEN`]).
///
/// # Errors
/// [`StoreError`].
pub fn read_vault(path: &Path) -> Result<Vec<u8>, StoreError> {
    read_bounded(path, MAX_FILE_LEN)
}

/// The file operations of a save, as a seam for fault injection.
pub trait SaveIo {
    /// Creates a new file (O_EXCL, mode 0600).
    fn create(&self, path: &Path) -> io::Result<File>;
    /// Writes all of `data`.
    fn write_all(&self, file: &mut File, data: &[u8]) -> io::Result<()>;
    /// fsyncs a file.
    fn sync(&self, file: &File) -> io::Result<()>;
    /// Renames `from` over `to`.
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()>;
    /// fsyncs a directory.
    fn sync_dir(&self, dir: &Path) -> io::Result<()>;
}

/// The real file system.
#[derive(Debug, Default, Clone, Copy)]
pub struct OsIo;

impl SaveIo for OsIo {
    fn create(&self, path: &Path) -> io::Result<File> {
        OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(path)
    }
    fn write_all(&self, file: &mut File, data: &[u8]) -> io::Result<()> {
        file.write_all(data)
    }
    fn sync(&self, file: &File) -> io::Result<()> {
        file.sync_all()
    }
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        fs::rename(from, to)
    }
    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        File::open(dir)?.sync_all()
    }
}

/// Injects one error at the Nth operation (1-based); every other operation
/// goes to the real file system. For tests.
#[derive(Debug)]
pub struct FailAt {
    /// Which operation fails.
    pub n: usize,
    /// The errno to fail with (e.g. ENOSPC = 28, EIO = 5).
    pub errno: i32,
    count: std::sync::atomic::AtomicUsize,
}

impl FailAt {
    /// Fails operation `n` with `errno`.
    pub fn new(n: usize, errno: i32) -> Self {
        Self {
            n,
            errno,
            count: std::sync::atomic::AtomicUsize::new(0),
        }
    }

    fn tick(&self) -> io::Result<()> {
        let c = self.count.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
        if c == self.n {
            Err(io::Error::from_raw_os_error(self.errno))
        } else {
            Ok(())
        }
    }
}

impl SaveIo for FailAt {
    fn create(&self, path: &Path) -> io::Result<File> {
        self.tick()?;
        OsIo.create(path)
    }
    fn write_all(&self, file: &mut File, data: &[u8]) -> io::Result<()> {
        self.tick()?;
        OsIo.write_all(file, data)
    }
    fn sync(&self, file: &File) -> io::Result<()> {
        self.tick()?;
        OsIo.sync(file)
    }
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        self.tick()?;
        OsIo.rename(from, to)
    }
    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        self.tick()?;
        OsIo.sync_dir(dir)
    }
}

/// Removes temporary files a killed save left beside the vault. Call only
/// while holding the vault's lock: then no other process is writing one.
/// Returns how many were removed; errors are ignored (a leftover temp file
/// is harmless, only untidy: it holds a complete or partial encrypted
/// vault, never plaintext).
pub fn remove_stale_temps(path: &Path) -> usize {
    let Some(name) = path.file_name().map(|n| n.to_string_lossy().into_owned()) else {
        return 0;
    };
    let prefix = format!(".{name}.");
    let Ok(entries) = fs::read_dir(parent_dir(path)) else {
        return 0;
    };
    entries
        .filter_map(|e| e.ok())
        .filter(|e| {
            let n = e.file_name().to_string_lossy().into_owned();
            n.starts_with(&prefix) && n.ends_with(".tmp") && n.len() == prefix.len() + 16 + 4
        })
        .filter(|e| fs::remove_file(e.path()).is_ok())
        .count()
}

fn temp_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tag: u64 = rand::random();
    path.with_file_name(format!(".{name}.{tag:016x}.tmp"))
}

fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Atomically replaces (or creates) `path` with `data`.
///
/// # Errors
/// [`StoreError::Io`] from the step that failed; the old file is untouched
/// and no temporary file is left. After the rename succeeded but the
/// directory fsync failed, the new file is in place but may not survive a
/// crash; the error says so.
pub fn save_atomic(path: &Path, data: &[u8], io: &dyn SaveIo) -> Result<(), StoreError> {
    let tmp = temp_path(path);
    let mut file = io
        .create(&tmp)
        .map_err(io_err("cannot create a temporary file beside", path))?;
    let cleanup = |e: StoreError| {
        let _ = fs::remove_file(&tmp);
        e
    };
    io.write_all(&mut file, data)
        .map_err(io_err("cannot write the vault; it was not changed:", path))
        .map_err(cleanup)?;
    // Never retried: see the module docs.
    io.sync(&file)
        .map_err(io_err(
            "cannot flush the vault to disk; it was not changed:",
            path,
        ))
        .map_err(cleanup)?;
    drop(file);
    io.rename(&tmp, path)
        .map_err(io_err(
            "cannot replace the vault; it was not changed:",
            path,
        ))
        .map_err(cleanup)?;
    io.sync_dir(parent_dir(path))
        .map_err(io_err("the vault was written but its directory could not be flushed; check the disk, then run `kluis audit verify`:", path))?;
    Ok(())
}

/// Creates a new file with mode 0600 that must not exist yet, atomically.
///
/// # Errors
/// [`StoreError::Exists`] if something is at `path`.
pub fn create_new_atomic(path: &Path, data: &[u8], io: &dyn SaveIo) -> Result<(), StoreError> {
    if fs::symlink_metadata(path).is_ok() {
        return Err(StoreError::Exists(path.to_path_buf()));
    }
    save_atomic(path, data, io)
}

/// Makes sure `dir` exists with mode 0700 when created.
///
/// # Errors
/// [`StoreError::Io`].
pub fn ensure_dir(dir: &Path) -> Result<(), StoreError> {
    if dir.as_os_str().is_empty() || dir.exists() {
        return Ok(());
    }
    fs::create_dir_all(dir).map_err(io_err("cannot create directory", dir))?;
    fs::set_permissions(dir, fs::Permissions::from_mode(0o700))
        .map_err(io_err("cannot set permissions on", dir))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leftovers(dir: &Path) -> Vec<String> {
        fs::read_dir(dir)
            .expect("dir")
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".tmp"))
            .collect()
    }

    #[test]
    fn save_replaces_with_mode_0600() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("v");
        save_atomic(&p, b"one", &OsIo).expect("save");
        save_atomic(&p, b"two", &OsIo).expect("save");
        assert_eq!(fs::read(&p).expect("read"), b"two");
        assert_eq!(
            fs::metadata(&p).expect("meta").permissions().mode() & 0o777,
            0o600
        );
        assert!(leftovers(dir.path()).is_empty());
    }

    #[test]
    fn every_injected_failure_leaves_old_file_and_no_temp() {
        for errno in [28, 5] {
            let dir = tempfile::tempdir().expect("tempdir");
            let p = dir.path().join("v");
            save_atomic(&p, b"old", &OsIo).expect("save");
            let mut n = 1;
            loop {
                match save_atomic(&p, b"new", &FailAt::new(n, errno)) {
                    Ok(()) => break,
                    Err(StoreError::Io { source, .. }) => {
                        assert_eq!(source.raw_os_error(), Some(errno));
                        // Before the rename (ops 1-4) the old file is intact;
                        // op 5 is the directory fsync, after the rename.
                        let expect: &[u8] = if n <= 4 { b"old" } else { b"new" };
                        assert_eq!(fs::read(&p).expect("read"), expect, "n={n}");
                    }
                    Err(e) => panic!("unexpected {e}"),
                }
                assert!(leftovers(dir.path()).is_empty(), "temp left at n={n}");
                n += 1;
            }
            assert_eq!(n, 6, "a save is five operations");
        }
    }

    #[test]
    fn read_refuses_dir_fifo_and_huge_files() {
        let dir = tempfile::tempdir().expect("tempdir");
        assert!(matches!(
            read_vault(dir.path()),
            Err(StoreError::IsDirectory(_))
        ));
        let fifo = dir.path().join("fifo");
        rustix::fs::mknodat(
            rustix::fs::CWD,
            &fifo,
            rustix::fs::FileType::Fifo,
            rustix::fs::Mode::from_raw_mode(0o600),
            0,
        )
        .expect("mkfifo");
        assert!(matches!(read_vault(&fifo), Err(StoreError::NotRegular(_))));
        let big = dir.path().join("big");
        File::create(&big)
            .expect("create")
            .set_len(1 << 30)
            .expect("sparse");
        assert!(matches!(
            read_vault(&big),
            Err(StoreError::TooLarge { size_mib: 1024, .. })
        ));
        assert!(matches!(
            read_vault(&dir.path().join("none")),
            Err(StoreError::NotFound(_))
        ));
    }

    #[test]
    fn stale_temps_are_removed_and_nothing_else() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("v.kluis");
        save_atomic(&p, b"vault", &OsIo).expect("save");
        fs::write(dir.path().join(".v.kluis.0123456789abcdef.tmp"), b"partial").expect("w");
        fs::write(dir.path().join(".other.0123456789abcdef.tmp"), b"x").expect("w");
        fs::write(dir.path().join(".v.kluis.notatemp"), b"x").expect("w");
        assert_eq!(remove_stale_temps(&p), 1);
        assert_eq!(
            leftovers(dir.path()),
            vec![".other.0123456789abcdef.tmp".to_string()]
        );
        assert_eq!(fs::read(&p).expect("read"), b"vault");
    }

    #[test]
    fn second_lock_names_pid() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("v");
        let _held = VaultLock::acquire(&p).expect("first");
        match VaultLock::acquire(&p) {
            Err(StoreError::InUse { pid }) => assert_eq!(pid, std::process::id()),
            other => panic!("expected InUse, got {other:?}"),
        }
    }
}

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
//!
//! # Security: links
//!
//! Whoever can write the directories kluis writes in (the vault's, the state
//! directory, an export's) can put a symbolic link where kluis will write.
//! So no file kluis writes is opened through a link: new files are created
//! with `O_CREAT | O_EXCL | O_NOFOLLOW` ([`create_new_file`]), files that may
//! already exist (the lock, the journal) are opened with `O_NOFOLLOW` and
//! must be plain files with one name ([`open_lock_file`], [`open_append`]),
//! and a rename never lands on a link ([`save_atomic`] refuses one at the
//! target; [`create_new_atomic`] renames with `RENAME_NOREPLACE`). A link
//! where kluis writes is refused with its path named. Only the last path
//! component is checked: linked parent directories (a home directory on
//! another disk) keep working, and they are the user's own choice.
//!
//! Directories kluis makes, parents included, are mode 0700 whatever the
//! umask ([`ensure_dir`]).

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::os::unix::fs::{DirBuilderExt, FileTypeExt, MetadataExt, OpenOptionsExt, PermissionsExt};
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
    #[error("no vault at {0}: create one first, or name another vault file")]
    NotFound(PathBuf),
    /// The path is a directory.
    #[error("{0} is a directory, not a vault file: name the vault file itself")]
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
    /// A symbolic link where kluis writes a file.
    #[error(
        "{0} is a symbolic link: kluis does not write through links; remove the link, or name a new file"
    )]
    Symlink(PathBuf),
    /// The vault path is a symbolic link.
    #[error(
        "the vault path {path} is a symbolic link to {target}: kluis does not follow a link at the vault path (a save would replace the link with a file); name the vault file itself"
    )]
    VaultSymlink {
        /// The link.
        path: PathBuf,
        /// What it points to, as written in the link.
        target: PathBuf,
    },
    /// A file kluis writes has other names (hard links).
    #[error(
        "{0} has other hard links: kluis does not write to a file that has other names; remove it"
    )]
    HardLinked(PathBuf),
    /// A regular file larger than kluis reads for that input.
    #[error(
        "{path} is {size} bytes, over the limit of {limit} bytes for this input: check the path"
    )]
    InputTooLarge {
        /// The path.
        path: PathBuf,
        /// Its exact size in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// A stream (pipe, device) that gave more than kluis reads for that input.
    #[error(
        "{path} is not a regular file and gave more than {limit} bytes, the limit for this input: check the path"
    )]
    StreamTooLarge {
        /// The path.
        path: PathBuf,
        /// The limit in bytes.
        limit: u64,
    },
    /// A named pipe where a file is read: it could block forever.
    #[error(
        "{0} is a named pipe (FIFO), which could keep kluis waiting forever: give a regular file, - for standard input, or a shell pipe such as <(command)"
    )]
    NamedPipe(PathBuf),
    /// A vault already exists where init would write.
    #[error("{0} already exists: refusing to overwrite it; choose another path")]
    Exists(PathBuf),
    /// Any other I/O failure.
    #[error("{what} {path}: {cause}")]
    Io {
        /// What was being done.
        what: &'static str,
        /// The path.
        path: PathBuf,
        /// The OS error. Not the error's `source()`: the message holds it
        /// already, and `{:#}` would print it twice (issue 12 item 5).
        cause: io::Error,
    },
    /// A file the user pointed kluis at (a share, image, value, export or
    /// passphrase file) does not exist. Not [`StoreError::NotFound`], which
    /// is about the vault (issue 12 item 5: "no vault at missing.jpg").
    #[error("no such file {0}: check the path")]
    NoSuchFile(PathBuf),
}

fn io_err<'a>(what: &'static str, path: &'a Path) -> impl FnOnce(io::Error) -> StoreError + 'a {
    move |source| StoreError::Io {
        what,
        path: path.to_path_buf(),
        cause: source,
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
    /// [`StoreError::InUse`] naming the holder's PID; [`StoreError::Symlink`],
    /// [`StoreError::HardLinked`] or [`StoreError::NotRegular`] when the
    /// lock path is not a plain file of its own (it is truncated, so a link
    /// would truncate whatever it points to).
    pub fn acquire(vault: &Path) -> Result<VaultLock, StoreError> {
        let path = lock_path(vault);
        let mut file = open_lock_file(&path)?;
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

/// `O_NOFOLLOW | O_CLOEXEC` as `custom_flags` takes them.
fn nofollow() -> i32 {
    (rustix::fs::OFlags::NOFOLLOW | rustix::fs::OFlags::CLOEXEC).bits() as i32
}

/// Maps an open error on a path opened with `O_NOFOLLOW`: `ELOOP` means the
/// last component is a link.
fn open_err<'a>(what: &'static str, path: &'a Path) -> impl FnOnce(io::Error) -> StoreError + 'a {
    move |source| {
        if source.raw_os_error() == Some(rustix::io::Errno::LOOP.raw_os_error()) {
            StoreError::Symlink(path.to_path_buf())
        } else {
            io_err(what, path)(source)
        }
    }
}

/// A file kluis writes that may exist already must be a regular file with
/// no other name, or writing it would write another file too.
fn check_own_file(path: &Path, file: &File) -> Result<(), StoreError> {
    let meta = file.metadata().map_err(io_err("cannot read", path))?;
    if meta.is_dir() {
        return Err(StoreError::IsDirectory(path.to_path_buf()));
    }
    if !meta.is_file() {
        return Err(StoreError::NotRegular(path.to_path_buf()));
    }
    if meta.nlink() > 1 {
        return Err(StoreError::HardLinked(path.to_path_buf()));
    }
    Ok(())
}

/// Creates a new file (mode 0600) that must not exist, not even as a
/// dangling link: `O_CREAT | O_EXCL | O_NOFOLLOW`. Every new file kluis
/// writes is made here (temporary files of a save, `--to file=`).
///
/// # Errors
/// [`StoreError::Symlink`] for a link at `path`, [`StoreError::Exists`] for
/// anything else there, [`StoreError::Io`] otherwise.
pub fn create_new_file(path: &Path) -> Result<File, StoreError> {
    match OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .custom_flags(nofollow())
        .open(path)
    {
        Ok(f) => Ok(f),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(refuse_existing(path)),
        Err(e) => Err(open_err("cannot create", path)(e)),
    }
}

/// Why a path kluis must create is taken: a link or something else.
fn refuse_existing(path: &Path) -> StoreError {
    match fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => StoreError::Symlink(path.to_path_buf()),
        _ => StoreError::Exists(path.to_path_buf()),
    }
}

/// Checks that nothing, not even a dangling link, is at `path`, before
/// work that ends in creating it.
///
/// # Errors
/// [`StoreError::Symlink`] or [`StoreError::Exists`].
pub fn check_new_path(path: &Path) -> Result<(), StoreError> {
    if fs::symlink_metadata(path).is_ok() {
        return Err(refuse_existing(path));
    }
    Ok(())
}

/// Opens (creating, mode 0600) a file to append to, never through a link
/// and never a file with other names. For the locked-time journal.
///
/// # Errors
/// [`StoreError::Symlink`], [`StoreError::HardLinked`],
/// [`StoreError::NotRegular`], [`StoreError::Io`].
pub fn open_append(path: &Path) -> Result<File, StoreError> {
    let file = OpenOptions::new()
        .append(true)
        .create(true)
        .mode(0o600)
        .custom_flags(nofollow() | rustix::fs::OFlags::NONBLOCK.bits() as i32)
        .open(path)
        .map_err(open_err("cannot open", path))?;
    check_own_file(path, &file)?;
    Ok(file)
}

/// Opens (creating, mode 0600) a lock file, never through a link, never a
/// file with other names, and without blocking on a FIFO.
///
/// # Errors
/// As [`open_append`].
pub fn open_lock_file(path: &Path) -> Result<File, StoreError> {
    let file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .mode(0o600)
        .custom_flags(nofollow() | rustix::fs::OFlags::NONBLOCK.bits() as i32)
        .open(path)
        .map_err(open_err("cannot open the lock file", path))?;
    check_own_file(path, &file)?;
    Ok(file)
}

/// Refuses a vault path whose last component is a symbolic link. kluis
/// refuses rather than follows: following would need the lock, the save's
/// temporary file and the rename all at the link's target, and a link
/// swapped between them would split them; refusing keeps one rule for
/// every file kluis writes (docs/THREAT-MODEL.md, "Links and special
/// files").
///
/// # Errors
/// [`StoreError::VaultSymlink`] naming the target.
pub fn refuse_vault_symlink(path: &Path) -> Result<(), StoreError> {
    match fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => Err(StoreError::VaultSymlink {
            path: path.to_path_buf(),
            target: fs::read_link(path).unwrap_or_default(),
        }),
        _ => Ok(()),
    }
}

/// Reads an untrusted file of at most `limit` bytes, refusing directories,
/// FIFOs and oversized files before reading a byte. FIFOs are opened
/// non-blocking so a FIFO at the path cannot hang kluis.
///
/// # Errors
/// [`StoreError`]; [`StoreError::InputTooLarge`] with the exact size.
pub fn read_bounded(path: &Path, limit: u64) -> Result<Vec<u8>, StoreError> {
    read_limited(path, limit, true)
}

/// Reads a file kluis wrote itself (the rollback state, the journal) as
/// [`read_bounded`] does, but never through a link: one there was not put
/// by kluis.
///
/// # Errors
/// [`StoreError::Symlink`] for a link, else as [`read_bounded`].
pub fn read_own(path: &Path, limit: u64) -> Result<Vec<u8>, StoreError> {
    read_limited(path, limit, false).map_err(|e| match e {
        StoreError::NoSuchFile(p) => StoreError::NotFound(p),
        e => e,
    })
}

fn read_limited(path: &Path, limit: u64, follow: bool) -> Result<Vec<u8>, StoreError> {
    let stat = if follow {
        fs::metadata(path)
    } else {
        fs::symlink_metadata(path)
    };
    let meta = match stat {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Err(StoreError::NoSuchFile(path.to_path_buf()));
        }
        Err(e) => return Err(io_err("cannot read", path)(e)),
    };
    if meta.file_type().is_symlink() {
        return Err(StoreError::Symlink(path.to_path_buf()));
    }
    check_meta(path, &meta, limit)?;
    let no_follow = if follow { 0 } else { nofollow() };
    let file = OpenOptions::new()
        .read(true)
        .custom_flags(rustix::fs::OFlags::NONBLOCK.bits() as i32 | no_follow)
        .open(path)
        .map_err(open_err("cannot open", path))?;
    // Check again on the open file: the path may have been swapped.
    let meta = file.metadata().map_err(io_err("cannot read", path))?;
    check_meta(path, &meta, limit)?;
    let mut buf = Vec::with_capacity(meta.len() as usize);
    file.take(limit + 1)
        .read_to_end(&mut buf)
        .map_err(io_err("cannot read", path))?;
    if buf.len() as u64 > limit {
        return Err(StoreError::InputTooLarge {
            path: path.to_path_buf(),
            size: buf.len() as u64,
            limit,
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
        return Err(StoreError::InputTooLarge {
            path: path.to_path_buf(),
            size: meta.len(),
            limit,
        });
    }
    Ok(())
}

/// Reads a small input a person pointed kluis at (a passphrase, PIN, value
/// or share file): a regular file, or a pipe or terminal such as
/// `<(gpg -d pass.gpg)` or `/dev/stdin`. Directories are refused; at most
/// `limit` bytes are read, and more is an error rather than a truncation.
///
/// # Security
/// A named pipe (FIFO) is refused: with no writer, reading one blocks
/// forever, and someone who can write the directory can swap a share file
/// for one. It is opened non-blocking (which does not wait for a writer)
/// and told apart from the anonymous pipe of `<(command)` or `cmd |` by
/// its file system (pipefs): an anonymous pipe always had a writer, and
/// reading it ends when that writer ends.
///
/// # Errors
/// [`StoreError`]: [`StoreError::InputTooLarge`] with the exact size of a
/// regular file, [`StoreError::StreamTooLarge`] for a stream,
/// [`StoreError::NamedPipe`].
pub fn read_input(path: &Path, limit: u64) -> Result<Vec<u8>, StoreError> {
    let file = match OpenOptions::new()
        .read(true)
        .custom_flags((rustix::fs::OFlags::NONBLOCK | rustix::fs::OFlags::CLOEXEC).bits() as i32)
        .open(path)
    {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Err(StoreError::NoSuchFile(path.to_path_buf()));
        }
        Err(e) => return Err(io_err("cannot open", path)(e)),
    };
    let meta = file.metadata().map_err(io_err("cannot read", path))?;
    if meta.is_dir() {
        return Err(StoreError::IsDirectory(path.to_path_buf()));
    }
    if meta.file_type().is_fifo() && !is_anonymous_pipe(&file) {
        return Err(StoreError::NamedPipe(path.to_path_buf()));
    }
    if meta.is_file() && meta.len() > limit {
        return Err(StoreError::InputTooLarge {
            path: path.to_path_buf(),
            size: meta.len(),
            limit,
        });
    }
    // Pipes and terminals are read blocking again: the writer (a person
    // typing, `gpg`) may be slow, and it exists.
    rustix::fs::fcntl_getfl(&file)
        .and_then(|fl| rustix::fs::fcntl_setfl(&file, fl - rustix::fs::OFlags::NONBLOCK))
        .map_err(|e| io_err("cannot read", path)(e.into()))?;
    let mut buf = Vec::new();
    file.take(limit + 1)
        .read_to_end(&mut buf)
        .map_err(io_err("cannot read", path))?;
    if buf.len() as u64 > limit {
        zeroize::Zeroize::zeroize(&mut buf);
        return Err(if meta.is_file() {
            // It grew while read: say what was seen.
            StoreError::InputTooLarge {
                path: path.to_path_buf(),
                size: meta.len().max(limit + 1),
                limit,
            }
        } else {
            StoreError::StreamTooLarge {
                path: path.to_path_buf(),
                limit,
            }
        });
    }
    Ok(buf)
}

/// Whether `file` is an anonymous pipe (its inode lives on pipefs), not a
/// named FIFO on a disk.
fn is_anonymous_pipe(file: &File) -> bool {
    /// `PIPEFS_MAGIC` of linux/magic.h.
    const PIPEFS_MAGIC: i64 = 0x5049_5045;
    // `f_type` is i64 here but another integer type on other targets.
    #[allow(clippy::unnecessary_cast)]
    rustix::fs::fstatfs(file).is_ok_and(|s| s.f_type as i64 == PIPEFS_MAGIC)
}

/// Reads a vault file (bounded by [`MAX_FILE_LEN`]); a link at `path` is
/// refused ([`refuse_vault_symlink`]).
///
/// # Errors
/// [`StoreError`]; [`StoreError::TooLarge`] above the vault limit.
pub fn read_vault(path: &Path) -> Result<Vec<u8>, StoreError> {
    refuse_vault_symlink(path)?;
    read_bounded(path, MAX_FILE_LEN).map_err(|e| match e {
        StoreError::NoSuchFile(path) => StoreError::NotFound(path),
        StoreError::InputTooLarge { path, size, .. } => StoreError::TooLarge {
            path,
            size_mib: size >> 20,
        },
        e => e,
    })
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
    /// Renames `from` to `to`, failing with `EEXIST` if anything, a link
    /// included, is at `to` (`RENAME_NOREPLACE`).
    fn rename_new(&self, from: &Path, to: &Path) -> io::Result<()>;
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
            .custom_flags(nofollow())
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
    fn rename_new(&self, from: &Path, to: &Path) -> io::Result<()> {
        use rustix::fs::{CWD, RenameFlags, renameat_with};
        match renameat_with(CWD, from, CWD, to, RenameFlags::NOREPLACE) {
            // A file system without RENAME_NOREPLACE: the caller checked
            // that `to` was free; a plain rename still never writes through
            // a link (it would replace the link itself).
            Err(rustix::io::Errno::INVAL) => fs::rename(from, to),
            r => r.map_err(io::Error::from),
        }
    }
    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        File::open(dir)?.sync_all()
    }
}

/// Injects one error at the Nth operation (1-based); every other operation
/// goes to the real file system. For tests (feature `test-util`).
#[cfg(any(test, feature = "test-util"))]
#[derive(Debug)]
pub struct FailAt {
    /// Which operation fails.
    pub n: usize,
    /// The errno to fail with (e.g. ENOSPC = 28, EIO = 5).
    pub errno: i32,
    count: std::sync::atomic::AtomicUsize,
}

#[cfg(any(test, feature = "test-util"))]
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

#[cfg(any(test, feature = "test-util"))]
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
    fn rename_new(&self, from: &Path, to: &Path) -> io::Result<()> {
        self.tick()?;
        OsIo.rename_new(from, to)
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
/// [`StoreError::Symlink`] if `path` is a symbolic link (nothing is
/// written); [`StoreError::Io`] from the step that failed; the old file is
/// untouched and no temporary file is left. After the rename succeeded but
/// the directory fsync failed, the new file is in place but may not survive
/// a crash; the error says so.
pub fn save_atomic(path: &Path, data: &[u8], io: &dyn SaveIo) -> Result<(), StoreError> {
    if fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
        return Err(StoreError::Symlink(path.to_path_buf()));
    }
    save(path, data, io, false)
}

/// The steps of a save; `new` renames with `RENAME_NOREPLACE`.
fn save(path: &Path, data: &[u8], io: &dyn SaveIo, new: bool) -> Result<(), StoreError> {
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
    let renamed = if new {
        io.rename_new(&tmp, path).map_err(|e| {
            if e.kind() == io::ErrorKind::AlreadyExists {
                refuse_existing(path)
            } else {
                io_err("cannot create", path)(e)
            }
        })
    } else {
        io.rename(&tmp, path).map_err(io_err(
            "cannot replace the vault; it was not changed:",
            path,
        ))
    };
    renamed.map_err(cleanup)?;
    io.sync_dir(parent_dir(path))
        .map_err(io_err("the vault was written but its directory could not be flushed; check the disk, then verify the audit chain:", path))?;
    Ok(())
}

/// Creates a new file with mode 0600 that must not exist yet, atomically:
/// written beside it, then renamed with `RENAME_NOREPLACE`, so a file or
/// link put at `path` meanwhile is never replaced.
///
/// # Errors
/// [`StoreError::Symlink`] or [`StoreError::Exists`] if something is at
/// `path`.
pub fn create_new_atomic(path: &Path, data: &[u8], io: &dyn SaveIo) -> Result<(), StoreError> {
    check_new_path(path)?;
    save(path, data, io, true)
}

/// Makes sure `dir` exists. Every directory made, parents included, gets
/// mode 0700 whatever the umask (`create_dir_all` would give the parents
/// 0777 minus the umask, so 0777 under umask 000). Existing directories
/// are left as they are.
///
/// # Errors
/// [`StoreError::Io`].
pub fn ensure_dir(dir: &Path) -> Result<(), StoreError> {
    if dir.as_os_str().is_empty() || dir.exists() {
        return Ok(());
    }
    // The missing directories, outermost first.
    let missing: Vec<&Path> = dir
        .ancestors()
        .take_while(|d| !d.as_os_str().is_empty() && fs::symlink_metadata(d).is_err())
        .collect();
    for d in missing.into_iter().rev() {
        match fs::DirBuilder::new().mode(0o700).create(d) {
            Ok(()) => {}
            // Made meanwhile by another process: leave it as it is.
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(io_err("cannot create directory", d)(e)),
        }
        // The umask can only have taken bits away; put back exactly 0700.
        fs::set_permissions(d, fs::Permissions::from_mode(0o700))
            .map_err(io_err("cannot set permissions on", d))?;
    }
    Ok(())
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
                    Err(StoreError::Io { cause, .. }) => {
                        assert_eq!(cause.raw_os_error(), Some(errno));
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
            read_bounded(&big, 1 << 20),
            Err(StoreError::InputTooLarge {
                size: 1_073_741_824,
                limit: 1_048_576,
                ..
            })
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
    fn links_where_kluis_writes_are_refused() {
        let dir = tempfile::tempdir().expect("tempdir");
        let victim = dir.path().join("victim");
        fs::write(&victim, b"mine").expect("w");
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(&victim, &link).expect("symlink");
        assert!(matches!(
            save_atomic(&link, b"x", &OsIo),
            Err(StoreError::Symlink(_))
        ));
        assert!(matches!(
            create_new_atomic(&link, b"x", &OsIo),
            Err(StoreError::Symlink(_))
        ));
        assert!(matches!(
            create_new_file(&link),
            Err(StoreError::Symlink(_))
        ));
        assert!(matches!(open_append(&link), Err(StoreError::Symlink(_))));
        assert!(matches!(open_lock_file(&link), Err(StoreError::Symlink(_))));
        assert!(matches!(read_own(&link, 10), Err(StoreError::Symlink(_))));
        assert!(matches!(
            refuse_vault_symlink(&link),
            Err(StoreError::VaultSymlink { target, .. }) if target == victim
        ));
        assert_eq!(fs::read(&victim).expect("read"), b"mine");
        assert!(leftovers(dir.path()).is_empty());
    }

    #[test]
    fn create_new_atomic_never_replaces_what_appeared_meanwhile() {
        // The rename itself refuses: RENAME_NOREPLACE, not only the check.
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("out");
        fs::write(&p, b"there first").expect("w");
        assert!(matches!(
            save(&p, b"x", &OsIo, true),
            Err(StoreError::Exists(_))
        ));
        assert_eq!(fs::read(&p).expect("read"), b"there first");
        assert!(leftovers(dir.path()).is_empty());
    }

    #[test]
    fn read_input_refuses_a_named_pipe_without_waiting() {
        let dir = tempfile::tempdir().expect("tempdir");
        let fifo = dir.path().join("fifo");
        rustix::fs::mknodat(
            rustix::fs::CWD,
            &fifo,
            rustix::fs::FileType::Fifo,
            rustix::fs::Mode::from_raw_mode(0o600),
            0,
        )
        .expect("mkfifo");
        assert!(matches!(
            read_input(&fifo, 10),
            Err(StoreError::NamedPipe(_))
        ));
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

//! Running the system `git` on one per-remote repository under the state
//! directory, with a deadline.
//!
//! Why the system binary and not a crate (gix, git2): a remote is whatever
//! the firm already runs — a bare repository on a NAS, `ssh://` to a
//! server, `https://` to Gitea or GitLab — and the user's ssh keys, ssh
//! agent, `~/.ssh/config`, credential helpers and proxy settings already
//! work with `git`. pass and gopass carry their stores the same way. A
//! library would have to re-implement each of those, and a gap there would
//! show up as "cannot reach the remote" on exactly the machine where the
//! delegate needs it.
//!
//! # Security
//! Nothing secret goes to git: the vault file is encrypted and the head file
//! holds only ids, counters and hashes. `GIT_TERMINAL_PROMPT=0` stops git
//! from asking for a password on the terminal (which would hang a kluis
//! that is itself reading secrets there); a missing credential is a failed
//! push, reported. kluis never passes `--force` or a `+` push refspec and
//! never deletes a remote branch.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Why a git command failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum GitError {
    /// No `git` on PATH.
    #[error("git is not installed or not on PATH: kluis uses the system git to reach remotes")]
    Missing,
    /// It ran longer than allowed and was stopped.
    #[error("git did not finish within {0} seconds")]
    Timeout(u64),
    /// It ran and failed; `stderr` is git's last lines, with any password
    /// in a URL blanked.
    #[error("{stderr}")]
    Failed {
        /// What git said.
        stderr: String,
    },
    /// Starting it or talking to it failed.
    #[error("cannot run git: {0}")]
    Io(String),
}

/// The identity of kluis's commits: fixed, so no person's name or e-mail
/// address from the machine's git config ends up on a shared server.
pub const IDENTITY: &str = "kluis <kluis@localhost>";

/// A bare repository kluis owns (one per vault and remote).
#[derive(Debug, Clone)]
pub struct Repo {
    dir: PathBuf,
}

/// Replaces the user-info part of URLs in `text` by `***@` where it may
/// hold a credential (any `user:password@`, and every user-info of an
/// http(s) URL, where a token is often passed as the user name), so a
/// token never reaches a message or the audit chain. `ssh://git@host` keeps
/// its user name: that is an account, not a credential.
pub fn redact(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("://") {
        let (head, tail) = rest.split_at(i + 3);
        out.push_str(head);
        let end = tail
            .find(|c: char| c == '/' || c.is_whitespace())
            .unwrap_or(tail.len());
        let https = head.ends_with("http://") || head.ends_with("https://");
        match tail[..end].rfind('@') {
            Some(at) if https || tail[..at].contains(':') => {
                out.push_str("***");
                out.push_str(&tail[at..end]);
            }
            _ => out.push_str(&tail[..end]),
        }
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

impl Repo {
    /// The repository at `dir` (which may not exist yet).
    pub fn at(dir: PathBuf) -> Repo {
        Repo { dir }
    }

    /// Its directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Makes the bare repository if it does not exist, pointing `origin`
    /// at `url`. An existing one is left as it is: its URL is set once,
    /// and `remote remove` deletes the repository, so a name given a new
    /// URL starts afresh.
    ///
    /// # Errors
    /// [`GitError`].
    pub fn ensure(&self, url: &str) -> Result<(), GitError> {
        if self.dir.join("config").exists() {
            return Ok(());
        }
        std::fs::create_dir_all(&self.dir).map_err(|e| GitError::Io(e.to_string()))?;
        self.run(&["init", "--bare", "--quiet"], None, LOCAL)?;
        self.run(&["config", "remote.origin.url", url], None, LOCAL)?;
        // The '+' only lets the local tracking ref follow what the server
        // holds; nothing is ever force-pushed. The '*' makes a fetch from
        // an empty repository (no branch yet) a success instead of an
        // error, so a fetch needs no `ls-remote` first.
        self.run(
            &[
                "config",
                "remote.origin.fetch",
                "+refs/heads/kluis*:refs/remotes/origin/kluis*",
            ],
            None,
            LOCAL,
        )?;
        Ok(())
    }

    /// Runs `git -C dir args...` with `stdin`, stopping it after `timeout`.
    ///
    /// # Errors
    /// [`GitError`].
    pub fn run(
        &self,
        args: &[&str],
        stdin: Option<&[u8]>,
        timeout: Duration,
    ) -> Result<Vec<u8>, GitError> {
        run_git(Some(&self.dir), args, stdin, timeout)
    }

    /// The commit a ref points at, if it exists.
    ///
    /// # Errors
    /// [`GitError`] other than "no such ref".
    pub fn rev(&self, name: &str) -> Result<Option<String>, GitError> {
        match self.run(
            &[
                "rev-parse",
                "--verify",
                "--quiet",
                &format!("{name}^{{commit}}"),
            ],
            None,
            LOCAL,
        ) {
            Ok(out) => Ok(Some(String::from_utf8_lossy(&out).trim().to_string())),
            Err(GitError::Failed { .. }) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// A file of a commit, or `None` if the commit lacks it.
    ///
    /// # Errors
    /// [`GitError`].
    pub fn file(&self, commit: &str, path: &str) -> Result<Option<Vec<u8>>, GitError> {
        let spec = format!("{commit}:{path}");
        match self.run(&["cat-file", "blob", &spec], None, LOCAL) {
            Ok(b) => Ok(Some(b)),
            Err(GitError::Failed { .. }) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Whether `ancestor` is an ancestor of (or equal to) `of`.
    ///
    /// # Errors
    /// [`GitError`] other than "no".
    pub fn is_ancestor(&self, ancestor: &str, of: &str) -> Result<bool, GitError> {
        match self.run(&["merge-base", "--is-ancestor", ancestor, of], None, LOCAL) {
            Ok(_) => Ok(true),
            Err(GitError::Failed { .. }) => Ok(false),
            Err(e) => Err(e),
        }
    }
}

/// Local git commands touch only files under the state directory.
pub const LOCAL: Duration = Duration::from_secs(30);

/// Runs git, in `dir` if given.
///
/// # Errors
/// [`GitError`].
pub fn run_git(
    dir: Option<&Path>,
    args: &[&str],
    stdin: Option<&[u8]>,
    timeout: Duration,
) -> Result<Vec<u8>, GitError> {
    let mut cmd = Command::new("git");
    if let Some(d) = dir {
        cmd.arg("-C").arg(d);
    }
    // Never the command-running `ext::` transport, whatever a config says.
    cmd.args(["-c", "protocol.ext.allow=never"]);
    cmd.args(args)
        .env("GIT_TERMINAL_PROMPT", "0")
        .env("LC_ALL", "C")
        // Our own repositories need no hooks and no user templates.
        .env("GIT_TEMPLATE_DIR", "")
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(GitError::Missing),
        Err(e) => return Err(GitError::Io(e.to_string())),
    };
    // Pipes are drained on threads so a chatty git cannot block on a full
    // pipe while we wait for it with a deadline.
    let input = stdin.map(<[u8]>::to_vec);
    let mut pipe_in = child.stdin.take();
    let writer = std::thread::spawn(move || {
        if let (Some(data), Some(p)) = (input, pipe_in.as_mut()) {
            let _ = p.write_all(&data);
        }
        drop(pipe_in);
    });
    let mut out = child.stdout.take().expect("stdout is piped");
    let mut err = child.stderr.take().expect("stderr is piped");
    let reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = out.read_to_end(&mut v);
        v
    });
    let err_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = err.read_to_end(&mut v);
        v
    });
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(s)) => break s,
            Ok(None) if start.elapsed() >= timeout => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(GitError::Timeout(timeout.as_secs()));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(2)),
            Err(e) => return Err(GitError::Io(e.to_string())),
        }
    };
    let _ = writer.join();
    let stdout = reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    if status.success() {
        return Ok(stdout);
    }
    Err(GitError::Failed {
        stderr: summarize(&String::from_utf8_lossy(&stderr)),
    })
}

/// The lines of git's stderr that say why: what the server said
/// (`remote:`), rejections (`!`), `fatal:` and `error:`; at most four, with
/// credentials blanked. Hints and progress are dropped.
fn summarize(text: &str) -> String {
    // Runs of spaces (git aligns its ref table) become one.
    let lines: Vec<String> = text
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty() && !l.starts_with("hint:") && !l.starts_with("To "))
        .collect();
    let telling: Vec<String> = lines
        .iter()
        .filter(|l| {
            l.starts_with("remote:")
                || l.starts_with('!')
                || l.starts_with("fatal:")
                || l.starts_with("error:")
        })
        .filter(|l| !l.starts_with("error: failed to push some refs"))
        .cloned()
        .collect();
    let pick = if telling.is_empty() { lines } else { telling };
    let tail = pick[pick.len().saturating_sub(4)..].join("; ");
    redact(if tail.is_empty() {
        "git failed without a message"
    } else {
        &tail
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summarizes_what_the_server_said() {
        let push = "To /srv/k.git\nremote: frozen by admin\n ! [remote rejected] kluis -> kluis (pre-receive hook declined)\nerror: failed to push some refs to '/srv/k.git'\n";
        assert_eq!(
            summarize(push),
            "remote: frozen by admin; ! [remote rejected] kluis -> kluis (pre-receive hook declined)"
        );
        assert_eq!(summarize(""), "git failed without a message");
        assert_eq!(summarize("hint: x\nsomething odd\n"), "something odd");
    }

    #[test]
    fn redacts_user_info() {
        assert_eq!(
            redact("fatal: https://anna:t0ken@git.example/x.git not found"),
            "fatal: https://***@git.example/x.git not found"
        );
        assert_eq!(redact("ssh://git@nas/srv/k.git"), "ssh://git@nas/srv/k.git");
        assert_eq!(redact("ssh://git:pw@nas/k.git"), "ssh://***@nas/k.git");
        assert_eq!(redact("https://tok@h/k.git"), "https://***@h/k.git");
        assert_eq!(redact("/srv/git/k.git"), "/srv/git/k.git");
        assert_eq!(redact("file:///tmp/a"), "file:///tmp/a");
    }
}

//! The layering rule of src/lib.rs (docs/ARCHITECTURE.md, section 2): the
//! faces call `ops`, never `crypto` or `format`; what they need of the
//! core's types `ops` re-exports (issue 11, item 3).

use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`, or `dir` itself when it is a file.
fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    if dir.is_file() {
        out.push(dir.to_path_buf());
        return;
    }
    for e in std::fs::read_dir(dir).expect("source dir") {
        let p = e.expect("entry").path();
        if p.is_dir() {
            sources(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The lines of `text` that reach into `crate::format` or `crate::crypto`,
/// also through a grouped `use crate::{…}`.
fn core_imports(text: &str) -> Vec<(usize, &str)> {
    let mut found = Vec::new();
    let mut in_group = false;
    for (i, line) in text.lines().enumerate() {
        let l = line.trim();
        if l.starts_with("use crate::{") {
            in_group = true;
        }
        let direct = l.contains("crate::format") || l.contains("crate::crypto");
        let grouped = in_group
            && l.split(|c: char| !c.is_alphanumeric() && c != '_')
                .any(|w| w == "format" || w == "crypto");
        if direct || grouped {
            found.push((i + 1, line));
        }
        if in_group && l.contains("};") {
            in_group = false;
        }
    }
    found
}

#[test]
fn the_check_finds_direct_and_grouped_imports() {
    let text = "use crate::ops;\nuse crate::format::body::Role;\nuse crate::{\n    ops,\n    crypto::kdf,\n};\nlet x = format!(\"{y}\");\n";
    let lines: Vec<usize> = core_imports(text).into_iter().map(|(n, _)| n).collect();
    assert_eq!(lines, [2, 5]);
}

#[test]
fn faces_import_neither_format_nor_crypto() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    for face in [
        "cli", "tui", "face", "print", "i18n.rs", "scan.rs", "kit.rs",
    ] {
        sources(&src.join(face), &mut files);
    }
    assert!(files.len() > 20, "{files:?}");
    let mut found = Vec::new();
    for p in &files {
        let text = std::fs::read_to_string(p).expect("read");
        for (n, line) in core_imports(&text) {
            found.push(format!("{}:{n}: {line}", p.display()));
        }
    }
    assert!(
        found.is_empty(),
        "faces reach past ops into format or crypto:\n{}",
        found.join("\n")
    );
}

/// Test-only helpers leave the public API (issue 11, item 6): each is
/// compiled only for the crate's own tests or with the `test-util` feature,
/// which only the dev-dependency (tests/it) and the fuzz crate enable.
#[test]
fn test_only_helpers_are_behind_cfg() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for (file, item) in [
        ("shares/text.rs", "pub fn forge_text("),
        ("shares/mod.rs", "pub use text::forge_text;"),
        ("format/mod.rs", "pub fn fix_checksum("),
        ("store.rs", "pub struct FailAt {"),
        ("store.rs", "impl FailAt {"),
        ("store.rs", "impl SaveIo for FailAt {"),
        ("face/release.rs", "pub struct FakeClipboard {"),
        ("face/release.rs", "impl FakeClipboard {"),
    ] {
        let text = std::fs::read_to_string(src.join(file)).expect("read");
        let lines: Vec<&str> = text.lines().collect();
        let at = lines
            .iter()
            .position(|l| l.trim_start().starts_with(item))
            .unwrap_or_else(|| panic!("{item} not in src/{file}"));
        // The attributes right above the item.
        let gated = lines[..at]
            .iter()
            .rev()
            .take_while(|l| l.trim_start().starts_with("#["))
            .any(|l| l.contains("#[cfg(test)]") || l.contains("feature = \"test-util\""));
        assert!(gated, "src/{file}: {item} is public outside the tests");
    }
}

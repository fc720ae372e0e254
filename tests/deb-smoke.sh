#!/usr/bin/env bash
# The Debian package end to end (issue 13): build it with cargo-deb, install
# it with dpkg -i, check `kluis --version`, `man -w kluis` (and one man page
# per subcommand), the licence, the handbook, and the bash completion of
# `kluis sha<TAB>`; then remove it. Debian/Ubuntu, as root or with sudo.
# Needs man-db and bash (both in Debian's base); cargo-deb is installed with
# cargo when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

command -v cargo-deb >/dev/null 2>&1 || cargo install cargo-deb --locked
# man(1) to look the pages up; a minimal image may lack it.
if ! command -v man >/dev/null 2>&1; then
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq man-db
fi

# Man pages and completions from the clap definition, then the package.
rm -rf target/assets
cargo run --quiet --locked --example gen-assets -- target/assets >/dev/null
cargo deb --locked
deb=$(ls -t target/debian/kluis_*.deb | head -n 1)
echo "deb-smoke: $deb"

if dpkg-query -W -f='${Status}' kluis 2>/dev/null | grep -q "install ok installed"; then
  echo "deb-smoke: a kluis package is installed already; refusing to replace it" >&2
  exit 1
fi
$sudo dpkg -i "$deb"
trap '$sudo dpkg -r kluis >/dev/null' EXIT

fail() { echo "deb-smoke: FAIL: $*" >&2; exit 1; }

[ "$(command -v kluis)" = /usr/bin/kluis ] || fail "kluis is not /usr/bin/kluis"
version=$(kluis --version)
[ "$version" = "kluis $(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)" ] || fail "version: $version"
man -w kluis | grep -q '/usr/share/man/man1/kluis.1' || fail "man -w kluis"
for sub in kluis-secret-import kluis-kit kluis-unseal kluis-shares-status; do
  man -w "$sub" >/dev/null || fail "man -w $sub"
done
man -P cat kluis 2>/dev/null | grep -q 'key-custody vault' || fail "man kluis does not render"
[ -s /usr/share/doc/kluis/copyright ] && grep -q 'MIT' /usr/share/doc/kluis/copyright || fail "licence"
[ -s /usr/share/doc/kluis/HANDBOOK.md ] || fail "handbook"
[ -s /usr/share/zsh/vendor-completions/_kluis ] || fail "zsh completion"
[ -s /usr/share/fish/vendor_completions.d/kluis.fish ] || fail "fish completion"

# kluis sha<TAB>: source the installed completion and call its function the
# way bash does, with COMP_WORDS and COMP_CWORD.
reply=$(bash -c '
  source /usr/share/bash-completion/completions/kluis
  COMP_WORDS=(kluis sha); COMP_CWORD=1; COMP_LINE="kluis sha"; COMP_POINT=${#COMP_LINE}
  _kluis kluis sha kluis
  printf "%s\n" "${COMPREPLY[@]}"')
[ "$reply" = "shares" ] || fail "kluis sha<TAB> completed to: $reply"

$sudo dpkg -r kluis >/dev/null
trap - EXIT
[ ! -e /usr/bin/kluis ] || fail "dpkg -r left /usr/bin/kluis"
echo "deb-smoke: ok ($version)"

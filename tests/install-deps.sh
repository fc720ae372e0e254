#!/usr/bin/env bash
# Installs the system packages the test suite needs (Debian/Ubuntu, as root
# or with sudo). Safe to run more than once.
#   util-linux:    setpriv, to run the binary as an unprivileged user when the
#                  tests run as root (the "unreadable vault" test).
#   restic:        the end-to-end restore through `kluis unseal --to stdout`.
#   borgbackup:    the same through BORG_PASSCOMMAND (borg create + extract).
#   keepassxc:     keepassxc-cli, to make the KeePass databases `secret import` reads.
#   poppler-utils: pdftoppm, to render the printed sheets.
#   zbar-tools:    zbarimg, to decode the QR codes of the rendered sheets.
#   tmux:          a real terminal for the screen/qr channels and the TUI.
#   git:           git remotes (bare repositories and `git daemon` on
#                  127.0.0.1) and the remote tests' own setup.
#   age:           the end-to-end age restore through `kluis unseal --to exec`.
#   duplicity:     the end-to-end duplicity (GPG public-key) restore through `--to exec`.
#   gnupg:         gpg for that duplicity restore, and OpenPGP keys to import.
#   openssh-client, openssl: ssh-keygen and openssl make the SSH and PEM keys
#                  whose import and fingerprints are checked (tests/it/keypairs.rs).
set -euo pipefail
pkgs=(util-linux restic borgbackup keepassxc poppler-utils zbar-tools tmux git age duplicity gnupg openssh-client openssl)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi

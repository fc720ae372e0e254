#!/usr/bin/env bash
# The argon2 crate (as kluis uses it) against the reference C `argon2`
# command, Argon2id v0x13, 32-byte output, password "password", salt
# "somesaltsomesalt", at 64 MiB/t3/p4, 256 MiB/t3/p4 and 1 GiB/t1/p4.
#
# Both must give the same hash; the script prints the times (median of
# RUNS each, one run of the script) and the ratio Rust/C. Goal (issue): the
# KDF no slower than the C reference, i.e. Rust/C <= 1.
#
# Each timed hash runs in a fresh process on both sides, as a kluis command
# does one derivation per process. The Rust time is taken inside the bench
# binary around `hash_password_into` (allocation included); the C time is the
# wall time of the `argon2` process, so it also includes starting the
# process (about 1 ms, printed below).
#
# Usage: benches/kdf-vs-c.sh            (from anywhere in the repository)
#        RUNS=5 benches/kdf-vs-c.sh
# Needs: cargo, and the C reference (Debian: apt-get install argon2).
# Installs nothing. Exit status: 0 ok, 1 hash mismatch or failure, 2 missing tool.
set -euo pipefail

RUNS="${RUNS:-3}"
PASSWORD="password"
SALT="somesaltsomesalt"
# m in KiB, log2 of it for the C command's -m, t, p, label
SETTINGS=(
    "65536 16 3 4 64MiB/t3/p4"
    "262144 18 3 4 256MiB/t3/p4"
    "1048576 20 1 4 1GiB/t1/p4"
)

cd "$(dirname "$0")/.."

if ! command -v argon2 >/dev/null 2>&1; then
    echo "error: the reference C 'argon2' command is not installed." >&2
    echo "       On Debian/Ubuntu: apt-get install argon2" >&2
    exit 2
fi
if ! command -v cargo >/dev/null 2>&1; then
    echo "error: cargo is not on PATH" >&2
    exit 2
fi

# Wall time of a command in milliseconds, from bash's microsecond clock (no
# fork for the clock itself). Sets C_MS and C_HEX.
time_c() {
    local logm=$1 t=$2 p=$3 start end
    start=$EPOCHREALTIME
    C_HEX=$(printf '%s' "$PASSWORD" | argon2 "$SALT" -id -m "$logm" -t "$t" -p "$p" -l 32 -r)
    end=$EPOCHREALTIME
    C_MS=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", (e - s) * 1000 }')
}

median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

echo "== building the Rust side (release profile, via cargo bench) =="
cargo bench --bench kdf --no-run

echo
echo "== machine =="
echo "cpu:    $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo) ($(nproc) cores online)"
echo "C:      $(command -v argon2), Debian package $(dpkg-query -W -f='${Version}' argon2 2>/dev/null || echo '?')"
echo "rustc:  $(rustc --version)"
echo "load:   $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine skews both sides)"
echo "argon2 crate: $(awk '/^name = "argon2"$/ { getline; gsub(/"/, "", $3); print $3 }' Cargo.lock)"

# The C side's timing includes starting a process: measure that once.
overhead=()
for _ in 1 2 3; do
    start=$EPOCHREALTIME
    printf '%s' "$PASSWORD" | argon2 "$SALT" -id -k 8 -t 1 -p 1 -l 32 -r >/dev/null
    end=$EPOCHREALTIME
    overhead+=("$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", (e - s) * 1000 }')")
done
echo "C process overhead (8 KiB, t1, p1): $(median "${overhead[@]}") ms (included in the C times)"

if check=$(cargo bench --quiet --bench kdf -- check 2>&1); then
    echo "check:  ${check##*$'\n'}"
else
    echo "$check" >&2
    echo "!!! kluis's KdfParams::derive differs from the argon2 call timed here" >&2
    exit 1
fi

# One hash per process on both sides (see the top), alternating Rust and C so
# drift hits both alike. `cargo bench --bench kdf -- M T P 3` gives
# in-process repeat timings instead, for comparison.
status=0
rows=()
for setting in "${SETTINGS[@]}"; do
    read -r m_kib logm t p label <<<"$setting"
    echo
    echo "== $label =="
    rust_runs=()
    c_runs=()
    rust_hex=""
    c_hex=""
    for _ in $(seq "$RUNS"); do
        line=$(cargo bench --quiet --bench kdf -- "$m_kib" "$t" "$p" 1 | grep '^RESULT')
        rust_runs+=("$(sed -E 's/.* median_ms=([0-9.]+) .*/\1/' <<<"$line")")
        hex=$(sed -E 's/.* hex=([0-9a-f]+).*/\1/' <<<"$line")
        if [[ -n "$rust_hex" && "$hex" != "$rust_hex" ]]; then
            echo "!!! the argon2 crate gave two different outputs for $label" >&2
            status=1
        fi
        rust_hex=$hex

        time_c "$logm" "$t" "$p"
        c_runs+=("$C_MS")
        if [[ -n "$c_hex" && "$C_HEX" != "$c_hex" ]]; then
            echo "!!! the C argon2 gave two different outputs for $label" >&2
            status=1
        fi
        c_hex=$C_HEX
    done
    rust_ms=$(median "${rust_runs[@]}")
    c_ms=$(median "${c_runs[@]}")
    echo "rust: $(IFS=,; echo "${rust_runs[*]}") ms  -> median $rust_ms ms  $rust_hex"
    echo "C:    $(IFS=,; echo "${c_runs[*]}") ms  -> median $c_ms ms  $c_hex"

    if [[ "$rust_hex" != "$c_hex" ]]; then
        echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!" >&2
        echo "!!! HASH MISMATCH at $label" >&2
        echo "!!!   rust: $rust_hex" >&2
        echo "!!!   C:    $c_hex" >&2
        echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!" >&2
        status=1
        match="MISMATCH"
    else
        match="same"
    fi
    ratio=$(awk -v r="$rust_ms" -v c="$c_ms" 'BEGIN { printf "%.2f", r / c }')
    rows+=("$label $rust_ms $c_ms $ratio $match")
done

echo
echo "== Argon2id v0x13, 32-byte output, median of $RUNS, ratio = Rust / C (goal: <= 1.00) =="
printf '%-14s %10s %10s %8s %6s\n' "setting" "rust ms" "C ms" "Rust/C" "hash"
for row in "${rows[@]}"; do
    read -r label rust_ms c_ms ratio match <<<"$row"
    printf '%-14s %10s %10s %8s %6s\n' "$label" "$rust_ms" "$c_ms" "$ratio" "$match"
done

if [[ $status -ne 0 ]]; then
    echo >&2
    echo "FAILED: the Rust and C outputs differ (see above)" >&2
fi
exit "$status"

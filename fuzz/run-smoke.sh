#!/usr/bin/env bash
# Runs every fuzz target for N seconds (default 15) on stable Rust and fails
# if any target crashes. Usage: fuzz/run-smoke.sh [SECONDS] [TARGET...]
#
# Needs cargo-fuzz (`cargo install cargo-fuzz --locked`). `-s none` builds
# without a sanitizer, which is what lets stable rustc build the targets
# (every sanitizer needs nightly's -Zsanitizer); coverage instrumentation
# (-Cpasses=sancov-module) and libFuzzer itself work on stable.
#
# New inputs go to a scratch corpus dir; the committed seeds in
# fuzz/corpus/<target>/ and the regressions in fuzz/regressions/<target>/
# are read only, so a run leaves the work tree clean. Crash inputs are kept
# in fuzz/artifacts/<target>/ (ignored by git).
set -euo pipefail
cd "$(dirname "$0")"
secs="${1:-15}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  mapfile -t targets < <(cargo fuzz list)
fi
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
# One build for all targets, so the time limit is all fuzzing.
cargo fuzz build -s none
failed=()
for t in "${targets[@]}"; do
  mkdir -p "$scratch/$t" "artifacts/$t"
  seeds=("corpus/$t")
  [ -d "regressions/$t" ] && seeds+=("regressions/$t")
  echo "== $t: ${secs}s"
  if ! cargo fuzz run -s none "$t" "$scratch/$t" "${seeds[@]}" -- \
      -max_total_time="$secs" -rss_limit_mb=2048 -print_final_stats=1 \
      >"$scratch/$t.log" 2>&1; then
    failed+=("$t")
    tail -n 40 "$scratch/$t.log"
  fi
  grep -E '^#[0-9]+[[:space:]]+DONE|^Done [0-9]+ runs|stat::number_of_executed_units|stat::peak_rss_mb' "$scratch/$t.log" || true
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz smoke: crashes in: ${failed[*]} (inputs in fuzz/artifacts/)" >&2
  exit 1
fi
echo "fuzz smoke: ${#targets[@]} targets, ${secs}s each, no crash"

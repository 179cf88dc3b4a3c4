#!/usr/bin/env bash
# Runs a cargo-fuzz (libFuzzer) target over minigo's front end.
#   fuzz/run_libfuzzer.sh [parse_bytes|parse_mutated] [SECONDS] [extra libFuzzer flags...]
# Needs cargo-fuzz (`cargo install cargo-fuzz`) and a nightly toolchain
# (`cargo +nightly`), or RUSTC_BOOTSTRAP=1 on stable (see README.md).
set -euo pipefail
cd "$(dirname "$0")"
target=${1:-parse_bytes}
secs=${2:-300}
shift $(( $# > 2 ? 2 : $# ))
corpus=corpus/$target
mkdir -p "$corpus" artifacts/$target
if [ -z "$(ls -A "$corpus")" ]; then
  # Seed with the project's Go programs.
  for d in ../examples ../tests/check ../tests/run ../tests/goroutines; do
    [ -d "$d" ] && find "$d" -maxdepth 1 -name '*.go' -exec cp {} "$corpus"/ \;
  done
fi
if cargo +nightly --version >/dev/null 2>&1; then
  fuzz=(cargo +nightly fuzz)
else
  export RUSTC_BOOTSTRAP=1
  fuzz=(cargo fuzz)
fi
exec "${fuzz[@]}" run -O "$target" "$corpus" -- \
  -max_total_time="$secs" -timeout=2 -rss_limit_mb=4096 -max_len=100000 \
  -dict=go.dict -print_final_stats=1 "$@"

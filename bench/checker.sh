#!/usr/bin/env bash
# Front end + type checker throughput on a generated ~50 000-line program,
# and the start-up cost of checking hello world (stdlib declarations included).
# Extra arguments go to the example: bench/checker.sh [LINES [RUNS]]
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q
cargo run --release -q -p compiler --example check_bench -- "$@"
hello=../shared/bench/go/hello.go
if [ -f "$hello" ]; then
  best=999999
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    s=$(date +%s%N); ./target/release/minigo check "$hello"; e=$(date +%s%N)
    t=$(( (e - s) / 1000 )); [ $t -lt $best ] && best=$t
  done
  echo "  minigo check hello.go: best of 10 = ${best} µs wall"
fi

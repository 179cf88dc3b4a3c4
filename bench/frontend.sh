#!/usr/bin/env bash
# Front-end throughput: lexing and parsing a generated 50 000-line Go file.
# Extra arguments go to the example: bench/frontend.sh [LINES [RUNS]]
set -euo pipefail
cd "$(dirname "$0")/.."
exec cargo run --release -p grammar --example parse_bench -- "$@"

#!/usr/bin/env bash
# stress.sh: the long concurrency stress run (issue #5). Runs every program of
# tests/stress N times (default 100) under GOMAXPROCS=1 and N times under
# GOMAXPROCS=2, each under `timeout 60`, two at a time, and compares stdout
# and exit code with the goldens from real Go (NAME.stdout, NAME.code).
#
#   scripts/stress.sh [-n N] [-j JOBS] [-t SECONDS] [NAME.go...]
#
# Prints pass/fail/timeout counts per program and in total, the first
# differing output of each failing program, and the wall time; exits 1 if any
# run failed or timed out. Uses $MINIGO if set, else builds target/release/minigo.
# The quick version (3 runs each, plus the GC and stack stress switches) is
# `cargo test --release --test stress`.
set -uo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
runs=100 jobs=2 limit=60
while getopts "n:j:t:h" o; do
  case $o in
    n) runs=$OPTARG ;;
    j) jobs=$OPTARG ;;
    t) limit=$OPTARG ;;
    *) sed -n '2,13p' "$0"; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
dir="$repo/tests/stress"
if [ $# -gt 0 ]; then progs=("$@"); else progs=($(cd "$dir" && ls *.go)); fi
if [ -z "${MINIGO:-}" ]; then
  (cd "$repo" && cargo build --release -q) || { echo "stress.sh: build failed" >&2; exit 2; }
  MINIGO="$repo/target/release/minigo"
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export MINIGO dir tmp limit

# One run: PROG PROCS I. Leaves $tmp/NAME.PROCS.I.{pass,fail,timeout}; a
# failing run keeps its stdout, stderr and exit code beside it.
one() {
  local prog=$1 procs=$2 i=$3 name=${1%.go}
  local base="$tmp/$name.$procs.$i" rc
  (cd "$dir" && GOMAXPROCS=$procs timeout -k 5 "$limit" "$MINIGO" run "$prog" \
    >"$base.out" 2>"$base.err" </dev/null)
  rc=$?
  if [ $rc -eq 124 ] || [ $rc -eq 137 ]; then
    echo "$rc" >"$base.timeout"
  elif [ "$rc" = "$(cat "$dir/$name.code")" ] && cmp -s "$base.out" "$dir/$name.stdout"; then
    : >"$base.pass"; rm -f "$base.out" "$base.err"
  else
    echo "$rc" >"$base.fail"
  fi
}
export -f one

start=$(date +%s.%N)
for p in "${progs[@]}"; do
  p=$(basename "$p")
  [ -f "$dir/$p" ] || { echo "stress.sh: no $dir/$p" >&2; exit 2; }
  for i in $(seq "$runs"); do echo "$p 1 $i"; echo "$p 2 $i"; done
done | xargs -P "$jobs" -n 3 bash -c 'one "$@"' _
wall=$(echo "$(date +%s.%N) - $start" | bc)

count() { find "$tmp" -name "$1" | wc -l; }
tp=0 tf=0 tt=0
printf '%-22s %6s %6s %8s\n' program pass fail timeout
for p in "${progs[@]}"; do
  n=$(basename "$p" .go)
  pa=$(count "$n.*.pass") fa=$(count "$n.*.fail") ti=$(count "$n.*.timeout")
  tp=$((tp + pa)) tf=$((tf + fa)) tt=$((tt + ti))
  printf '%-22s %6d %6d %8d\n' "$n" "$pa" "$fa" "$ti"
done
total=$((tp + tf + tt))
printf 'stress.sh: %d runs (%d programs x %d x GOMAXPROCS=1,2): %d passed, %d failed, %d timed out, wall %.1fs\n' \
  "$total" "${#progs[@]}" "$runs" "$tp" "$tf" "$tt" "$wall"
for p in "${progs[@]}"; do
  n=$(basename "$p" .go)
  first=$(find "$tmp" -name "$n.*.fail" -o -name "$n.*.timeout" | sort -V | head -1)
  [ -n "$first" ] || continue
  base=${first%.*}
  echo "--- first bad run of $n: $(basename "$base") ($(basename "$first" | sed 's/.*\.//'), exit $(cat "$first"); go exit $(cat "$dir/$n.code"))"
  diff "$dir/$n.stdout" "$base.out" | head -20
  [ -s "$base.err" ] && { echo "stderr:"; head -10 "$base.err"; }
done
[ $((tf + tt)) -eq 0 ]

#!/usr/bin/env bash
# Runs the JMH suites of mpp-sdk-benchmarks and prints the table of ratios SDK ÷ baseline.
#
#   mpp-sdk-benchmarks/run-benchmarks.sh [--profile short|long] [--no-build] [--no-gc]
#                                        [--load] [REGEX ...]
#
#   --profile short  1 fork, 2 × 1 s warm-up, 6 × 0.5 s measurement: a sanity run, < 10 min on 2 cores
#   --profile long   2 forks, 5 × 1 s warm-up, 10 × 1 s measurement: the numbers for docs/performance.md
#   --no-build       reuse mpp-sdk-benchmarks/target/benchmarks.jar
#   --no-gc          without -prof gc (no allocation column)
#   --load           also run the L1 load harness (one MPP day, compressed)
#   REGEX            JMH include patterns, e.g. JsonBenchmark (default: every suite)
#
# Results: mpp-sdk-benchmarks/target/jmh/<profile>-<time>.json (JMH JSON) and .md (the table).
set -euo pipefail

began=$(date +%s)
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
profile=short
build=1
gc=1
load=0
includes=()
while [ $# -gt 0 ]; do
  case "$1" in
    --profile) profile="${2:?--profile needs short or long}"; shift 2 ;;
    --profile=*) profile="${1#--profile=}"; shift ;;
    --no-build) build=0; shift ;;
    --no-gc) gc=0; shift ;;
    --load) load=1; shift ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) includes+=("$1"); shift ;;
  esac
done

case "$profile" in
  short) jmh_opts=(-f 1 -wi 2 -w 1s -i 6 -r 500ms) ;;
  long) jmh_opts=(-f 2 -wi 5 -w 1s -i 10 -r 1s) ;;
  *) echo "--profile must be short or long" >&2; exit 2 ;;
esac

jar="$here/target/benchmarks.jar"
if [ "$build" = 1 ]; then
  echo "== building $jar"
  (cd "$root" && ./mvnw -B -q -Pbenchmarks-jar -pl mpp-sdk-benchmarks -am package -DskipTests)
fi
[ -f "$jar" ] || { echo "no $jar; run without --no-build" >&2; exit 1; }

out="$here/target/jmh"
mkdir -p "$out"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
json="$out/$profile-$stamp.json"
table="$out/$profile-$stamp.md"

[ "$gc" = 1 ] && jmh_opts+=(-prof gc)

echo "== machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo) RAM, load $(cut -d' ' -f1-3 /proc/loadavg)"
java -version 2>&1 | head -1
echo "== JMH ${jmh_opts[*]} ${includes[*]:-(all suites)}"
start=$(date +%s)
java -jar "$jar" "${jmh_opts[@]}" -rf json -rff "$json" "${includes[@]}"
echo "== JMH took $(( $(date +%s) - start )) s; load now $(cut -d' ' -f1-3 /proc/loadavg)"

echo
echo "== ratios SDK ÷ baseline ($json)"
java -cp "$jar" id.mpp.sdk.benchmarks.report.RatioReport "$json" --out "$table"
echo "(table written to $table)"

if [ "$load" = 1 ]; then
  echo
  echo "== L1 load harness"
  if java -Xms1g -Xmx1g -cp "$jar" id.mpp.sdk.benchmarks.load.SiteDayLoad --profile "$profile" \
    > "$out/load-$profile-$stamp.txt" 2> "$out/load-$profile-$stamp.log"; then
    cat "$out/load-$profile-$stamp.txt"
  else
    cat "$out/load-$profile-$stamp.txt"
    echo "(an L1 pass criterion was missed; see above)"
  fi
fi
echo "== total $(( $(date +%s) - began )) s"

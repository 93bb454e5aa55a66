#!/usr/bin/env bash
# Builds budget-benchmarks with the Maven wrapper and runs the JMH suite and the batch runs, then prints the ratio
# table (docs/PERFORMANCE.md explains every number).
#
#   benchmarks/run.sh --quick            # about 12 minutes on 2 cores: 1 fork, 16+5 s per benchmark, batch at 10k and 100k
#   benchmarks/run.sh                    # the full run: 3 forks, longer iterations, batch at 10k, 100k and 1M
#   benchmarks/run.sh --quick Json       # only the JMH benchmarks matching a regular expression (no batch)
#   benchmarks/run.sh --no-build ...     # reuse budget-benchmarks/target/benchmarks.jar
#   benchmarks/run.sh --prof jfr ...     # add a JMH profiler (gc is always on; jfr, stack, ...)
#   benchmarks/run.sh --batch "10000"    # the batch counts to run instead of the mode's ("" for none)
#
# Results go to benchmarks/results/<UTC time>-<mode>/: jmh.json (JMH's JSON), batch.jsonl (one line per batch run),
# paired.jsonl (the paired reads, with the JSON benchmarks), report.md (the tables) and machine.txt (nproc, memory,
# java -version). Needs only a JDK 17.
set -euo pipefail

cd "$(dirname "$0")/.."
command_line="benchmarks/run.sh $*"

mode=full
build=yes
batch_set=no
batch_override=''
filter=''
# JMH's gc profiler adds the bytes allocated per operation, which the report shows beside each ratio.
profilers=(-prof gc)
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) mode=quick ;;
    --full) mode=full ;;
    --no-build) build=no ;;
    --prof) profilers+=(-prof "$2"); shift ;;
    --batch) batch_override="$2"; batch_set=yes; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    -*) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
    *) filter="$1" ;;
  esac
  shift
done

jar=budget-benchmarks/target/benchmarks.jar
if [ "$build" = yes ]; then
  ./mvnw -B -q -pl budget-benchmarks -am -DskipTests package
fi
if [ ! -f "$jar" ]; then
  echo "no $jar: run without --no-build" >&2
  exit 1
fi

out="benchmarks/results/$(date -u +%Y%m%dT%H%M%SZ)-$mode"
mkdir -p "$out"
{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "nproc: $(nproc)"
  free -h 2>/dev/null || true
  java -version 2>&1
  echo "load at start: $(uptime)"
  echo "mode: $mode"
  echo "command: $command_line"
} > "$out/machine.txt"

if [ "$mode" = quick ]; then
  # 1 fork, 16 warm-up and 5 measured iterations of 1 s: about 21 s per benchmark and parameter set. Fewer
  # measured iterations make JMH's 99.9% interval useless (Student's t is 31.6 at 3 samples, 8.6 at 5). The
  # validator is a lot of code for the JIT on 2 cores: validating the typical disclosure only settles after about
  # 16 s (3,200 us in the first 2 s, 330 us at 16 s, 305 us after), so both modes warm up for that long.
  jmh_options=(-f 1 -wi 16 -w 1s -i 5 -r 1s)
  batch_counts=(10000 100000)
else
  # The annotations' settings: 3 forks, 10 warm-up and 5 measured iterations of 2 s.
  jmh_options=()
  batch_counts=(10000 100000 1000000)
fi

java -jar "$jar" "${jmh_options[@]}" "${profilers[@]}" -rf json -rff "$out/jmh.json" ${filter:+"$filter"} \
  | tee "$out/jmh.txt"

if [ "$batch_set" = yes ]; then
  read -r -a batch_counts <<< "$batch_override"
elif [ -n "$filter" ]; then
  batch_counts=()
fi

report_args=("$out/jmh.json")
if [ "${#batch_counts[@]}" -gt 0 ]; then
  for count in "${batch_counts[@]}"; do
    # A JVM of its own with a small heap: memory must stay flat however long the stream.
    java -Xmx256m -cp "$jar" org.yusuan.benchmarks.batch.BatchRun --count "$count" --out "$out/batch.jsonl"
  done
  report_args+=(--batch "$out/batch.jsonl")
fi

# The paired read (PairedRead): yusuan's JSON read, plain Jackson's and Jackson's tokens in turn in one JVM, whose
# ratios a drifting machine does not move; run with the JSON benchmarks.
if [ -z "$filter" ] || [[ "JsonBenchmark" =~ $filter ]]; then
  if [ "$mode" = quick ]; then paired_options=(--rounds 100 --warmup 50); else paired_options=(); fi
  for size in typical large; do
    java -Xms1g -Xmx1g -cp "$jar" org.yusuan.benchmarks.paired.PairedRead --size "$size" "${paired_options[@]}" \
      | tee -a "$out/paired.jsonl"
  done
  report_args+=(--paired "$out/paired.jsonl")
fi

echo "load at end: $(uptime)" >> "$out/machine.txt"
java -cp "$jar" org.yusuan.benchmarks.report.RatioReport "${report_args[@]}" | tee "$out/report.md"
echo "results in $out"

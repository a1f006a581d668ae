#!/usr/bin/env bash
# CLI timings for docs/performance.md, for the framework-dependent build and a Native AOT publish of the CLI:
#   - start-up: wall time of `oncoexplain explain <profile>` (start to the explanation printed and the process gone),
#     the median of RUNS runs after one warm-up;
#   - batch: profiles per second, JSONL in to findings JSONL out, and peak memory for 20,000 and 100,000 profiles, of five
#     shapes repeated and of distinct profiles (the synthetic cohort); memory flat in the number of profiles means the
#     peaks for 20,000 and 100,000 are about the same.
# Usage: benchmarks/cli-timings.sh [work-dir]; RUNS=20 for more start-up runs. Needs clang and zlib1g-dev for the AOT publish.
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-$(mktemp -d)}
runs=${RUNS:-10}
mkdir -p "$work"

dotnet build src/OncoExplain.Cli -c Release -nologo -v q > "$work/build.log"
dotnet publish src/OncoExplain.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$work/aot" -nologo > "$work/aot.log"
aot_warnings=$(grep -cE '(^|: )warning (IL|CS|CA)[0-9]+' "$work/aot.log" || true)
jit=src/OncoExplain.Cli/bin/Release/net10.0/OncoExplain.Cli
aot=$work/aot/OncoExplain.Cli
profile=docs/examples/colorectal-left-ras-braf-wildtype-liver-only-resectable.json

# The batch input: the five profile shapes of BatchBenchmarks, repeated (ids differ).
make_jsonl() {
  awk -v n="$1" 'BEGIN {
    t[0] = "{\"id\":\"c%d\",\"cancer\":\"colorectal\",\"primarySite\":\"sigmoid-colon\",\"biomarkers\":{\"negativeGenes\":[\"KRAS\",\"NRAS\",\"BRAF\"],\"msi\":\"stable\",\"tmb\":4.1}}"
    t[1] = "{\"id\":\"c%d\",\"cancer\":\"colorectal\",\"primarySite\":\"caecum\",\"biomarkers\":{\"variants\":[{\"gene\":\"KRAS\",\"change\":\"p.G12C\"},{\"gene\":\"TP53\",\"change\":\"p.R273H\"}],\"negativeGenes\":[\"NRAS\",\"BRAF\"]}}"
    t[2] = "{\"id\":\"c%d\",\"cancer\":\"colorectal\",\"primarySite\":\"rectum\",\"biomarkers\":{\"variants\":[{\"gene\":\"BRAF\",\"change\":\"p.V600E\"}],\"msi\":\"high\"},\"treatments\":[{\"regimen\":\"folfox\",\"line\":1,\"outcome\":\"progression\"}]}"
    t[3] = "{\"id\":\"p%d\",\"cancer\":\"pancreatic\",\"ecog\":1,\"biomarkers\":{\"variants\":[{\"gene\":\"KRAS\",\"change\":\"p.G12D\"},{\"gene\":\"BRCA2\",\"change\":\"p.S1982Rfs*22\",\"origin\":\"germline\"}]}}"
    t[4] = "{\"id\":\"p%d\",\"cancer\":\"pancreatic\",\"biomarkers\":{\"negativeGenes\":[\"KRAS\"],\"fusions\":[\"ETV6::NTRK3\"]}}"
    for (i = 0; i < n; i++) printf(t[i % 5] "\n", i)
  }' > "$2"
}
make_jsonl 20000 "$work/batch20000.jsonl"
make_jsonl 100000 "$work/batch100000.jsonl"
# And distinct profiles: the seeded synthetic cohort of CohortBenchmarks (no two alike, so the engine's shared tables
# help only as much as a varied population lets them).
dotnet run -c Release --project benchmarks/OncoExplain.Benchmarks -- --write-cohort 100000 "$work/batchcohort100000.jsonl"
head -n 20000 "$work/batchcohort100000.jsonl" > "$work/batchcohort20000.jsonl"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

startup() {
  local exe=$1 times=() i start
  "$exe" explain "$profile" > /dev/null
  for ((i = 0; i < runs; i++)); do
    start=$(now_ms)
    "$exe" explain "$profile" > /dev/null
    times+=($(( $(now_ms) - start )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ v[NR] = $1 } END { printf "median %d ms (min %d, max %d, %d runs)", v[int((NR + 1) / 2)], v[1], v[NR], NR }'
}

batch() {
  local exe=$1 name=$2 n=${2#cohort} start elapsed rss
  start=$(now_ms)
  /usr/bin/time -f '%M' -o "$work/rss" "$exe" batch "$work/batch$name.jsonl" > "$work/out.jsonl"
  elapsed=$(( $(now_ms) - start ))
  rss=$(cat "$work/rss")
  [ "$(wc -l < "$work/out.jsonl")" -eq "$n" ] || { echo "batch wrote the wrong number of lines"; exit 1; }
  echo "$n profiles in $elapsed ms = $(( n * 1000 / elapsed )) profiles/s, peak RSS $(( rss / 1024 )) MB"
}

echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "aot publish: $aot_warnings trim/AOT warning(s), binary $(( $(stat -c %s "$aot") / 1024 / 1024 )) MB"
echo "start-up, framework-dependent (apphost): $(startup "$jit")"
echo "start-up, Native AOT:                    $(startup "$aot")"
for n in 20000 100000 cohort20000 cohort100000; do
  echo "batch $n, framework-dependent: $(batch "$jit" "$n")"
  echo "batch $n, Native AOT:          $(batch "$aot" "$n")"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

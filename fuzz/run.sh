#!/usr/bin/env bash
# fuzz/run.sh TARGET [MINUTES]   (TARGET: a harness name, e.g. bibtex; or "all")
#
# Builds the libFuzzer harnesses with clang (ASan + UBSan) in build-fuzz/,
# seeds TARGET's corpus from the fixtures its harness names on its
# "// seeds:" line, and runs it for MINUTES (default 5) at low priority on
# one core.  A crash leaves fuzz/artifacts/TARGET/crash-*; turn it into a
# fixture and a test.  Needs clang (Debian: apt-get install clang).
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: fuzz/run.sh TARGET [MINUTES]}
minutes=${2:-5}
CC=${CC:-clang} CXX=${CXX:-clang++}
command -v "$CXX" >/dev/null || { echo "fuzz/run.sh: $CXX not found (apt-get install clang)" >&2; exit 2; }

if [ "$target" = all ]; then
  for f in fuzz/*.cpp; do "$0" "$(basename "$f" .cpp)" "$minutes"; done
  exit 0
fi
[ -f "fuzz/$target.cpp" ] || { echo "fuzz/run.sh: no harness fuzz/$target.cpp" >&2; exit 2; }

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER="$CC" -DCMAKE_CXX_COMPILER="$CXX" \
  -DREFNET_FUZZ=ON -DREFNET_TESTS=OFF "${launcher[@]}" >/dev/null
nice -n 10 cmake --build build-fuzz -j2 --target "fuzz_$target"

corpus=fuzz/corpus/$target
artifacts=fuzz/artifacts/$target
mkdir -p "$corpus" "$artifacts"
seeds=$(sed -n 's|^// seeds: *||p' "fuzz/$target.cpp")
for pattern in $seeds; do
  for f in $pattern; do
    if [ -d "$f" ]; then find "$f" -type f -size -1024k -exec cp -n {} "$corpus/" \; ; elif [ -f "$f" ]; then cp -n "$f" "$corpus/"; fi
  done
done
echo "fuzz_$target: $(ls "$corpus" | wc -l) inputs in $corpus, $minutes min"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
seconds=$(awk -v m="$minutes" 'BEGIN { printf "%d", m * 60 }')
nice -n 10 "build-fuzz/fuzz_$target" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 \
  -timeout=20 -print_final_stats=1 -artifact_prefix="$artifacts/" "$corpus"

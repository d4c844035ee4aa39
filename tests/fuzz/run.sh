#!/usr/bin/env bash
# Builds the fuzz targets with clang (in their own build folder) and runs each for a bounded
# time, starting from the committed seeds. Fails when any target finds a crash, a leak, a
# sanitizer report, a timeout or runs out of memory; the input that did it is saved under
# <build>/fuzz-artifacts/<target>/ and the log under <build>/fuzz-logs/.
#
#   tests/fuzz/run.sh                        every target, 60 s each (7 minutes)
#   tests/fuzz/run.sh fuzz_money fuzz_csv    only these
#   PAYDESK_FUZZ_SECONDS=600 tests/fuzz/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

build=${PAYDESK_FUZZ_BUILD_DIR:-build-fuzz}
seconds=${PAYDESK_FUZZ_SECONDS:-60}
all_targets=(fuzz_dots_codec fuzz_synaptopay_codec fuzz_money fuzz_csv fuzz_state_file
    fuzz_sandbox_validation fuzz_http_head)
if [ "$#" -gt 0 ]; then
    targets=("$@")
else
    targets=("${all_targets[@]}")
fi

if [ "${PAYDESK_FUZZ_SKIP_BUILD:-0}" != 1 ]; then
    # Only the two libraries the targets test are built, not the programs or the GUI.
    CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" \
        -DPAYDESK_BUILD_FUZZERS=ON \
        -DPAYDESK_BUILD_TESTS=OFF \
        -DPAYDESK_BUILD_BENCHMARKS=OFF \
        -DPAYDESK_WERROR=ON
    cmake --build "$build" --target paydesk_fuzzers --parallel "${PAYDESK_FUZZ_BUILD_JOBS:-2}"
fi

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:strict_string_checks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/lsan.supp:print_suppressions=0}

failed=()
for target in "${targets[@]}"; do
    # The longest input worth trying: a few times the largest seed.
    case "$target" in
        fuzz_money) max_len=256 ;;
        fuzz_csv) max_len=2048 ;;
        fuzz_http_head) max_len=4096 ;;
        fuzz_state_file) max_len=32768 ;;
        *) max_len=8192 ;;
    esac
    dict=()
    case "$target" in
        fuzz_dots_codec | fuzz_synaptopay_codec | fuzz_state_file | fuzz_sandbox_validation)
            dict=(-dict=tests/fuzz/json.dict) ;;
        fuzz_http_head)
            dict=(-dict=tests/fuzz/http.dict) ;;
    esac
    # New inputs go to the build folder's corpus; the committed seeds are only read.
    work="$build/fuzz-corpus/$target"
    artifacts="$build/fuzz-artifacts/$target"
    mkdir -p "$work" "$artifacts" "$build/fuzz-logs"
    log="$build/fuzz-logs/$target.log"
    echo "== $target: ${seconds}s"
    if "$build/tests/fuzz/$target" "${dict[@]}" \
        -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len="$max_len" \
        -print_final_stats=1 -artifact_prefix="$artifacts/" \
        "$work" "tests/fuzz/corpus/$target" >"$log" 2>&1; then
        grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -n 1 || true
        grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$log" || true
    else
        echo "$target FAILED; the last lines of $log:"
        tail -n 60 "$log"
        failed+=("$target")
    fi
done

if [ "${#failed[@]}" -gt 0 ]; then
    echo "fuzzing found problems in: ${failed[*]}" >&2
    exit 1
fi
echo "fuzzing: no crash, leak or sanitizer report in ${#targets[@]} target(s)"

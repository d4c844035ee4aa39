#!/usr/bin/env bash
# Sets up this machine (Debian 12 or newer), builds Paydesk with AddressSanitizer and
# UndefinedBehaviorSanitizer, and runs every test suite. The README's second command.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${PAYDESK_SKIP_DEPS:-0}" != 1 ]; then
    packaging/install-deps.sh
fi

build=${PAYDESK_TEST_BUILD_DIR:-build-sanitize}
# -O1 and line tables only: what the sanitizers need for readable reports, built in a fraction
# of the time -O2 -g takes on a small CI machine. Benchmarks and the screenshot tour are tools,
# not tests: they are left out of this build.
cmake -S . -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" \
    -DPAYDESK_SANITIZE=ON \
    -DPAYDESK_WERROR=ON \
    -DPAYDESK_BUILD_BENCHMARKS=OFF
cmake --build "$build"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/lsan.supp:print_suppressions=0}
ctest --test-dir "$build" --output-on-failure --timeout 600 -j "$(nproc)"

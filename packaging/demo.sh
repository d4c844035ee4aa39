#!/usr/bin/env bash
# Sets up this machine (Debian 12 or newer), builds Paydesk and starts it on its built-in demo:
# a local sandbox with seeded data, no account and no network needed. The README's first command.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${PAYDESK_SKIP_DEPS:-0}" != 1 ]; then
    packaging/install-deps.sh
fi

build=${PAYDESK_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPAYDESK_BUILD_TESTS=OFF
cmake --build "$build"
exec "$build/app/paydesk" --demo "$@"

#!/usr/bin/env bash
# Starts the console on its demo under Xvfb and saves a PNG of every page and flow dialog.
#   packaging/screenshots.sh [OUTPUT_DIR]     (default: resources/screenshots)
# PAYDESK_SCREENSHOT_LANG=de_DE.UTF-8 takes them in German (default: en_US.UTF-8).
# Needs a build with tests (packaging/test.sh or cmake -B build); uses build/ unless
# PAYDESK_BUILD_DIR says otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${PAYDESK_BUILD_DIR:-build}
out=${1:-resources/screenshots}
cmake --build "$build" --target paydesk-screenshot-tour
mkdir -p "$out"
# A fixed language and size, so the pictures match from one run to the next.
lang=${PAYDESK_SCREENSHOT_LANG:-en_US.UTF-8}
LANG=$lang LC_ALL=$lang QT_SCALE_FACTOR=1 \
    xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$build/tests/screenshots/paydesk-screenshot-tour" "$out"

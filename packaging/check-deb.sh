#!/usr/bin/env bash
# Builds the .deb (and the .tar.gz) from a lean Release tree, installs the .deb on this machine
# with apt-get so that a missing dependency shows, uses what it installed (versions, a short
# paydesk-cli session against the installed paydesk-sandbox, the GUI under Xvfb), then purges it
# and checks that nothing of it is left behind. Debian 12 or newer, as root (CI runs it after
# packaging/test.sh). Leaves the package uninstalled, whatever happens.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        exec sudo --preserve-env=PAYDESK_SKIP_DEPS,PAYDESK_DEB_BUILD_DIR "$0" "$@"
    fi
    echo "check-deb.sh: run as root (or install sudo): it installs and removes the package" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive

if [ "${PAYDESK_SKIP_DEPS:-0}" != 1 ]; then
    packaging/install-deps.sh
fi

build=${PAYDESK_DEB_BUILD_DIR:-build-deb}
step() { printf '\n=== %s (%ss)\n' "$*" "$SECONDS"; }
fail() {
    echo "check-deb.sh: FAIL: $*" >&2
    exit 1
}

# "ii " installed, "rc " removed with its configuration kept, empty or "un " when unknown.
package_status() { dpkg-query -W -f='${db:Status-Abbrev}' paydesk 2>/dev/null || true; }

scratch=$(mktemp -d)
sandbox_pid=
cleanup() {
    if [ -n "$sandbox_pid" ]; then
        kill "$sandbox_pid" 2>/dev/null || true
        wait "$sandbox_pid" 2>/dev/null || true
    fi
    if [[ $(package_status) == [ir]* ]]; then
        echo "check-deb.sh: removing the package after a failure"
        apt-get remove --purge -y paydesk >/dev/null || true
    fi
    rm -rf "$scratch"
}
trap cleanup EXIT

# --- Build and package ---------------------------------------------------------------------------
step "Release build in $build"
build_start=$SECONDS
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DPAYDESK_BUILD_TESTS=OFF -DPAYDESK_BUILD_BENCHMARKS=OFF
cmake --build "$build"
build_seconds=$((SECONDS - build_start))
echo "Release build took ${build_seconds}s"

step "cpack"
rm -f "$build"/paydesk_*.deb "$build"/paydesk-*.tar.gz
(cd "$build" && cpack -G "DEB;TGZ")
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
[ -n "$version" ] || fail "no CPACK_PACKAGE_VERSION in $build/CPackConfig.cmake"
debs=("$build"/paydesk_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one paydesk_*.deb in $build"
deb=${debs[0]}
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'
ls -l "$build"/paydesk_*.deb "$build"/paydesk-*.tar.gz

# --- Install -------------------------------------------------------------------------------------
step "apt-get install ./$deb"
if [[ $(package_status) == [ir]* ]]; then
    fail "paydesk is installed already; remove it first (apt-get remove --purge paydesk)"
fi
apt-get install -y "./$deb"
[[ $(package_status) == ii* ]] || fail "paydesk did not install"
dpkg -L paydesk | sort >"$scratch/files"
# What it owns besides directories: what must be gone after the purge.
while IFS= read -r path; do
    if [ -f "$path" ] || [ -L "$path" ]; then
        echo "$path"
    fi
done <"$scratch/files" >"$scratch/owned"
echo "installed $(wc -l <"$scratch/owned") files"

# A home of its own: nothing the programs write lands in the real one.
export HOME=$scratch/home XDG_CONFIG_HOME=$scratch/home/.config XDG_RUNTIME_DIR=$scratch/run
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

step "installed files where the conventions put them"
for path in /usr/bin/paydesk /usr/bin/paydesk-cli /usr/bin/paydesk-sandbox \
    /usr/share/applications/org.paydesk.Paydesk.desktop \
    /usr/share/metainfo/org.paydesk.Paydesk.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/org.paydesk.Paydesk.svg \
    /usr/share/paydesk/translations/paydesk_de.qm \
    /usr/share/man/man1/paydesk.1.gz /usr/share/man/man1/paydesk-cli.1.gz \
    /usr/share/man/man1/paydesk-sandbox.1.gz \
    /usr/share/bash-completion/completions/paydesk-cli /usr/share/doc/paydesk/copyright; do
    [ -e "$path" ] || fail "$path is not installed"
done
for size in 16 22 24 32 48 64 128 256 512; do
    png=/usr/share/icons/hicolor/${size}x${size}/apps/org.paydesk.Paydesk.png
    file "$png" | grep -q "PNG image data, $size x $size" || fail "$png is not a ${size}px PNG"
done
desktop-file-validate /usr/share/applications/org.paydesk.Paydesk.desktop
appstreamcli validate --no-net /usr/share/metainfo/org.paydesk.Paydesk.metainfo.xml

# --- Use it --------------------------------------------------------------------------------------
step "--version"
# QApplication needs a platform before it parses the command line: no display here.
gui_version=$(QT_QPA_PLATFORM=offscreen paydesk --version 2>/dev/null)
cli_version=$(paydesk-cli --version)
sandbox_version=$(paydesk-sandbox --version)
printf '%s\n' "$gui_version" "$cli_version" "$sandbox_version"
for line in "$gui_version" "$cli_version" "$sandbox_version"; do
    [[ $line == *" $version" ]] || fail "\"$line\" does not end in version $version"
done

step "the German catalogue, found where it is installed"
LANG=de_DE.UTF-8 LC_ALL=de_DE.UTF-8 paydesk-cli --help >"$scratch/help-de" 2>&1 || true
grep -q '^Befehle:' "$scratch/help-de" ||
    fail "paydesk-cli --help under LANG=de_DE.UTF-8 is not German: $(head -n 3 "$scratch/help-de")"
head -n 3 "$scratch/help-de"

step "paydesk-cli against the installed paydesk-sandbox"
paydesk-sandbox --port 0 >"$scratch/sandbox.out" 2>"$scratch/sandbox.err" &
sandbox_pid=$!
for _ in $(seq 100); do
    [ -s "$scratch/sandbox.out" ] && break
    kill -0 "$sandbox_pid" 2>/dev/null || break
    sleep 0.1
done
first_line=$(head -n 1 "$scratch/sandbox.out")
[[ $first_line =~ ^listening\ on\ http://127\.0\.0\.1:([0-9]+)$ ]] ||
    fail "paydesk-sandbox said \"$first_line\": $(cat "$scratch/sandbox.err")"
port=${BASH_REMATCH[1]}
echo "paydesk-sandbox listens on port $port"
export PAYDESK_BASE_URL=http://127.0.0.1:$port/api
export PAYDESK_CLIENT_ID=demo-client PAYDESK_API_KEY=demo-key-not-secret
paydesk-cli customers list --limit 5
paydesk-cli intents create --amount 12.34 --currency usd --description 'check-deb.sh' |
    tee "$scratch/created"
# CSV rows end in CRLF (RFC 4180).
paydesk-cli intents list --all --output csv | tr -d '\r' >"$scratch/intents.csv"
head -n 1 "$scratch/intents.csv"
grep 'check-deb.sh' "$scratch/intents.csv" || fail "the new intent is not in the list"
# Refunded and net come last: nothing refunded, all of it kept.
grep -q ',12\.34,USD,.*,check-deb\.sh,0\.00,12\.34$' "$scratch/intents.csv" ||
    fail "the new intent is not listed as 12.34 USD"
echo "$(($(wc -l <"$scratch/intents.csv") - 1)) intents listed"
kill "$sandbox_pid"
wait "$sandbox_pid" 2>/dev/null || true
sandbox_pid=

step "paydesk --demo under Xvfb for 8 seconds"
set +e
timeout -k 5 8 xvfb-run -a paydesk --demo >"$scratch/gui.log" 2>&1
gui_status=$?
set -e
tail -n 5 "$scratch/gui.log"
[ "$gui_status" -eq 124 ] ||
    fail "paydesk --demo ended by itself (exit $gui_status) before the timeout stopped it"
echo "paydesk --demo was still running when timeout stopped it (exit 124)"

# --- Remove --------------------------------------------------------------------------------------
step "apt-get remove --purge paydesk"
apt-get remove --purge -y paydesk
[[ $(package_status) != [ir]* ]] || fail "dpkg still lists paydesk: $(package_status)"
left=0
while IFS= read -r path; do
    if [ -e "$path" ] || [ -L "$path" ]; then
        echo "left behind: $path"
        left=$((left + 1))
    fi
done <"$scratch/owned"
for path in /usr/share/paydesk /usr/share/doc/paydesk; do
    if [ -e "$path" ]; then
        echo "left behind: $path"
        left=$((left + 1))
    fi
done
while IFS= read -r path; do
    echo "left behind: $path"
    left=$((left + 1))
done < <(find /usr/share/icons /usr/share/applications /usr/share/metainfo /usr/share/man \
    /usr/share/bash-completion /usr/bin -name '*paydesk*' -o -name 'org.paydesk.*' 2>/dev/null)
[ "$left" -eq 0 ] || fail "$left paths left behind after the purge"
echo "nothing left behind: $(wc -l <"$scratch/owned") files gone"

step "done"
echo "check-deb.sh: OK (version $version, Release build ${build_seconds}s, ${SECONDS}s in all)"

#!/usr/bin/env bash
# Runs a command inside its own D-Bus session with an unlocked gnome-keyring, so keychain tests
# talk to a real Secret Service and never touch the user's own keyring.
set -euo pipefail
if [ -z "${PAYDESK_IN_KEYRING_SESSION:-}" ]; then
    export PAYDESK_IN_KEYRING_SESSION=1
    exec dbus-run-session -- "$0" "$@"
fi
export HOME
HOME=$(mktemp -d)
export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config" XDG_RUNTIME_DIR="$HOME/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

# The daemon runs in the foreground as this script's child, so its pid is known for certain and
# it ends with the test. (A daemonised gnome-keyring does not always print its pid, and outlives
# the session bus.)
keyring_pid=
cleanup() {
    if [ -n "$keyring_pid" ]; then
        kill "$keyring_pid" 2>/dev/null || true
        wait "$keyring_pid" 2>/dev/null || true
    fi
    rm -rf "$HOME"
}
trap cleanup EXIT
# The keyring password is a throwaway for this private, temporary keyring only.
printf 'paydesk-test\n' | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null &
keyring_pid=$!

# Wait until the Secret Service owns its name on this bus.
has_owner() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
        grep -q 'boolean true'
}
for _ in $(seq 1 100); do
    has_owner && break
    if ! kill -0 "$keyring_pid" 2>/dev/null; then
        echo "with-keyring: gnome-keyring-daemon exited before it took the Secret Service name" >&2
        exit 1
    fi
    sleep 0.05
done
if ! has_owner; then
    echo "with-keyring: no Secret Service on the session bus after 5 s" >&2
    exit 1
fi
"$@"

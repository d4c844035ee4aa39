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
trap 'kill "${GNOME_KEYRING_PID:-0}" 2>/dev/null || true; rm -rf "$HOME"' EXIT
export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config" XDG_RUNTIME_DIR="$HOME/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# The keyring password is a throwaway for this private, temporary keyring only.
eval "$(printf 'paydesk-test\n' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL GNOME_KEYRING_PID
"$@"

#!/usr/bin/env bash
# Installs everything Paydesk needs to build, test, run and package on Debian 12 (bookworm)
# or newer. Run as root. Safe to run again: apt-get skips what is already there.
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    exec sudo --preserve-env=DEBIAN_FRONTEND "$0" "$@"
  fi
  echo "install-deps.sh: run as root (or install sudo)" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update
# libqt6opengl6-dev: Qt Charts' CMake package (qt6-charts-dev) looks for Qt6OpenGL's, which
# Debian 12 ships there without qt6-charts-dev depending on it.
apt-get install -y --no-install-recommends \
  build-essential cmake ninja-build pkg-config git ca-certificates file \
  clang-format \
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools \
  qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qt6-charts-dev qt6-qpa-plugins \
  qt6-translations-l10n \
  libqt6opengl6-dev \
  qtkeychain-qt6-dev libqt6keychain1 \
  libqrencode-dev libgl-dev libvulkan-dev \
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools \
  fonts-dejavu-core imagemagick poppler-utils \
  curl jq openssl \
  desktop-file-utils appstream dpkg-dev fakeroot \
  clang libclang-rt-14-dev \
  python3-yaml python3-jsonschema

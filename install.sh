#!/usr/bin/env bash
# Sets annotator up on Debian or Ubuntu: the system libraries Qt needs, a virtual
# environment in .venv, and the package (with its test tools when given --test).
# Works as root (a bare server or container) and as a desktop user with sudo.
set -euo pipefail
cd "$(dirname "$0")"

# --test: a developer's install, editable, so that the tests test this checkout.
target=(".")
[ "${1:-}" = "--test" ] && target=(-e ".[test]")

# Qt's offscreen platform needs the first line; a real X display (or Xvfb) the second.
packages="python3 python3-venv ca-certificates
  libgl1 libegl1 libxkbcommon0 libglib2.0-0 libfreetype6 libfontconfig1 libdbus-1-3 fonts-dejavu-core
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0"

if command -v dpkg-query >/dev/null 2>&1; then
  missing=""
  for package in $packages; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
      || missing="$missing $package"
  done
  if [ -n "$missing" ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "Installing system packages:$missing"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends $missing
  fi
else
  echo "Not a Debian-like system: install Qt's libraries (libEGL, libxkbcommon, fontconfig) yourself." >&2
fi

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check "${target[@]}"
echo "annotator is installed in $(pwd)/.venv"

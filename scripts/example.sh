#!/usr/bin/env bash
# Builds and runs jixiao's main example (Release). Installs what is missing from Debian's packages.
# Usage: ./scripts/example.sh   (from any directory; as root, or with sudo available)
set -euo pipefail

EXAMPLE=fengtai_2020       # the example target to build and run; its executable is build/example/examples/$EXAMPLE
EXAMPLE_ARGS=()           # arguments for it, relative to the repository root

PACKAGES=(cmake ninja-build g++ libboost-dev doctest-dev)

cd "$(dirname "${BASH_SOURCE[0]}")/.."

install_missing() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "error: need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
  fi
  echo "== installing: ${missing[*]}"
  "${sudo[@]}" apt-get update
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
}

install_missing "${PACKAGES[@]}"

cmake --preset example
cmake --build --preset example --target "$EXAMPLE"
echo "== running $EXAMPLE"
"build/example/examples/$EXAMPLE" "${EXAMPLE_ARGS[@]}"

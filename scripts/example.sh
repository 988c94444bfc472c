#!/usr/bin/env bash
# Builds and runs jixiao's main example (Release). Installs what is missing from Debian's packages.
# Usage: ./scripts/example.sh   (from any directory; as root, or with sudo available)
set -euo pipefail

EXAMPLE=fengtai_2020       # the example target to build and run; its executable is build/example/examples/$EXAMPLE
EXAMPLE_ARGS=()           # arguments for it, relative to the repository root

PACKAGES=(cmake ninja-build g++ libboost-dev doctest-dev)

cd "$(dirname "${BASH_SOURCE[0]}")/.."

# shellcheck source=install_missing.sh
source scripts/install_missing.sh

install_missing "${PACKAGES[@]}"

cmake --preset example
cmake --build --preset example --target "$EXAMPLE"
echo "== running $EXAMPLE"
"build/example/examples/$EXAMPLE" "${EXAMPLE_ARGS[@]}"

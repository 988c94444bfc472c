#!/usr/bin/env bash
# Builds and runs jixiao's main example (Release), and builds the checker jixiao_check beside it
# (build/example/examples/jixiao_check, with .xlsx workbook support). Installs what is missing from
# Debian's packages.
# Usage: ./scripts/example.sh   (from any directory; as root, or with sudo available)
set -euo pipefail

EXAMPLE=fengtai_2020       # the example target to build and run; its executable is build/example/examples/$EXAMPLE
EXAMPLE_ARGS=()           # arguments for it, relative to the repository root
ALSO_BUILT=(jixiao_check)  # built too, not run: README's next commands use build/example/examples/jixiao_check

# libzip-dev, libexpat1-dev, libxlsxwriter-dev and pkg-config: jixiao::xlsx, so that jixiao_check reads
# and writes .xlsx workbooks (without them it still builds, and refuses a workbook with exit 2).
PACKAGES=(cmake ninja-build g++ libboost-dev doctest-dev pkg-config libzip-dev libexpat1-dev libxlsxwriter-dev)

cd "$(dirname "${BASH_SOURCE[0]}")/.."

# shellcheck source=install_missing.sh
source scripts/install_missing.sh

install_missing "${PACKAGES[@]}"

cmake --preset example
cmake --build --preset example --target "$EXAMPLE" "${ALSO_BUILT[@]}"
echo "== running $EXAMPLE"
"build/example/examples/$EXAMPLE" "${EXAMPLE_ARGS[@]}"

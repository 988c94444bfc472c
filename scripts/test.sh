#!/usr/bin/env bash
# Builds and runs every jixiao test: the format check (scripts/format.sh --check), then g++ 12, clang 14
# with ASan + UBSan (+ libFuzzer, + the compile checks) and a g++ 12 Release (-O2) build, each as a CMake
# workflow preset (configure, build, ctest). Installs what is missing from Debian's packages.
# Usage: ./scripts/test.sh [step...]   (default: format gcc asan release; also: clang; from any directory)
# Set JIXIAO_FRESH=1 to reconfigure the build trees from scratch.
set -euo pipefail

PACKAGES=(cmake ninja-build g++ clang libclang-rt-14-dev libboost-dev doctest-dev libbenchmark-dev libfmt-dev pkg-config clang-format
          libzip-dev libexpat1-dev libxlsxwriter-dev  # jixiao::xlsx (io/xlsx*.hpp)
          chromium fonts-noto-cjk)  # check.report_browser: the HTML report rendered by headless Chromium

cd "$(dirname "${BASH_SOURCE[0]}")/.."

# shellcheck source=install_missing.sh
source scripts/install_missing.sh

start=$SECONDS
install_missing "${PACKAGES[@]}"
echo "== packages: $((SECONDS - start)) s"

presets=("$@")
[ ${#presets[@]} -eq 0 ] && presets=(format gcc asan release)
fresh=()
[ "${JIXIAO_FRESH:-0}" = 1 ] && fresh=(--fresh)

failed=()
summary=()
for preset in "${presets[@]}"; do
  echo "== workflow $preset"
  t=$SECONDS
  if [ "$preset" = format ]; then
    step=(scripts/format.sh --check)
  else
    step=(cmake --workflow --preset "$preset" "${fresh[@]}")
  fi
  if "${step[@]}"; then
    status=ok
  else
    status=FAILED
    failed+=("$preset")
  fi
  summary+=("$(printf '%-7s %-6s %4d s' "$preset" "$status" $((SECONDS - t)))")
  echo "== workflow $preset: $status in $((SECONDS - t)) s"
done

echo "== summary"
printf '   %s\n' "${summary[@]}"
echo "   total  $((SECONDS - start)) s"
if [ ${#failed[@]} -ne 0 ]; then
  echo "FAILED: ${failed[*]}" >&2
  exit 1
fi
echo "all tests passed"

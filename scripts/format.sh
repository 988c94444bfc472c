#!/usr/bin/env bash
# Formats jixiao's C++ sources with clang-format (Debian clang-format 14) and the root .clang-format.
# Usage: ./scripts/format.sh           rewrite the files in place
#        ./scripts/format.sh --check   change nothing; list what clang-format would change and exit 1 if anything
# The files: *.hpp and *.cpp under include/, tests/ and examples/ (those git tracks), except the ones below.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

# Data laid out to mirror its source, not code: the seed's tables as transcribed (one line per cell).
EXCLUDE=(examples/fengtai_2020/tables.hpp)

CLANG_FORMAT=${CLANG_FORMAT:-clang-format}
command -v "$CLANG_FORMAT" >/dev/null || { echo "error: $CLANG_FORMAT not found (Debian: clang-format)" >&2; exit 1; }

files=()
while IFS= read -r f; do
  skip=0
  for x in "${EXCLUDE[@]}"; do [ "$f" = "$x" ] && skip=1; done
  [ $skip -eq 0 ] && files+=("$f")
done < <(if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
           git ls-files -- 'include/*.hpp' 'include/*.cpp' 'tests/*.hpp' 'tests/*.cpp' 'examples/*.hpp' 'examples/*.cpp'
         else  # an unpacked tarball: the same files, found by name
           find include tests examples -type f \( -name '*.hpp' -o -name '*.cpp' \) | sort
         fi)

if [ "${1:-}" = --check ]; then
  "$CLANG_FORMAT" --dry-run -Werror "${files[@]}"
  echo "format: ${#files[@]} files as .clang-format wants them"
else
  "$CLANG_FORMAT" -i "${files[@]}"
  echo "format: ${#files[@]} files formatted"
fi

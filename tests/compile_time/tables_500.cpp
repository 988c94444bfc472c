// Compile-time validation of 500 generated tables (scripts/compile_time.sh generates tables_500.hpp:
// each table has five indicators read by parse_target and one cost line that matches its total).
//
// Each table is checked in a constant expression of its own: clang limits the work of one constant
// expression (-fconstexpr-steps, 1,048,576 by default), which one require_valid over all 500 tables
// exceeds, while 500 separate checks stay far inside it. The rule across tables (duplicate 序号) is
// checked once for the set.
#include <algorithm>
#include <array>
#include <utility>

#include "tables_500.hpp"

template <std::size_t I>
inline constexpr bool table_ok = jixiao::require_valid(generated::tables[I]);

template <std::size_t... I>
constexpr bool all_tables_ok(std::index_sequence<I...>) {
    constexpr bool ok[] = {table_ok<I>...};  // a list, not a fold: clang nests a fold 500 deep
    for (bool b : ok) {
        if (!b) return false;
    }
    return true;
}
static_assert(all_tables_ok(std::make_index_sequence<generated::tables.size()>{}));

constexpr bool distinct_seq() {
    std::array<int, generated::tables.size()> s{};
    for (std::size_t i = 0; i < s.size(); ++i) s[i] = generated::tables[i].seq;
    std::sort(s.begin(), s.end());
    return std::adjacent_find(s.begin(), s.end()) == s.end();
}
static_assert(distinct_seq());

int main() {}

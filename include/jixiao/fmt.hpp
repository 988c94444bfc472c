// jixiao — optional integration with {fmt} (Debian libfmt-dev; link fmt::fmt, or the CMake target
// jixiao::fmt): a fmt::formatter for every value type jixiao prints, so that
//   fmt::print("{} {:>12}\n", finding, amount);
// works without casts or std::string temporaries. Numbers are written by to_chars (no stream, no locale);
// the other types by their operator<<. Width, fill and alignment apply to the whole text, and {fmt}
// counts display width, so a column of Chinese text lines up.
#pragma once

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <cstddef>
#include <string_view>
#include <type_traits>

#include "charconv.hpp"
#include "evaluate.hpp"
#include "fixed_text.hpp"
#include "indicator.hpp"
#include "io/error.hpp"
#include "target.hpp"
#include "validate.hpp"

namespace jixiao::detail {
template <class T, class... Ts>
inline constexpr bool one_of = (std::is_same_v<T, Ts> || ...);
template <class T>
inline constexpr bool is_fixed_text = false;
template <std::size_t N>
inline constexpr bool is_fixed_text<fixed_text<N>> = true;

/// The types fmt.hpp formats through their operator<<.
template <class T>
concept streamed_by_fmt =
    one_of<T, target, comparator, category, level1_category, grade, achievement, severity, rule, finding, io_error> ||
    is_fixed_text<T>;
}  // namespace jixiao::detail

/// Decimals and amounts: the text of to_string ("518.4000"), padded as a string.
template <jixiao::fixed_point_number T>
struct fmt::formatter<T, char> : fmt::formatter<fmt::string_view, char> {
    template <class Context>
    auto format(const T& x, Context& ctx) const {
        char buf[96];
        const auto r = jixiao::to_chars(buf, buf + sizeof buf, x);
        return fmt::formatter<fmt::string_view, char>::format(
            fmt::string_view(buf, static_cast<std::size_t>(r.ptr - buf)), ctx);
    }
};

/// Targets, categories, findings, rules, severities, grades, io errors: what their operator<< writes.
template <class T>
    requires jixiao::detail::streamed_by_fmt<T>
struct fmt::formatter<T, char> : fmt::ostream_formatter {
};

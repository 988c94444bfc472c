// jixiao — from_chars and to_chars for every decimal and amount, the <charconv> way: no allocation,
// no exception, an error code. Kept out of amount.hpp because <charconv> costs as much to compile again.
#pragma once

#include <charconv>
#include <string_view>
#include <system_error>
#include <type_traits>

#include "number.hpp"

namespace jixiao {
namespace detail {

/// The std::errc that from_chars reports for a scan's failure.
constexpr std::errc to_errc(scan_errc e) noexcept {
    return e == scan_errc::none                  ? std::errc{}
           : e == scan_errc::result_out_of_range ? std::errc::result_out_of_range
                                                 : std::errc::invalid_argument;
}

/// The full scan behind from_chars: units, errors, long numbers. Kept out of line so that from_chars,
/// whose common case is scan_fast, stays small enough to inline into a caller's loop.
template <class T>
[[gnu::noinline]] constexpr std::from_chars_result from_chars_slow(const char* first, const char* last, T& x) noexcept {
    const auto r = scan<typename T::rep, T::scale>(std::string_view(first, static_cast<std::size_t>(last - first)),
                                                   T::has_units, 0, true);
    if (r.ec != scan_errc::none) return {first, to_errc(r.ec)};
    x = T::from_raw(r.raw);
    return {last, std::errc{}};
}
}  // namespace detail

/// Reads [first, last) as a whole: on success ptr == last; on failure x is untouched, ptr == first and ec is
/// std::errc::invalid_argument or, for a value beyond the type's range, std::errc::result_out_of_range.
template <fixed_point_number T>
constexpr std::from_chars_result from_chars(const char* first, const char* last, T& x) noexcept {
    if constexpr (std::is_same_v<typename T::rep, std::int64_t>) {
        std::int64_t raw = 0;
        if (detail::scan_fast<T::scale>(first, last, raw)) [[likely]] {
            x = T::from_raw(raw);
            return {last, std::errc{}};
        }
    }
    return detail::from_chars_slow(first, last, x);
}

/// Writes x with exactly Scale fraction digits; std::errc::value_too_large if it does not fit.
template <fixed_point_number T>
constexpr std::to_chars_result to_chars(char* first, char* last, const T& x) noexcept {
    char* const p = detail::format_any(first, last, x);
    if (p == nullptr) return {last, std::errc::value_too_large};
    return {p, std::errc{}};
}

}  // namespace jixiao

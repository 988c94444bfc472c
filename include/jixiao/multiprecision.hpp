// jixiao — Boost.Multiprecision representations: wan_checked (128-bit, checked) and its traits.
// Kept apart from amount.hpp because <boost/multiprecision/cpp_int.hpp> costs seconds of compile time.
#pragma once

#include <boost/multiprecision/cpp_int.hpp>

#include "amount.hpp"
#include "charconv.hpp"

namespace jixiao {

template <>
struct rep_traits<boost::multiprecision::checked_int128_t> {
    using wide = boost::multiprecision::checked_int256_t;
};

/// 万元 to the 元 in a checked 128-bit integer: for totals beyond 9.2 × 10^14 万元.
using wan_checked = basic_amount<boost::multiprecision::checked_int128_t, 4>;

/// A 128-bit exact number with six fraction digits.
using decimal_checked = basic_decimal<boost::multiprecision::checked_int128_t, 6>;

}  // namespace jixiao

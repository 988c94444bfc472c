// jixiao — rep_traits: the customisation point that lets an integer type be the Rep of a decimal or amount.
#pragma once

#include <cstdint>

namespace jixiao {

/// The representation traits of an integer type used as Rep: `wide`, its companion of twice the width,
/// which holds any product of two Reps. Specialise it (as multiprecision.hpp does) to use another type.
template <class Rep>
struct rep_traits;

namespace detail {
__extension__ typedef __int128 int128;
__extension__ typedef unsigned __int128 uint128;
}  // namespace detail

/// 64-bit values multiply into 128 bits.
template <>
struct rep_traits<std::int64_t> {
    using wide = detail::int128;
};

/// 32-bit values multiply into 64 bits.
template <>
struct rep_traits<std::int32_t> {
    using wide = std::int64_t;
};

}  // namespace jixiao

// jixiao — rounding: how an inexact result is brought to a type's digits.
#pragma once

namespace jixiao {

/// How an inexact result is brought to the target's digits; the General Decimal Arithmetic meanings.
enum class rounding {
    half_up,    ///< to nearest, ties away from zero
    half_down,  ///< to nearest, ties toward zero
    half_even,  ///< to nearest, ties to the even neighbour
    up,         ///< away from zero
    down,       ///< toward zero (truncation)
    ceiling,    ///< toward +infinity
    floor,      ///< toward -infinity
};

}  // namespace jixiao

// jixiao — internal, not part of the API: user-defined literal parsing shared by the amount and decimal literals.
#pragma once

#include "fixed_point.hpp"

namespace jixiao::detail {

// Named, non-constexpr: reaching one while evaluating a literal makes the compiler print its name.
[[noreturn]] inline void literal_has_nonzero_digit_beyond_scale() {
    throw std::invalid_argument("jixiao: literal has a non-zero digit beyond the type's fraction digits");
}
[[noreturn]] inline void literal_out_of_range() { throw std::overflow_error("jixiao: literal out of range"); }
[[noreturn]] inline void literal_is_not_a_plain_decimal_number() {
    throw std::invalid_argument("jixiao: literal must be plain decimal digits with an optional point");
}

/// The value of a numeric literal's characters (the raw literal text, NUL-terminated), in units of 10^shift
/// of T's unit, exact or a compile error. A raw literal operator takes the text as a pointer, so no
/// template is instantiated per literal: that keeps thousands of literals cheap to compile.
template <class T, int Shift>
consteval T make_literal(const char* chars) {
    constexpr std::size_t max_chars = 64;
    char text[max_chars]{};
    std::size_t n = 0;
    for (const char* p = chars; *p != '\0'; ++p) {
        if (*p == '\'') continue;  // digit separators carry no value
        if (n == max_chars) literal_out_of_range();
        text[n++] = *p;
    }
    // C++ reads an integer literal with a leading 0 as octal; refuse rather than read 010 as ten.
    bool has_point = false;
    for (std::size_t i = 0; i < n; ++i) has_point = has_point || text[i] == '.' || text[i] == 'e' || text[i] == 'E';
    if (!has_point && n > 1 && text[0] == '0') literal_is_not_a_plain_decimal_number();
    const auto r = scan<typename T::rep, T::scale>(std::string_view(text, n), false, Shift, true);
    if (r.ec == scan_errc::result_out_of_range) literal_out_of_range();
    if (r.ec != scan_errc::none) {
        const bool beyond = r.pos < n && text[r.pos] >= '0' && text[r.pos] <= '9';
        if (beyond) literal_has_nonzero_digit_beyond_scale();
        literal_is_not_a_plain_decimal_number();
    }
    return T::from_raw(r.raw);
}

}  // namespace jixiao::detail

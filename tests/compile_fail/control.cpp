// expect: compiles
// The positive twin of every amount, decimal, literal and constexpr compile-fail file: the same code with
// the one fault removed, so that each of those fails for its stated reason and not because the harness,
// the compiler or the include paths are broken. If this fails, the harness is broken, not the library.
#include <jixiao/amount.hpp>
#include <jixiao/decimal.hpp>

using namespace jixiao::literals;

constexpr auto x = 518.4_wan;
static_assert(x == x);
constexpr auto division = 1_wan / 1;                 // twin of constexpr_division_by_zero.cpp
constexpr auto exact_division = 1_wan / 4;           // twin of constexpr_inexact_division.cpp
constexpr auto sum = jixiao::wan::max() + 0_wan;     // twin of constexpr_overflow.cpp
constexpr auto parsed = jixiao::wan::parse("1000");  // twin of constexpr_parse_error.cpp
constexpr auto in_range = 922337203685477.5807_wan;  // twin of literal_out_of_range.cpp
constexpr auto four_digits = 1.2345_wan;             // twin of literal_too_many_digits.cpp
constexpr auto six_digits = 1.000001_dec;            // twin of literal_dec_too_many_digits.cpp
constexpr auto no_exponent = 1000_wan;               // twin of literal_with_exponent.cpp
constexpr auto whole_yuan = 12_yuan;                 // twin of yuan_literal_with_fraction.cpp
static_assert(division == 1_wan && exact_division == 0.25_wan && sum == jixiao::wan::max() && parsed == 1000_wan &&
              in_range == jixiao::wan::max() && four_digits == jixiao::wan::from_raw(12345) &&
              six_digits == jixiao::decimal::from_raw(1000001) && no_exponent == parsed && whole_yuan == 0.0012_wan);

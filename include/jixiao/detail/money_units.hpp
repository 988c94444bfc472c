// jixiao — internal, not part of the API: the one table of money units.
#pragma once

#include <string_view>

namespace jixiao::detail {

/// A unit of money as written in tables and targets, with its power of ten relative to 万元.
struct money_unit {
    std::string_view name;
    int exponent;        ///< 1 name = 10^exponent 万元
    bool amount_suffix;  ///< accepted after the number in amount text (518.4万元); 千元 is read only in targets
};

/// Longest first where one name ends another (万元, 千元 and 亿元 all end in 元).
inline constexpr money_unit money_units[] = {
    {"\xE4\xBA\xBF\xE5\x85\x83", 4, true},    // 亿元
    {"\xE4\xB8\x87\xE5\x85\x83", 0, true},    // 万元
    {"\xE5\x8D\x83\xE5\x85\x83", -1, false},  // 千元
    {"\xE5\x85\x83", -4, true},               // 元
};

/// The money unit named exactly by u, or nullptr.
constexpr const money_unit* find_money_unit(std::string_view u) noexcept {
    for (const auto& m : money_units) {
        if (m.name == u) return &m;
    }
    return nullptr;
}

/// The amount suffix that s starts with (亿元, 万元 or 元), or nullptr.
constexpr const money_unit* match_amount_suffix(std::string_view s) noexcept {
    for (const auto& m : money_units) {
        if (m.amount_suffix && s.starts_with(m.name)) return &m;
    }
    return nullptr;
}

}  // namespace jixiao::detail

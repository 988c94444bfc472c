// jixiao — what the readers of every file format share: the error type, the cell parsers (whole numbers,
// dates, amounts, decimals, 是/否), the map from byte offsets to lines and columns, and reading a file.
#pragma once

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "../amount.hpp"
#include "../decimal.hpp"
#include "../detail/money_units.hpp"
#include "../detail/utf8.hpp"
#include "../form.hpp"
#include "../project_store.hpp"
#include "../target.hpp"
#include "error.hpp"

namespace jixiao {

/// The projects read from text (CSV files, a JSON document, …), or the errors that stopped the reading
/// (then the store is empty: reading is all or nothing).
template <form F, class A = wan>
struct read_result {
    basic_project_store<F, A> store;
    std::vector<io_error> errors;
    /// Whether the text was read without error.
    [[nodiscard]] bool ok() const noexcept { return errors.empty(); }
};

namespace detail::io {

inline constexpr std::string_view bom = "\xEF\xBB\xBF";

/// The reason given for invalid UTF-8 at s[i].
inline std::string invalid_utf8_reason(std::string_view s, std::size_t i) {
    static constexpr char hex[] = "0123456789ABCDEF";
    const auto b = static_cast<unsigned char>(s[i]);
    std::string r = "invalid UTF-8 (byte 0x";
    r += hex[b >> 4];
    r += hex[b & 0xF];
    r += "); save the file as UTF-8 (a GBK file is not read)";
    return r;
}

/// Maps byte offsets of a text to 1-based physical lines and columns in Unicode characters.
class text_map {
public:
    struct location {
        std::size_t line = 0;
        std::size_t column = 0;
    };

    text_map() = default;
    explicit text_map(std::string_view text) : text_(text) {
        starts_.push_back(0);
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) {
                starts_.push_back(i + 1);
            }
        }
    }
    /// The line and column of the character at byte offset (or just past the end).
    [[nodiscard]] location locate(std::size_t offset) const {
        const auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
        const auto line = static_cast<std::size_t>(it - starts_.begin());
        return {line, 1 + utf8_count(text_, starts_[line - 1], offset)};
    }

private:
    std::string_view text_;
    std::vector<std::size_t> starts_;
};

/// ASCII spaces and tabs trimmed from both ends; `offset` gets how many were cut at the front.
inline std::string_view trim(std::string_view s, std::size_t& offset) noexcept {
    std::size_t b = 0, e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\t')) ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t')) --e;
    offset = b;
    return s.substr(b, e - b);
}
inline std::string_view trim(std::string_view s) noexcept {
    std::size_t unused = 0;
    return trim(s, unused);
}

/// Where and why a cell's text is not what its column holds (offset in bytes within the cell).
struct cell_error {
    std::size_t offset = 0;
    std::string reason;
};

/// Reads a whole integer ([-]digits).
inline std::optional<cell_error> parse_int(std::string_view s, int& out) {
    if (s.empty()) return cell_error{0, "expected a whole number"};
    int v = 0;
    const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
    if (r.ec == std::errc::result_out_of_range) return cell_error{0, "number out of range"};
    if (r.ec != std::errc{}) return cell_error{0, "expected a whole number"};
    if (r.ptr != s.data() + s.size()) {
        return cell_error{static_cast<std::size_t>(r.ptr - s.data()), "expected a whole number"};
    }
    out = v;
    return std::nullopt;
}

/// Reads YYYY/M/D or YYYY-MM-DD (one or two digits for month and day, one separator throughout).
/// Month 1–12 and day 1–31 are checked here; whether the day exists in its month is validate()'s job.
inline std::optional<cell_error> parse_date(std::string_view s, std::chrono::year_month_day& out) {
    constexpr const char* expected = "expected a date YYYY/M/D or YYYY-MM-DD";
    auto digit = [&](std::size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; };
    std::size_t i = 0;
    int y = 0;
    for (; i < 4; ++i) {
        if (!digit(i)) return cell_error{i, expected};
        y = y * 10 + (s[i] - '0');
    }
    if (i == s.size() || (s[i] != '/' && s[i] != '-')) return cell_error{i, expected};
    const char sep = s[i++];
    auto number = [&](unsigned& v) -> std::optional<cell_error> {
        const std::size_t b = i;
        v = 0;
        while (digit(i) && i - b < 2) v = v * 10 + static_cast<unsigned>(s[i++] - '0');
        if (i == b || digit(i)) return cell_error{i, expected};
        return std::nullopt;
    };
    unsigned m = 0, d = 0;
    const std::size_t month_at = i;
    if (auto e = number(m)) return e;
    if (i == s.size() || s[i] != sep) return cell_error{i, expected};
    ++i;
    const std::size_t day_at = i;
    if (auto e = number(d)) return e;
    if (i != s.size()) return cell_error{i, expected};
    if (m < 1 || m > 12) return cell_error{month_at, "month " + std::to_string(m) + " is not 1-12"};
    if (d < 1 || d > 31) return cell_error{day_at, "day " + std::to_string(d) + " is not 1-31"};
    out = std::chrono::year_month_day{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
    return std::nullopt;
}

/// Whether a date is the blank one (all zero).
inline bool blank_date(const std::chrono::year_month_day& d) noexcept {
    return static_cast<int>(d.year()) == 0 && static_cast<unsigned>(d.month()) == 0 &&
           static_cast<unsigned>(d.day()) == 0;
}

/// A date as text: "2020/1/1" (sep '/') or "2020-01-01" (sep '-'); the blank date is "".
inline std::string format_date(const std::chrono::year_month_day& d, char sep) {
    if (blank_date(d)) return {};
    auto two = [&](unsigned v) {
        std::string s = std::to_string(v);
        return sep == '-' && s.size() < 2 ? "0" + s : s;
    };
    std::string y = std::to_string(static_cast<int>(d.year()));
    while (y.size() < 4) y.insert(y.begin(), '0');  // the reader takes exactly four digits
    return y + sep + two(static_cast<unsigned>(d.month())) + sep + two(static_cast<unsigned>(d.day()));
}

/// Reads an amount; `yuan` makes a cell without a unit suffix count in 元 rather than 万元.
template <class A>
std::optional<cell_error> parse_amount(std::string_view s, bool yuan, A& out) {
    const bool suffixed = s.ends_with("元");  // 元, 万元 and 亿元 all end in 元: the cell has its own unit
    const auto r = scan<typename A::rep, A::scale>(s, true, yuan && !suffixed ? -4 : 0, true);
    if (r.ec != detail::scan_errc::none) return cell_error{r.pos, r.reason};
    out = A::from_raw(r.raw);
    return std::nullopt;
}

/// Reads a plain decimal.
inline std::optional<cell_error> parse_decimal(std::string_view s, decimal& out) {
    const auto r = scan<decimal::rep, decimal::scale>(s, false, 0, true);
    if (r.ec != detail::scan_errc::none) return cell_error{r.pos, r.reason};
    out = decimal::from_raw(r.raw);
    return std::nullopt;
}

/// A decimal without trailing fraction zeros: "334", "0.5".
inline std::string format_trimmed_decimal(const decimal& d) { return trimmed_string(d); }

/// 是 / 否 / blank.
inline std::optional<cell_error> parse_yes_no(std::string_view s, bool& out) {
    if (s.empty() || s == "否") {
        out = false;
    } else if (s == "是") {
        out = true;
    } else {
        return cell_error{0, "expected 是, 否 or nothing"};
    }
    return std::nullopt;
}

/// The bytes of a file, or an error naming it.
inline std::optional<std::string> read_file(const std::filesystem::path& path, std::vector<io_error>& errors) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        errors.push_back(io_error{path.string(), 0, 0, "cannot open the file"});
        return std::nullopt;
    }
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) {
        errors.push_back(io_error{path.string(), 0, 0, "cannot read the file"});
        return std::nullopt;
    }
    return text;
}
}  // namespace detail::io
}  // namespace jixiao

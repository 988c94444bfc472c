// jixiao — what the readers of every file format share: the error type, the cell parsers (whole numbers,
// dates, amounts, decimals, 是/否), the map from byte offsets to lines and columns, and reading a file.
#pragma once

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <cstddef>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
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

/// How the note on the errors of a file that were not listed starts ("… and 12 more errors in this file").
inline constexpr std::string_view unlisted_note = "… and ";

/// The projects read from text (CSV files, a JSON document, …), or the errors that stopped the reading
/// (then the store is empty: reading is all or nothing).
template <form F, class A = wan>
struct read_result {
    basic_project_store<F, A> store;
    std::vector<io_error> errors;
    /// Not errors: how a file was read when not as it is (a CSV file decoded from GB18030), line 0.
    std::vector<io_error> notes{};
    /// Errors found but not listed in `errors`: beyond max_errors_per_file in a file (whose last entry
    /// in `errors` then says "… and N more errors").
    std::size_t unlisted_errors = 0;
    /// How many entries of `errors` are such "… and N more errors" notes (one per file that has some).
    std::size_t unlisted_notes = 0;
    /// Whether the text was read without error.
    [[nodiscard]] bool ok() const noexcept { return errors.empty(); }
    /// How many errors were found: those listed (not counting the "… and N more" notes) and the unlisted.
    [[nodiscard]] std::size_t error_count() const noexcept { return errors.size() - unlisted_notes + unlisted_errors; }
};

/// The most errors listed for one file; the rest are counted (a malformed file would otherwise yield
/// output that grows with its size, say 100,000 errors for a header row of 100,000 unknown columns).
inline constexpr std::size_t max_errors_per_file = 100;

/// The most places one error lists (e.g. the tables that share an ambiguous 序号); the rest are counted.
inline constexpr std::size_t max_places_per_error = 5;

/// The budget years (年度) a table may give: 1–9999 (0 is the blank year, written as a blank cell or null;
/// std::chrono::year holds only -32767–32767, so a larger number would wrap silently).
inline constexpr int min_budget_year = 1;
inline constexpr int max_budget_year = 9999;

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
        // Errors come mostly in text order: counting on from the last place found on the same line keeps
        // many errors on one long line (a header of 100,000 unknown columns) linear, not quadratic.
        std::size_t from = starts_[line - 1], column = 1;
        if (line == last_.line && offset >= last_offset_) {
            from = last_offset_;
            column = last_.column;
        }
        last_ = {line, column + utf8_count(text_, from, offset)};
        last_offset_ = offset;
        return last_;
    }

private:
    std::string_view text_;
    std::vector<std::size_t> starts_;
    mutable location last_{};
    mutable std::size_t last_offset_ = 0;
};

/// Counts the errors of one file and keeps only the first max_errors_per_file of them.
class error_sink {
public:
    error_sink(std::vector<io_error>& out, std::string file) : out_(&out), file_(std::move(file)) {}
    /// Whether a further error would be listed (when not, locating it is wasted work).
    [[nodiscard]] bool listing() const noexcept { return count_ < max_errors_per_file; }
    /// Lists an error, or counts it if the file already has max_errors_per_file.
    void add(io_error e) {
        if (listing()) out_->push_back(std::move(e));
        ++count_;
    }
    /// Counts an error without listing it (when listing() is false).
    void count() noexcept { ++count_; }
    [[nodiscard]] std::size_t count_so_far() const noexcept { return count_; }
    /// Adds the note "… and N more errors" if some were not listed; returns N.
    std::size_t close() {
        if (count_ <= max_errors_per_file) return 0;
        const std::size_t more = count_ - max_errors_per_file;
        out_->push_back(io_error{file_, 0, 0,
                                 std::string(unlisted_note) + std::to_string(more) + " more error" +
                                     (more == 1 ? "" : "s") + " in this file (only the first " +
                                     std::to_string(max_errors_per_file) + " are listed)"});
        return more;
    }

private:
    std::vector<io_error>* out_;
    std::string file_;
    std::size_t count_ = 0;
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

/// Text from the input as an error message quotes it: control characters escaped (\n, \x00), so that an
/// error stays on one line, and at most 40 characters (then "…"), so that a huge cell does not make a
/// huge message.
inline std::string shown(std::string_view s) {
    static constexpr char hex[] = "0123456789ABCDEF";
    constexpr std::size_t max_chars = 40;
    std::string out;
    std::size_t chars = 0;
    for (std::size_t i = 0; i < s.size(); ++chars) {
        if (chars == max_chars) {
            out += "…";
            break;
        }
        const auto b = static_cast<unsigned char>(s[i]);
        if (b < 0x20 || b == 0x7F) {
            out += b == '\n' ? "\\n" : b == '\r' ? "\\r" : b == '\t' ? "\\t" : "";
            if (b != '\n' && b != '\r' && b != '\t') {
                out += "\\x";
                out += hex[b >> 4];
                out += hex[b & 0xF];
            }
            ++i;
            continue;
        }
        std::size_t n = b < 0x80 ? 1 : detail::utf8_lead_length(b);
        if (n == 0 || n > s.size() - i) n = 1;  // invalid UTF-8 was refused before; stay safe anyway
        out += s.substr(i, n);
        i += n;
    }
    return out;
}

/// Where and why a cell's text is not what its column holds (offset in bytes within the cell).
struct cell_error {
    std::size_t offset = 0;
    std::string reason;
};

/// Reads a budget year (年度): a whole number min_budget_year–max_budget_year, range-checked before it
/// becomes a std::chrono::year (which would wrap 67556 to 2020).
inline std::optional<cell_error> parse_year(std::string_view s, std::chrono::year& out) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] < '0' || s[i] > '9') return cell_error{i, "expected a year (a whole number 1-9999)"};
    }
    if (s.empty()) return cell_error{0, "expected a year (a whole number 1-9999)"};
    const std::string_view digits = s.substr(std::min(s.find_first_not_of('0'), s.size()));
    int y = 0;
    if (digits.size() <= 4) {
        for (char c : digits) y = y * 10 + (c - '0');
    }
    if (digits.size() > 4 || y < min_budget_year || y > max_budget_year) {
        return cell_error{0, "year " + shown(s) + " is not 1-9999 (leave the year blank for none)"};
    }
    out = std::chrono::year{y};
    return std::nullopt;
}

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

/// An amount as money is written in files and reports: to_string's text without the zero digits beyond the
/// fourth (a type with 分, wan_fen, writes 518.4000 for whole 元 and 518.400055 with 分), so that a set held at 分
/// prints as a set held at 元 unless it has 分.
template <int Scale>
std::string money_digits(std::string s) {
    for (int k = Scale; k > 4 && !s.empty() && s.back() == '0'; --k) s.pop_back();
    return s;
}
template <class A>
std::string money_string(const A& a) {
    return money_digits<A::scale>(to_string(a));
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

/// The bytes of a file, or an error naming it. Only a regular file is read: a directory is no table set,
/// and a FIFO or a device (/dev/zero) may never end or block until written to.
inline std::optional<std::string> read_file(const std::filesystem::path& path, std::vector<io_error>& errors) {
    auto fail = [&](std::string reason) {
        errors.push_back(io_error{path.string(), 0, 0, std::move(reason)});
        return std::nullopt;
    };
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::file_status st = fs::status(path, ec);
    if (st.type() == fs::file_type::not_found) return fail("cannot open the file: no such file");
    if (ec) return fail("cannot open the file: " + ec.message());
    if (st.type() == fs::file_type::directory) return fail("cannot read the file: it is a directory");
    if (st.type() != fs::file_type::regular) {
        const char* what = st.type() == fs::file_type::fifo        ? "a FIFO (pipe)"
                           : st.type() == fs::file_type::character ? "a character device"
                           : st.type() == fs::file_type::block     ? "a block device"
                           : st.type() == fs::file_type::socket    ? "a socket"
                                                                   : "not a regular file";
        return fail(std::string("cannot read the file: it is ") + what +
                    ", not a regular file (save the input to a file)");
    }
    try {
        errno = 0;
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            // Permission denied and the like: a regular file that exists but cannot be opened.
            const int err = errno;
            return fail(err != 0 ? "cannot open the file: " + std::generic_category().message(err)
                                 : std::string("cannot open the file"));
        }
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (in.bad()) return fail("cannot read the file");
        return text;
    } catch (const std::exception& e) {
        // libstdc++ reports a read error (EISDIR, EIO) by throwing std::ios_base::failure from underflow.
        return fail(std::string("cannot read the file: ") + e.what());
    }
}
}  // namespace detail::io
}  // namespace jixiao

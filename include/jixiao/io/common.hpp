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
#include "../origin.hpp"
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
    /// Where each table of the store came from (origins[k] for the k-th table; origin.hpp): the file and line of
    /// its row, of each indicator and of each cost line. A workbook's file is book.xlsx[sheet] and its line the
    /// sheet's row; a JSON document's line is where the object starts.
    table_origins origins{};
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
inline io_text invalid_utf8_reason(std::string_view s, std::size_t i) {
    static constexpr char hex[] = "0123456789ABCDEF";
    const auto b = static_cast<unsigned char>(s[i]);
    const std::string byte{hex[b >> 4], hex[b & 0xF]};
    return {"不是有效的 UTF-8 编码（字节 0x" + byte + "）：请把文件另存为 UTF-8",
            "invalid UTF-8 (byte 0x" + byte + "); save the file as UTF-8 (a GBK file is not read)"};
}

/// The note on the errors of a file that were not listed: "… and N more errors in this file (only the
/// first 100 are listed)".
inline io_text unlisted_reason(std::size_t more) {
    return {"…… 本文件另有 " + std::to_string(more) + " 处错误未列出（只列出前 " + std::to_string(max_errors_per_file) +
                " 处）",
            std::string(unlisted_note) + std::to_string(more) + " more error" + (more == 1 ? "" : "s") +
                " in this file (only the first " + std::to_string(max_errors_per_file) + " are listed)"};
}

/// The Chinese of a reason the number scanner (detail::scan) gives in English; the English itself for a
/// reason this list does not know.
inline io_text scan_reason(std::string_view en) {
    struct entry {
        std::string_view en, zh;
    };
    static constexpr entry table[] = {
        {"empty text", "是空的"},
        {"expected a digit before the decimal point", "小数点前应有数字"},
        {"full-width digits are not accepted; write ASCII 0-9", "不接受全角数字：请写半角数字 0-9"},
        {"expected a digit", "应为数字"},
        {"expected a digit after the decimal point", "小数点后应有数字"},
        {"exponents are not accepted", "不接受科学计数法（如 1E3）：请写出全部数字"},
        {"thousands separators are not accepted", "不接受千位分隔符：请去掉逗号"},
        {"spaces are not accepted", "数字中不能有空格"},
        {"a second decimal point", "有第二个小数点"},
        {"a full-width decimal point ．; write an ASCII point .", "用了全角小数点「．」：请写半角小数点「.」"},
        {"a full-width comma ，; thousands separators are not accepted", "用了全角逗号「，」：不接受千位分隔符"},
        {"the unit is written 万元 or 亿元, not 万 or 亿 alone", "单位应写「万元」或「亿元」，不能只写「万」或「亿」"},
        {"unknown unit; expected 元, 万元 or 亿元", "单位不认识：应为 元、万元 或 亿元"},
        {"a unit suffix is accepted only by amounts, not by plain decimals", "只有金额可以带单位，普通数字不能带"},
        {"unexpected non-ASCII character", "有不该出现的字符（非 ASCII）"},
        {"unexpected character", "有不该出现的字符"},
        {"a non-zero digit beyond the type's fraction digits (after unit conversion)",
         "小数位太多（换算单位后超出可保存的位数，多出的位不是 0）"},
        {"a non-zero digit beyond the type's fraction digits", "小数位太多（超出可保存的位数，多出的位不是 0）"},
        {"value out of range", "数值超出范围"},
    };
    for (const auto& e : table) {
        if (e.en == en) return {std::string(e.zh), std::string(en)};
    }
    return {std::string(en), std::string(en)};
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
    /// The line of the character at byte offset (or just past the end): a binary search, no column counted.
    [[nodiscard]] std::size_t line_of(std::size_t offset) const {
        return static_cast<std::size_t>(std::upper_bound(starts_.begin(), starts_.end(), offset) - starts_.begin());
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

/// The Chinese of a reason parse_target or target_problem gives in English (and of the number scanner's
/// reasons); the English itself for a reason this list does not know.
inline io_text target_reason(std::string_view en) {
    struct entry {
        std::string_view en, zh;
    };
    static constexpr entry table[] = {
        {"a number in Chinese numerals too long to be read", "中文数字太长，读不了"},
        {"百分之 or 千分之 with no number", "「百分之」或「千分之」后面没有数"},
        {"点 with no number before it", "「点」前面没有数"},
        {"a number too large for a target", "数太大，不能作指标值"},
        {"after 点 only the digits 零 to 九 may follow", "「点」后面只能是 零 到 九"},
        {"more fraction digits than a target holds (6)", "小数位太多：指标值最多 6 位小数"},
        {"点 with no digit after it", "「点」后面没有数字"},
        {"a qualitative target or none has no number", "定性指标或无指标值的不能有数"},
        {"a qualitative target or none has no unit", "定性指标或无指标值的不能有单位"},
        {"negative numbers are not targets", "指标值不能是负数"},
        {"unknown unit (see jixiao::known_units; spelt as listed there)",
         "单位不认识（可用的单位见 jixiao::known_units，写法要一致）"},
        {"a comparator with no number", "有比较词（如 ≥、不低于）但没有数"},
        {"a unit with no number", "有单位但没有数"},
        {"a sign is not accepted before the number", "数前面不能有正负号"},
        {"a second number (spaces are not accepted within a number)", "有第二个数（数中间不能有空格）"},
        {"a unit after 百分之 or 千分之, which already give the unit",
         "「百分之」「千分之」已经是单位，后面不能再写单位"},
        {"unknown compound unit (see jixiao::known_units)", "复合单位不认识（可用的单位见 jixiao::known_units）"},
        {"内 is read as 以内 only after 控制在; write 以内", "「内」只在「控制在」之后当「以内」讲：请写「以内」"},
        {"two comparators", "有两个比较词：只留一个（如 ≥ 或 以上）"},
        {"unknown unit (see jixiao::known_units)", "单位不认识（可用的单位见 jixiao::known_units）"},
        {"unexpected text after the target", "指标值后面有多余的文字：应写作 [比较词] 数 [单位]，如 ≥95%"},
        {"a number in Chinese numerals after text that is not a comparator (write the target as [comparator] "
         "number [unit])",
         "中文数字前面的文字不是比较词（指标值应写作 [比较词] 数 [单位]）"},
        {"text before the number is not a comparator", "数前面的文字不是比较词（如 ≥、不低于、以上）"},
        {"expected a number after the comparator", "比较词后面应有数"},
        {"两 stands only before 百, 千, 万 or 亿 or alone (两千, 两年; not 十两, 两十 or 两点五): write 二",
         "「两」只用在 百、千、万、亿 前或单用（两千、两年；不写 十两、两十、两点五）：请写「二」"},
        {"a number in Chinese numerals that is not written as numbers are read out (一万二千, not 一万二; 一百零五, "
         "not 一百五): it has no one exact value",
         "中文数字的写法不是照读音写的（应写 一万二千，不写 一万二；应写 一百零五，不写 一百五），没有唯一确定的值"},
    };
    for (const auto& e : table) {
        if (e.en == en) return {std::string(e.zh), std::string(en)};
    }
    return scan_reason(en);
}

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
        out_->push_back(io_error::make(file_, 0, 0, unlisted_reason(more)));
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
    io_text reason;
};

/// "bad 年度 「x」: why" (en_what "bad ", "bad amount in ", …) and 「年度「x」：why」: what a cell reader
/// says of a cell whose text is not what its column holds.
inline io_text bad_value(std::string_view en_what, std::string_view name, std::string_view text, const io_text& why) {
    const std::string n(name), t = shown(text);
    return {n + "「" + t + "」：" + why.in(language::zh),
            std::string(en_what) + n + " 「" + t + "」: " + why.in(language::en)};
}

/// Reads a budget year (年度): a whole number min_budget_year–max_budget_year, range-checked before it
/// becomes a std::chrono::year (which would wrap 67556 to 2020).
inline std::optional<cell_error> parse_year(std::string_view s, std::chrono::year& out) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] < '0' || s[i] > '9')
            return cell_error{i, {"应为年份（1-9999 的整数）", "expected a year (a whole number 1-9999)"}};
    }
    if (s.empty()) return cell_error{0, {"应为年份（1-9999 的整数）", "expected a year (a whole number 1-9999)"}};
    const std::string_view digits = s.substr(std::min(s.find_first_not_of('0'), s.size()));
    int y = 0;
    if (digits.size() <= 4) {
        for (char c : digits) y = y * 10 + (c - '0');
    }
    if (digits.size() > 4 || y < min_budget_year || y > max_budget_year) {
        return cell_error{0,
                          {"年份 " + shown(s) + " 不在 1-9999 之间（没有年份请留空）",
                           "year " + shown(s) + " is not 1-9999 (leave the year blank for none)"}};
    }
    out = std::chrono::year{y};
    return std::nullopt;
}

/// Reads a whole integer ([-]digits).
inline std::optional<cell_error> parse_int(std::string_view s, int& out) {
    const io_text whole{"应为整数", "expected a whole number"};
    if (s.empty()) return cell_error{0, whole};
    int v = 0;
    const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
    if (r.ec == std::errc::result_out_of_range) return cell_error{0, {"数值超出范围", "number out of range"}};
    if (r.ec != std::errc{}) return cell_error{0, whole};
    if (r.ptr != s.data() + s.size()) return cell_error{static_cast<std::size_t>(r.ptr - s.data()), whole};
    out = v;
    return std::nullopt;
}

/// Reads YYYY/M/D or YYYY-MM-DD (one or two digits for month and day, one separator throughout).
/// Month 1–12 and day 1–31 are checked here; whether the day exists in its month is validate()'s job.
inline std::optional<cell_error> parse_date(std::string_view s, std::chrono::year_month_day& out) {
    const io_text expected{"应为日期，写作 YYYY/M/D 或 YYYY-MM-DD（如 2020/12/31）",
                           "expected a date YYYY/M/D or YYYY-MM-DD"};
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
    if (m < 1 || m > 12) {
        return cell_error{
            month_at,
            {"月份 " + std::to_string(m) + " 不在 1-12 之间", "month " + std::to_string(m) + " is not 1-12"}};
    }
    if (d < 1 || d > 31) {
        return cell_error{day_at,
                          {"日 " + std::to_string(d) + " 不在 1-31 之间", "day " + std::to_string(d) + " is not 1-31"}};
    }
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
    if (r.ec != detail::scan_errc::none) return cell_error{r.pos, scan_reason(r.reason)};
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
    if (r.ec != detail::scan_errc::none) return cell_error{r.pos, scan_reason(r.reason)};
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
        return cell_error{0, {"应填 是、否 或留空", "expected 是, 否 or nothing"}};
    }
    return std::nullopt;
}

/// The bytes of a file, or an error naming it. Only a regular file is read: a directory is no table set,
/// and a FIFO or a device (/dev/zero) may never end or block until written to.
inline std::optional<std::string> read_file(const std::filesystem::path& path, std::vector<io_error>& errors) {
    auto fail = [&](io_text reason) {
        errors.push_back(io_error::make(path.string(), 0, 0, std::move(reason)));
        return std::nullopt;
    };
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::file_status st = fs::status(path, ec);
    if (st.type() == fs::file_type::not_found) {
        return fail({"打不开文件：文件不存在（请检查文件名和路径）", "cannot open the file: no such file"});
    }
    if (ec) return fail(io_text{"打不开文件：", "cannot open the file: "} + system_reason(ec));
    if (st.type() == fs::file_type::directory) {
        return fail({"读不了：这是一个文件夹，不是文件", "cannot read the file: it is a directory"});
    }
    if (st.type() != fs::file_type::regular) {
        const bool fifo = st.type() == fs::file_type::fifo, chr = st.type() == fs::file_type::character,
                   blk = st.type() == fs::file_type::block, sock = st.type() == fs::file_type::socket;
        const char* what = fifo   ? "a FIFO (pipe)"
                           : chr  ? "a character device"
                           : blk  ? "a block device"
                           : sock ? "a socket"
                                  : "not a regular file";
        const char* what_zh = fifo ? "管道（FIFO）" : chr ? "字符设备" : blk ? "块设备" : sock ? "套接字" : "特殊文件";
        return fail(
            {std::string("读不了：这是") + what_zh + "，不是普通文件（请先把输入存成文件）",
             std::string("cannot read the file: it is ") + what + ", not a regular file (save the input to a file)"});
    }
    try {
        errno = 0;
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            // Permission denied and the like: a regular file that exists but cannot be opened.
            const int err = errno;
            if (err == 0) return fail({"打不开文件（可能没有读取权限）", "cannot open the file"});
            return fail(io_text{"打不开文件：", "cannot open the file: "} + system_reason(err));
        }
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (in.bad()) return fail({"读文件时出错", "cannot read the file"});
        return text;
    } catch (const std::exception& e) {
        // libstdc++ reports a read error (EISDIR, EIO) by throwing std::ios_base::failure from underflow.
        return fail({std::string("读文件时出错：") + e.what(), std::string("cannot read the file: ") + e.what()});
    }
}
}  // namespace detail::io
}  // namespace jixiao

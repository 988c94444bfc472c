// jixiao — .xlsx workbooks, the container layer: open a workbook (libzip), list its sheets (workbook.xml and its
// relationships) and read every sheet's cells with their references (expat), with shared strings (rich-text runs
// joined, phonetic runs left out), inline strings, numbers, booleans, errors, dates (recognised by the cell's
// number format in styles.xml; the 1900 date system with Excel's leap-year quirk, or 1904), formulas (their
// cached value) and merged ranges (the anchor's value fills the range). Optional: needs the CMake target
// jixiao::xlsx (Debian libzip-dev and libexpat1-dev). The layouts of a table set are in xlsx.hpp.
//
// Numbers: Excel stores a binary double and shows at most 15 significant digits. A numeric cell's value here is
// the decimal Excel displays: the shortest text that reads back as the same double, rounded half away from
// zero to 15 significant digits, trailing zeros dropped, never an exponent (2533.8576, 0.1, 1e20 as
// 100000000000000000000). This is the one place a double is near an amount, converted once, at the boundary;
// what becomes an amount is then read from that text by the usual exact rules.
//
// Hostile input is refused with a reason, in bounded time and memory (xlsx::limits): the file's size, each
// part's inflated size and all parts' together (a zip bomb stops at the cap, whatever the archive claims), the
// number of sheets, cells (merged ranges count every cell they cover), shared strings and styles; malformed XML,
// a DOCTYPE or entity declaration (none belongs in OOXML), a missing part, a cell reference beyond XFD1048576, a
// cell given twice, overlapping merged ranges, a shared-string index beyond the table, a formula without a cached
// value. Errors name the workbook, and the sheet and cell where there is one: book.xlsx[序号3]!B7: reason.
#pragma once

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <iterator>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include <expat.h>
#include <zip.h>

#include "error.hpp"

namespace jixiao::xlsx {

/// The caps that keep a hostile workbook from taking unbounded time or memory. Each is checked as the parts
/// are read (an archive's declared sizes are checked first, then the bytes actually inflated).
struct limits {
    std::uint64_t max_file_size = 256ULL << 20;   ///< bytes of the .xlsx file itself
    std::uint64_t max_part_size = 128ULL << 20;   ///< inflated bytes of one part (a sheet, sharedStrings.xml, …)
    std::uint64_t max_total_size = 512ULL << 20;  ///< inflated bytes of all the parts read
    std::size_t max_sheets = 1000;                ///< sheets in the workbook
    std::size_t max_cells = 2'000'000;            ///< cells in all sheets, each cell a merged range covers included
    std::size_t max_shared_strings = 2'000'000;   ///< entries of the shared-string table
    std::size_t max_styles = 100'000;             ///< cell formats (cellXfs) and number formats
};

/// Excel's last column and row: XFD1048576.
inline constexpr std::uint32_t max_column = 16384;
inline constexpr std::uint32_t max_row = 1048576;

/// Whether a sheet shows: visible, hidden (Format > Hide), or very hidden (only a macro can show it).
enum class sheet_state { visible, hidden, very_hidden };

/// What a cell holds.
enum class cell_kind : std::uint8_t {
    text,     ///< a shared or inline string, or a formula's string result
    number,   ///< value: the decimal Excel displays (15 significant digits)
    boolean,  ///< value: TRUE or FALSE
    error,    ///< value: the error code, e.g. #DIV/0!
    date,     ///< a number with a date or time format; value: the serial number as a decimal (see cell_date)
};

/// One cell: its place, what it holds and, if a merged range covers it, the range's top-left cell.
struct cell {
    std::uint32_t row = 0;     ///< from 1
    std::uint32_t column = 0;  ///< from 1 (A)
    cell_kind kind = cell_kind::text;
    bool formula = false;             ///< the value is a formula's cached result
    bool percent = false;             ///< a number shown as a percentage (0.95 as 95%); see display_number
    std::string_view value;           ///< see cell_kind; a view into the workbook
    std::uint32_t anchor_row = 0;     ///< a merged range covers the cell: its top-left cell (0: none, or this is it)
    std::uint32_t anchor_column = 0;  ///< (see anchor_row)
    /// Whether the cell is merged into the range of another (its value is that cell's).
    [[nodiscard]] bool covered() const noexcept { return anchor_row != 0; }
};

/// A rectangle of cells, A1:C3 (inclusive).
struct cell_range {
    std::uint32_t first_row = 0, first_column = 0, last_row = 0, last_column = 0;
    [[nodiscard]] bool contains(std::uint32_t r, std::uint32_t c) const noexcept {
        return r >= first_row && r <= last_row && c >= first_column && c <= last_column;
    }
    friend bool operator==(const cell_range&, const cell_range&) = default;
};

/// The column letters of a 1-based column: 1 → A, 28 → AB, 16384 → XFD.
inline std::string column_name(std::uint32_t column) {
    std::string s;
    while (column > 0) {
        const std::uint32_t d = (column - 1) % 26;
        s.insert(s.begin(), static_cast<char>('A' + d));
        column = (column - 1) / 26;
    }
    return s;
}

/// A cell reference, B7.
inline std::string cell_name(std::uint32_t row, std::uint32_t column) {
    return column_name(column) + std::to_string(row);
}

/// A range reference, A1:C3.
inline std::string range_name(const cell_range& r) {
    return cell_name(r.first_row, r.first_column) + ":" + cell_name(r.last_row, r.last_column);
}

/// One worksheet: its name, state and cells, sorted by row and then column, each cell of a merged range
/// present with the anchor's value.
struct sheet {
    std::string name;
    sheet_state state = sheet_state::visible;
    std::string part;  ///< the part that holds it (xl/worksheets/sheet1.xml)
    std::vector<cell> cells;
    std::vector<cell_range> merged;
    std::uint32_t last_row = 0;     ///< the last row with a cell (0: the sheet is empty)
    std::uint32_t last_column = 0;  ///< the last column with a cell

    /// The cell at (row, column), or nullptr if there is none (a blank cell).
    [[nodiscard]] const cell* find(std::uint32_t row, std::uint32_t column) const noexcept {
        const auto it = std::lower_bound(cells.begin(), cells.end(), std::pair{row, column},
                                         [](const cell& c, const std::pair<std::uint32_t, std::uint32_t>& k) {
                                             return c.row != k.first ? c.row < k.first : c.column < k.second;
                                         });
        return it != cells.end() && it->row == row && it->column == column ? &*it : nullptr;
    }
    /// The cells of a row, in column order (empty if the row has none).
    [[nodiscard]] std::span<const cell> row(std::uint32_t r) const noexcept {
        const auto b = std::lower_bound(cells.begin(), cells.end(), r,
                                        [](const cell& c, std::uint32_t k) { return c.row < k; });
        const auto e = std::upper_bound(b, cells.end(), r, [](std::uint32_t k, const cell& c) { return k < c.row; });
        return {cells.data() + (b - cells.begin()), static_cast<std::size_t>(e - b)};
    }
    /// The merged range that covers (row, column), or nullptr (merged is sorted by top-left cell).
    [[nodiscard]] const cell_range* merge_at(std::uint32_t r, std::uint32_t c) const noexcept {
        const cell* x = find(r, c);
        if (x == nullptr) return nullptr;  // a merged range that covers a cell always has one there (or is empty)
        const std::uint32_t ar = x->covered() ? x->anchor_row : r, ac = x->covered() ? x->anchor_column : c;
        const auto it = std::lower_bound(merged.begin(), merged.end(), std::pair{ar, ac},
                                         [](const cell_range& m, const std::pair<std::uint32_t, std::uint32_t>& k) {
                                             return m.first_row != k.first ? m.first_row < k.first
                                                                           : m.first_column < k.second;
                                         });
        return it != merged.end() && it->first_row == ar && it->first_column == ac && it->contains(r, c) ? &*it
                                                                                                         : nullptr;
    }
};

/// An open workbook: its sheets in the workbook's order, every cell read. Cell values are views into the
/// workbook, so it moves but does not copy.
struct workbook {
    std::string file;       ///< the name errors give it (the path as given)
    bool date1904 = false;  ///< workbookPr date1904: serial 0 is 1904-01-01
    std::vector<sheet> sheets;

    workbook() = default;
    workbook(workbook&&) noexcept = default;
    workbook& operator=(workbook&&) noexcept = default;
    workbook(const workbook&) = delete;
    workbook& operator=(const workbook&) = delete;

    /// The sheet of this name, or nullptr.
    [[nodiscard]] const sheet* find(std::string_view name) const noexcept {
        for (const auto& s : sheets) {
            if (s.name == name) return &s;
        }
        return nullptr;
    }
    /// Keeps a string for the workbook's life and returns a view of it.
    std::string_view keep(std::string s) {
        if (s.empty()) return {};
        return strings_.emplace_back(std::move(s));
    }

private:
    std::deque<std::string> strings_;  // a deque: views into its strings survive growth and moves
};

/// Where a cell is, as errors name it: book.xlsx[序号3]!B7.
inline std::string where(std::string_view file, std::string_view sheet_name, std::uint32_t row, std::uint32_t column) {
    return std::string(file) + "[" + std::string(sheet_name) + "]!" + cell_name(row, column);
}
/// A sheet as errors name it: book.xlsx[序号3].
inline std::string where(std::string_view file, std::string_view sheet_name) {
    return std::string(file) + "[" + std::string(sheet_name) + "]";
}

/// An error at a cell of a sheet: io_error{book.xlsx[序号3]!B7, 0, 0, reason}, printed "book.xlsx[序号3]!B7: reason".
inline io_error cell_error_at(std::string_view file, std::string_view sheet_name, std::uint32_t row,
                              std::uint32_t column, io_text reason) {
    return io_error::make(where(file, sheet_name, row, column), 0, 0, std::move(reason));
}

/// The workbook, or the errors that stopped it (then there is no workbook).
struct workbook_result {
    std::optional<workbook> book;
    std::vector<io_error> errors;
    [[nodiscard]] bool ok() const noexcept { return errors.empty() && book.has_value(); }
};

// ------------------------------------------------------------------------------------------------
// Numbers and dates.

/// The decimal Excel displays for the number written as `text` in a cell (<v>1.1000000000000001</v>): the
/// shortest round-trip digits of the double, rounded half away from zero to 15 significant digits, trailing
/// zeros dropped, without exponent. std::nullopt if the text is not a finite number.
inline std::optional<std::string> excel_decimal(std::string_view text) {
    // The syntax of xsd:double as Excel writes it, without INF and NaN: [+-]digits[.digits][E[+-]digits].
    std::size_t i = 0;
    const std::size_t n = text.size();
    if (n == 0 || n > 400) return std::nullopt;
    if (text[i] == '+' || text[i] == '-') ++i;
    std::size_t digits = 0;
    while (i < n && text[i] >= '0' && text[i] <= '9') ++i, ++digits;
    if (i < n && text[i] == '.') {
        ++i;
        while (i < n && text[i] >= '0' && text[i] <= '9') ++i, ++digits;
    }
    if (digits == 0) return std::nullopt;
    if (i < n && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < n && (text[i] == '+' || text[i] == '-')) ++i;
        std::size_t e = 0;
        while (i < n && text[i] >= '0' && text[i] <= '9') ++i, ++e;
        if (e == 0) return std::nullopt;
    }
    if (i != n) return std::nullopt;
    const char* first = text.data() + (text[0] == '+' ? 1 : 0);
    double d = 0;
    const auto r = std::from_chars(first, text.data() + n, d, std::chars_format::general);
    if (r.ec != std::errc{} || r.ptr != text.data() + n || !std::isfinite(d)) return std::nullopt;
    if (d == 0) return std::string("0");
    char buf[64];
    const auto w = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);  // shortest round trip
    const std::string_view s(buf, static_cast<std::size_t>(w.ptr - buf));
    const bool negative = s[0] == '-';
    const std::size_t epos = s.find('e');
    std::string mant;
    for (std::size_t k = negative ? 1 : 0; k < epos; ++k) {
        if (s[k] != '.') mant += s[k];
    }
    int exp = 0;
    std::from_chars(s.data() + epos + (s[epos + 1] == '+' ? 2 : 1), s.data() + s.size(), exp);
    constexpr std::size_t significant = 15;
    if (mant.size() > significant) {
        const bool up = mant[significant] >= '5';
        mant.resize(significant);
        if (up) {
            std::size_t k = significant;
            while (k > 0 && mant[k - 1] == '9') mant[--k] = '0';
            if (k == 0) {
                mant.insert(mant.begin(), '1');
                mant.pop_back();
                ++exp;
            } else {
                ++mant[k - 1];
            }
        }
    }
    while (mant.size() > 1 && mant.back() == '0') mant.pop_back();
    std::string out = negative ? "-" : "";
    if (exp >= 0) {
        const auto int_digits = static_cast<std::size_t>(exp) + 1;
        if (mant.size() <= int_digits) {
            out += mant;
            out.append(int_digits - mant.size(), '0');
        } else {
            out += mant.substr(0, int_digits);
            out += '.';
            out += mant.substr(int_digits);
        }
    } else {
        out += "0.";
        out.append(static_cast<std::size_t>(-exp - 1), '0');
        out += mant;
    }
    return out;
}

/// A date cell's calendar day and time of day, or why it is none.
struct date_value {
    std::chrono::year_month_day date{};  ///< the day (for a time of day alone in the 1900 system: 1899-12-31)
    std::uint32_t seconds = 0;           ///< the time of day, rounded to the second
    bool time_only = false;              ///< serial below 1: a time of day with no date
    std::string error;                   ///< not empty: no such date (and why)
    std::string error_zh{};              ///< the same in Chinese
    [[nodiscard]] bool ok() const noexcept { return error.empty(); }
};

/// The day and time of a serial number (the decimal text of a date cell) in the workbook's date system. The 1900
/// system counts 1900-01-01 as 1 and keeps Lotus's 29 February 1900 as serial 60 (refused here: no such day);
/// the 1904 system counts 1904-01-01 as 0. Dates after 9999-12-31 and before the system's start are refused.
inline date_value serial_date(std::string_view serial, bool date1904) {
    using namespace std::chrono;
    date_value out;
    if (serial.starts_with('-')) {
        out.error = "serial " + std::string(serial) + " is before the workbook's first date";
        out.error_zh = "序列号 " + std::string(serial) + " 早于工作簿日期系统的第一天";
        return out;
    }
    const std::size_t dot = serial.find('.');
    const std::string_view whole = serial.substr(0, dot);
    std::string_view frac = dot == std::string_view::npos ? std::string_view{} : serial.substr(dot + 1);
    constexpr std::int64_t last_serial_1900 = 2958465;  // 9999-12-31
    constexpr std::int64_t last_serial_1904 = 2957003;
    const std::int64_t last = date1904 ? last_serial_1904 : last_serial_1900;
    std::int64_t days = 0;
    if (whole.size() > 8) {
        out.error = "serial " + std::string(serial) + " is after 9999-12-31";
        out.error_zh = "序列号 " + std::string(serial) + " 晚于 9999-12-31";
        return out;
    }
    for (char c : whole) days = days * 10 + (c - '0');
    if (frac.size() > 12) frac = frac.substr(0, 12);
    std::uint64_t f = 0, scale = 1;
    for (char c : frac) {
        f = f * 10 + static_cast<std::uint64_t>(c - '0');
        scale *= 10;
    }
    std::uint64_t secs = (f * 86400 * 2 + scale) / (2 * scale);  // half up to the second
    if (secs >= 86400) {
        secs -= 86400;
        ++days;
    }
    if (days > last) {
        out.error = "serial " + std::string(serial) + " is after 9999-12-31";
        out.error_zh = "序列号 " + std::string(serial) + " 晚于 9999-12-31";
        return out;
    }
    out.seconds = static_cast<std::uint32_t>(secs);
    if (date1904) {
        out.date = year_month_day{sys_days{year{1904} / 1 / 1} + std::chrono::days{days}};
        return out;
    }
    if (days == 0) {
        out.time_only = true;
        out.date = year{1899} / 12 / 31;
        return out;
    }
    if (days == 60) {
        out.error = "serial 60 is 1900-02-29, a day that did not exist (Excel's 1900 leap-year quirk)";
        out.error_zh = "序列号 60 是 1900-02-29，这一天并不存在（Excel 1900 日期系统的闰年错误）";
        return out;
    }
    // 1–59: from 1899-12-31; 61 on: one less, for the day Excel counts that never was.
    const sys_days base = days < 60 ? sys_days{year{1899} / 12 / 31} : sys_days{year{1899} / 12 / 30};
    out.date = year_month_day{base + std::chrono::days{days}};
    return out;
}

/// The day and time of a date cell (see serial_date).
inline date_value cell_date(const cell& c, bool date1904) { return serial_date(c.value, date1904); }

/// A date value as text: 2020/1/1, 2020/1/1 8:30:00 with a time, 8:30:00 for a time alone.
inline std::string format_date_value(const date_value& d) {
    std::string out;
    if (!d.time_only) {
        out = std::to_string(static_cast<int>(d.date.year())) + "/" +
              std::to_string(static_cast<unsigned>(d.date.month())) + "/" +
              std::to_string(static_cast<unsigned>(d.date.day()));
    }
    if (d.seconds != 0 || d.time_only) {
        auto two = [](std::uint32_t v) { return (v < 10 ? "0" : "") + std::to_string(v); };
        if (!out.empty()) out += ' ';
        out += std::to_string(d.seconds / 3600) + ":" + two(d.seconds / 60 % 60) + ":" + two(d.seconds % 60);
    }
    return out;
}

/// What a number format shows, as far as reading a table cares.
enum class number_format : std::uint8_t { plain, date, percent };

/// Whether a built-in number format (by id) shows a date or a time: 14–22, the East Asian 27–36 and 50–58, and the
/// times 45–47.
constexpr bool builtin_date_format(std::uint32_t id) noexcept {
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/// What a built-in number format shows: dates (builtin_date_format), percentages (9 0%, 10 0.00%), or plain.
constexpr number_format builtin_number_format(std::uint32_t id) noexcept {
    if (builtin_date_format(id)) return number_format::date;
    return id == 9 || id == 10 ? number_format::percent : number_format::plain;
}

/// What a custom number format code shows: a date or time if its first section has y, m, d, h or s outside
/// quoted text, escapes (\x, _x, *x) and brackets, or an elapsed-time bracket ([h], [mm], [ss]); a percentage
/// if it has % there; else plain.
inline number_format custom_number_format(std::string_view code) {
    bool percent = false;
    for (std::size_t i = 0; i < code.size(); ++i) {
        const char c = code[i];
        if (c == ';') break;
        if (c == '"') {
            const std::size_t e = code.find('"', i + 1);
            if (e == std::string_view::npos) break;
            i = e;
        } else if (c == '\\' || c == '_' || c == '*') {
            ++i;
        } else if (c == '[') {
            const std::size_t e = code.find(']', i + 1);
            if (e == std::string_view::npos) break;
            const std::string_view inner = code.substr(i + 1, e - i - 1);
            if (!inner.empty() && inner.find_first_not_of("hHmMsS") == std::string_view::npos)
                return number_format::date;
            i = e;
        } else if (std::string_view("yYmMdDhHsS").find(c) != std::string_view::npos) {
            return number_format::date;
        } else if (c == '%') {
            percent = true;
        }
    }
    return percent ? number_format::percent : number_format::plain;
}

/// Whether a custom number format code shows a date or a time (see custom_number_format).
inline bool custom_date_format(std::string_view code) { return custom_number_format(code) == number_format::date; }

/// A number cell's value as Excel shows its digits: the decimal, or for a percentage format the decimal times 100
/// with % (0.95 → 95%, exactly: the point moves two places).
inline std::string display_number(std::string_view value, bool percent) {
    if (!percent) return std::string(value);
    std::string s(value);
    const bool negative = s.starts_with('-');
    if (negative) s.erase(0, 1);
    std::size_t dot = s.find('.');
    if (dot == std::string::npos) {
        s += ".";
        dot = s.size() - 1;
    }
    s.erase(dot, 1);
    while (s.size() < dot + 2) s += '0';
    s.insert(dot + 2, ".");
    if (s.back() == '.') s.pop_back();
    if (s.find('.') != std::string::npos) {
        while (s.back() == '0') s.pop_back();
        if (s.back() == '.') s.pop_back();
    }
    const std::size_t nz = s.find_first_not_of('0');
    if (nz == std::string::npos) {
        s = "0";
    } else if (s[nz] == '.') {
        s.erase(0, nz - 1);
    } else {
        s.erase(0, nz);
    }
    return (negative && s != "0" ? "-" : "") + s + "%";
}

/// Parses a cell reference (B7) to 1-based row and column; false if it is not one or lies beyond XFD1048576.
inline bool parse_cell_name(std::string_view s, std::uint32_t& row, std::uint32_t& column) noexcept {
    std::size_t i = 0;
    std::uint64_t c = 0, r = 0;
    while (i < s.size() && i < 4 && s[i] >= 'A' && s[i] <= 'Z')
        c = c * 26 + static_cast<std::uint64_t>(s[i++] - 'A' + 1);
    if (i == 0 || i == s.size() || s[i] < '1' || s[i] > '9') return false;
    const std::size_t digits_at = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9' && i - digits_at < 8)
        r = r * 10 + static_cast<std::uint64_t>(s[i++] - '0');
    if (i != s.size() || c > max_column || r > max_row) return false;
    row = static_cast<std::uint32_t>(r);
    column = static_cast<std::uint32_t>(c);
    return true;
}

namespace detail {

/// A workbook that cannot be read: where (file, or file[sheet], or file[sheet]!B7) and why.
struct failure {
    std::string where;
    std::string reason;       ///< in English
    std::string reason_zh{};  ///< in Chinese; empty: a general Chinese sentence with the English reason
};

/// What a failure says, in both languages: the workbook's own structure is broken (a hostile or damaged file),
/// which a clerk can only fix by saving the workbook again.
inline io_text failure_text(const failure& f) {
    return {f.reason_zh.empty()
                ? "工作簿内部结构有误，读不了（文件可能已损坏，请用 Excel 重新另存为 .xlsx）：" + f.reason
                : f.reason_zh,
            f.reason};
}

/// OOXML escapes a character XML cannot hold as _xHHHH_ (_x000D_ is a carriage return, _x005F_ an underscore).
inline std::string unescape_ooxml(std::string_view s) {
    if (s.find("_x") == std::string_view::npos) return std::string(s);
    std::string out;
    out.reserve(s.size());
    auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        return -1;
    };
    for (std::size_t i = 0; i < s.size();) {
        if (s[i] == '_' && i + 6 < s.size() + 0 && s[i + 1] == 'x' && s[i + 6] == '_' && hex(s[i + 2]) >= 0 &&
            hex(s[i + 3]) >= 0 && hex(s[i + 4]) >= 0 && hex(s[i + 5]) >= 0) {
            const auto cp = static_cast<std::uint32_t>(hex(s[i + 2]) << 12 | hex(s[i + 3]) << 8 | hex(s[i + 4]) << 4 |
                                                       hex(s[i + 5]));
            if (cp < 0x80) {
                out += static_cast<char>(cp);
            } else if (cp < 0x800) {
                out += static_cast<char>(0xC0 | (cp >> 6));
                out += static_cast<char>(0x80 | (cp & 0x3F));
            } else if (cp >= 0xD800 && cp <= 0xDFFF) {
                out += "\xEF\xBF\xBD";  // a lone surrogate: U+FFFD
            } else {
                out += static_cast<char>(0xE0 | (cp >> 12));
                out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
                out += static_cast<char>(0x80 | (cp & 0x3F));
            }
            i += 7;
        } else {
            out += s[i++];
        }
    }
    return out;
}

/// The local part of an expat name with namespace ("uri local" → local).
inline std::string_view local_name(const XML_Char* name) {
    const std::string_view s(name);
    const std::size_t sp = s.rfind(' ');
    return sp == std::string_view::npos ? s : s.substr(sp + 1);
}

/// The value of the attribute with this local name, or nullptr.
inline const char* attribute(const XML_Char** atts, std::string_view name) {
    for (std::size_t i = 0; atts[i] != nullptr; i += 2) {
        if (local_name(atts[i]) == name) return atts[i + 1];
    }
    return nullptr;
}

/// Drives expat over a part fed in chunks; Handler has start(name, atts), end(name), text(s, n). A handler that
/// throws failure stops the parse with its reason. DOCTYPE and entity declarations are refused (OOXML has none;
/// they are how an XML bomb is built).
template <class Handler>
class xml_reader {
public:
    explicit xml_reader(Handler& h) : handler_(h), parser_(XML_ParserCreateNS(nullptr, ' ')) {
        if (parser_ == nullptr) throw std::bad_alloc();
        XML_SetUserData(parser_, this);
        XML_SetElementHandler(parser_, &xml_reader::on_start, &xml_reader::on_end);
        XML_SetCharacterDataHandler(parser_, &xml_reader::on_text);
        XML_SetStartDoctypeDeclHandler(parser_, &xml_reader::on_doctype);
        XML_SetEntityDeclHandler(parser_, &xml_reader::on_entity);
    }
    ~xml_reader() { XML_ParserFree(parser_); }
    xml_reader(const xml_reader&) = delete;
    xml_reader& operator=(const xml_reader&) = delete;

    /// Feeds a chunk (last: the end of the part). Throws failure: the handler's (its where may be empty), or
    /// the XML's with the part's name.
    void feed(const char* data, std::size_t n, bool last, const std::string& part) {
        if (XML_Parse(parser_, data, static_cast<int>(n), last ? 1 : 0) == XML_STATUS_OK) return;
        if (failed_) throw error_;
        throw failure{{},
                      part + ": malformed XML at line " + std::to_string(XML_GetCurrentLineNumber(parser_)) +
                          ", column " + std::to_string(XML_GetCurrentColumnNumber(parser_) + 1) + ": " +
                          XML_ErrorString(XML_GetErrorCode(parser_))};
    }

private:
    void stop(failure f) {
        if (!failed_) error_ = std::move(f);
        failed_ = true;
        XML_StopParser(parser_, XML_FALSE);
    }
    template <class F>
    static void guarded(void* self, F f) {
        auto* r = static_cast<xml_reader*>(self);
        if (r->failed_) return;
        try {
            f(r->handler_);
        } catch (const failure& e) {
            r->stop(e);
        } catch (const std::bad_alloc&) {
            r->stop(failure{{}, "out of memory"});
        }
    }
    static void on_start(void* self, const XML_Char* name, const XML_Char** atts) {
        guarded(self, [&](Handler& h) { h.start(local_name(name), atts); });
    }
    static void on_end(void* self, const XML_Char* name) {
        guarded(self, [&](Handler& h) { h.end(local_name(name)); });
    }
    static void on_text(void* self, const XML_Char* s, int len) {
        guarded(self, [&](Handler& h) { h.text(s, static_cast<std::size_t>(len)); });
    }
    static void on_doctype(void* self, const XML_Char*, const XML_Char*, const XML_Char*, int) {
        static_cast<xml_reader*>(self)->stop(failure{{}, "a DOCTYPE declaration, which no OOXML part has"});
    }
    static void on_entity(void* self, const XML_Char*, int, const XML_Char*, int, const XML_Char*, const XML_Char*,
                          const XML_Char*, const XML_Char*) {
        static_cast<xml_reader*>(self)->stop(failure{{}, "an entity declaration, which no OOXML part has"});
    }

    Handler& handler_;
    XML_Parser parser_;
    failure error_;
    bool failed_ = false;
};

/// The zip archive of a workbook, with the inflated-size budget of the whole read.
class archive {
public:
    archive(zip_t* z, const limits& lim) : zip_(z), limits_(lim) {}
    ~archive() {
        if (zip_ != nullptr) zip_discard(zip_);
    }
    archive(const archive&) = delete;
    archive& operator=(const archive&) = delete;

    /// Whether the archive has the part (OPC part names are case-insensitive).
    [[nodiscard]] bool has(const std::string& name) const {
        return zip_name_locate(zip_, name.c_str(), ZIP_FL_NOCASE) >= 0;
    }

    /// Streams a part's XML through a handler. Throws failure{where, reason}.
    template <class Handler>
    void parse(const std::string& name, Handler& h, const std::string& where) {
        const zip_int64_t index = zip_name_locate(zip_, name.c_str(), ZIP_FL_NOCASE);
        if (index < 0) throw failure{where, "the part " + name + " is missing"};
        const auto idx = static_cast<zip_uint64_t>(index);
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(zip_, idx, 0, &st) == 0 && (st.valid & ZIP_STAT_SIZE) != 0 &&
            st.size > limits_.max_part_size) {
            throw failure{where, too_big(name, st.size)};
        }
        zip_file_t* f = zip_fopen_index(zip_, idx, 0);
        if (f == nullptr) {
            throw failure{where, "cannot read the part " + name + ": " + zip_strerror(zip_)};
        }
        const std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> guard(f, &zip_fclose);
        xml_reader<Handler> xml(h);
        std::vector<char> buf(1 << 16);
        std::uint64_t part = 0;
        for (;;) {
            const zip_int64_t n = zip_fread(f, buf.data(), buf.size());
            if (n < 0) throw failure{where, "cannot inflate the part " + name + ": " + zip_file_strerror(f)};
            part += static_cast<std::uint64_t>(n);
            total_ += static_cast<std::uint64_t>(n);
            if (part > limits_.max_part_size) throw failure{where, too_big(name, part)};
            if (total_ > limits_.max_total_size) {
                throw failure{where, "the parts inflate to more than " + std::to_string(limits_.max_total_size) +
                                         " bytes in all (limits::max_total_size); refused as a zip bomb"};
            }
            try {
                xml.feed(buf.data(), static_cast<std::size_t>(n), n == 0, name);
            } catch (failure& f) {
                if (f.where.empty()) f.where = where;
                throw;
            }
            if (n == 0) break;
        }
    }

private:
    std::string too_big(const std::string& name, std::uint64_t size) const {
        return "the part " + name + " inflates to more than " + std::to_string(limits_.max_part_size) +
               " bytes (limits::max_part_size; " + std::to_string(size) + " seen); refused as a zip bomb";
    }
    zip_t* zip_;
    const limits& limits_;
    std::uint64_t total_ = 0;
};

/// A part name resolved from a relationship's target, relative to the folder of the part that names it.
inline std::string resolve_target(std::string_view base_dir, std::string_view target) {
    std::vector<std::string> parts;
    auto push = [&](std::string_view path) {
        std::size_t i = 0;
        while (i <= path.size()) {
            const std::size_t e = std::min(path.find('/', i), path.size());
            const std::string_view seg = path.substr(i, e - i);
            if (seg == "..") {
                if (!parts.empty()) parts.pop_back();
            } else if (!seg.empty() && seg != ".") {
                parts.emplace_back(seg);
            }
            i = e + 1;
        }
    };
    if (!target.starts_with('/')) push(base_dir);
    push(target);
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : "/") + p;
    return out;
}

/// A relationships part: Id → (type's last segment, resolved target).
struct relationship {
    std::string id, type, target;
};
struct rels_handler {
    std::string base_dir;
    std::vector<relationship> rels;
    void start(std::string_view name, const XML_Char** atts) {
        if (name != "Relationship") return;
        const char* mode = attribute(atts, "TargetMode");
        if (mode != nullptr && std::string_view(mode) == "External") return;
        const char* id = attribute(atts, "Id");
        const char* type = attribute(atts, "Type");
        const char* target = attribute(atts, "Target");
        if (id == nullptr || type == nullptr || target == nullptr) return;
        std::string_view t(type);
        t = t.substr(t.rfind('/') + 1);
        if (rels.size() > 100000) throw failure{{}, "more than 100000 relationships"};
        rels.push_back({id, std::string(t), resolve_target(base_dir, target)});
    }
    void end(std::string_view) {}
    void text(const char*, std::size_t) {}
};

struct sheet_entry {
    std::string name, rid;
    sheet_state state = sheet_state::visible;
};
struct workbook_handler {
    const limits* lim = nullptr;
    std::vector<sheet_entry> sheets;
    bool date1904 = false;
    bool seen_workbook = false;
    void start(std::string_view name, const XML_Char** atts) {
        if (name == "workbook") seen_workbook = true;
        if (name == "workbookPr") {
            const char* d = attribute(atts, "date1904");
            date1904 = d != nullptr && (std::string_view(d) == "1" || std::string_view(d) == "true");
        } else if (name == "sheet") {
            const char* n = attribute(atts, "name");
            const char* id = attribute(atts, "id");  // r:id
            if (n == nullptr || id == nullptr) throw failure{{}, "a <sheet> without name or r:id"};
            if (sheets.size() == lim->max_sheets) {
                throw failure{{}, "more than " + std::to_string(lim->max_sheets) + " sheets (limits::max_sheets)"};
            }
            sheet_entry e{n, id, sheet_state::visible};
            if (const char* st = attribute(atts, "state")) {
                const std::string_view s(st);
                e.state = s == "hidden"       ? sheet_state::hidden
                          : s == "veryHidden" ? sheet_state::very_hidden
                                              : sheet_state::visible;
            }
            for (const auto& o : sheets) {
                if (o.name == e.name) throw failure{{}, "two sheets named 「" + e.name + "」"};
            }
            sheets.push_back(std::move(e));
        }
    }
    void end(std::string_view) {}
    void text(const char*, std::size_t) {}
};

/// sharedStrings.xml: each <si> is its <t>, or its runs' <t> joined; phonetic runs (<rPh>) are left out.
struct strings_handler {
    const limits* lim = nullptr;
    workbook* book = nullptr;
    std::vector<std::string_view> strings;
    std::string current;
    bool in_si = false, in_t = false;
    int rph = 0;
    void start(std::string_view name, const XML_Char**) {
        if (name == "si") {
            if (strings.size() == lim->max_shared_strings) {
                throw failure{{},
                              "more than " + std::to_string(lim->max_shared_strings) +
                                  " shared strings (limits::max_shared_strings)"};
            }
            in_si = true;
            current.clear();
        } else if (name == "rPh") {
            ++rph;
        } else if (name == "t" && in_si && rph == 0) {
            in_t = true;
        }
    }
    void end(std::string_view name) {
        if (name == "si") {
            strings.push_back(book->keep(unescape_ooxml(current)));
            in_si = false;
        } else if (name == "rPh") {
            --rph;
        } else if (name == "t") {
            in_t = false;
        }
    }
    void text(const char* s, std::size_t n) {
        if (in_t) current.append(s, n);
    }
};

/// styles.xml: which cell formats (cellXfs, by index) show dates and which percentages.
struct styles_handler {
    const limits* lim = nullptr;
    std::vector<std::pair<std::uint32_t, number_format>> custom;  // numFmtId → what it shows
    std::vector<std::uint32_t> xf_formats;                        // cellXfs index → numFmtId
    bool in_cell_xfs = false;
    void start(std::string_view name, const XML_Char** atts) {
        if (name == "numFmt") {
            const char* id = attribute(atts, "numFmtId");
            const char* code = attribute(atts, "formatCode");
            if (id == nullptr || code == nullptr) return;
            if (custom.size() == lim->max_styles) throw failure{{}, "too many number formats (limits::max_styles)"};
            custom.emplace_back(number(id), custom_number_format(code));
        } else if (name == "cellXfs") {
            in_cell_xfs = true;
        } else if (name == "xf" && in_cell_xfs) {
            if (xf_formats.size() == lim->max_styles) throw failure{{}, "too many cell formats (limits::max_styles)"};
            const char* id = attribute(atts, "numFmtId");
            xf_formats.push_back(id != nullptr ? number(id) : 0);
        }
    }
    void end(std::string_view name) {
        if (name == "cellXfs") in_cell_xfs = false;
    }
    void text(const char*, std::size_t) {}
    static std::uint32_t number(std::string_view s) {
        std::uint32_t v = 0;
        const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
        if (r.ec != std::errc{} || r.ptr != s.data() + s.size())
            throw failure{{}, "a bad numFmtId 「" + std::string(s.substr(0, 20)) + "」"};
        return v;
    }
    /// What each cell format shows; a format the workbook defines wins over the built-in one of its id (the last
    /// definition of an id counts).
    [[nodiscard]] std::vector<number_format> formats() {
        std::stable_sort(custom.begin(), custom.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
        std::vector<number_format> out;
        out.reserve(xf_formats.size());
        for (const auto id : xf_formats) {
            const auto it = std::upper_bound(custom.begin(), custom.end(), id,
                                             [](std::uint32_t k, const auto& x) { return k < x.first; });
            if (it != custom.begin() && std::prev(it)->first == id) {
                out.push_back(std::prev(it)->second);
            } else {
                out.push_back(builtin_number_format(id));
            }
        }
        return out;
    }
};

/// A worksheet part: its cells and merged ranges.
struct sheet_handler {
    const limits* lim = nullptr;
    workbook* book = nullptr;
    const std::vector<std::string_view>* strings = nullptr;
    const std::vector<number_format>* formats = nullptr;
    std::size_t* cell_budget = nullptr;  // cells the workbook may still hold
    std::string file, sheet_name;
    std::vector<cell> cells;
    std::vector<cell_range> merged;

    // The cell being read.
    bool in_sheet_data = false, in_c = false, in_v = false, in_is = false, in_t = false, in_f = false;
    int rph = 0;
    bool has_v = false, has_f = false;
    std::uint32_t row = 0, next_column = 1, c_row = 0, c_col = 0, style = 0;
    std::string type, v, is_text;

    [[noreturn]] void fail_cell(std::string reason) const {
        throw failure{where(file, sheet_name, c_row, c_col), std::move(reason)};
    }
    [[noreturn]] void fail_sheet(std::string reason) const {
        throw failure{where(file, sheet_name), std::move(reason)};
    }

    void start(std::string_view name, const XML_Char** atts) {
        if (name == "sheetData") {
            in_sheet_data = true;
        } else if (name == "row" && in_sheet_data) {
            if (const char* r = attribute(atts, "r")) {
                std::uint32_t x = 0;
                const std::string_view s(r);
                const auto res = std::from_chars(s.data(), s.data() + s.size(), x);
                if (res.ec != std::errc{} || res.ptr != s.data() + s.size() || x == 0 || x > max_row) {
                    fail_sheet("row number 「" + std::string(s.substr(0, 20)) + "」 is not 1-1048576");
                }
                row = x;
            } else {
                ++row;
                if (row > max_row) fail_sheet("more than 1048576 rows");
            }
            next_column = 1;
        } else if (name == "c" && in_sheet_data) {
            in_c = true;
            has_v = has_f = false;
            v.clear();
            is_text.clear();
            type = "n";
            style = 0;
            if (const char* r = attribute(atts, "r")) {
                std::uint32_t rr = 0, cc = 0;
                if (!parse_cell_name(r, rr, cc)) {
                    c_row = row;
                    c_col = 0;
                    fail_sheet("cell reference 「" + std::string(std::string_view(r).substr(0, 20)) +
                               "」 is not a cell of A1:XFD1048576");
                }
                c_row = rr;
                c_col = cc;
                if (rr != row && row != 0)
                    fail_sheet("cell " + cell_name(rr, cc) + " is in row " + std::to_string(row));
            } else {
                if (row == 0) row = 1;
                c_row = row;
                c_col = next_column;
                if (c_col > max_column) fail_sheet("more than 16384 columns in row " + std::to_string(row));
            }
            next_column = c_col + 1;
            if (const char* t = attribute(atts, "t")) type = t;
            if (const char* s = attribute(atts, "s")) {
                const std::string_view sv(s);
                const auto res = std::from_chars(sv.data(), sv.data() + sv.size(), style);
                if (res.ec != std::errc{} || res.ptr != sv.data() + sv.size()) fail_cell("a bad style index");
            }
        } else if (in_c && name == "v") {
            in_v = has_v = true;
        } else if (in_c && name == "f") {
            in_f = has_f = true;
        } else if (in_c && name == "is") {
            in_is = true;
        } else if (in_is && name == "rPh") {
            ++rph;
        } else if (in_is && name == "t" && rph == 0) {
            in_t = true;
        } else if (name == "mergeCell") {
            const char* ref = attribute(atts, "ref");
            if (ref == nullptr) return;
            const std::string_view s(ref);
            const std::size_t colon = s.find(':');
            cell_range m;
            const bool ok = colon != std::string_view::npos &&
                            parse_cell_name(s.substr(0, colon), m.first_row, m.first_column) &&
                            parse_cell_name(s.substr(colon + 1), m.last_row, m.last_column);
            if (!ok)
                fail_sheet("merged range 「" + std::string(s.substr(0, 30)) + "」 is not a range of A1:XFD1048576");
            if (m.first_row > m.last_row) std::swap(m.first_row, m.last_row);
            if (m.first_column > m.last_column) std::swap(m.first_column, m.last_column);
            merged.push_back(m);
            if (merged.size() > lim->max_cells) fail_sheet("too many merged ranges (limits::max_cells)");
        }
    }

    void end(std::string_view name) {
        if (name == "sheetData") {
            in_sheet_data = false;
        } else if (name == "v") {
            in_v = false;
        } else if (name == "f") {
            in_f = false;
        } else if (name == "is") {
            in_is = false;
        } else if (name == "rPh") {
            if (in_is) --rph;
        } else if (name == "t") {
            in_t = false;
        } else if (name == "c" && in_c) {
            in_c = false;
            finish_cell();
        }
    }

    void text(const char* s, std::size_t n) {
        if (in_v) {
            v.append(s, n);
        } else if (in_t) {
            is_text.append(s, n);
        }
    }

    void add(cell_kind kind, std::string_view value) {
        if (*cell_budget == 0) {
            fail_sheet("more than " + std::to_string(lim->max_cells) + " cells in the workbook (limits::max_cells)");
        }
        --*cell_budget;
        cell c;
        c.row = c_row;
        c.column = c_col;
        c.kind = kind;
        c.formula = has_f;
        c.value = value;
        cells.push_back(c);
    }

    void finish_cell() {
        if (type == "inlineStr") {
            add(cell_kind::text, book->keep(unescape_ooxml(is_text)));
            return;
        }
        if (has_f && !has_v) {
            fail_cell(
                "a formula without a cached value (open the workbook in a spreadsheet program and save it, so "
                "that the formula's result is stored)");
        }
        if (!has_v) return;  // formatted but blank
        if (type == "s") {
            std::size_t k = 0;
            const auto r = std::from_chars(v.data(), v.data() + v.size(), k);
            if (r.ec != std::errc{} || r.ptr != v.data() + v.size() || strings == nullptr || k >= strings->size()) {
                fail_cell("shared string 「" + v.substr(0, 20) + "」 is not an index of the shared-string table (" +
                          std::to_string(strings == nullptr ? 0 : strings->size()) + " strings)");
            }
            add(cell_kind::text, (*strings)[k]);
        } else if (type == "str") {
            add(cell_kind::text, book->keep(unescape_ooxml(v)));
        } else if (type == "b") {
            if (v != "0" && v != "1") fail_cell("boolean 「" + v.substr(0, 20) + "」 is not 0 or 1");
            add(cell_kind::boolean, v == "1" ? "TRUE" : "FALSE");
        } else if (type == "e") {
            add(cell_kind::error, book->keep(v.substr(0, 32)));
        } else if (type == "n") {
            if (has_f && v.empty()) {
                fail_cell(
                    "a formula without a cached value (open the workbook in a spreadsheet program and save it, "
                    "so that the formula's result is stored)");
            }
            const auto d = excel_decimal(v);
            if (!d) fail_cell("「" + v.substr(0, 40) + "」 is not a number");
            const number_format f = formats != nullptr && style < formats->size() ? (*formats)[style]
                                                                                  : number_format::plain;
            add(f == number_format::date ? cell_kind::date : cell_kind::number, book->keep(*d));
            cells.back().percent = f == number_format::percent;
        } else if (type == "d") {
            add(cell_kind::text, book->keep(v));  // ISO 8601 text (strict OOXML); kept as written
        } else {
            fail_cell("unknown cell type 「" + type.substr(0, 20) + "」");
        }
    }

    /// Sorts the cells, refuses duplicates and overlapping merges, and fills each merged range with its anchor.
    void finish(std::uint32_t& last_row, std::uint32_t& last_column) {
        auto less = [](const cell& a, const cell& b) { return a.row != b.row ? a.row < b.row : a.column < b.column; };
        std::stable_sort(cells.begin(), cells.end(), less);
        for (std::size_t i = 1; i < cells.size(); ++i) {
            if (cells[i].row == cells[i - 1].row && cells[i].column == cells[i - 1].column) {
                throw failure{where(file, sheet_name, cells[i].row, cells[i].column), "the cell is given twice"};
            }
        }
        // Every covered position once: overlapping ranges share one.
        std::vector<std::pair<std::uint64_t, std::size_t>> covered;
        for (std::size_t k = 0; k < merged.size(); ++k) {
            const auto& m = merged[k];
            const std::uint64_t area = std::uint64_t(m.last_row - m.first_row + 1) *
                                       (m.last_column - m.first_column + 1);
            if (area > *cell_budget) {
                fail_sheet("merged ranges cover more than " + std::to_string(lim->max_cells) +
                           " cells in the workbook (limits::max_cells)");
            }
            *cell_budget -= static_cast<std::size_t>(area);
            for (std::uint32_t r = m.first_row; r <= m.last_row; ++r) {
                for (std::uint32_t c = m.first_column; c <= m.last_column; ++c) {
                    covered.emplace_back(std::uint64_t(r) << 16 | c, k);
                }
            }
        }
        std::sort(covered.begin(), covered.end());
        for (std::size_t i = 1; i < covered.size(); ++i) {
            if (covered[i].first == covered[i - 1].first) {
                fail_sheet("merged ranges " + range_name(merged[covered[i - 1].second]) + " and " +
                           range_name(merged[covered[i].second]) + " overlap");
            }
        }
        if (!merged.empty()) {
            std::vector<cell> filled;
            filled.reserve(cells.size());
            auto find = [&](std::uint32_t r, std::uint32_t c) -> const cell* {
                cell key;
                key.row = r;
                key.column = c;
                const auto it = std::lower_bound(cells.begin(), cells.end(), key, less);
                return it != cells.end() && it->row == r && it->column == c ? &*it : nullptr;
            };
            std::vector<cell> fills;
            for (const auto& m : merged) {
                const cell* anchor = find(m.first_row, m.first_column);
                if (anchor == nullptr) continue;  // an empty range stays empty
                for (std::uint32_t r = m.first_row; r <= m.last_row; ++r) {
                    for (std::uint32_t c = m.first_column; c <= m.last_column; ++c) {
                        if (r == m.first_row && c == m.first_column) continue;
                        cell x = *anchor;
                        x.row = r;
                        x.column = c;
                        x.anchor_row = m.first_row;
                        x.anchor_column = m.first_column;
                        fills.push_back(x);
                    }
                }
            }
            std::sort(fills.begin(), fills.end(), less);
            // Merge: a covered cell takes the anchor's value (what Excel shows), whatever the part holds there.
            std::size_t i = 0, j = 0;
            while (i < cells.size() || j < fills.size()) {
                if (j == fills.size() || (i < cells.size() && less(cells[i], fills[j]))) {
                    filled.push_back(cells[i++]);
                } else if (i == cells.size() || less(fills[j], cells[i])) {
                    filled.push_back(fills[j++]);
                } else {
                    filled.push_back(fills[j++]);
                    ++i;
                }
            }
            cells = std::move(filled);
        }
        std::sort(merged.begin(), merged.end(), [](const cell_range& a, const cell_range& b) {
            return a.first_row != b.first_row ? a.first_row < b.first_row : a.first_column < b.first_column;
        });
        for (const auto& c : cells) {
            last_row = std::max(last_row, c.row);
            last_column = std::max(last_column, c.column);
        }
    }
};

/// Reads a whole workbook from an open archive.
inline workbook read_archive(archive& zip, std::string file, const limits& lim) {
    workbook book;
    book.file = file;
    // The package's relationships name the workbook part (xl/workbook.xml as a rule).
    rels_handler root;
    zip.parse("_rels/.rels", root, file);
    std::string wb_part;
    for (const auto& r : root.rels) {
        if (r.type == "officeDocument") wb_part = r.target;
    }
    if (wb_part.empty()) throw failure{file, "_rels/.rels names no workbook part (officeDocument)"};
    const std::size_t slash = wb_part.rfind('/');
    const std::string wb_dir = slash == std::string::npos ? std::string() : wb_part.substr(0, slash);
    const std::string wb_rels_part = (wb_dir.empty() ? std::string() : wb_dir + "/") + "_rels/" +
                                     wb_part.substr(slash + 1) + ".rels";
    workbook_handler wb;
    wb.lim = &lim;
    zip.parse(wb_part, wb, file);
    if (!wb.seen_workbook) throw failure{file, wb_part + " is not a workbook (no <workbook> element)"};
    book.date1904 = wb.date1904;
    rels_handler wrels;
    wrels.base_dir = wb_dir;
    zip.parse(wb_rels_part, wrels, file);

    strings_handler ss;
    ss.lim = &lim;
    ss.book = &book;
    styles_handler st;
    st.lim = &lim;
    for (const auto& r : wrels.rels) {
        if (r.type == "sharedStrings") zip.parse(r.target, ss, file);
        if (r.type == "styles") zip.parse(r.target, st, file);
    }
    const std::vector<number_format> formats = st.formats();

    std::size_t budget = lim.max_cells;
    for (const auto& e : wb.sheets) {
        const relationship* rel = nullptr;
        for (const auto& r : wrels.rels) {
            if (r.id == e.rid) rel = &r;
        }
        if (rel == nullptr) {
            throw failure{where(file, e.name), "the sheet's relationship " + e.rid + " is not in " + wb_rels_part};
        }
        if (rel->type != "worksheet") continue;  // a chart sheet or a dialog sheet holds no cells
        sheet_handler sh;
        sh.lim = &lim;
        sh.book = &book;
        sh.strings = &ss.strings;
        sh.formats = &formats;
        sh.cell_budget = &budget;
        sh.file = file;
        sh.sheet_name = e.name;
        zip.parse(rel->target, sh, where(file, e.name));
        sheet s;
        s.name = e.name;
        s.state = e.state;
        s.part = rel->target;
        sh.finish(s.last_row, s.last_column);
        s.cells = std::move(sh.cells);
        s.merged = std::move(sh.merged);
        book.sheets.push_back(std::move(s));
    }
    return book;
}

/// Reads a workbook from a zip the caller opened (or the error that opening gave).
inline workbook_result read_zip(zip_t* z, int open_error, std::string file, const limits& lim, std::string_view head) {
    workbook_result out;
    if (z == nullptr) {
        io_text why;
        if (head.starts_with("\xD0\xCF\x11\xE0")) {
            why = {"这是 .xls 工作簿（Excel 97-2003）或其他 OLE 文件，不是 .xlsx：请另存为 .xlsx",
                   "an .xls workbook (Excel 97-2003) or another OLE file, not .xlsx: save it as .xlsx"};
        } else {
            zip_error_t err;
            zip_error_init_with_code(&err, open_error);
            const std::string zip_why = zip_error_strerror(&err);
            why = {"不是 .xlsx 工作簿（无法作为 zip 压缩包打开：" + zip_why + "）：请用 Excel 另存为 .xlsx",
                   "not an .xlsx workbook (cannot open it as a zip archive: " + zip_why + ")"};
            zip_error_fini(&err);
        }
        out.errors.push_back(io_error::make(std::move(file), 0, 0, std::move(why)));
        return out;
    }
    archive zip(z, lim);
    try {
        out.book = read_archive(zip, file, lim);
    } catch (const failure& f) {
        out.errors.push_back(io_error::make(f.where.empty() ? file : f.where, 0, 0, failure_text(f)));
    } catch (const std::bad_alloc&) {
        out.errors.push_back(io_error::make(file, 0, 0, {"内存不足", "out of memory"}));
    }
    if (!out.errors.empty()) out.book.reset();
    return out;
}

}  // namespace detail

/// The reason given for a workbook larger than limits::max_file_size.
inline io_text too_large(const limits& lim) {
    const std::string n = std::to_string(lim.max_file_size);
    return {"工作簿超过 " + n + " 字节（limits::max_file_size），拒绝读取",
            "the workbook is larger than " + n + " bytes (limits::max_file_size)"};
}

/// Reads a workbook from its bytes (the .xlsx file in memory); `file` names it in errors.
inline workbook_result read_workbook(std::string_view bytes, std::string file, const limits& lim = {}) {
    if (bytes.size() > lim.max_file_size) {
        return {std::nullopt, {io_error::make(std::move(file), 0, 0, too_large(lim))}};
    }
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
    zip_t* z = nullptr;
    int code = ZIP_ER_MEMORY;
    if (src != nullptr) {
        z = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &err);
        if (z == nullptr) {
            code = zip_error_code_zip(&err);
            zip_source_free(src);
        }
    }
    zip_error_fini(&err);
    return detail::read_zip(z, code, std::move(file), lim, bytes.substr(0, 8));
}

/// Reads a workbook file; a file that cannot be read is an error naming it.
inline workbook_result read_workbook_file(const std::filesystem::path& path, const limits& lim = {}) {
    namespace fs = std::filesystem;
    const std::string file = path.string();
    auto fail = [&](io_text reason) {
        return workbook_result{std::nullopt, {io_error::make(file, 0, 0, std::move(reason))}};
    };
    std::error_code ec;
    const auto st = fs::status(path, ec);
    if (st.type() == fs::file_type::not_found) {
        return fail({"打不开文件：文件不存在（请检查文件名和路径）", "cannot open the file: no such file"});
    }
    if (ec) return fail(io_text{"打不开文件：", "cannot open the file: "} + system_reason(ec));
    if (st.type() != fs::file_type::regular) {
        return fail({"读不了：这不是普通文件", "cannot read the file: it is not a regular file"});
    }
    const auto size = fs::file_size(path, ec);
    if (ec) return fail(io_text{"读文件时出错：", "cannot read the file: "} + system_reason(ec));
    if (size > lim.max_file_size) return fail(too_large(lim));
    if (size == 0) return fail({"文件是空的", "the file is empty"});
    char head[8] = {};
    if (FILE* f = std::fopen(file.c_str(), "rb")) {
        const std::size_t n = std::fread(head, 1, sizeof head, f);
        std::fclose(f);
        int err = 0;
        zip_t* z = zip_open(file.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &err);
        return detail::read_zip(z, err, file, lim, std::string_view(head, n));
    }
    return fail({"打不开文件（可能没有读取权限）", "cannot open the file"});
}

}  // namespace jixiao::xlsx

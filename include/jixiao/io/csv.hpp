// jixiao — CSV: a whole table set as spreadsheet files (projects, indicators, cost lines), read and written.
//
// Layout
// ------
// A table set is any number of CSV files (or spreadsheet sheets saved as CSV), in any order. Each file
// holds one kind of row, told by its header row (the first non-blank row that names a kind's marker column; up
// to ten title rows above it, as printed forms have, are skipped):
//
//   projects    the header has 项目名称. One row per table:
//               序号, 年度, 项目名称, 项目申报单位, 项目实施单位, 开始时间, 截止时间,
//               then for each funding column of the form its total and its source rows, named from the
//               form's own labels: the total is the column label + 总额 (or the label itself if it ends with
//               总额); a source is the column label without 项目资金 / 资金 / 总额, + the row label. For
//               forms::beijing_district_2020: 以前年度项目资金总额, 以前年度区财政拨款, 以前年度市财政拨款,
//               以前年度自筹资金, 本年度项目资金总额, 本年度区财政拨款, 本年度市财政拨款, 本年度自筹资金;
//               then 项目绩效目标, 其他说明的问题.
//               Required: 序号, 项目名称, 项目申报单位, 项目实施单位, 开始时间, 截止时间, every 总额.
//               A blank source cell is a blank (std::nullopt), not 0; a blank 总额 is an error.
//               年度 blank: no budget year (std::chrono::year{0}); else 1–9999. Dates: YYYY/M/D or YYYY-MM-DD (month
//               1–12, day 1–31; whether the day exists in that month is validate()'s invalid_date); blank: no date.
//   indicators  the header has 三级指标. One row per indicator, in table order:
//               序号, 一级指标, 二级指标, 三级指标, 指标值, 原文, 核心指标, 权重.
//               Required: 序号, 二级指标, 三级指标, 指标值. 二级指标 is the form's label (产出数量指标) or the
//               official 二级 name (数量指标) or an official category's 一级 stem and 二级 name (产出 + 数量指标,
//               as forms label them); an official category the form lacks is kept (validate() reports
//               category_not_in_form); a label that names no known category is an error. 一级指标, if given, must be
//               the category's 一级. 指标值 is read by parse_target (blank or 无: a placeholder). 原文: the table's
//               wording, verbatim. 核心指标: 是, 否 or blank (否). 权重: a decimal, blank is 0.
//   cost lines  the header has 单价. One row per line of a 测算依据:
//               序号, 项目, 单价, 单价单位, 数量1, 单位1, … 数量4, 单位4, 合计, 原文, 截断.
//               Required: 序号, 项目, 单价. Quantities fill 数量1 up without gaps; at most four (a value in
//               数量5 or beyond is an error). 合计 blank: no stated total. 截断: 是, 否 or blank (否).
//
// Amounts (总额, sources, 单价, 合计) are in 万元 unless the header ends with （元） or (元), e.g.
// 本年度项目资金总额（元）; a cell may carry its own unit (518.4万元, 5184000元, 0.05184亿元), which wins.
// Amounts are exact: a value with more digits than the amount type holds is an error, never rounded.
// Numbers, dates and 是/否 cells may have spaces around them; text cells are kept verbatim.
//
// Rows of indicators and cost lines name their table by 序号, which must belong to exactly one row of the
// projects files (a 序号 used twice in projects files is kept for validate()'s duplicate_seq, unless a row
// refers to it: then it is an error, as the row cannot tell which table it belongs to).
//
// The columns, their headers (and the aliases read as them), which are required and what each holds come
// from the record schema (schema.hpp), which the JSON format and basic_project_store share; the funding
// columns come from the form.
//
// Columns are found by header name (or an alias), in any order. A header cell that starts with # is a comment column,
// ignored with its cells; an empty header cell is allowed if its cells are empty too. Any other unknown
// header is an error naming it (a misspelt header would otherwise lose a column silently), as is a
// column given twice. Rows whose cells are all empty are skipped; every other row has exactly as many
// cells as the header.
//
// Spreadsheet habits, read as they come (none changes a value): in indicator and cost-line files a blank 序号 (and in
// indicator files a blank 一级指标 / 二级指标) continues the row above, as merged cells are exported; aliases from
// the schema (实施单位, 年度指标值) and the Sichuan form's 指标性质 + 指标值 + 度量单位 read as one target;
// number cells take thousands separators , or ， when grouped by three, a full-width point, and amounts a leading
// ¥/￥ and a final 万/亿 for 万元/亿元 (lenient_number; from_chars and parse stay strict); 95%（含）以上 is 95%以上.
//
// Text: UTF-8, with or without a byte order mark (or GB18030: a file that is not UTF-8 but is GB18030 is decoded
// with iconv, with a note; csv_read_options::encoding forces an encoding; see encoding.hpp); records end with CRLF or
// LF (a final line may lack one); RFC 4180 quoting (a quoted field holds commas, line breaks and "" for a double
// quote). A double quote inside an unquoted field, or text after a closing quote, is an error.
//
// Errors name file, line and column: lines are the file's physical lines, from 1 (a line break inside a
// quoted field starts a new line); columns count Unicode characters from 1 (a byte order mark does not
// count). An error about a whole file (it cannot be read, or is empty) has line and column 0. At most
// max_errors_per_file errors are listed per file, the rest counted (read_result::unlisted_errors); cell
// text quoted in a message is escaped and cut short (shown). All or nothing: if there is any error the
// store is empty.
//
// Reading streams: each input is read twice, a window at a time (a file is never held whole). The first
// pass notes each row's 序号 and place (a few words per run of rows of one table); the second reads each
// table of the projects files, in their order, with its rows, wherever they are, and hands it over
// (for_each_csv_table) or adds it to a store (read_csv, read_csv_files: all or nothing, as above).
//
// Writing produces the three files with every column, amounts in 万元 with the amount type's digits,
// dates as YYYY/M/D, a byte order mark (so that spreadsheet programs see UTF-8) and CRLF (RFC 4180),
// both optional. Reading what was written gives the same projects, field by field.
#pragma once

#include <algorithm>
#include <array>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <iterator>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include <unistd.h>

#include "../detail/utf8.hpp"
#include "../form.hpp"
#include "../funding.hpp"
#include "../indicator.hpp"
#include "../origin.hpp"
#include "../project.hpp"
#include "../project_store.hpp"
#include "../schema.hpp"
#include "../target.hpp"
#include "common.hpp"
#include "encoding.hpp"

namespace jixiao {

/// An error found while reading CSV.
using csv_error = io_error;

/// One CSV text to read: a name for error messages (usually the file name) and the text itself.
struct csv_source {
    std::string name;
    std::string_view text;
};

/// The projects read from a table set, or the errors that stopped it (then the store is empty).
template <form F, class A = wan>
using csv_result = read_result<F, A>;

/// How the writers format a file.
struct csv_options {
    bool bom = true;   ///< start with a UTF-8 byte order mark (spreadsheet programs need it to see UTF-8)
    bool crlf = true;  ///< end records with CRLF (RFC 4180) rather than LF
};

/// The three files of a table set.
struct csv_files {
    std::string projects;
    std::string indicators;
    std::string cost_lines;
};

/// Where a table read from CSV files came from (row_origin and table_origin are in origin.hpp): its row of a
/// projects file, and the row of each of its indicators and cost lines (in the table's order). Views into the
/// reader: valid during the call.
using csv_origin = table_origin;

/// What streaming a table set found besides its tables: the errors (each input's in line order, at most
/// max_errors_per_file listed per input) and how many tables were handed over.
struct csv_stream_result {
    std::vector<io_error> errors;
    std::vector<io_error> notes{};    ///< not errors: how a file was read (a GB18030 file decoded), line 0
    std::size_t unlisted_errors = 0;  ///< errors found but not listed (see read_result)
    std::size_t unlisted_notes = 0;   ///< entries of `errors` that are "… and N more errors" notes
    std::size_t tables = 0;           ///< tables read whole and handed to the callback
    /// Whether everything was read without error.
    [[nodiscard]] bool ok() const noexcept { return errors.empty(); }
    /// How many errors were found, listed or not.
    [[nodiscard]] std::size_t error_count() const noexcept { return errors.size() - unlisted_notes + unlisted_errors; }
};

namespace detail::io {

/// Whether `label` is an official category's 一级 stem followed by its 二级 name (产出 + 数量指标), the way
/// forms label an official category within its 一级.
inline bool is_stem_label(const category& c, std::string_view label) noexcept {
    std::string_view stem = c.level1.name;
    if (stem.ends_with("指标")) stem.remove_suffix(std::string_view("指标").size());
    return label.size() == stem.size() + c.name.size() && label.starts_with(stem) && label.ends_with(c.name);
}

/// The category named by a 二级指标 cell (the form's label, an official 二级 name, or an official category's
/// 一级 stem and 二级 name as forms print them), within the 一级指标 cell's category if that is not empty. On
/// failure `in_level1` tells whether the 二级 name was known but not under that 一级.
template <form F>
std::optional<category> resolve_category(std::string_view level1, std::string_view level2, bool& in_level1) {
    std::vector<category> candidates;
    for (const auto& fc : F::categories) {
        if (fc.label == level2) candidates.push_back(fc.cat);
    }
    for (const auto& fc : F::categories) {
        if (fc.cat.name == level2) candidates.push_back(fc.cat);
    }
    for (const auto& c : categories::official) {
        if (c.name == level2) candidates.push_back(c);
    }
    for (const auto& c : categories::official) {
        if (is_stem_label(c, level2)) candidates.push_back(c);
    }
    in_level1 = !candidates.empty();
    for (const auto& c : candidates) {
        if (level1.empty() || c.level1.name == level1) return c;
    }
    return std::nullopt;
}

/// How a category is printed in a 二级指标 cell: the form's label, else its official name.
template <form F>
std::string_view category_label(const category& c) {
    if (const auto* fc = find_category<F>(c)) return fc->label;
    return c.name;
}

// ------------------------------------------------------------------------------------------------
// RFC 4180 records, scanned in place.

struct csv_field {
    std::string_view value;  // unquoted, "" undone: a view into the text, or into the reader's arena
    std::size_t begin = 0;   // byte offset of the field in the text (its opening quote, if quoted)
    bool quoted = false;
    bool escaped = false;  // quoted and holding "": offsets within the value are not offsets in the text
};

struct csv_record {
    std::vector<csv_field> fields;
    std::size_t begin = 0;   // its first byte in the text (a line start)
    std::size_t end = 0;     // one past its line break (or the text's end)
    std::size_t breaks = 0;  // line breaks within it and at its end
    [[nodiscard]] bool blank() const noexcept {
        return std::all_of(fields.begin(), fields.end(), [](const csv_field& f) { return f.value.empty(); });
    }
};

/// Where the text of quoted fields with "" in them is kept until clear(); its strings never move, and are
/// reused, so that reading a table set allocates for the first table only.
class csv_arena {
public:
    std::string& take() {
        if (used_ == pool_.size()) pool_.emplace_back();
        std::string& s = pool_[used_++];
        s.clear();
        return s;
    }
    void clear() noexcept { used_ = 0; }

private:
    std::deque<std::string> pool_;
    std::size_t used_ = 0;
};

/// Whether byte c ends an unquoted field or is a double quote.
inline constexpr auto csv_special = [] {
    std::array<bool, 256> t{};
    for (char c : {',', '\r', '\n', '"'}) t[static_cast<unsigned char>(c)] = true;
    return t;
}();

/// Whether text[i] ends a physical line: LF, or CR not followed by LF (as text_map counts lines).
inline bool line_break_at(std::string_view text, std::size_t i) noexcept {
    return text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'));
}

enum class scan_status { record, more, error };

/// A plain line (see scan_plain_record) as the first pass reads it: where it ends, and its field k.
struct plain_line {
    std::size_t end = 0;
    std::size_t breaks = 0;
    std::optional<std::string_view> key;  // none if the line has fewer fields
    bool blank = false;                   // every field is empty
};

/// scan_plain_record for the first pass: only field k is split out. False if the line is not plain.
inline bool scan_plain_key(std::string_view text, std::size_t pos, bool final, std::size_t k, plain_line& out) {
    const char* const base = text.data();
    const std::size_t n = text.size();
    const void* lf = std::memchr(base + pos, '\n', n - pos);
    if (lf == nullptr && !final) return false;
    std::size_t stop = lf != nullptr ? static_cast<std::size_t>(static_cast<const char*>(lf) - base) : n;
    const std::size_t end = lf != nullptr ? stop + 1 : n;
    if (stop > pos && base[stop - 1] == '\r') --stop;
    const std::size_t len = stop - pos;
    if (std::memchr(base + pos, '"', len) != nullptr || std::memchr(base + pos, '\r', len) != nullptr) return false;
    if (lf == nullptr && stop != n) return false;
    std::size_t b = pos;
    for (std::size_t f = 0; f < k && b <= stop; ++f) {
        const void* comma = std::memchr(base + b, ',', stop - b);
        b = comma != nullptr ? static_cast<std::size_t>(static_cast<const char*>(comma) - base) + 1 : stop + 1;
    }
    out.key.reset();
    if (b <= stop) {
        const void* comma = std::memchr(base + b, ',', stop - b);
        const std::size_t e = comma != nullptr ? static_cast<std::size_t>(static_cast<const char*>(comma) - base)
                                               : stop;
        out.key = std::string_view(base + b, e - b);
    }
    out.blank = true;
    for (std::size_t i = pos; i < stop && out.blank; ++i) out.blank = base[i] == ',';
    out.end = end;
    out.breaks = end != stop ? 1 : 0;
    return true;
}

/// The common case of scan_record, fast: a record on one line that ends in LF or CR LF (or at the end of a
/// final text) and has no double quote and no other CR, split at its commas by memchr. False (rec
/// untouched but for its fields) if the record is not such a line: scan_record then reads it byte by byte.
inline bool scan_plain_record(std::string_view text, std::size_t pos, bool final, csv_record& rec) {
    const char* const base = text.data();
    const std::size_t n = text.size();
    const void* lf = std::memchr(base + pos, '\n', n - pos);
    std::size_t stop = lf != nullptr ? static_cast<std::size_t>(static_cast<const char*>(lf) - base) : n;
    if (lf == nullptr && !final) return false;  // the line may go on
    const std::size_t end = lf != nullptr ? stop + 1 : n;
    if (stop > pos && base[stop - 1] == '\r') --stop;
    const std::size_t len = stop - pos;
    if (std::memchr(base + pos, '"', len) != nullptr || std::memchr(base + pos, '\r', len) != nullptr) return false;
    if (lf == nullptr && stop != n) return false;  // a final CR without LF: a line break of its own
    std::size_t i = pos;
    for (;;) {
        const void* comma = std::memchr(base + i, ',', stop - i);
        const std::size_t e = comma != nullptr ? static_cast<std::size_t>(static_cast<const char*>(comma) - base)
                                               : stop;
        rec.fields.push_back(csv_field{std::string_view(base + i, e - i), i, false, false});
        if (comma == nullptr) break;
        i = e + 1;
    }
    rec.end = end;
    rec.breaks = end != stop ? 1 : 0;
    return true;
}

/// Scans the record of `text` that starts at `pos` into rec. `final` says that no byte follows the text;
/// if it is false, a record that reaches the text's end may go on, and the answer is `more` (scan again
/// from pos with more text). On a syntax error, `error` has its offset and reason.
inline scan_status scan_record(std::string_view text, std::size_t pos, bool final, csv_record& rec, csv_arena& arena,
                               std::optional<cell_error>& error) {
    const std::size_t n = text.size();
    rec.fields.clear();
    rec.begin = pos;
    if (scan_plain_record(text, pos, final, rec)) return scan_status::record;
    std::size_t i = pos;
    auto ends_field = [&](char c) { return c == ',' || c == '\r' || c == '\n'; };
    for (;;) {
        csv_field f;
        f.begin = i;
        if (i < n && text[i] == '"') {
            f.quoted = true;
            const std::size_t start = ++i;
            std::string* unescaped = nullptr;
            for (;;) {
                const std::size_t q = text.find('"', i);
                if (q == std::string_view::npos) {
                    if (!final) return scan_status::more;
                    error = cell_error{
                        f.begin,
                        {"带引号的格子没有结束的双引号（\"）", "a quoted field has no closing double quote"}};
                    return scan_status::error;
                }
                if (q + 1 == n && !final) return scan_status::more;  // "" may straddle the end
                if (q + 1 < n && text[q + 1] == '"') {
                    if (unescaped == nullptr) unescaped = &arena.take();
                    unescaped->append(text.substr(i, q + 1 - i));
                    i = q + 2;
                    continue;
                }
                if (unescaped != nullptr) {
                    unescaped->append(text.substr(i, q - i));
                    f.value = *unescaped;
                    f.escaped = true;
                } else {
                    f.value = text.substr(start, q - start);
                }
                i = q + 1;
                break;
            }
            if (i < n && !ends_field(text[i])) {
                error = cell_error{i,
                                   {"格子结束的双引号后面还有文字（格子内的双引号要写成两个：\"\"）",
                                    "text after the closing double quote of a field (write \"\" for a double quote "
                                    "inside a quoted field)"}};
                return scan_status::error;
            }
        } else {
            const std::size_t start = i;
            while (i < n && !csv_special[static_cast<unsigned char>(text[i])]) ++i;
            if (i < n && text[i] == '"') {
                error = cell_error{
                    i,
                    {"没有引号的格子里有双引号（请把整个格子用双引号括起来，其中的双引号写成两个：\"\"）",
                     "a double quote inside an unquoted field (quote the field and write the double quote as \"\")"}};
                return scan_status::error;
            }
            f.value = text.substr(start, i - start);
        }
        if (i == n && !final) return scan_status::more;
        rec.fields.push_back(f);
        if (i < n && text[i] == ',') {
            ++i;
            continue;
        }
        break;
    }
    if (i < n && text[i] == '\r') {
        if (i + 1 == n && !final) return scan_status::more;  // CR LF may straddle the end
        ++i;
    }
    if (i < n && text[i] == '\n') ++i;
    rec.end = i;
    rec.breaks = 0;
    for (std::size_t k = pos; k < i; ++k) {
        if (text[k] == '\n' || (text[k] == '\r' && (k + 1 == i || text[k + 1] != '\n'))) ++rec.breaks;
    }
    return scan_status::record;
}

/// The line and column of byte `offset` of text, counting from `from`, the start of line `line`.
inline text_map::location locate_from(std::string_view text, std::size_t from, std::size_t line, std::size_t offset) {
    std::size_t start = from;
    for (std::size_t i = from; i < offset && i < text.size(); ++i) {
        if (line_break_at(text, i)) {
            ++line;
            start = i + 1;
        }
    }
    return {line, 1 + utf8_count(text, start, offset)};
}

/// The byte offset in the text of byte k of a field's value.
inline std::size_t source_offset(std::string_view text, const csv_field& f, std::size_t k) {
    if (!f.quoted) return f.begin + k;
    if (!f.escaped) return f.begin + 1 + k;
    std::size_t i = f.begin + 1;
    for (std::size_t c = 0; c < k && i < text.size(); ++c) i += text[i] == '"' ? 2U : 1U;
    return i;
}

/// What the CSV cell reader accepts in a number cell beyond the strict text of from_chars, as spreadsheets
/// write it: a leading ¥ or ￥ (amounts only), thousands separators , or ， in the whole part when every group
/// after the first has three digits (7,184.7600; 7，184.76), a full-width decimal point ．, and 万 or 亿 for
/// 万元 or 亿元 at the end of an amount (518.4万). `out` gets the strict text and `at[k]` the offset in `s` of
/// out[k] (and of its end), so that an error in the strict text points into the cell. Nothing changes a
/// value: a separator in the wrong place is an error here, with its offset.
inline std::optional<cell_error> lenient_number(std::string_view s, bool amount, std::string& out,
                                                std::vector<std::size_t>& at) {
    out.clear();
    at.clear();
    auto put = [&](std::string_view piece, std::size_t from) {
        for (std::size_t k = 0; k < piece.size(); ++k) at.push_back(from);
        out += piece;
    };
    std::size_t i = 0;
    const std::size_t n = s.size();
    if (i < n && (s[i] == '+' || s[i] == '-')) {
        put(s.substr(i, 1), i);
        ++i;
    }
    if (amount) {
        for (std::string_view yen : {std::string_view("¥"), std::string_view("￥")}) {
            if (s.substr(i).starts_with(yen)) {
                i += yen.size();
                break;
            }
        }
        if (out.empty() && i < n && (s[i] == '+' || s[i] == '-')) {
            put(s.substr(i, 1), i);
            ++i;
        }
    }
    // The whole part, with its separators.
    const std::size_t whole = i;
    std::size_t group = 0;  // digits since the last separator
    std::size_t separators = 0;
    std::size_t last_separator = 0;
    constexpr std::string_view wide_comma = "，";
    const io_text grouping{"千位分隔不对，应每三位一组，如 1,234,567.89",
                           "thousands separators must group three digits (1,234,567.89)"};
    while (i < n) {
        if (s[i] >= '0' && s[i] <= '9') {
            put(s.substr(i, 1), i);
            ++group;
            ++i;
            continue;
        }
        const std::size_t width = s[i] == ',' ? 1 : s.substr(i).starts_with(wide_comma) ? wide_comma.size() : 0;
        if (width == 0) break;
        if (i == whole || group == 0 || group > 3 || (separators != 0 && group != 3)) return cell_error{i, grouping};
        ++separators;
        last_separator = i;
        group = 0;
        i += width;
    }
    if (separators != 0 && group != 3) return cell_error{last_separator, grouping};
    // The rest: a point (ASCII or full-width), digits, a unit.
    constexpr std::string_view wide_point = "．";
    if (s.substr(i).starts_with(wide_point)) {
        put(".", i);
        i += wide_point.size();
    } else if (i < n && s[i] == '.') {
        put(".", i);
        ++i;
    }
    while (i < n && s[i] >= '0' && s[i] <= '9') {
        put(s.substr(i, 1), i);
        ++i;
    }
    if (i < n && (s[i] == ',' || s.substr(i).starts_with(wide_comma))) {
        return cell_error{i, {"小数点后面不能有千位分隔符", "a thousands separator after the decimal point"}};
    }
    const std::string_view tail = s.substr(i);
    put(tail, i);
    if (amount && (tail == "万" || tail == "亿")) put("元", n);  // 万 → 万元, 亿 → 亿元
    at.push_back(n);
    return std::nullopt;
}

/// Whether a number cell needs lenient_number (it has a character that the strict text never has there).
inline bool needs_lenient(std::string_view s) noexcept {
    return s.find(',') != std::string_view::npos || s.find("，") != std::string_view::npos ||
           s.find("．") != std::string_view::npos || s.find("¥") != std::string_view::npos ||
           s.find("￥") != std::string_view::npos || s.ends_with("万") || s.ends_with("亿");
}

/// A target as a row gives it: its 指标值 cell, and where the form has three columns (the 2023 Sichuan form) its
/// 指标性质 and 度量单位 cells (≥ + 95 + %: ≥95%; 定性: the 指标值 is the qualitative text). 95%（含）以上 is read as
/// 95%以上 (以上 and 以下 include the number already). On failure, the reason and the offset in the 指标值 cell.
struct target_cell {
    target_cell(std::string_view cmp, std::string_view cell, std::string_view unit) {
        std::string_view text = cell;
        std::size_t lead = 0;  // bytes of the composed text before the 指标值 cell's
        if ((!cmp.empty() && cmp != "定性") || !unit.empty()) {
            composed.assign(cmp == "＝" ? "=" : cmp).append(trim(cell)).append(unit);
            lead = cmp == "＝" ? 1 : cmp.size();
            text = composed;
        }
        std::size_t cut_at = std::string_view::npos, cut = 0;
        for (std::string_view incl : {std::string_view("（含）"), std::string_view("(含)")}) {
            for (std::string_view after : {std::string_view("以上"), std::string_view("以下")}) {
                const std::size_t k = text.find(std::string(incl) + std::string(after));
                if (k != std::string_view::npos && cut == 0) {
                    cut_at = k;
                    cut = incl.size();
                }
            }
        }
        std::string dropped;
        if (cut != 0) {
            dropped.assign(text.substr(0, cut_at)).append(text.substr(cut_at + cut));
            text = dropped;
        }
        const auto t = try_parse_target(text);
        if (t.ok() && target_problem(t.target).ok()) {  // parse_target meets the rule; checked all the same
            value = t.target;
            return;
        }
        failed_ = true;
        if (t.ok()) {
            reason = target_reason(target_problem(t.target).reason);
            return;
        }
        reason = target_reason(t.reason);
        std::size_t at = cut != 0 && t.position >= cut_at ? t.position + cut : t.position;
        offset = at < lead ? 0 : std::min(at - lead, cell.size());
    }
    [[nodiscard]] bool ok() const noexcept { return !failed_; }
    /// The text a message quotes: the composed target, or the 指标值 cell as it is.
    [[nodiscard]] std::string_view shown(std::string_view cell) const noexcept {
        return composed.empty() ? cell : std::string_view(composed);
    }

    target value{};          ///< the target (its unit is one of known_units: it views no cell)
    io_text reason{};        ///< on failure
    std::size_t offset = 0;  ///< on failure: in the 指标值 cell
    std::string composed;    ///< 指标性质 + 指标值 + 度量单位, when the row gives three cells

private:
    bool failed_ = false;
};

/// One input of a table set: a text in memory, or a file read a window at a time, never whole. Offsets
/// count from after a UTF-8 byte order mark.
class csv_input {
public:
    /// How much of a file one read takes.
    static constexpr std::size_t window_bytes = std::size_t{1} << 20;

    csv_input(std::string name, std::string_view text) : name_(std::move(name)), text_(text) { strip_bom(); }

    /// Opens a regular file, to be read in windows; anything else is refused with a reason (a directory is
    /// no table set, and a FIFO or a device may never end, or block until written to).
    static std::optional<csv_input> open(const std::filesystem::path& path, std::vector<io_error>& errors) {
        auto fail = [&](io_text reason) -> std::optional<csv_input> {
            errors.push_back(io_error::make(path.string(), 0, 0, std::move(reason)));
            return std::nullopt;
        };
        namespace fs = std::filesystem;
        std::error_code ec;
        const fs::file_status st = fs::status(path, ec);
        if (st.type() != fs::file_type::regular) {
            std::vector<io_error> why;
            (void)read_file(path, why);  // not a regular file: says why (no such file, a directory, a device)
            return fail(why.empty() ? io_text{"读文件时出错", "cannot read the file"} : why.front().text());
        }
        const std::uint64_t size = fs::file_size(path, ec);
        if (ec) return fail(io_text{"读文件时出错：", "cannot read the file: "} + system_reason(ec));
        errno = 0;
        auto file = std::make_unique<std::ifstream>(path, std::ios::binary);
        if (!*file) {
            // Permission denied and the like: a regular file that exists but cannot be opened.
            const int err = errno;
            if (err == 0) return fail({"打不开文件（可能没有读取权限）", "cannot open the file"});
            return fail(io_text{"打不开文件：", "cannot open the file: "} + system_reason(err));
        }
        csv_input in(path.string(), {});
        in.file_ = std::move(file);
        in.size_ = size;
        in.skip_file_bom();
        return in;
    }

    csv_input(csv_input&&) noexcept = default;
    csv_input& operator=(csv_input&&) noexcept = default;

    /// The input decoded from encoding `from` into UTF-8: a file into a temporary file (removed when it is closed),
    /// a text in memory into memory; a window at a time, so that a large file is never held. On failure, `error`
    /// says where the input is not valid in `from` (its line and column: a decoding keeps lines and characters).
    std::optional<csv_input> decoded(const std::string& from, std::optional<io_error>& error) {
        auto fail = [&](std::size_t line, std::size_t column, io_text reason) -> std::optional<csv_input> {
            error = io_error::make(name_, line, column, std::move(reason));
            return std::nullopt;
        };
        decoder dec(from);
        if (!dec.ok()) {
            return fail(0, 0,
                        {"不认识的编码「" + from + "」（可写 UTF-8 或 GB18030）", "unknown encoding '" + from + "'"});
        }
        std::unique_ptr<std::string> owned;
        std::FILE* out = nullptr;
        std::string path;
        if (file_) {
            std::error_code ec;
            path = (std::filesystem::temp_directory_path(ec) / "jixiao-decoded-XXXXXX").string();
            const int fd = ::mkstemp(path.data());
            if (fd < 0 || (out = ::fdopen(fd, "w+b")) == nullptr) {
                if (fd >= 0) ::close(fd);
                return fail(0, 0,
                            {"无法建立临时文件来转换编码", "cannot make a temporary file to decode the file into"});
            }
        } else {
            owned = std::make_unique<std::string>();
            owned->reserve(memory().size() + memory().size() / 2);
        }
        struct closer {     // the temporary file is closed and removed on every way out; once read back, it is
            std::FILE*& f;  // removed from its directory and lives on as long as the reader's stream
            const std::string& path;
            ~closer() {
                if (f != nullptr) std::fclose(f);
                if (!path.empty()) ::unlink(path.c_str());
            }
        } close_out{out, path};
        auto write = [&](std::string_view s) {
            if (out == nullptr) {
                owned->append(s);
                return true;
            }
            return s.empty() || std::fwrite(s.data(), 1, s.size(), out) == s.size();
        };
        // From the first byte (a UTF-8 byte order mark is no mark in another encoding).
        const std::uint64_t total = size() + base_ + (file_ ? 0 : bom_cut_);
        std::string buffer;
        std::uint64_t at = 0;
        while (at < total) {
            const std::string_view chunk = raw_read(at, window_bytes, buffer);
            if (chunk.empty()) {
                failed_ = true;
                break;
            }
            const bool final = at + chunk.size() >= total;
            std::size_t used = 0;
            const auto st = dec.feed(chunk, final, used, write);
            if (st == decoder::status::unwritten) {
                return fail(
                    0, 0,
                    {"无法写出转换编码后的文件（磁盘满了？）", "cannot write the decoded file (the disk is full?)"});
            }
            if (st == decoder::status::invalid || (st == decoder::status::incomplete && used == 0)) {
                const std::string_view bad = chunk.substr(used);
                static constexpr char hex[] = "0123456789ABCDEF";
                std::string bytes;
                for (std::size_t k = 0; k < std::min<std::size_t>(bad.size(), 4); ++k) {
                    const auto b = static_cast<unsigned char>(bad[k]);
                    bytes += (k == 0 ? "0x" : " 0x") + std::string{hex[b >> 4], hex[b & 0xF]};
                }
                return fail(
                    dec.line(), dec.column(),
                    {"不是有效的 " + from + " 编码（字节 " + bytes + "）：请指明文件的编码，或把文件另存为 UTF-8",
                     "not valid " + from + " (bytes " + bytes + "); give the file's encoding, or save it as UTF-8"});
            }
            at += used;
        }
        csv_input in(name_, {});
        if (out == nullptr) {
            in.owned_ = std::move(owned);
            in.text_ = *in.owned_;
            in.strip_bom();
            return in;
        }
        const long written = std::ftell(out);
        const int closed = std::fclose(out);
        out = nullptr;
        if (closed != 0 || written < 0) {
            return fail(
                0, 0, {"无法写出转换编码后的文件（磁盘满了？）", "cannot write the decoded file (the disk is full?)"});
        }
        auto file = std::make_unique<std::ifstream>(path, std::ios::binary);
        if (!*file) return fail(0, 0, {"无法读回转换编码后的文件", "cannot read the decoded file back"});
        in.file_ = std::move(file);
        in.size_ = static_cast<std::uint64_t>(written);
        in.skip_file_bom();
        return in;
    }

    [[nodiscard]] const std::string& name() const noexcept { return name_; }
    /// The bytes after the byte order mark.
    [[nodiscard]] std::uint64_t size() const noexcept { return file_ ? size_ : memory().size(); }
    /// Whether the input began with a UTF-8 byte order mark.
    [[nodiscard]] bool has_bom() const noexcept { return file_ ? base_ != 0 : bom_cut_ != 0; }
    /// Whether a read failed (the file changed or the device reported an error).
    [[nodiscard]] bool failed() const noexcept { return failed_; }
    void mark_failed() noexcept { failed_ = true; }

    /// Bytes [at, at + n), fewer at the end; `buffer` may hold them (the view is valid until it changes).
    std::string_view read(std::uint64_t at, std::size_t n, std::string& buffer) {
        if (!file_) {
            const std::string_view t = memory();
            if (at >= t.size()) return {};
            return t.substr(static_cast<std::size_t>(at), n);
        }
        if (at >= size_) return {};
        n = static_cast<std::size_t>(std::min<std::uint64_t>(n, size_ - at));
        buffer.resize(n);
        file_->clear();
        file_->seekg(static_cast<std::streamoff>(base_ + at));
        file_->read(buffer.data(), static_cast<std::streamsize>(n));
        const auto got = static_cast<std::size_t>(std::max<std::streamsize>(file_->gcount(), 0));
        if (got < n) failed_ = true;
        buffer.resize(got);
        return buffer;
    }

    /// Appends bytes [b, e) to out; false if they could not all be read.
    bool append(std::uint64_t b, std::uint64_t e, std::string& out) {
        if (!file_) {
            const std::string_view t = memory();
            if (e > t.size()) return false;
            out.append(t.substr(static_cast<std::size_t>(b), static_cast<std::size_t>(e - b)));
            return true;
        }
        while (b < e) {
            if (b < window_at_ || b >= window_at_ + window_.size()) {
                window_at_ = b;
                const std::string_view got = read(
                    b, std::max<std::size_t>(window_bytes, static_cast<std::size_t>(e - b)), window_);
                if (got.empty()) return false;
            }
            const std::uint64_t stop = std::min<std::uint64_t>(e, window_at_ + window_.size());
            out.append(window_, static_cast<std::size_t>(b - window_at_), static_cast<std::size_t>(stop - b));
            b = stop;
        }
        return true;
    }

private:
    /// A file's byte order mark: left out of what is read (offsets count from after it).
    void skip_file_bom() {
        std::string head;
        if (read(0, bom.size(), head).starts_with(bom)) {
            base_ = bom.size();
            size_ -= bom.size();
        }
        window_.clear();
        window_at_ = 0;
    }
    void strip_bom() {
        if (text_.starts_with(bom)) {
            text_.remove_prefix(bom.size());
            bom_cut_ = bom.size();
        }
    }
    [[nodiscard]] std::string_view memory() const noexcept { return text_; }

    /// Bytes [at, at + n) of the input as it is, byte order mark and all.
    std::string_view raw_read(std::uint64_t at, std::size_t n, std::string& buffer) {
        if (!file_) {
            const std::string_view t(text_.data() - bom_cut_, text_.size() + bom_cut_);
            return at >= t.size() ? std::string_view{} : t.substr(static_cast<std::size_t>(at), n);
        }
        const std::uint64_t base = base_, size = size_;
        base_ = 0;
        size_ = size + base;
        const std::string_view got = read(at, n, buffer);
        base_ = base;
        size_ = size;
        return got;
    }

    std::string name_;
    std::string_view text_;               // in memory: the text after its byte order mark
    std::size_t bom_cut_ = 0;             // in memory: the byte order mark cut from text_
    std::unique_ptr<std::string> owned_;  // in memory: a decoded text, which text_ views
    std::unique_ptr<std::ifstream> file_;
    std::uint64_t base_ = 0;  // a file's byte order mark
    std::uint64_t size_ = 0;  // a file's bytes after it
    std::string window_;      // bytes [window_at_, window_at_ + window_.size()) of a file
    std::uint64_t window_at_ = 0;
    bool failed_ = false;
};

/// Quotes a cell if it needs it (comma, double quote, line break).
inline void put_cell(std::string& out, std::string_view v) {
    if (v.find_first_of(",\"\r\n") == std::string_view::npos) {
        out += v;
        return;
    }
    out += '"';
    for (char c : v) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

/// Writes one record of cells.
inline void put_record(std::string& out, const std::vector<std::string>& cells, const csv_options& opt) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i != 0) out += ',';
        put_cell(out, cells[i]);
    }
    out += opt.crlf ? "\r\n" : "\n";
}

// ------------------------------------------------------------------------------------------------
// Columns, from the record schema.

/// Which part of a field a column holds.
enum class cell_part {
    value,              ///< the field's one cell
    total,              ///< a funding column's total
    source,             ///< a funding column's source row
    unit,               ///< a quantity's unit (单位N); its value is part value
    owner,              ///< a row's 序号: the table it belongs to
    ignored,            ///< a comment column (# header)
    blank,              ///< a column without a header: its cells must be empty
    target_comparator,  ///< 指标性质 (≥, ≤, =, 定性) of a target given in three columns; read, never written
    target_unit,        ///< 度量单位 of a target given in three columns; read, never written
};

inline constexpr std::size_t no_field = static_cast<std::size_t>(-1);

/// One CSV column of a record kind.
struct column_def {
    std::string header;                         ///< as written
    std::array<std::string_view, 3> aliases{};  ///< other headers read as this column
    std::size_t field = no_field;               ///< the field's index in the record's schema
    cell_part part = cell_part::value;
    std::size_t index = 0;  ///< funding: the column; quantities: the 1-based number
    std::size_t row = 0;    ///< funding sources: the row
    bool amount = false;    ///< takes a unit suffix in its header (（元）)
    bool required = false;  ///< the header must have it
    bool written = true;    ///< the writer writes it (the parts of a three-column target are only read)

    [[nodiscard]] bool matches(std::string_view h) const noexcept {
        if (h == header) return true;
        for (auto a : aliases) {
            if (!a.empty() && h == a) return true;
        }
        return false;
    }
};

/// Whether a field has CSV columns: a funding block always (its headers come from the form), any other
/// field when it has a CSV header.
template <class Field>
constexpr bool in_csv(const Field& f) noexcept {
    return Field::kind == schema::value_kind::funding || !f.name.csv.empty();
}

/// The columns of a file of record kind R, in the order the writer puts them.
template <class R, form F>
std::vector<column_def> column_defs() {
    using schema::value_kind;
    std::vector<column_def> d;
    if constexpr (requires { schema::record<R>::owner; }) {
        constexpr auto& o = schema::record<R>::owner;
        d.push_back({std::string(o.csv), o.csv_aliases, no_field, cell_part::owner, 0, 0, false, true});
    }
    std::size_t at = 0;
    schema::for_each_field<R>([&](const auto& f) {
        using field = std::remove_cvref_t<decltype(f)>;
        const std::size_t i = at++;
        if constexpr (field::kind == value_kind::funding) {
            for (std::size_t c = 0; c < F::columns.size(); ++c) {
                d.push_back({schema::funding_total_header<F>(c),
                             {},
                             i,
                             cell_part::total,
                             c,
                             0,
                             true,
                             schema::required_in_csv(f.required)});
                for (std::size_t r = 0; r < F::funding_rows.size(); ++r) {
                    d.push_back({schema::funding_source_header<F>(c, r), {}, i, cell_part::source, c, r, true, false});
                }
            }
        } else if constexpr (field::kind == value_kind::quantities) {
            for (std::size_t q = 1; q <= quantity_list::capacity; ++q) {
                d.push_back({std::string(f.name.csv) + std::to_string(q), {}, i, cell_part::value, q, 0, false, false});
                d.push_back(
                    {std::string(f.name.csv_unit) + std::to_string(q), {}, i, cell_part::unit, q, 0, false, false});
            }
        } else if (!f.name.csv.empty()) {
            d.push_back({std::string(f.name.csv), f.name.csv_aliases, i, cell_part::value, 0, 0,
                         field::kind == value_kind::amount || field::kind == value_kind::optional_amount,
                         schema::required_in_csv(f.required)});
            if constexpr (field::kind == value_kind::target) {
                // The 2023 Sichuan form gives a target in three columns: 指标性质 (≥), 指标值 (95), 度量单位 (%).
                d.push_back({"指标性质", {}, i, cell_part::target_comparator, 0, 0, false, false, false});
                d.push_back({"度量单位", {}, i, cell_part::target_unit, 0, 0, false, false, false});
            }
        }
    });
    for (std::size_t i = 0; i < d.size(); ++i) {
        for (std::size_t j = 0; j < i; ++j) {
            if (d[j].matches(d[i].header)) {
                throw std::logic_error("jixiao: the form's labels give two CSV columns the header " + d[i].header);
            }
        }
    }
    return d;
}

/// 数量N / 单位N beyond the four columns of the layout (N ≥ 5), so that a fifth quantity is named as such.
template <class R>
std::optional<column_def> extra_quantity_column(std::string_view name) {
    std::optional<column_def> out;
    std::size_t at = 0;
    schema::for_each_field<R>([&](const auto& f) {
        using field = std::remove_cvref_t<decltype(f)>;
        const std::size_t i = at++;
        if constexpr (field::kind == schema::value_kind::quantities) {
            for (auto [prefix, part] :
                 {std::pair{f.name.csv, cell_part::value}, std::pair{f.name.csv_unit, cell_part::unit}}) {
                if (out || !name.starts_with(prefix) || name.size() == prefix.size()) continue;
                const std::string_view digits = name.substr(prefix.size());
                std::size_t n = 0;
                const auto res = std::from_chars(digits.data(), digits.data() + digits.size(), n);
                if (res.ec == std::errc{} && res.ptr == digits.data() + digits.size() && n > quantity_list::capacity &&
                    digits[0] != '0') {
                    out = column_def{std::string(name), {}, i, part, n, 0, false, false};
                }
            }
        }
    });
    return out;
}

/// A column of a file being read: what it holds, and its header as written (for messages).
struct column {
    cell_part part = cell_part::blank;
    std::size_t field = no_field;
    std::size_t index = 0, row = 0;
    bool yuan = false;
    std::string name;
};

// ------------------------------------------------------------------------------------------------
// The reader.

template <form F, class A>
class csv_reader {
public:
    using project_type = basic_project<F, A>;
    /// The kinds of file: projects, then one per rows field of the project (indicators, cost lines).
    using row_kinds = schema::row_types_t<project_type>;
    static constexpr std::size_t kind_count = 1 + std::tuple_size_v<row_kinds>;

    /// The first pass over one input: its header row tells its kind and columns; each row's 序号 is noted
    /// with where the row is, nothing else is kept. Syntax errors and invalid UTF-8 stop the input here.
    explicit csv_reader(csv_read_options options = {}) : options_(std::move(options)) {}

    void add(csv_input input) {
        const auto order = static_cast<std::uint32_t>(files_.size());
        if (!options_.encoding.empty() && !is_utf8_name(options_.encoding)) {
            std::optional<io_error> e;
            auto d = input.decoded(options_.encoding, e);
            if (!d) {
                add_error(std::move(*e));
                return;
            }
            input = std::move(*d);
        }
        // What pass 1 noted before this input, to forget what it notes of a file that turns out not to be UTF-8.
        const std::size_t tables_before = tables_.size(), reported_before = reported_;
        std::array<std::size_t, kind_count - 1> runs_before{};
        for (std::size_t k = 0; k + 1 < kind_count; ++k) runs_before[k] = runs_[k].size();
        file_state* file = &files_.emplace_back(std::move(input), order);
        index(*file);
        if (!file->invalid_utf8 || !options_.encoding.empty() || file->input.has_bom() ||
            starts_as_utf8(file->input, file->invalid_at)) {
            return;
        }
        // Not UTF-8: what Excel's plain "CSV" writes on Chinese Windows is GB18030 (GBK); read it as that if it is.
        std::optional<io_error> e;
        auto d = file->input.decoded("GB18030", e);
        if (!d) return;  // the UTF-8 error stands
        tables_.resize(tables_before);
        for (std::size_t k = 0; k + 1 < kind_count; ++k) runs_[k].resize(runs_before[k]);
        reported_ = reported_before;
        files_.pop_back();
        file = &files_.emplace_back(std::move(*d), order);
        file->note = {"按 GB18030（GBK）编码读取：文件不是 UTF-8，但是有效的 GB18030",
                      "read as GB18030 (GBK): the file is not UTF-8, but is valid GB18030"};
        index(*file);
    }

    /// An input that could not be opened: its error, listed with the others in input order.
    void add_error(io_error e) {
        file_state& file = files_.emplace_back(csv_input(e.file, {}), static_cast<std::uint32_t>(files_.size()));
        file.usable = false;
        file.sink.add(std::move(e));
    }

    /// The second pass: each table of the projects files, in their order, read with its rows and handed to
    /// on_table(project, origin) if all of it was read; then the rows that name no table. Returns the
    /// errors of both passes, each input's in line order.
    template <class Fn>
    csv_stream_result run(Fn&& on_table) {
        csv_stream_result out;
        prepare();
        for (std::size_t t = 0; t < tables_.size(); ++t) read_table(t, on_table, out);
        read_orphans();
        for (auto& f : files_) {
            std::stable_sort(f.errors.begin(), f.errors.end(), [](const io_error& a, const io_error& b) {
                return a.line != b.line ? a.line < b.line : a.column < b.column;
            });
            const std::size_t more = f.sink.close();
            out.unlisted_errors += more;
            out.unlisted_notes += more > 0 ? 1 : 0;
            if (f.input.failed()) {
                f.errors.push_back(io_error::make(f.name(), 0, 0,
                                                  {"文件没能读到末尾（读的时候文件被改动了，或设备出错）",
                                                   "the file could not be read to its end (it changed while it was "
                                                   "read, or the device failed)"}));
            }
            for (auto& e : f.errors) out.errors.push_back(std::move(e));
            if (!f.note.en.empty()) out.notes.push_back(io_error::make(f.name(), 0, 0, f.note));
        }
        return out;
    }

private:
    struct file_state {
        file_state(csv_input in, std::uint32_t at) : input(std::move(in)), order(at), sink(errors, input.name()) {}
        file_state(file_state&&) = delete;  // the sink points at errors
        [[nodiscard]] const std::string& name() const noexcept { return input.name(); }
        csv_input input;
        std::uint32_t order;
        std::size_t kind = kind_count;  // none yet
        std::vector<column> cols;
        std::size_t key_col = 0;  // the column of the 序号 (a project's own, or the table a row belongs to)
        bool usable = true;
        bool invalid_utf8 = false;  // pass 1 stopped at invalid UTF-8, at byte invalid_at
        std::uint64_t invalid_at = 0;
        io_text note;      // how the file was read, if not as it is (decoded from GB18030)
        int last_seq = 0;  // pass 1: the 序号 of the row above, which a blank 序号 continues
        bool last_seq_ok = false;
        std::vector<io_error> errors;
        error_sink sink;  // this file's errors: the first max_errors_per_file listed
    };
    /// The text a record is in, and where the record starts: what an error's place is reckoned from.
    struct record_ctx {
        file_state* file = nullptr;
        std::string_view text;
        std::size_t begin = 0;         // the record's first byte (a line start)
        std::size_t line = 0;          // its line
        const int* run_seq = nullptr;  // a row's: the 序号 of its run of rows (what a blank 序号 continues)
    };
    /// Rows of one file, one after the other, with one 序号 (or all with an unreadable one): a project's row, or
    /// a run of indicator or cost-line rows.
    struct row_run {
        int seq = 0;
        bool seq_ok = false;
        std::uint32_t file = 0;
        std::uint64_t begin = 0, end = 0;  // bytes
        std::size_t line = 0;              // of the first row
    };
    /// What is known of a 序号 used in the projects files.
    struct seq_info {
        int seq = 0;
        std::size_t tables = 0;  // how many rows of projects files give it
        std::size_t first = 0;   // the first of them (an index into tables_)
        bool reported = false;   // its rows have been told that they cannot tell which table
    };
    /// Where a table's rows of one kind are in the buffer they were read into.
    struct segment {
        std::size_t begin = 0, end = 0;
        std::uint32_t file = 0;
        std::size_t line = 0;
        int seq = 0;  // the run's 序号, if seq_ok
        bool seq_ok = false;
    };
    /// The cells of one row that a field reads together once the row is read.
    struct row_cells {
        const csv_field* level1 = nullptr;
        const csv_field* level2 = nullptr;
        const csv_field* target = nullptr;  // 指标值, and its column
        const column* target_col = nullptr;
        const csv_field* target_comparator = nullptr;  // 指标性质 and 度量单位, if the file has them
        const csv_field* target_unit = nullptr;
        struct slot {
            const csv_field* value = nullptr;
            const csv_field* unit = nullptr;
            std::optional<decimal> number;
            const column* value_col = nullptr;
        };
        std::vector<slot> slots;  // quantities, by number
        slot& slot_for(std::size_t k) {
            if (slots.size() < k) slots.resize(k);
            return slots[k - 1];
        }
    };

    /// Calls f(k, type_identity<R>) for each kind of file: k = 0 the projects, then each row kind.
    template <class Fn>
    static void for_each_kind(Fn&& f) {
        f(std::size_t{0}, std::type_identity<project_type>{});
        [&]<std::size_t... I>(std::index_sequence<I...>) {
            (f(I + 1, std::type_identity<std::tuple_element_t<I, row_kinds>>{}), ...);
        }
        (std::make_index_sequence<kind_count - 1>{});
    }

    // --- pass 1 -------------------------------------------------------------------------------------

    void index(file_state& file) {
        if (file.input.size() == 0) {
            report_file(file, {"文件是空的", "the file is empty"});
            return;
        }
        std::string buffer;
        std::size_t chunk = csv_input::window_bytes * 4;
        std::uint64_t at = 0;  // the buffer's first byte in the input
        std::size_t line = 1;  // the line of the record scanned next
        bool have_header = false;
        std::size_t titles = 0, first_title = 0;  // title rows skipped above the header row
        csv_record rec;
        std::optional<cell_error> syntax;
        std::string_view text = file.input.read(at, chunk, buffer);
        bool final = at + text.size() >= file.input.size() || file.input.failed();
        std::size_t i = 0;
        for (;;) {
            if (i == text.size()) {
                // A record ended at the buffer's end: the file may go on after it.
                if (final) break;
                at += i;
                text = file.input.read(at, chunk, buffer);
                final = at + text.size() >= file.input.size() || file.input.failed();
                i = 0;
                if (text.empty()) break;
                continue;
            }
            if (have_header) {
                // The common row, fast: only its 序号 is wanted here.
                plain_line row;
                if (scan_plain_key(text, i, final, file.key_col, row)) {
                    const std::string_view bytes = text.substr(i, row.end - i);
                    if (const std::size_t bad = invalid_utf8_at(bytes); bad != std::string_view::npos) {
                        file.invalid_at = at + i + bad;
                        error_at_offset(record_ctx{&file, text, i, line}, i + bad, not_utf8(file, bytes, bad));
                        return;
                    }
                    if (!row.blank) note_key(file, row.key, at + i, at + row.end, line);
                    i = row.end;
                    line += row.breaks;
                    continue;
                }
            }
            arena_.clear();
            const scan_status st = scan_record(text, i, final, rec, arena_, syntax);
            if (st == scan_status::more) {
                if (i == 0) chunk *= 2;  // one record is larger than the buffer
                at += i;
                text = file.input.read(at, chunk, buffer);
                final = at + text.size() >= file.input.size() || file.input.failed();
                i = 0;
                continue;
            }
            const record_ctx ctx{&file, text, i, line};
            if (st == scan_status::error) {
                error_at_offset(ctx, syntax->offset, syntax->reason);
                return;
            }
            const std::string_view bytes = text.substr(rec.begin, rec.end - rec.begin);
            if (const std::size_t bad = invalid_utf8_at(bytes); bad != std::string_view::npos) {
                file.invalid_at = at + rec.begin + bad;
                error_at_offset(ctx, rec.begin + bad, not_utf8(file, bytes, bad));
                return;
            }
            i = rec.end;
            line += rec.breaks;
            if (rec.blank()) continue;
            if (!have_header) {
                // Title rows (a form's printed title, its unit and date) above the header row are skipped: a
                // row that names no kind's marker column is a title, up to max_title_rows of them. If no header
                // follows, the first such row gets the error of a header row without a marker.
                if (markers_in(rec) == 0) {
                    if (titles++ == 0) first_title = ctx.line;
                    if (titles <= max_title_rows) continue;
                    report_at(file, first_title, 1, no_marker_reason());
                    return;
                }
                have_header = true;
                if (!read_header_row(ctx, rec)) return;
                continue;
            }
            note_row(file, ctx, rec, at);
        }
        if (!have_header && titles != 0) {
            report_at(file, first_title, 1, no_marker_reason());
        } else if (!have_header) {
            error_at_offset(record_ctx{&file, text, 0, 1}, 0, {"文件没有表头行", "the file has no header row"});
        }
    }

    /// Whether the bytes before `end` have a UTF-8 character of three or four bytes (Chinese text is): then the file
    /// is UTF-8 with a bad byte, not GB18030, whose pairs seldom make such a character by chance. Read in windows.
    static bool starts_as_utf8(csv_input& in, std::uint64_t end) {
        std::string buffer;
        for (std::uint64_t at = 0; at < end;) {
            const std::string_view w = in.read(at, csv_input::window_bytes, buffer);
            if (w.empty()) return false;
            const auto n = static_cast<std::size_t>(std::min<std::uint64_t>(w.size(), end - at));
            for (std::size_t k = 0; k < n; ++k) {
                const auto b = static_cast<unsigned char>(w[k]);
                if (b >= 0xE0 && b <= 0xF4 && k + 2 < w.size() &&
                    utf8_continuation(static_cast<unsigned char>(w[k + 1])) &&
                    utf8_continuation(static_cast<unsigned char>(w[k + 2]))) {
                    return true;
                }
            }
            if (at + n >= end) break;
            at += n > 2 ? n - 2 : n;  // the last two bytes again: a character may straddle two windows
        }
        return false;
    }

    /// The error at invalid UTF-8 (which stops pass 1 over the file).
    io_text not_utf8(file_state& file, std::string_view bytes, std::size_t bad) const {
        file.invalid_utf8 = true;
        const io_text r = invalid_utf8_reason(bytes, bad);
        const std::string zh = r.zh.substr(0, r.zh.find("：")), en = r.en.substr(0, r.en.find(';'));
        if (options_.encoding.empty()) {
            // A file that is GB18030 throughout is read as that, and this error forgotten.
            return {zh + "：请把文件另存为 UTF-8（或整个文件都用 GB18030）",
                    en + "; save the file as UTF-8 (or GB18030 throughout)"};
        }
        return {zh + "：请把文件另存为 UTF-8，或指明它的编码",
                en + "; save the file as UTF-8, or read it with its encoding"};
    }

    /// How many non-blank rows above the header row are read as title rows, at most.
    static constexpr std::size_t max_title_rows = 10;

    /// How many kinds' marker columns (项目名称, 三级指标, 单价) a row names.
    static std::size_t markers_in(const csv_record& rec) {
        const auto names = header_names(rec);
        std::size_t markers = 0;
        for_each_kind([&]<class R>(std::size_t, std::type_identity<R>) {
            if (std::find(names.begin(), names.end(), schema::record<R>::marker) != names.end()) ++markers;
        });
        return markers;
    }

    static io_text no_marker_reason() {
        std::string none, none_zh;
        for_each_kind([&]<class R>(std::size_t k, std::type_identity<R>) {
            const std::string m(schema::record<R>::marker), n(schema::record<R>::kind_name),
                n_zh(schema::record<R>::kind_name_zh);
            none += (k == 0 ? "" : k + 1 == kind_count ? " and " : ", ") + m + " (" + n + ")";
            none_zh += (k == 0 ? "" : "、") + m + "（" + n_zh + "）";
        });
        return {"看不出是哪种表：表头行里没有 " + none_zh + " 中的任何一列",
                "cannot tell the kind of file: the header row has none of " + none};
    }

    /// An error at a known line and column.
    void report_at(file_state& file, std::size_t line, std::size_t column, io_text reason) {
        ++reported_;
        file.sink.add(io_error::make(file.name(), line, column, std::move(reason)));
    }

    /// The header row: the kind of file and its columns. False if the file cannot be read on.
    bool read_header_row(const record_ctx& ctx, const csv_record& header) {
        file_state& file = *ctx.file;
        const auto names = header_names(header);
        std::size_t kind = kind_count;
        std::size_t markers = 0;
        for_each_kind([&]<class R>(std::size_t k, std::type_identity<R>) {
            if (std::find(names.begin(), names.end(), schema::record<R>::marker) != names.end()) {
                kind = k;
                ++markers;
            }
        });
        if (markers != 1) {
            std::string mixed, mixed_zh;
            for_each_kind([&]<class R>(std::size_t k, std::type_identity<R>) {
                const std::string m(schema::record<R>::marker), n(schema::record<R>::kind_name),
                    n_zh(schema::record<R>::kind_name_zh);
                mixed += (k == 0 ? "" : ", ") + m + ": " + n;
                mixed_zh += (k == 0 ? "" : "，") + m + "：" + n_zh;
            });
            error_at_offset(
                ctx, header.begin,
                markers != 0 ? io_text{"表头行混有不止一种表的列（" + mixed_zh + "）：每种表请存成一个文件",
                                       "the header row mixes the columns of more than one kind of file (" + mixed + ")"}
                             : no_marker_reason());
            return false;
        }
        bool ok = false;
        for_each_kind([&]<class R>(std::size_t k, std::type_identity<R>) {
            if (k != kind) return;
            ok = read_header<R>(ctx, header, names, file.cols);
        });
        if (!ok) return false;
        file.kind = kind;
        for (std::size_t j = 0; j < file.cols.size(); ++j) {
            // A project's 序号 is its first field; a row's is its owner column.
            const column& c = file.cols[j];
            if (kind == 0 ? (c.part == cell_part::value && c.field == 0) : c.part == cell_part::owner) file.key_col = j;
        }
        return true;
    }

    /// Notes where a row is, under its 序号 (read here only to sort rows by table; pass 2 reads it again and
    /// reports what is wrong with it).
    void note_row(file_state& file, const record_ctx& ctx, const csv_record& rec, std::uint64_t at) {
        note_key(file, file.key_col < rec.fields.size() ? std::optional(rec.fields[file.key_col].value) : std::nullopt,
                 at + rec.begin, at + rec.end, ctx.line);
    }
    void note_key(file_state& file, std::optional<std::string_view> key, std::uint64_t begin, std::uint64_t end,
                  std::size_t line) {
        row_run r;
        r.file = file.order;
        r.begin = begin;
        r.end = end;
        r.line = line;
        if (key && file.kind != 0 && trim(*key).empty() && file.last_seq_ok) {
            // A merged 序号 cell, as spreadsheets export it: blank below its first row, which it continues.
            r.seq = file.last_seq;
            r.seq_ok = true;
        } else if (key) {
            r.seq_ok = !parse_int(trim(*key), r.seq).has_value();
        }
        file.last_seq = r.seq;
        file.last_seq_ok = r.seq_ok;
        if (file.kind == 0) {
            tables_.push_back(r);
            return;
        }
        auto& runs = runs_[file.kind - 1];
        if (!runs.empty()) {
            row_run& last = runs.back();
            if (last.file == r.file && last.seq_ok == r.seq_ok && (!r.seq_ok || last.seq == r.seq)) {
                last.end = r.end;
                return;
            }
        }
        runs.push_back(r);
    }

    // --- pass 2 -------------------------------------------------------------------------------------

    /// Sorts what pass 1 noted for lookup by 序号.
    void prepare() {
        for (auto& runs : runs_) {
            std::stable_sort(runs.begin(), runs.end(), [](const row_run& a, const row_run& b) {
                if (a.seq_ok != b.seq_ok) return a.seq_ok;
                return a.seq_ok && a.seq < b.seq;
            });
        }
        std::vector<std::pair<int, std::size_t>> order;
        order.reserve(tables_.size());
        for (std::size_t t = 0; t < tables_.size(); ++t) {
            if (tables_[t].seq_ok) order.emplace_back(tables_[t].seq, t);
        }
        std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        for (const auto& [seq, t] : order) {
            if (seqs_.empty() || seqs_.back().seq != seq) {
                seqs_.push_back(seq_info{seq, 0, t, false});
            }
            ++seqs_.back().tables;
        }
        by_seq_ = std::move(order);
    }

    seq_info* find_seq(int seq) {
        const auto it = std::lower_bound(seqs_.begin(), seqs_.end(), seq,
                                         [](const seq_info& s, int v) { return s.seq < v; });
        return it != seqs_.end() && it->seq == seq ? &*it : nullptr;
    }

    /// The runs of rows of kind k with this 序号, in input order.
    std::span<const row_run> runs_of(std::size_t k, int seq) const {
        const auto& runs = runs_[k];
        const auto ok_end = std::partition_point(runs.begin(), runs.end(), [](const row_run& r) { return r.seq_ok; });
        const auto lo = std::lower_bound(runs.begin(), ok_end, seq, [](const row_run& r, int v) { return r.seq < v; });
        const auto hi = std::upper_bound(lo, ok_end, seq, [](int v, const row_run& r) { return v < r.seq; });
        return {runs.data() + (lo - runs.begin()), static_cast<std::size_t>(hi - lo)};
    }

    /// Reads the bytes of some runs of rows into a buffer, segment by segment.
    bool gather(std::span<const row_run> runs, std::string& buffer, std::vector<segment>& segments) {
        buffer.clear();
        segments.clear();
        for (const row_run& r : runs) {
            file_state& file = files_[r.file];
            const std::size_t b = buffer.size();
            if (!file.input.append(r.begin, r.end, buffer)) {
                buffer.resize(b);
                return false;
            }
            segments.push_back(segment{b, buffer.size(), r.file, r.line, r.seq, r.seq_ok});
        }
        return true;
    }

    /// Calls f(ctx, record) for each row of the gathered segments that is not blank.
    template <class Fn>
    void for_each_record(std::string_view buffer, const std::vector<segment>& segments, Fn&& f) {
        for (const segment& s : segments) {
            file_state& file = files_[s.file];
            const std::string_view text = buffer.substr(0, s.end);
            std::size_t i = s.begin;
            std::size_t line = s.line;
            // Merged 一级 / 二级 cells continue within a run of rows (the rows of one table, one after another).
            above_level1_.clear();
            above_level2_.clear();
            while (i < s.end) {
                std::optional<cell_error> syntax;
                if (scan_record(text, i, true, rec_, arena_, syntax) != scan_status::record) {
                    // The bytes were a whole record in pass 1: the file changed in between.
                    file.input.mark_failed();
                    break;
                }
                const record_ctx ctx{&file, text, i, line, file.kind != 0 && s.seq_ok ? &s.seq : nullptr};
                i = rec_.end;
                line += rec_.breaks;
                if (!rec_.blank()) f(ctx, rec_);
            }
        }
    }

    /// Reads the rows of kind K (an index into row_kinds) of the runs into rows (with their origins); with a
    /// message for each row's 序号 cell if `owner_error` is given (the rows name no table, or several).
    template <std::size_t K>
    void read_rows(std::span<const row_run> runs, const io_text* owner_error) {
        using R = std::tuple_element_t<K, row_kinds>;
        auto& rows = std::get<K>(rows_);
        auto& origins = origins_[K];
        rows.clear();
        origins.clear();
        auto& buffer = row_buffers_[K];
        auto& segments = segments_[K];
        if (!gather(runs, buffer, segments)) {
            for (const row_run& r : runs) files_[r.file].input.mark_failed();
            ++broken_;
            return;
        }
        for_each_record(buffer, segments, [&](const record_ctx& ctx, const csv_record& rec) {
            file_state& file = *ctx.file;
            if (rec.fields.size() != file.cols.size()) {
                error_at_offset(ctx, rec.begin, cell_count_reason(ctx, rec, file.cols.size()));
                return;
            }
            R row{};
            int seq = 0;
            if (!read_record(ctx, rec, file.cols, row, &seq)) return;
            if (owner_error != nullptr) {
                cell_error_at(ctx, rec.fields[file.key_col], 0, *owner_error);
                return;
            }
            rows.push_back(std::move(row));
            origins.push_back(row_origin{file.name(), ctx.line});
        });
    }

    template <class Fn>
    void read_table(std::size_t t, Fn& on_table, csv_stream_result& out) {
        const row_run& entry = tables_[t];
        file_state& file = files_[entry.file];
        arena_.clear();
        const std::size_t errors_before = reported_;
        broken_ = 0;
        const row_run one[] = {entry};
        project_type p{};
        bool read = false;
        if (gather(one, table_buffer_, table_segments_)) {
            for_each_record(table_buffer_, table_segments_, [&](const record_ctx& ctx, const csv_record& rec) {
                if (rec.fields.size() != file.cols.size()) {
                    error_at_offset(ctx, rec.begin, cell_count_reason(ctx, rec, file.cols.size()));
                    return;
                }
                read = read_record(ctx, rec, file.cols, p, nullptr);
            });
        } else {
            file.input.mark_failed();
        }
        if (!entry.seq_ok) return;  // its 序号 error is reported; rows that name it are orphans
        seq_info* info = find_seq(entry.seq);
        if (info->tables > 1) {
            // Rows that name a 序号 of several tables cannot tell which; the tables themselves go on to
            // validate()'s duplicate_seq, unless such rows exist.
            bool any_rows = false;
            for (std::size_t k = 0; k + 1 < kind_count; ++k) any_rows = any_rows || !runs_of(k, entry.seq).empty();
            if (any_rows) {
                if (!info->reported) {
                    info->reported = true;
                    const io_text message = ambiguous_message(*info);
                    for_each_row_kind([&]<std::size_t K>() { read_rows<K>(runs_of(K, entry.seq), &message); });
                }
                return;
            }
        }
        for_each_row_kind([&]<std::size_t K>() { read_rows<K>(runs_of(K, entry.seq), nullptr); });
        if (!read || reported_ != errors_before || broken_ != 0) return;
        schema::for_each_field<project_type>([&](const auto& f) {
            using field = std::remove_cvref_t<decltype(f)>;
            if constexpr (field::kind == schema::value_kind::rows) {
                using R = schema::row_type_t<field>;
                const auto& list = std::get<std::vector<R>>(rows_);
                f.of(p) = typename field::value_type(std::span<const R>(list));
            }
        });
        csv_origin origin;
        origin.table = row_origin{file.name(), entry.line};
        for_each_row_kind([&]<std::size_t K>() {
            using R = std::tuple_element_t<K, row_kinds>;
            if constexpr (std::is_same_v<R, indicator>) {
                origin.indicators = origins_[K];
            } else {
                origin.cost_lines = origins_[K];
            }
        });
        ++out.tables;
        if constexpr (std::is_invocable_v<Fn&, const project_type&, const csv_origin&>) {
            on_table(std::as_const(p), std::as_const(origin));
        } else {
            on_table(std::as_const(p));
        }
    }

    /// Rows whose 序号 names no table, or cannot be read: each gets its error.
    void read_orphans() {
        for_each_row_kind([&]<std::size_t K>() {
            const auto& runs = runs_[K];
            for (std::size_t b = 0; b < runs.size();) {
                std::size_t e = b + 1;
                while (e < runs.size() && runs[e].seq_ok == runs[b].seq_ok &&
                       (!runs[b].seq_ok || runs[e].seq == runs[b].seq)) {
                    ++e;
                }
                const std::span<const row_run> group(runs.data() + b, e - b);
                arena_.clear();
                if (!runs[b].seq_ok) {
                    read_rows<K>(group, nullptr);  // the 序号 cell reports itself
                } else if (find_seq(runs[b].seq) == nullptr) {
                    const std::string seq = std::to_string(runs[b].seq);
                    const io_text message{"序号 " + seq + " 在项目表里找不到（没有哪个项目表的序号是 " + seq + "）",
                                          "序号 " + seq + " names no table in any projects file"};
                    read_rows<K>(group, &message);
                }
                b = e;
            }
        });
    }

    io_text ambiguous_message(const seq_info& info) const {
        // The first few places only: 10,000 tables sharing a 序号 would make every row's message list
        // 10,000 places.
        const auto lo = std::lower_bound(by_seq_.begin(), by_seq_.end(), info.seq,
                                         [](const auto& a, int v) { return a.first < v; });
        std::string places;
        std::size_t listed = 0;
        for (auto it = lo; it != by_seq_.end() && it->first == info.seq && listed < max_places_per_error;
             ++it, ++listed) {
            const row_run& r = tables_[it->second];
            places += places.empty() ? "" : ", ";
            places += files_[r.file].name() + ":" + std::to_string(r.line);
        }
        std::string places_zh = places;
        if (listed < info.tables) {
            places += " and " + std::to_string(info.tables - listed) + " more";
            places_zh += " 等，另有 " + std::to_string(info.tables - listed) + " 处";
        }
        return {"序号 " + std::to_string(info.seq) + " 对应 " + std::to_string(info.tables) + " 张项目表（" +
                    places_zh + "），分不清这一行属于哪一张",
                "序号 " + std::to_string(info.seq) + " names " + std::to_string(info.tables) + " tables (" + places +
                    "); the row cannot tell which"};
    }

    template <class Fn>
    static void for_each_row_kind(Fn&& f) {
        [&]<std::size_t... I>(std::index_sequence<I...>) { (f.template operator()<I>(), ...); }
        (std::make_index_sequence<kind_count - 1>{});
    }

    // --- errors -------------------------------------------------------------------------------------

    /// Lists an error at byte `offset` of the record's text, or only counts it once its file has
    /// max_errors_per_file.
    void error_at_offset(const record_ctx& ctx, std::size_t offset, io_text reason) {
        ++reported_;
        error_sink& sink = ctx.file->sink;
        if (!sink.listing()) {
            sink.count();
            return;
        }
        const auto loc = locate_from(ctx.text, ctx.begin, ctx.line, offset);
        sink.add(io_error::make(ctx.file->name(), loc.line, loc.column, std::move(reason)));
    }
    /// Why a row is refused for its number of cells; a row whose cells are separated by full-width commas (，), as
    /// an input method types them, is told so.
    static io_text cell_count_reason(const record_ctx& ctx, const csv_record& rec, std::size_t header) {
        io_text r{
            "这一行有 " + std::to_string(rec.fields.size()) + " 格，表头却有 " + std::to_string(header) + " 格",
            "the row has " + std::to_string(rec.fields.size()) + " cells but the header has " + std::to_string(header)};
        if (rec.fields.size() < header) {
            const std::string_view bytes = ctx.text.substr(rec.begin, rec.end - rec.begin);
            std::size_t wide = 0;
            for (std::size_t k = bytes.find("，"); k != std::string_view::npos; k = bytes.find("，", k + 1)) ++wide;
            if (rec.fields.size() + wide >= header) {
                r = r + io_text{"：格子之间似乎用了全角逗号「，」，请改用半角逗号「,」",
                                "; its cells seem separated by full-width commas (，): separate cells with ASCII "
                                "commas (,)"};
            }
        }
        return r;
    }
    /// An error about a whole file (line and column 0).
    void report_file(file_state& file, io_text reason) {
        ++reported_;
        file.sink.add(io_error::make(file.name(), 0, 0, std::move(reason)));
    }
    /// An error at byte k of a cell's value.
    void cell_error_at(const record_ctx& ctx, const csv_field& f, std::size_t k, io_text reason) {
        if (!ctx.file->sink.listing()) {
            ++reported_;
            ctx.file->sink.count();  // not listed: skip finding its place
            return;
        }
        error_at_offset(ctx, source_offset(ctx.text, f, k), std::move(reason));
    }

    /// The header cells, trimmed and without a unit suffix.
    static std::vector<std::string> header_names(const csv_record& header) {
        std::vector<std::string> names;
        for (const auto& f : header.fields) {
            std::string_view n = trim(f.value);
            for (std::string_view suffix : {"（元）", "(元)", "（万元）", "(万元)"}) {
                if (n.ends_with(suffix)) {
                    n = trim(n.substr(0, n.size() - suffix.size()));
                    break;
                }
            }
            names.emplace_back(n);
        }
        return names;
    }

    template <class R>
    bool read_header(const record_ctx& file, const csv_record& header, const std::vector<std::string>& names,
                     std::vector<column>& cols) {
        constexpr std::string_view kind_name = schema::record<R>::kind_name;
        constexpr std::string_view kind_name_zh = schema::record<R>::kind_name_zh;
        const auto defs = column_defs<R, F>();
        std::vector<std::size_t> seen(defs.size(), 0);  // 1 + the header index where a column was found
        bool ok = true;
        cols.assign(header.fields.size(), column{});
        for (std::size_t j = 0; j < header.fields.size(); ++j) {
            const auto& f = header.fields[j];
            std::size_t lead = 0;
            const std::string_view raw = trim(f.value, lead);
            if (raw.empty()) {
                cols[j].part = cell_part::blank;
                continue;
            }
            if (raw.starts_with('#')) {
                cols[j].part = cell_part::ignored;
                continue;
            }
            const bool yuan = raw.ends_with("（元）") || raw.ends_with("(元)");
            const bool unit = yuan || raw.ends_with("（万元）") || raw.ends_with("(万元)");
            const auto d = std::find_if(defs.begin(), defs.end(),
                                        [&](const column_def& x) { return x.matches(names[j]); });
            std::optional<column_def> def;
            if (d != defs.end()) {
                const auto k = static_cast<std::size_t>(d - defs.begin());
                if (seen[k] != 0) {
                    cell_error_at(file, f, lead,
                                  {"列「" + names[j] + "」重复了（表头第 " + std::to_string(seen[k]) + " 格也是它）",
                                   "column 「" + names[j] + "」 is given twice (also in header cell " +
                                       std::to_string(seen[k]) + ")"});
                    ok = false;
                    continue;
                }
                seen[k] = j + 1;
                def = *d;
            } else {
                def = extra_quantity_column<R>(names[j]);
            }
            if (!def) {
                cell_error_at(file, f, lead,
                              {"不认识的列「" + shown(raw) + "」（" + std::string(kind_name_zh) +
                                   "）：请检查列名；备注列的列名以 # 开头",
                               "unknown column 「" + shown(raw) + "」 in a " + std::string(kind_name) +
                                   " file (a comment column starts with #)"});
                ok = false;
                continue;
            }
            if (unit && !def->amount) {
                cell_error_at(file, f, lead,
                              {"列「" + shown(raw) + "」不是金额列，不能带单位",
                               "column 「" + shown(raw) + "」: only amount columns take a unit"});
                ok = false;
                continue;
            }
            cols[j] = column{def->part, def->field, def->index, def->row, yuan, names[j]};
        }
        for (std::size_t k = 0; k < defs.size(); ++k) {
            if (defs[k].required && seen[k] == 0) {
                error_at_offset(file, header.begin,
                                {std::string(kind_name_zh) + "缺少列「" + defs[k].header + "」",
                                 "missing column 「" + defs[k].header + "」 in a " + std::string(kind_name) + " file"});
                ok = false;
            }
        }
        return ok;
    }

    // Cell readers: each reports its own error and returns false.
    bool int_cell(const record_ctx& file, const csv_field& f, const column& col, int& out) {
        std::size_t lead = 0;
        const auto s = trim(f.value, lead);
        if (s.empty()) {
            cell_error_at(file, f, 0, {col.name + " 是空的：请填写", col.name + " is empty"});
            return false;
        }
        if (auto e = parse_int(s, out)) {
            cell_error_at(file, f, lead + e->offset, bad_value("bad ", col.name, s, e->reason));
            return false;
        }
        return true;
    }
    /// An amount or a decimal; blank is std::nullopt.
    template <class T>
    bool number_cell(const record_ctx& file, const csv_field& f, const column& col, std::optional<T>& out) {
        std::size_t lead = 0;
        const auto s = trim(f.value, lead);
        out.reset();
        if (s.empty()) return true;
        T v{};
        constexpr bool is_decimal = std::is_same_v<T, decimal>;
        std::optional<cell_error> e;
        std::string_view text = s;
        const bool lenient = needs_lenient(s);
        if (lenient) {
            e = lenient_number(s, !is_decimal, lenient_text_, lenient_at_);
            text = lenient_text_;
        }
        if (!e) {
            if constexpr (is_decimal) {
                e = parse_decimal(text, v);
            } else {
                e = parse_amount(text, col.yuan, v);
            }
            if (e && lenient) e->offset = lenient_at_[std::min(e->offset, lenient_at_.size() - 1)];
        }
        if (e) {
            cell_error_at(file, f, lead + e->offset,
                          bad_value(is_decimal ? "bad number in " : "bad amount in ", col.name, s, e->reason));
            return false;
        }
        out = v;
        return true;
    }
    bool date_cell(const record_ctx& file, const csv_field& f, const column& col, std::chrono::year_month_day& out) {
        std::size_t lead = 0;
        const auto s = trim(f.value, lead);
        out = {};
        if (s.empty()) return true;
        if (auto e = parse_date(s, out)) {
            cell_error_at(file, f, lead + e->offset, bad_value("bad date in ", col.name, s, e->reason));
            return false;
        }
        return true;
    }
    bool yes_no_cell(const record_ctx& file, const csv_field& f, const column& col, bool& out) {
        std::size_t lead = 0;
        const auto s = trim(f.value, lead);
        if (auto e = parse_yes_no(s, out)) {
            cell_error_at(file, f, lead, bad_value("bad ", col.name, s, e->reason));
            return false;
        }
        return true;
    }
    bool blank_cell(const record_ctx& file, const csv_field& f) {
        if (f.value.empty()) return true;
        cell_error_at(file, f, 0,
                      {"这一列没有表头，却填了值（请补上表头，或删去这个值）", "a value in a column without a header"});
        return false;
    }

    /// Reads one row into a record, field by field as the columns say; `owner` gets a row's 序号.
    template <class R, class Owner>
    bool read_record(const record_ctx& file, const csv_record& rec, const std::vector<column>& cols, R& r,
                     Owner owner) {
        bool ok = true;
        row_cells cells;
        for (std::size_t j = 0; j < cols.size(); ++j) {
            const column& col = cols[j];
            const csv_field& f = rec.fields[j];
            switch (col.part) {
                case cell_part::blank: ok = blank_cell(file, f) && ok; continue;
                case cell_part::ignored: continue;
                case cell_part::target_comparator: cells.target_comparator = &f; continue;
                case cell_part::target_unit: cells.target_unit = &f; continue;
                case cell_part::owner:
                    if constexpr (!std::is_same_v<Owner, std::nullptr_t>) {
                        if (file.run_seq != nullptr && trim(f.value).empty()) {
                            *owner = *file.run_seq;  // a merged 序号: the row above's
                        } else {
                            ok = int_cell(file, f, col, *owner) && ok;
                        }
                    }
                    continue;
                default: break;
            }
            schema::visit_field<R>(col.field,
                                   [&](const auto& fd) { ok = read_cell(file, f, col, fd.of(r), fd, cells) && ok; });
        }
        // What needs more than one cell, once the row is read.
        schema::for_each_field<R>([&](const auto& fd) {
            using field = std::remove_cvref_t<decltype(fd)>;
            if constexpr (field::kind == schema::value_kind::level2) {
                ok = read_category(file, cells, fd.of(r)) && ok;
            } else if constexpr (field::kind == schema::value_kind::target) {
                ok = read_target(file, cells, fd.of(r)) && ok;
            } else if constexpr (field::kind == schema::value_kind::quantities) {
                ok = read_quantities(file, cells, fd.of(r), fd.name) && ok;
            }
        });
        return ok;
    }

    /// Reads one cell of a field by the field's kind of value.
    template <class T, class Field>
    bool read_cell(const record_ctx& file, const csv_field& f, const column& col, T& v, const Field&,
                   row_cells& cells) {
        using schema::value_kind;
        constexpr value_kind kind = Field::kind;
        if constexpr (kind == value_kind::integer) {
            return int_cell(file, f, col, v);
        } else if constexpr (kind == value_kind::year) {
            std::size_t lead = 0;
            const auto s = trim(f.value, lead);
            v = std::chrono::year{0};
            if (s.empty()) return true;
            if (auto e = parse_year(s, v)) {
                cell_error_at(file, f, lead + e->offset, bad_value("bad ", col.name, s, e->reason));
                return false;
            }
            return true;
        } else if constexpr (kind == value_kind::text) {
            v = f.value;
            return true;
        } else if constexpr (kind == value_kind::date) {
            return date_cell(file, f, col, v);
        } else if constexpr (kind == value_kind::amount || kind == value_kind::decimal) {
            std::optional<T> x;  // blank is zero
            const bool ok = number_cell(file, f, col, x);
            v = x.value_or(T{});
            return ok;
        } else if constexpr (kind == value_kind::optional_amount) {
            return number_cell(file, f, col, v);
        } else if constexpr (kind == value_kind::yes_no) {
            return yes_no_cell(file, f, col, v);
        } else if constexpr (kind == value_kind::target) {
            cells.target = &f;  // read with 指标性质 and 度量单位, if any, once the row is read
            cells.target_col = &col;
            return true;
        } else if constexpr (kind == value_kind::level1) {
            cells.level1 = &f;
            return true;
        } else if constexpr (kind == value_kind::level2) {
            cells.level2 = &f;
            return true;
        } else if constexpr (kind == value_kind::funding) {
            if (col.part == cell_part::source) return number_cell(file, f, col, v[col.index].sources[col.row]);
            std::optional<A> a;
            if (trim(f.value).empty()) {
                cell_error_at(file, f, 0,
                              {col.name + " 是空的（没有资金请填 0）", col.name + " is empty (write 0 for no money)"});
                return false;
            }
            if (!number_cell(file, f, col, a)) return false;
            v[col.index].total = *a;
            return true;
        } else if constexpr (kind == value_kind::quantities) {
            if (col.index > quantity_list::capacity) {
                // 数量5 and beyond exist only to be refused when filled; the header may name any number
                // (数量999999999), so they get no slot.
                if (trim(f.value).empty()) return true;
                cell_error_at(file, f, 0,
                              {"一行测算依据最多四个数量（数量1–数量4）",
                               "a cost line has at most four quantities (数量1–数量4)"});
                return false;
            }
            auto& s = cells.slot_for(col.index);
            if (col.part == cell_part::unit) {
                s.unit = &f;
            } else {
                s.value = &f;
                s.value_col = &col;
            }
            return true;
        } else {
            return true;  // label, rows: no CSV cell
        }
    }

    /// The target of a row from its 指标值 cell, and its 指标性质 and 度量单位 cells where the form has three columns
    /// (≥ + 95 + %: ≥95%; 定性: the 指标值 is the qualitative text).
    bool read_target(const record_ctx& file, const row_cells& cells, target& v) {
        if (cells.target == nullptr) return true;  // a required column: always there
        const csv_field& f = *cells.target;
        const column& col = *cells.target_col;
        const std::string_view cmp = cells.target_comparator != nullptr ? trim(cells.target_comparator->value) : "";
        const std::string_view unit = cells.target_unit != nullptr ? trim(cells.target_unit->value) : "";
        const target_cell t(cmp, f.value, unit);
        if (t.ok()) {
            v = t.value;
            return true;
        }
        cell_error_at(file, f, t.offset, bad_value("bad ", col.name, t.shown(f.value), t.reason));
        return false;
    }

    /// The category of a row from its 一级指标 and 二级指标 cells.
    bool read_category(const record_ctx& file, const row_cells& cells, category& out) {
        if (cells.level2 == nullptr) return true;  // a required column: always there
        std::size_t lead1 = 0, lead2 = 0;
        std::string_view l1 = cells.level1 != nullptr ? trim(cells.level1->value, lead1) : std::string_view{};
        std::string_view l2 = trim(cells.level2->value, lead2);
        bool known = false;
        // Merged cells, as spreadsheets export them: a blank 二级 (and 一级) continues the row above; a blank 一级
        // under a new 二级 continues the 一级 above if the 二级 is under it (else the 二级 alone names it, as
        // when there is no 一级 column).
        if (l2.empty() && !above_level2_.empty()) {
            l2 = above_level2_;
            if (l1.empty()) l1 = above_level1_;
        } else if (l1.empty() && !above_level1_.empty()) {
            bool unused = false;
            if (category_of(above_level1_, l2, unused)) l1 = above_level1_;
        }
        if (l2.empty()) {
            cell_error_at(file, *cells.level2, 0, {"二级指标是空的：请填写", "二级指标 is empty"});
            return false;
        }
        if (const auto c = category_of(l1, l2, known)) {
            out = *c;
            std::string l1_kept(l1), l2_kept(l2);  // l1 and l2 may view above_level*_ themselves
            above_level1_ = std::move(l1_kept);
            above_level2_ = std::move(l2_kept);
            return true;
        }
        if (known) {
            cell_error_at(file, *cells.level1, lead1,
                          {"二级指标「" + shown(l2) + "」不属于一级指标「" + shown(l1) + "」",
                           "二级指标 「" + shown(l2) + "」 is not under 一级指标 「" + shown(l1) + "」"});
            return false;
        }
        std::string labels, labels_zh;
        for (const auto& fc : F::categories) {
            labels += (labels.empty() ? "" : ", ") + std::string(fc.label);
            labels_zh += (labels_zh.empty() ? "" : "、") + std::string(fc.label);
        }
        cell_error_at(
            file, *cells.level2, lead2,
            {"不认识的二级指标「" + shown(l2) + "」：既不是本表样的类别（" + labels_zh + "），也不是官方框架的类别",
             "unknown 二级指标 「" + shown(l2) + "」: not a category of the form (" + labels +
                 ") nor an official one"});
        return false;
    }

    /// resolve_category, remembered: a set has a few dozen pairs of 一级/二级 cells, and comparing each row's
    /// against every category of the form and the official framework was a tenth of reading it.
    std::optional<category> category_of(std::string_view l1, std::string_view l2, bool& known) {
        for (std::size_t k = 0; k < categories_seen_.size(); ++k) {
            const auto& m = categories_seen_[(last_category_ + k) % categories_seen_.size()];
            if (m.level2 == l2 && m.level1 == l1) {
                last_category_ = (last_category_ + k) % categories_seen_.size();
                known = m.known;
                return m.cat;
            }
        }
        const auto c = resolve_category<F>(l1, l2, known);
        if (categories_seen_.size() < 256) {
            categories_seen_.push_back(category_memo{std::string(l1), std::string(l2), c, known});
            last_category_ = categories_seen_.size() - 1;
        }
        return c;
    }

    /// The quantities of a row from its 数量N / 单位N cells: filled from 数量1 without gaps.
    bool read_quantities(const record_ctx& file, row_cells& cells, quantity_list& out, const schema::names& name) {
        const std::string value_header(name.csv), unit_header(name.csv_unit);
        bool ok = true;
        std::size_t first_gap = 0;  // the first 数量 number left empty
        for (std::size_t k = 1; k <= cells.slots.size(); ++k) {
            auto& s = cells.slots[k - 1];
            const bool has_value = s.value != nullptr && !trim(s.value->value).empty();
            const bool has_unit = s.unit != nullptr && !trim(s.unit->value).empty();
            const csv_field* any = has_value ? s.value : has_unit ? s.unit : nullptr;
            if (any == nullptr) {
                if (first_gap == 0) first_gap = k;
                continue;
            }
            if (!has_value) {
                cell_error_at(
                    file, *s.unit, 0,
                    {"填了" + unit_header + std::to_string(k) + "，却没有填" + value_header + std::to_string(k),
                     unit_header + std::to_string(k) + " without " + value_header + std::to_string(k)});
                ok = false;
                continue;
            }
            if (first_gap != 0) {
                cell_error_at(
                    file, *s.value, 0,
                    {value_header + std::to_string(first_gap) + " 是空的，却填了" + value_header + std::to_string(k) +
                         "（数量请从" + value_header + "1 起依次填写，中间不留空）",
                     value_header + std::to_string(k) + " follows an empty " + value_header +
                         std::to_string(first_gap) + " (fill the quantities from " + value_header + "1 without gaps)"});
                ok = false;
                continue;
            }
            if (!number_cell(file, *s.value, *s.value_col, s.number)) {
                ok = false;
                continue;
            }
            out.push_back(
                quantity(*s.number, s.unit != nullptr ? std::string_view(s.unit->value) : std::string_view{}));
        }
        return ok;
    }

    template <class Rows>
    struct vectors;
    template <class... R>
    struct vectors<std::tuple<R...>> {
        using type = std::tuple<std::vector<R>...>;
    };

    csv_read_options options_;
    std::deque<file_state> files_;                           // a deque: adding a file never moves the others
    std::vector<row_run> tables_;                            // the rows of projects files, in input order
    std::array<std::vector<row_run>, kind_count - 1> runs_;  // per row kind; sorted by 序号 by prepare()
    std::vector<seq_info> seqs_;                             // the 序号 of tables_, sorted
    std::vector<std::pair<int, std::size_t>> by_seq_;        // (序号, index into tables_), sorted
    // Pass 2's buffers, reused from table to table: a table's project row and rows are views into them.
    csv_arena arena_;
    csv_record rec_;
    std::string table_buffer_;
    std::vector<segment> table_segments_;
    std::array<std::string, kind_count - 1> row_buffers_;
    std::array<std::vector<segment>, kind_count - 1> segments_;
    typename vectors<row_kinds>::type rows_;
    std::array<std::vector<row_origin>, kind_count - 1> origins_;
    struct category_memo {
        std::string level1, level2;
        std::optional<category> cat;
        bool known = false;
    };
    std::vector<category_memo> categories_seen_;
    std::string above_level1_, above_level2_;  // the 一级 / 二级 of the row above, for merged cells
    std::string lenient_text_;  // a number cell as strict text (lenient_number), and where its bytes came from
    std::vector<std::size_t> lenient_at_;
    std::size_t last_category_ = 0;
    std::size_t reported_ = 0;  // errors found so far (listed or not)
    std::size_t broken_ = 0;    // rows of the current table that could not be read from their file
};

}  // namespace detail::io

namespace detail::io {

/// read_csv's result from a stream of tables: the tables in a store if nothing was wrong, else only errors.
template <form F, class A>
csv_result<F, A> collect(csv_reader<F, A>& reader) {
    csv_result<F, A> out;
    auto streamed = reader.run([&](const basic_project<F, A>& p, const csv_origin& origin) {
        out.store.add(p);
        out.origins.add(origin);
    });
    out.errors = std::move(streamed.errors);
    out.notes = std::move(streamed.notes);
    out.unlisted_errors = streamed.unlisted_errors;
    out.unlisted_notes = streamed.unlisted_notes;
    if (!out.errors.empty()) {
        out.store = basic_project_store<F, A>{};
        out.origins.clear();
    }
    return out;
}

}  // namespace detail::io

namespace detail::io {
/// Opens each file and adds it to a reader (any with add(csv_input) and add_error(io_error)); a file that cannot be
/// opened is the reader's error, in its place among the inputs.
template <class Reader>
void add_files(Reader& reader, std::span<const std::filesystem::path> paths) {
    for (const auto& p : paths) {
        std::vector<io_error> errors;
        if (auto in = csv_input::open(p, errors)) {
            reader.add(std::move(*in));
        } else {
            reader.add_error(std::move(errors.front()));
        }
    }
}
}  // namespace detail::io

/// Reads a table set from CSV texts (any number, any order; see the layout at the top of this header).
/// All or nothing: the result has every project or, if anything is wrong, only errors.
template <form F, class A = wan>
csv_result<F, A> read_csv(std::span<const csv_source> sources, const csv_read_options& options = {}) {
    detail::io::csv_reader<F, A> reader(options);
    for (const auto& s : sources) reader.add(detail::io::csv_input(s.name, s.text));
    return detail::io::collect(reader);
}

/// read_csv for a braced list of sources: read_csv<F>({{"projects.csv", text}, …}).
template <form F, class A = wan>
csv_result<F, A> read_csv(std::initializer_list<csv_source> sources, const csv_read_options& options = {}) {
    return read_csv<F, A>(std::span<const csv_source>(sources.begin(), sources.size()), options);
}

/// Reads a table set from CSV files; a file that cannot be read is an error (line and column 0). Files are
/// read a window at a time, never whole; the store holds what is loaded.
template <form F, class A = wan>
csv_result<F, A> read_csv_files(std::span<const std::filesystem::path> paths, const csv_read_options& options = {}) {
    detail::io::csv_reader<F, A> reader(options);
    detail::io::add_files(reader, paths);
    return detail::io::collect(reader);
}

/// read_csv_files for a braced list of paths.
template <form F, class A = wan>
csv_result<F, A> read_csv_files(std::initializer_list<std::filesystem::path> paths,
                                const csv_read_options& options = {}) {
    return read_csv_files<F, A>(std::span<const std::filesystem::path>(paths.begin(), paths.size()), options);
}

/// Streams a table set from CSV files, table by table, without holding it: on_table(project) or
/// on_table(project, origin) is called for each table of the projects files, in their order, once the
/// table and all its rows are read; the project and the origin are views into the reader's buffers, valid
/// during the call only (copy what you keep: basic_project_store::add, totals::add, set_validator::add).
/// A table with anything wrong in its rows is not handed over; every error is in the result, with its
/// place. Memory: what pass 1 notes per run of rows (a few words per table), one table's rows, and a
/// window of each file; time: each file is read twice (once for the 序号 of its rows, once for the rows),
/// sequentially when the rows of each file are in the order of the projects files.
template <form F, class A = wan, class Fn>
csv_stream_result for_each_csv_table(std::span<const std::filesystem::path> paths, const csv_read_options& options,
                                     Fn&& on_table) {
    detail::io::csv_reader<F, A> reader(options);
    detail::io::add_files(reader, paths);
    return reader.run(on_table);
}

/// for_each_csv_table with the default options (UTF-8, or GB18030 where a file is not UTF-8).
template <form F, class A = wan, class Fn>
csv_stream_result for_each_csv_table(std::span<const std::filesystem::path> paths, Fn&& on_table) {
    return for_each_csv_table<F, A>(paths, csv_read_options{}, std::forward<Fn>(on_table));
}

/// for_each_csv_table over CSV texts in memory.
template <form F, class A = wan, class Fn>
csv_stream_result for_each_csv_table(std::span<const csv_source> sources, const csv_read_options& options,
                                     Fn&& on_table) {
    detail::io::csv_reader<F, A> reader(options);
    for (const auto& s : sources) reader.add(detail::io::csv_input(s.name, s.text));
    return reader.run(on_table);
}

/// for_each_csv_table over CSV texts in memory, with the default options.
template <form F, class A = wan, class Fn>
csv_stream_result for_each_csv_table(std::span<const csv_source> sources, Fn&& on_table) {
    return for_each_csv_table<F, A>(sources, csv_read_options{}, std::forward<Fn>(on_table));
}

namespace detail::io {

/// The CSV cells of a record, field by field as the schema lists them (the order of column_defs).
template <form F, class R>
void record_cells(std::vector<std::string>& cells, const R& r) {
    using schema::value_kind;
    schema::for_each_field<R>([&](const auto& f) {
        using field = std::remove_cvref_t<decltype(f)>;
        if (!in_csv(f)) return;
        const auto& v = f.of(r);
        if constexpr (field::kind == value_kind::integer) {
            cells.push_back(std::to_string(v));
        } else if constexpr (field::kind == value_kind::year) {
            cells.push_back(static_cast<int>(v) == 0 ? std::string() : std::to_string(static_cast<int>(v)));
        } else if constexpr (field::kind == value_kind::text) {
            cells.emplace_back(v);
        } else if constexpr (field::kind == value_kind::date) {
            cells.push_back(format_date(v, '/'));
        } else if constexpr (field::kind == value_kind::amount) {
            cells.push_back(to_string(v));
        } else if constexpr (field::kind == value_kind::optional_amount) {
            cells.push_back(v ? to_string(*v) : std::string());
        } else if constexpr (field::kind == value_kind::decimal) {
            cells.push_back(v == decimal{} ? std::string() : format_trimmed_decimal(v));
        } else if constexpr (field::kind == value_kind::yes_no) {
            cells.emplace_back(v ? "是" : "否");
        } else if constexpr (field::kind == value_kind::target) {
            cells.push_back(to_string(v));
        } else if constexpr (field::kind == value_kind::level1) {
            cells.emplace_back(v.level1.name);
        } else if constexpr (field::kind == value_kind::level2) {
            cells.emplace_back(category_label<F>(v));
        } else if constexpr (field::kind == value_kind::quantities) {
            for (std::size_t k = 0; k < quantity_list::capacity; ++k) {
                if (k < v.size()) {
                    cells.push_back(format_trimmed_decimal(v[k].value));
                    cells.emplace_back(v[k].unit);
                } else {
                    cells.emplace_back();
                    cells.emplace_back();
                }
            }
        } else if constexpr (field::kind == value_kind::funding) {
            for (const auto& col : v) {
                cells.push_back(to_string(col.total));
                for (const auto& s : col.sources) cells.push_back(s ? to_string(*s) : std::string());
            }
        }
    });
}

/// The header row of a file of record kind R.
template <form F, class R>
void put_header(std::string& out, const csv_options& opt) {
    std::vector<std::string> cells;
    for (const auto& d : column_defs<R, F>()) {
        if (d.written) cells.push_back(d.header);
    }
    put_record(out, cells, opt);
}

/// A file of rows of kind Row (indicators, cost lines): each project's rows of that kind, after its 序号.
template <class Row, project_range R>
std::string write_rows_csv(const R& projects, const csv_options& opt) {
    using P = detail::range_project_t<R>;
    using F = typename P::form_type;
    std::string out(opt.bom ? bom : std::string_view{});
    put_header<F, Row>(out, opt);
    std::vector<std::string> cells;
    for (const P& p : projects) {
        schema::for_each_field<P>([&](const auto& f) {
            using field = std::remove_cvref_t<decltype(f)>;
            if constexpr (field::kind == schema::value_kind::rows) {
                if constexpr (std::is_same_v<schema::row_type_t<field>, Row>) {
                    for (const Row& row : f.of(p)) {
                        cells.clear();
                        cells.push_back(std::to_string(p.seq));
                        record_cells<F>(cells, row);
                        put_record(out, cells, opt);
                    }
                }
            }
        });
    }
    return out;
}

}  // namespace detail::io

/// The projects file of a table set: one row per project (see the layout at the top of this header).
template <project_range R>
std::string write_projects_csv(const R& projects, const csv_options& opt = {}) {
    using P = detail::range_project_t<R>;
    using F = typename P::form_type;
    std::string out(opt.bom ? detail::io::bom : std::string_view{});
    detail::io::put_header<F, P>(out, opt);
    std::vector<std::string> cells;
    for (const P& p : projects) {
        cells.clear();
        detail::io::record_cells<F>(cells, p);
        detail::io::put_record(out, cells, opt);
    }
    return out;
}

/// The indicators file of a table set: one row per indicator, in table order.
template <project_range R>
std::string write_indicators_csv(const R& projects, const csv_options& opt = {}) {
    return detail::io::write_rows_csv<indicator>(projects, opt);
}

/// The cost lines file of a table set: one row per line of each project's 测算依据.
template <project_range R>
std::string write_cost_lines_csv(const R& projects, const csv_options& opt = {}) {
    using A = typename detail::range_project_t<R>::amount_type;
    return detail::io::write_rows_csv<cost_line<A>>(projects, opt);
}

/// The three files of a table set.
template <project_range R>
csv_files write_csv(const R& projects, const csv_options& opt = {}) {
    return csv_files{write_projects_csv(projects, opt), write_indicators_csv(projects, opt),
                     write_cost_lines_csv(projects, opt)};
}

}  // namespace jixiao

// jixiao — CSV: a whole table set as spreadsheet files (projects, indicators, cost lines), read and written.
//
// Layout
// ------
// A table set is any number of CSV files (or spreadsheet sheets saved as CSV), in any order. Each file
// holds one kind of row, told by its header row (the first non-blank row):
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
//               年度 blank: no budget year (std::chrono::year{0}). Dates: YYYY/M/D or YYYY-MM-DD (month 1–12,
//               day 1–31; whether the day exists in that month is validate()'s invalid_date); blank: no date.
//   indicators  the header has 三级指标. One row per indicator, in table order:
//               序号, 一级指标, 二级指标, 三级指标, 指标值, 原文, 核心指标, 权重.
//               Required: 序号, 二级指标, 三级指标, 指标值. 二级指标 is the form's label (产出数量指标) or the
//               official 二级 name (数量指标); a label of another shipped form or an official category the
//               form lacks is kept (validate() reports category_not_in_form); a label that names no known
//               category is an error. 一级指标, if given, must be the category's 一级. 指标值 is read by
//               parse_target (blank or 无: a placeholder). 原文: the table's wording, verbatim. 核心指标: 是,
//               否 or blank (否). 权重: a decimal, blank is 0.
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
// Columns are found by header name, in any order. A header cell that starts with # is a comment column,
// ignored with its cells; an empty header cell is allowed if its cells are empty too. Any other unknown
// header is an error naming it (a misspelt header would otherwise lose a column silently), as is a
// column given twice. Rows whose cells are all empty are skipped; every other row has exactly as many
// cells as the header.
//
// Text: UTF-8, with or without a byte order mark; records end with CRLF or LF (a final line may lack
// one); RFC 4180 quoting (a quoted field holds commas, line breaks and "" for a double quote). A double
// quote inside an unquoted field, or text after a closing quote, is an error.
//
// Errors name file, line and column: lines are the file's physical lines, from 1 (a line break inside a
// quoted field starts a new line); columns count Unicode characters from 1 (a byte order mark does not
// count). An error about a whole file (it cannot be read) has line and column 0. All or nothing: if
// there is any error the store is empty.
//
// Writing produces the three files with every column, amounts in 万元 with the amount type's digits,
// dates as YYYY/M/D, a byte order mark (so that spreadsheet programs see UTF-8) and CRLF (RFC 4180),
// both optional. Reading what was written gives the same projects, field by field.
#pragma once

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstddef>
#include <deque>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <iterator>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <utility>
#include <vector>

#include "../form.hpp"
#include "../funding.hpp"
#include "../indicator.hpp"
#include "../project.hpp"
#include "../project_store.hpp"
#include "../target.hpp"
#include "../detail/utf8.hpp"

namespace jixiao {

/// A problem in text read at run time: which file, where (1-based line and column) and why.
struct io_error {
    std::string file;
    std::size_t line = 0;    ///< physical line, from 1; 0 for an error about the whole file
    std::size_t column = 0;  ///< Unicode characters from 1 (a byte order mark does not count); 0 with line 0
    std::string reason;

    /// "file:line:column: reason", or "file: reason" for an error about the whole file.
    [[nodiscard]] std::string to_string() const {
        if (line == 0) return file + ": " + reason;
        return file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + reason;
    }
    friend bool operator==(const io_error&, const io_error&) = default;
};

/// An error found while reading CSV.
using csv_error = io_error;

/// One CSV text to read: a name for error messages (usually the file name) and the text itself.
struct csv_source {
    std::string name;
    std::string_view text;
};

/// The projects read from a table set, or the errors that stopped it (then the store is empty).
template <form F, class A = wan>
struct csv_result {
    basic_project_store<F, A> store;
    std::vector<csv_error> errors;
    /// Whether the set was read without error.
    [[nodiscard]] bool ok() const noexcept { return errors.empty(); }
};

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
    const bool suffixed = match_amount_suffix(s.substr(s.size() < 3 ? 0 : s.size() - 3)) != nullptr;  // 元, 万元 and 亿元 all end in 元
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

/// The official categories (jixiao::categories), for indicators filed under a category the form lacks.
inline constexpr category official_categories[] = {
    categories::quantity,          categories::quality,           categories::progress,
    categories::timeliness,        categories::output_cost,       categories::economic_benefit,
    categories::social_benefit,    categories::environmental_benefit, categories::ecological_benefit,
    categories::sustainable_impact, categories::economic_cost,    categories::social_cost,
    categories::eco_environmental_cost, categories::beneficiary_satisfaction,
};

/// The category named by a 二级指标 cell (the form's label, an official 二级 name, or a label of a shipped
/// form), within the 一级指标 cell's category if that is not empty. On failure `in_level1` tells whether the
/// 二级 name was known but not under that 一级.
template <form F>
std::optional<category> resolve_category(std::string_view level1, std::string_view level2, bool& in_level1) {
    std::vector<category> candidates;
    for (const auto& fc : F::categories) {
        if (fc.label == level2) candidates.push_back(fc.cat);
    }
    for (const auto& fc : F::categories) {
        if (fc.cat.name == level2) candidates.push_back(fc.cat);
    }
    for (const auto& c : official_categories) {
        if (c.name == level2) candidates.push_back(c);
    }
    for (const auto& fc : forms::beijing_district_2020::categories) {
        if (fc.label == level2) candidates.push_back(fc.cat);
    }
    for (const auto& fc : forms::central_2021::categories) {
        if (fc.label == level2) candidates.push_back(fc.cat);
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

/// The header of a funding column's total: the column label + 总额, or the label if it ends with 总额.
template <form F>
std::string column_total_header(std::size_t c) {
    const std::string_view label = F::columns[c];
    return label.ends_with("总额") ? std::string(label) : std::string(label) + "总额";
}

/// The prefix of a funding column's source headers: its label without 总额, then without 项目资金 or 资金.
template <form F>
std::string column_prefix(std::size_t c) {
    std::string_view label = F::columns[c];
    if (label.ends_with("总额")) label.remove_suffix(std::string_view("总额").size());
    if (label.ends_with("项目资金")) {
        label.remove_suffix(std::string_view("项目资金").size());
    } else if (label.ends_with("资金")) {
        label.remove_suffix(std::string_view("资金").size());
    }
    return std::string(label);
}

// ------------------------------------------------------------------------------------------------
// RFC 4180 records.

struct csv_field {
    std::string value;      // unquoted, "" undone
    std::size_t begin = 0;  // byte offset of the field (its opening quote, if quoted)
    bool quoted = false;
};

struct csv_record {
    std::vector<csv_field> fields;
    std::size_t begin = 0;
    [[nodiscard]] bool blank() const noexcept {
        return std::all_of(fields.begin(), fields.end(), [](const csv_field& f) { return f.value.empty(); });
    }
};

/// Splits text into records; on a syntax error returns the offset and reason through `error`.
inline std::vector<csv_record> split_records(std::string_view text, std::optional<cell_error>& error) {
    std::vector<csv_record> records;
    const std::size_t n = text.size();
    std::size_t i = 0;
    auto ends_field = [&](char c) { return c == ',' || c == '\r' || c == '\n'; };
    while (i < n) {
        csv_record rec;
        rec.begin = i;
        for (;;) {
            csv_field f;
            f.begin = i;
            if (i < n && text[i] == '"') {
                f.quoted = true;
                ++i;
                for (;;) {
                    if (i == n) {
                        error = cell_error{f.begin, "a quoted field has no closing double quote"};
                        return records;
                    }
                    if (text[i] == '"') {
                        if (i + 1 < n && text[i + 1] == '"') {
                            f.value += '"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    f.value += text[i++];
                }
                if (i < n && !ends_field(text[i])) {
                    error = cell_error{i, "text after the closing double quote of a field (write \"\" for a double "
                                          "quote inside a quoted field)"};
                    return records;
                }
            } else {
                while (i < n && !ends_field(text[i])) {
                    if (text[i] == '"') {
                        error = cell_error{i, "a double quote inside an unquoted field (quote the field and write "
                                              "the double quote as \"\")"};
                        return records;
                    }
                    f.value += text[i++];
                }
            }
            rec.fields.push_back(std::move(f));
            if (i < n && text[i] == ',') {
                ++i;
                continue;
            }
            break;
        }
        if (i < n && text[i] == '\r') ++i;
        if (i < n && text[i] == '\n') ++i;
        records.push_back(std::move(rec));
    }
    return records;
}

/// The byte offset in the text of byte k of a field's value.
inline std::size_t source_offset(std::string_view text, const csv_field& f, std::size_t k) {
    if (!f.quoted) return f.begin + k;
    std::size_t i = f.begin + 1;
    for (std::size_t c = 0; c < k && i < text.size(); ++c) i += text[i] == '"' ? 2U : 1U;
    return i;
}

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
// Columns.

enum class role {
    none, ignored, blank,
    // projects
    seq, year, name, applicant, implementer, start, end, total, source, goal, remarks,
    // indicators
    level1, level2, level3, value, wording, core, weight,
    // cost lines
    item, price, price_unit, quantity, quantity_unit, stated_total, line_text, truncated,
};

enum class file_kind { projects, indicators, cost_lines };

inline std::string_view kind_name(file_kind k) noexcept {
    return k == file_kind::projects ? "projects" : k == file_kind::indicators ? "indicators" : "cost lines";
}

struct column_def {
    std::string name;
    role r = role::none;
    std::size_t a = 0, b = 0;  // total/source: column, row; quantity: 1-based number
    bool amount = false;
    bool required = false;
};

template <form F>
std::vector<column_def> column_defs(file_kind k) {
    std::vector<column_def> d;
    switch (k) {
        case file_kind::projects:
            d.push_back({"序号", role::seq, 0, 0, false, true});
            d.push_back({"年度", role::year, 0, 0, false, false});
            d.push_back({"项目名称", role::name, 0, 0, false, true});
            d.push_back({"项目申报单位", role::applicant, 0, 0, false, true});
            d.push_back({"项目实施单位", role::implementer, 0, 0, false, true});
            d.push_back({"开始时间", role::start, 0, 0, false, true});
            d.push_back({"截止时间", role::end, 0, 0, false, true});
            for (std::size_t c = 0; c < F::columns.size(); ++c) {
                d.push_back({column_total_header<F>(c), role::total, c, 0, true, true});
                for (std::size_t r = 0; r < F::funding_rows.size(); ++r) {
                    d.push_back({column_prefix<F>(c) + std::string(F::funding_rows[r]), role::source, c, r, true, false});
                }
            }
            d.push_back({"项目绩效目标", role::goal, 0, 0, false, false});
            d.push_back({"其他说明的问题", role::remarks, 0, 0, false, false});
            break;
        case file_kind::indicators:
            d.push_back({"序号", role::seq, 0, 0, false, true});
            d.push_back({"一级指标", role::level1, 0, 0, false, false});
            d.push_back({"二级指标", role::level2, 0, 0, false, true});
            d.push_back({"三级指标", role::level3, 0, 0, false, true});
            d.push_back({"指标值", role::value, 0, 0, false, true});
            d.push_back({"原文", role::wording, 0, 0, false, false});
            d.push_back({"核心指标", role::core, 0, 0, false, false});
            d.push_back({"权重", role::weight, 0, 0, false, false});
            break;
        case file_kind::cost_lines:
            d.push_back({"序号", role::seq, 0, 0, false, true});
            d.push_back({"项目", role::item, 0, 0, false, true});
            d.push_back({"单价", role::price, 0, 0, true, true});
            d.push_back({"单价单位", role::price_unit, 0, 0, false, false});
            for (std::size_t q = 1; q <= quantity_list::capacity; ++q) {
                d.push_back({"数量" + std::to_string(q), role::quantity, q, 0, false, false});
                d.push_back({"单位" + std::to_string(q), role::quantity_unit, q, 0, false, false});
            }
            d.push_back({"合计", role::stated_total, 0, 0, true, false});
            d.push_back({"原文", role::line_text, 0, 0, false, false});
            d.push_back({"截断", role::truncated, 0, 0, false, false});
            break;
    }
    for (std::size_t i = 0; i < d.size(); ++i) {
        for (std::size_t j = 0; j < i; ++j) {
            if (d[i].name == d[j].name) {
                throw std::logic_error("jixiao: the form's labels give two CSV columns the header " + d[i].name);
            }
        }
    }
    return d;
}

/// 数量N / 单位N beyond the four columns of the layout (N ≥ 5), so that a fifth quantity is named as such.
inline std::optional<column_def> extra_quantity_column(std::string_view name) {
    for (auto [prefix, r] : {std::pair{std::string_view("数量"), role::quantity},
                             std::pair{std::string_view("单位"), role::quantity_unit}}) {
        if (!name.starts_with(prefix) || name.size() == prefix.size()) continue;
        const std::string_view digits = name.substr(prefix.size());
        std::size_t n = 0;
        const auto res = std::from_chars(digits.data(), digits.data() + digits.size(), n);
        if (res.ec == std::errc{} && res.ptr == digits.data() + digits.size() && n > quantity_list::capacity &&
            digits[0] != '0') {
            return column_def{std::string(name), r, n, 0, false, false};
        }
    }
    return std::nullopt;
}

struct column {
    role r = role::none;
    std::size_t a = 0, b = 0;
    bool yuan = false;
    std::string name;
};

// ------------------------------------------------------------------------------------------------
// The reader.

template <form F, class A>
class csv_reader {
public:
    using project_type = basic_project<F, A>;

    void read(const csv_source& src) {
        file_data& file = files_.emplace_back();
        file.name = src.name;
        file.text = src.text;
        if (file.text.starts_with(bom)) file.text.remove_prefix(bom.size());
        file.map = text_map(file.text);
        if (const std::size_t bad = invalid_utf8_at(file.text); bad != std::string_view::npos) {
            error_at_offset(file, bad, invalid_utf8_reason(file.text, bad));
            return;
        }
        std::optional<cell_error> syntax;
        file.records = split_records(file.text, syntax);
        if (syntax) {
            error_at_offset(file, syntax->offset, syntax->reason);
            return;
        }
        const auto header = std::find_if(file.records.begin(), file.records.end(),
                                         [](const csv_record& r) { return !r.blank(); });
        if (header == file.records.end()) {
            errors_.push_back(io_error{file.name, 1, 1, "the file has no header row"});
            return;
        }
        std::vector<column> cols;
        file_kind kind{};
        if (!read_header(file, *header, cols, kind)) return;
        for (auto it = header + 1; it != file.records.end(); ++it) {
            if (it->blank()) continue;
            if (it->fields.size() != cols.size()) {
                error_at_offset(file, it->begin,
                                "the row has " + std::to_string(it->fields.size()) + " cells but the header has " +
                                    std::to_string(cols.size()));
                continue;
            }
            switch (kind) {
                case file_kind::projects: read_project(file, *it, cols); break;
                case file_kind::indicators: read_indicator(file, *it, cols); break;
                case file_kind::cost_lines: read_cost_line(file, *it, cols); break;
            }
        }
    }

    csv_result<F, A> finish() {
        csv_result<F, A> out;
        if (errors_.empty()) {
            // Which project each 序号 names.
            // Index the projects by 序号 once: a scan of every project per indicator row is quadratic
            // (10^11 comparisons for 100,000 tables with ten indicators each).
            std::vector<std::pair<int, const pending_project*>> by_seq;
            by_seq.reserve(projects_.size());
            for (const auto& p : projects_) by_seq.emplace_back(p.p.seq, &p);
            std::stable_sort(by_seq.begin(), by_seq.end(),
                             [](const auto& a, const auto& b) { return a.first < b.first; });
            auto owner = [&](int seq, const where& w) -> const pending_project* {
                const pending_project* found = nullptr;
                std::vector<const pending_project*> all;
                auto it = std::lower_bound(by_seq.begin(), by_seq.end(), seq,
                                           [](const auto& e, int s) { return e.first < s; });
                for (; it != by_seq.end() && it->first == seq; ++it) all.push_back(it->second);
                if (all.size() == 1) {
                    found = all.front();
                } else if (all.empty()) {
                    errors_.push_back(at(w, "序号 " + std::to_string(seq) + " names no table in any projects file"));
                } else {
                    std::string places;
                    for (const auto* p : all) {
                        places += places.empty() ? "" : ", ";
                        places += p->file->name + ":" + std::to_string(p->line);
                    }
                    errors_.push_back(at(w, "序号 " + std::to_string(seq) + " names " + std::to_string(all.size()) +
                                                " tables (" + places + "); the row cannot tell which"));
                }
                return found;
            };
            std::vector<std::vector<indicator>> inds(projects_.size());
            std::vector<std::vector<cost_line<A>>> lines(projects_.size());
            for (const auto& i : indicators_) {
                if (const auto* p = owner(i.seq, i.at)) inds[static_cast<std::size_t>(p - projects_.data())].push_back(i.ind);
            }
            for (const auto& l : lines_) {
                if (const auto* p = owner(l.seq, l.at)) lines[static_cast<std::size_t>(p - projects_.data())].push_back(l.line);
            }
            if (errors_.empty()) {
                for (std::size_t k = 0; k < projects_.size(); ++k) {
                    project_type p = projects_[k].p;
                    p.indicators = indicator_list<F>(std::span<const indicator>(inds[k]));
                    p.cost_basis = std::span<const cost_line<A>>(lines[k]);
                    out.store.add(p);
                }
            }
        }
        out.errors = std::move(errors_);
        if (!out.errors.empty()) out.store = basic_project_store<F, A>{};
        return out;
    }

private:
    struct file_data {
        std::string name;
        std::string_view text;
        text_map map;
        std::vector<csv_record> records;  // never changed once split: views into its values stay valid
    };
    struct where {
        const file_data* file = nullptr;
        std::size_t offset = 0;
    };
    struct pending_project {
        project_type p;
        const file_data* file = nullptr;
        std::size_t line = 0;
    };
    struct pending_indicator {
        int seq = 0;
        indicator ind;
        where at;
    };
    struct pending_line {
        int seq = 0;
        cost_line<A> line;
        where at;
    };

    io_error at(const where& w, std::string reason) const {
        const auto loc = w.file->map.locate(w.offset);
        return io_error{w.file->name, loc.line, loc.column, std::move(reason)};
    }
    void error_at_offset(const file_data& file, std::size_t offset, std::string reason) {
        errors_.push_back(at(where{&file, offset}, std::move(reason)));
    }
    /// The place of byte k of a cell's value.
    static where cell_at(const file_data& file, const csv_field& f, std::size_t k = 0) {
        return where{&file, source_offset(file.text, f, k)};
    }
    void cell_error_at(const file_data& file, const csv_field& f, std::size_t k, std::string reason) {
        errors_.push_back(at(cell_at(file, f, k), std::move(reason)));
    }

    bool read_header(const file_data& file, const csv_record& header, std::vector<column>& cols, file_kind& kind) {
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
        auto has = [&](std::string_view n) { return std::find(names.begin(), names.end(), n) != names.end(); };
        const bool p = has("项目名称"), i = has("三级指标"), c = has("单价");
        if (int(p) + int(i) + int(c) != 1) {
            error_at_offset(file, header.begin,
                            p || i || c ? "the header row mixes the columns of more than one kind of file (项目名称: "
                                          "projects, 三级指标: indicators, 单价: cost lines)"
                                        : "cannot tell the kind of file: the header row has none of 项目名称 "
                                          "(projects), 三级指标 (indicators) and 单价 (cost lines)");
            return false;
        }
        kind = p ? file_kind::projects : i ? file_kind::indicators : file_kind::cost_lines;
        const auto defs = column_defs<F>(kind);
        std::vector<std::size_t> seen(defs.size(), 0);  // 1 + the header index where a column was found
        std::vector<column_def> extra;
        bool ok = true;
        cols.assign(header.fields.size(), column{});
        for (std::size_t j = 0; j < header.fields.size(); ++j) {
            const auto& f = header.fields[j];
            std::size_t lead = 0;
            const std::string_view raw = trim(f.value, lead);
            if (raw.empty()) {
                cols[j].r = role::blank;
                continue;
            }
            if (raw.starts_with('#')) {
                cols[j].r = role::ignored;
                continue;
            }
            const bool yuan = raw.ends_with("（元）") || raw.ends_with("(元)");
            const bool unit = yuan || raw.ends_with("（万元）") || raw.ends_with("(万元)");
            const auto d = std::find_if(defs.begin(), defs.end(), [&](const column_def& x) { return x.name == names[j]; });
            const column_def* def = nullptr;
            if (d != defs.end()) {
                const auto k = static_cast<std::size_t>(d - defs.begin());
                if (seen[k] != 0) {
                    cell_error_at(file, f, lead,
                                  "column 「" + names[j] + "」 is given twice (also in header cell " +
                                      std::to_string(seen[k]) + ")");
                    ok = false;
                    continue;
                }
                seen[k] = j + 1;
                def = &*d;
            } else if (kind == file_kind::cost_lines) {
                if (auto e = extra_quantity_column(names[j])) {
                    extra.push_back(*e);
                    def = &extra.back();
                }
            }
            if (def == nullptr) {
                cell_error_at(file, f, lead,
                              "unknown column 「" + std::string(raw) + "」 in a " + std::string(kind_name(kind)) +
                                  " file (a comment column starts with #)");
                ok = false;
                continue;
            }
            if (unit && !def->amount) {
                cell_error_at(file, f, lead, "column 「" + std::string(raw) + "」: only amount columns take a unit");
                ok = false;
                continue;
            }
            cols[j] = column{def->r, def->a, def->b, yuan, def->name};
            extra.clear();  // def may point into it; it is used only up to here
        }
        for (std::size_t k = 0; k < defs.size(); ++k) {
            if (defs[k].required && seen[k] == 0) {
                error_at_offset(file, header.begin,
                                "missing column 「" + defs[k].name + "」 in a " + std::string(kind_name(kind)) + " file");
                ok = false;
            }
        }
        return ok;
    }

    // Cell readers: each reports its own error and returns false.
    bool int_cell(const file_data& file, const csv_field& f, const column& col, int& out) {
        std::size_t lead = 0;
        const auto s = trim(f.value, lead);
        if (s.empty()) {
            cell_error_at(file, f, 0, col.name + " is empty");
            return false;
        }
        if (auto e = parse_int(s, out)) {
            cell_error_at(file, f, lead + e->offset, "bad " + col.name + " 「" + std::string(s) + "」: " + e->reason);
            return false;
        }
        return true;
    }
    bool amount_cell(const file_data& file, const csv_field& f, const column& col, std::optional<A>& out) {
        std::size_t lead = 0;
        const auto s = trim(f.value, lead);
        out.reset();
        if (s.empty()) return true;
        A v{};
        if (auto e = parse_amount(s, col.yuan, v)) {
            cell_error_at(file, f, lead + e->offset,
                          "bad amount in " + col.name + " 「" + std::string(s) + "」: " + e->reason);
            return false;
        }
        out = v;
        return true;
    }
    bool decimal_cell(const file_data& file, const csv_field& f, const column& col, std::optional<decimal>& out) {
        std::size_t lead = 0;
        const auto s = trim(f.value, lead);
        out.reset();
        if (s.empty()) return true;
        decimal v{};
        if (auto e = parse_decimal(s, v)) {
            cell_error_at(file, f, lead + e->offset,
                          "bad number in " + col.name + " 「" + std::string(s) + "」: " + e->reason);
            return false;
        }
        out = v;
        return true;
    }
    bool date_cell(const file_data& file, const csv_field& f, const column& col, std::chrono::year_month_day& out) {
        std::size_t lead = 0;
        const auto s = trim(f.value, lead);
        out = {};
        if (s.empty()) return true;
        if (auto e = parse_date(s, out)) {
            cell_error_at(file, f, lead + e->offset, "bad date in " + col.name + " 「" + std::string(s) + "」: " + e->reason);
            return false;
        }
        return true;
    }
    bool yes_no_cell(const file_data& file, const csv_field& f, const column& col, bool& out) {
        std::size_t lead = 0;
        const auto s = trim(f.value, lead);
        if (auto e = parse_yes_no(s, out)) {
            cell_error_at(file, f, lead, "bad " + col.name + " 「" + std::string(s) + "」: " + e->reason);
            return false;
        }
        return true;
    }
    bool blank_cell(const file_data& file, const csv_field& f) {
        if (f.value.empty()) return true;
        cell_error_at(file, f, 0, "a value in a column without a header");
        return false;
    }

    void read_project(const file_data& file, const csv_record& rec, const std::vector<column>& cols) {
        pending_project pp;
        pp.file = &file;
        pp.line = file.map.locate(rec.begin).line;
        project_type& p = pp.p;
        bool ok = true;
        for (std::size_t j = 0; j < cols.size(); ++j) {
            const column& col = cols[j];
            const csv_field& f = rec.fields[j];
            switch (col.r) {
                case role::seq: ok = int_cell(file, f, col, p.seq) && ok; break;
                case role::year: {
                    int y = 0;
                    if (!trim(f.value).empty()) ok = int_cell(file, f, col, y) && ok;
                    p.year = std::chrono::year{y};
                    break;
                }
                case role::name: p.name = f.value; break;
                case role::applicant: p.applicant = f.value; break;
                case role::implementer: p.implementer = f.value; break;
                case role::start: ok = date_cell(file, f, col, p.start) && ok; break;
                case role::end: ok = date_cell(file, f, col, p.end) && ok; break;
                case role::total: {
                    std::optional<A> v;
                    if (trim(f.value).empty()) {
                        cell_error_at(file, f, 0, col.name + " is empty (write 0 for no money)");
                        ok = false;
                    } else if (amount_cell(file, f, col, v)) {
                        p.funding[col.a].total = *v;
                    } else {
                        ok = false;
                    }
                    break;
                }
                case role::source: ok = amount_cell(file, f, col, p.funding[col.a].sources[col.b]) && ok; break;
                case role::goal: p.goal = f.value; break;
                case role::remarks: p.remarks = f.value; break;
                case role::blank: ok = blank_cell(file, f) && ok; break;
                default: break;
            }
        }
        if (ok) projects_.push_back(std::move(pp));
    }

    void read_indicator(const file_data& file, const csv_record& rec, const std::vector<column>& cols) {
        pending_indicator pi;
        bool ok = true;
        const csv_field* level1 = nullptr;
        const csv_field* level2 = nullptr;
        for (std::size_t j = 0; j < cols.size(); ++j) {
            const column& col = cols[j];
            const csv_field& f = rec.fields[j];
            switch (col.r) {
                case role::seq:
                    ok = int_cell(file, f, col, pi.seq) && ok;
                    pi.at = cell_at(file, f);
                    break;
                case role::level1: level1 = &f; break;
                case role::level2: level2 = &f; break;
                case role::level3: pi.ind.name = f.value; break;
                case role::value: {
                    const auto t = try_parse_target(f.value);
                    if (t.ok()) {
                        pi.ind.target = t.target;
                    } else {
                        cell_error_at(file, f, t.position, "bad 指标值 「" + f.value + "」: " + t.reason);
                        ok = false;
                    }
                    break;
                }
                case role::wording: pi.ind.wording = f.value; break;
                case role::core: ok = yes_no_cell(file, f, col, pi.ind.core) && ok; break;
                case role::weight: {
                    std::optional<decimal> w;
                    ok = decimal_cell(file, f, col, w) && ok;
                    pi.ind.weight = w.value_or(decimal{});
                    break;
                }
                case role::blank: ok = blank_cell(file, f) && ok; break;
                default: break;
            }
        }
        if (level2 != nullptr) {  // a required column: always there
            std::size_t lead1 = 0, lead2 = 0;
            const std::string_view l1 = level1 != nullptr ? trim(level1->value, lead1) : std::string_view{};
            const std::string_view l2 = trim(level2->value, lead2);
            bool known = false;
            if (l2.empty()) {
                cell_error_at(file, *level2, 0, "二级指标 is empty");
                ok = false;
            } else if (const auto c = resolve_category<F>(l1, l2, known)) {
                pi.ind.cat = *c;
            } else if (known) {
                cell_error_at(file, *level1, lead1,
                              "二级指标 「" + std::string(l2) + "」 is not under 一级指标 「" + std::string(l1) + "」");
                ok = false;
            } else {
                std::string labels;
                for (const auto& fc : F::categories) labels += (labels.empty() ? "" : ", ") + std::string(fc.label);
                cell_error_at(file, *level2, lead2,
                              "unknown 二级指标 「" + std::string(l2) + "」: not a category of the form (" + labels +
                                  ") nor an official one");
                ok = false;
            }
        }
        if (ok) indicators_.push_back(std::move(pi));
    }

    void read_cost_line(const file_data& file, const csv_record& rec, const std::vector<column>& cols) {
        pending_line pl;
        bool ok = true;
        struct slot {
            const csv_field* value = nullptr;
            const csv_field* unit = nullptr;
            std::optional<decimal> number;
            const column* value_col = nullptr;
        };
        std::vector<slot> slots;
        auto slot_for = [&](std::size_t k) -> slot& {
            if (slots.size() < k) slots.resize(k);
            return slots[k - 1];
        };
        for (std::size_t j = 0; j < cols.size(); ++j) {
            const column& col = cols[j];
            const csv_field& f = rec.fields[j];
            switch (col.r) {
                case role::seq:
                    ok = int_cell(file, f, col, pl.seq) && ok;
                    pl.at = cell_at(file, f);
                    break;
                case role::item: pl.line.item = f.value; break;
                case role::price: {
                    std::optional<A> v;
                    ok = amount_cell(file, f, col, v) && ok;
                    pl.line.unit_price = v.value_or(A{});
                    break;
                }
                case role::price_unit: pl.line.price_unit = f.value; break;
                case role::quantity:
                case role::quantity_unit: {
                    if (col.a > quantity_list::capacity) {
                        // 数量5 and beyond exist only to be refused when filled; the header may name any
                        // number (数量999999999), so they get no slot.
                        if (!trim(f.value).empty()) {
                            cell_error_at(file, f, 0, "a cost line has at most four quantities (数量1–数量4)");
                            ok = false;
                        }
                        break;
                    }
                    slot& s = slot_for(col.a);
                    if (col.r == role::quantity) {
                        s.value = &f;
                        s.value_col = &col;
                    } else {
                        s.unit = &f;
                    }
                    break;
                }
                case role::stated_total: ok = amount_cell(file, f, col, pl.line.stated_total) && ok; break;
                case role::line_text: pl.line.text = f.value; break;
                case role::truncated: ok = yes_no_cell(file, f, col, pl.line.truncated) && ok; break;
                case role::blank: ok = blank_cell(file, f) && ok; break;
                default: break;
            }
        }
        std::size_t first_gap = 0;  // the first 数量 number left empty
        for (std::size_t k = 1; k <= slots.size(); ++k) {
            slot& s = slots[k - 1];
            const bool has_value = s.value != nullptr && !trim(s.value->value).empty();
            const bool has_unit = s.unit != nullptr && !trim(s.unit->value).empty();
            const csv_field* any = has_value ? s.value : has_unit ? s.unit : nullptr;
            if (any == nullptr) {
                if (first_gap == 0) first_gap = k;
                continue;
            }
            if (!has_value) {
                cell_error_at(file, *s.unit, 0, "单位" + std::to_string(k) + " without 数量" + std::to_string(k));
                ok = false;
                continue;
            }
            if (first_gap != 0) {
                cell_error_at(file, *s.value, 0,
                              "数量" + std::to_string(k) + " follows an empty 数量" + std::to_string(first_gap) +
                                  " (fill the quantities from 数量1 without gaps)");
                ok = false;
                continue;
            }
            if (!decimal_cell(file, *s.value, *s.value_col, s.number)) {
                ok = false;
                continue;
            }
            pl.line.quantities.push_back(quantity(*s.number, s.unit != nullptr ? std::string_view(s.unit->value)
                                                                             : std::string_view{}));
        }
        if (ok) lines_.push_back(std::move(pl));
    }

    std::deque<file_data> files_;  // a deque: adding a file never moves the others (views point into them)
    std::vector<io_error> errors_;
    std::vector<pending_project> projects_;
    std::vector<pending_indicator> indicators_;
    std::vector<pending_line> lines_;
};

}  // namespace detail::io

/// Reads a table set from CSV texts (any number, any order; see the layout at the top of this header).
/// All or nothing: the result has every project or, if anything is wrong, only errors.
template <form F, class A = wan>
csv_result<F, A> read_csv(std::span<const csv_source> sources) {
    detail::io::csv_reader<F, A> reader;
    for (const auto& s : sources) reader.read(s);
    return reader.finish();
}

/// read_csv for a braced list of sources: read_csv<F>({{"projects.csv", text}, …}).
template <form F, class A = wan>
csv_result<F, A> read_csv(std::initializer_list<csv_source> sources) {
    return read_csv<F, A>(std::span<const csv_source>(sources.begin(), sources.size()));
}

namespace detail::io {
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

/// Reads a table set from CSV files; a file that cannot be read is an error (line and column 0).
template <form F, class A = wan>
csv_result<F, A> read_csv_files(std::span<const std::filesystem::path> paths) {
    std::vector<io_error> errors;
    std::deque<std::string> texts;
    std::vector<csv_source> sources;
    for (const auto& p : paths) {
        if (auto t = detail::io::read_file(p, errors)) {
            texts.push_back(std::move(*t));
            sources.push_back(csv_source{p.string(), texts.back()});
        }
    }
    csv_result<F, A> out = read_csv<F, A>(sources);
    if (!errors.empty()) {
        errors.insert(errors.end(), out.errors.begin(), out.errors.end());
        out.errors = std::move(errors);
        out.store = basic_project_store<F, A>{};
    }
    return out;
}

/// read_csv_files for a braced list of paths.
template <form F, class A = wan>
csv_result<F, A> read_csv_files(std::initializer_list<std::filesystem::path> paths) {
    return read_csv_files<F, A>(std::span<const std::filesystem::path>(paths.begin(), paths.size()));
}

/// The projects file of a table set: one row per project (see the layout at the top of this header).
template <project_range R>
std::string write_projects_csv(const R& projects, const csv_options& opt = {}) {
    using P = detail::range_project_t<R>;
    using F = typename P::form_type;
    std::string out(opt.bom ? detail::io::bom : std::string_view{});
    std::vector<std::string> cells;
    for (const auto& d : detail::io::column_defs<F>(detail::io::file_kind::projects)) cells.push_back(d.name);
    detail::io::put_record(out, cells, opt);
    for (const P& p : projects) {
        cells.clear();
        cells.push_back(std::to_string(p.seq));
        cells.push_back(static_cast<int>(p.year) == 0 ? std::string() : std::to_string(static_cast<int>(p.year)));
        cells.emplace_back(p.name);
        cells.emplace_back(p.applicant);
        cells.emplace_back(p.implementer);
        cells.push_back(detail::io::format_date(p.start, '/'));
        cells.push_back(detail::io::format_date(p.end, '/'));
        for (const auto& col : p.funding) {
            cells.push_back(to_string(col.total));
            for (const auto& s : col.sources) cells.push_back(s ? to_string(*s) : std::string());
        }
        cells.emplace_back(p.goal);
        cells.emplace_back(p.remarks);
        detail::io::put_record(out, cells, opt);
    }
    return out;
}

/// The indicators file of a table set: one row per indicator, in table order.
template <project_range R>
std::string write_indicators_csv(const R& projects, const csv_options& opt = {}) {
    using P = detail::range_project_t<R>;
    using F = typename P::form_type;
    std::string out(opt.bom ? detail::io::bom : std::string_view{});
    std::vector<std::string> cells;
    for (const auto& d : detail::io::column_defs<F>(detail::io::file_kind::indicators)) cells.push_back(d.name);
    detail::io::put_record(out, cells, opt);
    for (const P& p : projects) {
        for (const indicator& i : p.indicators) {
            cells.clear();
            cells.push_back(std::to_string(p.seq));
            cells.emplace_back(i.cat.level1.name);
            cells.emplace_back(detail::io::category_label<F>(i.cat));
            cells.emplace_back(i.name);
            cells.push_back(to_string(i.target));
            cells.emplace_back(i.wording);
            cells.emplace_back(i.core ? "是" : "否");
            cells.push_back(i.weight == decimal{} ? std::string() : detail::io::format_trimmed_decimal(i.weight));
            detail::io::put_record(out, cells, opt);
        }
    }
    return out;
}

/// The cost lines file of a table set: one row per line of each project's 测算依据.
template <project_range R>
std::string write_cost_lines_csv(const R& projects, const csv_options& opt = {}) {
    using P = detail::range_project_t<R>;
    using F = typename P::form_type;
    std::string out(opt.bom ? detail::io::bom : std::string_view{});
    std::vector<std::string> cells;
    for (const auto& d : detail::io::column_defs<F>(detail::io::file_kind::cost_lines)) cells.push_back(d.name);
    detail::io::put_record(out, cells, opt);
    for (const P& p : projects) {
        for (const auto& l : p.cost_basis) {
            cells.clear();
            cells.push_back(std::to_string(p.seq));
            cells.emplace_back(l.item);
            cells.push_back(to_string(l.unit_price));
            cells.emplace_back(l.price_unit);
            for (std::size_t k = 0; k < quantity_list::capacity; ++k) {
                if (k < l.quantities.size()) {
                    cells.push_back(detail::io::format_trimmed_decimal(l.quantities[k].value));
                    cells.emplace_back(l.quantities[k].unit);
                } else {
                    cells.emplace_back();
                    cells.emplace_back();
                }
            }
            cells.push_back(l.stated_total ? to_string(*l.stated_total) : std::string());
            cells.emplace_back(l.text);
            cells.emplace_back(l.truncated ? "是" : "否");
            detail::io::put_record(out, cells, opt);
        }
    }
    return out;
}

/// The three files of a table set.
template <project_range R>
csv_files write_csv(const R& projects, const csv_options& opt = {}) {
    return csv_files{write_projects_csv(projects, opt), write_indicators_csv(projects, opt),
                     write_cost_lines_csv(projects, opt)};
}

}  // namespace jixiao

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
// Text: UTF-8, with or without a byte order mark; records end with CRLF or LF (a final line may lack
// one); RFC 4180 quoting (a quoted field holds commas, line breaks and "" for a double quote). A double
// quote inside an unquoted field, or text after a closing quote, is an error.
//
// Errors name file, line and column: lines are the file's physical lines, from 1 (a line break inside a
// quoted field starts a new line); columns count Unicode characters from 1 (a byte order mark does not
// count). An error about a whole file (it cannot be read, or is empty) has line and column 0. At most
// max_errors_per_file errors are listed per file, the rest counted (read_result::unlisted_errors); cell
// text quoted in a message is escaped and cut short (shown). All or nothing: if there is any error the
// store is empty.
//
// Writing produces the three files with every column, amounts in 万元 with the amount type's digits,
// dates as YYYY/M/D, a byte order mark (so that spreadsheet programs see UTF-8) and CRLF (RFC 4180),
// both optional. Reading what was written gives the same projects, field by field.
#pragma once

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cstddef>
#include <deque>
#include <filesystem>
#include <initializer_list>
#include <iterator>
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

#include "../detail/utf8.hpp"
#include "../form.hpp"
#include "../funding.hpp"
#include "../indicator.hpp"
#include "../project.hpp"
#include "../project_store.hpp"
#include "../schema.hpp"
#include "../target.hpp"
#include "common.hpp"

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
                    error = cell_error{i,
                                       "text after the closing double quote of a field (write \"\" for a double "
                                       "quote inside a quoted field)"};
                    return records;
                }
            } else {
                while (i < n && !ends_field(text[i])) {
                    if (text[i] == '"') {
                        error = cell_error{i,
                                           "a double quote inside an unquoted field (quote the field and write "
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
// Columns, from the record schema.

/// Which part of a field a column holds.
enum class cell_part {
    value,    ///< the field's one cell
    total,    ///< a funding column's total
    source,   ///< a funding column's source row
    unit,     ///< a quantity's unit (单位N); its value is part value
    owner,    ///< a row's 序号: the table it belongs to
    ignored,  ///< a comment column (# header)
    blank,    ///< a column without a header: its cells must be empty
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

    void read(const csv_source& src) {
        file_data& file = files_.emplace_back(errors_, src.name);
        file.text = src.text;
        if (file.text.starts_with(bom)) file.text.remove_prefix(bom.size());
        file.map = text_map(file.text);
        if (file.text.empty()) {
            report_file(file, "the file is empty");
            return;
        }
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
            error_at_offset(file, 0, "the file has no header row");
            return;
        }
        const auto names = header_names(*header);
        std::size_t kind = kind_count;
        std::size_t markers = 0;
        for_each_kind([&]<class R>(std::size_t k, std::type_identity<R>) {
            if (std::find(names.begin(), names.end(), schema::record<R>::marker) != names.end()) {
                kind = k;
                ++markers;
            }
        });
        if (markers != 1) {
            std::string mixed, none;
            for_each_kind([&]<class R>(std::size_t k, std::type_identity<R>) {
                const std::string m(schema::record<R>::marker), n(schema::record<R>::kind_name);
                mixed += (k == 0 ? "" : ", ") + m + ": " + n;
                none += (k == 0 ? "" : k + 1 == kind_count ? " and " : ", ") + m + " (" + n + ")";
            });
            error_at_offset(file, header->begin,
                            markers != 0
                                ? "the header row mixes the columns of more than one kind of file (" + mixed + ")"
                                : "cannot tell the kind of file: the header row has none of " + none);
            return;
        }
        for_each_kind([&]<class R>(std::size_t k, std::type_identity<R>) {
            if (k == kind) read_rows<R>(file, *header, names, header + 1);
        });
    }

    csv_result<F, A> finish() {
        csv_result<F, A> out;
        if (errors_.empty()) {
            // Index the projects by 序号 once: a scan of every project per indicator row is quadratic
            // (10^11 comparisons for 100,000 tables with ten indicators each).
            std::vector<std::pair<int, const pending_project*>> by_seq;
            by_seq.reserve(projects_.size());
            for (const auto& p : projects_) by_seq.emplace_back(p.p.seq, &p);
            std::stable_sort(by_seq.begin(), by_seq.end(),
                             [](const auto& a, const auto& b) { return a.first < b.first; });
            auto owner = [&](int seq, const where& w) -> const pending_project* {
                const auto range = std::equal_range(by_seq.begin(), by_seq.end(),
                                                    std::pair<int, const pending_project*>{seq, nullptr},
                                                    [](const auto& a, const auto& b) { return a.first < b.first; });
                const auto n = static_cast<std::size_t>(range.second - range.first);
                if (n == 1) return range.first->second;
                if (!w.file->sink.listing()) {
                    w.file->sink.count();  // the message would not be listed: do not build it
                } else if (n == 0) {
                    report(w, "序号 " + std::to_string(seq) + " names no table in any projects file");
                } else {
                    // The first few places only: 10,000 tables sharing a 序号 would make every row's
                    // message list 10,000 places.
                    std::string places;
                    std::size_t listed = 0;
                    for (auto it = range.first; it != range.second && listed < max_places_per_error; ++it, ++listed) {
                        places += places.empty() ? "" : ", ";
                        places += it->second->file->name + ":" + std::to_string(it->second->line);
                    }
                    if (listed < n) places += " and " + std::to_string(n - listed) + " more";
                    report(w, "序号 " + std::to_string(seq) + " names " + std::to_string(n) + " tables (" + places +
                                  "); the row cannot tell which");
                }
                return nullptr;
            };
            // Each project's rows of each kind, in file order.
            typename row_lists<row_kinds>::type grouped;
            std::apply(
                [&](auto&... lists) {
                    ((lists.resize(projects_.size()),
                      [&] {
                          using R = typename std::remove_cvref_t<decltype(lists)>::value_type::value_type;
                          for (const auto& r : std::get<std::vector<pending_row<R>>>(rows_)) {
                              if (const auto* p = owner(r.seq, r.at)) {
                                  lists[static_cast<std::size_t>(p - projects_.data())].push_back(r.row);
                              }
                          }
                      }()),
                     ...);
                },
                grouped);
            if (errors_.empty()) {
                for (std::size_t k = 0; k < projects_.size(); ++k) {
                    project_type p = projects_[k].p;
                    schema::for_each_field<project_type>([&](const auto& f) {
                        using field = std::remove_cvref_t<decltype(f)>;
                        if constexpr (field::kind == schema::value_kind::rows) {
                            using R = schema::row_type_t<field>;
                            const auto& list = std::get<std::vector<std::vector<R>>>(grouped)[k];
                            f.of(p) = typename field::value_type(std::span<const R>(list));
                        }
                    });
                    out.store.add(p);
                }
            }
        }
        for (auto& f : files_) {
            const std::size_t more = f.sink.close();
            out.unlisted_errors += more;
            out.unlisted_notes += more > 0 ? 1 : 0;
        }
        out.errors = std::move(errors_);
        if (!out.errors.empty()) out.store = basic_project_store<F, A>{};
        return out;
    }

private:
    struct file_data {
        explicit file_data(std::vector<io_error>& errors, std::string file)
            : name(file), sink(errors, std::move(file)) {}
        std::string name;
        std::string_view text;
        text_map map;
        std::vector<csv_record> records;  // never changed once split: views into its values stay valid
        mutable error_sink sink;          // this file's errors: the first max_errors_per_file listed
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
    template <class R>
    struct pending_row {
        int seq = 0;  // the owner column
        R row;
        where at;
    };
    template <class Rows>
    struct row_lists;
    template <class... R>
    struct row_lists<std::tuple<R...>> {
        using pending = std::tuple<std::vector<pending_row<R>>...>;
        using type = std::tuple<std::vector<std::vector<R>>...>;
    };
    /// The cells of one row that a field reads together once the row is read.
    struct row_cells {
        const csv_field* level1 = nullptr;
        const csv_field* level2 = nullptr;
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
    io_error at(const where& w, std::string reason) const {
        const auto loc = w.file->map.locate(w.offset);
        return io_error{w.file->name, loc.line, loc.column, std::move(reason)};
    }
    /// Lists an error at a place, or only counts it once its file has max_errors_per_file.
    void report(const where& w, std::string reason) {
        if (w.file->sink.listing()) {
            w.file->sink.add(at(w, std::move(reason)));
        } else {
            w.file->sink.count();
        }
    }
    /// An error about a whole file (line and column 0).
    void report_file(const file_data& file, std::string reason) {
        file.sink.add(io_error{file.name, 0, 0, std::move(reason)});
    }
    void error_at_offset(const file_data& file, std::size_t offset, std::string reason) {
        report(where{&file, offset}, std::move(reason));
    }
    /// The place of byte k of a cell's value.
    static where cell_at(const file_data& file, const csv_field& f, std::size_t k = 0) {
        return where{&file, source_offset(file.text, f, k)};
    }
    void cell_error_at(const file_data& file, const csv_field& f, std::size_t k, std::string reason) {
        if (!file.sink.listing()) {
            file.sink.count();  // not listed: skip finding its place
            return;
        }
        report(cell_at(file, f, k), std::move(reason));
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
    void read_rows(const file_data& file, const csv_record& header, const std::vector<std::string>& names,
                   std::vector<csv_record>::const_iterator first) {
        std::vector<column> cols;
        if (!read_header<R>(file, header, names, cols)) return;
        for (auto it = first; it != file.records.end(); ++it) {
            if (it->blank()) continue;
            if (it->fields.size() != cols.size()) {
                error_at_offset(file, it->begin,
                                "the row has " + std::to_string(it->fields.size()) + " cells but the header has " +
                                    std::to_string(cols.size()));
                continue;
            }
            if constexpr (std::is_same_v<R, project_type>) {
                pending_project pp;
                pp.file = &file;
                pp.line = file.map.locate(it->begin).line;
                if (read_record(file, *it, cols, pp.p, nullptr)) projects_.push_back(std::move(pp));
            } else {
                pending_row<R> pr;
                if (read_record(file, *it, cols, pr.row, &pr)) {
                    std::get<std::vector<pending_row<R>>>(rows_).push_back(std::move(pr));
                }
            }
        }
    }

    template <class R>
    bool read_header(const file_data& file, const csv_record& header, const std::vector<std::string>& names,
                     std::vector<column>& cols) {
        constexpr std::string_view kind_name = schema::record<R>::kind_name;
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
                                  "column 「" + names[j] + "」 is given twice (also in header cell " +
                                      std::to_string(seen[k]) + ")");
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
                              "unknown column 「" + shown(raw) + "」 in a " + std::string(kind_name) +
                                  " file (a comment column starts with #)");
                ok = false;
                continue;
            }
            if (unit && !def->amount) {
                cell_error_at(file, f, lead, "column 「" + shown(raw) + "」: only amount columns take a unit");
                ok = false;
                continue;
            }
            cols[j] = column{def->part, def->field, def->index, def->row, yuan, names[j]};
        }
        for (std::size_t k = 0; k < defs.size(); ++k) {
            if (defs[k].required && seen[k] == 0) {
                error_at_offset(file, header.begin,
                                "missing column 「" + defs[k].header + "」 in a " + std::string(kind_name) + " file");
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
            cell_error_at(file, f, lead + e->offset, "bad " + col.name + " 「" + shown(s) + "」: " + e->reason);
            return false;
        }
        return true;
    }
    /// An amount or a decimal; blank is std::nullopt.
    template <class T>
    bool number_cell(const file_data& file, const csv_field& f, const column& col, std::optional<T>& out) {
        std::size_t lead = 0;
        const auto s = trim(f.value, lead);
        out.reset();
        if (s.empty()) return true;
        T v{};
        constexpr bool is_decimal = std::is_same_v<T, decimal>;
        std::optional<cell_error> e;
        if constexpr (is_decimal) {
            e = parse_decimal(s, v);
        } else {
            e = parse_amount(s, col.yuan, v);
        }
        if (e) {
            cell_error_at(file, f, lead + e->offset,
                          std::string(is_decimal ? "bad number in " : "bad amount in ") + col.name + " 「" + shown(s) +
                              "」: " + e->reason);
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
            cell_error_at(file, f, lead + e->offset, "bad date in " + col.name + " 「" + shown(s) + "」: " + e->reason);
            return false;
        }
        return true;
    }
    bool yes_no_cell(const file_data& file, const csv_field& f, const column& col, bool& out) {
        std::size_t lead = 0;
        const auto s = trim(f.value, lead);
        if (auto e = parse_yes_no(s, out)) {
            cell_error_at(file, f, lead, "bad " + col.name + " 「" + shown(s) + "」: " + e->reason);
            return false;
        }
        return true;
    }
    bool blank_cell(const file_data& file, const csv_field& f) {
        if (f.value.empty()) return true;
        cell_error_at(file, f, 0, "a value in a column without a header");
        return false;
    }

    /// Reads one row into a record, field by field as the columns say; `owner` gets a row's 序号.
    template <class R, class Owner>
    bool read_record(const file_data& file, const csv_record& rec, const std::vector<column>& cols, R& r, Owner owner) {
        bool ok = true;
        row_cells cells;
        for (std::size_t j = 0; j < cols.size(); ++j) {
            const column& col = cols[j];
            const csv_field& f = rec.fields[j];
            switch (col.part) {
                case cell_part::blank: ok = blank_cell(file, f) && ok; continue;
                case cell_part::ignored: continue;
                case cell_part::owner:
                    if constexpr (!std::is_same_v<Owner, std::nullptr_t>) {
                        ok = int_cell(file, f, col, owner->seq) && ok;
                        owner->at = cell_at(file, f);
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
            } else if constexpr (field::kind == schema::value_kind::quantities) {
                ok = read_quantities(file, cells, fd.of(r), fd.name) && ok;
            }
        });
        return ok;
    }

    /// Reads one cell of a field by the field's kind of value.
    template <class T, class Field>
    bool read_cell(const file_data& file, const csv_field& f, const column& col, T& v, const Field&, row_cells& cells) {
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
                cell_error_at(file, f, lead + e->offset, "bad " + col.name + " 「" + shown(s) + "」: " + e->reason);
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
            const auto t = try_parse_target(f.value);
            if (t.ok() && target_problem(t.target).ok()) {  // parse_target meets the rule; checked all the same
                v = t.target;
                return true;
            }
            if (t.ok()) {
                cell_error_at(file, f, 0,
                              "bad " + col.name + " 「" + shown(f.value) + "」: " + target_problem(t.target).reason);
                return false;
            }
            cell_error_at(file, f, t.position, "bad " + col.name + " 「" + shown(f.value) + "」: " + t.reason);
            return false;
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
                cell_error_at(file, f, 0, col.name + " is empty (write 0 for no money)");
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
                cell_error_at(file, f, 0, "a cost line has at most four quantities (数量1–数量4)");
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

    /// The category of a row from its 一级指标 and 二级指标 cells.
    bool read_category(const file_data& file, const row_cells& cells, category& out) {
        if (cells.level2 == nullptr) return true;  // a required column: always there
        std::size_t lead1 = 0, lead2 = 0;
        const std::string_view l1 = cells.level1 != nullptr ? trim(cells.level1->value, lead1) : std::string_view{};
        const std::string_view l2 = trim(cells.level2->value, lead2);
        bool known = false;
        if (l2.empty()) {
            cell_error_at(file, *cells.level2, 0, "二级指标 is empty");
            return false;
        }
        if (const auto c = resolve_category<F>(l1, l2, known)) {
            out = *c;
            return true;
        }
        if (known) {
            cell_error_at(file, *cells.level1, lead1,
                          "二级指标 「" + shown(l2) + "」 is not under 一级指标 「" + shown(l1) + "」");
            return false;
        }
        std::string labels;
        for (const auto& fc : F::categories) labels += (labels.empty() ? "" : ", ") + std::string(fc.label);
        cell_error_at(
            file, *cells.level2, lead2,
            "unknown 二级指标 「" + shown(l2) + "」: not a category of the form (" + labels + ") nor an official one");
        return false;
    }

    /// The quantities of a row from its 数量N / 单位N cells: filled from 数量1 without gaps.
    bool read_quantities(const file_data& file, row_cells& cells, quantity_list& out, const schema::names& name) {
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
                cell_error_at(file, *s.unit, 0,
                              unit_header + std::to_string(k) + " without " + value_header + std::to_string(k));
                ok = false;
                continue;
            }
            if (first_gap != 0) {
                cell_error_at(file, *s.value, 0,
                              value_header + std::to_string(k) + " follows an empty " + value_header +
                                  std::to_string(first_gap) + " (fill the quantities from " + value_header +
                                  "1 without gaps)");
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

    std::deque<file_data> files_;  // a deque: adding a file never moves the others (views point into them)
    std::vector<io_error> errors_;
    std::vector<pending_project> projects_;
    typename row_lists<row_kinds>::pending rows_;
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
    for (const auto& d : column_defs<R, F>()) cells.push_back(d.header);
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

// jixiao — a table set as an .xlsx workbook, read in either of the two layouts offices use, and written.
// Optional: needs the CMake target jixiao::xlsx (Debian libzip-dev, libexpat1-dev, libxlsxwriter-dev); the core
// library stays header-only and dependency-free.
//
//   read_xlsx_file<F>(path)  → read_result (store + errors, like read_csv_files)
//   read_xlsx<F>(bytes, name), read_xlsx<F>(workbook)
//   write_xlsx(store, path, options), write_xlsx_bytes(store, options)  (xlsx_write.hpp)
//
// Layouts (xlsx_options::layout; automatic by default):
//   flat  each sheet is read like one CSV file of the table-set layout (csv.hpp): its header row (the first row
//         with 项目名称, 三级指标 or 单价; title rows above it are left out) tells its kind. Numbers are Excel's
//         decimal (xlsx_workbook.hpp), dates 2020/1/1, booleans TRUE/FALSE; a cell holding an error (#N/A) is an
//         error. A flat workbook gives the same tables as its sheets saved as CSV, with the exact numbers.
//   form  one sheet per table, laid out as the printed form (xlsx_form.hpp), and an optional 目录 sheet.
//   automatic: the form layout if any sheet has a 绩效指标 or 项目资金情况 label, else flat; a workbook with sheets
//         of both is an error naming one of each.
// Empty sheets are skipped in both layouts; hidden sheets are read unless xlsx_options::hidden_sheets is false.
// Errors name the workbook, the sheet and the cell: book.xlsx[序号3]!B7: reason.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "../form.hpp"
#include "../project_store.hpp"
#include "../schema.hpp"
#include "common.hpp"
#include "csv.hpp"
#include "xlsx_form.hpp"
#include "xlsx_workbook.hpp"
#include "xlsx_write.hpp"

namespace jixiao {

/// Which layout a workbook has.
enum class xlsx_layout {
    automatic,  ///< the form layout if a sheet has a 绩效指标 or 项目资金情况 label, else flat
    flat,       ///< each sheet a CSV file of the table-set layout
    form,       ///< one sheet per table as the printed form, and an optional 目录
};

/// How a workbook is read.
struct xlsx_options {
    xlsx_layout layout = xlsx_layout::automatic;
    bool hidden_sheets = true;  ///< read hidden (and very hidden) sheets too
    xlsx::limits limits{};
};

/// The projects read from a workbook, or the errors that stopped it (then the store is empty).
template <form F, class A = wan>
using xlsx_result = read_result<F, A>;

namespace xlsx::detail {

/// Whether a sheet holds any cell with a value.
inline bool has_values(const sheet& s) {
    return std::any_of(s.cells.begin(), s.cells.end(), [](const cell& c) { return !c.value.empty(); });
}

/// One sheet as CSV text, with where each field came from.
struct flat_text {
    std::string text;
    std::vector<std::size_t> field_begin;  // byte offset of each field
    std::vector<std::uint32_t> field_row, field_column;
};

template <form F, class A>
bool is_marker(std::string_view h) {
    h = jixiao::detail::io::trim(h);
    bool found = false;
    auto check = [&](std::string_view m) {
        if (h == m ||
            (h.starts_with(m) && (h.substr(m.size()).starts_with("（") || h.substr(m.size()).starts_with("("))))
            found = true;
    };
    check(schema::record<basic_project<F, A>>::marker);
    check(schema::record<indicator>::marker);
    check(schema::record<cost_line<A>>::marker);
    return found;
}

/// The sheet as one CSV file: from its header row (the first row with a kind's marker; title rows above it are
/// left out) to its last row, every row as wide as the sheet. Errors for cells that hold no CSV value.
template <form F, class A>
bool flatten(const workbook& book, const sheet& s, const limits& lim, flat_text& out, std::vector<io_error>& errors) {
    std::uint32_t header = 0;
    for (const auto& c : s.cells) {
        if (c.kind == cell_kind::text && is_marker<F, A>(c.value)) {
            header = c.row;
            break;
        }
    }
    if (header == 0) header = s.cells.empty() ? 1 : s.cells.front().row;
    // Every row as wide as the sheet, as a spreadsheet program saves CSV: a cell at XFD1 and one at A1048576
    // would make 17 billion fields, so the area counts against limits::max_cells.
    const std::uint64_t area = std::uint64_t(s.last_row - header + 1) * s.last_column;
    if (area > lim.max_cells) {
        const std::string rows = std::to_string(s.last_row - header + 1), cols = std::to_string(s.last_column),
                          most = std::to_string(lim.max_cells);
        errors.push_back(io_error::make(
            where(book.file, s.name), 0, 0,
            {"工作表有 " + rows + " 行 " + cols + " 列，超过 " + most + " 个单元格（limits::max_cells），拒绝读取",
             "the sheet spans " + rows + " rows and " + cols + " columns, more than " + most +
                 " cells (limits::max_cells)"}));
        return false;
    }
    const std::size_t before = errors.size();
    // The rows above the header (titles) as blank lines, which the CSV reader skips: a line of the CSV text is then
    // the sheet's row of the same number, also where a message names a line (序号 7 names 2 tables (…:2, …:4)).
    out.text.append(header - 1, '\n');
    auto it = std::lower_bound(s.cells.begin(), s.cells.end(), header,
                               [](const cell& c, std::uint32_t r) { return c.row < r; });
    for (std::uint32_t r = header; r <= s.last_row; ++r) {
        for (std::uint32_t col = 1; col <= s.last_column; ++col) {
            if (col > 1) out.text += ',';
            out.field_begin.push_back(out.text.size());
            out.field_row.push_back(r);
            out.field_column.push_back(col);
            if (it == s.cells.end() || it->row != r || it->column != col) continue;
            const cell& c = *it++;
            std::string v;
            if (c.kind == cell_kind::error) {
                errors.push_back(cell_error_at(book.file, s.name, r, col,
                                               {"单元格的值是错误 " + std::string(c.value) + "（请先改正公式或数据）",
                                                "the cell holds the error " + std::string(c.value)}));
            } else if (c.kind == cell_kind::date) {
                const auto d = cell_date(c, book.date1904);
                if (!d.ok()) {
                    errors.push_back(
                        cell_error_at(book.file, s.name, r, col, {"日期有误：" + d.error_zh, "bad date: " + d.error}));
                }
                v = d.ok() ? format_date_value(d) : std::string();
            } else if (c.kind == cell_kind::number) {
                v = display_number(c.value, c.percent);  // 0.95 with a 0% format is 95%, as the sheet shows it
            } else {
                v = std::string(c.value);
            }
            if (v.find_first_of(",\"\r\n") == std::string::npos) {
                out.text += v;
            } else {
                out.text += '"';
                for (char ch : v) {
                    if (ch == '"') out.text += '"';
                    out.text += ch;
                }
                out.text += '"';
            }
            if (out.text.size() > lim.max_total_size) {
                const std::string most = std::to_string(lim.max_total_size);
                errors.push_back(io_error::make(
                    where(book.file, s.name), 0, 0,
                    {"工作表单元格的文字超过 " + most + " 字节（limits::max_total_size），拒绝读取",
                     "the sheet's cells hold more than " + most + " bytes of text (limits::max_total_size)"}));
                return false;
            }
            if (errors.size() - before >= max_errors_per_file) return false;
        }
        out.text += '\n';
    }
    return errors.size() == before;
}

/// The cell a CSV error's line and column (Unicode characters from 1) point at.
inline bool locate(const flat_text& f, std::size_t line, std::size_t column, std::uint32_t& row, std::uint32_t& col) {
    if (line == 0 || f.field_begin.empty()) return false;
    std::size_t offset = 0, l = 1;
    for (std::size_t i = 0; i < f.text.size() && l < line; ++i) {
        if (f.text[i] == '\n' || (f.text[i] == '\r' && (i + 1 == f.text.size() || f.text[i + 1] != '\n'))) {
            ++l;
            offset = i + 1;
        }
    }
    for (std::size_t k = 1; k < column && offset < f.text.size(); ++k) {
        const auto b = static_cast<unsigned char>(f.text[offset]);
        offset += b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
    }
    const auto at = std::upper_bound(f.field_begin.begin(), f.field_begin.end(), offset);
    const auto k = static_cast<std::size_t>(at - f.field_begin.begin()) - (at == f.field_begin.begin() ? 0 : 1);
    row = f.field_row[k];
    col = f.field_column[k];
    return true;
}

/// Reads the flat layout of one or more workbooks through the CSV reader (their sheets together are one table
/// set, as CSV files are), each error moved to the workbook, sheet and cell it came from. The origins name
/// book.xlsx[sheet] and the sheet's row (a line of the sheet's CSV text is the sheet's row of that number).
template <form F, class A, class Include>
read_result<F, A> read_flat(std::span<const workbook* const> books, const limits& lim, Include include) {
    read_result<F, A> out;
    std::vector<flat_text> texts;
    std::vector<std::string> names;  // each sheet as file[sheet], the name its CSV text is read under
    for (const workbook* book : books) {
        for (const auto& s : book->sheets) {
            if (!include(s) || !has_values(s)) continue;
            flat_text f;
            if (!flatten<F, A>(*book, s, lim, f, out.errors)) continue;
            texts.push_back(std::move(f));
            names.push_back(where(book->file, s.name));
        }
    }
    if (!out.errors.empty()) return out;
    std::vector<csv_source> sources;
    for (std::size_t k = 0; k < texts.size(); ++k) sources.push_back(csv_source{names[k], texts[k].text});
    auto r = read_csv<F, A>(sources);
    // A line of a sheet's CSV text is its row only until a cell holds a line break (a quoted field over several
    // lines): each origin goes back to the row of the field its line starts in, as errors do.
    if (r.ok()) {
        table_origins rows;
        auto row_of = [&](const row_origin& o) {
            const auto k = static_cast<std::size_t>(std::find(names.begin(), names.end(), o.file) - names.begin());
            std::uint32_t row = 0, col = 0;
            if (k < names.size() && locate(texts[k], o.line, 1, row, col)) return row_origin{o.file, row};
            return o;
        };
        for (std::size_t t = 0; t < r.origins.size(); ++t) {
            const table_origin o = r.origins[t];
            std::vector<row_origin> ind, cost;
            for (const auto& x : o.indicators) ind.push_back(row_of(x));
            for (const auto& x : o.cost_lines) cost.push_back(row_of(x));
            rows.add(table_origin{row_of(o.table), ind, cost});
        }
        r.origins = std::move(rows);
    }
    for (auto& e : r.errors) {
        const auto k = static_cast<std::size_t>(std::find(names.begin(), names.end(), e.file) - names.begin());
        std::uint32_t row = 0, col = 0;
        if (k < names.size() && locate(texts[k], e.line, e.column, row, col)) {
            e = io_error{names[k] + "!" + cell_name(row, col), 0, 0, std::move(e.reason), std::move(e.reason_zh)};
        } else {
            e = io_error{k < names.size() ? names[k] : e.file, 0, 0, std::move(e.reason), std::move(e.reason_zh)};
        }
    }
    return r;
}

/// Which layout the sheets of these workbooks have; an error if they mix both.
template <class Include>
std::optional<io_error> detect_layout(std::span<const workbook* const> books, Include include, xlsx_layout& layout) {
    const sheet* form_sheet = nullptr;
    const sheet* flat_sheet = nullptr;
    const workbook* form_book = nullptr;
    const workbook* flat_book = nullptr;
    for (const workbook* book : books) {
        for (const auto& s : book->sheets) {
            if (!include(s) || is_contents_sheet(s)) continue;
            if (is_form_sheet(s)) {
                if (form_sheet == nullptr) form_sheet = &s, form_book = book;
            } else if (flat_sheet == nullptr) {
                flat_sheet = &s, flat_book = book;
            }
        }
    }
    if (form_sheet != nullptr && flat_sheet != nullptr) {
        const std::string form_where = form_book == flat_book ? "sheet 「" + form_sheet->name + "」"
                                                              : where(form_book->file, form_sheet->name);
        const std::string form_where_zh = form_book == flat_book ? "工作表「" + form_sheet->name + "」" : form_where;
        return io_error::make(
            where(flat_book->file, flat_sheet->name), 0, 0,
            {"工作簿混用了表样格式（" + form_where_zh + "）和平铺格式（本工作表）：一套表请只用一种格式",
             "the workbook mixes the 表样 layout (" + form_where +
                 ") and the flat layout (this sheet): keep one layout per table set"});
    }
    layout = form_sheet != nullptr ? xlsx_layout::form : xlsx_layout::flat;
    return std::nullopt;
}

/// Reads open workbooks as one table set.
template <form F, class A>
read_result<F, A> read_books(std::span<const workbook* const> books, const xlsx_options& opt) {
    auto include = [&](const sheet& s) {
        return (opt.hidden_sheets || s.state == sheet_state::visible) && has_values(s);
    };
    xlsx_layout layout = opt.layout;
    if (layout == xlsx_layout::automatic) {
        if (auto e = detect_layout(books, include, layout)) return read_result<F, A>{{}, {std::move(*e)}};
    }
    if (layout == xlsx_layout::flat) return read_flat<F, A>(books, opt.limits, include);
    read_result<F, A> out;
    for (const workbook* book : books) {
        auto r = read_form_sheets<F, A>(*book, include);
        out.errors.insert(out.errors.end(), r.errors.begin(), r.errors.end());
        out.unlisted_errors += r.unlisted_errors;
        out.unlisted_notes += r.unlisted_notes;
        for (const auto& p : r.store) out.store.add(p);
        out.origins.append(r.origins);
    }
    if (!out.errors.empty()) {
        out.store = basic_project_store<F, A>{};
        out.origins.clear();
    }
    return out;
}

}  // namespace xlsx::detail

/// Reads a table set from an open workbook (see the layouts at the top of this header).
template <form F, class A = wan>
xlsx_result<F, A> read_xlsx(const xlsx::workbook& book, const xlsx_options& opt = {}) {
    const xlsx::workbook* books[] = {&book};
    return xlsx::detail::read_books<F, A>(books, opt);
}

/// Reads a table set from the bytes of an .xlsx file; `name` names it in errors.
template <form F, class A = wan>
xlsx_result<F, A> read_xlsx(std::string_view bytes, std::string name, const xlsx_options& opt = {}) {
    auto wb = xlsx::read_workbook(bytes, std::move(name), opt.limits);
    if (!wb.ok()) return xlsx_result<F, A>{{}, std::move(wb.errors)};
    return read_xlsx<F, A>(*wb.book, opt);
}

/// Reads a table set from several .xlsx files: their sheets together, as the CSV files of a set are (a flat
/// workbook per kind of row, say, as a spreadsheet program saves each CSV file). All or nothing.
template <form F, class A = wan>
xlsx_result<F, A> read_xlsx_files(std::span<const std::filesystem::path> paths, const xlsx_options& opt = {}) {
    std::vector<xlsx::workbook> books;
    xlsx_result<F, A> out;
    for (const auto& p : paths) {
        auto wb = xlsx::read_workbook_file(p, opt.limits);
        if (!wb.ok()) {
            out.errors.insert(out.errors.end(), wb.errors.begin(), wb.errors.end());
        } else {
            books.push_back(std::move(*wb.book));
        }
    }
    if (!out.errors.empty()) return out;
    std::vector<const xlsx::workbook*> ptrs;
    for (const auto& b : books) ptrs.push_back(&b);
    return xlsx::detail::read_books<F, A>(ptrs, opt);
}

/// read_xlsx_files for a braced list of paths.
template <form F, class A = wan>
xlsx_result<F, A> read_xlsx_files(std::initializer_list<std::filesystem::path> paths, const xlsx_options& opt = {}) {
    return read_xlsx_files<F, A>(std::span<const std::filesystem::path>(paths.begin(), paths.size()), opt);
}

/// Reads a table set from an .xlsx file.
template <form F, class A = wan>
xlsx_result<F, A> read_xlsx_file(const std::filesystem::path& path, const xlsx_options& opt = {}) {
    auto wb = xlsx::read_workbook_file(path, opt.limits);
    if (!wb.ok()) return xlsx_result<F, A>{{}, std::move(wb.errors)};
    return read_xlsx<F, A>(*wb.book, opt);
}

}  // namespace jixiao

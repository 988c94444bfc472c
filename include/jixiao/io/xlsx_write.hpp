// jixiao — writing a table set as an .xlsx workbook (libxlsxwriter), in the flat layout or as one 表样 sheet per
// table with a 目录. Optional: needs jixiao::xlsx. Reading what was written (read_xlsx_file) gives the same
// tables, field by field.
//
// flat  sheets 项目, 指标, 测算依据 with the CSV layout's header rows and columns (csv.hpp's writers decide the
//       cells); amounts are numbers with the amount type's decimals as their format (0.0000), 序号, 年度, 数量
//       and 权重 numbers, dates date cells (yyyy/m/d), the rest text.
// form  a 目录 (序号, 项目名称) and a sheet per table named 序号N, laid out as the printed form with merged labels and
//       borders: title and (2020年度), 序号 and 单位：万元, 项目名称, 项目申报单位, 项目实施单位, 项目起止时间, the
//       funding block, 项目绩效目标, the 绩效指标 block with the columns 一级指标, 二级指标, 三级指标, 指标值, 原文,
//       核心指标, 权重 (一级 and 二级 merged down over their rows; every category of the form has its row, as printed,
//       when the indicators come in the form's order), 其他说明的问题, and 测算依据 below the form when there are cost
//       lines.
// A number cell holds a binary double: an amount or a quantity with more than 15 significant digits, which no
// spreadsheet number holds exactly, is written as text instead (the readers take both), and so is a date that is
// no calendar day (2020/2/30, kept for validate()) or lies before 1900.
#pragma once

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include <xlsxwriter.h>

#include "../form.hpp"
#include "../project.hpp"
#include "../schema.hpp"
#include "common.hpp"
#include "csv.hpp"
#include "error.hpp"
#include "xlsx_workbook.hpp"

namespace jixiao {

/// Which layout write_xlsx writes.
enum class xlsx_write_layout {
    flat,  ///< sheets 项目, 指标, 测算依据, as the CSV layout's files
    form,  ///< a 目录 and one 表样 sheet per table
};

/// How write_xlsx writes.
struct xlsx_write_options {
    xlsx_write_layout layout = xlsx_write_layout::flat;
};

namespace xlsx::detail {

/// The fields of one CSV record (RFC 4180, as csv.hpp writes it: no BOM, LF).
inline std::vector<std::vector<std::string>> split_csv(std::string_view text) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false, in_quotes = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_quotes) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                in_quotes = false;
            } else {
                field += c;
            }
        } else if (c == '"' && field.empty() && !quoted) {
            in_quotes = quoted = true;
        } else if (c == ',') {
            row.push_back(std::move(field));
            field.clear();
            quoted = false;
        } else if (c == '\n') {
            row.push_back(std::move(field));
            field.clear();
            quoted = false;
            rows.push_back(std::move(row));
            row.clear();
        } else {
            field += c;
        }
    }
    if (!field.empty() || !row.empty()) {
        row.push_back(std::move(field));
        rows.push_back(std::move(row));
    }
    return rows;
}

/// A decimal's text as a double if it has no more than 15 significant digits (from its first to its last non-zero
/// digit), which the double gives back by Excel's rule; else std::nullopt (the cell is then written as text).
inline std::optional<double> exact_double(std::string_view s) {
    std::string digits;
    for (std::size_t i = s.starts_with('-') ? 1 : 0; i < s.size(); ++i) {
        if (s[i] == '.') continue;
        if (s[i] < '0' || s[i] > '9') return std::nullopt;
        digits += s[i];
    }
    const std::size_t b = digits.find_first_not_of('0');
    const std::size_t e = digits.find_last_not_of('0');
    if (digits.empty() || (b != std::string::npos && e - b + 1 > 15)) return std::nullopt;
    double d = 0;
    const auto r = std::from_chars(s.data(), s.data() + s.size(), d);
    if (r.ec != std::errc{} || r.ptr != s.data() + s.size()) return std::nullopt;
    return d;
}

/// A libxlsxwriter workbook being written; the first failure is kept, with the sheet and cell.
class xlsx_writer {
public:
    explicit xlsx_writer(const std::filesystem::path& path) : file_(path.string()) {
        book_ = workbook_new(file_.c_str());
        if (book_ == nullptr) {
            fail(file_, {"无法创建工作簿", "cannot create the workbook"});
            return;
        }
        text_ = format({.wrap = true});
        amount_ = format({.num = "0.0000"});
        number_ = format({});
        date_ = format({.num = "yyyy/m/d"});
        title_ = format({.bold = true, .center = true, .border = false});
        head_ = format({.wrap = true, .bold = true, .center = true});
        plain_ = format({.border = false});
    }
    ~xlsx_writer() {
        if (book_ != nullptr) workbook_close(book_);  // only when close() was not reached (an exception)
    }
    xlsx_writer(const xlsx_writer&) = delete;
    xlsx_writer& operator=(const xlsx_writer&) = delete;

    struct format_spec {
        const char* num = nullptr;
        bool wrap = false, bold = false, center = false, border = true;
    };
    lxw_format* format(const format_spec& s) {
        lxw_format* f = workbook_add_format(book_);
        if (s.num != nullptr) format_set_num_format(f, s.num);
        if (s.wrap) format_set_text_wrap(f);
        if (s.bold) format_set_bold(f);
        if (s.center) format_set_align(f, LXW_ALIGN_CENTER);
        format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
        if (s.border) format_set_border(f, LXW_BORDER_THIN);
        return f;
    }

    lxw_worksheet* sheet(const std::string& name) {
        if (!ok()) return nullptr;
        sheet_name_ = name;
        lxw_worksheet* ws = workbook_add_worksheet(book_, name.c_str());
        if (ws == nullptr) fail(xlsx::where(file_, name), {"无法添加工作表", "cannot add the sheet"});
        return ws;
    }

    [[nodiscard]] bool ok() const noexcept { return !error_.has_value(); }

    void check(lxw_error e, std::uint32_t row, std::uint16_t col) {
        if (e != LXW_NO_ERROR && ok()) {
            fail(xlsx::where(file_, sheet_name_, row + 1, static_cast<std::uint32_t>(col) + 1), lxw_reason(e));
        }
    }
    void text(lxw_worksheet* ws, std::uint32_t r, std::uint16_t c, std::string_view s, lxw_format* f = nullptr) {
        if (!ok()) return;
        if (s.empty()) {
            check(worksheet_write_blank(ws, r, c, f != nullptr ? f : text_), r, c);
            return;
        }
        const std::string z(s);
        check(worksheet_write_string(ws, r, c, z.c_str(), f != nullptr ? f : text_), r, c);
    }
    /// A decimal as a number (the format's decimals), or as text if a double cannot hold it.
    void number(lxw_worksheet* ws, std::uint32_t r, std::uint16_t c, std::string_view s, lxw_format* f) {
        if (!ok()) return;
        if (s.empty()) {
            check(worksheet_write_blank(ws, r, c, f), r, c);
        } else if (const auto d = exact_double(s)) {
            check(worksheet_write_number(ws, r, c, *d, f), r, c);
        } else {
            text(ws, r, c, s);
        }
    }
    void amount(lxw_worksheet* ws, std::uint32_t r, std::uint16_t c, std::string_view s) {
        number(ws, r, c, s, amount_);
    }
    void plain_number(lxw_worksheet* ws, std::uint32_t r, std::uint16_t c, std::string_view s) {
        number(ws, r, c, s, number_);
    }
    /// A date as a date cell, or as text if it is no calendar day from 1900 on.
    void date(lxw_worksheet* ws, std::uint32_t r, std::uint16_t c, const std::chrono::year_month_day& d) {
        if (!ok()) return;
        if (jixiao::detail::io::blank_date(d)) {
            check(worksheet_write_blank(ws, r, c, date_), r, c);
        } else if (d.ok() && static_cast<int>(d.year()) >= 1900) {
            lxw_datetime dt{static_cast<int>(d.year()),
                            static_cast<int>(static_cast<unsigned>(d.month())),
                            static_cast<int>(static_cast<unsigned>(d.day())),
                            0,
                            0,
                            0.0};
            check(worksheet_write_datetime(ws, r, c, &dt, date_), r, c);
        } else {
            text(ws, r, c, jixiao::detail::io::format_date(d, '/'));
        }
    }
    void merge(lxw_worksheet* ws, std::uint32_t r1, std::uint16_t c1, std::uint32_t r2, std::uint16_t c2,
               lxw_format* f = nullptr) {
        if (!ok() || (r1 == r2 && c1 == c2)) return;
        check(worksheet_merge_range(ws, r1, c1, r2, c2, "", f != nullptr ? f : text_), r1, c1);
    }

    /// Closes the workbook; the first error, if any.
    std::optional<io_error> close() {
        if (book_ != nullptr) {
            const lxw_error e = workbook_close(book_);
            book_ = nullptr;
            if (e != LXW_NO_ERROR && ok())
                fail(file_, io_text{"写工作簿时出错：", "cannot write the workbook: "} + lxw_reason(e));
        }
        return error_;
    }

    lxw_format *text_ = nullptr, *amount_ = nullptr, *number_ = nullptr, *date_ = nullptr, *title_ = nullptr,
               *plain_ = nullptr, *head_ = nullptr;

private:
    void fail(std::string where, io_text reason) {
        if (!error_) error_ = io_error::make(std::move(where), 0, 0, std::move(reason));
    }
    /// libxlsxwriter's reason in both languages: its English message, and Chinese for what a user can act on.
    static io_text lxw_reason(lxw_error e) {
        const std::string en = lxw_strerror(e);
        const char* zh = nullptr;
        switch (e) {
            case LXW_ERROR_MEMORY_MALLOC_FAILED: zh = "内存不足"; break;
            case LXW_ERROR_CREATING_XLSX_FILE: zh = "无法创建 .xlsx 文件（请检查路径和写入权限）"; break;
            case LXW_ERROR_CREATING_TMPFILE:
            case LXW_ERROR_READING_TMPFILE: zh = "无法使用临时文件（请检查临时文件夹的空间和权限）"; break;
            case LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED: zh = "文字超过 Excel 单元格上限（32767 个字符）"; break;
            case LXW_ERROR_SHEETNAME_LENGTH_EXCEEDED: zh = "工作表名称超过 31 个字符"; break;
            case LXW_ERROR_INVALID_SHEETNAME_CHARACTER: zh = "工作表名称含有不允许的字符（[ ] : * ? / \\）"; break;
            case LXW_ERROR_SHEETNAME_ALREADY_USED: zh = "工作表名称重复"; break;
            case LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE: zh = "超出工作表的行列范围"; break;
            default: break;
        }
        return {zh != nullptr ? std::string(zh) : "libxlsxwriter 报错（" + en + "）", en};
    }
    std::string file_;
    lxw_workbook* book_ = nullptr;
    std::string sheet_name_;
    std::optional<io_error> error_;
};

/// One flat sheet from a CSV text written by csv.hpp: a number, date or text cell by the column's header.
template <form F>
void write_flat_sheet(xlsx_writer& w, const std::string& name, const std::string& csv) {
    lxw_worksheet* ws = w.sheet(name);
    if (ws == nullptr) return;
    const auto rows = split_csv(csv);
    if (rows.empty()) return;
    const auto& header = rows[0];
    std::vector<char> kind(header.size(), 't');  // a amount, n number, d date, t text
    for (std::size_t c = 0; c < header.size(); ++c) {
        const std::string& h = header[c];
        bool amount = h == "单价" || h == "合计";
        for (std::size_t k = 0; k < F::columns.size(); ++k) {
            amount = amount || h == schema::funding_total_header<F>(k);
            for (std::size_t r = 0; r < F::funding_rows.size(); ++r)
                amount = amount || h == schema::funding_source_header<F>(k, r);
        }
        if (amount) {
            kind[c] = 'a';
        } else if (h == "序号" || h == "年度" || h == "权重" || (h.starts_with("数量") && h.size() > 6)) {
            kind[c] = 'n';
        } else if (h == "开始时间" || h == "截止时间") {
            kind[c] = 'd';
        }
        worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), kind[c] == 't' ? 24 : 14,
                             nullptr);
    }
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const auto row = static_cast<std::uint32_t>(r);
        for (std::size_t c = 0; c < rows[r].size(); ++c) {
            const auto col = static_cast<std::uint16_t>(c);
            const std::string& v = rows[r][c];
            if (r == 0 || kind[c] == 't') {
                w.text(ws, row, col, v, r == 0 ? w.title_ : w.plain_);
            } else if (kind[c] == 'a') {
                w.amount(ws, row, col, v);
            } else if (kind[c] == 'n') {
                w.plain_number(ws, row, col, v);
            } else {
                std::chrono::year_month_day d{};
                if (v.empty() || jixiao::detail::io::parse_date(v, d)) {
                    w.text(ws, row, col, v, w.plain_);
                } else {
                    w.date(ws, row, col, d);
                }
            }
        }
    }
}

/// How many lines a text takes in a cell `width` characters wide (a CJK character counts two), for a row height
/// that shows it all: libxlsxwriter cannot measure text, and a spreadsheet program fits rows only when it edits them.
inline std::size_t lines_for(std::string_view s, double width) {
    std::size_t lines = 1;
    double used = 0;
    for (std::size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        const std::size_t n = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
        i += n;
        if (b == '\n') {
            ++lines;
            used = 0;
            continue;
        }
        const double w = n >= 3 ? 2.0 : 1.0;
        if (used + w > width) {
            ++lines;
            used = 0;
        }
        used += w;
    }
    return lines;
}

/// Sets a row's height to show the longest of its texts (each with the width of its cell or merged range).
inline void fit_row(lxw_worksheet* ws, std::uint32_t row,
                    std::initializer_list<std::pair<std::string_view, double>> texts) {
    std::size_t lines = 1;
    for (const auto& [t, w] : texts) lines = std::max(lines, lines_for(t, w));
    if (lines > 1) worksheet_set_row(ws, row, std::min(409.0, 15.0 * static_cast<double>(lines)), nullptr);
}

template <form F>
std::string_view category_label(const category& c) {
    if (const auto* fc = find_category<F>(c)) return fc->label;
    return c.name;
}

/// One 表样 sheet, columns A–H as the printed form has them.
template <class P>
void write_form_sheet(xlsx_writer& w, lxw_worksheet* ws, const P& p) {
    using F = typename P::form_type;
    using A = typename P::amount_type;
    constexpr std::uint16_t last = 7;  // H
    // Printed as the form is: A4 landscape, one page wide.
    worksheet_set_paper(ws, 9);
    worksheet_set_landscape(ws);
    worksheet_fit_to_pages(ws, 1, 0);
    worksheet_set_column(ws, 0, 0, 14, nullptr);
    worksheet_set_column(ws, 1, 2, 16, nullptr);
    worksheet_set_column(ws, 3, 3, 22, nullptr);
    worksheet_set_column(ws, 4, 4, 14, nullptr);
    worksheet_set_column(ws, 5, 5, 40, nullptr);
    worksheet_set_column(ws, 6, 7, 10, nullptr);
    std::uint32_t r = 0;
    w.merge(ws, r, 0, r, last, w.title_);
    w.text(ws, r++, 0, "项目支出绩效目标表", w.title_);
    if (static_cast<int>(p.year) != 0) {
        w.merge(ws, r, 0, r, last, w.title_);
        w.text(ws, r++, 0, "（" + std::to_string(static_cast<int>(p.year)) + "年度）", w.title_);
    }
    w.text(ws, r, 0, "序号：" + std::to_string(p.seq), w.plain_);
    w.merge(ws, r, 6, r, last, w.plain_);
    w.text(ws, r++, 6, "单位：" + std::string(F::unit_label), w.plain_);
    auto label_row = [&](std::string_view label, std::string_view value) {
        fit_row(ws, r, {{value, 110.0}});
        w.merge(ws, r, 0, r, 1);
        w.text(ws, r, 0, label);
        w.merge(ws, r, 2, r, last);
        w.text(ws, r++, 2, value);
    };
    label_row("项目名称", p.name);
    label_row("项目申报单位", p.applicant);
    label_row("项目实施单位", p.implementer);
    w.merge(ws, r, 0, r, 1);
    w.text(ws, r, 0, "项目起止时间");
    w.text(ws, r, 2, "开始时间");
    w.merge(ws, r, 3, r, 4, w.date_);
    w.date(ws, r, 3, p.start);
    w.text(ws, r, 5, "截止时间");
    w.merge(ws, r, 6, r, last, w.date_);
    w.date(ws, r++, 6, p.end);
    // The funding block: a header row of the columns, then the total and the source rows.
    const std::uint32_t block = r;
    w.merge(ws, r, 0, r + static_cast<std::uint32_t>(F::funding_rows.size()) + 1, 1);
    w.text(ws, r, 0, "项目资金情况");
    w.merge(ws, r, 2, r, 3);
    w.text(ws, r, 2, "");
    for (std::size_t k = 0; k < F::columns.size(); ++k) {
        const auto c = static_cast<std::uint16_t>(4 + 2 * k);
        w.merge(ws, r, c, r, static_cast<std::uint16_t>(c + 1));
        w.text(ws, r, c, F::columns[k]);
    }
    ++r;
    for (std::size_t row = 0; row <= F::funding_rows.size(); ++row, ++r) {
        w.merge(ws, r, 2, r, 3);
        w.text(ws, r, 2,
               row == 0 ? std::string("项目资金总额")
                        : (row == 1 ? "其中：" : "") + std::string(F::funding_rows[row - 1]));
        for (std::size_t k = 0; k < F::columns.size(); ++k) {
            const auto c = static_cast<std::uint16_t>(4 + 2 * k);
            w.merge(ws, r, c, r, static_cast<std::uint16_t>(c + 1), w.amount_);
            const auto& col = p.funding[k];
            const std::optional<A> v = row == 0 ? std::optional<A>(col.total) : col.sources[row - 1];
            w.amount(ws, r, c, v ? to_string(*v) : std::string());
        }
    }
    (void)block;
    label_row("项目绩效目标", p.goal);
    // 绩效指标: a header row, then one row per indicator (the form's every category, as printed, when the
    // indicators come in the form's order; else in their own order), 一级 and 二级 merged down their runs.
    struct row_of {
        category cat;
        const indicator* ind = nullptr;
    };
    std::vector<row_of> rows;
    std::size_t at = 0;
    bool in_form_order = true;
    for (const auto& i : p.indicators) {
        const form_category* fc = find_category<F>(i.cat);
        if (fc == nullptr) {
            in_form_order = false;
            break;
        }
        const auto k = static_cast<std::size_t>(fc - F::categories.data());
        if (k < at) {
            in_form_order = false;
            break;
        }
        at = k;
    }
    if (in_form_order) {
        for (const auto& fc : F::categories) {
            bool any = false;
            for (const auto& i : p.indicators) {
                if (i.cat == fc.cat) {
                    rows.push_back({fc.cat, &i});
                    any = true;
                }
            }
            if (!any) rows.push_back({fc.cat, nullptr});
        }
    } else {
        for (const auto& i : p.indicators) rows.push_back({i.cat, &i});
    }
    const std::uint32_t first = r;
    const std::array<std::string_view, 7> heads{"一级指标", "二级指标", "三级指标", "指标值",
                                                "原文",     "核心指标", "权重"};
    for (std::size_t k = 0; k < heads.size(); ++k) w.text(ws, r, static_cast<std::uint16_t>(1 + k), heads[k], w.head_);
    ++r;
    for (std::size_t k = 0; k < rows.size(); ++k, ++r) {
        const auto& x = rows[k];
        const bool new1 = k == 0 || !(rows[k - 1].cat.level1 == x.cat.level1);
        const bool new2 = k == 0 || !(rows[k - 1].cat == x.cat);
        if (new1) {
            std::size_t e = k;
            while (e + 1 < rows.size() && rows[e + 1].cat.level1 == x.cat.level1) ++e;
            w.merge(ws, r, 1, r + static_cast<std::uint32_t>(e - k), 1);
            w.text(ws, r, 1, x.cat.level1.name);
        }
        if (new2) {
            std::size_t e = k;
            while (e + 1 < rows.size() && rows[e + 1].cat == x.cat) ++e;
            w.merge(ws, r, 2, r + static_cast<std::uint32_t>(e - k), 2);
            w.text(ws, r, 2, category_label<F>(x.cat));
        }
        if (x.ind == nullptr) {
            for (std::uint16_t c = 3; c <= last; ++c) w.text(ws, r, c, "");
            continue;
        }
        fit_row(ws, r, {{x.ind->name, 21.0}, {x.ind->wording, 39.0}});
        w.text(ws, r, 3, x.ind->name);
        w.text(ws, r, 4, to_string(x.ind->target));
        w.text(ws, r, 5, x.ind->wording);
        w.text(ws, r, 6, x.ind->core ? "是" : "否");
        w.plain_number(
            ws, r, 7,
            x.ind->weight == decimal{} ? std::string() : jixiao::detail::io::format_trimmed_decimal(x.ind->weight));
    }
    w.merge(ws, first, 0, r - 1, 0);
    w.text(ws, first, 0, "绩效指标");
    label_row("其他说明的问题", p.remarks);
    if (p.cost_basis.empty()) return;
    // 测算依据: jixiao's addition below the form, the CSV layout's cost-line columns.
    r += 1;
    w.text(ws, r++, 0, "测算依据", w.title_);
    const std::string csv = write_cost_lines_csv(std::span<const P>(&p, 1), csv_options{false, false});
    const auto lines = split_csv(csv);
    for (std::size_t k = 0; k < lines.size(); ++k, ++r) {
        for (std::size_t c = 1; c < lines[k].size(); ++c) {  // without the 序号 column
            const auto col = static_cast<std::uint16_t>(c - 1);
            const std::string& h = lines[0][c];
            const std::string& v = lines[k][c];
            if (k == 0) {
                w.text(ws, r, col, v, w.head_);
            } else if (h == "单价" || h == "合计") {
                w.amount(ws, r, col, v);
            } else if (h.starts_with("数量")) {
                w.plain_number(ws, r, col, v);
            } else {
                w.text(ws, r, col, v);
            }
        }
    }
}

}  // namespace xlsx::detail

/// Writes a table set as an .xlsx workbook (see the layouts at the top of this header); the first problem, if any
/// (the file cannot be written, a text longer than a cell holds), naming the workbook, sheet and cell.
template <project_range R>
std::optional<io_error> write_xlsx(const R& projects, const std::filesystem::path& path,
                                   const xlsx_write_options& opt = {}) {
    using P = jixiao::detail::range_project_t<R>;
    using F = typename P::form_type;
    xlsx::detail::xlsx_writer w(path);
    if (!w.ok()) return w.close();
    if (opt.layout == xlsx_write_layout::flat) {
        const csv_options plain{false, false};
        xlsx::detail::write_flat_sheet<F>(w, "项目", write_projects_csv(projects, plain));
        xlsx::detail::write_flat_sheet<F>(w, "指标", write_indicators_csv(projects, plain));
        xlsx::detail::write_flat_sheet<F>(w, "测算依据", write_cost_lines_csv(projects, plain));
        return w.close();
    }
    lxw_worksheet* toc = w.sheet("目录");
    if (toc == nullptr) return w.close();
    w.text(toc, 0, 0, "目录", w.title_);
    w.text(toc, 1, 0, "序号", w.title_);
    w.text(toc, 1, 1, "项目名称", w.title_);
    worksheet_set_column(toc, 1, 1, 48, nullptr);
    std::uint32_t row = 2;
    std::vector<std::string> names;
    for (const P& p : projects) {
        w.plain_number(toc, row, 0, std::to_string(p.seq));
        w.text(toc, row++, 1, p.name);
        std::string name = "序号" + std::to_string(p.seq);
        for (int k = 2; std::find(names.begin(), names.end(), name) != names.end(); ++k) {
            name = "序号" + std::to_string(p.seq) + " (" + std::to_string(k) + ")";  // a 序号 used twice
        }
        names.push_back(name);
        lxw_worksheet* ws = w.sheet(name);
        if (ws == nullptr) break;
        xlsx::detail::write_form_sheet(w, ws, p);
    }
    return w.close();
}

}  // namespace jixiao

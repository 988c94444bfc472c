// jixiao — the 表样 layout of a workbook: one sheet per table laid out as the printed form (the 2020 Beijing
// district form of the seed), read by finding its labels, not by fixed cell addresses, so that an inserted
// row or a moved column still reads. Optional: needs jixiao::xlsx. Used through read_xlsx (xlsx.hpp).
//
// A sheet of the layout has, anywhere on it, each label in a cell of its own (spaces and line breaks inside a
// label, and a colon after it, do not count: 以前年度项目资\n金 is 以前年度项目资金):
//   序号：N (or 序号 with N in the next cell), 单位：万元 (or 元; without it, 万元), the title with (2020年度)
//   for the budget year (optional), then each label with its value in the cell to its right (after the
//   label's merged range): 项目名称, 项目申报单位, 项目实施单位, 项目绩效目标, 其他说明的问题;
//   项目起止时间 with 开始时间 and 截止时间 in its row, each followed by its date (a date cell, or text
//   YYYY/M/D or YYYY-MM-DD);
//   the funding block: a row with the form's column labels (以前年度项目资金, 本年度项目资金), below it the row
//   项目资金总额 and the source rows (其中：区财政拨款, 市财政拨款, 自筹资金), each amount in its column (a number
//   or text, in the sheet's 单位; a blank total is an error, a blank source cell is blank);
//   the block 绩效指标 (to the row before 其他说明的问题): a row per 二级 label (the form's, 产出数量指标, or the
//   official name), the 一级 label (产出指标) left of it as the printed form merges it (optional; it must match),
//   and the indicator text right of it. As printed, a 二级 row holds one text: one indicator with no 三级 name,
//   the text as 原文 and as its target when the whole text is one (95%以上, 无), qualitative otherwise (the
//   number stays in 原文; validate() flags a qualitative target where the form wants a quantity). A row of
//   column headers in the block (三级指标, 指标值, and optionally 一级指标, 二级指标, 原文, 核心指标, 权重, as in
//   the CSV layout) makes each row one indicator with those cells instead, under a 二级 label merged down
//   over its rows; jixiao writes this form.
//   测算依据 (optional, jixiao's own addition below the form): the label, a header row of the CSV layout's cost
//   line columns (项目, 单价, 单价单位, 数量1, 单位1, … 数量4, 单位4, 合计, 原文, 截断) and a row per line up to a
//   blank row.
// A sheet named 目录 (or whose first cell is 目录), the list of projects, is skipped.
#pragma once

#include <algorithm>
#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "../form.hpp"
#include "../funding.hpp"
#include "../indicator.hpp"
#include "../project.hpp"
#include "../project_store.hpp"
#include "../target.hpp"
#include "common.hpp"
#include "xlsx_workbook.hpp"

namespace jixiao::xlsx {

/// A label as a form prints it, for comparing: without spaces, line breaks, U+3000 and a trailing colon.
inline std::string normalize_label(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const char c = s[i];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            ++i;
        } else if (s.substr(i).starts_with("\u3000")) {
            i += 3;
        } else {
            out += c;
            ++i;
        }
    }
    for (std::string_view colon : {"：", ":"}) {
        if (out.ends_with(colon)) out.resize(out.size() - colon.size());
    }
    return out;
}

/// A cell's value as text: text as written, numbers as Excel's decimal (a percentage format's as 95%), dates as
/// 2020/1/1, TRUE/FALSE, error codes.
inline std::string cell_text(const cell* c, bool date1904) {
    if (c == nullptr) return {};
    if (c->kind == cell_kind::date) {
        const auto d = cell_date(*c, date1904);
        return d.ok() ? format_date_value(d) : std::string(c->value);
    }
    if (c->kind == cell_kind::number) return display_number(c->value, c->percent);
    return std::string(c->value);
}

/// Whether a sheet is the 目录 (table of contents) of a 表样 workbook: named 目录, or 目录 is its first cell.
inline bool is_contents_sheet(const sheet& s) {
    if (normalize_label(s.name) == "目录") return true;
    for (const auto& c : s.cells) {
        if (!c.value.empty()) return normalize_label(c.value) == "目录";
    }
    return false;
}

/// Whether a sheet is laid out as the printed form: it has a 绩效指标 or a 项目资金情况 label, and the first row
/// with 项目名称, 三级指标 or 单价 in a cell of its own is no header row of the flat layout (it has fewer than three
/// cells: the form's 项目名称 and its value).
inline bool is_form_sheet(const sheet& s) {
    std::uint32_t marker_row = 0;
    bool label = false;
    for (const auto& c : s.cells) {
        if (c.covered() || c.kind != cell_kind::text) continue;
        const auto n = normalize_label(c.value);
        if (n == "绩效指标" || n == "项目资金情况") label = true;
        if (marker_row == 0 && (n == "项目名称" || n == "三级指标" || n == "单价")) marker_row = c.row;
    }
    if (!label) return false;
    if (marker_row == 0) return true;
    std::size_t cells = 0;
    for (const auto& c : s.row(marker_row)) cells += !c.covered() && !c.value.empty() ? 1U : 0U;
    return cells < 3;
}

namespace detail {

using jixiao::detail::io::bad_value;
using jixiao::detail::io::target_reason;

/// The category a 二级 label names: the form's label, the official name, or an official category's 一级 stem and
/// name (产出 + 数量指标), as forms print them.
template <form F>
std::optional<category> category_of_label(std::string_view label) {
    for (const auto& fc : F::categories) {
        if (fc.label == label) return fc.cat;
    }
    for (const auto& fc : F::categories) {
        if (fc.cat.name == label) return fc.cat;
    }
    for (const auto& c : categories::official) {
        if (c.name == label) return c;
    }
    for (const auto& c : categories::official) {
        std::string_view stem = c.level1.name;
        if (stem.ends_with("指标")) stem.remove_suffix(std::string_view("指标").size());
        if (label.size() == stem.size() + c.name.size() && label.starts_with(stem) && label.ends_with(c.name)) return c;
    }
    return std::nullopt;
}

/// Reads one 表样 sheet into a project; collects errors naming the sheet's cells.
template <form F, class A>
class form_sheet_reader {
public:
    form_sheet_reader(const workbook& book, const sheet& s, std::vector<io_error>& errors)
        : book_(book), sheet_(s), errors_(errors) {}

    using project_type = basic_project<F, A>;

    /// Reads the sheet and adds its table to the store and its origin (the sheet, the row of 项目名称, of each
    /// indicator and of each cost line) to `origins`; false (with errors) if it does not match the form.
    bool read(basic_project_store<F, A>& store, table_origins& origins) {
        const std::size_t before = errors_.size();
        project_type p;
        // The labels in the form's order, each looked for below the one before (so that a value that reads like
        // a later label, a goal of 绩效指标, is never taken for it).
        read_header(p);
        p.name = text_right_of_required("项目名称");
        p.applicant = text_right_of_required("项目申报单位");
        p.implementer = text_right_of_required("项目实施单位");
        read_period(p);
        read_funding(p);
        p.goal = text_right_of("项目绩效目标");
        read_indicators();
        p.remarks = text_right_of("其他说明的问题");
        read_cost_lines();
        if (errors_.size() != before) return false;
        p.indicators = indicators_;
        p.cost_basis = cost_lines_;
        store.add(p);
        const std::string file = where(book_.file, sheet_.name);
        std::vector<row_origin> indicator_rows, cost_line_rows;
        for (std::uint32_t r : indicator_rows_) indicator_rows.push_back(row_origin{file, r});
        for (std::uint32_t r : cost_line_rows_) cost_line_rows.push_back(row_origin{file, r});
        const cell* name = find_label("项目名称");
        origins.add(table_origin{row_origin{file, name != nullptr ? name->row : 0}, indicator_rows, cost_line_rows});
        return true;
    }

private:
    // ---- cells and labels
    void error_at(std::uint32_t r, std::uint32_t c, io_text reason) {
        if (const cell* x = sheet_.find(r, c); x != nullptr && x->covered()) {
            r = x->anchor_row;
            c = x->anchor_column;
        }
        errors_.push_back(cell_error_at(book_.file, sheet_.name, r, c, std::move(reason)));
    }
    void error_sheet(io_text reason) {
        errors_.push_back(io_error::make(where(book_.file, sheet_.name), 0, 0, std::move(reason)));
    }
    /// Keeps a text for the project's views; past 64 MiB of them on one sheet (a hostile sheet's one huge shared
    /// string in a million cells), an error instead.
    std::string_view keep(std::string s) {
        kept_ += s.size();
        if (kept_ > max_kept) {
            if (!over_budget_)
                error_sheet({"这张工作表的文字合计超过 64 MiB，拒绝读取",
                             "the sheet's texts add up to more than 64 MiB; refused"});
            over_budget_ = true;
            return {};
        }
        return strings_.emplace_back(std::move(s));
    }
    [[nodiscard]] std::string text_at(std::uint32_t r, std::uint32_t c) const {
        return cell_text(sheet_.find(r, c), book_.date1904);
    }
    /// The first cell (not covered by another's merge) whose label is `label`, in rows [from, to].
    [[nodiscard]] const cell* find_label(std::string_view label, std::uint32_t from = 1,
                                         std::uint32_t to = max_row) const {
        for (const auto& c : sheet_.cells) {
            if (c.row < from || c.row > to || c.covered() || c.kind != cell_kind::text) continue;
            if (normalize_label(c.value) == label) return &c;
        }
        return nullptr;
    }
    /// The column just right of a cell's merged range.
    [[nodiscard]] std::uint32_t right_of(const cell& c) const {
        const cell_range* m = sheet_.merge_at(c.row, c.column);
        return (m != nullptr ? m->last_column : c.column) + 1;
    }
    /// The value of a label: the first cell right of it (after its merged range) that is not blank, unless that
    /// is another label of the form (then the value is blank).
    [[nodiscard]] std::uint32_t value_column(const cell& label) const {
        const std::uint32_t from = right_of(label);
        for (const cell& cx : sheet_.row(label.row)) {
            const cell* x = &cx;
            const std::uint32_t c = x->column;
            if (c < from || jixiao::detail::io::trim(x->value).empty()) continue;
            if (x->kind == cell_kind::text) {
                const std::string n = normalize_label(x->value);
                for (std::string_view l : {"开始时间", "截止时间", "项目名称", "项目申报单位", "项目实施单位",
                                           "项目起止时间", "项目绩效目标", "其他说明的问题", "单位：万元", "单位"}) {
                    if (n == l) return right_of(label);
                }
            }
            return c;
        }
        return right_of(label);
    }
    /// The next label of the form: below the one found before.
    const cell* next_label(std::string_view label) {
        const cell* c = find_label(label, next_row_);
        if (c != nullptr) next_row_ = c->row + 1;
        return c;
    }
    [[nodiscard]] std::string after() const {
        return next_row_ > 1 ? " below row " + std::to_string(next_row_ - 1) : std::string();
    }
    /// 「no 「label」 label below row N: the sheet is not laid out as the form F」 in both languages; `below` is what
    /// after() said before the label was looked for.
    [[nodiscard]] static io_text no_label(std::string_view label, const std::string& below) {
        constexpr std::string_view row = " below row ";
        const std::string below_zh = below.starts_with(row) ? "第 " + below.substr(row.size()) + " 行以下"
                                                            : std::string();
        return {
            below_zh + "找不到「" + std::string(label) + "」：这张工作表不是按表样 " + std::string(F::name) + " 排的",
            "no 「" + std::string(label) + "」 label" + below + ": the sheet is not laid out as the form " +
                std::string(F::name)};
    }
    std::string_view text_right_of(std::string_view label) {
        const cell* c = next_label(label);
        if (c == nullptr) return {};
        return keep(text_at(c->row, value_column(*c)));
    }
    std::string_view text_right_of_required(std::string_view label) {
        const std::string below = after();
        const cell* c = next_label(label);
        if (c == nullptr) {
            error_sheet(no_label(label, below));
            return {};
        }
        return keep(text_at(c->row, value_column(*c)));
    }

    // ---- 序号, 单位, 年度
    void read_header(project_type& p) {
        // 序号, 单位 and the title are above 项目名称 (a 单位1 column of 测算依据 is not the 单位 line).
        const cell* name = find_label("项目名称");
        const std::uint32_t above = name != nullptr ? name->row : max_row;
        const cell* seq = nullptr;
        for (const auto& c : sheet_.cells) {
            if (c.row >= above) break;
            if (!c.covered() && c.kind == cell_kind::text && normalize_label(c.value).starts_with("序号")) {
                seq = &c;
                break;
            }
        }
        if (seq == nullptr) {
            error_sheet(no_label("序号", std::string()));
        } else {
            std::string n = normalize_label(seq->value).substr(std::string_view("序号").size());
            for (std::string_view colon : {"：", ":"}) {
                if (n.starts_with(colon)) n.erase(0, colon.size());
            }
            std::uint32_t r = seq->row, col = seq->column;
            if (n.empty()) {
                col = value_column(*seq);
                n = jixiao::detail::io::trim(text_at(r, col));
            }
            if (auto e = jixiao::detail::io::parse_int(n, p.seq)) {
                error_at(r, col, bad_value("bad ", "序号", n, e->reason));
            }
        }
        for (const auto& c : sheet_.cells) {
            if (c.row >= above) break;
            if (c.covered() || c.kind != cell_kind::text) continue;
            std::string n = normalize_label(c.value);
            if (!n.starts_with("单位")) continue;
            n.erase(0, std::string_view("单位").size());
            for (std::string_view colon : {"：", ":"}) {
                if (n.starts_with(colon)) n.erase(0, colon.size());
            }
            std::uint32_t col = c.column;
            if (n.empty()) {
                col = right_of(c);
                n = normalize_label(text_at(c.row, col));
            }
            if (n == "元") {
                yuan_ = true;
            } else if (n != "万元") {
                error_at(c.row, col,
                         {"单位「" + jixiao::detail::io::shown(n) + "」不对：表样的金额单位应为 万元 或 元",
                          "unit 「" + jixiao::detail::io::shown(n) + "」: the form's amounts are in 万元 or 元"});
            }
            break;
        }
        // The budget year: …(2020年度) in the title above 项目名称.
        for (const auto& c : sheet_.cells) {
            if (name != nullptr && c.row >= name->row) break;
            if (c.covered() || c.kind != cell_kind::text) continue;
            const std::string n = normalize_label(c.value);
            const std::size_t at = n.find("年度");
            if (at == std::string::npos || at < 4) continue;
            const std::string digits = n.substr(at - 4, 4);
            if (digits.find_first_not_of("0123456789") != std::string::npos) continue;
            if (at >= 5 && n[at - 5] >= '0' && n[at - 5] <= '9') continue;
            std::chrono::year y{0};
            if (auto e = jixiao::detail::io::parse_year(digits, y)) {
                error_at(c.row, c.column,
                         {"年度「" + digits + "」：" + e->reason.zh, "bad year 「" + digits + "」: " + e->reason.en});
            } else {
                p.year = y;
            }
            break;
        }
    }

    // ---- 项目起止时间
    void read_period(project_type& p) {
        const std::string below = after();
        const cell* label = next_label("项目起止时间");
        if (label == nullptr) {
            error_sheet(no_label("项目起止时间", below));
            return;
        }
        read_date_after(label->row, "开始时间", p.start);
        read_date_after(label->row, "截止时间", p.end);
    }
    void read_date_after(std::uint32_t row, std::string_view label, std::chrono::year_month_day& out) {
        const cell* l = find_label(label, row, row);
        if (l == nullptr) {
            error_sheet({"项目起止时间那一行（第 " + std::to_string(row) + " 行）找不到「" + std::string(label) + "」",
                         "no 「" + std::string(label) + "」 label in the row of 项目起止时间 (row " +
                             std::to_string(row) + ")"});
            return;
        }
        const std::uint32_t col = value_column(*l);
        const cell* c = sheet_.find(row, col);
        if (c == nullptr || jixiao::detail::io::trim(c->value).empty())
            return;  // blank: no date (validate() reports it)
        if (c->kind == cell_kind::date) {
            const auto d = cell_date(*c, book_.date1904);
            if (!d.ok()) {
                error_at(row, col,
                         {std::string(label) + "的日期有误：" + d.error_zh,
                          "bad date in " + std::string(label) + ": " + d.error});
            } else if (d.time_only || d.seconds != 0) {
                error_at(row, col,
                         bad_value("bad date in ", label, format_date_value(d),
                                   {"这是时刻，不是日期", "a time, not a day"}));
            } else {
                out = d.date;
            }
            return;
        }
        if (c->kind != cell_kind::text) {
            error_at(row, col,
                     bad_value("bad date in ", label, c->value,
                               {"是数字，没有日期格式（请把单元格设为日期格式，或写成 2020/1/1）",
                                "a number without a date format (give the cell a date format, or write 2020/1/1)"}));
            return;
        }
        const std::string_view s = jixiao::detail::io::trim(c->value);
        if (auto e = jixiao::detail::io::parse_date(s, out)) {
            error_at(row, col, bad_value("bad date in ", label, s, e->reason));
        }
    }

    // ---- 项目资金情况
    std::optional<A> amount_at(std::uint32_t r, std::uint32_t c, const std::string& what, bool& ok) {
        const cell* x = sheet_.find(r, c);
        if (x == nullptr || jixiao::detail::io::trim(x->value).empty()) return std::nullopt;
        if ((x->kind != cell_kind::text && x->kind != cell_kind::number) || x->percent) {
            error_at(r, c, bad_value("bad amount in ", what, cell_text(x, book_.date1904), {"不是数", "not a number"}));
            ok = false;
            return std::nullopt;
        }
        A a{};
        const std::string_view s = jixiao::detail::io::trim(x->value);
        if (auto e = jixiao::detail::io::parse_amount<A>(s, yuan_, a)) {
            error_at(r, c, bad_value("bad amount in ", what, s, e->reason));
            ok = false;
            return std::nullopt;
        }
        return a;
    }
    void read_funding(project_type& p) {
        const std::uint32_t top = next_row_;
        const std::string below = after();
        const cell* total = find_label("项目资金总额", top);
        if (total == nullptr) total = find_label("资金总额", top);
        if (total == nullptr) {
            error_sheet(no_label("项目资金总额", below));
            return;
        }
        next_row_ = total->row + 1;
        // Each column of the form by its label, in the rows above the total (the nearest).
        std::array<std::uint32_t, F::columns.size()> cols{};
        for (std::size_t k = 0; k < F::columns.size(); ++k) {
            const cell* best = nullptr;
            for (const auto& c : sheet_.cells) {
                if (c.row >= total->row) break;
                if (c.row < top || c.covered() || c.kind != cell_kind::text) continue;
                if (normalize_label(c.value) == F::columns[k]) best = &c;
            }
            if (best == nullptr) {
                error_sheet({"项目资金总额（" + cell_name(total->row, total->column) + "）上方找不到列「" +
                                 std::string(F::columns[k]) + "」",
                             "no 「" + std::string(F::columns[k]) + "」 column label above 项目资金总额 (" +
                                 cell_name(total->row, total->column) + ")"});
                return;
            }
            cols[k] = best->column;
        }
        // The rows: the total, then each source row by its label (其中：区财政拨款 counts as 区财政拨款).
        std::array<std::uint32_t, F::funding_rows.size()> rows{};
        for (std::size_t k = 0; k < F::funding_rows.size(); ++k) {
            for (const auto& c : sheet_.cells) {
                if (c.row <= total->row || c.covered() || c.kind != cell_kind::text) continue;
                std::string n = normalize_label(c.value);
                for (std::string_view lead : {"其中：", "其中:", "其中"}) {
                    if (n.starts_with(lead)) n.erase(0, lead.size());
                }
                if (n == F::funding_rows[k]) {
                    rows[k] = c.row;
                    next_row_ = std::max(next_row_, c.row + 1);
                    break;
                }
            }
            if (rows[k] == 0) {
                error_sheet({"项目资金总额（" + cell_name(total->row, total->column) + "）下方找不到行「" +
                                 std::string(F::funding_rows[k]) + "」",
                             "no 「" + std::string(F::funding_rows[k]) + "」 row below 项目资金总额 (" +
                                 cell_name(total->row, total->column) + ")"});
                return;
            }
        }
        for (std::size_t k = 0; k < F::columns.size(); ++k) {
            bool ok = true;
            const std::string col(F::columns[k]);
            const auto t = amount_at(total->row, cols[k], col + " 项目资金总额", ok);
            if (!t && ok) {
                error_at(total->row, cols[k],
                         {col + "的项目资金总额是空的（没有资金请填 0）",
                          col + " 项目资金总额 is empty (write 0 for no money)"});
            }
            if (t) p.funding[k].total = *t;
            for (std::size_t r = 0; r < F::funding_rows.size(); ++r) {
                p.funding[k].sources[r] = amount_at(rows[r], cols[k], col + " " + std::string(F::funding_rows[r]), ok);
            }
        }
    }

    // ---- 绩效指标
    struct header_columns {
        std::uint32_t level1 = 0, level2 = 0, name = 0, value = 0, wording = 0, core = 0, weight = 0;
    };
    void read_indicators() {
        const std::string below = after();
        const cell* block = next_label("绩效指标");
        if (block == nullptr) {
            error_sheet(no_label("绩效指标", below));
            return;
        }
        std::uint32_t last = sheet_.last_row;
        if (const cell* other = find_label("其他说明的问题", block->row + 1)) {
            last = other->row - 1;
        } else if (const cell_range* m = sheet_.merge_at(block->row, block->column)) {
            last = m->last_row;
        }
        const std::uint32_t first_col = right_of(*block);
        // A header row of the CSV layout's indicator columns, if the block has one.
        header_columns h;
        std::uint32_t header_row = 0;
        // It comes before the first 二级 label: an indicator's text that reads 指标值 is no header.
        bool categories_seen = false;
        for (std::uint32_t r = block->row; r <= last && header_row == 0 && !categories_seen; ++r) {
            for (const cell& cx : sheet_.row(r)) {
                const cell* x = &cx;
                const std::uint32_t c = x->column;
                if (c < first_col || x->covered() || x->kind != cell_kind::text) continue;
                const std::string n = normalize_label(x->value);
                if (category_of_label<F>(n)) categories_seen = true;
                if (n == "三级指标") h.name = c, header_row = r;
                if (n == "指标值") h.value = c, header_row = r;
            }
        }
        if (header_row != 0) {
            for (const cell& cx : sheet_.row(header_row)) {
                const cell* x = &cx;
                const std::uint32_t c = x->column;
                if (c < first_col || x->covered()) continue;
                const std::string n = normalize_label(x->value);
                if (n == "一级指标") h.level1 = c;
                if (n == "二级指标") h.level2 = c;
                if (n == "原文") h.wording = c;
                if (n == "核心指标") h.core = c;
                if (n == "权重") h.weight = c;
            }
            if (h.name == 0 || h.value == 0) {
                error_at(header_row, h.name != 0 ? h.name : h.value,
                         {"绩效指标的表头行要同时有「三级指标」和「指标值」",
                          "the 绩效指标 header row needs both 三级指标 and 指标值"});
                return;
            }
        }
        for (std::uint32_t r = block->row; r <= last; ++r) {
            if (r == header_row) continue;
            // The 二级 cell: the header's column, or the first cell of the row that names a category.
            std::uint32_t c2 = 0;
            std::optional<category> cat;
            for (const cell& cx : sheet_.row(r)) {
                const cell* x = &cx;
                const std::uint32_t c = x->column;
                if (c < first_col || (h.level2 != 0 && c != h.level2)) continue;
                if (x->kind != cell_kind::text) continue;
                if (auto k = category_of_label<F>(normalize_label(x->value))) {
                    cat = k;
                    c2 = c;
                    break;
                }
                if (h.level2 != 0 && !jixiao::detail::io::trim(x->value).empty()) {
                    error_at(r, c,
                             {"不认识的二级指标「" + jixiao::detail::io::shown(x->value) + "」：既不是表样 " +
                                  std::string(F::name) + " 的类别，也不是官方框架的类别",
                              "unknown 二级指标 「" + jixiao::detail::io::shown(x->value) +
                                  "」: not a category of the form " + std::string(F::name) + " nor an official one"});
                    c2 = c;
                }
            }
            if (!cat) {
                if (c2 == 0 && row_has_content(r, first_col, h)) {
                    error_at(r, first_col,
                             {"这一行指标没有二级指标（如 产出数量指标）",
                              "an indicator row without a 二级指标 label (产出数量指标, …)"});
                }
                continue;
            }
            // The 一级 cell, if any: left of the 二级 (or the header's column); it must be the category's.
            const std::uint32_t c1 = h.level1 != 0 ? h.level1 : (c2 > first_col ? c2 - 1 : 0);
            if (c1 != 0 && c1 != c2) {
                const std::string l1 = normalize_label(text_at(r, c1));
                const bool level1_name = std::any_of(std::begin(categories::official), std::end(categories::official),
                                                     [&](const category& o) { return o.level1.name == l1; });
                if (!l1.empty() && l1 != cat->level1.name && (level1_name || h.level1 != 0)) {
                    error_at(r, c1,
                             {"二级指标「" + std::string(category_label(*cat)) + "」不属于一级指标「" +
                                  jixiao::detail::io::shown(l1) + "」",
                              "二级指标 「" + std::string(category_label(*cat)) + "」 is not under 一级指标 「" +
                                  jixiao::detail::io::shown(l1) + "」"});
                    continue;
                }
            }
            if (header_row != 0) {
                read_indicator_row(r, *cat, h);
            } else {
                read_printed_cell(r, *cat, right_of_cell(r, c2));
            }
        }
    }
    [[nodiscard]] std::string_view category_label(const category& c) const {
        if (const auto* fc = find_category<F>(c)) return fc->label;
        return c.name;
    }
    [[nodiscard]] std::uint32_t right_of_cell(std::uint32_t r, std::uint32_t c) const {
        const cell_range* m = sheet_.merge_at(r, c);
        return (m != nullptr ? m->last_column : c) + 1;
    }
    [[nodiscard]] bool row_has_content(std::uint32_t r, std::uint32_t from, const header_columns& h) const {
        for (std::uint32_t c : {h.name, h.value, h.wording}) {
            if (c != 0 && !jixiao::detail::io::trim(text_at(r, c)).empty()) return true;
        }
        if (h.name != 0) return false;
        const cell* x = sheet_.find(r, from);
        return x != nullptr && !x->covered() && !jixiao::detail::io::trim(x->value).empty();
    }
    void read_printed_cell(std::uint32_t r, const category& cat, std::uint32_t c) {
        const cell* x = sheet_.find(r, c);
        const std::string text = cell_text(x, book_.date1904);
        if (jixiao::detail::io::trim(text).empty()) return;
        indicator i;
        i.cat = cat;
        i.wording = keep(text);
        const auto t = try_parse_target(jixiao::detail::io::trim(text));
        i.target = t.ok() && target_problem(t.target).ok() ? t.target : target{comparator::qualitative, {}, {}};
        indicators_.push_back(i);
        indicator_rows_.push_back(r);
    }
    void read_indicator_row(std::uint32_t r, const category& cat, const header_columns& h) {
        const std::string name = text_at(r, h.name);
        const std::string value = text_at(r, h.value);
        const std::string wording = h.wording != 0 ? text_at(r, h.wording) : std::string();
        if (jixiao::detail::io::trim(name).empty() && jixiao::detail::io::trim(value).empty() &&
            jixiao::detail::io::trim(wording).empty())
            return;
        indicator i;
        i.cat = cat;
        i.name = keep(name);
        i.wording = keep(wording);
        const auto t = try_parse_target(value);
        if (!t.ok()) {
            error_at(r, h.value, bad_value("bad ", "指标值", value, target_reason(t.reason)));
            return;
        }
        if (const auto pr = target_problem(t.target); !pr.ok()) {
            error_at(r, h.value, bad_value("bad ", "指标值", value, target_reason(pr.reason)));
            return;
        }
        i.target = t.target;
        if (h.core != 0) {
            const std::string s(jixiao::detail::io::trim(text_at(r, h.core)));
            if (auto e = jixiao::detail::io::parse_yes_no(s, i.core)) {
                error_at(r, h.core, bad_value("bad ", "核心指标", s, e->reason));
                return;
            }
        }
        if (h.weight != 0) {
            const std::string s(jixiao::detail::io::trim(text_at(r, h.weight)));
            if (!s.empty()) {
                if (auto e = jixiao::detail::io::parse_decimal(s, i.weight)) {
                    error_at(r, h.weight, bad_value("bad ", "权重", s, e->reason));
                    return;
                }
            }
        }
        indicators_.push_back(i);
        indicator_rows_.push_back(r);
    }

    // ---- 测算依据 (jixiao's addition)
    void read_cost_lines() {
        const cell* label = find_label("测算依据", next_row_);
        if (label == nullptr) return;
        const std::uint32_t hr = label->row + 1;
        std::uint32_t item = 0, price = 0, price_unit = 0, total = 0, text = 0, truncated = 0;
        std::array<std::uint32_t, quantity_list::capacity> qty{}, unit{};
        for (const cell& x : sheet_.row(hr)) {
            const std::uint32_t c = x.column;
            const std::string n = normalize_label(cell_text(&x, book_.date1904));
            if (n == "项目") item = c;
            if (n == "单价") price = c;
            if (n == "单价单位") price_unit = c;
            if (n == "合计") total = c;
            if (n == "原文") text = c;
            if (n == "截断") truncated = c;
            for (std::size_t k = 0; k < quantity_list::capacity; ++k) {
                if (n == "数量" + std::to_string(k + 1)) qty[k] = c;
                if (n == "单位" + std::to_string(k + 1)) unit[k] = c;
            }
        }
        if (item == 0 || price == 0) {
            error_at(hr, label->column,
                     {"测算依据的表头行（标签下一行）要有「项目」和「单价」",
                      "the 测算依据 header row (below the label) needs 项目 and 单价"});
            return;
        }
        for (std::uint32_t r = hr + 1; r <= sheet_.last_row; ++r) {
            bool blank = true;
            for (const cell& x : sheet_.row(r)) blank = blank && jixiao::detail::io::trim(x.value).empty();
            if (blank) break;
            cost_line<A> l;
            bool ok = true;
            l.item = keep(text_at(r, item));
            const auto p = amount_at(r, price, "单价", ok);
            if (!p && ok) {
                error_at(r, price, {"单价是空的：请填写", "单价 is empty"});
                ok = false;
            }
            if (p) l.unit_price = *p;
            if (price_unit != 0) l.price_unit = keep(text_at(r, price_unit));
            if (total != 0) l.stated_total = amount_at(r, total, "合计", ok);
            if (text != 0) l.text = keep(text_at(r, text));
            if (truncated != 0) {
                const std::string s(jixiao::detail::io::trim(text_at(r, truncated)));
                if (auto e = jixiao::detail::io::parse_yes_no(s, l.truncated)) {
                    error_at(r, truncated, bad_value("bad ", "截断", s, e->reason));
                    ok = false;
                }
            }
            std::size_t gap = 0;
            for (std::size_t k = 0; k < quantity_list::capacity; ++k) {
                const std::string v = qty[k] != 0 ? std::string(jixiao::detail::io::trim(text_at(r, qty[k])))
                                                  : std::string();
                const std::string u = unit[k] != 0 ? text_at(r, unit[k]) : std::string();
                if (v.empty()) {
                    if (!jixiao::detail::io::trim(u).empty()) {
                        const std::string n = std::to_string(k + 1);
                        error_at(r, unit[k], {"填了单位" + n + "，却没有填数量" + n, "单位" + n + " without 数量" + n});
                        ok = false;
                    }
                    if (gap == 0) gap = k + 1;
                    continue;
                }
                if (gap != 0) {
                    error_at(r, qty[k],
                             {"数量" + std::to_string(gap) + " 是空的，却填了数量" + std::to_string(k + 1) +
                                  "（数量请从数量1 起依次填写，中间不留空）",
                              "数量" + std::to_string(k + 1) + " follows an empty 数量" + std::to_string(gap)});
                    ok = false;
                    continue;
                }
                decimal d{};
                if (auto e = jixiao::detail::io::parse_decimal(v, d)) {
                    error_at(r, qty[k], bad_value("bad number in ", "数量" + std::to_string(k + 1), v, e->reason));
                    ok = false;
                    continue;
                }
                l.quantities.push_back(quantity(d, keep(u)));
            }
            if (ok) {
                cost_lines_.push_back(l);
                cost_line_rows_.push_back(r);
            }
        }
    }

    const workbook& book_;
    const sheet& sheet_;
    std::vector<io_error>& errors_;
    bool yuan_ = false;
    std::uint32_t next_row_ = 1;  // where the next label of the form is looked for
    static constexpr std::size_t max_kept = std::size_t{64} << 20;
    std::size_t kept_ = 0;
    bool over_budget_ = false;
    std::deque<std::string> strings_;  // the texts the project's views point at until the store copies them
    std::vector<indicator> indicators_;
    std::vector<cost_line<A>> cost_lines_;
    std::vector<std::uint32_t> indicator_rows_, cost_line_rows_;  // the sheet's row of each
};

}  // namespace detail

/// Reads the 表样 sheets of a workbook (every sheet but a 目录) into a store, one table per sheet, in sheet order;
/// errors name the workbook, the sheet and the cell. `include` says which sheets to read.
template <form F, class A = wan, class Include>
read_result<F, A> read_form_sheets(const workbook& book, Include include) {
    read_result<F, A> out;
    for (const auto& s : book.sheets) {
        if (!include(s) || is_contents_sheet(s)) continue;
        std::vector<io_error> errors;
        detail::form_sheet_reader<F, A> reader(book, s, errors);
        reader.read(out.store, out.origins);
        // At most max_errors_per_file listed per sheet, the rest counted (as the CSV reader does per file).
        if (errors.size() > max_errors_per_file) {
            const std::size_t more = errors.size() - max_errors_per_file;
            errors.resize(max_errors_per_file);
            errors.push_back(io_error::make(
                where(book.file, s.name), 0, 0,
                {"…… 本工作表另有 " + std::to_string(more) + " 处错误未列出（只列出前 " +
                     std::to_string(max_errors_per_file) + " 处）",
                 std::string(unlisted_note) + std::to_string(more) + " more error" + (more == 1 ? "" : "s") +
                     " in this sheet (only the first " + std::to_string(max_errors_per_file) + " are listed)"}));
            out.unlisted_errors += more;
            ++out.unlisted_notes;
        }
        out.errors.insert(out.errors.end(), errors.begin(), errors.end());
    }
    if (!out.errors.empty()) {
        out.store = basic_project_store<F, A>{};
        out.origins.clear();
    }
    return out;
}

}  // namespace jixiao::xlsx

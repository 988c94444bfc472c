// jixiao — CSV: a set of self-evaluation tables (项目支出绩效自评表, self_evaluation.hpp) as spreadsheet files.
//
// Layout
// ------
// A self-evaluation set is any number of CSV files, in any order. Each holds one kind of row, told by its header
// row (the first row that has the kind's marker; up to ten title rows above it are skipped):
//
//   projects    the header has 项目名称 (and no marker below). One row per table:
//               序号, 年度, 项目名称, 主管部门, 项目实施单位 (or 实施单位), 总分, 评价结论, 存在问题, 改进措施.
//               Required: 序号, 项目名称 (the column; a blank cell is kept). 总分 is the table's recorded total (blank:
//               none). The projects file of a target-table set (csv.hpp) is read too: its other columns (申报单位,
//               dates, funding …) are left out.
//   execution   the header has 全年执行数 (or 预算执行数, 执行数). One row per funding row of 预算执行情况:
//               序号, 资金, 年初预算数, 全年预算数, 全年执行数, 分值, 得分, 原因.
//               资金 is the row's label: 年度资金总额 (资金总额, 项目资金总额, 总额, 合计) for the total row, or a
//               source (其中：财政拨款, 上年结转资金, 其他资金 …). 分值 and 得分 belong on the total row.
//               Aliases (the 2023 Sichuan form): 年初预算, 调整后预算数 / 全年预算, 预算执行数, 权重, 偏差原因 /
//               偏差原因分析; 预算执行率 (执行率) is read as a number and checked against the amounts (a rate that
//               is not 全年执行数 / 全年预算数 at its own precision is an error), never used.
//   results     the header has 实际完成值 (or 完成值, 实际值). One row per indicator, in table order:
//               序号, 一级指标, 二级指标, 三级指标, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析.
//               Required: 序号, 二级指标, 年度指标值 (or 指标值), 实际完成值. Aliases: 指标值 for 年度指标值, the
//               Sichuan form's 指标性质 + 指标值 + 度量单位 read as one target, 完成值, 权重, 未完成原因分析 /
//               偏差原因. 年度指标值 is read by parse_target, 实际完成值 by parse_actual (a number in the target's
//               unit, 达成 / 部分达成 / 未达成 and their long forms, 不适用). A category is found as in a target
//               table's indicators file; a 二级 name the official framework does not have under a known 一级 (the
//               Sichuan form files 经济成本指标 under 产出指标) is kept as the table writes it.
//
// A monitoring set (绩效监控表, read_monitoring_csv) has the same projects file and, instead of execution and
// results files:
//
//   funding     the header has 1-N月执行数 (N of 1–12; 1-6月, 1—6月, 1至6月, 1月 for N = 1) or 全年预计执行数:
//               序号, 资金, 全年预算数, 1-N月执行数, 全年预计执行数, 执行率 (left out: progress() works the rates),
//               偏差原因 (the classes ticked: 经费保障, 制度保障, 人员保障, 硬件条件保障, 其他; several with 、),
//               偏差原因说明, 整改措施. A file has one N; it is the table's month.
//   indicators  the header has 完成目标可能性 or 全年预计完成情况: 序号, 一级指标, 二级指标, 三级指标, 年度指标值,
//               1-N月执行情况 (the value reached, read as a 实际完成值), 全年预计完成情况, 完成目标可能性 (确定能,
//               有可能, 完全不可能), 偏差原因, 偏差原因说明, 整改措施 (or 完成目标采取的措施).
//
// A set is one or the other: a self-evaluation file in a monitoring set (or the other way) is an error.
//
// Amounts are in 万元 unless the header ends with （元） or (元); a cell may carry its own unit (5184000元). The
// readers' spreadsheet habits hold here too: GB18030 files (with a note; csv_read_options::encoding), a byte order
// mark, title rows, a blank 序号 (and in results a blank 一级 / 二级) continuing the row above as merged cells are
// exported, thousands separators and ¥ in number cells, a full-width point, 95%（含）以上.
//
// Rows of execution and results files name their table by 序号, which must be one row of the projects files. Errors
// name file, line and column (at most max_errors_per_file listed per file); all or nothing. Each table's origin
// names its projects row, the row of each funding row and of each indicator (origin.hpp), so that a finding of
// score() names its row. The files are read whole (a self-evaluation set is a few tables per project).
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <filesystem>
#include <initializer_list>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "../form.hpp"
#include "../origin.hpp"
#include "../self_evaluation.hpp"
#include "../target.hpp"
#include "common.hpp"
#include "csv.hpp"
#include "encoding.hpp"

namespace jixiao {

/// A self-evaluation set read from files, or the errors that stopped the reading (then the store is empty).
template <class A = wan>
struct self_evaluation_read_result {
    basic_self_evaluation_store<A> store;
    std::vector<io_error> errors;
    /// origins[k]: where the k-th table came from (its projects row, funding rows and indicators).
    table_origins origins{};
    /// Not errors: how a file was read when not as it is (decoded from GB18030).
    std::vector<io_error> notes{};
    std::size_t unlisted_errors = 0;  ///< errors found but not listed (see read_result)
    std::size_t unlisted_notes = 0;   ///< entries of `errors` that are "… and N more errors" notes
    [[nodiscard]] bool ok() const noexcept { return errors.empty(); }
    [[nodiscard]] std::size_t error_count() const noexcept { return errors.size() - unlisted_notes + unlisted_errors; }
};

/// A monitoring set read from files, or the errors that stopped the reading (then the store is empty).
template <class A = wan>
struct monitoring_read_result {
    basic_monitoring_store<A> store;
    std::vector<io_error> errors;
    table_origins origins{};  ///< origins[k]: the k-th table's projects row, funding rows and indicators
    std::vector<io_error> notes{};
    std::size_t unlisted_errors = 0;
    std::size_t unlisted_notes = 0;
    [[nodiscard]] bool ok() const noexcept { return errors.empty(); }
    [[nodiscard]] std::size_t error_count() const noexcept { return errors.size() - unlisted_notes + unlisted_errors; }
};

/// The kind of file of a self-evaluation or monitoring set a header row makes.
enum class self_evaluation_file { none, projects, execution, results, monitoring_execution, monitoring_results };

namespace detail::io {

/// One column a file of a self-evaluation set may have: its header, the aliases read as it, and which cell of
/// the record it fills.
struct se_column {
    std::string_view header;
    std::array<std::string_view, 4> aliases{};
    int field = 0;
    bool required = false;
};

// The fields of each kind of row.
enum se_project_field {
    sp_seq = 1,
    sp_year,
    sp_name,
    sp_department,
    sp_implementer,
    sp_total,
    sp_conclusion,
    sp_problems,
    sp_measures
};
enum se_execution_field {
    sx_seq = 1,
    sx_label,
    sx_initial,
    sx_budget,
    sx_executed,
    sx_rate,
    sx_points,
    sx_score,
    sx_reason
};
enum se_result_field {
    sr_seq = 1,
    sr_level1,
    sr_level2,
    sr_name,
    sr_target,
    sr_cmp,
    sr_unit,
    sr_actual,
    sr_points,
    sr_score,
    sr_deviation
};

inline constexpr se_column se_project_columns[] = {
    {"序号", {}, sp_seq, true},
    {"年度", {}, sp_year},
    {"项目名称", {}, sp_name, true},
    {"主管部门", {"主管单位"}, sp_department},
    {"项目实施单位", {"实施单位"}, sp_implementer},
    {"总分", {"自评得分"}, sp_total},
    {"评价结论", {"自评结论"}, sp_conclusion},
    {"存在问题", {}, sp_problems},
    {"改进措施", {}, sp_measures},
};
inline constexpr se_column se_execution_columns[] = {
    {"序号", {}, sx_seq, true},
    {"资金", {"资金来源", "资金项目"}, sx_label, true},
    {"年初预算数", {"年初预算"}, sx_initial},
    {"全年预算数", {"调整后预算数", "全年预算", "调整后预算"}, sx_budget},
    {"全年执行数", {"预算执行数", "执行数", "全年执行"}, sx_executed, true},
    {"执行率", {"预算执行率"}, sx_rate},
    {"分值", {"权重"}, sx_points},
    {"得分", {}, sx_score},
    {"原因", {"偏差原因", "偏差原因分析", "未完成原因分析"}, sx_reason},
};
// The monitoring table's (绩效监控表): 1–N月执行数 and 1–N月执行情况 are found by month_column.
enum se_mexec_field {
    mx_seq = 1,
    mx_label,
    mx_budget,
    mx_executed,
    mx_expected,
    mx_rate,
    mx_causes,
    mx_reason,
    mx_measure
};
enum se_mres_field {
    mr_seq = 1,
    mr_level1,
    mr_level2,
    mr_name,
    mr_target,
    mr_cmp,
    mr_unit,
    mr_reached,
    mr_expected,
    mr_likely,
    mr_causes,
    mr_reason,
    mr_measure
};
inline constexpr se_column se_mexec_columns[] = {
    {"序号", {}, mx_seq, true},
    {"资金", {"资金来源", "资金项目"}, mx_label, true},
    {"全年预算数", {"调整后预算数", "全年预算", "预算数"}, mx_budget},
    {"1–N月执行数", {}, mx_executed},
    {"全年预计执行数", {"预计全年执行数"}, mx_expected},
    {"执行率", {"预算执行率"}, mx_rate},
    {"偏差原因", {"偏差原因类型"}, mx_causes},
    {"偏差原因说明", {"原因说明"}, mx_reason},
    {"整改措施", {"完成目标采取的措施"}, mx_measure},
};
inline constexpr se_column se_mres_columns[] = {
    {"序号", {}, mr_seq, true},
    {"一级指标", {}, mr_level1},
    {"二级指标", {}, mr_level2, true},
    {"三级指标", {}, mr_name},
    {"年度指标值", {"指标值"}, mr_target, true},
    {"指标性质", {}, mr_cmp},
    {"度量单位", {"计量单位"}, mr_unit},
    {"1–N月执行情况", {}, mr_reached},
    {"全年预计完成情况", {"预计全年完成情况", "全年预计完成值"}, mr_expected},
    {"完成目标可能性", {}, mr_likely, true},
    {"偏差原因", {"偏差原因类型"}, mr_causes},
    {"偏差原因说明", {"原因说明"}, mr_reason},
    {"整改措施", {"完成目标采取的措施"}, mr_measure},
};

/// A header of month N's column: 1-N月执行数 (the amounts: `amounts` true) or 1-N月执行情况 / 完成情况 / 完成值 (the
/// values reached), with -, －, –, —, ～, ~ or 至 between 1 and N, or 1月… for N = 1; N in 1–12. 0: not one.
inline unsigned month_column(std::string_view h, bool& amounts) {
    std::string_view rest = h;
    unsigned n = 0;
    if (!rest.starts_with("1")) return 0;
    rest.remove_prefix(1);
    if (rest.starts_with("月")) {
        n = 1;
    } else {
        bool sep = false;
        for (std::string_view d : {"-", "－", "–", "—", "～", "~", "至"}) {
            if (rest.starts_with(d)) {
                rest.remove_prefix(d.size());
                sep = true;
                break;
            }
        }
        if (!sep) return 0;
        while (!rest.empty() && rest.front() >= '0' && rest.front() <= '9' && n < 100) {
            n = n * 10 + static_cast<unsigned>(rest.front() - '0');
            rest.remove_prefix(1);
        }
        if (n < 1 || n > 12 || !rest.starts_with("月")) return 0;
    }
    rest.remove_prefix(std::string_view("月").size());
    if (rest == "执行数") {
        amounts = true;
        return n;
    }
    if (rest == "执行情况" || rest == "完成情况" || rest == "完成值") {
        amounts = false;
        return n;
    }
    return 0;
}

inline constexpr se_column se_result_columns[] = {
    {"序号", {}, sr_seq, true},
    {"一级指标", {}, sr_level1},
    {"二级指标", {}, sr_level2, true},
    {"三级指标", {}, sr_name},
    {"年度指标值", {"指标值"}, sr_target, true},
    {"指标性质", {}, sr_cmp},
    {"度量单位", {"计量单位"}, sr_unit},
    {"实际完成值", {"完成值", "实际值"}, sr_actual, true},
    {"分值", {"权重"}, sr_points},
    {"得分", {}, sr_score},
    {"偏差原因分析", {"未完成原因分析", "偏差原因", "原因"}, sr_deviation},
};

/// A header cell without its unit suffix （元） / (元) / （万元） / (万元), and whether the suffix says 元.
inline std::string_view se_header_name(std::string_view h, bool& yuan) {
    yuan = false;
    h = trim(h);
    for (std::string_view s : {"（万元）", "(万元)"}) {
        if (h.ends_with(s)) return trim(h.substr(0, h.size() - s.size()));
    }
    for (std::string_view s : {"（元）", "(元)"}) {
        if (h.ends_with(s)) {
            yuan = true;
            return trim(h.substr(0, h.size() - s.size()));
        }
    }
    return h;
}

/// The column a header names in a kind's list, or nullptr.
template <std::size_t N>
const se_column* se_find(const se_column (&cols)[N], std::string_view h) {
    for (const auto& c : cols) {
        if (c.header == h) return &c;
        for (std::string_view a : c.aliases) {
            if (!a.empty() && a == h) return &c;
        }
    }
    return nullptr;
}

/// The kind of file a header row makes: results (实际完成值 or an alias), execution (全年执行数 or an alias),
/// projects (项目名称), or none.
inline self_evaluation_file se_kind(const std::vector<std::string_view>& header) {
    bool name = false, executed = false, actual = false, m_exec = false, m_res = false;
    for (std::string_view cell : header) {
        bool yuan = false;
        const std::string_view h = se_header_name(cell, yuan);
        bool amounts = false;
        if (month_column(h, amounts) != 0) (amounts ? m_exec : m_res) = true;
        if (const se_column* c = se_find(se_mres_columns, h);
            c != nullptr && (c->field == mr_likely || c->field == mr_expected))
            m_res = true;
        if (const se_column* c = se_find(se_mexec_columns, h); c != nullptr && c->field == mx_expected) m_exec = true;
        if (const se_column* c = se_find(se_result_columns, h); c != nullptr && c->field == sr_actual) actual = true;
        if (const se_column* c = se_find(se_execution_columns, h); c != nullptr && c->field == sx_executed)
            executed = true;
        if (h == "项目名称") name = true;
    }
    if (m_res) return self_evaluation_file::monitoring_results;
    if (m_exec) return self_evaluation_file::monitoring_execution;
    return actual     ? self_evaluation_file::results
           : executed ? self_evaluation_file::execution
           : name     ? self_evaluation_file::projects
                      : self_evaluation_file::none;
}

/// What a 实际完成值 cell's reason (try_parse_actual's English) says in Chinese.
inline io_text actual_reason(std::string_view en) {
    if (en.starts_with("not a 实际完成值")) {
        return {
            "不是实际完成值：请填目标所用单位的数值，或 达成 / 部分达成 / 未达成（达成预期指标、完成、达标 …），或 不适用",
            std::string(en)};
    }
    if (en.starts_with("an actual value is a number without a comparator")) {
        return {"实际完成值只写数值，不带比较词（≥、不低于、以上、以下、以内 … 属于年度指标值）", std::string(en)};
    }
    return target_reason(en);
}

/// What try_parse_likelihood's or try_parse_causes' reason says in Chinese.
inline io_text monitoring_reason(std::string_view en) {
    if (en.starts_with("not a 完成目标可能性"))
        return {"不是完成目标可能性：请填 确定能、有可能 或 完全不可能", std::string(en)};
    if (en.starts_with("not a 偏差原因")) {
        return {"不是偏差原因类别：请填 经费保障、制度保障、人员保障、硬件条件保障 或 其他（可填多项，用顿号分开）",
                std::string(en)};
    }
    if (en.starts_with("text after a 偏差原因 class")) {
        return {"偏差原因类别后面还有文字：这里只填类别，说明请写在「偏差原因说明」", std::string(en)};
    }
    return {"无法识别（" + std::string(en) + "）", std::string(en)};
}

/// One file of a self-evaluation set, read whole into UTF-8 text.
struct se_file {
    std::string name;
    std::string text;
    self_evaluation_file kind = self_evaluation_file::none;
    std::vector<const se_column*> cols;  // per field of the header row; nullptr: left out
    std::vector<bool> yuan;              // per field: amounts in 元
    std::vector<std::string_view> header;
    std::size_t header_line = 0;
    unsigned month = 0;       // a monitoring file's N of 1–N月
    std::size_t dropped = 0;  // errors found beyond what is kept to list (counted, not kept)
    io_text note;
    std::vector<io_error> errors;
};

/// One row of an execution or results file, as read: its table's 序号, its line and its cells' values.
template <class A>
struct se_execution_row {
    int seq = 0;
    std::size_t file = 0, line = 0;
    execution_row<A> row;
    std::string label, reason;
};
struct se_result_row {
    int seq = 0;
    std::size_t file = 0, line = 0;
    result_row row;
    std::string name, wording, deviation, actual_word;
    std::string level1, level2;
};
template <class A>
struct se_mexec_row {
    int seq = 0;
    std::size_t file = 0, line = 0;
    monitoring_row<A> row;
    std::string label, reason, measure;
};
struct se_mres_row {
    int seq = 0;
    std::size_t file = 0, line = 0;
    monitoring_result row;
    std::string name, wording, reason, measure, reached_word, expected_word;
    std::string level1, level2;
};
struct se_project_row {
    int seq = 0;
    std::size_t file = 0, line = 0;
    std::chrono::year year{0};
    std::string name, department, implementer, conclusion, problems, measures;
    std::optional<decimal> total;
};

/// Reads a self-evaluation set; F is the target-table form whose projects file's other columns are left out.
template <form F, class A>
class se_reader {
public:
    explicit se_reader(csv_read_options opt) : opt_(std::move(opt)) {}

    /// Adds an input as text (decoded into UTF-8 as the options say).
    void add(csv_input in) {
        se_file& f = files_.emplace_back();
        f.name = in.name();
        std::optional<io_error> e;
        if (!opt_.encoding.empty() && !is_utf8_name(opt_.encoding)) {
            auto d = in.decoded(opt_.encoding, e);
            if (!d) {
                f.errors.push_back(std::move(*e));
                return;
            }
            in = std::move(*d);
        }
        if (!in.append(0, in.size(), f.text)) {
            f.errors.push_back(io_error::make(f.name, 0, 0, {"读文件时出错", "cannot read the file"}));
            return;
        }
        if (const std::size_t bad = invalid_utf8_at(f.text); bad != std::string_view::npos) {
            if (opt_.encoding.empty() && !in.has_bom()) {
                csv_input raw(f.name, f.text);
                std::optional<io_error> ge;
                if (auto d = raw.decoded("GB18030", ge)) {
                    std::string text;
                    if (d->append(0, d->size(), text)) {
                        f.text = std::move(text);
                        f.note = {"按 GB18030（GBK）编码读取：文件不是 UTF-8，但是有效的 GB18030",
                                  "read as GB18030 (GBK): the file is not UTF-8, but is valid GB18030"};
                        return;
                    }
                }
            }
            const auto loc = text_map(f.text).locate(bad);
            f.errors.push_back(io_error::make(f.name, loc.line, loc.column, invalid_utf8_reason(f.text, bad)));
        }
    }
    /// An input that could not be opened.
    void add_error(io_error e) {
        se_file& f = files_.emplace_back();
        f.name = e.file;
        f.errors.push_back(std::move(e));
    }

    /// Reads the files as a self-evaluation set.
    self_evaluation_read_result<A> run() {
        self_evaluation_read_result<A> out;
        read_all(false);
        assemble(out);
        finish(out);
        return out;
    }
    /// Reads the files as a monitoring set.
    monitoring_read_result<A> run_monitoring() {
        monitoring_read_result<A> out;
        read_all(true);
        assemble_monitoring(out);
        finish(out);
        return out;
    }

private:
    void read_all(bool monitoring) {
        for (std::size_t k = 0; k < files_.size(); ++k) {
            if (files_[k].errors.empty()) read_file(k);
            se_file& f = files_[k];
            const bool m = f.kind == self_evaluation_file::monitoring_execution ||
                           f.kind == self_evaluation_file::monitoring_results;
            const bool s = f.kind == self_evaluation_file::execution || f.kind == self_evaluation_file::results;
            if ((monitoring && s) || (!monitoring && m)) {
                f.errors.push_back(io_error::make(
                    f.name, f.header_line, 1,
                    monitoring
                        ? io_text{"这是自评表的文件（有「全年执行数」或「实际完成值」），不是监控表的：一套文件只放一种表",
                                  "a file of a self-evaluation set (全年执行数 or 实际完成值), not of a "
                                  "monitoring set: keep one kind of table per set"}
                        : io_text{
                              "这是监控表的文件（有「1-N月执行数」「全年预计执行数」或「完成目标可能性」），不是自评表的：一套文件只放一种表",
                              "a file of a monitoring set (1-N月执行数, 全年预计执行数 or 完成目标可能性), "
                              "not of a self-evaluation set: keep one kind of table per set"}));
            }
        }
    }
    template <class Out>
    void finish(Out& out) {
        for (auto& f : files_) {
            error_sink sink(out.errors, f.name);
            std::stable_sort(f.errors.begin(), f.errors.end(), [](const io_error& a, const io_error& b) {
                return a.line != b.line ? a.line < b.line : a.column < b.column;
            });
            for (auto& e : f.errors) sink.add(std::move(e));
            for (std::size_t k = 0; k < f.dropped; ++k) sink.count();
            const std::size_t more = sink.close();
            out.unlisted_errors += more;
            out.unlisted_notes += more > 0 ? 1 : 0;
            if (!f.note.en.empty()) out.notes.push_back(io_error::make(f.name, 0, 0, f.note));
        }
        if (!out.errors.empty()) {
            out.store = {};
            out.origins.clear();
        }
    }

    // ---- errors at cells
    void error_at(se_file& f, std::size_t line_begin, std::size_t line, std::size_t offset, io_text reason) {
        if (f.errors.size() > 10 * max_errors_per_file) {  // enough to list; the rest are only counted
            ++f.dropped;
            return;
        }
        const auto loc = locate_from(f.text, line_begin, line, offset);
        f.errors.push_back(io_error::make(f.name, loc.line, loc.column, std::move(reason)));
    }
    void at_cell(se_file& f, const csv_record& rec, std::size_t line, const csv_field& c, std::size_t within,
                 io_text reason) {
        error_at(f, rec.begin, line, c.escaped ? c.begin : source_offset(f.text, c, within), std::move(reason));
    }

    // ---- a file
    void read_file(std::size_t k) {
        se_file& f = files_[k];
        csv_record rec;
        csv_arena arena;
        std::size_t pos = 0, line = 1, records = 0;
        bool header_found = false;
        int above_seq = 0;
        bool above_seq_ok = false;
        above_level1_.clear();
        above_level2_.clear();
        levels_seq_ = 0;
        while (pos < f.text.size()) {
            std::optional<cell_error> syntax;
            const scan_status st = scan_record(f.text, pos, true, rec, arena, syntax);
            if (st == scan_status::error) {
                error_at(f, pos, line, syntax->offset, syntax->reason);
                return;
            }
            const std::size_t this_line = line;
            line += rec.breaks;
            pos = rec.end;
            arena.clear();  // the previous record's unquoted "" fields: every cell read is copied by then
            if (rec.blank()) continue;
            if (!header_found) {
                std::vector<std::string_view> cells;
                for (const auto& c : rec.fields) cells.push_back(c.value);
                const auto kind = se_kind(cells);
                if (kind == self_evaluation_file::none) {
                    if (++records > 10) {
                        error_at(
                            f, rec.begin, this_line, 0,
                            {"前 11 行里没有表头：自评表的文件要有含「项目名称」「全年执行数」或「实际完成值」的表头行",
                             "no header row in the first 11 rows: a file of a self-evaluation set has a header "
                             "row with 项目名称, 全年执行数 or 实际完成值"});
                        return;
                    }
                    continue;
                }
                header_found = true;
                if (!read_header(f, kind, rec, this_line)) return;
                continue;
            }
            if (rec.fields.size() != f.cols.size()) {
                error_at(f, rec.begin, this_line, 0,
                         {"这一行有 " + std::to_string(rec.fields.size()) + " 个单元格，表头有 " +
                              std::to_string(f.cols.size()) + " 个",
                          "the row has " + std::to_string(rec.fields.size()) + " cells, the header " +
                              std::to_string(f.cols.size())});
                continue;
            }
            read_row(k, rec, this_line, above_seq, above_seq_ok);
        }
        if (!header_found) {
            f.errors.push_back(io_error::make(
                f.name, 0, 0,
                {f.text.empty() ? "文件是空的"
                                : "找不到表头行：自评表的文件要有含「项目名称」「全年执行数」或「实际完成值」的表头行",
                 f.text.empty() ? "the file is empty"
                                : "no header row: a file of a self-evaluation set has a header row with 项目名称, "
                                  "全年执行数 or 实际完成值"}));
        }
    }

    template <std::size_t N>
    bool read_columns(se_file& f, const se_column (&list)[N], const csv_record& rec, std::size_t line) {
        std::vector<bool> seen(N, false);
        bool ok = true;
        for (const auto& c : rec.fields) {
            bool yuan = false;
            const std::string_view h = se_header_name(c.value, yuan);
            const se_column* col = se_find(list, h);
            bool amounts = false;
            if (const unsigned n = month_column(h, amounts); col == nullptr && n != 0) {
                // 1-N月执行数 / 1-N月执行情况: the list's column of month N, if the kind has one
                for (const auto& c : list) {
                    if (c.header.starts_with("1–N月") && c.header.ends_with("执行数") == amounts) col = &c;
                }
                if (col != nullptr && f.month != 0 && f.month != n) {
                    cell_err_month(f, rec, line, c, n);
                    ok = false;
                    f.yuan.push_back(yuan);
                    f.cols.push_back(nullptr);
                    continue;
                }
                if (col != nullptr) f.month = n;
            }
            f.yuan.push_back(yuan);
            f.cols.push_back(col);
            if (col != nullptr) {
                const auto i = static_cast<std::size_t>(col - list);
                if (seen[i]) {
                    at_cell(f, rec, line, c, 0,
                            {"列「" + shown(h) + "」出现了两次", "the column 「" + shown(h) + "」 is given twice"});
                    ok = false;
                }
                seen[i] = true;
                continue;
            }
            if (h.empty() || h.starts_with("#") || ignored(f.kind, h)) continue;
            at_cell(f, rec, line, c, 0,
                    {"不认识的列「" + shown(h) + "」（拼写有误？以 # 开头的列会被略过）",
                     "unknown column 「" + shown(h) +
                         "」 (misspelt? a column whose header starts with # is "
                         "left out)"});
            ok = false;
        }
        for (std::size_t i = 0; i < N; ++i) {
            if (!list[i].required || seen[i]) continue;
            error_at(f, rec.begin, line, 0,
                     {"缺少必填的列「" + std::string(list[i].header) + "」",
                      "the required column 「" + std::string(list[i].header) + "」 is missing"});
            ok = false;
        }
        return ok;
    }
    bool read_header(se_file& f, self_evaluation_file kind, const csv_record& rec, std::size_t line) {
        f.kind = kind;
        f.header_line = line;
        switch (kind) {
            case self_evaluation_file::projects: return read_columns(f, se_project_columns, rec, line);
            case self_evaluation_file::execution: return read_columns(f, se_execution_columns, rec, line);
            case self_evaluation_file::monitoring_execution: return read_columns(f, se_mexec_columns, rec, line);
            case self_evaluation_file::monitoring_results: return read_columns(f, se_mres_columns, rec, line);
            default: return read_columns(f, se_result_columns, rec, line);
        }
    }
    void cell_err_month(se_file& f, const csv_record& rec, std::size_t line, const csv_field& c, unsigned n) {
        at_cell(f, rec, line, c, 0,
                {"这一列是 1-" + std::to_string(n) + " 月的，本文件前面的列是 1-" + std::to_string(f.month) +
                     " 月的：一个文件只写一个监控月份",
                 "a column of months 1-" + std::to_string(n) + " in a file of months 1-" + std::to_string(f.month) +
                     ": one monitoring month per file"});
    }
    /// A column of a target table's projects file, left out of a self-evaluation's.
    static bool ignored(self_evaluation_file kind, std::string_view h) {
        if (kind != self_evaluation_file::projects) return false;
        for (const auto& d : column_defs<basic_project<F, A>, F>()) {
            if (d.header == h) return true;
            for (std::string_view a : d.aliases) {
                if (a == h) return true;
            }
        }
        return false;
    }

    // ---- cells
    bool number_cell(se_file& f, const csv_record& rec, std::size_t line, const csv_field& c, std::string_view what,
                     decimal& out) {
        std::size_t lead = 0;
        std::string_view s = trim(c.value, lead);
        std::string strict;
        std::vector<std::size_t> at;
        if (needs_lenient(s)) {
            if (auto e = lenient_number(s, false, strict, at)) {
                at_cell(f, rec, line, c, lead + e->offset, bad_value("bad ", what, s, e->reason));
                return false;
            }
            s = strict;
        }
        if (auto e = parse_decimal(s, out)) {
            const std::size_t off = at.empty() ? e->offset : at[std::min(e->offset, at.size() - 1)];
            at_cell(f, rec, line, c, lead + off, bad_value("bad ", what, s, e->reason));
            return false;
        }
        return true;
    }
    template <class T>
    bool optional_number(se_file& f, const csv_record& rec, std::size_t line, const csv_field& c, std::string_view what,
                         std::optional<T>& out) {
        if (trim(c.value).empty()) return true;
        decimal d{};
        if (!number_cell(f, rec, line, c, what, d)) return false;
        out = d;
        return true;
    }
    bool amount_cell(se_file& f, const csv_record& rec, std::size_t line, const csv_field& c, std::string_view what,
                     bool yuan, std::optional<A>& out) {
        std::size_t lead = 0;
        std::string_view s = trim(c.value, lead);
        if (s.empty()) return true;
        std::string strict;
        std::vector<std::size_t> at;
        if (needs_lenient(s)) {
            if (auto e = lenient_number(s, true, strict, at)) {
                at_cell(f, rec, line, c, lead + e->offset, bad_value("bad amount in ", what, s, e->reason));
                return false;
            }
            s = strict;
        }
        A a{};
        if (auto e = parse_amount<A>(s, yuan, a)) {
            const std::size_t off = at.empty() ? e->offset : at[std::min(e->offset, at.size() - 1)];
            at_cell(f, rec, line, c, lead + off, bad_value("bad amount in ", what, s, e->reason));
            return false;
        }
        out = a;
        return true;
    }
    /// The row's 序号; blank continues the row above (merged cells), except in a projects file.
    bool seq_cell(se_file& f, const csv_record& rec, std::size_t line, const csv_field& c, int& above, bool& above_ok,
                  int& out) {
        std::size_t lead = 0;
        const std::string_view s = trim(c.value, lead);
        if (s.empty() && f.kind != self_evaluation_file::projects && above_ok) {
            out = above;
            return true;
        }
        if (auto e = parse_int(s, out)) {
            at_cell(f, rec, line, c, lead + e->offset, bad_value("bad ", "序号", s, e->reason));
            above_ok = false;
            return false;
        }
        above = out;
        above_ok = true;
        return true;
    }

    // ---- rows
    void read_row(std::size_t k, const csv_record& rec, std::size_t line, int& above, bool& above_ok) {
        se_file& f = files_[k];
        switch (f.kind) {
            case self_evaluation_file::projects: read_project(k, rec, line, above, above_ok); break;
            case self_evaluation_file::execution: read_execution(k, rec, line, above, above_ok); break;
            case self_evaluation_file::monitoring_execution: read_mexec(k, rec, line, above, above_ok); break;
            case self_evaluation_file::monitoring_results: read_mres(k, rec, line, above, above_ok); break;
            default: read_result(k, rec, line, above, above_ok); break;
        }
    }
    void read_project(std::size_t k, const csv_record& rec, std::size_t line, int& above, bool& above_ok) {
        se_file& f = files_[k];
        se_project_row p;
        p.file = k;
        p.line = line;
        bool ok = true;
        for (std::size_t i = 0; i < f.cols.size(); ++i) {
            if (f.cols[i] == nullptr) continue;
            const csv_field& c = rec.fields[i];
            const std::string_view v = c.value;
            switch (f.cols[i]->field) {
                case sp_seq: ok &= seq_cell(f, rec, line, c, above, above_ok, p.seq); break;
                case sp_year: {
                    std::size_t lead = 0;
                    const std::string_view s = trim(v, lead);
                    if (s.empty()) break;  // no budget year, as in a target table
                    if (auto e = parse_year(s, p.year)) {
                        at_cell(f, rec, line, c, lead + e->offset, bad_value("bad ", "年度", s, e->reason));
                        ok = false;
                    }
                    break;
                }
                case sp_name: p.name = v; break;
                case sp_department: p.department = v; break;
                case sp_implementer: p.implementer = v; break;
                case sp_total: ok &= optional_number(f, rec, line, c, "总分", p.total); break;
                case sp_conclusion: p.conclusion = v; break;
                case sp_problems: p.problems = v; break;
                case sp_measures: p.measures = v; break;
                default: break;
            }
        }
        // A blank 项目名称 is kept (an excerpt may not show it). A row with a bad cell is kept too, so that its rows in
        // the other files still find their table (the set is refused for the bad cell all the same); one whose 序号
        // cannot be read names no table.
        if (ok || p.seq != 0) projects_.push_back(std::move(p));
    }
    void read_execution(std::size_t k, const csv_record& rec, std::size_t line, int& above, bool& above_ok) {
        se_file& f = files_[k];
        se_execution_row<A> x;
        x.file = k;
        x.line = line;
        bool ok = true;
        std::optional<decimal> rate;
        std::size_t rate_digits = 0;
        const csv_field* rate_cell = nullptr;
        for (std::size_t i = 0; i < f.cols.size(); ++i) {
            if (f.cols[i] == nullptr) continue;
            const csv_field& c = rec.fields[i];
            const std::string_view name = f.cols[i]->header;
            switch (f.cols[i]->field) {
                case sx_seq: ok &= seq_cell(f, rec, line, c, above, above_ok, x.seq); break;
                case sx_label: x.label = trim(c.value); break;
                case sx_initial: ok &= amount_cell(f, rec, line, c, name, f.yuan[i], x.row.initial); break;
                case sx_budget: ok &= amount_cell(f, rec, line, c, name, f.yuan[i], x.row.budget); break;
                case sx_executed: ok &= amount_cell(f, rec, line, c, name, f.yuan[i], x.row.executed); break;
                case sx_rate: {
                    std::string_view s = trim(c.value);
                    if (s.empty()) break;
                    rate_cell = &c;
                    if (s.ends_with("%")) s.remove_suffix(1);
                    if (s.ends_with("％")) s.remove_suffix(std::string_view("％").size());
                    s = trim(s);
                    const std::size_t point = s.find('.');
                    rate_digits = point == std::string_view::npos ? 0 : s.size() - point - 1;
                    decimal d{};
                    if (auto e = parse_decimal(s, d)) {
                        at_cell(f, rec, line, c, 0, bad_value("bad ", "执行率", c.value, e->reason));
                        ok = false;
                    } else {
                        rate = d;
                    }
                    break;
                }
                case sx_points: ok &= optional_number(f, rec, line, c, "分值", x.row.points); break;
                case sx_score: ok &= optional_number(f, rec, line, c, "得分", x.row.score); break;
                case sx_reason: x.reason = c.value; break;
                default: break;
            }
        }
        if (ok && x.label.empty()) {
            error_at(f, rec.begin, line, 0,
                     {"资金是空的：请写 年度资金总额 或资金来源（财政拨款、上年结转资金、其他资金 …）",
                      "资金 is empty: write 年度资金总额 or a source (财政拨款, 上年结转资金, 其他资金 …)"});
            ok = false;
        }
        if (ok && rate && rate_cell != nullptr && !rate_agrees(*rate, rate_digits, x.row.budget, x.row.executed)) {
            at_cell(f, rec, line, *rate_cell, 0,
                    {"执行率「" + shown(trim(rate_cell->value)) + "」与 全年执行数 ÷ 全年预算数 不符",
                     "执行率 「" + shown(trim(rate_cell->value)) + "」 is not 全年执行数 / 全年预算数"});
            ok = false;
        }
        if (ok) execution_.push_back(std::move(x));
    }
    /// Whether a stated 执行率 (in %, with `digits` decimals as written) is 执行数 / 预算数 at that precision, cut
    /// or rounded, or 100 % for an execution above the budget (forms that cap the rate); true when the amounts are
    /// not there to tell.
    static bool rate_agrees(const decimal& rate, std::size_t digits, const std::optional<A>& budget,
                            const std::optional<A>& executed) {
        if constexpr (!std::is_integral_v<typename A::rep>) {
            return true;
        } else {
            if (!budget || !executed || budget->raw() <= 0 || executed->raw() < 0 || digits > 4) return true;
            using jixiao::detail::int128;
            int128 scale = 1;
            for (std::size_t k = 0; k < digits; ++k) scale *= 10;
            const int128 num = static_cast<int128>(executed->raw()) * 100 * scale;
            const int128 den = static_cast<int128>(budget->raw());
            const int128 cut = num / den;
            // the written rate × 10^digits, a whole number (decimal holds more digits than a rate is written with)
            const int128 written = static_cast<int128>(rate.raw()) * scale /
                                   jixiao::detail::pow10<int128>(decimal::scale);
            const int128 half_up = (2 * num + den) / (2 * den);
            if (written == cut || written == half_up) return true;
            return num > 100 * scale * den && written == 100 * scale;
        }
    }
    void read_result(std::size_t k, const csv_record& rec, std::size_t line, int& above, bool& above_ok) {
        se_file& f = files_[k];
        se_result_row x;
        x.file = k;
        x.line = line;
        bool ok = true;
        const csv_field *target = nullptr, *cmp = nullptr, *unit = nullptr, *actual = nullptr, *l1 = nullptr,
                        *l2 = nullptr;
        for (std::size_t i = 0; i < f.cols.size(); ++i) {
            if (f.cols[i] == nullptr) continue;
            const csv_field& c = rec.fields[i];
            switch (f.cols[i]->field) {
                case sr_seq: ok &= seq_cell(f, rec, line, c, above, above_ok, x.seq); break;
                case sr_level1: l1 = &c; break;
                case sr_level2: l2 = &c; break;
                case sr_name: x.name = c.value; break;
                case sr_target: target = &c; break;
                case sr_cmp: cmp = &c; break;
                case sr_unit: unit = &c; break;
                case sr_actual: actual = &c; break;
                case sr_points: ok &= optional_number(f, rec, line, c, "分值", x.row.points); break;
                case sr_score: ok &= optional_number(f, rec, line, c, "得分", x.row.score); break;
                case sr_deviation: x.deviation = c.value; break;
                default: break;
            }
        }
        if (x.seq != levels_seq_) {  // merged 一级 / 二级 cells continue within one table's rows only
            above_level1_.clear();
            above_level2_.clear();
            levels_seq_ = x.seq;
        }
        ok &= read_category(f, rec, line, l1, l2, x);
        if (target != nullptr) {
            x.wording = target->value;
            const target_cell t(cmp != nullptr ? trim(cmp->value) : "", target->value,
                                unit != nullptr ? trim(unit->value) : "");
            if (t.ok()) {
                x.row.target = t.value;
                if (!t.composed.empty()) x.wording = t.composed;
            } else {
                at_cell(f, rec, line, *target, t.offset,
                        bad_value("bad ", "年度指标值", t.shown(target->value), t.reason));
                ok = false;
            }
        }
        if (actual != nullptr) {
            std::size_t lead = 0;
            const std::string_view s = trim(actual->value, lead);
            const auto a = try_parse_actual(s);
            if (a.ok()) {
                x.row.actual = a.actual;
                x.actual_word = a.actual.word;
            } else {
                at_cell(f, rec, line, *actual, lead + a.position,
                        bad_value("bad ", "实际完成值", s, actual_reason(a.reason)));
                ok = false;
            }
        }
        if (ok) results_.push_back(std::move(x));
    }
    bool causes_cell(se_file& f, const csv_record& rec, std::size_t line, const csv_field& c, cause_set& out) {
        std::size_t lead = 0;
        const std::string_view s = trim(c.value, lead);
        const auto r = try_parse_causes(s);
        if (r.ok()) {
            out = r.value;
            return true;
        }
        at_cell(f, rec, line, c, lead + r.position, bad_value("bad ", "偏差原因", s, monitoring_reason(r.reason)));
        return false;
    }
    bool actual_cell(se_file& f, const csv_record& rec, std::size_t line, const csv_field& c, std::string_view what,
                     actual_value& out, std::string& word) {
        std::size_t lead = 0;
        const std::string_view s = trim(c.value, lead);
        const auto a = try_parse_actual(s);
        if (a.ok()) {
            out = a.actual;
            word = a.actual.word;
            return true;
        }
        at_cell(f, rec, line, c, lead + a.position, bad_value("bad ", what, s, actual_reason(a.reason)));
        return false;
    }
    void read_mexec(std::size_t k, const csv_record& rec, std::size_t line, int& above, bool& above_ok) {
        se_file& f = files_[k];
        se_mexec_row<A> x;
        x.file = k;
        x.line = line;
        bool ok = true;
        for (std::size_t i = 0; i < f.cols.size(); ++i) {
            if (f.cols[i] == nullptr) continue;
            const csv_field& c = rec.fields[i];
            const std::string_view name = f.cols[i]->header;
            switch (f.cols[i]->field) {
                case mx_seq: ok &= seq_cell(f, rec, line, c, above, above_ok, x.seq); break;
                case mx_label: x.label = trim(c.value); break;
                case mx_budget: ok &= amount_cell(f, rec, line, c, name, f.yuan[i], x.row.budget); break;
                case mx_executed: ok &= amount_cell(f, rec, line, c, "执行数", f.yuan[i], x.row.executed); break;
                case mx_expected: ok &= amount_cell(f, rec, line, c, name, f.yuan[i], x.row.expected); break;
                case mx_causes: ok &= causes_cell(f, rec, line, c, x.row.causes); break;
                case mx_reason: x.reason = c.value; break;
                case mx_measure: x.measure = c.value; break;
                default: break;  // 执行率: the rates are progress()'s
            }
        }
        if (ok && x.label.empty()) {
            error_at(f, rec.begin, line, 0,
                     {"资金是空的：请写 年度资金总额 或资金来源（财政拨款、上年结转资金、其他资金 …）",
                      "资金 is empty: write 年度资金总额 or a source (财政拨款, 上年结转资金, 其他资金 …)"});
            ok = false;
        }
        if (ok) mexec_.push_back(std::move(x));
    }
    void read_mres(std::size_t k, const csv_record& rec, std::size_t line, int& above, bool& above_ok) {
        se_file& f = files_[k];
        se_mres_row x;
        x.file = k;
        x.line = line;
        bool ok = true;
        const csv_field *target = nullptr, *cmp = nullptr, *unit = nullptr, *l1 = nullptr, *l2 = nullptr;
        for (std::size_t i = 0; i < f.cols.size(); ++i) {
            if (f.cols[i] == nullptr) continue;
            const csv_field& c = rec.fields[i];
            switch (f.cols[i]->field) {
                case mr_seq: ok &= seq_cell(f, rec, line, c, above, above_ok, x.seq); break;
                case mr_level1: l1 = &c; break;
                case mr_level2: l2 = &c; break;
                case mr_name: x.name = c.value; break;
                case mr_target: target = &c; break;
                case mr_cmp: cmp = &c; break;
                case mr_unit: unit = &c; break;
                case mr_reached: ok &= actual_cell(f, rec, line, c, "执行情况", x.row.reached, x.reached_word); break;
                case mr_expected:
                    ok &= actual_cell(f, rec, line, c, "全年预计完成情况", x.row.expected, x.expected_word);
                    break;
                case mr_likely: {
                    std::size_t lead = 0;
                    const std::string_view s = trim(c.value, lead);
                    const auto r = try_parse_likelihood(s);
                    if (r.ok()) {
                        x.row.likely = r.value;
                    } else {
                        at_cell(f, rec, line, c, lead + r.position,
                                bad_value("bad ", "完成目标可能性", s, monitoring_reason(r.reason)));
                        ok = false;
                    }
                    break;
                }
                case mr_causes: ok &= causes_cell(f, rec, line, c, x.row.causes); break;
                case mr_reason: x.reason = c.value; break;
                case mr_measure: x.measure = c.value; break;
                default: break;
            }
        }
        if (x.seq != levels_seq_) {
            above_level1_.clear();
            above_level2_.clear();
            levels_seq_ = x.seq;
        }
        ok &= read_levels(f, rec, line, l1, l2, x.level1, x.level2);
        if (target != nullptr) {
            x.wording = target->value;
            const target_cell t(cmp != nullptr ? trim(cmp->value) : "", target->value,
                                unit != nullptr ? trim(unit->value) : "");
            if (t.ok()) {
                x.row.target = t.value;
                if (!t.composed.empty()) x.wording = t.composed;
            } else {
                at_cell(f, rec, line, *target, t.offset,
                        bad_value("bad ", "年度指标值", t.shown(target->value), t.reason));
                ok = false;
            }
        }
        if (ok) mres_.push_back(std::move(x));
    }
    bool read_category(se_file& f, const csv_record& rec, std::size_t line, const csv_field* c1, const csv_field* c2,
                       se_result_row& x) {
        return read_levels(f, rec, line, c1, c2, x.level1, x.level2);
    }
    bool read_levels(se_file& f, const csv_record& rec, std::size_t line, const csv_field* c1, const csv_field* c2,
                     std::string& level1, std::string& level2) {
        std::string_view l1 = c1 != nullptr ? trim(c1->value) : std::string_view{};
        std::string_view l2 = c2 != nullptr ? trim(c2->value) : std::string_view{};
        if (l2.empty() && !above_level2_.empty()) {
            l2 = above_level2_;
            if (l1.empty()) l1 = above_level1_;
        } else if (l1.empty() && !above_level1_.empty()) {
            bool unused = false;
            if (resolve_category<F>(above_level1_, l2, unused)) l1 = above_level1_;
        }
        if (l2.empty()) {
            if (c2 != nullptr) at_cell(f, rec, line, *c2, 0, {"二级指标是空的：请填写", "二级指标 is empty"});
            return false;
        }
        level1 = l1;
        level2 = l2;
        above_level1_ = level1;
        above_level2_ = level2;
        return true;
    }

    // ---- the tables
    /// The projects row of each 序号 (a 序号 given twice is an error); then, for each table, the rows of `a` and of
    /// `b` that name it (a row whose 序号 is no table's is an error). False if anything is wrong in any file.
    template <class RowsA, class RowsB>
    bool link(const RowsA& a, const RowsB& b, std::vector<std::vector<std::size_t>>& of_a,
              std::vector<std::vector<std::size_t>>& of_b) {
        std::map<int, std::size_t> by_seq;  // 序号 → its projects row
        for (std::size_t i = 0; i < projects_.size(); ++i) {
            const auto [it, fresh] = by_seq.emplace(projects_[i].seq, i);
            if (!fresh) {
                const se_project_row& first = projects_[it->second];
                files_[projects_[i].file].errors.push_back(io_error::make(
                    files_[projects_[i].file].name, projects_[i].line, 1,
                    {"序号 " + std::to_string(projects_[i].seq) + " 已用于 " + files_[first.file].name + ":" +
                         std::to_string(first.line) + "：每张表的序号要不同",
                     "序号 " + std::to_string(projects_[i].seq) + " is already used at " + files_[first.file].name +
                         ":" + std::to_string(first.line) + ": each table needs its own 序号"}));
            }
        }
        of_a.assign(projects_.size(), {});
        of_b.assign(projects_.size(), {});
        auto place = [&](const auto& rows, std::vector<std::vector<std::size_t>>& of) {
            for (std::size_t i = 0; i < rows.size(); ++i) {
                const auto it = by_seq.find(rows[i].seq);
                if (it != by_seq.end()) {
                    of[it->second].push_back(i);
                    continue;
                }
                se_file& f = files_[rows[i].file];
                f.errors.push_back(
                    io_error::make(f.name, rows[i].line, 1,
                                   {"序号 " + std::to_string(rows[i].seq) + " 在项目表里找不到",
                                    "序号 " + std::to_string(rows[i].seq) + " is not a table of the projects files"}));
            }
        };
        place(a, of_a);
        place(b, of_b);
        return std::all_of(files_.begin(), files_.end(), [](const se_file& f) { return f.errors.empty(); });
    }
    /// The category of an indicator row: a known one, or the official 一级 with the 二级 as written.
    static category category_of(const std::string& level1, const std::string& level2) {
        bool known = false;
        if (auto c = resolve_category<F>(level1, level2, known)) return *c;
        return category{level1_category{level1}, level2};
    }

    void assemble(self_evaluation_read_result<A>& out) {
        std::vector<std::vector<std::size_t>> exec, res;
        if (!link(execution_, results_, exec, res)) return;
        for (std::size_t t = 0; t < projects_.size(); ++t) {
            const se_project_row& p = projects_[t];
            std::vector<execution_row<A>> funding;
            std::vector<result_row> indicators;
            std::vector<row_origin> funding_rows, indicator_rows;
            for (std::size_t i : exec[t]) {
                auto& x = execution_[i];
                x.row.label = x.label;
                x.row.reason = x.reason;
                funding.push_back(x.row);
                funding_rows.push_back(row_origin{files_[x.file].name, x.line});
            }
            for (std::size_t i : res[t]) {
                auto& x = results_[i];
                x.row.cat = category_of(x.level1, x.level2);
                x.row.name = x.name;
                x.row.wording = x.wording;
                x.row.deviation = x.deviation;
                x.row.actual.word = x.actual_word;
                indicators.push_back(x.row);
                indicator_rows.push_back(row_origin{files_[x.file].name, x.line});
            }
            basic_self_evaluation<A> e;
            e.seq = p.seq;
            e.year = p.year;
            e.name = p.name;
            e.department = p.department;
            e.implementer = p.implementer;
            e.funding = funding;
            e.indicators = indicators;
            e.total = p.total;
            e.conclusion = p.conclusion;
            e.problems = p.problems;
            e.measures = p.measures;
            out.store.add(e);
            out.origins.add(table_origin{row_origin{files_[p.file].name, p.line}, indicator_rows, {}, funding_rows});
        }
    }

    void assemble_monitoring(monitoring_read_result<A>& out) {
        std::vector<std::vector<std::size_t>> exec, res;
        if (!link(mexec_, mres_, exec, res)) return;
        for (std::size_t t = 0; t < projects_.size(); ++t) {
            const se_project_row& p = projects_[t];
            std::vector<monitoring_row<A>> funding;
            std::vector<monitoring_result> indicators;
            std::vector<row_origin> funding_rows, indicator_rows;
            unsigned month = 0;
            bool months_agree = true;
            auto note_month = [&](std::size_t file) {
                const unsigned m = files_[file].month;
                if (m == 0) return;
                if (month != 0 && m != month) months_agree = false;
                month = m;
            };
            for (std::size_t i : exec[t]) {
                auto& x = mexec_[i];
                x.row.label = x.label;
                x.row.reason = x.reason;
                x.row.measure = x.measure;
                funding.push_back(x.row);
                funding_rows.push_back(row_origin{files_[x.file].name, x.line});
                note_month(x.file);
            }
            for (std::size_t i : res[t]) {
                auto& x = mres_[i];
                x.row.cat = category_of(x.level1, x.level2);
                x.row.name = x.name;
                x.row.wording = x.wording;
                x.row.reason = x.reason;
                x.row.measure = x.measure;
                x.row.reached.word = x.reached_word;
                x.row.expected.word = x.expected_word;
                indicators.push_back(x.row);
                indicator_rows.push_back(row_origin{files_[x.file].name, x.line});
                note_month(x.file);
            }
            if (month == 0 && !funding.empty()) {
                files_[p.file].errors.push_back(io_error::make(
                    files_[p.file].name, p.line, 1,
                    {"序号 " + std::to_string(p.seq) +
                         " 的监控表没有监控月份：资金文件要有「1-N月执行数」列（或指标文件有「1-N月执行情况」列），N 为监控到的月份",
                     "序号 " + std::to_string(p.seq) +
                         " has no monitoring month: its funding file needs a 1-N月执行数 column (or its indicators "
                         "file a 1-N月执行情况 column), N the month monitored to"}));
                continue;
            }
            if (!months_agree) {
                files_[p.file].errors.push_back(io_error::make(
                    files_[p.file].name, p.line, 1,
                    {"序号 " + std::to_string(p.seq) + " 的各行来自不同监控月份的文件（表头 1-N月 的 N 不同）",
                     "the rows of 序号 " + std::to_string(p.seq) +
                         " come from files of different monitoring months (the N of their 1-N月 headers)"}));
                continue;
            }
            basic_monitoring_table<A> m;
            m.seq = p.seq;
            m.year = p.year;
            m.month = month;
            m.name = p.name;
            m.department = p.department;
            m.implementer = p.implementer;
            m.funding = funding;
            m.indicators = indicators;
            out.store.add(m);
            out.origins.add(table_origin{row_origin{files_[p.file].name, p.line}, indicator_rows, {}, funding_rows});
        }
    }

    csv_read_options opt_;
    std::vector<se_file> files_;
    std::vector<se_project_row> projects_;
    std::vector<se_execution_row<A>> execution_;
    std::vector<se_result_row> results_;
    std::vector<se_mexec_row<A>> mexec_;
    std::vector<se_mres_row> mres_;
    std::string above_level1_, above_level2_;
    int levels_seq_ = 0;  // the 序号 whose rows above_level*_ belong to
};

}  // namespace detail::io

/// Reads a self-evaluation set from CSV texts (see the layout at the top of this header). F: the target-table
/// form, whose categories' labels are read and whose projects-file columns are left out.
template <form F, class A = wan>
self_evaluation_read_result<A> read_self_evaluation_csv(std::span<const csv_source> sources,
                                                        const csv_read_options& options = {}) {
    detail::io::se_reader<F, A> reader(options);
    for (const auto& s : sources) reader.add(detail::io::csv_input(s.name, s.text));
    return reader.run();
}

/// read_self_evaluation_csv for a braced list of sources.
template <form F, class A = wan>
self_evaluation_read_result<A> read_self_evaluation_csv(std::initializer_list<csv_source> sources,
                                                        const csv_read_options& options = {}) {
    return read_self_evaluation_csv<F, A>(std::span<const csv_source>(sources.begin(), sources.size()), options);
}

/// Reads a self-evaluation set from CSV files; a file that cannot be read is an error (line and column 0).
template <form F, class A = wan>
self_evaluation_read_result<A> read_self_evaluation_csv_files(std::span<const std::filesystem::path> paths,
                                                              const csv_read_options& options = {}) {
    detail::io::se_reader<F, A> reader(options);
    detail::io::add_files(reader, paths);
    return reader.run();
}

/// Reads a monitoring set (绩效监控表) from CSV texts: a projects file, a funding file (1-N月执行数, 全年预计执行数)
/// and an indicators file (完成目标可能性); see the layout at the top of this header.
template <form F, class A = wan>
monitoring_read_result<A> read_monitoring_csv(std::span<const csv_source> sources,
                                              const csv_read_options& options = {}) {
    detail::io::se_reader<F, A> reader(options);
    for (const auto& s : sources) reader.add(detail::io::csv_input(s.name, s.text));
    return reader.run_monitoring();
}

/// read_monitoring_csv for a braced list of sources.
template <form F, class A = wan>
monitoring_read_result<A> read_monitoring_csv(std::initializer_list<csv_source> sources,
                                              const csv_read_options& options = {}) {
    return read_monitoring_csv<F, A>(std::span<const csv_source>(sources.begin(), sources.size()), options);
}

/// Reads a monitoring set from CSV files; a file that cannot be read is an error (line and column 0).
template <form F, class A = wan>
monitoring_read_result<A> read_monitoring_csv_files(std::span<const std::filesystem::path> paths,
                                                    const csv_read_options& options = {}) {
    detail::io::se_reader<F, A> reader(options);
    detail::io::add_files(reader, paths);
    return reader.run_monitoring();
}

/// The kind of a CSV file of a self-evaluation or monitoring set, by its header row (within the first 11 non-blank
/// rows of its first 64 KiB; in `encoding` if one is given, as csv_read_options::encoding; else UTF-8, or GB18030
/// for a file that is not UTF-8): what jixiao_check tells the kind of a set by.
inline self_evaluation_file self_evaluation_file_kind(const std::filesystem::path& path,
                                                      const std::string& encoding = {}) {
    std::vector<io_error> errors;
    auto in = detail::io::csv_input::open(path, errors);
    if (!in) return self_evaluation_file::none;
    std::string head;
    if (!in->append(0, std::min<std::uint64_t>(in->size(), 64 * 1024), head)) return self_evaluation_file::none;
    auto kind_of = [](std::string_view text) {
        detail::io::csv_record rec;
        detail::io::csv_arena arena;
        std::size_t pos = 0;
        for (int rows = 0; pos < text.size() && rows < 11;) {
            std::optional<detail::io::cell_error> e;
            if (detail::io::scan_record(text, pos, false, rec, arena, e) != detail::io::scan_status::record) break;
            pos = rec.end;
            if (rec.blank()) continue;
            ++rows;
            std::vector<std::string_view> cells;
            for (const auto& c : rec.fields) cells.push_back(c.value);
            const auto k = detail::io::se_kind(cells);
            if (k != self_evaluation_file::none) return k;
        }
        return self_evaluation_file::none;
    };
    const bool given = !encoding.empty() && !detail::io::is_utf8_name(encoding);
    const auto k = given ? self_evaluation_file::none : kind_of(head);
    if (k != self_evaluation_file::none || (!encoding.empty() && !given)) return k;
    // Not found as UTF-8: in the encoding given, or as GB18030 (the head may end inside a character: cut back to a
    // line end).
    const std::size_t cut = head.rfind('\n');
    if (cut == std::string::npos) return k;
    head.resize(cut + 1);
    std::optional<io_error> err;
    auto d = detail::io::csv_input(path.string(), head).decoded(given ? encoding : std::string("GB18030"), err);
    std::string text;
    if (!d || !d->append(0, d->size(), text)) return k;
    return kind_of(text);
}

}  // namespace jixiao

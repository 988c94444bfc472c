// jixiao — reports: a text, Markdown or HTML summary of any set of tables (run time only).
//
// Every figure in a report comes from the library (total, by_applicant, by_implementer, count_indicators,
// validate, to_chinese_upper, to_string); every label of a funding column or row comes from the form.
// The three formats share one document model (report_document), so they always show the same tables.
// A report is Chinese by default and English with report_options::lang; the form's own labels (本年度项目资金,
// 区财政拨款, the categories) and 人民币大写 are the form's words and stay as the form prints them.
#pragma once

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <ostream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "../aggregate.hpp"
#include "../amount.hpp"
#include "../chinese.hpp"
#include "../language.hpp"
#include "../origin.hpp"
#include "../project.hpp"
#include "../validate.hpp"
#include "common.hpp"
#include "text_grid.hpp"

namespace jixiao {

// ---------------------------------------------------------------------------------------------
// Reports
// ---------------------------------------------------------------------------------------------

/// What a report shows and how.
struct report_options {
    std::string title{};  ///< the heading; empty: "项目支出绩效目标汇总" (the form's name is always shown below it)
    bool findings = true;                          ///< include the validation findings
    int chart_width = 480;                         ///< HTML: pixels of the longest bar of the chart
    jixiao::language lang = jixiao::language::zh;  ///< the report's language (headings, notes, findings)
    /// The origins of the tables (in the order of the report's range), for tables read from files: each finding
    /// then names its row (file:line) in a column of its own. Null, or a table without an origin: no row.
    const table_origins* origins = nullptr;
};

/// One bar of the HTML chart: a table's 序号, name and this year's total, and the bar's length.
struct report_bar {
    int seq = 0;
    std::string project;
    std::string amount;  ///< to_string of the amount, in 万元
    int length = 0;      ///< pixels: round(amount × chart_width / largest amount), 0 for amounts ≤ 0
};

/// A part of a report: a heading, notes, grids of figures and perhaps a bar chart after them.
/// Every section is numbered, and numbered alike in text, Markdown and HTML: the chart is a part of a
/// section (资金合计), drawn in HTML only, never a section of its own.
struct report_section {
    std::string heading;
    std::vector<std::string> notes;  ///< paragraphs before the grids
    std::vector<text_grid> grids;    ///< the section's grids of figures
    std::vector<report_bar> chart;   ///< HTML only: the bars of a chart after the grids
    std::string chart_heading;       ///< HTML only: the chart's own (unnumbered) heading
    std::string chart_caption;
    /// Whether the section has a chart (which only HTML draws).
    [[nodiscard]] bool is_chart() const noexcept { return !chart.empty(); }
};

/// A whole report, before it is written in one format.
struct report_document {
    jixiao::language lang = jixiao::language::zh;  ///< the language it is written in (section numbers follow it)
    std::string title;
    std::vector<std::string> preamble;  ///< lines under the title
    std::vector<report_section> sections;
};

namespace detail::report_text {

/// The report's own words, in both languages (the data's and the form's words are never translated).
struct words {
    static constexpr localized_text title{"项目支出绩效目标汇总", "Summary of project expenditure performance targets"};
    static constexpr localized_text form{"表样：", "Form: "};
    static constexpr localized_text tables{"项目数：", "Tables: "};
    static constexpr localized_text unit{"金额单位：", "Amounts in: "};
    static constexpr localized_text overview{"项目一览", "Projects"};
    static constexpr localized_text totals{"资金合计", "Funding totals"};
    static constexpr localized_text by_project{"（按项目）", " by project"};
    static constexpr localized_text caption_sep{"，", ", "};
    static constexpr localized_text sources{"资金来源合计", "Totals by funding source"};
    static constexpr localized_text by_applicant{"按申报单位", "By applicant (申报单位)"};
    static constexpr localized_text by_implementer{"按实施单位", "By implementer (实施单位)"};
    static constexpr localized_text indicators{"指标数量", "Indicators by category"};
    static constexpr localized_text findings_by_rule{"审核发现（按规则）", "Findings by rule"};
    static constexpr localized_text findings_all{"审核发现（明细）", "Findings"};
    static constexpr localized_text row_source{"来源", "Row"};
    static constexpr localized_text seq{"序号", "No."};
    static constexpr localized_text seq_and_project{"序号 项目名称", "No. Project"};
    static constexpr localized_text project{"项目名称", "Project"};
    static constexpr localized_text implementer{"实施单位", "Implementer"};
    static constexpr localized_text applicant{"申报单位", "Applicant"};
    static constexpr localized_text total{"合计", "Total"};
    static constexpr localized_text column{"栏目", "Column"};
    static constexpr localized_text amount{"金额", "Amount"};
    static constexpr localized_text in_words{"人民币大写", "In words (人民币大写)"};
    static constexpr localized_text source{"资金来源", "Source"};
    static constexpr localized_text projects{"项目数", "Tables"};
    static constexpr localized_text level1{"一级指标", "Level 1 (一级指标)"};
    static constexpr localized_text category{"指标类别", "Category"};
    static constexpr localized_text count{"指标数", "Indicators"};
    static constexpr localized_text placeholders{"其中占位（无或空白）", "Of which placeholders (无 or blank)"};
    static constexpr localized_text rule_id{"规则编号", "Rule id"};
    static constexpr localized_text rule{"规则", "Rule"};
    static constexpr localized_text level{"级别", "Severity"};
    static constexpr localized_text found{"条数", "Findings"};
    static constexpr localized_text meaning{"含义", "What it finds"};
    static constexpr localized_text message{"说明", "Message"};
    static constexpr localized_text overflow{"（溢出）", " (overflow)"};
    static constexpr localized_text beyond_range{"（超出金额类型的范围，无法写成大写）",
                                                 "(beyond the amount type's range: no 大写)"};
    static constexpr localized_text below_fen{"（含不足1分的尾数，无法写成大写）", "(digits below 1 分: no 大写)"};
};

/// The words of a report in language l.
constexpr std::string_view in(const localized_text& t, language l) noexcept { return t.in(l); }

/// round_half_up(x × width / largest) for 0 < x, computed by addition and subtraction of amounts only,
/// so it is exact and cannot overflow whatever the amount's representation.
template <class A>
int bar_length(const A& x, const A& largest, int width) {
    if (width <= 0 || !(A{} < x) || !(A{} < largest)) return 0;
    if (!(x < largest)) return width;
    // Long division of x × width by largest: q whole parts, remainder acc (0 ≤ acc < largest).
    A acc{};
    int q = 0;
    for (int k = 0; k < width; ++k) {
        if (acc >= largest - x) {
            acc -= largest - x;
            ++q;
        } else {
            acc += x;
        }
    }
    if (acc >= largest - acc) ++q;  // remainder ≥ half of largest: round up
    return q;
}

/// 人民币大写, or a note where the amount has digits below 1 分 (possible only with more than 6 decimals).
template <class A>
std::string chinese_upper_or_note(const A& x, language l) {
    try {
        return to_chinese_upper(x);
    } catch (const std::domain_error&) {
        return std::string(in(words::below_fen, l));
    }
}

/// An amount's exact digits as the tables print them (detail::io::money_string: four fraction digits, and the
/// 分 of wan_fen only where they are not zero).
template <class A>
std::string amount_text(const A& a) {
    return io::money_string(a);
}

/// A total as text: exact, and marked where the amount type cannot hold it (amount_overflow names it).
template <class A>
std::string total_text(const checked_total<A>& t, language l) {
    return t.ok() ? amount_text(t.value)
                  : io::money_digits<A::scale>(to_string(t)) + std::string(in(words::overflow, l));
}

/// s cut to at most `width` display columns, with "…" in place of what is cut.
inline std::string truncate_to_width(std::string_view s, std::size_t width) {
    if (display_width(s) <= width) return std::string(s);
    std::size_t w = 0;
    std::size_t i = 0;
    while (i < s.size()) {
        const auto ch = detail::decode_utf8(s, i);
        const std::size_t cw = ch.valid && detail::text_width::is_wide(ch.code) ? 2u : 1u;
        if (w + cw + 1 > width) break;  // room for the "…" (one column)
        w += cw;
        i += ch.length;
    }
    return std::string(s.substr(0, i)) + "…";
}

/// The number of section i (from 0) as its heading writes it: 一、 (Chinese) or 1. (English).
inline std::string section_number(std::size_t i, language l) {
    if (l == language::en) return std::to_string(i + 1) + ". ";
    static constexpr std::string_view digits[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    const std::size_t n = i + 1;
    if (n >= 100) return std::to_string(n) + "、";
    std::string out;
    if (n >= 20) out += digits[n / 10];
    if (n >= 10) out += "十";
    out += digits[n % 10];
    return out + "、";
}

}  // namespace detail::report_text

/// The report of a set of tables as a document: the grids of each section, ready to be written as
/// text, Markdown or HTML, in opt.lang. Sections: 项目一览, 资金合计 (万元 and 人民币大写), the chart (HTML),
/// 资金来源合计, 按申报单位, 按实施单位, 指标数量, and the validation findings.
template <project_range R>
report_document make_report_document(const R& projects, const report_options& opt = {}) {
    using P = detail::range_project_t<R>;
    using F = typename P::form_type;
    using A = typename P::amount_type;
    using w = detail::report_text::words;
    constexpr std::size_t ncol = F::columns.size();
    constexpr std::size_t nrow = F::funding_rows.size();
    const language l = opt.lang;
    const auto say = [l](const localized_text& t) { return std::string(t.in(l)); };
    const bool zh = l == language::zh;
    const std::string unit = "万元";  // every basic_amount is in 万元, whatever the form prints
    const auto total_text = [l](const auto& t) { return detail::report_text::total_text(t, l); };

    const auto grand = total(projects);
    report_document doc;
    doc.lang = l;
    doc.title = opt.title.empty() ? say(w::title) : opt.title;
    doc.preamble.push_back(say(w::form) + std::string(F::name));
    doc.preamble.push_back(say(w::tables) + std::to_string(grand.projects));
    doc.preamble.push_back(say(w::unit) + unit);

    // Amount columns: HTML groups their digits (15,173.4910); text and Markdown keep them as to_string writes them.
    auto amount_columns = [&](text_grid& t) {
        for (std::size_t c = 0; c < ncol; ++c) t.add_column({std::string(F::columns[c]), align::right, true});
    };
    auto amount_cells = [&](std::vector<std::string>& cells, const auto& sum) {
        for (std::size_t c = 0; c < ncol; ++c) cells.push_back(total_text(sum.column_total(c)));
    };

    // 项目一览
    {
        report_section s;
        s.heading = say(w::overview);
        text_grid t{{say(w::seq), align::right}, {say(w::project), align::left}, {say(w::implementer), align::left}};
        amount_columns(t);
        for (const auto& p : projects) {
            std::vector<std::string> cells{std::to_string(p.seq), std::string(p.name), std::string(p.implementer)};
            for (std::size_t c = 0; c < ncol; ++c)
                cells.push_back(detail::report_text::amount_text(p.funding[c].total));
            t.add_row(std::move(cells));
        }
        std::vector<std::string> foot{"", say(w::total), ""};
        amount_cells(foot, grand);
        t.add_footer_row(std::move(foot));
        s.grids.push_back(std::move(t));
        doc.sections.push_back(std::move(s));
    }

    // 资金合计
    {
        report_section s;
        s.heading = say(w::totals);
        text_grid t{{say(w::column), align::left},
                    {say(w::amount) + (zh ? "（" + unit + "）" : " (" + unit + ")"), align::right, true},
                    {say(w::in_words), align::left}};
        for (std::size_t c = 0; c < ncol; ++c) {
            t.add_row({std::string(F::columns[c]), total_text(grand.column_total(c)),
                       grand.held(c) ? detail::report_text::chinese_upper_or_note(grand.column[c], l)
                                     : say(w::beyond_range)});
        }
        s.grids.push_back(std::move(t));

        // The chart of this year's column by project (HTML only), a part of this section.
        s.chart_heading = std::string(F::columns[F::current_column]) + say(w::by_project);
        s.chart_caption = std::string(F::columns[F::current_column]) + say(w::caption_sep) + unit;
        A largest{};
        for (const auto& p : projects) {
            if (largest < p.current().total) largest = p.current().total;
        }
        for (const auto& p : projects) {
            s.chart.push_back(report_bar{p.seq, std::string(p.name),
                                         detail::report_text::amount_text(p.current().total),
                                         detail::report_text::bar_length(p.current().total, largest, opt.chart_width)});
        }
        doc.sections.push_back(std::move(s));
    }

    // 资金来源合计
    {
        report_section s;
        s.heading = say(w::sources);
        text_grid t{{say(w::source), align::left}};
        amount_columns(t);
        for (std::size_t r = 0; r < nrow; ++r) {
            std::vector<std::string> cells{std::string(F::funding_rows[r])};
            for (std::size_t c = 0; c < ncol; ++c) cells.push_back(total_text(grand.source_total(c, r)));
            t.add_row(std::move(cells));
        }
        std::vector<std::string> foot{say(w::total)};
        amount_cells(foot, grand);
        t.add_footer_row(std::move(foot));
        // Blank cells are not zeros: say how many there are, so a reader can tell.
        for (std::size_t c = 0; c < ncol; ++c) {
            std::size_t blank = 0;
            for (const auto& p : projects) {
                for (const auto& cell : p.funding[c].sources)
                    if (!cell) ++blank;
            }
            if (blank == 0) continue;
            if (zh) {
                s.notes.push_back(std::string(F::columns[c]) + "：" + std::to_string(blank) +
                                  " 个来源单元格空白（未填写，不计入合计）。");
            } else {
                s.notes.push_back(std::string(F::columns[c]) + ": " + std::to_string(blank) +
                                  (blank == 1 ? " source cell is" : " source cells are") +
                                  " blank (not filled in, not counted in the totals).");
            }
        }
        s.grids.push_back(std::move(t));
        doc.sections.push_back(std::move(s));
    }

    // 按申报单位 / 按实施单位
    auto group_section = [&](std::string heading, std::string key_header, const auto& groups, const auto& get) {
        report_section s;
        s.heading = std::move(heading);
        // Names that differ only by a prefix may be one unit; the grid keeps them apart, as written, and says so.
        for (const auto& g : rules::unit_name_variants_rule::groups(projects, get)) {
            std::string names;
            for (const auto& u : g) {
                if (!names.empty()) names += zh ? "、" : ", ";
                names += std::string(u.name) +
                         (zh ? "（" + std::to_string(u.uses) + " 个项目）"
                             : " (" + std::to_string(u.uses) + (u.uses == 1 ? " table)" : " tables)"));
            }
            s.notes.push_back(zh ? "名称仅前缀（区、区名、北京市）不同，可能是同一单位，本表按原名分列、未合并：" +
                                       names + "。"
                                 : "Names that differ only by a prefix (区, a district, 北京市) may be one unit; this "
                                   "table keeps them apart as written: " +
                                       names + ".");
        }
        text_grid t{{std::move(key_header), align::left}, {say(w::projects), align::right}};
        amount_columns(t);
        for (const auto& g : groups) {
            std::vector<std::string> cells{std::string(g.key), std::to_string(g.sum.projects)};
            amount_cells(cells, g.sum);
            t.add_row(std::move(cells));
        }
        std::vector<std::string> foot{say(w::total), std::to_string(grand.projects)};
        amount_cells(foot, grand);
        t.add_footer_row(std::move(foot));
        s.grids.push_back(std::move(t));
        doc.sections.push_back(std::move(s));
    };
    group_section(say(w::by_applicant), say(w::applicant), by_applicant(projects),
                  [](const P& p) { return p.applicant; });
    group_section(say(w::by_implementer), say(w::implementer), by_implementer(projects),
                  [](const P& p) { return p.implementer; });

    // 指标数量
    {
        report_section s;
        s.heading = say(w::indicators);
        text_grid t{{say(w::level1), align::left},
                    {say(w::category), align::left},
                    {say(w::count), align::right},
                    {say(w::placeholders), align::right}};
        std::size_t all = 0;
        std::size_t placeholders = 0;
        for (const auto& c : count_indicators(projects)) {
            t.add_row({std::string(c.cat.level1.name), std::string(c.label), std::to_string(c.indicators),
                       std::to_string(c.placeholders)});
            all += c.indicators;
            placeholders += c.placeholders;
        }
        t.add_footer_row({say(w::total), "", std::to_string(all), std::to_string(placeholders)});
        s.grids.push_back(std::move(t));
        doc.sections.push_back(std::move(s));
    }

    // Findings
    if (opt.findings) {
        const auto found = validate(projects);
        report_section summary;
        summary.heading = say(w::findings_by_rule);
        const std::string n = std::to_string(found.size());
        const std::string e = std::to_string(found.errors());
        const std::string v = std::to_string(found.warnings());
        const std::string i = std::to_string(found.infos());
        summary.notes.push_back(zh ? "共 " + n + " 项：错误 " + e + " 项，警告 " + v + " 项，提示 " + i + " 项。"
                                   : n + (found.size() == 1 ? " finding: " : " findings: ") + e +
                                         (found.errors() == 1 ? " error, " : " errors, ") + v +
                                         (found.warnings() == 1 ? " warning, " : " warnings, ") + i +
                                         (found.infos() == 1 ? " notice." : " notices."));
        if (!found.empty()) {
            text_grid t{{say(w::rule_id), align::left},
                        {say(w::rule), align::left},
                        {say(w::level), align::left, false, "sev"},
                        {say(w::found), align::right},
                        {say(w::meaning), align::left}};
            std::vector<const rule*> seen;
            for (const rule* r : rules::all) {
                if (found.has(*r)) seen.push_back(r);
            }
            for (const auto& f : found) {  // rules of the caller's own, not in rules::all
                bool known = false;
                for (const rule* r : seen) known = known || r->id == f.rule_id();
                if (!known) seen.push_back(&f.rule());
            }
            for (const rule* r : seen) {
                t.add_row({std::string(r->id), std::string(r->name.in(l)), std::string(display_name(r->level, l)),
                           std::to_string(found.count(*r)), std::string(r->summary.in(l))},
                          std::string(to_string_view(r->level)));
            }
            summary.grids.push_back(std::move(t));
        }
        doc.sections.push_back(std::move(summary));

        if (!found.empty()) {
            report_section details;
            details.heading = say(w::findings_all);
            // The row of each finding (file:line), in a column of its own if any finding has one.
            std::vector<std::string> rows;
            bool any_row = false;
            for (const auto& f : found) {
                const row_origin at = opt.origins != nullptr ? source_of((*opt.origins)[f.table], f) : row_origin{};
                rows.push_back(to_string(at));
                any_row = any_row || at.known();
            }
            text_grid t{{say(w::rule), align::left},
                        {say(w::level), align::left, false, "sev"},
                        {say(w::seq), align::right},
                        {say(w::project), align::left}};
            if (any_row) t.add_column(say(w::row_source), align::left);
            t.add_column(say(w::message), align::left);
            std::size_t k = 0;
            for (const auto& f : found) {
                std::vector<std::string> cells{std::string(zh ? f.rule().name.in(l) : f.rule_id()),
                                               std::string(display_name(f.level(), l)), std::to_string(f.seq),
                                               std::string(f.project)};
                if (any_row) cells.push_back(rows[k]);
                cells.push_back(std::string(f.message(l).view()));
                ++k;
                t.add_row(std::move(cells), std::string(to_string_view(f.level())));
            }
            details.grids.push_back(std::move(t));
            doc.sections.push_back(std::move(details));
        }
    }
    return doc;
}

/// Writes a report document as aligned text (a chart is left out; the sections are numbered as in HTML).
inline void write_text(std::ostream& os, const report_document& doc) {
    os << doc.title << '\n';
    for (const auto& l : doc.preamble) os << l << '\n';
    std::size_t n = 0;
    for (const auto& s : doc.sections) {
        os << '\n' << detail::report_text::section_number(n++, doc.lang) << s.heading << "\n\n";
        for (const auto& note : s.notes) os << note << '\n';
        if (!s.notes.empty() && !s.grids.empty()) os << '\n';
        for (std::size_t i = 0; i < s.grids.size(); ++i) {
            if (i != 0) os << '\n';
            s.grids[i].write_text(os);
        }
    }
}

/// Writes a report document as Markdown (a chart is left out; the sections are numbered as in HTML).
inline void write_markdown(std::ostream& os, const report_document& doc) {
    os << "# " << text_grid::markdown_escape(doc.title) << "\n\n";
    for (const auto& l : doc.preamble) os << "- " << text_grid::markdown_escape(l) << '\n';
    std::size_t n = 0;
    for (const auto& s : doc.sections) {
        os << "\n## " << detail::report_text::section_number(n++, doc.lang) << text_grid::markdown_escape(s.heading)
           << "\n\n";
        for (const auto& note : s.notes) os << text_grid::markdown_escape(note) << "\n\n";
        for (std::size_t i = 0; i < s.grids.size(); ++i) {
            if (i != 0) os << '\n';
            s.grids[i].write_markdown(os);
        }
    }
}

/// The style sheet of an HTML report: errors, warnings and notices set apart by colour and weight, numbers in tabular
/// figures, and an A4 print layout whose rows, bars and headings are never cut across pages.
inline constexpr std::string_view report_css =
    "body{font-family:\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"Microsoft YaHei\",\"PingFang SC\",sans-serif;"
    "margin:2em auto;max-width:72em;padding:0 1em;color:#222;line-height:1.5}\n"
    "h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ddd}\n"
    "h3{font-size:1em;margin:1.2em 0 0.3em}\n"
    "table{border-collapse:collapse;margin:0.5em 0 1em}\n"
    "th,td{border:1px solid #ccc;padding:0.2em 0.6em;vertical-align:top;text-align:left;overflow-wrap:break-word}\n"
    "th{background:#f2f4f7}\n"
    ".num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}\n"
    "tfoot td{font-weight:bold;background:#fafafa}\n"
    ".sev{white-space:nowrap}\n"
    "tr.error td{background:#fdecea}\n"
    "tr.error td.sev{color:#a50e0e;font-weight:bold;border-left:4px solid #d93025}\n"
    "tr.warning td.sev{color:#8a5300;border-left:4px solid #f2a600}\n"
    "tr.info td.sev{color:#1a5490;border-left:4px solid #7aa7d9}\n"
    ".chart{margin:0.5em 0 1em;break-inside:avoid;page-break-inside:avoid}\n"
    ".chart svg{display:block;max-width:100%;height:auto}\n"
    "svg text{font-size:12px;fill:#222}\n"
    ".bar{fill:#4e79a7}\n"
    "@page{size:A4;margin:15mm 12mm}\n"
    "@media print{\n"
    "body{margin:0;padding:0;max-width:none;font-size:9pt;line-height:1.35;color:#000}\n"
    "h1{font-size:15pt}h2{font-size:12pt;margin-top:1.2em}\n"
    "h2,h3{break-after:avoid;page-break-after:avoid}\n"
    "table{width:100%}\n"
    "thead{display:table-header-group}\n"
    "tr{break-inside:avoid;page-break-inside:avoid}\n"
    "th,td{padding:0.15em 0.4em}\n"
    "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}\n"
    "}\n";

/// Writes a report document as a self-contained HTML5 page: inline CSS (report_css), an inline SVG chart, no
/// scripts, no external references. Amounts are written with digit groups (15,173.4910).
inline void write_html(std::ostream& os, const report_document& doc, const report_options& opt = {}) {
    const auto esc = [](std::string_view s) { return text_grid::html_escape(s); };
    const language l = doc.lang;
    using w = detail::report_text::words;
    os << "<!DOCTYPE html>\n<html lang=\"" << (l == language::en ? "en" : "zh-CN")
       << "\">\n<head>\n<meta charset=\"utf-8\">\n"
       << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
       << "<title>" << esc(doc.title) << "</title>\n"
       << "<style>\n"
       << report_css << "</style>\n</head>\n<body>\n";
    os << "<h1>" << esc(doc.title) << "</h1>\n";
    if (!doc.preamble.empty()) {
        os << "<p>";
        for (std::size_t i = 0; i < doc.preamble.size(); ++i) {
            if (i != 0) os << "<br>";
            os << esc(doc.preamble[i]);
        }
        os << "</p>\n";
    }
    std::size_t n = 0;
    for (const auto& s : doc.sections) {
        os << "<section>\n<h2>" << esc(detail::report_text::section_number(n++, doc.lang)) << esc(s.heading)
           << "</h2>\n";
        for (const auto& note : s.notes) os << "<p>" << esc(note) << "</p>\n";
        for (const auto& t : s.grids) t.write_html(os);
        if (s.is_chart()) {
            // Each bar is labelled "序号 项目名称" on its left (a name longer than max_label columns is cut, and
            // shown whole in the bar's tooltip) and its amount on its right. The SVG scales down to the page.
            constexpr std::size_t max_label = 60;  // display columns: 序号 and 28 Chinese characters
            constexpr int font = 12;               // px, as the style sheet's svg text
            const auto px = [](std::size_t columns) { return static_cast<int>((columns * 13 + 1) / 2); };
            std::vector<std::string> labels;
            std::vector<std::string> amounts;
            std::size_t label_cols = display_width(w::seq_and_project.in(l));
            std::size_t amount_cols = 0;
            for (const auto& b : s.chart) {
                labels.push_back(
                    detail::report_text::truncate_to_width(std::to_string(b.seq) + " " + b.project, max_label));
                amounts.push_back(text_grid::group_digits(b.amount));
                label_cols = std::max(label_cols, display_width(labels.back()));
                amount_cols = std::max(amount_cols, amounts.back().size());
            }
            constexpr int gap = 8;
            constexpr int row = 22;
            constexpr int bar = 16;
            const int label = px(label_cols) + 4;
            const int width = opt.chart_width > 0 ? opt.chart_width : 0;
            const int x0 = label + gap;
            const int amount_room = std::max(px(display_width(s.chart_caption)) - width, 0) +
                                    static_cast<int>(amount_cols) * 7 + 12;
            const int total_w = x0 + width + amount_room;
            const int total_h = row * static_cast<int>(s.chart.size()) + row;
            if (!s.chart_heading.empty()) os << "<h3>" << esc(s.chart_heading) << "</h3>\n";
            os << "<div class=\"chart\">\n<svg width=\"" << total_w << "\" height=\"" << total_h << "\" viewBox=\"0 0 "
               << total_w << ' ' << total_h << "\" role=\"img\" aria-label=\"" << esc(s.chart_caption) << "\">\n"
               << "<title>" << esc(s.chart_caption) << "</title>\n"
               << "<text x=\"" << label << "\" y=\"" << font + 2 << "\" text-anchor=\"end\">"
               << esc(w::seq_and_project.in(l)) << "</text>\n"
               << "<text x=\"" << x0 << "\" y=\"" << font + 2 << "\">" << esc(s.chart_caption) << "</text>\n";
            for (std::size_t i = 0; i < s.chart.size(); ++i) {
                const auto& b = s.chart[i];
                const int y = row * static_cast<int>(i + 1);
                os << "<g><title>" << esc(w::seq.in(l)) << (l == language::en ? " " : "") << b.seq << " "
                   << esc(b.project) << (l == language::en ? ": " : "：") << esc(amounts[i]) << " 万元</title>"
                   << "<text x=\"" << label << "\" y=\"" << y + 13 << "\" text-anchor=\"end\">" << esc(labels[i])
                   << "</text>"
                   << "<rect class=\"bar\" x=\"" << x0 << "\" y=\"" << y + 2 << "\" width=\"" << b.length
                   << "\" height=\"" << bar << "\"/>"
                   << "<text x=\"" << x0 + b.length + 4 << "\" y=\"" << y + 14 << "\">" << esc(amounts[i]) << "</text>"
                   << "</g>\n";
            }
            os << "</svg>\n</div>\n";
        }
        os << "</section>\n";
    }
    os << "</body>\n</html>\n";
}

/// The text report of any range of tables.
template <project_range R>
void write_text_report(std::ostream& os, const R& projects, const report_options& opt = {}) {
    write_text(os, make_report_document(projects, opt));
}

/// The Markdown report of any range of tables.
template <project_range R>
void write_markdown_report(std::ostream& os, const R& projects, const report_options& opt = {}) {
    write_markdown(os, make_report_document(projects, opt));
}

/// The HTML report of any range of tables: one self-contained page.
template <project_range R>
void write_html_report(std::ostream& os, const R& projects, const report_options& opt = {}) {
    write_html(os, make_report_document(projects, opt), opt);
}

/// The formats a report is written in.
enum class report_format { text, markdown, html };

/// "text", "markdown" or "html" (a command line's name of a report format); false, and `out` unchanged, for
/// any other text.
constexpr bool parse_report_format(std::string_view s, report_format& out) noexcept {
    if (s == "text") {
        out = report_format::text;
    } else if (s == "markdown") {
        out = report_format::markdown;
    } else if (s == "html") {
        out = report_format::html;
    } else {
        return false;
    }
    return true;
}

/// The report of any range of tables in format f: what fengtai_2020 and jixiao_check write.
template <project_range R>
void write_report(std::ostream& os, report_format f, const R& projects, const report_options& opt = {}) {
    const auto doc = make_report_document(projects, opt);
    switch (f) {
        case report_format::text: write_text(os, doc); break;
        case report_format::markdown: write_markdown(os, doc); break;
        case report_format::html: write_html(os, doc, opt); break;
    }
}

}  // namespace jixiao

// jixiao — reports: a text, Markdown or HTML summary of any set of tables (run time only).
//
// Every figure in a report comes from the library (total, by_applicant, by_implementer, count_indicators,
// validate, to_chinese_upper, to_string); every label of a funding column or row comes from the form.
// The three formats share one document model (report_document), so they always show the same tables.
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
#include "../project.hpp"
#include "../validate.hpp"
#include "text_grid.hpp"

namespace jixiao {

// ---------------------------------------------------------------------------------------------
// Reports
// ---------------------------------------------------------------------------------------------

/// What a report shows and how.
struct report_options {
    std::string title{};  ///< the heading; empty: "项目支出绩效目标汇总" (the form's name is always shown below it)
    bool findings = true;        ///< include the validation findings
    int chart_width = 480;       ///< HTML: pixels of the longest bar of the chart
    std::string lang = "zh-CN";  ///< HTML: the page's language
};

/// One bar of the HTML chart: a table's 序号, name and this year's total, and the bar's length.
struct report_bar {
    int seq = 0;
    std::string project;
    std::string amount;  ///< to_string of the amount, in 万元
    int length = 0;      ///< pixels: round(amount × chart_width / largest amount), 0 for amounts ≤ 0
};

/// A part of a report: a heading, notes, and grids of figures or a bar chart.
struct report_section {
    std::string heading;
    std::vector<std::string> notes;  ///< paragraphs before the grids
    std::vector<text_grid> grids;    ///< the section's grids of figures
    std::vector<report_bar> chart;   ///< HTML only: a chart section has bars and no grids
    std::string chart_caption;
    [[nodiscard]] bool is_chart() const noexcept { return grids.empty() && !chart.empty(); }
};

/// A whole report, before it is written in one format.
struct report_document {
    std::string title;
    std::vector<std::string> preamble;  ///< lines under the title
    std::vector<report_section> sections;
};

namespace detail::report_text {

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
std::string chinese_upper_or_note(const A& x) {
    try {
        return to_chinese_upper(x);
    } catch (const std::domain_error&) {
        return "（含不足1分的尾数，无法写成大写）";
    }
}

/// A total as text: exact, and marked where the amount type cannot hold it (amount_overflow names it).
template <class A>
std::string total_text(const checked_total<A>& t) {
    return t.ok() ? to_string(t.value) : to_string(t) + "（溢出）";
}

inline std::string numeral(std::size_t i) {
    static constexpr std::string_view digits[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    if (i < 10) return std::string(digits[i]);
    if (i < 19) return "十" + std::string(digits[i - 10]);
    return std::to_string(i + 1);
}

}  // namespace detail::report_text

/// The report of a set of tables as a document: the grids of each section, ready to be written as
/// text, Markdown or HTML. Sections: 项目一览, 资金合计 (万元 and 人民币大写), the chart (HTML), 资金来源合计,
/// 按申报单位, 按实施单位, 指标数量, and the validation findings.
template <project_range R>
report_document make_report_document(const R& projects, const report_options& opt = {}) {
    using P = detail::range_project_t<R>;
    using F = typename P::form_type;
    using A = typename P::amount_type;
    constexpr std::size_t ncol = F::columns.size();
    constexpr std::size_t nrow = F::funding_rows.size();
    const std::string unit = "万元";  // every basic_amount is in 万元, whatever the form prints

    const auto grand = total(projects);
    report_document doc;
    doc.title = opt.title.empty() ? std::string("项目支出绩效目标汇总") : opt.title;
    doc.preamble.push_back("表样：" + std::string(F::name));
    doc.preamble.push_back("项目数：" + std::to_string(grand.projects));
    doc.preamble.push_back("金额单位：" + unit);

    auto amount_columns = [&](text_grid& t) {
        for (std::size_t c = 0; c < ncol; ++c) t.add_column(std::string(F::columns[c]), align::right);
    };
    auto amount_cells = [&](std::vector<std::string>& cells, const auto& sum) {
        for (std::size_t c = 0; c < ncol; ++c) cells.push_back(detail::report_text::total_text(sum.column_total(c)));
    };

    // 项目一览
    {
        report_section s;
        s.heading = "项目一览";
        text_grid t{{"序号", align::right}, {"项目名称", align::left}, {"实施单位", align::left}};
        amount_columns(t);
        for (const auto& p : projects) {
            std::vector<std::string> cells{std::to_string(p.seq), std::string(p.name), std::string(p.implementer)};
            for (std::size_t c = 0; c < ncol; ++c) cells.push_back(to_string(p.funding[c].total));
            t.add_row(std::move(cells));
        }
        std::vector<std::string> foot{"", "合计", ""};
        amount_cells(foot, grand);
        t.add_footer_row(std::move(foot));
        s.grids.push_back(std::move(t));
        doc.sections.push_back(std::move(s));
    }

    // 资金合计
    {
        report_section s;
        s.heading = "资金合计";
        text_grid t{{"栏目", align::left}, {"金额（" + unit + "）", align::right}, {"人民币大写", align::left}};
        for (std::size_t c = 0; c < ncol; ++c) {
            t.add_row({std::string(F::columns[c]), detail::report_text::total_text(grand.column_total(c)),
                       grand.held(c) ? detail::report_text::chinese_upper_or_note(grand.column[c])
                                     : std::string("（超出金额类型的范围，无法写成大写）")});
        }
        s.grids.push_back(std::move(t));
        doc.sections.push_back(std::move(s));
    }

    // Chart of this year's column (HTML only).
    {
        report_section s;
        s.heading = std::string(F::columns[F::current_column]) + "（按项目）";
        s.chart_caption = std::string(F::columns[F::current_column]) + "，" + unit;
        A largest{};
        for (const auto& p : projects) {
            if (largest < p.current().total) largest = p.current().total;
        }
        for (const auto& p : projects) {
            s.chart.push_back(report_bar{p.seq, std::string(p.name), to_string(p.current().total),
                                         detail::report_text::bar_length(p.current().total, largest, opt.chart_width)});
        }
        if (!s.chart.empty()) doc.sections.push_back(std::move(s));
    }

    // 资金来源合计
    {
        report_section s;
        s.heading = "资金来源合计";
        text_grid t{{"资金来源", align::left}};
        amount_columns(t);
        for (std::size_t r = 0; r < nrow; ++r) {
            std::vector<std::string> cells{std::string(F::funding_rows[r])};
            for (std::size_t c = 0; c < ncol; ++c) {
                cells.push_back(detail::report_text::total_text(grand.source_total(c, r)));
            }
            t.add_row(std::move(cells));
        }
        std::vector<std::string> foot{"合计"};
        amount_cells(foot, grand);
        t.add_footer_row(std::move(foot));
        // Blank cells are not zeros: say how many there are, so a reader can tell.
        for (std::size_t c = 0; c < ncol; ++c) {
            std::size_t blank = 0;
            for (const auto& p : projects) {
                for (const auto& cell : p.funding[c].sources)
                    if (!cell) ++blank;
            }
            if (blank != 0) {
                s.notes.push_back(std::string(F::columns[c]) + "：" + std::to_string(blank) +
                                  " 个来源单元格空白（未填写，不计入合计）。");
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
                if (!names.empty()) names += "、";
                names += std::string(u.name) + "（" + std::to_string(u.uses) + " 个项目）";
            }
            s.notes.push_back("名称仅前缀（区、区名、北京市）不同，可能是同一单位，本表按原名分列、未合并：" + names +
                              "。");
        }
        text_grid t{{std::move(key_header), align::left}, {"项目数", align::right}};
        amount_columns(t);
        for (const auto& g : groups) {
            std::vector<std::string> cells{std::string(g.key), std::to_string(g.sum.projects)};
            amount_cells(cells, g.sum);
            t.add_row(std::move(cells));
        }
        std::vector<std::string> foot{"合计", std::to_string(grand.projects)};
        amount_cells(foot, grand);
        t.add_footer_row(std::move(foot));
        s.grids.push_back(std::move(t));
        doc.sections.push_back(std::move(s));
    };
    group_section("按申报单位", "申报单位", by_applicant(projects), [](const P& p) { return p.applicant; });
    group_section("按实施单位", "实施单位", by_implementer(projects), [](const P& p) { return p.implementer; });

    // 指标数量
    {
        report_section s;
        s.heading = "指标数量";
        text_grid t{{"一级指标", align::left},
                    {"指标类别", align::left},
                    {"指标数", align::right},
                    {"其中占位（无或空白）", align::right}};
        std::size_t all = 0;
        std::size_t placeholders = 0;
        for (const auto& c : count_indicators(projects)) {
            t.add_row({std::string(c.cat.level1.name), std::string(c.label), std::to_string(c.indicators),
                       std::to_string(c.placeholders)});
            all += c.indicators;
            placeholders += c.placeholders;
        }
        t.add_footer_row({"合计", "", std::to_string(all), std::to_string(placeholders)});
        s.grids.push_back(std::move(t));
        doc.sections.push_back(std::move(s));
    }

    // Findings
    if (opt.findings) {
        const auto found = validate(projects);
        report_section summary;
        summary.heading = "审核发现（按规则）";
        summary.notes.push_back("共 " + std::to_string(found.size()) + " 项：error " + std::to_string(found.errors()) +
                                " 项，warning " + std::to_string(found.warnings()) + " 项。");
        if (!found.empty()) {
            text_grid t{{"规则", align::left}, {"级别", align::left}, {"条数", align::right}, {"含义", align::left}};
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
                t.add_row({std::string(r->id), std::string(to_string_view(r->level)), std::to_string(found.count(*r)),
                           std::string(r->summary)});
            }
            summary.grids.push_back(std::move(t));
        }
        doc.sections.push_back(std::move(summary));

        if (!found.empty()) {
            report_section details;
            details.heading = "审核发现（明细）";
            text_grid t{{"规则", align::left},
                        {"级别", align::left},
                        {"序号", align::right},
                        {"项目名称", align::left},
                        {"说明", align::left}};
            for (const auto& f : found) {
                t.add_row({std::string(f.rule_id()), std::string(to_string_view(f.level())), std::to_string(f.seq),
                           std::string(f.project), std::string(f.message().view())});
            }
            details.grids.push_back(std::move(t));
            doc.sections.push_back(std::move(details));
        }
    }
    return doc;
}

/// Writes a report document as aligned text (the chart is left out).
inline void write_text(std::ostream& os, const report_document& doc) {
    os << doc.title << '\n';
    for (const auto& l : doc.preamble) os << l << '\n';
    std::size_t n = 0;
    for (const auto& s : doc.sections) {
        if (s.is_chart()) continue;
        os << '\n' << detail::report_text::numeral(n++) << "、" << s.heading << "\n\n";
        for (const auto& note : s.notes) os << note << '\n';
        if (!s.notes.empty() && !s.grids.empty()) os << '\n';
        for (std::size_t i = 0; i < s.grids.size(); ++i) {
            if (i != 0) os << '\n';
            s.grids[i].write_text(os);
        }
    }
}

/// Writes a report document as Markdown (the chart is left out).
inline void write_markdown(std::ostream& os, const report_document& doc) {
    os << "# " << text_grid::markdown_escape(doc.title) << "\n\n";
    for (const auto& l : doc.preamble) os << "- " << text_grid::markdown_escape(l) << '\n';
    std::size_t n = 0;
    for (const auto& s : doc.sections) {
        if (s.is_chart()) continue;
        os << "\n## " << detail::report_text::numeral(n++) << "、" << text_grid::markdown_escape(s.heading) << "\n\n";
        for (const auto& note : s.notes) os << text_grid::markdown_escape(note) << "\n\n";
        for (std::size_t i = 0; i < s.grids.size(); ++i) {
            if (i != 0) os << '\n';
            s.grids[i].write_markdown(os);
        }
    }
}

/// Writes a report document as a self-contained HTML5 page: inline CSS, an inline SVG chart, no scripts,
/// no external references.
inline void write_html(std::ostream& os, const report_document& doc, const report_options& opt = {}) {
    const auto esc = [](std::string_view s) { return text_grid::html_escape(s); };
    os << "<!DOCTYPE html>\n<html lang=\"" << esc(opt.lang) << "\">\n<head>\n<meta charset=\"utf-8\">\n"
       << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
       << "<title>" << esc(doc.title) << "</title>\n"
       << "<style>\n"
          "body{font-family:\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"Microsoft YaHei\",sans-serif;"
          "margin:2em auto;max-width:72em;padding:0 1em;color:#222;line-height:1.5}\n"
          "h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ddd}\n"
          "table{border-collapse:collapse;margin:0.5em 0 1em}\n"
          "th,td{border:1px solid #ccc;padding:0.2em 0.6em;vertical-align:top;text-align:left}\n"
          "th{background:#f2f4f7}\n"
          ".num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}\n"
          "tfoot td{font-weight:bold;background:#fafafa}\n"
          "svg{display:block;margin:0.5em 0 1em}\n"
          "svg text{font-size:12px;fill:#222}\n"
          ".bar{fill:#4e79a7}\n"
          "</style>\n</head>\n<body>\n";
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
        os << "<section>\n<h2>" << esc(detail::report_text::numeral(n++)) << "、" << esc(s.heading) << "</h2>\n";
        for (const auto& note : s.notes) os << "<p>" << esc(note) << "</p>\n";
        for (const auto& t : s.grids) t.write_html(os);
        if (s.is_chart()) {
            constexpr int label = 48;  // the 序号 column
            constexpr int gap = 8;
            constexpr int row = 22;
            constexpr int bar = 16;
            constexpr int amount_room = 96;
            const int width = opt.chart_width > 0 ? opt.chart_width : 0;
            const int x0 = label + gap;
            const int total_w = x0 + width + amount_room;
            const int total_h = row * static_cast<int>(s.chart.size()) + row;
            os << "<svg width=\"" << total_w << "\" height=\"" << total_h << "\" viewBox=\"0 0 " << total_w << ' '
               << total_h << "\" role=\"img\" aria-label=\"" << esc(s.chart_caption) << "\">\n"
               << "<title>" << esc(s.chart_caption) << "</title>\n"
               << "<text x=\"" << label << "\" y=\"14\" text-anchor=\"end\">序号</text>\n"
               << "<text x=\"" << x0 << "\" y=\"14\">" << esc(s.chart_caption) << "</text>\n";
            for (std::size_t i = 0; i < s.chart.size(); ++i) {
                const auto& b = s.chart[i];
                const int y = row * static_cast<int>(i + 1);
                os << "<g><title>序号" << b.seq << " " << esc(b.project) << "：" << esc(b.amount) << " 万元</title>"
                   << "<text x=\"" << label << "\" y=\"" << y + 13 << "\" text-anchor=\"end\">" << b.seq << "</text>"
                   << "<rect class=\"bar\" x=\"" << x0 << "\" y=\"" << y + 2 << "\" width=\"" << b.length
                   << "\" height=\"" << bar << "\"/>"
                   << "<text x=\"" << x0 + b.length + 4 << "\" y=\"" << y + 14 << "\">" << esc(b.amount) << "</text>"
                   << "</g>\n";
            }
            os << "</svg>\n";
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

}  // namespace jixiao

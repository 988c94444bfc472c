// jixiao/io/report.hpp: display width, text_grid (io/text_grid.hpp) (text, Markdown, HTML) and reports of any form.
// Expected widths and layouts were worked out by hand (a CJK or fullwidth character is two columns).
#include <jixiao/io/report.hpp>
#include <jixiao/io/text_grid.hpp>
#include <jixiao/jixiao.hpp>

#include <doctest/doctest.h>

#include <array>
#include <cstddef>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace report_test {

namespace {

using jixiao::align;
using jixiao::display_width;
using jixiao::text_grid;
using namespace jixiao::literals;

// display_width is constexpr: the same answers at compile time.
static_assert(display_width("") == 0);
static_assert(display_width("abc") == 3);
static_assert(display_width("序号") == 4);
static_assert(display_width("\xFF") == 1);

// The lines of a text, without their line breaks.
std::vector<std::string> lines(const std::string& s) {
    std::vector<std::string> out;
    std::istringstream in(s);
    for (std::string l; std::getline(in, l);) out.push_back(l);
    return out;
}

// The display column at which `part` starts in `line`.
std::size_t column_of(const std::string& line, std::string_view part) {
    const auto at = line.find(part);
    REQUIRE(at != std::string::npos);
    return display_width(std::string_view(line).substr(0, at));
}

}  // namespace

TEST_SUITE("report") {

TEST_CASE("display_width: ASCII, CJK, fullwidth, mixed") {
    CHECK(display_width("") == 0);
    CHECK(display_width("518.4000") == 8);
    CHECK(display_width(" \t~") == 3);
    CHECK(display_width("残疾人") == 6);         // CJK unified ideographs
    CHECK(display_width("，。、「」") == 10);    // U+FF0C fullwidth comma; U+3002, U+3001, U+300C/D CJK punctuation
    CHECK(display_width("\xE3\x80\x80") == 2);   // U+3000 ideographic space
    CHECK(display_width("ＡＢＣ１２３") == 12);  // U+FF21… fullwidth Latin and digits
    CHECK(display_width("（）") == 4);           // U+FF08/9 fullwidth parentheses
    CHECK(display_width("￥") == 2);             // U+FFE5 fullwidth yen
    CHECK(display_width("ｱ") == 1);              // U+FF71 halfwidth katakana
    CHECK(display_width("かな") == 4);           // hiragana
    CHECK(display_width("한글") == 4);           // Hangul syllables
    CHECK(display_width("𠀀") == 2);             // U+20000, CJK extension B (four bytes)
    CHECK(display_width("é€—") == 3);            // Latin-1, euro, em dash: narrow
    CHECK(display_width("a序b号c") == 7);
    CHECK(display_width("448.9734万元") == 12);
    CHECK(display_width("项目支出绩效目标表（2020年度）") == 30);
}

TEST_CASE("display_width: invalid UTF-8 counts one per byte and never reads past the end") {
    CHECK(display_width("\xFF") == 1);
    CHECK(display_width("\x80\x80") == 2);  // stray continuation bytes
    CHECK(display_width("\xE5\xBA") == 2);  // 序 (E5 BA 8F) cut off
    CHECK(display_width("a\xE5\xBA") == 3);
    CHECK(display_width("\xE5\xBA"
                        "a") == 3);                 // a cut-off sequence does not swallow the next character
    CHECK(display_width("\xC0\xAF") == 2);          // overlong '/'
    CHECK(display_width("\xE0\x80\xAF") == 3);      // overlong, three bytes
    CHECK(display_width("\xED\xA0\x80") == 3);      // a UTF-16 surrogate
    CHECK(display_width("\xF4\x90\x80\x80") == 4);  // beyond U+10FFFF
    CHECK(display_width("\xF0\xA0\x80") == 3);      // four-byte sequence cut off
    CHECK(display_width("序\xFF号") == 5);
    const std::string with_nul("a\0b", 3);
    CHECK(display_width(with_nul) == 3);
}

TEST_CASE("text_grid: text alignment by display width") {
    text_grid t{{"序号", align::right}, {"名称", align::left}, {"金额", align::right}};
    t.add_row({"1", "残疾人家庭居家服务项目", "518.4000"});
    t.add_row({"12", "abc", "24.0500"});
    t.add_footer_row({"", "合计", "542.4500"});
    const std::string expected =
        "序号  名称                        金额\n"
        "----  ----------------------  --------\n"
        "   1  残疾人家庭居家服务项目  518.4000\n"
        "  12  abc                      24.0500\n"
        "----  ----------------------  --------\n"
        "      合计                    542.4500\n";
    CHECK(t.text() == expected);

    // Every right-aligned amount ends in the same display column, whatever the width of the text before it.
    const auto ls = lines(t.text());
    REQUIRE(ls.size() == 6);
    for (std::size_t i : {2u, 3u, 5u}) {
        CAPTURE(ls[i]);
        CHECK(display_width(ls[i]) == display_width(ls[0]));  // 4 + 2 + 22 + 2 + 8 columns
        CHECK(display_width(ls[i]) == 38);
    }
    CHECK(column_of(ls[2], "残疾人") == column_of(ls[3], "abc"));
    CHECK(column_of(ls[0], "名称") == column_of(ls[5], "合计"));
}

TEST_CASE("text_grid: no trailing spaces; line breaks in a cell become spaces") {
    text_grid t{{"a", align::left}, {"b", align::left}};
    t.add_row({"x", ""});
    t.add_row({"长长的\n文字", "y"});
    for (const auto& l : lines(t.text())) {
        CAPTURE(l);
        CHECK((l.empty() || l.back() != ' '));
    }
    CHECK(t.text().find("长长的 文字") != std::string::npos);
}

TEST_CASE("text_grid: rows with too few cells are padded, too many throw") {
    text_grid t{{"a"}, {"b"}};
    t.add_row({"only"});
    CHECK(t.row(0).size() == 2);
    CHECK(t.row(0)[1].empty());
    CHECK_THROWS_AS(t.add_row({"1", "2", "3"}), std::invalid_argument);
    t.add_column("c", align::right);
    CHECK(t.row(0).size() == 3);
    CHECK(t.columns()[2].alignment == align::right);
}

TEST_CASE("text_grid: Markdown escapes | and keeps alignment markers") {
    text_grid t{{"名称", align::left}, {"金额", align::right}};
    t.add_row({"a|b", "1.0000"});
    t.add_row({"两行\n文字", "22.0000"});
    const std::string md = t.markdown();
    const auto ls = lines(md);
    REQUIRE(ls.size() == 4);
    CHECK(ls[0] == "| 名称      |    金额 |");
    CHECK(ls[1] == "| --------- | ------: |");
    CHECK(ls[2] == "| a\\|b      |  1.0000 |");
    CHECK(ls[3] == "| 两行 文字 | 22.0000 |");
    CHECK(text_grid::markdown_escape("|x|") == "\\|x\\|");

    t.add_footer_row({"合计", "23.0000"});
    const auto with_footer = lines(t.markdown());
    REQUIRE(with_footer.size() == 5);
    CHECK(with_footer[4] == "| **合计**  | **23.0000** |");
    CHECK(with_footer[1] == "| --------- | ----------: |");
}

TEST_CASE("text_grid: HTML escapes & < > \" '") {
    CHECK(text_grid::html_escape("<a href=\"x\">&'</a>") == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;");
    CHECK(text_grid::html_escape("残疾人") == "残疾人");
    text_grid t{{"名<称>", align::left}, {"金额", align::right}};
    t.add_row({"A & B", "1.0000"});
    t.add_footer_row({"合计", "1.0000"});
    const std::string h = t.html();
    CHECK(h ==
          "<table>\n"
          "<thead><tr><th>名&lt;称&gt;</th><th class=\"num\">金额</th></tr></thead>\n"
          "<tbody>\n"
          "<tr><td>A &amp; B</td><td class=\"num\">1.0000</td></tr>\n"
          "</tbody>\n"
          "<tfoot>\n"
          "<tr><td>合计</td><td class=\"num\">1.0000</td></tr>\n"
          "</tfoot>\n"
          "</table>\n");
}

TEST_CASE("text_grid: HTML groups the digits of amount columns and gives rows and columns their classes") {
    using jixiao::text_grid;
    CHECK(text_grid::group_digits("15173.4910") == "15,173.4910");
    CHECK(text_grid::group_digits("-1234567") == "-1,234,567");
    CHECK(text_grid::group_digits("999.9999") == "999.9999");
    CHECK(text_grid::group_digits("0.5000") == "0.5000");
    CHECK(text_grid::group_digits("922337203685477.5808（溢出）") == "922,337,203,685,477.5808（溢出）");
    CHECK(text_grid::group_digits("") == "");
    CHECK(text_grid::group_digits("合计") == "合计");

    text_grid t{{"名称", jixiao::align::left, false, "sev"}};
    t.add_column({"金额", jixiao::align::right, true});
    t.add_row({"甲", "1234.0000"}, "error");
    t.add_row({"乙", "12.0000"});
    CHECK(t.html() ==
          "<table>\n"
          "<thead><tr><th class=\"sev\">名称</th><th class=\"num\">金额</th></tr></thead>\n"
          "<tbody>\n"
          "<tr class=\"error\"><td class=\"sev\">甲</td><td class=\"num\">1,234.0000</td></tr>\n"
          "<tr><td class=\"sev\">乙</td><td class=\"num\">12.0000</td></tr>\n"
          "</tbody>\n"
          "</table>\n");
    CHECK(t.row_class(0) == "error");
    CHECK(t.row_class(1).empty());
    // Text and Markdown keep the numbers as written, so that they read back.
    CHECK(t.text().find("1234.0000") != std::string::npos);
    CHECK(t.markdown().find("1234.0000") != std::string::npos);
}

// ---- Reports of another form: the labels come from the form, the figures from the data --------------

namespace {

using central = jixiao::basic_project<jixiao::forms::central_2021>;

inline constexpr jixiao::indicator central_indicators[] = {
    {jixiao::categories::quantity, "培训人数", jixiao::parse_target("不少于100人"), "培训人数不少于100人"},
    {jixiao::categories::economic_cost, "成本", jixiao::parse_target("≤3万元"), "成本≤3万元"},
    {jixiao::categories::social_benefit, "", jixiao::target{}, "无"},
};

std::vector<central> central_projects() {
    using std::chrono::year;
    central a{};
    a.seq = 1;
    a.year = year{2021};
    a.name = "培训<项目>";
    a.applicant = "甲单位";
    a.implementer = "甲处";
    a.start = year{2021} / 1 / 1;
    a.end = year{2021} / 12 / 31;
    a.funding = {{{9.0000_wan, {8.0000_wan, 1.0000_wan}}, {3.0000_wan, {3.0000_wan, std::nullopt}}}};
    a.indicators = central_indicators;
    central b = a;
    b.seq = 2;
    b.name = "宣传项目";
    b.implementer = "乙处";
    b.funding = {{{0.0000_wan, {0.0000_wan, 0.0000_wan}}, {2.0000_wan, {1.5000_wan, 0.5000_wan}}}};
    central c = a;
    c.seq = 3;
    c.name = "零元项目";
    c.funding = {{{0.0000_wan, {0.0000_wan, 0.0000_wan}}, {0.0000_wan, {0.0000_wan, 0.0000_wan}}}};
    return {a, b, c};
}

}  // namespace

TEST_CASE("report of another form: its column and row labels, exact totals, 大写") {
    const auto projects = central_projects();
    std::ostringstream os;
    jixiao::write_text_report(os, projects);
    const std::string s = os.str();
    CAPTURE(s);
    CHECK(s.find(jixiao::forms::central_2021::name) != std::string::npos);
    CHECK(s.find("实施期资金总额") != std::string::npos);
    CHECK(s.find("年度资金总额") != std::string::npos);
    CHECK(s.find("其他资金") != std::string::npos);
    CHECK(s.find("以前年度") == std::string::npos);  // nothing of the 2020 Beijing form
    CHECK(s.find("区财政拨款") == std::string::npos);
    // 3 + 2 + 0 = 5 万元 = 50,000 元; 9 + 0 + 0 = 9 万元.
    CHECK(s.find("5.0000") != std::string::npos);
    CHECK(s.find("伍万元整") != std::string::npos);
    CHECK(s.find("玖万元整") != std::string::npos);
    // The 其他资金 row: 1.0000 (prior) and 0.5000 (current); one blank cell in the 年度 column.
    CHECK(s.find("0.5000") != std::string::npos);
    CHECK(s.find("年度资金总额：1 个来源单元格空白") != std::string::npos);
    // Indicator categories of this form, in its order.
    CHECK(s.find("经济成本指标") != std::string::npos);
    CHECK(s.find("生态效益指标") != std::string::npos);
}

TEST_CASE("report: the chart's bars are exact integer fractions of the largest amount") {
    const auto projects = central_projects();
    jixiao::report_options opt;
    opt.chart_width = 100;
    const auto doc = jixiao::make_report_document(projects, opt);
    const jixiao::report_section* chart = nullptr;
    for (const auto& s : doc.sections) {
        if (s.is_chart()) chart = &s;
    }
    REQUIRE(chart != nullptr);
    REQUIRE(chart->chart.size() == 3);
    CHECK(chart->chart[0].length == 100);  // 3 of 3
    CHECK(chart->chart[1].length == 67);   // 2 × 100 / 3 = 66.67
    CHECK(chart->chart[2].length == 0);    // zero
    CHECK(chart->chart[1].amount == "2.0000");

    opt.chart_width = 7;
    const auto small = jixiao::make_report_document(projects, opt);
    for (const auto& s : small.sections) {
        if (s.is_chart()) CHECK(s.chart[1].length == 5);  // 2 × 7 / 3 = 4.67
    }
}

TEST_CASE("report: HTML escapes the data and writes one bar per table") {
    const auto projects = central_projects();
    std::ostringstream os;
    jixiao::report_options opt;
    opt.title = "A & B <汇总>";
    jixiao::write_html_report(os, projects, opt);
    const std::string h = os.str();
    CHECK(h.rfind("<!DOCTYPE html>\n", 0) == 0);
    CHECK(h.find("<meta charset=\"utf-8\">") != std::string::npos);
    CHECK(h.find("<title>A &amp; B &lt;汇总&gt;</title>") != std::string::npos);
    CHECK(h.find("培训&lt;项目&gt;") != std::string::npos);
    CHECK(h.find("培训<项目>") == std::string::npos);
    CHECK(h.find("<script") == std::string::npos);
    CHECK(h.find("http") == std::string::npos);
    std::size_t bars = 0;
    for (auto at = h.find("<rect class=\"bar\""); at != std::string::npos; at = h.find("<rect class=\"bar\"", at + 1)) {
        ++bars;
    }
    CHECK(bars == 3);
}

TEST_CASE("report: sections are numbered alike in text, Markdown and HTML, in both languages") {
    const auto projects = central_projects();
    for (const auto lang : {jixiao::language::zh, jixiao::language::en}) {
        jixiao::report_options opt;
        opt.lang = lang;
        const auto doc = jixiao::make_report_document(projects, opt);
        std::ostringstream text, md, html;
        jixiao::write_report(text, jixiao::report_format::text, projects, opt);
        jixiao::write_report(md, jixiao::report_format::markdown, projects, opt);
        jixiao::write_report(html, jixiao::report_format::html, projects, opt);
        std::size_t charts = 0;
        for (std::size_t i = 0; i < doc.sections.size(); ++i) {
            const std::string heading = jixiao::detail::report_text::section_number(i, lang) + doc.sections[i].heading;
            CAPTURE(heading);
            CHECK(text.str().find("\n" + heading + "\n") != std::string::npos);
            CHECK(md.str().find("\n## " + heading + "\n") != std::string::npos);
            CHECK(html.str().find("<h2>" + jixiao::text_grid::html_escape(heading) + "</h2>") != std::string::npos);
            if (doc.sections[i].is_chart()) ++charts;
        }
        CHECK(charts == 1);  // a part of 资金合计, not a section of its own
        std::size_t h2 = 0;
        for (auto at = html.str().find("<h2>"); at != std::string::npos; at = html.str().find("<h2>", at + 1)) ++h2;
        CHECK(h2 == doc.sections.size());
    }
}

TEST_CASE("report: HTML bars are labelled with 序号 and project name; amounts grouped; an A4 print style") {
    auto projects = central_projects();
    projects[1].name = "一个名称很长很长很长很长很长很长很长很长很长很长很长很长很长的项目";  // 33 characters
    std::ostringstream os;
    jixiao::write_report(os, jixiao::report_format::html, projects);
    const std::string h = os.str();
    CAPTURE(h);
    CHECK(h.find(">1 培训&lt;项目&gt;</text>") != std::string::npos);
    CHECK(h.find(">3 零元项目</text>") != std::string::npos);
    // A name beyond 28 characters is cut on the bar, and whole in the bar's tooltip.
    CHECK(h.find(">2 一个名称很长很长很长很长很长很长很长很长很长很长很长很长…</text>") != std::string::npos);
    CHECK(h.find(
              "<title>序号2 一个名称很长很长很长很长很长很长很长很长很长很长很长很长很长的项目：2.0000 万元</title>") !=
          std::string::npos);
    CHECK(h.find("@page{size:A4") != std::string::npos);
    CHECK(h.find("@media print{") != std::string::npos);
    CHECK(h.find("tr{break-inside:avoid") != std::string::npos);
    CHECK(h.find(".chart{margin:0.5em 0 1em;break-inside:avoid") != std::string::npos);
}

TEST_CASE("report: Markdown has the same tables") {
    const auto projects = central_projects();
    std::ostringstream md;
    jixiao::write_markdown_report(md, projects);
    const std::string m = md.str();
    CHECK(m.rfind("# ", 0) == 0);
    CHECK(m.find("| 序号 |") != std::string::npos);
    CHECK(m.find("培训<项目>") != std::string::npos);  // Markdown text is not HTML-escaped
    CHECK(m.find("## 一、项目一览") != std::string::npos);
}

TEST_CASE("report: without findings, and of an empty set") {
    const auto projects = central_projects();
    jixiao::report_options opt;
    opt.findings = false;
    std::ostringstream os;
    jixiao::write_text_report(os, projects, opt);
    CHECK(os.str().find("审核发现") == std::string::npos);

    const std::vector<central> none;
    std::ostringstream empty;
    jixiao::write_text_report(empty, none);
    CHECK(empty.str().find("项目数：0") != std::string::npos);
    CHECK(empty.str().find("零元整") != std::string::npos);
    std::ostringstream html;
    jixiao::write_html_report(html, none);
    CHECK(html.str().find("<svg") == std::string::npos);
}

}  // TEST_SUITE

TEST_CASE("report: totals the amount type cannot hold are shown exactly and marked, never thrown") {
    using F = jixiao::forms::beijing_district_2020;
    using jixiao::wan;
    jixiao::basic_project<F> a;
    a.seq = 1;
    a.name = "甲";
    a.implementer = "甲处";
    a.funding[1] = {wan::max(), {wan::max(), std::nullopt, std::nullopt}};
    auto b = a;
    b.seq = 2;
    b.name = "乙";
    b.funding[1] = {1_yuan, {1_yuan, std::nullopt, std::nullopt}};
    const std::vector<jixiao::basic_project<F>> set{a, b};
    std::ostringstream os;
    jixiao::write_text_report(os, set);
    const std::string s = os.str();
    CAPTURE(s);
    CHECK(s.find("922337203685477.5808（溢出）") != std::string::npos);
    CHECK(s.find("（超出金额类型的范围，无法写成大写）") != std::string::npos);
    CHECK(s.find("amount_overflow") != std::string::npos);
}

}  // namespace report_test

// fengtai_2020: the report of the seed's fourteen 2020 tables (北京市丰台区残疾人联合会 and 北京市丰台区残疾人
// 就业服务中心). Text to stdout by default; --markdown for Markdown; --html FILE for a self-contained page.
// Chinese by default, English with --lang en. The findings it prints are the seed's own: reported, not fixed.
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>

#include <jixiao/io/report.hpp>

#include "tables.hpp"

namespace {

using namespace jixiao::literals;
using fengtai_2020::tables;

// ---- What must hold for the data as transcribed (the build is the check) -------------------------

// Every table's sources sum to its totals, no amount is negative, and the dates are calendar dates in order.
constexpr bool table_is_sound(const fengtai_2020::project& t) {
    const auto r = jixiao::validate(t);
    return r.count(jixiao::rules::funding_sources_sum) == 0 && r.count(jixiao::rules::negative_amount) == 0 &&
           r.count(jixiao::rules::invalid_date) == 0 && r.count(jixiao::rules::period_reversed) == 0 &&
           r.count(jixiao::rules::period_outside_year) == 0 && r.count(jixiao::rules::missing_field) == 0 &&
           r.count(jixiao::rules::category_not_in_form) == 0 && r.count(jixiao::rules::cost_line_mismatch) == 0 &&
           r.count(jixiao::rules::cost_line_not_computable) == 0 &&
           r.count(jixiao::rules::duplicate_indicator_name) == 0 &&
           r.count(jixiao::rules::percentage_out_of_range) == 0;
}
constexpr bool every_table_is_sound() {
    for (const auto& t : tables) {
        if (!table_is_sound(t)) return false;
    }
    return true;
}
static_assert(every_table_is_sound());

// 序号 1–14 in order, each once.
constexpr bool numbered_in_order() {
    for (std::size_t i = 0; i < tables.size(); ++i) {
        if (tables[i].seq != static_cast<int>(i + 1)) return false;
    }
    return jixiao::validate(tables).count(jixiao::rules::duplicate_seq) == 0;
}
static_assert(numbered_in_order());

// The 本年度 totals as the seed prints them, 序号 1–14, added here by hand, and the 以前年度 totals likewise.
static_assert(518.4000_wan + 304.8500_wan + 448.9734_wan + 50.0000_wan + 24.0500_wan + 300.0000_wan + 300.0000_wan +
                  7184.7600_wan + 354.1600_wan + 577.4000_wan + 450.0000_wan + 227.0400_wan + 2533.8576_wan +
                  1900.0000_wan ==
              15173.4910_wan);
static_assert(300.0000_wan + 440.0000_wan + 570.4000_wan + 900.0000_wan + 2400.0000_wan + 1600.0000_wan ==
              6210.4000_wan);
static_assert(jixiao::total(tables).current() == 15173.4910_wan);
static_assert(jixiao::total(tables).column[0] == 6210.4000_wan);
static_assert(jixiao::total(tables).projects == 14);
// 151,734,910 元 = 1亿 5173万 4910元.
static_assert(jixiao::to_chinese_upper_buffer(jixiao::total(tables).current()).view() ==
              "壹亿伍仟壹佰柒拾叁万肆仟玖佰壹拾元整");

// The seed's own problems, which the report must show: 序号10's cost basis (慰问 + printing + gifts) is 1万元 over
// its total, 序号11's cost indicator (900万元) is twice its total, 序号2's basis is cut off and falls short.
static_assert(jixiao::validate(tables[9]).count(jixiao::rules::cost_basis_exceeds_total) == 1);
static_assert(jixiao::validate(tables[10]).count(jixiao::rules::cost_target_exceeds_budget) == 1);
static_assert(jixiao::validate(tables[1]).count(jixiao::rules::cost_basis_below_total) == 1);
// Where the cost basis is complete it agrees with the total to the 元 (序号6, 9, 13).
static_assert(tables[5].cost_basis_total() == tables[5].current().total);
static_assert(tables[8].cost_basis_total() == tables[8].current().total);
static_assert(tables[12].cost_basis_total() == tables[12].current().total);

// ---- The program ----------------------------------------------------------------------------------

constexpr jixiao::localized_text usage{
    "用法：fengtai_2020 [--lang zh|en] [--markdown | --html 文件 | --help]\n"
    "\n"
    "汇总北京市丰台区残疾人联合会 2020 年度的十四张项目支出绩效目标表（种子文档）：项目一览、\n"
    "资金合计（万元及人民币大写）、资金来源合计、按申报单位和按实施单位的合计、各类指标数量，\n"
    "以及全部审核发现。\n"
    "\n"
    "  （无选项）     在标准输出上打印文本报告\n"
    "  --markdown     在标准输出上打印 Markdown 报告\n"
    "  --html 文件    把报告写成独立的 HTML 网页（含柱状图）\n"
    "  --lang zh|en   报告的语言：zh 中文（默认），en 英文\n"
    "  --help         显示本说明\n",
    "usage: fengtai_2020 [--lang zh|en] [--markdown | --html FILE | --help]\n"
    "\n"
    "Reports the fourteen 2020 项目支出绩效目标表 of 北京市丰台区残疾人联合会 (the seed document):\n"
    "projects, totals (万元 and 人民币大写), totals per source row, per 申报单位 and per 实施单位,\n"
    "indicator counts per category, and every validation finding.\n"
    "\n"
    "  (no option)    the report as aligned text on standard output\n"
    "  --markdown     the report as Markdown on standard output\n"
    "  --html FILE    the report as a self-contained HTML page (with a bar chart) written to FILE\n"
    "  --lang zh|en   the report's language: zh Chinese (the default), en English\n"
    "  --help         this text\n"};

constexpr int exit_usage = 64;  // EX_USAGE
constexpr int exit_cannot_write = 2;

jixiao::report_options options(jixiao::language lang) {
    jixiao::report_options o;
    o.lang = lang;
    o.title = lang == jixiao::language::en
                  ? "北京市丰台区残疾人联合会 (Beijing Fengtai District Disabled Persons' Federation): project "
                    "performance targets 2020, summary"
                  : "北京市丰台区残疾人联合会 项目支出绩效目标表（2020年度）汇总";
    return o;
}

/// The language --lang names anywhere on the command line (so that --help and the errors speak it too);
/// false if --lang is given without zh or en.
bool find_language(int argc, char** argv, jixiao::language& lang) {
    for (int i = 1; i < argc; ++i) {
        if (std::string_view(argv[i]) != "--lang") continue;
        if (i + 1 >= argc || !jixiao::parse_language(argv[i + 1], lang)) return false;
        ++i;
    }
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    jixiao::report_format format = jixiao::report_format::text;
    std::string html_file;
    jixiao::language lang = jixiao::language::zh;
    const bool lang_ok = find_language(argc, argv, lang);
    const bool en = lang == jixiao::language::en;
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        if (a == "--help" || a == "-h") {
            std::cout << usage.in(lang);
            return 0;
        }
        const bool first_format = format == jixiao::report_format::text;
        if (a == "--lang" && lang_ok) {
            ++i;
        } else if (a == "--markdown" && first_format) {
            format = jixiao::report_format::markdown;
        } else if (a == "--html" && first_format && i + 1 < argc) {
            format = jixiao::report_format::html;
            html_file = argv[++i];
        } else {
            std::cerr << "fengtai_2020: ";
            if (a == "--lang") {
                std::cerr << (en ? "--lang takes zh or en\n" : "--lang 后应为 zh 或 en\n");
            } else if (a == "--html" && i + 1 >= argc) {
                std::cerr << (en ? "--html needs a file name\n" : "--html 后应为文件名\n");
            } else if (a == "--markdown" || a == "--html") {
                std::cerr << (en ? "choose one of --markdown and --html\n" : "--markdown 和 --html 只能选一个\n");
            } else {
                std::cerr << (en ? "unknown option '" : "未知选项「") << a << (en ? "'\n" : "」\n");
            }
            std::cerr << usage.in(lang);
            return exit_usage;
        }
    }

    // The report is the library's (jixiao::write_report), the same that jixiao_check --format writes for
    // tables read from files; this program only supplies the seed's tables and a title.
    if (format != jixiao::report_format::html) {
        jixiao::write_report(std::cout, format, tables, options(lang));
        std::cout.flush();
        return std::cout ? 0 : exit_cannot_write;
    }
    std::ofstream out(html_file, std::ios::binary);
    if (out) jixiao::write_report(out, format, tables, options(lang));
    if (out) out.close();
    if (!out) {
        std::cerr << "fengtai_2020: " << (en ? "cannot write '" : "无法写入「") << html_file << (en ? "'\n" : "」\n");
        return exit_cannot_write;
    }
    return 0;
}

// io/csv.hpp: the CSV layout of a table set, read and written; every error with file:line:column.
#include <jixiao/io/csv.hpp>

#include <doctest/doctest.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <vector>

#include <jixiao/validate.hpp>

namespace csv_test {

namespace {

using namespace std::chrono_literals;
using namespace jixiao::literals;
namespace cat = jixiao::categories;
using F = jixiao::forms::beijing_district_2020;
using P = jixiao::basic_project<F>;
using store = jixiao::basic_project_store<F>;
using jixiao::csv_source;
using jixiao::wan;

/// Two tables that exercise every field: text with quotes, commas and line breaks; blank cells next to
/// written zeros; every kind of target; an indicator of an official category the form lacks; cost lines
/// with and without a stated total, decimal quantities, a truncated line.
store sample() {
    store s;
    {
        const std::vector<jixiao::indicator> inds{
            {cat::quantity, "服务户数", jixiao::parse_target("2000户"), "为全区2000户提供居家服务", true,
             jixiao::decimal::parse("20")},
            {cat::quality, "服务质量", jixiao::parse_target("符合相关规定"), "服务质量符合相关规定"},
            {cat::output_cost, "总体成本", jixiao::parse_target("控制在447.8777万元内"),
             "总体项目成本控制在447.8777万元内", false, jixiao::decimal::parse("2.5")},
            {cat::social_benefit, "社会效益", jixiao::parse_target("无"), "无"},
            {cat::timeliness, "完成时限", jixiao::parse_target("≤12月"), "12月底前完成"},  // not in this form
            {cat::beneficiary_satisfaction, "残疾人满意度", jixiao::parse_target("95%以上"),
             "残疾人满意度达到\"95%\"以上,\n含家属"},
        };
        const std::vector<jixiao::cost_line<wan>> lines{
            {"岗位补贴",
             0.6172_wan,
             "元/人·月",
             {{334, "人"}, {12, "月"}},
             2473.7376_wan,
             "334人×6172元/每月×12个月=24737376元",
             false},
            {"交通补贴", 0.005_wan, "元/次", {{jixiao::decimal::parse("0.5"), "次"}}, std::nullopt, "", true},
        };
        P p;
        p.seq = 1;
        p.year = 2020y;
        p.name = "残疾人\"温馨家园\",运营";
        p.applicant = "北京市丰台区残疾人联合会";
        p.implementer = "区残联教就部";
        p.start = 2020y / 1 / 1;
        p.end = 2020y / 12 / 31;
        p.funding[0] = {wan{}, {wan{}, wan{}, wan{}}};
        p.funding[1] = {2473.7426_wan, {2473.7426_wan, std::nullopt, wan{}}};
        p.goal = "第一行\n第二行\r\n第三行, 含逗号";
        p.indicators = jixiao::indicator_list<F>(std::span<const jixiao::indicator>(inds));
        p.cost_basis = lines;
        p.remarks = " 无 ";
        s.add(p);
    }
    {
        P p;  // blanks: no year, no dates, blank sources, no indicators, no cost lines, negative amount
        p.seq = 2;
        p.name = "空白项目";
        p.funding[0] = {-1.5_wan, {}};
        p.funding[1] = {0.0001_wan, {std::nullopt, 0.0001_wan, std::nullopt}};
        s.add(p);
    }
    return s;
}

/// Every field of two projects, including blanks, indicators and cost lines.
void check_same(const P& a, const P& b) {
    CAPTURE(a.seq);
    CHECK(a.seq == b.seq);
    CHECK(a.year == b.year);
    CHECK(a.name == b.name);
    CHECK(a.applicant == b.applicant);
    CHECK(a.implementer == b.implementer);
    CHECK(a.start == b.start);
    CHECK(a.end == b.end);
    CHECK(a.funding == b.funding);
    CHECK(a.goal == b.goal);
    CHECK(a.remarks == b.remarks);
    REQUIRE(a.indicators.size() == b.indicators.size());
    for (std::size_t i = 0; i < a.indicators.size(); ++i) {
        CAPTURE(i);
        CHECK(a.indicators[i] == b.indicators[i]);
    }
    REQUIRE(a.cost_basis.size() == b.cost_basis.size());
    for (std::size_t i = 0; i < a.cost_basis.size(); ++i) {
        CAPTURE(i);
        CHECK(a.cost_basis[i] == b.cost_basis[i]);
    }
}

void check_same(std::span<const P> a, std::span<const P> b) {
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) check_same(a[i], b[i]);
}

jixiao::csv_result<F> read(std::initializer_list<csv_source> sources) { return jixiao::read_csv<F>(sources); }

/// The single error of a read, as "file:line:column: reason"; checks that the store is empty.
std::string only_error(const jixiao::csv_result<F>& r) {
    CHECK(r.store.empty());
    REQUIRE(r.errors.size() == 1);
    return r.errors.front().to_string(jixiao::language::en);
}

bool starts_with(const std::string& s, std::string_view prefix) { return std::string_view(s).starts_with(prefix); }

// A projects header with only the required columns: 8 cells.
constexpr std::string_view small_header =
    "序号,项目名称,项目申报单位,项目实施单位,开始时间,截止时间,以前年度项目资金总额,本年度项目资金总额\n";
constexpr std::string_view small_row = "1,项目,甲,乙,2020/1/1,2020/12/31,0,1\n";

std::string cat_strings(std::initializer_list<std::string_view> parts) {
    std::string s;
    for (auto p : parts) s += p;
    return s;
}

}  // namespace

TEST_CASE("csv: headers come from the form's own labels") {
    const auto files = jixiao::write_csv(sample());
    CHECK(starts_with(files.projects,
                      "\xEF\xBB\xBF序号,年度,项目名称,项目申报单位,项目实施单位,开始时间,截止时间,以前年度项目资金总额,"
                      "以前年度区财政拨款,以前年度市财政拨款,以前年度自筹资金,本年度项目资金总额,本年度区财政拨款,"
                      "本年度市财政拨款,本年度自筹资金,项目绩效目标,其他说明的问题\r\n"));
    CHECK(starts_with(files.indicators, "\xEF\xBB\xBF序号,一级指标,二级指标,三级指标,指标值,原文,核心指标,权重\r\n"));
    CHECK(starts_with(files.cost_lines,
                      "\xEF\xBB\xBF序号,项目,单价,单价单位,数量1,单位1,数量2,单位2,数量3,单位3,"
                      "数量4,单位4,合计,原文,截断\r\n"));

    // central_2021: columns 实施期资金总额 / 年度资金总额, rows 财政拨款 / 其他资金.
    jixiao::basic_project_store<jixiao::forms::central_2021> c;
    const auto text = jixiao::write_projects_csv(c, {.bom = false, .crlf = false});
    CHECK(text ==
          "序号,年度,项目名称,项目申报单位,项目实施单位,开始时间,截止时间,实施期资金总额,实施期财政拨款,"
          "实施期其他资金,年度资金总额,年度财政拨款,年度其他资金,项目绩效目标,其他说明的问题\n");
}

TEST_CASE("csv: the written rows") {
    const auto files = jixiao::write_csv(sample(), {.bom = false, .crlf = false});
    CHECK(files.projects.find("\n1,2020,\"残疾人\"\"温馨家园\"\",运营\",北京市丰台区残疾人联合会,区残联教就部,2020/1/1,"
                              "2020/12/31,0.0000,0.0000,0.0000,0.0000,2473.7426,2473.7426,,0.0000,"
                              "\"第一行\n第二行\r\n第三行, 含逗号\", 无 \n") != std::string::npos);
    CHECK(files.projects.find("\n2,,空白项目,,,,,-1.5000,,,,0.0001,,0.0001,,,\n") != std::string::npos);
    CHECK(files.indicators.find("\n1,产出指标,产出数量指标,服务户数,=2000户,为全区2000户提供居家服务,是,20\n") !=
          std::string::npos);
    CHECK(files.indicators.find("\n1,产出指标,时效指标,完成时限,≤12月,12月底前完成,否,\n") != std::string::npos);
    CHECK(files.cost_lines.find("\n1,交通补贴,0.0050,元/次,0.5,次,,,,,,,,,是\n") != std::string::npos);
}

TEST_CASE("csv: write then read gives identical projects") {
    const store original = sample();
    for (bool bom : {true, false}) {
        for (bool crlf : {true, false}) {
            CAPTURE(bom);
            CAPTURE(crlf);
            const auto files = jixiao::write_csv(original, {.bom = bom, .crlf = crlf});
            // Any order of files.
            const auto r = read(
                {{"cost.csv", files.cost_lines}, {"ind.csv", files.indicators}, {"proj.csv", files.projects}});
            REQUIRE(r.ok());
            check_same(original.projects(), r.store.projects());
            // And writing again gives the same text.
            const auto again = jixiao::write_csv(r.store, {.bom = bom, .crlf = crlf});
            CHECK(again.projects == files.projects);
            CHECK(again.indicators == files.indicators);
            CHECK(again.cost_lines == files.cost_lines);
        }
    }
}

TEST_CASE("csv: blanks are not zeros") {
    const auto r = read({{"p.csv", cat_strings({"序号,项目名称,项目申报单位,项目实施单位,开始时间,截止时间,"
                                                "以前年度项目资金总额,以前年度区财政拨款,以前年度市财政拨款,"
                                                "本年度项目资金总额\n",
                                                "1,项目,甲,乙,,,0,,0.0000,0\n"})}});
    REQUIRE(r.ok());
    const P& p = r.store[0];
    CHECK_FALSE(p.funding[0].sources[0].has_value());
    CHECK(p.funding[0].sources[1] == wan{});
    CHECK_FALSE(p.funding[0].sources[2].has_value());  // column absent: blank
    CHECK(p.start == std::chrono::year_month_day{});
    CHECK(static_cast<int>(p.year) == 0);
    // validate() sees the blank dates.
    CHECK(jixiao::validate(p).has(jixiao::rules::invalid_date));
}

TEST_CASE("csv: 元 headers and unit suffixes in cells") {
    const auto r = read({{"p.csv", cat_strings({"序号,项目名称,项目申报单位,项目实施单位,开始时间,截止时间,"
                                                "以前年度项目资金总额(元),以前年度区财政拨款（万元）,"
                                                "本年度项目资金总额（元）,本年度区财政拨款（元）,本年度市财政拨款\n",
                                                "1,项目,甲,乙,2020/1/1,2020/12/31,12,0.0012, 5184000 ,518.4万元,"
                                                "0.0001亿元\n"})}});
    REQUIRE(r.ok());
    const P& p = r.store[0];
    CHECK(p.funding[0].total == 0.0012_wan);
    CHECK(p.funding[0].sources[0] == 0.0012_wan);
    CHECK(p.funding[1].total == 518.4_wan);
    CHECK(p.funding[1].sources[0] == 518.4_wan);  // the cell's 万元 wins over the header's 元
    CHECK(p.funding[1].sources[1] == 1_wan);
}

TEST_CASE("csv: byte order mark, CRLF, no final line break, blank rows, comment columns, any column order") {
    const std::string text = cat_strings(
        {"\xEF\xBB\xBF",
         "# 说明,截止时间,本年度项目资金总额,以前年度项目资金总额,项目名称,序号,项目申报单位,项目实施单位,"
         "开始时间,,\r\n",
         ",,,,,,,,,,\r\n", "随便写,2020-12-31,1,0,\"多行\r\n名称\",7,甲,乙,2020-01-01,,\r\n", "\r\n",
         "x,2020/12/31,2,0,名称二,8,甲,乙,2020/1/1,,"});
    const auto r = read({{"p.csv", text}});
    REQUIRE(r.ok());
    REQUIRE(r.store.size() == 2);
    CHECK(r.store[0].seq == 7);
    CHECK(r.store[0].name == "多行\r\n名称");
    CHECK(r.store[0].end == 2020y / 12 / 31);
    CHECK(r.store[1].seq == 8);
    CHECK(r.store[1].current().total == 2_wan);
}

TEST_CASE("csv: the sample table set in tests/data/csv") {
    const auto dir = std::filesystem::path(__FILE__).parent_path().parent_path() / "data" / "csv" / "beijing_sample";
    const auto r = jixiao::read_csv_files<F>({dir / "indicators.csv", dir / "projects.csv", dir / "cost_lines.csv"});
    for (const auto& e : r.errors) CAPTURE(e.to_string(jixiao::language::en));
    REQUIRE(r.ok());
    REQUIRE(r.store.size() == 2);
    const P& p1 = r.store[0];
    CHECK(p1.name == "残疾人家庭居家服务项目");
    CHECK(p1.current().total == 518.4_wan);
    CHECK(p1.funding[1].sources[1] == wan{});
    CHECK(p1.goal == "为全区2000名低保重残和重残无业残疾人提供居家服务，\n每户服务时长不低于72小时");
    REQUIRE(p1.indicators.size() == 4);
    CHECK(p1.indicators[0].core);
    CHECK(p1.indicators[1].target == jixiao::parse_target("≥72小时"));
    CHECK(p1.indicators[2].target.cmp == jixiao::comparator::qualitative);
    CHECK(p1.indicators[3].weight == jixiao::decimal(10));
    const P& p13 = r.store[1];
    CHECK(p13.seq == 13);
    CHECK(p13.remarks.empty());
    CHECK(p13.goal == "按\"人×月\"测算");
    REQUIRE(p13.cost_basis.size() == 2);
    CHECK(p13.cost_basis[0].unit_price == 0.6172_wan);
    CHECK(p13.cost_basis_total() == p13.current().total);
    const auto rep = jixiao::validate(r.store);
    // Table 13's only 效益 indicator is a placeholder (无): validate() says so, and nothing else.
    REQUIRE(rep.size() == 1);
    CHECK(rep[0].rule_id() == "required_category_missing");
    CHECK(rep[0].seq == 13);
    CHECK(rep[0].message().view() == "效益指标下没有一项填了指标值的指标");
}

TEST_CASE("csv: indicator categories") {
    const auto proj = cat_strings({small_header, small_row});
    auto ind = [&](std::string_view rows) {
        return read({{"p.csv", proj}, {"i.csv", cat_strings({"序号,一级指标,二级指标,三级指标,指标值\n", rows})}});
    };
    SUBCASE("the form's label, the official name, another form's label, an official category the form lacks") {
        const auto r = ind(
            "1,,产出数量指标,a,1个\n1,产出指标,数量指标,b,1个\n1,,经济成本指标,c,≤1万元\n"
            "1,产出指标,成本指标,d,≤1万元\n1,,时效指标,e,≤1月\n");
        REQUIRE(r.ok());
        const auto& is = r.store[0].indicators;
        CHECK(is[0].cat == cat::quantity);
        CHECK(is[1].cat == cat::quantity);
        CHECK(is[2].cat == cat::economic_cost);
        CHECK(is[3].cat == cat::output_cost);
        CHECK(is[4].cat == cat::timeliness);
        CHECK(jixiao::validate(r.store[0]).count(jixiao::rules::category_not_in_form) == 2);
    }
    SUBCASE("unknown 二级指标") {
        CHECK(only_error(ind("1,,产出数量,a,1个\n")) ==
              "i.csv:2:4: unknown 二级指标 「产出数量」: not a category of the form (产出数量指标, 产出质量指标, "
              "产出进度指标, 产出成本指标, 经济效益指标, 社会效益指标, 环境效益指标, 可持续影响指标, "
              "服务对象满意度指标) nor an official one");
    }
    SUBCASE("二级指标 under the wrong 一级指标") {
        CHECK(only_error(ind("1,效益指标,产出数量指标,a,1个\n")) ==
              "i.csv:2:3: 二级指标 「产出数量指标」 is not under 一级指标 「效益指标」");
    }
}

TEST_CASE("csv: errors name file, line and column") {
    const std::string proj = cat_strings({small_header, small_row});

    SUBCASE("a bad amount, with the parse reason, column in characters") {
        CHECK(only_error(read({{"p.csv", cat_strings({small_header, "1,项目,甲,乙,2020/1/1,2020/12/31,0,5x\n"})}})) ==
              "p.csv:2:33: bad amount in 本年度项目资金总额 「5x」: unexpected character");
        CHECK(only_error(
                  read({{"p.csv", cat_strings({small_header, "1,项目,甲,乙,2020/1/1,2020/12/31,0,1.23456\n"})}})) ==
              "p.csv:2:38: bad amount in 本年度项目资金总额 「1.23456」: a non-zero digit beyond the type's fraction "
              "digits (after unit conversion)");
        // 12.34 元 is finer than wan's 1 元: the column of the 3, the first digit below 1 元.
        CHECK(only_error(read({{"p.csv", cat_strings({"序号,项目名称,项目申报单位,项目实施单位,开始时间,截止时间,"
                                                      "以前年度项目资金总额,本年度项目资金总额（元）\n",
                                                      "1,项目,甲,乙,2020/1/1,2020/12/31,0,\"12.34\"\n"})}})) ==
              "p.csv:2:36: bad amount in 本年度项目资金总额 「12.34」: a non-zero digit beyond the type's fraction "
              "digits (after unit conversion)");
    }
    SUBCASE("a blank total") {
        CHECK(only_error(read({{"p.csv", cat_strings({small_header, "1,项目,甲,乙,2020/1/1,2020/12/31,,1\n"})}})) ==
              "p.csv:2:30: 以前年度项目资金总额 is empty (write 0 for no money)");
    }
    SUBCASE("a missing column") {
        CHECK(only_error(read(
                  {{"p.csv", "序号,项目名称,项目申报单位,项目实施单位,开始时间,截止时间,以前年度项目资金总额\n"}})) ==
              "p.csv:1:1: missing column 「本年度项目资金总额」 in a projects file");
        CHECK(only_error(read({{"p.csv", proj}, {"i.csv", "\n\n序号,二级指标,三级指标\n"}})) ==
              "i.csv:3:1: missing column 「指标值」 in a indicators file");
    }
    SUBCASE("an unknown column, a column given twice, a unit on a text column") {
        CHECK(
            only_error(read({{"p.csv", cat_strings({"序号,项目名称,项目申报单位,项目实施单位,开始时间,截止时间,"
                                                    "以前年度项目资金总额,本年度项目资金总额, 本年度区拨款 \n"})}})) ==
            "p.csv:1:55: unknown column 「本年度区拨款」 in a projects file (a comment column starts with #)");
        CHECK(only_error(read({{"p.csv", cat_strings({"序号,项目名称,项目申报单位,项目实施单位,开始时间,截止时间,"
                                                      "以前年度项目资金总额,本年度项目资金总额,序号\n"})}})) ==
              "p.csv:1:54: column 「序号」 is given twice (also in header cell 1)");
        CHECK(only_error(read({{"p.csv", cat_strings({"序号,项目名称（元）,项目申报单位,项目实施单位,开始时间,截止时间,"
                                                      "以前年度项目资金总额,本年度项目资金总额\n"})}})) ==
              "p.csv:1:4: column 「项目名称（元）」: only amount columns take a unit");
    }
    SUBCASE("a file whose kind cannot be told") {
        CHECK(only_error(read({{"x.csv", "\xEF\xBB\xBF\r\n名称,金额\r\n"}})) ==
              "x.csv:2:1: cannot tell the kind of file: the header row has none of 项目名称 (projects), 三级指标 "
              "(indicators) and 单价 (cost lines)");
        CHECK(only_error(read({{"x.csv", "项目名称,三级指标\n"}})) ==
              "x.csv:1:1: the header row mixes the columns of more than one kind of file (项目名称: projects, "
              "三级指标: indicators, 单价: cost lines)");
        CHECK(only_error(read({{"x.csv", ""}})) == "x.csv: the file is empty");
        CHECK(only_error(read({{"x.csv", "\n,\n"}})) == "x.csv:1:1: the file has no header row");
    }
    SUBCASE("a bad target") {
        // Chinese numerals are read (issue 10); one that cannot be read exactly is refused at its place.
        CHECK(only_error(read({{"p.csv", proj},
                               {"i.csv", "序号,二级指标,三级指标,指标值\n1,产出数量指标,户数,不低于 两千五户\n"}})) ==
              "i.csv:2:19: bad 指标值 「不低于 两千五户」: a number in Chinese numerals that is not written as numbers "
              "are read out (一万二千, not 一万二; 一百零五, not 一百五): it has no one exact value");
        CHECK(only_error(read(
                  {{"p.csv", proj}, {"i.csv", "序号,二级指标,三级指标,指标值\n1,产出数量指标,户数,\"≥95分钟x\"\n"}})) ==
              "i.csv:2:19: bad 指标值 「≥95分钟x」: unexpected text after the target");
    }
    SUBCASE("a bad date") {
        CHECK(only_error(read({{"p.csv", cat_strings({small_header, "1,项目,甲,乙,2020/13/1,2020/12/31,0,1\n"})}})) ==
              "p.csv:2:15: bad date in 开始时间 「2020/13/1」: month 13 is not 1-12");
        CHECK(only_error(read({{"p.csv", cat_strings({small_header, "1,项目,甲,乙,2020/1/1,2020.12.31,0,1\n"})}})) ==
              "p.csv:2:23: bad date in 截止时间 「2020.12.31」: expected a date YYYY/M/D or YYYY-MM-DD");
        CHECK(only_error(read({{"p.csv", cat_strings({small_header, "1,项目,甲,乙,2020/1/1,2020-12/31,0,1\n"})}})) ==
              "p.csv:2:26: bad date in 截止时间 「2020-12/31」: expected a date YYYY/M/D or YYYY-MM-DD");
    }
    SUBCASE("an unterminated quote: the line and column of the opening quote") {
        CHECK(only_error(read({{"p.csv", cat_strings({small_header, "1,项目,甲,乙,2020/1/1,2020/12/31,0,1\n",
                                                      "2,\"项目\n\n二,甲,乙,2020/1/1,2020/12/31,0,1\n"})}})) ==
              "p.csv:3:3: a quoted field has no closing double quote");
    }
    SUBCASE("quotes in the wrong place") {
        CHECK(
            only_error(read({{"p.csv", cat_strings({small_header, "1,项\"目,甲,乙,2020/1/1,2020/12/31,0,1\n"})}})) ==
            "p.csv:2:4: a double quote inside an unquoted field (quote the field and write the double quote as \"\")");
        CHECK(
            only_error(read({{"p.csv", cat_strings({small_header, "1,\"项目\"x,甲,乙,2020/1/1,2020/12/31,0,1\n"})}})) ==
            "p.csv:2:7: text after the closing double quote of a field (write \"\" for a double quote inside a "
            "quoted field)");
    }
    SUBCASE("a row that refers to a 序号 no projects file has") {
        CHECK(
            only_error(read(
                {{"p.csv", proj},
                 {"i.csv", "序号,二级指标,三级指标,指标值\n1,产出数量指标,户数,1户\n 2 ,产出数量指标,户数,1户\n"}})) ==
            "i.csv:3:1: 序号 2 names no table in any projects file");
        CHECK(only_error(read({{"c.csv", "序号,项目,单价\r\n9,补贴,1\r\n"}, {"p.csv", proj}})) ==
              "c.csv:2:1: 序号 9 names no table in any projects file");
    }
    SUBCASE("a duplicate 序号 is kept for validate(), unless a row refers to it") {
        const std::string two = cat_strings({small_header, small_row, small_row});
        const auto r = read({{"p.csv", two}});
        REQUIRE(r.ok());
        CHECK(jixiao::validate(r.store).has(jixiao::rules::duplicate_seq));
        CHECK(only_error(read({{"p.csv", two}, {"c.csv", "序号,项目,单价\n1,补贴,1\n"}})) ==
              "c.csv:2:1: 序号 1 names 2 tables (p.csv:2, p.csv:3); the row cannot tell which");
    }
    SUBCASE("more than four quantities, and other quantity mistakes") {
        CHECK(only_error(
                  read({{"p.csv", proj},
                        {"c.csv", "序号,项目,单价,数量1,数量2,数量3,数量4,数量5,单位5\n1,补贴,1,1,2,3,4,,次\n"}})) ==
              "c.csv:2:17: a cost line has at most four quantities (数量1–数量4)");
        CHECK(only_error(read({{"p.csv", proj}, {"c.csv", "序号,项目,单价,数量1,数量2\n1,补贴,1,,2\n"}})) ==
              "c.csv:2:9: 数量2 follows an empty 数量1 (fill the quantities from 数量1 without gaps)");
        CHECK(only_error(read({{"p.csv", proj}, {"c.csv", "序号,项目,单价,数量1,单位1\n1,补贴,1,,人\n"}})) ==
              "c.csv:2:9: 单位1 without 数量1");
        CHECK(only_error(read({{"p.csv", proj}, {"c.csv", "序号,项目,单价,数量1\n1,补贴,1,3x\n"}})) ==
              "c.csv:2:9: bad number in 数量1 「3x」: unexpected character");
    }
    SUBCASE("invalid UTF-8, with the line and the column in characters") {
        CHECK(only_error(
                  read({{"p.csv", cat_strings({small_header, "1,项目\xB5\xC4,甲,乙,2020/1/1,2020/12/31,0,1\n"})}})) ==
              "p.csv:2:5: invalid UTF-8 (byte 0xB5); save the file as UTF-8 (or GB18030 throughout)");
        CHECK(only_error(read({{"p.csv", "\xEF\xBB\xBF序号,\xED\xA0\x80\n"}})) ==  // an encoded surrogate
              "p.csv:1:4: invalid UTF-8 (byte 0xED); save the file as UTF-8 (or GB18030 throughout)");
        CHECK(only_error(read({{"p.csv", "\xC0\xAF\xFF"}})) ==  // overlong (and no GB18030: 0xFF)
              "p.csv:1:1: invalid UTF-8 (byte 0xC0); save the file as UTF-8 (or GB18030 throughout)");
    }
    SUBCASE("rows with the wrong number of cells") {
        CHECK(only_error(read({{"p.csv", cat_strings({small_header, "1,项目,甲,乙,2020/1/1,2020/12/31,0,1,\n"})}})) ==
              "p.csv:2:1: the row has 9 cells but the header has 8");
    }
    SUBCASE("bad 序号, 是/否, weight, a value under an empty header") {
        CHECK(only_error(read({{"p.csv", cat_strings({small_header, "1a,项目,甲,乙,2020/1/1,2020/12/31,0,1\n"})}})) ==
              "p.csv:2:2: bad 序号 「1a」: expected a whole number");
        CHECK(only_error(
                  read({{"p.csv", proj},
                        {"i.csv", "序号,二级指标,三级指标,指标值,核心指标,权重\n1,产出数量指标,户数,1户,对,\n"}})) ==
              "i.csv:2:16: bad 核心指标 「对」: expected 是, 否 or nothing");
        CHECK(only_error(
                  read({{"p.csv", proj},
                        {"i.csv", "序号,二级指标,三级指标,指标值,核心指标,权重\n1,产出数量指标,户数,1户,是,1e3\n"}})) ==
              "i.csv:2:19: bad number in 权重 「1e3」: exponents are not accepted");
        CHECK(only_error(read({{"p.csv", proj}, {"c.csv", "序号,项目,单价,\n1,补贴,1,x\n"}})) ==
              "c.csv:2:8: a value in a column without a header");
    }
}

TEST_CASE("csv: all or nothing, and every error is reported") {
    const auto r = read({{"p.csv", cat_strings({small_header, small_row, "2,项目,甲,乙,2020/1/1,2020/12/31,0,x\n",
                                                "3,项目,甲,乙,2020/1/1,2020/12/32,0,1\n"})},
                         {"i.csv", "序号,二级指标,三级指标,指标值\n1,产出数量指标,户数,1户\n"},
                         {"bad.csv", "\"open"}});
    CHECK(r.store.empty());
    CHECK_FALSE(r.ok());
    REQUIRE(r.errors.size() == 3);
    CHECK(r.errors[0].to_string(jixiao::language::en) ==
          "p.csv:3:32: bad amount in 本年度项目资金总额 「x」: expected a digit");
    CHECK(r.errors[1].to_string(jixiao::language::en) ==
          "p.csv:4:27: bad date in 截止时间 「2020/12/32」: day 32 is not 1-31");
    CHECK(r.errors[2].to_string(jixiao::language::en) == "bad.csv:1:1: a quoted field has no closing double quote");
}

TEST_CASE("csv: files") {
    const auto dir = std::filesystem::temp_directory_path() / "jixiao_csv_test";
    std::filesystem::create_directories(dir);
    const auto files = jixiao::write_csv(sample());
    const std::pair<std::string, const std::string*> out[] = {{"projects.csv", &files.projects},
                                                              {"indicators.csv", &files.indicators},
                                                              {"cost_lines.csv", &files.cost_lines}};
    std::vector<std::filesystem::path> paths;
    for (const auto& [name, text] : out) {
        std::ofstream(dir / name, std::ios::binary) << *text;
        paths.push_back(dir / name);
    }
    const auto r = jixiao::read_csv_files<F>(paths);
    REQUIRE(r.ok());
    check_same(sample().projects(), r.store.projects());

    paths.push_back(dir / "missing.csv");
    const auto bad = jixiao::read_csv_files<F>(paths);
    CHECK(bad.store.empty());
    REQUIRE(bad.errors.size() == 1);
    CHECK(bad.errors[0].line == 0);
    CHECK(bad.errors[0].to_string(jixiao::language::en) ==
          (dir / "missing.csv").string() + ": cannot open the file: no such file");
    std::filesystem::remove_all(dir);
}

TEST_CASE("csv: another amount type and another form") {
    using C = jixiao::forms::central_2021;
    jixiao::basic_project_store<C, jixiao::wan_fen> s;
    jixiao::basic_project<C, jixiao::wan_fen> p;
    p.seq = 1;
    p.name = "项目";
    p.funding[0].total = jixiao::wan_fen::parse("0.000012");
    p.funding[1] = {jixiao::wan_fen::parse("1.5"), {jixiao::wan_fen::parse("1.5"), std::nullopt}};
    s.add(p);
    const auto files = jixiao::write_csv(s);
    CHECK(files.projects.find("\r\n1,,项目,,,,,0.000012,,,1.500000,1.500000,,,\r\n") != std::string::npos);
    const auto r = jixiao::read_csv<C, jixiao::wan_fen>({{"p", files.projects}, {"i", files.indicators}});
    REQUIRE(r.ok());
    CHECK(r.store[0].funding == p.funding);
    // 12.34 元 fits wan_fen.
    const auto y = jixiao::read_csv<C, jixiao::wan_fen>(
        {{"p",
          "序号,项目名称,项目申报单位,项目实施单位,开始时间,截止时间,实施期资金总额,年度资金总额（元）\n"
          "1,a,b,c,,,0,12.34\n"}});
    REQUIRE(y.ok());
    CHECK(y.store[0].current().total == jixiao::wan_fen::parse("0.001234"));
}

TEST_CASE("csv: a year below 1000 is written with four digits, so it reads back (found by fuzzing)") {
    using F = jixiao::forms::beijing_district_2020;
    jixiao::basic_project<F> p{.seq = 1,
                               .name = "n",
                               .applicant = "a",
                               .implementer = "i",
                               .start = std::chrono::year{560} / 1 / 1,
                               .end = std::chrono::year{560} / 12 / 31};
    const jixiao::basic_project<F> ps[] = {p};
    const auto files = jixiao::write_csv(ps);
    CHECK(files.projects.find(",0560/1/1,0560/12/31,") != std::string::npos);
    const auto r = jixiao::read_csv<F>({{"p.csv", files.projects}, {"i.csv", files.indicators}});
    REQUIRE(r.ok());
    CHECK(r.store[0].start == p.start);
    CHECK(r.store[0].end == p.end);
}

TEST_CASE("csv: a 数量N column with a huge N is refused when filled, without allocating N slots (found by fuzzing)") {
    using F = jixiao::forms::beijing_district_2020;
    const std::string projects =
        "序号,项目名称,项目申报单位,项目实施单位,开始时间,截止时间,以前年度项目资金总额,本年度项目资金总额\n"
        "1,n,a,i,2020/1/1,2020/12/31,0,1\n";
    const std::string empty_extra = "序号,项目,单价,数量1,单位1,数量999999999999\n1,x,1,2,台,\n";
    const auto ok = jixiao::read_csv<F>({{"p.csv", projects}, {"c.csv", empty_extra}});
    CHECK(ok.ok());
    const std::string filled_extra = "序号,项目,单价,数量1,单位1,数量999999999999\n1,x,1,2,台,3\n";
    const auto bad = jixiao::read_csv<F>({{"p.csv", projects}, {"c.csv", filled_extra}});
    REQUIRE(bad.errors.size() == 1);
    CHECK(bad.errors[0].to_string(jixiao::language::en) ==
          "c.csv:2:11: a cost line has at most four quantities (数量1–数量4)");
    CHECK(bad.store.empty());
}

// ------------------------------------------------------------------------------------------------
// The record schema drives the columns.

namespace schema_checks {
namespace schema = jixiao::schema;
constexpr schema::names with_alias{.csv = "项目实施单位", .json = "implementer", .csv_aliases = {"实施单位"}};
static_assert(with_alias.csv_matches("项目实施单位"));
static_assert(with_alias.csv_matches("实施单位"));
static_assert(!with_alias.csv_matches(""));
static_assert(!with_alias.csv_matches("单位"));
static_assert(schema::field_count<jixiao::indicator> == 8);
static_assert(schema::field_count<jixiao::cost_line<wan>> == 7);
static_assert(std::get<0>(schema::fields_of<P>).name.csv == "序号");
static_assert(std::get<0>(schema::fields_of<P>).required == schema::presence::always);
static_assert(std::is_same_v<schema::row_types_t<P>, std::tuple<jixiao::indicator, jixiao::cost_line<wan>>>);
}  // namespace schema_checks

TEST_CASE("csv: the header rows written are the schema's columns, in its order") {
    const auto files = jixiao::write_csv(sample(), {.bom = false, .crlf = false});
    auto first_line = [](const std::string& s) { return s.substr(0, s.find('\n')); };
    CHECK(first_line(files.projects) ==
          "序号,年度,项目名称,项目申报单位,项目实施单位,开始时间,截止时间,以前年度项目资金总额,以前年度区财政拨款,"
          "以前年度市财政拨款,以前年度自筹资金,本年度项目资金总额,本年度区财政拨款,本年度市财政拨款,本年度自筹资金,"
          "项目绩效目标,其他说明的问题");
    CHECK(first_line(files.indicators) == "序号,一级指标,二级指标,三级指标,指标值,原文,核心指标,权重");
    CHECK(first_line(files.cost_lines) ==
          "序号,项目,单价,单价单位,数量1,单位1,数量2,单位2,数量3,单位3,数量4,单位4,合计,原文,截断");
}

TEST_CASE("csv: a label made of an official category's 一级 stem and 二级 name reads in any form") {
    using C = jixiao::forms::central_2021;
    const auto r = jixiao::read_csv<C>(
        {{"p.csv",
          "序号,项目名称,项目申报单位,项目实施单位,开始时间,截止时间,实施期资金总额,年度资金总额\n"
          "1,a,b,c,,,0,1\n"},
         {"i.csv",
          "序号,一级指标,二级指标,三级指标,指标值\n1,,产出数量指标,a,1个\n1,产出指标,产出成本指标,b,≤1万元\n"}});
    REQUIRE(r.ok());
    CHECK(r.store[0].indicators[0].cat == cat::quantity);
    CHECK(r.store[0].indicators[1].cat == cat::output_cost);  // kept; validate() reports category_not_in_form
    // A stem of another 一级 is no label.
    const auto bad = jixiao::read_csv<C>(
        {{"p.csv",
          "序号,项目名称,项目申报单位,项目实施单位,开始时间,截止时间,实施期资金总额,年度资金总额\n"
          "1,a,b,c,,,0,1\n"},
         {"i.csv", "序号,二级指标,三级指标,指标值\n1,效益数量指标,a,1个\n"}});
    REQUIRE(bad.errors.size() == 1);
    CHECK(bad.errors[0].to_string(jixiao::language::en).starts_with("i.csv:2:3: unknown 二级指标 「效益数量指标」"));
}

TEST_CASE("io_error: operator<< writes to_string()") {
    const jixiao::io_error at{"p.csv", 3, 7, "bad 序号 「x」: expected a whole number"};
    const jixiao::io_error whole{"missing.csv", 0, 0, "cannot open the file"};
    std::ostringstream os;
    os << at << '|' << whole;
    CHECK(os.str() == "p.csv:3:7: bad 序号 「x」: expected a whole number|missing.csv: cannot open the file");
}

// ------------------------------------------------------------------------------------------------
// Hostile input (issue 10).

namespace {
const std::string issue10_header =
    "序号,年度,项目名称,项目申报单位,项目实施单位,开始时间,截止时间,以前年度项目资金总额,本年度项目资金总额\n";
}  // namespace

TEST_CASE("csv: a 年度 outside 1-9999 is an error at its cell, not wrapped to 16 bits (issue 10)") {
    auto year = [](std::string_view y) {
        return read({{"p.csv", issue10_header + "1," + std::string(y) + ",n,a,i,2020/1/1,2020/12/31,0,1\n"}});
    };
    // std::chrono::year(int) keeps 16 bits: 67556 was read as 2020, 32768 as -32768, 65536 as 0 (blank).
    CHECK(only_error(year("67556")) ==
          "p.csv:2:3: bad 年度 「67556」: year 67556 is not 1-9999 (leave the year blank for none)");
    CHECK(only_error(year("32768")).starts_with("p.csv:2:3: bad 年度 「32768」: year 32768 is not 1-9999"));
    CHECK(only_error(year("65536")).starts_with("p.csv:2:3: bad 年度 「65536」: year 65536 is not 1-9999"));
    CHECK(only_error(year("0")).starts_with("p.csv:2:3: bad 年度 「0」: year 0 is not 1-9999"));
    // A year of 10,000 digits is quoted cut to 40 characters: the message stays short.
    CHECK(only_error(year(std::string(10000, '9'))).size() < 300);
    CHECK(only_error(year("-2020")).starts_with("p.csv:2:3: bad 年度 「-2020」: expected a year"));
    CHECK(only_error(year("99999999999999999999")).starts_with("p.csv:2:3: bad 年度"));
    CHECK(only_error(year(" 20x0")) == "p.csv:2:6: bad 年度 「20x0」: expected a year (a whole number 1-9999)");
    const auto ok = year("9999");
    REQUIRE(ok.ok());
    CHECK(static_cast<int>(ok.store[0].year) == 9999);
    const auto blank = year("");
    REQUIRE(blank.ok());
    CHECK(static_cast<int>(blank.store[0].year) == 0);
}

TEST_CASE("csv: an ambiguous 序号 lists five of its tables, and a file at most 100 errors (issue 10)") {
    std::string projects = issue10_header, indicators = "序号,二级指标,三级指标,指标值\n";
    for (int k = 0; k < 300; ++k) projects += "7,2020,n,a,i,2020/1/1,2020/12/31,0,1\n";
    for (int k = 0; k < 250; ++k) indicators += "7,产出数量指标,x,=1\n";
    const auto r = read({{"p.csv", projects}, {"i.csv", indicators}});
    CHECK(r.store.empty());
    REQUIRE(r.errors.size() == jixiao::max_errors_per_file + 1);
    CHECK(r.errors[0].to_string(jixiao::language::en) ==
          "i.csv:2:1: 序号 7 names 300 tables (p.csv:2, p.csv:3, p.csv:4, p.csv:5, p.csv:6 and 295 more); the row "
          "cannot tell which");
    CHECK(r.errors.back().to_string(jixiao::language::en) ==
          "i.csv: … and 150 more errors in this file (only the first 100 are listed)");
    CHECK(r.unlisted_errors == 150);
    CHECK(r.error_count() == 250);
}

TEST_CASE("csv: many bad header cells are each reported once, capped, in linear time (issue 10)") {
    // 20,000 unknown columns on one line: each error's column used to be counted from the start of the line.
    std::string header = "序号,项目,单价";
    for (int k = 0; k < 20000; ++k) header += ",x" + std::to_string(k);
    const auto r = read({{"c.csv", header + "\n"}});
    REQUIRE(r.errors.size() == jixiao::max_errors_per_file + 1);
    CHECK(r.errors[0].to_string(jixiao::language::en) ==
          "c.csv:1:10: unknown column 「x0」 in a cost lines file (a comment column starts with #)");
    CHECK(r.errors[1].to_string(jixiao::language::en) ==
          "c.csv:1:13: unknown column 「x1」 in a cost lines file (a comment column starts with #)");
    CHECK(r.error_count() == 20000);
}

TEST_CASE("csv: files that cannot be read: a directory, a device, an empty file (issue 10)") {
    const auto dir = std::filesystem::temp_directory_path() / "jixiao_csv_issue10";
    std::filesystem::create_directories(dir / "sub");
    std::ofstream(dir / "empty.csv", std::ios::binary).flush();
    const std::vector<std::filesystem::path> paths{dir / "sub", dir / "empty.csv", "/dev/null"};
    // A directory used to escape as std::ios_base::failure.
    const auto r = jixiao::read_csv_files<F>(paths);
    CHECK(r.store.empty());
    REQUIRE(r.errors.size() == 3);
    CHECK(r.errors[0].to_string(jixiao::language::en) ==
          (dir / "sub").string() + ": cannot read the file: it is a directory");
    // In the order the files were given.
    CHECK(r.errors[1].to_string(jixiao::language::en) == (dir / "empty.csv").string() + ": the file is empty");
    CHECK(r.errors[2].to_string(jixiao::language::en) ==
          "/dev/null: cannot read the file: it is a character device, not a regular file "
          "(save the input to a file)");
    std::filesystem::remove_all(dir);
}

TEST_CASE("csv: targets in Chinese numerals keep their number (issue 10)") {
    const auto r = read({{"p.csv", issue10_header + "1,2020,n,a,i,2020/1/1,2020/12/31,0,1\n"},
                         {"i.csv",
                          "序号,二级指标,三级指标,指标值\n1,产出质量指标,合格率,九十%\n1,产出质量指标,达标率,"
                          "百分之九十五\n"}});
    REQUIRE(r.ok());
    const auto& inds = r.store[0].indicators;
    REQUIRE(inds.size() == 2);
    CHECK(inds[0].target == jixiao::parse_target("=90%"));
    CHECK(inds[1].target == jixiao::parse_target("=95%"));
}

}  // namespace csv_test

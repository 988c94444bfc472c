// io/csv.hpp: spreadsheet exports as they come (issue 11 §3) — GB18030, title rows, merged cells, header aliases,
// amounts with 分, thousands separators and ¥, and the messages for what is still refused.
#include <jixiao/io/csv.hpp>

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include <jixiao/validate.hpp>

namespace csv_habits_test {

namespace {

using F = jixiao::forms::beijing_district_2020;
using jixiao::csv_source;

// The small projects header and row of csv_test.cpp, in UTF-8 and in GB18030.
constexpr std::string_view header =
    "序号,项目名称,项目申报单位,项目实施单位,开始时间,截止时间,以前年度项目资金总额,本年度项目资金总额\n";
constexpr std::string_view row = "1,项目,甲,乙,2020/1/1,2020/12/31,0,1\n";
constexpr std::string_view gb_header =
    "\xD0\xF2\xBA\xC5,\xCF\xEE\xC4\xBF\xC3\xFB\xB3\xC6,\xCF\xEE\xC4\xBF\xC9\xEA\xB1\xA8\xB5\xA5\xCE\xBB,\xCF\xEE\xC4"
    "\xBF\xCA\xB5\xCA\xA9\xB5\xA5\xCE\xBB,\xBF\xAA\xCA\xBC\xCA\xB1\xBC\xE4,\xBD\xD8\xD6\xB9\xCA\xB1\xBC\xE4,\xD2\xD4"
    "\xC7\xB0\xC4\xEA\xB6\xC8\xCF\xEE\xC4\xBF\xD7\xCA\xBD\xF0\xD7\xDC\xB6\xEE,\xB1\xBE\xC4\xEA\xB6\xC8\xCF\xEE\xC4"
    "\xBF\xD7\xCA\xBD\xF0\xD7\xDC\xB6\xEE\n";
constexpr std::string_view gb_row = "1,\xCF\xEE\xC4\xBF,\xBC\xD7,\xD2\xD2,2020/1/1,2020/12/31,0,1\n";
constexpr std::string_view gb_bad_row = "1,\xCF\xEE\xC4\xBF,\xBC\xD7,\xD2\xD2,2020/1/1,2020/12/31,0,5x\n";

std::string cat(std::initializer_list<std::string_view> parts) {
    std::string s;
    for (auto p : parts) s += p;
    return s;
}

template <class A = jixiao::wan>
jixiao::csv_result<F, A> read(std::initializer_list<csv_source> sources, const jixiao::csv_read_options& o = {}) {
    return jixiao::read_csv<F, A>(sources, o);
}

template <class A>
std::string only_error(const jixiao::csv_result<F, A>& r) {
    CHECK(r.store.empty());
    REQUIRE(r.errors.size() == 1);
    return r.errors.front().to_string(jixiao::language::en);
}

/// A projects file with one row whose 本年度项目资金总额 cell is `cell` (quoted if it holds a comma).
std::string amount_row(std::string_view cell) {
    const bool quote = cell.find(',') != std::string_view::npos;
    return cat({header, "1,项目,甲,乙,2020/1/1,2020/12/31,0,", quote ? "\"" : "", cell, quote ? "\"" : "", "\n"});
}

}  // namespace

TEST_CASE("csv habits: a GB18030 file is read, with a note; positions are the file's own") {
    const auto r = read({{"p.csv", cat({gb_header, gb_row})}});
    REQUIRE(r.ok());
    REQUIRE(r.store.size() == 1);
    CHECK(r.store.projects()[0].name == "项目");
    CHECK(r.store.projects()[0].implementer == "乙");
    REQUIRE(r.notes.size() == 1);
    CHECK(r.notes[0].to_string(jixiao::language::en) ==
          "p.csv: read as GB18030 (GBK): the file is not UTF-8, but is valid GB18030");
    // An error in a GB18030 file has the line and column of the same error in UTF-8.
    CHECK(only_error(read({{"p.csv", cat({gb_header, gb_bad_row})}})) ==
          only_error(read({{"p.csv", cat({header, "1,项目,甲,乙,2020/1/1,2020/12/31,0,5x\n"})}})));
    CHECK(only_error(read({{"p.csv", cat({gb_header, gb_bad_row})}})) ==
          "p.csv:2:33: bad amount in 本年度项目资金总额 「5x」: unexpected character");
    // A UTF-8 file has no note.
    CHECK(read({{"p.csv", cat({header, row})}}).notes.empty());
}

TEST_CASE("csv habits: --encoding, forced") {
    CHECK(read({{"p.csv", cat({gb_header, gb_row})}}, {.encoding = "GB18030"}).ok());
    CHECK(read({{"p.csv", cat({gb_header, gb_row})}}, {.encoding = "GBK"}).ok());
    CHECK(read({{"p.csv", cat({gb_header, gb_row})}}, {.encoding = "GBK"}).notes.empty());
    CHECK(read({{"p.csv", cat({header, row})}}, {.encoding = "utf-8"}).ok());
    CHECK(only_error(read({{"p.csv", cat({gb_header, gb_row})}}, {.encoding = "UTF-8"})) ==
          "p.csv:1:1: invalid UTF-8 (byte 0xD0); save the file as UTF-8, or read it with its encoding");
    CHECK(only_error(read({{"p.csv", cat({header, row})}}, {.encoding = "NO-SUCH"})) ==
          "p.csv: unknown encoding 'NO-SUCH'");
    // Bytes that are not GB18030 are placed by line and column (in characters, as decoded so far).
    CHECK(only_error(read({{"p.csv", cat({gb_header, "1,\xCF\xEE\xFF\n"})}}, {.encoding = "GB18030"})) ==
          "p.csv:2:4: not valid GB18030 (bytes 0xFF 0x0A); give the file's encoding, or save it as UTF-8");
    CHECK(jixiao::detail::io::encoding_known("GB18030"));
    CHECK(jixiao::detail::io::encoding_known("UTF-8"));
    CHECK(!jixiao::detail::io::encoding_known("NO-SUCH"));
}

TEST_CASE("csv habits: what is not read as GB18030") {
    // Neither UTF-8 nor GB18030 (0xFF is neither): the UTF-8 error, at its place.
    CHECK(only_error(read({{"p.csv", cat({header, "1,项目\xFF,甲,乙,2020/1/1,2020/12/31,0,1\n"})}})) ==
          "p.csv:2:5: invalid UTF-8 (byte 0xFF); save the file as UTF-8 (or GB18030 throughout)");
    // UTF-8 Chinese text, then a GBK pair: a damaged UTF-8 file, not a GB18030 one (its text would change).
    CHECK(only_error(read({{"p.csv", cat({header, "1,项目\xB5\xC4,甲,乙,2020/1/1,2020/12/31,0,1\n"})}})) ==
          "p.csv:2:5: invalid UTF-8 (byte 0xB5); save the file as UTF-8 (or GB18030 throughout)");
    // A UTF-8 byte order mark says UTF-8.
    CHECK(only_error(read({{"p.csv", cat({"\xEF\xBB\xBF", gb_header, gb_row})}})) ==
          "p.csv:1:1: invalid UTF-8 (byte 0xD0); save the file as UTF-8 (or GB18030 throughout)");
}

TEST_CASE("csv habits: GB18030 files, streamed") {
    const auto dir = std::filesystem::temp_directory_path() / "jixiao_csv_habits";
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "p.csv", std::ios::binary) << gb_header << gb_row;
    std::ofstream(dir / "bad.csv", std::ios::binary) << gb_header << gb_bad_row;
    const std::vector<std::filesystem::path> good{dir / "p.csv"};
    const auto r = jixiao::read_csv_files<F>(good);
    REQUIRE(r.ok());
    CHECK(r.store.projects()[0].name == "项目");
    CHECK(r.notes.size() == 1);
    std::size_t tables = 0;
    const auto s = jixiao::for_each_csv_table<F>(std::span<const std::filesystem::path>(good),
                                                 jixiao::csv_read_options{"GB18030"},
                                                 [&](const jixiao::basic_project<F>& p) {
                                                     CHECK(p.applicant == "甲");
                                                     ++tables;
                                                 });
    CHECK(s.ok());
    CHECK(s.notes.empty());
    CHECK(tables == 1);
    const std::vector<std::filesystem::path> bad{dir / "bad.csv"};
    const auto b = jixiao::read_csv_files<F>(bad);
    REQUIRE(b.errors.size() == 1);
    CHECK(b.errors[0].line == 2);
    CHECK(b.errors[0].column == 33);
    std::filesystem::remove_all(dir);
}

TEST_CASE("csv habits: title rows above the header row") {
    const auto r = read({{"p.csv", cat({"项目支出绩效目标表\n（2020年度）,,单位：万元\n\n", header, row})}});
    REQUIRE(r.ok());
    CHECK(r.store.size() == 1);
    // Ten title rows at most; with none of the markers after them, the first is named.
    std::string titles;
    for (int k = 0; k < 11; ++k) titles += "标题\n";
    CHECK(only_error(read({{"p.csv", cat({titles, header, row})}})) ==
          "p.csv:1:1: cannot tell the kind of file: the header row has none of 项目名称 (projects), 三级指标 "
          "(indicators) and 单价 (cost lines)");
    CHECK(only_error(read({{"x.csv", "标题\n名称,金额\n1,2\n"}})) ==
          "x.csv:1:1: cannot tell the kind of file: the header row has none of 项目名称 (projects), 三级指标 "
          "(indicators) and 单价 (cost lines)");
}

TEST_CASE("csv habits: merged 序号, 一级指标 and 二级指标 continue the row above") {
    const std::string proj = cat({header, row, "2,项目二,甲,乙,2020/1/1,2020/12/31,0,1\n"});
    const auto r = read({{"p.csv", proj},
                         {"i.csv",
                          "序号,一级指标,二级指标,三级指标,指标值\n"
                          "1,产出指标,产出数量指标,a,1个\n"
                          ",,,b,2个\n"
                          ",,产出质量指标,c,100%\n"
                          "2,效益指标,社会效益指标,d,提高\n"
                          ",,,e,提高\n"},
                         {"c.csv", "序号,项目,单价\n1,甲,1\n,乙,2\n2,丙,3\n,丁,4\n"}});
    REQUIRE(r.ok());
    const auto& p1 = r.store.projects()[0];
    const auto& p2 = r.store.projects()[1];
    REQUIRE(p1.indicators.size() == 3);
    CHECK(p1.indicators[1].cat == jixiao::categories::quantity);
    CHECK(p1.indicators[2].cat == jixiao::categories::quality);
    REQUIRE(p2.indicators.size() == 2);
    CHECK(p2.indicators[1].cat == jixiao::categories::social_benefit);
    CHECK(p1.cost_basis.size() == 2);
    CHECK(p2.cost_basis.size() == 2);
    // A blank 序号 on the first row has nothing to continue; a blank 二级 at the start of a table's rows neither.
    CHECK(only_error(read({{"p.csv", proj}, {"c.csv", "序号,项目,单价\n,甲,1\n"}})) == "c.csv:2:1: 序号 is empty");
    CHECK(only_error(read(
              {{"p.csv", proj},
               {"i.csv", "序号,一级指标,二级指标,三级指标,指标值\n1,产出指标,产出数量指标,a,1个\n2,,,b,2个\n"}})) ==
          "i.csv:3:4: 二级指标 is empty");
    // In a projects file a blank 序号 is still an error.
    CHECK(only_error(read({{"p.csv", cat({header, row, ",项目二,甲,乙,2020/1/1,2020/12/31,0,1\n"})}})) ==
          "p.csv:3:1: 序号 is empty");
}

TEST_CASE("csv habits: header aliases from the record schema") {
    const auto r = read(
        {{"p.csv",
          "序号,项目名称,项目申报单位,实施单位,开始时间,截止时间,以前年度项目资金总额,本年度项目资金总额\n"
          "1,项目,甲,乙,2020/1/1,2020/12/31,0,1\n"},
         {"i.csv", "序号,二级指标,三级指标,年度指标值\n1,产出数量指标,a,≥3个\n"}});
    REQUIRE(r.ok());
    CHECK(r.store.projects()[0].implementer == "乙");
    CHECK(jixiao::to_string(r.store.projects()[0].indicators[0].target) == "≥3个");
    CHECK(only_error(read({{"p.csv",
                            "序号,项目名称,项目申报单位,项目实施单位,实施单位,开始时间,截止时间,以前年度项目资金总额,"
                            "本年度项目资金总额\n"}})) ==
          "p.csv:1:23: column 「实施单位」 is given twice (also in header cell 4)");
}

TEST_CASE("csv habits: amounts with 角 and 分") {
    const auto r = read<jixiao::wan_fen>({{"p.csv", amount_row("5184000.55元")}});
    REQUIRE(r.ok());
    CHECK(r.store.projects()[0].funding[1].total == jixiao::wan_fen::parse("518.400055"));
    CHECK(read<jixiao::wan_fen>({{"p.csv", amount_row("518.400055")}}).ok());
    // At 元 precision the 分 are an error, as before: never rounded.
    CHECK(only_error(read({{"p.csv", amount_row("5184000.55元")}})) ==
          "p.csv:2:40: bad amount in 本年度项目资金总额 「5184000.55元」: a non-zero digit beyond the type's "
          "fraction digits (after unit conversion)");
    CHECK(jixiao::detail::io::money_string(jixiao::wan_fen::parse("518.4")) == "518.4000");
    CHECK(jixiao::detail::io::money_string(jixiao::wan_fen::parse("518.40005")) == "518.40005");
    CHECK(jixiao::detail::io::money_string(jixiao::wan::parse("518.4")) == "518.4000");
}

TEST_CASE("csv habits: thousands separators, ¥ and ￥, a full-width point, 万") {
    using jixiao::wan;
    const auto total = [](std::string_view cell) {
        const auto r = read({{"p.csv", amount_row(cell)}});
        REQUIRE(r.ok());
        return r.store.projects()[0].funding[1].total;
    };
    CHECK(total("7,184.7600") == wan::parse("7184.76"));
    CHECK(total("7，184.76") == wan::parse("7184.76"));
    CHECK(total("1,234,567") == wan::parse("1234567"));
    CHECK(total("¥518.4") == wan::parse("518.4"));
    CHECK(total("￥7,184.76") == wan::parse("7184.76"));
    CHECK(total("-¥1,000") == wan::parse("-1000"));
    CHECK(total("518．4000") == wan::parse("518.4"));
    CHECK(total("518.4万") == wan::parse("518.4"));
    CHECK(total("0.05184亿") == wan::parse("518.4"));
    CHECK(total("5,184,000元") == wan::parse("518.4"));
    // Grouping that is not three by three is refused, at the separator.
    CHECK(only_error(read({{"p.csv", amount_row("1,23,4")}})) ==
          "p.csv:2:37: bad amount in 本年度项目资金总额 「1,23,4」: thousands separators must group three digits "
          "(1,234,567.89)");
    CHECK(only_error(read({{"p.csv", amount_row("1234,567")}})) ==
          "p.csv:2:37: bad amount in 本年度项目资金总额 「1234,567」: thousands separators must group three digits "
          "(1,234,567.89)");
    CHECK(only_error(read({{"p.csv", amount_row(",123")}})) ==
          "p.csv:2:33: bad amount in 本年度项目资金总额 「,123」: thousands separators must group three digits "
          "(1,234,567.89)");
    CHECK(only_error(read({{"p.csv", amount_row("1,234.5,6")}})) ==
          "p.csv:2:40: bad amount in 本年度项目资金总额 「1,234.5,6」: a thousands separator after the decimal point");
    CHECK(only_error(read({{"p.csv", amount_row("1,2345")}})) ==
          "p.csv:2:34: bad amount in 本年度项目资金总额 「1,2345」: thousands separators must group three digits "
          "(1,234,567.89)");
    // Numbers in decimal cells take separators too, and not ¥.
    const auto c = read({{"p.csv", cat({header, row})}, {"c.csv", "序号,项目,单价,数量1\n1,甲,1,\"1,000\"\n"}});
    REQUIRE(c.ok());
    CHECK(c.store.projects()[0].cost_basis[0].quantities[0].value == jixiao::decimal::parse("1000"));
    CHECK(!read({{"p.csv", cat({header, row})}, {"c.csv", "序号,项目,单价,数量1\n1,甲,1,¥1\n"}}).ok());
}

TEST_CASE("csv habits: messages for what misled") {
    // parse() and from_chars stay strict, and say what to write.
    auto why = [](std::string_view s) {
        try {
            (void)jixiao::wan::parse(s);
        } catch (const jixiao::parse_error& e) {
            return std::string(e.what());
        }
        return std::string("(read)");
    };
    CHECK(why("518．4000").find("full-width decimal point") != std::string::npos);
    CHECK(why("518.4万").find("万元 or 亿元, not 万 or 亿 alone") != std::string::npos);
    CHECK(why("7，184").find("full-width comma") != std::string::npos);
    // A row separated by full-width commas.
    CHECK(only_error(read({{"p.csv", cat({header, "1，项目，甲，乙，2020/1/1，2020/12/31，0，1\n"})}})) ==
          "p.csv:2:1: the row has 1 cells but the header has 8; its cells seem separated by full-width commas (，): "
          "separate cells with ASCII commas (,)");
    // 95%（含）以上 is ≥95%; 以上 includes the number already.
    const auto t = read({{"p.csv", cat({header, row})},
                         {"i.csv",
                          "序号,二级指标,三级指标,指标值\n1,产出质量指标,a,95%（含）以上\n1,产出质量指标,b,"
                          "3天(含)以下\n"}});
    REQUIRE(t.ok());
    CHECK(jixiao::to_string(t.store.projects()[0].indicators[0].target) == "≥95%");
    CHECK(jixiao::to_string(t.store.projects()[0].indicators[1].target) == "≤3天");
}

TEST_CASE("csv habits: the 2023 Sichuan form's target in three columns (指标性质, 指标值, 度量单位)") {
    const auto r = read({{"p.csv", cat({header, row})},
                         {"i.csv",
                          "序号,一级指标,二级指标,三级指标,指标性质,指标值,度量单位\n"
                          "1,产出指标,产出数量指标,购买电脑,≥,13,台\n"
                          "1,产出指标,产出质量指标,验收合格率,＝,100,%\n"
                          "1,效益指标,社会效益指标,服务水平,定性,有所提高,\n"
                          "1,产出指标,产出成本指标,成本控制数,≤,30,万元\n"}});
    REQUIRE(r.ok());
    const auto& inds = r.store.projects()[0].indicators;
    REQUIRE(inds.size() == 4);
    CHECK(jixiao::to_string(inds[0].target) == "≥13台");
    CHECK(jixiao::to_string(inds[1].target) == "=100%");
    CHECK(inds[2].target.cmp == jixiao::comparator::qualitative);
    CHECK(jixiao::to_string(inds[3].target) == "≤30万元");
    // The writer writes one 指标值 column.
    CHECK(
        jixiao::write_indicators_csv(r.store, {.bom = false, .crlf = false})
            .starts_with(
                "序号,一级指标,二级指标,三级指标,指标值,原文,核心指标,权重\n1,产出指标,产出数量指标,购买电脑,≥13台,"));
    // A bad number is placed in the 指标值 cell, and the message shows the target as read.
    CHECK(
        only_error(read({{"p.csv", cat({header, row})},
                         {"i.csv", "序号,二级指标,三级指标,指标性质,指标值,度量单位\n1,产出数量指标,a,≥,1x3,台\n"}})) ==
        "i.csv:2:15: bad 指标值 「≥1x3台」: unknown unit (see jixiao::known_units)");
}

}  // namespace csv_habits_test

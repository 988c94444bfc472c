// io/error.hpp: what the readers say is Chinese by default and English on request (issue 11 §1). One io_error
// keeps both texts; to_string(language) and operator<< with set_language choose; the position is the same.
#include <jixiao/io/csv.hpp>
#include <jixiao/io/json.hpp>

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

namespace io_language_test {

namespace {

using F = jixiao::forms::beijing_district_2020;
using jixiao::language;

const std::string header =
    "序号,项目名称,项目申报单位,项目实施单位,开始时间,截止时间,以前年度项目资金总额,本年度项目资金总额\n";

jixiao::csv_result<F> read(std::string name, std::string text) {
    std::vector<jixiao::csv_source> sources{jixiao::csv_source{std::move(name), text}};
    return jixiao::read_csv<F>(sources);
}

/// The first error in the default rendering, in English, and as operator<< writes it on a plain stream and on
/// a stream set to English; the last two must equal the first two.
struct both {
    std::string zh, en;
};
both first_error(const std::vector<jixiao::io_error>& errors) {
    REQUIRE_FALSE(errors.empty());
    const auto& e = errors.front();
    std::ostringstream plain, english;
    plain << e;
    english << jixiao::set_language(language::en) << e;
    CHECK(plain.str() == e.to_string());
    CHECK(english.str() == e.to_string(language::en));
    CHECK(e.to_string(language::zh) == e.to_string());
    return {e.to_string(), e.to_string(language::en)};
}

}  // namespace

TEST_CASE("io_error: Chinese by default, English on request; the position is the same in both") {
    const auto e = jixiao::io_error::make("i.csv", 3, 15, {"金额有误", "bad amount"});
    CHECK(e.to_string() == "i.csv:3:15: 金额有误");
    CHECK(e.to_string(language::en) == "i.csv:3:15: bad amount");
    CHECK(e.reason == "bad amount");
    CHECK(e.reason_in(language::zh) == "金额有误");
    // A reason given in English only (a caller's own io_error) reads in both languages.
    const jixiao::io_error only_en{"x.csv", 0, 0, "cannot open the file"};
    CHECK(only_en.to_string() == "x.csv: cannot open the file");
    CHECK(only_en.to_string(language::en) == "x.csv: cannot open the file");
}

TEST_CASE("csv: errors are Chinese by default and English with language::en") {
    // Thousands separators in the wrong place: what is wrong and what to write.
    auto e = first_error(read("indicators.csv", header + "1,项目,甲,乙,2020/1/1,2020/12/31,0,\"1,23,4\"\n").errors);
    CHECK(e.zh == "indicators.csv:2:37: 本年度项目资金总额「1,23,4」：千位分隔不对，应每三位一组，如 1,234,567.89");
    CHECK(
        e.en ==
        "indicators.csv:2:37: bad amount in 本年度项目资金总额 「1,23,4」: thousands separators must group three digits "
        "(1,234,567.89)");
    // A reason of the number scanner (detail::scan), as the cell reader surfaces it.
    e = first_error(read("p.csv", header + "1,项目,甲,乙,2020/1/1,2020/12/31,0,5x\n").errors);
    CHECK(e.zh == "p.csv:2:33: 本年度项目资金总额「5x」：有不该出现的字符");
    CHECK(e.en == "p.csv:2:33: bad amount in 本年度项目资金总额 「5x」: unexpected character");
    // A date, a syntax error, a file that is not there.
    e = first_error(read("p.csv", header + "1,项目,甲,乙,2020/1/1,2020/12/32,0,1\n").errors);
    CHECK(e.zh == "p.csv:2:27: 截止时间「2020/12/32」：日 32 不在 1-31 之间");
    CHECK(e.en == "p.csv:2:27: bad date in 截止时间 「2020/12/32」: day 32 is not 1-31");
    e = first_error(read("p.csv", header + "1,\"项目,甲,乙\n").errors);
    CHECK(e.zh == "p.csv:2:3: 带引号的格子没有结束的双引号（\"）");
    CHECK(e.en == "p.csv:2:3: a quoted field has no closing double quote");
    const auto missing = jixiao::read_csv_files<F>({"no_such_dir/missing.csv"});
    e = first_error(missing.errors);
    CHECK(e.zh == "no_such_dir/missing.csv: 打不开文件：文件不存在（请检查文件名和路径）");
    CHECK(e.en == "no_such_dir/missing.csv: cannot open the file: no such file");
    // A target (parse_target's reason) and an unknown column.
    e = first_error(read("i.csv", "序号,二级指标,三级指标,指标值\n1,数量指标,户数,95%（含）以上以上\n").errors);
    CHECK(e.zh.starts_with("i.csv:2:"));
    CHECK(e.zh.find("指标值「95%（含）以上以上」：") != std::string::npos);
    CHECK(e.en.find("bad 指标值 「95%（含）以上以上」: ") != std::string::npos);
    e = first_error(read("p.csv", "序号,项目名称,金额\n").errors);
    CHECK(e.zh == "p.csv:1:1: 项目表缺少列「项目申报单位」");
    CHECK(e.en == "p.csv:1:1: missing column 「项目申报单位」 in a projects file");
}

TEST_CASE("csv: the note on a GB18030 file is Chinese by default") {
    const std::string gb_header =
        "\xD0\xF2\xBA\xC5,\xCF\xEE\xC4\xBF\xC3\xFB\xB3\xC6,\xCF\xEE\xC4\xBF\xC9\xEA\xB1\xA8\xB5\xA5\xCE\xBB,\xCF\xEE\xC4"
        "\xBF\xCA\xB5\xCA\xA9\xB5\xA5\xCE\xBB,\xBF\xAA\xCA\xBC\xCA\xB1\xBC\xE4,\xBD\xD8\xD6\xB9\xCA\xB1\xBC\xE4,\xD2\xD4"
        "\xC7\xB0\xC4\xEA\xB6\xC8\xCF\xEE\xC4\xBF\xD7\xCA\xBD\xF0\xD7\xDC\xB6\xEE,\xB1\xBE\xC4\xEA\xB6\xC8\xCF\xEE\xC4"
        "\xBF\xD7\xCA\xBD\xF0\xD7\xDC\xB6\xEE\n";
    const auto r = read("p.csv", gb_header + "1,\xCF\xEE\xC4\xBF,\xBC\xD7,\xD2\xD2,2020/1/1,2020/12/31,0,1\n");
    REQUIRE(r.ok());
    REQUIRE(r.notes.size() == 1);
    CHECK(r.notes[0].to_string() == "p.csv: 按 GB18030（GBK）编码读取：文件不是 UTF-8，但是有效的 GB18030");
    CHECK(r.notes[0].to_string(language::en) ==
          "p.csv: read as GB18030 (GBK): the file is not UTF-8, but is valid GB18030");
}

TEST_CASE("json: errors are Chinese by default and English with language::en") {
    auto e = first_error(jixiao::read_json<F>("{\"projects\": [{\"seq\": \"1\"}]}", "t.json").errors);
    CHECK(e.zh == "t.json:1:23: seq：应为数字，实为字符串");
    CHECK(e.en == "t.json:1:23: seq: expected a number, found a string");
    e = first_error(jixiao::read_json<F>("{\"projects\": [}", "t.json").errors);
    CHECK(e.zh == "t.json:1:15: 应为 JSON 值");
    CHECK(e.en == "t.json:1:15: expected a JSON value");
    e = first_error(jixiao::read_json<F>("{\"projects\": [], \"x\": 1}", "t.json").errors);
    CHECK(e.zh == "t.json:1:18: 文档中有不认识的键「x」（可用的键：form, projects, totals, report）");
    CHECK(e.en == "t.json:1:18: unknown key \"x\" in the document (known: form, projects, totals, report)");
    e = first_error(jixiao::read_json<F>("{}", "t.json").errors);
    CHECK(e.zh == "t.json:1:1: 文档缺少键「projects」");
    CHECK(e.en == "t.json:1:1: the document: missing key \"projects\"");
}

}  // namespace io_language_test

// The {fmt} formatters of include/jixiao/fmt.hpp: each type formats as its to_string / operator<< text,
// and width, fill and alignment apply to the whole text, counted in display columns.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <jixiao/fmt.hpp>

#include <sstream>
#include <string>

#include "../unit/sample_tables.hpp"

using namespace jixiao::literals;

TEST_CASE("amounts and decimals format as to_string, with width and alignment") {
    CHECK(fmt::format("{}", 518.4_wan) == "518.4000");
    CHECK(fmt::format("{:>12}|", 518.4_wan) == "    518.4000|");
    CHECK(fmt::format("{:<10}|", -0.5_wan) == "-0.5000   |");
    CHECK(fmt::format("{:*^10}", jixiao::wan_fen::parse("1.5")) == "*1.500000*");
    CHECK(fmt::format("{}", 36.5_dec) == "36.500000");
    CHECK(fmt::format("{}", jixiao::basic_decimal<std::int64_t, 0>(12)) == "12");
}

TEST_CASE("targets, comparators and categories format as their operator<< text") {
    const auto t = jixiao::parse_target("不低于90%");
    CHECK(fmt::format("{}", t) == "≥90%");
    CHECK(fmt::format("{}", t.cmp) == "≥");
    CHECK(fmt::format("{}", jixiao::categories::quantity) == "产出指标/数量指标");
    CHECK(fmt::format("{}", jixiao::categories::output) == "产出指标");
    // {fmt} pads by display width: four CJK characters take eight columns.
    CHECK(fmt::format("{:<10}|", jixiao::categories::output) == "产出指标  |");
}

TEST_CASE("findings, rules and severities format as their operator<< text") {
    auto bad = sample::home_care;
    bad.funding[1].total = 500_wan;  // the sources still add up to 518.4
    const auto found = jixiao::validate(bad);
    REQUIRE(found.count(jixiao::rules::funding_sources_sum) == 1);
    const jixiao::finding* f = nullptr;
    for (const auto& x : found) {
        if (&x.rule() == &jixiao::rules::funding_sources_sum) f = &x;
    }
    REQUIRE(f != nullptr);
    std::ostringstream streamed;
    streamed << *f;
    CHECK(fmt::format("{}", *f) == streamed.str());
    CHECK(fmt::format("{}", *f).starts_with(
        "[错误] funding_sources_sum 资金来源合计不符 序号 1 残疾人家庭居家服务项目: "));
    CHECK(fmt::format("{}", f->rule()) == "funding_sources_sum");
    CHECK(fmt::format("{}", f->level()) == "error");  // the stable id, as to_string_view gives it
    CHECK(fmt::format("{:>7}", jixiao::severity::warning) == "warning");
    CHECK(fmt::format("{:>6}", jixiao::display_name(jixiao::severity::warning)) == "  警告");  // display columns
    CHECK(fmt::format("{}", f->message(jixiao::language::en)) == std::string(f->message(jixiao::language::en).view()));
    CHECK(fmt::format("{}", f->message()) == std::string(f->message().view()));
}

TEST_CASE("grades, achievements and io errors") {
    CHECK(fmt::format("{}", jixiao::grade::excellent) == "优");
    CHECK(fmt::format("{:>3}", jixiao::grade::poor) == " 差");
    CHECK(fmt::format("{}", jixiao::achievement::achieved) ==
          std::string(jixiao::to_string_view(jixiao::achievement::achieved)));
    const jixiao::io_error e{"indicators.csv", 147, 3, "bad 指标值"};
    CHECK(fmt::format("{}", e) == "indicators.csv:147:3: bad 指标值");
}

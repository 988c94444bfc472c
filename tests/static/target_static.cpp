// parse_target, target and their canonical text in constant evaluation: each FACT is a static_assert of
// its own (so a failure names its line) and runs again from main() (so the sanitizers see it).
#include <jixiao/target.hpp>

#include <string_view>

#include "fact.hpp"

namespace {

using jixiao::comparator;
using jixiao::decimal;
using jixiao::parse_target;
using jixiao::target;

constexpr decimal dec(std::string_view s) { return decimal::parse(s); }

constexpr bool is(std::string_view text, comparator c, std::string_view value, std::string_view unit) {
    const target x = parse_target(text);
    return x.cmp == c && x.value == dec(value) && x.unit == unit && x == target{c, dec(value), unit};
}

constexpr bool fails_at(std::string_view text, std::size_t position, std::string_view reason) {
    const auto r = jixiao::try_parse_target(text);
    return !r.ok() && !r && r.position == position && std::string_view(r.reason).find(reason) != std::string_view::npos;
}

// comparator names
FACT(jixiao::to_string_view(comparator::ge) == "≥" && jixiao::to_string_view(comparator::qualitative) == "定性");

// comparator words
FACT(is("不低于90%", comparator::ge, "90", "%"));
FACT(is("不少于2000户", comparator::ge, "2000", "户"));
FACT(is("至少3次", comparator::ge, "3", "次"));
FACT(is("95%以上", comparator::ge, "95", "%"));
FACT(is("≥90％", comparator::ge, "90", "%"));
FACT(is(">=1", comparator::ge, "1", ""));
FACT(is("达到 100", comparator::ge, "100", ""));
FACT(is("达到95%以上", comparator::ge, "95", "%"));
FACT(is("超过95%", comparator::gt, "95", "%"));
FACT(is("高于1", comparator::gt, "1", ""));
FACT(is("大于1", comparator::gt, "1", ""));
FACT(is("多于1人", comparator::gt, "1", "人"));
FACT(is("＞1", comparator::gt, "1", ""));
FACT(is("不超过1", comparator::le, "1", ""));
FACT(is("不高于1", comparator::le, "1", ""));
FACT(is("不多于1", comparator::le, "1", ""));
FACT(is("5%以下", comparator::le, "5", "%"));
FACT(is("30天以内", comparator::le, "30", "天"));
FACT(is("控制在447.8777万元内", comparator::le, "447.8777", "万元"));
FACT(is("≤1", comparator::le, "1", ""));
FACT(is("<=1", comparator::le, "1", ""));
FACT(is("低于5%", comparator::lt, "5", "%"));
FACT(is("少于1", comparator::lt, "1", ""));
FACT(is("不满18岁", comparator::lt, "18", "岁"));
FACT(is("不足1", comparator::lt, "1", ""));
FACT(is("小于1", comparator::lt, "1", ""));
FACT(is("＜1", comparator::lt, "1", ""));
FACT(is("2000户", comparator::eq, "2000", "户"));
FACT(is("= 2000 户", comparator::eq, "2000", "户"));
FACT(is("等于1", comparator::eq, "1", ""));
FACT(is("＝1", comparator::eq, "1", ""));

// spaces and units
FACT(is(" 不低于 72 小时 ", comparator::ge, "72", "小时"));
FACT(is("\u3000不低于\u300072\u3000小时\u3000", comparator::ge, "72", "小时"));
FACT(is("4400人次", comparator::eq, "4400", "人次"));
FACT(is("4400人", comparator::eq, "4400", "人"));
FACT(is("2万人次", comparator::eq, "2", "万人次"));
FACT(is("72小时/年", comparator::eq, "72", "小时/年"));
FACT(is("6172元/人", comparator::eq, "6172", "元/人"));
FACT(is("12个月", comparator::eq, "12", "个月"));

// Chinese numerals, read in constant evaluation too (issue 10)
FACT(is("九十%", comparator::eq, "90", "%"));
FACT(is("百分之九十五", comparator::eq, "95", "%"));
FACT(is("不低于一万二千人", comparator::ge, "12000", "人"));
FACT(is("两千户以上", comparator::ge, "2000", "户"));
FACT(is("三千零五十", comparator::eq, "3050", ""));
FACT(is("零", comparator::eq, "0", ""));
FACT(!jixiao::try_parse_target("一万二").ok());
FACT(is("一亿零五百万元", comparator::eq, "105000000", "元"));
FACT(is("一亿二千万元", comparator::eq, "120000000", "元"));
FACT(is("不少于十次", comparator::ge, "10", "次"));
FACT(is("三年以内", comparator::le, "3", "年"));
FACT(is("七天", comparator::eq, "7", "天"));
FACT(parse_target("一次性发放到位").cmp == comparator::qualitative);
FACT(parse_target("十一月底前完成").cmp == comparator::qualitative);
FACT(parse_target("排名前十").cmp == comparator::qualitative);
FACT(parse_target("八点").cmp == comparator::qualitative);
FACT(!jixiao::try_parse_target("≥百").ok());
FACT(!jixiao::try_parse_target("十两").ok());
FACT(jixiao::target_problem(parse_target("百分之九十五")).ok());
FACT(!jixiao::target_problem(target{comparator::ge, dec("-5"), "%"}).ok());

// qualitative and none
constexpr target q{comparator::qualitative, {}, {}};
FACT(parse_target("符合相关规定") == q);
FACT(parse_target("全年") == q);
FACT(parse_target("按计划完成") == q);
FACT(parse_target("定性") == q);
FACT(parse_target("无") == target{});
FACT(parse_target("") == target{});
FACT(parse_target(" - ") == target{});
FACT(parse_target("/") == target{});
FACT(!q.is_quantitative());
FACT(!target{}.is_quantitative());

// boundaries
FACT(parse_target("95%以上").met_by(dec("95")));
FACT(!parse_target("超过95%").met_by(dec("95")));
FACT(parse_target("超过95%").met_by(dec("95.000001")));
FACT(parse_target("5%以内").met_by(dec("5")));
FACT(!parse_target("不满18岁").met_by(dec("18")));
FACT(parse_target("不满18岁").met_by(dec("17")));
FACT(parse_target("2000户").met_by(dec("2000")));
FACT(!parse_target("2000户").met_by(dec("2000.000001")));
FACT(parse_target("≥90%").is_percentage());
FACT(!parse_target("≥90万元").is_percentage());

// errors
FACT(fails_at("不低于", 9, "a comparator with no number"));
FACT(fails_at("约90%", 0, "not a comparator"));
FACT(fails_at("90%左右", 3, "unexpected text after the target"));
FACT(fails_at("不低于90%以上", 12, "two comparators"));
FACT(fails_at("-5", 0, "negative"));
FACT(fails_at("９０％", 0, "full-width digits"));
FACT(fails_at("5斤", 1, "unknown unit"));
FACT(fails_at("95%以上。", 9, "unexpected text after the target"));
FACT(fails_at("1e3", 1, "exponents"));
FACT(fails_at("0.0000001", 8, "fraction digits"));
FACT(fails_at("5天内", 4, "控制在"));
FACT(fails_at("万元", 0, "a unit with no number"));

// canonical text
FACT(jixiao::to_text(parse_target("不低于90%")).view() == "≥90%");
FACT(jixiao::to_text(parse_target("控制在447.8777万元内")).view() == "≤447.8777万元");
FACT(jixiao::to_text(parse_target("2000户")).view() == "=2000户");
FACT(jixiao::to_text(parse_target("超过 0.50")).view() == ">0.5");
FACT(jixiao::to_text(parse_target("不满18岁")).view() == "<18岁");
FACT(jixiao::to_text(parse_target("好")).view() == "定性");
FACT(jixiao::to_text(parse_target("")).view() == "无");
FACT(std::string_view(jixiao::to_text(target{comparator::ge, decimal::max(), "元/人/月"})) ==
     "≥9223372036854.775807元/人/月");

constexpr bool round_trip() {
    // Every comparator with a few values and units; units_are_static() takes every unit through the
    // canonical text. The unit test covers the full product (too much for clang's constant evaluator).
    constexpr comparator cmps[] = {comparator::eq, comparator::ge, comparator::gt, comparator::le, comparator::lt};
    constexpr std::string_view values[] = {"0", "0.5", "90", "2000", "0.000001", "9223372036854.775807"};
    constexpr std::string_view units[] = {"%", "万元", "人次", ""};
    for (auto c : cmps) {
        for (auto v : values) {
            for (auto u : units) {
                const target x{c, dec(v), u};
                if (parse_target(jixiao::to_text(x)) != x) return false;
            }
        }
    }
    return true;
}
FACT(round_trip());

// Each unit is listed before every unit it is a prefix of, so the first match is the longest match.
FACT(jixiao::detail::known_units_ok());

constexpr bool units_are_static() {
    for (auto u : jixiao::known_units) {
        // Build "5<unit>" in a local buffer: the parsed unit must point at the table, not at the buffer.
        char buf[64]{};
        buf[0] = '5';
        for (std::size_t i = 0; i < u.size(); ++i) buf[i + 1] = u[i];
        const target x = parse_target(std::string_view(buf, u.size() + 1));
        if (x.unit.data() != u.data() || x != target{comparator::eq, decimal(5), u}) return false;
        if (parse_target(jixiao::to_text(x)) != x) return false;  // and back through the canonical text
    }
    return parse_target("5％").unit.data() == jixiao::known_unit("%").data();
}
FACT(units_are_static());

}  // namespace

int main() { return static_suite::report(); }

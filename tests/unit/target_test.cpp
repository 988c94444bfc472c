// parse_target, target and comparator: docs/domain.md §4 "Reading a target".
#include <jixiao/target.hpp>

#include <doctest/doctest.h>

#include <ostream>  // doctest prints decimals through operator<<
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace target_test {

using jixiao::comparator;
using jixiao::decimal;
using jixiao::parse_target;
using jixiao::target;

namespace {

decimal dec(std::string_view s) { return decimal::parse(s); }

target t(comparator c, std::string_view value, std::string_view unit = {}) { return target{c, dec(value), unit}; }

/// The byte offset of marker in text (the first occurrence).
std::size_t at(std::string_view text, std::string_view marker) {
    const auto p = text.find(marker);
    REQUIRE(p != std::string_view::npos);
    return p;
}

void expect_error(std::string_view text, std::size_t position, std::string_view reason) {
    CAPTURE(std::string(text));
    bool thrown = false;
    try {
        (void)parse_target(text);
    } catch (const jixiao::parse_error& e) {
        thrown = true;
        CHECK(e.position() == position);
        CAPTURE(e.reason());
        CHECK(e.reason().find(reason) != std::string::npos);
        CHECK(std::string(e.what()).find("position " + std::to_string(position)) != std::string::npos);
    }
    CHECK(thrown);
    // The non-throwing form agrees.
    const auto r = jixiao::try_parse_target(text);
    CHECK_FALSE(r.ok());
    CHECK(r.position == position);
    CHECK(std::string_view(r.reason).find(reason) != std::string_view::npos);
}

void expect(std::string_view text, const target& want) {
    CAPTURE(std::string(text));
    const target got = parse_target(text);
    CHECK(got == want);
    CHECK(got.cmp == want.cmp);
    CHECK(got.value == want.value);
    CHECK(got.unit == want.unit);
}

/// Whether the unit view points into jixiao::known_units (never into the parsed text).
bool unit_is_static(const target& x) {
    if (x.unit.empty()) return true;
    for (const auto& u : jixiao::known_units) {
        if (u.data() == x.unit.data() && u.size() == x.unit.size()) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("comparator symbols") {
    CHECK(jixiao::to_string_view(comparator::eq) == "=");
    CHECK(jixiao::to_string_view(comparator::ge) == "≥");
    CHECK(jixiao::to_string_view(comparator::gt) == ">");
    CHECK(jixiao::to_string_view(comparator::le) == "≤");
    CHECK(jixiao::to_string_view(comparator::lt) == "<");
    CHECK(jixiao::to_string_view(comparator::qualitative) == "定性");
    CHECK(jixiao::to_string_view(comparator::none) == "无");
    for (auto c : {comparator::eq, comparator::ge, comparator::gt, comparator::le, comparator::lt,
                   comparator::qualitative, comparator::none}) {
        std::ostringstream os;
        os << c;
        CHECK(os.str() == jixiao::to_string_view(c));
    }
}

TEST_CASE("a target prints its canonical text") {
    std::ostringstream os;
    os << parse_target("控制在447.87770万元内") << ' ' << parse_target("达标") << ' ' << parse_target("") << ' '
       << jixiao::to_text(parse_target("不低于90%"));
    CHECK(os.str() == "≤447.8777万元 定性 无 ≥90%");
}

TEST_CASE("every wording of the comparator table (docs/domain.md §4.1)") {
    SUBCASE("≥") {
        expect("不低于90%", t(comparator::ge, "90", "%"));
        expect("不少于2000户", t(comparator::ge, "2000", "户"));
        expect("至少12个月", t(comparator::ge, "12", "个月"));
        expect("95%以上", t(comparator::ge, "95", "%"));
        expect("≥90%", t(comparator::ge, "90", "%"));
        expect(">=90%", t(comparator::ge, "90", "%"));
        expect("＞＝90%", t(comparator::ge, "90", "%"));
        expect("≧90%", t(comparator::ge, "90", "%"));
        expect("达到100", t(comparator::ge, "100"));
        expect("达到95%", t(comparator::ge, "95", "%"));
        expect("不小于3次", t(comparator::ge, "3", "次"));
        expect("大于等于3次", t(comparator::ge, "3", "次"));
        expect("大于或等于3次", t(comparator::ge, "3", "次"));
        expect("95%及以上", t(comparator::ge, "95", "%"));
    }
    SUBCASE(">") {
        expect("超过95%", t(comparator::gt, "95", "%"));
        expect("高于80%", t(comparator::gt, "80", "%"));
        expect("大于5场", t(comparator::gt, "5", "场"));
        expect("多于10人", t(comparator::gt, "10", "人"));
        expect(">5", t(comparator::gt, "5"));
        expect("＞5", t(comparator::gt, "5"));
    }
    SUBCASE("≤") {
        expect("不超过518.4万元", t(comparator::le, "518.4", "万元"));
        expect("不高于5%", t(comparator::le, "5", "%"));
        expect("不多于3次", t(comparator::le, "3", "次"));
        expect("5%以下", t(comparator::le, "5", "%"));
        expect("30个工作日以内", t(comparator::le, "30", "个工作日"));
        expect("控制在447.8777万元内", t(comparator::le, "447.8777", "万元"));
        expect("控制在447.8777万元以内", t(comparator::le, "447.8777", "万元"));
        expect("控制在447.8777万元", t(comparator::le, "447.8777", "万元"));
        expect("≤447.8777万元", t(comparator::le, "447.8777", "万元"));
        expect("<=447.8777万元", t(comparator::le, "447.8777", "万元"));
        expect("＜＝447.8777万元", t(comparator::le, "447.8777", "万元"));
        expect("≦1", t(comparator::le, "1"));
        expect("不大于2天", t(comparator::le, "2", "天"));
        expect("5%及以下", t(comparator::le, "5", "%"));
    }
    SUBCASE("<") {
        expect("低于5%", t(comparator::lt, "5", "%"));
        expect("少于3次", t(comparator::lt, "3", "次"));
        expect("不满18岁", t(comparator::lt, "18", "岁"));
        expect("不足10人", t(comparator::lt, "10", "人"));
        expect("小于1%", t(comparator::lt, "1", "%"));
        expect("<1%", t(comparator::lt, "1", "%"));
        expect("＜1%", t(comparator::lt, "1", "%"));
    }
    SUBCASE("=") {
        expect("2000户", t(comparator::eq, "2000", "户"));
        expect("=2000户", t(comparator::eq, "2000", "户"));
        expect("＝2000户", t(comparator::eq, "2000", "户"));
        expect("等于2000户", t(comparator::eq, "2000", "户"));
        expect("100%", t(comparator::eq, "100", "%"));
        expect("100", t(comparator::eq, "100"));
    }
    SUBCASE("qualitative") {
        for (std::string_view s : {"符合相关规定", "全年", "按计划完成", "好", "定性", "有效提升", "质量合格"}) {
            expect(s, target{comparator::qualitative, decimal{}, {}});
        }
    }
    SUBCASE("none") {
        for (std::string_view s : {"无", "", "-", "/", "   ", "\u3000", " 无 ", "\u3000无\u3000", "—", "——"}) {
            expect(s, target{});
        }
        CHECK(target{}.cmp == comparator::none);
    }
}

TEST_CASE("spaces between the parts, ASCII and ideographic") {
    expect("不低于 72 小时", t(comparator::ge, "72", "小时"));
    expect("  不低于   72   小时  ", t(comparator::ge, "72", "小时"));
    expect("\u3000不低于\u300072\u3000小时\u3000", t(comparator::ge, "72", "小时"));
    expect("≥ 90 %", t(comparator::ge, "90", "%"));
    expect("95 % 以上", t(comparator::ge, "95", "%"));
    expect("控制在 447.8777 万元 内", t(comparator::le, "447.8777", "万元"));
    expect("\t= 2000 户\t", t(comparator::eq, "2000", "户"));
    expect("超过\t95%", t(comparator::gt, "95", "%"));
}

TEST_CASE("full-width signs and percent") {
    expect("≥90％", t(comparator::ge, "90", "%"));
    expect("95％以上", t(comparator::ge, "95", "%"));
    expect("＞95％", t(comparator::gt, "95", "%"));
    expect("＜5％", t(comparator::lt, "5", "%"));
    expect("≤5％", t(comparator::le, "5", "%"));
    CHECK(parse_target("90％").is_percentage());
    CHECK(parse_target("90％").unit == "%");
}

TEST_CASE("the seed's examples (target part only)") {
    // "每户居家服务时长不低于 72 小时": the indicator name is split off before parse_target.
    expect("不低于 72 小时", t(comparator::ge, "72", "小时"));
    // "残疾人满意率不低于90%"
    expect("不低于90%", t(comparator::ge, "90", "%"));
    expect("95%以上", t(comparator::ge, "95", "%"));
    // "残疾人满意度达到95%以上": 达到 is neutral, 以上 decides.
    expect("达到95%以上", t(comparator::ge, "95", "%"));
    // "满意度100%"
    expect("100%", t(comparator::eq, "100", "%"));
    // "总体项目成本控制在447.8777万元内"
    expect("控制在447.8777万元内", t(comparator::le, "447.8777", "万元"));
    // "每名残疾人服务时间72小时/年", "6172元/人"
    expect("72小时/年", t(comparator::eq, "72", "小时/年"));
    expect("6172元/人", t(comparator::eq, "6172", "元/人"));
    expect("14.4万小时", t(comparator::eq, "14.4", "万小时"));
    expect("2000个", t(comparator::eq, "2000", "个"));
    expect("428台", t(comparator::eq, "428", "台"));
    expect("2万人次", t(comparator::eq, "2", "万人次"));
}

TEST_CASE("units: longest match") {
    expect("4400人次", t(comparator::eq, "4400", "人次"));
    expect("4400人", t(comparator::eq, "4400", "人"));
    expect("2万人次", t(comparator::eq, "2", "万人次"));
    expect("2万人", t(comparator::eq, "2", "万人"));
    expect("12个月", t(comparator::eq, "12", "个月"));
    expect("12个", t(comparator::eq, "12", "个"));
    expect("20个工作日", t(comparator::eq, "20", "个工作日"));
    expect("20工作日", t(comparator::eq, "20", "工作日"));
    expect("300元/人/月", t(comparator::eq, "300", "元/人/月"));
    expect("300元/人", t(comparator::eq, "300", "元/人"));
    expect("300元", t(comparator::eq, "300", "元"));
    expect("2次/年", t(comparator::eq, "2", "次/年"));
    expect("30分钟", t(comparator::eq, "30", "分钟"));
    expect("90分以上", t(comparator::ge, "90", "分"));
    expect("1.5亿元", t(comparator::eq, "1.5", "亿元"));
    expect("3千元", t(comparator::eq, "3", "千元"));
}

TEST_CASE("the known unit table") {
    // Each unit is listed before every unit that it is a prefix of, so first match is longest match.
    for (std::size_t i = 0; i < jixiao::known_units.size(); ++i) {
        CHECK_FALSE(jixiao::known_units[i].empty());
        for (std::size_t j = i + 1; j < jixiao::known_units.size(); ++j) {
            CHECK_FALSE(jixiao::known_units[j].starts_with(jixiao::known_units[i]));
        }
    }
    for (std::string_view u :
         {"%", "万元", "元", "人", "户", "人次", "次", "场", "台", "个", "份", "小时", "天", "月"}) {
        CHECK(jixiao::known_unit(u) == u);
    }
    CHECK(jixiao::known_unit("％") == "%");
    CHECK(jixiao::known_unit("斤").empty());
    CHECK(jixiao::known_unit("人次x").empty());
    CHECK(jixiao::known_unit("").empty());
}

TEST_CASE("the unit points into the static table, never into the text") {
    std::string text = "不低于 72 小时";
    const target x = parse_target(text);
    CHECK(unit_is_static(x));
    text.assign(text.size(), 'x');  // the text is gone; the target is intact
    CHECK(x.unit == "小时");
    for (const auto& u : jixiao::known_units) {
        // Not "5" + std::string(u): g++ 12 -O2 warns a false -Wrestrict inside that operator+ (GCC PR 105651).
        std::string s = std::string("5").append(u);
        CAPTURE(s);
        const target y = parse_target(s);
        CHECK(y.unit == u);
        CHECK(unit_is_static(y));
    }
    CHECK(unit_is_static(parse_target("5％")));
}

TEST_CASE("boundaries: 以上/以下/以内 include the number; 超过/不满 exclude it") {
    const auto d = [](std::string_view s) { return dec(s); };
    CHECK(parse_target("95%以上").met_by(d("95")));
    CHECK(parse_target("95%以上").met_by(d("95.5")));
    CHECK_FALSE(parse_target("95%以上").met_by(d("94.999999")));
    CHECK_FALSE(parse_target("超过95%").met_by(d("95")));
    CHECK(parse_target("超过95%").met_by(d("95.000001")));
    CHECK(parse_target("5%以下").met_by(d("5")));
    CHECK(parse_target("30天以内").met_by(d("30")));
    CHECK_FALSE(parse_target("30天以内").met_by(d("31")));
    CHECK_FALSE(parse_target("不满18岁").met_by(d("18")));
    CHECK(parse_target("不满18岁").met_by(d("17")));
    CHECK(parse_target("不低于90%").met_by(d("90")));
    CHECK_FALSE(parse_target("低于5%").met_by(d("5")));
    CHECK(parse_target("低于5%").met_by(d("4.9")));
    CHECK(parse_target("控制在447.8777万元内").met_by(d("447.8777")));
    CHECK_FALSE(parse_target("控制在447.8777万元内").met_by(d("447.8778")));
    CHECK(parse_target("2000户").met_by(d("2000")));
    CHECK_FALSE(parse_target("2000户").met_by(d("2001")));
    CHECK_FALSE(parse_target("2000户").met_by(d("1999")));
}

TEST_CASE("met_by on a target with no number throws domain_error") {
    CHECK_THROWS_AS((void)parse_target("按计划完成").met_by(decimal{}), std::domain_error);
    CHECK_THROWS_AS((void)parse_target("无").met_by(decimal{}), std::domain_error);
    try {
        (void)target{}.met_by(decimal{});
    } catch (const std::domain_error& e) {
        CHECK(std::string(e.what()).find("not quantitative") != std::string::npos);
    }
}

TEST_CASE("is_quantitative and is_percentage") {
    CHECK(parse_target("≥90%").is_quantitative());
    CHECK(parse_target("≥90%").is_percentage());
    CHECK(parse_target("2000户").is_quantitative());
    CHECK_FALSE(parse_target("2000户").is_percentage());
    CHECK_FALSE(parse_target("全年").is_quantitative());
    CHECK_FALSE(parse_target("无").is_quantitative());
    CHECK_FALSE(parse_target("").is_percentage());
}

TEST_CASE("numbers") {
    expect("0", t(comparator::eq, "0"));
    expect("0.5", t(comparator::eq, "0.5"));
    expect("447.8777", t(comparator::eq, "447.8777"));
    expect("1.000000000", t(comparator::eq, "1"));  // extra fraction zeros are harmless
    expect("0.000001", t(comparator::eq, "0.000001"));
    expect("9223372036854.775807", target{comparator::eq, decimal::max(), {}});
    expect("007", t(comparator::eq, "7"));
}

TEST_CASE("bad input names the position and the reason") {
    SUBCASE("a comparator with no number") {
        expect_error("不低于", 9, "a comparator with no number");
        expect_error("不低于 ", 9, "a comparator with no number");  // trailing spaces are trimmed first
        expect_error("≥", 3, "a comparator with no number");
        expect_error(">=", 2, "a comparator with no number");
        expect_error("控制在预算内", 9, "a comparator with no number");
        expect_error("达到预期效果", 6, "a comparator with no number");
        expect_error("不低于%", 9, "a comparator with no number");
        expect_error("以上", 0, "a comparator with no number");
        expect_error("本科以上", at("本科以上", "以上"), "a comparator with no number");
        expect_error("好>差", 3, "a comparator with no number");
        expect_error("%", 0, "a unit with no number");
        expect_error(" 人次 ", 1, "a unit with no number");
        expect_error("％", 0, "a unit with no number");
    }
    SUBCASE("a number with garbage") {
        expect_error("约90%", 0, "text before the number is not a comparator");
        expect_error("满意度100%", 0, "text before the number is not a comparator");
        expect_error("90%左右", at("90%左右", "左右"), "unexpected text after the target");
        expect_error("2000名残疾人家庭受益", at("2000名残疾人家庭受益", "残"), "unexpected text after the target");
        expect_error("2020年底前完成", at("2020年底前完成", "底"), "unexpected text after the target");
        expect_error("不低于去年90%", 9, "expected a number after the comparator");
    }
    SUBCASE("two comparators") {
        expect_error("不低于90%以上", at("不低于90%以上", "以上"), "two comparators");
        expect_error("≥90%以上", at("≥90%以上", "以上"), "two comparators");
        expect_error("超过5%以下", at("超过5%以下", "以下"), "two comparators");
        expect_error("控制在5%以上", at("控制在5%以上", "以上"), "two comparators");
        expect_error("≥≥90%", 3, "expected a number after the comparator");
        expect_error("95%以上以上", at("95%以上以上", "以上") + 6, "unexpected text after the target");
    }
    SUBCASE("内 alone") {
        expect_error("5天内", at("5天内", "内"), "only after 控制在");
        expect_error("不超过5天内", at("不超过5天内", "内"), "only after 控制在");
    }
    SUBCASE("negative numbers") {
        expect_error("-5", 0, "negative numbers are not targets");
        expect_error("≥-5%", 3, "negative numbers are not targets");
        expect_error("不低于 -0.5", 10, "negative numbers are not targets");
        expect_error("+5", 0, "a sign is not accepted");
    }
    SUBCASE("full-width digits") {
        expect_error("９０％", 0, "full-width digits are not accepted");
        expect_error("≥９０％", 3, "full-width digits are not accepted");
        expect_error("满意度１００％", at("满意度１００％", "１"), "full-width digits are not accepted");
        expect_error("9０", 1, "full-width digits are not accepted");
        expect_error("第１期", 3,
                     "full-width digits are not accepted");  // a full-width digit is a digit: not qualitative
    }
    SUBCASE("unknown units") {
        expect_error("5斤", 1, "unknown unit");
        expect_error("5 kg", 2, "unknown unit");
        expect_error("≥5 斤以上", 5, "unknown unit");
        expect_error("72小时/月", at("72小时/月", "/"), "unknown compound unit");
        expect_error("5元/斤", at("5元/斤", "/"), "unknown compound unit");
        expect_error("5/", 1, "unknown unit");
    }
    SUBCASE("trailing text") {
        expect_error("95%以上。", at("95%以上。", "。"), "unexpected text after the target");
        expect_error("90%；", at("90%；", "；"), "unexpected text after the target");
        expect_error("≥90% 左右", at("≥90% 左右", "左"), "unexpected text after the target");
    }
    SUBCASE("malformed numbers") {
        expect_error("1e3", 1, "exponents are not accepted");
        expect_error("1E3%", 1, "exponents are not accepted");
        expect_error("1,000人", 1, "thousands separators are not accepted");
        expect_error("1.5.3", 3, "a second decimal point");
        expect_error("1.", 2, "expected a digit after the decimal point");
        expect_error(".5", 0, "expected a digit before the decimal point");
        expect_error("≥.5", 3, "expected a digit before the decimal point");
        expect_error("1 000", 2, "a second number");
        expect_error("99999999999999", 0, "value out of range");
    }
    SUBCASE("too many fraction digits") {
        expect_error("0.0000001", 8, "beyond the type's fraction digits");
        expect_error("≥1.1234567%", at("≥1.1234567%", "7"), "beyond the type's fraction digits");
    }
}

TEST_CASE("canonical text") {
    CHECK(jixiao::to_string(parse_target("不低于90%")) == "≥90%");
    CHECK(jixiao::to_string(parse_target("控制在447.8777万元内")) == "≤447.8777万元");
    CHECK(jixiao::to_string(parse_target("2000户")) == "=2000户");
    CHECK(jixiao::to_string(parse_target("超过0.50")) == ">0.5");
    CHECK(jixiao::to_string(parse_target("不满 18 岁")) == "<18岁");
    CHECK(jixiao::to_string(parse_target("95％以上")) == "≥95%");
    CHECK(jixiao::to_string(parse_target("达到 100")) == "≥100");
    CHECK(jixiao::to_string(parse_target("符合相关规定")) == "定性");
    CHECK(jixiao::to_string(parse_target("")) == "无");
    CHECK(jixiao::to_string(target{comparator::ge, decimal::max(), "%"}) == "≥9223372036854.775807%");
    CHECK(jixiao::to_string(target{comparator::ge, decimal{}, "%"}) == "≥0%");

    // to_chars, to_text and to_string agree.
    const target x = parse_target("≤447.8777万元");
    char buf[jixiao::target_chars_max];
    const auto r = jixiao::to_chars(buf, buf + sizeof buf, x);
    REQUIRE(r.ec == std::errc{});
    CHECK(std::string_view(buf, static_cast<std::size_t>(r.ptr - buf)) == "≤447.8777万元");
    CHECK(jixiao::to_text(x).view() == "≤447.8777万元");
    // Too small a buffer is reported, never overrun.
    char small[8];
    CHECK(jixiao::to_chars(small, small + sizeof small, x).ec == std::errc::value_too_large);
    CHECK(jixiao::to_chars(small, small + 2, target{}).ec == std::errc::value_too_large);
}

TEST_CASE("round trip: every comparator x values x units") {
    const std::vector<std::string_view> values{"0",
                                               "1",
                                               "0.5",
                                               "90",
                                               "95.5",
                                               "447.8777",
                                               "2000",
                                               "0.000001",
                                               "100",
                                               "12345678.123456",
                                               "9223372036854.775807"};
    const comparator cmps[] = {comparator::eq, comparator::ge, comparator::gt, comparator::le, comparator::lt};
    std::vector<std::string_view> units(jixiao::known_units.begin(), jixiao::known_units.end());
    units.push_back({});
    std::size_t checked = 0;
    for (auto c : cmps) {
        for (auto v : values) {
            for (auto u : units) {
                const target x{c, dec(v), u};
                const std::string text = jixiao::to_string(x);
                CAPTURE(text);
                const target y = parse_target(text);
                CHECK(y == x);
                CHECK(jixiao::to_text(x).view() == text);
                CHECK(jixiao::to_string(y) == text);
                ++checked;
            }
        }
    }
    CHECK(checked == 5 * values.size() * (jixiao::known_units.size() + 1));
    CHECK(parse_target(jixiao::to_string(target{comparator::qualitative, {}, {}})) ==
          target{comparator::qualitative, {}, {}});
    CHECK(parse_target(jixiao::to_string(target{})) == target{});
}

TEST_CASE("target equality compares the unit by content") {
    const std::string unit = "万元";
    CHECK(target{comparator::le, dec("1"), unit} == parse_target("≤1万元"));
    CHECK_FALSE(target{comparator::lt, dec("1"), unit} == parse_target("≤1万元"));
    CHECK_FALSE(target{comparator::le, dec("2"), unit} == parse_target("≤1万元"));
    CHECK_FALSE(target{comparator::le, dec("1"), "元"} == parse_target("≤1万元"));
}

TEST_CASE("达 before a number reads as 达到; 达标 stays qualitative") {
    const auto t = jixiao::parse_target("达90%");
    CHECK(t.cmp == jixiao::comparator::ge);
    CHECK(t.value == jixiao::decimal(90));
    CHECK(t.unit == "%");
    CHECK_THROWS_AS((void)jixiao::parse_target("审批率达 100%"), jixiao::parse_error);  // a name before the number
    CHECK(jixiao::parse_target("达标").cmp == jixiao::comparator::qualitative);
    CHECK(jixiao::parse_target("达95%以上").cmp == jixiao::comparator::ge);
    CHECK(jixiao::parse_target("达95%以下").cmp == jixiao::comparator::le);
}

TEST_CASE("Chinese numerals are read exactly where the number stands (issue 10)") {
    expect("九十%", t(comparator::eq, "90", "%"));
    expect("百分之九十五", t(comparator::eq, "95", "%"));
    expect("百分之百", t(comparator::eq, "100", "%"));
    expect("千分之五", t(comparator::eq, "5", "‰"));
    expect("一万二千", t(comparator::eq, "12000"));
    expect("两千", t(comparator::eq, "2000"));
    expect("零", t(comparator::eq, "0"));
    expect("十二", t(comparator::eq, "12"));
    expect("一十二", t(comparator::eq, "12"));
    expect("一百零五", t(comparator::eq, "105"));
    expect("三千零五十", t(comparator::eq, "3050"));
    expect("一百一十", t(comparator::eq, "110"));
    expect("十万零五百", t(comparator::eq, "100500"));
    expect("一亿零五百万", t(comparator::eq, "105000000"));
    expect("壹仟零伍拾", t(comparator::eq, "1050"));  // the financial forms (大写) too
    expect("九十五点五%", t(comparator::eq, "95.5", "%"));
    expect("零点五", t(comparator::eq, "0.5"));
    // Comparators, units and 以上 around them, as around digits.
    expect("不低于九十%", t(comparator::ge, "90", "%"));
    expect("不低于 两千户", t(comparator::ge, "2000", "户"));
    expect("达到百分之九十五以上", t(comparator::ge, "95", "%"));
    expect("达九十%", t(comparator::ge, "90", "%"));
    expect("≤两千人次", t(comparator::le, "2000", "人次"));
    expect("一万二千人以上", t(comparator::ge, "12000", "人"));
    expect("控制在十二个月内", t(comparator::le, "12", "个月"));
    // 万 and 亿 that start a unit go with it, as in 1万人.
    expect("一万人", t(comparator::eq, "1", "万人"));
    expect("十万元", t(comparator::eq, "10", "万元"));
    expect("一点五万人次", t(comparator::eq, "1.5", "万人次"));
    expect("两千万元", t(comparator::eq, "2000", "万元"));
    // The unit always points into the static table.
    CHECK(unit_is_static(parse_target("百分之九十五")));
    CHECK(unit_is_static(parse_target("一万人")));
}

TEST_CASE("Chinese numerals as words stay qualitative; a number out of place is refused (issue 10)") {
    for (std::string_view q : {"一流水平", "十分满意", "千家万户", "万无一失", "学习贯彻十九大精神", "一一对应",
                               "两个确保", "一次性完成", "零投诉", "百姓满意", "十三五规划"}) {
        CAPTURE(std::string(q));
        CHECK(parse_target(q).cmp == comparator::qualitative);
    }
    CHECK(parse_target("达一流水平").cmp == comparator::qualitative);  // 达 + a word, not a number
    expect_error("满意度九十%以上", at("满意度九十%以上", "九"), "a number in Chinese numerals after text");
    expect_error("完成培训十二次", at("完成培训十二次", "十"), "a number in Chinese numerals after text");
}

TEST_CASE("Chinese numerals that have no one exact value are refused at their place (issue 10)") {
    const std::string_view not_read_out = "not written as numbers are read out";
    expect_error("一万二", at("一万二", "二"), not_read_out);  // 12000 or 10002?
    expect_error("两千五", at("两千五", "五"), not_read_out);
    expect_error("一百五%", at("一百五%", "五"), not_read_out);
    expect_error("二〇二〇", 0, not_read_out);  // digit by digit: at the start, where the readings part
    expect_error("九十九十%", 0, not_read_out);
    expect_error("三千五十", at("三千五十", "五"), not_read_out);  // 三千零五十
    expect_error("一百零十", at("一百零十", "零"), not_read_out);
    expect_error("九十%左右", at("九十%左右", "左"), "unexpected text after the target");
    expect_error("百分之九十五%", at("百分之九十五%", "%"), "a unit after 百分之");
    expect_error("百分之", 9, "百分之 or 千分之 with no number");
    expect_error("满意度达百分之", at("满意度达百分之", "百"), "a number in Chinese numerals after text");
    expect_error("九十五点", at("九十五点", "点"), "点 with no digit");
    expect_error("零点一二三四五六七%", at("零点一二三四五六七%", "七"), "more fraction digits");
    expect_error("九千九百亿亿亿亿亿亿亿亿亿亿", at("九千九百亿亿亿亿亿亿亿亿亿亿", "亿") + 3, not_read_out);
    expect_error("九十 五%", at("九十 五%", "五"), "a number in Chinese numerals after text");
}

TEST_CASE("a 万 after 亿 is a place in the number, not the start of the unit (issue 10 review)") {
    // The numeral is read whole and the unit is what follows it: exact in both.
    expect("一亿零五百万元", t(comparator::eq, "105000000", "元"));
    expect("三亿零五百万人次", t(comparator::eq, "305000000", "人次"));
    expect("一亿二千万元", t(comparator::eq, "120000000", "元"));
    expect("≤二十亿五千万元", t(comparator::le, "2050000000", "元"));
    // With no 亿 before it, a final 万 (or 亿) still goes with the unit, as in 1万人.
    expect("一万元", t(comparator::eq, "1", "万元"));
    expect("三亿元", t(comparator::eq, "3", "亿元"));
    expect("一万亿元", t(comparator::eq, "10000", "亿元"));
    expect_error("一亿零五百点五万元", at("一亿零五百点五万元", "万"), "after 点 only the digits");
}

TEST_CASE("one Chinese numeral before a unit that ends the target is a number (issue 10 review)") {
    // After a comparator, or with 以上/以内/以下 after the unit.
    expect("不少于十次", t(comparator::ge, "10", "次"));
    expect("≤七天", t(comparator::le, "7", "天"));
    expect("≥三个", t(comparator::ge, "3", "个"));
    expect("三年以内", t(comparator::le, "3", "年"));
    expect("两年以上", t(comparator::ge, "2", "年"));
    expect("控制在三日内", t(comparator::le, "3", "日"));
    // Alone, as 7天 and 1次 are.
    expect("十次", t(comparator::eq, "10", "次"));
    expect("五人", t(comparator::eq, "5", "人"));
    expect("七天", t(comparator::eq, "7", "天"));
    expect("一年", t(comparator::eq, "1", "年"));
    expect("两个", t(comparator::eq, "2", "个"));
    expect_error("三天内", at("三天内", "内"), "内 is read as 以内 only after 控制在");  // as 3天内
    expect_error("不少于三次培训", at("不少于三次培训", "三"), "a comparator with no number");
    // With more text after the unit, or no unit, it is a word.
    for (std::string_view q : {"一次性", "一次性发放到位", "三好", "一流", "十分满意", "一站式", "一对一", "一户一策",
                               "一人一档", "两学一做", "百人", "千人计划", "一对一服务"}) {
        CAPTURE(std::string(q));
        CHECK(parse_target(q).cmp == comparator::qualitative);
    }
    expect_error("万元", 0, "a unit with no number");
}

TEST_CASE("dates, times, ranks and ordinals in Chinese numerals are words (issue 10 review)") {
    for (std::string_view q :
         {"十一月底前完成", "十二月底前", "十二月中旬", "十二月下旬完成", "二〇二〇年十二月三十一日前完成",
          "每月五日前报送", "年底前",     "三年内完成", "三年内",         "排名前十",
          "全市前十名",     "位列第一",   "第十一届",   "实现零",         "八点",
          "每天早上八点前", "两点",       "二十四点",   "前百分之十",     "一年一次"}) {
        CAPTURE(std::string(q));
        CHECK(parse_target(q).cmp == comparator::qualitative);
    }
    // A quantity is no date: after a lead-in it is refused, as 全年12个月 and 完成培训十二次 are.
    expect_error("全年十二个月", at("全年十二个月", "十"), "a number in Chinese numerals after text");
    expect_error("提前十二天", at("提前十二天", "十"), "a number in Chinese numerals after text");  // not 前N
    expect_error("九十五点", at("九十五点", "点"), "点 with no digit");                             // 95 is no hour
    expect_error("二十五点", at("二十五点", "点"), "点 with no digit");
    expect("十二月", t(comparator::eq, "12", "月"));  // as 12月
}

TEST_CASE("bare 百 only in 百分之百; 两 only before 百, 千, 万, 亿 or alone (issue 10 review)") {
    const std::string_view not_read_out = "not written as numbers are read out";
    expect_error("百", 0, not_read_out);
    expect_error("≥百", at("≥百", "百"), not_read_out);
    expect_error("百%", 0, not_read_out);
    expect_error("千分之百", at("千分之百", "百"), not_read_out);
    expect("百分之百", t(comparator::eq, "100", "%"));
    expect("一百", t(comparator::eq, "100"));
    const std::string_view liang = "两 stands only before";
    expect_error("十两", at("十两", "两"), liang);
    expect_error("两十", 0, liang);
    expect_error("二十两人", at("二十两人", "两"), liang);
    expect_error("两点五", 0, liang);
    expect_error("一百两十", at("一百两十", "两"), liang);
    expect("两百", t(comparator::eq, "200"));
    expect("两千", t(comparator::eq, "2000"));
    expect("两万人", t(comparator::eq, "2", "万人"));
    expect("两亿", t(comparator::eq, "200000000"));
    expect("一万两千", t(comparator::eq, "12000"));
    expect("两", t(comparator::eq, "2"));
    expect("贰拾", t(comparator::eq, "20"));
}

TEST_CASE("target_problem: the one rule of what a target may be (issue 10)") {
    CHECK(jixiao::target_problem(t(comparator::ge, "90", "%")).ok());
    CHECK(jixiao::target_problem(target{comparator::qualitative, {}, {}}).ok());
    CHECK(jixiao::target_problem(target{}).ok());
    const auto negative = jixiao::target_problem(t(comparator::ge, "-5", "%"));
    CHECK(std::string_view(negative.reason) == "negative numbers are not targets");
    CHECK(negative.part == jixiao::target_part::value);
    CHECK(jixiao::target_problem(t(comparator::eq, "3", "光年")).part == jixiao::target_part::unit);
    CHECK_FALSE(jixiao::target_problem(t(comparator::eq, "3", "人,次")).ok());
    CHECK_FALSE(jixiao::target_problem(t(comparator::eq, "3", "％")).ok());  // canonical spelling only
    CHECK(jixiao::target_problem(t(comparator::none, "5")).part == jixiao::target_part::value);
    CHECK(jixiao::target_problem(t(comparator::qualitative, "0", "%")).part == jixiao::target_part::unit);
    // Whatever parse_target reads meets the rule and reads back equal from its canonical text.
    for (std::string_view text :
         {"≥90%", "九十%", "百分之九十五以上", "定性文字", "无", "", "控制在447.8777万元内", "一点五万人次", "零"}) {
        CAPTURE(std::string(text));
        const target x = parse_target(text);
        CHECK(jixiao::target_problem(x).ok());
        CHECK(parse_target(jixiao::to_string(x)) == x);
    }
}

}  // namespace target_test

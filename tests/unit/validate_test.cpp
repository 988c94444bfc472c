// Unit tests of validate(): for every rule of jixiao::rules::all, a table that breaks it (rule id, severity,
// 序号, project name and the exact message with its figures) and the same table fixed (no finding of that rule).
#include <doctest/doctest.h>

#include <jixiao/project_store.hpp>
#include <jixiao/validate.hpp>

#include <array>
#include <chrono>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <span>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "sample_tables.hpp"

namespace validate_test {

namespace {

using jixiao::decimal;
using jixiao::severity;
using jixiao::wan;
using namespace jixiao::literals;
namespace cat = jixiao::categories;
using form = sample::form;
using project = sample::project;
using std::chrono::year;

// The shared sample table, which breaks no rule at all, not even a warning.
constexpr const project& good = sample::home_care;
constexpr const auto& good_indicators = sample::home_care_indicators;
constexpr const auto& good_basis = sample::home_care_basis;

/// The sample's one cost line (2000户 × 2592元 = 518.4 万元) with another stated total, or none.
constexpr jixiao::cost_line<wan> good_line_stating(std::optional<wan> stated) {
    auto line = good_basis[0];
    line.stated_total = stated;
    return line;
}

/// The sample's one cost line at another unit price, with no stated total (so that the line agrees with itself).
constexpr jixiao::cost_line<wan> good_line_priced(wan unit_price) {
    auto line = good_line_stating(std::nullopt);
    line.unit_price = unit_price;
    return line;
}
static_assert(jixiao::validate(good).empty());

/// The one finding of rule `id` in the report, checked for severity, 序号 and project name.
const jixiao::finding& only(const jixiao::findings& rep, const jixiao::rule& id, severity level, int seq = 1,
                            std::string_view name = "残疾人家庭居家服务项目") {
    REQUIRE(rep.count(id) == 1);
    for (const auto& f : rep) {
        if (&f.rule() != &id) continue;
        CHECK(f.level() == level);
        CHECK(f.rule().level == level);
        CHECK(f.seq == seq);
        CHECK(f.project == name);
        CHECK_FALSE(f.message().truncated());
        return f;
    }
    FAIL("unreachable");
    return *rep.begin();
}

/// All messages of rule `id`, in order, in Chinese (the default) or in English.
std::vector<std::string> messages(const jixiao::findings& rep, const jixiao::rule& id,
                                  jixiao::language lang = jixiao::language::zh) {
    std::vector<std::string> out;
    for (const auto& f : rep) {
        if (&f.rule() == &id) out.emplace_back(f.message(lang).view());
    }
    return out;
}

/// CHECK_SAYS(finding, zh_text, en_text): the finding's message is zh in Chinese (the default) and en in English.
#define CHECK_SAYS(finding_expr, zh_text, en_text)                      \
    do {                                                                \
        const jixiao::finding said_ = (finding_expr);                   \
        CHECK(said_.message().view() == (zh_text));                     \
        CHECK(said_.message(jixiao::language::en).view() == (en_text)); \
        CHECK_FALSE(said_.message(jixiao::language::en).truncated());   \
    } while (false)

/// Rules are looked up by the rule, not by a string that could be misspelt.
template <class T>
concept looks_up_by_string = requires(const T& x) {
    x.count("missing_unit");
}
|| requires(const T& x) { x.has("missing_unit"); };

/// good with its indicators replaced.
project with_indicators(std::span<const jixiao::indicator> inds) {
    project p = good;
    p.indicators = inds;
    return p;
}

/// good's indicators with the one at `index` replaced.
std::vector<jixiao::indicator> replace_indicator(std::size_t index, const jixiao::indicator& i) {
    std::vector<jixiao::indicator> v(std::begin(good_indicators), std::end(good_indicators));
    v[index] = i;
    return v;
}

}  // namespace

TEST_CASE("the rule list: unique ids, each with a failure function and a message") {
    std::set<std::string_view> ids;
    for (const auto* r : jixiao::rules::all) {
        REQUIRE(r != nullptr);
        CHECK(static_cast<bool>(r->violated));
        CHECK_FALSE(r->summary.en.empty());
        CHECK_FALSE(r->summary.zh.empty());
        CHECK(r->messages[0] != nullptr);
        ids.insert(r->id);
    }
    CHECK(ids.size() == jixiao::rules::all.size());
    CHECK(jixiao::to_string_view(severity::error) == "error");
    CHECK(jixiao::to_string_view(severity::warning) == "warning");
    CHECK(jixiao::to_string_view(severity::info) == "info");
    CHECK(jixiao::display_name(severity::error) == "错误");
    CHECK(jixiao::display_name(severity::warning) == "警告");
    CHECK(jixiao::display_name(severity::info) == "提示");
    CHECK(jixiao::display_name(severity::info, jixiao::language::en) == "info");
    // require_valid's at_least: a notice is below a warning.
    CHECK(severity::info < severity::warning);
    CHECK(severity::warning < severity::error);
}

namespace {
/// The text outside its {figure}s has no Latin letter: a Chinese text with no English word in it.
bool no_latin_letter(std::string_view t) {
    bool in_figure = false;
    for (char c : t) {
        if (c == '{') in_figure = true;
        if (c == '}') in_figure = false;
        if (!in_figure && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
    }
    return true;
}

/// The {names} a text uses, in order of first use.
std::set<std::string> figure_names(std::string_view t) {
    std::set<std::string> out;
    for (std::size_t i = t.find('{'); i != std::string_view::npos; i = t.find('{', i + 1)) {
        const std::size_t close = t.find('}', i);
        REQUIRE(close != std::string_view::npos);
        out.emplace(t.substr(i + 1, close - i - 1));
    }
    return out;
}
}  // namespace

TEST_CASE("the message catalogue: every rule's name, summary and messages in Chinese and English") {
    std::set<std::string_view> zh_names;
    for (const auto* r : jixiao::rules::all) {
        CAPTURE(r->id);
        CHECK_FALSE(r->name.zh.empty());
        CHECK_FALSE(r->name.en.empty());
        CHECK(no_latin_letter(r->name.zh));
        CHECK(no_latin_letter(r->summary.zh));
        CHECK(r->name.in(jixiao::language::zh) == r->name.zh);
        CHECK(r->name.in(jixiao::language::en) == r->name.en);
        zh_names.insert(r->name.zh);
        for (const jixiao::message_template* m : r->messages) {
            if (m == nullptr) break;
            CAPTURE(m->en);
            REQUIRE_FALSE(m->zh.empty());
            CHECK(no_latin_letter(m->zh));
            CHECK(m->text(jixiao::language::zh) == m->zh);
            CHECK(m->text(jixiao::language::en) == m->en);
            // The same named figures in both texts, and exactly the declared ones.
            std::set<std::string> declared;
            for (std::size_t k = 0; k < m->figure_count(); ++k) declared.emplace(m->figures[k]);
            CHECK(figure_names(m->zh) == declared);
            CHECK(figure_names(m->en) == declared);
        }
    }
    CHECK(zh_names.size() == jixiao::rules::all.size());  // no two rules share a Chinese name
    CHECK(jixiao::rules::funding_sources_sum.name.zh == "资金来源合计不符");
}

TEST_CASE("the good table has no finding") {
    const auto rep = jixiao::validate(good);
    CHECK(rep.ok());
    CHECK(rep.empty());
    CHECK(rep.size() == 0);
    CHECK(rep.errors() == 0);
    CHECK(rep.warnings() == 0);
    for (const auto* r : jixiao::rules::all) CHECK_FALSE(rep.has(*r));
    CHECK(jixiao::require_valid(good));
    CHECK(jixiao::require_valid(good, severity::warning));
}

TEST_CASE("missing_field") {
    SUBCASE("序号") {
        project p = good;
        p.seq = 0;
        const auto rep = jixiao::validate(p);
        const auto& f = only(rep, jixiao::rules::missing_field, severity::error, 0);
        CHECK_SAYS(f, "序号未填写或不是正整数", "序号 is missing or not positive");
        p.seq = -3;
        CHECK_SAYS(only(jixiao::validate(p), jixiao::rules::missing_field, severity::error, -3),
                   "序号未填写或不是正整数", "序号 is missing or not positive");
    }
    SUBCASE("项目名称") {
        project p = good;
        p.name = "";
        CHECK_SAYS(only(jixiao::validate(p), jixiao::rules::missing_field, severity::error, 1, ""), "项目名称未填写",
                   "项目名称 is empty");
    }
    SUBCASE("申报单位") {
        project p = good;
        p.applicant = {};
        CHECK_SAYS(only(jixiao::validate(p), jixiao::rules::missing_field, severity::error), "项目申报单位未填写",
                   "项目申报单位 is empty");
    }
    SUBCASE("实施单位") {
        project p = good;
        p.implementer = "";
        CHECK_SAYS(only(jixiao::validate(p), jixiao::rules::missing_field, severity::error), "项目实施单位未填写",
                   "项目实施单位 is empty");
    }
    SUBCASE("all four at once: four findings") {
        project p = good;
        p.seq = 0;
        p.name = p.applicant = p.implementer = "";
        CHECK(jixiao::validate(p).count(jixiao::rules::missing_field) == 4);
    }
    SUBCASE("passes") {
        project p = good;
        p.seq = 14;
        CHECK_FALSE(jixiao::validate(p).has(jixiao::rules::missing_field));
        CHECK_FALSE(jixiao::validate(good).has(jixiao::rules::missing_field));
    }
}

TEST_CASE("missing_indicator_name") {
    const auto inds = replace_indicator(1, {cat::quality, "", jixiao::parse_target("不低于72小时")});
    const auto rep = jixiao::validate(with_indicators(inds));
    const auto& f = only(rep, jixiao::rules::missing_indicator_name, severity::warning);
    CHECK_SAYS(f, "产出质量指标中有一项指标未填三级指标名称，指标内容为「≥72小时」",
               "an indicator under 产出质量指标 has no 三级 name; its text is 「≥72小时」");
    CHECK(rep.ok());  // a warning only

    SUBCASE("passes: a name, or no name and no target") {
        const auto named = replace_indicator(1,
                                             {cat::quality, "每户居家服务时长", jixiao::parse_target("不低于72小时")});
        CHECK_FALSE(jixiao::validate(with_indicators(named)).has(jixiao::rules::missing_indicator_name));
        std::vector<jixiao::indicator> extra(std::begin(good_indicators), std::end(good_indicators));
        extra.push_back({cat::progress, "", jixiao::parse_target("无"), "无"});
        CHECK_FALSE(jixiao::validate(with_indicators(extra)).has(jixiao::rules::missing_indicator_name));
    }
}

TEST_CASE("invalid_date") {
    project p = good;
    p.start = year{2020} / 2 / 30;
    const auto rep = jixiao::validate(p);
    CHECK_SAYS(only(rep, jixiao::rules::invalid_date, severity::error), "开始时间不是日历上有的日期",
               "开始时间 is not a calendar date");
    // An invalid date is never compared: no period_reversed or period_outside_year on top.
    CHECK_FALSE(rep.has(jixiao::rules::period_reversed));
    CHECK_FALSE(rep.has(jixiao::rules::period_outside_year));

    p = good;
    p.end = year{2020} / 13 / 1;
    CHECK_SAYS(only(jixiao::validate(p), jixiao::rules::invalid_date, severity::error), "截止时间不是日历上有的日期",
               "截止时间 is not a calendar date");

    p.start = std::chrono::year_month_day{};  // a default date (0000-00-00) is not a date
    CHECK(jixiao::validate(p).count(jixiao::rules::invalid_date) == 2);

    SUBCASE("passes") {
        project q = good;
        q.start = year{2020} / 2 / 29;  // a leap day
        CHECK_FALSE(jixiao::validate(q).has(jixiao::rules::invalid_date));
    }
}

TEST_CASE("period_reversed") {
    project p = good;
    p.start = year{2020} / 12 / 31;
    p.end = year{2020} / 1 / 1;
    const auto rep = jixiao::validate(p);
    const auto& f = only(rep, jixiao::rules::period_reversed, severity::error);
    CHECK_SAYS(f, "截止时间2020年1月1日早于开始时间2020年12月31日",
               "截止时间 2020-01-01 is before 开始时间 2020-12-31");

    SUBCASE("passes: a one-day project") {
        project q = good;
        q.start = q.end = year{2020} / 6 / 1;
        CHECK_FALSE(jixiao::validate(q).has(jixiao::rules::period_reversed));
    }
}

TEST_CASE("period_outside_year") {
    project p = good;
    p.start = year{2019} / 7 / 1;
    p.end = year{2020} / 6 / 30;
    const auto rep = jixiao::validate(p);
    CHECK_SAYS(only(rep, jixiao::rules::period_outside_year, severity::warning),
               "项目起止时间为2019年至2020年，超出了预算年度2020年",
               "the period 2019–2020 reaches outside the budget year 2020");
    CHECK(rep.ok());

    p = good;
    p.year = year{2021};
    CHECK_SAYS(only(jixiao::validate(p), jixiao::rules::period_outside_year, severity::warning),
               "项目起止时间为2020年至2020年，超出了预算年度2021年",
               "the period 2020–2020 reaches outside the budget year 2021");

    SUBCASE("passes: inside the year, or no budget year given") {
        project q = good;
        q.start = year{2020} / 3 / 1;
        q.end = year{2020} / 9 / 30;
        CHECK_FALSE(jixiao::validate(q).has(jixiao::rules::period_outside_year));
        q.year = year{0};
        q.start = year{2019} / 1 / 1;
        CHECK_FALSE(jixiao::validate(q).has(jixiao::rules::period_outside_year));
    }
}

TEST_CASE("negative_amount") {
    project p = good;
    p.funding[1].sources[1] = -1_wan;
    p.funding[1].sources[0] = 519.4_wan;  // so that the column still sums
    const auto rep = jixiao::validate(p);
    CHECK_SAYS(only(rep, jixiao::rules::negative_amount, severity::error),
               "本年度项目资金中的市财政拨款为 -1.0000 万元，金额不能为负数",
               "本年度项目资金 市财政拨款 is -1.0000 万元");
    CHECK_FALSE(rep.has(jixiao::rules::funding_sources_sum));

    p = good;
    p.funding[0] = {-5.5_wan, {-5.5_wan, std::nullopt, std::nullopt}};
    const auto both = messages(jixiao::validate(p), jixiao::rules::negative_amount);
    REQUIRE(both.size() == 2);
    CHECK(both[0] == "以前年度项目资金总额为 -5.5000 万元，金额不能为负数");
    CHECK(both[1] == "以前年度项目资金中的区财政拨款为 -5.5000 万元，金额不能为负数");
    const auto both_en = messages(jixiao::validate(p), jixiao::rules::negative_amount, jixiao::language::en);
    REQUIRE(both_en.size() == 2);
    CHECK(both_en[0] == "以前年度项目资金 项目资金总额 is -5.5000 万元");
    CHECK(both_en[1] == "以前年度项目资金 区财政拨款 is -5.5000 万元");

    SUBCASE("passes: zero is not negative") {
        project q = good;
        q.funding[1].sources[2] = 0_wan;
        CHECK_FALSE(jixiao::validate(q).has(jixiao::rules::negative_amount));
    }
}

// Cells that are each valid but whose sum or difference the amount type cannot hold: a finding naming the
// table and the figure, with the figure's exact value, never an exception out of validate().
constexpr project overflowing_sources() {
    project p = good;
    p.funding[1] = {wan::max(), {wan::max(), wan::max(), std::nullopt}};
    p.cost_basis = {};
    return p;
}
static_assert(jixiao::validate(overflowing_sources()).count(jixiao::rules::amount_overflow) == 1);

TEST_CASE("amount_overflow") {
    const std::string range = "beyond the amount type's range -922337203685477.5808 to 922337203685477.5807 万元";
    const std::string range_zh = "超出了金额能表示的范围（-922337203685477.5808 至 922337203685477.5807 万元）";
    SUBCASE("资金来源合计 of a column") {
        const project p = overflowing_sources();
        const auto rep = jixiao::validate(p);
        const auto& f = only(rep, jixiao::rules::amount_overflow, severity::error);
        CHECK_SAYS(
            f,
            "本年度项目资金各资金来源合计 1844674407370955.1614 万元，超出了金额能表示的范围（-922337203685477.5808 至 922337203685477.5807 万元）",
            "本年度项目资金 资金来源合计 (the sum of the source rows) is 1844674407370955.1614 万元, " + range);
        CHECK(f.part == jixiao::table_part::funding_column);
        CHECK(f.index == 1);
        CHECK(f.figure_at(1).kind == jixiao::figure_kind::amount);
        CHECK(f.figure_at(1).text == "1844674407370955.1614");
        CHECK_FALSE(rep.has(jixiao::rules::funding_sources_sum));  // the sum is not held: nothing to compare
        CHECK_FALSE(jixiao::require_valid(p));
    }
    SUBCASE("测算依据合计: two cost lines of the largest value") {
        const jixiao::cost_line<wan> basis[] = {{.item = "甲", .unit_price = wan::max(), .quantities = {{1, "项"}}},
                                                {.item = "乙", .unit_price = wan::max(), .quantities = {{1, "项"}}}};
        project p = good;
        p.cost_basis = basis;
        const auto rep = jixiao::validate(p);
        CHECK_SAYS(
            only(rep, jixiao::rules::amount_overflow, severity::error),
            "测算依据合计 1844674407370955.1614 万元，超出了金额能表示的范围（-922337203685477.5808 至 922337203685477.5807 万元）",
            "测算依据合计 (the cost-basis total) is 1844674407370955.1614 万元, " + range);
        CHECK_FALSE(rep.has(jixiao::rules::cost_basis_exceeds_total));
        CHECK_FALSE(rep.has(jixiao::rules::cost_basis_below_total));
        CHECK_FALSE(rep.has(jixiao::rules::cost_line_not_computable));  // each line alone is held
        CHECK_FALSE(p.cost_basis_total().ok());
    }
    SUBCASE("the gap to this year's total: a 单价 of the most negative value") {
        const jixiao::cost_line<wan> basis[] = {{.item = "负价", .unit_price = wan::min(), .quantities = {{1, "项"}}}};
        project p = good;
        p.cost_basis = basis;
        const auto rep = jixiao::validate(p);
        CHECK_SAYS(
            only(rep, jixiao::rules::amount_overflow, severity::error),
            "本年度项目资金减去测算依据合计，差额为 922337203685995.9808 万元，超出了金额能表示的范围（-922337203685477.5808 至 922337203685477.5807 万元）",
            "本年度项目资金 total minus 测算依据合计 (the cost basis's shortfall) is 922337203685995.9808 万元, " +
                range);
        CHECK_FALSE(rep.has(jixiao::rules::cost_basis_below_total));
    }
    SUBCASE("the set's totals: two valid tables of the largest value") {
        project a = good;
        a.funding[1] = {wan::max(), {wan::max(), std::nullopt, std::nullopt}};
        a.cost_basis = {};
        a.indicators = sample::home_care_indicators_stated_cost;  // a cap of 518.4 万元 would be an error here
        project b = good;
        b.seq = 2;
        b.funding[1] = {1_yuan, {1_yuan, std::nullopt, std::nullopt}};
        b.cost_basis = {};
        project c = b;
        c.seq = 3;
        const std::vector<project> set{a, b, c};
        CHECK(jixiao::validate(a).ok());
        CHECK_FALSE(jixiao::validate(b).has(jixiao::rules::amount_overflow));  // each table alone is held
        const auto rep = jixiao::validate(set);
        const auto m = messages(rep, jixiao::rules::amount_overflow);
        REQUIRE(m.size() == 2);
        CHECK(m[0] ==
              "全部表格的本年度项目资金总额合计 922337203685477.5809 万元，" + range_zh + "，累计到本表时开始超出");
        CHECK(m[1] == "全部表格本年度项目资金中区财政拨款的合计 922337203685477.5809 万元，" + range_zh +
                          "，累计到本表时开始超出");
        const auto m_en = messages(rep, jixiao::rules::amount_overflow, jixiao::language::en);
        REQUIRE(m_en.size() == 2);
        CHECK(m_en[0] == "the set's 项目资金总额 total of 本年度项目资金 is 922337203685477.5809 万元, " + range +
                             " from this table on");
        CHECK(m_en[1] == "the set's 区财政拨款 total of 本年度项目资金 is 922337203685477.5809 万元, " + range +
                             " from this table on");
        for (const auto& f : rep) {
            if (&f.rule() != &jixiao::rules::amount_overflow) continue;
            CHECK(f.seq == 2);  // the table from which on the total stays beyond the range
            CHECK(f.table == 1);
            CHECK(f.level() == severity::error);
        }
        CHECK_FALSE(jixiao::require_valid(set));
        // A later negative amount (an error of its own) brings the total back: no overflow then.
        project d = b;
        d.seq = 4;
        d.funding[1] = {-2_yuan, {-2_yuan, std::nullopt, std::nullopt}};
        const std::vector<project> back{a, b, c, d};
        CHECK_FALSE(jixiao::validate(back).has(jixiao::rules::amount_overflow));
    }
    SUBCASE("passes: sums at the edge that the type holds") {
        project p = good;
        p.funding[1] = {wan::max(), {wan::max() - 1_yuan, 1_yuan, std::nullopt}};
        p.cost_basis = {};
        const auto rep = jixiao::validate(p);
        CHECK_FALSE(rep.has(jixiao::rules::amount_overflow));
        CHECK_FALSE(rep.has(jixiao::rules::funding_sources_sum));
        project q = good;
        q.funding[1] = {wan::min(), {wan::min(), std::nullopt, std::nullopt}};
        q.cost_basis = {};
        CHECK_FALSE(jixiao::validate(q).has(jixiao::rules::amount_overflow));
        const std::vector<project> set{p, q};
        CHECK_FALSE(jixiao::validate(set).has(jixiao::rules::amount_overflow));
    }
}

TEST_CASE("funding_sources_sum") {
    project p = good;
    p.funding[1].sources[0] = 518.3_wan;
    const auto rep = jixiao::validate(p);
    CHECK_SAYS(
        only(rep, jixiao::rules::funding_sources_sum, severity::error),
        "本年度项目资金总额 518.4000 万元，各资金来源合计 518.3000 万元，少 0.1000 万元",
        "本年度项目资金: the source rows sum to 518.3000 万元 but 项目资金总额 is 518.4000 万元 (0.1000 万元 short)");
    CHECK_FALSE(rep.ok());

    // Per column: both columns off give two findings, each naming its column.
    p.funding[0] = {0_wan, {0.0001_wan, std::nullopt, std::nullopt}};
    const auto two = messages(jixiao::validate(p), jixiao::rules::funding_sources_sum);
    REQUIRE(two.size() == 2);
    CHECK(two[0] == "以前年度项目资金总额 0.0000 万元，各资金来源合计 0.0001 万元，多 0.0001 万元");
    CHECK(two[1] == "本年度项目资金总额 518.4000 万元，各资金来源合计 518.3000 万元，少 0.1000 万元");
    const auto two_en = messages(jixiao::validate(p), jixiao::rules::funding_sources_sum, jixiao::language::en);
    REQUIRE(two_en.size() == 2);
    CHECK(two_en[0] ==
          "以前年度项目资金: the source rows sum to 0.0001 万元 but 项目资金总额 is 0.0000 万元 (0.0001 万元 over)");
    CHECK(two_en[1] ==
          "本年度项目资金: the source rows sum to 518.3000 万元 but 项目资金总额 is 518.4000 万元 (0.1000 万元 short)");

    SUBCASE("passes: blanks add nothing, zeros add zero, several rows add up") {
        project q = good;
        q.funding[0] = {0_wan, {std::nullopt, std::nullopt, std::nullopt}};
        q.funding[1] = {518.4_wan, {500_wan, 18.4_wan, std::nullopt}};
        CHECK_FALSE(jixiao::validate(q).has(jixiao::rules::funding_sources_sum));
    }
}

TEST_CASE("cost_line_mismatch") {
    const jixiao::cost_line<wan> basis[] = {good_line_stating(518.5_wan)};
    project p = good;
    p.cost_basis = basis;
    const auto rep = jixiao::validate(p);
    CHECK_SAYS(
        only(rep, jixiao::rules::cost_line_mismatch, severity::error),
        "测算依据第 1 行（居家服务）：单价×数量为 518.4000 万元，填写的合计却是 518.5000 万元",
        "cost line 1 (居家服务): unit price × quantities is 518.4000 万元 but the stated total is 518.5000 万元");
    // The computed product, not the stated total, goes into the basis: it matches the 本年度 total.
    CHECK_FALSE(rep.has(jixiao::rules::cost_basis_exceeds_total));
    CHECK_FALSE(rep.has(jixiao::rules::cost_basis_below_total));

    SUBCASE("passes: stated total equal, or none stated") {
        CHECK_FALSE(jixiao::validate(good).has(jixiao::rules::cost_line_mismatch));
        const jixiao::cost_line<wan> unstated[] = {good_line_stating(std::nullopt)};
        project q = good;
        q.cost_basis = unstated;
        CHECK_FALSE(jixiao::validate(q).has(jixiao::rules::cost_line_mismatch));
    }
}

TEST_CASE("cost_line_not_computable") {
    const jixiao::cost_line<wan> basis[] = {
        good_line_stating(std::nullopt),
        {.item = "零头", .unit_price = 3_yuan, .quantities = {{decimal::parse("0.5"), "小时"}}},
        {.item = "溢出", .unit_price = wan::max(), .quantities = {{2, "台"}}},
    };
    project p = good;
    p.cost_basis = basis;
    const auto rep = jixiao::validate(p);
    const auto m = messages(rep, jixiao::rules::cost_line_not_computable);
    REQUIRE(m.size() == 2);
    CHECK(m[0] == "测算依据第 2 行（零头）：单价×数量的小数位多于金额能记录的位数");
    CHECK(m[1] == "测算依据第 3 行（溢出）：单价×数量超出了金额能表示的范围");
    const auto m_en = messages(rep, jixiao::rules::cost_line_not_computable, jixiao::language::en);
    REQUIRE(m_en.size() == 2);
    CHECK(m_en[0] == "cost line 2 (零头): unit price × quantities is finer than the amount type");
    CHECK(m_en[1] == "cost line 3 (溢出): unit price × quantities is out of range");
    for (const auto& f : rep) {
        if (f.rule_id() == "cost_line_not_computable") CHECK(f.level() == severity::error);
    }
    // The computable line alone matches the total.
    CHECK_FALSE(rep.has(jixiao::rules::cost_basis_exceeds_total));
    CHECK_FALSE(rep.has(jixiao::rules::cost_basis_below_total));

    SUBCASE("passes: the same lines in a type that holds them") {
        using fen_project = jixiao::basic_project<form, jixiao::wan_fen>;
        const jixiao::cost_line<jixiao::wan_fen> fine[] = {{.item = "零头",
                                                            .unit_price = jixiao::wan_fen::from_yuan(3),
                                                            .quantities = {{decimal::parse("0.5"), "小时"}}}};
        fen_project q{.seq = 1,
                      .year = year{2020},
                      .name = "x",
                      .applicant = "a",
                      .implementer = "b",
                      .start = year{2020} / 1 / 1,
                      .end = year{2020} / 12 / 31,
                      .funding = {{{},
                                   {jixiao::wan_fen::parse("1.5元"),
                                    {jixiao::wan_fen::parse("1.5元"), std::nullopt, std::nullopt}}}},
                      .indicators = good_indicators,
                      .cost_basis = fine};
        const auto r = jixiao::validate(q);
        CHECK_FALSE(r.has(jixiao::rules::cost_line_not_computable));
        CHECK_FALSE(r.has(jixiao::rules::cost_basis_below_total));
    }
}

TEST_CASE("cost_basis_exceeds_total") {
    const jixiao::cost_line<wan> basis[] = {good_line_priced(2597_yuan)};
    project p = good;
    p.cost_basis = basis;
    CHECK_SAYS(only(jixiao::validate(p), jixiao::rules::cost_basis_exceeds_total, severity::error),
               "本年度项目资金 518.4000 万元，测算依据合计 519.4000 万元，多 1.0000 万元",
               "cost basis 519.4000 万元 exceeds the 本年度项目资金 total 518.4000 万元 by 1.0000 万元");
    CHECK_FALSE(jixiao::require_valid(p));

    // The seed's 序号 13: two lines summing to 2533.8576 against a total one 元 lower.
    const jixiao::cost_line<wan> seq13[] = {
        {.item = "岗位补贴",
         .unit_price = 6172_yuan,
         .quantities = {{334, "人"}, {12, "月"}},
         .stated_total = 24737376_yuan},
        {.item = "社会保险补贴",
         .unit_price = 300_yuan,
         .quantities = {{334, "人"}, {6, "月"}},
         .stated_total = 601200_yuan},
    };
    p.cost_basis = seq13;
    p.funding[1] = {2533.8575_wan, {2533.8575_wan, std::nullopt, std::nullopt}};
    const jixiao::indicator cost_ok[] = {good_indicators[0], good_indicators[3], good_indicators[4]};
    p.indicators = cost_ok;
    CHECK_SAYS(only(jixiao::validate(p), jixiao::rules::cost_basis_exceeds_total, severity::error),
               "本年度项目资金 2533.8575 万元，测算依据合计 2533.8576 万元，多 0.0001 万元",
               "cost basis 2533.8576 万元 exceeds the 本年度项目资金 total 2533.8575 万元 by 0.0001 万元");

    SUBCASE("passes: to the 元") {
        p.funding[1] = {2533.8576_wan, {2533.8576_wan, std::nullopt, std::nullopt}};
        const auto r = jixiao::validate(p);
        CHECK_FALSE(r.has(jixiao::rules::cost_basis_exceeds_total));
        CHECK(r.empty());
    }
}

TEST_CASE("cost_basis_below_total") {
    const jixiao::cost_line<wan> basis[] = {good_line_priced(2500_yuan)};
    project p = good;
    p.cost_basis = basis;
    const auto rep = jixiao::validate(p);
    CHECK_SAYS(only(rep, jixiao::rules::cost_basis_below_total, severity::warning),
               "本年度项目资金 518.4000 万元，测算依据合计 500.0000 万元，少 18.4000 万元",
               "cost basis 500.0000 万元 is below the 本年度项目资金 total 518.4000 万元 by 18.4000 万元");
    CHECK(rep.ok());
    CHECK(jixiao::require_valid(p));                           // a warning passes at error level...
    CHECK_FALSE(jixiao::require_valid(p, severity::warning));  // ...not at warning level

    auto cut_line = good_line_priced(2500_yuan);
    cut_line.truncated = true;
    const jixiao::cost_line<wan> cut[] = {cut_line};
    p.cost_basis = cut;
    CHECK_SAYS(only(jixiao::validate(p), jixiao::rules::cost_basis_below_total, severity::warning),
               "本年度项目资金 518.4000 万元，测算依据合计 500.0000 万元，少 18.4000 万元（原表的测算依据不完整）",
               "cost basis 500.0000 万元 is below the 本年度项目资金 total 518.4000 万元 by 18.4000 万元 "
               "(the basis is cut off in the source)");

    SUBCASE("passes: equal, or no basis stated at all") {
        CHECK_FALSE(jixiao::validate(good).has(jixiao::rules::cost_basis_below_total));
        project q = good;
        q.cost_basis = {};
        const auto r = jixiao::validate(q);
        CHECK_FALSE(r.has(jixiao::rules::cost_basis_below_total));
        CHECK_FALSE(r.has(jixiao::rules::cost_basis_exceeds_total));
    }
}

TEST_CASE("category_not_in_form: a store-loaded table with a 生态效益指标 indicator") {
    jixiao::basic_project_store<form> store;
    {
        const std::string name = "生态环境质量";
        const std::string wording = "生态环境明显改善";
        std::vector<jixiao::indicator> inds(std::begin(good_indicators), std::end(good_indicators));
        inds.push_back({cat::ecological_benefit, name, jixiao::parse_target("明显改善"), wording});
        project p = good;
        p.indicators = std::span<const jixiao::indicator>(inds);  // run time: no compile-time check
        store.add(p);
    }
    const auto rep = jixiao::validate(store[0]);
    CHECK_SAYS(only(rep, jixiao::rules::category_not_in_form, severity::error),
               "指标「生态环境质量」归在效益指标/生态效益指标下，本表样没有这一类别",
               "indicator 「生态环境质量」 is filed under 效益指标/生态效益指标, which the form does not have");
    CHECK(jixiao::validate(store).count(jixiao::rules::category_not_in_form) == 1);

    SUBCASE("passes: the form's own 环境效益指标") {
        std::vector<jixiao::indicator> inds(std::begin(good_indicators), std::end(good_indicators));
        inds.push_back({cat::environmental_benefit, "生态环境质量", jixiao::parse_target("明显改善")});
        CHECK_FALSE(jixiao::validate(with_indicators(inds)).has(jixiao::rules::category_not_in_form));
    }
}

TEST_CASE("required_category_missing") {
    SUBCASE("no satisfaction indicator: the category and its level 1") {
        const jixiao::indicator inds[] = {good_indicators[0], good_indicators[1], good_indicators[3]};
        const auto rep = jixiao::validate(with_indicators(inds));
        const auto m = messages(rep, jixiao::rules::required_category_missing);
        REQUIRE(m.size() == 2);
        CHECK(m[0] == "服务对象满意度指标没有填写任何指标");
        CHECK(m[1] == "满意度指标下没有一项填了指标值的指标");
        const auto m_en = messages(rep, jixiao::rules::required_category_missing, jixiao::language::en);
        REQUIRE(m_en.size() == 2);
        CHECK(m_en[0] == "服务对象满意度指标 has no indicator");
        CHECK(m_en[1] == "满意度指标 has no indicator with a target");
        for (const auto& f : rep) CHECK(f.level() == severity::error);
    }
    SUBCASE("no benefit indicator: the level 1 only (no single 效益 category is required)") {
        const jixiao::indicator inds[] = {good_indicators[0], good_indicators[4]};
        const auto rep = jixiao::validate(with_indicators(inds));
        CHECK_SAYS(only(rep, jixiao::rules::required_category_missing, severity::error),
                   "效益指标下没有一项填了指标值的指标", "效益指标 has no indicator with a target");
    }
    SUBCASE("a benefit indicator that is only a placeholder does not count for its level 1") {
        const jixiao::indicator inds[] = {good_indicators[0],
                                          good_indicators[4],
                                          {cat::economic_benefit, "经济效益", jixiao::parse_target("无"), "无"}};
        const auto rep = jixiao::validate(with_indicators(inds));
        CHECK_SAYS(only(rep, jixiao::rules::required_category_missing, severity::error),
                   "效益指标下没有一项填了指标值的指标", "效益指标 has no indicator with a target");
    }
    SUBCASE("no indicators at all") {
        const auto rep = jixiao::validate(with_indicators({}));
        CHECK(rep.count(jixiao::rules::required_category_missing) ==
              5);  // 数量, 满意度 categories; 产出, 效益, 满意度 level 1
    }
    SUBCASE("passes") { CHECK_FALSE(jixiao::validate(good).has(jixiao::rules::required_category_missing)); }
}

TEST_CASE("placeholder_target") {
    const auto none = replace_indicator(0, {cat::quantity, "居家服务家庭数", jixiao::parse_target("无"), "无"});
    CHECK_SAYS(only(jixiao::validate(with_indicators(none)), jixiao::rules::placeholder_target, severity::error),
               "产出数量指标「居家服务家庭数」的指标值为「无」，这一类指标须填写定量的指标值（如 ≥2000户）",
               "产出数量指标 「居家服务家庭数」 has a placeholder (无) where a quantitative target is required");

    const auto blank = replace_indicator(4, {cat::beneficiary_satisfaction, "残疾人满意率", jixiao::parse_target("")});
    const auto rep = jixiao::validate(with_indicators(blank));
    CHECK_SAYS(only(rep, jixiao::rules::placeholder_target, severity::error),
               "服务对象满意度指标「残疾人满意率」的指标值空白，这一类指标须填写定量的指标值（如 ≥2000户）",
               "服务对象满意度指标 「残疾人满意率」 has a placeholder (blank) where a quantitative target is required");

    SUBCASE("passes: 无 where the form asks for no quantity") {
        std::vector<jixiao::indicator> inds(std::begin(good_indicators), std::end(good_indicators));
        inds.push_back({cat::progress, "完成进度", jixiao::parse_target("无"), "无"});
        CHECK_FALSE(jixiao::validate(with_indicators(inds)).has(jixiao::rules::placeholder_target));
        CHECK_FALSE(jixiao::validate(good).has(jixiao::rules::placeholder_target));
    }
}

TEST_CASE("quantitative_target_expected") {
    const auto q = replace_indicator(0, {cat::quantity, "居家服务家庭数", jixiao::parse_target("全覆盖"), "全覆盖"});
    const auto rep = jixiao::validate(with_indicators(q));
    CHECK_SAYS(
        only(rep, jixiao::rules::quantitative_target_expected, severity::info),
        "产出数量指标「居家服务家庭数」是定性表述；写成比较符、数值和单位（如 ≥12场次）即为定量指标",
        "产出数量指标 「居家服务家庭数」 has a qualitative target; a comparator, a number and a unit (e.g. ≥12场次) "
        "would make it quantitative");
    CHECK_FALSE(rep.has(jixiao::rules::placeholder_target));
    CHECK(rep.ok());

    SUBCASE("passes: qualitative where the form allows it") {
        CHECK_FALSE(jixiao::validate(good).has(jixiao::rules::quantitative_target_expected));  // 社会效益 明显改善
    }
    SUBCASE("a 满意度 indicator that measures something else is satisfaction_without_measure's alone") {
        const auto s = replace_indicator(
            4, {cat::beneficiary_satisfaction, "生活质量", jixiao::parse_target("明显改善"), "生活质量明显改善"});
        const auto r = jixiao::validate(with_indicators(s));
        CHECK(r.count(jixiao::rules::satisfaction_without_measure) == 1);
        CHECK_FALSE(r.has(jixiao::rules::quantitative_target_expected));
    }
    SUBCASE("a qualitative 满意度 indicator that names satisfaction is still asked for a number") {
        const auto s = replace_indicator(
            4, {cat::beneficiary_satisfaction, "服务满意度", jixiao::parse_target("较高"), "服务满意度较高"});
        const auto r = jixiao::validate(with_indicators(s));
        CHECK(r.count(jixiao::rules::quantitative_target_expected) == 1);
        CHECK_FALSE(r.has(jixiao::rules::satisfaction_without_measure));
    }
}

TEST_CASE("missing_unit") {
    const auto q = replace_indicator(0, {cat::quantity, "居家服务家庭数", jixiao::parse_target("2000"), "2000"});
    const auto rep = jixiao::validate(with_indicators(q));
    CHECK_SAYS(only(rep, jixiao::rules::missing_unit, severity::warning), "指标「居家服务家庭数」的指标值没有计量单位",
               "indicator 「居家服务家庭数」 has a target without a unit");
    CHECK(rep.ok());

    SUBCASE("passes") {
        CHECK_FALSE(jixiao::validate(good).has(jixiao::rules::missing_unit));
        // A qualitative target needs no unit.
        const auto qual = replace_indicator(1, {cat::quality, "服务质量", jixiao::parse_target("符合相关规定")});
        CHECK_FALSE(jixiao::validate(with_indicators(qual)).has(jixiao::rules::missing_unit));
    }
}

TEST_CASE("duplicate_indicator_name") {
    std::vector<jixiao::indicator> inds(std::begin(good_indicators), std::end(good_indicators));
    inds.push_back({cat::beneficiary_satisfaction, "残疾人满意率", jixiao::parse_target("≥95%")});
    inds.push_back({cat::quality, "残疾人满意率", jixiao::parse_target("≥95%")});
    const auto rep = jixiao::validate(with_indicators(inds));
    CHECK_SAYS(only(rep, jixiao::rules::duplicate_indicator_name, severity::error),
               "三级指标名称「残疾人满意率」出现了 3 次", "indicator name 「残疾人满意率」 appears 3 times");

    SUBCASE("passes: distinct names; blank names are not duplicates of each other") {
        CHECK_FALSE(jixiao::validate(good).has(jixiao::rules::duplicate_indicator_name));
        std::vector<jixiao::indicator> blanks(std::begin(good_indicators), std::end(good_indicators));
        blanks.push_back({cat::progress, "", jixiao::parse_target("无")});
        blanks.push_back({cat::sustainable_impact, "", jixiao::parse_target("无")});
        CHECK_FALSE(jixiao::validate(with_indicators(blanks)).has(jixiao::rules::duplicate_indicator_name));
    }
}

TEST_CASE("percentage_out_of_range") {
    const auto over = replace_indicator(
        4, {cat::beneficiary_satisfaction, "残疾人满意度", jixiao::parse_target("不低于120%")});
    CHECK_SAYS(only(jixiao::validate(with_indicators(over)), jixiao::rules::percentage_out_of_range, severity::error),
               "指标「残疾人满意度」的指标值为 120%，不在 0–100% 之间",
               "indicator 「残疾人满意度」 targets 120%, outside 0–100%");

    // A rate by its name, in any category; with a fraction.
    const auto rate = replace_indicator(1, {cat::quality, "就业率", jixiao::parse_target("≥100.5%")});
    CHECK_SAYS(only(jixiao::validate(with_indicators(rate)), jixiao::rules::percentage_out_of_range, severity::error),
               "指标「就业率」的指标值为 100.5%，不在 0–100% 之间",
               "indicator 「就业率」 targets 100.5%, outside 0–100%");

    // Negative (only constructible by hand: parse_target refuses it).
    const auto neg = replace_indicator(
        4, {cat::beneficiary_satisfaction, "残疾人满意率", jixiao::target{jixiao::comparator::ge, -decimal(5), "%"}});
    CHECK_SAYS(only(jixiao::validate(with_indicators(neg)), jixiao::rules::percentage_out_of_range, severity::error),
               "指标「残疾人满意率」的指标值为 -5%，不在 0–100% 之间",
               "indicator 「残疾人满意率」 targets -5%, outside 0–100%");

    SUBCASE("passes: 100% exactly, 0%, and growth above 100% that is no rate") {
        const auto full = replace_indicator(
            4, {cat::beneficiary_satisfaction, "残疾人满意度", jixiao::parse_target("100%")});
        CHECK_FALSE(jixiao::validate(with_indicators(full)).has(jixiao::rules::percentage_out_of_range));
        const auto zero = replace_indicator(1, {cat::quality, "投诉率", jixiao::parse_target("0%")});
        CHECK_FALSE(jixiao::validate(with_indicators(zero)).has(jixiao::rules::percentage_out_of_range));
        std::vector<jixiao::indicator> growth(std::begin(good_indicators), std::end(good_indicators));
        growth.push_back({cat::economic_benefit, "带动收入增长", jixiao::parse_target("≥150%")});
        CHECK_FALSE(jixiao::validate(with_indicators(growth)).has(jixiao::rules::percentage_out_of_range));
    }
}

TEST_CASE("cost_target_exceeds_budget") {
    const auto wan_target = replace_indicator(
        2, {cat::output_cost, "总体项目成本", jixiao::parse_target("控制在600万元内")});
    CHECK_SAYS(
        only(jixiao::validate(with_indicators(wan_target)), jixiao::rules::cost_target_exceeds_budget, severity::error),
        "成本指标「总体项目成本」的指标值为 600万元，超过了本年度项目资金 518.4000 万元",
        "cost indicator 「总体项目成本」 targets 600 万元, above the 本年度项目资金 total 518.4000 万元");

    // In 元, one 元 above.
    const auto yuan_target = replace_indicator(2,
                                               {cat::output_cost, "总体项目成本", jixiao::parse_target("≤5184001元")});
    CHECK_SAYS(only(jixiao::validate(with_indicators(yuan_target)), jixiao::rules::cost_target_exceeds_budget,
                    severity::error),
               "成本指标「总体项目成本」的指标值为 5184001元，超过了本年度项目资金 518.4000 万元",
               "cost indicator 「总体项目成本」 targets 5184001 元, above the 本年度项目资金 total 518.4000 万元");

    // In 亿元, with a fraction.
    const auto yi_target = replace_indicator(2,
                                             {cat::output_cost, "总体项目成本", jixiao::parse_target("≤0.0519亿元")});
    CHECK_SAYS(
        only(jixiao::validate(with_indicators(yi_target)), jixiao::rules::cost_target_exceeds_budget, severity::error),
        "成本指标「总体项目成本」的指标值为 0.0519亿元，超过了本年度项目资金 518.4000 万元",
        "cost indicator 「总体项目成本」 targets 0.0519 亿元, above the 本年度项目资金 total 518.4000 万元");

    SUBCASE("passes: equal to the 元, below, or not money") {
        CHECK_FALSE(jixiao::validate(good).has(jixiao::rules::cost_target_exceeds_budget));  // 518.4万元 == 518.4000
        const auto equal = replace_indicator(2, {cat::output_cost, "总体项目成本", jixiao::parse_target("≤5184000元")});
        CHECK_FALSE(jixiao::validate(with_indicators(equal)).has(jixiao::rules::cost_target_exceeds_budget));
        const auto yi = replace_indicator(2, {cat::output_cost, "总体项目成本", jixiao::parse_target("≤0.05184亿元")});
        CHECK_FALSE(jixiao::validate(with_indicators(yi)).has(jixiao::rules::cost_target_exceeds_budget));
        const auto per_head = replace_indicator(2, {cat::output_cost, "户均成本", jixiao::parse_target("≤2592元/户")});
        CHECK_FALSE(jixiao::validate(with_indicators(per_head)).has(jixiao::rules::cost_target_exceeds_budget));
        // Not a cost category: an economic benefit of 600万元 is no budget overrun.
        std::vector<jixiao::indicator> benefit(std::begin(good_indicators), std::end(good_indicators));
        benefit.push_back({cat::economic_benefit, "带动就业收入", jixiao::parse_target("≥600万元")});
        CHECK_FALSE(jixiao::validate(with_indicators(benefit)).has(jixiao::rules::cost_target_exceeds_budget));
    }
}

TEST_CASE("duplicate_seq") {
    project second = good;
    second.name = "区残疾人综合服务中心维修改造项目";
    project third = good;
    third.seq = 2;
    third.name = "第三个项目";
    const std::array tables{good, third, second};
    const auto rep = jixiao::validate(tables);
    CHECK_SAYS(only(rep, jixiao::rules::duplicate_seq, severity::error, 1, "残疾人家庭居家服务项目"),
               "2 张表都用了序号 1", "序号 1 is used by 2 tables");
    CHECK(rep.size() == 1);
    CHECK_FALSE(jixiao::require_valid(tables));

    // Three of the same.
    const std::vector<project> triple{good, good, good};
    CHECK_SAYS(only(jixiao::validate(triple), jixiao::rules::duplicate_seq, severity::error), "3 张表都用了序号 1",
               "序号 1 is used by 3 tables");

    SUBCASE("passes: distinct 序号; a single table never has it") {
        second.seq = 3;
        const std::array ok{good, third, second};
        CHECK(jixiao::validate(ok).empty());
        CHECK(jixiao::require_valid(ok));
        CHECK_FALSE(jixiao::validate(good).has(jixiao::rules::duplicate_seq));
    }
    SUBCASE("a missing 序号 (0) twice is missing_field, not duplicate_seq") {
        project a = good;
        a.seq = 0;
        const std::array zeros{a, a};
        const auto r = jixiao::validate(zeros);
        CHECK_FALSE(r.has(jixiao::rules::duplicate_seq));
        CHECK(r.count(jixiao::rules::missing_field) == 2);
    }
}

TEST_CASE("every rule of rules::all is covered by a test above") {
    // The ids the tests in this file break, one per TEST_CASE; a new rule must be added here and tested.
    const std::set<std::string_view> tested{
        "missing_field", "missing_indicator_name", "invalid_date", "period_reversed", "period_outside_year",
        "negative_amount", "amount_overflow", "funding_sources_sum", "cost_line_mismatch", "cost_line_not_computable",
        "cost_basis_exceeds_total", "cost_basis_below_total", "category_not_in_form", "required_category_missing",
        "placeholder_target", "quantitative_target_expected", "missing_unit", "duplicate_indicator_name",
        "percentage_out_of_range", "cost_target_exceeds_budget", "duplicate_seq",
        // reviewer_rules_test.cpp
        "date_outside_period", "impossible_date", "cost_target_below_budget", "satisfaction_without_measure",
        "unit_name_variants"};
    for (const auto* r : jixiao::rules::all) {
        CAPTURE(r->id);
        CHECK(tested.count(r->id) == 1);
    }
    CHECK(tested.size() == jixiao::rules::all.size());
}

TEST_CASE("validate() never stops at the first finding; the report counts by severity and rule") {
    const jixiao::indicator inds[] = {
        {cat::quantity, "居家服务家庭数", jixiao::parse_target("2000"), "2000"},  // missing_unit (w)
        {cat::quality, "残疾人满意率", jixiao::parse_target("≥120%")},            // percentage (e)
        {cat::social_benefit, "困难残疾人家庭生活质量", jixiao::parse_target("明显改善")},
        {cat::beneficiary_satisfaction, "残疾人满意率", jixiao::parse_target("不低于90%")},  // duplicate (e)
    };
    project p = good;
    p.seq = 9;
    p.name = "多处错误的项目";
    p.indicators = inds;
    p.start = year{2019} / 12 / 1;        // period_outside_year (w)
    p.funding[1].sources[0] = 518.3_wan;  // funding_sources_sum (e)
    p.applicant = "";                     // missing_field (e)

    const auto rep = jixiao::validate(p);
    CHECK(rep.size() >= 5);
    CHECK(rep.size() == 6);
    CHECK(rep.errors() == 4);
    CHECK(rep.warnings() == 2);
    CHECK(rep.errors() + rep.warnings() == rep.size());
    CHECK_FALSE(rep.ok());
    CHECK_FALSE(rep.empty());
    namespace rules = jixiao::rules;
    for (const jixiao::rule* r :
         {&rules::missing_field, &rules::period_outside_year, &rules::funding_sources_sum, &rules::missing_unit,
          &rules::percentage_out_of_range, &rules::duplicate_indicator_name}) {
        CAPTURE(*r);
        CHECK(rep.has(*r));
        CHECK(rep.count(*r) == 1);
    }
    CHECK_FALSE(rep.has(jixiao::rules::duplicate_seq));
    static_assert(!looks_up_by_string<jixiao::findings>);
    for (const auto& f : rep) {
        CHECK(f.seq == 9);
        CHECK(f.project == "多处错误的项目");
    }
    CHECK_FALSE(jixiao::require_valid(p));
    // A report with warnings only is ok().
    project w = good;
    w.start = year{2019} / 12 / 1;
    const auto wr = jixiao::validate(w);
    CHECK(wr.ok());
    CHECK(wr.warnings() == 1);
    CHECK(wr.errors() == 0);
    CHECK(wr.size() == 1);

    // merge appends.
    jixiao::findings merged = rep;
    merged.merge(wr);
    CHECK(merged.size() == 7);
    CHECK(merged.warnings() == 3);
    CHECK(merged.count(jixiao::rules::period_outside_year) == 2);
}

TEST_CASE("validate() over a set: per-table findings in table order, then the cross-table rules") {
    project a = good;
    a.seq = 2;
    a.funding[1].sources[0] = 1_wan;
    project b = good;
    b.seq = 2;
    b.name = "乙";
    b.implementer = "";
    const std::vector<project> set{a, good, b};
    const auto rep = jixiao::validate(set);
    REQUIRE(rep.size() == 3);
    CHECK(rep[0].rule_id() == "funding_sources_sum");
    CHECK(rep[0].seq == 2);
    CHECK(rep[1].rule_id() == "missing_field");
    CHECK(rep[1].project == "乙");
    CHECK(rep[2].rule_id() == "duplicate_seq");
    CHECK(rep[2].project == "残疾人家庭居家服务项目");  // the first table with that 序号
    CHECK_SAYS(rep[2], "2 张表都用了序号 2", "序号 2 is used by 2 tables");
    CHECK(rep[0].table == 0);
    CHECK(rep[1].table == 2);  // the position in the set leads to the table when 序号 does not
    CHECK(rep[2].table == 0);
    CHECK(jixiao::validate(std::vector<project>{}).empty());
}

namespace {

/// Every message of every rule has a Chinese and an English text; every {name} of each is a figure the
/// message declares, and every declared figure is used in each: a check and its texts cannot drift apart,
/// and neither language can drop a figure.
constexpr bool messages_name_their_figures() {
    constexpr auto npos = std::string_view::npos;
    for (const jixiao::rule* r : jixiao::rules::all) {
        bool ended = false;
        for (const jixiao::message_template* m : r->messages) {
            if (m == nullptr) {
                ended = true;
                continue;
            }
            if (ended) return false;  // no gaps in a rule's messages
            const std::size_t n = m->figure_count();
            for (const std::string_view t : {m->zh, m->en}) {
                if (t.empty()) return false;  // every message in both languages
                std::array<bool, jixiao::max_figures> used{};
                for (std::size_t i = t.find('{'); i != npos; i = t.find('{', i + 1)) {
                    const std::size_t close = t.find('}', i);
                    if (close == npos) return false;
                    const std::size_t k = m->figure_index(t.substr(i + 1, close - i - 1));
                    if (k == n) return false;
                    used[k] = true;
                }
                for (std::size_t k = 0; k < n; ++k) {
                    if (!used[k]) return false;
                }
            }
        }
    }
    return true;
}
static_assert(messages_name_their_figures());

// A finding holds figures, not its text, and what it renders (numbers, dates) goes in a block sized for
// it: the finding itself is a small header (tests/alloc counts what the block costs).
static_assert(sizeof(jixiao::finding) <= 64);

// Rules are values: looked up by the rule, found by id at run time.
static_assert(&jixiao::rules::missing_unit == &jixiao::rules::missing_unit_rule::info);
static_assert(jixiao::find_rule("missing_unit") == &jixiao::rules::missing_unit);
static_assert(jixiao::find_rule("duplicate_seq") == &jixiao::rules::duplicate_seq);
static_assert(jixiao::find_rule("missing_units") == nullptr);
static_assert(jixiao::find_rule("") == nullptr);

// The figures and the message survive constant evaluation (clang 14 keeps no std::string across it).
constexpr bool figures_in_constant_evaluation() {
    project p = good;
    p.funding[1].sources[0] = 518.3_wan;
    const auto rep = jixiao::validate(p);
    if (rep.size() != 1) return false;
    const jixiao::finding& f = rep[0];
    return f.figure_count() == 4 && f.figure_at(2).text == "518.3000" && f.figure_at(2).name == "sum" &&
           f.part == jixiao::table_part::funding_column && f.index == 1 &&
           f.message().view() == "本年度项目资金总额 518.4000 万元，各资金来源合计 518.3000 万元，少 0.1000 万元" &&
           f.message(jixiao::language::en).view() ==
               "本年度项目资金: the source rows sum to 518.3000 万元 but 项目资金总额 is 518.4000 万元 (0.1000 万元 short)";
}
static_assert(figures_in_constant_evaluation());

std::string print(const auto& x) {
    std::ostringstream os;
    os << x;
    return os.str();
}

}  // namespace

TEST_CASE("find_rule: every rule by its id") {
    for (const jixiao::rule* r : jixiao::rules::all) CHECK(jixiao::find_rule(r->id) == r);
    CHECK(jixiao::find_rule("funding_sources_summ") == nullptr);
}

TEST_CASE("a finding keeps its rule, its message and its figures, and where in the table it is") {
    using jixiao::figure_kind;
    using jixiao::table_part;
    SUBCASE("amounts and a label, in a funding column") {
        project p = good;
        p.funding[1].sources[0] = 518.3_wan;
        const auto rep = jixiao::validate(p);
        REQUIRE(rep.size() == 1);
        const auto& f = rep[0];
        CHECK(&f.rule() == &jixiao::rules::funding_sources_sum);
        CHECK(&f.wording() == &jixiao::rules::funding_sources_sum_rule::under);
        CHECK(f.part == table_part::funding_column);
        CHECK(f.index == 1);
        REQUIRE(f.figure_count() == 4);
        CHECK(f.figure_at(0).name == "column");
        CHECK(f.figure_at(0).kind == figure_kind::text);
        CHECK(f.figure_at(0).text == "本年度项目资金");
        CHECK(f.figure_at(1).name == "total");
        CHECK(f.figure_at(1).kind == figure_kind::amount);
        CHECK(f.figure_at(1).text == "518.4000");
        CHECK(f.figure_at(2).name == "sum");
        CHECK(f.figure_at(2).text == "518.3000");
        CHECK(f.figure_at(3).name == "gap");
        CHECK(f.figure_at(3).text == "0.1000");
        CHECK_FALSE(f.figure_at(3).cut);
    }
    SUBCASE("dates and integers, about the table") {
        project p = good;
        p.start = year{2020} / 12 / 31;
        p.end = year{2020} / 1 / 1;
        const auto rep = jixiao::validate(p);
        const auto& f = rep[0];
        CHECK(f.rule_id() == "period_reversed");
        CHECK(f.part == table_part::table);
        REQUIRE(f.figure_count() == 2);
        CHECK(f.figure_at(0).kind == figure_kind::date);
        CHECK(f.figure_at(0).text == "2020-01-01");
        CHECK(f.figure_at(1).text == "2020-12-31");

        project q = good;
        q.start = year{2019} / 12 / 1;
        const auto rep_q = jixiao::validate(q);
        const auto& g = rep_q[0];
        CHECK(g.rule_id() == "period_outside_year");
        CHECK(g.figure_at(0).kind == figure_kind::integer);
        CHECK(g.figure_at(0).text == "2019");
    }
    SUBCASE("a target's number, trimmed, on an indicator") {
        const auto inds = replace_indicator(
            4, {cat::beneficiary_satisfaction, "残疾人满意率", jixiao::parse_target("≥120.50%")});
        const auto rep = jixiao::validate(with_indicators(inds));
        REQUIRE(rep.size() == 1);
        const auto& f = rep[0];
        CHECK(f.part == table_part::indicator);
        CHECK(f.index == 4);
        CHECK(f.figure_at(0).text == "残疾人满意率");
        CHECK(f.figure_at(1).kind == figure_kind::number);
        CHECK(f.figure_at(1).text == "120.5");
        CHECK_SAYS(f, "指标「残疾人满意率」的指标值为 120.5%，不在 0–100% 之间",
                   "indicator 「残疾人满意率」 targets 120.5%, outside 0–100%");
    }
    SUBCASE("a cost line, counted from 1 in the message and from 0 in index") {
        const jixiao::cost_line<wan> lines[] = {
            good_basis[0],
            {.item = "印刷", .unit_price = 1_yuan, .quantities = {{10, "份"}}, .stated_total = 0.002_wan}};
        project p = good;
        p.cost_basis = lines;
        const auto rep = jixiao::validate(p);
        REQUIRE(rep.has(jixiao::rules::cost_line_mismatch));
        const auto& f = rep[0];
        CHECK(f.part == table_part::cost_line);
        CHECK(f.index == 1);
        CHECK(f.figure_at(0).text == "2");
        CHECK(f.figure_at(1).text == "印刷");
    }
}

TEST_CASE("a rule of the caller's own gives findings like jixiao's") {
    static constexpr jixiao::message_template says{.figures = {"who"}, .zh = "{who}来过", .en = "{who} was here"};
    static constexpr jixiao::rule mine{.id = "mine",
                                       .level = severity::warning,
                                       .name = {"到此一游", "was here"},
                                       .summary = {"调用方自己的规则", "a rule of the caller's"},
                                       .violated = nullptr,
                                       .messages = {&says}};
    jixiao::findings all = jixiao::validate(good);
    all.add(jixiao::finding(mine, says, 7, "某项目", jixiao::table_part::table, 0, "张三"));
    CHECK(all.size() == 1);
    CHECK(all.count(mine) == 1);
    CHECK(all.has(mine));
    CHECK(all.warnings() == 1);
    CHECK(all.count(severity::warning) == 1);
    CHECK_SAYS(all[0], "张三来过", "张三 was here");
    CHECK(jixiao::find_rule("mine") == nullptr);  // find_rule knows jixiao's rules only

    // A catalogue entry in English only reads in English in both languages, rather than as nothing.
    static constexpr jixiao::message_template english_only{.figures = {"who"}, .en = "{who} was here"};
    static constexpr jixiao::rule terse{.id = "terse",
                                        .level = severity::error,
                                        .name = {"", "terse"},
                                        .summary = {"", "English only"},
                                        .violated = nullptr,
                                        .messages = {&english_only}};
    const jixiao::finding f(terse, english_only, 8, "某项目", jixiao::table_part::table, 0, "李四");
    CHECK_SAYS(f, "李四 was here", "李四 was here");
    CHECK(terse.name.in(jixiao::language::zh) == "terse");
}

TEST_CASE("operator<<: severity, rule and finding, in Chinese unless the stream is set to English") {
    CHECK(print(severity::error) == "error");  // the stable id, as {fmt} formats it
    CHECK(print(severity::warning) == "warning");
    CHECK(print(jixiao::rules::missing_unit) == "missing_unit");  // the id, in every language
    CHECK(jixiao::to_string_view(severity::error) == "error");    // the stable id (JSON, scripts)
    CHECK(jixiao::display_name(severity::error) == "错误");
    CHECK(jixiao::display_name(severity::warning, jixiao::language::en) == "warning");
    project p = good;
    p.funding[1].sources[0] = 518.3_wan;
    const auto found = jixiao::validate(p);
    CHECK(print(found[0]) ==
          "[错误] funding_sources_sum 资金来源合计不符 序号 1 残疾人家庭居家服务项目: "
          "本年度项目资金总额 518.4000 万元，各资金来源合计 518.3000 万元，少 0.1000 万元");

    std::ostringstream en;
    en << jixiao::set_language(jixiao::language::en) << found[0];
    CHECK(en.str() ==
          "[error] funding_sources_sum 序号 1 残疾人家庭居家服务项目: "
          "本年度项目资金: the source rows sum to 518.3000 万元 but 项目资金总额 is 518.4000 万元 (0.1000 万元 short)");
    CHECK(jixiao::language_of(en) == jixiao::language::en);
    en.str("");
    en << jixiao::set_language(jixiao::language::zh) << found[0];  // and back
    CHECK(en.str().starts_with("[错误] funding_sources_sum 资金来源合计不符 序号 1 "));
    std::ostringstream fresh;
    CHECK(jixiao::language_of(fresh) == jixiao::language::zh);
}

TEST_CASE("language: names and parsing") {
    jixiao::language l = jixiao::language::zh;
    CHECK(jixiao::parse_language("en", l));
    CHECK(l == jixiao::language::en);
    CHECK(jixiao::parse_language("zh", l));
    CHECK(l == jixiao::language::zh);
    CHECK_FALSE(jixiao::parse_language("fr", l));
    CHECK_FALSE(jixiao::parse_language("", l));
    CHECK_FALSE(jixiao::parse_language("ZH", l));
    CHECK(l == jixiao::language::zh);  // unchanged
    CHECK(jixiao::to_string_view(jixiao::language::en) == "en");
    CHECK(jixiao::to_string_view(jixiao::language::zh) == "zh");
    constexpr jixiao::localized_text t{"中", "en"};
    static_assert(t.in(jixiao::language::zh) == "中" && t.in(jixiao::language::en) == "en");
    static_assert(jixiao::localized_text{"", "en"}.in(jixiao::language::zh) == "en");
    static_assert(jixiao::localized_text{"中", ""}.in(jixiao::language::en) == "中");
}

TEST_CASE("README.md's table of validation rules is rules::all: ids, Chinese names, severities and summaries") {
    const auto readme = std::filesystem::path(__FILE__).parent_path().parent_path().parent_path() / "README.md";
    std::ifstream in(readme);
    REQUIRE(in.good());
    std::vector<std::vector<std::string>> rows;
    bool in_section = false;
    for (std::string line; std::getline(in, line);) {
        if (line.rfind("### ", 0) == 0 || line.rfind("## ", 0) == 0) in_section = line == "### Validation rules";
        if (!in_section || line.rfind("| `", 0) != 0) continue;
        // | `id` | 名称 | severity | summary |
        std::vector<std::string> cells;
        std::size_t at = 2;
        for (std::size_t k = 0; k < 3; ++k) {
            const std::size_t bar = line.find(" | ", at);
            REQUIRE(bar != std::string::npos);
            cells.push_back(line.substr(at, bar - at));
            at = bar + 3;
        }
        cells.push_back(line.substr(at, line.size() - at - 2));
        rows.push_back(cells);
    }
    REQUIRE(rows.size() == jixiao::rules::all.size());
    for (std::size_t k = 0; k < rows.size(); ++k) {
        const jixiao::rule& r = *jixiao::rules::all[k];
        CAPTURE(k);
        CHECK(rows[k][0] == "`" + std::string(r.id) + "`");
        CHECK(rows[k][1] == r.name.zh);
        CHECK(rows[k][2] == jixiao::to_string_view(r.level));
        CHECK(rows[k][3] == r.summary.en);
    }
}

// A range whose iterator yields a renamed copy of each table by value, as a transform view does
// (std::views is not usable with clang 14 and libstdc++ 12, so it is written out).
struct renamed_tables {
    const std::vector<project>* tables;
    struct iterator {
        const project* at;
        project operator*() const {
            project p = *at;
            p.name = "改名的项目";
            return p;
        }
        iterator& operator++() {
            ++at;
            return *this;
        }
        bool operator==(const iterator&) const = default;
    };
    [[nodiscard]] iterator begin() const { return {tables->data()}; }
    [[nodiscard]] iterator end() const { return {tables->data() + tables->size()}; }
};

TEST_CASE("duplicate_seq over a range that yields its tables by value") {
    // Each table handed out is a temporary: the rule must not keep pointers to them (ASan caught it).
    const std::vector<project> tables{good, good};
    const auto found = jixiao::validate(renamed_tables{&tables});
    REQUIRE(found.count(jixiao::rules::duplicate_seq) == 1);
    for (const auto& f : found) {
        if (&f.rule() != &jixiao::rules::duplicate_seq) continue;
        CHECK(f.seq == 1);
        CHECK(f.project == "改名的项目");
        CHECK(std::string(f.message().view()) == "2 张表都用了序号 1");
    }
}

// A macro outlives the namespace: undefined here, as a unity build compiles other test files after this one.
#undef CHECK_SAYS

}  // namespace validate_test

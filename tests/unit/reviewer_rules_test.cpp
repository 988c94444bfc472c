// Unit tests of the rules a finance-bureau reviewer applies beyond the form (issue 13 §3): dates in the text
// outside the period or not in the calendar, cost caps below the budget, satisfaction indicators that
// measure no satisfaction, and one unit written under several names. Each rule fires and is fixed.
#include <doctest/doctest.h>

#include <jixiao/io/report.hpp>
#include <jixiao/validate.hpp>

#include <array>
#include <chrono>
#include <span>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "sample_tables.hpp"

namespace reviewer_rules_test {

namespace {

using jixiao::severity;
using namespace jixiao::literals;
namespace cat = jixiao::categories;
namespace rules = jixiao::rules;
using project = sample::project;
using std::chrono::year;

constexpr const project& good = sample::home_care;

/// The sample's indicators and one more.
std::vector<jixiao::indicator> plus(const jixiao::indicator& extra) {
    std::vector<jixiao::indicator> v(std::begin(sample::home_care_indicators), std::end(sample::home_care_indicators));
    v.push_back(extra);
    return v;
}

/// The sample's indicators, the cost indicator (the third) replaced by these.
std::vector<jixiao::indicator> with_costs(std::initializer_list<jixiao::indicator> costs) {
    std::vector<jixiao::indicator> v;
    for (std::size_t k = 0; k < std::size(sample::home_care_indicators); ++k) {
        if (k != 2) v.push_back(sample::home_care_indicators[k]);
    }
    v.insert(v.end(), costs);
    return v;
}

project table_with(std::span<const jixiao::indicator> inds) {
    project p = good;
    p.indicators = inds;
    return p;
}

/// The messages of rule r in the findings of p, in order, in Chinese (the default) or in English.
std::vector<std::string> said(const project& p, const jixiao::rule& r, jixiao::language lang = jixiao::language::zh) {
    std::vector<std::string> out;
    for (const auto& f : jixiao::validate(p)) {
        if (&f.rule() != &r) continue;
        CHECK(f.level() == r.level);
        CHECK_FALSE(f.message(lang).truncated());
        out.emplace_back(f.message(lang).view());
    }
    return out;
}

/// said(p, r) in English.
std::vector<std::string> said_en(const project& p, const jixiao::rule& r) { return said(p, r, jixiao::language::en); }

using strings = std::vector<std::string>;

/// A progress indicator whose wording is w.
jixiao::indicator progress(std::string_view w, std::string_view name = "") {
    return {cat::progress, name, jixiao::parse_target("按计划完成"), w};
}

/// The dates read from s, as written, then as ISO dates of their first day ("!" before an impossible one).
strings dates_in(std::string_view s) {
    strings out;
    jixiao::detail::for_each_written_date(s, [&](const jixiao::detail::written_date& d) {
        std::string t(d.text);
        t += d.ok() ? (d.has_day ? " day" : " month") : " !";
        out.push_back(t);
    });
    return out;
}

}  // namespace

TEST_CASE("written dates: 年月日, a month, 号, separators, ranges; not a year alone, a decimal or a year range") {
    CHECK(dates_in("2020年5月1日-2021年4月30日") == strings{"2020年5月1日 day", "2021年4月30日 day"});
    CHECK(dates_in("2020年2月底前完成") == strings{"2020年2月 month"});
    CHECK(dates_in("于 2020 年 5 月 1 号前开工") == strings{"2020 年 5 月 1 号 day"});
    CHECK(dates_in("2020.5.1、2020-05-01、2020/5/1") == strings{"2020.5.1 day", "2020-05-01 day", "2020/5/1 day"});
    CHECK(dates_in("2020年11月1日至12月31日") == strings{"2020年11月1日 day", "12月31日 day"});
    CHECK(dates_in("2020年5月—8月") == strings{"2020年5月 month", "8月 month"});
    CHECK(dates_in("2019年截止8月21日，2019年初7157人，2020年5月10场") == strings{"2020年5月 month"});
    CHECK(dates_in("（2018-2020年）、1-6层、2020.5万元、12020年1月1日、2020年123月").empty());
    CHECK(dates_in("1234.5.6、3000-1-2、2020.5.1.2").empty());
    CHECK(dates_in("2020年4月31日，2020年13月，2020年0月，2020年5月0日") ==
          strings{"2020年4月31日 !", "2020年13月 !", "2020年0月 !", "2020年5月0日 !"});
}

TEST_CASE("date_outside_period") {
    SUBCASE(
        "the seed's 序号6: a range whose end lies in the next year; the figures are the date as written and the period") {
        const auto inds = plus(progress("2020年5月1日-2021年4月30日"));
        const auto p = table_with(inds);
        CHECK(
            said(p, rules::date_outside_period) ==
            strings{
                "产出进度指标中未填名称的指标写有「2021年4月30日」，不在项目起止时间（2020年1月1日至2020年12月31日）内"});
        CHECK(said_en(p, rules::date_outside_period) ==
              strings{"产出进度指标 names 「2021年4月30日」, outside 项目起止时间 2020-01-01–2020-12-31"});
        const auto rep = jixiao::validate(p);
        REQUIRE(rep.count(rules::date_outside_period) == 1);
        const jixiao::finding* found = nullptr;
        for (const auto& f : rep) {
            if (&f.rule() == &rules::date_outside_period) found = &f;
        }
        const auto& f = *found;
        CHECK(f.level() == severity::warning);
        CHECK(f.part == jixiao::table_part::indicator);
        CHECK(f.index == 5);
        CHECK(f.figure_at(1).name == "date");
        CHECK(f.figure_at(1).text == "2021年4月30日");
        CHECK(f.figure_at(2).kind == jixiao::figure_kind::date);
        CHECK(f.figure_at(2).text == "2020-01-01");
        CHECK(f.figure_at(3).text == "2020-12-31");
        CHECK(rep.ok());
    }
    SUBCASE("named indicators, a date in the name alone, and the goal") {
        const auto inds = plus(progress("", "2021年1月完成验收"));
        CHECK(
            said_en(table_with(inds), rules::date_outside_period) ==
            strings{
                "产出进度指标 「2021年1月完成验收」 names 「2021年1月」, outside 项目起止时间 2020-01-01–2020-12-31"});
        // A name the wording repeats is read once.
        const auto twice = plus(progress("2021年1月完成验收", "2021年1月完成验收"));
        CHECK(said(table_with(twice), rules::date_outside_period).size() == 1);
        CHECK(
            said(table_with(inds), rules::date_outside_period) ==
            strings{
                "产出进度指标「2021年1月完成验收」写有「2021年1月」，不在项目起止时间（2020年1月1日至2020年12月31日）内"});
        project g = good;
        g.goal = "2019年12月31日前完成招标，2020年全年提供服务";
        CHECK(said(g, rules::date_outside_period) ==
              strings{"项目绩效目标写有「2019年12月31日」，不在项目起止时间（2020年1月1日至2020年12月31日）内"});
        CHECK(said_en(g, rules::date_outside_period) ==
              strings{"项目绩效目标 names 「2019年12月31日」, outside 项目起止时间 2020-01-01–2020-12-31"});
    }
    SUBCASE("a month is outside only if all of it is") {
        project p = good;
        p.start = year{2020} / 3 / 15;
        p.end = year{2020} / 11 / 30;
        const auto inds = plus(progress("2020年3月启动，2020年12月验收，2020年2月立项"));
        p.indicators = inds;
        CHECK(said_en(p, rules::date_outside_period) ==
              strings{"产出进度指标 names 「2020年12月」, outside 项目起止时间 2020-03-15–2020-11-30",
                      "产出进度指标 names 「2020年2月」, outside 项目起止时间 2020-03-15–2020-11-30"});
        const auto dec = plus(progress("2020年12月1日验收"));
        p.indicators = dec;
        CHECK(said(p, rules::date_outside_period).size() == 1);
        const auto in = plus(progress("2020年3月启动，2020年11月验收"));
        p.indicators = in;
        CHECK(said(p, rules::date_outside_period).empty());
    }
    SUBCASE("a period spanning two years; a year inherited across a range; separators") {
        project p = good;
        p.start = year{2020} / 7 / 1;
        p.end = year{2021} / 6 / 30;
        const auto inds = plus(progress("2020年7月1日-2021年4月30日；2021.6.30；2021-07-01；2020年6月1日至7月31日"));
        p.indicators = inds;
        CHECK(said_en(p, rules::date_outside_period) ==
              strings{"产出进度指标 names 「2021-07-01」, outside 项目起止时间 2020-07-01–2021-06-30",
                      "产出进度指标 names 「2020年6月1日」, outside 项目起止时间 2020-07-01–2021-06-30"});
        // The second end of 2020年11月1日至12月31日 is in 2020 and outside a period that ends in November.
        project q = good;
        q.end = year{2020} / 11 / 30;
        const auto tail = plus(progress("2020年11月1日至12月31日"));
        q.indicators = tail;
        CHECK(said_en(q, rules::date_outside_period) ==
              strings{"产出进度指标 names 「12月31日」, outside 项目起止时间 2020-01-01–2020-11-30"});
        // An end earlier in the year than its start lies in the next year: 2021年1月31日, 2021年3月.
        const auto cross = plus(progress("2020年12月1日至1月31日；2020年10月-3月；2020年3月1日至3月20日"));
        CHECK(said_en(table_with(cross), rules::date_outside_period) ==
              strings{"产出进度指标 names 「1月31日」, outside 项目起止时间 2020-01-01–2020-12-31",
                      "产出进度指标 names 「3月」, outside 项目起止时间 2020-01-01–2020-12-31"});
    }
    SUBCASE("passes: dates inside, the first and last day; no period to compare with") {
        const auto inds = plus(progress("从2020年1月1日开始，于2020年12月31日完成；2020年12月"));
        CHECK(said(table_with(inds), rules::date_outside_period).empty());
        CHECK(said(good, rules::date_outside_period).empty());
        const auto keep = plus(progress("2021年4月30日"));
        project reversed = table_with(keep);
        reversed.start = year{2020} / 12 / 31;
        reversed.end = year{2020} / 1 / 1;
        CHECK(said(reversed, rules::date_outside_period).empty());  // period_reversed says what is wrong
        reversed.start = std::chrono::year_month_day{};
        CHECK(said(reversed, rules::date_outside_period).empty());  // invalid_date says what is wrong
    }
}

TEST_CASE("impossible_date") {
    SUBCASE("the seed's 序号10: 4月31日") {
        const auto inds = plus(progress("2020年1月1日-2020年4月31日"));
        const auto p = table_with(inds);
        CHECK(said(p, rules::impossible_date) ==
              strings{"产出进度指标中未填名称的指标写有「2020年4月31日」，日历上没有这个日期"});
        CHECK(said_en(p, rules::impossible_date) ==
              strings{"产出进度指标 names 「2020年4月31日」, a date no calendar has"});
        CHECK(jixiao::validate(p).errors() == 1);
    }
    SUBCASE("leap years exactly; 2月30日, 13月, day 0; named, in the goal; never also outside the period") {
        const auto inds = plus(
            progress("2021年2月29日，2020年2月30日，1900年2月29日，2021年13月，2020.4.31", "验收时间"));
        const auto p = table_with(inds);
        CHECK(said_en(p, rules::impossible_date) ==
              strings{"产出进度指标 「验收时间」 names 「2021年2月29日」, a date no calendar has",
                      "产出进度指标 「验收时间」 names 「2020年2月30日」, a date no calendar has",
                      "产出进度指标 「验收时间」 names 「1900年2月29日」, a date no calendar has",
                      "产出进度指标 「验收时间」 names 「2021年13月」, a date no calendar has",
                      "产出进度指标 「验收时间」 names 「2020.4.31」, a date no calendar has"});
        CHECK(said(p, rules::date_outside_period).empty());
        CHECK(said(p, rules::impossible_date)[3] == "产出进度指标「验收时间」写有「2021年13月」，日历上没有这个日期");
        project g = good;
        g.goal = "2020年6月31日前完成";
        CHECK(said(g, rules::impossible_date) == strings{"项目绩效目标写有「2020年6月31日」，日历上没有这个日期"});
        CHECK(said_en(g, rules::impossible_date) ==
              strings{"项目绩效目标 names 「2020年6月31日」, a date no calendar has"});
    }
    SUBCASE("passes: 2020年2月29日 and 2000年2月29日 are in the calendar, and so is 12月31日") {
        const auto inds = plus(progress("2020年2月29日，2020年12月31日，2020年4月30日"));
        CHECK(said(table_with(inds), rules::impossible_date).empty());
        project p = good;
        p.start = year{2000} / 1 / 1;
        p.end = year{2000} / 12 / 31;
        p.year = year{2000};
        const auto y2k = plus(progress("2000年2月29日"));
        p.indicators = y2k;
        CHECK(said(p, rules::impossible_date).empty());
        CHECK(said(p, rules::date_outside_period).empty());
    }
}

TEST_CASE("cost_target_below_budget") {
    const auto cost = [](std::string_view name, std::string_view text) {
        return jixiao::indicator{cat::output_cost, name, jixiao::parse_target(text), text};
    };
    SUBCASE("one cap in 万元 or 元 below the total; the figures are the cap and the total") {
        const auto wan_cap = with_costs({cost("总体项目成本", "控制在518.3999万元内")});
        const auto p = table_with(wan_cap);
        CHECK(
            said_en(p, rules::cost_target_below_budget) ==
            strings{
                "cost indicator 「总体项目成本」 targets ≤518.3999 万元, but the 本年度项目资金 total is 518.4000 万元"});
        CHECK(
            said(p, rules::cost_target_below_budget) ==
            strings{
                "成本指标「总体项目成本」的指标值为 ≤518.3999万元，而本年度项目资金为 518.4000 万元，成本上限低于预算"});
        CHECK_FALSE(jixiao::validate(p).ok());
        const auto yuan_cap = with_costs({cost("总体项目成本", "≤5183999元")});
        CHECK(
            said_en(table_with(yuan_cap), rules::cost_target_below_budget) ==
            strings{
                "cost indicator 「总体项目成本」 targets ≤5183999 元, but the 本年度项目资金 total is 518.4000 万元"});
        // A strict cap at the total allows less than it.
        const auto strict = with_costs({cost("总体项目成本", "<518.4万元")});
        CHECK(said(table_with(strict), rules::cost_target_below_budget).size() == 1);
    }
    SUBCASE("several caps, each a part, summed exactly across 万元 and 元") {
        const auto below = with_costs({cost("设备采购", "≤300万元"), cost("服务购买", "≤2183999元")});
        CHECK(said_en(table_with(below), rules::cost_target_below_budget) ==
              strings{"the 2 cost indicators cap the cost at 518.3999 万元 together, but the 本年度项目资金 total is "
                      "518.4000 万元"});
        CHECK(said(table_with(below), rules::cost_target_below_budget) ==
              strings{"2 项成本指标的上限合计 518.3999 万元，而本年度项目资金为 518.4000 万元，成本上限低于预算"});
        // A sum finer than a decimal of 万元 is not printed, never rounded.
        const auto fine = with_costs({cost("设备采购", "≤300万元"), cost("服务购买", "≤0.001元")});
        CHECK(said_en(table_with(fine), rules::cost_target_below_budget) ==
              strings{"the 2 cost indicators cap the cost below the 本年度项目资金 total 518.4000 万元 together"});
        CHECK(said(table_with(fine), rules::cost_target_below_budget) ==
              strings{"2 项成本指标的上限合计低于本年度项目资金 518.4000 万元"});
        const auto whole = with_costs({cost("设备采购", "≤300万元"), cost("服务购买", "≤2184000元")});
        CHECK(said(table_with(whole), rules::cost_target_below_budget).empty());
    }
    SUBCASE("passes: no certain bound when some cost indicator is no cap of a total in money") {
        CHECK(said(good, rules::cost_target_below_budget).empty());  // ≤518.4万元 == 518.4000
        const std::vector<std::vector<jixiao::indicator>> uncertain{
            // 500元 per family is a rate, whatever the unit says (the seed's 序号10).
            with_costs({cost("设备采购", "≤300万元"), cost("慰问标准", "≤500元")}),
            with_costs({cost("设备采购", "≤300万元"), cost("人均补贴", "≤500元")}),
            with_costs({cost("设备采购", "≤300万元"), cost("第四款慰问", "=1000元")}),
            with_costs({cost("设备采购", "≤300万元"), cost("户均成本", "≤2592元/户")}),
            with_costs({cost("设备采购", "≤300万元"), cost("服务购买", "按实际发生")}),
            with_costs({cost("设备采购", "≤300万元"), cost("", "无")}),
            with_costs({cost("全年拨付", "=500万元")}),
            with_costs({}),
        };
        for (const auto& inds : uncertain) {
            CHECK(said(table_with(inds), rules::cost_target_below_budget).empty());
        }
        // A benefit in money is no cost.
        const auto benefit = plus({cat::economic_benefit, "节约成本", jixiao::parse_target("≤1万元"), "≤1万元"});
        CHECK(said(table_with(benefit), rules::cost_target_below_budget).empty());
    }
    SUBCASE("in 分 (wan_fen): the same rule, exact at the amount's scale") {
        using fen_project = jixiao::basic_project<sample::form, jixiao::wan_fen>;
        fen_project p{.seq = 1,
                      .year = year{2020},
                      .name = "分",
                      .applicant = "a",
                      .implementer = "b",
                      .start = year{2020} / 1 / 1,
                      .end = year{2020} / 12 / 31};
        p.funding[1].total = jixiao::wan_fen::parse("1.000001");
        const auto inds = with_costs({cost("总体项目成本", "≤10000元")});
        p.indicators = inds;
        CHECK(jixiao::validate(p).count(rules::cost_target_below_budget) == 1);
        p.funding[1].total = jixiao::wan_fen::parse("1.000000");
        CHECK(jixiao::validate(p).count(rules::cost_target_below_budget) == 0);
    }
}

TEST_CASE("satisfaction_without_measure") {
    const auto sat = [](std::string_view name, std::string_view text) {
        return jixiao::indicator{cat::beneficiary_satisfaction, name, jixiao::parse_target(text), text};
    };
    SUBCASE("the seed's 序号10 (coverage) and 序号1 (social benefit texts, no name)") {
        const auto cover = plus(sat("全区符合走访条件的困难残疾人家庭", "全区符合走访条件的困难残疾人家庭全覆盖"));
        CHECK(
            said_en(table_with(cover), rules::satisfaction_without_measure) ==
            strings{"服务对象满意度指标 「全区符合走访条件的困难残疾人家庭」 states no satisfaction measure (no 满意, "
                    "满意度 or 满意率, no percentage)"});
        CHECK(said(table_with(cover), rules::satisfaction_without_measure) ==
              strings{
                  "服务对象满意度指标「全区符合走访条件的困难残疾人家庭」没有衡量满意度（名称和内容都没有“满意”“满意度”"
                  "“满意率”，指标值也不是百分比）"});
        const auto copied = plus(sat("", "缓解家庭照顾残疾人的负担"));
        // No 三级 name: the indicator is named by its category and its text.
        CHECK(said(table_with(copied), rules::satisfaction_without_measure) ==
              strings{
                  "服务对象满意度指标中未填名称的指标「缓解家庭照顾残疾人的负担」没有衡量满意度（内容没有“满意”“满意度”"
                  "“满意率”，指标值也不是百分比）"});
        // A long text is quoted by its first 24 characters, marked as cut.
        const auto long_text = plus(sat("", "为全区社区村、残疾人温馨家园及评残机构配备终端设备并维护网络"));
        CHECK(
            said(table_with(long_text), rules::satisfaction_without_measure) ==
            strings{
                "服务对象满意度指标中未填名称的指标「为全区社区村、残疾人温馨家园及评残机构配备终端设…」没有衡量满意度（内容没有"
                "“满意”“满意度”“满意率”，指标值也不是百分比）"});
        CHECK(said_en(table_with(copied), rules::satisfaction_without_measure) ==
              strings{"服务对象满意度指标: the unnamed indicator 「缓解家庭照顾残疾人的负担」 states no satisfaction "
                      "measure (no 满意, 满意度 or 满意率, no percentage)"});
    }
    SUBCASE("passes: 满意 in the name or the text, a percentage, a placeholder, another category") {
        CHECK(said(good, rules::satisfaction_without_measure).empty());
        for (const auto& i :
             {sat("", "95%以上"), sat("服务对象满意", "较高"), sat("受益对象", "群众满意"), sat("", "无"),
              jixiao::indicator{cat::quality, "全覆盖", jixiao::parse_target("全覆盖")}}) {
            const auto inds = plus(i);
            CHECK(said(table_with(inds), rules::satisfaction_without_measure).empty());
        }
    }
}

TEST_CASE("unit_name_variants") {
    const auto named = [](int seq, std::string_view implementer,
                          std::string_view applicant = "北京市丰台区残疾人联合会") {
        project p = good;
        p.seq = seq;
        p.implementer = implementer;
        p.applicant = applicant;
        return p;
    };
    SUBCASE("the seed's 组联部 and 教就部: on the first table of each variant, against the most used name") {
        const std::vector<project> set{named(1, "区残联教就部"),    named(4, "区残联组联部"),
                                       named(5, "残联组联部"),      named(6, "丰台区残联组联维权部"),
                                       named(7, "丰台残联教就部"),  named(8, "丰台残联教就部"),
                                       named(13, "丰台残联组联部"), named(14, "市残联组联部")};
        const auto rep = jixiao::validate(set);
        strings got;
        for (const auto& f : rep) {
            if (&f.rule() != &rules::unit_name_variants) continue;
            CHECK(f.level() == severity::warning);
            got.push_back(std::to_string(f.seq) + " " + std::to_string(f.table) + " " +
                          std::string(f.message(jixiao::language::en).view()));
        }
        std::vector<std::string> zh;
        for (const auto& f : rep) {
            if (&f.rule() == &rules::unit_name_variants) zh.emplace_back(f.message().view());
        }
        CHECK(
            zh ==
            strings{"项目实施单位「区残联教就部」与「丰台残联教就部」只差地名前缀（区、区名、北京市），可能是同一单位；"
                    "按项目实施单位汇总时两者分列",
                    "项目实施单位「残联组联部」与「区残联组联部」只差地名前缀（区、区名、北京市），可能是同一单位；"
                    "按项目实施单位汇总时两者分列",
                    "项目实施单位「丰台残联组联部」与「区残联组联部」只差地名前缀（区、区名、北京市），可能是同一单位；"
                    "按项目实施单位汇总时两者分列"});
        CHECK(
            got ==
            strings{
                "1 0 项目实施单位 「区残联教就部」 differs from 「丰台残联教就部」 only by a prefix (区, a district, "
                "北京市); totals by 项目实施单位 keep them apart",
                "5 2 项目实施单位 「残联组联部」 differs from 「区残联组联部」 only by a prefix (区, a district, "
                "北京市); totals by 项目实施单位 keep them apart",
                "13 6 项目实施单位 「丰台残联组联部」 differs from 「区残联组联部」 only by a prefix (区, a district, "
                "北京市); totals by 项目实施单位 keep them apart"});
        CHECK(rep.ok());

        // The report's by-实施单位 section keeps them apart and says so.
        const auto doc = jixiao::make_report_document(set);
        const jixiao::report_section* by_unit = nullptr;
        for (const auto& s : doc.sections) {
            if (s.heading == "按实施单位") by_unit = &s;
        }
        REQUIRE(by_unit != nullptr);
        CHECK(by_unit->notes ==
              strings{"名称仅前缀（区、区名、北京市）不同，可能是同一单位，本表按原名分列、未合并："
                      "丰台残联教就部（2 个项目）、区残联教就部（1 个项目）。",
                      "名称仅前缀（区、区名、北京市）不同，可能是同一单位，本表按原名分列、未合并："
                      "区残联组联部（1 个项目）、残联组联部（1 个项目）、丰台残联组联部（1 个项目）。"});
        CHECK(by_unit->grids[0].size() == 8);  // seven names and the footer
    }
    SUBCASE("applicants too; 北京市 before a district") {
        const std::array set{named(1, "a", "北京市丰台区残疾人联合会"), named(2, "b", "丰台区残疾人联合会")};
        const auto rep = jixiao::validate(set);
        REQUIRE(rep.count(rules::unit_name_variants) == 1);
        CHECK(
            rep[rep.size() - 1].message().view() ==
            "项目申报单位「丰台区残疾人联合会」与「北京市丰台区残疾人联合会」只差地名前缀（区、区名、北京市），可能是同一单位；"
            "按项目申报单位汇总时两者分列");
        CHECK(
            rep[rep.size() - 1].message(jixiao::language::en).view() ==
            "项目申报单位 「丰台区残疾人联合会」 differs from 「北京市丰台区残疾人联合会」 only by a prefix (区, a district, "
            "北京市); totals by 项目申报单位 keep them apart");
    }
    SUBCASE("passes: one name each; 市 and 北京市 alone name other bodies; the stem is never empty") {
        using jixiao::detail::unit_name_stem;
        CHECK(unit_name_stem("北京市丰台区残联组联部") == "残联组联部");
        CHECK(unit_name_stem("丰台残联组联部") == "残联组联部");
        CHECK(unit_name_stem("区残联组联部") == "残联组联部");
        CHECK(unit_name_stem("北京市残联") == "北京市残联");
        CHECK(unit_name_stem("市残联组联部") == "市残联组联部");
        CHECK(unit_name_stem("丰台区") == "区");
        CHECK(unit_name_stem("区") == "区");
        const std::array set{named(1, "区残联教就部"), named(2, "区残联教就部"), named(3, "市残联教就部"),
                             named(4, "北京市残联教就部"), named(5, "丰台残联康复部")};
        CHECK_FALSE(jixiao::validate(set).has(rules::unit_name_variants));
        CHECK_FALSE(jixiao::validate(good).has(rules::unit_name_variants));
        // No group of variants, so the report's by-unit tables carry no note of names kept apart.
        std::ostringstream text;
        jixiao::write_text_report(text, set);
        CHECK(text.str().find("未合并") == std::string::npos);
    }
}

}  // namespace reviewer_rules_test

// Unit tests of aggregation: exact totals per column and per source row, associative merging, grouping by
// 申报单位, 实施单位 or any key, indicator counts per category, overflow, and wan_checked totals.
#include <doctest/doctest.h>

#include <jixiao/aggregate.hpp>
#include <jixiao/multiprecision.hpp>
#include <jixiao/project_store.hpp>
#include <jixiao/validate.hpp>

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "sample_tables.hpp"

namespace aggregate_test {

namespace {

using jixiao::wan;
using jixiao::wan_checked;
using namespace jixiao::literals;
namespace cat = jixiao::categories;
using form = sample::form;
using project = sample::project;
using std::nullopt;
using std::chrono::year;

// The shared sample table's indicators less its 成本 one, so that 成本 has no indicator in the set.
constexpr jixiao::indicator indicators_a[] = {
    sample::home_care_indicators[0],  // 数量
    sample::home_care_indicators[1],  // 质量
    sample::home_care_indicators[3],  // 社会效益
    sample::home_care_indicators[4],  // 满意度
};
constexpr jixiao::indicator indicators_b[] = {
    {cat::quantity, "培训人次", jixiao::parse_target("500人次")},
    {cat::quantity, "培训班次", jixiao::parse_target("10期")},
    {cat::progress, "完成时间", jixiao::parse_target("无"), "无"},
    {cat::beneficiary_satisfaction, "学员满意度", jixiao::parse_target("≥95%")},
};

constexpr project make(int seq, std::string_view applicant, std::string_view implementer, unsigned start_month,
                       project::column_type prior, project::column_type current,
                       std::span<const jixiao::indicator> inds) {
    return project{
        .seq = seq,
        .year = year{2020},
        .name = "项目",
        .applicant = applicant,
        .implementer = implementer,
        .start = year{2020} / std::chrono::month{start_month} / 1,
        .end = year{2020} / 12 / 31,
        .funding = {{prior, current}},
        .indicators = inds,
    };
}

constexpr std::string_view federation = "北京市丰台区残疾人联合会";
constexpr std::string_view centre = "北京市丰台区残疾人就业服务中心";

// Five tables; blanks (nullopt) and zeros in the source rows; applicants and implementers interleaved. 序号 1
// has the shared sample table's funding: 以前年度 written as zeros, 本年度 518.4, all 区财政拨款.
constexpr std::array<project, 5> tables{
    //   序号 申报单位     实施单位        month   以前年度                          本年度
    make(1, federation, "区残联教就部", 1, sample::home_care.funding[0], sample::home_care.funding[1], indicators_a),
    make(2, centre, "就业服务中心", 3, {10_wan, {nullopt, 10_wan, nullopt}},
         {120.0001_wan, {100_wan, 20.0001_wan, nullopt}}, indicators_b),
    make(3, federation, "区残联办公室", 1, {}, {448.9734_wan, {448.9734_wan, nullopt, nullopt}}, indicators_a),
    make(4, centre, "区残联教就部", 6, {5.5_wan, {nullopt, nullopt, 5.5_wan}},
         {2533.8576_wan, {2533.8576_wan, 0_wan, 0_wan}}, indicators_b),
    make(5, federation, "就业服务中心", 3, {}, {0.0001_wan, {nullopt, nullopt, 0.0001_wan}}, {}),
};

// 本年度: 518.4 + 120.0001 + 448.9734 + 2533.8576 + 0.0001 = 3621.2312
constexpr auto whole = jixiao::total(tables);
static_assert(whole.current() == 3621.2312_wan);
static_assert(whole.column[0] == 15.5_wan);
static_assert(whole.projects == 5);

using totals = jixiao::totals<form, wan>;

totals total_of(std::span<const project> s) { return jixiao::total(s); }

}  // namespace

TEST_CASE("totals per column and per source row; blank cells add nothing") {
    CHECK(whole.column[0] == 15.5_wan);
    CHECK(whole.column[1] == 3621.2312_wan);
    CHECK(whole.current() == whole.column[form::current_column]);
    // 本年度 区财政拨款: 518.4 + 100 + 448.9734 + 2533.8576 = 3601.2310
    CHECK(whole.source[1][0] == 3601.231_wan);
    // 本年度 市财政拨款: 20.0001 (+ a written 0)
    CHECK(whole.source[1][1] == 20.0001_wan);
    // 本年度 自筹资金: 0 + 0.0001
    CHECK(whole.source[1][2] == 0.0001_wan);
    CHECK(whole.source[0] == std::array{0_wan, 10_wan, 5.5_wan});
    CHECK(whole.projects == 5);
    // The source rows of each column sum to its total here.
    for (std::size_t c = 0; c < 2; ++c) {
        wan s{};
        for (const auto& x : whole.source[c]) s += x;
        CHECK(s == whole.column[c]);
    }

    const auto none = jixiao::total(std::vector<project>{});
    CHECK(none == totals{});
    CHECK(none.projects == 0);
    CHECK(none.current() == 0_wan);

    // add() one by one gives the same.
    totals t;
    for (const auto& p : tables) t.add(p);
    CHECK(t == whole);
}

TEST_CASE("totals merge associatively: any split of a range, merged, is the total of the whole") {
    const std::span<const project> all(tables);
    const auto a = total_of(all.subspan(0, 2));
    const auto b = total_of(all.subspan(2, 1));
    const auto c = total_of(all.subspan(3));
    CHECK((a + b) + c == a + (b + c));
    CHECK((a + b) + c == whole);
    CHECK(c + b + a == whole);  // and commutatively
    CHECK(a + totals{} == a);

    for (std::size_t i = 0; i <= all.size(); ++i) {
        for (std::size_t j = i; j <= all.size(); ++j) {
            CAPTURE(i);
            CAPTURE(j);
            const auto merged = total_of(all.subspan(0, i)) + total_of(all.subspan(i, j - i)) +
                                total_of(all.subspan(j));
            CHECK(merged == whole);
        }
    }
    totals acc;
    acc += a;
    acc += b;
    acc += c;
    CHECK(acc == whole);
}

TEST_CASE("group_by a custom key: the start month, in order of first appearance") {
    const auto groups = jixiao::group_by(tables,
                                         [](const project& p) { return static_cast<unsigned>(p.start.month()); });
    REQUIRE(groups.size() == 3);
    CHECK(groups[0].key == 1u);  // 序号 1, 3
    CHECK(groups[1].key == 3u);  // 序号 2, 5
    CHECK(groups[2].key == 6u);  // 序号 4
    CHECK(groups[0].sum.current() == 967.3734_wan);
    CHECK(groups[0].sum.projects == 2);
    CHECK(groups[1].sum.current() == 120.0002_wan);
    CHECK(groups[1].sum.source[1][2] == 0.0001_wan);
    CHECK(groups[2].sum.current() == 2533.8576_wan);
    // The groups add up to the whole.
    totals sum;
    for (const auto& g : groups) sum += g.sum;
    CHECK(sum == whole);

    // A key that comes back after others, and a key smaller than the ones before it.
    const auto by_seq_parity = jixiao::group_by(tables, [](const project& p) { return p.seq % 2 == 0 ? 2 : 1; });
    REQUIRE(by_seq_parity.size() == 2);
    CHECK(by_seq_parity[0].key == 1);
    CHECK(by_seq_parity[0].sum.projects == 3);
    CHECK(by_seq_parity[1].key == 2);
    CHECK(by_seq_parity[1].sum.current() == 2653.8577_wan);
    const auto descending = jixiao::group_by(tables, [](const project& p) { return 10 - p.seq; });
    REQUIRE(descending.size() == 5);
    for (std::size_t i = 0; i < 5; ++i) CHECK(descending[i].key == 9 - static_cast<int>(i));

    CHECK(jixiao::group_by(std::vector<project>{}, [](const project& p) { return p.seq; }).empty());
}

TEST_CASE("by_applicant and by_implementer: order of first appearance") {
    const auto a = jixiao::by_applicant(tables);
    REQUIRE(a.size() == 2);
    CHECK(a[0].key == federation);  // 序号 1, 3, 5
    CHECK(a[1].key == centre);      // 序号 2, 4
    CHECK(a[0].sum.current() == 967.3735_wan);
    CHECK(a[0].sum.projects == 3);
    CHECK(a[1].sum.current() == 2653.8577_wan);
    CHECK(a[1].sum.column[0] == 15.5_wan);
    CHECK(a[0].sum + a[1].sum == whole);

    // 区残联教就部 (1, 4), 就业服务中心 (2, 5), 区残联办公室 (3): not sorted by bytes.
    const auto i = jixiao::by_implementer(tables);
    REQUIRE(i.size() == 3);
    CHECK(i[0].key == "区残联教就部");
    CHECK(i[1].key == "就业服务中心");
    CHECK(i[2].key == "区残联办公室");
    CHECK(i[0].sum.current() == 3052.2576_wan);
    CHECK(i[1].sum.current() == 120.0002_wan);
    CHECK(i[2].sum.current() == 448.9734_wan);
    CHECK(i[0].sum.projects == 2);

    // From a run-time store, with keys that are equal by content but not by address.
    jixiao::basic_project_store<form> store;
    for (const auto& p : tables) store.add(p);
    const auto s = jixiao::by_implementer(store);
    REQUIRE(s.size() == 3);
    for (std::size_t k = 0; k < 3; ++k) {
        CHECK(s[k].key == i[k].key);
        CHECK(s[k].sum == i[k].sum);
    }
}

TEST_CASE("count_indicators: form order, zeros, placeholders, and a category outside the form") {
    const auto counts = jixiao::count_indicators(tables);
    REQUIRE(counts.size() == form::categories.size());
    for (std::size_t k = 0; k < counts.size(); ++k) {
        CHECK(counts[k].cat == form::categories[k].cat);
        CHECK(counts[k].label == form::categories[k].label);
    }
    // tables 1, 3 carry indicators_a; 2, 4 indicators_b; 5 none.
    CHECK(counts[0].indicators == 2 + 4);  // 数量
    CHECK(counts[0].placeholders == 0);
    CHECK(counts[1].indicators == 2);  // 质量
    CHECK(counts[2].indicators == 2);  // 进度: both 无
    CHECK(counts[2].placeholders == 2);
    CHECK(counts[3].indicators == 0);  // 成本: zero, still listed
    CHECK(counts[4].indicators == 0);
    CHECK(counts[5].indicators == 2);  // 社会效益
    CHECK(counts[6].indicators == 0);
    CHECK(counts[7].indicators == 0);
    CHECK(counts[8].indicators == 4);  // 满意度
    std::size_t n = 0;
    for (const auto& c : counts) n += c.indicators;
    CHECK(n == 16);

    // A run-time table with a category the form lacks: appended after the form's, labelled by its own name.
    const std::vector<jixiao::indicator> odd{
        {cat::ecological_benefit, "生态环境", jixiao::parse_target("明显改善")},
        {cat::timeliness, "完成时限", jixiao::parse_target("无")},
        {cat::ecological_benefit, "植被覆盖", jixiao::parse_target("≥60%")},
    };
    std::vector<project> set(tables.begin(), tables.end());
    set.push_back(make(6, federation, "x", 1, {}, {}, odd));
    const auto more = jixiao::count_indicators(set);
    REQUIRE(more.size() == form::categories.size() + 2);
    CHECK(more[9].cat == cat::ecological_benefit);
    CHECK(more[9].label == "生态效益指标");
    CHECK(more[9].indicators == 2);
    CHECK(more[9].placeholders == 0);
    CHECK(more[10].cat == cat::timeliness);
    CHECK(more[10].indicators == 1);
    CHECK(more[10].placeholders == 1);

    const auto empty = jixiao::count_indicators(std::vector<project>{});
    REQUIRE(empty.size() == form::categories.size());
    for (const auto& c : empty) CHECK(c == jixiao::category_count{c.cat, c.label, 0, 0});
}

TEST_CASE("a total beyond the amount type is reported exactly, never thrown or wrapped") {
    const auto big = make(1, federation, "x", 1, {}, {wan::max(), {wan::max(), nullopt, nullopt}}, {});
    const auto one = make(2, federation, "x", 1, {}, {1_yuan, {1_yuan, nullopt, nullopt}}, {});
    CHECK(jixiao::total(std::array{big}).current() == wan::max());
    CHECK(jixiao::total(std::array{big}).ok());

    const auto t = jixiao::total(std::array{big, one});
    CHECK_FALSE(t.ok());
    CHECK(t.held(0));
    CHECK_FALSE(t.held(1));
    CHECK_FALSE(t.held(1, 0));
    CHECK(t.held(1, 1));  // blank cells add nothing
    CHECK(t.projects == 2);
    CHECK(t.current() == wan::max());  // the end of the range it lies beyond, not a wrapped value
    CHECK_FALSE(t.column_total(1).ok());
    CHECK(t.column_total(1).value == wan::max());
    CHECK(jixiao::to_string(t.column_total(1)) == "922337203685477.5808");
    CHECK(jixiao::to_string(t.source_total(1, 0)) == "922337203685477.5808");
    CHECK(t.column_total(0) == 0_wan);
    CHECK_FALSE(t.column_total(1) == wan::max());  // an overflowed total equals no amount
    // Partial totals merge to the same figures, in any grouping.
    const auto tb = jixiao::total(std::array{big});
    const auto to = jixiao::total(std::array{one});
    CHECK(tb + to == t);
    CHECK(to + tb == t);
    // A later negative amount (an error in validate) brings it back, exactly, in any order.
    const auto minus = make(4, federation, "x", 1, {}, {-1_yuan, {-1_yuan, nullopt, nullopt}}, {});
    const auto back = jixiao::total(std::array{big, one, minus});
    CHECK(back.ok());
    CHECK(back.current() == wan::max());
    CHECK(back == (tb + to) + jixiao::total(std::array{minus}));
    CHECK(back == tb + (to + jixiao::total(std::array{minus})));
    // Grouped totals say the same.
    const auto g = jixiao::by_implementer(std::array{big, one});
    REQUIRE(g.size() == 1);
    CHECK_FALSE(g[0].sum.held(1));
    CHECK(jixiao::to_string(g[0].sum.column_total(1)) == "922337203685477.5808");
    const auto a = jixiao::by_applicant(std::array{big, one});
    REQUIRE(a.size() == 1);
    CHECK(a[0].sum == t);
    // Negative, too.
    const auto low = make(3, federation, "x", 1, {}, {wan::min(), {wan::min(), nullopt, nullopt}}, {});
    const auto l = jixiao::total(std::array{low, minus});
    CHECK_FALSE(l.held(1));
    CHECK(l.current() == wan::min());
    CHECK(jixiao::to_string(l.column_total(1)) == "-922337203685477.5809");
    // A source row alone may overflow even when the totals do not.
    const auto src = make(5, federation, "x", 1, {}, {0_wan, {wan::max(), nullopt, nullopt}}, {});
    const auto s2 = jixiao::total(std::array{src, src});
    CHECK(s2.held(1));
    CHECK_FALSE(s2.held(1, 0));
    CHECK_FALSE(s2.ok());
    CHECK(jixiao::to_string(s2.source_total(1, 0)) == "1844674407370955.1614");
    // Far beyond: 1000 tables of the largest value are kept exactly.
    const std::vector<project> many(1000, big);
    CHECK(jixiao::to_string(jixiao::total(many).column_total(1)) == "922337203685477580.7000");
}

TEST_CASE("cost_basis_total: a sum beyond the amount type is marked, not thrown") {
    const jixiao::cost_line<wan> two[] = {{.item = "甲", .unit_price = wan::max(), .quantities = {{1, "项"}}},
                                          {.item = "乙", .unit_price = wan::max(), .quantities = {{1, "项"}}}};
    const auto t = jixiao::cost_basis_total<wan>(two);
    CHECK_FALSE(t.ok());
    CHECK(t.overflow);
    CHECK(t.value == wan::max());
    CHECK(jixiao::to_string(t) == "1844674407370955.1614");
    CHECK_FALSE(t == wan::max());
    const jixiao::cost_line<wan> edge[] = {{.item = "甲", .unit_price = wan::max(), .quantities = {{1, "项"}}},
                                           {.item = "乙", .unit_price = wan::min(), .quantities = {{1, "项"}}}};
    CHECK(jixiao::cost_basis_total<wan>(edge) == -1_yuan);
    CHECK(jixiao::cost_basis_total<wan>(edge).ok());
    static_assert(
        !jixiao::cost_basis_total<wan>(std::array<jixiao::cost_line<wan>, 2>{
                                           {{.item = "甲", .unit_price = wan::max(), .quantities = {{1, "项"}}},
                                            {.item = "乙", .unit_price = wan::max(), .quantities = {{1, "项"}}}}})
             .ok());
}

TEST_CASE("wan_checked totals beyond int64's range") {
    using big_project = jixiao::basic_project<form, wan_checked>;
    // 9 × 10^14 万元 each: raw 9 × 10^18, just inside int64; three of them are not.
    const auto each = wan_checked::from_wan(900'000'000'000'000);
    const big_project p{.seq = 1,
                        .year = year{2020},
                        .name = "巨额项目",
                        .applicant = "甲",
                        .implementer = "乙",
                        .start = year{2020} / 1 / 1,
                        .end = year{2020} / 12 / 31,
                        .funding = {{{}, {each, {each, nullopt, nullopt}}}}};
    auto q = p;
    q.seq = 2;
    q.applicant = "丙";
    auto r = p;
    r.seq = 3;
    const std::vector<big_project> set{p, q, r};
    const auto t = jixiao::total(set);
    const auto expected = wan_checked::from_wan(2'700'000'000'000'000);
    CHECK(t.current() == expected);
    CHECK(t.source[1][0] == expected);
    CHECK(t.current().raw() > boost::multiprecision::checked_int128_t(std::numeric_limits<std::int64_t>::max()));
    CHECK(jixiao::to_string(t.current()) == "2700000000000000.0000");

    // Merging and grouping work the same.
    const std::span<const big_project> s(set);
    CHECK(jixiao::total(s.subspan(0, 1)) + jixiao::total(s.subspan(1)) == t);
    const auto g = jixiao::by_applicant(set);
    REQUIRE(g.size() == 2);
    CHECK(g[0].key == "甲");
    CHECK(g[0].sum.current() == wan_checked::from_wan(1'800'000'000'000'000));
    // Validation works on the wide type too: only the missing indicators are reported.
    const auto rep = jixiao::validate(set);
    CHECK(rep.size() == rep.count(jixiao::rules::required_category_missing));
    CHECK(rep.count(jixiao::rules::required_category_missing) == 3 * 5);

    // And overflow at 128 bits is reported the same way, exactly.
    auto top = p;
    top.funding[1] = {wan_checked::max(), {wan_checked::max(), nullopt, nullopt}};
    const auto over = jixiao::total(std::vector<big_project>{top, p});
    CHECK_FALSE(over.ok());
    CHECK_FALSE(over.held(1));
    CHECK(over.current() == wan_checked::max());
    CHECK(jixiao::to_string(over.column_total(1)) == "34028236692093846347237460743176821.1455");
}

TEST_CASE("constexpr totals over a static array") {
    static_assert(jixiao::total(tables).source[1][1] == 20.0001_wan);
    static_assert(jixiao::total(std::span<const project>(tables).subspan(0, 2)) +
                      jixiao::total(std::span<const project>(tables).subspan(2)) ==
                  whole);
    static_assert(jixiao::by_applicant(tables).size() == 2);
    static_assert(jixiao::by_applicant(tables)[1].sum.current() == 2653.8577_wan);
    static_assert(jixiao::count_indicators(tables)[0].indicators == 6);
    CHECK(whole.current() == 3621.2312_wan);
}

}  // namespace aggregate_test

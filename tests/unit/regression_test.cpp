// Bugs found by review and by the sanitizers, each pinned by the smallest case that showed it.
#include <doctest/doctest.h>

#include <cstdint>
#include <limits>
#include <span>
#include <stdexcept>
#include <string>

#include <jixiao/aggregate.hpp>
#include <jixiao/project_store.hpp>
#include <jixiao/validate.hpp>

namespace regression_test {

namespace {
using F = jixiao::forms::beijing_district_2020;
}

TEST_CASE("regression: a cost target is compared with a budget held in int32 without overflow") {
    using A = jixiao::basic_amount<std::int32_t, 4>;
    jixiao::basic_project<F, A> p;
    p.funding[1].total = A::from_wan(100000);  // raw 10^9: near the top of int32
    static const jixiao::indicator half[] = {
        {jixiao::categories::output_cost, "成本", jixiao::parse_target("≤50000万元")}};
    p.indicators = jixiao::indicator_list<F>(std::span<const jixiao::indicator>(half));
    CHECK(jixiao::validate(p).count(jixiao::rules::cost_target_exceeds_budget) == 0);
    static const jixiao::indicator over[] = {
        {jixiao::categories::output_cost, "成本", jixiao::parse_target("≤100000.0001万元")}};
    p.indicators = jixiao::indicator_list<F>(std::span<const jixiao::indicator>(over));
    CHECK(jixiao::validate(p).count(jixiao::rules::cost_target_exceeds_budget) == 1);
    static const jixiao::indicator qian[] = {
        {jixiao::categories::output_cost, "成本", jixiao::parse_target("≤1000001千元")}};
    p.indicators = jixiao::indicator_list<F>(std::span<const jixiao::indicator>(qian));
    CHECK(jixiao::validate(p).count(jixiao::rules::cost_target_exceeds_budget) ==
          1);  // 100000.1 万元: 千元 is money too
}

TEST_CASE("regression: the project add() returns stays valid after later adds") {
    jixiao::basic_project_store<F> store;
    jixiao::basic_project<F> p{.seq = 1, .name = "项目一"};
    const auto& first = store.add(p);  // a value (of views into the store), kept alive by the reference
    for (int i = 0; i < 100; ++i) store.add(p);
    CHECK(first.name == "项目一");
}

TEST_CASE("regression: adding a table that overflows neither throws nor loses a value") {
    // Until issue 10 an overflowing add threw and left the totals as they were; now it is kept exactly.
    jixiao::basic_project<F> a;
    a.funding[0].total = jixiao::wan::from_raw(10000);
    a.funding[1].total = jixiao::wan::max();
    jixiao::totals<F, jixiao::wan> t;
    t.add(a);
    const auto before = t;
    t.add(a);
    CHECK_FALSE(t.held(1));
    CHECK(t.column[0] == jixiao::wan::from_raw(20000));
    CHECK(jixiao::to_string(t.column_total(1)) == "1844674407370955.1614");
    t += before;
    CHECK(t.projects == 3);
    CHECK(jixiao::to_string(t.column_total(1)) == "2767011611056432.7421");
}

TEST_CASE("regression: dividing by the most negative divisor rounds without negating it") {
    using D = jixiao::basic_decimal<std::int32_t, 2>;
    const auto m = std::numeric_limits<std::int64_t>::min();
    CHECK(jixiao::divide(D(1), m, jixiao::rounding::half_up) == D{});
    CHECK(jixiao::divide(D(1), m, jixiao::rounding::floor) == D::from_raw(-1));
    CHECK(jixiao::divide(D(-1), m, jixiao::rounding::up) == D::from_raw(1));
}

}  // namespace regression_test

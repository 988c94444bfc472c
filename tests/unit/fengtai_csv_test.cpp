// The seed's tables exist twice: as constexpr data (examples/fengtai_2020/tables.hpp) and as the CSV table
// set that jixiao_check reads (examples/fengtai_2020/*.csv). They must be identical, field by field.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include <jixiao/io/csv.hpp>

#include "../../examples/fengtai_2020/tables.hpp"

namespace fengtai_csv_test {

namespace {
const std::filesystem::path seed_dir = std::filesystem::path(__FILE__).parent_path() / "../../examples/fengtai_2020";
}

TEST_CASE("the seed's CSV table set and its constexpr tables are identical, field by field") {
    const auto r = jixiao::read_csv_files<fengtai_2020::form>(
        {seed_dir / "projects.csv", seed_dir / "indicators.csv", seed_dir / "cost_lines.csv"});
    for (const auto& e : r.errors) FAIL_CHECK(e.to_string());
    REQUIRE(r.ok());
    REQUIRE(r.store.size() == fengtai_2020::tables.size());
    for (std::size_t k = 0; k < fengtai_2020::tables.size(); ++k) {
        const auto& a = fengtai_2020::tables[k];
        const auto& b = r.store[k];
        CAPTURE(a.seq);
        CHECK(a.seq == b.seq);
        CHECK(a.year == b.year);
        CHECK(a.name == b.name);
        CHECK(a.applicant == b.applicant);
        CHECK(a.implementer == b.implementer);
        CHECK(a.start == b.start);
        CHECK(a.end == b.end);
        CHECK(a.funding == b.funding);  // totals and every source cell, blanks included
        CHECK(a.goal == b.goal);
        CHECK(a.remarks == b.remarks);
        REQUIRE(a.indicators.size() == b.indicators.size());
        for (std::size_t i = 0; i < a.indicators.size(); ++i) {
            CAPTURE(i);
            CHECK(a.indicators[i] == b.indicators[i]);  // category, name, target, wording, core, weight
        }
        REQUIRE(a.cost_basis.size() == b.cost_basis.size());
        for (std::size_t i = 0; i < a.cost_basis.size(); ++i) {
            CAPTURE(i);
            CHECK(a.cost_basis[i] == b.cost_basis[i]);
        }
    }
    // And so the library sees the same set: the same totals and the same findings.
    CHECK(jixiao::total(fengtai_2020::tables) == jixiao::total(r.store));
    const auto ra = jixiao::validate(fengtai_2020::tables);
    const auto rb = jixiao::validate(r.store);
    REQUIRE(ra.size() == rb.size());
    for (std::size_t i = 0; i < ra.size(); ++i) {
        CHECK(ra[i].rule_id() == rb[i].rule_id());
        CHECK(ra[i].message().view() == rb[i].message().view());
    }
}

}  // namespace fengtai_csv_test

// Compile-time validation of the main example's fourteen tables (scripts/compile_time.sh): every rule
// applied to every table and across the set during constant evaluation, as examples/fengtai_2020 does.
// The seed's tables have findings of their own (a cost basis over its total, a cost target over budget, the
// reviewer's rules of issue 13 §3),
// so the check is on counts, not require_valid.
#include "fengtai_2020/tables.hpp"

namespace {

constexpr bool seed_findings_as_expected() {
    const auto r = jixiao::validate(fengtai_2020::tables);
    return r.count(jixiao::rules::funding_sources_sum) == 0 && r.count(jixiao::rules::negative_amount) == 0 &&
           r.count(jixiao::rules::duplicate_seq) == 0 && r.count(jixiao::rules::cost_basis_exceeds_total) == 1 &&
           r.count(jixiao::rules::cost_target_exceeds_budget) == 1 &&
           r.count(jixiao::rules::date_outside_period) == 2 && r.count(jixiao::rules::impossible_date) == 1 &&
           r.count(jixiao::rules::cost_target_below_budget) == 1 &&
           r.count(jixiao::rules::satisfaction_without_measure) == 4 && r.count(jixiao::rules::unit_name_variants) == 3;
}
static_assert(seed_findings_as_expected());
static_assert(jixiao::total(fengtai_2020::tables).current() == jixiao::wan::parse("15173.4910"));
}  // namespace

int main() {}

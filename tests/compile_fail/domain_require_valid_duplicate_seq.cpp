// expect: violates_duplicate_seq
// Two tables of one set with the same 序号: each table is valid on its own, the set is not. The set is the
// shared sample twice; domain_control.cpp holds the twin, whose second copy has 序号 2.
#include <jixiao/jixiao.hpp>

#include <array>

#include "../unit/sample_tables.hpp"

constexpr std::array<sample::project, 2> tables{sample::home_care, sample::home_care};

static_assert(jixiao::require_valid(tables[0]) && jixiao::require_valid(tables[1]));  // each alone passes
static_assert(jixiao::require_valid(tables));

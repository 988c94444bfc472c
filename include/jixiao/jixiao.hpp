// jixiao (绩效) — exact, checked models of 项目支出绩效目标表 (project expenditure performance target tables).
// The umbrella header: everything except the run-time I/O under io/.
#pragma once

#include "aggregate.hpp"
#include "amount.hpp"
#include "charconv.hpp"
#include "chinese.hpp"
#include "decimal.hpp"
#include "evaluate.hpp"
#include "form.hpp"
#include "funding.hpp"
#include "indicator.hpp"
#include "project.hpp"
#include "project_store.hpp"
#include "set_validator.hpp"
#include "target.hpp"
#include "validate.hpp"

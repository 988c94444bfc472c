// jixiao — internal, not part of the API: the name detail code has used for fixed_text.
#pragma once

#include "../fixed_text.hpp"

namespace jixiao::detail {

using jixiao::fixed_text;

}  // namespace jixiao::detail

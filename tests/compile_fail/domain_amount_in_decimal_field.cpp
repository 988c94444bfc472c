// expect: no known conversion (for argument 1 )?from 'jixiao::wan'.* to 'jixiao::decimal'
// A cost line's quantity is a plain count (decimal), never money: an amount where a quantity belongs does
// not compile, so 518.4_wan cannot be mistaken for 518.4 台.
#include <jixiao/jixiao.hpp>

using namespace jixiao::literals;

constexpr jixiao::quantity q{518.4_wan, "台"};

// Built by tests/consumer/pkg_config.cmake with nothing but `pkg-config --cflags jixiao`: the umbrella
// header and the Boost-backed one, so that the flags are shown to be enough for both.
#include <jixiao/jixiao.hpp>
#include <jixiao/multiprecision.hpp>

using namespace jixiao::literals;

int main() {
    const jixiao::wan_checked big{518.4_wan};
    return jixiao::to_chinese_upper(518.4_wan) == "伍佰壹拾捌万肆仟元整" && big + big == jixiao::wan_checked{1036.8_wan}
               ? 0
               : 1;
}

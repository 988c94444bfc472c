// Fuzzes parse_target. Properties: try_parse_target and parse_target agree; an error position lies
// inside the text; a parsed target's unit is one of the library's static units (never a view into the
// input); a quantitative target's canonical text parses back to the same target.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include <jixiao/target.hpp>

namespace {
[[noreturn]] void fail(const char* what) {
    std::fprintf(stderr, "property violated: %s\n", what);
    std::abort();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto r = jixiao::try_parse_target(text);
    bool thrown = false;
    jixiao::target t{};
    try {
        t = jixiao::parse_target(text);
    } catch (const jixiao::parse_error& e) {
        thrown = true;
        if (e.position() > text.size()) fail("error position beyond the text");
    }
    if (r.ok() == thrown) fail("try_parse_target and parse_target disagree");
    if (!r.ok()) {
        if (r.position > text.size()) fail("error position beyond the text");
        return 0;
    }
    if (!(r.target == t)) fail("try_parse_target and parse_target give different targets");
    if (!t.unit.empty()) {
        const char* p = t.unit.data();
        if (p >= text.data() && p < text.data() + text.size()) fail("unit points into the input");
        if (jixiao::known_unit(t.unit) != t.unit) fail("unit is not a known unit");
    }
    const std::string canonical = jixiao::to_string(t);
    const auto back = jixiao::try_parse_target(canonical);
    if (!back.ok()) fail("canonical text does not parse");
    if (!(back.target == t)) fail("canonical text parses to a different target");
    return 0;
}

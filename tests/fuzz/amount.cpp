// Fuzzes from_chars / parse of every number family member. Properties, not just "no crash":
// - from_chars succeeds exactly when parse does, and both give the same value;
// - a rejected input leaves the output untouched and reports ptr == first;
// - an accepted value formats to text that parses back to the same value;
// - the errc is invalid_argument or result_out_of_range, nothing else.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include <jixiao/multiprecision.hpp>

namespace {

[[noreturn]] void fail(const char* what) {
    std::fprintf(stderr, "property violated: %s\n", what);
    std::abort();
}

template <class T>
void check(std::string_view text) {
    const T sentinel = T::from_raw(typename T::rep(12345));
    T x = sentinel;
    const auto r = jixiao::from_chars(text.data(), text.data() + text.size(), x);
    bool parsed = true;
    T y{};
    try {
        y = T::parse(text);
    } catch (const jixiao::parse_error& e) {
        parsed = false;
        if (e.position() > text.size()) fail("parse_error position beyond the text");
    }
    if (r.ec == std::errc{}) {
        if (!parsed) fail("from_chars accepted what parse rejected");
        if (!(x == y)) fail("from_chars and parse disagree");
        if (r.ptr != text.data() + text.size()) fail("from_chars did not consume the whole text");
        const std::string s = jixiao::to_string(x);
        if (!(T::parse(s) == x)) fail("parse(to_string(x)) != x");
        if (s == "-0" || (s.starts_with("-0.") && s.find_first_not_of("0.", 1) == std::string::npos)) {
            fail("negative zero printed");
        }
    } else {
        if (parsed) fail("parse accepted what from_chars rejected");
        if (!(x == sentinel)) fail("a rejected from_chars changed its output");
        if (r.ptr != text.data()) fail("a rejected from_chars moved ptr");
        if (r.ec != std::errc::invalid_argument && r.ec != std::errc::result_out_of_range) fail("unexpected errc");
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    check<jixiao::wan>(text);
    check<jixiao::wan_fen>(text);
    check<jixiao::decimal>(text);
    check<jixiao::basic_decimal<std::int64_t, 0>>(text);
    check<jixiao::basic_amount<std::int32_t, 2>>(text);
    check<jixiao::wan_checked>(text);
    return 0;
}

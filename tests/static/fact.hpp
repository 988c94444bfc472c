// FACT(expression): one fact of a static suite. It is checked by a static_assert on its own line, so a
// failure names that line, and checked again when the suite runs, so the sanitizers see the same code.
#pragma once

#include <cstdio>

namespace static_suite {

inline int facts = 0;
inline int failures = 0;

/// Runs one fact at run time, through a volatile pointer so that the compiler does not fold it again.
inline bool at_run_time(bool (*f)(), int line, const char* text) {
    bool (*volatile call)() = f;
    ++facts;
    if (!call()) {
        std::printf("FAILED at run time, line %d: %s\n", line, text);
        ++failures;
    }
    return true;
}

/// Prints the count and returns main()'s exit status.
inline int report() {
    std::printf("%d of %d facts held at run time\n", facts - failures, facts);
    return failures == 0 ? 0 : 1;
}

}  // namespace static_suite

#define STATIC_SUITE_CAT2(a, b) a##b
#define STATIC_SUITE_CAT(a, b) STATIC_SUITE_CAT2(a, b)
#define FACT(...)                                                                                      \
    static_assert(__VA_ARGS__);                                                                        \
    [[maybe_unused]] const bool STATIC_SUITE_CAT(fact_at_line_, __LINE__) = static_suite::at_run_time( \
        []() -> bool { return __VA_ARGS__; }, __LINE__, #__VA_ARGS__)

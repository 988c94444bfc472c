// What the benchmarks read of a process's memory (Linux): the fields of /proc/self/status, and resetting the
// kernel's peak-RSS mark so that a benchmark's peak is its own, not that of an earlier one in the process.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>

namespace jixiao_bench {

/// A field of /proc/self/status in KiB ("VmHWM", "VmRSS"), or -1.
inline long status_kib(const char* field) {
    std::ifstream f("/proc/self/status");
    std::string line;
    const std::size_t n = std::strlen(field);
    while (std::getline(f, line)) {
        if (line.compare(0, n, field) == 0 && line.size() > n && line[n] == ':') return std::atol(line.c_str() + n + 1);
    }
    return -1;
}

/// Resets the peak-RSS mark (writing 5 to /proc/self/clear_refs, Linux >= 4.0); false where not allowed.
inline bool reset_peak() {
    std::FILE* f = std::fopen("/proc/self/clear_refs", "w");
    if (f == nullptr) return false;
    const bool ok = std::fputs("5", f) >= 0;
    return std::fclose(f) == 0 && ok;
}

}  // namespace jixiao_bench

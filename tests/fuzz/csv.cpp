// Fuzzes the CSV reader. The input is split into three files (projects, indicators, cost lines) at the
// first two 0x00 bytes. Properties: every error has a file and a position inside it; a failed read
// returns no projects (all or nothing); a set that loads validates and totals without throwing, each total the
// exact sum of its parts or marked as not held with an amount_overflow finding (check_totals.hpp), and writes back
// and reloads to the same projects, field by field, and writing it again gives the same text. The same three files
// are also read as a self-evaluation set (io/self_evaluation_csv.hpp): errors have a file, a failed read returns no
// tables, and every table that loads is scored by every shipped profile without throwing, an origin per table.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include <jixiao/io/csv.hpp>
#include <jixiao/io/self_evaluation_csv.hpp>

#include "check_totals.hpp"
#include "same_record.hpp"

namespace {
[[noreturn]] void fail(const char* what) {
    std::fprintf(stderr, "property violated: %s\n", what);
    std::abort();
}
using form = jixiao::forms::beijing_district_2020;
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view all(reinterpret_cast<const char*>(data), size);
    std::string_view parts[3];
    std::size_t start = 0;
    for (int k = 0; k < 3; ++k) {
        const std::size_t z = k < 2 ? all.find('\0', start) : std::string_view::npos;
        parts[k] = all.substr(start, z == std::string_view::npos ? std::string_view::npos : z - start);
        if (z == std::string_view::npos) {
            for (int j = k + 1; j < 3; ++j) parts[j] = {};
            break;
        }
        start = z + 1;
    }
    const jixiao::csv_source sources[] = {{"a.csv", parts[0]}, {"b.csv", parts[1]}, {"c.csv", parts[2]}};
    const auto se = jixiao::read_self_evaluation_csv<form>(sources);
    if (se.ok()) {
        if (se.origins.size() != se.store.size()) fail("a self-evaluation without an origin");
        for (const auto& t : se.store) {
            for (const auto* profile : jixiao::profiles::all) (void)jixiao::score(t, *profile);
        }
    } else {
        if (se.store.size() != 0) fail("a failed self-evaluation read returned tables");
        for (const auto& e : se.errors) {
            if (e.file.empty() || e.reason.empty()) fail("a self-evaluation error without file or reason");
        }
    }
    const auto r = jixiao::read_csv<form>(sources);
    if (!r.ok()) {
        if (!r.store.empty()) fail("a failed read returned projects");
        for (const auto& e : r.errors) {
            if (e.file.empty() || e.reason.empty()) fail("an error without file or reason");
        }
        return 0;
    }
    fuzz::check_validate_and_totals(r.store);
    const auto files = jixiao::write_csv(r.store);
    const jixiao::csv_source again[] = {{"p.csv", files.projects},
                                        {"i.csv", files.indicators},
                                        {"c.csv", files.cost_lines}};
    const auto r2 = jixiao::read_csv<form>(again);
    if (!r2.ok()) {
        for (const auto& e : r2.errors) std::fprintf(stderr, "%s\n", e.to_string().c_str());
        fail("written CSV does not read back");
    }
    if (r2.store.size() != r.store.size()) fail("reloaded set has another size");
    for (std::size_t k = 0; k < r.store.size(); ++k) {
        if (!fuzz::same_record(r.store[k], r2.store[k])) fail("reloaded project differs");
    }
    const auto files2 = jixiao::write_csv(r2.store);
    if (files2.projects != files.projects || files2.indicators != files.indicators ||
        files2.cost_lines != files.cost_lines) {
        fail("writing the reloaded set gives other text");
    }
    return 0;
}

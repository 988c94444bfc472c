// Fuzzes the JSON reader. Properties: errors have positions; a failed read returns no projects; a document
// that loads validates and totals without throwing, each total the exact sum of its parts or marked as not held
// with an amount_overflow finding (check_totals.hpp), and writes back to text that reloads to the same projects
// (field by field) and writes identically again.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include <jixiao/io/json.hpp>

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
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto r = jixiao::read_json<form>(text, "fuzz.json");
    if (!r.ok()) {
        if (!r.store.empty()) fail("a failed read returned projects");
        for (const auto& e : r.errors) {
            if (e.reason.empty()) fail("an error without a reason");
        }
        return 0;
    }
    fuzz::check_validate_and_totals(r.store);
    const jixiao::json_options no_extras{false, false};
    const std::string once = jixiao::write_json(r.store, no_extras);
    const auto r2 = jixiao::read_json<form>(once, "again.json");
    if (!r2.ok()) {
        for (const auto& e : r2.errors) std::fprintf(stderr, "%s\n", e.to_string().c_str());
        fail("written JSON does not read back");
    }
    if (r2.store.size() != r.store.size()) fail("reloaded set has another size");
    for (std::size_t k = 0; k < r.store.size(); ++k) {
        if (!fuzz::same_record(r.store[k], r2.store[k])) fail("reloaded project differs");
    }
    if (jixiao::write_json(r2.store, no_extras) != once) fail("writing the reloaded set gives other text");
    return 0;
}

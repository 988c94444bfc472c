// Field-by-field equality of two records, driven by the record schema: a field added to the schema is
// compared by the fuzzers' round trips without touching them.
#pragma once

#include <cstddef>
#include <type_traits>

#include <jixiao/schema.hpp>

namespace fuzz {

template <class R>
bool same_record(const R& a, const R& b) {
    bool same = true;
    jixiao::schema::for_each_field<R>([&](const auto& f) {
        using field = std::remove_cvref_t<decltype(f)>;
        if constexpr (field::kind == jixiao::schema::value_kind::rows) {
            const auto& x = f.of(a);
            const auto& y = f.of(b);
            if (x.size() != y.size()) {
                same = false;
                return;
            }
            for (std::size_t i = 0; i < x.size(); ++i) same = same && same_record(x[i], y[i]);
        } else {
            same = same && f.of(a) == f.of(b);
        }
    });
    return same;
}

}  // namespace fuzz

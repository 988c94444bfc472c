// jixiao — origins: where a table loaded from files came from, row by row, so that a finding about it names the
// file and line of the row it is about (the principle "Traced").
//
// A finding does not carry its source: it says which table (finding::table), which part (finding::part) and which
// row of that part (finding::index). A reader hands each table a table_origin (the file and line of the table's
// row and of each of its indicators and cost lines); source_of(origin, finding) in validate.hpp is the row a
// finding is about. Tables written in C++ have no origin: their findings name 序号 and the project, as before.
// table_origins keeps the origins of a whole set (for a report that validates the set again).
#pragma once

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace jixiao {

/// Where a row of a table set is: its file and physical line (from 1). An empty file: not known.
struct row_origin {
    std::string_view file;
    std::size_t line = 0;
    /// Whether the row's place is known.
    [[nodiscard]] constexpr bool known() const noexcept { return !file.empty(); }
};

/// "file:line", the way a finding names its row; "file" when the line is not known; empty when nothing is.
inline std::string to_string(const row_origin& o) {
    std::string s(o.file);
    if (o.known() && o.line != 0) s += ":" + std::to_string(o.line);
    return s;
}

template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os, const row_origin& o) {
    return os << to_string(o);
}

/// Where a table came from: its own row (which holds a target table's funding cells too), and the row of each of
/// its indicators and cost lines, in the table's order; for a self-evaluation or monitoring table, whose funding
/// rows are rows of their own file, the row of each funding row. Views: valid as long as what they view (during a
/// reader's call, or as long as the table_origins that gave them).
struct table_origin {
    row_origin table;
    std::span<const row_origin> indicators;
    std::span<const row_origin> cost_lines;
    std::span<const row_origin> funding_rows{};
};

/// The origins of a set of tables, kept (copied) in the order the tables were added; a table without one (written
/// in C++) has an empty origin. File names are kept once each. A copy keeps its own file names.
class table_origins {
public:
    table_origins() = default;
    table_origins(table_origins&&) noexcept = default;
    table_origins& operator=(table_origins&&) noexcept = default;
    table_origins(const table_origins& other) {  // the origins view the object's own file names: re-kept
        for (std::size_t t = 0; t < other.size(); ++t) add(other[t]);
    }
    table_origins& operator=(const table_origins& other) {
        if (this != &other) *this = table_origins(other);
        return *this;
    }

    /// Keeps a copy of the next table's origin.
    void add(const table_origin& o) {
        const auto inside = [&](std::span<const row_origin> s) {
            return !s.empty() && !rows_.empty() && s.data() >= rows_.data() && s.data() < rows_.data() + rows_.size();
        };
        if (inside(o.indicators) || inside(o.cost_lines) || inside(o.funding_rows)) {  // o views this object
            const std::vector<row_origin> i(o.indicators.begin(), o.indicators.end()),
                c(o.cost_lines.begin(), o.cost_lines.end()), f(o.funding_rows.begin(), o.funding_rows.end());
            return add(table_origin{o.table, i, c, f});
        }
        entry e;
        e.table = keep(o.table);
        e.first = rows_.size();
        for (const row_origin& r : o.indicators) rows_.push_back(keep(r));
        e.indicators = o.indicators.size();
        for (const row_origin& r : o.cost_lines) rows_.push_back(keep(r));
        e.cost_lines = o.cost_lines.size();
        for (const row_origin& r : o.funding_rows) rows_.push_back(keep(r));
        e.funding_rows = o.funding_rows.size();
        tables_.push_back(e);
    }
    /// The next table has no origin.
    void add() { tables_.push_back(entry{}); }

    /// Every table's origin added after this object's, in order (for a set read in parts).
    void append(const table_origins& more) {
        const std::size_t n = more.size();  // more may be this object
        for (std::size_t t = 0; t < n; ++t) add(more[t]);
    }
    /// No tables.
    void clear() noexcept { *this = table_origins(); }

    /// How many tables were added.
    [[nodiscard]] std::size_t size() const noexcept { return tables_.size(); }
    /// The origin of table t (from 0; an empty origin past the last table): views into this object.
    [[nodiscard]] table_origin operator[](std::size_t t) const noexcept {
        if (t >= tables_.size()) return {};
        const entry& e = tables_[t];
        const std::span<const row_origin> rows(rows_);
        return table_origin{e.table, rows.subspan(e.first, e.indicators),
                            rows.subspan(e.first + e.indicators, e.cost_lines),
                            rows.subspan(e.first + e.indicators + e.cost_lines, e.funding_rows)};
    }

private:
    struct entry {
        row_origin table;
        std::size_t first = 0, indicators = 0, cost_lines = 0, funding_rows = 0;
    };

    row_origin keep(const row_origin& r) {
        if (!r.known()) return {};
        if (r.file != last_) last_ = *names_.emplace(r.file).first;  // a set's nodes never move
        return row_origin{last_, r.line};
    }

    std::unordered_set<std::string> names_;
    std::string_view last_;
    std::vector<row_origin> rows_;
    std::vector<entry> tables_;
};

}  // namespace jixiao

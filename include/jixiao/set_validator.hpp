// jixiao — set_validator: validates and totals a table set one table at a time, without holding it.
//
// validate(set) and total(set) need the whole set in memory. A set streamed from files (for_each_csv_table
// in io/csv.hpp) is checked instead by handing each table to a set_validator while it is alive: the rules
// of one table run at once and their findings go to a callback; the validator keeps of each table only
// what the rules across tables read (序号, 项目名称, the two unit names and the funding cells, a few hundred
// bytes) and adds it to the totals. finish() then applies the rules across tables. The findings, their
// order and the totals are those of validate(set) and total(set) on the same tables in the same order.
//
// Validators merge: split a set across threads or machines (each part a whole table set, e.g. one per
// department), validate each part, then `a += std::move(b)` in the order of the parts and finish() once.
// Totals merge exactly (totals::operator+=); the rules across tables see every table.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>
#include <type_traits>
#include <unordered_set>
#include <utility>
#include <vector>

#include "aggregate.hpp"
#include "origin.hpp"
#include "project.hpp"
#include "validate.hpp"

namespace jixiao {

template <form F, class A = wan>
class set_validator {
public:
    using project_type = basic_project<F, A>;

    set_validator() = default;
    set_validator(set_validator&&) noexcept = default;
    set_validator& operator=(set_validator&&) noexcept = default;
    set_validator(const set_validator&) = delete;  // the kept tables point into this validator's text
    set_validator& operator=(const set_validator&) = delete;

    /// Validates one table: on_finding(const finding&) gets each of its findings, in validate()'s order,
    /// while p is alive (a finding's text figures are views into p: print or copy them in the call). The
    /// finding's `table` is the table's position in this validator (from 0).
    template <class Fn>
    void add(const project_type& p, Fn&& on_finding) {
        add(p, table_origin{}, on_finding);
    }

    /// Validates one table read from files, with its origin (for_each_csv_table's csv_origin): on_finding gets
    /// each finding and, if it takes one, the row the finding is about (source_of; empty where not known):
    /// on_finding(const finding&, const row_origin&). The table's own row is kept (with its file's name) for
    /// the findings of finish().
    template <class Fn>
    void add(const project_type& p, const table_origin& origin, Fn&& on_finding) {
        const auto at = static_cast<std::uint32_t>(kept_.size());
        detail::check_project(p, [&](const rule& r, const message_template& m, table_part part, std::size_t index,
                                     const auto&... figures) {
            finding f(r, m, p.seq, p.name, part, index, figures...);
            f.table = at;
            count(f);
            hand(on_finding, f, source_of(origin, f));
        });
        totals_.add(p);
        keep(p, origin.table);
    }

    /// Adds a table without validating it (its findings are not wanted), for the rules across tables and
    /// the totals.
    void add(const project_type& p) {
        totals_.add(p);
        keep(p, row_origin{});
    }

    /// Appends the tables of another validator (after this one's) for the rules across tables, and merges
    /// its totals and counts.
    set_validator& operator+=(set_validator&& other) {
        for (auto& block : other.text_) text_.push_back(std::move(block));
        other.text_.clear();
        used_ = capacity_ = 0;  // the last block is the other's now: the next text starts a block of its own
        units_.insert(other.units_.begin(), other.units_.end());  // the views move with their blocks
        files_.insert(other.files_.begin(), other.files_.end());
        kept_.insert(kept_.end(), other.kept_.begin(), other.kept_.end());
        origins_.insert(origins_.end(), other.origins_.begin(), other.origins_.end());
        totals_ += other.totals_;
        errors_ += other.errors_;
        warnings_ += other.warnings_;
        infos_ += other.infos_;
        other = set_validator{};
        return *this;
    }

    /// Applies the rules across tables (duplicate 序号, unit name variants, the set's totals beyond the
    /// amount type) to every table added; on_finding gets each finding (and, if it takes one, the row of the
    /// table the finding names, as add() with an origin gave it). The finding's `table` is the table's
    /// position in the set. Call once, after the last add.
    template <class Fn>
    void finish(Fn&& on_finding) {
        detail::check_set(kept_, [&](const rule& r, const message_template& m, const project_type& p, std::size_t at,
                                     const auto&... figures) {
            finding f(r, m, p.seq, p.name, table_part::table, 0, figures...);
            f.table = static_cast<std::uint32_t>(at);
            count(f);
            hand(on_finding, f, origins_[at]);
        });
    }

    /// The exact totals of the tables added.
    [[nodiscard]] const totals<F, A>& sum() const noexcept { return totals_; }
    /// How many tables were added.
    [[nodiscard]] std::size_t size() const noexcept { return kept_.size(); }
    /// How many findings of error severity were handed out so far.
    [[nodiscard]] std::size_t errors() const noexcept { return errors_; }
    /// How many warnings were handed out so far.
    [[nodiscard]] std::size_t warnings() const noexcept { return warnings_; }
    /// How many notices (提示) were handed out so far.
    [[nodiscard]] std::size_t infos() const noexcept { return infos_; }
    /// Whether no finding so far is an error.
    [[nodiscard]] bool ok() const noexcept { return errors_ == 0; }

private:
    static constexpr std::size_t block_bytes = std::size_t{64} << 10;

    void count(const finding& f) noexcept {
        ++(f.level() == severity::error ? errors_ : f.level() == severity::warning ? warnings_ : infos_);
    }

    template <class Fn>
    static void hand(Fn& on_finding, const finding& f, const row_origin& source) {
        if constexpr (std::is_invocable_v<Fn&, const finding&, const row_origin&>) {
            on_finding(f, source);
        } else {
            on_finding(f);
        }
    }

    /// What the rules across tables read: the table without its text, indicators and cost lines; and the
    /// table's row.
    void keep(const project_type& p, const row_origin& row) {
        origins_.push_back(row.known() ? row_origin{intern_file(row.file), row.line} : row_origin{});
        project_type q{};
        q.seq = p.seq;
        q.year = p.year;
        q.name = intern(p.name);
        q.applicant = intern_unit(p.applicant);
        q.implementer = intern_unit(p.implementer);
        q.start = p.start;
        q.end = p.end;
        q.funding = p.funding;
        kept_.push_back(q);
    }

    /// Copies text into blocks that never move.
    std::string_view intern(std::string_view s) {
        if (s.empty()) return {};
        if (text_.empty() || used_ + s.size() > capacity_) {
            capacity_ = s.size() > block_bytes ? s.size() : block_bytes;
            text_.push_back(std::make_unique<char[]>(capacity_));
            used_ = 0;
        }
        char* out = text_.back().get() + used_;
        std::memcpy(out, s.data(), s.size());
        used_ += s.size();
        return {out, s.size()};
    }
    /// A file's name, kept once however many tables come from it.
    std::string_view intern_file(std::string_view s) {
        if (const auto it = files_.find(s); it != files_.end()) return *it;
        const std::string_view kept = intern(s);
        files_.insert(kept);
        return kept;
    }
    /// A unit's name, kept once however many tables give it.
    std::string_view intern_unit(std::string_view s) {
        if (const auto it = units_.find(s); it != units_.end()) return *it;
        const std::string_view kept = intern(s);
        units_.insert(kept);
        return kept;
    }

    std::vector<std::unique_ptr<char[]>> text_;
    std::size_t used_ = 0, capacity_ = 0;  // of the last block
    std::unordered_set<std::string_view> units_;
    std::unordered_set<std::string_view> files_;  // the names of the files the tables came from
    std::vector<project_type> kept_;
    std::vector<row_origin> origins_;  // of each kept table: its row (empty if not known)
    totals<F, A> totals_;
    std::size_t errors_ = 0, warnings_ = 0, infos_ = 0;
};

}  // namespace jixiao

// jixiao — basic_project_store: run-time storage that owns the text and arrays of loaded projects.
#pragma once

#include <deque>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "project.hpp"

namespace jixiao {

/// Owns projects built at run time (from a file, a database, user input) and hands out the same
/// basic_project views that constexpr tables are made of. Adding copies every string and array in,
/// so the source of a project may be temporary; the views stay valid as long as the store lives
/// (moving the store keeps them valid; copying it re-creates them in the copy).
template <form Form, class Amount = wan>
class basic_project_store {
public:
    using project_type = basic_project<Form, Amount>;

    basic_project_store() = default;
    basic_project_store(basic_project_store&&) noexcept = default;
    basic_project_store& operator=(basic_project_store&&) noexcept = default;
    basic_project_store(const basic_project_store& other) {
        for (const auto& p : other.projects_) add(p);
    }
    basic_project_store& operator=(const basic_project_store& other) {
        if (this != &other) {
            basic_project_store copy(other);
            *this = std::move(copy);
        }
        return *this;
    }

    /// Copies the project, with all its text, indicators and cost lines, into the store, and returns the
    /// stored project (a value of views into the store: it stays valid as long as the store does).
    project_type add(const project_type& p) {
        project_type q = p;
        q.name = intern(p.name);
        q.applicant = intern(p.applicant);
        q.implementer = intern(p.implementer);
        q.goal = intern(p.goal);
        q.remarks = intern(p.remarks);
        auto& inds = indicators_.emplace_back(p.indicators.begin(), p.indicators.end());
        for (auto& i : inds) {
            i.name = intern(i.name);
            i.wording = intern(i.wording);
            i.cat = intern(i.cat);
            // parse_target's units live in a static table; a unit set by hand may not: use the table's
            // entry when it is spelt the same, else copy it.
            const std::string_view ku = known_unit(i.target.unit);
            i.target.unit = ku == i.target.unit ? ku : intern(i.target.unit);
        }
        q.indicators = indicator_list<Form>(std::span<const indicator>(inds));
        auto& lines = cost_lines_.emplace_back(p.cost_basis.begin(), p.cost_basis.end());
        for (auto& l : lines) {
            l.item = intern(l.item);
            l.price_unit = intern(l.price_unit);
            l.text = intern(l.text);
            quantity_list qs;
            for (const auto& x : l.quantities) qs.push_back(quantity(x.value, intern(x.unit)));
            l.quantities = qs;
        }
        q.cost_basis = std::span<const cost_line<Amount>>(lines);
        projects_.push_back(q);
        return projects_.back();
    }

    /// Copies a string into the store; the view stays valid for the store's life.
    std::string_view intern(std::string_view s) {
        if (s.empty()) return {};
        return strings_.emplace_back(s);
    }

    /// The projects, in the order they were added.
    [[nodiscard]] std::span<const project_type> projects() const noexcept { return projects_; }
    [[nodiscard]] const project_type* begin() const noexcept { return projects_.data(); }
    [[nodiscard]] const project_type* end() const noexcept { return projects_.data() + projects_.size(); }
    [[nodiscard]] std::size_t size() const noexcept { return projects_.size(); }
    [[nodiscard]] bool empty() const noexcept { return projects_.empty(); }
    [[nodiscard]] const project_type& operator[](std::size_t i) const noexcept { return projects_[i]; }

private:
    category intern(const category& c) {
        // Categories of the library and of the form are static; only unknown ones need a copy.
        if (const auto* fc = find_category<Form>(c)) return fc->cat;
        return category{level1_category{intern(c.level1.name)}, intern(c.name)};
    }

    // deque: elements never move when more are added, so the views handed out stay valid.
    std::deque<std::string> strings_;
    std::deque<std::vector<indicator>> indicators_;
    std::deque<std::vector<cost_line<Amount>>> cost_lines_;
    std::vector<project_type> projects_;
};

}  // namespace jixiao

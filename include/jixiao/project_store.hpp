// jixiao — basic_project_store: run-time storage that owns the text and arrays of loaded projects.
#pragma once

#include <deque>
#include <iterator>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <vector>

#include "project.hpp"
#include "schema.hpp"

namespace jixiao {

namespace detail {
template <class Rows>
struct row_storage;
template <class... Row>
struct row_storage<std::tuple<Row...>> {
    using type = std::tuple<std::deque<std::vector<Row>>...>;
};
}  // namespace detail

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
        own(q);
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
    /// Replaces every view in a record by a copy the store owns, field by field as the schema lists them.
    template <class R>
    void own(R& r) {
        using schema::value_kind;
        schema::for_each_field<R>([&](const auto& f) {
            using field = std::remove_cvref_t<decltype(f)>;
            auto& v = f.of(r);
            if constexpr (field::kind == value_kind::text) {
                v = intern(v);
            } else if constexpr (field::kind == value_kind::level2) {  // the category, once (level1 and label share it)
                v = intern(v);
            } else if constexpr (field::kind == value_kind::target) {
                // parse_target's units live in a static table; a unit set by hand may not: use the table's
                // entry when it is spelt the same, else copy it.
                const std::string_view ku = known_unit(v.unit);
                v.unit = ku == v.unit ? ku : intern(v.unit);
            } else if constexpr (field::kind == value_kind::quantities) {
                quantity_list qs;
                for (const auto& x : v) qs.push_back(quantity(x.value, intern(x.unit)));
                v = qs;
            } else if constexpr (field::kind == value_kind::rows) {
                using row = schema::row_type_t<field>;
                auto& rows = std::get<std::deque<std::vector<row>>>(rows_).emplace_back(std::begin(v), std::end(v));
                for (auto& x : rows) own(x);
                v = typename field::value_type(std::span<const row>(rows));
            }
        });
    }

    category intern(const category& c) {
        // Categories of the library and of the form are static; only unknown ones need a copy.
        if (const auto* fc = find_category<Form>(c)) return fc->cat;
        return category{level1_category{intern(c.level1.name)}, intern(c.name)};
    }

    // deque: elements never move when more are added, so the views handed out stay valid.
    std::deque<std::string> strings_;
    typename detail::row_storage<schema::row_types_t<project_type>>::type rows_;  // one deque per rows field
    std::vector<project_type> projects_;
};

}  // namespace jixiao

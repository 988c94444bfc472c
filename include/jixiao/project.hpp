// jixiao — basic_project<Form, Amount>: one 项目支出绩效目标表.
#pragma once

#include <array>
#include <chrono>
#include <cstddef>
#include <iterator>
#include <span>
#include <string_view>

#include "amount.hpp"
#include "form.hpp"
#include "funding.hpp"
#include "indicator.hpp"

namespace jixiao {

namespace detail {
// Named so that the compiler's message says what is wrong with a constexpr table.
inline void indicator_category_is_not_in_the_form() {}
}  // namespace detail

/// A project's indicators: a view of indicator values. Written in a constexpr table, an indicator whose
/// category the form lacks does not compile; loaded at run time, it is kept and validate() reports it.
template <form Form>
class indicator_list {
public:
    constexpr indicator_list() = default;
    constexpr indicator_list(std::span<const indicator> items) : items_(items) {
        if (std::is_constant_evaluated()) {
            for (const auto& i : items_) {
                if (!has_category<Form>(i.cat)) detail::indicator_category_is_not_in_the_form();
            }
        }
    }
    /// From any contiguous range of indicators: a C array, std::array, std::vector (which must outlive it).
    template <class R>
        requires(!std::is_same_v<std::remove_cvref_t<R>, std::span<const indicator>> &&
                 std::is_convertible_v<const R&, std::span<const indicator>>)
    constexpr indicator_list(const R& r) : indicator_list(std::span<const indicator>(r)) {}

    [[nodiscard]] constexpr const indicator* begin() const noexcept { return items_.data(); }
    [[nodiscard]] constexpr const indicator* end() const noexcept { return items_.data() + items_.size(); }
    [[nodiscard]] constexpr std::size_t size() const noexcept { return items_.size(); }
    [[nodiscard]] constexpr bool empty() const noexcept { return items_.empty(); }
    [[nodiscard]] constexpr const indicator& operator[](std::size_t i) const noexcept { return items_[i]; }
    [[nodiscard]] constexpr std::span<const indicator> span() const noexcept { return items_; }

private:
    std::span<const indicator> items_{};
};

/// One project expenditure performance target table. Text and arrays are views: a constexpr project
/// points at static arrays and literals, a loaded one into a basic_project_store that owns them.
template <form Form, class Amount = wan>
struct basic_project {
    using form_type = Form;
    using amount_type = Amount;
    using funding_type = project_funding<Form, Amount>;
    using column_type = typename funding_type::column_type;

    int seq = 0;                          ///< 序号
    std::chrono::year year{};             ///< the budget year of the table (…年度)
    std::string_view name{};              ///< 项目名称
    std::string_view applicant{};         ///< 项目申报单位
    std::string_view implementer{};       ///< 项目实施单位
    std::chrono::year_month_day start{};  ///< 项目起止时间: 开始时间
    std::chrono::year_month_day end{};    ///< 项目起止时间: 截止时间
    funding_type funding{};             ///< 项目资金情况, one column per Form::columns (by name: project_funding)
    std::string_view goal{};            ///< 项目绩效目标
    indicator_list<Form> indicators{};  ///< 绩效指标
    std::span<const cost_line<Amount>> cost_basis{};  ///< 测算依据 stated in the narratives
    std::string_view remarks{};                       ///< 其他说明的问题

    /// This year's column (本年度项目资金 in the 2020 Beijing form).
    [[nodiscard]] constexpr const column_type& current() const noexcept { return funding[Form::current_column]; }
    /// The exact total of the cost basis lines that can be computed; not ok() if the amount type cannot hold it.
    [[nodiscard]] constexpr checked_total<Amount> cost_basis_total() const {
        return jixiao::cost_basis_total<Amount>(cost_basis);
    }
};

namespace detail {
template <class T>
struct is_project : std::false_type {};
template <class F, class A>
struct is_project<basic_project<F, A>> : std::true_type {};
}  // namespace detail

/// True for every basic_project.
template <class T>
concept project = detail::is_project<std::remove_cvref_t<T>>::value;

namespace detail {
template <class R>
using range_project_t = std::remove_cvref_t<decltype(*std::begin(std::declval<const R&>()))>;
}  // namespace detail

/// A range of projects (C array, std::array, std::vector, std::span, basic_project_store…).
template <class R>
concept project_range = requires(const R& r) {
    std::begin(r);
    std::end(r);
}
&&project<detail::range_project_t<R>>;

}  // namespace jixiao

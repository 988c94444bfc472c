// What a finding costs on the heap, counted by a replaced global operator new (in an executable of its
// own, so that the unit tests keep the sanitizers' checks of new and delete). Issue 10: a finding costs
// what its text needs — a header of at most 64 bytes, no heap block without figures, and with figures one
// block of 16 bytes a figure plus the text it renders (numbers, dates), nothing rounded up.
#include <doctest/doctest.h>

#include <jixiao/multiprecision.hpp>
#include <jixiao/validate.hpp>

#include <chrono>
#include <cstddef>
#include <cstdlib>
#include <limits>
#include <new>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "../unit/sample_tables.hpp"

namespace {

bool counting = false;
std::size_t allocations = 0;
std::size_t bytes = 0;

}  // namespace

// g++ 12 sees the replaced operator delete free what the replaced operator new got from malloc, inlined, and
// takes it for a mismatch.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
#endif

void* operator new(std::size_t n) {
    if (counting) {
        ++allocations;
        bytes += n;
    }
    if (void* p = std::malloc(n == 0 ? 1 : n)) return p;
    throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }

namespace {

using namespace jixiao::literals;
using jixiao::table_part;

/// What running f allocates: how many blocks and how many bytes requested.
struct cost {
    std::size_t allocations = 0;
    std::size_t bytes = 0;
};
template <class F>
cost counted(F&& f) {
    allocations = 0;
    bytes = 0;
    counting = true;
    std::forward<F>(f)();
    counting = false;
    return {allocations, bytes};
}

constexpr jixiao::message_template plain{.zh = "无数字", .en = "no figures"};
constexpr jixiao::message_template one_name{.figures = {"who"}, .zh = "{who}来过", .en = "{who} was here"};
constexpr jixiao::message_template one_year{.figures = {"year"}, .zh = "{year}年", .en = "the year {year}"};
constexpr jixiao::message_template three_amounts{
    .figures = {"a", "b", "c"}, .zh = "{a}，{b}，{c} 万元", .en = "{a}, {b}, {c} 万元"};
constexpr jixiao::rule mine{.id = "mine",
                            .level = jixiao::severity::warning,
                            .name = {"测试", "test"},
                            .summary = {"测试", "test"},
                            .violated = nullptr,
                            .messages = {&plain, &one_name, &one_year, &three_amounts}};

constexpr std::size_t slot_bytes = 16;  // what a figure costs in the block, besides its rendered text

}  // namespace

static_assert(sizeof(jixiao::finding) <= 64);

namespace {

/// Copies, moves and both assignments, with the figures checked after each: the block is allocated,
/// copied and freed in constant evaluation too (two transient allocations there).
constexpr bool copies_and_moves() {
    const jixiao::finding year(mine, one_year, 1, "某项目", table_part::table, 0, 2020);
    const jixiao::finding name(mine, one_name, 2, "某项目", table_part::table, 0, std::string_view("张三"));
    jixiao::finding a = year;          // copy
    jixiao::finding b = std::move(a);  // move: a has no figures left
    jixiao::finding c(mine, plain, 3, "某项目", table_part::table, 0);
    c = b;     // copy-assign over a finding without figures
    c = name;  // and over one with figures
    jixiao::finding d = name;
    d = std::move(b);  // move-assign over one with figures
    a = d;             // copy-assign to a moved-from finding
    return a.figure_count() == 1 && a.figure_at(0).text == "2020" && a.message().view() == "2020年" &&
           b.figure_count() == 0 && c.seq == 2 && c.message().view() == "张三来过" && d.seq == 1 &&
           d.figure_at(0).kind == jixiao::figure_kind::integer &&
           d.message(jixiao::language::en).view() == "the year 2020";
}
static_assert(copies_and_moves());

}  // namespace

TEST_CASE("a finding without figures allocates nothing") {
    const cost c = counted([] {
        const jixiao::finding f(mine, plain, 1, "某项目", table_part::table, 0);
        CHECK(f.message().view() == "无数字");
    });
    CHECK(c.allocations == 0);
}

TEST_CASE("a finding with figures allocates one block, exactly the size of its slots and rendered text") {
    SUBCASE("a text figure is a view: a slot, no text") {
        const cost c = counted([] {
            const jixiao::finding f(mine, one_name, 1, "某项目", table_part::table, 0, std::string_view("张三"));
            CHECK(f.message().view() == "张三来过");
        });
        CHECK(c.allocations == 1);
        CHECK(c.bytes == slot_bytes);
    }
    SUBCASE("a four-digit number: a slot and four bytes") {
        const cost c = counted([] {
            const jixiao::finding f(mine, one_year, 1, "某项目", table_part::table, 0, 2020);
            CHECK(f.message().view() == "2020年");
        });
        CHECK(c.allocations == 1);
        CHECK(c.bytes == slot_bytes + 4);
        CHECK(c.bytes < 32);
    }
    SUBCASE("three of the widest amounts of a 128-bit type, in full") {
        // Before, number figures shared a 112-byte buffer and the third of these (41 bytes each) was cut
        // and marked "…"; sized exactly, nothing is cut.
        const auto big = -jixiao::wan_checked::from_raw(
            jixiao::wan_checked::rep(std::numeric_limits<boost::multiprecision::checked_int128_t>::max()));
        const std::string text = jixiao::to_string(big);
        REQUIRE(text.size() == 41);
        const jixiao::finding f(mine, three_amounts, 1, "某项目", table_part::table, 0, big, big, big);
        for (std::size_t k = 0; k < 3; ++k) {
            CHECK(f.figure_at(k).text == text);
            CHECK_FALSE(f.figure_at(k).cut);
        }
        CHECK(f.message().view() == text + "，" + text + "，" + text + " 万元");
        // What it keeps, counted on a copy (rendering a Boost number allocates for a moment, and frees it).
        const cost c = counted([&] { const jixiao::finding g = f; });
        CHECK(c.allocations == 1);
        CHECK(c.bytes == 3 * slot_bytes + 3 * text.size());
    }
}

TEST_CASE("copies, moves and assignments keep the figures, at run time as in constant evaluation") {
    CHECK(copies_and_moves());
}

TEST_CASE("copying a finding copies its block; moving it allocates nothing, and its figures stay put") {
    const jixiao::finding f(mine, one_year, 1, "某项目", table_part::table, 0, 2020);
    const cost copy = counted([&] {
        const jixiao::finding g = f;
        CHECK(g.figure_at(0).text == "2020");
        CHECK(g.figure_at(0).text.data() != f.figure_at(0).text.data());
    });
    CHECK(copy.allocations == 1);
    CHECK(copy.bytes == slot_bytes + 4);
    jixiao::finding a = f;
    const std::string_view before = a.figure_at(0).text;
    const cost move = counted([&] {
        jixiao::finding b = std::move(a);
        CHECK(b.figure_at(0).text.data() == before.data());
        jixiao::finding c(mine, plain, 2, "某项目", table_part::table, 0);
        c = std::move(b);
        CHECK(c.message().view() == "2020年");
    });
    CHECK(move.allocations == 0);
}

TEST_CASE("validate(): each finding's block holds 16 bytes a figure and its rendered text, nothing more") {
    using project = sample::project;
    SUBCASE("amounts: 16 × 4 slots and three amounts, 518.4000, 518.3000 and 0.1000") {
        project p = sample::home_care;
        p.funding[1].sources[0] = 518.3_wan;
        const auto rep = jixiao::validate(p);
        REQUIRE(rep.size() == 1);
        const cost c = counted([&] { const jixiao::finding g = rep[0]; });
        CHECK(c.allocations == 1);
        CHECK(rep[0].figure_at(3).text == "0.1000");
        CHECK(c.bytes == 4 * slot_bytes + 8 + 8 + 6);
    }
    SUBCASE("1,000 tables with no indicators (the issue's example): no more than a slot a figure") {
        std::vector<project> set(1000, sample::home_care);
        for (std::size_t k = 0; k < set.size(); ++k) {
            set[k].seq = static_cast<int>(k + 1);
            set[k].indicators = {};
        }
        const auto rep = jixiao::validate(set);
        REQUIRE(rep.size() >= 1000);
        std::size_t total = 0;
        for (const jixiao::finding& f : rep) {
            const cost c = counted([&] { const jixiao::finding g = f; });
            CHECK(c.allocations == (f.figure_count() > 0 ? 1 : 0));
            total += c.bytes;
            std::size_t rendered = 0;
            for (std::size_t k = 0; k < f.figure_count(); ++k) {
                const auto fig = f.figure_at(k);
                if (fig.kind != jixiao::figure_kind::text) rendered += fig.text.size();
            }
            CHECK(c.bytes == f.figure_count() * slot_bytes + rendered);
        }
        // Header and block, per finding, against the 256 bytes of a finding before (320 before that).
        const double per_finding = static_cast<double>(total) / static_cast<double>(rep.size());
        MESSAGE("findings: ", rep.size(), ", block bytes per finding: ", per_finding);
        CHECK(sizeof(jixiao::finding) + per_finding <= 80.0);
    }
}

// README.md's streaming example (the block in "Table sets as CSV", verbatim below): a table set read a
// table at a time, validated and totalled; run over the seed's CSV set by ctest (readme.stream_example).
#include <jixiao/io/csv.hpp>
#include <jixiao/jixiao.hpp>

#include <filesystem>
#include <iostream>
#include <vector>

int main(int argc, char** argv) {
    using form = jixiao::forms::beijing_district_2020;
    const std::vector<std::filesystem::path> paths(argv + 1, argv + argc);
    const std::span<const std::filesystem::path> files(paths);
    // clang-format off
jixiao::set_validator<form> check;  // per-table rules now, the rules across tables at finish(); totals
const auto r = jixiao::for_each_csv_table<form>(files, [&](const auto& table, const jixiao::csv_origin& at) {
    // `table` (a basic_project of views) and `at` (its file:line, and each indicator's and cost line's)
    // live during the call: print or copy what you keep. Each finding comes with the row it is about.
    check.add(table, at, [](const jixiao::finding& f, const jixiao::row_origin& row) {
        std::cout << jixiao::sourced_finding{f, row} << '\n';  // [错误] … 序号 10 项目名称 (indicators.csv:149): 说明
    });
});
check.finish([](const jixiao::finding& f, const jixiao::row_origin& row) { std::cout << jixiao::sourced_finding{f, row} << '\n'; });
if (!r.ok()) for (const auto& e : r.errors) std::cerr << e << '\n';  // a table with an error is not handed over
std::cout << jixiao::to_string(check.sum().current()) << '\n';
    // clang-format on
    return r.ok() ? 0 : 2;
}

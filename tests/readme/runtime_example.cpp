// The run-time example of README.md as it stands there, run over examples/fengtai_2020/*.csv (ctest
// readme.runtime_example); ctest readme.code_blocks checks that README.md still shows this code.
#include <jixiao/io/csv.hpp>
#include <jixiao/jixiao.hpp>

#include <filesystem>
#include <iostream>
#include <vector>

int main(int argc, char** argv) {
    using form = jixiao::forms::beijing_district_2020;
    const std::vector<std::filesystem::path> files(argv + 1, argv + argc);  // e.g. examples/fengtai_2020/*.csv
    const auto set = jixiao::read_csv_files<form>(files);
    for (const auto& e : set.errors) std::cerr << e << '\n';  // file:line:column: reason
    if (!set.ok()) return 2;

    const auto findings = jixiao::validate(set.store);
    for (const auto& f : findings) std::cout << f << '\n';  // [错误] rule_id 规则名称 序号 N 项目名称: 说明

    for (const auto& g : jixiao::by_implementer(set.store)) {
        std::cout << g.key << ": " << g.sum.current() << " 万元\n";  // 本年度项目资金 of each 实施单位
    }
    const auto all = jixiao::total(set.store).current();
    std::cout << "合计 " << all << " 万元，" << jixiao::to_chinese_upper(all) << '\n';
    return findings.errors() == 0 ? 0 : 1;
}

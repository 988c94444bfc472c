// Streaming a table set (io/csv.hpp's for_each_csv_table) and validating it a table at a time
// (set_validator.hpp): the same tables, findings and totals as loading the set whole, in any row order, over
// read windows of any size, with every row's file and line.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <jixiao/aggregate.hpp>
#include <jixiao/io/csv.hpp>
#include <jixiao/set_validator.hpp>
#include <jixiao/validate.hpp>

#include "../../examples/fengtai_2020/tables.hpp"

namespace stream_test {

namespace {

using F = fengtai_2020::form;
using P = jixiao::basic_project<F>;
namespace fs = std::filesystem;

const fs::path seed_dir = fs::path(__FILE__).parent_path() / "../../examples/fengtai_2020";
const std::vector<fs::path> seed_files{seed_dir / "projects.csv", seed_dir / "indicators.csv",
                                       seed_dir / "cost_lines.csv"};

/// A finding as text, with its table's position: what must agree between the two ways of validating.
std::string line_of(const jixiao::finding& f) {
    std::ostringstream s;
    s << f.table << ' ' << f;
    return s.str();
}

std::vector<std::string> lines_of(const jixiao::findings& r) {
    std::vector<std::string> out;
    for (const auto& f : r) out.push_back(line_of(f));
    return out;
}

/// Streams CSV texts through a set_validator: the findings as text, the totals, the tables' CSV.
struct streamed {
    std::vector<std::string> findings;
    jixiao::totals<F, jixiao::wan> sum;
    jixiao::csv_stream_result result;
    jixiao::basic_project_store<F> store;
};

template <class Sources>
streamed stream(const Sources& sources) {
    streamed out;
    jixiao::set_validator<F> check;
    auto on_finding = [&](const jixiao::finding& f) { out.findings.push_back(line_of(f)); };
    out.result = jixiao::for_each_csv_table<F>(std::span(sources), [&](const P& p) {
        check.add(p, on_finding);
        out.store.add(p);
    });
    check.finish(on_finding);
    out.sum = check.sum();
    CHECK(check.errors() + check.warnings() + check.infos() == out.findings.size());
    return out;
}

/// The data rows of a CSV text (after its header row), and the header row.
std::pair<std::string, std::vector<std::string>> split_rows(const std::string& text) {
    std::istringstream in(text);
    std::string header, row;
    std::getline(in, header);
    std::vector<std::string> rows;
    while (std::getline(in, row)) rows.push_back(row);
    return {header, rows};
}

std::string join(const std::string& header, const std::vector<std::string>& rows) {
    std::string out = header + "\n";
    for (const auto& r : rows) out += r + "\n";
    return out;
}

}  // namespace

TEST_CASE("stream: the seed's set streamed gives validate()'s findings and total()'s totals, table by table") {
    const auto whole = jixiao::read_csv_files<F>(seed_files);
    REQUIRE(whole.ok());
    streamed s = stream(seed_files);
    REQUIRE(s.result.ok());
    CHECK(s.result.tables == 14);
    CHECK(s.findings == lines_of(jixiao::validate(whole.store)));
    CHECK(s.findings.size() == 61);
    CHECK(s.sum == jixiao::total(whole.store));
    CHECK(jixiao::to_string(s.sum.current()) == "15173.4910");
    CHECK(jixiao::write_csv(s.store).indicators == jixiao::write_csv(whole.store).indicators);
}

TEST_CASE("stream: each table comes with the file and line of its row and of each of its rows") {
    std::vector<std::string> indicator_lines;
    {
        std::ifstream in(seed_dir / "indicators.csv");
        std::string l;
        while (std::getline(in, l)) indicator_lines.push_back(l);
    }
    std::size_t tables = 0;
    const auto r = jixiao::for_each_csv_table<F>(std::span(seed_files), [&](const P& p, const jixiao::csv_origin& o) {
        ++tables;
        CHECK(o.table.file == (seed_dir / "projects.csv").string());
        CHECK(o.table.line == tables + 1);  // one row per table after the header row, in order
        REQUIRE(o.indicators.size() == p.indicators.size());
        CHECK(o.cost_lines.size() == p.cost_basis.size());
        for (std::size_t i = 0; i < o.indicators.size(); ++i) {
            CAPTURE(p.seq);
            CAPTURE(i);
            CHECK(o.indicators[i].file == (seed_dir / "indicators.csv").string());
            REQUIRE(o.indicators[i].line >= 2);
            REQUIRE(o.indicators[i].line <= indicator_lines.size());
            // The row on that line names the table and holds the indicator's name.
            const std::string& row = indicator_lines[o.indicators[i].line - 1];
            CHECK(row.starts_with(std::to_string(p.seq) + ","));
            if (!p.indicators[i].name.empty()) CHECK(row.find(p.indicators[i].name) != std::string::npos);
        }
    });
    CHECK(r.ok());
    CHECK(tables == 14);
}

TEST_CASE("stream: rows in any order, a table's rows split across the file, still give the same set") {
    const auto whole = jixiao::read_csv_files<F>(seed_files);
    REQUIRE(whole.ok());
    jixiao::csv_options plain;
    plain.bom = false;
    plain.crlf = false;
    const auto files = jixiao::write_csv(whole.store, plain);
    // Indicators grouped by table, the tables in reverse order, and table 1's rows split: its first row
    // comes last in the file.
    auto [header, rows] = split_rows(files.indicators);
    std::map<int, std::vector<std::string>> by_seq;
    for (const auto& r : rows) by_seq[std::stoi(r)].push_back(r);
    std::vector<std::string> shuffled;
    for (auto it = by_seq.rbegin(); it != by_seq.rend(); ++it) {
        const auto& g = it->second;
        shuffled.insert(shuffled.end(), g.begin() + (it->first == 1 ? 1 : 0), g.end());
    }
    shuffled.push_back(by_seq[1].front());
    const std::string indicators = join(header, shuffled);
    const std::vector<jixiao::csv_source> sources{{"c.csv", files.cost_lines},
                                                  {"i.csv", indicators},
                                                  {"p.csv", files.projects}};
    const auto back = jixiao::read_csv<F>(std::span(sources));
    for (const auto& e : back.errors) FAIL_CHECK(e.to_string());
    REQUIRE(back.ok());
    const auto again = jixiao::write_csv(back.store, plain);
    // Table 1's rows keep their order in the file: its first row is now its last.
    auto [h2, rows2] = split_rows(again.indicators);
    auto [h1, rows1] = split_rows(files.indicators);
    CHECK(h1 == h2);
    REQUIRE(rows1.size() == rows2.size());
    CHECK(std::is_permutation(rows1.begin(), rows1.end(), rows2.begin()));
    CHECK(again.projects == files.projects);
    CHECK(again.cost_lines == files.cost_lines);
    const auto t1 = std::find_if(back.store.begin(), back.store.end(), [](const P& p) { return p.seq == 1; });
    REQUIRE(t1 != back.store.end());
    const auto o1 = std::find_if(whole.store.begin(), whole.store.end(), [](const P& p) { return p.seq == 1; });
    REQUIRE(t1->indicators.size() == o1->indicators.size());
    CHECK(t1->indicators[t1->indicators.size() - 1] == o1->indicators[0]);
    CHECK(jixiao::total(back.store) == jixiao::total(whole.store));
}

TEST_CASE("stream: a field larger than the read buffer, across its end, and the lines after it") {
    // A remark of 5 MiB with line breaks and doubled quotes, so that the record straddles the first
    // pass's 4 MiB buffer (it grows) and the second pass's 1 MiB windows; then a row with a bad date: its
    // line counts the remark's line breaks.
    std::string remark, unquoted;
    std::size_t breaks = 0;
    while (remark.size() < (std::size_t{5} << 20)) {
        const std::string n = std::to_string(remark.size());
        remark += "第" + n + "行 \"\"引号\"\"\n";
        unquoted += "第" + n + "行 \"引号\"\n";
        ++breaks;
    }
    const std::string header =
        "序号,年度,项目名称,项目申报单位,项目实施单位,开始时间,截止时间,以前年度项目资金总额,本年度项目资金总额,"
        "其他说明的问题\n";
    const std::string text = header + "1,2020,甲,单位,单位,2020/1/1,2020/12/31,0,1,\"" + remark + "\"\n" +
                             "2,2020,乙,单位,单位,2020/13/1,2020/12/31,0,1,\n";
    const auto dir = fs::temp_directory_path() / "jixiao_stream_test";
    fs::create_directories(dir);
    { std::ofstream(dir / "p.csv", std::ios::binary) << text; }
    for (int from_file = 0; from_file < 2; ++from_file) {
        CAPTURE(from_file);
        std::vector<std::string> names;
        std::string kept;
        auto on_table = [&](const P& p) {
            names.emplace_back(p.name);
            if (p.seq == 1) kept = std::string(p.remarks);
        };
        const std::vector<fs::path> paths{dir / "p.csv"};
        const std::vector<jixiao::csv_source> sources{{(dir / "p.csv").string(), text}};
        const auto r = from_file != 0 ? jixiao::for_each_csv_table<F>(std::span(paths), on_table)
                                      : jixiao::for_each_csv_table<F>(std::span(sources), on_table);
        CHECK(names == std::vector<std::string>{"甲"});  // 乙 has an error: not handed over
        CHECK(kept == unquoted);
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0].line == 2 + breaks + 1);
        CHECK(r.errors[0].reason.starts_with("bad date in 开始时间 「2020/13/1」"));
        CHECK(r.tables == 1);
    }
    fs::remove_all(dir);
}

TEST_CASE("stream: CR LF across the end of a read buffer is one line break") {
    // Rows of 100 bytes from the first byte on, so that a CR falls on the last byte of the first pass's
    // 4 MiB buffer and its LF on the first byte of the next; the file ends without a line break.
    const std::string header = "序号,项目,单价,#pad\r\n";
    std::string text = header;
    int seq = 1;
    const std::size_t boundary = std::size_t{4} << 20;
    while (text.size() < boundary + 1000) {
        std::string row = std::to_string(seq) + ",x,1,";
        std::size_t want = 100;
        const std::size_t left = boundary - std::min(boundary, text.size());
        if (left > 0 && left < 200) want = left + 1;  // this row's CR is the buffer's last byte
        row += std::string(want - row.size() - 2, 'a') + "\r\n";
        text += row;
        ++seq;
    }
    REQUIRE(text.substr(boundary - 1, 2) == "\r\n");
    text.resize(text.size() - 2);
    const int rows = seq - 1;
    std::string projects =
        "序号,年度,项目名称,项目申报单位,项目实施单位,开始时间,截止时间,以前年度项目资金总额,本年度项目资金总额\n";
    for (int k = 1; k <= rows; ++k) projects += std::to_string(k) + ",2020,t,u,u,2020/1/1,2020/12/31,0,1\n";
    const auto dir = fs::temp_directory_path() / "jixiao_stream_crlf";
    fs::create_directories(dir);
    std::ofstream(dir / "c.csv", std::ios::binary) << text;
    std::ofstream(dir / "p.csv", std::ios::binary) << projects;
    std::size_t lines = 0, tables = 0, wrong = 0;
    std::size_t last_line = 0;
    const std::vector<fs::path> paths{dir / "p.csv", dir / "c.csv"};
    const auto r = jixiao::for_each_csv_table<F>(std::span(paths), [&](const P& p, const jixiao::csv_origin& o) {
        ++tables;
        lines += p.cost_basis.size();
        // One check per table would be 40,000 assertions: count the wrong ones instead.
        if (o.cost_lines.size() != 1 || o.cost_lines[0].line != static_cast<std::size_t>(p.seq) + 1 ||
            p.cost_basis[0].item != "x") {
            ++wrong;
        } else {
            last_line = o.cost_lines[0].line;
        }
    });
    for (const auto& e : r.errors) FAIL_CHECK(e.to_string());
    CHECK(wrong == 0);
    CHECK(tables == static_cast<std::size_t>(rows));
    CHECK(lines == static_cast<std::size_t>(rows));
    CHECK(last_line == static_cast<std::size_t>(rows) + 1);
    fs::remove_all(dir);
}

TEST_CASE("set_validator: parts validated apart and merged find what the whole set finds") {
    const auto& tables = fengtai_2020::tables;
    const std::span<const P> all(tables.data(), tables.size());
    jixiao::set_validator<F> a, b;
    std::vector<std::string> per_table;
    for (const auto& p : all.first(7)) a.add(p, [&](const jixiao::finding& f) { per_table.push_back(line_of(f)); });
    std::size_t offset = a.size();
    for (const auto& p : all.subspan(7)) {
        b.add(p, [&](const jixiao::finding& f) {
            jixiao::finding g = f;
            g.table += static_cast<std::uint32_t>(offset);  // positions in b count from b's first table
            per_table.push_back(line_of(g));
        });
    }
    a += std::move(b);
    CHECK(b.size() == 0);
    CHECK(a.size() == 14);
    std::vector<std::string> set_findings;
    a.finish([&](const jixiao::finding& f) { set_findings.push_back(line_of(f)); });
    std::vector<std::string> got = per_table;
    got.insert(got.end(), set_findings.begin(), set_findings.end());
    CHECK(got == lines_of(jixiao::validate(all)));
    CHECK(!set_findings.empty());  // the seed's unit names differ only by prefixes: found across the parts
    CHECK(a.sum() == jixiao::total(all));
    CHECK(a.sum() == jixiao::total(all.first(7)) + jixiao::total(all.subspan(7)));
}

TEST_CASE("set_validator: a 序号 in two parts is a duplicate once they are merged") {
    const auto& t = fengtai_2020::tables;
    jixiao::set_validator<F> a, b;
    a.add(t[0]);
    b.add(t[0]);
    std::size_t in_b = 0;
    b.finish([&](const jixiao::finding&) { ++in_b; });
    CHECK(in_b == 0);
    a += std::move(b);
    std::vector<std::string> ids;
    a.finish([&](const jixiao::finding& f) { ids.emplace_back(f.rule_id()); });
    CHECK(ids == std::vector<std::string>{"duplicate_seq"});
    CHECK(a.errors() == 1);
}

}  // namespace stream_test

// Fuzzes the whole jixiao_check path (examples/jixiao_check.hpp: reading files, merging, --year, validating,
// totalling, text or --json output) on a table set written to files, plus the reports of what it accepts.
//
// Input: byte 0 is a set of flags (below); the rest is split at 0x00 bytes into up to four files, each
// named partK.json if it starts with '{' and partK.csv otherwise. With flag `base`, a generated valid set
// of one to four tables (byte 1 picks it; see base_set) is given first, as CSV or as JSON, so that the fuzzer's own
// files (indicators or cost lines of 序号 1-4, further projects) reach validation at once.
//
// Properties: no exception escapes; the exit status is what an independent load of the same files says
// (2 when a reader refuses, else 1 or 0 as validate() finds errors or not); a refusal prints nothing on
// stdout and every stderr line names one of the files (or is the checker's summary line); an accepted set
// validates and totals exactly (check_totals.hpp), its text output counts its tables and findings, its
// --json output reads back to the same projects field by field, and its reports are written.
// JIXIAO_FUZZ_SHOW=1 prints the checker's exit status and output (to see what one input does).
#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <vector>

#include <unistd.h>

#include <jixiao/io/csv.hpp>
#include <jixiao/io/json.hpp>
#include <jixiao/io/report.hpp>

#include "../../examples/jixiao_check.hpp"
#include "check_totals.hpp"
#include "same_record.hpp"

namespace {

[[noreturn]] void fail(const char* what, const std::string& detail = {}) {
    std::fprintf(stderr, "property violated: %s\n%s\n", what, detail.c_str());
    std::abort();
}

namespace flag {
constexpr unsigned json = 1u << 0;       ///< --json
constexpr unsigned year = 1u << 1;       ///< --year 2019 + (flags >> 5)
constexpr unsigned base = 1u << 2;       ///< a generated valid set first
constexpr unsigned base_json = 1u << 3;  ///< that set as a .json file
constexpr unsigned central = 1u << 4;    ///< --form central_2021
}  // namespace flag

namespace fs = std::filesystem;

/// A directory of this process for the files of one input (libFuzzer's -jobs run several processes),
/// created for each input and removed after it (libFuzzer ends with _Exit, so atexit would not run).
const fs::path& scratch() {
    static const fs::path dir = fs::temp_directory_path() / ("jixiao_fuzz_check." + std::to_string(::getpid()));
    fs::create_directories(dir);
    return dir;
}

void write_file(const fs::path& p, std::string_view text) {
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    if (!out) fail("cannot write a scratch file", p.string());
}

constexpr std::string_view project_header =
    "序号,年度,项目名称,项目申报单位,项目实施单位,开始时间,截止时间,以前年度项目资金总额,以前年度区财政拨款,"
    "以前年度市财政拨款,以前年度自筹资金,本年度项目资金总额,本年度区财政拨款,本年度市财政拨款,本年度自筹资金,"
    "项目绩效目标,其他说明的问题\n";
constexpr std::string_view indicator_header = "序号,一级指标,二级指标,三级指标,指标值,原文\n";
constexpr std::string_view cost_header =
    "序号,项目,单价,单价单位,数量1,单位1,数量2,单位2,数量3,单位3,数量4,单位4,合计,原文,截断\n";

/// An amount's raw value (1/10000 万元) as CSV text.
std::string amount_text(std::int64_t raw) {
    const bool negative = raw < 0;
    const std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(raw) : static_cast<std::uint64_t>(raw);
    std::string frac = std::to_string(magnitude % 10000);
    frac.insert(0, 4 - frac.size(), '0');
    return (negative ? "-" : "") + std::to_string(magnitude / 10000) + "." + frac;
}

/// A valid set of 1-4 tables picked by `pick`: sources that sum to their totals, a cost basis equal to the
/// total, two 实施单位 (so that the by-实施单位 totals have groups), indicators of the three kinds. With
/// pick's high bit, each table's 本年度 total (its one source and its one cost line) is the next 8 bytes of
/// `rest` as an int64 of 1/10000 万元, consumed: any amount, so that the set's totals reach the type's edges
/// while the set still loads.
std::array<std::string, 3> base_set(std::uint8_t pick, std::string_view& rest) {
    constexpr std::array<std::string_view, 2> units = {"区残联教就部", "区残联组联部"};
    const int n = 1 + (pick & 3);
    std::string projects(project_header), indicators(indicator_header), costs(cost_header);
    for (int k = 1; k <= n; ++k) {
        const std::string seq = std::to_string(k);
        const int count = 100 * k + (pick >> 2);  // households; 0.72 万元 each
        std::int64_t raw = count * 7200;
        if ((pick & 0x80) != 0) {
            std::uint64_t bits = 0;
            for (int b = 0; b < 8 && !rest.empty(); ++b, rest.remove_prefix(1)) {
                bits |= std::uint64_t{static_cast<unsigned char>(rest.front())} << (8 * b);
            }
            raw = static_cast<std::int64_t>(bits);
        }
        const std::string total = amount_text(raw);
        const std::string unit(units[static_cast<std::size_t>(k + (pick >> 4)) % units.size()]);
        projects += seq + ",2020,项目" + seq + ",北京市丰台区残疾人联合会," + unit + ",2020/1/1,2020/12/31," +
                    "0.0000,0.0000,0.0000,0.0000," + total + "," + total + ",,,为" + std::to_string(count) +
                    "户残疾人家庭提供居家服务,无\n";
        indicators += seq + ",产出指标,产出数量指标,居家服务家庭数," + std::to_string(count) + "户,\n";
        indicators += seq + ",效益指标,社会效益指标,生活质量,明显改善,\n";
        indicators += seq + ",满意度指标,服务对象满意度指标,残疾人满意率,不低于90%,通过问卷调查\n";
        if ((pick & 0x80) != 0) {
            costs += seq + ",居家服务," + total + ",元/年,1,年,,,,,,," + total + ",,否\n";
        } else {
            costs += seq + ",居家服务,0.7200,元/户," + std::to_string(count) + ",户,,,,,,," + total +
                     ",每户7200元,否\n";
        }
    }
    return {projects, indicators, costs};
}

/// Does every line of a refusal's stderr name one of the files (or is the checker's own summary)?
bool names_a_file(std::string_view line, const std::vector<std::string>& files) {
    if (line.starts_with("jixiao_check: ") || line.starts_with("jixiao_check：")) return true;
    for (const auto& f : files) {
        if (line.size() > f.size() && line.starts_with(f) && line[f.size()] == ':') return true;
    }
    return false;
}

template <jixiao::form F>
void check_one(unsigned flags, const std::vector<std::string>& files) {
    // The oracle: the same files through the library's readers, merged as the checker documents (the
    // JSON sets in order, then the CSV set), with --year filling blank years.
    std::vector<fs::path> csv_paths;
    using A = jixiao_check::amount;  // the checker holds amounts to the 分
    std::vector<jixiao::basic_project_store<F, A>> json_sets;
    bool refused = false;
    for (const auto& f : files) {
        if (fs::path(f).extension() == ".json") {
            auto r = jixiao::read_json_file<F, A>(f);
            refused = refused || !r.ok();
            json_sets.push_back(std::move(r.store));
        } else {
            csv_paths.emplace_back(f);
        }
    }
    jixiao::csv_result<F, A> csv;
    if (!csv_paths.empty()) {
        csv = jixiao::read_csv_files<F, A>(csv_paths);
        refused = refused || !csv.ok();
    }
    const int year = 2019 + static_cast<int>(flags >> 5);
    jixiao::basic_project_store<F, A> expected;
    if (!refused) {
        auto add = [&](auto p) {
            if ((flags & flag::year) != 0 && static_cast<int>(p.year) == 0) p.year = std::chrono::year{year};
            expected.add(p);
        };
        for (const auto& set : json_sets) {
            for (const auto& p : set) add(p);
        }
        for (const auto& p : csv.store) add(p);
    }

    std::vector<std::string> arg_text;
    if ((flags & flag::json) != 0) arg_text.emplace_back("--json");
    if ((flags & flag::year) != 0) arg_text.insert(arg_text.end(), {"--year", std::to_string(year)});
    if constexpr (std::is_same_v<F, jixiao::forms::central_2021>)
        arg_text.insert(arg_text.end(), {"--form", "central_2021"});
    arg_text.emplace_back("--");
    arg_text.insert(arg_text.end(), files.begin(), files.end());
    const std::vector<std::string_view> args(arg_text.begin(), arg_text.end());

    std::ostringstream out, err;
    int rc = -1;
    try {
        rc = jixiao_check::run_cli(args, out, err);
    } catch (const std::exception& e) {
        fail("jixiao_check threw", e.what());
    } catch (...) {
        fail("jixiao_check threw something other than a std::exception");
    }
    if (std::getenv("JIXIAO_FUZZ_SHOW") != nullptr) {
        std::fprintf(stderr, "exit %d\n--- stdout ---\n%s--- stderr ---\n%s", rc, out.str().c_str(), err.str().c_str());
    }
    if (rc != 0 && rc != 1 && rc != 2) fail("an exit status other than 0, 1 or 2", std::to_string(rc));

    if (refused) {
        if (rc != 2) fail("a set a reader refuses is not refused", std::to_string(rc));
        if (!out.str().empty()) fail("a refusal printed on stdout", out.str());
        const std::string e = err.str();
        if (e.empty()) fail("a refusal without a message");
        std::size_t at = 0;
        while (at < e.size()) {
            const std::size_t nl = e.find('\n', at);
            const std::string_view line = std::string_view(e).substr(at, nl == std::string::npos ? nl : nl - at);
            if (!names_a_file(line, files)) fail("a refusal's line names no file", std::string(line));
            if (nl == std::string::npos) break;
            at = nl + 1;
        }
        return;
    }
    // An accepted set prints nothing on stderr but the notes on files read as GB18030 (file: 提示：…, or in
    // English file: note: …).
    std::string errors_only;
    for (std::size_t at = 0; at < err.str().size();) {
        const std::size_t nl = err.str().find('\n', at);
        const std::string line = err.str().substr(at, nl == std::string::npos ? nl : nl - at);
        if (line.find(": note: ") == std::string::npos && line.find(": 提示：") == std::string::npos) {
            errors_only += line + "\n";
        }
        at = nl == std::string::npos ? err.str().size() : nl + 1;
    }
    if (!errors_only.empty()) fail("an accepted set printed on stderr", errors_only);
    const auto rep = jixiao::validate(expected);
    if (rc != (rep.ok() ? 0 : 1)) fail("the exit status disagrees with validate()", std::to_string(rc));
    fuzz::check_validate_and_totals(expected);

    const std::string text = out.str();
    if ((flags & flag::json) != 0) {
        const auto back = jixiao::read_json<F, A>(text, "stdout.json");
        if (!back.ok()) {
            std::string why;
            for (const auto& e : back.errors) why += e.to_string() + "\n";
            fail("--json output does not read back", why);
        }
        if (back.store.size() != expected.size()) fail("--json output has another number of tables");
        for (std::size_t k = 0; k < expected.size(); ++k) {
            if (!fuzz::same_record(back.store[k], expected[k]))
                fail("--json output reads back to another table", std::to_string(k));
        }
    } else {
        if (text.find("\n表格数: " + std::to_string(expected.size()) + "\n") == std::string::npos) {
            fail("the text output counts another number of tables", text);
        }
        const std::string counts = rep.empty() ? std::string("审核发现: 无\n")
                                               : "审核发现: 错误 " + std::to_string(rep.errors()) + " 项，警告 " +
                                                     std::to_string(rep.warnings()) + " 项，提示 " +
                                                     std::to_string(rep.infos()) + " 项\n";
        if (text.find(counts) == std::string::npos) fail("the text output counts other findings", text);
    }

    try {
        std::ostringstream report;
        jixiao::write_text_report(report, expected);
        jixiao::write_markdown_report(report, expected);
        jixiao::write_html_report(report, expected);
        if (report.str().empty()) fail("empty reports");
    } catch (const std::exception& e) {
        fail("writing a report threw", e.what());
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const unsigned flags = data[0];
    std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
    std::vector<std::string> files;
    const fs::path& dir = scratch();

    if ((flags & flag::base) != 0 && !rest.empty()) {
        const auto pick = static_cast<std::uint8_t>(rest.front());
        rest.remove_prefix(1);
        const auto set = base_set(pick, rest);
        if ((flags & flag::base_json) != 0) {
            const jixiao::csv_source sources[] = {{"p.csv", set[0]}, {"i.csv", set[1]}, {"c.csv", set[2]}};
            const auto loaded = jixiao::read_csv<jixiao::forms::beijing_district_2020>(sources);
            if (!loaded.ok()) fail("the generated set does not load");
            files.push_back((dir / "base.json").string());
            write_file(files.back(), jixiao::write_json(loaded.store, jixiao::json_options{false, false}));
        } else {
            constexpr std::array<std::string_view, 3> names = {"base_projects.csv", "base_indicators.csv",
                                                               "base_costs.csv"};
            for (std::size_t k = 0; k < set.size(); ++k) {
                files.push_back((dir / names[k]).string());
                write_file(files.back(), set[k]);
            }
        }
    }
    for (int k = 0; k < 4; ++k) {
        const std::size_t z = k < 3 ? rest.find('\0') : std::string_view::npos;
        const std::string_view part = rest.substr(0, z);
        if (part.empty() && z == std::string_view::npos && (k > 0 || !files.empty())) break;
        const bool json = !part.empty() && part.front() == '{';
        files.push_back((dir / ("part" + std::to_string(k) + (json ? ".json" : ".csv"))).string());
        write_file(files.back(), part);
        if (z == std::string_view::npos) break;
        rest.remove_prefix(z + 1);
    }

    if ((flags & flag::central) != 0) {
        check_one<jixiao::forms::central_2021>(flags, files);
    } else {
        check_one<jixiao::forms::beijing_district_2020>(flags, files);
    }
    std::error_code ec;
    fs::remove_all(dir, ec);  // a failing input's files stay, to look at
    return 0;
}

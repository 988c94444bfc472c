// jixiao_check: validate 项目支出绩效目标表 table sets kept as CSV (or JSON) files; print findings and totals.
//
//   jixiao_check [--form NAME] [--json] [--year YYYY] FILE...
//
// Exit status: 0 no finding of error severity; 1 findings of error severity; 2 unreadable or malformed
// input (each problem on stderr as file:line:column: reason); 64 bad usage.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include <jixiao/io/csv.hpp>
#include <jixiao/io/json.hpp>
#include <jixiao/jixiao.hpp>

namespace {

constexpr int exit_clean = 0;
constexpr int exit_findings = 1;
constexpr int exit_bad_input = 2;
constexpr int exit_usage = 64;

constexpr std::string_view usage = R"(usage: jixiao_check [--form NAME] [--json] [--year YYYY] FILE...

Reads a table set of 项目支出绩效目标表 from FILEs, validates every table and prints the findings and
the totals.

  FILE         a CSV file of projects, indicators or cost lines (told apart by their header rows; see the
               CSV layout in README.md), or a .json file written by jixiao::write_json. A set may be given
               as any number of files in any order.
  --form NAME  the form (表样) of the tables: beijing_district_2020 (default; 北京市区级, 2020) or
               central_2021 (财预〔2021〕101号).
  --json       print the findings and totals as JSON (amounts as strings) instead of text.
  --year YYYY  the budget year (four digits) for tables whose 年度 is blank (tables that give a 年度 keep it).
  --help       print this text.

Exit status: 0 no finding of error severity, 1 findings of error severity (warnings alone exit 0),
2 unreadable or malformed input (each problem on stderr as file:line:column: reason), 64 bad usage.
)";

struct options {
    std::string form = "beijing_district_2020";
    bool json = false;
    int year = 0;
    std::vector<std::filesystem::path> files;
};

int usage_error(const std::string& message) {
    std::cerr << "jixiao_check: " << message << "\n" << usage;
    return exit_usage;
}

/// --year YYYY: four digits (a typo such as 202 or 20200 is refused, not read as a year of its own), then the
/// rule of a 年度 cell (1–9999), checked before it becomes a std::chrono::year.
bool parse_year(std::string_view s, int& out) {
    if (s.size() != 4 || s.front() == '0') return false;
    std::chrono::year y{0};
    if (jixiao::detail::io::parse_year(s, y)) return false;
    out = static_cast<int>(y);
    return true;
}

/// Reads every file into one store; returns false (after printing every error) if any could not be read.
template <jixiao::form F>
bool load(const options& opt, jixiao::basic_project_store<F>& out) {
    std::vector<std::filesystem::path> csv_files;
    std::vector<jixiao::io_error> errors;
    std::size_t count = 0;     // every error, listed or not (beyond the cap per file)
    std::size_t unlisted = 0;  // of them, beyond the cap
    std::vector<jixiao::basic_project_store<F>> json_sets;
    for (const auto& f : opt.files) {
        if (f.extension() == ".json") {
            auto r = jixiao::read_json_file<F>(f);
            if (!r.ok()) errors.insert(errors.end(), r.errors.begin(), r.errors.end());
            count += r.error_count();
            unlisted += r.unlisted_errors;
            json_sets.push_back(std::move(r.store));
        } else {
            csv_files.push_back(f);
        }
    }
    jixiao::csv_result<F> csv;
    if (!csv_files.empty()) {
        csv = jixiao::read_csv_files<F>(csv_files);
        errors.insert(errors.end(), csv.errors.begin(), csv.errors.end());
        count += csv.error_count();
        unlisted += csv.unlisted_errors;
    }
    if (!errors.empty()) {
        for (const auto& e : errors) std::cerr << e.to_string() << "\n";
        std::cerr << "jixiao_check: " << count << (count == 1 ? " error" : " errors") << " in the input";
        if (unlisted != 0) std::cerr << " (" << unlisted << " not listed)";
        std::cerr << "; nothing was validated\n";
        return false;
    }
    for (const auto& set : json_sets) {
        for (const auto& p : set) out.add(p);
    }
    for (const auto& p : csv.store) out.add(p);
    return true;
}

template <jixiao::form F>
void print_text(const jixiao::basic_project_store<F>& store, const jixiao::findings& rep) {
    std::cout << "表样: " << F::name << "\n";
    std::cout << "tables: " << store.size() << "\n\n";
    if (rep.empty()) {
        std::cout << "findings: none\n";
    } else {
        std::cout << "findings: " << rep.errors() << " error(s), " << rep.warnings() << " warning(s)\n";
        for (const auto& f : rep) {
            std::cout << "  " << f << "\n";
        }
    }
    const auto t = jixiao::total(store);
    std::cout << "\ntotals (万元):\n";
    // A total the amount type cannot hold is printed exactly and said so (amount_overflow names it above).
    constexpr std::string_view not_held = " (cannot be held: beyond the amount type's range)";
    for (std::size_t c = 0; c < F::columns.size(); ++c) {
        std::cout << "  " << F::columns[c] << ": ";
        if (t.held(c)) {
            std::cout << jixiao::to_string(t.column[c]) << " (" << jixiao::to_chinese_upper(t.column[c]) << ")\n";
        } else {
            std::cout << jixiao::to_string(t.column_total(c)) << not_held << "\n";
        }
        for (std::size_t r = 0; r < F::funding_rows.size(); ++r) {
            std::cout << "    " << F::funding_rows[r] << ": " << jixiao::to_string(t.source_total(c, r))
                      << (t.held(c, r) ? "" : not_held) << "\n";
        }
    }
}

template <jixiao::form F>
int run(const options& opt) {
    jixiao::basic_project_store<F> store;
    if (!load(opt, store)) return exit_bad_input;
    if (opt.year != 0) {
        // Tables without a 年度 take the budget year given on the command line.
        jixiao::basic_project_store<F> with_year;
        for (auto p : store) {
            if (static_cast<int>(p.year) == 0) p.year = std::chrono::year{opt.year};
            with_year.add(p);
        }
        store = std::move(with_year);
    }
    const auto rep = jixiao::validate(store);
    if (opt.json) {
        jixiao::json_options jo;
        std::cout << jixiao::write_json(store, jo) << "\n";
    } else {
        print_text(store, rep);
    }
    return rep.ok() ? exit_clean : exit_findings;
}

}  // namespace

int main(int argc, char** argv) {
    options opt;
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        if (a == "--help" || a == "-h") {
            std::cout << usage;
            return exit_clean;
        } else if (a == "--json") {
            opt.json = true;
        } else if (a == "--form" || a == "--year") {
            if (i + 1 == argc) return usage_error(std::string(a) + " needs a value");
            const std::string_view v = argv[++i];
            if (a == "--form") {
                opt.form = std::string(v);
            } else if (!parse_year(v, opt.year)) {
                return usage_error("--year takes a four-digit year, not '" + std::string(v) + "'");
            }
        } else if (a == "--") {
            for (++i; i < argc; ++i) opt.files.emplace_back(argv[i]);
        } else if (a.starts_with("-") && a.size() > 1) {
            return usage_error("unknown option '" + std::string(a) + "'");
        } else {
            opt.files.emplace_back(argv[i]);
        }
    }
    if (opt.files.empty()) return usage_error("no input files");
    if (opt.form == "beijing_district_2020") return run<jixiao::forms::beijing_district_2020>(opt);
    if (opt.form == "central_2021") return run<jixiao::forms::central_2021>(opt);
    return usage_error("unknown form '" + opt.form + "'; known: beijing_district_2020, central_2021");
}

// The body of jixiao_check (see jixiao_check.cpp for its usage), callable with its arguments and output
// streams so that the fuzzer tests/fuzz/check.cpp drives the same path as the command line.
#pragma once

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <ostream>
#include <span>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <jixiao/io/csv.hpp>
#include <jixiao/io/json.hpp>
#include <jixiao/jixiao.hpp>
#include <jixiao/set_validator.hpp>

namespace jixiao_check {

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

inline int usage_error(std::ostream& err, const std::string& message) {
    err << "jixiao_check: " << message << "\n" << usage;
    return exit_usage;
}

/// --year YYYY: four digits (a typo such as 202 or 20200 is refused, not read as a year of its own), then the
/// rule of a 年度 cell (1–9999), checked before it becomes a std::chrono::year.
inline bool parse_year(std::string_view s, int& year) {
    if (s.size() != 4 || s.front() == '0') return false;
    std::chrono::year y{0};
    if (jixiao::detail::io::parse_year(s, y)) return false;
    year = static_cast<int>(y);
    return true;
}

/// Text written once and read back once, in a temporary file (or in memory if none can be made): the
/// findings and tables of a large set are not held.
class spool {
public:
    spool() : file_(std::tmpfile()) {}
    spool(const spool&) = delete;
    spool& operator=(const spool&) = delete;
    ~spool() {
        if (file_ != nullptr) std::fclose(file_);
    }
    void write(std::string_view s) {
        if (file_ != nullptr && std::fwrite(s.data(), 1, s.size(), file_) == s.size()) return;
        if (file_ != nullptr) {
            // The disk is full: go on in memory with what the file holds.
            std::string held = read_all();
            std::fclose(file_);
            file_ = nullptr;
            memory_ = std::move(held);
        }
        memory_ += s;
    }
    /// Copies everything written to out.
    void copy_to(std::ostream& out) {
        if (file_ == nullptr) {
            out << memory_;
            return;
        }
        std::fflush(file_);
        std::rewind(file_);
        std::string chunk(1 << 16, '\0');
        for (;;) {
            const std::size_t n = std::fread(chunk.data(), 1, chunk.size(), file_);
            if (n == 0) break;
            out.write(chunk.data(), static_cast<std::streamsize>(n));
        }
    }

private:
    std::string read_all() {
        std::ostringstream s;
        copy_to(s);
        std::fseek(file_, 0, SEEK_END);
        return std::move(s).str();
    }
    std::FILE* file_;
    std::string memory_;
};

/// Reads the tables of every file, one at a time, and hands each to on_table; the JSON files first (each
/// read whole), then the CSV files as one table set (streamed). Returns false after printing every error if
/// anything could not be read.
template <jixiao::form F, class Fn>
bool for_each_table(const options& opt, std::ostream& err, Fn&& on_table) {
    std::vector<std::filesystem::path> csv_files;
    std::vector<jixiao::io_error> errors;
    std::size_t count = 0;     // every error, listed or not (beyond the cap per file)
    std::size_t unlisted = 0;  // of them, beyond the cap
    for (const auto& f : opt.files) {
        if (f.extension() == ".json") {
            const auto r = jixiao::read_json_file<F>(f);
            errors.insert(errors.end(), r.errors.begin(), r.errors.end());
            count += r.error_count();
            unlisted += r.unlisted_errors;
            for (const auto& p : r.store) on_table(p);
        } else {
            csv_files.push_back(f);
        }
    }
    if (!csv_files.empty()) {
        auto r = jixiao::for_each_csv_table<F>(std::span<const std::filesystem::path>(csv_files), on_table);
        errors.insert(errors.end(), r.errors.begin(), r.errors.end());
        count += r.error_count();
        unlisted += r.unlisted_errors;
    }
    if (!errors.empty()) {
        for (const auto& e : errors) err << e.to_string() << "\n";
        err << "jixiao_check: " << count << (count == 1 ? " error" : " errors") << " in the input";
        if (unlisted != 0) err << " (" << unlisted << " not listed)";
        err << "; nothing was validated\n";
        return false;
    }
    return true;
}

template <jixiao::form F>
void print_totals(const jixiao::totals<F, jixiao::wan>& t, std::ostream& out) {
    out << "\ntotals (万元):\n";
    // A total the amount type cannot hold is printed exactly and said so (amount_overflow names it above).
    constexpr std::string_view not_held = " (cannot be held: beyond the amount type's range)";
    for (std::size_t c = 0; c < F::columns.size(); ++c) {
        out << "  " << F::columns[c] << ": ";
        if (t.held(c)) {
            out << jixiao::to_string(t.column[c]) << " (" << jixiao::to_chinese_upper(t.column[c]) << ")\n";
        } else {
            out << jixiao::to_string(t.column_total(c)) << not_held << "\n";
        }
        for (std::size_t r = 0; r < F::funding_rows.size(); ++r) {
            out << "    " << F::funding_rows[r] << ": " << jixiao::to_string(t.source_total(c, r))
                << (t.held(c, r) ? "" : not_held) << "\n";
        }
    }
}

/// Validates and totals the set a table at a time: the findings (and, with --json, the tables) go to
/// temporary files and are printed once the set is read, after the lines that count them.
template <jixiao::form F>
int run(const options& opt, std::ostream& out, std::ostream& err) {
    using project = jixiao::basic_project<F>;
    using pieces = jixiao::detail::io::json_pieces<F>;
    jixiao::set_validator<F> check;
    spool findings, tables;
    std::size_t finding_count = 0;
    std::ostringstream line;
    auto on_finding = [&](const jixiao::finding& f) {
        if (opt.json) {
            findings.write(pieces::finding(f, finding_count));
        } else {
            line.str("");
            line << "  " << f << "\n";
            findings.write(line.view());
        }
        ++finding_count;
    };
    const bool read = for_each_table<F>(opt, err, [&](const project& table) {
        project p = table;
        // Tables without a 年度 take the budget year given on the command line.
        if (opt.year != 0 && static_cast<int>(p.year) == 0) p.year = std::chrono::year{opt.year};
        if (opt.json) tables.write(pieces::project(p, check.size()));
        check.add(p, on_finding);
    });
    if (!read) return exit_bad_input;
    check.finish(on_finding);
    if (opt.json) {
        out << pieces::head();
        tables.copy_to(out);
        out << pieces::middle(check.size(), check.sum(), check.ok(), check.errors(), check.warnings());
        findings.copy_to(out);
        out << pieces::tail(finding_count) << "\n";
    } else {
        out << "表样: " << F::name << "\n";
        out << "tables: " << check.size() << "\n\n";
        if (finding_count == 0) {
            out << "findings: none\n";
        } else {
            out << "findings: " << check.errors() << " error(s), " << check.warnings() << " warning(s)\n";
            findings.copy_to(out);
        }
        print_totals<F>(check.sum(), out);
    }
    return check.ok() ? exit_clean : exit_findings;
}

/// The whole checker: the command-line arguments after the program name; the exit status.
inline int run_cli(std::span<const std::string_view> args, std::ostream& out, std::ostream& err) {
    const std::size_t argc = args.size();
    options opt;
    for (std::size_t i = 0; i < argc; ++i) {
        const std::string_view a = args[i];
        if (a == "--help" || a == "-h") {
            out << usage;
            return exit_clean;
        } else if (a == "--json") {
            opt.json = true;
        } else if (a == "--form" || a == "--year") {
            if (i + 1 == argc) return usage_error(err, std::string(a) + " needs a value");
            const std::string_view v = args[++i];
            if (a == "--form") {
                opt.form = std::string(v);
            } else if (!parse_year(v, opt.year)) {
                return usage_error(err, "--year takes a four-digit year, not '" + std::string(v) + "'");
            }
        } else if (a == "--") {
            for (++i; i < argc; ++i) opt.files.emplace_back(args[i]);
        } else if (a.starts_with("-") && a.size() > 1) {
            return usage_error(err, "unknown option '" + std::string(a) + "'");
        } else {
            opt.files.emplace_back(args[i]);
        }
    }
    if (opt.files.empty()) return usage_error(err, "no input files");
    if (opt.form == "beijing_district_2020") return run<jixiao::forms::beijing_district_2020>(opt, out, err);
    if (opt.form == "central_2021") return run<jixiao::forms::central_2021>(opt, out, err);
    return usage_error(err, "unknown form '" + opt.form + "'; known: beijing_district_2020, central_2021");
}

}  // namespace jixiao_check

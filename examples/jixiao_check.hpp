// The body of jixiao_check (see jixiao_check.cpp for its usage), callable with its arguments and output
// streams so that the fuzzer tests/fuzz/check.cpp drives the same path as the command line.
#pragma once

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <ostream>
#include <span>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include <jixiao/io/csv.hpp>
#include <jixiao/io/json.hpp>
#include <jixiao/io/report.hpp>
#include <jixiao/io/self_evaluation_csv.hpp>
#include <jixiao/jixiao.hpp>
#include <jixiao/set_validator.hpp>

// Defined by examples/CMakeLists.txt where jixiao::xlsx exists (libzip, expat, libxlsxwriter): .xlsx FILEs are read
// and --format xlsx is written. Without it the checker still builds and says what is missing.
#ifdef JIXIAO_CHECK_XLSX
#include <jixiao/io/xlsx.hpp>
#endif

namespace jixiao_check {

/// The amount type the checker holds: 万元 to the 分 (5184000.55元 is read exactly). A set of whole 元 prints as
/// before, with four fraction digits; the 分 are printed where there are any.
using amount = jixiao::wan_fen;

constexpr int exit_clean = 0;
constexpr int exit_findings = 1;
constexpr int exit_bad_input = 2;
constexpr int exit_usage = 64;

constexpr std::string_view usage_en =
    R"(usage: jixiao_check [--form NAME] [--format text|markdown|html|json|xlsx] [--report] [--lang zh|en]
                    [--title TEXT] [--output FILE] [--layout flat|form] [--encoding NAME] [--year YYYY]
                    [--profile ID] FILE...

Reads a table set of 项目支出绩效目标表 from FILEs, validates every table and prints the findings and
the totals, or writes the set's report. CSV files of a self-evaluation set (项目支出绩效自评表: a file with a
全年执行数 or 实际完成值 header) are scored instead: a line per table with its 总分 and grade, then the findings;
those of a monitoring set (项目支出绩效监控表: 1-N月执行数 or 完成目标可能性) are checked: a line per table with
its 执行率 and 序时进度, then the findings.

  FILE           a CSV file of projects, indicators or cost lines (told apart by their header rows; see the
                 CSV layout in README.md), a .json file written by jixiao::write_json, or an .xlsx workbook in
                 the flat layout (each sheet like one CSV file) or the 表样 layout (a sheet per table, as
                 printed, and an optional 目录). The CSV files are one table set, given in any order, and so
                 are the workbooks; each JSON file holds a set of its own. The tables of all are checked
                 together.
  --form NAME    the form (表样) of the tables: beijing_district_2020 (default; 北京市区级, 2020) or
                 central_2021 (财预〔2021〕101号).
  --format NAME  text (default): the findings and totals as text, a finding a line; markdown or html: the
                 report of the set (项目一览, 资金合计 with 人民币大写 and, in HTML, a chart by project,
                 资金来源合计, 按申报单位, 按实施单位, 指标数量, 审核发现), the same report that the example
                 fengtai_2020 writes of its seed; html is one self-contained page that prints on A4;
                 json: the tables, findings and totals as JSON (amounts as strings); xlsx: the tables as an
                 .xlsx workbook (needs --output), and one line on standard output that counts the tables
                 and the findings. The exit status is the same with every format.
  --report       with --format text: the text report's sections after the findings and totals.
  --lang zh|en   the language of the report and of the findings' messages in text: zh (default) or en.
  --title TEXT   the report's heading (default 项目支出绩效目标汇总), e.g. the unit's name and the year.
  --json         the same as --format json.
  --output FILE  write the text, the report, the JSON or the workbook to FILE instead of standard output.
  --layout NAME  the workbook's layout with --format xlsx: flat (default; sheets 项目, 指标 and 测算依据,
                 as the CSV files) or form (a 目录 and one 表样 sheet per table).
  --encoding NAME  the encoding of the CSV files (an iconv name: GB18030, GBK, UTF-8, …). Without it a CSV file
                 is UTF-8, or GB18030 if it is not valid UTF-8 but valid GB18030 (then a note says so on stderr).
  --year YYYY    the budget year (four digits) for tables whose 年度 is blank (tables that give a 年度 keep it).
  --profile ID   how a self-evaluation set is scored: central_2020 (default; 财预〔2020〕10号), sichuan_2023,
                 jiangxi or hubei.
  --help         print this text.

Exit status: 0 no finding of error severity, 1 findings of error severity (warnings alone exit 0),
2 unreadable or malformed input (each problem on stderr as file:line:column: reason, or in a workbook as
file[sheet]!CELL: reason) or an output that cannot be written (file: reason), 64 bad usage.
)";

/// The usage text in Chinese (the default; usage_en with --lang en).
constexpr std::string_view usage_zh =
    R"(用法: jixiao_check [--form 表样] [--format text|markdown|html|json|xlsx] [--report] [--lang zh|en]
                   [--title 标题] [--output 文件] [--layout flat|form] [--encoding 编码] [--year 年度]
                   [--profile 评分规则] 文件...

读入项目支出绩效目标表的表格集，逐表审核，列出审核发现和资金合计；或写出整个表格集的报告。自评表（项目支出绩效
自评表：有「全年执行数」或「实际完成值」表头的 CSV 文件）则逐表评分：每表一行总分和等级，再列出审核发现；监控表
（项目支出绩效监控表：有「1-N月执行数」或「完成目标可能性」表头）则逐表审核：每表一行执行率和序时进度，再列出审核发现。

  文件             CSV 文件（项目、指标或测算依据，按表头区分，见 README.md 的 CSV 格式）、jixiao::write_json
                   写出的 .json 文件，或 .xlsx 工作簿（平铺格式：每张工作表如一个 CSV 文件；表样格式：每表一张
                   工作表，如打印的表样，可有目录）。全部 CSV 文件是一个表格集，顺序不限，工作簿也是；每个 JSON
                   文件各是一个表格集。所有表格一并审核。
  --form 表样      表格的表样：beijing_district_2020（默认，北京市区级，2020年度）或 central_2021（财预〔2021〕101号）。
  --format 格式    text（默认）：审核发现和合计，每条发现一行；markdown 或 html：表格集的报告（项目一览、资金合计
                   及人民币大写、HTML 中按项目的条形图、资金来源合计、按申报单位、按实施单位、指标数量、审核发现），
                   与示例 fengtai_2020 的报告相同，html 为可在 A4 纸上打印的单个网页；json：表格、审核发现和合计
                   （金额为字符串）；xlsx：把表格写成 .xlsx 工作簿（须用 --output），标准输出上一行说明表数和发现数。
                   各种格式的退出状态相同。
  --report         与 --format text 一起用：在发现和合计之后附上文字报告。
  --lang zh|en     报告、审核发现和本程序提示所用的语言：zh（默认，中文）或 en（英文）。
  --title 标题     报告的标题（默认「项目支出绩效目标汇总」），如单位名称和年度。
  --json           同 --format json。
  --output 文件    把文字、报告、JSON 或工作簿写入该文件，而不是标准输出。
  --layout 格式    --format xlsx 写出的工作簿格式：flat（默认，工作表「项目」「指标」「测算依据」，同 CSV 文件）或
                   form（目录和每表一张表样工作表）。
  --encoding 编码  CSV 文件的编码（iconv 的名称：GB18030、GBK、UTF-8 等）。不指定时按 UTF-8 读；不是有效 UTF-8
                   而是有效 GB18030 的文件按 GB18030 读，并在标准错误上提示。
  --year 年度      未填年度的表格所属的预算年度（四位数字；已填年度的表格保持不变）。
  --profile 评分规则  自评表的评分规则：central_2020（默认，财预〔2020〕10号）、sichuan_2023、jiangxi 或 hubei。
  --help           显示本说明。

退出状态：0 没有「错误」级的审核发现（只有警告也是 0）；1 有「错误」级的审核发现；2 输入无法读取或格式有误
（每个问题在标准错误上一行：文件:行:列: 原因，工作簿为 文件[工作表]!单元格: 原因），或输出无法写入（文件: 原因）；
64 命令行用法有误。
)";

/// The usage text in language l.
constexpr std::string_view usage(jixiao::language l) { return l == jixiao::language::en ? usage_en : usage_zh; }

#ifndef JIXIAO_CHECK_XLSX
/// What a checker built without jixiao::xlsx says of a workbook (a FILE or --format xlsx).
constexpr std::string_view no_xlsx =
    "this jixiao_check was built without .xlsx support (jixiao::xlsx needs libzip, expat and libxlsxwriter: "
    "Debian libzip-dev, libexpat1-dev, libxlsxwriter-dev); save the sheets as CSV";
constexpr std::string_view no_xlsx_zh =
    "这个 jixiao_check 构建时没有 .xlsx 支持（jixiao::xlsx 需要 libzip、expat 和 libxlsxwriter：Debian 的 "
    "libzip-dev、libexpat1-dev、libxlsxwriter-dev）；请把工作表另存为 CSV";
#endif

/// What the checker writes (--format). Another format is a value here, a row of `formats` and a case in run().
enum class output_format { text, markdown, html, json, xlsx };

struct format_name {
    std::string_view name;
    output_format format;
};
constexpr std::array formats = {format_name{"text", output_format::text},
                                format_name{"markdown", output_format::markdown},
                                format_name{"html", output_format::html}, format_name{"json", output_format::json},
                                format_name{"xlsx", output_format::xlsx}};

/// The layout of a workbook written with --format xlsx (--layout); jixiao::xlsx_write_layout where it exists.
enum class workbook_layout { flat, form };

struct options {
    std::string form = "beijing_district_2020";
    output_format format = output_format::text;
    std::optional<std::filesystem::path> output;   // --output: a file instead of standard output
    std::optional<workbook_layout> layout;         // --layout: only with --format xlsx
    bool report = false;                           // --report: the text report after the text listing
    jixiao::language lang = jixiao::language::zh;  // --lang: of the report and the findings' messages
    std::optional<std::string> title;              // --title: the report's heading
    int year = 0;
    std::string encoding;  // --encoding: of the CSV files; empty: UTF-8, or GB18030 where a file is not UTF-8
    std::optional<std::string> profile;  // --profile: how self-evaluations are scored (default central_2020)
    std::vector<std::filesystem::path> files;
};

/// A usage error in both languages (empty: none).
struct usage_problem {
    std::string zh, en;
    [[nodiscard]] bool empty() const noexcept { return zh.empty() && en.empty(); }
};

inline int usage_error(std::ostream& err, jixiao::language l, const usage_problem& p) {
    err << "jixiao_check: " << (l == jixiao::language::en ? p.en : p.zh) << "\n" << usage(l);
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

/// "file: what: why" for a file the checker cannot write, in language l; errno_value 0: no why.
inline std::string cannot_write(std::string_view file, const jixiao::io_text& what, int errno_value,
                                jixiao::language l) {
    jixiao::io_text t = what;
    if (errno_value != 0) t = t + jixiao::io_text{"：", ": "} + jixiao::system_reason(errno_value);
    return std::string(file) + ": " + t.in(l);  // as an input error names its file
}

/// Whether a FILE is an .xlsx workbook, by its name (.xlsx in any case, as Windows names them).
inline bool is_workbook(const std::filesystem::path& f) {
    const std::string e = f.extension().string();
    if (e.size() != 5) return false;
    std::string lower;
    for (char c : e) lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    return lower == ".xlsx";
}

/// Reads the tables of every file, one at a time, and hands each to on_table with its origin (the rows it came
/// from: a workbook's are book.xlsx[sheet] and the sheet's row); the JSON files first (each read whole), then the
/// workbooks as one table set (read whole), then the CSV files as one table set (streamed). Returns false after
/// printing every error if anything could not be read.
template <jixiao::form F, class Fn>
bool for_each_table(const options& opt, std::ostream& err, Fn&& on_table) {
    std::vector<std::filesystem::path> csv_files, workbooks;
    std::vector<jixiao::io_error> errors;
    std::size_t count = 0;     // every error, listed or not (beyond the cap per file)
    std::size_t unlisted = 0;  // of them, beyond the cap
    for (const auto& f : opt.files) {
        if (f.extension() == ".json") {
            const auto r = jixiao::read_json_file<F, amount>(f);
            errors.insert(errors.end(), r.errors.begin(), r.errors.end());
            count += r.error_count();
            unlisted += r.unlisted_errors;
            for (std::size_t k = 0; k < r.store.size(); ++k) on_table(r.store[k], r.origins[k]);
        } else if (is_workbook(f)) {
            workbooks.push_back(f);
        } else {
            csv_files.push_back(f);
        }
    }
    if (!workbooks.empty()) {
#ifdef JIXIAO_CHECK_XLSX
        const auto r = jixiao::read_xlsx_files<F, amount>(std::span<const std::filesystem::path>(workbooks));
        errors.insert(errors.end(), r.errors.begin(), r.errors.end());
        count += r.error_count();
        unlisted += r.unlisted_errors;
        for (std::size_t k = 0; k < r.store.size(); ++k) on_table(r.store[k], r.origins[k]);
#else
        for (const auto& f : workbooks) {
            errors.push_back(jixiao::io_error::make(f.string(), 0, 0, {std::string(no_xlsx_zh), std::string(no_xlsx)}));
        }
        count += workbooks.size();
#endif
    }
    if (!csv_files.empty()) {
        auto r = jixiao::for_each_csv_table<F, amount>(std::span<const std::filesystem::path>(csv_files),
                                                       jixiao::csv_read_options{opt.encoding}, on_table);
        for (const auto& n : r.notes) {
            err << n.file << (opt.lang == jixiao::language::en ? ": note: " : ": 提示：") << n.reason_in(opt.lang)
                << "\n";
        }
        errors.insert(errors.end(), r.errors.begin(), r.errors.end());
        count += r.error_count();
        unlisted += r.unlisted_errors;
    }
    if (!errors.empty()) {
        for (const auto& e : errors) err << e.to_string(opt.lang) << "\n";
        if (opt.lang == jixiao::language::en) {
            err << "jixiao_check: " << count << (count == 1 ? " error" : " errors") << " in the input";
            if (unlisted != 0) err << " (" << unlisted << " not listed)";
            err << "; nothing was validated\n";
        } else {
            err << "jixiao_check：输入有 " << count << " 处错误";
            if (unlisted != 0) err << "（其中 " << unlisted << " 处未列出）";
            err << "，没有做任何校验\n";
        }
        if (!workbooks.empty() && !csv_files.empty()) {
            err << (opt.lang == jixiao::language::en
                        ? "jixiao_check: the workbooks and the CSV files are read as two table sets: a table's "
                          "indicators and cost lines go in the same kind of file as the table\n"
                        : "jixiao_check：工作簿和 CSV 文件是分开读的两套表：一张项目表的指标和测算依据，要和这张表放在同一种文件里\n");
        }
        return false;
    }
    return true;
}

/// "审核发现: 错误 8 项，警告 35 项，提示 18 项" (English: "findings: 8 error(s), 35 warning(s), 18 notice(s)").
template <class Check>
std::string finding_counts(const Check& check, jixiao::language l) {
    const std::string e = std::to_string(check.errors()), w = std::to_string(check.warnings()),
                      i = std::to_string(check.infos());
    if (l == jixiao::language::en) return "findings: " + e + " error(s), " + w + " warning(s), " + i + " notice(s)";
    return "审核发现: 错误 " + e + " 项，警告 " + w + " 项，提示 " + i + " 项";
}

template <jixiao::form F>
void print_totals(const jixiao::totals<F, amount>& t, std::ostream& out, jixiao::language l) {
    const bool en = l == jixiao::language::en;
    out << (en ? "\ntotals (万元):\n" : "\n合计（万元）:\n");
    // A total the amount type cannot hold is printed exactly and said so (amount_overflow names it above).
    const std::string_view not_held = en ? " (cannot be held: beyond the amount type's range)"
                                         : "（超出金额类型的范围，无法按金额保存）";
    for (std::size_t c = 0; c < F::columns.size(); ++c) {
        out << "  " << F::columns[c] << ": ";
        if (t.held(c)) {
            out << jixiao::detail::io::money_string(t.column[c]) << " (" << jixiao::to_chinese_upper(t.column[c])
                << ")\n";
        } else {
            out << jixiao::detail::io::money_digits<amount::scale>(jixiao::to_string(t.column_total(c))) << not_held
                << "\n";
        }
        for (std::size_t r = 0; r < F::funding_rows.size(); ++r) {
            out << "    " << F::funding_rows[r] << ": "
                << jixiao::detail::io::money_digits<amount::scale>(jixiao::to_string(t.source_total(c, r)))
                << (t.held(c, r) ? "" : not_held) << "\n";
        }
    }
}

/// Sends what `write` prints to --output, or to `out` without one; false after printing `file: reason` if the file
/// cannot be written. The file is opened only once the input has been read, so a refused input leaves it as it was.
template <class Write>
bool emit(const options& opt, std::ostream& out, std::ostream& err, Write&& write) {
    if (!opt.output) {
        write(out);
        return true;
    }
    auto fail = [&](const jixiao::io_text& what) {
        err << cannot_write(opt.output->string(), what, errno, opt.lang) << "\n";
        return false;
    };
    errno = 0;
    std::ofstream file(*opt.output, std::ios::binary | std::ios::trunc);
    if (!file) return fail({"无法创建或打开输出文件", "cannot open the file for writing"});
    write(file);
    errno = 0;
    file.close();
    if (!file) return fail({"写输出文件时出错", "cannot write the file"});
    return true;
}

/// Writes the tables as a workbook (--format xlsx) and one line that counts them and the findings; false after
/// printing the problem if the workbook cannot be written.
template <jixiao::form F>
bool write_workbook(const options& opt, const jixiao::basic_project_store<F, amount>& store,
                    const jixiao::set_validator<F, amount>& check, std::ostream& out, std::ostream& err) {
#ifdef JIXIAO_CHECK_XLSX
    const bool form = opt.layout == workbook_layout::form;
    jixiao::xlsx_write_options w;
    w.layout = form ? jixiao::xlsx_write_layout::form : jixiao::xlsx_write_layout::flat;
    // libxlsxwriter reports a file it cannot create only when it closes the workbook, and on stderr by itself: the
    // file is tried first (opened to append, so an existing one is left as it is) to say why in one line.
    std::error_code ec;
    const bool existed = std::filesystem::exists(*opt.output, ec);
    errno = 0;
    if (!std::ofstream(*opt.output, std::ios::binary | std::ios::app)) {
        err << cannot_write(opt.output->string(), {"无法创建或打开输出文件", "cannot open the file for writing"}, errno,
                            opt.lang)
            << "\n";
        return false;
    }
    if (const auto e = jixiao::write_xlsx(store, *opt.output, w)) {
        err << e->to_string(opt.lang) << "\n";
        if (!existed) std::filesystem::remove(*opt.output, ec);  // the empty file tried above
        return false;
    }
    if (opt.lang == jixiao::language::en) {
        out << "wrote " << store.size() << (store.size() == 1 ? " table" : " tables") << " to " << opt.output->string()
            << " (" << (form ? "form" : "flat") << " layout); " << finding_counts(check, opt.lang) << "\n";
    } else {
        out << "已将 " << store.size() << " 张表写入 " << opt.output->string() << "（"
            << (form ? "表样格式" : "平铺格式") << "）；" << finding_counts(check, opt.lang) << "\n";
    }
    return true;
#else
    (void)opt, (void)store, (void)check, (void)out;
    err << "jixiao_check: " << (opt.lang == jixiao::language::en ? no_xlsx : no_xlsx_zh) << "\n";
    return false;
#endif
}

/// Validates and totals the set a table at a time: the findings (and, with --format json, the tables) go to
/// temporary files and are printed once the set is read, after the lines that count them. --format xlsx holds
/// the tables, to write them.
template <jixiao::form F>
int run(const options& opt, std::ostream& out, std::ostream& err) {
    using project = jixiao::basic_project<F, amount>;
    using pieces = jixiao::detail::io::json_pieces<F>;
    const bool json = opt.format == output_format::json;
    const bool workbook = opt.format == output_format::xlsx;
    // A report (markdown, html, text with --report) needs the whole set: only then are the tables held.
    const bool markdown = opt.format == output_format::markdown;
    const bool html = opt.format == output_format::html;
    const bool listing = opt.format == output_format::text;
    const bool report = markdown || html || (listing && opt.report);
    jixiao::set_validator<F, amount> check;
    jixiao::basic_project_store<F, amount> store;  // --format xlsx and the reports only
    spool findings, tables;
    std::size_t finding_count = 0;
    std::ostringstream line;
    line << jixiao::set_language(opt.lang);
    // The origins of the tables, for the report's findings (the listing and JSON get each finding's row as it
    // is found).
    jixiao::table_origins origins;
    auto on_finding = [&](const jixiao::finding& f, const jixiao::row_origin& source) {
        if (json) {
            findings.write(pieces::finding(f, finding_count, source));
        } else if (listing) {
            line.str("");
            line << "  " << jixiao::sourced_finding{f, source} << "\n";
            findings.write(line.view());
        }
        ++finding_count;
    };
    const bool read = for_each_table<F>(opt, err, [&](const project& table, const jixiao::table_origin& origin) {
        project p = table;
        // Tables without a 年度 take the budget year given on the command line.
        if (opt.year != 0 && static_cast<int>(p.year) == 0) p.year = std::chrono::year{opt.year};
        if (json) tables.write(pieces::project(p, check.size()));
        if (workbook || report) store.add(p);
        if (report) origins.add(origin);
        check.add(p, origin, on_finding);
    });
    if (!read) return exit_bad_input;
    check.finish(on_finding);
    const int status = check.ok() ? exit_clean : exit_findings;
    if (workbook) return write_workbook<F>(opt, store, check, out, err) ? status : exit_bad_input;
    jixiao::report_options report_opt;
    report_opt.lang = opt.lang;
    report_opt.origins = &origins;
    if (opt.title) report_opt.title = *opt.title;
    const bool written = emit(opt, out, err, [&](std::ostream& o) {
        if (markdown || html) {
            jixiao::write_report(o, markdown ? jixiao::report_format::markdown : jixiao::report_format::html, store,
                                 report_opt);
        } else if (json) {
            o << pieces::head();
            tables.copy_to(o);
            o << pieces::middle(check.size(), check.sum(), check.ok(), check.errors(), check.warnings(), check.infos());
            findings.copy_to(o);
            o << pieces::tail(finding_count) << "\n";
        } else {
            const bool en = opt.lang == jixiao::language::en;
            o << (en ? "form: " : "表样: ") << F::name << "\n";
            o << (en ? "tables: " : "表格数: ") << check.size() << "\n\n";
            if (finding_count == 0) {
                o << (en ? "findings: none\n" : "审核发现: 无\n");
            } else {
                o << finding_counts(check, opt.lang) << "\n";
                findings.copy_to(o);
            }
            print_totals<F>(check.sum(), o, opt.lang);
            if (report) {
                o << "\n";
                jixiao::write_report(o, jixiao::report_format::text, store, report_opt);
            }
        }
    });
    return written ? status : exit_bad_input;
}

/// What kind of tables the CSV FILEs hold, by their header rows (io/self_evaluation_csv.hpp): a monitoring set if a
/// file has 1-N月执行数, 全年预计执行数 or 完成目标可能性, a self-evaluation set if one has 全年执行数 or 实际完成值,
/// else target tables.
enum class set_kind { targets, self_evaluation, monitoring };
inline set_kind kind_of_set(const options& opt) {
    set_kind kind = set_kind::targets;
    for (const auto& f : opt.files) {
        if (f.extension() == ".json" || is_workbook(f)) continue;
        using k = jixiao::self_evaluation_file;
        switch (jixiao::self_evaluation_file_kind(f, opt.encoding)) {
            case k::monitoring_execution:
            case k::monitoring_results: return set_kind::monitoring;
            case k::execution:
            case k::results: kind = set_kind::self_evaluation; break;
            default: break;
        }
    }
    return kind;
}

/// Whether a self-evaluation or monitoring set can be printed as asked (CSV files, --format text): exit_clean, or
/// the exit status after saying why not.
inline int cycle_set_usable(const options& opt, std::ostream& err) {
    const bool en = opt.lang == jixiao::language::en;
    for (const auto& f : opt.files) {
        if (f.extension() == ".json" || is_workbook(f)) {
            err << f.string() << ": "
                << (en ? "a self-evaluation or monitoring set is read from CSV files only (JSON and workbooks: not yet)"
                       : "自评表和监控表目前只能从 CSV 文件读取（JSON 和工作簿暂不支持）")
                << "\n";
            return exit_bad_input;
        }
    }
    if (opt.format != output_format::text || opt.report) {
        err << "jixiao_check: "
            << (en ? "a self-evaluation or monitoring set is printed as text only (--format text, without --report), "
                     "for now"
                   : "自评表和监控表目前只输出文字（--format text，不带 --report）")
            << "\n";
        return exit_usage;
    }
    return exit_clean;
}

/// Prints a reader's notes and errors; false if there were errors.
template <class Result>
bool cycle_set_read(const Result& r, const options& opt, std::ostream& err, std::string_view what_zh,
                    std::string_view what_en) {
    const bool en = opt.lang == jixiao::language::en;
    for (const auto& n : r.notes) err << n.file << (en ? ": note: " : ": 提示：") << n.reason_in(opt.lang) << "\n";
    if (r.ok()) return true;
    for (const auto& e : r.errors) err << e.to_string(opt.lang) << "\n";
    const std::string unlisted = std::to_string(r.unlisted_errors);
    err << (en ? "jixiao_check: " + std::to_string(r.error_count()) + " error(s) in the input" +
                     (r.unlisted_errors != 0 ? " (" + unlisted + " not listed)" : std::string()) + "; nothing was " +
                     std::string(what_en) + "\n"
               : "jixiao_check：输入有 " + std::to_string(r.error_count()) + " 处错误" +
                     (r.unlisted_errors != 0 ? "（其中 " + unlisted + " 处未列出）" : std::string()) + "，没有" +
                     std::string(what_zh) + "\n");
    return false;
}

/// Counts of findings by severity (what finding_counts reads).
struct severity_counts {
    std::size_t e = 0, w = 0, i = 0;
    void add(const jixiao::finding& f) {
        ++(f.level() == jixiao::severity::error ? e : f.level() == jixiao::severity::warning ? w : i);
    }
    [[nodiscard]] std::size_t errors() const { return e; }
    [[nodiscard]] std::size_t warnings() const { return w; }
    [[nodiscard]] std::size_t infos() const { return i; }
    [[nodiscard]] std::size_t size() const { return e + w + i; }
};

/// Writes a self-evaluation or monitoring set's text: its heading, a line per table, then the findings.
inline bool write_cycle_text(const options& opt, std::ostream& out, std::ostream& err, const std::string& heading,
                             std::size_t tables, std::string_view lines_zh, std::string_view lines_en,
                             const std::string& per_table, const severity_counts& counts, const std::string& listing) {
    const bool en = opt.lang == jixiao::language::en;
    return emit(opt, out, err, [&](std::ostream& o) {
        o << heading << "\n";
        o << (en ? "tables: " : "表格数: ") << tables << "\n\n";
        o << (en ? lines_en : lines_zh) << ":\n" << per_table << "\n";
        if (counts.size() == 0) {
            o << (en ? "findings: none\n" : "审核发现: 无\n");
        } else {
            o << finding_counts(counts, opt.lang) << "\n" << listing;
        }
    });
}

/// Reads a self-evaluation set (CSV files), scores every table by the profile and prints, per table, its 序号,
/// 总分 with two decimals and grade, then the findings with their rows.
template <jixiao::form F>
int run_self_evaluation(const options& opt, const jixiao::scoring_profile& profile, std::ostream& out,
                        std::ostream& err) {
    if (const int usable = cycle_set_usable(opt, err); usable != exit_clean) return usable;
    const bool en = opt.lang == jixiao::language::en;
    const auto r = jixiao::read_self_evaluation_csv_files<F, amount>(opt.files, jixiao::csv_read_options{opt.encoding});
    if (!cycle_set_read(r, opt, err, "评分", "scored")) return exit_bad_input;
    std::ostringstream scores, listing;
    listing << jixiao::set_language(opt.lang);
    severity_counts counts;
    std::size_t unscored = 0;
    for (std::size_t k = 0; k < r.store.size(); ++k) {
        const auto& t = r.store[k];
        scores << "  序号 " << t.seq << (t.name.empty() ? "" : " ") << t.name << " ("
               << jixiao::to_string(r.origins[k].table) << "): ";
        std::optional<jixiao::self_evaluation_score> scored;
        try {
            scored = jixiao::score(t, profile);
        } catch (const std::overflow_error&) {
            // Exact fractions beyond 128 bits: no score rather than a wrong one.
            scores << (en ? "not scored: its exact fractions outgrow 128 bits (too many indicators with distinct "
                            "fractional targets); score it in parts\n"
                          : "无法评分：精确计算的分数超出 128 位（带不同小数的指标值太多）；请分开评分\n");
            ++unscored;
            continue;
        }
        const auto& s = *scored;
        scores << "总分 " << s.total << (en ? " (" : "（") << to_string_view(s.level) << (en ? ")" : "）");
        // The rate where the table has a total row with a budget to reckon it from.
        if (const auto* total = t.total_row(); total != nullptr && total->budget && total->executed) {
            scores << (en ? ", execution " : "，预算执行率 ") << s.execution_rate << "%";
        }
        scores << "\n";
        for (const auto& f : s.found) {
            listing << "  " << jixiao::sourced_finding{f, jixiao::source_of(r.origins[k], f)} << "\n";
            counts.add(f);
        }
    }
    const std::string heading = (en ? "form: 项目支出绩效自评表; scoring: " : "表样: 项目支出绩效自评表；评分规则: ") +
                                std::string(profile.id) + " " + std::string(profile.name);
    if (!write_cycle_text(opt, out, err, heading, r.store.size(), "评分", "scores", scores.str(), counts,
                          listing.str()))
        return exit_bad_input;
    return counts.errors() == 0 && unscored == 0 ? exit_clean : exit_findings;
}

/// Reads a monitoring set (CSV files), checks every table (progress(): 执行率 against 序时进度, the indicators'
/// 完成目标可能性, causes and measures) and prints a line per table, then the findings with their rows.
template <jixiao::form F>
int run_monitoring(const options& opt, std::ostream& out, std::ostream& err) {
    if (const int usable = cycle_set_usable(opt, err); usable != exit_clean) return usable;
    const bool en = opt.lang == jixiao::language::en;
    const auto r = jixiao::read_monitoring_csv_files<F, amount>(opt.files, jixiao::csv_read_options{opt.encoding});
    if (!cycle_set_read(r, opt, err, "审核", "checked")) return exit_bad_input;
    std::ostringstream tables, listing;
    listing << jixiao::set_language(opt.lang);
    severity_counts counts;
    for (std::size_t k = 0; k < r.store.size(); ++k) {
        const auto& t = r.store[k];
        const auto p = jixiao::progress(t);
        tables << "  序号 " << t.seq << (t.name.empty() ? "" : " ") << t.name << " ("
               << jixiao::to_string(r.origins[k].table) << "): ";
        const auto* total = t.total_row();
        const auto at = total != nullptr ? static_cast<std::size_t>(total - t.funding.data()) : std::size_t{0};
        const std::string months = "1-" + std::to_string(t.month) + (en ? " months: execution " : "月预算执行率 ");
        tables << months;
        if (total != nullptr && at < p.funding.size() && p.funding[at].rate) {
            tables << *p.funding[at].rate << "%";
        } else {
            tables << "—";
        }
        tables << (en ? ", elapsed " : "，序时进度 ") << p.elapsed << "%";
        if (total != nullptr && at < p.funding.size() && p.funding[at].expected_rate) {
            tables << (en ? ", expected for the year " : "，全年预计执行率 ") << *p.funding[at].expected_rate << "%";
        }
        tables << "\n";
        for (const auto& f : p.found) {
            listing << "  " << jixiao::sourced_finding{f, jixiao::source_of(r.origins[k], f)} << "\n";
            counts.add(f);
        }
    }
    const std::string heading = en ? "form: 项目支出绩效监控表" : "表样: 项目支出绩效监控表";
    if (!write_cycle_text(opt, out, err, heading, r.store.size(), "监控", "monitoring", tables.str(), counts,
                          listing.str()))
        return exit_bad_input;
    return counts.errors() == 0 ? exit_clean : exit_findings;
}

/// An option that takes a value (--name VALUE or --name=VALUE): what it does with the value, and the usage error
/// if the value is wrong (empty: none). --lang, --encoding or another option is one more row of `value_options`.
struct value_option {
    std::string_view name;
    usage_problem (*apply)(options&, std::string_view value);
};

/// An option without a value.
struct flag_option {
    std::string_view name;
    void (*apply)(options&);
};

constexpr std::array value_options = {
    value_option{"--form",
                 [](options& o, std::string_view v) {
                     o.form = std::string(v);
                     return usage_problem{};
                 }},
    value_option{"--profile",
                 [](options& o, std::string_view v) {
                     if (jixiao::find_profile(v) != nullptr) {
                         o.profile = std::string(v);
                         return usage_problem{};
                     }
                     std::string known;
                     for (const auto* p : jixiao::profiles::all)
                         known += (known.empty() ? "" : ", ") + std::string(p->id);
                     return usage_problem{"没有「" + std::string(v) + "」这种评分规则；可用的：" + known,
                                          "unknown scoring profile '" + std::string(v) + "'; known: " + known};
                 }},
    value_option{"--format",
                 [](options& o, std::string_view v) {
                     std::string known;
                     for (const auto& f : formats) {
                         if (f.name == v) {
                             o.format = f.format;
                             return usage_problem{};
                         }
                         known += (known.empty() ? "" : ", ") + std::string(f.name);
                     }
                     return usage_problem{"没有「" + std::string(v) + "」这种格式；可用的格式：" + known,
                                          "unknown format '" + std::string(v) + "'; known: " + known};
                 }},
    value_option{"--output",
                 [](options& o, std::string_view v) {
                     if (v.empty()) return usage_problem{"--output 后面须写文件名", "--output needs a file name"};
                     o.output = std::filesystem::path(v);
                     return usage_problem{};
                 }},
    value_option{"--lang",
                 [](options& o, std::string_view v) {
                     if (jixiao::parse_language(v, o.lang)) return usage_problem{};
                     return usage_problem{"--lang 只能是 zh 或 en，不能是「" + std::string(v) + "」",
                                          "--lang takes zh or en, not '" + std::string(v) + "'"};
                 }},
    value_option{"--title",
                 [](options& o, std::string_view v) {
                     o.title = std::string(v);
                     return usage_problem{};
                 }},
    value_option{"--layout",
                 [](options& o, std::string_view v) {
                     if (v == "flat") {
                         o.layout = workbook_layout::flat;
                     } else if (v == "form") {
                         o.layout = workbook_layout::form;
                     } else {
                         return usage_problem{"没有「" + std::string(v) + "」这种工作簿格式；可用的：flat、form",
                                              "unknown layout '" + std::string(v) + "'; known: flat, form"};
                     }
                     return usage_problem{};
                 }},
    value_option{"--encoding",
                 [](options& o, std::string_view v) {
                     o.encoding = std::string(v);
                     if (jixiao::detail::io::encoding_known(o.encoding)) return usage_problem{};
                     return usage_problem{
                         "不认识「" + std::string(v) + "」这种编码（请写 iconv 的名称：GB18030、GBK、UTF-8 等）",
                         "unknown encoding '" + std::string(v) + "' (an iconv name: GB18030, GBK, UTF-8, …)"};
                 }},
    value_option{"--year",
                 [](options& o, std::string_view v) {
                     if (parse_year(v, o.year)) return usage_problem{};
                     return usage_problem{"--year 须是四位数字的年度，不能是「" + std::string(v) + "」",
                                          "--year takes a four-digit year, not '" + std::string(v) + "'"};
                 }},
};

constexpr std::array flag_options = {
    flag_option{"--json", [](options& o) { o.format = output_format::json; }},
    flag_option{"--report", [](options& o) { o.report = true; }},
};

/// The rules between options, once all are read; the usage error, or empty.
inline usage_problem check_options(const options& opt) {
    if (opt.files.empty()) return {"没有给出输入文件", "no input files"};
    if (opt.format == output_format::xlsx && !opt.output) {
        return {"--format xlsx 须同时用 --output 文件（工作簿不写到标准输出）",
                "--format xlsx needs --output FILE (a workbook is not written to standard output)"};
    }
    if (opt.layout && opt.format != output_format::xlsx) {
        return {"--layout 只用于 --format xlsx", "--layout applies to --format xlsx only"};
    }
    if (opt.report && opt.format != output_format::text) {
        return {"--report 只用于 --format text（--format markdown 和 html 本身就是报告）",
                "--report applies to --format text only (--format markdown and html are the report)"};
    }
    const bool report = opt.report || opt.format == output_format::markdown || opt.format == output_format::html;
    if (opt.title && !report) {
        return {"--title 只用于报告（--format markdown、html，或 text 加 --report）",
                "--title applies to a report only (--format markdown, html, or text with --report)"};
    }
#ifndef JIXIAO_CHECK_XLSX
    if (opt.format == output_format::xlsx) {
        return {"--format xlsx：" + std::string(no_xlsx_zh), "--format xlsx: " + std::string(no_xlsx)};
    }
#endif
    return {};
}

/// The language of usage errors, --help and what main() says, wherever --lang stands among the arguments (a
/// wrong value is a usage error, reported by run_cli).
inline jixiao::language language_of(std::span<const std::string_view> args) {
    jixiao::language lang = jixiao::language::zh;
    for (std::size_t i = 0; i < args.size() && args[i] != "--"; ++i) {
        if (args[i] == "--lang" && i + 1 < args.size()) jixiao::parse_language(args[i + 1], lang);
        if (args[i].starts_with("--lang=")) jixiao::parse_language(args[i].substr(7), lang);
    }
    return lang;
}

/// The whole checker: the command-line arguments after the program name; the exit status.
inline int run_cli(std::span<const std::string_view> args, std::ostream& out, std::ostream& err) {
    const std::size_t argc = args.size();
    options opt;
    const jixiao::language lang = language_of(args);
    for (std::size_t i = 0; i < argc; ++i) {
        const std::string_view a = args[i];
        if (a == "--help" || a == "-h") {
            out << usage(lang);
            return exit_clean;
        }
        if (a == "--") {
            for (++i; i < argc; ++i) opt.files.emplace_back(args[i]);
            break;
        }
        if (!a.starts_with("-") || a.size() == 1) {
            opt.files.emplace_back(a);
            continue;
        }
        const std::size_t eq = a.find('=');
        const std::string_view name = a.substr(0, eq);
        if (const auto* f = std::find_if(flag_options.begin(), flag_options.end(),
                                         [&](const flag_option& o) { return o.name == name; });
            f != flag_options.end()) {
            if (eq != std::string_view::npos) {
                return usage_error(err, lang,
                                   {std::string(name) + " 后面不带值", std::string(name) + " takes no value"});
            }
            f->apply(opt);
            continue;
        }
        const auto* v = std::find_if(value_options.begin(), value_options.end(),
                                     [&](const value_option& o) { return o.name == name; });
        if (v == value_options.end()) {
            return usage_error(
                err, lang, {"没有「" + std::string(name) + "」这个选项", "unknown option '" + std::string(name) + "'"});
        }
        std::string_view value;
        if (eq != std::string_view::npos) {
            value = a.substr(eq + 1);
        } else if (i + 1 == argc) {
            return usage_error(err, lang, {std::string(name) + " 后面须写值", std::string(name) + " needs a value"});
        } else {
            value = args[++i];
        }
        if (const usage_problem problem = v->apply(opt, value); !problem.empty())
            return usage_error(err, lang, problem);
    }
    if (const usage_problem problem = check_options(opt); !problem.empty()) return usage_error(err, lang, problem);
    if (opt.form != "beijing_district_2020" && opt.form != "central_2021") {
        return usage_error(err, lang,
                           {"没有「" + opt.form + "」这种表样；可用的：beijing_district_2020、central_2021",
                            "unknown form '" + opt.form + "'; known: beijing_district_2020, central_2021"});
    }
    const set_kind kind = kind_of_set(opt);
    if (kind == set_kind::self_evaluation) {
        const auto* profile = jixiao::find_profile(opt.profile.value_or("central_2020"));
        if (opt.form == "central_2021")
            return run_self_evaluation<jixiao::forms::central_2021>(opt, *profile, out, err);
        return run_self_evaluation<jixiao::forms::beijing_district_2020>(opt, *profile, out, err);
    }
    if (kind == set_kind::monitoring && !opt.profile) {
        if (opt.form == "central_2021") return run_monitoring<jixiao::forms::central_2021>(opt, out, err);
        return run_monitoring<jixiao::forms::beijing_district_2020>(opt, out, err);
    }
    if (opt.profile) {
        return usage_error(
            err, lang,
            {"--profile 只用于自评表（含「全年执行数」或「实际完成值」表头的 CSV 文件）",
             "--profile applies to a self-evaluation set only (CSV files with a 全年执行数 or 实际完成值 "
             "header)"});
    }
    if (opt.form == "beijing_district_2020") return run<jixiao::forms::beijing_district_2020>(opt, out, err);
    if (opt.form == "central_2021") return run<jixiao::forms::central_2021>(opt, out, err);
    return usage_error(err, lang,
                       {"没有「" + opt.form + "」这种表样；可用的：beijing_district_2020、central_2021",
                        "unknown form '" + opt.form + "'; known: beijing_district_2020, central_2021"});
}

}  // namespace jixiao_check

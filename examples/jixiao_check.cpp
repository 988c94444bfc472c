// jixiao_check: validate 项目支出绩效目标表 table sets kept as CSV, JSON or .xlsx files; print findings and totals,
// write the set's report (text, Markdown, HTML) or write the set as a workbook.
//
//   jixiao_check [--form NAME] [--format text|markdown|html|json|xlsx] [--report] [--lang zh|en] [--title TEXT]
//                [--output FILE] [--layout flat|form] [--year YYYY] FILE...
//
// Exit status: 0 no finding of error severity; 1 findings of error severity; 2 unreadable or malformed
// input (each problem on stderr as file:line:column: reason, file[sheet]!CELL: reason in a workbook) or an
// output that cannot be written; 64 bad usage. Never 128 or more: a closed pipe is a write error, not SIGPIPE.
#include <cerrno>
#include <csignal>
#include <exception>
#include <iostream>
#include <string_view>
#include <system_error>
#include <vector>

#include "jixiao_check.hpp"

int main(int argc, char** argv) {
#ifdef SIGPIPE
    std::signal(SIGPIPE, SIG_IGN);  // `jixiao_check … | head` would otherwise end by a signal (exit 141)
#endif
    const std::vector<std::string_view> args(argv + (argc > 0 ? 1 : 0), argv + argc);
    int status = jixiao_check::exit_bad_input;
    try {
        status = jixiao_check::run_cli(args, std::cout, std::cerr);
    } catch (const std::exception& e) {
        // A safety net, never the plan: an exception here is a defect (the fuzz target fuzz_check calls run_cli
        // without it, to find them), reported with an exit status below 128 rather than an abort.
        const bool en = jixiao_check::language_of(args) == jixiao::language::en;
        std::cerr << (en ? "jixiao_check: internal error: " : "jixiao_check：内部错误：") << e.what() << "\n";
        return jixiao_check::exit_bad_input;
    }
    errno = 0;
    std::cout.flush();
    if (!std::cout) {
        std::cerr << jixiao_check::cannot_write("jixiao_check", {"写不了标准输出", "cannot write to standard output"},
                                                errno, jixiao_check::language_of(args))
                  << "\n";
        return jixiao_check::exit_bad_input;
    }
    return status;
}

// jixiao — io_error: a problem in text read at run time, with its file and position. Apart from
// common.hpp so that what only prints errors (fmt.hpp, a caller's logger) includes only this.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <utility>

#include "../language.hpp"

namespace jixiao {

/// A reason in both languages, written once where the check is: Chinese (what a clerk reads by default)
/// and English (on request). A text empty in one language reads as the other's.
struct io_text {
    std::string zh{};
    std::string en{};

    /// The text in language l.
    [[nodiscard]] const std::string& in(language l) const noexcept {
        if (l == language::en) return en.empty() ? zh : en;
        return zh.empty() ? en : zh;
    }
    /// Both texts with s appended to each (figures, quoted cell text).
    friend io_text operator+(io_text t, const std::string& s) {
        t.zh += s;
        t.en += s;
        return t;
    }
    /// Each language's text followed by the same language's text of b.
    friend io_text operator+(io_text a, const io_text& b) {
        a.zh += b.in(language::zh);
        a.en += b.in(language::en);
        return a;
    }
    friend bool operator==(const io_text&, const io_text&) = default;
};

/// A problem in text read at run time: which file, where (1-based line and column) and why. The reason is
/// kept in both languages; to_string() and operator<< write Chinese unless English is asked for
/// (to_string(language::en), or a stream set with set_language(language::en)).
struct io_error {
    std::string file;
    std::size_t line = 0;     ///< physical line, from 1; 0 for an error about the whole file
    std::size_t column = 0;   ///< Unicode characters from 1 (a byte order mark does not count); 0 with line 0
    std::string reason;       ///< the reason in English (as before the Chinese texts; stable for programs)
    std::string reason_zh{};  ///< the reason in Chinese; empty: the English reason is shown in both languages

    /// An error whose reason is given in both languages.
    static io_error make(std::string file, std::size_t line, std::size_t column, io_text why) {
        return io_error{std::move(file), line, column, std::move(why.en), std::move(why.zh)};
    }
    /// The reason in language l.
    [[nodiscard]] const std::string& reason_in(language l) const noexcept {
        return l == language::en || reason_zh.empty() ? reason : reason_zh;
    }
    /// Both texts of the reason.
    [[nodiscard]] io_text text() const { return io_text{reason_zh, reason}; }
    /// "file:line:column: reason", or "file: reason" for an error about the whole file; the position is
    /// the same in every language.
    [[nodiscard]] std::string to_string(language l = language::zh) const {
        if (line == 0) return file + ": " + reason_in(l);
        return file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + reason_in(l);
    }
    friend bool operator==(const io_error&, const io_error&) = default;
    /// Writes to_string() in the stream's language (set_language; Chinese if none was set).
    template <class Traits>
    friend std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os, const io_error& e) {
        return os << e.to_string(language_of(os));
    }
};

}  // namespace jixiao

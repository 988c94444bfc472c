// jixiao — io_error: a problem in text read at run time, with its file and position. Apart from
// common.hpp so that what only prints errors (fmt.hpp, a caller's logger) includes only this.
#pragma once

#include <cerrno>
#include <cstddef>
#include <ostream>
#include <string>
#include <system_error>
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

/// Why the system refused to open, read or write a file, in both languages: the C library's English message,
/// and in Chinese what a clerk can act on for the common causes (the English message in brackets otherwise).
inline io_text system_reason(std::error_code ec) {
    const std::string en = ec.message();
    if (ec.category() != std::generic_category() && ec.category() != std::system_category()) return {en, en};
    const char* zh = nullptr;
    switch (ec.value()) {
        case ENOENT: zh = "文件或文件夹不存在（请检查文件名和路径）"; break;
        case EACCES:
        case EPERM: zh = "没有权限（请检查文件和文件夹的读写权限）"; break;
        case EISDIR: zh = "这是一个文件夹，不是文件"; break;
        case ENOTDIR: zh = "路径中有一段不是文件夹"; break;
        case ENOSPC: zh = "磁盘空间不足"; break;
#ifdef EDQUOT
        case EDQUOT: zh = "超出磁盘配额"; break;
#endif
        case EROFS: zh = "文件系统是只读的"; break;
        case ENAMETOOLONG: zh = "文件名或路径太长"; break;
        case ELOOP: zh = "路径中的符号链接太多（可能有循环）"; break;
        case EMFILE:
        case ENFILE: zh = "同时打开的文件太多"; break;
        case EFBIG: zh = "文件太大"; break;
        case EIO: zh = "读写设备出错"; break;
        case EBUSY:
        case ETXTBSY: zh = "文件正被占用"; break;
        default: break;
    }
    return {zh != nullptr ? std::string(zh) : "系统错误（" + en + "）", en};
}

/// system_reason of an errno value.
inline io_text system_reason(int errno_value) {
    return system_reason(std::error_code(errno_value, std::generic_category()));
}

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

// jixiao — io_error: a problem in text read at run time, with its file and position. Apart from
// common.hpp so that what only prints errors (fmt.hpp, a caller's logger) includes only this.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>

namespace jixiao {

/// A problem in text read at run time: which file, where (1-based line and column) and why.
struct io_error {
    std::string file;
    std::size_t line = 0;    ///< physical line, from 1; 0 for an error about the whole file
    std::size_t column = 0;  ///< Unicode characters from 1 (a byte order mark does not count); 0 with line 0
    std::string reason;

    /// "file:line:column: reason", or "file: reason" for an error about the whole file.
    [[nodiscard]] std::string to_string() const {
        if (line == 0) return file + ": " + reason;
        return file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + reason;
    }
    friend bool operator==(const io_error&, const io_error&) = default;
    /// Writes to_string().
    friend std::ostream& operator<<(std::ostream& os, const io_error& e) { return os << e.to_string(); }
};

}  // namespace jixiao

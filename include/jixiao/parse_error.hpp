// jixiao — parse_error: what parse functions throw for text that is not a value of the type.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace jixiao {

/// Thrown by parse functions; what() names the position and the reason.
class parse_error : public std::invalid_argument {
public:
    parse_error(std::size_t position, const std::string& reason)
        : std::invalid_argument("jixiao: parse error at position " + std::to_string(position) + ": " + reason),
          position_(position),
          reason_(reason) {}
    /// Byte offset in the input where the problem was found.
    [[nodiscard]] std::size_t position() const noexcept { return position_; }
    /// The reason alone, without the position.
    [[nodiscard]] const std::string& reason() const noexcept { return reason_; }

private:
    std::size_t position_;
    std::string reason_;
};

}  // namespace jixiao

// jixiao — internal, not part of the API: the one UTF-8 decoder every part of jixiao uses.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <type_traits>

namespace jixiao::detail {

/// One decoded character: its code point and how many bytes it took. An invalid or cut-off
/// sequence decodes as one invalid byte (length 1, valid false), so a caller that advances by length
/// never skips a byte that could start the next valid character.
struct utf8_char {
    char32_t code = 0;
    std::size_t length = 1;
    bool valid = false;
};

/// Decodes the character at s[i] (i < s.size()). Overlong forms, surrogates and code points beyond
/// U+10FFFF are invalid, as RFC 3629 says.
constexpr utf8_char decode_utf8(std::string_view s, std::size_t i) noexcept {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) return {static_cast<char32_t>(b0), 1, true};
    std::size_t n = 0;
    char32_t code = 0;
    char32_t least = 0;  // the smallest code point of this length: anything below is overlong
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        n = 2;
        code = static_cast<char32_t>(b0 & 0x1Fu);
        least = 0x80;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        n = 3;
        code = static_cast<char32_t>(b0 & 0x0Fu);
        least = 0x800;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        n = 4;
        code = static_cast<char32_t>(b0 & 0x07u);
        least = 0x10000;
    } else {
        return {};
    }
    if (s.size() - i < n) return {};
    for (std::size_t k = 1; k < n; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0u) != 0x80u) return {};
        code = (code << 6) | static_cast<char32_t>(b & 0x3Fu);
    }
    if (code < least || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return {};
    return {code, n, true};
}

/// The byte length a lead byte announces (1 for ASCII and for a byte that cannot lead), without
/// checking what follows: for cutting text at a character boundary.
constexpr std::size_t utf8_lead_length(unsigned char b) noexcept {
    return b < 0xC0 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
}

/// Whether b continues a multi-byte character (10xxxxxx).
constexpr bool utf8_continuation(unsigned char b) noexcept { return (b & 0xC0u) == 0x80u; }

/// The offset of the first byte that does not begin a well-formed UTF-8 character, or npos.
constexpr std::size_t invalid_utf8_at(std::string_view s) noexcept {
    const char* const d = s.data();
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
        const auto b0 = static_cast<unsigned char>(d[i]);
        if (b0 < 0x80) {  // the common case, without a call
            ++i;
            if (!std::is_constant_evaluated()) {
                // After an ASCII byte, eight at a time while they are ASCII (numbers, commas, line breaks).
                while (n - i >= 8) {
                    std::uint64_t w = 0;
                    std::memcpy(&w, d + i, 8);
                    if ((w & 0x8080808080808080u) != 0) break;
                    i += 8;
                }
            }
            continue;
        }
        // Most of Chinese text: a three-byte character whose lead byte allows any two continuation bytes
        // (E1–EC, EE, EF: no overlong form and no surrogate possible).
        auto plain_three = [&](std::size_t k) {
            const auto b = static_cast<unsigned char>(d[k]);
            const auto b1 = static_cast<unsigned char>(d[k + 1]);
            const auto b2 = static_cast<unsigned char>(d[k + 2]);
            return b >= 0xE1 && b <= 0xEF && b != 0xED && (b1 & 0xC0u) == 0x80u && (b2 & 0xC0u) == 0x80u;
        };
        if (n - i >= 3 && plain_three(i)) {
            i += 3;
            while (n - i >= 3 && plain_three(i)) i += 3;  // a run of them, as Chinese text is
            continue;
        }
        const utf8_char c = decode_utf8(s, i);
        if (!c.valid) return i;
        i += c.length;
    }
    return std::string_view::npos;
}

/// How many characters s[from, to) holds (bytes that continue a character are not counted).
constexpr std::size_t utf8_count(std::string_view s, std::size_t from, std::size_t to) noexcept {
    std::size_t n = 0;
    for (std::size_t i = from; i < to && i < s.size(); ++i) {
        if (!utf8_continuation(static_cast<unsigned char>(s[i]))) ++n;
    }
    return n;
}

}  // namespace jixiao::detail

// jixiao — decoding text that is not UTF-8 (GB18030/GBK, as Excel's plain "CSV" writes it on Chinese Windows) into
// UTF-8, a chunk at a time, with the C library's iconv (glibc: <iconv.h>); no conversion table of our own.
// Run time only; POSIX.
#pragma once

#include <iconv.h>

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace jixiao {

/// What the CSV reader does about a file's encoding (csv_read_options::encoding).
///   empty         UTF-8; a file that is not valid UTF-8 but is valid GB18030 is read as GB18030, with a note.
///   "UTF-8"       UTF-8 only (invalid UTF-8 is an error, as a file of no other encoding is guessed).
///   another name  the file is in that encoding (an iconv name: GB18030, GBK, GB2312, BIG5, UTF-16, …) and is
///                 decoded to UTF-8; a byte sequence that is not valid in it is an error with its place.
struct csv_read_options {
    std::string encoding;
};

namespace detail::io {

/// Whether an encoding name means UTF-8 (UTF-8, utf8, in any case).
inline bool is_utf8_name(std::string_view name) noexcept {
    std::string n;
    for (char c : name) {
        if (c != '-' && c != '_') n += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    }
    return n == "UTF8";
}

/// Whether iconv knows an encoding name (as a source to decode into UTF-8).
inline bool encoding_known(const std::string& name) {
    if (is_utf8_name(name)) return true;
    const iconv_t cd = iconv_open("UTF-8", name.c_str());
    if (cd == reinterpret_cast<iconv_t>(-1)) return false;
    iconv_close(cd);
    return true;
}

/// A text being decoded into UTF-8 chunk by chunk; it counts the lines and characters it has written, so that an
/// invalid byte is placed by line and column (a decoding keeps lines and characters: a line of the file is a line
/// of the text, a character a character).
class decoder {
public:
    explicit decoder(const std::string& from) : cd_(iconv_open("UTF-8", from.c_str())) {}
    decoder(const decoder&) = delete;
    decoder& operator=(const decoder&) = delete;
    ~decoder() {
        if (ok()) iconv_close(cd_);
    }
    [[nodiscard]] bool ok() const noexcept { return cd_ != reinterpret_cast<iconv_t>(-1); }

    enum class status { ok, invalid, incomplete, unwritten };

    /// Decodes `in` (the input's next bytes) and calls write(std::string_view) -> bool with the UTF-8; `used` gets how
    /// many bytes of `in` were decoded (an incomplete sequence at its end is left for the next call, unless `final`).
    template <class Write>
    status feed(std::string_view in, bool final, std::size_t& used, Write&& write) {
        char* src = const_cast<char*>(in.data());  // iconv's signature; it does not write the input
        std::size_t left = in.size();
        status st = status::ok;
        while (left > 0) {
            char* dst = out_;
            std::size_t room = sizeof out_;
            const std::size_t r = iconv(cd_, &src, &left, &dst, &room);
            const int err = errno;
            count(std::string_view(out_, static_cast<std::size_t>(dst - out_)));
            if (!write(std::string_view(out_, static_cast<std::size_t>(dst - out_)))) return status::unwritten;
            if (r != static_cast<std::size_t>(-1)) continue;
            if (err == E2BIG) continue;
            st = err == EINVAL && !final ? status::incomplete : status::invalid;
            break;
        }
        used = in.size() - left;
        return st;
    }

    /// Where the next character of the text goes: its line and column (from 1).
    [[nodiscard]] std::size_t line() const noexcept { return line_; }
    [[nodiscard]] std::size_t column() const noexcept { return column_; }

private:
    void count(std::string_view s) noexcept {
        for (char ch : s) {
            const auto b = static_cast<unsigned char>(ch);
            if (b == '\n') {
                if (!cr_) ++line_;
                column_ = 1;
                cr_ = false;
            } else if (b == '\r') {
                ++line_;  // a CR starts a line; an LF right after it does not start another
                column_ = 1;
                cr_ = true;
            } else {
                cr_ = false;
                if ((b & 0xC0u) != 0x80u) ++column_;
            }
        }
    }

    iconv_t cd_;
    char out_[1 << 14];
    std::size_t line_ = 1, column_ = 1;
    bool cr_ = false;
};

}  // namespace detail::io
}  // namespace jixiao

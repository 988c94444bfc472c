// jixiao — fixed_text<N>: text in a fixed buffer, so it can be built and compared in constant evaluation.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <string_view>

#include "detail/fixed_point.hpp"
#include "detail/utf8.hpp"

namespace jixiao {

/// Text in N bytes built by appending, usable in constant evaluation (the one fixed-capacity text type:
/// messages, target_text, chinese_upper_buffer). What does not fit is cut at a UTF-8 character boundary
/// and marked with "…" (three of the N bytes are kept for it), so a text is never silently wrong, only
/// visibly shortened.
template <std::size_t N>
class fixed_text {
public:
    constexpr fixed_text() = default;
    /// The text s (cut and marked if it does not fit).
    constexpr fixed_text(std::string_view s) { append(s); }  // NOLINT: a message is built from a literal

    constexpr fixed_text& append(std::string_view s) {
        for (char c : s) {
            if (!put(c)) break;
        }
        return *this;
    }
    /// Appends an integer in decimal.
    constexpr fixed_text& append_int(long long v) {
        char buf[24]{};
        int n = 0;
        const bool neg = v < 0;
        unsigned long long u = neg ? 0ULL - static_cast<unsigned long long>(v) : static_cast<unsigned long long>(v);
        do {
            buf[n++] = static_cast<char>('0' + u % 10);
            u /= 10;
        } while (u != 0);
        if (neg) put('-');
        while (n > 0) put(buf[--n]);
        return *this;
    }
    /// An ISO date, zero-padded: 2020-01-01.
    template <class Date>
    constexpr fixed_text& append_date(const Date& d) {
        append_padded(static_cast<int>(d.year()), 4);
        append("-");
        append_padded(static_cast<int>(static_cast<unsigned>(d.month())), 2);
        append("-");
        return append_padded(static_cast<int>(static_cast<unsigned>(d.day())), 2);
    }
    /// Appends v with leading zeros to width digits.
    constexpr fixed_text& append_padded(int v, int width) {
        if (v < 0) {
            put('-');
            v = -v;
        }
        int digits = 1;
        for (int t = v; t >= 10; t /= 10) ++digits;
        for (int k = digits; k < width; ++k) put('0');
        return append_int(v);
    }
    /// Appends a decimal or amount with all its Scale fraction digits.
    template <class T>
    constexpr fixed_text& append_number(const T& x) {
        char buf[96]{};
        char* e = detail::format<typename T::rep, T::scale>(buf, buf + sizeof buf, x.raw());
        return append(std::string_view(buf, static_cast<std::size_t>(e - buf)));
    }

    /// An amount as money is written: four fraction digits (to the 元), and those beyond only where they are not
    /// zero, for a type that holds them (wan_fen: 518.4000, 518.400055, 518.400050 → 518.40005).
    template <class T>
    constexpr fixed_text& append_money(const T& x) {
        char buf[96]{};
        char* e = detail::format<typename T::rep, T::scale>(buf, buf + sizeof buf, x.raw());
        if constexpr (T::scale > 4) {
            for (int k = T::scale; k > 4 && e[-1] == '0'; --k) --e;
        }
        return append(std::string_view(buf, static_cast<std::size_t>(e - buf)));
    }

    /// A number without trailing fraction zeros (90, 447.8777, 0.5).
    template <class T>
    constexpr fixed_text& append_trimmed(const T& x) {
        char buf[96]{};
        char* e = detail::format_trimmed<typename T::rep, T::scale>(buf, buf + sizeof buf, x.raw());
        return append(std::string_view(buf, static_cast<std::size_t>(e - buf)));
    }

    /// The text (UTF-8), valid while this object lives.
    [[nodiscard]] constexpr std::string_view view() const noexcept { return {data_, size_}; }
    /// The text, as view().
    constexpr operator std::string_view() const noexcept { return view(); }  // NOLINT: a text is its view
    [[nodiscard]] constexpr std::size_t size() const noexcept { return size_; }
    [[nodiscard]] constexpr bool truncated() const noexcept { return truncated_; }
    friend constexpr bool operator==(const fixed_text& a, const fixed_text& b) noexcept { return a.view() == b.view(); }
    /// Writes the text to a stream.
    template <class Traits>
    friend std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os, const fixed_text& t) {
        return os << t.view();
    }

private:
    static constexpr std::string_view ellipsis = "\xE2\x80\xA6";  // …
    constexpr bool put(char c) {
        if (truncated_) return false;
        if (size_ + 1 + ellipsis.size() > N) {
            // Drop an incomplete UTF-8 character at the end, then mark the cut (room was kept for it).
            std::size_t lead = size_;
            while (lead > 0 && detail::utf8_continuation(static_cast<unsigned char>(data_[lead - 1]))) --lead;
            if (lead > 0) {
                const std::size_t want = detail::utf8_lead_length(static_cast<unsigned char>(data_[lead - 1]));
                if (size_ - (lead - 1) < want) size_ = lead - 1;
            }
            for (char e : ellipsis) data_[size_++] = e;
            truncated_ = true;
            return false;
        }
        data_[size_++] = c;
        return true;
    }
    char data_[N]{};
    std::size_t size_ = 0;
    bool truncated_ = false;
};

}  // namespace jixiao

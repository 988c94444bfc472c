// jixiao — the language of what a person reads: Chinese first, English on request.
#pragma once

#include <iosfwd>
#include <string_view>

namespace jixiao {

/// The language of a message, a report or a command line's output. Chinese is the default everywhere:
/// the people who read jixiao's output are budget clerks and reviewers. Stable ids (rule ids, JSON keys)
/// are the same in every language.
enum class language : unsigned char { zh, en };

/// "zh" or "en", as a command line's --lang takes it.
constexpr std::string_view to_string_view(language l) noexcept { return l == language::en ? "en" : "zh"; }

/// The language named "zh" or "en" (as to_string_view writes it); false, and `out` unchanged, for any
/// other text.
constexpr bool parse_language(std::string_view s, language& out) noexcept {
    if (s == "zh") {
        out = language::zh;
        return true;
    }
    if (s == "en") {
        out = language::en;
        return true;
    }
    return false;
}

/// A short text in both languages. An empty text falls back to the other language's, so that a caller's
/// own catalogue entry written in one language only still reads.
struct localized_text {
    std::string_view zh{};
    std::string_view en{};

    /// The text in language l.
    [[nodiscard]] constexpr std::string_view in(language l) const noexcept {
        if (l == language::en) return en.empty() ? zh : en;
        return zh.empty() ? en : zh;
    }
};

namespace detail {
/// The stream's slot (std::ios_base::xalloc) that set_language writes; one per character traits.
template <class Traits>
int language_slot() {
    static const int slot = std::basic_ios<char, Traits>::xalloc();
    return slot;
}
}  // namespace detail

/// A stream manipulator: `os << jixiao::set_language(jixiao::language::en)` makes jixiao's operator<< of
/// what a person reads (a finding) write English on os from then on; a stream never set writes Chinese.
struct set_language {
    constexpr explicit set_language(language l) noexcept : lang(l) {}
    language lang;
};

/// Sets the language jixiao's operator<< writes on os.
template <class Traits>
std::basic_ostream<char, Traits>& operator<<(std::basic_ostream<char, Traits>& os, set_language s) {
    os.iword(detail::language_slot<Traits>()) = s.lang == language::en ? 1 : 0;
    return os;
}

/// The language set on os with set_language (Chinese if none was).
template <class Traits>
language language_of(std::basic_ostream<char, Traits>& os) {
    return os.iword(detail::language_slot<Traits>()) == 1 ? language::en : language::zh;
}

}  // namespace jixiao

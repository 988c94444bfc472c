// jixiao — text_grid: a small grid of text cells written as aligned text, Markdown or HTML, padded by
// display width (a CJK character takes two terminal columns). The reports are made of these.
#pragma once

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <ostream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "../detail/utf8.hpp"

namespace jixiao {

// ---------------------------------------------------------------------------------------------
// Display width
// ---------------------------------------------------------------------------------------------

namespace detail::text_width {

/// East Asian Wide (W) and Fullwidth (F) blocks, after Unicode's EastAsianWidth.txt, by block.
constexpr bool is_wide(char32_t c) noexcept {
    return (c >= 0x1100 && c <= 0x115F) ||  // Hangul Jamo, leading consonants
           (c >= 0x231A && c <= 0x231B) ||  // watch, hourglass
           (c >= 0x2329 && c <= 0x232A) ||  // angle brackets
           (c >= 0x2E80 &&
            c <= 0x303F) ||  // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
           (c >= 0x3040 && c <= 0x4DBF) ||    // kana, Bopomofo, Hangul compatibility Jamo, Kanbun, CJK strokes, ext. A
           (c >= 0x4E00 && c <= 0x9FFF) ||    // CJK unified ideographs
           (c >= 0xA000 && c <= 0xA4CF) ||    // Yi
           (c >= 0xA960 && c <= 0xA97F) ||    // Hangul Jamo extended A
           (c >= 0xAC00 && c <= 0xD7A3) ||    // Hangul syllables
           (c >= 0xF900 && c <= 0xFAFF) ||    // CJK compatibility ideographs
           (c >= 0xFE10 && c <= 0xFE19) ||    // vertical forms
           (c >= 0xFE30 && c <= 0xFE6F) ||    // CJK compatibility forms, small form variants
           (c >= 0xFF01 && c <= 0xFF60) ||    // fullwidth ASCII variants and brackets
           (c >= 0xFFE0 && c <= 0xFFE6) ||    // fullwidth signs (￥, ￠, …)
           (c >= 0x1F300 && c <= 0x1F64F) ||  // pictographs and emoticons
           (c >= 0x1F900 && c <= 0x1F9FF) ||  // supplemental pictographs
           (c >= 0x20000 && c <= 0x2FFFD) ||  // CJK ideographs, plane 2
           (c >= 0x30000 && c <= 0x3FFFD);    // CJK ideographs, plane 3
}

}  // namespace detail::text_width

/// Terminal columns of UTF-8 text: East Asian Wide and Fullwidth characters 2, every other character 1,
/// each byte of an invalid or cut-off sequence 1.
constexpr std::size_t display_width(std::string_view utf8) noexcept {
    std::size_t w = 0;
    for (std::size_t i = 0; i < utf8.size();) {
        const auto ch = detail::decode_utf8(utf8, i);
        w += ch.valid && detail::text_width::is_wide(ch.code) ? 2u : 1u;
        i += ch.length;
    }
    return w;
}

// ---------------------------------------------------------------------------------------------
// The grid
// ---------------------------------------------------------------------------------------------

/// How a column's cells line up.
enum class align { left, right };

/// A column of a text grid: its header and alignment, and how HTML shows its cells.
struct text_grid_column {
    std::string header;
    align alignment = align::left;
    /// HTML: the integer digits of a number at the start of a cell are grouped by three (15,173.4910), as
    /// people read amounts; text and Markdown keep the number as written, so that it can be read back.
    bool digit_groups = false;
    /// HTML: a class given to each of the column's cells (besides "num" for a right-aligned column).
    std::string html_class{};
};

/// A small grid of text cells with a header row, rendered as aligned text (by display width), a Markdown
/// table or an HTML <table>. Footer rows (totals) are set apart: a rule in text, <tfoot> in HTML.
/// (Not a 绩效目标表: that is a basic_project.)
class text_grid {
public:
    text_grid() = default;
    text_grid(std::initializer_list<text_grid_column> columns) : columns_(columns) {}

    /// Appends a column; existing rows get an empty cell.
    text_grid& add_column(std::string header, align a = align::left) {
        columns_.push_back(text_grid_column{std::move(header), a});
        for (auto& r : rows_) r.cells.emplace_back();
        return *this;
    }
    /// Appends a column described in full; existing rows get an empty cell.
    text_grid& add_column(text_grid_column column) {
        columns_.push_back(std::move(column));
        for (auto& r : rows_) r.cells.emplace_back();
        return *this;
    }
    /// Appends a row; missing cells are empty, more cells than columns is std::invalid_argument.
    text_grid& add_row(std::vector<std::string> cells) { return add(std::move(cells), false); }
    /// Appends a row that HTML writes as <tr class="html_class"> (e.g. "error": a finding's severity).
    text_grid& add_row(std::vector<std::string> cells, std::string html_class) {
        add(std::move(cells), false);
        rows_.back().html_class = std::move(html_class);
        return *this;
    }
    /// Appends a footer row (e.g. 合计).
    text_grid& add_footer_row(std::vector<std::string> cells) { return add(std::move(cells), true); }

    [[nodiscard]] const std::vector<text_grid_column>& columns() const noexcept { return columns_; }
    [[nodiscard]] std::size_t size() const noexcept { return rows_.size(); }
    [[nodiscard]] bool empty() const noexcept { return rows_.empty(); }
    /// The cells of row i.
    [[nodiscard]] const std::vector<std::string>& row(std::size_t i) const { return rows_.at(i).cells; }
    /// Whether row i is a footer row.
    [[nodiscard]] bool is_footer(std::size_t i) const { return rows_.at(i).footer; }
    /// The HTML class of row i (empty: none).
    [[nodiscard]] const std::string& row_class(std::size_t i) const { return rows_.at(i).html_class; }

    /// Aligned text: columns two spaces apart, padded by display width, a rule under the header and
    /// above the footer; no trailing spaces. Line breaks and tabs in a cell become spaces.
    void write_text(std::ostream& os) const {
        const auto widths = column_widths([](std::string_view s) { return one_line(s); });
        auto line = [&](const std::vector<std::string>& cells) {
            std::string out;
            for (std::size_t c = 0; c < columns_.size(); ++c) {
                const std::string cell = one_line(cells[c]);
                const std::size_t pad = widths[c] - display_width(cell);
                if (c != 0) out += "  ";
                if (columns_[c].alignment == align::right) out.append(pad, ' ');
                out += cell;
                if (columns_[c].alignment == align::left) out.append(pad, ' ');
            }
            while (!out.empty() && out.back() == ' ') out.pop_back();
            os << out << '\n';
        };
        auto rule = [&] {
            std::string out;
            for (std::size_t c = 0; c < columns_.size(); ++c) {
                if (c != 0) out += "  ";
                out.append(widths[c], '-');
            }
            os << out << '\n';
        };
        line(headers());
        rule();
        bool in_footer = false;
        for (const auto& r : rows_) {
            if (r.footer && !in_footer) rule();
            in_footer = r.footer;
            line(r.cells);
        }
    }

    /// A GitHub-flavoured Markdown table; | in a cell is escaped, line breaks become spaces, footer cells are
    /// bold. Cells are padded by display width so the source reads as a table too.
    void write_markdown(std::ostream& os) const {
        std::vector<std::vector<std::string>> cells;  // header first, then the rows, as they will be written
        cells.emplace_back();
        for (const auto& c : columns_) cells.back().push_back(markdown_escape(c.header));
        for (const auto& r : rows_) {
            cells.emplace_back();
            for (const auto& x : r.cells) {
                std::string e = markdown_escape(x);
                cells.back().push_back(r.footer && !e.empty() ? "**" + e + "**" : e);
            }
        }
        std::vector<std::size_t> widths(columns_.size(), 3);  // a delimiter cell needs three characters
        for (const auto& r : cells) {
            for (std::size_t c = 0; c < r.size(); ++c) widths[c] = std::max(widths[c], display_width(r[c]));
        }
        auto line = [&](const std::vector<std::string>& r) {
            std::string out = "|";
            for (std::size_t c = 0; c < columns_.size(); ++c) {
                const std::size_t pad = widths[c] - display_width(r[c]);
                out += ' ';
                if (columns_[c].alignment == align::right) out.append(pad, ' ');
                out += r[c];
                if (columns_[c].alignment == align::left) out.append(pad, ' ');
                out += " |";
            }
            os << out << '\n';
        };
        line(cells[0]);
        std::string rule = "|";
        for (std::size_t c = 0; c < columns_.size(); ++c) {
            rule += ' ';
            if (columns_[c].alignment == align::right) {
                rule.append(widths[c] - 1, '-');
                rule += ':';
            } else {
                rule.append(widths[c], '-');
            }
            rule += " |";
        }
        os << rule << '\n';
        for (std::size_t i = 1; i < cells.size(); ++i) line(cells[i]);
    }

    /// An HTML <table>; every cell is escaped; right-aligned cells have class="num", and a column's html_class;
    /// the numbers of a digit_groups column are grouped by three.
    void write_html(std::ostream& os) const {
        auto cell = [&](std::string_view tag, std::size_t c, std::string_view text, bool body) {
            const auto& col = columns_[c];
            os << '<' << tag;
            const bool num = col.alignment == align::right;
            if (num || !col.html_class.empty()) {
                os << " class=\"" << (num ? "num" : "") << (num && !col.html_class.empty() ? " " : "")
                   << html_escape(col.html_class) << '"';
            }
            os << '>' << html_escape(body && col.digit_groups ? group_digits(text) : std::string(text)) << "</" << tag
               << '>';
        };
        os << "<table>\n<thead><tr>";
        for (std::size_t c = 0; c < columns_.size(); ++c) cell("th", c, columns_[c].header, false);
        os << "</tr></thead>\n<tbody>\n";
        bool in_footer = false;
        for (const auto& r : rows_) {
            if (r.footer && !in_footer) os << "</tbody>\n<tfoot>\n";
            if (!r.footer && in_footer) os << "</tfoot>\n<tbody>\n";
            in_footer = r.footer;
            os << "<tr";
            if (!r.html_class.empty()) os << " class=\"" << html_escape(r.html_class) << '"';
            os << '>';
            for (std::size_t c = 0; c < columns_.size(); ++c) cell("td", c, r.cells[c], true);
            os << "</tr>\n";
        }
        os << (in_footer ? "</tfoot>\n" : "</tbody>\n") << "</table>\n";
    }

    [[nodiscard]] std::string text() const { return render(&text_grid::write_text); }
    [[nodiscard]] std::string markdown() const { return render(&text_grid::write_markdown); }
    [[nodiscard]] std::string html() const { return render(&text_grid::write_html); }

    /// Text with line breaks and tabs as spaces.
    static std::string one_line(std::string_view s) {
        std::string out(s);
        for (auto& ch : out) {
            if (ch == '\n' || ch == '\r' || ch == '\t') ch = ' ';
        }
        return out;
    }
    /// A Markdown table cell: | escaped as \|, line breaks as spaces.
    static std::string markdown_escape(std::string_view s) {
        std::string out;
        out.reserve(s.size());
        for (char ch : s) {
            if (ch == '|') {
                out += "\\|";
            } else if (ch == '\n' || ch == '\r' || ch == '\t') {
                out += ' ';
            } else {
                out += ch;
            }
        }
        return out;
    }
    /// A number at the start of s with its integer digits grouped by three ("-15173.4910元" ->
    /// "-15,173.4910元"); the rest of s, and s without a leading number, as they are.
    static std::string group_digits(std::string_view s) {
        const std::size_t sign = !s.empty() && (s[0] == '-' || s[0] == '+') ? 1 : 0;
        std::size_t end = sign;
        while (end < s.size() && s[end] >= '0' && s[end] <= '9') ++end;
        const std::size_t digits = end - sign;
        std::string out(s.substr(0, sign));
        for (std::size_t i = 0; i < digits; ++i) {
            if (i != 0 && (digits - i) % 3 == 0) out += ',';
            out += s[sign + i];
        }
        out += s.substr(end);
        return out;
    }
    /// HTML text or attribute value: & < > " ' escaped.
    static std::string html_escape(std::string_view s) {
        std::string out;
        out.reserve(s.size());
        for (char ch : s) {
            switch (ch) {
                case '&': out += "&amp;"; break;
                case '<': out += "&lt;"; break;
                case '>': out += "&gt;"; break;
                case '"': out += "&quot;"; break;
                case '\'': out += "&#39;"; break;
                default: out += ch;
            }
        }
        return out;
    }

private:
    struct row_type {
        std::vector<std::string> cells;
        bool footer = false;
        std::string html_class{};
    };

    text_grid& add(std::vector<std::string> cells, bool footer) {
        if (cells.size() > columns_.size()) {
            throw std::invalid_argument("jixiao::text_grid: a row has " + std::to_string(cells.size()) +
                                        " cells but the grid has " + std::to_string(columns_.size()) + " columns");
        }
        cells.resize(columns_.size());
        rows_.push_back(row_type{std::move(cells), footer, {}});
        return *this;
    }
    [[nodiscard]] std::vector<std::string> headers() const {
        std::vector<std::string> h;
        for (const auto& c : columns_) h.push_back(c.header);
        return h;
    }
    template <class Transform>
    [[nodiscard]] std::vector<std::size_t> column_widths(Transform t) const {
        std::vector<std::size_t> w(columns_.size(), 0);
        for (std::size_t c = 0; c < columns_.size(); ++c) {
            w[c] = display_width(t(columns_[c].header));
            for (const auto& r : rows_) {
                const std::size_t x = display_width(t(r.cells[c]));
                if (x > w[c]) w[c] = x;
            }
        }
        return w;
    }
    [[nodiscard]] std::string render(void (text_grid::*write)(std::ostream&) const) const {
        std::ostringstream os;
        (this->*write)(os);
        return os.str();
    }

    std::vector<text_grid_column> columns_;
    std::vector<row_type> rows_;
};

}  // namespace jixiao

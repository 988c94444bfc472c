// Checks that an HTML page written by jixiao's report is well-formed and self-contained:
//   html_check FILE BARS
// - starts with <!DOCTYPE html> and has <meta charset="utf-8">;
// - every tag is closed in order (void elements such as meta and br need no end tag; a tag written
//   <x/> closes itself); comments are skipped; quoted attribute values may hold any character;
// - exactly one <svg>, exactly BARS <rect class="bar">, every bar with a non-negative integer width;
// - no <script>, no on…= event attributes, no http:// or https:// anywhere.
// Prints what it found; exits 0 if all holds, 1 otherwise, 2 on bad usage.
#include <algorithm>
#include <cctype>
#include <cstddef>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

bool is_void(std::string_view name) {
    static constexpr std::string_view names[] = {"area",  "base", "br",   "col",   "embed",  "hr",    "img",
                                                 "input", "link", "meta", "param", "source", "track", "wbr"};
    return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

struct tag {
    std::string name;  // lower case
    std::string attributes;
    bool closing = false;
    bool self_closing = false;
    std::size_t line = 0;
};

struct checker {
    std::string text;
    std::vector<std::string> errors;
    std::vector<tag> tags;

    std::size_t line_of(std::size_t pos) const {
        return 1 + static_cast<std::size_t>(
                       std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(pos), '\n'));
    }
    void error(std::size_t pos, const std::string& what) {
        errors.push_back("line " + std::to_string(line_of(pos)) + ": " + what);
    }

    void scan() {
        std::size_t i = 0;
        while ((i = text.find('<', i)) != std::string::npos) {
            if (text.compare(i, 4, "<!--") == 0) {
                const std::size_t e = text.find("-->", i + 4);
                if (e == std::string::npos) {
                    error(i, "unterminated comment");
                    return;
                }
                i = e + 3;
                continue;
            }
            if (text.compare(i, 2, "<!") == 0) {  // <!DOCTYPE …>
                const std::size_t e = text.find('>', i);
                if (e == std::string::npos) {
                    error(i, "unterminated declaration");
                    return;
                }
                i = e + 1;
                continue;
            }
            tag t;
            t.line = line_of(i);
            std::size_t j = i + 1;
            if (j < text.size() && text[j] == '/') {
                t.closing = true;
                ++j;
            }
            const std::size_t name_start = j;
            while (j < text.size() &&
                   (std::isalnum(static_cast<unsigned char>(text[j])) || text[j] == '-' || text[j] == ':'))
                ++j;
            if (j == name_start) {
                error(i, "a '<' that starts no tag (should be &lt;)");
                i = j;
                continue;
            }
            t.name = lower(std::string_view(text).substr(name_start, j - name_start));
            // Attributes: up to the '>' that is outside quotes.
            const std::size_t attr_start = j;
            char quote = 0;
            while (j < text.size() && (quote != 0 || text[j] != '>')) {
                if (quote != 0) {
                    if (text[j] == quote) quote = 0;
                } else if (text[j] == '"' || text[j] == '\'') {
                    quote = text[j];
                } else if (text[j] == '<') {
                    error(j, "'<' inside the tag <" + t.name + ">");
                }
                ++j;
            }
            if (j >= text.size()) {
                error(i, "unterminated tag <" + t.name);
                return;
            }
            t.attributes = text.substr(attr_start, j - attr_start);
            if (!t.attributes.empty() && t.attributes.back() == '/') {
                t.self_closing = true;
                t.attributes.pop_back();
            }
            i = j + 1;
            tags.push_back(t);
            // Raw-text elements: their content is not markup.
            if (!t.closing && (t.name == "style" || t.name == "script")) {
                const std::size_t e = lower(std::string_view(text).substr(i)).find("</" + t.name);
                if (e == std::string::npos) {
                    error(i, "<" + t.name + "> is not closed");
                    return;
                }
                i += e;
            }
        }
    }

    void balance() {
        std::vector<tag> open;
        for (const auto& t : tags) {
            if (t.closing) {
                if (is_void(t.name)) {
                    errors.push_back("line " + std::to_string(t.line) + ": end tag </" + t.name +
                                     "> of a void element");
                    continue;
                }
                if (open.empty()) {
                    errors.push_back("line " + std::to_string(t.line) + ": </" + t.name + "> closes nothing");
                    continue;
                }
                if (open.back().name != t.name) {
                    errors.push_back("line " + std::to_string(t.line) + ": </" + t.name + "> closes <" +
                                     open.back().name + "> of line " + std::to_string(open.back().line));
                    continue;
                }
                open.pop_back();
            } else if (!t.self_closing && !is_void(t.name)) {
                open.push_back(t);
            }
        }
        for (const auto& t : open) {
            errors.push_back("line " + std::to_string(t.line) + ": <" + t.name + "> is never closed");
        }
    }
};

bool has_class(const std::string& attributes, std::string_view cls) {
    const std::string a = lower(attributes);
    return a.find("class=\"" + std::string(cls) + "\"") != std::string::npos ||
           a.find("class='" + std::string(cls) + "'") != std::string::npos;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: html_check FILE BARS\n";
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) {
        std::cerr << "html_check: cannot read " << argv[1] << '\n';
        return 2;
    }
    const std::size_t bars_expected = static_cast<std::size_t>(std::stoul(argv[2]));
    checker c;
    {
        std::ostringstream ss;
        ss << in.rdbuf();
        c.text = ss.str();
    }
    const std::string low = lower(c.text);
    if (low.rfind("<!doctype html>", 0) != 0) c.errors.emplace_back("the page does not start with <!DOCTYPE html>");
    if (low.find("<meta charset=\"utf-8\">") == std::string::npos) c.errors.emplace_back("no <meta charset=\"utf-8\">");
    for (std::string_view bad : {"http://", "https://"}) {
        if (const auto p = low.find(bad); p != std::string::npos)
            c.error(p, "an external reference (" + std::string(bad) + ")");
    }

    c.scan();
    c.balance();

    std::size_t svgs = 0;
    std::size_t bars = 0;
    for (const auto& t : c.tags) {
        if (t.closing) continue;
        if (t.name == "script") c.errors.push_back("line " + std::to_string(t.line) + ": a <script>");
        if (t.name == "link" || t.name == "iframe" || t.name == "img" || t.name == "object" || t.name == "embed") {
            c.errors.push_back("line " + std::to_string(t.line) + ": <" + t.name +
                               "> (the page must be self-contained)");
        }
        const std::string a = lower(t.attributes);
        for (std::size_t p = a.find(" on"); p != std::string::npos; p = a.find(" on", p + 1)) {
            std::size_t q = p + 3;
            while (q < a.size() && std::isalpha(static_cast<unsigned char>(a[q]))) ++q;
            if (q < a.size() && a[q] == '=')
                c.errors.push_back("line " + std::to_string(t.line) + ": an event attribute");
        }
        if (t.name == "svg") ++svgs;
        if (t.name == "rect" && has_class(t.attributes, "bar")) {
            ++bars;
            const std::size_t w = a.find(" width=\"");
            bool ok = w != std::string::npos;
            if (ok) {
                std::size_t q = w + 8;
                const std::size_t digits = q;
                while (q < a.size() && std::isdigit(static_cast<unsigned char>(a[q]))) ++q;
                ok = q > digits && q < a.size() && a[q] == '"';
            }
            if (!ok) c.errors.push_back("line " + std::to_string(t.line) + ": a bar without an integer width");
        }
    }
    if (svgs != 1) c.errors.push_back(std::to_string(svgs) + " <svg> elements, expected 1");
    if (bars != bars_expected) {
        c.errors.push_back(std::to_string(bars) + " <rect class=\"bar\">, expected " + std::to_string(bars_expected));
    }

    std::cout << argv[1] << ": " << c.tags.size() << " tags, " << svgs << " svg, " << bars << " bars\n";
    for (const auto& e : c.errors) std::cout << "  " << e << '\n';
    return c.errors.empty() ? 0 : 1;
}

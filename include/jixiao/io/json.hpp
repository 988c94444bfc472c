// jixiao — JSON: projects, totals and validation reports written as JSON; projects read back.
//
// The document written by write_json (UTF-8, non-ASCII written as is, two-space indentation):
//
//   {
//     "form": "北京市区级项目支出绩效目标表（2020年度）",      // F::name
//     "projects": [ {
//       "seq": 1, "year": 2020,                             // integers; year null when blank
//       "name": "…", "applicant": "…", "implementer": "…",
//       "start": "2020-01-01", "end": "2020-12-31",         // null when blank
//       "funding": { "以前年度项目资金": { "total": "0.0000",
//                                       "sources": { "区财政拨款": "0.0000", "市财政拨款": null, … } }, … },
//       "goal": "…",
//       "indicators": [ { "level1": "产出指标", "level2": "数量指标", "label": "产出数量指标", "name": "…",
//                         "target": { "cmp": "ge", "value": "90", "unit": "%", "text": "≥90%" },
//                         "wording": "…", "core": false, "weight": "0.000000" } ],
//       "cost_basis": [ { "item": "…", "unit_price": "0.6172", "price_unit": "元/人·月",
//                         "quantities": [ { "value": "334", "unit": "人" }, … ],
//                         "stated_total": "2473.7376", "text": "…", "truncated": false } ],
//       "remarks": "…" } ],
//     "totals": { "projects": 14, "current_column": "本年度项目资金",
//                 "columns": { "以前年度项目资金": { "total": "…", "sources": { "区财政拨款": "…", … } }, … } },
//     "report": { "ok": false, "errors": 1, "warnings": 2,
//                 "findings": [ { "rule": "funding_sources_sum", "severity": "error", "seq": 3,
//                                 "project": "…", "message": "…" } ] }
//   }
//
// Every amount and decimal is a string ("518.4000", with the type's digits; target values without
// trailing zeros), so that no JSON reader turns it into binary floating point; numbers appear only for
// integers (seq, year, counts). cmp is one of eq, ge, gt, le, lt, qualitative, none.
//
// read_json reads such a document back into projects (totals and report are derived data: they must be
// well-formed JSON but are not read). It is strict, so that a mistake is an error and not a silent
// default: RFC 8259 syntax only (no comments, no trailing commas); a duplicate key in an object, an
// unknown key, a value of the wrong type (an amount as a number, a fraction where an integer belongs),
// text after the document, and invalid UTF-8 are errors. "form", if present, must be F::name. Keys
// other than seq and funding (and each column's total, each indicator's level1, level2, name and
// target.cmp, each cost line's unit_price) may be left out: text is then empty, a source blank, a
// date blank. An indicator's category is kept as written (validate() reports one the form lacks);
// "label" is informative and not read; target.text, if present, must be the canonical text of
// cmp/value/unit. Errors name line and column as CSV errors do (columns in Unicode characters): a value
// of the wrong kind at its first character, a bad amount, decimal or date at the offending character
// (in a string that holds escapes, at the string's first character). All or nothing: any error
// leaves the store empty. A byte order mark is allowed. Nesting deeper than 64 is an error.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <filesystem>
#include <initializer_list>
#include <iterator>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "../aggregate.hpp"
#include "../validate.hpp"
#include "csv.hpp"

namespace jixiao {

/// An error found while reading JSON.
using json_error = io_error;

/// The projects read from a JSON document, or the errors that stopped it (then the store is empty).
template <form F, class A = wan>
struct json_result {
    basic_project_store<F, A> store;
    std::vector<json_error> errors;
    /// Whether the document was read without error.
    [[nodiscard]] bool ok() const noexcept { return errors.empty(); }
};

/// What write_json puts in a document besides the projects.
struct json_options {
    bool totals = true;  ///< "totals": total() of the projects
    bool report = true;  ///< "report": validate() of the projects
};

namespace detail::io {

/// Builds indented JSON text; the caller keeps keys and values in order.
class json_writer {
public:
    void begin_object() {
        before_value();
        out_ += '{';
        counts_.push_back(0);
    }
    void end_object() { close('}'); }
    void begin_array() {
        before_value();
        out_ += '[';
        counts_.push_back(0);
    }
    void end_array() { close(']'); }
    void key(std::string_view k) {
        separate();
        put_string(k);
        out_ += ": ";
        after_key_ = true;
    }
    void string(std::string_view v) {
        before_value();
        put_string(v);
    }
    /// A number, true, false or null, written as given.
    void raw(std::string_view v) {
        before_value();
        out_ += v;
    }
    void boolean(bool b) { raw(b ? "true" : "false"); }
    void null() { raw("null"); }
    void integer(long long v) { raw(std::to_string(v)); }
    [[nodiscard]] std::string take() {
        out_ += '\n';
        return std::move(out_);
    }

private:
    void before_value() {
        if (after_key_) {
            after_key_ = false;
        } else if (!counts_.empty()) {
            separate();
        }
    }
    void separate() {
        if (counts_.back()++ != 0) out_ += ',';
        out_ += '\n';
        out_.append(2 * counts_.size(), ' ');
    }
    void close(char c) {
        const std::size_t n = counts_.back();
        counts_.pop_back();
        if (n != 0) {
            out_ += '\n';
            out_.append(2 * counts_.size(), ' ');
        }
        out_ += c;
    }
    void put_string(std::string_view v) {
        static constexpr char hex[] = "0123456789abcdef";
        out_ += '"';
        for (char c : v) {
            switch (c) {
                case '"': out_ += "\\\""; break;
                case '\\': out_ += "\\\\"; break;
                case '\n': out_ += "\\n"; break;
                case '\r': out_ += "\\r"; break;
                case '\t': out_ += "\\t"; break;
                case '\b': out_ += "\\b"; break;
                case '\f': out_ += "\\f"; break;
                default:
                    if (static_cast<unsigned char>(c) < 0x20) {
                        out_ += "\\u00";
                        out_ += hex[static_cast<unsigned char>(c) >> 4];
                        out_ += hex[static_cast<unsigned char>(c) & 0xF];
                    } else {
                        out_ += c;  // non-ASCII: raw UTF-8
                    }
            }
        }
        out_ += '"';
    }

    std::string out_;
    std::vector<std::size_t> counts_;  // elements written so far in each open container
    bool after_key_ = false;
};

inline constexpr std::string_view comparator_names[] = {"eq", "ge", "gt", "le", "lt", "qualitative", "none"};

inline std::string_view comparator_name(comparator c) noexcept {
    return comparator_names[static_cast<std::size_t>(c)];
}

inline std::optional<comparator> comparator_from_name(std::string_view s) noexcept {
    for (std::size_t i = 0; i < std::size(comparator_names); ++i) {
        if (comparator_names[i] == s) return static_cast<comparator>(i);
    }
    return std::nullopt;
}

template <class A>
void write_amount(json_writer& w, const std::optional<A>& a) {
    if (a) {
        w.string(to_string(*a));
    } else {
        w.null();
    }
}

template <form F, class A>
void write_project(json_writer& w, const basic_project<F, A>& p) {
    w.begin_object();
    w.key("seq");
    w.integer(p.seq);
    w.key("year");
    if (static_cast<int>(p.year) == 0) {
        w.null();
    } else {
        w.integer(static_cast<int>(p.year));
    }
    w.key("name");
    w.string(p.name);
    w.key("applicant");
    w.string(p.applicant);
    w.key("implementer");
    w.string(p.implementer);
    w.key("start");
    if (blank_date(p.start)) w.null(); else w.string(format_date(p.start, '-'));
    w.key("end");
    if (blank_date(p.end)) w.null(); else w.string(format_date(p.end, '-'));
    w.key("funding");
    w.begin_object();
    for (std::size_t c = 0; c < F::columns.size(); ++c) {
        w.key(F::columns[c]);
        w.begin_object();
        w.key("total");
        w.string(to_string(p.funding[c].total));
        w.key("sources");
        w.begin_object();
        for (std::size_t r = 0; r < F::funding_rows.size(); ++r) {
            w.key(F::funding_rows[r]);
            write_amount(w, p.funding[c].sources[r]);
        }
        w.end_object();
        w.end_object();
    }
    w.end_object();
    w.key("goal");
    w.string(p.goal);
    w.key("indicators");
    w.begin_array();
    for (const indicator& i : p.indicators) {
        w.begin_object();
        w.key("level1");
        w.string(i.cat.level1.name);
        w.key("level2");
        w.string(i.cat.name);
        if (const auto* fc = find_category<F>(i.cat)) {
            w.key("label");
            w.string(fc->label);
        }
        w.key("name");
        w.string(i.name);
        w.key("target");
        w.begin_object();
        w.key("cmp");
        w.string(comparator_name(i.target.cmp));
        w.key("value");
        w.string(format_trimmed_decimal(i.target.value));
        w.key("unit");
        w.string(i.target.unit);
        w.key("text");
        w.string(to_string(i.target));
        w.end_object();
        w.key("wording");
        w.string(i.wording);
        w.key("core");
        w.boolean(i.core);
        w.key("weight");
        w.string(to_string(i.weight));
        w.end_object();
    }
    w.end_array();
    w.key("cost_basis");
    w.begin_array();
    for (const auto& l : p.cost_basis) {
        w.begin_object();
        w.key("item");
        w.string(l.item);
        w.key("unit_price");
        w.string(to_string(l.unit_price));
        w.key("price_unit");
        w.string(l.price_unit);
        w.key("quantities");
        w.begin_array();
        for (const auto& q : l.quantities) {
            w.begin_object();
            w.key("value");
            w.string(format_trimmed_decimal(q.value));
            w.key("unit");
            w.string(q.unit);
            w.end_object();
        }
        w.end_array();
        w.key("stated_total");
        write_amount(w, l.stated_total);
        w.key("text");
        w.string(l.text);
        w.key("truncated");
        w.boolean(l.truncated);
        w.end_object();
    }
    w.end_array();
    w.key("remarks");
    w.string(p.remarks);
    w.end_object();
}

template <form F, class A>
void write_totals(json_writer& w, const totals<F, A>& t) {
    w.begin_object();
    w.key("projects");
    w.integer(static_cast<long long>(t.projects));
    w.key("current_column");
    w.string(F::columns[F::current_column]);
    w.key("columns");
    w.begin_object();
    for (std::size_t c = 0; c < F::columns.size(); ++c) {
        w.key(F::columns[c]);
        w.begin_object();
        w.key("total");
        w.string(to_string(t.column[c]));
        w.key("sources");
        w.begin_object();
        for (std::size_t r = 0; r < F::funding_rows.size(); ++r) {
            w.key(F::funding_rows[r]);
            w.string(to_string(t.source[c][r]));
        }
        w.end_object();
        w.end_object();
    }
    w.end_object();
    w.end_object();
}

inline void write_report(json_writer& w, const findings& r) {
    w.begin_object();
    w.key("ok");
    w.boolean(r.ok());
    w.key("errors");
    w.integer(static_cast<long long>(r.errors()));
    w.key("warnings");
    w.integer(static_cast<long long>(r.warnings()));
    w.key("findings");
    w.begin_array();
    for (const finding& f : r) {
        w.begin_object();
        w.key("rule");
        w.string(f.rule_id());
        w.key("severity");
        w.string(to_string_view(f.level()));
        w.key("seq");
        w.integer(f.seq);
        w.key("project");
        w.string(f.project);
        w.key("message");
        w.string(f.message().view());
        w.end_object();
    }
    w.end_array();
    w.end_object();
}

// ------------------------------------------------------------------------------------------------
// Reading: a small DOM that remembers where each value starts.

struct json_member;

struct json_value {
    enum class kind { null, boolean, number, string, array, object };
    kind k = kind::null;
    bool b = false;
    bool escaped = false;  // a string that held escapes: offsets within it are not byte offsets in the text
    std::string text;      // a string's value, or a number's text
    std::vector<json_value> items;
    std::vector<json_member> members;
    std::size_t pos = 0;  // byte offset of the value's first character

    [[nodiscard]] const json_value* get(std::string_view key) const;
};

struct json_member {
    std::string key;
    std::size_t key_pos = 0;
    json_value value;
};

inline const json_value* json_value::get(std::string_view key) const {
    for (const auto& m : members) {
        if (m.key == key) return &m.value;
    }
    return nullptr;
}

inline std::string_view kind_text(json_value::kind k) noexcept {
    switch (k) {
        case json_value::kind::null: return "null";
        case json_value::kind::boolean: return "a boolean";
        case json_value::kind::number: return "a number";
        case json_value::kind::string: return "a string";
        case json_value::kind::array: return "an array";
        case json_value::kind::object: return "an object";
    }
    return "a value";
}

/// RFC 8259 syntax into a json_value; stops at the first error.
class json_parser {
public:
    explicit json_parser(std::string_view s) : s_(s) {}

    std::optional<cell_error> parse(json_value& out) {
        skip_ws();
        if (!value(out, 0)) return error_;
        skip_ws();
        if (i_ != s_.size()) return cell_error{i_, "unexpected text after the JSON document"};
        return std::nullopt;
    }

private:
    static constexpr int max_depth = 64;

    bool fail(std::size_t at, std::string reason) {
        error_ = cell_error{at, std::move(reason)};
        return false;
    }
    void skip_ws() {
        while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_;
    }
    bool literal(std::string_view word) {
        if (s_.substr(i_, word.size()) != word) return fail(i_, "expected a JSON value");
        i_ += word.size();
        return true;
    }
    bool value(json_value& v, int depth) {
        v.pos = i_;
        if (i_ == s_.size()) return fail(i_, "expected a JSON value, found the end of the text");
        const char c = s_[i_];
        switch (c) {
            case '{': return object(v, depth);
            case '[': return array(v, depth);
            case '"': v.k = json_value::kind::string; return string(v.text, v.escaped);
            case 't': v.k = json_value::kind::boolean; v.b = true; return literal("true");
            case 'f': v.k = json_value::kind::boolean; v.b = false; return literal("false");
            case 'n': v.k = json_value::kind::null; return literal("null");
            default:
                if (c == '-' || (c >= '0' && c <= '9')) return number(v);
                return fail(i_, "expected a JSON value");
        }
    }
    bool object(json_value& v, int depth) {
        if (depth >= max_depth) return fail(i_, "nesting deeper than 64");
        v.k = json_value::kind::object;
        ++i_;
        skip_ws();
        if (i_ < s_.size() && s_[i_] == '}') {
            ++i_;
            return true;
        }
        for (;;) {
            skip_ws();
            if (i_ == s_.size() || s_[i_] != '"') return fail(i_, "expected a key (a string in double quotes)");
            json_member m;
            m.key_pos = i_;
            bool escaped = false;
            if (!string(m.key, escaped)) return false;
            for (const auto& other : v.members) {
                if (other.key == m.key) return fail(m.key_pos, "duplicate key \"" + m.key + "\"");
            }
            skip_ws();
            if (i_ == s_.size() || s_[i_] != ':') return fail(i_, "expected ':' after the key");
            ++i_;
            skip_ws();
            if (!value(m.value, depth + 1)) return false;
            v.members.push_back(std::move(m));
            skip_ws();
            if (i_ < s_.size() && s_[i_] == ',') {
                ++i_;
                continue;
            }
            if (i_ < s_.size() && s_[i_] == '}') {
                ++i_;
                return true;
            }
            return fail(i_, "expected ',' or '}' in an object");
        }
    }
    bool array(json_value& v, int depth) {
        if (depth >= max_depth) return fail(i_, "nesting deeper than 64");
        v.k = json_value::kind::array;
        ++i_;
        skip_ws();
        if (i_ < s_.size() && s_[i_] == ']') {
            ++i_;
            return true;
        }
        for (;;) {
            skip_ws();
            json_value item;
            if (!value(item, depth + 1)) return false;
            v.items.push_back(std::move(item));
            skip_ws();
            if (i_ < s_.size() && s_[i_] == ',') {
                ++i_;
                continue;
            }
            if (i_ < s_.size() && s_[i_] == ']') {
                ++i_;
                return true;
            }
            return fail(i_, "expected ',' or ']' in an array");
        }
    }
    bool hex4(std::size_t at, unsigned& u) {
        u = 0;
        for (std::size_t k = 0; k < 4; ++k) {
            const std::size_t j = at + k;
            if (j >= s_.size()) return fail(at - 2, "\\u needs four hexadecimal digits");
            const char c = s_[j];
            unsigned d = 0;
            if (c >= '0' && c <= '9') {
                d = static_cast<unsigned>(c - '0');
            } else if (c >= 'a' && c <= 'f') {
                d = static_cast<unsigned>(c - 'a' + 10);
            } else if (c >= 'A' && c <= 'F') {
                d = static_cast<unsigned>(c - 'A' + 10);
            } else {
                return fail(at - 2, "\\u needs four hexadecimal digits");
            }
            u = u * 16 + d;
        }
        return true;
    }
    static void put_utf8(std::string& out, unsigned cp) {
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }
    bool string(std::string& out, bool& escaped) {
        const std::size_t open = i_++;
        for (;;) {
            if (i_ >= s_.size()) return fail(open, "a string has no closing double quote");
            const char c = s_[i_];
            if (c == '"') {
                ++i_;
                return true;
            }
            if (static_cast<unsigned char>(c) < 0x20) {
                return fail(i_, "a control character in a string (write it as an escape such as \\n)");
            }
            if (c != '\\') {
                out += c;
                ++i_;
                continue;
            }
            escaped = true;
            const std::size_t esc = i_;
            if (i_ + 1 >= s_.size()) return fail(esc, "a string has no closing double quote");
            const char e = s_[i_ + 1];
            i_ += 2;
            switch (e) {
                case '"': out += '"'; break;
                case '\\': out += '\\'; break;
                case '/': out += '/'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'n': out += '\n'; break;
                case 'r': out += '\r'; break;
                case 't': out += '\t'; break;
                case 'u': {
                    unsigned u = 0;
                    if (!hex4(i_, u)) return false;
                    i_ += 4;
                    if (u >= 0xDC00 && u <= 0xDFFF) return fail(esc, "a low surrogate \\u escape without a high one");
                    if (u >= 0xD800 && u <= 0xDBFF) {
                        unsigned lo = 0;
                        if (s_.substr(i_, 2) != "\\u" || !hex4(i_ + 2, lo) || lo < 0xDC00 || lo > 0xDFFF) {
                            return fail(esc, "a high surrogate \\u escape not followed by a low one");
                        }
                        i_ += 6;
                        u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
                    }
                    put_utf8(out, u);
                    break;
                }
                default: return fail(esc, "an unknown escape in a string");
            }
        }
    }
    bool number(json_value& v) {
        const std::size_t b = i_;
        auto digit = [&] { return i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9'; };
        if (s_[i_] == '-') ++i_;
        if (!digit()) return fail(i_, "expected a digit");
        if (s_[i_] == '0') {
            ++i_;
            if (digit()) return fail(i_, "a number has a leading zero");
        } else {
            while (digit()) ++i_;
        }
        if (i_ < s_.size() && s_[i_] == '.') {
            ++i_;
            if (!digit()) return fail(i_, "expected a digit after the decimal point");
            while (digit()) ++i_;
        }
        if (i_ < s_.size() && (s_[i_] == 'e' || s_[i_] == 'E')) {
            ++i_;
            if (i_ < s_.size() && (s_[i_] == '+' || s_[i_] == '-')) ++i_;
            if (!digit()) return fail(i_, "expected a digit in the exponent");
            while (digit()) ++i_;
        }
        v.k = json_value::kind::number;
        v.text = std::string(s_.substr(b, i_ - b));
        return true;
    }

    std::string_view s_;
    std::size_t i_ = 0;
    std::optional<cell_error> error_;
};

/// Maps a JSON DOM onto projects, collecting every error it finds.
template <form F, class A>
class json_reader {
public:
    using project_type = basic_project<F, A>;

    json_reader(std::string_view text, std::string name) : text_(text), name_(std::move(name)) {}

    json_result<F, A> read() {
        json_result<F, A> out;
        if (text_.starts_with(bom)) text_.remove_prefix(bom.size());
        map_ = text_map(text_);
        if (const std::size_t bad = invalid_utf8_at(text_); bad != std::string_view::npos) {
            error_at(bad, invalid_utf8_reason(text_, bad));
        } else if (auto e = json_parser(text_).parse(root_)) {
            error_at(e->offset, e->reason);
        } else if (expect(root_, json_value::kind::object, "the document")) {
            keys(root_, "the document", {"form", "projects", "totals", "report"});
            if (const auto* f = root_.get("form"); f != nullptr && expect(*f, json_value::kind::string, "form") &&
                                                   f->text != F::name) {
                error(*f, "the document is for the form \"" + f->text + "\", not \"" + std::string(F::name) + "\"");
            }
            if (const auto* ps = required(root_, "projects", "the document");
                ps != nullptr && expect(*ps, json_value::kind::array, "projects")) {
                for (const auto& p : ps->items) read_project(p, out.store);
            }
        }
        out.errors = std::move(errors_);
        if (!out.errors.empty()) out.store = basic_project_store<F, A>{};
        return out;
    }

private:
    void error_at(std::size_t offset, std::string reason) {
        const auto loc = map_.locate(offset);
        errors_.push_back(io_error{name_, loc.line, loc.column, std::move(reason)});
    }
    /// An error about a whole value: at its first character (a string's opening quote).
    void error(const json_value& v, std::string reason) { error_at(v.pos, std::move(reason)); }
    /// An error at byte `within` of a string's value; at its first character if the string holds escapes.
    void error(const json_value& v, std::string reason, std::size_t within) {
        error_at(v.pos + 1 + (v.escaped ? 0 : within), std::move(reason));
    }
    bool expect(const json_value& v, json_value::kind k, std::string_view what) {
        if (v.k == k) return true;
        error(v, std::string(what) + ": expected " + std::string(kind_text(k)) + ", found " +
                     std::string(kind_text(v.k)));
        return false;
    }
    void keys(const json_value& obj, std::string_view what, std::initializer_list<std::string_view> known) {
        for (const auto& m : obj.members) {
            if (std::find(known.begin(), known.end(), m.key) == known.end()) {
                std::string list;
                for (auto k : known) list += (list.empty() ? "" : ", ") + std::string(k);
                error_at(m.key_pos, "unknown key \"" + m.key + "\" in " + std::string(what) + " (known: " + list + ")");
            }
        }
    }
    const json_value* required(const json_value& obj, std::string_view key, std::string_view what) {
        const json_value* v = obj.get(key);
        if (v == nullptr) error(obj, std::string(what) + ": missing key \"" + std::string(key) + "\"");
        return v;
    }

    // Field readers: absent keys leave the default; each reports its own error.
    void text(const json_value& obj, std::string_view key, std::string_view& out) {
        if (const auto* v = obj.get(key); v != nullptr && expect(*v, json_value::kind::string, key)) out = v->text;
    }
    void boolean(const json_value& obj, std::string_view key, bool& out) {
        if (const auto* v = obj.get(key); v != nullptr && expect(*v, json_value::kind::boolean, key)) out = v->b;
    }
    bool integer(const json_value& v, std::string_view what, int& out) {
        if (!expect(v, json_value::kind::number, what)) return false;
        if (auto e = parse_int(v.text, out)) {
            error(v, std::string(what) + ": expected a whole number, found " + v.text);
            return false;
        }
        return true;
    }
    bool amount(const json_value& v, std::string_view what, A& out) {
        if (v.k == json_value::kind::number) {
            error(v, std::string(what) + ": an amount is written as a string (\"518.4000\"), so that it stays exact");
            return false;
        }
        if (!expect(v, json_value::kind::string, what)) return false;
        if (auto e = parse_amount(v.text, false, out)) {
            error(v, "bad amount in " + std::string(what) + " \"" + v.text + "\": " + e->reason, e->offset);
            return false;
        }
        return true;
    }
    void optional_amount(const json_value* v, std::string_view what, std::optional<A>& out) {
        out.reset();
        if (v == nullptr || v->k == json_value::kind::null) return;
        A a{};
        if (amount(*v, what, a)) out = a;
    }
    bool decimal_value(const json_value& v, std::string_view what, decimal& out) {
        if (v.k == json_value::kind::number) {
            error(v, std::string(what) + ": a decimal is written as a string (\"90\"), so that it stays exact");
            return false;
        }
        if (!expect(v, json_value::kind::string, what)) return false;
        if (auto e = parse_decimal(v.text, out)) {
            error(v, "bad number in " + std::string(what) + " \"" + v.text + "\": " + e->reason, e->offset);
            return false;
        }
        return true;
    }
    void date(const json_value& obj, std::string_view key, std::chrono::year_month_day& out) {
        const auto* v = obj.get(key);
        if (v == nullptr || v->k == json_value::kind::null) return;
        if (!expect(*v, json_value::kind::string, key)) return;
        if (auto e = parse_date(v->text, out)) {
            error(*v, "bad date in " + std::string(key) + " \"" + v->text + "\": " + e->reason, e->offset);
        }
    }

    void read_project(const json_value& v, basic_project_store<F, A>& store) {
        if (!expect(v, json_value::kind::object, "a project")) return;
        keys(v, "a project", {"seq", "year", "name", "applicant", "implementer", "start", "end", "funding", "goal",
                              "indicators", "cost_basis", "remarks"});
        project_type p;
        if (const auto* s = required(v, "seq", "a project")) integer(*s, "seq", p.seq);
        if (const auto* y = v.get("year"); y != nullptr && y->k != json_value::kind::null) {
            int year = 0;
            if (integer(*y, "year", year)) p.year = std::chrono::year{year};
        }
        text(v, "name", p.name);
        text(v, "applicant", p.applicant);
        text(v, "implementer", p.implementer);
        date(v, "start", p.start);
        date(v, "end", p.end);
        text(v, "goal", p.goal);
        text(v, "remarks", p.remarks);
        if (const auto* f = required(v, "funding", "a project");
            f != nullptr && expect(*f, json_value::kind::object, "funding")) {
            read_funding(*f, p);
        }
        std::vector<indicator> inds;
        if (const auto* is = v.get("indicators"); is != nullptr && expect(*is, json_value::kind::array, "indicators")) {
            for (const auto& i : is->items) read_indicator(i, inds, store);
        }
        std::vector<cost_line<A>> lines;
        if (const auto* ls = v.get("cost_basis"); ls != nullptr && expect(*ls, json_value::kind::array, "cost_basis")) {
            for (const auto& l : ls->items) read_cost_line(l, lines);
        }
        if (!errors_.empty()) return;  // the store is dropped anyway
        p.indicators = indicator_list<F>(std::span<const indicator>(inds));
        p.cost_basis = std::span<const cost_line<A>>(lines);
        store.add(p);
    }

    void read_funding(const json_value& f, project_type& p) {
        for (const auto& m : f.members) {
            if (std::find(F::columns.begin(), F::columns.end(), m.key) == F::columns.end()) {
                error_at(m.key_pos, "unknown funding column \"" + m.key + "\"");
            }
        }
        for (std::size_t c = 0; c < F::columns.size(); ++c) {
            const std::string what = "funding column \"" + std::string(F::columns[c]) + "\"";
            const json_value* col = required(f, F::columns[c], "funding");
            if (col == nullptr || !expect(*col, json_value::kind::object, what)) continue;
            keys(*col, what, {"total", "sources"});
            if (const auto* t = required(*col, "total", what)) amount(*t, "total", p.funding[c].total);
            const json_value* s = col->get("sources");
            if (s == nullptr || !expect(*s, json_value::kind::object, "sources")) continue;
            for (const auto& m : s->members) {
                if (std::find(F::funding_rows.begin(), F::funding_rows.end(), m.key) == F::funding_rows.end()) {
                    error_at(m.key_pos, "unknown funding row \"" + m.key + "\"");
                }
            }
            for (std::size_t r = 0; r < F::funding_rows.size(); ++r) {
                optional_amount(s->get(F::funding_rows[r]), F::funding_rows[r], p.funding[c].sources[r]);
            }
        }
    }

    void read_indicator(const json_value& v, std::vector<indicator>& out, basic_project_store<F, A>& store) {
        if (!expect(v, json_value::kind::object, "an indicator")) return;
        keys(v, "an indicator", {"level1", "level2", "label", "name", "target", "wording", "core", "weight"});
        indicator ind;
        std::string_view l1, l2;
        for (auto [key, dest] : {std::pair{"level1", &l1}, std::pair{"level2", &l2}}) {
            if (const auto* x = required(v, key, "an indicator"); x != nullptr && expect(*x, json_value::kind::string, key)) {
                if (x->text.empty()) error(*x, std::string(key) + " is empty");
                *dest = x->text;
            }
        }
        ind.cat = category{level1_category{l1}, l2};
        if (const auto* n = required(v, "name", "an indicator"); n != nullptr && expect(*n, json_value::kind::string, "name")) {
            ind.name = n->text;
        }
        if (const auto* t = required(v, "target", "an indicator")) read_target(*t, ind.target, store);
        text(v, "wording", ind.wording);
        boolean(v, "core", ind.core);
        if (const auto* w = v.get("weight")) decimal_value(*w, "weight", ind.weight);
        out.push_back(ind);
    }

    void read_target(const json_value& t, target& goal, basic_project_store<F, A>& store) {
        if (!expect(t, json_value::kind::object, "target")) return;
        keys(t, "a target", {"cmp", "value", "unit", "text"});
        if (const auto* c = required(t, "cmp", "a target"); c != nullptr && expect(*c, json_value::kind::string, "cmp")) {
            if (const auto cmp = comparator_from_name(c->text)) {
                goal.cmp = *cmp;
            } else {
                error(*c, "unknown cmp \"" + c->text + "\" (eq, ge, gt, le, lt, qualitative or none)");
            }
        }
        if (const auto* x = t.get("value")) decimal_value(*x, "value", goal.value);
        if (const auto* u = t.get("unit"); u != nullptr && expect(*u, json_value::kind::string, "unit")) {
            // A unit of the table is static; any other is copied into the store, which the target outlives not.
            const std::string_view known = known_unit(u->text);
            goal.unit = !known.empty() && known == u->text ? known : store.intern(u->text);
        }
        if (const auto* x = t.get("text"); x != nullptr && expect(*x, json_value::kind::string, "text")) {
            const std::string canonical = to_string(goal);
            if (x->text != canonical) {
                error(*x, "target text \"" + x->text + "\" does not match cmp, value and unit (" + canonical + ")");
            }
        }
    }

    void read_cost_line(const json_value& v, std::vector<cost_line<A>>& out) {
        if (!expect(v, json_value::kind::object, "a cost line")) return;
        keys(v, "a cost line", {"item", "unit_price", "price_unit", "quantities", "stated_total", "text", "truncated"});
        cost_line<A> line;
        text(v, "item", line.item);
        if (const auto* u = required(v, "unit_price", "a cost line")) amount(*u, "unit_price", line.unit_price);
        text(v, "price_unit", line.price_unit);
        if (const auto* qs = v.get("quantities"); qs != nullptr && expect(*qs, json_value::kind::array, "quantities")) {
            for (std::size_t k = 0; k < qs->items.size(); ++k) {
                const json_value& q = qs->items[k];
                if (k == quantity_list::capacity) {
                    error(q, "a cost line has at most four quantities");
                    break;
                }
                if (!expect(q, json_value::kind::object, "a quantity")) continue;
                keys(q, "a quantity", {"value", "unit"});
                quantity x;
                if (const auto* val = required(q, "value", "a quantity")) decimal_value(*val, "value", x.value);
                text(q, "unit", x.unit);
                line.quantities.push_back(x);
            }
        }
        optional_amount(v.get("stated_total"), "stated_total", line.stated_total);
        text(v, "text", line.text);
        boolean(v, "truncated", line.truncated);
        out.push_back(line);
    }

    std::string_view text_;
    std::string name_;
    text_map map_;
    json_value root_;  // outlives the projects until they are copied into the store
    std::vector<io_error> errors_;
};

}  // namespace detail::io

/// A JSON document of projects, and (by default) their totals and validation report.
template <project_range R>
std::string write_json(const R& projects, const json_options& opt = {}) {
    using P = detail::range_project_t<R>;
    using F = typename P::form_type;
    detail::io::json_writer w;
    w.begin_object();
    w.key("form");
    w.string(F::name);
    w.key("projects");
    w.begin_array();
    for (const P& p : projects) detail::io::write_project(w, p);
    w.end_array();
    if (opt.totals) {
        w.key("totals");
        detail::io::write_totals(w, total(projects));
    }
    if (opt.report) {
        w.key("report");
        detail::io::write_report(w, validate(projects));
    }
    w.end_object();
    return w.take();
}

/// Totals (aggregate.hpp) as a JSON document.
template <form F, class A>
std::string write_totals_json(const totals<F, A>& t) {
    detail::io::json_writer w;
    detail::io::write_totals(w, t);
    return w.take();
}

/// A validation report as a JSON document.
inline std::string write_report_json(const findings& r) {
    detail::io::json_writer w;
    detail::io::write_report(w, r);
    return w.take();
}

/// Reads projects from a document written by write_json; `name` names the text in errors.
template <form F, class A = wan>
json_result<F, A> read_json(std::string_view text, std::string name = "<json>") {
    return detail::io::json_reader<F, A>(text, std::move(name)).read();
}

/// Reads projects from a JSON file; a file that cannot be read is an error (line and column 0).
template <form F, class A = wan>
json_result<F, A> read_json_file(const std::filesystem::path& path) {
    std::vector<io_error> errors;
    const auto text = detail::io::read_file(path, errors);
    if (!text) return json_result<F, A>{{}, std::move(errors)};
    return read_json<F, A>(*text, path.string());
}

}  // namespace jixiao

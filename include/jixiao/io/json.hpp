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
//                 (a figure the amount type cannot hold is null, and "overflow": [ { "column": "本年度项目资金",
//                 "row": "区财政拨款" (absent for the column's total), "exact": "1844674407370955.1614" } ] follows)
//     "report": { "ok": false, "errors": 1, "warnings": 2,
//                 "findings": [ { "rule": "funding_sources_sum", "severity": "error", "seq": 3,
//                                 "project": "…", "message": "…",
//                                 "file": "projects.csv", "line": 4 } ] }
//                 ("file" and "line": the row the finding is about, for a table read from files; absent otherwise)
//   }
//
// Every amount and decimal is a string ("518.4000", with the type's digits; target values without
// trailing zeros), so that no JSON reader turns it into binary floating point; numbers appear only for
// integers (seq, year, counts). cmp is one of eq, ge, gt, le, lt, qualitative, none.
//
// The keys of projects, indicators and cost lines, their order and which are required come from the record
// schema (schema.hpp), shared with the CSV format and basic_project_store.
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
// leaves the store empty. A byte order mark is allowed. Nesting deeper than 64 is an error. A year is
// 1–9999 or null; a target must meet target_problem's rule, as what CSV reads does (a negative value, a
// unit not in known_units, or a value or unit on a qualitative target or none is an error). At most
// max_errors_per_file errors are listed, the rest counted.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <deque>
#include <filesystem>
#include <initializer_list>
#include <iterator>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <unordered_set>
#include <utility>
#include <vector>

#include "../aggregate.hpp"
#include "../form.hpp"
#include "../project.hpp"
#include "../project_store.hpp"
#include "../schema.hpp"
#include "../validate.hpp"
#include "common.hpp"

namespace jixiao {

/// An error found while reading JSON.
using json_error = io_error;

/// The projects read from a JSON document, or the errors that stopped it (then the store is empty).
template <form F, class A = wan>
using json_result = read_result<F, A>;

/// What write_json puts in a document besides the projects.
struct json_options {
    bool totals = true;  ///< "totals": total() of the projects
    bool report = true;  ///< "report": validate() of the projects
};

namespace detail::io {

/// Builds indented JSON text; the caller keeps keys and values in order.
class json_writer {
public:
    json_writer() = default;
    /// A writer that goes on inside containers already open: `open` has, for each of them from the
    /// outermost, how many elements it holds so far (to write a document in pieces, see json_pieces).
    explicit json_writer(std::vector<std::size_t> open) : counts_(std::move(open)) {}
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
    /// The text so far, without take()'s final line break: a piece of a document.
    [[nodiscard]] std::string take_piece() { return std::move(out_); }

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

inline std::string_view comparator_name(comparator c) noexcept { return comparator_names[static_cast<std::size_t>(c)]; }

inline std::optional<comparator> comparator_from_name(std::string_view s) noexcept {
    for (std::size_t i = 0; i < std::size(comparator_names); ++i) {
        if (comparator_names[i] == s) return static_cast<comparator>(i);
    }
    return std::nullopt;
}

template <class A>
void write_amount(json_writer& w, const std::optional<A>& a) {
    if (a) {
        w.string(money_string(*a));
    } else {
        w.null();
    }
}

template <form F, class R>
void write_record(json_writer& w, const R& r);

/// One field's value, by the field's kind of value.
template <form F, class Field, class T>
void write_value(json_writer& w, const Field&, const T& v) {
    using schema::value_kind;
    constexpr value_kind kind = Field::kind;
    if constexpr (kind == value_kind::integer) {
        w.integer(v);
    } else if constexpr (kind == value_kind::year) {
        if (static_cast<int>(v) == 0) {
            w.null();
        } else {
            w.integer(static_cast<int>(v));
        }
    } else if constexpr (kind == value_kind::text) {
        w.string(v);
    } else if constexpr (kind == value_kind::date) {
        if (blank_date(v)) {
            w.null();
        } else {
            w.string(format_date(v, '-'));
        }
    } else if constexpr (kind == value_kind::amount) {
        w.string(money_string(v));
    } else if constexpr (kind == value_kind::decimal) {
        w.string(to_string(v));
    } else if constexpr (kind == value_kind::optional_amount) {
        write_amount(w, v);
    } else if constexpr (kind == value_kind::yes_no) {
        w.boolean(v);
    } else if constexpr (kind == value_kind::target) {
        w.begin_object();
        w.key("cmp");
        w.string(comparator_name(v.cmp));
        w.key("value");
        w.string(format_trimmed_decimal(v.value));
        w.key("unit");
        w.string(v.unit);
        w.key("text");
        w.string(to_string(v));
        w.end_object();
    } else if constexpr (kind == value_kind::level1) {
        w.string(v.level1.name);
    } else if constexpr (kind == value_kind::level2) {
        w.string(v.name);
    } else if constexpr (kind == value_kind::quantities) {
        w.begin_array();
        for (const auto& q : v) {
            w.begin_object();
            w.key("value");
            w.string(format_trimmed_decimal(q.value));
            w.key("unit");
            w.string(q.unit);
            w.end_object();
        }
        w.end_array();
    } else if constexpr (kind == value_kind::funding) {
        w.begin_object();
        for (std::size_t c = 0; c < F::columns.size(); ++c) {
            w.key(F::columns[c]);
            w.begin_object();
            w.key("total");
            w.string(money_string(v[c].total));
            w.key("sources");
            w.begin_object();
            for (std::size_t r = 0; r < F::funding_rows.size(); ++r) {
                w.key(F::funding_rows[r]);
                write_amount(w, v[c].sources[r]);
            }
            w.end_object();
            w.end_object();
        }
        w.end_object();
    } else if constexpr (kind == value_kind::rows) {
        w.begin_array();
        for (const auto& x : v) write_record<F>(w, x);
        w.end_array();
    }
}

/// A record as an object: its fields, in the schema's order, under their JSON keys.
template <form F, class R>
void write_record(json_writer& w, const R& r) {
    w.begin_object();
    schema::for_each_field<R>([&](const auto& f) {
        using field = std::remove_cvref_t<decltype(f)>;
        if (f.name.json.empty()) return;
        if constexpr (field::kind == schema::value_kind::label) {  // only where the form has the category
            if (const auto* fc = find_category<F>(f.of(r))) {
                w.key(f.name.json);
                w.string(fc->label);
            }
        } else {
            w.key(f.name.json);
            write_value<F>(w, f, f.of(r));
        }
    });
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
        // A figure the amount type cannot hold is null here and given exactly under "overflow".
        w.key("total");
        if (t.held(c)) {
            w.string(money_string(t.column[c]));
        } else {
            w.null();
        }
        w.key("sources");
        w.begin_object();
        for (std::size_t r = 0; r < F::funding_rows.size(); ++r) {
            w.key(F::funding_rows[r]);
            if (t.held(c, r)) {
                w.string(money_string(t.source[c][r]));
            } else {
                w.null();
            }
        }
        w.end_object();
        w.end_object();
    }
    w.end_object();
    if (!t.ok()) {
        w.key("overflow");
        w.begin_array();
        auto beyond = [&](std::size_t c, std::string_view row, const auto& exact) {
            w.begin_object();
            w.key("column");
            w.string(F::columns[c]);
            if (!row.empty()) {
                w.key("row");
                w.string(row);
            }
            w.key("exact");
            w.string(to_string(exact));
            w.end_object();
        };
        for (std::size_t c = 0; c < F::columns.size(); ++c) {
            if (!t.held(c)) beyond(c, {}, t.column_total(c));
            for (std::size_t r = 0; r < F::funding_rows.size(); ++r) {
                if (!t.held(c, r)) beyond(c, F::funding_rows[r], t.source_total(c, r));
            }
        }
        w.end_array();
    }
    w.end_object();
}

/// One finding as a JSON object; with the row it is about, where that is known, as "file" and "line".
inline void write_finding(json_writer& w, const finding& f, const row_origin& source = {}) {
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
    if (source.known()) {
        w.key("file");
        w.string(source.file);
        if (source.line != 0) {
            w.key("line");
            w.integer(static_cast<long long>(source.line));
        }
    }
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
    w.key("infos");
    w.integer(static_cast<long long>(r.infos()));
    w.key("findings");
    w.begin_array();
    for (const finding& f : r) write_finding(w, f);
    w.end_array();
    w.end_object();
}

/// write_json's document in pieces, for a set written a table at a time (its tables and findings are not
/// held): head(), then project(p, k) for the k-th table (from 0), then middle(n tables, totals, report
/// counts), then finding(f, k) for the k-th finding, then tail(m findings).
template <form F>
struct json_pieces {
    static std::string head() {
        json_writer w;
        w.begin_object();
        w.key("form");
        w.string(F::name);
        w.key("projects");
        w.begin_array();
        return w.take_piece();
    }
    template <class A>
    static std::string project(const basic_project<F, A>& p, std::size_t k) {
        json_writer w({2, k});
        write_record<F>(w, p);
        return w.take_piece();
    }
    template <class A>
    static std::string middle(std::size_t n, const totals<F, A>& t, bool ok, std::size_t errors, std::size_t warnings,
                              std::size_t infos = 0) {
        json_writer w({2, n});
        w.end_array();
        w.key("totals");
        write_totals(w, t);
        w.key("report");
        w.begin_object();
        w.key("ok");
        w.boolean(ok);
        w.key("errors");
        w.integer(static_cast<long long>(errors));
        w.key("warnings");
        w.integer(static_cast<long long>(warnings));
        w.key("infos");
        w.integer(static_cast<long long>(infos));
        w.key("findings");
        w.begin_array();
        return w.take_piece();
    }
    static std::string finding(const jixiao::finding& f, std::size_t k, const row_origin& source = {}) {
        json_writer w({4, 4, k});
        write_finding(w, f, source);
        return w.take_piece();
    }
    static std::string tail(std::size_t m) {
        json_writer w({4, 4, m});
        w.end_array();
        w.end_object();
        w.end_object();
        return w.take();
    }
};

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

inline std::string_view kind_text_zh(json_value::kind k) noexcept {
    switch (k) {
        case json_value::kind::null: return "null";
        case json_value::kind::boolean: return "布尔值（true/false）";
        case json_value::kind::number: return "数字";
        case json_value::kind::string: return "字符串";
        case json_value::kind::array: return "数组";
        case json_value::kind::object: return "对象";
    }
    return "值";
}

/// What a message names in Chinese: the phrases the reader passes as `what` ("the document", "a project");
/// a key ("seq") is shown as it is.
inline std::string what_zh(std::string_view what) {
    struct entry {
        std::string_view en, zh;
    };
    static constexpr entry table[] = {
        {"the document", "文档"},    {"a project", "项目"},  {"an indicator", "指标"},
        {"a cost line", "测算依据"}, {"a quantity", "数量"}, {"a target", "指标值（target）"},
        {"an object", "对象"},       {"an array", "数组"},
    };
    for (const auto& e : table) {
        if (e.en == what) return std::string(e.zh);
    }
    constexpr std::string_view column = "funding column \"";
    if (what.starts_with(column) && what.ends_with('"')) {
        return "资金列「" + std::string(what.substr(column.size(), what.size() - column.size() - 1)) + "」";
    }
    return std::string(what);
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
        if (i_ != s_.size()) {
            return cell_error{i_, {"JSON 文档结束后还有多余的文字", "unexpected text after the JSON document"}};
        }
        return std::nullopt;
    }

private:
    static constexpr int max_depth = 64;

    bool fail(std::size_t at, io_text reason) {
        error_ = cell_error{at, std::move(reason)};
        return false;
    }
    void skip_ws() {
        while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_;
    }
    bool literal(std::string_view word) {
        if (s_.substr(i_, word.size()) != word) return fail(i_, {"应为 JSON 值", "expected a JSON value"});
        i_ += word.size();
        return true;
    }
    bool value(json_value& v, int depth) {
        v.pos = i_;
        if (i_ == s_.size())
            return fail(i_, {"应为 JSON 值，文字却已结束", "expected a JSON value, found the end of the text"});
        const char c = s_[i_];
        switch (c) {
            case '{': return object(v, depth);
            case '[': return array(v, depth);
            case '"': v.k = json_value::kind::string; return string(v.text, v.escaped);
            case 't':
                v.k = json_value::kind::boolean;
                v.b = true;
                return literal("true");
            case 'f':
                v.k = json_value::kind::boolean;
                v.b = false;
                return literal("false");
            case 'n': v.k = json_value::kind::null; return literal("null");
            default:
                if (c == '-' || (c >= '0' && c <= '9')) return number(v);
                return fail(i_, {"应为 JSON 值", "expected a JSON value"});
        }
    }
    /// An object or an array: `item` reads one member or element; the separators and the end are read here.
    template <class Item>
    bool container(json_value& v, int depth, json_value::kind k, char close, std::string_view what, Item item) {
        if (depth >= max_depth) return fail(i_, {"嵌套超过 64 层", "nesting deeper than 64"});
        v.k = k;
        ++i_;
        skip_ws();
        if (i_ < s_.size() && s_[i_] == close) {
            ++i_;
            return true;
        }
        for (;;) {
            skip_ws();
            if (!item()) return false;
            skip_ws();
            if (i_ < s_.size() && s_[i_] == ',') {
                ++i_;
                continue;
            }
            if (i_ < s_.size() && s_[i_] == close) {
                ++i_;
                return true;
            }
            return fail(i_, {"在" + what_zh(what) + "中应为「,」或「" + std::string(1, close) + "」",
                             "expected ',' or '" + std::string(1, close) + "' in " + std::string(what)});
        }
    }
    bool object(json_value& v, int depth) {
        std::unordered_set<std::string> seen;  // filled only once the object is large
        return container(v, depth, json_value::kind::object, '}', "an object", [&] {
            if (i_ == s_.size() || s_[i_] != '"')
                return fail(i_, {"应为键（用双引号括起的字符串）", "expected a key (a string in double quotes)"});
            json_member m;
            m.key_pos = i_;
            bool escaped = false;
            if (!string(m.key, escaped)) return false;
            if (is_duplicate(v, seen, m.key))
                return fail(m.key_pos, {"键「" + shown(m.key) + "」重复了", "duplicate key \"" + shown(m.key) + "\""});
            skip_ws();
            if (i_ == s_.size() || s_[i_] != ':') return fail(i_, {"键后面应为「:」", "expected ':' after the key"});
            ++i_;
            skip_ws();
            if (!value(m.value, depth + 1)) return false;
            v.members.push_back(std::move(m));
            return true;
        });
    }
    /// Whether an object already has the key: a scan while it is small, then a hash set of its keys
    /// (a scan per key is quadratic: 14 s for an object of 100,000 keys).
    static bool is_duplicate(const json_value& v, std::unordered_set<std::string>& seen, const std::string& key) {
        constexpr std::size_t scan_up_to = 16;
        if (v.members.size() <= scan_up_to) {
            return std::any_of(v.members.begin(), v.members.end(), [&](const json_member& o) { return o.key == key; });
        }
        if (seen.empty()) {
            for (const auto& o : v.members) seen.insert(o.key);
        }
        return !seen.insert(key).second;
    }
    bool array(json_value& v, int depth) {
        return container(v, depth, json_value::kind::array, ']', "an array", [&] {
            json_value item;
            if (!value(item, depth + 1)) return false;
            v.items.push_back(std::move(item));
            return true;
        });
    }
    bool hex4(std::size_t at, unsigned& u) {
        u = 0;
        for (std::size_t k = 0; k < 4; ++k) {
            const std::size_t j = at + k;
            if (j >= s_.size())
                return fail(at - 2, {"\\u 后面要有四位十六进制数字", "\\u needs four hexadecimal digits"});
            const char c = s_[j];
            unsigned d = 0;
            if (c >= '0' && c <= '9') {
                d = static_cast<unsigned>(c - '0');
            } else if (c >= 'a' && c <= 'f') {
                d = static_cast<unsigned>(c - 'a' + 10);
            } else if (c >= 'A' && c <= 'F') {
                d = static_cast<unsigned>(c - 'A' + 10);
            } else {
                return fail(at - 2, {"\\u 后面要有四位十六进制数字", "\\u needs four hexadecimal digits"});
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
            if (i_ >= s_.size()) return fail(open, {"字符串没有结束的双引号", "a string has no closing double quote"});
            const char c = s_[i_];
            if (c == '"') {
                ++i_;
                return true;
            }
            if (static_cast<unsigned char>(c) < 0x20) {
                return fail(i_, {"字符串里有控制字符（请写成转义，如 \\n）",
                                 "a control character in a string (write it as an escape such as \\n)"});
            }
            if (c != '\\') {
                out += c;
                ++i_;
                continue;
            }
            escaped = true;
            const std::size_t esc = i_;
            if (i_ + 1 >= s_.size())
                return fail(esc, {"字符串没有结束的双引号", "a string has no closing double quote"});
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
                    if (u >= 0xDC00 && u <= 0xDFFF)
                        return fail(esc, {"\\u 转义的低位代理前面没有高位代理",
                                          "a low surrogate \\u escape without a high one"});
                    if (u >= 0xD800 && u <= 0xDBFF) {
                        unsigned lo = 0;
                        if (s_.substr(i_, 2) != "\\u" || !hex4(i_ + 2, lo) || lo < 0xDC00 || lo > 0xDFFF) {
                            return fail(esc, {"\\u 转义的高位代理后面没有低位代理",
                                              "a high surrogate \\u escape not followed by a low one"});
                        }
                        i_ += 6;
                        u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
                    }
                    put_utf8(out, u);
                    break;
                }
                default: return fail(esc, {"字符串里有不认识的转义", "an unknown escape in a string"});
            }
        }
    }
    bool number(json_value& v) {
        const std::size_t b = i_;
        auto digit = [&] { return i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9'; };
        if (s_[i_] == '-') ++i_;
        if (!digit()) return fail(i_, {"应为数字", "expected a digit"});
        if (s_[i_] == '0') {
            ++i_;
            if (digit()) return fail(i_, {"数字不能以 0 开头", "a number has a leading zero"});
        } else {
            while (digit()) ++i_;
        }
        if (i_ < s_.size() && s_[i_] == '.') {
            ++i_;
            if (!digit()) return fail(i_, {"小数点后应有数字", "expected a digit after the decimal point"});
            while (digit()) ++i_;
        }
        if (i_ < s_.size() && (s_[i_] == 'e' || s_[i_] == 'E')) {
            ++i_;
            if (i_ < s_.size() && (s_[i_] == '+' || s_[i_] == '-')) ++i_;
            if (!digit()) return fail(i_, {"指数部分应有数字", "expected a digit in the exponent"});
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

    json_reader(std::string_view text, std::string name) : text_(text), name_(name), sink_(errors_, std::move(name)) {}
    json_reader(const json_reader&) = delete;  // sink_ points at errors_
    json_reader& operator=(const json_reader&) = delete;

    json_result<F, A> read() {
        json_result<F, A> out;
        if (text_.starts_with(bom)) text_.remove_prefix(bom.size());
        map_ = text_map(text_);
        if (text_.empty()) {
            sink_.add(io_error::make(name_, 0, 0, {"文件是空的", "the file is empty"}));
        } else if (const std::size_t bad = invalid_utf8_at(text_); bad != std::string_view::npos) {
            error_at(bad, invalid_utf8_reason(text_, bad));
        } else if (auto e = json_parser(text_).parse(root_)) {
            error_at(e->offset, e->reason);
        } else if (expect(root_, json_value::kind::object, "the document")) {
            keys(root_, "the document", {"form", "projects", "totals", "report"});
            if (const auto* f = root_.get("form");
                f != nullptr && expect(*f, json_value::kind::string, "form") && f->text != F::name) {
                error(*f, {"文档的表样是「" + shown(f->text) + "」，不是「" + std::string(F::name) + "」",
                           "the document is for the form \"" + shown(f->text) + "\", not \"" + std::string(F::name) +
                               "\""});
            }
            if (const auto* ps = required(root_, "projects", "the document");
                ps != nullptr && expect(*ps, json_value::kind::array, "projects")) {
                for (const auto& p : ps->items) read_project(p, out.store, out.origins);
            }
        }
        out.unlisted_errors = sink_.close();
        out.unlisted_notes = out.unlisted_errors > 0 ? 1 : 0;
        out.errors = std::move(errors_);
        if (!out.errors.empty()) {
            out.store = basic_project_store<F, A>{};
            out.origins.clear();
        }
        return out;
    }

private:
    void error_at(std::size_t offset, io_text reason) {
        if (!sink_.listing()) {
            sink_.count();
            return;
        }
        const auto loc = map_.locate(offset);
        sink_.add(io_error::make(name_, loc.line, loc.column, std::move(reason)));
    }
    /// An error about a whole value: at its first character (a string's opening quote).
    void error(const json_value& v, io_text reason) { error_at(v.pos, std::move(reason)); }
    /// An error at byte `within` of a string's value; at its first character if the string holds escapes.
    void error(const json_value& v, io_text reason, std::size_t within) {
        error_at(v.pos + 1 + (v.escaped ? 0 : within), std::move(reason));
    }
    /// "bad amount in what \"x\": why" and 「what「x」：why」.
    static io_text json_bad(std::string_view en_what, std::string_view what, std::string_view text,
                            const io_text& why) {
        return {what_zh(what) + "「" + shown(text) + "」：" + why.zh,
                std::string(en_what) + std::string(what) + " \"" + shown(text) + "\": " + why.en};
    }
    bool expect(const json_value& v, json_value::kind k, std::string_view what) {
        if (v.k == k) return true;
        error(v, {what_zh(what) + "：应为" + std::string(kind_text_zh(k)) + "，实为" + std::string(kind_text_zh(v.k)),
                  std::string(what) + ": expected " + std::string(kind_text(k)) + ", found " +
                      std::string(kind_text(v.k))});
        return false;
    }
    void keys(const json_value& obj, std::string_view what, std::initializer_list<std::string_view> known) {
        keys(obj, what, std::span<const std::string_view>(known.begin(), known.size()));
    }
    void keys(const json_value& obj, std::string_view what, std::span<const std::string_view> known) {
        for (const auto& m : obj.members) {
            if (std::find(known.begin(), known.end(), m.key) == known.end()) {
                if (!sink_.listing()) {
                    sink_.count();  // not listed: do not build the message
                    continue;
                }
                std::string list;
                for (auto k : known) list += (list.empty() ? "" : ", ") + std::string(k);
                error_at(m.key_pos,
                         {what_zh(what) + "中有不认识的键「" + shown(m.key) + "」（可用的键：" + list + "）",
                          "unknown key \"" + shown(m.key) + "\" in " + std::string(what) + " (known: " + list + ")"});
            }
        }
    }
    const json_value* required(const json_value& obj, std::string_view key, std::string_view what) {
        const json_value* v = obj.get(key);
        if (v == nullptr) {
            error(obj, {what_zh(what) + "缺少键「" + std::string(key) + "」",
                        std::string(what) + ": missing key \"" + std::string(key) + "\""});
        }
        return v;
    }

    // Value readers: each reports its own error.
    bool integer(const json_value& v, std::string_view what, int& out) {
        if (!expect(v, json_value::kind::number, what)) return false;
        if (auto e = parse_int(v.text, out)) {
            error(v, {what_zh(what) + "：应为整数，实为 " + shown(v.text),
                      std::string(what) + ": expected a whole number, found " + shown(v.text)});
            return false;
        }
        return true;
    }
    bool amount(const json_value& v, std::string_view what, A& out) {
        if (v.k == json_value::kind::number) {
            error(v, {what_zh(what) + "：金额要写成字符串（\"518.4000\"），才能保持精确",
                      std::string(what) + ": an amount is written as a string (\"518.4000\"), so that it stays exact"});
            return false;
        }
        if (!expect(v, json_value::kind::string, what)) return false;
        if (auto e = parse_amount(v.text, false, out)) {
            error(v, json_bad("bad amount in ", what, v.text, e->reason), e->offset);
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
            error(v, {what_zh(what) + "：小数要写成字符串（\"90\"），才能保持精确",
                      std::string(what) + ": a decimal is written as a string (\"90\"), so that it stays exact"});
            return false;
        }
        if (!expect(v, json_value::kind::string, what)) return false;
        if (auto e = parse_decimal(v.text, out)) {
            error(v, json_bad("bad number in ", what, v.text, e->reason), e->offset);
            return false;
        }
        return true;
    }

    /// The JSON keys of a record kind, in the schema's order.
    template <class R>
    static std::vector<std::string_view> json_keys() {
        std::vector<std::string_view> out;
        schema::for_each_field<R>([&](const auto& f) {
            if (!f.name.json.empty()) out.push_back(f.name.json);
        });
        return out;
    }

    /// Reads an object into a record, field by field as the schema lists them; false if it is no object.
    template <class R>
    bool read_record(const json_value& v, R& r, basic_project_store<F, A>& store) {
        constexpr std::string_view noun = schema::record<R>::noun;
        if (!expect(v, json_value::kind::object, noun)) return false;
        keys(v, noun, json_keys<R>());
        std::string_view level1, level2;  // a category's parts, read before the category is made
        schema::for_each_field<R>([&](const auto& f) {
            if (f.name.json.empty()) return;
            const json_value* x = schema::required_in_json(f.required) ? required(v, f.name.json, noun)
                                                                       : v.get(f.name.json);
            if (x != nullptr) read_value(*x, f, f.of(r), level1, level2, store);
        });
        schema::for_each_field<R>([&](const auto& f) {
            using field = std::remove_cvref_t<decltype(f)>;
            if constexpr (field::kind == schema::value_kind::level2)
                f.of(r) = category{level1_category{level1}, level2};
        });
        return true;
    }

    /// Reads one field's value, by the field's kind of value.
    template <class Field, class T>
    void read_value(const json_value& x, const Field& f, T& v, std::string_view& level1, std::string_view& level2,
                    basic_project_store<F, A>& store) {
        using schema::value_kind;
        constexpr value_kind kind = Field::kind;
        const std::string_view key = f.name.json;
        if constexpr (kind == value_kind::integer) {
            integer(x, key, v);
        } else if constexpr (kind == value_kind::year) {
            if (x.k == json_value::kind::null || !expect(x, json_value::kind::number, key)) return;
            if (auto e = parse_year(x.text, v)) {
                error(x, {std::string(key) + "：" + e->reason.zh, std::string(key) + ": " + e->reason.en});
            }
        } else if constexpr (kind == value_kind::text) {
            if (expect(x, json_value::kind::string, key)) v = x.text;
        } else if constexpr (kind == value_kind::date) {
            if (x.k == json_value::kind::null || !expect(x, json_value::kind::string, key)) return;
            if (auto e = parse_date(x.text, v)) {
                error(x, json_bad("bad date in ", key, x.text, e->reason), e->offset);
            }
        } else if constexpr (kind == value_kind::amount) {
            amount(x, key, v);
        } else if constexpr (kind == value_kind::optional_amount) {
            optional_amount(&x, key, v);
        } else if constexpr (kind == value_kind::decimal) {
            decimal_value(x, key, v);
        } else if constexpr (kind == value_kind::yes_no) {
            if (expect(x, json_value::kind::boolean, key)) v = x.b;
        } else if constexpr (kind == value_kind::target) {
            read_target(x, v, store);
        } else if constexpr (kind == value_kind::level1 || kind == value_kind::level2) {
            if (!expect(x, json_value::kind::string, key)) return;
            if (x.text.empty()) error(x, {std::string(key) + " 是空的", std::string(key) + " is empty"});
            (kind == value_kind::level1 ? level1 : level2) = x.text;
        } else if constexpr (kind == value_kind::quantities) {
            if (!expect(x, json_value::kind::array, key)) return;
            for (std::size_t k = 0; k < x.items.size(); ++k) {
                const json_value& q = x.items[k];
                if (k == quantity_list::capacity) {
                    error(q, {"一行测算依据最多四个数量", "a cost line has at most four quantities"});
                    break;
                }
                if (!expect(q, json_value::kind::object, "a quantity")) continue;
                keys(q, "a quantity", {"value", "unit"});
                quantity one;
                if (const auto* val = required(q, "value", "a quantity")) decimal_value(*val, "value", one.value);
                if (const auto* u = q.get("unit"); u != nullptr && expect(*u, json_value::kind::string, "unit")) {
                    one.unit = u->text;
                }
                v.push_back(one);
            }
        } else if constexpr (kind == value_kind::funding) {
            if (expect(x, json_value::kind::object, key)) read_funding(x, v);
        } else if constexpr (kind == value_kind::rows) {
            if (!expect(x, json_value::kind::array, key)) return;
            using row = schema::row_type_t<Field>;
            auto& rows = std::get<std::deque<std::vector<row>>>(scratch_).emplace_back();
            auto& lines = std::is_same_v<row, indicator> ? indicator_lines_ : cost_line_lines_;
            for (const auto& item : x.items) {
                row one{};
                if (read_record(item, one, store)) {
                    rows.push_back(one);
                    lines.push_back(row_origin{name_, map_.line_of(item.pos)});
                }
            }
            v = T(std::span<const row>(rows));
        }
    }

    /// Reads a project object; adds it to the store, with its origin (the lines where its object and the objects
    /// of its indicators and cost lines start).
    void read_project(const json_value& v, basic_project_store<F, A>& store, table_origins& origins) {
        project_type p;
        indicator_lines_.clear();
        cost_line_lines_.clear();
        if (!read_record(v, p, store)) return;
        if (errors_.empty()) {  // else the store is dropped anyway
            store.add(p);
            origins.add(table_origin{row_origin{name_, map_.line_of(v.pos)}, indicator_lines_, cost_line_lines_});
        }
        scratch_ = {};
    }

    template <std::size_t Columns>
    void read_funding(const json_value& f, std::array<typename project_type::column_type, Columns>& funding) {
        for (const auto& m : f.members) {
            if (std::find(F::columns.begin(), F::columns.end(), m.key) == F::columns.end()) {
                error_at(m.key_pos,
                         {"不认识的资金列「" + shown(m.key) + "」", "unknown funding column \"" + shown(m.key) + "\""});
            }
        }
        for (std::size_t c = 0; c < F::columns.size(); ++c) {
            const std::string what = "funding column \"" + std::string(F::columns[c]) + "\"";
            const json_value* col = required(f, F::columns[c], "funding");
            if (col == nullptr || !expect(*col, json_value::kind::object, what)) continue;
            keys(*col, what, {"total", "sources"});
            if (const auto* t = required(*col, "total", what)) amount(*t, "total", funding[c].total);
            const json_value* s = col->get("sources");
            if (s == nullptr || !expect(*s, json_value::kind::object, "sources")) continue;
            for (const auto& m : s->members) {
                if (std::find(F::funding_rows.begin(), F::funding_rows.end(), m.key) == F::funding_rows.end()) {
                    error_at(m.key_pos, {"不认识的资金来源行「" + shown(m.key) + "」",
                                         "unknown funding row \"" + shown(m.key) + "\""});
                }
            }
            for (std::size_t r = 0; r < F::funding_rows.size(); ++r) {
                optional_amount(s->get(F::funding_rows[r]), F::funding_rows[r], funding[c].sources[r]);
            }
        }
    }

    void read_target(const json_value& t, target& goal, basic_project_store<F, A>& store) {
        if (!expect(t, json_value::kind::object, "target")) return;
        keys(t, "a target", {"cmp", "value", "unit", "text"});
        const std::size_t errors_before = sink_.count_so_far();
        const auto* c = required(t, "cmp", "a target");
        if (c != nullptr && expect(*c, json_value::kind::string, "cmp")) {
            if (const auto cmp = comparator_from_name(c->text)) {
                goal.cmp = *cmp;
            } else {
                error(*c, {"不认识的 cmp「" + shown(c->text) + "」（可用 eq、ge、gt、le、lt、qualitative 或 none）",
                           "unknown cmp \"" + shown(c->text) + "\" (eq, ge, gt, le, lt, qualitative or none)"});
            }
        }
        const auto* value = t.get("value");
        if (value != nullptr) decimal_value(*value, "value", goal.value);
        const auto* u = t.get("unit");
        if (u != nullptr && expect(*u, json_value::kind::string, "unit")) {
            // A unit of the table is static; any other is copied into the store, which the target outlives not.
            const std::string_view known = known_unit(u->text);
            goal.unit = !known.empty() && known == u->text ? known : store.intern(u->text);
        }
        if (sink_.count_so_far() != errors_before) return;
        // The rule CSV's parse_target meets too, so that what loads from JSON survives a CSV round trip.
        if (const auto bad = target_problem(goal); !bad.ok()) {
            const json_value* at = bad.part == target_part::value ? value : bad.part == target_part::unit ? u : c;
            const io_text why = target_reason(bad.reason);
            error(at != nullptr ? *at : t, {"指标值有误：" + why.zh, "bad target: " + why.en});
            return;
        }
        if (const auto* x = t.get("text"); x != nullptr && expect(*x, json_value::kind::string, "text")) {
            const std::string canonical = to_string(goal);
            if (x->text != canonical) {
                error(*x, {"指标值文字「" + shown(x->text) + "」与 cmp、value、unit 不符（应为「" + canonical + "」）",
                           "target text \"" + shown(x->text) + "\" does not match cmp, value and unit (" + canonical +
                               ")"});
            }
        }
    }

    std::string_view text_;
    std::string name_;
    text_map map_;
    json_value root_;  // outlives the projects until they are copied into the store
    typename jixiao::detail::row_storage<schema::row_types_t<project_type>>::type
        scratch_;                                                // a project's rows, until added
    std::vector<row_origin> indicator_lines_, cost_line_lines_;  // where a project's rows start
    std::vector<io_error> errors_;
    error_sink sink_;  // the first max_errors_per_file of errors_, and how many more
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
    for (const P& p : projects) detail::io::write_record<F>(w, p);
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

// Fuzzes the .xlsx reader (io/xlsx.hpp). An input that starts with "PK" is read as a workbook file as it is;
// any other is split at its 0x00 bytes into the parts of a workbook (a sheet's XML, sharedStrings.xml,
// styles.xml, a second sheet), which are zipped around a fixed workbook.xml, so that the XML readers see the
// mutations instead of a zip checksum that no longer matches. Small limits keep each run short.
// Properties: a failed read has errors, each with a place and a reason, and no workbook; a workbook that opens
// has its cells sorted, unique, within A1:XFD1048576, every number and date a plain decimal; the table-set
// readers (表样 and flat) either read it or give errors with places, never both, never a crash; a set that reads
// is written back by write_xlsx in both layouts and reads again to the same tables, field by field.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include <jixiao/io/xlsx.hpp>

#include <unistd.h>

#include "../xlsx/zip_builder.hpp"
#include "same_record.hpp"

namespace {
[[noreturn]] void fail(const char* what) {
    std::fprintf(stderr, "property violated: %s\n", what);
    std::abort();
}
using form = jixiao::forms::beijing_district_2020;

void check_book(const jixiao::xlsx::workbook& book) {
    for (const auto& s : book.sheets) {
        for (std::size_t i = 0; i < s.cells.size(); ++i) {
            const auto& c = s.cells[i];
            if (c.row < 1 || c.row > jixiao::xlsx::max_row || c.column < 1 || c.column > jixiao::xlsx::max_column) {
                fail("a cell beyond XFD1048576");
            }
            if (i > 0) {
                const auto& p = s.cells[i - 1];
                if (p.row > c.row || (p.row == c.row && p.column >= c.column)) fail("cells not sorted or not unique");
            }
            if (c.kind == jixiao::xlsx::cell_kind::number || c.kind == jixiao::xlsx::cell_kind::date) {
                if (c.value.empty()) fail("an empty number");
                for (char ch : c.value) {
                    if (!((ch >= '0' && ch <= '9') || ch == '.' || ch == '-'))
                        fail("a number that is no plain decimal");
                }
            }
            if (c.kind == jixiao::xlsx::cell_kind::date) (void)jixiao::xlsx::cell_date(c, book.date1904);
        }
    }
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view all(reinterpret_cast<const char*>(data), size);
    jixiao::xlsx::limits lim;
    lim.max_part_size = 1 << 20;
    lim.max_total_size = 4 << 20;
    lim.max_cells = 20000;
    lim.max_shared_strings = 5000;
    std::string bytes;
    if (all.starts_with("PK")) {
        bytes = std::string(all);
    } else {
        std::vector<std::string> parts;
        std::size_t start = 0;
        for (int k = 0; k < 4; ++k) {
            const std::size_t z = k < 3 ? all.find('\0', start) : std::string_view::npos;
            parts.emplace_back(all.substr(start, z == std::string_view::npos ? std::string_view::npos : z - start));
            if (z == std::string_view::npos) break;
            start = z + 1;
        }
        parts.resize(4);
        std::vector<xlsx_test::test_sheet> sheets{{"序号1", parts[0]}};
        if (!parts[3].empty()) sheets.push_back({"目录", parts[3]});
        try {
            bytes = xlsx_test::make_zip(xlsx_test::workbook_parts(sheets, parts[1].empty() ? nullptr : &parts[1],
                                                                  parts[2].empty() ? nullptr : &parts[2]),
                                        true);
        } catch (const std::exception&) {
            return 0;
        }
    }
    const auto r = jixiao::xlsx::read_workbook(bytes, "f.xlsx", lim);
    if (!r.ok()) {
        if (r.book) fail("a failed read kept its workbook");
        if (r.errors.empty()) fail("a failed read without errors");
        for (const auto& e : r.errors) {
            if (e.file.empty() || e.reason.empty()) fail("an error without place or reason");
        }
        return 0;
    }
    check_book(*r.book);
    const auto t = jixiao::read_xlsx<form>(*r.book);
    if (t.ok() == !t.errors.empty()) fail("a result both read and failed");
    if (!t.ok() && !t.store.empty()) fail("a failed read returned projects");
    for (const auto& e : t.errors) {
        if (e.file.empty() || e.reason.empty()) fail("a table error without place or reason");
    }
    if (!t.ok() || t.store.empty()) return 0;
    const std::string path = "/tmp/fuzz_xlsx_" + std::to_string(::getpid()) + ".xlsx";
    for (auto layout : {jixiao::xlsx_write_layout::flat, jixiao::xlsx_write_layout::form}) {
        if (const auto e = jixiao::write_xlsx(t.store, path, {layout})) {
            // A text longer than a cell holds is the one thing write_xlsx may refuse.
            if (e->reason.find("32767") == std::string::npos && e->reason.find("length") == std::string::npos) {
                std::fprintf(stderr, "%s\n", e->to_string().c_str());
                fail("write_xlsx failed");
            }
            continue;
        }
        const auto again = jixiao::read_xlsx_file<form>(path);
        // The flat layout keeps the CSV layout's one limit: rows of a 序号 used twice cannot tell their table.
        if (!again.ok()) {
            for (const auto& e : again.errors) std::fprintf(stderr, "%s\n", e.to_string().c_str());
            if (layout == jixiao::xlsx_write_layout::flat) continue;
            fail("a written workbook does not read back");
        }
        if (again.store.size() != t.store.size()) fail("a written workbook reads back to another size");
        for (std::size_t k = 0; k < t.store.size(); ++k) {
            if (!fuzz::same_record(again.store[k], t.store[k])) fail("a written table reads back otherwise");
        }
    }
    std::remove(path.c_str());
    return 0;
}

// The committed hostile workbooks (tests/data/xlsx/hostile, made by make_hostile.py): each refused with its reason,
// quickly and without the memory its claims would take, through the table-set reader jixiao_check uses.
#include <jixiao/io/xlsx.hpp>

#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <string_view>

namespace hostile_test {

namespace {

using F = jixiao::forms::beijing_district_2020;
const std::filesystem::path hostile = std::filesystem::path(JIXIAO_SOURCE_DIR) / "tests" / "data" / "xlsx" / "hostile";

/// The one error reading the file gives, with the file's directory left out.
std::string refused(std::string_view name) {
    const auto r = jixiao::read_xlsx_file<F>(hostile / name);
    REQUIRE_FALSE(r.ok());
    CHECK(r.store.empty());
    REQUIRE(r.errors.size() == 1);
    std::string e = r.errors[0].to_string(jixiao::language::en);
    const std::string dir = hostile.string() + "/";
    if (e.starts_with(dir)) e.erase(0, dir.size());
    return e;
}

}  // namespace

TEST_SUITE("xlsx.hostile") {

TEST_CASE("zip bombs stop at the cap, whatever the archive claims") {
    CHECK(refused("zip_bomb.xlsx") ==
          "zip_bomb.xlsx[序号1]: the part xl/worksheets/sheet1.xml inflates to more than 134217728 bytes "
          "(limits::max_part_size; 209715333 seen); refused as a zip bomb");
    // Its headers claim 1000 bytes: the inflated bytes are counted, and the read stops just past the cap.
    CHECK(refused("zip_bomb_lying.xlsx")
              .starts_with(
                  "zip_bomb_lying.xlsx[序号1]: the part xl/worksheets/sheet1.xml inflates to more than 134217728 bytes "
                  "(limits::max_part_size; 1342"));
    CHECK(refused("huge_shared_strings.xlsx") ==
          "huge_shared_strings.xlsx: the part xl/sharedStrings.xml inflates to more than 134217728 bytes "
          "(limits::max_part_size; 188743794 seen); refused as a zip bomb");
}

TEST_CASE("malformed and hostile XML") {
    CHECK(refused("billion_laughs.xlsx") ==
          "billion_laughs.xlsx[序号1]: a DOCTYPE declaration, which no OOXML part has");
    CHECK(refused("malformed.xlsx") ==
          "malformed.xlsx[序号1]: xl/worksheets/sheet1.xml: malformed XML at line 1, column 141: mismatched tag");
    CHECK(refused("missing_sheet.xlsx") == "missing_sheet.xlsx[序号1]: the part xl/worksheets/sheet1.xml is missing");
}

TEST_CASE("cells that cannot be") {
    CHECK(refused("beyond_xfd.xlsx") ==
          "beyond_xfd.xlsx[序号1]: cell reference 「XFE1」 is not a cell of A1:XFD1048576");
    CHECK(refused("beyond_last_row.xlsx") == "beyond_last_row.xlsx[序号1]: row number 「1048577」 is not 1-1048576");
    CHECK(refused("duplicate_cell.xlsx") == "duplicate_cell.xlsx[序号1]!B7: the cell is given twice");
    CHECK(refused("absurd_shared_index.xlsx") ==
          "absurd_shared_index.xlsx[序号1]!C2: shared string 「4294967296」 is not an index of the shared-string table "
          "(1 strings)");
    CHECK(refused("formula_no_cache.xlsx")
              .starts_with("formula_no_cache.xlsx[序号1]!B7: a formula without a cached value"));
    CHECK(refused("overlapping_merge.xlsx") == "overlapping_merge.xlsx[序号1]: merged ranges A1:B2 and B2:C3 overlap");
    CHECK(refused("huge_merge.xlsx") ==
          "huge_merge.xlsx[序号1]: merged ranges cover more than 2000000 cells in the workbook (limits::max_cells)");
}

TEST_CASE("files that are no workbook") {
    CHECK(refused("not_a_zip.xlsx") ==
          "not_a_zip.xlsx: not an .xlsx workbook (cannot open it as a zip archive: Not a zip archive)");
    CHECK(refused("truncated.xlsx") ==
          "truncated.xlsx: not an .xlsx workbook (cannot open it as a zip archive: Not a zip archive)");
}

}  // TEST_SUITE

}  // namespace hostile_test

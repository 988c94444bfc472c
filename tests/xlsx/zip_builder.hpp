// Test helper: a zip archive built in memory with libzip, and a minimal workbook made of XML parts, so that a
// test (or the fuzzer) can hand the reader any sheet, shared-string or style part it likes.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <zip.h>

namespace xlsx_test {

/// The bytes of a zip archive holding these (name, content) entries, deflated (or stored, if `store`).
inline std::string make_zip(const std::vector<std::pair<std::string, std::string>>& entries, bool store = false) {
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t* src = zip_source_buffer_create(nullptr, 0, 0, &err);
    if (src == nullptr) throw std::runtime_error("zip_source_buffer_create");
    zip_t* z = zip_open_from_source(src, ZIP_TRUNCATE, &err);
    if (z == nullptr) {
        zip_source_free(src);
        throw std::runtime_error("zip_open_from_source");
    }
    zip_source_keep(src);
    for (const auto& [name, content] : entries) {
        zip_source_t* s = zip_source_buffer(z, content.data(), content.size(), 0);
        const zip_int64_t i = zip_file_add(z, name.c_str(), s, ZIP_FL_ENC_UTF_8);
        if (i < 0) throw std::runtime_error("zip_file_add");
        if (store) zip_set_file_compression(z, static_cast<zip_uint64_t>(i), ZIP_CM_STORE, 0);
    }
    if (zip_close(z) != 0) throw std::runtime_error("zip_close");
    std::string out;
    if (zip_source_open(src) == 0) {
        zip_source_seek(src, 0, SEEK_END);
        const zip_int64_t size = zip_source_tell(src);
        zip_source_seek(src, 0, SEEK_SET);
        out.resize(static_cast<std::size_t>(size));
        zip_source_read(src, out.data(), static_cast<zip_uint64_t>(size));
        zip_source_close(src);
    }
    zip_source_free(src);
    zip_error_fini(&err);
    return out;
}

inline constexpr std::string_view main_ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
inline constexpr std::string_view rel_ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// One sheet of a test workbook: its name, state attribute ("" for none) and the XML inside <worksheet>.
struct test_sheet {
    std::string name;
    std::string body;  // e.g. <sheetData>…</sheetData><mergeCells>…</mergeCells>
    std::string state{};
};

/// The parts of a workbook with these sheets, shared strings (the <si> elements, or none) and styles (the
/// inside of <styleSheet>, or none); `workbook_pr` goes into <workbookPr …/>.
inline std::vector<std::pair<std::string, std::string>> workbook_parts(const std::vector<test_sheet>& sheets,
                                                                       const std::string* shared_strings = nullptr,
                                                                       const std::string* styles = nullptr,
                                                                       std::string_view workbook_pr = "") {
    std::vector<std::pair<std::string, std::string>> parts;
    parts.emplace_back("[Content_Types].xml",
                       "<?xml version=\"1.0\"?><Types "
                       "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"></Types>");
    parts.emplace_back("_rels/.rels",
                       "<?xml version=\"1.0\"?><Relationships "
                       "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
                       "Id=\"rId1\" Type=\"" +
                           std::string(rel_ns) + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
    std::string wb = "<?xml version=\"1.0\"?><workbook xmlns=\"" + std::string(main_ns) + "\" xmlns:r=\"" +
                     std::string(rel_ns) + "\"><workbookPr " + std::string(workbook_pr) + "/><sheets>";
    std::string rels =
        "<?xml version=\"1.0\"?><Relationships "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    for (std::size_t i = 0; i < sheets.size(); ++i) {
        const std::string n = std::to_string(i + 1);
        wb += "<sheet name=\"" + sheets[i].name + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"" +
              (sheets[i].state.empty() ? "" : " state=\"" + sheets[i].state + "\"") + "/>";
        rels += "<Relationship Id=\"rId" + n + "\" Type=\"" + std::string(rel_ns) +
                "/worksheet\" Target=\"worksheets/sheet" + n + ".xml\"/>";
        parts.emplace_back("xl/worksheets/sheet" + n + ".xml", "<?xml version=\"1.0\"?><worksheet xmlns=\"" +
                                                                   std::string(main_ns) + "\">" + sheets[i].body +
                                                                   "</worksheet>");
    }
    if (shared_strings != nullptr) {
        rels += "<Relationship Id=\"rSS\" Type=\"" + std::string(rel_ns) +
                "/sharedStrings\" Target=\"sharedStrings.xml\"/>";
        parts.emplace_back("xl/sharedStrings.xml", "<?xml version=\"1.0\"?><sst xmlns=\"" + std::string(main_ns) +
                                                       "\">" + *shared_strings + "</sst>");
    }
    if (styles != nullptr) {
        rels += "<Relationship Id=\"rST\" Type=\"" + std::string(rel_ns) + "/styles\" Target=\"styles.xml\"/>";
        parts.emplace_back("xl/styles.xml", "<?xml version=\"1.0\"?><styleSheet xmlns=\"" + std::string(main_ns) +
                                                "\">" + *styles + "</styleSheet>");
    }
    wb += "</sheets></workbook>";
    rels += "</Relationships>";
    parts.emplace_back("xl/workbook.xml", wb);
    parts.emplace_back("xl/_rels/workbook.xml.rels", rels);
    return parts;
}

}  // namespace xlsx_test

#include "refnet/own_export_mark.hpp"

#include <sqlite3.h>

#include <cstdint>

#include <nlohmann/json.hpp>

#include "refnet/text.hpp"

namespace refnet {

bool is_own_export_mark(const ExtraField& f) { return iequals(f.name, kOwnExportField); }

std::string own_export_mark(const Record& r) {
  for (const ExtraField& f : r.extra) {
    if (is_own_export_mark(f)) return std::string(trim(f.value));
    if (f.name == "custom" && f.value.find(kOwnExportField) != std::string::npos) {
      const nlohmann::json custom = nlohmann::json::parse(f.value, nullptr, false);
      if (custom.is_object())
        if (auto it = custom.find(std::string(kOwnExportField)); it != custom.end() && it->is_string())
          return std::string(trim(it->get<std::string>()));
    }
  }
  return {};
}

OwnExportMark parse_own_export_mark(std::string_view mark) {
  OwnExportMark m;
  mark = trim(mark);
  const std::size_t slash = mark.find('/');
  m.library = std::string(trim(mark.substr(0, slash)));
  if (slash == std::string_view::npos) return m;
  const std::string_view work = trim(mark.substr(slash + 1));
  std::int64_t n = 0;
  for (char c : work) {
    if (!is_digit(c) || n > (INT64_MAX - 9) / 10) return m;
    n = n * 10 + (c - '0');
  }
  m.work = n;
  return m;
}

std::string own_export_mark_for(std::string_view library,
                                const std::unordered_map<std::string, std::int64_t>* work_ids, std::string_view key) {
  if (library.empty()) return {};
  std::string mark(library);
  if (work_ids)
    if (auto it = work_ids->find(std::string(key)); it != work_ids->end() && it->second > 0)
      mark += "/" + std::to_string(it->second);
  return mark;
}

std::string library_identity(sqlite3* db) {
  sqlite3_stmt* s = nullptr;
  std::string id;
  if (sqlite3_prepare_v2(db, "SELECT id FROM library_identity LIMIT 1", -1, &s, nullptr) == SQLITE_OK &&
      sqlite3_step(s) == SQLITE_ROW)
    if (const unsigned char* t = sqlite3_column_text(s, 0)) id = reinterpret_cast<const char*>(t);
  sqlite3_finalize(s);
  return id;
}

}  // namespace refnet

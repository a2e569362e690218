#include "refnet/own_export_mark.hpp"

#include <sqlite3.h>

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

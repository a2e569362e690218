#include "render.hpp"

#include "cli.hpp"
#include "refnet/text.hpp"

namespace refnet::cli {

std::string short_authors(const Record& r) {
  const auto& list = r.authors.empty() ? r.editors : r.authors;
  auto name = [](const Creator& c) { return c.is_literal() ? c.literal : c.full_family(); };
  if (list.empty()) return "(no author)";
  if (list.size() == 1) return name(list[0]);
  if (list.size() == 2) return name(list[0]) + " & " + name(list[1]);
  return name(list[0]) + " et al.";
}

std::string list_line(const Work& w) {
  const Record& r = w.record;
  std::string out = std::to_string(w.id) + "  " + (r.citekey.empty() ? "-" : r.citekey) + "  ";
  out += r.issued.year ? std::to_string(r.issued.year) : "n.d.";
  out += "  " + short_authors(r) + "  ";
  out += r.title.empty() ? "(untitled)" : r.title;
  if (!r.container_title.empty()) out += " (" + r.container_title + ")";
  return out;
}

std::string work_json(const Work& w) {
  std::string rec = to_json(w.record);  // "{...}"
  std::string out = "{\"id\":" + std::to_string(w.id) + ",";
  out += "\"sources\":[";
  for (std::size_t i = 0; i < w.sources.size(); ++i) {
    const SourceInfo& s = w.sources[i];
    out += (i ? "," : "");
    out += "{\"id\":" + std::to_string(s.id) + ",\"format\":" + json_quote(s.format) + ",\"file\":" + json_quote(s.file) +
           ",\"line\":" + std::to_string(s.line) + ",\"imported_at\":" + json_quote(s.imported_at) + "}";
  }
  out += "],\"tags\":[";
  for (std::size_t i = 0; i < w.tags.size(); ++i) out += (i ? "," : "") + json_quote(w.tags[i]);
  out += "]";
  if (!w.trashed_at.empty()) out += ",\"trashed_at\":" + json_quote(w.trashed_at);
  for (const auto* list : {&w.notes, &w.files}) {
    if (list->empty()) continue;
    out += list == &w.notes ? ",\"notes\":[" : ",\"files\":[";
    for (std::size_t i = 0; i < list->size(); ++i) out += (i ? "," : "") + json_quote((*list)[i]);
    out += "]";
  }
  if (rec.size() > 2) out += "," + rec.substr(1);
  else out += "}";
  return out;
}

}  // namespace refnet::cli

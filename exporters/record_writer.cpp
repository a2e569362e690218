#include "refnet/exporter.hpp"

#include <algorithm>

#include "refnet/extra_fields.hpp"

namespace refnet {

void write_records(RecordWriter& w, std::ostream& out, const std::vector<Record>& records) {
  std::string buf;
  w.begin(buf);
  for (const auto& r : records) {
    w.record(buf, r);
    if (buf.size() >= (1u << 20)) {
      out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
      buf.clear();
    }
  }
  w.end(buf);
  out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
}

namespace {

// A field that is no value of the work: its type, or the source's markup;
// or a value written with the record's fields (MEDLINE's OT and PubMed's
// Keyword are keywords, kept apart only to tell them from MeSH's).
bool structural(const Record& r, const ExtraField& f) {
  if (is_own_keyword_field(r, f)) return true;
  std::string_view format = f.format.empty() ? std::string_view(r.provenance.format) : std::string_view(f.format);
  if (!f.name.empty() && f.name[0] == '@') return true;  // BibTeX @preamble, @title, @macro
  // An unsigned work's "[Anonymous]": written as each format writes no
  // author (CSL-JSON has none; BibTeX's author = {Anonymous}, RIS's AU); and
  // the useauthor=false refnet's biblatex writes with it, read back.
  if (f.name == "author-placeholder" && r.authors.empty()) return true;
  if (format == "bibtex" && f.name == "options" && f.value == "useauthor=false" && r.authors.empty() &&
      !r.get_extra("author-placeholder").empty())
    return true;
  if (format == "bibtex") return f.name == "entrytype";
  if (format == "ris" || format == "endnote-tagged" || format == "refworks-tagged") return f.name == "TY" || f.name == "ER";
  if (format == "endnote-xml") return f.name == "ref-type";
  if (format == "wos" || format == "wos-tab") return f.name == "PT";  // J, B, S, P: the type
  return false;
}

}  // namespace

void UnwrittenExtras::record(const Record& r, const std::vector<const ExtraField*>& written) {
  std::string last;  // one key a field, however often the record repeats it
  for (const ExtraField& f : r.extra) {
    if (f.value.find_first_not_of(" \t\r\n") == std::string::npos || structural(r, f)) continue;
    if (std::find(written.begin(), written.end(), &f) != written.end()) continue;
    std::string label = f.name + " (" + (f.format.empty() ? r.provenance.format : f.format) + ")";
    auto it = std::find_if(counts_.begin(), counts_.end(), [&](const auto& c) { return c.first == label; });
    if (it == counts_.end()) it = counts_.insert(counts_.end(), {label, {}});
    ++it->second.values;
    if (it->second.keys.empty() || it->second.keys.back() != r.citekey) it->second.keys.push_back(r.citekey);
  }
}

void UnwrittenExtras::say(std::string_view format, ExportNotes* notes) {
  std::stable_sort(counts_.begin(), counts_.end(),
                   [](const auto& a, const auto& b) { return a.second.values > b.second.values; });
  if (notes)
    for (const auto& [label, c] : counts_)
      notes->warnings.push_back(std::to_string(c.values) + (c.values == 1 ? " value of " : " values of ") + label +
                                " not written: " + std::string(format) + " has no field for it (" + keys_named(c.keys) +
                                ")");
  counts_.clear();
}

}  // namespace refnet

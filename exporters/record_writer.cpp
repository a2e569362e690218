#include "refnet/exporter.hpp"

#include <algorithm>

#include "refnet/extra_fields.hpp"
#include "refnet/own_export_mark.hpp"
#include "refnet/text.hpp"

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
  // Zotero RDF's "#item_123": the item's row in the Zotero that wrote the
  // file, which names it among that Zotero's exports (zotero_item.hpp).
  if (format == "zotero-rdf" && f.name == "zotero-item-id") return true;
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

// A value as compared with another source's copy of it: white space
// collapsed, BibTeX's braces left out ({Economiccomplexity}).
std::string compared_value(std::string_view v) {
  std::string out;
  for (char c : v)
    if (c != '{' && c != '}') out += c;
  return collapse_space(out);
}

}  // namespace

void UnwrittenExtras::record(const Record& r, const std::vector<const ExtraField*>& written) {
  // A merged work's sources each give their copy of a value (Zotero's
  // BibTeX shorttitle, RDF shortTitle and RIS ST of one item): one written,
  // the others are no value left out (before user59 they were said "not
  // written: ... has no field for it", RIS's ST in a RIS export too).
  std::vector<std::string> written_values;
  for (const ExtraField* w : written)
    if (w) written_values.push_back(compared_value(w->value));
  for (const ExtraField& f : r.extra) {
    if (f.value.find_first_not_of(" \t\r\n") == std::string::npos || structural(r, f)) continue;
    // The mark of the refnet export the record was read from: no value of
    // the work's; an export writes its own library's (own_export_mark.hpp).
    if (is_own_export_mark(f)) continue;
    if (std::find(written.begin(), written.end(), &f) != written.end()) continue;
    if (!written_values.empty() &&
        std::find(written_values.begin(), written_values.end(), compared_value(f.value)) != written_values.end())
      continue;
    const std::string& source = f.format.empty() ? r.provenance.format : f.format;
    const std::string record = f.format.empty() ? std::string() : r.provenance.format;
    auto it = std::find_if(counts_.begin(), counts_.end(), [&](const Count& c) {
      return c.name == f.name && c.source_format == source && c.record_format == record;
    });
    if (it == counts_.end()) it = counts_.insert(counts_.end(), {f.name, source, record, 0, {}});
    ++it->values;
    // One key a field, however often the record repeats it.
    if (it->keys.empty() || it->keys.back() != r.citekey) it->keys.push_back(r.citekey);
  }
}

void UnwrittenExtras::say(std::string_view format, ExportNotes* notes) {
  constexpr std::size_t kApart = 3;  // a source format's fields said one a line, up to this many
  std::stable_sort(counts_.begin(), counts_.end(), [](const Count& a, const Count& b) { return a.values > b.values; });
  // A field the export's format has, from a merged work's other source.
  const std::string written_format = ascii_lower(format);
  const auto own_format = [&written_format](const Count& c) {
    return !c.record_format.empty() && (written_format == c.source_format ||
                                        (written_format == "biblatex" && c.source_format == "bibtex"));
  };
  const auto same_source = [&](const Count& c) {
    std::vector<const Count*> out;
    for (const Count& d : counts_)
      if (d.source_format == c.source_format && !own_format(d)) out.push_back(&d);
    return out;
  };
  std::vector<std::string> grouped;  // the source formats said in one line
  for (const Count& c : counts_) {
    if (!notes) break;
    const std::string one_field = std::to_string(c.values) + (c.values == 1 ? " value of " : " values of ") + c.name +
                                  " (" + c.source_format + ") not written: ";
    if (own_format(c)) {
      notes->warnings.push_back(one_field + "the work's record is another source's (" + c.record_format + "), and " +
                                std::string(format) + " writes that record's own fields only (" + keys_named(c.keys) +
                                ")");
      continue;
    }
    const std::vector<const Count*> fields = same_source(c);
    if (fields.size() <= kApart) {
      notes->warnings.push_back(one_field + std::string(format) + " has no field for it (" + keys_named(c.keys) + ")");
      continue;
    }
    if (std::find(grouped.begin(), grouped.end(), c.source_format) != grouped.end()) continue;
    grouped.push_back(c.source_format);
    std::size_t values = 0;
    std::string list;
    // The first keys of the fields' works, each once: as many as keys_named
    // names and one more (its "..."), not the union of every field's keys
    // (a MEDLINE library's 29 fields of 10,000 works each).
    constexpr std::size_t kKeys = 6;
    std::vector<std::string> keys;
    for (const Count* d : fields) {
      values += d->values;
      list += (list.empty() ? "" : ", ") + d->name + " " + std::to_string(d->values);
      for (std::size_t k = 0; k < d->keys.size() && keys.size() < kKeys; ++k)
        if (std::find(keys.begin(), keys.end(), d->keys[k]) == keys.end()) keys.push_back(d->keys[k]);
    }
    notes->warnings.push_back(std::to_string(values) + " values of " + std::to_string(fields.size()) + " fields (" +
                              c.source_format + ") not written: " + std::string(format) + " has no field for them: " +
                              list + " (" + keys_named(keys) + ")");
  }
  counts_.clear();
}

}  // namespace refnet

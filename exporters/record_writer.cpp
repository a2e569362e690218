#include "refnet/exporter.hpp"

#include <algorithm>
#include <regex>

#include "refnet/extra_fields.hpp"
#include "refnet/text.hpp"
#include "refnet/unwritten_said.hpp"

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

// A value as compared with another source's copy of it: white space
// collapsed, BibTeX's braces left out ({Economiccomplexity}).
static std::string compared_value(std::string_view v) {
  std::string out;
  for (char c : v)
    if (c != '{' && c != '}') out += c;
  return collapse_space(out);
}

void UnwrittenExtras::record(const Record& r, const std::vector<const ExtraField*>& written) {
  std::string last;  // one key a field, however often the record repeats it
  // A merged work's sources each give their copy of a value (Zotero's
  // BibTeX shorttitle, RDF shortTitle and RIS ST of one item): one written,
  // the others are no value left out (before user59 they were said "not
  // written: ... has no field for it", RIS's ST in a RIS export too).
  std::vector<std::string> written_values;
  for (const ExtraField* w : written)
    if (w) written_values.push_back(compared_value(w->value));
  for (const ExtraField& f : r.extra) {
    if (f.value.find_first_not_of(" \t\r\n") == std::string::npos || structural(r, f)) continue;
    if (std::find(written.begin(), written.end(), &f) != written.end()) continue;
    if (!written_values.empty() &&
        std::find(written_values.begin(), written_values.end(), compared_value(f.value)) != written_values.end())
      continue;
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

std::vector<std::string> warnings_said(const std::vector<std::string>& warnings) {
  constexpr std::size_t kApart = 3;  // a source format's fields said one a line, up to this many
  // say()'s line: "12 values of PA (wos) not written: RIS has no field for it (k1, k2, ...)".
  static const std::regex line("^(\\d+) values? of (.+) \\(([^()]+)\\) not written: (.+?) has no field for it \\((.*)\\)$");
  struct Field {
    std::size_t line = 0, values = 0;
    std::string name, source_format, format, keys;
  };
  std::vector<Field> fields;
  for (std::size_t i = 0; i < warnings.size(); ++i) {
    std::smatch m;
    if (std::regex_match(warnings[i], m, line))
      fields.push_back({i, std::stoul(m[1]), m[2], m[3], m[4], m[5]});
  }
  // The lines a group replaces; the group's line goes where its first field's was.
  std::vector<bool> grouped(warnings.size(), false);
  std::vector<std::string> group_at(warnings.size());
  std::vector<std::string> done;
  for (const Field& f : fields) {
    const std::string group = f.source_format + '\t' + f.format;
    if (std::find(done.begin(), done.end(), group) != done.end()) continue;
    done.push_back(group);
    std::size_t n = 0, values = 0;
    std::string list;
    std::vector<std::string> keys;
    for (const Field& g : fields) {
      if (g.source_format != f.source_format || g.format != f.format) continue;
      ++n;
      values += g.values;
      list += (list.empty() ? "" : ", ") + g.name + " " + std::to_string(g.values);
      // The first keys of each field's list ("k1, k2, ..."), each once.
      for (std::size_t at = 0; at < g.keys.size();) {
        std::size_t comma = g.keys.find(", ", at);
        std::string k = g.keys.substr(at, comma == std::string::npos ? std::string::npos : comma - at);
        if (k != "..." && std::find(keys.begin(), keys.end(), k) == keys.end()) keys.push_back(std::move(k));
        if (comma == std::string::npos) break;
        at = comma + 2;
      }
    }
    if (n <= kApart) continue;
    for (const Field& g : fields)
      if (g.source_format == f.source_format && g.format == f.format) grouped[g.line] = true;
    group_at[f.line] = std::to_string(values) + " values of " + std::to_string(n) + " fields (" + f.source_format +
                       ") not written: " + f.format + " has no field for them: " + list + " (" + keys_named(keys) + ")";
  }
  std::vector<std::string> out;
  for (std::size_t i = 0; i < warnings.size(); ++i) {
    if (!group_at[i].empty()) out.push_back(group_at[i]);
    else if (!grouped[i]) out.push_back(warnings[i]);
  }
  return out;
}

}  // namespace refnet

// refnet show ID|DOI|KEY...: every field of a work and where it came from.
#include <iostream>

#include "cli.hpp"
#include "refnet/text.hpp"
#include "refnet/user_fields.hpp"
#include "refnet/merge.hpp"
#include "render.hpp"

namespace refnet::cli {
namespace {

const CommandSpec kSpec{"show", "refnet show [options] WORK...", "show every field of works and their sources",
                        "WORK: an ID, a DOI, a citation key, a Web of Science UT (WOS:000123456700001),\n"
                        "a Scopus EID (2-s2.0-85079532227), a PMID (pmid:12345) or a PMCID (PMC3456789).\n"
                        "A name that several works share is an error listing them.\n", {},
    "refnet show 12\nrefnet show 10.1177/0020852317735595\nrefnet show kassen2018promoting --json\n"
    "refnet show WOS:A1996UP02800003 pmid:36208240\n"};

void field(std::ostream& out, const char* name, const std::string& value) {
  if (value.empty()) return;
  std::string label = name;
  out << "  " << label << std::string(label.size() < 16 ? 16 - label.size() : 1, ' ') << value << "\n";
}

std::string join(const std::vector<std::string>& v, const char* sep) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : sep) + s;
  return out;
}

std::string creators(const std::vector<Creator>& list) {
  std::vector<std::string> names;
  for (const auto& c : list) {
    std::string n = c.display();
    if (!c.orcid.empty()) n += " (ORCID " + c.orcid + ")";
    names.push_back(n);
  }
  return join(names, "; ");
}

void show(std::ostream& out, const Work& w) {
  const Record& r = w.record;
  out << "work " << w.id << (r.citekey.empty() ? "" : "  " + r.citekey)
      << (w.trashed_at.empty() ? "" : "  (in the trash since " + w.trashed_at + ")") << "\n";
  field(out, "type", r.type);
  field(out, "title", strip_rich_text(r.title));
  field(out, "authors", creators(r.authors));
  field(out, "editors", creators(r.editors));
  field(out, "issued", format_date(r.issued));
  field(out, "container", r.container_title);
  field(out, "volume", r.volume);
  field(out, "issue", r.issue);
  field(out, "pages", r.pages);
  field(out, "number", r.number);  // an article number (eid), a report's number
  field(out, "publisher", r.publisher);
  field(out, "place", r.publisher_place);
  field(out, "issn", join(r.issn, ", "));
  field(out, "isbn", join(r.isbn, ", "));
  field(out, "doi", r.spelled_doi());
  field(out, "pmid", r.pmid);
  field(out, "pmcid", r.pmcid);
  field(out, "wos ut", r.wos_ut);
  field(out, "scopus eid", r.scopus_eid);
  field(out, "url", r.url);
  field(out, "language", r.language);
  field(out, "keywords", join(r.keywords, "; "));
  field(out, "abstract", r.abstract);
  field(out, "tags", join(w.tags, "; "));
  for (const auto& n : w.notes) field(out, "note", n);
  for (const auto& f : w.files) field(out, "file", f);
  for (const auto& e : r.extra) field(out, ("[" + e.name + "]").c_str(), e.value);
  if (!r.references.empty()) {
    std::size_t with_doi = 0;
    for (const auto& ref : r.references) with_doi += !ref.doi.empty();
    out << "  references      " << r.references.size() << " (" << with_doi << " with DOI)\n";
    for (std::size_t i = 0; i < r.references.size(); ++i) {
      const Reference& ref = r.references[i];
      std::string text = !ref.raw.empty() ? ref.raw : (ref.author + " " + ref.year + " " + ref.title + " " + ref.container);
      out << "    [" << (i + 1) << "] " << text;
      // The DOI when the text does not hold it (in any case: a WoS CR writes it as registered).
      if (!ref.doi.empty() && ascii_lower(ref.raw).find(ref.doi) == std::string::npos) out << " doi:" << ref.doi;
      out << "\n";
    }
  }
  out << "  sources\n";
  for (std::size_t i = 0; i < w.sources.size(); ++i) {
    const SourceInfo& s = w.sources[i];
    if (s.format == kUserFormat)
      out << "    [" << (i + 1) << "] #" << s.id << " yours (refnet set/unset/edit)  changed " << s.imported_at << "\n";
    else
      out << "    [" << (i + 1) << "] #" << s.id << " " << s.format << "  " << s.file << ":" << s.line << "  imported "
          << s.imported_at << (s.own_export ? "  refnet's own export, read back (a copy of the work: no part of its view)"
                                            : "  source: " + s.label)
          << "\n";
  }
}

// For a work of several sources: which source gave each field, and what the
// others said.
void provenance(std::ostream& out, Library& lib, const Work& w) {
  if (w.sources.size() < 2) return;
  MergedView mv = merge_records(lib.source_records(w.id));
  out << "  fields from      [source] value used; below it, what other sources said\n";
  for (const FieldChoice& c : mv.choices) {
    std::string v = c.value.size() > 70 ? c.value.substr(0, 67) + "..." : c.value;
    out << "    " << c.field << std::string(c.field.size() < 12 ? 12 - c.field.size() : 1, ' ') << "[" << (c.source + 1)
        << "] " << v << "\n";
    for (const auto& [src, alt] : c.alternatives) {
      std::string a = alt.size() > 70 ? alt.substr(0, 67) + "..." : alt;
      out << "                 [" << (src + 1) << "] " << a << "\n";
    }
  }
  auto merges = lib.merges_of(w.id);
  if (!merges.empty()) out << "  merges\n";
  for (const auto& m : merges) {
    out << "    " << m.id << "  " << m.at << "  " << m.kind << ": " << m.reason << "  (works";
    for (auto a : m.absorbed) out << " " << a;
    out << " into " << m.into << ")" << (m.undone_at.empty() ? "" : "  undone " + m.undone_at) << "\n";
  }
}

int run(const Args& args) {
  TerminalSafeOutput safe_output(std::cout);  // imported text never drives the terminal
  if (args.positionals().empty()) throw UsageError("name a work: an ID, a DOI, a citation key, a WoS UT, a Scopus EID, pmid:N or a PMCID");
  Library lib = open_library(args, false, Library::Access::read_only);
  std::vector<std::int64_t> ids;
  for (const auto& p : args.positionals()) {
    ids.push_back(one_work(lib, p));
  }
  if (args.json()) std::cout << "[";
  for (std::size_t i = 0; i < ids.size(); ++i) {
    auto w = lib.get(ids[i]);
    if (!w) continue;
    if (args.json())
      std::cout << (i ? ",\n" : "\n") << work_json(*w);
    else
      show(std::cout, *w), provenance(std::cout, lib, *w), std::cout << (i + 1 < ids.size() ? "\n" : "");
  }
  if (args.json()) std::cout << "\n]\n";
  return kOk;
}

const Registration reg{kSpec, run};

}  // namespace
}  // namespace refnet::cli

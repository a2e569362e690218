// refnet set / unset: the user's own corrections to a work, kept as its
// "user" source (see refnet/user_fields.hpp): they win over every imported
// source, now and after any later import or merge.  One journal entry each.
#include <algorithm>
#include <functional>
#include <map>
#include <unordered_map>
#include <iostream>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include "cli.hpp"
#include "refnet/diagnostics.hpp"
#include "refnet/exporter.hpp"
#include "refnet/importer.hpp"
#include "refnet/latex.hpp"
#include "refnet/refparse.hpp"
#include "refnet/text.hpp"
#include "refnet/user_fields.hpp"
#include "refnet/yaml_form.hpp"

namespace refnet::cli {
namespace {

// Applies `change` to the work's user record (given the work's type, which
// says what `number` means) in one transaction and prints the result.
int change_work(const Args& args, const std::string& what,
                const std::function<void(Record&, const std::string& type)>& change) {
  Library lib = open_library(args, false);
  std::int64_t id = one_work(lib, args.positionals()[0]);
  Library::Transaction tx(lib);
  const std::string type = lib.get(id)->record.type;
  bool changed = lib.edit_user_record(id, [&](Record& user) { change(user, type); });
  auto w = lib.get(id);
  lib.journal().describe(what + " on work " + std::to_string(id) + (w->record.citekey.empty() ? "" : " " + w->record.citekey));
  tx.commit();
  if (args.json()) {
    std::cout << "{\"id\":" << id << ",\"changed\":" << (changed ? "true" : "false") << "}\n";
  } else {
    TerminalSafeOutput safe(std::cout);
    std::cout << (changed ? what + " on work " : "nothing changed on work ") << id << "\n";
  }
  return kOk;
}

const CommandSpec kSetSpec{
    "set", "refnet set [options] WORK FIELD=VALUE...", "correct fields of a work (your value wins over every source)",
    "WORK: an ID, a DOI, a citation key, a WoS UT, Scopus EID, pmid:N or PMCID.\n"
    "FIELD: a BibTeX or CSL name: title, author\n"
    "(\"Family, Given and Family, Given\", or '; ' between names as show writes them), editor, year, date (YYYY-MM-DD, or a range START/END: 2001/2003), journal\n"
    "(container-title, booktitle), journal-abbrev, volume, issue, number (as in BibTeX:\n"
    "the issue, but a report's, patent's or standard's number), eid (an article number),\n"
    "pages, doi, pmid, pmcid, keywords (a; b), abstract, type (a CSL type), note, url, publisher,\n"
    "address, issn, isbn, language (a babel name or ISO code); biblatex's subtitle, titleaddon,\n"
    "maintitle, origtitle, translator and bookauthor (names as author), series, edition,\n"
    "volumes, part, origdate (EDTF: 1922, 1905~, 199X, 1985-23, 1900/1955), origpublisher,\n"
    "origlocation, origlanguage, pubstate, eventtitle, venue.  The values are kept as your own source of the\n"
    "work: 'refnet show' says so, and no later import or merge overrides them.\n"
    "A bad field or value changes nothing.  'refnet undo' takes the change back.\n",
    {},
    "refnet set smith2020 journal='Journal of Examples' year=2021\n"};

// "De La Cruz", "van der Berg", "Al Hassan": a family name of several words
// that starts with a particle (not a given name).
bool starts_with_particle(const std::string& family) {
  const std::string first = ascii_lower(family.substr(0, family.find(' ')));
  for (std::string_view p : {"de", "da", "das", "del", "della", "der", "di", "do", "dos", "du", "la", "le", "van",
                             "von", "ter", "ten", "den", "al", "el", "bin", "ibn", "abu", "st", "st.", "mac", "mc"})
    if (first == p) return true;
  return false;
}

int run_set(const Args& args) {
  const auto& pos = args.positionals();
  if (pos.size() < 2) throw UsageError("name a work and at least one FIELD=VALUE");
  std::vector<std::pair<std::string, std::string>> fields;
  Record probe;
  for (std::size_t i = 1; i < pos.size(); ++i) {
    auto eq = pos[i].find('=');
    if (eq == std::string::npos) {
      // "refnet set WORK title 'New title'": a field and its value as two words.
      if (!canonical_field(pos[i]).empty() && i + 1 < pos.size() && pos[i + 1].find('=') == std::string::npos)
        throw UsageError("'" + pos[i] + "' is not FIELD=VALUE: did you mean " + pos[i] + "='" + pos[i + 1] + "'?");
      throw UsageError("'" + pos[i] + "' is not FIELD=VALUE");
    }
    fields.emplace_back(pos[i].substr(0, eq), pos[i].substr(eq + 1));
    try {
      set_user_field(probe, fields.back().first, fields.back().second);  // every field checked before any change
    } catch (const FieldError& e) {
      throw UsageError(e.what());
    }
    // Two names of one field (journal= and booktitle=): the last would win unsaid.
    const std::string field = canonical_field(fields.back().first);
    // "Diana Kudaibergenova, Saltanat Janenova", as a paper lists two
    // authors, is BibTeX's one person whose family and given names both have
    // two words: kept so, and said (user67).
    if (field == "author" || field == "editor")
      for (const Creator& c : field == "author" ? probe.authors : probe.editors)
        if (!c.is_literal() && c.given.find(' ') != std::string::npos &&
            c.full_family().find(' ') != std::string::npos && !starts_with_particle(c.full_family()) &&
            c.given.find('.') == std::string::npos &&  // "Gutierrez Gregoric, Diego E.": initials are a given name's
            // The family opens with a given name ("Diana Kudaibergenova"): "García Márquez, Gabriel José", a
            // double family name the help's own "Family, Given" form writes, is no such list (review67).
            refparse::given_name_word(c.full_family().substr(0, c.full_family().find(' '))))
          std::cerr << "refnet set: warning: " << field << ": '" << c.full_family() << ", " << c.given
                    << "' is read as one person (family '" << c.full_family() << "', given '" << c.given
                    << "'); two persons are written '" << c.full_family() << " and " << c.given << "'\n";
    for (std::size_t k = 0; k + 1 < fields.size(); ++k)
      if (canonical_field(fields[k].first) == field)
        throw UsageError(fields[k].first + "=... and " + fields.back().first + "=... both set " + field + ": give it once");
  }
  // type= in the same command says what number= means.
  std::string type_set;
  for (const auto& [field, value] : fields)
    if (canonical_field(field) == "type") type_set = std::string(trim(value));
  std::string names;
  for (const auto& f : fields) names += (names.empty() ? "" : ", ") + canonical_field(f.first);
  return change_work(args, "set " + names, [&](Record& user, const std::string& type) {
    for (const auto& [field, value] : fields)
      set_user_field(user, user_field_meant(field, type_set.empty() ? type : type_set), value);
  });
}

const CommandSpec kUnsetSpec{"unset", "refnet unset [options] WORK FIELD...",
                             "remove fields from a work (even those its sources give)",
                             "FIELD: as for 'refnet set'.  The removal is kept as your own source of the work.\n",
                             {},
    "refnet unset smith2020 abstract url\n"};

int run_unset(const Args& args) {
  const auto& pos = args.positionals();
  if (pos.size() < 2) throw UsageError("name a work and at least one FIELD");
  std::string names;
  Record probe;
  for (std::size_t i = 1; i < pos.size(); ++i) {
    try {
      unset_user_field(probe, pos[i]);
    } catch (const FieldError& e) {
      throw UsageError(e.what());
    }
    names += (names.empty() ? "" : ", ") + canonical_field(pos[i]);
  }
  return change_work(args, "unset " + names, [&](Record& user, const std::string& type) {
    for (std::size_t i = 1; i < pos.size(); ++i) unset_user_field(user, user_field_meant(pos[i], type));
  });
}

const CommandSpec kEditSpec{
    "edit", "refnet edit [options] WORK", "edit a work in $VISUAL or $EDITOR, as BibTeX or YAML",
    "The work is written to a temporary file, as a BibTeX entry (or, with --as yaml, as\n"
    "a YAML document: 'field: value', lists as '- item', authors as '- family: ...'\n"
    "with 'given: ...' or as '- Family, Given', abstract and note as block scalars '|'),\n"
    "and the editor opened on it.  The fields you change, add or delete are kept as your\n"
    "own source of the work (as 'refnet set' and 'refnet unset' do); a changed key\n"
    "renames the work (the new key unique, case ignored; the old one stays an alias;\n"
    "the new one pinned); the BibTeX annote field (YAML: notes) holds your notes\n"
    "('refnet note'), a blank line between two.  An unknown field or a bad value\n"
    "reopens the editor with the error at the top; a file left as it was changes\n"
    "nothing.  To give up: leave the file as it was, or quit the editor with an error\n"
    "(vim: :cq); the editor returning the same wrong text twice, or a wrong text ten\n"
    "times, also gives up (exit 1).  A value the BibTeX reader cannot take as its field\n"
    "(a DOI that is none) is an error too, as refnet set refuses it.\n",
    {{"as", "FORMAT", "bibtex (default) or yaml", false, "bibtex yaml"}},
    "refnet edit smith2020\nEDITOR=nano refnet edit smith2020\nrefnet edit --as yaml smith2020\n"};

}  // namespace

std::string run_editor(const std::string& text, const std::string& suffix) {
  const char* editor = std::getenv("VISUAL");
  if (!editor || !*editor) editor = std::getenv("EDITOR");
  if (!editor || !*editor) editor = "vi";
  const char* tmp = std::getenv("TMPDIR");
  std::string dir = tmp && *tmp ? tmp : "/tmp";
  std::string path = dir + "/refnet-edit-XXXXXX" + suffix;
  int fd = mkstemps(path.data(), static_cast<int>(suffix.size()));
  if (fd < 0) throw StoreError("cannot create a temporary file in " + dir);
  ::close(fd);
  struct Remove {
    std::string p;
    ~Remove() { std::remove(p.c_str()); }
  } remove_later{path};
  { std::ofstream(path, std::ios::binary) << text; }
  if (std::system((std::string(editor) + " " + shell_quote(path)).c_str()) != 0)
    throw StoreError(std::string("the editor (") + editor + ") failed; nothing changed");
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::int64_t one_work(Library& lib, const std::string& name) { return works_named(lib, name).front(); }

namespace {

// A warning of the BibTeX reader on an edited entry: a value it dropped or
// rewrote ("not a DOI: ... (kept as extra field)").
struct ReadWarning {
  std::string message;
  std::uint32_t line = 0;
};

// The one record of a BibTeX text, or the reason there is not one; the
// reader's warnings in `warnings` when given.
std::optional<Record> parse_one(const std::string& text, std::string& error, std::vector<ReadWarning>* warnings = nullptr) {
  Diagnostics diags;
  diags.set_source("edited entry", text);
  std::vector<Record> records;
  parse_bibtex(text, diags, [&](Record&& r) { records.push_back(std::move(r)); });
  for (const auto& d : diags.items())
    if (d.severity == Severity::error)
      error += (error.empty() ? "" : "; ") + d.message + " (line " + std::to_string(d.line) + ")";
    else if (d.severity == Severity::warning && warnings)
      warnings->push_back({d.message, static_cast<std::uint32_t>(d.line)});
  if (!error.empty()) return std::nullopt;
  if (records.size() != 1) {
    error = "expected one BibTeX entry, found " + std::to_string(records.size());
    return std::nullopt;
  }
  return records[0];
}

// The number of the first line of `text` (trimmed) that `pred` accepts, or 0.
std::uint32_t first_line(const std::string& text, const std::function<bool(std::string_view)>& pred) {
  std::uint32_t no = 0;
  std::size_t at = 0;
  while (at < text.size()) {
    ++no;
    std::size_t nl = text.find('\n', at);
    std::string_view line = std::string_view(text).substr(at, nl == std::string::npos ? std::string::npos : nl - at);
    if (pred(trim(line))) return no;
    at = nl == std::string::npos ? text.size() : nl + 1;
  }
  return 0;
}

// The line of a BibTeX text where field `name` is given ("  name = ..."), or 0.
std::uint32_t bibtex_field_line(const std::string& text, std::string_view name) {
  return first_line(text, [&](std::string_view line) {
    std::size_t eq = line.find('=');
    return eq != std::string_view::npos && iequals(trim(line.substr(0, eq)), name);
  });
}

// The text of field `name` in a BibTeX entry as written, between its braces
// or quotes (the importer gives values with white space collapsed: the
// blank lines between notes would be lost).  Empty when absent.
std::string bibtex_raw_value(const std::string& text, std::string_view name) {
  std::uint32_t line = bibtex_field_line(text, name);
  if (!line) return {};
  std::size_t at = 0;
  for (std::uint32_t n = 1; n < line; ++n) at = text.find('\n', at) + 1;
  at = text.find('=', at) + 1;
  while (at < text.size() && is_space(text[at])) ++at;
  if (at >= text.size() || (text[at] != '{' && text[at] != '"')) return {};
  const char close = text[at] == '{' ? '}' : '"';
  int depth = 0;
  for (std::size_t i = at + 1; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size()) {
      ++i;
    } else if (text[i] == '{') {
      ++depth;
    } else if (text[i] == '}' && depth > 0) {
      --depth;
    } else if (text[i] == close && depth == 0) {
      return text.substr(at + 1, i - at - 1);
    }
  }
  return {};
}

// What an edit buffer says, in either spelling; `others`: the BibTeX
// fields that are none of the form's (they may not change).
struct ReadBack {
  EditForm form;
  std::map<std::string, std::string> others;
  std::vector<ReadWarning> warnings;  // the reader's
  // Fields of the form the reader kept aside, not as the field: a DOI that
  // is none ("not a DOI: ... (kept as extra field)").
  std::vector<std::pair<std::string, std::string>> set_aside;
};

// A spelling of the edit form: how it is written and read back, and how a
// line of comment starts (the error is put on top as one).
struct Spelling {
  const char* suffix;
  const char* comment;
  std::function<std::string(const Record& record, const std::vector<std::string>& notes)> write;
  std::function<ReadBack(const std::string& text)> read;  // throws FieldError
};

// A work's own annotation (CSL annote: a span the reference parser kept, a .bib source's annote), which the views
// leave out of the annote/notes they show (those are the user's notes): shown as comment lines after the entry, which
// reading the file back ignores, so that the user sees all the work holds; saving keeps it as it is.
std::string own_annote_lines(const Record& r, const char* comment) {
  std::string out;
  for (const ExtraField& e : r.extra) {
    if (!e.format.empty() || !iequals(e.name, "annote")) continue;
    std::string v = e.value;
    for (char& c : v)
      if (c == '\n' || c == '\r') c = ' ';
    out += std::string(comment) + "annote (the work's own, kept; not edited here): " + collapse_space(v) + "\n";
  }
  return out;
}

Spelling bibtex_spelling() {
  Spelling s{".bib", "% ", nullptr, nullptr};
  s.write = [](const Record& r, const std::vector<std::string>& notes) {
    Record shown = r;
    // annote is the user's notes here: a .bib source's own annote is not shown.
    shown.extra.erase(std::remove_if(shown.extra.begin(), shown.extra.end(),
                                     [](const ExtraField& e) { return e.format.empty() && iequals(e.name, "annote"); }),
                      shown.extra.end());
    std::unordered_map<std::string, std::vector<std::string>> by_key{{shown.citekey, notes}};
    ExportOptions opt;
    opt.user_notes = &by_key;
    opt.keep_fields.insert("subtitle");  // its own field here, not joined to the title as for bibtex's styles
    std::ostringstream bib;
    write_bibtex(bib, {shown}, opt);
    return bib.str() + own_annote_lines(r, "% ");  // after the entry: its key stays on the first line
  };
  s.read = [](const std::string& text) {
    std::string error;
    ReadBack out;
    auto r = parse_one(text, error, &out.warnings);
    if (!r) throw FieldError(error);
    std::vector<std::string> notes;
    for (const auto& e : r->extra) {
      if (!e.format.empty() || e.name == "entrytype") continue;
      if (iequals(e.name, "annote")) {
        // Notes are separated by a blank line.
        // As the writer put them: LaTeX (put_latex), a blank line between two.
        const std::string raw = bibtex_raw_value(text, e.name);
        std::size_t at = 0;
        std::string_view v = raw;
        while (at <= v.size()) {
          std::size_t blank = v.find("\n\n", at);
          std::string_view piece = trim(v.substr(at, blank == std::string_view::npos ? std::string_view::npos : blank - at));
          if (!piece.empty()) notes.push_back(latex_to_unicode(piece));
          if (blank == std::string_view::npos) break;
          at = blank + 2;
        }
      } else if (canonical_field(e.name).empty()) {
        out.others[e.name] = e.value;
      } else if (!iequals(e.name, "year") && !iequals(e.name, "date") && !is_extra_field(e.name)) {
        out.set_aside.emplace_back(e.name, e.value);  // a value the reader could not take ("not a DOI")
      }
    }
    out.form = edit_form(*r, notes);
    // Where each field is, under the names BibTeX gives it.
    static const std::map<std::string, std::vector<const char*>> bibtex_names = {
        {"container-title", {"journal", "booktitle", "journaltitle", "series"}},
        {"container-title-short", {"shortjournal", "journal-abbreviation"}},
        {"date", {"date", "year", "month"}},
        {"publisher-place", {"address", "location"}},
        {"issue", {"issue", "number"}},
        {"key", {}}};
    for (const auto& [f, v] : out.form.fields) {
      auto it = bibtex_names.find(f);
      for (const char* name : it == bibtex_names.end() ? std::vector<const char*>{f.c_str()} : it->second)
        if (std::uint32_t line = bibtex_field_line(text, name)) {
          out.form.lines[f] = line;
          break;
        }
    }
    for (const auto& [name, v] : out.others) out.form.lines[name] = bibtex_field_line(text, name);
    for (const auto& [name, v] : out.set_aside) out.form.lines[name] = bibtex_field_line(text, name);
    out.form.lines["key"] = first_line(text, [](std::string_view line) { return line.rfind('@', 0) == 0; });
    if (!out.form.fields.count("date"))
      if (std::uint32_t line = bibtex_field_line(text, "year")) out.form.lines["date"] = line;
    return out;
  };
  return s;
}

Spelling yaml_spelling() {
  Spelling s{".yaml", "# ", nullptr, nullptr};
  s.write = [](const Record& r, const std::vector<std::string>& notes) {
    return write_yaml_form(edit_form(r, notes),
                           "# refnet edit: change, add or delete fields, then save.  Lists: one '- item' a line.\n") +
           own_annote_lines(r, "# ");
  };
  s.read = [](const std::string& text) {
    ReadBack out;
    out.form = read_yaml_form(text);
    return out;
  };
  return s;
}

// What the user changed from `before` to `after`: fields to set (value) or
// unset (""), each checked as refnet set checks it; FieldError, with the
// line when known, for a bad field or value.
std::vector<std::pair<std::string, std::string>> changes(const ReadBack& before, const ReadBack& after) {
  std::vector<std::pair<std::string, std::string>> out;
  auto line_of = [&](const std::string& f) {
    auto it = after.form.lines.find(f);
    return it == after.form.lines.end() || it->second == 0 ? std::string() : "line " + std::to_string(it->second) + ": ";
  };
  for (const std::string& f : field_names()) {
    if (f == "year") continue;  // part of the date
    auto a = before.form.fields.find(f), b = after.form.fields.find(f);
    std::string va = a == before.form.fields.end() ? "" : a->second, vb = b == after.form.fields.end() ? "" : b->second;
    if (va == vb) continue;
    // A date the BibTeX reader kept as text ("(19x9)", format_date's way) is checked as the user wrote it.
    if (f == "date" && vb.size() > 2 && vb.front() == '(' && vb.back() == ')') vb = vb.substr(1, vb.size() - 2);
    Record probe;
    try {
      vb.empty() ? unset_user_field(probe, f) : set_user_field(probe, f, vb);
    } catch (const FieldError& e) {
      throw FieldError(line_of(f) + e.what());
    }
    out.emplace_back(f, vb);
  }
  for (const auto& [name, value] : after.others) {
    auto it = before.others.find(name);
    if (it == before.others.end() || it->second != value) {
      std::string line;
      if (auto l = after.form.lines.find(name); l != after.form.lines.end()) line = "line " + std::to_string(l->second) + ": ";
      // A month or day the BibTeX reader could not put into the date (a bad one, or one without a year).
      if (iequals(name, "month") || iequals(name, "day"))
        throw FieldError(line + name + " '" + value + "' is not a " + ascii_lower(name) + " of the year (or the date has no year)");
      throw FieldError(line + "unknown field '" + name + "' (known: " + known_fields() + ", annote)");
    }
  }
  return out;
}

// A new key for work `id`: not empty, one BibTeX word, no other work's key
// or alias (case ignored).
void check_new_key(Library& lib, std::int64_t id, const std::string& old_key, const std::string& key, std::uint32_t line) {
  std::string at = line ? "line " + std::to_string(line) + ": " : "";
  if (key.empty()) throw FieldError(at + "key: empty (a work keeps a key)");
  if (key.find_first_of(" \t\n\",#%'(){}=\\~") != std::string::npos)
    throw FieldError(at + "key '" + key + "': a key has no spaces and none of \",#%'(){}=\\~");
  if (!is_valid_utf8(key)) throw FieldError(at + "key: not UTF-8 text");
  for (const auto& k : lib.citekeys())
    if (iequals(k, key) && k != old_key) throw FieldError(at + "key '" + key + "' is taken (by '" + k + "')");
  for (const auto& [work, alias] : lib.absorbed_keys())
    if (work != id && iequals(alias, key))
      throw FieldError(at + "key '" + key + "' is an old key of work " + std::to_string(work) + " (an alias)");
}

// What edit did: "edited title, year on work 1" or "nothing changed on
// work 1"; under --json {"id", "changed", "fields"} (set and unset say
// {"id", "changed"}).
void said_edit(const Args& args, std::int64_t id, const std::vector<std::string>& fields) {
  if (args.json()) {
    std::cout << "{\"id\":" << id << ",\"changed\":" << (fields.empty() ? "false" : "true")
              << ",\"fields\":" << json_string_array(fields) << "}\n";
    return;
  }
  if (fields.empty()) {
    std::cout << "nothing changed on work " << id << "\n";
    return;
  }
  std::string names;
  for (const auto& f : fields) names += (names.empty() ? "" : ", ") + f;
  std::cout << "edited " << names << " on work " << id << "\n";
}

int run_edit(const Args& args) {
  if (args.positionals().size() != 1) throw UsageError("name one work (ID, DOI or key)");
  std::string as = args.get("as", std::string("bibtex"));
  if (as != "bibtex" && as != "yaml") throw UsageError("--as: bibtex or yaml, not '" + as + "'");
  const Spelling spelling = as == "yaml" ? yaml_spelling() : bibtex_spelling();
  Library lib = open_library(args, false);
  std::int64_t id = one_work(lib, args.positionals()[0]);
  auto work = lib.get(id);
  const std::string original = spelling.write(work->record, work->notes);
  // A note read back as the one the work has but for its white space (the
  // LaTeX reader collapses it) is that note.
  auto same_notes = [&](ReadBack& rb) {
    for (auto& n : rb.form.notes)
      for (const auto& had : work->notes)
        if (collapse_space(n) == collapse_space(had)) n = had;
  };
  ReadBack baseline;
  try {
    baseline = spelling.read(original);
  } catch (const FieldError& e) {
    throw StoreError("work " + std::to_string(id) + " does not read back from " + as + ": " + e.what());
  }
  same_notes(baseline);

  std::string shown = original, error, last_wrong;
  constexpr int kMaxWrongEdits = 10;
  int wrong = 0;
  ReadBack edited;
  std::vector<std::pair<std::string, std::string>> edits;
  const std::string mark = std::string(spelling.comment) + "refnet: ";
  for (;;) {
    std::string text = run_editor(shown, spelling.suffix);
    // The text without the error lines put on top of it.
    std::string kept = text;
    while (kept.rfind(mark, 0) == 0) kept.erase(0, kept.find('\n') == std::string::npos ? kept.size() : kept.find('\n') + 1);
    if (text == original) {
      said_edit(args, id, {});
      return kOk;
    }
    if (!last_wrong.empty() && kept == last_wrong) {
      // The same wrong text twice: the user gives up (or the editor cannot fix it).
      std::cerr << "refnet edit: error: " << error << "\n";
      said_edit(args, id, {});
      return kFailure;
    }
    error.clear();
    try {
      // Read under two blank error lines: the lines an error names are those
      // of the file the editor shows next, the error on top.
      edited = spelling.read(mark + "\n" + mark + "\n" + kept);
      // A value the reader kept aside ("not a DOI") is no edit made: as
      // refnet set refuses it, the editor says so, with the reader's words.
      for (const auto& [name, value] : edited.set_aside) {
        if (std::find(baseline.set_aside.begin(), baseline.set_aside.end(), std::make_pair(name, value)) !=
            baseline.set_aside.end())
          continue;
        auto l = edited.form.lines.find(name);
        const std::uint32_t line = l == edited.form.lines.end() ? 0 : l->second;
        std::string why = name + " '" + value + "' is not one refnet can keep as " + name;
        for (const auto& w : edited.warnings)
          if (w.line == line && line) why = w.message;
        throw FieldError((line ? "line " + std::to_string(line) + ": " : std::string()) + why);
      }
      same_notes(edited);
      edits = changes(baseline, edited);
      if (edited.form.key != baseline.form.key) {
        auto l = edited.form.lines.find("key");
        check_new_key(lib, id, baseline.form.key, edited.form.key, l == edited.form.lines.end() ? 0 : l->second);
      }
      break;
    } catch (const FieldError& e) {
      error = e.what();
    }
    // As git commit: the text back, the error on top; an editor that keeps
    // coming back with new wrong texts (a script) is stopped.
    if (++wrong >= kMaxWrongEdits) {
      std::cerr << "refnet edit: error: " << error << "\nrefnet edit: error: still wrong after " << kMaxWrongEdits
                << " tries: nothing changed\n";
      said_edit(args, id, {});
      return kFailure;
    }
    last_wrong = kept;
    shown = mark + "error: " + error + "\n" + mark + "fix it and save, or leave the file as it is to give up\n" + kept;
  }
  std::vector<std::string> what;
  for (const auto& e : edits) what.push_back(e.first);
  const bool rekey = edited.form.key != baseline.form.key;
  if (rekey) what.insert(what.begin(), "key");
  const bool notes = edited.form.notes != baseline.form.notes;
  if (notes) what.push_back("notes");
  if (what.empty()) {
    said_edit(args, id, {});
    return kOk;
  }
  std::string names;
  for (const auto& w : what) names += (names.empty() ? "" : ", ") + w;
  Library::Transaction tx(lib);
  if (!edits.empty())
    lib.edit_user_record(id, [&](Record& user) {
      for (const auto& [f, v] : edits) v.empty() ? unset_user_field(user, f) : set_user_field(user, f, v);
    });
  if (rekey) {
    // An old key that was written out (pinned) may be in a paper: biblatex's ids keep it.
    const bool written = lib.key_pinned(id);
    lib.set_citekey(id, edited.form.key);
    if (!baseline.form.key.empty()) lib.add_key_alias(baseline.form.key, id, written);
    lib.pin_keys({id});
  }
  if (notes) lib.set_notes(id, edited.form.notes);
  // What the reader rewrote in the edited text and not in the work's own
  // (user68: two '{' left open in a title were dropped, the value ended
  // with its line, and edit said only "edited title").
  for (const auto& w : edited.warnings)
    if (std::none_of(baseline.warnings.begin(), baseline.warnings.end(),
                     [&](const ReadWarning& b) { return b.message == w.message; }))
      std::cerr << "refnet edit: warning: " << w.message << " (saved as read: 'refnet show " << id
                << "' shows it, 'refnet edit " << id << "' again or 'refnet undo' if it is not what you meant)\n";
  lib.journal().describe("edited " + names + " on work " + std::to_string(id) +
                         (rekey ? " (key " + baseline.form.key + " -> " + edited.form.key + ")" : ""));
  tx.commit();
  said_edit(args, id, what);
  return kOk;
}

const Registration reg_set{kSetSpec, run_set};
const Registration reg_edit{kEditSpec, run_edit};
const Registration reg_unset{kUnsetSpec, run_unset};

}  // namespace
}  // namespace refnet::cli

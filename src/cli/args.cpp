#include <algorithm>
#include <cstdio>
#include <iostream>

#include <sqlite3.h>

#include "cli.hpp"
#include "render.hpp"
#include "refnet/text.hpp"
#include "terminal.hpp"

namespace refnet::cli {

namespace {

const std::vector<OptionSpec> kCommonOptions = {
    {"library", "PATH", "the library file (default: $REFNET_LIBRARY, else $XDG_DATA_HOME/refnet/library.sqlite)"},
    {"json", nullptr, "machine-readable output"},
    {"help", nullptr, "show this help"},
};

const OptionSpec* find_option(const CommandSpec& spec, const std::string& name) {
  for (const auto* list : {&spec.options, &kCommonOptions})
    for (const auto& o : *list)
      if (name == o.name) return &o;
  return nullptr;
}

// Edit distance for "did you mean": Levenshtein with a swap of two
// neighbouring letters counting as one edit ("lsit" is one from "list").
std::size_t edit_distance(std::string_view a, std::string_view b) {
  const std::size_t w = b.size() + 1;
  std::vector<std::size_t> d((a.size() + 1) * w);
  for (std::size_t j = 0; j < w; ++j) d[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    d[i * w] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      std::size_t v = std::min({d[(i - 1) * w + j] + 1, d[i * w + j - 1] + 1, d[(i - 1) * w + j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = std::min(v, d[(i - 2) * w + j - 2] + 1);
      d[i * w + j] = v;
    }
  }
  return d[a.size() * w + b.size()];
}

std::vector<Command>& registry() {
  static std::vector<Command> commands;
  return commands;
}

}  // namespace

std::string did_you_mean(const std::string& word, const std::vector<std::string>& candidates) {
  std::string best;
  std::size_t best_d = 0;
  for (const std::string& c : candidates) {
    std::size_t d = edit_distance(word, c);
    // A prefix ("--lib" for "--library") is a likely slip too.
    if (c.size() > word.size() && word.size() >= 3 && c.compare(0, word.size(), word) == 0) d = std::min<std::size_t>(d, 1);
    if (best.empty() || d < best_d) best = c, best_d = d;
  }
  if (best.empty() || best_d > std::max<std::size_t>(2, word.size() / 3)) return {};
  return best;
}

std::string no_work_named(Library& lib, const std::string& name) {
  std::string msg = "no work in the library is named '" + name +
                    "' (an ID, a DOI, a citation key, a WoS UT 'WOS:...', a Scopus EID '2-s2.0-...', 'pmid:N' or a "
                    "PMCID 'PMC...')";
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(lib.handle(), "SELECT citekey FROM works WHERE citekey = ?1 COLLATE NOCASE LIMIT 2", -1, &st,
                         nullptr) != SQLITE_OK) {
    sqlite3_finalize(st);
    return msg;
  }
  sqlite3_bind_text(st, 1, name.c_str(), int(name.size()), SQLITE_TRANSIENT);
  std::vector<std::string> keys;
  while (sqlite3_step(st) == SQLITE_ROW)
    if (const unsigned char* k = sqlite3_column_text(st, 0)) keys.emplace_back(reinterpret_cast<const char*>(k));
  sqlite3_finalize(st);
  if (keys.size() == 1) msg += "; did you mean '" + keys.front() + "'? (keys are matched in their case)";
  return msg;
}

std::string names_several_works(Library& lib, const std::string& name, const std::vector<std::int64_t>& ids) {
  std::string msg = "'" + name + "' names " + std::to_string(ids.size()) + " works; name one by its ID:";
  for (std::int64_t id : ids)
    if (auto w = lib.get(id)) msg += "\n  " + terminal_safe(list_line(*w));
  return msg;
}

std::vector<std::int64_t> works_named(Library& lib, const std::string& name) {
  std::vector<std::int64_t> ids = lib.resolve(name);
  if (ids.empty()) throw UsageError(no_work_named(lib, name));
  if (ids.size() > 1) throw UsageError(names_several_works(lib, name, ids));
  return ids;
}

const std::vector<OptionSpec> kSelectionOptions = {
    {"year", "Y[-Y]", "works published in year Y, or from Y to Y (either end may be empty: 2010-, -2010)"},
    {"author", "NAME", "works with a creator NAME: 'Ernst' (part of a family name), 'Michael Ernst' or 'Ernst, M.' "
                       "(family name and first initial); case and accents ignored (repeatable: every one)", true},
    {"keyword", "KW", "works with the keyword KW (case and accents ignored; repeatable: every one)", true},
    {"type", "TYPE", "works of a CSL type (article-journal, book, chapter, paper-conference, ...)", true},
    {"text", "TEXT", "works whose title, container, keywords or abstract have TEXT at the start of a word: 'mental' "
                     "finds 'mental health', not 'environmental' (case, accents and punctuation ignored; repeatable: every one)",
     true},
    {"inside-words", nullptr, "with --text: find TEXT inside words too ('mental' finds 'environmental')"},
    {"incomplete", nullptr, "works lacking a title, authors or a year (as import warned)"},
    {"tag", "TAG", "works carrying the tag TAG (repeatable: every one)", true},
    {"not-tag", "TAG", "works not carrying the tag TAG (repeatable: none of them)", true},
    {"source", "LABEL", "works with a record from the source LABEL (the label 'import --source' gave, else the "
                        "database or file name: 'refnet label list'; repeatable: every one)", true},
    {"collection", "C", "works in the collection C or a collection inside it, or found by the saved search C "
                        "(repeatable: every one)", true},
    {"limit", "N", "at most N works"},
};

Registration::Registration(const CommandSpec& spec, int (*run)(const Args&)) {
  registry().push_back({&spec, run});
}

const std::vector<Command>& commands() {
  auto& r = registry();
  std::sort(r.begin(), r.end(), [](const Command& a, const Command& b) {
    return std::string_view(a.spec->name) < std::string_view(b.spec->name);
  });
  return r;
}

std::string Args::get(const std::string& name, const std::string& fallback) const {
  auto it = values_.find(name);
  if (it == values_.end() || it->second.empty()) return fallback;
  return it->second.back();
}

const std::vector<std::string>& Args::all(const std::string& name) const {
  static const std::vector<std::string> none;
  auto it = values_.find(name);
  return it == values_.end() ? none : it->second;
}

Args parse_args(const CommandSpec& spec, const std::vector<std::string>& argv) {
  Args a;
  bool options_done = false;
  for (std::size_t i = 0; i < argv.size(); ++i) {
    const std::string& arg = argv[i];
    if (options_done || arg == "-" || arg.size() < 2 || arg[0] != '-') {
      a.positionals_.push_back(arg);
      continue;
    }
    if (arg == "--") {
      options_done = true;
      continue;
    }
    std::string name, value;
    bool has_value = false;
    if (arg[1] == '-') {
      name = arg.substr(2);
      if (auto eq = name.find('='); eq != std::string::npos) {
        value = name.substr(eq + 1);
        name.resize(eq);
        has_value = true;
      }
    } else if (arg == "-o") {
      name = "output";
    } else if (arg.size() > 2 && arg.compare(0, 2, "-o") == 0) {
      name = "output";  // -oFILE, as getopt reads it
      value = arg.substr(2);
      has_value = true;
    } else if (arg == "-h") {
      name = "help";
    } else if (arg.size() == 2 && find_option(spec, arg.substr(1))) {
      name = arg.substr(1);  // a one-letter option: `log -n 5`
    } else if (const OptionSpec* o = find_option(spec, arg.substr(1, 1)); o && o->metavar && arg.size() > 2) {
      name = arg.substr(1, 1);  // and its value glued on: `log -n5`
      value = arg.substr(2);
      has_value = true;
    } else {
      throw UsageError("unknown option '" + arg + "'");
    }
    const OptionSpec* opt = find_option(spec, name);
    if (!opt) {
      std::vector<std::string> names;
      for (const auto* list : {&spec.options, &kCommonOptions})
        for (const auto& o : *list) names.push_back(o.name);
      std::string near = did_you_mean(name, names);
      throw UsageError("unknown option '--" + name + "'" + (near.empty() ? "" : "; did you mean '--" + near + "'?"));
    }
    if (opt->metavar) {
      if (!has_value) {
        if (i + 1 >= argv.size()) throw UsageError("option '--" + name + "' needs a value (" + opt->metavar + ")");
        value = argv[++i];
      }
      auto& slot = a.values_[name];
      slot.push_back(value);
    } else {
      if (has_value) throw UsageError("option '--" + name + "' takes no value");
      a.values_[name].push_back("1");
    }
  }
  return a;
}

void print_help(std::ostream& out, const CommandSpec& spec) {
  const bool c = &out == &std::cout && use_colour(1);  // headings in bold on a terminal
  out << bold("usage:", c) << " " << spec.usage << "\n\n" << spec.summary << "\n\n" << bold("options:", c) << "\n";
  for (const auto* list : {&spec.options, &kCommonOptions}) {
    for (const auto& o : *list) {
      std::string left = std::string("  --") + o.name;
      if (std::string_view(o.name) == "output") left = "  -o, --output";
      if (o.metavar) left += std::string(" ") + o.metavar;
      out << left;
      if (left.size() < 26)
        out << std::string(26 - left.size(), ' ');
      else
        out << "\n" << std::string(26, ' ');
      out << o.help << "\n";
    }
  }
  if (spec.details && *spec.details) out << "\n" << spec.details;
  if (spec.examples && *spec.examples) {
    out << "\n" << bold("examples:", c) << "\n";
    for (const std::string& line : split_list(spec.examples, "\n")) out << "  " << line << "\n";
  }
}

const std::vector<OptionSpec>& common_options() { return kCommonOptions; }

Library open_library(const Args& args, bool create, Library::Access access) {
  return Library(Library::resolve_path(args.get("library")), create, access);
}

namespace {
int parse_year(const std::string& s, const char* what) {
  std::string_view t = trim(s);
  if (t.empty()) return 0;
  if (t.size() > 5 || !std::all_of(t.begin(), t.end(), is_digit))
    throw UsageError(std::string("--year: '") + s + "' is not a year (" + what + ")");
  return std::stoi(std::string(t));
}
}  // namespace

// --source LABEL: a label no source record has is a mistake, not an empty selection.
static void check_source_label(Library& lib, const std::string& label) {
  std::vector<std::string> labels;
  bool found = false;
  for (const Library::SourceRow& row : lib.source_rows()) {
    found = found || row.label == label;
    if (!row.label.empty() && std::find(labels.begin(), labels.end(), row.label) == labels.end()) labels.push_back(row.label);
  }
  if (found) return;
  std::string known;
  for (std::size_t i = 0; i < labels.size() && i < 12; ++i) known += (i ? ", " : "") + labels[i];
  if (labels.size() > 12) known += ", ...";
  throw UsageError("--source: no record of the library comes from a source labelled '" + label + "'" +
                   (known.empty() ? std::string(" (the library has no records)") : " (labels: " + known + "; 'refnet label list')"));
}

Query selection_from_args(const Args& args, Library& lib, std::vector<std::string>* missing, std::size_t skip) {
  Query q;
  if (args.has("year")) {
    std::string y = args.get("year");
    auto dash = y.find('-');
    if (dash == std::string::npos) {
      q.year_min = q.year_max = parse_year(y, "expected Y or Y-Y");
    } else {
      q.year_min = parse_year(y.substr(0, dash), "expected Y or Y-Y");
      q.year_max = parse_year(y.substr(dash + 1), "expected Y or Y-Y");
      if (!q.year_min && !q.year_max) throw UsageError("--year: '" + y + "' gives no year (expected Y or Y-Y)");
      if (q.year_min && q.year_max && q.year_min > q.year_max)
        throw UsageError("--year: '" + y + "' is reversed (did you mean " + std::to_string(q.year_max) + "-" +
                         std::to_string(q.year_min) + "?)");
    }
  }
  q.authors = args.all("author");
  q.keywords = args.all("keyword");
  q.types = args.all("type");
  q.texts = args.all("text");
  q.texts_inside_words = args.has("inside-words");
  if (q.texts_inside_words && q.texts.empty()) throw UsageError("--inside-words goes with --text");
  q.incomplete = args.has("incomplete");
  q.tags = args.all("tag");
  q.not_tags = args.all("not-tag");
  q.sources = args.all("source");
  for (const std::string& label : q.sources) check_source_label(lib, label);
  q.collections = args.all("collection");
  if (args.has("limit")) {
    std::string l = args.get("limit");
    if (l.empty() || !std::all_of(l.begin(), l.end(), is_digit)) throw UsageError("--limit: '" + l + "' is not a number");
    q.limit = std::stoul(l);
  }
  const auto& names = args.positionals();
  for (std::size_t i = skip; i < names.size(); ++i) {
    const std::string& p = names[i];
    auto ids = lib.resolve(p);
    if (ids.empty() && missing) missing->push_back(p);
    else ids = works_named(lib, p);
    q.ids.insert(q.ids.end(), ids.begin(), ids.end());
  }
  // Names were given and none is known: the selection is empty, not everything.
  if (names.size() > skip && q.ids.empty()) q.ids.push_back(kNoWork);
  return q;
}

bool has_selection_filter(const Args& args) {
  for (const auto& o : kSelectionOptions)
    if (std::string_view(o.name) != "limit" && std::string_view(o.name) != "inside-words" && args.has(o.name)) return true;
  return false;
}

std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::string json_quote(const std::string& s) {
  std::string out;
  append_json_string(out, s);
  return out;
}

std::string json_string_array(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += ',';
    append_json_string(out, items[i]);
  }
  out += ']';
  return out;
}

}  // namespace refnet::cli

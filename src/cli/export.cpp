// refnet export [--format F] [-o FILE] [--ascii] [--sort S] [--columns C]
// [--bom] [--force] [selection]: the selected works as BibTeX, BibLaTeX, RIS,
// CSL-JSON, CSV or TSV.
//
// Writing a file is atomic: the output goes to a temporary file in the same
// directory, which is flushed to disk and then renamed over FILE, so a failed
// or interrupted export leaves FILE as it was and no half-written file.

#include <algorithm>
#include <filesystem>
#include <functional>
#include <condition_variable>
#include <deque>
#include <exception>
#include <iostream>
#include <sstream>
#include <mutex>
#include <map>
#include <set>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include "cli.hpp"
#include "export.hpp"
#include "refnet/review.hpp"
#include "render.hpp"
#include "refnet/encoding.hpp"
#include "refnet/exporter.hpp"
#include "refnet/input.hpp"
#include "refnet/latex_cites.hpp"
#include "refnet/source_keys.hpp"
#include "refnet/output.hpp"
#include "refnet/own_export_mark.hpp"
#include "refnet/text.hpp"
#include "../stored_views.hpp"

namespace refnet::cli {
namespace {

CommandSpec make_spec() {
  static const std::string details =
      "Without -o the output goes to stdout.  The citation keys a BibTeX, BibLaTeX, RIS or\n"
      "CSL-JSON export writes are pinned (as 'refnet key pin' does: one journal entry,\n"
      "undoable), so that rekey never changes a key a paper may cite; --no-pin does not.\n"
      "Without --format the format follows the\n"
      "extension of -o (.bib: bibtex, .ris: ris, .json: csljson, .csv: csv, .tsv/.tab:\n"
      "tsv; no extension: bibtex); another extension is an error unless --format is given.\n"
      "An empty selection never overwrites a non-empty file unless --force is given.\n"
      "With --keep, the export is registered in the library (an auto-export, as Better\n"
      "BibTeX's) and rewritten, atomically, by every later command that changes the library\n"
      "(undo and redo too) when its output changes; one that selects nothing never empties a\n"
      "non-empty file.  --watch rewrites in the same way while it runs (until Ctrl-C).\n"
      "CSV/TSV columns (--columns, comma-separated): " + csv_column_list() + ";\n"
      "also by the names users type (case, spaces and '-' aside), written under the\n"
      "column's own name: " + csv_column_aliases() + ";\n"
      "or 'scopus': the columns of a Scopus CSV export, which bibliometrix's\n"
      "convert2df(dbsource = \"scopus\", format = \"csv\") reads.\n"
      "Example: refnet export --year 2015- --keyword e-government -o paper.bib\n"
      "         refnet export --columns key,authors,year,title,doi,sources -o included.csv\n";
  CommandSpec spec{
      "export", "refnet export [options] [ID|DOI|KEY...]",
      "write the selected works as BibTeX, BibLaTeX, RIS, CSL-JSON, CSV or TSV",
      details.c_str(),
      {
          {"format", "F", "bibtex (default), biblatex, ris, csljson, csv or tsv", false, "bibtex biblatex ris csljson csv tsv"},
          {"output", "FILE", "write to FILE (atomically) instead of stdout"},
          {"ascii", nullptr, "BibTeX/BibLaTeX: write non-ASCII letters as LaTeX accents ({\\\"u})"},
          {"sort", "S", "order of the entries: key (default), year, author, title or added (id); with '-' before it, reversed (-year: newest first; -added: the last imported first)", false, "key -key year -year author -author title -title added -added id -id"},
          {"columns", "C", "CSV/TSV: the columns, comma-separated, or 'scopus' (see below)"},
          {"bom", nullptr, "CSV/TSV: start with a UTF-8 byte order mark (for Excel)"},
          {"force", nullptr, "write -o FILE even when the selection is empty and FILE is not"},
          {"profile", "P", "BibTeX/BibLaTeX fields: paper (default; vendor noise left out) or full (everything, "
                           "the reference list too, for archiving)"},
          {"skip-fields", "LIST", "BibTeX/BibLaTeX: never write these fields (comma-separated)"},
          {"title-case", "CASE", "BibTeX/BibLaTeX/CSL-JSON/RIS titles: keep (default, as stored), sentence or title",
           false, "keep sentence title"},
          {"keep-fields", "LIST", "BibTeX/BibLaTeX: write these fields even when the profile leaves them out"},
          {"aux", "FILE", "export the works a LaTeX run cites (its .aux file: bibtex's and biber's)"},
          {"cites", "FILE", "export the works a .tex file cites (\\cite, \\citep, \\parencite, \\nocite{*}...), or a Markdown one (.md, .Rmd, .qmd: pandoc's [@key], @key)"},
          {"tags-as-keywords", nullptr, "BibTeX/BibLaTeX: add the works' tags to keywords (tags are private by default)"},
          {"no-pin", nullptr, "BibTeX/BibLaTeX/RIS/CSL-JSON: leave the written keys unpinned (rekey may change them)"},
          {"keep", nullptr, "with -o FILE: an auto-export, rewritten after every change to the library"},
          {"watch", nullptr, "with -o FILE: write, then rewrite on every change to the library until interrupted"},
          {"list-kept", nullptr, "list the auto-exports (path, format, selection, last written)"},
          {"unkeep", "FILE", "remove the auto-export to FILE (the file stays)"},
      }};
  spec.options.insert(spec.options.end(), kSelectionOptions.begin(), kSelectionOptions.end());
  spec.examples =
      "refnet export -o refs.bib\nrefnet export --format ris --keyword e-government -o egov.ris\nrefnet export --aux paper.aux -o paper.bib\nrefnet export --keep --cites paper.tex -o paper.bib\nrefnet export --format csv --columns key,year,title,doi -o works.csv\n";
  return spec;
}
const CommandSpec kSpec = make_spec();

using MakeWriter = std::unique_ptr<RecordWriter> (*)(const ExportOptions&);

struct FormatRow {
  const char* name;
  MakeWriter make;
};
constexpr FormatRow kFormats[] = {
    {"bibtex", bibtex_writer}, {"biblatex", biblatex_writer}, {"ris", ris_writer},
    {"csljson", csljson_writer}, {"csv", csv_writer},           {"tsv", tsv_writer}};

// The names import accepts for CSL-JSON are export's too.
std::string canonical_format(std::string_view name) {
  std::string f = ascii_lower(name);
  return f == "csl" || f == "csl-json" ? "csljson" : f;
}

std::string format_from_args(const Args& args) {
  if (args.has("format")) return canonical_format(args.get("format"));
  std::string out = args.get("output");
  std::string ext = ascii_lower(std::filesystem::path(out).extension().string());
  if (ext.empty() || ext == ".bib") return "bibtex";
  if (ext == ".ris") return "ris";
  if (ext == ".json") return "csljson";
  if (ext == ".csv") return "csv";
  if (ext == ".tsv" || ext == ".tab") return "tsv";
  throw UsageError("-o " + out + ": no format is known for '" + ext +
                   "' (.bib, .ris, .json, .csv, .tsv); give --format");
}

// The writer's text goes out in chunks of about a megabyte.
class Sink {
 public:
  explicit Sink(std::ostream& out) : out_(out) { buf_.reserve(kChunk + kChunk / 4); }
  std::string& buffer() { return buf_; }
  void maybe_flush() {
    if (buf_.size() >= kChunk) flush();
  }
  void flush() {
    out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    buf_.clear();
  }

 private:
  static constexpr std::size_t kChunk = std::size_t{1} << 20;
  std::ostream& out_;
  std::string buf_;
};

// Formats and writes the records on a second thread while the caller's
// thread reads and decodes the next ones from the library: the two halves
// cost about the same.  Records travel in batches; at most kDepth batches
// are in flight, so memory stays bounded whatever the library's size.  The
// batches are recycled, and a record assigned over an old one reuses its
// strings' storage.
class Pipeline {
 public:
  // Thrown to the reading thread by push() when the writer failed; finish()
  // rethrows the cause.
  struct Stopped {};

  Pipeline(RecordWriter& writer, Sink& sink) : writer_(writer), sink_(sink), thread_([this] { consume(); }) {}
  ~Pipeline() {
    if (thread_.joinable()) {
      {
        std::lock_guard<std::mutex> lock(mu_);
        stop_ = true;
      }
      cv_.notify_all();
      thread_.join();
    }
  }
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  void push(const Record& r) {
    if (!fill_) fill_ = take_free();
    if (fill_n_ < fill_->size()) (*fill_)[fill_n_] = r;
    else fill_->push_back(r);
    if (++fill_n_ == kBatch) hand_over();
  }
  // Writes what is left and waits for the writer; rethrows what it threw.
  void finish() {
    if (fill_n_) hand_over();
    {
      std::lock_guard<std::mutex> lock(mu_);
      done_ = true;
    }
    cv_.notify_all();
    thread_.join();
    if (error_) std::rethrow_exception(error_);
  }

 private:
  static constexpr std::size_t kBatch = 256, kDepth = 4;
  struct Batch {
    std::unique_ptr<std::vector<Record>> records;
    std::size_t n;
  };

  std::unique_ptr<std::vector<Record>> take_free() {
    std::unique_lock<std::mutex> lock(mu_);
    cv_.wait(lock, [&] { return !free_.empty() || made_ < kDepth + 1 || stop_ || error_; });
    if (error_ || stop_) throw Stopped();
    if (!free_.empty()) {
      auto b = std::move(free_.back());
      free_.pop_back();
      return b;
    }
    ++made_;
    auto b = std::make_unique<std::vector<Record>>();
    b->reserve(kBatch);
    return b;
  }
  void hand_over() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      full_.push_back({std::move(fill_), fill_n_});
    }
    cv_.notify_all();
    fill_n_ = 0;
  }
  void consume() {
    try {
      for (;;) {
        Batch b;
        {
          std::unique_lock<std::mutex> lock(mu_);
          cv_.wait(lock, [&] { return !full_.empty() || done_ || stop_; });
          if (stop_ || full_.empty()) return;  // done_ and nothing left
          b = std::move(full_.front());
          full_.pop_front();
        }
        for (std::size_t i = 0; i < b.n; ++i) {
          writer_.record(sink_.buffer(), (*b.records)[i]);
          sink_.maybe_flush();
        }
        {
          std::lock_guard<std::mutex> lock(mu_);
          free_.push_back(std::move(b.records));
        }
        cv_.notify_all();
      }
    } catch (...) {
      std::lock_guard<std::mutex> lock(mu_);
      error_ = std::current_exception();
      cv_.notify_all();
    }
  }

  RecordWriter& writer_;
  Sink& sink_;
  std::unique_ptr<std::vector<Record>> fill_;
  std::size_t fill_n_ = 0;
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<Batch> full_;
  std::vector<std::unique_ptr<std::vector<Record>>> free_;
  std::size_t made_ = 0;
  bool done_ = false, stop_ = false;
  std::exception_ptr error_;
  std::thread thread_;  // last: starts once the rest is built
};

// Writes the works `q` selects, in the order `how` names, one at a time;
// returns how many.  Only the sort keys of the selection are ever held in
// memory, never its records.
// `parent_levels`: the keys (lower case) that other exported works crossref,
// with their height in the chain (1: a parent, 2: a parent's parent): those
// works are held back and written last, lowest level first, so that every
// parent comes after its children, as bibtex requires.
std::size_t write_works(Library& lib, Query q, const std::string& how, RecordWriter& writer, std::ostream& out,
                        const std::unordered_map<std::string, int>& parent_levels,
                        const std::unordered_map<std::string, std::string>& renamed) {
  Sink sink(out);
  std::size_t n = 0;
  writer.begin(sink.buffer());
  Pipeline pipe(writer, sink);
  std::vector<std::pair<int, Record>> held;
  auto put = [&](const Record& given) {
    const Record* rp = &given;
    Record copy;
    if (auto it = renamed.find(given.citekey); it != renamed.end()) {
      copy = given;
      copy.citekey = it->second;
      rp = &copy;
    }
    const Record& r = *rp;
    if (!parent_levels.empty()) {
      auto it = parent_levels.find(ascii_lower(r.citekey));
      if (it != parent_levels.end()) {
        held.emplace_back(it->second, r);
        return;
      }
    }
    pipe.push(r);
    ++n;
  };
  // '-' before the key reverses the order, as list --sort: -year newest
  // first (no year last), -added the last imported first.
  const bool reversed = !how.empty() && how[0] == '-';
  const std::string by = reversed ? how.substr(1) : how;
  try {
    if (by == "author" || by == "title") {
      std::vector<std::int64_t> ids = ids_sorted_by(lib, q, by == "author" ? SortText::author : SortText::title);
      if (reversed) std::reverse(ids.begin(), ids.end());
      for (std::int64_t id : ids)
        if (auto r = lib.record(id, writer.parts())) put(*r);
    } else {
      bool none = false;
      if (q.limit) {
        // --limit N takes the first N works by id, whatever the order they are
        // written in: find them first, then let SQLite sort just those.
        std::vector<std::int64_t> ids;
        lib.each(q, light_parts(false), [&](const Work& w) {
          ids.push_back(w.id);
          return true;
        });
        none = ids.empty();  // (empty ids would select every work)
        q.ids = std::move(ids);
        q.limit = 0;
      }
      if (!none) {
        q.order = by == "key"    ? Query::Order::key
                  : by == "year" ? (reversed ? Query::Order::year_desc : Query::Order::year)
                                 : Query::Order::id;
        if (reversed && by != "year") {
          // The ids in the order, then the records the other way round.
          std::vector<std::int64_t> ids;
          lib.each(q, light_parts(false), [&](const Work& w) {
            ids.push_back(w.id);
            return true;
          });
          for (auto it = ids.rbegin(); it != ids.rend(); ++it)
            if (auto r = lib.record(*it, writer.parts())) put(*r);
        } else {
          lib.each(q, writer.parts(), [&](const Work& w) {
            put(w.record);
            return true;
          });
        }
      }
    }
    std::stable_sort(held.begin(), held.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& h : held) {
      pipe.push(h.second);
      ++n;
    }
  } catch (const Pipeline::Stopped&) {
    // the writer failed: finish() says why
  }
  pipe.finish();
  writer.end(sink.buffer());
  sink.flush();
  return n;
}

// "a, b,c" -> {"a", "b", "c"}, lower case.
std::set<std::string> field_list(const std::string& list) {
  std::set<std::string> out;
  for (const auto& f : split_list(list, ","))
    if (!trim(f).empty()) out.insert(ascii_lower(trim(f)));
  return out;
}

// "FILE:LINE:COL" of a byte offset of `text`.
std::string place(const std::string& path, std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  std::size_t line = 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + offset, '\n'));
  std::size_t start = text.rfind('\n', offset ? offset - 1 : 0);
  std::size_t col = start == std::string_view::npos || offset == 0 ? offset + 1 : offset - start;
  return path + ":" + std::to_string(line) + ":" + std::to_string(col);
}

// What the paper's keys name, for the writer: `renamed` maps a work's key to
// the old key (an alias) the paper cites it by, which a format without
// aliases writes it under; `cited_aliases` the old keys the paper cites, by
// the work's key (biblatex's ids).  A paper that cites one work by two keys
// (an old and the new, two old ones) gets it once, under its key when the
// paper cites that, and in a format without aliases (all but biblatex) the
// other key's place is a warning (`stale`): bibtex finds no entry for it, and
// a second entry would list the work twice.
struct CitedWorks {
  std::unordered_map<std::string, std::string> renamed;
  std::unordered_map<std::string, std::vector<std::string>> cited_aliases;
  std::vector<std::string> stale;
  // A key sources gave to several works (source_keys.hpp): `chosen` says
  // which the paper's other keys chose (a note); `claimed` holds the keys (lower
  // case) the paper uses for another work than the one holding them, and
  // `kept` the renames that follow from it, which biblatex needs too (two
  // entries may not share a key, nor an entry's key be another's ids).
  std::vector<std::string> chosen;
  std::unordered_set<std::string> claimed;
  std::unordered_map<std::string, std::string> kept;
  // Each key the paper cites and where ("paper.aux:2:11"), for what is said of it.
  std::vector<std::pair<std::string, std::string>> cited_at;
};

// export --source LABEL (issue 11): each work under the key that source gave
// it (source_keys), as the colleague's own papers cite it, the library's key
// in biblatex's ids.  A source key that another written work's key is too
// would make a paper cite the wrong work: that work keeps the library's key
// and a warning names both.  `renamed` maps a work's key to the key written,
// `keys` (lower case) and `aliases` follow the written keys.
void source_renames(Library& lib, const std::vector<std::string>& labels, const std::vector<std::int64_t>& ids,
                    const std::unordered_map<std::string, int>& parent_levels, std::unordered_set<std::string>& keys,
                    std::unordered_map<std::string, std::vector<std::string>>& aliases,
                    std::unordered_map<std::string, std::string>& renamed, ExportNotes& notes) {
  const std::map<std::int64_t, std::vector<std::string>> given = keys_given_by(lib, labels);
  std::string label;
  for (const std::string& l : labels) label += (label.empty() ? "" : " or ") + l;
  RecordParts key_only;
  key_only.references = key_only.abstract = key_only.extra = key_only.creators = false;
  struct Written {
    std::int64_t id;
    std::string own, want;
    bool source = false;  // written under `want`
  };
  std::vector<Written> works;
  for (std::int64_t id : ids) {
    auto r = lib.record(id, key_only);
    if (!r || r->citekey.empty()) continue;
    Written w{id, r->citekey, r->citekey};
    auto it = given.find(id);
    if (it != given.end() && !parent_levels.count(ascii_lower(w.own))) {
      if (it->second.size() == 1) {
        w.want = it->second.front();
        w.source = !iequals(w.want, w.own);
      } else if (it->second.size() > 1) {
        std::string list;
        for (const std::string& k : it->second) list += (list.empty() ? "" : ", ") + k;
        notes.warnings.push_back(label + " gave " + describe_work(lib, id) + " several keys (" + list +
                                 "): written under the library's key " + w.own);
      }
    }
    works.push_back(std::move(w));
  }
  // A source key another written work's key is too: that work keeps the library's key.
  for (bool changed = true; changed;) {
    changed = false;
    std::unordered_map<std::string, std::size_t> holders;
    for (const Written& w : works) ++holders[ascii_lower(w.source ? w.want : w.own)];
    for (Written& w : works) {
      if (!w.source || holders[ascii_lower(w.want)] < 2) continue;
      std::string other;
      for (const Written& o : works)
        if (&o != &w && iequals(o.source ? o.want : o.own, w.want)) other = describe_work(lib, o.id);
      notes.warnings.push_back(w.want + ", the key " + label + " gave " + describe_work(lib, w.id) + ", is also the key of " +
                               other + " in this export: written under the library's key " + w.own +
                               ", so a paper citing " + w.want + " gets the other work; cite " + w.own + " there");
      w.source = false;
      changed = true;
    }
  }
  std::unordered_set<std::string> written;
  for (const Written& w : works) written.insert(ascii_lower(w.source ? w.want : w.own));
  std::vector<std::pair<std::string, std::vector<std::string>>> moved;
  for (const Written& w : works) {
    if (!w.source) continue;
    renamed[w.own] = w.want;
    std::vector<std::string> old;
    if (auto it = aliases.find(w.own); it != aliases.end()) {
      old = std::move(it->second);
      aliases.erase(it);
    }
    if (!written.count(ascii_lower(w.own))) old.insert(old.begin(), w.own);
    moved.emplace_back(w.want, std::move(old));
    keys.erase(ascii_lower(w.own));
  }
  for (auto& [want, old] : moved) {
    keys.insert(ascii_lower(want));
    aliases[want] = std::move(old);
  }
  // No entry's ids may hold a key an entry is written under.
  for (auto& [key, old] : aliases)
    old.erase(std::remove_if(old.begin(), old.end(), [&](const std::string& k) { return written.count(ascii_lower(k)) > 0; }),
              old.end());
  for (auto it = aliases.begin(); it != aliases.end();) it = it->second.empty() ? aliases.erase(it) : std::next(it);
}

// The keys a paper cites (--aux, --cites) added to the selection; the keys
// no work has go to `missing`.  \nocite{*} leaves the selection as it is.
void add_cited(const Args& args, Library& lib, Query& q, std::vector<std::string>& missing, const std::string& format,
               CitedWorks& works) {
  for (const char* opt : {"aux", "cites"}) {
    if (!args.has(opt)) continue;
    std::string path = args.get(opt);
    std::string text;
    try {
      text = decode_text(read_input(path)).text;
    } catch (const std::exception& e) {
      throw UsageError(std::string("--") + opt + ": " + e.what());
    }
    // A Markdown paper (pandoc --citeproc) cites [@key] and @key: user67.
    std::string ext = ascii_lower(std::filesystem::path(path).extension().string());
    const bool markdown = ext == ".md" || ext == ".markdown" || ext == ".rmd" || ext == ".qmd" || ext == ".pandoc";
    CitedKeys cited = std::string(opt) == "aux" ? keys_from_aux(text)
                      : markdown               ? keys_from_markdown(text)
                                               : keys_from_tex(text);
    if (cited.keys.empty() && !cited.all)
      works.chosen.push_back(path + ": warning: cites no work (" +
                             (std::string(opt) == "aux" ? "no \\citation: has LaTeX run on the paper?"
                              : markdown ? "no [@key] nor @key outside code"
                                         : "no \\cite, \\nocite...; a Markdown paper's [@key] are read from .md") +
                             "): nothing exported");
    if (cited.all) {
      q.ids.clear();
      return;
    }
    RecordParts key_only;
    key_only.references = key_only.abstract = key_only.extra = key_only.creators = false;
    // By work: its key and the indexes of the paper's keys that name it.
    std::map<std::int64_t, std::pair<std::string, std::vector<std::size_t>>> by_work;
    const std::vector<PaperKey> resolved = resolve_paper_keys(lib, cited.keys);
    for (std::size_t i = 0; i < cited.keys.size(); ++i) {
      const std::string& key = cited.keys[i];
      works.cited_at.emplace_back(key, place(path, text, cited.at[i]));
      auto ids = resolved[i].works;
      if (ids.empty()) missing.push_back(key);
      if (!resolved[i].candidates.empty()) {
        std::string said = place(path, text, cited.at[i]) + (resolved[i].ambiguous ? ": warning: " : ": note: ") +
                           describe_choice(lib, key, resolved[i]);
        (resolved[i].ambiguous ? works.stale : works.chosen).push_back(std::move(said));
        if (auto holder = lib.work_by_key(key); holder && !ids.empty() && *holder != ids.front())
          works.claimed.insert(ascii_lower(key));
      }
      for (std::int64_t id : ids) {
        auto r = lib.record(id, key_only);
        if (!r || r->citekey.empty()) continue;
        auto& w = by_work[id];
        w.first = r->citekey;
        w.second.push_back(i);
        if (!iequals(r->citekey, key)) works.cited_aliases[r->citekey].push_back(key);
      }
      q.ids.insert(q.ids.end(), ids.begin(), ids.end());
    }
    for (const auto& [id, w] : by_work) {
      const std::string& own = w.first;
      std::size_t chosen = w.second.front();
      for (std::size_t i : w.second)
        if (iequals(cited.keys[i], own)) chosen = i;
      if (!iequals(cited.keys[chosen], own)) works.renamed.emplace(own, cited.keys[chosen]);
      if (format == "biblatex" || format == "csv" || format == "tsv") continue;
      const std::string name = format == "bibtex" ? "BibTeX" : format == "csljson" ? "CSL-JSON" : "RIS";
      for (std::size_t i : w.second) {
        if (i == chosen) continue;
        const std::string& key = cited.keys[i];
        std::string chosen_at = place(path, text, cited.at[chosen]);
        chosen_at = chosen_at.substr(path.size() + 1);
        works.stale.push_back(place(path, text, cited.at[i]) + ": warning: " + key + " is " +
                              (iequals(key, own) ? "the key" : "an old key") + " of " + own + ", which the paper cites " +
                              (iequals(cited.keys[chosen], own) ? "too" : "as " + cited.keys[chosen]) + " (" + chosen_at +
                              "): " + name + " has no aliases and two entries would list the work twice, so it is "
                              "written once, under " + cited.keys[chosen] + ", and " + key + " is not found; cite " +
                              cited.keys[chosen] + " there (biblatex finds every old key through ids)");
      }
    }
    if (q.ids.empty()) q.ids.push_back(kNoWork);
  }
  for (const auto& [own, written] : works.renamed)
    if (works.claimed.count(ascii_lower(own)) || works.claimed.count(ascii_lower(written))) works.kept.emplace(own, written);
}

// A selected work as the crossref checks see it: its id, its key and its
// `crossref` (else `xref`) target, both lower case.
struct Linked {
  std::int64_t id;
  std::string key, target;
};

// The works `q` selects, in its order, read once for add_parents and
// selected_keys.
std::vector<Linked> linked_works(Library& lib, const Query& q) {
  std::vector<Linked> out;
  RecordParts p;
  p.references = p.abstract = p.creators = false;
  auto take = [&](std::int64_t id, std::string_view key, const Record& r) {
    std::string_view target = r.get_extra("crossref");
    if (target.empty()) target = r.get_extra("xref");
    out.push_back({id, ascii_lower(key), target.empty() ? std::string() : ascii_lower(trim(target))});
  };
  // Of each view only its extra fields are decoded (the rest is checked).
  if (!each_view_fields(lib, q, p, {}, take))
    lib.each(q, p, [&](const Work& w) {
      take(w.id, w.record.citekey, w.record);
      return true;
    });
  return out;
}

// The parents (`crossref`/`xref` targets) of the selected works (`works`,
// as linked_works read them), and theirs, added to the selection when it
// left them out: bibtex and biber read them, and a child written without its
// parent is a dangling reference.  A target no work has stays out (the
// writer says so).  When one is added, `q` selects them too and `works` is
// read again, in its order.
void add_parents(Library& lib, Query& q, std::vector<Linked>& works) {
  std::vector<std::int64_t> ids;
  std::unordered_set<std::int64_t> have;
  std::unordered_set<std::string> keys;
  std::vector<std::string> wanted;
  auto take = [&](const Linked& w) {
    if (!have.insert(w.id).second) return;
    ids.push_back(w.id);
    keys.insert(w.key);
    if (!w.target.empty()) wanted.push_back(w.target);
  };
  for (const Linked& w : works) take(w);
  bool added = false;
  for (std::size_t i = 0; i < wanted.size(); ++i) {
    if (!keys.insert(wanted[i]).second) continue;
    Query one;
    one.ids = lib.resolve(wanted[i]);
    if (one.ids.empty()) continue;
    std::size_t before = ids.size();
    for (const Linked& w : linked_works(lib, one)) take(w);
    added = added || ids.size() > before;
  }
  if (!added) return;
  Query all;
  all.ids = std::move(ids);
  all.order = q.order;
  q = std::move(all);
  works = linked_works(lib, q);
}

// The citation keys of the selected works (`works`), lower case: a crossref
// to any other is left out by the writer.  `cycles` gets, for each cycle of
// crossrefs among them (a -> b -> a), the key whose crossref closes it.
std::unordered_set<std::string> selected_keys(const std::vector<Linked>& works, std::unordered_set<std::string>& cycles,
                                              std::unordered_map<std::string, int>& parent_levels,
                                              std::vector<std::int64_t>& ids) {
  std::unordered_set<std::string> keys;
  std::unordered_map<std::string, std::string> parent;  // key -> crossref target, lower case
  for (const Linked& w : works) {
    keys.insert(w.key);
    ids.push_back(w.id);
    if (!w.target.empty()) parent[w.key] = w.target;
  }
  // Walk each chain; a key met again on the same walk closes a cycle.
  std::unordered_map<std::string, int> state;  // 1: on the current walk, 2: done
  for (const auto& start : parent) {
    std::vector<std::string> walk;
    std::string k = start.first;
    while (parent.count(k) && !state.count(k)) {
      state[k] = 1;
      walk.push_back(k);
      const std::string& next = parent[k];
      if (state.count(next) && state[next] == 1) {
        cycles.insert(k);
        break;
      }
      k = next;
    }
    for (const auto& w : walk) state[w] = 2;
  }
  // Each selected target is at least one above each work that crossrefs it
  // (a walk is bounded by the number of links: a cycle ends it).
  for (const auto& start : parent) {
    std::string k = start.first;
    for (std::size_t height = 1; height <= parent.size(); ++height) {
      auto it = parent.find(k);
      if (it == parent.end() || !keys.count(it->second) || cycles.count(k)) break;
      int& level = parent_levels[it->second];
      level = std::max(level, int(height));
      k = it->second;
    }
  }
  return keys;
}

// The old keys a paper may cite (Library::citable_aliases), by the key of
// the live work they name.
std::unordered_map<std::string, std::vector<std::string>> alias_map(Library& lib) {
  std::unordered_map<std::string, std::vector<std::string>> out;
  auto absorbed = lib.citable_aliases();
  if (absorbed.empty()) return out;
  Query q;
  for (const auto& a : absorbed) q.ids.push_back(a.first);
  std::unordered_map<std::int64_t, std::string> live;
  RecordParts p;
  p.references = p.abstract = p.extra = p.creators = false;
  lib.each(q, p, [&](const Work& w) {
    live[w.id] = w.record.citekey;
    return true;
  });
  for (const auto& [id, key] : absorbed)
    if (auto it = live.find(id); it != live.end() && !it->second.empty()) out[it->second].push_back(key);
  return out;
}

// Lists by work id (notes, tags) of the works `ids`, by their keys.
std::unordered_map<std::string, std::vector<std::string>> by_key(Library& lib, const std::vector<std::int64_t>& ids,
                                                                 std::vector<std::pair<std::int64_t, std::string>> all) {
  std::unordered_map<std::string, std::vector<std::string>> out;
  if (all.empty()) return out;
  std::unordered_set<std::int64_t> wanted(ids.begin(), ids.end());
  std::unordered_map<std::int64_t, std::vector<std::string>> by_id;
  for (auto& [id, text] : all)
    if (wanted.count(id)) by_id[id].push_back(std::move(text));
  if (by_id.empty()) return out;
  Query q;
  for (const auto& b : by_id) q.ids.push_back(b.first);
  lib.each(q, RecordParts{false, false, false, false}, [&](const Work& w) {
    out[w.record.citekey] = std::move(by_id[w.id]);
    return true;
  });
  return out;
}

// The id of each work of `ids` by the key it is written under (its own, or
// the one `renamed` gives it: export --cites, --source): the work part of
// refnet's mark (own_export_mark.hpp).
std::unordered_map<std::string, std::int64_t> work_ids_by_key(Library& lib, const std::vector<std::int64_t>& ids,
                                                              const std::unordered_map<std::string, std::string>& renamed) {
  std::unordered_map<std::string, std::int64_t> out;
  if (ids.empty()) return out;
  // One statement over the works' rows (no view read again: an export's
  // cost, work_guard).
  const std::string list = nlohmann::json(ids).dump();
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(lib.handle(), "SELECT w.id, w.citekey FROM json_each(?1) j JOIN works w ON w.id = j.value", -1,
                         &st, nullptr) == SQLITE_OK &&
      sqlite3_bind_text(st, 1, list.data(), int(list.size()), SQLITE_STATIC) == SQLITE_OK)
    while (sqlite3_step(st) == SQLITE_ROW)
      if (const unsigned char* k = sqlite3_column_text(st, 1)) {
        const std::string key = reinterpret_cast<const char*>(k);
        auto it = renamed.find(key);
        out[it == renamed.end() ? key : it->second] = sqlite3_column_int64(st, 0);
      }
  sqlite3_finalize(st);
  return out;
}

std::unordered_map<std::string, std::vector<std::string>> notes_by_key(Library& lib,
                                                                       const std::vector<std::int64_t>& ids) {
  return by_key(lib, ids, lib.all_notes());
}
std::unordered_map<std::string, std::vector<std::string>> tags_by_key(Library& lib, const std::vector<std::int64_t>& ids) {
  return by_key(lib, ids, lib.live_tags_with_prefix(""));
}

// A biblatex @set (set65's import: \cite{stdmodel} prints its members as one
// reference) lives in the library as a collection named by the set's key,
// that key an alias of the collection's first member: a plain collection
// (no saved search) named by a key alias of one of its own works.  Its
// members are that work, then the others in the order they joined it (the
// importer adds them in the entryset's order).  Keys as the works' own.
struct BiblatexSet {
  std::string key;                   // the collection's name, the alias
  std::vector<std::string> members;  // the works' keys, the first the alias's
};
std::vector<BiblatexSet> biblatex_sets(Library& lib) {
  std::vector<BiblatexSet> out;
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(lib.handle(),
                         "SELECT c.name, w.citekey FROM collections c "
                         "JOIN key_aliases a ON a.alias = c.name "
                         "JOIN collection_works h ON h.collection_id = c.id AND h.work_id = a.work_id "
                         "JOIN collection_works m ON m.collection_id = c.id "
                         "JOIN works w ON w.id = m.work_id "
                         "WHERE c.query IS NULL AND w.merged_into IS NULL AND w.trashed_at IS NULL "
                         "AND w.citekey IS NOT NULL "
                         "ORDER BY c.name, m.work_id <> a.work_id, m.rowid",
                         -1, &st, nullptr) == SQLITE_OK)
    while (sqlite3_step(st) == SQLITE_ROW) {
      const std::string name = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
      const std::string key = reinterpret_cast<const char*>(sqlite3_column_text(st, 1));
      if (out.empty() || out.back().key != name) out.push_back({name, {}});
      out.back().members.push_back(key);
    }
  sqlite3_finalize(st);
  return out;
}

// The sets whose first member the export writes: biblatex gets each as an
// @set after the entries (its key out of the first member's ids, where
// biber would find it twice), its entryset the members written, in order,
// under the keys they are written with; a member not in the export is said.
// BibTeX and CSL-JSON have no sets: each said, not taken for an old key.
void take_sets(const std::vector<BiblatexSet>& sets, const std::unordered_set<std::string>& exported,
               const std::unordered_map<std::string, std::string>& renamed, const std::string& format,
               std::unordered_map<std::string, std::vector<std::string>>& aliases, std::vector<BiblatexSet>& written,
               const std::unordered_set<std::string>& cited_sets, bool paper, ExportNotes& notes) {
  std::vector<std::string> unwritten;
  for (const BiblatexSet& set : sets) {
    const std::string& first = set.members.front();
    if (!exported.count(ascii_lower(first))) continue;
    // A set the paper cites, in a format without sets: its key is its first
    // work's entry, said where the paper cites it (add_cited_sets).
    // In an export of what a paper cites, a set it does not cite is none of its business.
    if (format != "biblatex" && (paper || cited_sets.count(ascii_lower(set.key)))) continue;
    if (auto it = aliases.find(first); it != aliases.end()) {
      auto& list = it->second;
      list.erase(std::remove_if(list.begin(), list.end(), [&](const std::string& a) { return a == set.key; }),
                 list.end());
      if (list.empty()) aliases.erase(it);
    }
    auto as_written = [&](const std::string& key) {
      auto it = renamed.find(key);
      return it == renamed.end() ? key : it->second;
    };
    if (format != "biblatex") {
      std::string list;
      for (const std::string& m : set.members) list += (list.empty() ? "" : ", ") + as_written(m);
      unwritten.push_back(set.key + " (" + list + ")");
      continue;
    }
    BiblatexSet out{set.key, {}};
    std::string left;
    for (const std::string& m : set.members) {
      if (exported.count(ascii_lower(m))) out.members.push_back(as_written(m));
      else left += (left.empty() ? "" : ", ") + m;
    }
    if (!left.empty())
      notes.warnings.push_back("@set " + set.key + ": " + left + (left.find(',') == std::string::npos ? " is" : " are") +
                               " not in this export: left out of its entryset (export the collection " + set.key +
                               " to write the whole set)");
    written.push_back(std::move(out));
  }
  if (unwritten.empty()) return;
  notes.warnings.push_back(std::to_string(unwritten.size()) + (unwritten.size() == 1 ? " biblatex set" : " biblatex sets") +
                           " (the collection named by its key, which is an alias of its first work) " +
                           (format == "bibtex" ? "BibTeX" : "CSL-JSON") + " has no place for: " +
                           keys_named(unwritten) + "; \\cite of the set's key finds no entry: the biblatex export "
                           "writes each as an @set");
}

// The biblatex sets a paper cites (--aux, --cites): \cite{stdmodel} means
// every member, so each is exported (biblatex: the whole @set; before export67
// the first alone, through the key's alias).  BibTeX, CSL-JSON and RIS have
// no set: the set's key names its first work's entry (the alias), the others
// are entries of their own, which a style lists only when cited; said where
// the paper cites the set, with the citation that lists them all.  Returns
// the cited sets' keys (lower case).
std::unordered_set<std::string> add_cited_sets(Library& lib, const std::vector<BiblatexSet>& sets,
                                               const CitedWorks& cited, const std::string& format, Query& q,
                                               std::vector<std::string>& said) {
  std::unordered_set<std::string> out;
  if (cited.cited_at.empty() || sets.empty()) return out;
  std::unordered_map<std::string, const BiblatexSet*> by_key;
  for (const BiblatexSet& set : sets) by_key.emplace(ascii_lower(set.key), &set);
  const std::string name = format == "bibtex" ? "BibTeX" : format == "csljson" ? "CSL-JSON" : format == "ris" ? "RIS" : "";
  const std::string entry = format == "csljson" ? "item" : format == "ris" ? "record" : "entry";
  for (const auto& [key, at] : cited.cited_at) {
    auto it = by_key.find(ascii_lower(key));
    if (it == by_key.end() || !out.insert(it->first).second) continue;
    const BiblatexSet& set = *it->second;
    for (const std::string& m : set.members)
      if (auto id = lib.work_by_key(m); id && std::find(q.ids.begin(), q.ids.end(), *id) == q.ids.end())
        q.ids.push_back(*id);
    if (name.empty() || set.members.size() < 2) continue;
    std::string others, all = key;
    for (std::size_t i = 1; i < set.members.size(); ++i) {
      others += (i == 1 ? "" : i + 1 == set.members.size() ? " and " : ", ") + set.members[i];
      all += "," + set.members[i];
    }
    said.push_back(at + ": warning: " + key + " is a biblatex set of " + std::to_string(set.members.size()) +
                   " works, which " + name + " has no " + entry + " for: its first, " + set.members.front() +
                   ", is written under the key " + key + ", and " + others + (set.members.size() == 2 ? " as an " + entry + " of its own, which"
                                             : " as " + (entry == "entry" ? std::string("entries") : entry + "s") +
                                                   " of their own, which") +
                   " a style lists only when the paper cites " + (set.members.size() == 2 ? "it" : "them") +
                   ": \\cite{" + all + "} lists the whole set (the biblatex export writes it as an @set)");
  }
  return out;
}

// The @set entries, after the works' entries, as the entry writer spaces them.
void write_sets(std::ostream& out, const std::vector<BiblatexSet>& sets, bool first) {
  for (const BiblatexSet& set : sets) {
    if (!first) out << '\n';
    first = false;
    out << "@set{" << set.key << ",\n  entryset = {";
    for (std::size_t i = 0; i < set.members.size(); ++i) out << (i ? ", " : "") << set.members[i];
    out << "}\n}\n";
  }
}

// A whole export in a format without aliases: the exported works' old keys a
// paper may still cite are in no entry; said once, with the way out.
void tell_old_keys(const std::unordered_map<std::string, std::vector<std::string>>& aliases,
                   const std::unordered_set<std::string>& exported, const std::string& format, ExportNotes& notes) {
  std::vector<std::string> pairs;
  std::size_t works = 0;
  for (const auto& [key, old_keys] : aliases) {
    if (!exported.count(ascii_lower(key)) || old_keys.empty()) continue;
    ++works;
    for (const auto& k : old_keys) pairs.push_back(k + " -> " + key);
  }
  if (!works) return;
  std::sort(pairs.begin(), pairs.end());
  std::string list;
  for (std::size_t i = 0; i < pairs.size() && i < 5; ++i) list += (i ? ", " : "") + pairs[i];
  if (pairs.size() > 5) list += ", ...";
  notes.warnings.push_back(std::to_string(works) + (works == 1 ? " work has an old key" : " works have old keys") +
                           " a paper may still cite, which " + (format == "bibtex" ? "BibTeX" : "CSL-JSON") +
                           " has no place for (" + list + "): export --aux paper.aux (or --cites paper.tex) writes "
                           "each such work under the key the paper cites; biblatex writes old keys in ids");
}

// What the writer left out, on stderr.
void tell_notes(const ExportNotes& notes) {
  for (const auto& w : notes.warnings) std::cerr << "refnet export: warning: " << w << "\n";
  for (const auto& w : notes.incomplete) std::cerr << "refnet export: warning: " << w << "\n";
  if (notes.vendor_fields || notes.vendor_notes)
    std::cerr << "refnet export: left out " << notes.vendor_fields << " vendor field(s) and " << notes.vendor_notes
              << " piece(s) of database boilerplate in notes (--profile full keeps them)\n";
}

}  // namespace

// What an export said beside its file (the first run and every rewrite of a
// kept one say the same): the paper's FILE:LINE:COL warnings, the names no
// work has, what the writer left out.
void tell_export(const ExportRun& r) {
  for (const auto& w : r.chosen) std::cerr << w << "\n";
  for (const auto& w : r.stale) std::cerr << w << "\n";
  for (const auto& m : r.missing) {
    std::cerr << "refnet export: warning: no work in the library is named '" << m << "'";
    // `export bibtex -o out.bib`: a format's name where a work is named.
    const std::string f = canonical_format(m);
    for (const auto& row : kFormats)
      if (f == row.name) std::cerr << "; to choose the format, write --format " << f;
    std::cerr << "\n";
  }
  tell_notes(r.notes);
}

const CommandSpec& export_spec() { return kSpec; }

// Pins the keys of the works an export wrote (`ids`), as `refnet key pin`
// does: one journal entry (or a part of `join_entry`), none when they were
// all pinned already.  A library that cannot be written (a read-only file)
// gets a warning: the export itself is done.
std::int64_t pin_exported(const std::string& library, const std::vector<std::int64_t>& ids, std::int64_t join_entry) {
  try {
    Library lib(library, false);
    Library::Transaction tx(lib);
    // Joined only to the newest entry, with nothing to redo (another
    // command may have come between): else the keys stay as they are.
    if (join_entry && (lib.journal().last_live() != join_entry || lib.journal().last_redoable())) return 0;
    std::int64_t n = lib.pin_keys(ids);
    if (n == 0) return 0;
    if (join_entry) lib.journal().continue_entry(join_entry);
    lib.journal().describe("pinned " + std::to_string(n) + (n == 1 ? " key" : " keys"));
    tx.commit();
    // A write to the library by an export: said, with what undoes it.
    std::cerr << "refnet export: pinned " << n << (n == 1 ? " key" : " keys")
              << " in the library: a key written out never changes (rekey keeps it; 'refnet undo' unpins; "
                 "--no-pin not to pin)\n";
    return n;
  } catch (const std::exception& e) {
    std::cerr << "refnet export: warning: the exported keys are not pinned: " << e.what() << "\n";
    return 0;
  }
}

namespace {

// Whether a work of `ids` has a key not pinned yet: one read-only statement
// (Library::key_pinned once a work cost as much as the pinning it spares).
bool any_key_unpinned(Library& lib, const std::vector<std::int64_t>& ids) {
  if (ids.empty()) return false;
  const std::string list = nlohmann::json(ids).dump();
  sqlite3_stmt* st = nullptr;
  bool unpinned = true;  // when in doubt, pin_exported looks
  if (sqlite3_prepare_v2(lib.handle(),
                         "SELECT EXISTS (SELECT 1 FROM json_each(?1) j JOIN works w ON w.id = j.value "
                         "WHERE w.key_pinned = 0)",
                         -1, &st, nullptr) == SQLITE_OK &&
      sqlite3_bind_text(st, 1, list.data(), int(list.size()), SQLITE_STATIC) == SQLITE_OK &&
      sqlite3_step(st) == SQLITE_ROW)
    unpinned = sqlite3_column_int(st, 0) != 0;
  sqlite3_finalize(st);
  return unpinned;
}

}  // namespace

ExportRun render_export(const Args& args, Library& lib, std::ostream& out) {
  ExportRun run;
  std::string format = format_from_args(args);
  const FormatRow* row = nullptr;
  for (const auto& f : kFormats)
    if (format == f.name) row = &f;
  if (!row) throw UsageError("--format: '" + format + "' is not one of bibtex, biblatex, ris, csljson, csv, tsv");
  run.format = row->name;
  std::string sort = ascii_lower(args.get("sort", "key"));
  ExportOptions opt;
  opt.ascii = args.has("ascii");
  opt.columns = args.get("columns");
  opt.bom = args.has("bom");
  if ((args.has("columns") || opt.bom) && format != "csv" && format != "tsv")
    throw UsageError("--columns and --bom are for CSV and TSV, not " + format);
  std::string profile = ascii_lower(args.get("profile", "paper"));
  if (profile != "paper" && profile != "full") throw UsageError("--profile: '" + profile + "' is not paper or full");
  opt.profile = profile == "full" ? ExportProfile::full : ExportProfile::paper;
  std::string title_case = ascii_lower(args.get("title-case", "keep"));
  if (title_case != "keep" && title_case != "sentence" && title_case != "title")
    throw UsageError("--title-case: '" + title_case + "' is not keep, sentence or title");
  if (title_case != "keep" && format != "bibtex" && format != "biblatex" && format != "csljson" && format != "ris")
    throw UsageError("--title-case is for BibTeX, BibLaTeX, CSL-JSON and RIS, not " + format);
  opt.title_case = title_case == "sentence" ? TitleCase::sentence : title_case == "title" ? TitleCase::title : TitleCase::keep;
  opt.skip_fields = field_list(args.get("skip-fields"));
  opt.keep_fields = field_list(args.get("keep-fields"));
  opt.notes = &run.notes;
  // refnet's mark (own_export_mark.hpp); --skip-fields refnet-library: none,
  // in CSL-JSON and RIS too (two libraries' exports compared byte for byte).
  if (!opt.skip_fields.count(std::string(kOwnExportField))) opt.library_mark = library_identity(lib.handle());

  std::vector<std::string>& missing = run.missing;
  Query q = selection_from_args(args, lib, &missing);
  if (!args.positionals().empty() && (args.has("aux") || args.has("cites")) && q.ids.size() == 1 && q.ids[0] == kNoWork)
    q.ids.clear();
  CitedWorks cited;
  add_cited(args, lib, q, missing, format, cited);
  std::unordered_map<std::string, std::string>& renamed = cited.renamed;
  // biblatex finds an old key through the entry's `ids`; the others are
  // written under the key the paper cites.
  if (format == "biblatex") renamed = cited.kept;
  run.stale = std::move(cited.stale);
  run.chosen = std::move(cited.chosen);
  // A work named or cited that is in the trash: the selection leaves it
  // out, said (user68: a paper citing a trashed work got a bibliography
  // without it, exit 0 and not a word).
  if (!q.ids.empty()) {
    std::unordered_set<std::int64_t> named(q.ids.begin(), q.ids.end());
    for (const TrashedWork& t : lib.trashed())
      if (named.count(t.id))
        run.stale.push_back("refnet export: warning: " + (t.record.citekey.empty() ? "work " + std::to_string(t.id)
                                                                                     : t.record.citekey + " (work " + std::to_string(t.id) + ")") +
                            " is in the trash (since " + t.trashed_at + "): not exported; 'refnet restore " +
                            (t.record.citekey.empty() ? std::to_string(t.id) : t.record.citekey) + "' brings it back");
  }
  const std::vector<BiblatexSet> all_sets =
      format == "csv" || format == "tsv" ? std::vector<BiblatexSet>() : biblatex_sets(lib);
  const std::unordered_set<std::string> cited_sets = add_cited_sets(lib, all_sets, cited, format, q, run.chosen);
  std::vector<Linked> linked = linked_works(lib, q);
  if (format == "bibtex" || format == "biblatex") add_parents(lib, q, linked);
  std::unordered_set<std::string> cycles;
  std::unordered_map<std::string, int> parent_levels;
  std::vector<std::int64_t>& ids = run.ids;
  std::unordered_set<std::string> keys = selected_keys(linked, cycles, parent_levels, ids);
  run.pin = !args.has("no-pin") && format != "csv" && format != "tsv";
  if (format != "bibtex" && format != "biblatex") parent_levels.clear();
  opt.exported_keys = &keys;
  opt.crossref_cycles = &cycles;
  std::unordered_map<std::string, std::vector<std::string>> aliases = alias_map(lib);
  // An old key the paper cites is in ids, whoever made it.
  for (auto& [key, old_keys] : cited.cited_aliases)
    for (auto& k : old_keys) {
      auto& list = aliases[key];
      if (std::none_of(list.begin(), list.end(), [&](const std::string& a) { return iequals(a, k); })) list.push_back(k);
    }
  // A key the paper gives another work: neither entry lists the other's old keys.
  for (const auto& [own, written] : cited.kept) {
    aliases.erase(own);
    aliases.erase(written);
  }
  if (args.has("source") && !args.has("aux") && !args.has("cites") && format != "csv" && format != "tsv")
    source_renames(lib, args.all("source"), ids, parent_levels, keys, aliases, renamed, run.notes);
  std::vector<BiblatexSet> sets;
  if (format == "bibtex" || format == "biblatex" || format == "csljson")
    take_sets(all_sets, keys, renamed, format, aliases, sets, cited_sets, args.has("aux") || args.has("cites"),
              run.notes);
  if (!args.has("aux") && !args.has("cites") && (format == "bibtex" || format == "csljson"))
    tell_old_keys(aliases, keys, format, run.notes);
  opt.aliases = &aliases;
  std::unordered_map<std::string, std::vector<std::string>> user_notes = notes_by_key(lib, ids);
  opt.user_notes = &user_notes;
  std::unordered_map<std::string, std::int64_t> work_ids;
  if (!opt.library_mark.empty() && format != "csv" && format != "tsv") {
    work_ids = work_ids_by_key(lib, ids, renamed);
    opt.work_ids = &work_ids;
  }
  std::unordered_map<std::string, std::vector<std::string>> tags;
  if (args.has("tags-as-keywords")) {
    if (format != "bibtex" && format != "biblatex")
      throw UsageError("--tags-as-keywords is for BibTeX and BibLaTeX, not " + format);
    tags = tags_by_key(lib, ids);
    opt.tags_as_keywords = &tags;
  }
  std::unordered_map<std::string, WorkFacts> facts;
  if (format == "csv" || format == "tsv") {
    facts = work_facts(lib);
    opt.work_facts = &facts;
  }

  std::unique_ptr<RecordWriter> writer;
  try {
    writer = row->make(opt);
  } catch (const std::invalid_argument& e) {
    throw UsageError(e.what());
  }
  const std::string by = !sort.empty() && sort[0] == '-' ? sort.substr(1) : sort;
  if (by != "key" && by != "year" && by != "author" && by != "title" && by != "id" && by != "added")
    throw UsageError("--sort: '" + sort + "' is not one of key, year, author, title, added (id), each with '-' before it: reversed");
  run.n = write_works(lib, q, sort, *writer, out, parent_levels, renamed);
  write_sets(out, sets, run.n == 0);
  opt.notes = nullptr;
  // Every export after the first finds the keys pinned: then the library is
  // not opened for writing at all (pin_exported would change nothing, after
  // waiting for another command's write to end).
  if (run.pin) run.pin = any_key_unpinned(lib, ids);
  return run;
}

namespace {

int run(const Args& args) {
  if (args.has("list-kept") || args.has("unkeep")) return manage_kept(args);
  if (args.has("keep") || args.has("watch")) {
    if (args.get("output").empty() || args.get("output") == "-")
      throw UsageError(std::string("--") + (args.has("keep") ? "keep" : "watch") + " needs -o FILE");
    if (args.has("keep") && args.has("watch")) throw UsageError("--keep and --watch: give one");
    if (args.has("watch")) return watch_export(args);
  }
  Library lib = open_library(args, false, Library::Access::read_only);
  std::string output = args.get("output");
  ExportRun r;
  auto noun = [&r] { return r.n == 1 ? " work" : " works"; };
  auto tell = [&r] { tell_export(r); };
  if ((output.empty() || output == "-") && args.json()) {
    // --json: stdout is JSON.  CSL-JSON is; any other export is the "text"
    // of the summary -o gives.
    std::ostringstream text;
    r = render_export(args, lib, text);
    tell();
    const std::int64_t pinned = r.pin && r.n ? pin_exported(lib.path(), r.ids, 0) : 0;
    if (r.format == "csljson")
      std::cout << text.str();
    else
      std::cout << "{\"output\":null,\"format\":" << json_quote(r.format) << ",\"works\":" << r.n
                << ",\"missing\":" << json_string_array(r.missing) << ",\"pinned\":" << pinned
                << ",\"text\":" << json_quote(text.str()) << "}\n";
    return r.missing.empty() && r.stale.empty() ? kOk : kPartial;
  }
  if (output.empty() || output == "-") {
    r = render_export(args, lib, std::cout);
    std::cout.flush();
    if (!std::cout) {
      std::cerr << "refnet export: error: cannot write to stdout\n";
      return kFailure;
    }
    tell();
    std::cerr << "exported " << r.n << noun() << " (" << r.format << ")\n";
    if (r.pin && r.n) pin_exported(lib.path(), r.ids, 0);
    return r.missing.empty() && r.stale.empty() ? kOk : kPartial;
  }
  try {
    const bool force = args.has("force");
    write_output(output, [&](std::ostream& out) {
      r = render_export(args, lib, out);
      if (r.n == 0 && !force && non_empty_file(output))
        throw OutputError("the selection is empty: " + output + " is not overwritten (--force to empty it)");
    });
  } catch (const OutputError& e) {
    tell();
    std::cerr << "refnet export: error: " << e.what() << "\n";
    return kFailure;
  }
  tell();
  std::cerr << "exported " << r.n << noun() << " to " << output << " (" << r.format << ")\n";
  if (args.has("keep")) register_kept(args, lib.path(), r);
  const std::int64_t pinned = r.pin && r.n ? pin_exported(lib.path(), r.ids, 0) : 0;
  if (args.json()) {  // stdout is free: the file holds the export
    std::cout << "{\"output\":" << json_quote(output) << ",\"format\":" << json_quote(r.format) << ",\"works\":" << r.n
              << ",\"missing\":" << json_string_array(r.missing) << ",\"pinned\":" << pinned << "}\n";
  }
  return r.missing.empty() && r.stale.empty() ? kOk : kPartial;
}

const Registration reg{kSpec, run};

}  // namespace
}  // namespace refnet::cli

// refnet import FILE...: decode, detect, parse, store: one transaction.
#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <condition_variable>
#include <deque>
#include <exception>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <set>
#include <sstream>
#include <thread>
#include <unordered_set>

#include "cli.hpp"
#include "refnet/ingest.hpp"
#include "refnet/encoding.hpp"
#include "refnet/importer.hpp"
#include "refnet/input.hpp"
#include "refnet/output.hpp"
#include "refnet/own_export_mark.hpp"
#include "refnet/page_text.hpp"
#include "refnet/review.hpp"
#include "refnet/text.hpp"

namespace refnet::cli {
namespace {

// Works kept apart on import although they share an identifier: one warning
// per identifier, at the first record kept apart, naming every work that
// carries it (a supplement DOI on N abstracts gave N²/2 warnings, one per pair).
class KeptApartWarnings {
 public:
  void add(const std::string& identifier, const Record& r, std::int64_t work,
           const std::pair<std::int64_t, std::string>& apart) {
    auto [it, fresh] = index_.emplace(identifier.empty() ? apart.second : identifier, groups_.size());
    if (fresh)
      groups_.push_back({identifier, source_position(r.provenance), apart.second, {}});
    Group& g = groups_[it->second];
    g.works.insert(apart.first);
    g.works.insert(work);
  }
  void report(std::ostream& out) const {
    for (const Group& g : groups_) {
      out << g.where << ": warning: ";
      std::string why = g.why;
      // "kept apart: same DOI 10.1/x, different title ..." -> the reason after the identifier.
      const std::string head = "kept apart: same " + g.identifier + ", ";
      if (!g.identifier.empty() && why.rfind(head, 0) == 0) why = why.substr(head.size());
      if (g.identifier.empty()) {
        out << why;
      } else {
        out << "kept apart: same " << g.identifier << " on " << g.works.size() << " works (";
        std::size_t k = 0;
        for (std::int64_t w : g.works) out << (k++ ? ", " : "") << w;
        out << ") the rest of whose records differ: " << why;
      }
      out << "; see 'refnet dedup'\n";
    }
  }

 private:
  struct Group {
    std::string identifier, where, why;
    std::set<std::int64_t> works;
  };
  std::vector<Group> groups_;
  std::map<std::string, std::size_t> index_;
};

// A record whose identifiers lead to two works its rest confirms (its DOI
// on one, its PMID on the other): what became of the second, said at the
// record.
std::string other_work_warning(const Record& r, const Library::AddResult::OtherWork& o) {
  const std::string joined = std::to_string(o.joined_work), other = std::to_string(o.work);
  std::string head = source_position(r.provenance) + ": warning: the record's " +
                     o.joined + " is work " + joined + "'s and its " + o.identifier + " work " + other +
                     "'s, and the rest of the record confirms both: ";
  if (!o.merged)
    return head + "kept apart (" + o.why + "), the record joined " + joined + "; 'refnet dedup --review' lists the pair";
  const std::string into = std::to_string(std::min(o.work, o.joined_work));
  return head + "one work, " + std::to_string(std::max(o.work, o.joined_work)) + " merged into " + into + " (" + o.why +
         "); 'refnet unmerge " + into + "' separates them";
}

const CommandSpec kSpec{
    "import",
    "refnet import [options] FILE... (or - for standard input)",
    "import BibTeX, RIS, EndNote, Web of Science, Scopus, PubMed, CSV and JSON exports into the library",
    "The format of each file is detected from its content (a web page with BibTeX\n"
    "entries and RIS records inside is fine).  @string macros of earlier files on\n"
    "the command line are seen by later ones; a BibTeX crossref child and its parent\n"
    "find each other in any order, in one import or later ones.  The import is one\n"
    "transaction: interrupted, it leaves the library as it was.  A record already in\n"
    "the library (same source text) is not added again.\n\n"
    "exit status: 0 all imported; 3 some entries were rejected (the rest imported);\n"
    "4 a file held no bibliographic records; 1 a file could not be read, or with\n"
    "--strict any error (then nothing is imported); 2 bad command line.\n",
    {
        {"format", "FMT", "parse every file as FMT: bibtex, ris (also enw, refworks: EndNote's and RefWorks' tagged text), crossref (also openalex: OpenAlex JSON), medline (nbib, pubmed), pubmed-xml, wos, scopus-csv, scopus-txt (scopus-text: Scopus's plain text), wos-tab, lens, dimensions, endnote (endnote-xml), csl (csl-json), zotero (zotero-json: Zotero's item JSON, its API's and Better BibTeX's), ovid, ieee (ieee-csv), springer (springer-csv), pubmed-csv, cochrane (central, cdsr: the Cochrane Library's plain text), proquest (ProQuest's plain text), noteexpress (ne; also estudy, cnki: CNKI's E-Study and custom exports), zotero-rdf (rdf: Zotero's \"Zotero RDF\" export), mods (mods-xml: MODS XML, bibutils' hub format), sciencedirect-txt (ScienceDirect's plain text, \"Export citation to text\"), europepmc (Europe PMC's REST JSON, core or lite), eppi (eppi-json: EPPI-Reviewer's JSON export of a review), or table (tsv: any CSV/TSV table with a title column, e.g. Zotero, Rayyan, Covidence, Cochrane, CINAHL, Embase, OpenAlex exports) (default: detect)",
         false,
         // Every name parse_format_name accepts (config set checks them, shell completion offers them).
         "bibtex bib biblatex ris enw endnote-tagged refer refworks refworks-tagged crossref json crossref-json jsonl openalex openalex-json medline nbib pubmed pubmed-xml wos wos-tagged ciw scopus-csv scopus csv endnote endnote-xml enw-xml csl csl-json csljson wos-tab wos-tsv wos-tab-delimited lens lens-csv dimensions dimensions-csv zotero zotero-json ovid ovid-tagged ieee ieee-csv springer springer-csv springerlink pubmed-csv table tsv table-csv cochrane cochrane-txt central cdsr proquest proquest-txt noteexpress ne noteexpress-txt estudy e-study cnki scopus-txt scopus-text scopus-plain zotero-rdf rdf mods mods-xml sciencedirect-txt sciencedirect-text sciencedirect europepmc europe-pmc epmc europepmc-json eppi eppi-json eppi-reviewer eppi-reviewer-json"},
        {"encoding", "NAME", "the files' character encoding (default: detect: BOM, '% Encoding:', UTF-8, GB18030, windows-1252)"},
        {"strict", nullptr, "reject the whole import at the first error; the library is left unchanged"},
        {"quiet", nullptr, "leave out the summary (the diagnostics are still printed)"},
        {"max-input-size", "SIZE", "refuse a file larger than SIZE (default 4GiB; K, M, G, T)"},
        {"no-merge", nullptr, "keep records with a DOI already in the library as works of their own (see 'refnet dedup')"},
        {"diagnostics", "FILE", "write every diagnostic to FILE, one per line (the terminal shows the first 1,000 of a file)"},
        {"source", "LABEL", "label every record of this import with LABEL, the database or search it came from (default: the database the file's dialect names, else the file name); 'refnet prisma' and 'refnet overlap' count by label"},
    },
    "refnet import savedrecs.txt scopus.csv pubmed.nbib\nrefnet import --strict refs.bib\nrefnet import --source 'Web of Science' savedrecs.txt\ncurl -s https://api.crossref.org/works/10.1177/0020852317735595 | refnet import -\n"};

struct FileSummary {
  std::string file;
  std::string encoding;
  std::size_t read = 0, added = 0, merged = 0, updated = 0, present = 0, rejected = 0;
  std::size_t older = 0;   // merged records older than the export their work holds (view kept)
  std::size_t read_back = 0;  // refnet's own export read back (Ingest::Counts::read_back)
  std::size_t macros = 0;  // @string definitions
  bool failed = false;  // could not be read
  bool empty = false;   // held no records
  std::vector<Diagnostic> diagnostics;  // every one, for --json
};

constexpr std::size_t kShownDiagnostics = 1000;

// ", 50 read back as refnet's own export (...)": records of an export refnet
// wrote, attached to the works they were written from (store.cpp), which
// are neither new nor merged duplicates; "" without any.
std::string read_back_note(std::size_t n) {
  if (n == 0) return {};
  return ", " + std::to_string(n) + " read back as refnet's own export (" + (n == 1 ? "a copy" : "copies") +
         " of the works, not counted by prisma)";
}

// Merged records that are older exports than the ones their works hold (by
// the export dates the databases wrote): said, since they change no view.
std::string older_note(std::size_t older) {
  if (older == 0) return "";
  return " (" + std::to_string(older) + " older than the export " + (older == 1 ? "its work holds" : "their works hold") +
         ", kept behind it)";
}

std::string diagnostic_json(const Diagnostic& d);

// Under --json, what goes to stderr is JSON too: one object a line.
void json_lines(std::ostream& err, const char* kind, const std::string& text) {
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);)
    if (!line.empty()) err << "{\"" << kind << "\":" << json_quote(line) << ",\"command\":\"import\"}\n";
}

void print_diagnostics(const Diagnostics& d, bool all_kept, bool json) {
  std::size_t shown = std::min(d.items().size(), kShownDiagnostics);
  if (json) {
    for (std::size_t i = 0; i < shown; ++i)
      std::cerr << "{\"file\":" << json_quote(d.items()[i].file) << "," << diagnostic_json(d.items()[i]).substr(1) << "\n";
    return;
  }
  for (std::size_t i = 0; i < shown; ++i) std::cerr << d.items()[i].format();
  std::size_t total = d.errors() + d.warnings();
  for (const auto& item : d.items()) total += item.severity == Severity::note;
  if (total > shown)
    std::cerr << d.file() << ": " << (total - shown) << " more diagnostics not shown"
              << (all_kept ? "" : " (all of them: --diagnostics FILE or --json)") << "\n";
}

std::string diagnostic_json(const Diagnostic& d) {
  static const char* const names[] = {"error", "warning", "note"};
  return "{\"line\":" + std::to_string(d.line) + ",\"column\":" + std::to_string(d.column) +
         ",\"severity\":\"" + names[static_cast<int>(d.severity)] + "\",\"message\":" + json_quote(d.message) + "}";
}

struct Batch {
  std::size_t file = 0;          // index in the summaries
  std::vector<Ingest::Prepared> records;
  bool end_of_file = false;      // the file's parse is over: its summary is final
};

class BatchQueue {
 public:
  explicit BatchQueue(std::size_t capacity) : capacity_(capacity) {}
  // False when the consumer gave up (the batch is dropped).
  bool push(Batch&& b) {
    std::unique_lock<std::mutex> lock(m_);
    not_full_.wait(lock, [&] { return q_.size() < capacity_ || aborted_; });
    if (aborted_) return false;
    q_.push_back(std::move(b));
    not_empty_.notify_one();
    return true;
  }
  // False once the producer closed the queue and it is drained.
  bool pop(Batch& out) {
    std::unique_lock<std::mutex> lock(m_);
    not_empty_.wait(lock, [&] { return !q_.empty() || closed_; });
    if (q_.empty()) return false;
    out = std::move(q_.front());
    q_.pop_front();
    not_full_.notify_one();
    return true;
  }
  void close() {
    std::lock_guard<std::mutex> lock(m_);
    closed_ = true;
    not_empty_.notify_all();
  }
  void abort() {
    std::lock_guard<std::mutex> lock(m_);
    aborted_ = true;
    not_full_.notify_all();
  }

 private:
  std::mutex m_;
  std::condition_variable not_full_, not_empty_;
  std::deque<Batch> q_;
  std::size_t capacity_;
  bool closed_ = false, aborted_ = false;
};

constexpr std::size_t kBatchRecords = 256;

int run(const Args& args) {
  if (args.positionals().empty()) throw UsageError("no files to import");
  Format forced = Format::unknown;
  if (args.has("format")) {
    forced = parse_format_name(args.get("format"));
    if (forced == Format::unknown) {
      std::string known;  // every format's own name, from the enum (a list written here went stale)
      for (int f = static_cast<int>(Format::bibtex); format_name(static_cast<Format>(f)) != "unknown"; ++f)
        known += (known.empty() ? "" : ", ") + std::string(format_name(static_cast<Format>(f)));
      throw UsageError("unknown format '" + args.get("format") + "' (" + known + ")");
    }
  }
  const bool strict = args.has("strict");
  const std::string encoding = args.get("encoding");

  // --diagnostics FILE: every diagnostic of every file, one per line,
  // written (through the safe writer) once the files are read.
  const std::string diag_path = args.get("diagnostics");
  std::string diag_text;
  const bool keep_all = args.has("diagnostics") || args.json();

  InputLimits limits;
  if (args.has("max-input-size")) {
    try {
      limits.max_size = parse_size(args.get("max-input-size"));
    } catch (const InputError& e) {
      throw UsageError(std::string("--max-input-size: ") + e.what());
    }
  }
  // Standard input and FIFOs are read before the library is locked.
  Inputs inputs(args.positionals(), limits);

  // A library this import creates is removed again when nothing is imported
  // into it (declared before `lib`: removed after it is closed).
  struct RemoveUnlessImported {
    std::string path;
    bool keep = true;
    ~RemoveUnlessImported() {
      if (!keep) std::remove(path.c_str());
    }
  } created{Library::resolve_path(args.get("library"))};
  created.keep = std::ifstream(created.path).good();
  Library lib = open_library(args);
  const std::string source_label(trim(args.get("source")));
  if (args.has("source") && source_label.empty()) throw UsageError("--source: the label is empty");
  lib.set_source_label(source_label);

  // Written by the parsing thread; read by this one only after a file's
  // end_of_file batch (the queue's mutex orders the two).
  std::vector<FileSummary> summaries(args.positionals().size());
  std::atomic<bool> strict_failed{false};
  BatchQueue queue(8);

  // The parsing thread: read, decode, detect, parse; diagnostics go to
  // stderr as each file ends.
  std::exception_ptr parse_error;
  // This library's mark (own_export_mark.hpp): its own exports read back.
  const std::string identity = library_identity(lib.handle());
  std::thread parser([&] {
    try {
      BibtexContext bib_context;  // @string macros and crossref targets, across files
      BibtexOptions bib_options;
      bib_options.context = &bib_context;
      const auto& files = args.positionals();
      for (std::size_t i = 0; i < files.size(); ++i) {
        const std::string& file = files[i];
        FileSummary& sum = summaries[i];
        sum.file = file == "-" ? "<stdin>" : file;
        Diagnostics diags(keep_all ? Diagnostics::kAll : kShownDiagnostics);
        DecodedText decoded;
        try {
          std::string bytes = inputs.take(i);  // InputError names the file
          try {
            decoded = decode_text(std::move(bytes), encoding);
          } catch (const std::exception& e) {
            throw std::runtime_error(sum.file + ": " + e.what());
          }
        } catch (const std::exception& e) {
          if (args.json()) json_lines(std::cerr, "error", e.what());
          else std::cerr << "refnet import: error: " << e.what() << "\n";
          Diagnostic d;
          d.file = sum.file;
          d.message = e.what();
          if (!diag_path.empty()) diag_text += d.headline() + '\n';
          if (args.json()) sum.diagnostics.push_back(std::move(d));
          sum.failed = true;
          if (strict) strict_failed = true;
          if (!queue.push(Batch{i, {}, true})) return;
          continue;
        }
        sum.encoding = decoded.encoding;
        diags.set_source(sum.file, decoded.text);
        for (DecodeIssue& issue : decoded.issues) diags.warning(issue.offset, std::move(issue.message));
        Batch batch{i, {}, false};
        batch.records.reserve(kBatchRecords);
        bool consumer_gone = false;
        std::set<std::string> label_warnings;  // each once a file
        ParseStats stats = import_text(decoded.text, forced, diags, [&](Record&& r) {
          if (strict_failed || consumer_gone) return;
          // (Not of this library's own export read back: no record prisma counts.)
          if (source_label.empty() && !(!identity.empty() && parse_own_export_mark(own_export_mark(r)).library == identity))
            if (std::string w = source_label_warning(r); !w.empty() && label_warnings.insert(w).second)
              report_record(diags, Severity::note, r, std::move(w));
          // A page's importer has said what its records lack (extra `incomplete`).
          if (std::string gaps = screening_gaps(r); !gaps.empty() && r.get_extra("incomplete").empty())
            report_record(diags, Severity::warning, r,
                              "incomplete record (" + gaps + "): imported; 'refnet list --incomplete' lists such works");
          batch.records.push_back(Ingest::prepare(std::move(r)));
          if (batch.records.size() == kBatchRecords) {
            consumer_gone = !queue.push(std::move(batch));
            batch = Batch{i, {}, false};
            batch.records.reserve(kBatchRecords);
          }
        }, bib_options);
        if (consumer_gone) return;
        sum.read = stats.records + stats.rejected;
        sum.rejected = stats.rejected;
        sum.macros = stats.macros;
        // A file of @string definitions (abbrev.bib) is input for the files after it.
        if (stats.records == 0 && stats.rejected == 0 && sum.macros == 0) {
          // A forced format the file is not has said so already.
          if (diags.errors() == 0)
            diags.file_error(no_records_message(decoded.text));
          sum.empty = true;
        }
        print_diagnostics(diags, keep_all, args.json());
        if (!diag_path.empty())
          for (const Diagnostic& d : diags.items()) diag_text += d.headline() + '\n';
        if (args.json()) sum.diagnostics = diags.items();
        if (strict && diags.errors() > 0) strict_failed = true;
        batch.end_of_file = true;
        if (!queue.push(std::move(batch))) return;
        if (strict_failed) break;
      }
    } catch (...) {
      parse_error = std::current_exception();
    }
    queue.close();
  });

  // This thread stores: one transaction for the whole import.
  std::size_t files_done = 0, crossref_resolved = 0, aliased = 0, doi_spelled = 0;
  std::vector<Ingest::Update> updates;  // the works a later export updated
  std::vector<Ingest::Update> behind_yours;  // ... where the user's value stays
  std::vector<Ingest::Update> rereads;  // present records this refnet reads otherwise
  KeptApartWarnings kept_apart;
  std::string other_works;  // other_work_warning()s, a line each
  try {
    // Every statement of the import that writes fires triggers (the
    // journal's, the search index's), so SQLite keeps a statement journal
    // of the pages it changes.  Past 64 KiB (a record whose overflow pages
    // reuse freed ones) it spills to a temporary file, which then takes the
    // pages of every later statement until the transaction ends: 3.4 M
    // pwrite64 in an import of 115k records.  In memory it never spills and
    // is freed after each statement.  This connection only; the journal
    // makes its triggers (TEMP objects, which the change drops) at the
    // transaction, after it.  (Set or not, the import is the same.)
    sqlite3_exec(lib.handle(), "PRAGMA temp_store = MEMORY", nullptr, nullptr, nullptr);
    // Debian builds SQLite to overwrite every page it frees with zeros
    // (SECURE_DELETE): the import frees the overflow pages of each work's
    // view it writes anew (a merge, a later export), and zeroing them was
    // a twentieth of the storing thread.  What such a page held is the
    // user's own record, kept in another row; this connection only.
    sqlite3_exec(lib.handle(), "PRAGMA secure_delete = OFF", nullptr, nullptr, nullptr);
    Library::Transaction tx(lib);
    const auto changes_before = sqlite3_total_changes64(lib.handle());
    Ingest ingest(lib, !args.has("no-merge"));
    Ingest::Counts at_file_start = ingest.counts();
    // One label a file for ProQuest's records (FileDatabases): set once the
    // file's records are stored.
    std::int64_t sources_before = lib.last_source_id();
    FileDatabases file_databases;
    Batch batch;
    while (queue.pop(batch)) {
      if (!strict_failed)
        for (Ingest::Prepared& p : batch.records) {
          if (source_label.empty()) file_databases.add(p.record);
          Library::AddResult res = ingest.add(std::move(p));
          // add() leaves p.record in place: its provenance names the record.
          for (std::size_t i = 0; i < res.kept_apart.size(); ++i)
            kept_apart.add(res.kept_apart_identifiers[i], p.record, res.work_id, res.kept_apart[i]);
          for (const Library::AddResult::OtherWork& o : res.also_confirmed)
            other_works += other_work_warning(p.record, o) + '\n';
          for (const std::string& s : res.said) other_works += s + '\n';
        }
      if (!batch.end_of_file) continue;
      if (std::string label = file_databases.label(); !label.empty() && !strict_failed)
        for (const std::string& own : file_databases.relabelled())
          if (own != label) lib.relabel_sources(sources_before, own, label);
      file_databases = FileDatabases();
      sources_before = lib.last_source_id();
      FileSummary& sum = summaries[batch.file];
      sum.added = ingest.counts().added - at_file_start.added;
      sum.merged = ingest.counts().merged - at_file_start.merged;
      sum.read_back = ingest.counts().read_back - at_file_start.read_back;
      sum.updated = ingest.counts().updated - at_file_start.updated;
      sum.older = ingest.counts().older - at_file_start.older;
      sum.present = ingest.counts().present - at_file_start.present;
      at_file_start = ingest.counts();
      ++files_done;
    }
    parser.join();
    std::ostringstream report;
    kept_apart.report(report);
    report << other_works;
    // An entry's key that names another work (source_keys.hpp): said, and in --diagnostics FILE.
    for (const std::string& w : ingest.key_warnings()) report << w << "\n";
    for (const std::string& w : ingest.yours_warnings()) report << w << "\n";
    if (args.json()) json_lines(std::cerr, "warning", report.str());
    else std::cerr << report.str();
    if (!diag_path.empty()) diag_text += report.str();
    crossref_resolved = ingest.counts().crossref_resolved;
    aliased = ingest.counts().aliased;
    doi_spelled = ingest.counts().doi_spelled;
    updates = ingest.updates();
    behind_yours = ingest.behind_yours();
    rereads = ingest.rereads();
    if (parse_error) std::rethrow_exception(parse_error);
    summaries.resize(files_done);
    if (!strict_failed) {
      std::size_t read = 0, added = 0, present = 0, rejected = 0;
      std::string files;
      for (const auto& s : summaries) {
        read += s.read;
        added += s.added;
        present += s.present;
        rejected += s.rejected;
        if (!files.empty()) files += '\n';
        files += s.file;
      }
      // An import that added and changed nothing is no entry of the journal
      // (undo would "reverse" nothing) nor of the imports log: rolled back.
      if (sqlite3_total_changes64(lib.handle()) != changes_before) {
        lib.log_import(files, static_cast<std::int64_t>(read), static_cast<std::int64_t>(added),
                       static_cast<std::int64_t>(present), static_cast<std::int64_t>(rejected), source_label);
        tx.commit();
        created.keep = true;
      }
    }
  } catch (...) {
    queue.abort();
    if (parser.joinable()) parser.join();
    throw;
  }
  if (!diag_path.empty()) write_output(diag_path, [&](std::ostream& out) { out << diag_text; });

  std::size_t read = 0, added = 0, merged = 0, updated = 0, older = 0, present = 0, rejected = 0, read_back = 0;
  bool any_failed = false, any_empty = false;
  for (const auto& s : summaries) {
    read += s.read;
    added += s.added;
    merged += s.merged;
    read_back += s.read_back;
    updated += s.updated;
    older += s.older;
    present += s.present;
    rejected += s.rejected;
    any_failed |= s.failed;
    any_empty |= s.empty;
  }
  if (strict_failed) {
    // The transaction was rolled back: nothing of this import stays.
    const char* what = "--strict: errors found; nothing was imported";
    if (args.json()) json_lines(std::cerr, "error", what);
    else std::cerr << "refnet import: " << what << "\n";
    return kFailure;
  }

  if (args.json()) {
    std::cout << "{\"library\":" << json_quote(lib.path()) << ",\"files\":[";
    for (std::size_t i = 0; i < summaries.size(); ++i) {
      const auto& s = summaries[i];
      std::cout << (i ? "," : "") << "{\"file\":" << json_quote(s.file) << ",\"encoding\":" << json_quote(s.encoding)
                << ",\"read\":" << s.read << ",\"new\":" << s.added << ",\"merged\":" << s.merged
                << ",\"merged_by_identifier\":" << s.merged << ",\"read_back\":" << s.read_back << ",\"updated\":" << s.updated << ",\"older\":" << s.older << ",\"present\":" << s.present
                << ",\"rejected\":" << s.rejected << ",\"macros\":" << s.macros << ",\"failed\":" << (s.failed ? "true" : "false")
                << ",\"no_records\":" << (s.empty ? "true" : "false") << ",\"diagnostics\":[";
      for (std::size_t k = 0; k < s.diagnostics.size(); ++k) std::cout << (k ? "," : "") << diagnostic_json(s.diagnostics[k]);
      std::cout << "]}";
    }
    // "merged" (kept for the scripts that read it) is "merged_by_identifier":
    // DOI, PMID, PMCID, WoS UT or Scopus EID.
    std::cout << "],\"read\":" << read << ",\"new\":" << added << ",\"merged\":" << merged
              << ",\"merged_by_identifier\":" << merged << ",\"read_back\":" << read_back << ",\"updated\":" << updated << ",\"older\":" << older
              << ",\"updates\":";
    auto works_fields = [](const std::vector<Ingest::Update>& list) {
      std::cout << '[';
      for (std::size_t i = 0; i < list.size(); ++i)
        std::cout << (i ? "," : "") << "{\"work\":" << list[i].work << ",\"fields\":" << json_string_array(list[i].fields)
                  << "}";
      std::cout << ']';
    };
    works_fields(updates);
    std::cout << ",\"behind_yours\":";
    works_fields(behind_yours);
    std::cout << ",\"reread\":" << rereads.size() << ",\"rereads\":";
    works_fields(rereads);
    std::cout << ",\"present\":" << present
              << ",\"rejected\":" << rejected << ",\"crossref_resolved\":" << crossref_resolved
              << ",\"source_keys_aliased\":" << aliased << ",\"doi_spellings_kept\":" << doi_spelled << "}\n";
  } else if (!args.has("quiet")) {
    for (const auto& s : summaries) {
      if (s.failed) {
        std::cout << s.file << ": not read\n";
        continue;
      }
      std::cout << s.file << ": " << s.read << " read, " << s.added << " new, " << s.merged << " merged by identifier, "
                << s.updated << " updated" << older_note(s.older) << ", " << s.present << " already present, " << s.rejected
                << " rejected" << read_back_note(s.read_back);
      if (s.macros) std::cout << ", " << s.macros << " @string macros";
      if (s.encoding != "UTF-8" && !s.encoding.empty()) std::cout << " (" << s.encoding << ")";
      std::cout << "\n";
    }
    if (summaries.size() > 1)
      std::cout << "total: " << read << " read, " << added << " new, " << merged << " merged by identifier, " << updated
                << " updated" << older_note(older) << ", " << present
                << " already present, " << rejected << " rejected" << read_back_note(read_back) << "\n";
    if (crossref_resolved)
      std::cout << crossref_resolved << " crossref "
                << (crossref_resolved == 1 ? "entry" : "entries") << " completed by a parent that arrived after it\n";
    if (doi_spelled)
      std::cout << doi_spelled << (doi_spelled == 1 ? " record" : " records")
                << " already present gave the DOI's spelling the library had in lower case (imported before refnet "
                   "kept it): exported as written now\n";
    if (!rereads.empty()) {
      // Each field once, with the number of records it changed in when more than one.
      std::vector<std::pair<std::string, std::size_t>> fields;
      for (const Ingest::Update& u : rereads)
        for (const std::string& f : u.fields) {
          auto it = std::find_if(fields.begin(), fields.end(), [&](const auto& p) { return p.first == f; });
          if (it == fields.end()) fields.emplace_back(f, 1);
          else ++it->second;
        }
      std::string list;
      for (const auto& [f, n] : fields) list += (list.empty() ? "" : ", ") + f + (n > 1 ? " (" + std::to_string(n) + ")" : "");
      std::cout << rereads.size() << (rereads.size() == 1 ? " record" : " records")
                << " already present read otherwise by this refnet than by the one that stored "
                << (rereads.size() == 1 ? "it" : "them") << " (" << list
                << "): the library takes today's reading ('refnet undo' takes it back; 'refnet dedup --recheck' judges "
                   "the merges they are in again)\n";
    }
    if (aliased)
      std::cout << aliased << " citation " << (aliased == 1 ? "key the files gave" : "keys the files gave")
                << " the library could not keep: kept as " << (aliased == 1 ? "an alias" : "aliases")
                << " (biblatex ids, refnet show KEY)\n";
    if (added == 0 && merged == 0 && present > 0 && rejected == 0) std::cout << "nothing new: every record is already in the library\n";
  }
  if (any_failed) return kFailure;
  if (rejected > 0) return kPartial;
  if (any_empty) return kNothingFound;
  return kOk;
}

const Registration reg{kSpec, run};

}  // namespace
}  // namespace refnet::cli

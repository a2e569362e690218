// refnet import FILE...: decode, detect, parse, store: one transaction.
#include <iostream>
#include <unordered_set>

#include "cli.hpp"
#include "refnet/ingest.hpp"
#include "refnet/encoding.hpp"
#include "refnet/importer.hpp"

namespace refnet::cli {
namespace {

const CommandSpec kSpec{
    "import",
    "refnet import [options] FILE... (or - for standard input)",
    "import BibTeX, RIS and Crossref JSON files into the library",
    "The format of each file is detected from its content (a web page with BibTeX\n"
    "entries and RIS records inside is fine).  @string macros and crossref targets\n"
    "of earlier files on the command line are seen by later ones.  The import is one\n"
    "transaction: interrupted, it leaves the library as it was.  A record already in\n"
    "the library (same source text) is not added again.\n\n"
    "exit status: 0 all imported; 3 some entries were rejected (the rest imported);\n"
    "4 a file held no bibliographic records; 1 a file could not be read, or with\n"
    "--strict any error (then nothing is imported); 2 bad command line.\n",
    {
        {"format", "FMT", "parse every file as FMT: bibtex, ris or crossref (default: detect)"},
        {"encoding", "NAME", "the files' character encoding (default: detect: BOM, '% Encoding:', UTF-8, GB18030, windows-1252)"},
        {"strict", nullptr, "reject the whole import at the first error; the library is left unchanged"},
        {"quiet", nullptr, "print errors only, not the summary"},
        {"no-merge", nullptr, "keep records with a DOI already in the library as works of their own (see 'refnet dedup')"},
    }};

struct FileSummary {
  std::string file;
  std::string encoding;
  std::size_t read = 0, added = 0, merged = 0, present = 0, rejected = 0;
  std::size_t macros = 0;  // @string definitions
  bool failed = false;  // could not be read
  bool empty = false;   // held no records
};

void print_diagnostics(const Diagnostics& d) {
  for (const auto& item : d.items()) std::cerr << item.format();
  std::size_t shown = d.items().size(), total = d.errors() + d.warnings();
  if (total > shown) std::cerr << d.file() << ": " << (total - shown) << " more diagnostics not shown\n";
}

int run(const Args& args) {
  if (args.positionals().empty()) throw UsageError("no files to import");
  Format forced = Format::unknown;
  if (args.has("format")) {
    forced = parse_format_name(args.get("format"));
    if (forced == Format::unknown) throw UsageError("unknown format '" + args.get("format") + "' (bibtex, ris, crossref)");
  }
  const bool strict = args.has("strict");
  const std::string encoding = args.get("encoding");

  Library lib = open_library(args);

  std::vector<FileSummary> summaries;
  BibtexContext bib_context;  // @string macros and crossref targets, across files
  BibtexOptions bib_options;
  bib_options.context = &bib_context;
  bool strict_failed = false;

  Library::Transaction tx(lib);
  Ingest ingest(lib, !args.has("no-merge"));
  for (const std::string& file : args.positionals()) {
    FileSummary sum;
    sum.file = file == "-" ? "<stdin>" : file;
    Diagnostics diags;
    DecodedText decoded;
    try {
      decoded = decode_text(read_file(file), encoding);
    } catch (const std::exception& e) {
      std::cerr << "refnet import: error: " << e.what() << "\n";
      sum.failed = true;
      summaries.push_back(sum);
      if (strict) strict_failed = true;
      continue;
    }
    sum.encoding = decoded.encoding;
    diags.set_source(sum.file, decoded.text);
    const Ingest::Counts before = ingest.counts();
    ParseStats stats = import_text(decoded.text, forced, diags, [&](Record&& r) {
      if (!strict_failed) ingest.add(std::move(r));
    }, bib_options);
    sum.added = ingest.counts().added - before.added;
    sum.merged = ingest.counts().merged - before.merged;
    sum.present = ingest.counts().present - before.present;
    sum.read = stats.records + stats.rejected;
    sum.rejected = stats.rejected;
    sum.macros = stats.macros;
    // A file of @string definitions (abbrev.bib) is input for the files after it.
    if (stats.records == 0 && stats.rejected == 0 && diags.errors() == 0 && sum.macros == 0) {
      diags.file_error("no bibliographic records found");
      sum.empty = true;
    }
    print_diagnostics(diags);
    if (strict && diags.errors() > 0) strict_failed = true;
    summaries.push_back(sum);
    if (strict_failed) break;
  }

  std::size_t read = 0, added = 0, merged = 0, present = 0, rejected = 0;
  bool any_failed = false, any_empty = false;
  std::string files;
  for (const auto& s : summaries) {
    read += s.read;
    added += s.added;
    merged += s.merged;
    present += s.present;
    rejected += s.rejected;
    any_failed |= s.failed;
    any_empty |= s.empty;
    if (!files.empty()) files += '\n';
    files += s.file;
  }
  if (strict_failed) {
    // The transaction's destructor rolls back: nothing of this import stays.
    std::cerr << "refnet import: --strict: errors found; nothing was imported\n";
    return kFailure;
  }
  lib.log_import(files, static_cast<std::int64_t>(read), static_cast<std::int64_t>(added),
                 static_cast<std::int64_t>(present), static_cast<std::int64_t>(rejected));
  tx.commit();

  if (args.json()) {
    std::cout << "{\"library\":" << json_quote(lib.path()) << ",\"files\":[";
    for (std::size_t i = 0; i < summaries.size(); ++i) {
      const auto& s = summaries[i];
      std::cout << (i ? "," : "") << "{\"file\":" << json_quote(s.file) << ",\"encoding\":" << json_quote(s.encoding)
                << ",\"read\":" << s.read << ",\"new\":" << s.added << ",\"merged\":" << s.merged << ",\"present\":" << s.present
                << ",\"rejected\":" << s.rejected << ",\"macros\":" << s.macros << ",\"failed\":" << (s.failed ? "true" : "false")
                << ",\"no_records\":" << (s.empty ? "true" : "false") << "}";
    }
    std::cout << "],\"read\":" << read << ",\"new\":" << added << ",\"merged\":" << merged << ",\"present\":" << present
              << ",\"rejected\":" << rejected << "}\n";
  } else if (!args.has("quiet")) {
    for (const auto& s : summaries) {
      if (s.failed) {
        std::cout << s.file << ": not read\n";
        continue;
      }
      std::cout << s.file << ": " << s.read << " read, " << s.added << " new, " << s.merged << " merged by DOI, "
                << s.present << " already present, " << s.rejected << " rejected";
      if (s.macros) std::cout << ", " << s.macros << " @string macros";
      if (s.encoding != "UTF-8" && !s.encoding.empty()) std::cout << " (" << s.encoding << ")";
      std::cout << "\n";
    }
    if (summaries.size() > 1)
      std::cout << "total: " << read << " read, " << added << " new, " << merged << " merged by DOI, " << present
                << " already present, " << rejected << " rejected\n";
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

// refnet parse: reference strings, one a line, read into CSL-JSON items by
// the reference parser (refnet/refparse.hpp).
#include <iostream>

#include "cli.hpp"
#include "refnet/exporter.hpp"
#include "refnet/input.hpp"
#include "refnet/refparse.hpp"
#include "refnet/refparse_kept.hpp"
#include "refnet/text.hpp"

namespace refnet::cli {
namespace {

const CommandSpec kSpec{
    "parse", "refnet parse [options] [FILE|-]",
    "read reference strings (one a line) into fields: authors, title, container, year...",
    "Each non-empty line of FILE (standard input when FILE is '-' or not given) is one\n"
    "reference as printed in a bibliography (\"Akaike, H. (1974). A new look at the\n"
    "statistical model identification. IEEE Trans. Automatic Control 19, 716-723.\").\n"
    "Blank lines are skipped: item N is the N-th non-empty line.  With --json the output\n"
    "is a JSON array of CSL-JSON items in input order, {} for a line where nothing was\n"
    "found (reported on stderr as file:line: warning); without it, a table.  The parser\n"
    "is a sequence model trained on AnyStyle's and GROBID's labelled references\n"
    "(bench/refparse_train); it adds nothing to the library.  A span it labelled but\n"
    "read into no field (a second title or container, a date after the work's, a\n"
    "second publisher) is kept in the item's note and said on stderr as\n"
    "file:line:column: warning.\n",
    {},
    "refnet parse refs.txt --json\n"
    "pbpaste | refnet parse -\n"};

std::string surnames(const Record& r) {
  std::string out;
  for (std::size_t i = 0; i < r.authors.size() && i < 3; ++i) {
    const Creator& c = r.authors[i];
    out += (i ? "; " : "") + (c.is_literal() ? c.literal : c.full_family());
  }
  if (r.authors.size() > 3) out += " et al.";
  return out;
}

std::string cut(std::string_view s, std::size_t width) {
  if (utf8_length(s) <= width) return std::string(s);
  std::string out;
  std::size_t i = 0, n = 0;
  while (i < s.size() && n + 1 < width) {
    std::size_t k = i;
    next_utf8(s, k);
    out.append(s.substr(i, k - i));
    i = k;
    ++n;
  }
  return out + "\xE2\x80\xA6";
}

int run(const Args& args) {
  const auto& p = args.positionals();
  if (p.size() > 1) throw UsageError("give one FILE (or - for standard input)");
  std::string path = p.empty() ? "-" : p[0];
  std::string text = read_input(path);
  std::string name = path == "-" ? "<stdin>" : path;
  TerminalSafeOutput safe_output(std::cout);
  std::string out = args.json() ? "[" : "";
  std::size_t items = 0, found = 0, line_no = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t e = text.find('\n', pos);
    if (e == std::string::npos) e = text.size();
    std::string_view line = trim(std::string_view(text).substr(pos, e - pos));
    pos = e + 1;
    ++line_no;
    if (line.empty()) continue;
    std::vector<DoiRepair> repairs;
    std::vector<KeptSpan> kept;
    Record r = parse_reference(line, &repairs, &kept);
    // A DOI the parser repaired or dropped, said at its column (the output is the same).
    for (const DoiRepair& d : repairs) {
      const std::size_t column = utf8_length(line.substr(0, std::min(d.at, line.size()))) + 1;
      std::cerr << name << ":" << line_no << ":" << column << ": warning: " << doi_repair_message(d, "DOI") << "\n";
    }
    // A labelled span read into no field (a second title run...): in the annotation (CSL annote), and said.
    for (const KeptSpan& k : kept) {
      const std::size_t column = utf8_length(line.substr(0, std::min(k.at, line.size()))) + 1;
      std::cerr << name << ":" << line_no << ":" << column << ": warning: " << kept_span_message(k) << "\n";
    }
    bool nothing = refparse::empty_record(r);
    if (nothing) std::cerr << name << ":" << line_no << ": warning: no reference found in this line\n";
    else ++found;
    if (args.json()) {
      out += items ? ",\n  " : "\n  ";
      if (nothing) {
        out += "{}";
      } else {
        // The CSL-JSON exporter's item, taken out of its one-item array.
        std::string one;
        csljson_writer()->record(one, r);
        out += one.substr(one.find('{'));
      }
    } else {
      out += std::to_string(line_no) + "\t" + (nothing ? "-" : r.type) + "\t" + cut(surnames(r), 30) + "\t" +
             (r.issued.year ? std::to_string(r.issued.year) : std::string()) + "\t" + cut(strip_rich_text(r.title), 50) + "\t" +
             cut(r.container_title, 30) + "\t" + r.volume + (r.issue.empty() ? "" : "(" + r.issue + ")") +
             (r.pages.empty() ? "" : ":" + r.pages) +
             // A journal article's number where it has no pages ("36(4):101385", as `--json` writes it in number).
             (r.pages.empty() && !refparse::locator(r).empty() ? ":" + refparse::locator(r) : "") +
             (r.doi.empty() ? "" : "\tdoi:" + r.doi) + "\n";
    }
    ++items;
  }
  if (args.json()) out += items ? "\n]\n" : "]\n";
  else if (items) out = "line\ttype\tauthors\tyear\ttitle\tcontainer\tvolume(issue):pages\n" + out;
  std::cout << out;
  if (items == 0) {
    std::cerr << name << ": no reference strings (no non-empty line)\n";
    return kNothingFound;
  }
  return found == 0 ? kNothingFound : kOk;
}

const Registration reg{kSpec, run};

}  // namespace
}  // namespace refnet::cli

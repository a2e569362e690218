// What the BibTeX and BibLaTeX writers share: one entry writer with a
// dialect switch, and the pieces tests look at directly.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "refnet/exporter.hpp"
#include "refnet/record.hpp"

namespace refnet::bibtex_out {

enum class Dialect { bibtex, biblatex };

// The note as a paper prints it: `note` itself when it holds no boilerplate (Web of Science's "Times Cited in Web of
// Science Core Collection: 12", a database's record notes), else the cleaned text in `buf`; the pieces left out are
// counted (opt.notes).  The CSL-JSON writer uses it for a .bib source's annote too.
std::string_view note_for_paper(std::string_view note, std::string& buf, const ExportOptions& opt);

// Writes the records as entries, in the order given, one blank line between.
void write_entries(std::ostream& out, const std::vector<Record>& records, const ExportOptions& opt, Dialect d);

// The entry type: the source's own (`entrytype` extra) when it kept one and
// the dialect's styles know it (or `lossless`: --profile full), else the CSL
// type mapped to the dialect's usual type.
std::string entry_type(const Record& r, Dialect d, bool lossless = false);

// "von Last, Jr, First and {Corporate Name} and others", LaTeX-encoded.
std::string format_names(const std::vector<Creator>& names, bool ascii);

// The title, LaTeX-encoded, with the protected spans braced.
std::string format_title(const Record& r, bool ascii, ExportProfile profile = ExportProfile::paper);

// The spans of the title to protect: the source's own (title_nocase), else
// (a source that braced nothing, a .bib one too) acronyms, inner capitals
// and, in a sentence-case title, the capitalised words after the first and
// not after a ":" (proper nouns: "... in Kazakhstan").
std::vector<Span> protected_title_spans(const Record& r);

}  // namespace refnet::bibtex_out

// Exporters: Records out, one file per format under exporters/.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "refnet/record.hpp"

namespace refnet {

struct ExportOptions {
  bool ascii = false;  // BibTeX/BibLaTeX: write non-ASCII letters as LaTeX accents
};

// Each writer is given the records in the order to write them; each record's
// citekey is set.  Output is deterministic: the same records give the same
// bytes.
void write_bibtex(std::ostream& out, const std::vector<Record>& records, const ExportOptions& opt = {});
void write_biblatex(std::ostream& out, const std::vector<Record>& records, const ExportOptions& opt = {});
void write_ris(std::ostream& out, const std::vector<Record>& records, const ExportOptions& opt = {});
void write_csljson(std::ostream& out, const std::vector<Record>& records, const ExportOptions& opt = {});

}  // namespace refnet

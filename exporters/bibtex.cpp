// BibTeX: the classic dialect (journal, address, year + month macro, @phdthesis).
// The entry writer is shared with BibLaTeX (bibtex_common.cpp).
#include "bibtex_common.hpp"
#include "refnet/exporter.hpp"

namespace refnet {

void write_bibtex(std::ostream& out, const std::vector<Record>& records, const ExportOptions& opt) {
  bibtex_out::write_entries(out, records, opt, bibtex_out::Dialect::bibtex);
}

}  // namespace refnet

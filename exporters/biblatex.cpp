// BibLaTeX: journaltitle, location, an ISO `date`, @online, @thesis with a
// type, @report.  The entry writer is shared with BibTeX (bibtex_common.cpp).
#include "bibtex_common.hpp"
#include "refnet/exporter.hpp"

namespace refnet {

void write_biblatex(std::ostream& out, const std::vector<Record>& records, const ExportOptions& opt) {
  bibtex_out::write_entries(out, records, opt, bibtex_out::Dialect::biblatex);
}

}  // namespace refnet

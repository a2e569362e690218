// SCAFFOLD: replaced by the BibTeX importer.
#include "refnet/importer.hpp"
namespace refnet {
ParseStats parse_bibtex(std::string_view, Diagnostics& d, const RecordSink&, const BibtexOptions&) {
  d.file_error("BibTeX import is not built yet");
  return {};
}
}  // namespace refnet

// SCAFFOLD: replaced by the Crossref JSON importer.
#include "refnet/importer.hpp"
namespace refnet {
ParseStats parse_crossref_json(std::string_view, Diagnostics& d, const RecordSink&) {
  d.file_error("Crossref import is not built yet");
  return {};
}
}  // namespace refnet

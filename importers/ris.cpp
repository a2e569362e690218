// SCAFFOLD: replaced by the RIS importer.
#include "refnet/importer.hpp"
namespace refnet {
ParseStats parse_ris(std::string_view, Diagnostics& d, const RecordSink&, bool) {
  d.file_error("RIS import is not built yet");
  return {};
}
}  // namespace refnet

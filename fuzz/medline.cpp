// MEDLINE/nbib importer.
// seeds: fixtures/medline fixtures/corpora/*.txt fixtures/corpora/zotero-cases/medline
#include "fuzz_common.hpp"
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  refnet::fuzz::import_and_check({reinterpret_cast<const char*>(data), size}, refnet::Format::medline);
  return 0;
}

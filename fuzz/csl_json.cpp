// CSL-JSON importer.
// seeds: fixtures/csl fixtures/corpora/zotero-cases/csl-json fixtures/corpora/dopl-and-spite__My_Library.json
#include "fuzz_common.hpp"
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  refnet::fuzz::import_and_check({reinterpret_cast<const char*>(data), size}, refnet::Format::csl_json);
  return 0;
}

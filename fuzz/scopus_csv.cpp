// Scopus CSV importer.
// seeds: fixtures/scopus fixtures/corpora/*.csv
#include "fuzz_common.hpp"
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  refnet::fuzz::import_and_check({reinterpret_cast<const char*>(data), size}, refnet::Format::scopus_csv);
  return 0;
}

// Lens.org CSV importer.
// seeds: fixtures/corpora/bibliometrix__lens_sample.csv
#include "fuzz_common.hpp"
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  refnet::fuzz::import_and_check({reinterpret_cast<const char*>(data), size}, refnet::Format::lens_csv);
  return 0;
}

// RIS importer.
// seeds: fixtures/ris fixtures/corpora/*.ris
#include "fuzz_common.hpp"
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  refnet::fuzz::import_and_check({reinterpret_cast<const char*>(data), size}, refnet::Format::ris);
  return 0;
}

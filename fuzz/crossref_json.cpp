// Crossref JSON importer (a work, a work list, an array of works).
// seeds: fixtures/crossref fixtures/fetch/works
#include "fuzz_common.hpp"
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  refnet::fuzz::import_and_check({reinterpret_cast<const char*>(data), size}, refnet::Format::crossref);
  return 0;
}

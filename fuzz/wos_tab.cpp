// Web of Science tab-delimited importer.
// seeds: fixtures/wos/*tab*
#include "fuzz_common.hpp"
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  refnet::fuzz::import_and_check({reinterpret_cast<const char*>(data), size}, refnet::Format::wos_tab);
  return 0;
}

// Web of Science tagged importer.
// seeds: fixtures/wos fixtures/corpora/*savedrecs.txt
#include "fuzz_common.hpp"
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  refnet::fuzz::import_and_check({reinterpret_cast<const char*>(data), size}, refnet::Format::wos);
  return 0;
}

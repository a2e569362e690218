// Detection and embedded records: whatever a file is (a web page with
// BibTeX and RIS inside), decoded as the CLI decodes it.
// seeds: fixtures/seeds fixtures/core fixtures/corpora
#include "fuzz_common.hpp"
#include "refnet/encoding.hpp"
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  refnet::DecodedText d = refnet::decode_text(std::move(bytes));
  refnet::fuzz::require_utf8(d.text, "decode_text gave invalid UTF-8");
  refnet::fuzz::import_and_check(d.text, refnet::Format::unknown);
  return 0;
}

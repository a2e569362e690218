// Encodings: any bytes decode to valid UTF-8 without CR, whatever they were.
// seeds: fixtures/core fixtures/bibtex fixtures/ris
#include "fuzz_common.hpp"
#include "refnet/encoding.hpp"
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  refnet::DecodedText d = refnet::decode_text(std::string(reinterpret_cast<const char*>(data), size));
  refnet::fuzz::require_utf8(d.text, "decode_text gave invalid UTF-8");
  if (d.text.find('\r') != std::string::npos) refnet::fuzz::violated("decode_text left a CR", d.text);
  if (d.text.compare(0, 3, "\xEF\xBB\xBF") == 0) refnet::fuzz::violated("decode_text left a BOM", d.text);
  return 0;
}

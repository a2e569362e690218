// JATS and HTML-ish markup in abstracts and titles to text: UTF-8 in, UTF-8 out.
// seeds: fixtures/crossref fixtures/fetch/works
#include "fuzz_common.hpp"
#include "refnet/jats.hpp"
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  if (!refnet::is_valid_utf8(in)) return 0;
  refnet::fuzz::require_utf8(refnet::jats_to_text(in), "jats_to_text gave invalid UTF-8");
  refnet::fuzz::require_utf8(refnet::markup_to_text(in), "markup_to_text gave invalid UTF-8");
  return 0;
}

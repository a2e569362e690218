// Name parsers (BibTeX "and" lists, RIS "Family, Given"): every part UTF-8.
// seeds: fixtures/bibtex fixtures/ris
#include "fuzz_common.hpp"
#include "refnet/names.hpp"
namespace {
void check(const refnet::Creator& c) {
  for (const std::string* s : {&c.family, &c.given, &c.particle, &c.suffix, &c.literal})
    refnet::fuzz::require_utf8(*s, "a name part is not valid UTF-8");
}
}  // namespace
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  if (!refnet::is_valid_utf8(in)) return 0;
  for (const auto& c : refnet::parse_bibtex_names(in)) check(c);
  check(refnet::parse_ris_name(in));
  refnet::fuzz::require_utf8(refnet::initials(in), "initials gave invalid UTF-8");
  return 0;
}

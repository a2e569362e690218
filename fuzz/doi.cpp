// DOI normalizer: idempotent (a fixed point at once) and valid UTF-8;
// find_doi's answer normalizes to itself.
// seeds: fixtures/fetch/works fixtures/crossref
#include "fuzz_common.hpp"
#include "refnet/doi.hpp"
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  if (auto d = refnet::normalize_doi(in)) {
    refnet::fuzz::require_utf8(*d, "normalize_doi gave invalid UTF-8");
    auto again = refnet::normalize_doi(*d);
    if (!again || *again != *d) refnet::fuzz::violated("normalize_doi is not idempotent", *d);
  }
  if (auto f = refnet::find_doi(in)) {
    auto again = refnet::normalize_doi(*f);
    if (!again || *again != *f) refnet::fuzz::violated("find_doi's DOI does not normalize to itself", *f);
  }
  return 0;
}

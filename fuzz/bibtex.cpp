// BibTeX importer: every record round-trips through JSON as valid UTF-8.
// seeds: fixtures/bibtex fixtures/corpora/*.bib fixtures/export/*.bib
#include "fuzz_common.hpp"
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  refnet::fuzz::import_and_check({reinterpret_cast<const char*>(data), size}, refnet::Format::bibtex);
  return 0;
}

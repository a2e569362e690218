// LaTeX to Unicode and back: UTF-8 in, UTF-8 out; the encoder's output decodes.
// seeds: fixtures/bibtex fixtures/corpora/*.bib
#include "fuzz_common.hpp"
#include "refnet/latex.hpp"
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  if (!refnet::is_valid_utf8(in)) return 0;  // the decoder's input is decoded text
  std::string text = refnet::latex_to_unicode(in);
  refnet::fuzz::require_utf8(text, "latex_to_unicode gave invalid UTF-8");
  for (bool ascii : {false, true}) {
    std::string tex = refnet::unicode_to_latex(text, ascii);
    refnet::fuzz::require_utf8(tex, "unicode_to_latex gave invalid UTF-8");
    refnet::fuzz::require_utf8(refnet::latex_to_unicode(tex), "re-decoding gave invalid UTF-8");
  }
  return 0;
}

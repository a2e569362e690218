// How many cited references of Scopus exports come out without a title (or
// without a container, year, first page):
//   build/refparse_scopus_titles [--show title|container] FILE...
// --show prints the raw strings of the references missing that field.
// Each file is read by the importer its content calls for (Scopus CSV, RIS,
// BibTeX).  Issue 16 measured 21 % without a title before the reference
// parser became the fallback of parse_scopus_reference.
#include <cstdio>
#include <string>

#include "refnet/diagnostics.hpp"
#include "refnet/encoding.hpp"
#include "refnet/importer.hpp"

using namespace refnet;

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s FILE...\n", argv[0]);
    return 2;
  }
  long all = 0, all_untitled = 0;
  std::string show;
  for (int i = 1; i < argc; ++i) {
    if (std::string(argv[i]) == "--show" && i + 1 < argc) {
      show = argv[++i];
      continue;
    }
    std::string text = decode_text(read_file(argv[i])).text;
    Diagnostics diags;
    diags.set_source(argv[i], text);
    long refs = 0, untitled = 0, no_container = 0, no_year = 0, no_page = 0;
    RecordSink sink = [&](Record&& r) {
      for (const Reference& ref : r.references) {
        ++refs;
        untitled += ref.title.empty();
        no_container += ref.container.empty();
        no_year += ref.year.empty();
        no_page += ref.first_page.empty();
        if ((show == "title" && ref.title.empty()) || (show == "container" && ref.container.empty()))
          std::printf("  %s | title=%s | container=%s\n", ref.raw.c_str(), ref.title.c_str(), ref.container.c_str());
      }
    };
    Detection d = detect_formats(text);
    if (d.scopus_csv) parse_scopus_csv(text, diags, sink);
    else if (d.ris) parse_ris(text, diags, sink);
    else if (d.bibtex) parse_bibtex(text, diags, sink);
    else {
      std::printf("%s: not Scopus CSV, RIS or BibTeX\n", argv[i]);
      continue;
    }
    std::printf("%s: %ld references, %ld without title (%.1f %%), %ld without container, %ld without year, %ld without first page\n",
                argv[i], refs, untitled, refs ? 100.0 * untitled / refs : 0.0, no_container, no_year, no_page);
    all += refs;
    all_untitled += untitled;
  }
  std::printf("all: %ld references, %ld without title (%.1f %%)\n", all, all_untitled,
              all ? 100.0 * all_untitled / all : 0.0);
  return 0;
}

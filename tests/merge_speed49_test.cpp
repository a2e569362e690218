// A work's one reference list when only one of its sources has references (a Crossref record merged with its BibTeX
// or RIS entry, the all-three import of the benchmark corpus): one_reference_list (merge.cpp) returns that source's
// list, a DOI given twice once, without reading its cited works (speed49: a tenth of the storing thread's
// instructions went to matching references against lists that had none).
#include <catch2/catch.hpp>

#include "refnet/merge.hpp"
#include "refnet/record.hpp"

using namespace refnet;

namespace {

Reference ref(std::string key, std::string doi, std::string raw) {
  Reference r;
  r.key = std::move(key);
  r.doi = std::move(doi);
  r.raw = std::move(raw);
  return r;
}

Record work(const std::string& format) {
  Record r;
  r.type = "article-journal";
  r.title = "Stami morpi gen mista";
  r.doi = "10.1000/morlo.0";
  r.issued.year = 1995;
  r.provenance.format = format;
  return r;
}

}  // namespace

TEST_CASE("one reference list: the only source with references gives it, a DOI given twice once", "[merge][speed49]") {
  Record crossref = work("crossref");
  crossref.references = {ref("ref0", "10.1001/bumi.1", ""), ref("ext0", "", "External source 0 of 2 (1992). Some report."),
                         ref("ref1", "10.1001/BUMI.1", ""), ref("ref2", "10.1002/kadel.2", "")};
  Record bib = work("bibtex");
  Record ris = work("ris");
  const std::vector<Reference> want = {crossref.references[0], crossref.references[1], crossref.references[3]};
  for (const std::vector<Record>& sources : {std::vector<Record>{crossref, bib}, std::vector<Record>{bib, crossref, ris}}) {
    MergedView view = merge_records(sources);
    CHECK(view.record.references == want);
  }
}

// The round trip every reader of a database export must pass: its records
// written as BibTeX and as RIS (--profile full) and read back give the same
// fields (check_same_fields), the same identifiers and no error.
#pragma once

#include <sstream>

#include "refnet/exporter.hpp"
#include "support.hpp"

namespace refnet::test {

inline void check_export_round_trip(const std::vector<Record>& records) {
  for (bool ris : {false, true}) {
    INFO((ris ? "ris" : "bibtex"));
    std::ostringstream out;
    ExportOptions full;
    full.profile = ExportProfile::full;
    if (ris) write_ris(out, records, full);
    else write_bibtex(out, records, full);
    Parsed back = parse_string(out.str(), ris ? Format::ris : Format::bibtex);
    CHECK(back.diags.errors() == 0);
    REQUIRE(back.records.size() == records.size());
    for (std::size_t i = 0; i < records.size(); ++i) {
      INFO("record " << i + 1 << ": " << records[i].title);
      Record a = records[i];
      // BibTeX has no room for a date's words ("2022 Jan-Feb 01"): the
      // year, month and day go, the text does not (left alone here).
      if (!ris) a.issued.text.clear();
      // BibTeX has no @patent (BibLaTeX has): written @misc, read back a document.
      if (!ris && a.type == "patent") a.type = "document";
      check_same_fields(a, back.records[i]);
      CHECK(back.records[i].pmid == records[i].pmid);
      CHECK(back.records[i].pmcid == records[i].pmcid);
      CHECK(back.records[i].number == records[i].number);
    }
  }
}

}  // namespace refnet::test

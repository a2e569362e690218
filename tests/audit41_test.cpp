// audit41: real exports not held before (ScienceDirect's RIS, BibTeX and
// plain text of one search, Scopus BibTeX of 2019-2023, WoS BibTeX and plain
// text, RIS an ASReview project wrote from IEEE records), each class found there.
#include <catch2/catch.hpp>

#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

TEST_CASE("audit41: ScienceDirect's plain-text export is read record by record", "[audit41][sciencedirect_txt]") {
  // fdecunta/screenie bibfiles_for_test/TEXT_ScienceDirect.txt ("Export
  // citation to text", 50 records): read as one web page, it gave one work
  // titled "Keywords: Benthic diatom; ..." and lost 49 records, exit 0.
  Parsed p = parse_file(fixture("sciencedirect/screenie_text_export.txt"));
  REQUIRE(p.records.size() == 6);
  CHECK(p.stats.rejected == 0);

  const Record& a = p.records[0];
  CHECK(a.provenance.format == "sciencedirect-txt");
  CHECK(a.provenance.line == 1);
  CHECK(family_given(a.authors) == "Bianchi, Thomas S.");
  CHECK(a.title ==
        "Feeding ecology of subsurface deposit-feeder Leitoscoloplos fragilis Verrill. I. Mechanisms affecting "
        "particle availability on intertidal sandflat");
  CHECK(a.container_title == "Journal of Experimental Marine Biology and Ecology");
  CHECK(a.volume == "115");
  CHECK(a.issue == "1");
  CHECK(a.pages == "79-97");
  CHECK(show(a.issued) == "1988/0/0/");
  CHECK(a.issn == std::vector<std::string>{"0022-0981"});
  CHECK(a.doi == "10.1016/0022-0981(88)90191-8");
  CHECK(a.url == "https://www.sciencedirect.com/science/article/pii/0022098188901918");
  CHECK(starts_with(a.abstract, "This study describes the feeding ecology of an orbiniid polychaete"));
  CHECK(ends_with(a.abstract, "population density of L. fragilis in sediment at Cape Henlopen."));
  CHECK(a.keywords == std::vector<std::string>{"Benthic diatom", "Deposit-feeder", "Sediment transport"});

  // An article number where the pages go.
  const Record& b = p.records[1];
  CHECK(b.provenance.line == 13);
  CHECK(family_given(b.authors) == "Renshaw, Scott Leo; Carley, Kathleen M.");
  CHECK(b.volume == "4");
  CHECK(b.issue.empty());
  CHECK(b.pages.empty());
  CHECK(b.number == "100154");
  CHECK(b.keywords.size() == 5);

  // An article in press: no volume, an empty pages line, no keywords.
  const Record& c = p.records[2];
  CHECK(family_given(c.authors) == "Shah, Tushar R.; Al-Shammari, Marwan A.; Ganji, Gajanan L.; Doty, D. Harold");
  CHECK(c.container_title == "European Management Journal");
  CHECK(c.volume.empty());
  CHECK(c.pages.empty());
  CHECK(c.number.empty());
  CHECK(show(c.issued) == "2025/0/0/");
  CHECK(c.doi == "10.1016/j.emj.2025.07.005");
  CHECK(c.keywords.empty());

  // "Volume 37, Part 1": the part is the issue.
  const Record& d = p.records[3];
  CHECK(d.title == "Ecology and social behaviour of Mongolian gerbils,Meriones unguiculatus, at Xilinhot, Inner "
                   "Mongolia, China");
  CHECK(d.volume == "37");
  CHECK(d.issue == "Part 1");
  CHECK(d.pages == "11-27");

  // A structured abstract runs over several lines, each kept.
  const Record& e = p.records[4];
  CHECK(starts_with(e.abstract, "Background\nThe digitisation of natural history collections"));
  CHECK(e.abstract.find("\nNew information\nThis paper describes SpeciMate") != std::string::npos);
  CHECK(e.keywords.size() == 6);
  CHECK(e.keywords.back() == "data curation");

  // Given names first, the family name in capitals: "Xin MA" is Xin Ma,
  // not Xin, M. A. (parse_given_first_name's initials after a family name).
  CHECK(family_given(p.records[5].authors) == "ZHONG, Jing-Wen; ZHANG, Xue-Yan; MA, Xin");

  // Nothing outside the records, nothing said.
  CHECK(p.diags.errors() == 0);
  CHECK(p.diags.warnings() == 0);
}

TEST_CASE("audit41: Scopus BibTeX's spaced en dash ('79 – 88') is a page range like any other", "[audit41][bibtex]") {
  // NatallyCelestino/Revision_Plants_Recognition scopus.bib (Scopus BibTeX of
  // 2023): 755 of 1,070 works kept "10581 - 10590", the spaces around the
  // dash, so a range compared, exported and expanded as no other.  The
  // corpus's pybibx scopus_m.bib (Scopus, July 2023) writes all 19 of its ranges so.
  Parsed p = parse_file(fixture("corpora/pybibx__scopus_m.bib"));
  REQUIRE(p.records.size() == 24);
  CHECK(p.records[0].pages == "79-88");
  for (const Record& r : p.records) {
    INFO(r.pages);
    CHECK(r.pages.find(' ') == std::string::npos);
  }
  // Abbreviated ranges are made whole as when written without spaces.
  CHECK(normalize_pages("1189 \xE2\x80\x93 205") == "1189-1205");
  CHECK(normalize_pages("S10 - S15") == "S10-S15");
  // Not a range between two page numbers: as written.
  CHECK(normalize_pages("1-5, 7") == "1-5, 7");
  CHECK(normalize_pages("2107-2113 vol.3") == "2107-2113 vol.3");
  CHECK(normalize_pages("in press - online") == "in press - online");
}

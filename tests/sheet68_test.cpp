// sheet68 (issue #11): real exports of sources not tried before.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

// Lens.org's JSON export of 2019-2021 (restrepo/lens's lens-export.json, 155
// works of one institution) names its ID "record_lens_id", its identifiers
// "citation_ids", its journal "journal" (title_full, publisher, issn,
// country) and its pages "pages_start"/"pages_end": refnet took it for
// Crossref JSON (no "lens_id") and read every work without authors, year,
// DOI, journal or pages (155 works warned "incomplete", their fields kept in
// extra).  Its authors are listed once per affiliation with the same "seq"
// (35 of 155 works: 52 entries that are no further person).
TEST_CASE("Lens.org's JSON export of 2020 (record_lens_id, citation_ids, journal) is read as Lens", "[sheet68]") {
  Parsed p = parse_file(fixture("json/lens_export_2020.json"));
  REQUIRE(p.records.size() == 3);
  CHECK(p.stats.rejected == 0);
  CHECK(said(p, "is this Crossref JSON") == 0);
  CHECK(said(p, "incomplete record") == 0);
  for (const Record& r : p.records) CHECK(r.provenance.format == "lens");

  const Record* ochoa = titled(p.records, "Can a congenital dysfunctional bladder");
  REQUIRE(ochoa);
  CHECK(ochoa->type == "article-journal");
  // One person listed twice, once per affiliation (seq 1 both times).
  CHECK(family_given(ochoa->authors) == "Ochoa, Bernardo");
  REQUIRE(ochoa->authors.size() == 1);
  CHECK(ochoa->authors[0].affiliations ==
        std::vector<std::string>{"Louisiana State University", "University of Antioquia"});
  CHECK(ochoa->doi == "10.1007/s00467-003-1291-1");
  CHECK(ochoa->pmid == "14648341");
  CHECK(ochoa->container_title == "Pediatric Nephrology");
  CHECK(ochoa->publisher == "Springer Nature");
  CHECK(ochoa->issn == std::vector<std::string>{"0931-041X", "1432-198X"});
  CHECK(ochoa->volume == "19");
  CHECK(ochoa->issue == "1");
  CHECK(ochoa->pages == "6-12");
  CHECK(ochoa->issued.year == 2003);
  CHECK(ochoa->issued.month == 11);
  CHECK(ochoa->issued.day == 25);
  CHECK(extra_values(*ochoa, "Lens ID") == std::vector<std::string>{"111-246-336-407-299"});
  CHECK(extra_values(*ochoa, "magid") == std::vector<std::string>{"mag1983618051"});
  CHECK(extra_values(*ochoa, "Citing Patents Count") == std::vector<std::string>{"1"});
  CHECK(extra_values(*ochoa, "record_lens_id").empty());
  CHECK(extra_values(*ochoa, "citation_ids").empty());
  CHECK(extra_values(*ochoa, "journal").empty());
  CHECK(!extra_values(*ochoa, "fields_of_study").empty());

  const Record* hiv = titled(p.records, "Papel del dominio V1/V2");
  REQUIRE(hiv);
  CHECK(family_given(hiv->authors) ==
        "Granados-Gonzalez, Viviana; Piedrahita, Leidy Diana; Martínez, Marlen; Genin, Christian; Riffard, Serge; "
        "Urcuqui-Inchima, Silvio");
  CHECK(hiv->doi == "10.1016/j.eimc.2008.02.010");
  CHECK(hiv->container_title == "Enfermedades Infecciosas Y Microbiologia Clinica");
  CHECK(hiv->pages == "523-530");
  CHECK(hiv->issued.year == 2009);

  // No journal: a chapter of a book (its DOI says so); its first author twice.
  const Record* book = titled(p.records, "Advanced Processing and Manufacturing");
  REQUIRE(book);
  CHECK(book->authors.size() == 5);
  CHECK(book->authors[0].affiliations == std::vector<std::string>{"University of Antioquia"});
  CHECK(book->doi == "10.1002/9781118095379.ch12");
  CHECK(book->pages == "97-107");
  CHECK(book->issued.year == 2011);

  // The repeated entries read as one person are said, once for the file.
  CHECK(said(p, "once per affiliation") == 1);
}

// The same schema as a client saved one work of the Scholarly API of 2020
// (restrepo/lens's data/lens_*.json: "_id", "references" by a number,
// "referenced_by_count").
TEST_CASE("Lens.org's 2020 API record: referenced_by_count is the citing works' count", "[sheet68]") {
  TempDir dir;
  const std::string path = dir.path.string() + "/lens_one.json";
  std::ofstream(path, std::ios::binary)
      << R"([{"_id":2430705673162,"referenced_by_patent_count":0,"citation_ids":[{"type":"doi","value":"10.1140/epjc/s10052-015-3733-x"}],)"
         R"("record_lens_id":"024-307-056-731-628","publication_type":"journal article","authors":[{"collective_name":null,)"
         R"("first_name":"Alexander Gallego","last_name":"Cadavid","initials":"AG","is_personal":true,"seq":1,"ids":[],"affiliations":[]}],)"
         R"("title":"A written title of one work","pages_start":"5","pages_end":null,"volume":"75","issue":"11",)"
         R"("journal":{"title_full":"European Physical Journal C","issn":[{"value":"14346044","type":"print"}]},)"
         R"("references":[{"lens_id":1200441599}],"year_published":2015,"referenced_by_count":13}])";
  Parsed p = parse_file(path);
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.provenance.format == "lens");
  CHECK(r.doi == "10.1140/epjc/s10052-015-3733-x");
  CHECK(r.container_title == "European Physical Journal C");
  CHECK(r.pages == "5");
  CHECK(r.issued.year == 2015);
  CHECK(extra_values(r, "Citing Works Count") == std::vector<std::string>{"13"});
  CHECK(extra_values(r, "Citing Patents Count") == std::vector<std::string>{"0"});
  CHECK(r.references.size() == 1);
}

// The Scholarly API of 2020 wrote a reference's "lens_id" as Lens's internal
// number (restrepo/lens's data/lens_*.json: 15 and 61 references, each warned
// "is not a Lens ID", none matching a work).  The number is the Lens ID
// without its hyphens and check digit (ISO 7064 MOD 11-2, as ORCID's): the
// record "_id" 2430705673162 is "024-307-056-731-628".  Written as the Lens
// ID, a reference finds the work of the file it names.
TEST_CASE("Lens.org's numeric reference IDs are read as Lens IDs", "[sheet68]") {
  TempDir dir;
  const std::string path = dir.path.string() + "/lens_refs.json";
  std::ofstream(path, std::ios::binary)
      << R"([{"_id":2430705673162,"record_lens_id":"024-307-056-731-628","title":"The cited work",)"
         R"("citation_ids":[{"type":"doi","value":"10.1140/epjc/s10052-015-3733-x"}],"year_published":2015},)"
         R"({"_id":3434143191159,"record_lens_id":"034-341-431-911-594","title":"The citing work",)"
         R"("citation_ids":[{"type":"doi","value":"10.1103/physrevd.93.015012"}],"year_published":2016,)"
         R"("references":[{"lens_id":2430705673162},{"lens_id":1200441599}]}])";
  Parsed p = parse_file(path);
  REQUIRE(p.records.size() == 2);
  const Record* citing = titled(p.records, "The citing work");
  REQUIRE(citing);
  REQUIRE(citing->references.size() == 2);
  CHECK(citing->references[0].raw == "024-307-056-731-628");
  CHECK(citing->references[0].doi == "10.1140/epjc/s10052-015-3733-x");
  CHECK(citing->references[1].raw == "000-012-004-415-990");
  CHECK(said(p, "is not a Lens ID") == 0);
  CHECK(said(p, "numeric Lens IDs") == 1);
}

// audit63 (issue #11): formats refnet refused or had not seen.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {
bool has_keyword(const Record& r, std::string_view k) {
  return std::find(r.keywords.begin(), r.keywords.end(), k) != r.keywords.end();
}
}  // namespace

// Lens.org's JSON export (JSON Lines, one record a line, as
// cambialens/lens-api-doc's lens-export.jsonl is) was refused by name
// (session 62's json_dialects.cpp: "Lens exports RIS, BibTeX and CSV"),
// nothing read; before that read as Crossref's.  Each record is a work:
// authors with ORCIDs and affiliations, the source's title, publisher and
// ISSNs, dates, pages, DOI/PMID/PMCID, keywords and MeSH headings, its
// references by Lens ID (as the Lens CSV's), the rest kept in extra.
TEST_CASE("Lens.org's JSON export is read, a record a work", "[audit63]") {
  Parsed p = parse_file(fixture("json/lens_export_3.jsonl"));
  REQUIRE(p.records.size() == 3);
  CHECK(p.stats.rejected == 0);
  CHECK(said(p, "which refnet does not read") == 0);
  for (const Record& r : p.records) CHECK(r.provenance.format == "lens");

  const Record* ukr = titled(p.records, "SCIENTIST’S PURSUIT");
  REQUIRE(ukr);
  CHECK(ukr->type == "article-journal");
  CHECK(family_given(ukr->authors) == "Komisarenko, Serhiy V.");
  CHECK(ukr->container_title == "Visnik Nacional'noi' academii' nauk Ukrai'ni");
  CHECK(ukr->publisher == "National Academy of Sciences of Ukraine (Co. LTD Ukrinformnauka)");
  CHECK(ukr->issn == std::vector<std::string>{"1027-3239", "2518-1203"});
  CHECK(ukr->issued.year == 2020);
  CHECK(ukr->issued.month == 8);
  CHECK(ukr->issued.day == 20);
  CHECK(ukr->pages == "29-71");
  CHECK(ukr->doi == "10.15407/visn2020.08.029");
  CHECK(ukr->language == "uk");
  CHECK(ukr->abstract.find("fixture\nover two lines") != std::string::npos);
  CHECK(extra_values(*ukr, "Lens ID") == std::vector<std::string>{"000-781-931-144-518"});
  CHECK(extra_values(*ukr, "Citing Works Count") == std::vector<std::string>{"3"});
  CHECK(extra_values(*ukr, "coreid") == std::vector<std::string>{"343476654"});
  CHECK(extra_values(*ukr, "magid") == std::vector<std::string>{"3085320997"});
  CHECK(!extra_values(*ukr, "fields_of_study").empty());
  CHECK(!extra_values(*ukr, "scholarly_citations").empty());
  // Its references by Lens ID; the one that is a work of the file has its DOI.
  REQUIRE(ukr->references.size() == 3);
  CHECK(ukr->references[0].raw == "000-803-293-781-030");
  CHECK(ukr->references[0].doi.empty());
  CHECK(ukr->references[1].raw == "001-969-572-959-90X");
  CHECK(ukr->references[1].doi == "10.2196/18941");

  const Record* pre = titled(p.records, "Bird’s Eye View");
  REQUIRE(pre);
  CHECK(pre->type == "article");  // a preprint
  REQUIRE(pre->authors.size() == 1);
  CHECK(pre->authors[0].orcid == "0000-0002-6493-7922");
  CHECK(pre->authors[0].affiliations == std::vector<std::string>{"VIT University"});
  CHECK(pre->publisher == "AIJR Publisher");
  CHECK(pre->doi == "10.21467/preprints.48");

  const Record* jmir = titled(p.records, "Tracking COVID-19 in Europe");
  REQUIRE(jmir);
  CHECK(jmir->container_title == "JMIR public health and surveillance");
  CHECK(jmir->volume == "6");
  CHECK(jmir->issue == "2");
  // Lens's start_page "e18941" alone: the shared cleanup reads it as the
  // article number (said), as for the CSV.
  CHECK(jmir->number == "e18941");
  CHECK(jmir->pages.empty());
  CHECK(jmir->pmid == "32250957");
  CHECK(jmir->pmcid == "PMC7173241");
  CHECK(jmir->issn == std::vector<std::string>{"2369-2960"});
  CHECK(has_keyword(*jmir, "Google Trends"));
  CHECK(has_keyword(*jmir, "Coronavirus Infections/epidemiology"));
  CHECK(has_keyword(*jmir, "Humans"));
  CHECK(jmir->authors[0].orcid == "0000-0001-6106-0873");
}

// The Scholarly API's answer, {"total": 1, "data": [...]}, with the fields
// its documentation names (cambialens/lens-api-doc response-scholar.md's
// sample): affiliations as the paper wrote them (name_original), references
// with their text, chemicals, trials and funding kept.
TEST_CASE("Lens.org's Scholarly API response is read, references with their text", "[audit63]") {
  Parsed p = parse_file(fixture("json/lens_api_response.json"));
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.provenance.format == "lens");
  CHECK(r.title.rfind("A randomised non-comparative phase II trial of cixutumumab", 0) == 0);
  CHECK(r.container_title == "European journal of cancer (Oxford, England : 1990)");
  CHECK(r.publisher == "Elsevier Limited");
  CHECK(r.volume == "51");
  CHECK(r.issue == "13");
  CHECK(r.pages == "1714-1724");
  CHECK(r.doi == "10.1016/j.ejca.2015.05.019");
  CHECK(r.pmid == "26082390");
  CHECK(r.pmcid == "PMC5024789");
  CHECK(r.issn.size() == 2);
  CHECK(family_given(r.authors) == "Hussain, Maha; Rathkopf, Dana E.; Liu, Glenn");
  CHECK(r.authors[0].affiliations ==
        std::vector<std::string>{"University of Michigan Comprehensive Cancer Center, Ann Arbor, MI, United States"});
  CHECK(r.authors[1].orcid == "0000-0002-4503-7582");
  REQUIRE(r.references.size() == 3);
  const Reference& wilke = r.references[0];
  CHECK(wilke.key == "003-415-704-045-340");
  CHECK(wilke.raw.rfind("Wilke . Ramucirumab plus paclitaxel", 0) == 0);
  CHECK(wilke.year == "2014");
  CHECK(!extra_values(r, "chemicals").empty());
  CHECK(!extra_values(r, "clinical_trials").empty());
  CHECK(!extra_values(r, "funding").empty());
  CHECK(!extra_values(r, "publication_supplementary_type").empty());
  CHECK(extra_values(r, "source.country") == std::vector<std::string>{"United Kingdom"});
}

// Lens's patents share "lens_id" with its scholarly works: still refused by
// name, not read as works.
TEST_CASE("Lens.org's patent JSON stays refused by its name", "[audit63]") {
  Parsed p = parse_string(
      R"({"total": 1, "data": [{"lens_id": "000-026-455-466-178", "jurisdiction": "US", "doc_number": "7654321", )"
      R"("kind": "B2", "date_published": "2010-02-02", "biblio": {"invention_title": [{"text": "A widget"}]}}]})");
  CHECK(p.records.empty());
  CHECK(said(p, "Lens.org's patent JSON") == 1);
}

// The Dimensions API's answer saved whole (caltechlibrary/sidewall's test
// data, BSD-3-Clause): {"_stats": ..., "publications": [...]} with the older
// author_affiliations ([[...]]), ORCIDs as the text of a Python list
// ("['0000-0002-0508-6339']"), references by publication ID.  Refused by
// name before (session 62).
TEST_CASE("The Dimensions API's publications JSON is read", "[audit63]") {
  Parsed p = parse_file(fixture("json/dimensions_api_two_publications.json"));
  REQUIRE(p.records.size() == 2);
  CHECK(p.stats.rejected == 0);
  CHECK(said(p, "which refnet does not read") == 0);
  const Record* bio = titled(p.records, "Benchmark Problems for Dynamic Modeling");
  REQUIRE(bio);
  CHECK(bio->provenance.format == "dimensions");
  CHECK(bio->type == "article-journal");
  CHECK(bio->container_title == "Bioinformatics");
  CHECK(bio->doi == "10.1093/bioinformatics/btz020");
  CHECK(bio->pmid == "30624608");
  CHECK(bio->issued.year == 2019);
  CHECK(bio->issued.month == 1);
  CHECK(bio->issued.day == 8);
  CHECK(family_given(bio->authors) ==
        "Hass, Helge; Loos, Carolin; Alvarez, Elba Raimundez; Timmer, Jens; Hasenauer, Jan; Kreutz, Clemens");
  CHECK(bio->authors[1].affiliations ==
        std::vector<std::string>{"Helmholtz Zentrum München, Munich, Germany", "Technical University Munich, Germany"});
  REQUIRE(bio->references.size() == 5);
  CHECK(bio->references[0].raw == "pub.1050077073");
  CHECK(extra_values(*bio, "Publication ID") == std::vector<std::string>{"pub.1111219288"});
  CHECK(extra_values(*bio, "Times cited") == std::vector<std::string>{"0"});
  CHECK(!extra_values(*bio, "FOR").empty());
  CHECK(!extra_values(*bio, "research_orgs").empty());

  const Record* surg = titled(p.records, "Preparing for the American Board of Surgery");
  REQUIRE(surg);
  CHECK(surg->container_title == "The American Journal of Surgery");
  CHECK(surg->volume == "216");
  CHECK(surg->issue == "1");
  CHECK(surg->pages == "167-173");
  REQUIRE(surg->authors.size() == 7);
  CHECK(surg->authors[3].family == "Korndorffer");
  CHECK(surg->authors[3].orcid == "0000-0002-0508-6339");
  CHECK(surg->authors[6].orcid == "0000-0003-1862-3030");
  CHECK(surg->authors[5].affiliations.size() == 1);
}

// The DSL's newer shape (the "authors" field with raw_affiliation and an
// ORCID list), publications saved as one array, a PMCID without its "PMC",
// a chapter's book as its container.
TEST_CASE("Dimensions publications saved as an array, newer author fields", "[audit63]") {
  Parsed p = parse_string(
      R"([{"id": "pub.1147121755", "title": "The Impact of Route Descriptions on Human Expectations for Robot )"
      R"(Navigation", "doi": "10.1145/3526104", "date": "2022-12-31", "year": 2022, "pmcid": "6158834", )"
      R"("authors": [{"first_name": "Elizabeth", "last_name": "Carter", "orcid": ["0000-0002-2735-148X"], )"
      R"("raw_affiliation": ["Carnegie Mellon University, Pittsburgh, PA, USA"], "affiliations": [{"name": )"
      R"("Carnegie Mellon University", "city": "Pittsburgh"}], "researcher_id": "ur.012471523754.61"}], )"
      R"("reference_ids": ["pub.1000000002"]},)"
      "\n"
      R"({"id": "pub.1000000002", "type": "chapter", "title": "A chapter", "book_title": "A book", "year": 2001, )"
      R"("doi": "10.1000/chapter", "authors": [{"first_name": "Ann", "last_name": "Lee"}]}])");
  REQUIRE(p.records.size() == 2);
  const Record& robot = p.records[0];
  CHECK(robot.provenance.format == "dimensions");
  CHECK(robot.pmcid == "PMC6158834");
  REQUIRE(robot.authors.size() == 1);
  CHECK(robot.authors[0].orcid == "0000-0002-2735-148X");
  CHECK(robot.authors[0].affiliations == std::vector<std::string>{"Carnegie Mellon University, Pittsburgh, PA, USA"});
  REQUIRE(robot.references.size() == 1);
  CHECK(robot.references[0].doi == "10.1000/chapter");  // a work of the file
  const Record& chapter = p.records[1];
  CHECK(chapter.type == "chapter");
  CHECK(chapter.container_title == "A book");
}

// EBSCOhost tells journals of one title apart by what it writes after the
// name: the publisher ("Journal of the Air & Waste Management Association
// (Taylor & Francis Ltd)", "Annals of Forest Science (BioMed Central)") or the
// ISSN ("Forests (19994907)"), and names the container so in its copyright
// statement ("Copyright of Forests (19994907) is the property of MDPI").
// ESHackathon/CiteSource's Environment Index export: 4 of its 100 records.
// The journal is read without it, the publisher or ISSN in its field, said.
TEST_CASE("EBSCOhost's journal names lose the publisher or ISSN it writes after them", "[audit63]") {
  Parsed p = parse_file(fixture("ris/ebsco_container_marks.ris"));
  REQUIRE(p.records.size() == 3);
  const Record* annals = titled(p.records, "Post-fire forest recovery");
  REQUIRE(annals);
  CHECK(annals->container_title == "Annals of Forest Science");
  CHECK(annals->publisher == "BioMed Central");
  CHECK(extra_values(*annals, "ebsco-container") == std::vector<std::string>{"Annals of Forest Science (BioMed Central)"});
  const Record* forests = titled(p.records, "A Comprehensive Framework for Forest Restoration");
  REQUIRE(forests);
  CHECK(forests->container_title == "Forests");
  CHECK(forests->issn == std::vector<std::string>{"1999-4907"});
  CHECK(forests->publisher.empty());
  const Record* air = titled(p.records, "Seasonal ambient particulate matter");
  REQUIRE(air);
  CHECK(air->container_title == "Journal of the Air & Waste Management Association");
  CHECK(air->publisher == "Taylor & Francis Ltd");
  CHECK(said(p, "EBSCOhost's mark of the journal") == 1);
  // A parenthesis that is the journal's own (NLM's place, an acronym), or a
  // record not EBSCOhost's: kept.
  Parsed q = parse_string(
      "TY  - JOUR\nT1  - A\nJO  - Lancet (London, England)\nDP  - EBSCOhost\nER  - \n\n"
      "TY  - JOUR\nT1  - B\nJO  - Evidence-based Complementary & Alternative Medicine (eCAM)\n"
      "AB  - Copyright of Evidence-based Complementary & Alternative Medicine (eCAM) is the property of Hindawi "
      "Limited and its content may not be copied or emailed to multiple sites.\nDP  - EBSCOhost\nER  - \n\n"
      "TY  - JOUR\nT1  - C\nJO  - Forests (19994907)\nER  - \n\n"
      "TY  - JOUR\nT1  - D\nJO  - Social Science Quarterly (Wiley-Blackwell)\nPB  - Wiley-Blackwell\n"
      "UR  - https://search.ebscohost.com/login.aspx?direct=true&db=a9h&AN=1\nER  - \n");
  REQUIRE(q.records.size() == 4);
  CHECK(q.records[0].container_title == "Lancet (London, England)");
  CHECK(q.records[1].container_title == "Evidence-based Complementary & Alternative Medicine (eCAM)");
  CHECK(q.records[2].container_title == "Forests (19994907)");
  CHECK(q.records[3].container_title == "Social Science Quarterly");
}

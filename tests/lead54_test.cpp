// Lead, session 54 (issue #11): one EndNote library exported as RIS and as
// EndNote XML must give the same records.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "refnet/refparse.hpp"
#include "refnet/text.hpp"
#include "record_lookup.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

// IEBH/Reflib's "Blue Light for Acne" library (MIT), four of its records as
// EndNote 20 exported them to RIS and to XML.  The library came from PubMed:
// EndNote writes the PMID as the accession number and names the provider
// "NLM" (RIS "DP  - NLM", XML <remote-database-provider>NLM).  The XML
// reader took the PMID and the RIS reader left it in extra (102 of 102
// records of the whole library); dedup and `fetch` use it.
TEST_CASE("EndNote's RIS names PubMed's provider NLM: its accession number is the PMID", "[lead54]") {
  Parsed ris = parse_file(fixture("endnote/blue_light_4.ris"));
  Parsed xml = parse_file(fixture("endnote/blue_light_4.xml"));
  REQUIRE(ris.records.size() == 4);
  REQUIRE(xml.records.size() == 4);
  for (const char* title : {"Formulation of Herbal Gel", "Comparative Study Of Photodynamic", "Phototherapy in the",
                            "Therapy of acne with visible light"}) {
    INFO(title);
    const Record* r = by_title(ris.records, title);
    const Record* x = by_title(xml.records, title);
    REQUIRE(r);
    REQUIRE(x);
    CHECK(!r->pmid.empty());
    CHECK(r->pmid == x->pmid);
    CHECK(extra_values(*r, "AN").empty());
  }
  // "DP" is also a MEDLINE-in-RIS date ("DP  - 2024 Jan"): not a provider.
  Parsed dated = parse_string("TY  - JOUR\nTI  - A trial\nAN  - 31234567\nDP  - 2024 Jan\nER  - \n");
  REQUIRE(dated.records.size() == 1);
  CHECK(dated.records[0].pmid.empty());
}

// NLM writes a translated title in brackets ("[Therapy of acne with visible
// light. ...]"); the MEDLINE reader, and the RIS reader once it knows the
// record is PubMed's, read it without them.  The XML reader kept them.
TEST_CASE("EndNote XML of a PubMed record reads NLM's bracketed title as the RIS and MEDLINE readers do", "[lead54]") {
  Parsed ris = parse_file(fixture("endnote/blue_light_4.ris"));
  Parsed xml = parse_file(fixture("endnote/blue_light_4.xml"));
  const Record* r = by_title(ris.records, "Therapy of acne with visible light");
  const Record* x = by_title(xml.records, "Therapy of acne with visible light");
  REQUIRE(r);
  REQUIRE(x);
  CHECK(x->title == r->title);
  CHECK(x->title == "Therapy of acne with visible light. Decreased irradiation time by using a blue-light high-energy lamp");
}

// EndNote's PubMed import files the NLM abbreviation as the periodical's
// full-title and the journal's name as its abbr-1 ("Am J Clin Dermatol" /
// "American journal of clinical dermatology"; 87 of 102 records).  Read as
// written, the container was the abbreviation and its "short" form the
// name; they are read the right way round, and said once a file.
TEST_CASE("EndNote XML's full-title holding the abbreviation of its abbr-1 is read the right way round", "[lead54]") {
  Parsed xml = parse_file(fixture("endnote/blue_light_4.xml"));
  const Record* x = by_title(xml.records, "Phototherapy in the");
  REQUIRE(x);
  CHECK(x->container_title == "American journal of clinical dermatology");
  CHECK(x->container_title_short == "Am J Clin Dermatol");
  CHECK(std::count_if(xml.diags.items().begin(), xml.diags.items().end(), [](const Diagnostic& d) {
          return d.message.find("abbreviates its short title") != std::string::npos;
        }) == 1);
  // A record with a full-title only keeps it.
  const Record* y = by_title(xml.records, "Formulation of Herbal Gel");
  REQUIRE(y);
  CHECK(y->container_title == "Adv Biomed Res");
  // Two different journals are not swapped: an abbr-1 that is no expansion
  // of the full-title stays the abbreviation.
  std::string text = slurp(fixture("endnote/blue_light_4.xml"));
  const std::string from = "American journal of clinical dermatology";
  text.replace(text.find(from), from.size(), "Dermatology Reports and Other Things");
  Parsed other = parse_string(text);
  const Record* z = by_title(other.records, "Phototherapy in the");
  REQUIRE(z);
  CHECK(z->container_title == "Am J Clin Dermatol");
}

// The same shape in RIS (T2 the NLM abbreviation, J2 the journal's name) and
// any format: the container that abbreviates a longer "short" title is read
// the other way round.
TEST_CASE("a container abbreviating its longer short title is read the other way round in RIS too", "[lead54]") {
  Parsed p = parse_string(
      "TY  - JOUR\nAU  - Smith, J.\nTI  - A title\nT2  - Am J Clin Dermatol\n"
      "J2  - American journal of clinical dermatology\nPY  - 2004\nER  - \n");
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].container_title == "American journal of clinical dermatology");
  CHECK(p.records[0].container_title_short == "Am J Clin Dermatol");
  // Two journals (one a longer journal's first word) stay as written.
  Parsed q = parse_string(
      "TY  - JOUR\nAU  - Smith, J.\nTI  - A title\nT2  - Nature\nJ2  - Nature Communications\nPY  - 2004\nER  - \n");
  REQUIRE(q.records.size() == 1);
  CHECK(q.records[0].container_title == "Nature");
  // One name written twice (a Zotero library, dopl-and-spite's My_Library.json) and a name beside its qualified
  // NLM form (ASySD's Zotero export: "Genes" / "Genes (Basel)") stay as written: neither is an abbreviation.
  for (auto [container, short_title] : {std::pair{"Journal of Consumer Research", "The Journal of consumer research"},
                                        std::pair{"Genes", "Genes (Basel)"}}) {
    Parsed z = parse_string(std::string("TY  - JOUR\nAU  - Smith, J.\nTI  - A title\nT2  - ") + container +
                            "\nJ2  - " + short_title + "\nPY  - 2004\nER  - \n");
    REQUIRE(z.records.size() == 1);
    CHECK(z.records[0].container_title == container);
    CHECK(z.records[0].container_title_short == short_title);
  }
}

// audit54's misplaced issue (an Embase author address a tool took from M1 for
// the issue) in EndNote XML's <number>: IEBH/dedupe-sweep's tafenoquine and
// copper libraries hold three.  Kept as the address, said.
TEST_CASE("EndNote XML's number holding an Embase author address is the address, not the issue", "[lead54]") {
  Parsed p = parse_string(
      "<?xml version=\"1.0\" encoding=\"UTF-8\" ?><xml><records><record><ref-type name=\"Journal Article\">17"
      "</ref-type><contributors><authors><author>Boisvert, C.</author></authors></contributors><titles><title>A "
      "study</title><secondary-title>J Test</secondary-title></titles><number>(Boisvert C.) Brigham Young "
      "University, Provo, UT, United States</number><dates><year>2020</year></dates></record></records></xml>");
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].issue.empty());
  CHECK(extra_values(p.records[0], "auth-address") ==
        std::vector<std::string>{"(Boisvert C.) Brigham Young University, Provo, UT, United States"});
  CHECK(p.diags.warnings() == 1);
  // An issue in brackets is an issue.
  Parsed q = parse_string(
      "<?xml version=\"1.0\" encoding=\"UTF-8\" ?><xml><records><record><ref-type name=\"Journal Article\">17"
      "</ref-type><titles><title>A study</title><secondary-title>J Test</secondary-title></titles>"
      "<number>(Suppl. 2)</number><dates><year>2020</year></dates></record></records></xml>");
  REQUIRE(q.records.size() == 1);
  CHECK(q.records[0].issue == "(Suppl. 2)");
}

// user54's real page (a Nature Scientific Reports reference list): "Wings, O. In press. A review of ..." and its
// siblings without brackets: "In press." and "Forthcoming." are the date, not the title's first words.
TEST_CASE("'In press.' as a sentence of its own is the date", "[lead54]") {
  for (const char* s : {"Smith, J. In press. A study of things. Journal of Stuff.",
                        "Meyer, K. and Olsen, T. Forthcoming. Local government after the reform. Public Administration.",
                        "Wings, O. In press. A review of gastrolith function. Acta Palaeontologica Polonica."}) {
    INFO(s);
    Record r = parse_reference(s);
    CHECK(!starts_with(r.title, "In press"));
    CHECK(!starts_with(r.title, "Forthcoming"));
    CHECK(!r.title.empty());
    CHECK(!r.authors.empty());
  }
  // A title that says "in press" inside a sentence keeps it.
  Record t = parse_reference("Smith, J. (2001). Freedom in press law. Journal of Stuff, 3, 1-10.");
  CHECK(t.title == "Freedom in press law");
}

// user54's Nature page: "Walker, J. D., ... & Babcock, L. E. The Geological Society of America Geologic Time Scale.
// Geol. Soc. Am. Bull. 125, 259–272 (2012)." gave no title and the whole sentence as the journal: a title that
// starts like an organisation's name before a run of dotted abbreviations.
TEST_CASE("a title before a dotted journal abbreviation, with no title labelled, is the title", "[lead54]") {
  Record r = parse_reference(
      "Walker, J. D., Geissman, J. W., Bowring, S. A. & Babcock, L. E. The Geological Society of America Geologic "
      "Time Scale. Geol. Soc. Am. Bull. 125, 259\u2013272 (2012).");
  CHECK(r.title == "The Geological Society of America Geologic Time Scale");
  CHECK(r.container_title == "Geol. Soc. Am. Bull.");
  CHECK(r.volume == "125");
  // Unchanged: a title the model found, a journal without abbreviations.
  Record s = parse_reference("Smith, A. B. & Jones, C. Climate change and forest growth. Nature 512, 45\u201349 (2014).");
  CHECK(s.title == "Climate change and forest growth");
  CHECK(s.container_title == "Nature");
}

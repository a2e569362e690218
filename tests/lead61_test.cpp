// lead61: the DOI scanner reads a publisher's page address with the one
// url_host (include/refnet/url_host.hpp) that review.cpp and the BibTeX
// reader use; src/doi.cpp had a third, file-local copy that also took a
// bare "www." address and a scheme anywhere in the token ("URL:https://").
// These pin what the scanner reads from such addresses.
#include <catch2/catch.hpp>

#include <fstream>
#include <optional>
#include <string>

#include "refnet/doi.hpp"
#include "refnet/text.hpp"
#include "refnet/url_host.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {
std::optional<std::string> some(const char* s) { return std::optional<std::string>(s); }
}  // namespace

TEST_CASE("DOI scanner: a page address after a label, bare or with its scheme", "[lead61][doi]") {
  // Taylor & Francis's book pages go on after the DOI with the title.
  CHECK(find_doi("Pollitt, C. (2004), www.taylorfrancis.com/books/mono/10.4324/9780203887882/"
                 "public-management-reform-christopher-pollitt") == some("10.4324/9780203887882"));
  CHECK(find_doi("Available at URL:https://www.taylorfrancis.com/books/mono/10.4324/9780203887882/"
                 "public-management-reform") == some("10.4324/9780203887882"));
  CHECK(find_doi("Retrieved from:https://academic.oup.com/jpart/article/doi/10.1093/jopart/muab001/6126406") ==
        some("10.1093/jopart/muab001"));
  CHECK(find_doi("WWW.TAYLORFRANCIS.COM/books/10.4324/9781003179900-55/a-title") == some("10.4324/9781003179900-55"));
  // Other hosts keep every '/' of the DOI.
  CHECK(find_doi("www.iopscience.iop.org/article/10.1088/1755-1315/614/1/012138") ==
        some("10.1088/1755-1315/614/1/012138"));
  // A DOI not in an address is read whole.
  CHECK(find_doi("doi:10.4324/9781003179900-55/extra") == some("10.4324/9781003179900-55/extra"));
}

TEST_CASE("DOI in a page: the address's host, bare or with its scheme", "[lead61][doi]") {
  CHECK(doi_length_in_page("10.4324/9781003179900-55/a-title",
                           "www.taylorfrancis.com/chapters/edit/10.4324/9781003179900-55/a-title") == 24);
  CHECK(doi_length_in_page("10.4324/9781003179900-55/a-title",
                           "https://www.taylorfrancis.com/chapters/edit/10.4324/9781003179900-55/a-title") == 24);
  // The address must hold the DOI.
  CHECK(doi_length_in_page("10.4324/9781003179900-55/a-title", "https://www.taylorfrancis.com/x") == 32);
  CHECK(doi_length_in_page("10.1088/1755-1315/614/1/012138", "https://iopscience.iop.org/article/10.1088/1755-1315/614/1/012138") == 30);
}

TEST_CASE("url_host: a scheme of five letters at most, or a bare www. where asked", "[lead61]") {
  CHECK(url_host("https://scholar.google.com/scholar?cites=1") == "scholar.google.com");
  CHECK(url_host("www.x.org/y").empty());
  CHECK(url_host("www.x.org/y", UrlHost::bare_www) == "www.x.org");
  CHECK(url_host("WWW.X.ORG", UrlHost::bare_www) == "WWW.X.ORG");
  CHECK(url_host("wwwx.org/y", UrlHost::bare_www).empty());
  CHECK(url_host("URL:https://www.x.org/y").empty());
}

// The flow diagram's "by identifier" line said "(DOI, PMID, PMCID)" whatever
// the identifiers were (crossdb's PubMed and WoS exports: 16 by DOI, 3 by
// WoS UT, which `refnet prisma` printed and the picture did not): now the
// picture gives the same breakdown as the text and --json.
TEST_CASE("prisma: the flow diagram names the identifiers duplicates were removed by", "[lead61][prisma]") {
  TempDir dir;
  const std::string lib = "--library '" + (dir / "lib.sqlite") + "' ";
  const std::string records =
      "TY  - JOUR\nAU  - Kim, Ann\nTI  - Soil carbon under maize\nPY  - 2020\nDO  - 10.1234/soil.2020.1\nER  - \n\n"
      "TY  - JOUR\nAU  - Lee, Bo\nTI  - Rain and rice yields\nPY  - 2019\nAN  - WOS:000123456700001\nER  - \n\n";
  {
    std::ofstream(dir / "a.ris") << records;
    std::ofstream(dir / "b.ris") << records;
  }
  REQUIRE(run_refnet("import " + lib + "--source A '" + (dir / "a.ris") + "'").status == 0);
  REQUIRE(run_refnet("import " + lib + "--source B '" + (dir / "b.ris") + "'").status == 0);
  auto text = run_refnet("prisma " + lib);
  INFO(text.out);
  REQUIRE(text.out.find("by identifier: 2 (DOI 1, WoS UT 1)") != std::string::npos);
  REQUIRE(run_refnet("prisma " + lib + "-o '" + (dir / "flow.svg") + "'").status == 0);
  std::string svg = slurp(dir / "flow.svg");
  INFO(svg);
  CHECK(svg.find("PMCID") == std::string::npos);
  CHECK(svg.find("by identifier (n\u00a0=\u00a02)") != std::string::npos);
  CHECK(svg.find("DOI (n\u00a0=\u00a01)") != std::string::npos);
  CHECK(svg.find("WoS UT (n\u00a0=\u00a01)") != std::string::npos);
}

// The label's siblings: Mendeley's BibTeX of an EBSCOhost record (Better
// BibTeX's test file web_page_and_other_mendeley_idiocy.bib) lost the
// label's '[' and joined the copyright statement after a ';': "... content
// developers. ABSTRACT FROM AUTHOR]; Copyright of ...".  The statement was
// cut (audit61), the label's rest stayed at the abstract's end.
TEST_CASE("EBSCOhost's abstract label without its '[' or with a ';' after it is cut too", "[lead61]") {
  Parsed p = parse_file(fixture("corpora/zotero-better-bibtex__web_page_and_other_mendeley_idiocy.bib"));
  const Record* callahan = nullptr;
  for (const Record& r : p.records)
    if (r.citekey == "Callahan2011") callahan = &r;
  REQUIRE(callahan != nullptr);
  CHECK(ends_with(callahan->abstract, "recommendations are advanced for Wikipedia end users and content developers."));
  CHECK(starts_with(callahan->get_extra("AB"), "Copyright of Journal of the American Society for Information Science"));
  Parsed q = parse_string(
      "TY  - JOUR\nT1  - One\nAB  - Text. [ABSTRACT FROM PUBLISHER];\nER  - \n\n"
      "TY  - JOUR\nT1  - Two\nAB  - Text. ABSTRACT FROM AUTHOR]\nER  - \n\n"
      "TY  - JOUR\nT1  - Three\nAB  - We cite the ABSTRACT FROM AUTHOR]\nER  - \n\n"
      "TY  - JOUR\nT1  - Four\nAB  - Text; ABSTRACT FROM author]\nER  - \n");
  REQUIRE(q.records.size() == 4);
  CHECK(q.records[0].abstract == "Text.");
  CHECK(q.records[1].abstract == "Text.");
  CHECK(q.records[2].abstract == "We cite the ABSTRACT FROM AUTHOR]");  // not after a sentence's end
  CHECK(q.records[3].abstract == "Text; ABSTRACT FROM author]");  // not EBSCOhost's capitals
}

// A DOI field's value as PubMed's AID writes it, "10.x [doi]" (its tag
// after it: the MEDLINE reader knew it, RIS and the rest did not: "DO is
// not a DOI, kept in extra"), and two DOIs glued with ';' and no space
// ("10.x;10.y": the whole read as one DOI, a DOI no resolver knows, a
// corrupted identifier that no merge could confirm).  Found by audit61's
// sibling hunt for DOIs with text after them.
TEST_CASE("DOI fields: PubMed's '[doi]' after it, two DOIs glued with ';'", "[lead61][doi]") {
  Parsed p = parse_string(
      "TY  - JOUR\nTI  - A\nAU  - Smith, J\nPY  - 2019\nDO  - 10.1016/j.jad.2019.01.001 [doi]\nER  - \n\n"
      "TY  - JOUR\nTI  - C\nAU  - Smith, J\nPY  - 2019\nDO  - 10.1016/j.jad.2019.01.004;10.1016/j.jad.2019.01.005\nER  - \n\n"
      "TY  - JOUR\nTI  - E\nAU  - Smith, J\nPY  - 2019\nDO  - 10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0\nER  - \n");
  REQUIRE(p.records.size() == 3);
  CHECK(p.records[0].doi == "10.1016/j.jad.2019.01.001");
  CHECK(said(p, "PubMed's ' [doi]' after it removed") == 1);
  CHECK(p.records[1].doi == "10.1016/j.jad.2019.01.004");
  CHECK(said(p, "DO holds 2 DOIs: the first, 10.1016/j.jad.2019.01.004, is the work's") == 1);
  CHECK(p.records[2].doi == "10.1002/(sici)1097-4571(199806)49:8<693::aid-asi4>3.0.co;2-0");  // a SICI's ';' stays
  CHECK(normalize_doi("10.1/abc;10.1234/def") == std::nullopt);
  CHECK(normalize_doi("10.1000/xyz [DOI]") == some("10.1000/xyz"));
  CHECK(normalize_doi("10.1000/xyz [pii]") == std::nullopt);
  CHECK(find_doi("see 10.1016/j.jad.2019.01.004;10.1016/j.jad.2019.01.005 for both") == some("10.1016/j.jad.2019.01.004"));
}

// A RIS date's fourth part naming another year than its first part
// (CiteSource's Criminal Justice Abstracts file: "Y1 - 2007/08//2014 Sep",
// an article of September 2014) was read as 2007-08 without a word, the
// other year kept only as the date's text.  Now said; an e-publication's
// date there ("2014///Epub 2013 Dec 2") is no conflict.
TEST_CASE("RIS: a date whose fourth part names another year is said", "[lead61]") {
  Parsed p = parse_string(
      "TY  - JOUR\nTI  - A\nAU  - Smith, J\nY1  - 2007/08//2014 Sep\nER  - \n\n"
      "TY  - JOUR\nTI  - B\nAU  - Smith, J\nDA  - 2014///Epub 2013 Dec 2\nER  - \n\n"
      "TY  - JOUR\nTI  - C\nAU  - Smith, J\nPY  - 2010/09//2010 Sep-Oct\nER  - \n\n"
      "TY  - JOUR\nTI  - D\nAU  - Smith, J\nPY  - 2014/09//Fall\nER  - \n");
  REQUIRE(p.records.size() == 4);
  CHECK(p.records[0].issued.year == 2007);
  CHECK(said(p, "Y1 2007/08//2014 Sep: its fourth part names the year 2014, its first 2007") == 1);
  CHECK(said(p, "fourth part names the year") == 1);
}

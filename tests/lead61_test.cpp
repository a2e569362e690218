// lead61: the DOI scanner reads a publisher's page address with the one
// url_host (include/refnet/url_host.hpp) that review.cpp and the BibTeX
// reader use; src/doi.cpp had a third, file-local copy that also took a
// bare "www." address and a scheme anywhere in the token ("URL:https://").
// These pin what the scanner reads from such addresses.
#include <catch2/catch.hpp>

#include <optional>
#include <string>

#include "refnet/doi.hpp"
#include "refnet/url_host.hpp"

using namespace refnet;

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

// Reference parser, session 67 (issue 16): rules after the model.  The references are written for the test in the
// shapes met in reference lists of public READMEs and papers' pages (NLM-style web references to a data provider,
// NCBI's homepages), which state no licence: measured, never copied.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "refnet/record.hpp"
#include "refnet/refparse.hpp"
#include "refnet/refparse_kept.hpp"

using namespace refnet;

namespace {

std::string first_author(const Record& r) {
  if (r.authors.empty()) return "";
  return r.authors[0].is_literal() ? r.authors[0].literal : r.authors[0].family;
}

}  // namespace

// A data provider named before its title, whose link names it ("Natural Earth. … https://www.naturalearthdata.com"):
// an organisation, not a person "Earth, Natural".  A person's own site ("Paul Graham. … paulgraham.com") stays a
// person: the first word a known given name.
TEST_CASE("parser67: an author's words that name the reference's link are an organisation", "[refparse][parser67]") {
  struct Case {
    const char* reference;
    const char* literal;  // "" for a person
    const char* family;
  };
  const Case cases[] = {
      {"[12] Natural Earth. Admin 1 - states, provinces, 1:10 m cultural vectors [Internet]. [cited 2024 Aug 30]. "
       "Available from: https://www.naturalearthdata.com",
       "Natural Earth", ""},
      {"Natural Earth, 2022. Admin 0 - Countries. https://www.naturalearthdata.com/", "Natural Earth", ""},
      {"Paul Graham. How to start a startup. 2005. http://www.paulgraham.com/start.html", "", "Graham"},
      // Two words that are the whole host's name: as often a person's own site (EXCITE's Danish politician).
      {"Mette Frederiksen, 2003: http://www.mettefrederiksen.dk/statsminister.htm (Stand Dezember 2003).", "",
       "Frederiksen"},
      // A newspaper and a round table (EXCITE), their hosts more than the name.
      {"El Comercio: http://www.elcomercioperu.com.pe", "El Comercio", ""},
  };
  for (const Case& c : cases) {
    INFO(c.reference);
    Record r = parse_reference(c.reference);
    REQUIRE(r.authors.size() == 1);
    CHECK(r.authors[0].literal == c.literal);
    CHECK(r.authors[0].family == c.family);
  }
}

// audit54 (issue #11): one search exported by many databases and tools
// (asreview/citation-file-formatting, CC0) compared field by field, DOI by
// DOI: a field that differs where the sources do not is a bug in a reader.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "refnet/names.hpp"
#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {
const Record* by_doi(const Parsed& p, const std::string& doi) {
  for (const Record& r : p.records)
    if (r.doi == doi) return &r;
  return nullptr;
}
}  // namespace

// Lens.org writes its names given first as the authors typed them, some in
// lower case: "karlijn Gabriels; ...; Jessica maat" (its TSV and CSV), which
// its RIS of the same records writes "Gabriels, karlijn" and "maat,
// Jessica".  A lower-case word was no name word, so the two were read as
// organisations (literal "karlijn Gabriels", cited as such, keyed
// "karlijngabriels2015").
TEST_CASE("Lens: a given-first name with a word in lower case is a person, as the same search's RIS says",
          "[audit54]") {
  Parsed ris = parse_file(fixture("corpora/citation-file-formatting__lens.ris"));
  Parsed tsv = parse_file(fixture("corpora/citation-file-formatting__lens.tsv"));
  REQUIRE(ris.records.size() == 100);
  REQUIRE(tsv.records.size() == 100);
  const Record* a = by_doi(ris, "10.16966/2470-0983.102");
  const Record* b = by_doi(tsv, "10.16966/2470-0983.102");
  REQUIRE(a != nullptr);
  REQUIRE(b != nullptr);
  REQUIRE(a->authors.size() == 4);
  REQUIRE(b->authors.size() == 4);
  for (std::size_t i : {0u, 2u}) {
    INFO(b->authors[i].display());
    CHECK(b->authors[i].literal.empty());
    CHECK(b->authors[i].family == a->authors[i].family);
    CHECK(b->authors[i].given == a->authors[i].given);
  }
  // No creator of the TSV is an organisation where the RIS has a person.
  std::size_t compared = 0, organisations = 0;
  for (const Record& r : ris.records) {
    const Record* t = by_doi(tsv, r.doi);
    if (r.doi.empty() || t == nullptr || t->authors.size() != r.authors.size()) continue;
    for (std::size_t i = 0; i < r.authors.size(); ++i, ++compared)
      organisations += r.authors[i].literal.empty() && !t->authors[i].literal.empty();
  }
  CHECK(compared > 500);
  CHECK(organisations == 0);
}

TEST_CASE("names: lower-case given-first names, particles and all; words of organisations stay one", "[audit54]") {
  Creator c = parse_given_first_name("maria de la cruz");
  CHECK(c.literal.empty());
  CHECK(c.given == "maria");
  CHECK(c.particle == "de la");
  CHECK(c.family == "cruz");
  c = parse_ris_name("jan van den berg");
  CHECK(c.given == "jan");
  CHECK(c.particle == "van den");
  CHECK(c.family == "berg");
  c = parse_given_first_name("Marco d\u2019Errico");  // a typographic apostrophe's elision
  CHECK(c.family == "d\u2019Errico");
  CHECK(c.given == "Marco");
  // Lower case alone makes no person of an organisation or a placeholder.
  CHECK(parse_given_first_name("university of oxford").literal == "university of oxford");
  CHECK(parse_given_first_name("ministry of health").literal == "ministry of health");
  CHECK(!parse_ris_name("not available").literal.empty());
  CHECK(!parse_ris_name("unknown author").literal.empty());
}

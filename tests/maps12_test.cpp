// Keyword maps of a small set (task maps12): a keyword of one work only links
// that work's own keywords, so, unless told, a keyword map keeps the keywords
// of at least one work in 30 of those with keywords (2 to 10), as term maps do.
#include <catch2/catch.hpp>
#include <algorithm>
#include "refnet/network.hpp"
#include "refnet/network_build.hpp"
#include "refnet/network_maps.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

// The Scopus CSV and the WoS savedrecs of the new-user pass, as a keyword map
// reads them.
std::vector<NetworkDoc> scopus_and_wos_keywords() {
  std::vector<NetworkDoc> docs;
  for (const char* f : {"corpora/poultrybibliometric__scopus.csv", "corpora/decolonizing-expertise__savedrecs.txt"})
    for (auto& r : parse_file(fixture(f)).records)
      docs.push_back(network_doc(std::int64_t(docs.size() + 1), r, NetworkDocParts::for_type("keywords")));
  return docs;
}

}  // namespace

TEST_CASE("keyword map of a small real set: keywords of one work are no nodes; the description says so", "[maps12]") {
  auto docs = scopus_and_wos_keywords();
  REQUIRE(docs.size() == 119);
  auto works_with = [&](KeywordField f) {
    return std::size_t(std::count_if(docs.begin(), docs.end(), [f](const NetworkDoc& d) {
      return (f != KeywordField::index && !d.author_keywords.empty()) ||
             (f != KeywordField::author && !d.index_keywords.empty());
    }));
  };
  REQUIRE(works_with(KeywordField::author) == 75);
  REQUIRE(works_with(KeywordField::index) == 93);
  REQUIRE(works_with(KeywordField::both) == 107);

  NetworkOptions o;
  o.type = "keywords";
  o.max_nodes = 1000;  // as the command line
  Network all = build_keywords(docs, o);
  CHECK(all.min_occurrences == 1);
  CHECK(all.nodes.size() == 376);  // 341 of them in one work only (377 before spelling_joins)
  o.scaled_min_occurrences = true;
  Network n = build_keywords(docs, o);
  // 1 in 30 of 75 works is 3, which keeps 6 keywords: lowered to 2 (35).
  CHECK(term_min_occurrences(75) == 3);
  CHECK(n.min_occurrences == 2);
  CHECK(n.nodes.size() == 35);
  for (const auto& v : n.nodes) {
    INFO(v.label);
    CHECK(v.occurrences >= 2);
  }
  CHECK(n.description.find("; 341 keywords of fewer than 2 works left out (the minimum: 1 in 30 of the 75 works with "
                           "keywords, from 2 to VOSviewer's 10, lowered from 3 to keep 50 keywords)") != std::string::npos);

  // Author and index keywords: 1 in 30 of 107 is 4 (32 keywords), lowered to
  // 3 (60); the works with either kind count.
  o.field = KeywordField::both;
  Network both = build_keywords(docs, o);
  CHECK(both.min_occurrences == 3);
  // 60 (59 before spelling_joins): Scopus's index keyword Animals (22 works, by python's count of the
  // CSV) is a check tag, left out (maps42).
  CHECK(both.nodes.size() == 60);
  REQUIRE(!both.check_tags.empty());
  CHECK(both.check_tags[0].label == "Animals");
  CHECK(both.check_tags[0].works == 22);
  CHECK(both.description.find("1 in 30 of the 107 works with keywords, from 2 to VOSviewer's 10, lowered from 4") !=
        std::string::npos);

  // A minimum given is kept (--min-occurrences 1): nothing said about a cut.
  o.field = KeywordField::author;
  o.scaled_min_occurrences = false;
  o.min_occurrences = 1;
  o.max_nodes = 0;
  Network one = build_keywords(docs, o);
  CHECK(one.nodes.size() == 376);
  CHECK(one.description.find("left out") == std::string::npos);
}

// One node per real entity in the co-authorship, institution and keyword
// maps (issue 11, newuser34's findings 13 and 17): Web of Science's
// abbreviated addresses and transliterated names beside Scopus's full ones.
// The names are those of the crossdb libraries a bibliometrician mapped
// (/work/dd27-data/crossdb: abhikumar__wos.bib + abhikumar__scopus.bib,
// npmoran-included WoS + Scopus), each noted where it came from.
#include <algorithm>

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "refnet/network_build.hpp"
#include "refnet/network_maps.hpp"
#include "support.hpp"

using namespace refnet;
using refnet::test::fixture;
using refnet::test::run_refnet;
using refnet::test::TempDir;

namespace {

// A work with these items in one of its lists (authors, institutions).
NetworkDoc doc_with(std::vector<std::string> NetworkDoc::*list, std::int64_t id, std::vector<std::string> items) {
  NetworkDoc d;
  d.id = id;
  d.year = 2015;
  d.*list = std::move(items);
  return d;
}

NetworkDoc authors_doc(std::int64_t id, std::vector<std::string> authors) {
  return doc_with(&NetworkDoc::authors, id, std::move(authors));
}

NetworkDoc institutions_doc(std::int64_t id, std::vector<std::string> institutions) {
  return doc_with(&NetworkDoc::institutions, id, std::move(institutions));
}

std::vector<std::string> labels(const Network& n) {
  std::vector<std::string> out;
  for (const auto& v : n.nodes) out.push_back(v.label);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

// abhikumar: WoS writes `Sjoegersten S` (papers 44 and 111), Scopus
// `Sjogersten S` (paper 14); both with Hoyos-Santillan J and Lomax BH.
// npmoran: WoS `Schuelke O`, Scopus `Schülke O`.
TEST_CASE("coauthor map: a German transliteration of a name is the same author when the data says so", "[maps]") {
  NetworkOptions o;
  o.type = "coauthor";
  std::vector<NetworkDoc> docs = {authors_doc(44, {"Hoyos-Santillan J", "Lomax BH", "Sjoegersten S"}),
                                  authors_doc(111, {"Cheesman AW", "Black CR", "Sjoegersten S"}),
                                  authors_doc(14, {"Hoyos-Santillan J", "Lomax BH", "Boom A", "Sjogersten S"})};
  Network n = build_coauthor(docs, o);
  CHECK(labels(n) == std::vector<std::string>{"Black CR", "Boom A", "Cheesman AW", "Hoyos-Santillan J", "Lomax BH",
                                              "Sjoegersten S"});
  // An umlaut written by one source is enough: npmoran's Schuelke O / Schülke O.
  docs = {authors_doc(1, {"Ostner J", "Schuelke O"}), authors_doc(2, {"Schülke O", "Kalbitz J"})};
  n = build_coauthor(docs, o);
  CHECK(labels(n).size() == 3);

  // Kept apart: no umlaut and no co-author in common; two authors of one
  // paper; `Yu`/`Yue`, `Do`/`Doe` are no transliterations.
  docs = {authors_doc(1, {"Mueller A", "Smith J"}), authors_doc(2, {"Muller A", "Jones K"})};
  CHECK(build_coauthor(docs, o).nodes.size() == 4);
  docs = {authors_doc(1, {"Mueller A", "Müller A", "Smith J"}), authors_doc(2, {"Muller A", "Smith J"})};
  CHECK(build_coauthor(docs, o).nodes.size() == 3);  // Müller A = Muller A, not Mueller A, their co-author
  docs = {authors_doc(1, {"Yu J", "Wang L"}), authors_doc(2, {"Yue J", "Wang L"}), authors_doc(3, {"Do T", "Wang L"}),
          authors_doc(4, {"Doe T", "Wang L"})};
  CHECK(build_coauthor(docs, o).nodes.size() == 5);
}

// abhikumar: WoS `Trumbore SE`, Scopus `Trumbore S`; `Liu J` beside `Liu JX`
// and `Liu JF` is any of them.
TEST_CASE("coauthor map: initials one source shortens are one author with a co-author in common", "[maps]") {
  NetworkOptions o;
  o.type = "coauthor";
  std::vector<NetworkDoc> docs = {authors_doc(1, {"Trumbore SE", "Schuur EAG"}),
                                  authors_doc(2, {"Trumbore S", "Schuur EAG", "Wieder WR"})};
  Network n = build_coauthor(docs, o);
  CHECK(labels(n) == std::vector<std::string>{"Schuur EAG", "Trumbore SE", "Wieder WR"});
  docs = {authors_doc(1, {"Liu JX", "Zhou GY"}), authors_doc(2, {"Liu JF", "Zhou GY"}),
          authors_doc(3, {"Liu J", "Zhou GY"})};
  CHECK(build_coauthor(docs, o).nodes.size() == 4);
  docs = {authors_doc(1, {"Keller AB", "Cleveland CC"}), authors_doc(2, {"Keller A", "Reed SC"})};
  CHECK(build_coauthor(docs, o).nodes.size() == 4);  // nothing in common: two nodes
}

// abhikumar's institution map: 357 nodes, among them `Univ Minnesota` (WoS C1)
// and `University of Minnesota` (Scopus), `Swedish Univ Agr Sci`, `Univ
// Goettingen`, `Univ Gottingen`, `University of Gottingen`, `Zhejiang A&F
// Univ` and `Zhejiang A and F University`, `Univ Nacl Colombia` and
// `Universidad Nacional de Colombia`.
TEST_CASE("institution map: WoS's abbreviated addresses and the full names are one institution", "[maps]") {
  NetworkOptions o;
  o.type = "institutions";
  std::vector<NetworkDoc> docs = {
      institutions_doc(1, {"Univ Minnesota", "Swedish Univ Agr Sci", "Univ Goettingen"}),
      institutions_doc(2, {"University of Minnesota", "Swedish University of Agricultural Sciences"}),
      institutions_doc(3, {"University of Gottingen", "Zhejiang A&F Univ", "Univ Nacl Colombia"}),
      institutions_doc(4, {"Univ Gottingen", "Zhejiang A and F University", "Universidad Nacional de Colombia"}),
      institutions_doc(5, {"Georg-August University Göttingen", "Chinese Academy of Sciences"}),
      institutions_doc(6, {"Chinese Acad Sci", "Univ Chinese Acad Sci"}),
      institutions_doc(7, {"University of Chinese Academy of Sciences", "Louisiana State University"}),
      institutions_doc(8, {"Louisiana State Univ", "Nanjing Forestry Univ", "Nanjing Forestry University"})};
  Network n = build_network(docs, o);
  CHECK(n.nodes.size() == 10);
  auto node_of = [&](const std::string& label) -> const NetworkNode* {
    for (const auto& v : n.nodes)
      if (v.label == label) return &v;
    return nullptr;
  };
  // Each label the most frequent spelling, the fuller on a tie.
  for (const char* label : {"University of Minnesota", "Swedish University of Agricultural Sciences",
                            "Universidad Nacional de Colombia", "Zhejiang A and F University",
                            "Chinese Academy of Sciences", "University of Chinese Academy of Sciences",
                            "Louisiana State University", "Georg-August University Göttingen", "Nanjing Forestry Univ"}) {
    INFO(label);
    CHECK(node_of(label) != nullptr);
  }
  const NetworkNode* gottingen = node_of("University of Gottingen");
  REQUIRE(gottingen);
  CHECK(gottingen->occurrences == 3);  // Univ Goettingen, University of Gottingen, Univ Gottingen

  // Kept apart: names whose words only start alike (abhikumar, npmoran).
  docs = {institutions_doc(1, {"Univ Marburg", "Univ Antwerp", "Univ Leicester", "Univ Sheffield", "Nanjing Univ"}),
          institutions_doc(2, {"Univ Maryland", "Univ Antilles", "University of Leipzig", "Univ Sherbrooke",
                               "Nanchang University", "Queens Univ Belfast", "Queen Mary Univ London"})};
  CHECK(build_network(docs, o).nodes.size() == 12);
}

// newuser34's finding 17: WoS's Keywords Plus and sources in capitals
// (`SOIL BIOLOGY & BIOCHEMISTRY`, `LITTER DECOMPOSITION`) labelled a node
// though Scopus wrote the same in mixed case.
TEST_CASE("maps: a node's label is a spelling in mixed case when any work writes one", "[maps]") {
  NetworkOptions o;
  o.type = "keywords";
  o.field = KeywordField::index;
  std::vector<NetworkDoc> docs(3);
  for (std::size_t i = 0; i < docs.size(); ++i) docs[i].id = std::int64_t(i + 1);
  docs[0].index_keywords = {"LITTER DECOMPOSITION", "NITROGEN", "DNA"};
  docs[1].index_keywords = {"LITTER DECOMPOSITION", "NITROGEN", "DNA"};
  docs[2].index_keywords = {"Litter decomposition", "nitrogen", "dna"};
  Network n = build_network(docs, o);
  // Two words in capitals give way; one word may be an acronym: the most
  // frequent spelling stays.
  CHECK(labels(n) == std::vector<std::string>{"DNA", "Litter decomposition", "NITROGEN"});
  // Author keywords are the authors' own: one in capitals (pybibx's `ELECTRE
  // TRI`, 98 times) is labelled as most works write it.
  o.field = KeywordField::author;
  for (auto& d : docs) d.author_keywords = std::move(d.index_keywords);
  CHECK(labels(build_network(docs, o)) == std::vector<std::string>{"DNA", "LITTER DECOMPOSITION", "NITROGEN"});
  o.type = "institutions";
  docs = {institutions_doc(1, {"UNIV AMSTERDAM"}), institutions_doc(2, {"UNIV AMSTERDAM"}),
          institutions_doc(3, {"University of Amsterdam"})};
  CHECK(labels(build_network(docs, o)) == std::vector<std::string>{"University of Amsterdam"});
}

// newuser34's finding 17: `refnet stats` on abhikumar's WoS+Scopus library
// listed "11 SOIL BIOLOGY & BIOCHEMISTRY" and "5 Soil Biology and
// Biochemistry" as two journals, the first spelling met naming each.  One
// journal (`&` is `and`), named in mixed case when a work writes it so.
TEST_CASE("refnet stats: one journal whatever its case and '&', named in mixed case", "[maps]") {
  TempDir tmp;
  std::string lib = tmp / "lib.sqlite";
  for (const char* f : {"network/journal_case/abhikumar_wos.bib", "network/journal_case/abhikumar_scopus.bib"})
    REQUIRE(run_refnet("import --quiet --library '" + lib + "' '" + fixture(f) + "'").status == 0);
  auto r = run_refnet("stats --json --library '" + lib + "'");
  REQUIRE(r.status == 0);
  auto j = nlohmann::json::parse(r.out);
  CHECK(j["works"] == 3);  // Zhang 2020 is in both files
  CHECK(j["top_containers"] == nlohmann::json::parse(R"([["Soil Biology and Biochemistry",2],["Plant and Soil",1]])"));
}

// Networks: how references are matched, how terms are folded, counted and
// normalized, and what the networks of real and generated corpora hold.
#include <dlfcn.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include <catch2/catch.hpp>

#include "refnet/network_build.hpp"
#include "refnet/store.hpp"
#include "graph_networks.hpp"
#include "support.hpp"

using namespace refnet;
using refnet::test::keywords_doc;
using refnet::test::fixture;
using refnet::test::parse_file;
using refnet::test::TempDir;

namespace {

std::vector<NetworkDoc> docs_of(const std::vector<Record>& records, std::int64_t first_id = 1) {
  std::vector<NetworkDoc> docs;
  for (std::size_t i = 0; i < records.size(); ++i) docs.push_back(network_doc(first_id + std::int64_t(i), records[i]));
  return docs;
}

const NetworkNode* node(const Network& n, const std::string& id) {
  for (const auto& x : n.nodes)
    if (x.id == id) return &x;
  return nullptr;
}

const NetworkLink* link(const Network& n, const std::string& a, const std::string& b) {
  for (const auto& l : n.links) {
    const auto &s = n.nodes[l.source].id, &t = n.nodes[l.target].id;
    if ((s == a && t == b) || (!n.directed && s == b && t == a)) return &l;
  }
  return nullptr;
}

Reference ref(std::string author, std::string year, std::string volume, std::string page, std::string title = {},
              std::string doi = {}) {
  Reference r;
  r.author = std::move(author);
  r.year = std::move(year);
  r.volume = std::move(volume);
  r.first_page = std::move(page);
  r.title = std::move(title);
  r.doi = std::move(doi);
  r.raw = r.author + ", " + r.year;
  return r;
}

}  // namespace

TEST_CASE("a reference matches a work by DOI, else author/initial/year/volume/page, else year and title",
          "[network]") {
  auto p = parse_file(fixture("network/matching.bib"));
  REQUIRE(p.records.size() == 5);
  auto docs = docs_of(p.records);
  CitationReport rep;
  NetworkOptions o;
  o.type = "citation";
  Network n = build_citation(docs, o, &rep);
  CHECK(n.directed);
  CHECK(n.nodes.size() == 5);
  // Knox2019 cites Kassen2013 by DOI (in upper case), Janenova2017 by
  // "Janenova S, 2017, CENT ASIAN SURV, V36, P45" (no DOI) and itself;
  // Kassen2018 cites Kassen2013 by DOI and Knox2019 by year and title (other
  // case, other pages).
  CHECK(rep.references == 8);
  CHECK(rep.by_doi == 2);
  CHECK(rep.by_key == 1);
  CHECK(rep.by_title == 1);
  CHECK(rep.self == 1);
  // "Janenova A" has the wrong initial; "Kassen, M. ... (2013) ..., 99" the
  // wrong volume and a shorter title; "Janenova, A., Public sector reform" matches nothing.
  CHECK(rep.unmatched == 3);
  REQUIRE(rep.unmatched_sample.size() == 3);
  CHECK(rep.unmatched_sample[0] == "Janenova A, 2017, CENT ASIAN SURV, V36, P45.");
  CHECK(link(n, "w1", "w2"));  // Knox -> Kassen 2013
  CHECK(link(n, "w1", "w3"));  // Knox -> Janenova
  CHECK(link(n, "w4", "w1"));  // Kassen 2018 -> Knox, by title
  CHECK(link(n, "w4", "w2"));
  CHECK_FALSE(link(n, "w2", "w1"));
  CHECK_FALSE(link(n, "w1", "w1"));
  CHECK(n.links.size() == 4);
  CHECK(node(n, "w2")->local_citations == 2);
  CHECK(node(n, "w2")->label == "Kassen (2013)");
  CHECK(node(n, "w1")->label == "Knox & Janenova (2019)");  // two authors, as `list` names them
  CHECK(node(n, "w1")->global_citations == 12);  // WoS Times-Cited
  CHECK(node(n, "w4")->global_citations == 3);   // Scopus "cited By 3"
  CHECK(n.links[0].documents == std::vector<std::int64_t>{1});
}

TEST_CASE("--include-external adds cited works absent from the library, grouped by DOI or raw string", "[network]") {
  std::vector<NetworkDoc> docs(3);
  for (int i = 0; i < 3; ++i) docs[i].id = i + 1, docs[i].year = 2020;
  docs[0].references = {ref("Smith J", "2001", "3", "1", "", "10.9/X"), ref("Lone A", "1999", "1", "2")};
  docs[1].references = {ref("Smith J", "2001", "3", "1", "", "https://doi.org/10.9/x"), ref("Lone A", "1999", "1", "2")};
  docs[1].references[0].doi = "10.9/x";
  docs[2].references = {ref("Smith J", "2001", "3", "1", "", "10.9/x")};
  NetworkOptions o;
  o.type = "citation";
  o.include_external = 3;
  Network n = build_citation(docs, o);
  REQUIRE(n.nodes.size() == 4);
  const NetworkNode* x = node(n, "x:10.9/x");
  REQUIRE(x);
  CHECK(x->kind == "external");
  CHECK(x->local_citations == 3);
  CHECK(x->label == "Smith (2001)");  // the family name alone, as the other labels
  o.include_external = 2;
  n = build_citation(docs, o);
  CHECK(n.nodes.size() == 5);  // "Lone A, 1999" is cited twice
  CHECK(node(n, "x:lone a 1999"));
}

TEST_CASE("keyword folding: case, punctuation and simple plurals merge; the most frequent spelling labels the node",
          "[network]") {
  std::vector<NetworkDoc> docs = {
      keywords_doc(1, {"E-Government", "Networks", "Policies"}), keywords_doc(2, {"e-government", "network", "policy"}),
      keywords_doc(3, {"e government", "network", "Policy"}), keywords_doc(4, {"eGovernment", "analysis"})};
  NetworkOptions o;
  Network n = build_keywords(docs, o);
  const NetworkNode* eg = node(n, "k:e government");
  REQUIRE(eg);
  // "eGovernment" is the same word run together (spelling_joins): 4 works.
  CHECK(eg->occurrences == 4);
  CHECK(eg->label == "E-Government");  // one each: the first spelling in byte order
  CHECK_FALSE(node(n, "k:egovernment"));
  const NetworkNode* net = node(n, "k:network");
  REQUIRE(net);
  CHECK(net->occurrences == 3);
  CHECK(net->label == "network");
  CHECK_FALSE(node(n, "k:networks"));
  REQUIRE(node(n, "k:policy"));
  CHECK(node(n, "k:policy")->occurrences == 3);
  CHECK_FALSE(node(n, "k:policies"));
  CHECK_FALSE(node(n, "k:analysi"));
  CHECK(node(n, "k:analysis"));
  CHECK(n.nodes.size() == 4);
  // "analysis" stays: a word ending in -is is not a plural.
  CHECK(node(n, "k:e government")->avg_year == 2020);
}

TEST_CASE("a spelling counts once per document, as first written there; spaces around a term do not count",
          "[network]") {
  // Doc 1 writes "Network" then "network": one occurrence, spelled "Network".
  std::vector<NetworkDoc> docs = {keywords_doc(1, {"Network", "network", " Trust "}), keywords_doc(2, {"network", "trust", "Trust"}),
                                  keywords_doc(3, {"Trust  ", "Network"}), keywords_doc(4, {"", "  ", "trust"})};
  Network n = build_keywords(docs, NetworkOptions{});
  REQUIRE(n.nodes.size() == 2);
  const NetworkNode* net = node(n, "k:network");
  REQUIRE(net);
  CHECK(net->occurrences == 3);
  CHECK(net->label == "Network");  // 2 documents, "network" 1
  const NetworkNode* trust = node(n, "k:trust");
  REQUIRE(trust);
  CHECK(trust->occurrences == 4);
  CHECK(trust->label == "Trust");  // " Trust " and "Trust  " are "Trust": 2, "trust" 2, "T" < "t"
  REQUIRE(link(n, "k:network", "k:trust"));
  CHECK(link(n, "k:network", "k:trust")->raw_weight == 3);
}

TEST_CASE("a thesaurus may map several terms to one spelling, and drop others", "[network]") {
  Thesaurus t = Thesaurus::parse("label\treplace by\nnets\tnetwork\nnetworking\tnetwork\nsurvey\t\n");
  std::vector<NetworkDoc> docs = {keywords_doc(1, {"nets", "Networking", "survey", "trust"}), keywords_doc(2, {"NETS", "network", "trust"}),
                                  keywords_doc(3, {"Survey", "trust"})};
  NetworkOptions o;
  o.thesaurus = &t;
  Network n = build_keywords(docs, o);
  REQUIRE(n.nodes.size() == 2);
  REQUIRE(node(n, "k:network"));
  CHECK(node(n, "k:network")->occurrences == 2);
  CHECK(node(n, "k:network")->label == "network");
  CHECK(node(n, "k:trust")->occurrences == 3);
  CHECK_FALSE(node(n, "k:survey"));
  REQUIRE(link(n, "k:network", "k:trust"));
  CHECK(link(n, "k:network", "k:trust")->raw_weight == 2);
}

TEST_CASE("each network type reads only the parts of a record it needs, and makes the same network from them",
          "[network]") {
  auto keywords = NetworkDocParts::for_type("keywords");
  CHECK(keywords.keywords);
  CHECK_FALSE(keywords.references);
  CHECK_FALSE(keywords.authors);
  CHECK_FALSE(keywords.works);
  RecordParts rp = keywords.record_parts();
  CHECK_FALSE(rp.references);
  CHECK_FALSE(rp.abstract);
  CHECK_FALSE(rp.creators);
  CHECK(rp.extra);  // Scopus author_keywords, WoS keywords-plus
  rp = NetworkDocParts::for_type("coauthor").record_parts();
  CHECK(rp.creators);
  CHECK_FALSE(rp.references);
  CHECK(rp.extra);  // times cited: the citations overlay of every map
  for (const char* type : {"citation", "cocitation", "coupling"}) {
    auto parts = NetworkDocParts::for_type(type);
    CHECK(parts.works);
    rp = parts.record_parts();
    CHECK(rp.references);
    CHECK(rp.creators);  // the first author labels a work and matches references
    CHECK(rp.extra);     // times cited
    CHECK_FALSE(rp.abstract);
  }

  // WoS: keywords-plus as index keywords, Times-Cited; Scopus BibTeX: author_keywords.
  TempDir tmp;
  Library lib(tmp / "lib.sqlite");
  {
    Library::Transaction tx(lib);
    int i = 0;
    for (const char* f : {"corpora/pybibx__wos.bib", "corpora/pybibx__scopus.bib"})
      for (auto r : parse_file(fixture(f)).records) {
        r.citekey = "k" + std::to_string(++i);  // the files share keys
        lib.add(r);
      }
    tx.commit();
  }
  auto all = load_network_docs(lib, Query{});
  REQUIRE(all.size() > 236);
  auto same = [](const Network& a, const Network& b) {
    REQUIRE(a.nodes.size() == b.nodes.size());
    REQUIRE(a.links.size() == b.links.size());
    for (std::size_t i = 0; i < a.nodes.size(); ++i) {
      CHECK(a.nodes[i].id == b.nodes[i].id);
      CHECK(a.nodes[i].label == b.nodes[i].label);
      CHECK(a.nodes[i].occurrences == b.nodes[i].occurrences);
      CHECK(a.nodes[i].avg_year == b.nodes[i].avg_year);
      CHECK(a.nodes[i].global_citations == b.nodes[i].global_citations);
      CHECK(a.nodes[i].avg_citations == b.nodes[i].avg_citations);
      CHECK(a.nodes[i].local_citations == b.nodes[i].local_citations);
    }
    for (std::size_t i = 0; i < a.links.size(); ++i) {
      CHECK(a.links[i].source == b.links[i].source);
      CHECK(a.links[i].target == b.links[i].target);
      CHECK(a.links[i].raw_weight == b.links[i].raw_weight);
      CHECK(a.links[i].documents == b.links[i].documents);
    }
  };
  for (const char* type : {"keywords", "coauthor", "citation", "cocitation", "coupling"}) {
    INFO(type);
    NetworkOptions o;
    o.type = type;
    o.field = KeywordField::both;
    auto sliced = load_network_docs(lib, Query{}, NetworkDocParts::for_type(type));
    REQUIRE(sliced.size() == all.size());
    Network a = build_network(all, o), b = build_network(sliced, o);
    CHECK(a.nodes.size() > 10);
    same(a, b);
  }
  // The slices hold what was asked for and nothing more.
  auto kw = load_network_docs(lib, Query{}, NetworkDocParts::for_type("keywords"));
  CHECK(std::any_of(kw.begin(), kw.end(), [](const NetworkDoc& d) { return !d.index_keywords.empty(); }));
  CHECK(std::all_of(kw.begin(), kw.end(), [](const NetworkDoc& d) {
    return d.references.empty() && d.authors.empty() && d.label.empty();
  }));
  // Citations are read for every map (the overlay's average citations per
  // node): WoS Times-Cited reaches the keyword nodes.
  CHECK(std::any_of(kw.begin(), kw.end(), [](const NetworkDoc& d) { return d.global_citations > 0; }));
  NetworkOptions ko;
  ko.field = KeywordField::both;
  Network kn = build_network(kw, ko);
  CHECK(std::any_of(kn.nodes.begin(), kn.nodes.end(), [](const NetworkNode& v) { return v.avg_citations > 0; }));
}

TEST_CASE("full and fractional counting, and every normalization on a worked example", "[network]") {
  // {a,b}, {a,b,c}, {a,c}: a-b 2, a-c 2, b-c 1; occurrences a 3, b 2, c 2;
  // total link strength a 4, b 3, c 3; m = 5.
  std::vector<NetworkDoc> docs = {keywords_doc(1, {"a", "b"}), keywords_doc(2, {"a", "b", "c"}), keywords_doc(3, {"a", "c"})};
  NetworkOptions o;
  Network n = build_keywords(docs, o);
  REQUIRE(n.links.size() == 3);
  CHECK(link(n, "k:a", "k:b")->raw_weight == 2);
  CHECK(link(n, "k:b", "k:c")->raw_weight == 1);
  CHECK(link(n, "k:a", "k:b")->documents == std::vector<std::int64_t>{1, 2});
  CHECK(link(n, "k:b", "k:c")->documents == std::vector<std::int64_t>{2});
  auto w = [&](Normalization how, const char* a, const char* b) {
    Network m = n;
    normalize_links(m, how);
    return link(m, a, b)->weight;
  };
  CHECK(w(Normalization::none, "k:a", "k:b") == 2);
  CHECK(w(Normalization::association, "k:a", "k:b") == Approx(2 / (4.0 * 3 / 10)));
  CHECK(w(Normalization::association, "k:b", "k:c") == Approx(1 / (3.0 * 3 / 10)));
  CHECK(w(Normalization::cosine, "k:a", "k:b") == Approx(2 / std::sqrt(6.0)));
  CHECK(w(Normalization::jaccard, "k:a", "k:b") == Approx(2.0 / 3));
  CHECK(w(Normalization::inclusion, "k:a", "k:b") == Approx(1));
  CHECK(w(Normalization::equivalence, "k:a", "k:b") == Approx(4.0 / 6));
  o.fractional = true;
  Network f = build_keywords(docs, o);
  CHECK(link(f, "k:a", "k:b")->raw_weight == Approx(1.5));  // 1 + 1/(3-1)
  CHECK(link(f, "k:b", "k:c")->raw_weight == Approx(0.5));
  // --top 2 keeps the two nodes of greatest total link strength: a and one of b, c.
  o.fractional = false;
  o.top = 2;
  Network t = build_keywords(docs, o);
  REQUIRE(t.nodes.size() == 2);
  CHECK(t.nodes[0].id == "k:a");
  CHECK(t.nodes[1].id == "k:b");  // b and c tie on strength and occurrences: node order
  o.top = 0;
  o.min_occurrences = 3;
  CHECK(build_keywords(docs, o).nodes.size() == 1);
  CHECK_THROWS_AS(parse_normalization("lsi"), NetworkError);
}

TEST_CASE("co-citation, bibliographic coupling and co-authorship on a small library", "[network]") {
  auto p = parse_file(fixture("network/matching.bib"));
  auto docs = docs_of(p.records);
  NetworkOptions o;
  o.type = "cocitation";
  Network cc = build_cocitation(docs, o);
  // Knox2019 cites works 2 and 3, Kassen2018 works 1 and 2.
  CHECK(cc.nodes.size() == 3);
  CHECK(cc.links.size() == 2);
  CHECK(link(cc, "w1", "w2"));
  REQUIRE(link(cc, "w2", "w3"));
  CHECK(link(cc, "w2", "w3")->raw_weight == 1);
  CHECK(link(cc, "w2", "w3")->documents == std::vector<std::int64_t>{1});
  // The description the pictures print: "at least once", not "1 times".
  CHECK(cc.description.find("co-citation network of works cited at least once, from ") == 0);
  o.over_references = true;
  Network ccr = build_cocitation(docs, o);
  CHECK(ccr.nodes.size() > cc.nodes.size());  // the unmatched references join as external items
  CHECK(node(ccr, "w2")->kind == "reference");

  o = NetworkOptions{};
  o.type = "coupling";
  Network cp = build_coupling(docs, o);
  // Knox2019 and Kassen2018 share two references: Kassen2013, and a work
  // outside the library that the first cites as "Janenova A, 2017, CENT
  // ASIAN SURV, V36, P45" and the second as "Janenova, A., Public sector
  // reform (2017) Central Asian Survey, 36, pp. 45-60" (one cited work:
  // tests/refmatch_test.cpp).  The documents behind a link are the shared
  // works of the library.
  REQUIRE(link(cp, "w1", "w4"));
  CHECK(link(cp, "w1", "w4")->raw_weight == 2);
  CHECK(link(cp, "w1", "w4")->documents == std::vector<std::int64_t>{2});
  CHECK(cp.links.size() == 1);

  o = NetworkOptions{};
  o.type = "coauthor";
  Network ca = build_coauthor(docs, o);
  // "Kassen, Maxat" and "Kassen, M." are one author.
  const NetworkNode* kassen = node(ca, "a:kassen m");
  REQUIRE(kassen);
  CHECK(kassen->occurrences == 3);
  CHECK(kassen->kind == "author");
  REQUIRE(link(ca, "a:knox c", "a:janenova s"));
  CHECK(link(ca, "a:knox c", "a:janenova s")->documents == std::vector<std::int64_t>{1, 3});
}

TEST_CASE("thesaurus in VOSviewer's format: replacement, dropping, header", "[network]") {
  Thesaurus t = Thesaurus::load(fixture("network/thesaurus_egov.txt"));
  CHECK(t.size() == 4);
  CHECK(t.lookup("Electronic Government") == std::optional<std::string>("e-government"));
  CHECK(t.lookup("ELECTRONIC-GOVERNMENT") == std::optional<std::string>("e-government"));
  CHECK(t.lookup("government blogs") == std::optional<std::string>(""));
  CHECK_FALSE(t.lookup("label"));
  CHECK_FALSE(t.lookup("public dialogue"));
  CHECK_THROWS_AS(Thesaurus::load(fixture("network/no-such-file.txt")), NetworkError);
}

TEST_CASE("the seed page and the e-government records: variants merge by thesaurus", "[network]") {
  // The seed page holds the same article as BibTeX and as RIS.
  std::vector<Record> records = parse_file(fixture("seeds/000_df640892cd32ce65.txt")).records;
  REQUIRE(records.size() == 2);
  CHECK(records[0].keywords.size() == 7);
  CHECK(records[0].keywords[3] == "Kazakhstan");
  auto more = parse_file(fixture("network/egov.ris")).records;
  REQUIRE(more.size() == 5);
  records.insert(records.end(), more.begin(), more.end());
  auto docs = docs_of(records);
  NetworkOptions o;
  o.normalization = Normalization::association;
  Network plain = build_keywords(docs, o);
  REQUIRE(node(plain, "k:e government"));
  REQUIRE(node(plain, "k:electronic government"));
  // "E-government", "e-Governments" and "eGovernment" (spelling_joins: words run together).
  CHECK(node(plain, "k:e government")->occurrences == 3);
  CHECK(node(plain, "k:electronic government")->occurrences == 2);
  CHECK_FALSE(node(plain, "k:egovernment"));
  CHECK(node(plain, "k:government blogs"));
  // Kazakhstan: in both records of the seed and in three of the others.
  REQUIRE(node(plain, "k:kazakhstan"));
  CHECK(node(plain, "k:kazakhstan")->occurrences == 5);

  Thesaurus t = Thesaurus::load(fixture("network/thesaurus_egov.txt"));
  o.thesaurus = &t;
  Network merged = build_keywords(docs, o);
  const NetworkNode* eg = node(merged, "k:e government");
  REQUIRE(eg);
  CHECK(eg->occurrences == 4);  // four records, one with two variants
  CHECK(eg->label == "e-government");
  CHECK_FALSE(node(merged, "k:electronic government"));
  CHECK_FALSE(node(merged, "k:egovernment"));
  CHECK_FALSE(node(merged, "k:government blogs"));  // dropped by an empty replacement
  REQUIRE(link(merged, "k:e government", "k:kazakhstan"));
}

TEST_CASE("co-citation of references: two different references never share a label (2015a, 2015b)", "[network]") {
  // The pyBibX WoS export cites three different Kadzinski et al. (2015)
  // papers: 884 references gave 819 labels, and label-keyed readers merged them.
  auto p = parse_file(fixture("corpora/pybibx__wos.bib"));
  auto docs = docs_of(p.records);
  NetworkOptions o;
  o.type = "cocitation";
  o.over_references = true;
  o.min_occurrences = 2;
  for (const Network& n : {build_cocitation(docs, o), build_citation(docs, NetworkOptions{}), build_coupling(docs, o)}) {
    INFO(n.type);
    std::set<std::string> labels;
    for (const auto& v : n.nodes) labels.insert(v.label);
    CHECK(labels.size() == n.nodes.size());
  }
  Network cc = build_cocitation(docs, o);
  std::set<std::string> kadzinski;
  for (const auto& v : cc.nodes)
    if (v.label.rfind("Kadzinski", 0) == 0 && v.label.find("(2015") != std::string::npos) kadzinski.insert(v.label);
  // The one of two authors is "Kadzinski & Slowinski (2015)" (user67).
  CHECK(kadzinski == std::set<std::string>{"Kadzinski & Slowinski (2015)", "Kadzinski et al. (2015a)", "Kadzinski et al. (2015b)"});
}

TEST_CASE("a big vocabulary: the smallest minimum of occurrences that leaves at most max_nodes terms", "[network]") {
  // Term k<i> occurs in i documents (i = 1..6): 6 terms, 21 keyword uses.
  std::vector<NetworkDoc> docs(6);
  for (int d = 0; d < 6; ++d) {
    docs[d].id = d + 1;
    for (int i = 1; i <= 6; ++i)
      if (d < i) docs[d].author_keywords.push_back("k" + std::to_string(i));
  }
  NetworkOptions o;
  Network all = build_keywords(docs, o);
  CHECK(all.nodes.size() == 6);
  CHECK(all.min_occurrences == 1);
  CHECK(all.candidates == 6);
  o.max_nodes = 3;  // k4, k5, k6: at least 4 documents
  Network three = build_keywords(docs, o);
  CHECK(three.nodes.size() == 3);
  CHECK(three.min_occurrences == 4);
  CHECK(three.candidates == 6);
  CHECK(three.description.find("min occurrences 4 (chosen for at most 3 nodes)") != std::string::npos);
  o.max_nodes = 6;  // already few enough: nothing dropped, nothing said
  CHECK(build_keywords(docs, o).nodes.size() == 6);
  CHECK(build_keywords(docs, o).description.find("chosen") == std::string::npos);
  o.max_nodes = 3;
  o.min_occurrences = 5;  // a higher minimum than the one chosen is kept
  CHECK(build_keywords(docs, o).nodes.size() == 2);
}

TEST_CASE("a work with many keywords: its pairs are capped, its links left out and said, its terms still counted",
          "[network]") {
  // A generated record with 3,000 keywords would make 4,498,500 links (the
  // issue's 40,000 made 800 million, > 3.8 GB): over the cap of pairs per
  // work, its links are left out; the other works' links are all there.
  Record big;
  big.title = "Generated";
  for (int i = 0; i < 3000; ++i) big.keywords.push_back("term " + std::to_string(i));
  big.keywords.push_back("shared");
  Record small;
  small.title = "Small";
  small.keywords = {"shared", "term 1", "other"};
  std::vector<NetworkDoc> docs = docs_of({big, small}, 7);
  NetworkOptions o;
  REQUIRE(o.max_pairs_per_work == 1000000);  // the default: 1,414 terms in one work
  Network n = build_keywords(docs, o);
  CHECK(n.nodes.size() == 3002);  // every term still a node, counted in its documents
  CHECK(node(n, "k:shared")->occurrences == 2);
  CHECK(n.links.size() == 3);  // shared-term 1, shared-other, term 1-other: the small work's
  REQUIRE(link(n, "k:shared", "k:term 1"));
  CHECK(link(n, "k:shared", "k:term 1")->raw_weight == 1);
  REQUIRE(n.capped_works.size() == 1);
  CHECK(n.capped_works[0].work_id == 7);
  CHECK(n.capped_works[0].items == 3001);
  CHECK(n.capped_works[0].pairs == 3001u * 3000u / 2);
  // A higher cap takes the work's links (here 50 terms, 1,225 pairs).
  big.keywords.resize(50);
  docs = docs_of({big, small}, 7);
  o.max_pairs_per_work = 1224;
  Network capped = build_keywords(docs, o);
  CHECK(capped.links.size() == 3);
  REQUIRE(capped.capped_works.size() == 1);
  CHECK(capped.capped_works[0].pairs == 1225);
  o.max_pairs_per_work = 1225;
  Network whole = build_keywords(docs, o);
  CHECK(whole.links.size() == 1225 + 3);  // and the small work's three
  CHECK(whole.capped_works.empty());
  o.max_pairs_per_work = 0;  // 0: no cap
  CHECK(build_keywords(docs, o).links.size() == 1228);
}

TEST_CASE("analysis: same seed, same clusters and layout; clusters by size with labels", "[network]") {
  auto p = parse_file(fixture("corpora/pybibx__wos.bib"));
  auto docs = docs_of(p.records);
  NetworkOptions o;
  o.normalization = Normalization::association;
  o.min_occurrences = 2;
  Network a = build_keywords(docs, o);
  REQUIRE(a.nodes.size() > 50);
  Network b = a;
  AnalysisOptions opt;
  opt.normalized_weights = true;
  opt.seed = 7;
  analyse_network(a, opt);
  analyse_network(b, opt);
  REQUIRE(a.clusters.size() > 1);
  for (std::size_t i = 0; i < a.nodes.size(); ++i) {
    CHECK(a.nodes[i].cluster == b.nodes[i].cluster);
    CHECK(a.nodes[i].x == b.nodes[i].x);
    CHECK(a.nodes[i].y == b.nodes[i].y);
  }
  for (std::size_t c = 1; c < a.clusters.size(); ++c) CHECK(a.clusters[c - 1].size >= a.clusters[c].size);
  std::size_t total = 0;
  double pr = 0;
  for (const auto& c : a.clusters) {
    total += c.size;
    REQUIRE(!c.top_nodes.empty());
    CHECK(c.label == a.nodes[c.top_nodes[0]].label);
    CHECK(a.nodes[c.top_nodes[0]].cluster == c.id);
  }
  for (const auto& x : a.nodes) {
    pr += x.pagerank;
    CHECK(x.x >= -1.0);
    CHECK(x.x <= 1.0);
  }
  CHECK(total == a.nodes.size());
  CHECK(pr == Approx(1.0));
  // The ELECTRE literature's biggest keyword is its own name.
  const NetworkNode* electre = node(a, "k:electre");
  REQUIRE(electre);
  CHECK(electre->degree > 10);
  // Betweenness (O(V·E), minutes on a real 11k-keyword map) only on request.
  CHECK(electre->betweenness == 0);
  Network c = b;
  opt.betweenness = true;
  analyse_network(c, opt);
  CHECK(node(c, "k:electre")->betweenness > 0);
  opt.betweenness = false;

  opt.cluster = "louvain";
  Network l = b;
  analyse_network(l, opt);
  CHECK(l.clusters.size() > 1);
  opt.cluster = "none";
  analyse_network(l, opt);
  CHECK(l.clusters.empty());
  CHECK(l.nodes[0].cluster == -1);
  opt.cluster = "kmeans";
  CHECK_THROWS_AS(analyse_network(l, opt), NetworkError);
}

TEST_CASE("pyBibX WoS: the citation network finds the 1,217 in-file citations by DOI", "[network]") {
  auto p = parse_file(fixture("corpora/pybibx__wos.bib"));
  REQUIRE(p.records.size() == 236);
  TempDir tmp;
  Library lib(tmp / "lib.sqlite");
  std::map<std::int64_t, std::string> key_of;
  {
    Library::Transaction tx(lib);
    for (const auto& r : p.records) key_of[lib.add(r).work_id] = r.citekey;
    tx.commit();
  }
  auto docs = load_network_docs(lib, Query{});
  REQUIRE(docs.size() == 236);
  CitationReport rep;
  NetworkOptions o;
  o.type = "citation";
  Network n = build_citation(docs, o, &rep);
  CHECK(rep.references == 9581);
  CHECK(rep.by_doi == 1217);
  // 17 more by first author, year, volume and page: references without a
  // DOI; two of them a year apart (Bregar 2008 and Dias 2006 cite Mousseau
  // and Dias, EJOR 156:467, of 2004, as "MOUSSEAU V, 2003, EUR J OPER RES,
  // V156, P467", the year it came out online).
  CHECK(rep.by_key == 17);
  CHECK(rep.unmatched == 9581 - 1217 - 17);
  CHECK(n.links.size() == 1234);
  // Tervonen et al. 2007, whose DOI field reads "...5802-8\_15" in the file,
  // is found from "DOI 10.1007/978-1-4020-5802-8_15" in Cited-References.
  const NetworkNode* tervonen = nullptr;
  for (const auto& x : n.nodes)
    if (x.doi.find("5802-8") != std::string::npos) tervonen = &x;
  REQUIRE(tervonen);
  CHECK(tervonen->local_citations >= 2);
  // The most cited work in the file: Mousseau et al. 1998 (J Global Optim).
  auto top = std::max_element(n.nodes.begin(), n.nodes.end(), [](const auto& a, const auto& b) {
    return a.local_citations < b.local_citations;
  });
  CHECK(top->doi == "10.1023/A:1008210427517");  // as WoS spells it (the node names the work's DOI as written)
  CHECK(top->local_citations == 95);
  CHECK(key_of.at(top->work_id).find("WOS:") == 0);
  CHECK(top->global_citations > 0);
}

namespace {

struct Generated {
  std::vector<NetworkDoc> docs;
  std::vector<int> work_of;  // doc index -> generated work id
  nlohmann::json truth;
};

// gen_corpus.py's 10k corpus, parsed file by file: record k of a file is
// truth.records' entry (format, k).
Generated generated_10k(const TempDir& tmp) {
  std::string cmd = std::string("python3 '") + REFNET_SOURCE_DIR + "/../shared/bench/gen_corpus.py' --works 10000 --out '" +
                    tmp.path.string() + "' >/dev/null";
  if (std::system(cmd.c_str()) != 0) {
    cmd = "python3 /work/shared/bench/gen_corpus.py --works 10000 --out '" + tmp.path.string() + "' >/dev/null";
    REQUIRE(std::system(cmd.c_str()) == 0);
  }
  Generated g;
  g.truth = nlohmann::json::parse(refnet::test::slurp(tmp / "truth.json"));
  std::map<std::pair<std::string, int>, int> work;
  for (const auto& r : g.truth["records"]) work[{r[0].get<std::string>(), r[1].get<int>()}] = r[2].get<int>();
  std::int64_t id = 1;
  for (const char* fmt : {"bib", "ris", "crossref"}) {
    std::string file = std::string("corpus.") + (std::string(fmt) == "crossref" ? "crossref.json" : fmt);
    auto p = parse_file(tmp / file);
    for (std::size_t k = 0; k < p.records.size(); ++k) {
      auto it = work.find({fmt, int(k)});
      g.docs.push_back(network_doc(id++, p.records[k]));
      g.work_of.push_back(it == work.end() ? -1 : it->second);
    }
  }
  REQUIRE(g.docs.size() == g.truth["records"].size());
  REQUIRE(std::count(g.work_of.begin(), g.work_of.end(), -1) == 0);
  return g;
}

}  // namespace

TEST_CASE("generated corpus: keyword clusters recover the planted topics, citations equal the truth", "[network][slow]") {
  TempDir tmp;
  Generated g = generated_10k(tmp);
  std::vector<int> topic = g.truth["topic"].get<std::vector<int>>();

  // Keywords: VOSviewer's defaults (association strength, CPM, resolution 1).
  NetworkOptions o;
  o.normalization = Normalization::association;
  o.min_occurrences = 5;
  o.link_documents = false;
  Network k = build_keywords(g.docs, o);
  AnalysisOptions a;
  a.normalized_weights = true;
  a.seed = 1;
  a.layout = "none";
  analyse_network(k, a);
  // A document's cluster: where most of its keywords are.
  std::map<std::string, int> cluster_of;
  for (const auto& x : k.nodes) cluster_of[x.id] = x.cluster;
  std::vector<int> found, planted;
  for (std::size_t d = 0; d < g.docs.size(); ++d) {
    std::map<int, int> votes;
    for (const auto& kw : g.docs[d].author_keywords) {
      auto it = cluster_of.find("k:" + keyword_key(kw));
      if (it != cluster_of.end()) ++votes[it->second];
    }
    if (votes.empty()) continue;
    auto best = std::max_element(votes.begin(), votes.end(), [](auto& x, auto& y) { return x.second < y.second; });
    found.push_back(best->first);
    planted.push_back(topic[g.work_of[d]]);
  }
  double nmi = normalized_mutual_information(found, planted);
  INFO("keyword clusters: " << k.clusters.size() << ", documents placed " << found.size() << ", NMI " << nmi);
  CHECK(found.size() > g.docs.size() * 9 / 10);
  CHECK(nmi > 0.80);
  CHECK(k.clusters.size() >= 12);

  // Citations: the truth's edges among works whose records carry references
  // (only the Crossref records do), against the network's edges mapped to
  // generated work ids (a work imported twice is one work).
  NetworkOptions c;
  c.type = "citation";
  c.link_documents = false;
  CitationReport rep;
  Network n = build_citation(g.docs, c, &rep);
  std::set<std::pair<int, int>> got, want;
  for (const auto& l : n.links) got.insert({g.work_of[l.source], g.work_of[l.target]});
  std::set<int> citing;
  for (std::size_t d = 0; d < g.docs.size(); ++d)
    if (!g.docs[d].references.empty()) citing.insert(g.work_of[d]);
  for (const auto& e : g.truth["citations"]) {
    int from = e[0].get<int>(), to = e[1].get<int>();
    if (citing.count(from)) want.insert({from, to});
  }
  std::size_t hit = 0;
  for (const auto& e : got) hit += want.count(e);
  double precision = double(hit) / double(got.size()), recall = double(hit) / double(want.size());
  INFO("citation edges: network " << got.size() << ", truth " << want.size() << ", precision " << precision
                                   << ", recall " << recall << "; DOI " << rep.by_doi << ", key " << rep.by_key
                                   << ", title " << rep.by_title << ", unmatched " << rep.unmatched);
  // Measured: 22,010 edges, every one right and none missing.
  CHECK(precision == 1.0);
  CHECK(recall == 1.0);
  CHECK(rep.by_title > 0);  // the works cited without a DOI
}

TEST_CASE("PageRank is the same, to the last bit, run after run (igraph's OpenMP is kept to one thread)",
          "[network][analysis]") {
  // igraph's PRPACK sums in parallel with OpenMP, in an order that changes
  // from run to run: last digits of PageRank moved between identical runs,
  // and with them the CSV, GraphML and --json outputs.
  Network base;
  base.directed = false;  // a co-citation map: undirected, weighted
  const std::uint32_t n = 30000;
  base.nodes.resize(n);
  std::uint32_t seed = 12345;
  auto rnd = [&seed] { return seed = seed * 1664525u + 1013904223u; };
  for (std::uint32_t i = 0; i < 120000; ++i) {
    NetworkLink l;
    l.source = rnd() % n;
    l.target = rnd() % (l.source + 1);
    l.weight = l.raw_weight = 1 + rnd() % 7;
    if (l.source < l.target) std::swap(l.source, l.target);
    if (l.source != l.target) base.links.push_back(l);
  }
  AnalysisOptions a;
  a.cluster = "none";
  a.layout = "none";
  std::vector<double> first;
  for (int run = 0; run < 6; ++run) {
    Network net = base;
    analyse_network(net, a);
    std::vector<double> pr;
    for (const auto& node : net.nodes) pr.push_back(node.pagerank);
    if (run == 0) first = pr;
    REQUIRE(pr == first);
  }
}

TEST_CASE("a thesaurus is decoded like any input and its bad lines are reported with file:line", "[network]") {
  // Latin-1 (as a spreadsheet saves it), an extra column, a line without a
  // label, a line carrying a terminal escape sequence.
  std::string path = fixture("network/thesaurus_latin1_damaged.txt");
  Diagnostics diags;
  Thesaurus t = Thesaurus::load(path, &diags);
  CHECK(t.lookup("Müller-Lyer illusion") == std::optional<std::string>("visual illusion"));
  CHECK(t.lookup("e-gov") == std::optional<std::string>("e-government"));
  // Decoding removed the escape sequence's control characters, with a
  // warning; the rest of that line is an entry.
  CHECK(t.size() == 3);
  std::string all;
  for (const auto& d : diags.items()) all += d.format();
  INFO(all);
  CHECK(all.find(path + ":1:1: note: read as windows-1252") != std::string::npos);
  CHECK(all.find(path + ":3:") != std::string::npos);  // stray column
  CHECK(all.find("more than two columns") != std::string::npos);
  CHECK(all.find(path + ":4:1: error: no label before the tab") != std::string::npos);
  CHECK(all.find(path + ":5:4: warning:") != std::string::npos);
  CHECK(all.find("control character") != std::string::npos);
  CHECK(diags.errors() == 1);
}

TEST_CASE("PageRank runs on one OpenMP thread of igraph's own runtime, whatever compiled refnet", "[network]") {
  // Debian's igraph runs PRPACK on libgomp.  The pin used to be
  // omp_set_num_threads of the compiler's OpenMP: with clang that is libomp
  // (or, with -fopenmp=libgomp, nothing), and libgomp kept all its threads.
  auto p = parse_file(fixture("corpora/pybibx__wos.bib"));
  auto docs = docs_of(p.records);
  NetworkOptions o;
  o.min_occurrences = 2;
  Network n = build_keywords(docs, o);
  analyse_network(n, AnalysisOptions{});
  void* gomp = dlopen("libgomp.so.1", RTLD_NOW | RTLD_NOLOAD);
  REQUIRE(gomp);  // igraph brought it in
  auto max_threads = reinterpret_cast<int (*)()>(dlsym(gomp, "omp_get_max_threads"));
  REQUIRE(max_threads);
  CHECK(max_threads() == 1);
}

TEST_CASE("term maps read an abstract stored in markup (a library of an older refnet) as text", "[network][terms]") {
  Record r;
  r.title = "Wildfire smoke and hospital admissions";
  r.abstract = "<jats:title>Abstract</jats:title><jats:sec><jats:title>Background</jats:title><jats:p>Exposure to "
               "fine particulate matter (PM<jats:sub>2.5</jats:sub>) raises hospital admissions.</jats:p></jats:sec>";
  NetworkDocParts parts;
  parts.text = true;
  NetworkDoc d = network_doc(1, r, parts);
  REQUIRE(!d.terms.empty());
  for (const auto& t : d.terms) {
    INFO(t);
    CHECK(t.find("jats") == std::string::npos);
    CHECK(t.find("sub") == std::string::npos);
  }
  CHECK(std::find(d.terms.begin(), d.terms.end(), "fine particulate matter") != d.terms.end());
}

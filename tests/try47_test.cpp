// Session 47 (try47): a reviewer's and an author's day on keyword maps,
// citation keys, tags and pages with reference lists.
#include <catch2/catch.hpp>

#include <fstream>
#include <string>

#include <nlohmann/json.hpp>

#include "refnet/network.hpp"
#include "refnet/network_build.hpp"
#include "refnet/network_maps.hpp"
#include "refnet/page_text.hpp"
#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

std::vector<NetworkDoc> docs_of(const std::vector<Record>& records) {
  std::vector<NetworkDoc> docs;
  for (const auto& r : records)
    docs.push_back(network_doc(std::int64_t(docs.size() + 1), r, NetworkDocParts::for_type("keywords")));
  return docs;
}

// The labels of the nodes whose label holds `part` (case ignored).
std::vector<std::string> labels_with(const Network& n, const std::string& part) {
  std::vector<std::string> out;
  for (const auto& x : n.nodes)
    if (ascii_lower(x.label).find(part) != std::string::npos) out.push_back(x.label);
  return out;
}

void write_file(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

}  // namespace

// MeSH writes an eponym without the possessive ("Alzheimer Disease"), authors
// with it ("Alzheimer's disease", "Alzheimer’s disease"): two nodes of one
// concept on a PubMed map.  Measured over 558 real exports (dd45 data,
// corpora, fixtures): 30 such pairs, all one concept (Wilson, Parkinson,
// Kaposi, Behçet, Prisoner's Dilemma, people's perception).
TEST_CASE("keyword maps: a possessive 's is one keyword with the form without it", "[try47]") {
  auto docs = docs_of(parse_file(fixture("medline/possessive_eponyms.txt")).records);
  REQUIRE(docs.size() == 4);
  NetworkOptions o;
  o.field = KeywordField::both;
  o.min_occurrences = 1;
  Network n = build_keywords(docs, o);
  INFO(n.description);
  CHECK(labels_with(n, "alzheimer").size() == 1);
  CHECK(labels_with(n, "parkinson disease").size() + labels_with(n, "parkinson’s disease").size() == 1);
}

// British and American spellings, a compound closed, hyphenated or open, and
// the possessive are one keyword when the library writes both; never a word
// that is another word ("protein S deficiency" is no "protein deficiency";
// "flour" is no "flor").
TEST_CASE("keyword maps: spelling variants one keyword when both occur, other words apart", "[try47]") {
  std::string ris;
  auto add = [&](std::initializer_list<const char*> kws) {
    ris += "TY  - JOUR\nTI  - A work\nAU  - Smith, J.\nPY  - 2020\n";
    for (const char* k : kws) ris += std::string("KW  - ") + k + "\n";
    ris += "ER  - \n\n";
  };
  add({"health care", "behaviour change", "organisation", "anaemia", "protein S deficiency", "flour"});
  add({"Healthcare", "behavior change", "Organization", "Anemia", "protein deficiency", "flor"});
  add({"health-care", "Behaviour Change", "organisations", "meta-analysis"});
  add({"Metaanalysis", "Colour", "color", "Wilson's disease", "Wilson disease"});
  auto docs = docs_of(parse_string(ris).records);
  NetworkOptions o;
  o.min_occurrences = 1;
  o.field = KeywordField::both;
  Network n = build_keywords(docs, o);
  INFO(n.description);
  CHECK(labels_with(n, "health").size() == 1);
  CHECK(labels_with(n, "behavio").size() == 1);
  CHECK(labels_with(n, "organi").size() == 1);
  CHECK(labels_with(n, "anemia").size() + labels_with(n, "anaemia").size() == 1);
  CHECK(labels_with(n, "meta").size() == 1);
  CHECK(labels_with(n, "colo").size() == 1);
  CHECK(labels_with(n, "wilson").size() == 1);
  CHECK(labels_with(n, "protein").size() == 2);
  CHECK(labels_with(n, "flo").size() == 2);
  // As written: --fold case keeps them apart.
  o.fold = Fold::case_only;
  CHECK(labels_with(build_keywords(docs, o), "health").size() == 3);
}

// stats' top keywords fold as the maps do.
TEST_CASE("stats: a possessive and the MeSH form without it are one top keyword", "[try47]") {
  TempDir tmp;
  std::string lib = tmp / "lib.sqlite";
  REQUIRE(run_refnet("import --quiet --library '" + lib + "' '" + fixture("medline/possessive_eponyms.txt") + "'")
              .status == 0);
  auto r = run_refnet("stats --json --library '" + lib + "'");
  REQUIRE(r.status == 0);
  auto j = nlohmann::json::parse(r.out);
  std::size_t alzheimer = 0;
  for (const auto& k : j["top_keywords"]) {
    INFO(k.dump());
    if (ascii_lower(k[0].get<std::string>()).find("alzheimer") != std::string::npos) {
      ++alzheimer;
      CHECK(k[1] == 2);
    }
  }
  CHECK(alzheimer == 1);
}

// A key made from the pattern took the key a later entry of the same file
// names as its own: that entry lost its key (with a warning), and the keys
// the file gave depended on the order of its entries.
TEST_CASE("import: an entry's own key is its own whatever the order of the file's entries", "[try47]") {
  const std::string numbered = "@article{1234567,\nauthor={Smith, John},\ntitle={Promoting growth},\n"
                               "journal={J. Ex.},\nyear={2020}\n}\n\n";
  const std::string named = "@article{smith2020promoting,\nauthor={Smith, Jane},\ntitle={Promoting other things},\n"
                            "journal={J. Other},\nyear={2020}\n}\n\n";
  for (const std::string& text : {numbered + named, named + numbered}) {
    TempDir tmp;
    std::string bib = tmp / "a.bib", lib = tmp / "lib.sqlite";
    write_file(bib, text);
    auto r = run_refnet("import --library '" + lib + "' '" + bib + "'");
    REQUIRE(r.status == 0);
    INFO(r.err);
    CHECK(r.err.find("already names") == std::string::npos);
    auto show = run_refnet("show --json --library '" + lib + "' smith2020promoting");
    REQUIRE(show.status == 0);
    CHECK(show.out.find("Promoting other things") != std::string::npos);
    auto other = run_refnet("show --json --library '" + lib + "' smith2020promotinga");
    REQUIRE(other.status == 0);
    CHECK(other.out.find("Promoting growth") != std::string::npos);
  }
}

// tag's messages named the tag unquoted: "tagged 1 of 1 work to read".
TEST_CASE("tag: the messages quote the tag's name", "[try47]") {
  TempDir tmp;
  std::string bib = tmp / "a.bib", lib = tmp / "lib.sqlite";
  write_file(bib, "@article{a,\nauthor={Smith, John},\ntitle={One},\njournal={J},\nyear={2020}\n}\n");
  REQUIRE(run_refnet("import --quiet --library '" + lib + "' '" + bib + "'").status == 0);
  const std::string l = " --library '" + lib + "'";
  CHECK(run_refnet("tag add 'to read' a" + l).out == "tagged 1 of 1 work 'to read'\n");
  CHECK(run_refnet("tag rename 'to read' reading" + l).out == "renamed tag 'to read' to 'reading' on 1 work\n");
  CHECK(run_refnet("tag delete reading" + l).out == "deleted tag 'reading' from 1 work\n");
}

// Scopus writes a text's braces unescaped: the value read to the '}' ending
// its line kept the first stray '}' (escaped) and the others as they were,
// which closed nothing and were lost when the value was read.
TEST_CASE("Scopus BibTeX: every '}' of the text closing no '{' is kept", "[try47]") {
  Parsed p = parse_string(
      "@ARTICLE{Example2021,\nauthor={Example, A.B.},\ntitle={Two Schiff bases},\njournal={J. Mol. Struct.},\n"
      "year={2021},\nabstract={2- [(5-amino)imino]methyl}-6-methoxyphenol (L2) and 3- [(6-amino)imino]ethyl}-4-phenol "
      "(L3), {braced} were made.},\nsource={Scopus},\n}\n");
  REQUIRE(p.records.size() == 1);
  const std::string& ab = p.records[0].abstract;
  CHECK(ab.find("imino]methyl}-6-methoxyphenol") != std::string::npos);
  CHECK(ab.find("imino]ethyl}-4-phenol") != std::string::npos);
  CHECK(ab.find("braced were made.") != std::string::npos);
  CHECK(has_diag(p.diags, Severity::warning, 6, "closes no '{'"));
}

// A publisher's HTML page (PLOS, PeerJ, eLife, Nature, First Monday: the
// pages of internetarchive/sandcrawler's tests) has its reference heading in
// markup ("<h2>References</h2><ol class=\"references\"><li>..."): the message
// said "with no reference section", which is not so; it says what to do.
TEST_CASE("an HTML page with a reference section: the message says refnet reads it saved as text", "[try47]") {
  const std::string page =
      "<!DOCTYPE html>\n<html><head><title>An article</title><script>var References = 1;</script></head>\n"
      "<body><div class=\"toc-section\"><a id=\"references\"></a><h2>References</h2><ol class=\"references\"><li "
      "id=\"ref1\"><span class=\"order\">1.\n   </span>Cheng Z., Shi Y. (2007) Occurrence of reticuloendotheliosis in "
      "Chinese partridge. J Vet Med Sci. 69(12): 1295&ndash;1298.</li></ol></div></body></html>\n";
  CHECK(no_records_message(page) ==
        "no bibliographic records found (the input looks like an HTML page of 4 lines with a reference heading: refnet "
        "reads a page saved as text (the browser's Save Page As, Text Files), not its HTML; import that text)");
  // Without a heading it says so, as before.
  CHECK(no_records_message("<html><body><p>Nothing here.</p></body></html>\n") ==
        "no bibliographic records found (the input looks like an HTML page of 1 line with no reference section and no "
        "BibTeX/RIS block)");
}

// The DOIs a page without records names, offered to `refnet fetch`: an
// address's query after the DOI was taken into it (PLOS's
// "file?id=10.1371/journal.pone.0213978&type=printable", Nature's
// "10.1038/d41586-020-02610-z;subjmeta=479,648,706;kwrd=publishing", a
// fragment "#savedheader").
TEST_CASE("a page's DOIs for refnet fetch end where an address's query starts", "[try47]") {
  const std::string page =
      "<html><body><a href=\"https://journals.plos.org/plosone/article/file?id=10.1371/journal.pone.0213978&type="
      "printable\">PDF</a><a href=\"https://doi.org/10.1371/journal.pone.0213978#savedheader\">x</a>\n<meta name=\"x\" content=\"doi=10.1038/d41586-020-02610-z;subjmeta=479,648,706;kwrd="
      "publishing\">\n</body></html>\n";
  CHECK(no_records_message(page).find("refnet fetch 10.1371/journal.pone.0213978 10.1038/d41586-020-02610-z") !=
        std::string::npos);
}

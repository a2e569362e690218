// refnet network, end to end: a library imported from real files, every
// network type, the output formats, --report, --summary, --json, usage errors.
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include <catch2/catch.hpp>

#include "support.hpp"

using refnet::test::fixture;
using refnet::test::run_refnet;
using refnet::test::slurp;
using refnet::test::TempDir;

namespace {

std::string q(const std::string& s) { return "'" + s + "'"; }

struct WosLibrary {
  TempDir tmp;
  std::string lib = tmp / "lib.sqlite";
  WosLibrary() {
    auto r = run_refnet("import --quiet --library " + q(lib) + " " + q(fixture("corpora/pybibx__wos.bib")));
    REQUIRE(r.status == 0);
  }
  refnet::test::CommandResult network(const std::string& args) {
    return run_refnet("network " + args + " --library " + q(lib));
  }
};

}  // namespace

TEST_CASE("refnet network citation --report --json: the pyBibX WoS references", "[network]") {
  WosLibrary w;
  auto r = w.network("citation --report --json -o " + q(w.tmp / "c.graphml"));
  INFO(r.err);
  REQUIRE(r.status == 0);
  auto j = nlohmann::json::parse(r.out);
  CHECK(j["type"] == "citation");
  CHECK(j["directed"] == true);
  CHECK(j["nodes"] == 236);
  CHECK(j["links"] == 1234);  // 2 a year apart (network_test)
  CHECK(j["report"]["references"] == 9581);
  CHECK(j["report"]["doi"] == 1217);
  CHECK(j["report"]["key"] == 17);
  CHECK(j["report"]["unmatched"] == 9581 - 1234);
  // The first reference of the first record cites a work outside the file.
  CHECK(j["report"]["unmatched_sample"][0] == "Amgoud L, 2009, ARTIF INTELL, V173, P413, DOI 10.1016/j.artint.2008.11.006.");
  CHECK(j["files"][0] == w.tmp / "c.graphml");
  CHECK(std::filesystem::file_size(w.tmp / "c.graphml") > 10000);
  CHECK(r.err.find("citation network: 236 nodes, 1234 links") != std::string::npos);

  auto text = w.network("citation --report --cluster none");
  REQUIRE(text.status == 0);
  CHECK(text.out.find("matched by DOI:           1217\n") != std::string::npos);
  CHECK(text.out.find("unmatched, a sample:\n  Amgoud L, 2009, ARTIF INTELL") != std::string::npos);
}

TEST_CASE("refnet network keywords: --summary table, same seed same files, thesaurus, links CSV", "[network]") {
  WosLibrary w;
  std::string common = "keywords --min-occurrences 3 --seed 5 --summary";
  auto a = w.network(common + " -o " + q(w.tmp / "a.csv"));
  INFO(a.err);
  REQUIRE(a.status == 0);
  CHECK(a.out.rfind("cluster  size  node", 0) == 0);
  CHECK(a.out.find("ELECTRE") != std::string::npos);
  auto b = w.network(common + " -o " + q(w.tmp / "b.csv"));
  REQUIRE(b.status == 0);
  CHECK(a.out == b.out);
  CHECK(slurp(w.tmp / "a.csv") == slurp(w.tmp / "b.csv"));
  CHECK(slurp(w.tmp / "a_links.csv") == slurp(w.tmp / "b_links.csv"));
  CHECK(slurp(w.tmp / "a.csv").size() > 1000);

  // A thesaurus that drops the biggest term.
  { std::ofstream(w.tmp / "t.txt") << "label\treplace by\nELECTRE\t\n"; }
  auto t = w.network("keywords --min-occurrences 3 --json --thesaurus " + q(w.tmp / "t.txt") + " --links-csv " +
                     q(w.tmp / "links.csv"));
  REQUIRE(t.status == 0);
  CHECK(t.out.find("\"label\":\"ELECTRE\"") == std::string::npos);
  CHECK(slurp(w.tmp / "links.csv").size() > 1000);
  auto j = nlohmann::json::parse(t.out);
  CHECK(j["clusters"].size() > 1);
}

// newuser34's finding 19: `--links-csv FILE` was "also write every link with
// the documents behind it", its columns said nowhere in --help. Every column of
// the header the command writes is named in `network --help` with what it holds.
TEST_CASE("refnet network --help says what each column of the links CSV holds", "[network]") {
  WosLibrary w;
  auto r = w.network("keywords --min-occurrences 3 --links-csv " + q(w.tmp / "links.csv") + " -o " +
                     q(w.tmp / "k.graphml"));
  REQUIRE(r.status == 0);
  std::string header = slurp(w.tmp / "links.csv");
  header = header.substr(0, header.find("\r\n"));
  REQUIRE(header == "source,target,weight,normalized_weight,documents");
  auto help = run_refnet("network --help");
  REQUIRE(help.status == 0);
  std::string text;  // the help's words, one space apart
  for (char c : help.out) {
    if (c == '\n' || c == ' ') {
      if (!text.empty() && text.back() != ' ') text.push_back(' ');
    } else {
      text.push_back(c);
    }
  }
  std::size_t from = 0;
  for (std::string_view rest = header; !rest.empty();) {
    std::size_t comma = rest.find(',');
    std::string column(rest.substr(0, comma));
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
    INFO(column);
    // "column: what it holds", the columns in the file's order
    std::size_t at = text.find(column + ": ", from);
    CHECK(at != std::string::npos);
    if (at != std::string::npos) from = at;
  }
  CHECK(text.find("library work IDs") != std::string::npos);
}

TEST_CASE("refnet network: every type and format runs", "[network]") {
  WosLibrary w;
  for (const char* type : {"cocitation", "coupling", "coauthor"}) {
    auto r = w.network(std::string(type) + " --json -o " + q(w.tmp / (std::string(type) + ".gexf")));
    INFO(type << ": " << r.err);
    CHECK(r.status == 0);
    CHECK(nlohmann::json::parse(r.out)["nodes"] > 10);
  }
  for (const char* ext : {"graphml", "gml", "gexf", "net", "txt", "json", "csv", "svg", "html"}) {
    std::string out = w.tmp / (std::string("k.") + ext);
    auto r = w.network("keywords --min-occurrences 4 -o " + q(out));
    INFO(ext << ": " << r.err);
    CHECK(r.status == 0);
    CHECK(std::filesystem::exists(out));
  }
  CHECK(std::filesystem::exists(w.tmp / "k_network.txt"));  // VOSviewer: map + network
  CHECK(std::filesystem::exists(w.tmp / "k.clu"));          // Pajek partition
  // Betweenness only on request: 0 in the GML by default.
  auto betweenness_column = [&](const std::string& opts) {
    std::string out = w.tmp / "b.gml";
    REQUIRE(w.network("keywords --min-occurrences 4 " + opts + " -o " + q(out)).status == 0);
    std::ifstream in(out);
    std::string line, key = "    betweenness ";
    double sum = 0;
    while (std::getline(in, line))
      if (line.compare(0, key.size(), key) == 0) sum += std::stod(line.substr(key.size()));
    return sum;
  };
  CHECK(betweenness_column("") == 0);
  CHECK(betweenness_column("--centrality betweenness") > 0);
  auto ext = w.network("citation --include-external 10 --json --cluster louvain --layout none");
  REQUIRE(ext.status == 0);
  CHECK(nlohmann::json::parse(ext.out)["nodes"] > 236);
  auto sel = w.network("coauthor --year 2021- --json");
  REQUIRE(sel.status == 0);
  auto ids = w.network("citation WOS:000719584000015 --json");
  INFO(ids.err);
  REQUIRE(ids.status == 0);
  CHECK(nlohmann::json::parse(ids.out)["nodes"] == 1);
}

TEST_CASE("refnet network keywords: a big vocabulary keeps at most 1000 nodes unless told, and says so", "[network]") {
  // 1,100 works, each with a keyword of its own; "shared" in every work,
  // "half" in every other one: 1,102 keywords, two of them in 2+ works.
  TempDir tmp;
  std::string ris = tmp / "vocab.ris", lib = tmp / "lib.sqlite";
  {
    std::ofstream out(ris);
    for (int i = 0; i < 1100; ++i) {
      out << "TY  - JOUR\nTI  - Work " << i << "\nPY  - 2020\nKW  - term " << i << "\nKW  - shared\n";
      if (i % 2 == 0) out << "KW  - half\n";
      out << "ER  - \n\n";
    }
  }
  REQUIRE(run_refnet("import --quiet --library " + q(lib) + " " + q(ris)).status == 0);
  auto by_default = run_refnet("network keywords --json --cluster none --library " + q(lib));
  INFO(by_default.err);
  REQUIRE(by_default.status == 0);
  CHECK(nlohmann::json::parse(by_default.out)["nodes"] == 2);
  // The minimum scaled to the set (1 work in 30 of the 1,100, at most 10),
  // lowered to 2 since only two keywords are in 10 works.
  CHECK(by_default.err.find("1102 keywords; kept the 2 found in at least 2 works (the minimum: 1 in 30 of the 1100 "
                            "works with keywords, from 2 to VOSviewer's 10, lowered from 10 to keep 50 keywords)") !=
        std::string::npos);
  CHECK(nlohmann::json::parse(by_default.out)["description"].get<std::string>().find(
            "1100 keywords of fewer than 2 works left out (the minimum: 1 in 30 of the 1100 works with keywords, from 2 "
            "to VOSviewer's 10, lowered from 10 to keep 50 keywords)") != std::string::npos);
  auto all = run_refnet("network keywords --json --cluster none --min-occurrences 1 --library " + q(lib));
  REQUIRE(all.status == 0);
  CHECK(nlohmann::json::parse(all.out)["nodes"] == 1102);
  CHECK(all.err.find("kept the") == std::string::npos);
  auto top = run_refnet("network keywords --json --cluster none --top 1050 --library " + q(lib));
  REQUIRE(top.status == 0);
  CHECK(nlohmann::json::parse(top.out)["nodes"] == 1050);
}

TEST_CASE("refnet network keywords: a work over --max-pairs-per-work adds no links and is named on stderr",
          "[network]") {
  // A generated work with 60 keywords (1,770 pairs) and a small one with 3.
  TempDir tmp;
  std::string ris = tmp / "many.ris", lib = tmp / "lib.sqlite";
  {
    std::ofstream out(ris);
    out << "TY  - JOUR\nTI  - Many keywords\nPY  - 2020\n";
    for (int i = 0; i < 60; ++i) out << "KW  - term " << i << "\n";
    out << "ER  - \n\nTY  - JOUR\nTI  - Few\nPY  - 2021\nKW  - term 1\nKW  - term 2\nKW  - other\nER  - \n";
  }
  REQUIRE(run_refnet("import --quiet --library " + q(lib) + " " + q(ris)).status == 0);
  std::string common = "network keywords --json --cluster none --min-occurrences 1 --library " + q(lib);
  auto capped = run_refnet(common + " --max-pairs-per-work 1000");
  INFO(capped.err);
  REQUIRE(capped.status == 0);
  CHECK(nlohmann::json::parse(capped.out)["nodes"] == 61);
  CHECK(nlohmann::json::parse(capped.out)["links"] == 3);
  CHECK(capped.err.find("warning: work 1: 60 keywords make 1770 pairs, more than --max-pairs-per-work 1000; its links "
                        "were left out") != std::string::npos);
  auto whole = run_refnet(common);  // the default cap is far above
  REQUIRE(whole.status == 0);
  CHECK(nlohmann::json::parse(whole.out)["links"] == 1770 + 1 + 1);  // and term 1-other, term 2-other
  CHECK(whole.err.find("max-pairs-per-work") == std::string::npos);
}

TEST_CASE("refnet network: the spellings users write for a TYPE (co-authorship, co-citation) are read", "[network]") {
  // The README's table says "co-authorship"; VOSviewer and bibliometrix say
  // "co-authorship", "co-citation", "bibliographic coupling".  Each was an
  // unknown TYPE.
  WosLibrary w;
  for (const char* spelling : {"coauthorship", "co-authorship", "Co-Author", "co_author"}) {
    auto r = w.network(std::string(spelling) + " --json");
    INFO(spelling << ": " << r.err);
    REQUIRE(r.status == 0);
    CHECK(nlohmann::json::parse(r.out)["type"] == "coauthor");
  }
  CHECK(nlohmann::json::parse(w.network("co-citation --json").out)["type"] == "cocitation");
  CHECK(nlohmann::json::parse(w.network("bibliographic-coupling --json").out)["type"] == "coupling");
  CHECK(nlohmann::json::parse(w.network("keyword --json").out)["type"] == "keywords");
  // A slip gets a "did you mean" and the list.
  auto slip = w.network("cocitaton --json");
  CHECK(slip.status == 2);
  CHECK(slip.err.find("did you mean 'cocitation'?") != std::string::npos);
  CHECK(slip.err.find("citation, cocitation, coupling, coauthor") != std::string::npos);
}

TEST_CASE("refnet network: usage errors", "[network]") {
  WosLibrary w;
  CHECK(w.network("").status == 2);
  CHECK(w.network("bibliography -o x.graphml").status == 2);
  CHECK(w.network("citation").status == 2);  // no output of any kind
  CHECK(w.network("keywords -o x.docx").status == 2);
  CHECK(w.network("keywords --format pdf -o x").status == 2);
  CHECK(w.network("citation --thesaurus t.txt --json").status == 2);
  CHECK(w.network("citation --normalization cosine --json").status == 2);
  CHECK(w.network("keywords --normalization lsi --json").status == 2);
  CHECK(w.network("keywords --counting half --json").status == 2);
  CHECK(w.network("keywords --cluster kmeans --json").status == 2);
  CHECK(w.network("keywords --resolution -1 --json").status == 2);
  CHECK(w.network("keywords --centrality closeness --json").status == 2);
  CHECK(w.network("coupling --over references --json").status == 2);
  CHECK(w.network("citation no-such-work --json").status == 2);
  auto missing = w.network("keywords --thesaurus " + q(w.tmp / "none.txt") + " --json");
  CHECK(missing.status == 1);
  CHECK(missing.err.find("cannot read thesaurus") != std::string::npos);
}

TEST_CASE("refnet network: an empty selection never overwrites a map already there, unless --force", "[network]") {
  WosLibrary w;
  const std::string map = w.tmp / "kw.graphml";
  REQUIRE(w.network("keywords -o " + q(map)).status == 0);
  const std::string before = refnet::test::slurp(map);
  REQUIRE(before.size() > 1000);
  auto empty = w.network("keywords --tag no-such-tag -o " + q(map));
  CHECK(empty.status == 1);
  CHECK_THAT(empty.err, Catch::Contains("the selection is empty"));
  CHECK(refnet::test::slurp(map) == before);
  REQUIRE(w.network("keywords --tag no-such-tag --force -o " + q(map)).status == 0);
  CHECK(refnet::test::slurp(map).size() < before.size());
}

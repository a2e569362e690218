// user67: refnet tried as a new user would, on the seed pages and real
// exports; each case a finding of /tmp/user67/findings.md.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <string>

#include "cli_library.hpp"
#include "refnet/network_build.hpp"
#include "refnet/record.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {
bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }


// The titles bibtex's sentence-case styles print (a style's `title "t"
// change.case$`), one line a key: "key<TAB>title", braces left out.  Empty
// when bibtex is not on PATH.
std::string bibtex_titles(const TempDir& dir, const std::string& bib) {
  if (std::system("command -v bibtex >/dev/null 2>&1") != 0) return {};
  std::ofstream(dir / "t.bst") << "ENTRY { title } {} {}\n"
                                  "FUNCTION {default.type} { \"@@\" write$ cite$ write$ \"\t\" write$ title \"t\" "
                                  "change.case$ write$ newline$ }\nREAD\nITERATE {call.type$}\n";
  std::ofstream(dir / "t.aux") << "\\citation{*}\n\\bibstyle{t}\n\\bibdata{" << bib << "}\n";
  std::system(("cd '" + dir.path.string() + "' && bibtex t >/dev/null 2>&1").c_str());
  std::string bbl = slurp(dir / "t.bbl"), out;
  // bibtex breaks a long line, the rest indented by two spaces.
  for (std::size_t p; (p = bbl.find("\n  ")) != std::string::npos;) bbl.replace(p, 3, " ");
  for (char c : bbl)
    if (c != '{' && c != '}' && c != '@') out += c;
  return out;
}

}  // namespace

TEST_CASE("user67: bibtex keeps the capital of a title that starts with a quote and of a subtitle after '?' or '.'",
          "[user67][export][bibtex]") {
  // Seed 002 (Taylor & Francis): "‘Listening State?’: exploring ..." came out
  // of plain.bst as "‘listening": bibtex keeps the title's first byte, the
  // quote, and lowers the rest.  dopl-and-spite's "“Men Cannot Be Raped”: ..."
  // and "‘I think condoms ...’:" the same; "#(me)too much? The role of ..." and
  // Scopus's "... on walkability. A practical application ..." lost the capital
  // after "? " and ". " (bibtex keeps a capital after ": " only).  46 of 2,184
  // titles of eight corpora's exports.
  CliLibrary lib;
  lib.import("seeds/002_c7d5c630647734e1.txt");
  lib.import("export/user67_quoted_titles.json");
  lib.import("export/user67_stop_subtitle.bib");
  lib.exported("bibtex", "refs.bib");
  const std::string titles = bibtex_titles(lib.dir, "refs");
  if (titles.empty()) {
    WARN("bibtex is not on PATH: skipped");
    return;
  }
  INFO(titles);
  CHECK(has(titles, "\t‘Listening State?’: exploring citizens’ perceptions of Open Government in Tokayev’s Kazakhstan"));
  CHECK(has(titles, "\t“Men cannot be raped”: Correlates of male rape myth acceptance"));
  CHECK(has(titles, "\t‘I think condoms are good but, aai, I hate those things’:"));
  CHECK(has(titles, "#(me)too much? The role of sexualizing online media"));
  CHECK(has(titles, "on walkability. A practical application in the city of Alghero"));
}

TEST_CASE("user67: network --format takes the names README gives, Pajek and VOSviewer", "[user67][network]") {
  // README's network row: "to GraphML, GML, GEXF ..., Pajek, VOSviewer, CSV,
  // SVG, PNG"; `--format pajek` and `--format vosviewer` were refused
  // ("unknown format 'vosviewer' (graphml, gml, gexf, net, vos, ...)"): the
  // names were net and vos.
  CliLibrary lib;
  lib.import("seeds/000_df640892cd32ce65.txt");
  const std::string net = lib.dir / "map.net", vos = lib.dir / "map.txt";
  const auto pajek = lib.run("network keywords --min-occurrences 1 --format pajek -o '" + net + "'");
  INFO(pajek.err);
  CHECK(pajek.status == 0);
  CHECK(has(slurp(net), "*Vertices"));
  const auto vosviewer = lib.run("network keywords --min-occurrences 1 --format VOSviewer -o '" + vos + "'");
  INFO(vosviewer.err);
  CHECK(vosviewer.status == 0);
  CHECK(has(slurp(vos), "id\tlabel"));
  CHECK(has(slurp(lib.dir / "map_network.txt"), "\t"));
  // The error lists the names a user may give.
  const auto bad = lib.run("network keywords --format gephi -o '" + std::string(lib.dir / "x.gephi") + "'");
  CHECK(bad.status != 0);
  CHECK(has(bad.err, "pajek"));
  CHECK(has(bad.err, "vosviewer"));
}

TEST_CASE("user67: a citing work of an Emerald page's list whose source names a conference is a conference paper",
          "[user67][import][pages]") {
  // Seed 001 (Emerald, a globalauthorid "Cited by" list, "Title;Source;Date"):
  // "Paradoxes in Digital Government ...;Proceedings of the 25th Annual
  // International Conference on Digital Government Research;2024-06-11" was a
  // journal article, exported @article{..., journal = {Proceedings of ...}}.
  CliLibrary lib;
  lib.import("seeds/001_32e6ab7cb331fef7.txt");
  auto type_of = [&](const std::string& title) {
    for (const auto& w : lib.json("list"))
      if (w.value("title", "").rfind(title, 0) == 0) return w.value("type", "");
    return std::string("(not found)");
  };
  CHECK(type_of("Paradoxes in Digital Government") == "paper-conference");
  CHECK(type_of("Validation of a Measuring Model") == "paper-conference");
  // Journals and a book stay as they were.
  CHECK(type_of("Managing paradoxes in the public sector") == "article-journal");
  CHECK(type_of("Consultative Authoritarianism") == "article-journal");
  const std::string bib = slurp(lib.exported("bibtex", "refs.bib"));
  CHECK(has(bib, "booktitle = {Proceedings of the 25th Annual International Conference on Digital Government Research}"));
  CHECK_FALSE(has(bib, "journal = {Proceedings of the 25th"));
}

TEST_CASE("user67: export --cites reads a Markdown paper's pandoc citations", "[user67][export][cites]") {
  // A pandoc user's paper (`pandoc --citeproc paper.md`) cites [@key] and
  // @key; `export --cites paper.md -o refs.bib` found no \cite and wrote 0
  // works, saying nothing.
  CliLibrary lib;
  lib.import("seeds/000_df640892cd32ce65.txt");
  lib.import("seeds/001_32e6ab7cb331fef7.txt");
  lib.import("seeds/002_c7d5c630647734e1.txt");
  const std::string md = lib.write("paper.md",
                                   "---\ntitle: A review\nbibliography: refs.bib\n---\n\n"
                                   "As @kassen2018promoting shows [see @anon2023listening, p. 3; -@{knoxndegovernment}].\n"
                                   "Write to ann@example.org; `@notakey` is code, and so is\n\n"
                                   "```\n@alsonotakey\n```\n\nA key no work has: [@nosuch2020].\n");
  const std::string out = lib.dir / "refs.bib";
  const auto r = lib.run("export --cites '" + md + "' -o '" + out + "'");
  INFO(r.err);
  CHECK(r.status == 3);  // a key no work has, as for a .tex paper
  const std::string bib = slurp(out);
  CHECK(has(bib, "@article{kassen2018promoting,"));
  CHECK(has(bib, "{anon2023listening,"));
  CHECK(has(bib, "{knoxndegovernment,"));
  CHECK(has(r.err, "'nosuch2020'"));
  CHECK_FALSE(has(r.err, "example"));
  CHECK_FALSE(has(r.err, "notakey"));
  // A paper that cites nothing says so.
  const std::string none = lib.write("none.md", "No citation here.\n");
  const auto n = lib.run("export --cites '" + none + "' -o '" + std::string(lib.dir / "none.bib") + "'");
  CHECK(has(n.err, "cites no work"));
}

TEST_CASE("user67: set author= reads names separated by ';' as show writes them", "[user67][edit]") {
  // Seed 002's article lacks its authors; `show` lists names with "; "
  // between them, and `set 9 'author=Kudaibergenova, Diana; Janenova,
  // Saltanat'` made one person, "Saltanat Kudaibergenova, Diana; Janenova"
  // (family "Kudaibergenova, Diana; Janenova"), and said "set author".
  CliLibrary lib;
  lib.import("seeds/002_c7d5c630647734e1.txt");
  const std::string work = "anon2023listening";
  lib.run("set", work + " 'author=Kudaibergenova, Diana; Janenova, Saltanat'");
  auto authors = lib.json("show " + work)[0]["authors"];
  INFO(authors.dump());
  CHECK(authors.size() == 2);
  CHECK(authors[0].value("family", "") == "Kudaibergenova");
  CHECK(authors[1].value("given", "") == "Saltanat");
  // show's own spelling, given names first, and an editor list likewise.
  lib.run("set", work + " 'author=Diana Kudaibergenova; Saltanat Janenova' 'editor=Knox, Colin;Roe, R.'");
  const auto w = lib.json("show " + work)[0];
  INFO(w.dump());
  CHECK(w["authors"].size() == 2);
  CHECK(w["authors"][1].value("family", "") == "Janenova");
  CHECK(w["editors"].size() == 2);
}

TEST_CASE("user67: set author= with a comma between two full names says it reads one person", "[user67][edit]") {
  // "Diana Kudaibergenova, Saltanat Janenova", as a paper lists its authors,
  // is BibTeX's one person (family "Diana Kudaibergenova", given "Saltanat
  // Janenova"); set said only "set author".  It is kept as BibTeX reads it,
  // and said.
  CliLibrary lib;
  lib.import("seeds/002_c7d5c630647734e1.txt");
  const auto r = lib.run("set", "anon2023listening 'author=Diana Kudaibergenova, Saltanat Janenova'");
  CHECK(has(r.err, "warning: author: 'Diana Kudaibergenova, Saltanat Janenova' is read as one person"));
  CHECK(has(r.err, "Diana Kudaibergenova and Saltanat Janenova"));
  // Names BibTeX's way, or with a one-word side, say nothing.
  const auto ok = lib.run("set", "anon2023listening 'author=Kudaibergenova, Diana and Janenova, Saltanat Ann'");
  CHECK_FALSE(has(ok.err, "warning"));
}

TEST_CASE("user67: a map labels a work of two authors with both names, and one without a year (n.d.)",
          "[user67][network]") {
  // Seed 001's "The e-government paradox in post-Soviet countries" (Knox &
  // Janenova, a citing work of the Emerald page without its date) was the
  // co-citation node "Knox et al.": one author's name for two, and no year,
  // where `list` writes "Knox & Janenova" and "n.d." and the map's cited
  // references "GOV.UK (n.d.)".
  auto person = [](std::string family, std::string given) {
    Creator c;
    c.family = std::move(family);
    c.given = std::move(given);
    return c;
  };
  Record r;
  r.title = "The e-government paradox in post-Soviet countries";
  r.authors = {person("Knox", "Colin"), person("Janenova", "Saltanat")};
  CHECK(network_doc(1, r).label == "Knox & Janenova (n.d.)");
  r.issued.year = 2019;
  CHECK(network_doc(1, r).label == "Knox & Janenova (2019)");
  r.authors.push_back(person("Kassen", "Maxat"));
  CHECK(network_doc(1, r).label == "Knox et al. (2019)");
  r.authors.resize(1);
  CHECK(network_doc(1, r).label == "Knox (2019)");
  Creator ministry;
  ministry.literal = "Ministry of Digital Development";
  r.authors.push_back(ministry);
  CHECK(network_doc(1, r).label == "Knox & Ministry of Digital Development (2019)");
}

TEST_CASE("user67: the keyword map says how its minimum of works was chosen, with the numbers", "[user67][network]") {
  // The umbrella review's search (WoS savedrecs + Scopus CSV): "107 keywords;
  // kept the 19 with at least 2 documents (1 in 30 works with keywords, 2 to
  // 10, lowered to keep 50, and at most 1000 nodes; ...)" read as a rule, not
  // as what happened: 1 in 30 of how many works, and was it lowered?
  CliLibrary lib;
  lib.import("corpora/umbrella-review__savedrecs.txt");
  lib.import("corpora/umbrella-review__scopus.csv");
  const auto r = lib.run("network", "keywords --format vos -o " + std::string(lib.dir / "kw.vos"));
  INFO(r.err);
  CHECK(has(r.err, "refnet network: 107 keywords; kept the 19 found in at least 2 works (the minimum: 1 in 30 of the "));
  CHECK(has(r.err, " works with keywords, from 2 to VOSviewer's 10); --min-occurrences N or --top N to choose\n"));
  CHECK_FALSE(has(r.err, "lowered to keep 50, and"));
}

TEST_CASE("user67: CSL-JSON writes a page's received date as CSL's submitted", "[user67][export][csl]") {
  // Seed 002 (T&F page): "Received 15 Feb 2023, Accepted 27 Sep 2023": the
  // CSL-JSON export said "1 value of received (page) not written: CSL-JSON has
  // no field for it"; CSL's date variable `submitted` is that date.
  CliLibrary lib;
  lib.import("seeds/002_c7d5c630647734e1.txt");
  const std::string out = std::string(lib.dir / "refs.json");
  const auto r = lib.run("export", "--format csl-json -o '" + out + "'");
  INFO(r.err);
  CHECK_FALSE(has(r.err, "of received (page) not written"));
  const auto items = nlohmann::json::parse(slurp(out));
  REQUIRE(items.size() == 1);
  CHECK(items[0].value("submitted", nlohmann::json()) == nlohmann::json::parse(R"({"date-parts": [[2023, 2, 15]]})"));
  // Read back and written again: the same date.
  CliLibrary back;
  back.import_file(out);
  const std::string again = std::string(back.dir / "again.json");
  back.run("export", "--format csl-json -o '" + again + "'");
  CHECK(nlohmann::json::parse(slurp(again))[0].value("submitted", nlohmann::json()) == items[0]["submitted"]);
}

// Reference parser, session 67 (issue 16): rules after the model.  The references are written for the test in the
// shapes met in reference lists of public READMEs and papers' pages (NLM-style web references to a data provider,
// NCBI's homepages), which state no licence: measured, never copied.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "refnet/record.hpp"
#include "refnet/refparse.hpp"
#include "refnet/refparse_kept.hpp"
#include "cli_library.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

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

// NLM's (Citing Medicine's) homepage: "Title [Internet]. Place: Publisher; date [cited …]. Available from: URL",
// the layout of a book on the Internet, the link the site's root or one folder of it: a web page, not a book.  The
// older "[homepage on the Internet]" says so itself and is no word of the title.  A book or report whose link goes
// further into the site ("…/tb/publications/global_report/en/") stays a book; a GeneReviews chapter a chapter.
TEST_CASE("parser67: NLM's homepage '[Internet]' is a web page", "[refparse][parser67]") {
  struct Case {
    const char* reference;
    const char* type;
    const char* title;
  };
  const Case cases[] = {
      {"National Library of Medicine. PubMed [Internet]. Bethesda (MD): National Library of Medicine; [cited 2024 Jan "
       "5]. Available from: https://pubmed.ncbi.nlm.nih.gov/",
       "webpage", "PubMed"},
      {"AMA: helping doctors help patients [Internet]. Chicago: American Medical Association; c1995-2007 [cited 2007 "
       "Feb 22]. Available from: http://www.ama-assn.org/.",
       "webpage", "AMA: helping doctors help patients"},
      {"Gene [Internet]. Bethesda (MD): National Library of Medicine (US), National Center for Biotechnology "
       "Information; 2004 \u2013 [cited 2018 Feb 08]. Available from: https://www.ncbi.nlm.nih.gov/gene/.",
       "webpage", "Gene"},
      {"American Cancer Society [homepage on the Internet]. Atlanta: The Society; c2005 [cited 2005 Jan 1]. "
       "Available from: http://www.cancer.org",
       "webpage", "American Cancer Society"},
      {"World Health Organization. Global tuberculosis report [Internet]. Geneva: WHO; 2019 [cited 2020 May 3]. "
       "Available from: https://www.who.int/tb/publications/global_report/en/",
       "book", "Global tuberculosis report"},
      {"Bird TD. Alzheimer Disease Overview. 1998 Oct 23 [Updated 2018 Dec 20]. In: Adam MP, Ardinger HH, Pagon RA, "
       "et al., editors. GeneReviews\u00ae [Internet]. Seattle (WA): University of Washington, Seattle; 1993-2019. "
       "Available from: https://www.ncbi.nlm.nih.gov/books/NBK1161/",
       "chapter", "Alzheimer Disease Overview"},
      // An edition says book whatever the link.
      {"Hall JE. Guyton and Hall textbook of medical physiology [Internet]. 13th ed. Philadelphia: Elsevier; 2016 "
       "[cited 2020 Jan 2]. Available from: https://example.org",
       "book", "Guyton and Hall textbook of medical physiology"},
  };
  for (const Case& c : cases) {
    INFO(c.reference);
    Record r = parse_reference(c.reference);
    CHECK(r.type == c.type);
    CHECK(r.title == c.title);
  }
  Record r = parse_reference(cases[3].reference);
  CHECK(r.publisher == "The Society");
  CHECK(r.publisher_place == "Atlanta");
  CHECK(r.issued.year == 2005);
  // "c2000-01 [updated 2002 May 16; cited …]": the copyright's years are the work's date; the update's month and
  // day are not its (before: 2000-05-16), the update is the note's.
  r = parse_reference(
      "Cancer-Pain.org [Internet]. New York: Association of Cancer Online Resources, Inc.; c2000-01 [updated 2002 May "
      "16; cited 2002 Jul 9]. Available from: http://www.cancer-pain.org/.");
  CHECK(r.type == "webpage");
  CHECK(r.issued.year == 2000);
  CHECK(r.issued.month == 0);
  CHECK(r.issued.day == 0);
  CHECK(r.get_extra("accessed") == "2002-07-09");
  CHECK(r.get_extra("note").find("updated 2002 May 16") != std::string::npos);
}

// NLM's chapter of a book on the Internet (GeneReviews), "Names. Title. Date [Updated …]. In: …": the model ran the
// authors' span on over the chapter's title ("Bird TD. Hereditary Neuropathy Overview." one authors' span: before,
// the person "Overview, Bird TD. Hereditary Neuropathy" and no title).
TEST_CASE("parser67: NLM's chapter: the title after Vancouver's names", "[refparse][parser67]") {
  Record r = parse_reference(
      "Bird TD. Hereditary Neuropathy Overview. 1998 Sep 28 [Updated 2023 Nov 9]. In: Adam MP, Feldman J, Mirzaa GM, "
      "et al., editors. GeneReviews\u00ae [Internet]. Seattle (WA): University of Washington, Seattle; 1993-2024. "
      "Available from: https://www.ncbi.nlm.nih.gov/books/NBK1358/");
  REQUIRE(r.authors.size() == 1);
  CHECK(r.authors[0].family == "Bird");
  CHECK(r.authors[0].given == "TD");
  CHECK(r.title == "Hereditary Neuropathy Overview");
  CHECK(r.container_title == "GeneReviews\u00ae");
  CHECK(r.type == "chapter");
  CHECK(r.issued.year == 1998);
}

// The dates after the book's publisher in NLM's chapter ("Seattle (WA): University of Washington, Seattle;
// 1993-2019."): the book's, kept in the annotation (CSL has no field for a container's date), and said as such
// (before: "a date span after the work's date", as a reprint's year is).
TEST_CASE("parser67: NLM's chapter: the book's dates are said as the book's", "[refparse][parser67]") {
  std::vector<KeptSpan> kept;
  Record r = parse_reference(
      "Bird TD. Alzheimer Disease Overview. 1998 Oct 23 [Updated 2018 Dec 20]. In: Adam MP, Ardinger HH, Pagon RA, "
      "et al., editors. GeneReviews\u00ae [Internet]. Seattle (WA): University of Washington, Seattle; 1993-2019. "
      "Available from: https://www.ncbi.nlm.nih.gov/books/NBK1161/",
      nullptr, &kept);
  CHECK(r.issued.year == 1998);
  CHECK(r.get_extra("annote") == "1993-2019");
  REQUIRE(kept.size() == 1);
  CHECK(std::string(kept[0].why) == "the book's dates after its publisher");
  // A reprint's year after the work's stays "a date span after the work's date".
  kept.clear();
  parse_reference("Althusser, Louis (1970), Ideology and Ideological State Apparatuses, in Lenin and Philosophy and "
                  "Other Essays (1971), London, New Left Books.",
                  nullptr, &kept);
  for (const KeptSpan& k : kept) CHECK(std::string(k.why) != "the book's dates after its publisher");
}

// `refnet edit` shows the user's notes as BibTeX's annote (YAML's notes); a work's own annotation (a span the parser
// kept, a .bib source's annote) was not shown at all.  Saving an edit keeps it (no loss); the view now shows it as a
// comment line, which reading the file back ignores.
TEST_CASE("parser67: refnet edit shows a work's own annotation as a comment and keeps it", "[refparse][parser67]") {
  CliLibrary lib;
  const std::string parsed = run_refnet("parse --json -", "Althusser, Louis (1970), Ideology and Ideological State "
                                                          "Apparatuses, in Lenin and Philosophy and Other Essays (1971), "
                                                          "London, New Left Books.\n").out;
  lib.run("import", "'" + lib.write("a.json", parsed) + "'");
  TempDir d;
  const std::string shown_bib = d / "shown.bib", shown_yaml = d / "shown.yaml";
  auto editor = [&](const std::string& name, const std::string& script) {
    std::string path = d / name;
    { std::ofstream(path) << "#!/bin/sh\n" << script << "\n"; }
    std::filesystem::permissions(path, std::filesystem::perms::owner_all);
    return path;
  };
  const std::string ed = editor("ed", "cp \"$1\" '" + shown_bib + "'\nsed -i 's/^  title = .*/  title = {Ideology},/' \"$1\"");
  {
    EnvVar no_visual("VISUAL", nullptr);
    EnvVar e("EDITOR", ed.c_str());
    CHECK(lib.run("edit", "1").out == "edited title on work 1\n");
  }
  const std::string bib = slurp(shown_bib);
  INFO(bib);
  CHECK(bib.find("% annote (the work's own, kept; not edited here): 1971\n") != std::string::npos);
  CHECK(bib.find("  annote = ") == std::string::npos);  // the user's notes: none
  nlohmann::json w = lib.json("show 1")[0];
  CHECK(w.at("title") == "Ideology");
  CHECK(w.at("extra").dump().find("[\"annote\",\"1971\"]") != std::string::npos);
  const std::string keep = editor("keep", "cp \"$1\" '" + shown_yaml + "'");
  {
    EnvVar no_visual("VISUAL", nullptr);
    EnvVar e("EDITOR", keep.c_str());
    CHECK(lib.run("edit", "--as yaml 1").out == "nothing changed on work 1\n");
  }
  CHECK(slurp(shown_yaml).find("# annote (the work's own, kept; not edited here): 1971\n") != std::string::npos);
}

// The same name the model read as the title's first sentence ("Our World in Data. Energy production and
// consumption. 2023. https://ourworldindata.org/…": before, the title "Our World in Data. Energy production and
// consumption", no author): the author, an organisation; the title the words after it.
TEST_CASE("parser67: a title's first sentence that the link's host spells is the author", "[refparse][parser67]") {
  Record r = parse_reference(
      "Our World in Data. Energy production and consumption. 2023. https://ourworldindata.org/energy-production");
  REQUIRE(r.authors.size() == 1);
  CHECK(r.authors[0].literal == "Our World in Data");
  CHECK(r.title == "Energy production and consumption");
  // A title alone, nothing after its first sentence: stays the title.
  r = parse_reference("Natural Earth. 2020. https://www.naturalearthdata.com/");
  CHECK(r.title == "Natural Earth");
}

// A person's own site on a hosting service ("Kaiming He. … https://kaiminghe.github.io/…"): the host's name is the
// two words alone once the service's part (".github.io", ".gitlab.io", ".blogspot.com", …) is set aside, as on
// "www.mettefrederiksen.dk": a person (before: the organisation "Kaiming He", ".github" making the host more than
// the name).  An organisation's three words on such a host stay an organisation.
TEST_CASE("parser67: a person's site on a hosting service names a person", "[refparse][parser67]") {
  struct Case {
    const char* reference;
    const char* literal;  // "" for a person
    const char* family;
  };
  const Case cases[] = {
      {"Kaiming He. Deep residual networks tutorial. 2016. https://kaiminghe.github.io/icml16_tutorial.html", "",
       "He"},
      {"Xiao Ming. Notes on graph neural networks. 2021. https://xiaoming.github.io/notes/gnn.html", "", "Ming"},
      {"Xiao Ming. Notes on graph neural networks. 2021. https://xiaoming.gitlab.io/notes/gnn.html", "", "Ming"},
      {"Xiao Ming. Notes on graph neural networks. 2021. https://xiaoming.netlify.app/notes/gnn.html", "", "Ming"},
      {"Xiao Ming. Notes on graph neural networks. 2021. http://xiaoming.blogspot.com/2021/01/gnn.html", "", "Ming"},
      {"Xiao Ming. Notes on graph neural networks. 2021. https://xiaoming.wordpress.com/2021/01/gnn/", "", "Ming"},
      {"Xiao Ming. Notes on graph neural networks. 2021. https://xiaoming.medium.com/notes-on-gnn-1a2b3c", "",
       "Ming"},
      {"Our World in Data. Energy production and consumption. 2023. https://ourworldindata.github.io/energy/",
       "Our World in Data", ""},
  };
  for (const Case& c : cases) {
    INFO(c.reference);
    Record r = parse_reference(c.reference);
    REQUIRE(!r.authors.empty());
    CHECK(r.authors[0].literal == c.literal);
    CHECK(r.authors[0].family == c.family);
  }
}

// NLM's "[Internet]" report or book whose link is a short link ("https://bit.ly/2XyZab1"): one path part, but a
// redirect to a page deep in a site, not the site's root or a folder of it: the book or report it was (before: a web
// page).  A DOI's link has two parts and was never taken.
TEST_CASE("parser67: NLM's '[Internet]' with a short link is no homepage", "[refparse][parser67]") {
  const char* refs[] = {
      "World Health Organization. Global tuberculosis report [Internet]. Geneva: WHO; 2019 [cited 2020 May 3]. "
      "Available from: https://bit.ly/2XyZab1",
      "World Health Organization. Global tuberculosis report [Internet]. Geneva: WHO; 2019 [cited 2020 May 3]. "
      "Available from: https://tinyurl.com/tbreport2019",
      "World Health Organization. Global tuberculosis report [Internet]. Geneva: WHO; 2019 [cited 2020 May 3]. "
      "Available from: https://apps.who.int/3kAqZ9p",
  };
  Record base = parse_reference(
      "World Health Organization. Global tuberculosis report [Internet]. Geneva: WHO; 2019 [cited 2020 May 3]. "
      "Available from: https://www.who.int/tb/publications/global_report/en/");
  for (const char* ref : refs) {
    INFO(ref);
    Record r = parse_reference(ref);
    CHECK(r.type != "webpage");
    CHECK(r.type == base.type);
    CHECK(r.title == "Global tuberculosis report");
  }
  // The site's root and one folder stay homepages.
  CHECK(parse_reference("Gene [Internet]. Bethesda (MD): National Library of Medicine (US), National Center for "
                        "Biotechnology Information; 2004 \u2013 [cited 2018 Feb 08]. Available from: "
                        "https://www.ncbi.nlm.nih.gov/gene/.")
            .type == "webpage");
}

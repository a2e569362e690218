// Reference parser, session 66 (issue 16): rules after the model.  The references are written for the test in the
// shapes met in NLM-style (Citing Medicine) reference lists of public READMEs and papers' pages (NCBI Bookshelf's
// "cite this" lines for GeneReviews and StatPearls chapters, NCBI's database citations, web pages cited "[Internet].
// [cited …]"), which state no licence: measured, never copied.
#include <catch2/catch.hpp>

#include <cstdlib>
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

bool has(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

std::string first_author(const Record& r) {
  if (r.authors.empty()) return "";
  return r.authors[0].is_literal() ? r.authors[0].literal : r.authors[0].family;
}

}  // namespace

// NLM's reference to a work on the Internet: "[Internet]" ends the work's name, then "Place: Publisher; date
// [updated …; cited …]. Available from: URL".  The model read the name as a note or as the author, an organisation
// before it as the title or the publisher, "c2018" into the publisher and "[updated …]" into the note.
TEST_CASE("parser66: NLM's web page, database or book '[Internet]': title, authors, place, publisher, date",
          "[refparse][parser66]") {
  struct Case {
    const char* reference;
    const char* author;  // first author's family name or organisation, "" for none
    const char* title;
    int year;
    const char* publisher;
    const char* place;
    const char* accessed;
  };
  const Case cases[] = {
      {"1. FAQs [Internet]. [cited 2015 Jan 25]. Available from: http://www.example.edu/support/faqs/what-is-a-codebook",
       "", "FAQs", 0, "", "", "2015-01-25"},
      {"3. Plots for papers made with ggplot2 \u2022 ggpubr [Internet]. [cited 2023 Jan 27]. Available from: "
       "https://rpkgs.example.com/ggpubr/",
       "", "Plots for papers made with ggplot2 \u2022 ggpubr", 0, "", "", "2023-01-27"},
      {"National Cancer Institute. Cancer stat facts [Internet]. Bethesda (MD): NCI; c2018 [cited 2020 Mar 2]. "
       "Available from: https://seer.cancer.gov/statfacts/",
       "National Cancer Institute", "Cancer stat facts", 2018, "NCI", "Bethesda (MD)", "2020-03-02"},
      {"Centers for Disease Control. Diabetes [Internet]. Atlanta: CDC; [updated 2019 Jan 2; cited 2020 May 3]. "
       "Available from: https://www.cdc.gov/diabetes",
       "Centers for Disease Control", "Diabetes", 2019, "CDC", "Atlanta", "2020-05-03"},
      {"Gene [Internet]. Bethesda (MD): National Library of Medicine (US), National Center for Biotechnology "
       "Information; 2004 \u2013 [cited 2018 Feb 08]. Available from: https://www.ncbi.nlm.nih.gov/gene/.",
       "", "Gene", 2004, "National Library of Medicine (US), National Center for Biotechnology Information",
       "Bethesda (MD)", "2018-02-08"},
      {"RxNorm [Internet]. Bethesda (MD): National Library of Medicine (US); [cited 2024 Jan 5]. Available from: "
       "https://rxnorm.nlm.nih.gov/",
       "", "RxNorm", 0, "National Library of Medicine (US)", "Bethesda (MD)", "2024-01-05"},
      {"World Health Organization. Global tuberculosis report [Internet]. Geneva: WHO; 2019 [cited 2020 May 3]. "
       "Available from: https://www.who.int/tb/publications/global_report/en/",
       "World Health Organization", "Global tuberculosis report", 2019, "WHO", "Geneva", "2020-05-03"},
      {"5. Blom V. pymunk - PyPI [Internet]. 2019 [cited 2020 Apr 20]. Available from: https://pypi.org/project/pymunk/",
       "Blom", "pymunk - PyPI", 2019, "", "", "2020-04-20"},
  };
  for (const Case& c : cases) {
    INFO(c.reference);
    Record r = parse_reference(c.reference);
    CHECK(first_author(r) == c.author);
    CHECK(r.title == c.title);
    CHECK(r.issued.year == c.year);
    CHECK(r.publisher == c.publisher);
    CHECK(r.publisher_place == c.place);
    CHECK(r.get_extra("accessed") == c.accessed);
    CHECK(!has(r.title, "Internet"));
    CHECK(!has(r.get_extra("note"), "cited"));
  }
}

// A chapter of a book on the Internet (NCBI's Bookshelf: GeneReviews, StatPearls, the NCBI Handbook): "Title. Date
// [Updated date]. In: Editors, editors. Book [Internet]. Place: Publisher; dates. Available from: URL".  The model
// read the book's name into the editors' span or a note, "[Updated …]" into the title.
TEST_CASE("parser66: NLM's chapter of a book '[Internet]': the book is the container", "[refparse][parser66]") {
  struct Case {
    const char* reference;
    const char* author;
    const char* title;
    const char* container;
    int year;
    const char* publisher;
    const char* place;
  };
  const Case cases[] = {
      {"Bird TD. Alzheimer Disease Overview. 1998 Oct 23 [Updated 2018 Dec 20]. In: Adam MP, Ardinger HH, Pagon RA, "
       "et al., editors. GeneReviews\u00ae [Internet]. Seattle (WA): University of Washington, Seattle; 1993-2019. "
       "Available from: https://www.ncbi.nlm.nih.gov/books/NBK1161/",
       "Bird", "Alzheimer Disease Overview", "GeneReviews\u00ae", 1998, "University of Washington, Seattle",
       "Seattle (WA)"},
      {"12. Iqbal AM, Jamal SF. Essential Hypertension. [Updated 2023 Jul 20]. In: StatPearls [Internet]. Treasure "
       "Island (FL): StatPearls Publishing; 2024 Jan-. Available from: https://www.ncbi.nlm.nih.gov/books/NBK539859/",
       "Iqbal", "Essential Hypertension", "StatPearls", 2023, "StatPearls Publishing", "Treasure Island (FL)"},
      {"Madden T. The BLAST Sequence Analysis Tool. 2002 Oct 9 [Updated 2003 Aug 13]. In: McEntyre J, Ostell J, "
       "editors. The NCBI Handbook [Internet]. Bethesda (MD): National Center for Biotechnology Information (US); "
       "2002-. Chapter 16. Available from: http://www.ncbi.nlm.nih.gov/books/NBK21097/",
       "Madden", "The BLAST Sequence Analysis Tool", "The NCBI Handbook", 2002,
       "National Center for Biotechnology Information (US)", "Bethesda (MD)"},
  };
  for (const Case& c : cases) {
    INFO(c.reference);
    Record r = parse_reference(c.reference);
    CHECK(first_author(r) == c.author);
    CHECK(r.title == c.title);
    CHECK(r.container_title == c.container);
    CHECK(r.issued.year == c.year);
    CHECK(r.publisher == c.publisher);
    CHECK(r.publisher_place == c.place);
  }
}

// What the model reads right stays: a journal on the Internet (its volume after the bracketed dates), a title after
// two sentences ("Lozano JE. lozalojo/mem: … library. Zenodo [Internet].").
TEST_CASE("parser66: NLM's journal '[Internet]' and a repository after the title stay the model's",
          "[refparse][parser66]") {
  Record r = parse_reference(
      "Smith J. Patient safety online. J Med Internet Res [Internet]. 2018 [cited 2020 Jan 4];20(3):e100. Available "
      "from: https://www.jmir.org/2018/3/e100");
  CHECK(first_author(r) == "Smith");
  CHECK(r.title == "Patient safety online");
  CHECK(r.container_title == "J Med Internet Res");
  CHECK(r.volume == "20");
  CHECK(r.issue == "3");
  r = parse_reference(
      "Lozano JE. lozalojo/mem: Second release of the MEM R library. Zenodo [Internet]. [cited 2017 Feb 1]; Available "
      "from: https://zenodo.org/record/165983");
  CHECK(first_author(r) == "Lozano");
  CHECK(r.title == "lozalojo/mem: Second release of the MEM R library");
}

// A title the model split with a one-word run of another label inside it: "“What Were We—Idiots?”: Re-evaluating
// Female Spectatorship …" (a chapter in APA, its "Re-" labelled a journal: the title cut at its colon, "Re" the
// container, the rest a second title kept).
TEST_CASE("parser66: a one-word run of another label inside a title is the title's", "[refparse][parser66]") {
  Record r = parse_reference(
      "Fazekas, A., & Vena, D. (2020). \u201cWhat Were We\u2014Idiots?\u201d: Re-evaluating Female Spectatorship and "
      "the New Horror Heroine with Catherine Hardwicke\u2019s Twilight. In K. Paszkiewicz & S. Rusnak (Eds.), Final "
      "Girls, Feminism and Popular Culture (pp. 229\u2013245). Springer International Publishing. "
      "https://doi.org/10.1007/978-3-030-31523-8_12");
  CHECK(has(r.title, "Re-evaluating Female Spectatorship"));
  CHECK(r.container_title == "Final Girls, Feminism and Popular Culture");
  CHECK(!has(r.get_extra("annote"), "evaluating"));
}

// HEP's "G. Arnison et al. [UA1 Collaboration]": the persons are the authors (parser65); the collaboration's name
// after "et al." was cut with it without a word.  It is kept in the annotation, and said.
TEST_CASE("parser66: a collaboration after et al. is kept and said", "[refparse][parser66]") {
  std::vector<KeptSpan> kept;
  const std::string text = "[7] G. Arnison et al. [UA1 Collaboration], Phys. Lett. B 122 103 (1983).";
  Record r = parse_reference(text, nullptr, &kept);
  REQUIRE(!r.authors.empty());
  CHECK(r.authors[0].family == "Arnison");
  CHECK(has(r.get_extra("annote"), "UA1 Collaboration"));
  REQUIRE(kept.size() == 1);
  CHECK(has(kept[0].written, "UA1 Collaboration"));
  CHECK(text.compare(kept[0].at, kept[0].written.size(), kept[0].written) == 0);
  r = parse_reference("M. Ackermann et al. (Fermi-LAT), Astrophys. J. 750, 3 (2012).", nullptr, &kept);
  CHECK(has(r.get_extra("annote"), "Fermi-LAT"));
  // An editors' word after "et al." is no such name: the names are the editors.
  kept.clear();
  r = parse_reference("C.S. Hong et al. (Eds.) APNOMS 2009, LNCS 5787, pp. 486\u2013489, 2009.", nullptr, &kept);
  for (const KeptSpan& k : kept) CHECK(!has(k.written, "Eds"));
}

// NLM's and AMA's copyright year after the publisher ("Washington, DC, OPS; c1997."; GROBID's Crossref citations):
// the year, no publisher's word.
TEST_CASE("parser66: a copyright year 'c1997' after the publisher is the year", "[refparse][parser66]") {
  Record r = parse_reference("Benguigui Y. Acute respiratory infections: technical bases of control strategies. "
                             "Washington, DC, OPS; c1997.");
  CHECK(r.issued.year == 1997);
  CHECK(!has(r.publisher, "c1997"));
  // Two places and publishers before the colon's (the model's reading): the name after "In:" is still the book.
  r = parse_reference(
      "49. Rogers GE, Bawden CS. Improvement of wool production. In: Johnson NAG, Russell IM, editors. Advances in "
      "wool technology [Internet]. Cambridge, England; Boca Raton, FL: Woodhead; CRC Press; 2009 [cited 2014 Nov 30]. "
      "p. 3\u201321. Available from: http://www.example.com/books/wool");
  CHECK(r.container_title == "Advances in wool technology");
  CHECK(r.publisher != "Cambridge, England");
}

// A chapter whose book's editors follow "Dans" or "in" with no editors' word: "… théorique. Dans C. Garnier, & M.-L.
// Rouquette, Représentations sociales et éducation (pp. 133-142).", "« Anthroponymie et parenté », dans BOURIN
// Monique, …, Genèse médiévale …" (AnyStyle's labelled references, held-out).  The model read the names as a second
// authors' span and the book as a second title, both kept.
TEST_CASE("parser66: the names and book after 'Dans' or 'in' are the editors and the container",
          "[refparse][parser66]") {
  Record r = parse_reference(
      "Rouquette, M.-L. (2000). Repr\u00e9sentations et pratiques sociales : une analyse th\u00e9orique. Dans C. "
      "Garnier, & M.-L. Rouquette, Repr\u00e9sentations sociales et \u00e9ducation (pp. 133-142). Montr\u00e9al: "
      "Editions nouvelles AMS.");
  CHECK(r.title == "Repr\u00e9sentations et pratiques sociales : une analyse th\u00e9orique");
  CHECK(r.container_title == "Repr\u00e9sentations sociales et \u00e9ducation");
  REQUIRE(r.editors.size() == 2);
  CHECK(r.editors[0].family == "Garnier");
  CHECK(r.get_extra("annote").empty());
}

// A kept span in a bibliography: in the note, biblatex's standard styles (authoryear, numeric) printed it inside the
// entry ("Althusser, Louis (1970). Ideology and Ideological State Apparatuses … Essays. 1971. London: New Left
// Books.": a reprint's year read as the work's; biber 2.x and the standard styles, session 66).  It is kept in the
// annotation (CSL annote, biblatex annotation), which they do not print: parse, import of the CSL-JSON, biblatex.
TEST_CASE("parser66: a kept span goes to the annotation, not the printed note", "[refparse][parser66]") {
  CliLibrary lib;
  const std::string refs = lib.write(
      "refs.txt",
      "Althusser, Louis (1970), Ideology and Ideological State Apparatuses in Lenin and Philosophy and other Essays "
      "(1971), London, New Left Books.\n");
  CommandResult parsed = run_refnet("parse --json '" + refs + "'");
  REQUIRE(parsed.status == 0);
  CHECK(has(parsed.err, "a date span after the work's date '1971' kept in the annotation"));
  CHECK(has(parsed.out, "\"annote\": \"1971\""));
  CHECK(!has(parsed.out, "\"note\""));
  lib.import_file(lib.write("refs.json", parsed.out));
  std::string bib = slurp(lib.exported("biblatex", "out.bib"));
  CHECK(has(bib, "annotation = {1971}"));
  CHECK(!has(bib, "note = {1971}"));
  // Every export keeps it, without a word of loss.
  for (const char* format : {"bibtex", "ris", "csljson"}) {
    CommandResult r = lib.run(std::string("export --no-pin --format ") + format);
    INFO(format << ": " << r.err);
    REQUIRE(r.status == 0);
    CHECK(!has(r.err, "not written"));
    CHECK(has(r.out, format[0] == 'b' ? "annote = {1971}" : format[0] == 'r' ? "N1  - 1971" : "\"annote\": \"1971\""));
  }
}

// Vancouver's chapter: "In: Paszkiewicz K, Rusnak S, editors. Final Girls, Feminism and Popular Culture. Cham: …"
// (styles_sample.tsv's Vancouver rows): the model ran the editors' span on into the book's first words.
TEST_CASE("parser66: the book after Vancouver's 'editors.' is the container whole", "[refparse][parser66]") {
  Record r = parse_reference(
      "36. Pinedo I. Get Out: Moral Monsters at the Intersection of Racism and the Horror Film. In: Paszkiewicz K, "
      "Rusnak S, editors. Final Girls, Feminism and Popular Culture. Cham: Springer International Publishing; 2020. p. "
      "95\u2013114.");
  CHECK(r.container_title == "Final Girls, Feminism and Popular Culture");
  REQUIRE(r.editors.size() == 2);
  CHECK(r.editors[1].family == "Rusnak");
}

// A CSL-JSON item's annote (CSL's annotation: the SBL system's first-note text) was written by the CSL-JSON export of
// its own items alone: BibTeX, biblatex and RIS said "1 value of annote (csl-json) not written: … has no field for it",
// though BibTeX has annote, biblatex annotation and RIS N1 (issue 11).
TEST_CASE("parser66: a CSL-JSON item's annote is kept by every export", "[export][parser66]") {
  const std::string annote = "Hermann W. Beyer, \"\u03b4\u03b9\u03b1\u03ba\u03bf\u03bd\u03ad\u03c9, "
                             "\u03b4\u03b9\u03b1\u03ba\u03bf\u03bd\u03af\u03b1, \u03ba\u03c4\u03bb,\" <i>TDNT</i> 2:81\u201393";
  CliLibrary lib;
  lib.import("csl/sbl_annote.json");
  auto exported = [&](const std::string& format) {
    CommandResult r = lib.run("export --no-pin --format " + format);
    INFO(format << ": " << r.err);
    REQUIRE(r.status == 0);
    CHECK(!has(r.err, "annote"));  // nothing "not written"
    return r.out;
  };
  const std::string biblatex = exported("biblatex");
  CHECK(has(biblatex, "annotation = {Hermann W. Beyer,"));
  CHECK(has(biblatex, "TDNT 2:81\u201393}"));
  const std::string bibtex = exported("bibtex");
  CHECK(has(bibtex, "annote = {Hermann W. Beyer,"));
  const std::string ris = exported("ris");
  CHECK(has(ris, "N1  - Hermann W. Beyer,"));
  const std::string csl = exported("csljson");
  auto items = nlohmann::json::parse(csl);
  REQUIRE(items.size() == 1);
  CHECK(items[0].value("annote", "") == annote);
  // bibtex and biber take the field without a word.
  if (std::system("command -v biber >/dev/null 2>&1") == 0) {
    TempDir tmp;
    std::ofstream(tmp / "refs.bib") << biblatex;
    std::system(("cd '" + tmp.path.string() +
                 "' && biber --tool --validate-datamodel --output-file=out.bib refs.bib >tool.out 2>&1")
                    .c_str());
    const std::string said = slurp(tmp / "tool.out");
    INFO(said);
    CHECK(!has(said, "annotation"));
    CHECK(!has(said, "ERROR"));
  }
  if (std::system("command -v bibtex >/dev/null 2>&1") == 0) {
    TempDir tmp;
    std::ofstream(tmp / "refs.bib") << bibtex;
    std::ofstream(tmp / "p.aux") << "\\relax\n\\citation{*}\n\\bibstyle{plain}\n\\bibdata{refs}\n";
    std::system(("cd '" + tmp.path.string() + "' && bibtex p >tool.out 2>&1").c_str());
    const std::string blg = slurp(tmp / "p.blg");
    INFO(blg);
    CHECK(!has(blg, "annote"));
    CHECK(!has(blg, "error message"));
  }
  // Read back, each keeps it: biblatex's annotation and BibTeX's annote are the CSL annote again.
  for (const std::string* bib : {&biblatex, &bibtex}) {
    INFO(*bib);
    CliLibrary back;
    back.import_file(back.write("back.bib", *bib));
    CommandResult r = back.run("export --no-pin --format csljson");
    REQUIRE(r.status == 0);
    CHECK(has(r.out, "\"annote\": \"Hermann W. Beyer,"));
  }
  // A .bib source's annote (BibTeX) or annotation (biblatex) in CSL-JSON and RIS too (before: "not written").
  CliLibrary bib;
  bib.import_file(bib.write("annotation.bib", "@article{a1,\n author={Doe, Jane},\n title={A title},\n journal={J},\n"
                                                " year={2001},\n annotation={My \\emph{reading} note.}\n}\n"));
  for (const char* format : {"csljson", "ris"}) {
    CommandResult r = bib.run(std::string("export --no-pin --format ") + format);
    INFO(format << ": " << r.err);
    CHECK(!has(r.err, "annotation"));
    CHECK(has(r.out, format[0] == 'c' ? "\"annote\": \"My reading note.\"" : "N1  - My reading note."));
  }
}

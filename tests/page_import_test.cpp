// Pages and plain text (importers/page_text.cpp, src/reference_sections.cpp):
// the seed pages copied from Emerald, Taylor & Francis and OECD, and
// hand-made pages in the shapes of bibliographies copied out of PDFs.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <set>

#include "refnet/page_text.hpp"
#include "refnet/reference_sections.hpp"
#include "refnet/reference_strings.hpp"
#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

const std::string kSeed000 = fixture("seeds/000_df640892cd32ce65.txt");
const std::string kSeed001 = fixture("seeds/001_32e6ab7cb331fef7.txt");
const std::string kSeed002 = fixture("seeds/002_c7d5c630647734e1.txt");
const std::string kSeed003 = fixture("seeds/003_b8ec5370962abd76.txt");
const std::string kSeed004 = fixture("seeds/004_6ea74159478d7555.txt");

bool has_warning(const Parsed& p, std::string_view text) {
  for (const Diagnostic& d : p.diags.items())
    if (d.severity == Severity::warning && d.message.find(text) != std::string::npos) return true;
  return false;
}

std::vector<std::string> texts(const ReferenceList& l) {
  std::vector<std::string> out;
  for (const ReferenceItem& i : l.items) out.push_back(i.text);
  return out;
}

}  // namespace

// ---------------------------------------------------------------------------
// Headings.

TEST_CASE("reference list headings, and sentences that only start like one", "[page]") {
  SectionHeading h;
  for (const char* yes : {"References", "REFERENCES", "References:", "7. References", "Bibliography", "Literature cited",
                          "Works Cited", "Notes and references", "Reference list"}) {
    INFO(yes);
    CHECK(reference_heading(yes, &h));
    CHECK(h.kind == SectionKind::references);
  }
  REQUIRE(reference_heading("Reference35 articles.", &h));
  CHECK(h.kind == SectionKind::references);
  CHECK(h.announced == 35);
  REQUIRE(reference_heading("Cited by 33 articles. ", &h));
  CHECK(h.kind == SectionKind::cited_by);
  CHECK(h.announced == 33);
  // The aggregator's widget glued on.
  REQUIRE(reference_heading("Cited by 33 articles. \u8ba2\u9605\u6b64\u8bba\u6587\u65bd\u5f15\u6587\u732e "
                            "\u8ba2\u9605\u6b64\u8bba\u6587\u65bd\u5f15\u6587\u732e,\u6ce8\u518c\u540e\u53ef\u4ee5",
                            &h));
  CHECK(h.announced == 33);
  CHECK(reference_heading("Cited by", &h));
  CHECK(h.announced == 0);
  CHECK_FALSE(reference_heading("Cited by lists all citing articles based on Crossref citations."));
  CHECK_FALSE(reference_heading("References to the Listening State are frequent"));
  CHECK_FALSE(reference_heading("Referenced works 12"));
}

// ---------------------------------------------------------------------------
// The seeds.

TEST_CASE("seed 003 (OECD chapter): one work, the chapter, with its 97 references and their 30 DOIs", "[page]") {
  Parsed p = parse_file(kSeed003);
  CHECK(p.diags.errors() == 0);
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.provenance.format == "page");
  CHECK(r.type == "chapter");
  CHECK(r.title == "Innovation management in the public administration");
  CHECK(r.container_title == "OECD Public Governance Scan of Kazakhstan");
  CHECK(starts_with(r.abstract, "This chapter provides an overview of public sector innovation in Kazakhstan."));
  REQUIRE(r.references.size() == 97);
  std::set<std::string> dois;
  for (const Reference& x : r.references)
    if (!x.doi.empty()) dois.insert(x.doi);
  CHECK(dois.size() == 30);
  CHECK(dois.count("10.1787/9789264270879-en"));
  // Read by parse_reference (refparse.hpp).
  const Reference& de_vries = r.references[12];
  CHECK(de_vries.author == "De Vries, H.");
  CHECK(de_vries.year == "2016");
  CHECK(de_vries.title == "Innovation in the public sector: A systematic review and future research agenda");
  CHECK(de_vries.container == "Public Administration");
  CHECK(de_vries.doi == "10.1111/padm.12209");
  // The list's first entry, its number gone; the text as the page wrote it.
  CHECK(r.references[0].raw ==
        "Academy of Public Administration (n.d.), Kazakhstan Project Management Awards 2022, "
        "https://www.apa.kz/en/competition/ (accessed on 25 July 2024).");
  CHECK(r.references[96].raw.find("WHO Regional Office for Europe (2022)") == 0);
  // No DOI of its own (the page gives none; the references' are theirs) and
  // no authors: flagged.
  CHECK(r.doi.empty());
  CHECK(r.get_extra("incomplete") == "no authors, no DOI, no date");
  CHECK(has_warning(p, "is incomplete (no authors, no DOI, no date on the page)"));
}

TEST_CASE("seed 001 (Emerald via an aggregator): the article, its 4 visible references, 5 citing works", "[page]") {
  Parsed p = parse_file(kSeed001);
  CHECK(p.diags.errors() == 0);
  REQUIRE(p.records.size() == 6);
  const Record& r = p.records[0];
  CHECK(r.title == "The e-government paradox in post-Soviet countries");
  REQUIRE(r.authors.size() == 2);
  CHECK(r.authors[0].family == "Knox");  // "Knox ColinORCID": family first, the residue gone
  CHECK(r.authors[0].given == "Colin");
  CHECK(r.authors[1].family == "Janenova");
  CHECK(r.authors[1].given == "Saltanat");
  CHECK(r.publisher == "Emerald");
  CHECK(starts_with(r.abstract, "Purpose The purpose of this paper is to investigate the emergence of e-government"));
  CHECK(ends_with(r.abstract, "with wider implications for post-Soviet countries."));
  REQUIRE(r.references.size() == 4);
  CHECK(r.references[0].title == "What public servants really think of e-government");
  CHECK(r.references[0].container == "Public Management Review");
  CHECK(r.references[0].year == "2012");
  CHECK(r.references[3].title ==
        "Social media, cyber-dissent, and constraints on online political communication in central Asia");
  CHECK(r.references[3].container == "Central Asia and the Caucasus");
  CHECK(r.references[3].year == "2012");
  CHECK(r.get_extra("incomplete") == "no DOI, no date");
  CHECK(has_warning(p, "the heading announces 35 entries; the page shows 4"));
  CHECK(has_warning(p, "the heading announces 33 entries; the page shows 5"));

  // The citing works: title, container, date; each cites the article.
  const Record& c1 = p.records[1];
  CHECK(c1.title ==
        "Managing paradoxes in the public sector: a systematic and problematizing review of macro-level concepts");
  CHECK(c1.container_title == "International Journal of Public Sector Management");
  CHECK(format_date(c1.issued) == "2024-07-30");
  REQUIRE(c1.references.size() == 1);
  CHECK(c1.references[0].title == r.title);
  CHECK(c1.references[0].author == "Knox, Colin");
  CHECK(format_date(p.records[2].issued) == "2024-07");
  CHECK(p.records[5].container_title == "2024 5th International Conference on Advancements in Computational Sciences (ICACS)");
  for (std::size_t i = 1; i < 6; ++i) {
    CHECK(p.records[i].get_extra("incomplete") == "no authors, no DOI");
    CHECK(p.records[i].provenance.line == 31 + 2 * (i - 1));
  }
  // The site's own numbered list after them ("1.学者识别学者识别") is not a sixth.
}

TEST_CASE("seed 002 (Taylor & Francis): the article, pages, dates, abstract, flagged without authors and DOI", "[page]") {
  Parsed p = parse_file(kSeed002);
  CHECK(p.diags.errors() == 0);
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.title == "\u2018Listening State?\u2019: exploring citizens\u2019 perceptions of Open Government in Tokayev\u2019s Kazakhstan");
  CHECK(r.pages == "235-256");
  CHECK(format_date(r.issued) == "2023-10-31");
  CHECK(r.get_extra("received") == "2023-02-15");
  CHECK(r.get_extra("accepted") == "2023-09-27");
  CHECK(starts_with(r.abstract, "The Open Government reform has been actively adopted across various non-democratic regimes"));
  CHECK(ends_with(r.abstract, "better listening state to people\u2019s needs in autocracies."));
  CHECK(r.authors.empty());  // "ORCID Icon, ORCID Icon & ORCID Icon": no name left
  CHECK(r.doi.empty());
  CHECK(r.references.empty());
  CHECK(r.get_extra("incomplete") == "no authors, no DOI");
  CHECK(has_warning(p, "is incomplete (no authors, no DOI on the page)"));
  CHECK(r.provenance.line == 9);
}

TEST_CASE("seed 000 still gives its BibTeX and RIS records, not a page record", "[page]") {
  Parsed p = parse_file(kSeed000);
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[0].provenance.format == "bibtex");
  CHECK(p.records[1].provenance.format == "ris");
}

TEST_CASE("seed 004 (a report's text on a file-sharing page) still gives no record, and says what it is", "[page]") {
  Parsed p = parse_file(kSeed004);
  CHECK(p.records.empty());
  CHECK(p.diags.items().empty());
  CHECK(no_records_message(p.text) ==
        "no bibliographic records found (the input looks like a text page of 288 lines with no reference section and "
        "no BibTeX/RIS block)");
}

TEST_CASE("a page without records that names DOIs: the message suggests refnet fetch with them", "[page]") {
  CHECK(no_records_message("Some notes.\nSee https://doi.org/10.1000/ABC and doi:10.1000/xyz.\nAgain 10.1000/abc\n") ==
        "no bibliographic records found (the input looks like a text page of 3 lines with no reference section and no "
        "BibTeX/RIS block); it names 2 DOIs: refnet fetch 10.1000/abc 10.1000/xyz");
  std::string many = "<html><body>\n";
  for (int i = 1; i <= 5; ++i) many += "<p>doi:10.1000/" + std::to_string(i) + "</p>\n";
  many += "</body></html>\n";
  CHECK(no_records_message(many) ==
        "no bibliographic records found (the input looks like an HTML page of 7 lines with no reference section and no "
        "BibTeX/RIS block); it names 5 DOIs: refnet fetch 10.1000/1 10.1000/2 10.1000/3 ... (or put them one a line in "
        "a file: refnet fetch --from FILE)");
}

TEST_CASE("the CLI: seed 004 exits 4 with the page's description; seed 002 imports one work", "[page][cli]") {
  TempDir dir;
  const std::string lib = "--library '" + (dir / "lib.sqlite") + "' ";
  CommandResult none = run_refnet("import " + lib + "'" + kSeed004 + "'");
  CHECK(none.status == 4);
  CHECK(none.err.find("error: no bibliographic records found (the input looks like a text page of 288 lines") !=
        std::string::npos);
  CommandResult one = run_refnet("import " + lib + "'" + kSeed002 + "'");
  CHECK(one.status == 0);
  CHECK(one.err.find("warning: the page's article") != std::string::npos);
  CommandResult shown = run_refnet("show " + lib + "1");
  CHECK(shown.out.find("[incomplete]") != std::string::npos);
  CHECK(shown.out.find("no authors, no DOI") != std::string::npos);
  // Queryable: the search field `incomplete`.
  CommandResult found = run_refnet("search " + lib + "incomplete:authors");
  CHECK(found.status == 0);
  CHECK(found.out.find("Listening") != std::string::npos);
  CommandResult none_missing = run_refnet("search " + lib + "incomplete:publisher");
  CHECK(none_missing.out.find("Listening") == std::string::npos);
}

TEST_CASE("seed 001's citing works cite the article in the citation network, though neither has a year",
          "[page][cli]") {
  TempDir dir;
  const std::string lib = "--library '" + (dir / "lib.sqlite") + "' ";
  REQUIRE(run_refnet("import " + lib + "'" + kSeed001 + "'").status == 0);
  // Six works: the article and its five citing works; each citing work's one
  // reference is the article, matched by its (long, unique) title alone.
  const std::string csv = dir / "cit.csv";
  CommandResult net = run_refnet("network citation " + lib + "--layout none --report -o '" + csv + "'");
  REQUIRE(net.status == 0);
  CHECK(net.out.find("matched by year/title:    5") != std::string::npos);
  std::string links = slurp(dir / "cit_links.csv");
  CHECK(std::count(links.begin(), links.end(), '\n') == 1 + 5);
}

// ---------------------------------------------------------------------------
// Splitting lists as they come out of PDFs.

TEST_CASE("a numbered list wrapped over lines, a page break inside it", "[page]") {
  const std::string text =
      "Running head of the journal 12 (2019)\n"
      "Some body text.\n"
      "References\n"
      "1. Smith, J. (2001). The analysis of infor-\n"
      "mation systems. Journal of Things, 3(2), 1-20.\n"
      "2. Jones, K. and Lee, M. (2005). Online e-\n"
      "government in practice. Public Admin-\n"
      "istration Review, 65, 44-59. https://doi.org/10.1111/j.\n"
      "1540-6210.2005.00001.x\n"
      "\n"
      "17\n"
      "\n"
      "Running head of the journal 12 (2019)\n"
      "3. Brown, A. et al. (2010). Decision-making in\n"
      "cities. Urban Studies, 47, 1-2.\n"
      "4. Ibid., p. 7.\n"
      "\n"
      "About the authors\n"
      "Jane Doe is a professor.\n";
  std::vector<ReferenceList> lists = find_reference_lists(text);
  REQUIRE(lists.size() == 1);
  CHECK(texts(lists[0]) ==
        std::vector<std::string>{
            "Smith, J. (2001). The analysis of information systems. Journal of Things, 3(2), 1-20.",
            "Jones, K. and Lee, M. (2005). Online e-government in practice. Public Administration Review, 65, 44-59. "
            "https://doi.org/10.1111/j.1540-6210.2005.00001.x",
            "Brown, A. et al. (2010). Decision-making in cities. Urban Studies, 47, 1-2."});
  CHECK(lists[0].items[0].number == "1");
  CHECK(lists[0].items[2].line == 14);
  REQUIRE(lists[0].skipped.size() == 2);
  CHECK(lists[0].skipped[0].why == "a page number inside a reference list");
  CHECK(lists[0].skipped[1].why.find("a running header or footer") == 0);
  REQUIRE(lists[0].repeated.size() == 1);
  CHECK(text.substr(lists[0].end, 17) == "\nAbout the author");
}

TEST_CASE("hanging author-date references, one a line and wrapped", "[page]") {
  const std::string one_a_line =
      "Bibliography\n"
      "Akaike, H. (1974). A new look at the statistical model identification. IEEE Trans. Automatic Control 19, 716-723.\n"
      "OECD (2017), Fostering Innovation in the Public Sector, OECD Publishing, Paris.\n"
      "Zhang, W. (2020). Title. Journal, 1, 2-3.\n"
      "\n"
      "Appendix A\n";
  std::vector<ReferenceList> a = find_reference_lists(one_a_line);
  REQUIRE(a.size() == 1);
  CHECK(a[0].items.size() == 3);
  CHECK(a[0].items[1].text == "OECD (2017), Fostering Innovation in the Public Sector, OECD Publishing, Paris.");
  const std::string wrapped =
      "Literature cited\n"
      "Baimenov, A., M. Uteshev and G. Suleimenova (2022), \"Kazakhstan: Progress and its paradoxes\", in\n"
      "Baimenov, A. and P. Liverakos (eds.), Public Service Evolution in the 15 Post-Soviet Countries, Springer,\n"
      "Singapore.\n"
      "De Vries, H., V. Bekkers and L. Tummers (2016), \"Innovation in the public sector\", Public\n"
      "Administration, Vol. 94/1, pp. 146-166.\n";
  std::vector<ReferenceList> w = find_reference_lists(wrapped);
  REQUIRE(w.size() == 1);
  REQUIRE(w[0].items.size() == 2);
  CHECK(w[0].items[0].text ==
        "Baimenov, A., M. Uteshev and G. Suleimenova (2022), \"Kazakhstan: Progress and its paradoxes\", in Baimenov, "
        "A. and P. Liverakos (eds.), Public Service Evolution in the 15 Post-Soviet Countries, Springer, Singapore.");
  CHECK(w[0].items[1].text ==
        "De Vries, H., V. Bekkers and L. Tummers (2016), \"Innovation in the public sector\", Public Administration, "
        "Vol. 94/1, pp. 146-166.");
}

TEST_CASE("a working paper copied out of its PDF: byline, abstract, keywords, an author-date list over a page break",
          "[page]") {
  // fixtures/pages/pdf-copy-author-date.txt mimics pdftotext's output of
  // econ-bst's example (texlive-doc): wrapped entries, "(2004)" for the same
  // author again, "d’Aspremont" and "ed. (2009)" starts, a DOI cut at the
  // line end, a page number and a running header between two entries.
  Parsed p = parse_file(fixture("pages/pdf-copy-author-date.txt"));
  CHECK(p.diags.errors() == 0);
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.title == "Budget Transparency and Citizen Trust in Central Asia");
  REQUIRE(r.authors.size() == 2);
  CHECK(r.authors[0].family == "Bekova");
  CHECK(r.authors[0].given == "Aigerim");
  CHECK(r.authors[1].family == "Holt");
  CHECK(r.authors[1].given == "Daniel R.");
  CHECK(r.abstract ==
        "We study how budget transparency portals changed citizens' trust in local government in three Central Asian "
        "countries between 2015 and 2022, using survey data and portal logs.");
  CHECK(r.keywords == std::vector<std::string>{"budget transparency", "trust", "e-government"});
  REQUIRE(r.references.size() == 7);
  std::vector<std::string> raws;
  for (const Reference& x : r.references) raws.push_back(x.raw);
  CHECK(raws[1] == "(2021) \u201cTransparency and Accountability Revisited,\u201d Annual Review of Political Science, 24, 201\u2013222.");
  CHECK(starts_with(raws[2], "d\u2019Arcy, Michelle and Marina Nistotskaya (2017)"));
  CHECK(raws[3] == "ed. (2020) Fiscal Openness in Hybrid Regimes: Routledge.");
  CHECK(raws[4] ==
        "Grimmelikhuijsen, Stephan, Gregory Porumbescu, Boram Hong, and Tobin Im (2013) \u201cThe Effect of "
        "Transparency on Trust in Government: A Cross-National Comparative Experiment,\u201d Public Administration "
        "Review, 73 (4), 575\u2013586, 10.1111/puar.12047.");
  CHECK(raws[5].find("International Review of Administrative Sciences") != std::string::npos);
  CHECK(raws[6] == "van der Berg, Anna and John Smith (2021) Open Budgets: A Practitioner\u2019s Guide, Washington DC: World Bank.");
  std::vector<std::string> dois;
  for (const Reference& x : r.references)
    if (!x.doi.empty()) dois.push_back(x.doi);
  CHECK(dois == std::vector<std::string>{"10.1111/puar.13000", "10.1111/gove.12206", "10.1111/puar.12047",
                                         "10.1177/0020852317735595"});
  CHECK(has_warning(p, "a page number inside a reference list: left out of the list"));
  CHECK(has_warning(p, "a running header or footer of the pages the list was copied from: left out of the list"));
  CHECK(r.get_extra("incomplete") == "no DOI, no date");
  // "(2021) ..." after Alt's entry is Alt's again.
  CHECK(r.references[1].author == r.references[0].author);
  CHECK(r.references[1].year == "2021");
  CHECK(r.references[5].author == "Kassen, Maxat");
  CHECK(r.references[5].year == "2018");
}

TEST_CASE("a reference heading with no reference under it is no list", "[page]") {
  CHECK(find_reference_lists("References\n\nLog in to read the full article.\n").empty());
  CHECK(find_reference_lists("References\nCited by\n").empty());
}

TEST_CASE("a bibliography without an article of its own: each reference is a work", "[page]") {
  Parsed p = parse_string(
      "References\n"
      "[1] What public servants really think of e-government;Public Management Review,2012\n"
      "[2] The myths of e-government: looking beyond the assumptions;The Information Society,2007\n");
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[0].title == "What public servants really think of e-government");
  CHECK(p.records[0].container_title == "Public Management Review");
  CHECK(p.records[0].issued.year == 2012);
  CHECK(p.records[1].provenance.line == 3);
  CHECK(p.records[1].get_extra("incomplete") == "no authors, no DOI");
  CHECK(has_warning(p, "its 2 references are imported as works"));
}

TEST_CASE("a manual's 'Abstract' far down the text heads no article of the page", "[page]") {
  // As in urlbst's and gbt7714's manuals (texlive-doc, pdftotext): a section
  // on page 12 is no page's front matter.
  std::string text;
  for (int i = 0; i < 200; ++i) text += "Line " + std::to_string(i) + " of a long manual about style files.\n";
  text += "Notes on the output format of this package\nAbstract\nThis section explains the abstract field.\n";
  Parsed p = parse_string(text);
  CHECK(p.records.empty());
  // Near the top it is one.
  Parsed q = parse_string("Notes on the output format of this package\nAbstract\nThis section explains the abstract field.\n");
  REQUIRE(q.records.size() == 1);
  CHECK(q.records[0].title == "Notes on the output format of this package");
}

TEST_CASE("a bibliography's entry becomes a work only with a title and a year, or a DOI", "[page]") {
  Parsed p = parse_string(
      "References\n"
      "[1] What public servants really think of e-government;Public Management Review,2012\n"
      "[2] Smith J (n.d.) Some Notes\n"
      "[3] https://doi.org/10.1000/xyz123\n");
  std::size_t with_doi = 0;
  for (const Record& r : p.records) with_doi += r.doi == "10.1000/xyz123";
  CHECK(with_doi == 1);
  CHECK(p.records.size() == 2);
  // "n.d.": no year (whether the model reads "Some Notes" as its title or not).
  CHECK(has_warning(p, " could not be read: left out"));
  for (const Record& r : p.records) CHECK((!r.doi.empty() || (!r.title.empty() && r.issued.year)));
}

TEST_CASE("structured formats inside a page keep winning over the page reading", "[page]") {
  Parsed p = parse_string(
      "An article page\n\nAbstract\nSomething long enough.\n\nReferences\n1. Smith, J. (2001). A title. J, 1, 2.\n\n"
      "TY  - JOUR\nTI  - The RIS record\nER  - \n");
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].provenance.format == "ris");
  // A RIS file whose abstract holds a "References" line is RIS alone.
  Parsed ris = parse_string("TY  - JOUR\nTI  - T\nAB  - Text\nReferences\n1. Smith, J. (2001). A. J, 1, 2.\nER  - \n");
  REQUIRE(ris.records.size() == 1);
  CHECK(ris.records[0].provenance.format == "ris");
}

TEST_CASE("no fixture in a structured format is read as a page", "[page]") {
  // Every file of fixtures/ but the pages: a record with provenance "page"
  // would mean a structured file went undetected and was read as text.
  std::size_t files = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(fixture(""))) {
    if (!e.is_regular_file()) continue;
    std::string path = e.path().string();
    if (path.find("/seeds/") != std::string::npos || path.find("/pages/") != std::string::npos) continue;
    // Reference strings one a line (memcheck_parse's short_references.txt): text a page's list is made of.
    if (path.find("/refparse/") != std::string::npos && e.path().extension() == ".txt") continue;
    // Not text: libraries, and an Excel workbook (refused by decode_text, tests/audit49_test.cpp).
    if (e.path().extension() == ".md" || e.path().extension() == ".tsv" || e.path().extension() == ".sqlite" ||
        e.path().extension() == ".xls")
      continue;
    ++files;
    Parsed p = parse_file(path);
    for (const Record& r : p.records) {
      INFO(path);
      CHECK(r.provenance.format != "page");
    }
  }
  CHECK(files > 200);
}

// ---------------------------------------------------------------------------
// Emerald lines.

TEST_CASE("Emerald reference and citing-work lines", "[page]") {
  Record r;
  REQUIRE(parse_emerald_line("Trajectories of e-government implementation;International Journal of Public Administration,2011", r));
  CHECK(r.title == "Trajectories of e-government implementation");
  CHECK(r.container_title == "International Journal of Public Administration");
  CHECK(r.issued.year == 2011);
  Record c;
  REQUIRE(parse_emerald_line("Paradoxes in Digital Government: A Systematic Literature Review;Proceedings of the 25th "
                             "Annual International Conference on Digital Government Research;2024-06-11",
                             c));
  CHECK(c.container_title == "Proceedings of the 25th Annual International Conference on Digital Government Research");
  CHECK(format_date(c.issued) == "2024-06-11");
  Record no;
  CHECK_FALSE(parse_emerald_line("Smith, J.; Jones, K. (2001). A title. Journal, 2001", no));  // "; " between authors
  CHECK_FALSE(parse_emerald_line("A title;A journal", no));
  CHECK(no.title.empty());
}

// doi17 (issue #11): a reference's DOI read from a publisher's URL loses the
// page's tail, and the repair is said at the reference.
TEST_CASE("a reference's DOI in a publisher URL: its tail cut, and said", "[page][doi17]") {
  Parsed p = parse_string(
      "References\n"
      "[1] Smith, John (2019) Trust in budget portals. Public Administration Review, 79 (5), 735-749. "
      "https://onlinelibrary.wiley.com/doi/abs/10.1111/puar.13000/abstract\n"
      "[2] Lee, Ann (2007) The myths of e-government. The Information Society, 23 (1), 1-9. doi:10.1080/01972240601013122.\n");
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[0].doi == "10.1111/puar.13000");
  CHECK(p.records[1].doi == "10.1080/01972240601013122");
  CHECK(has_diag(p.diags, Severity::warning, 2,
                 "reference https://onlinelibrary.wiley.com/doi/abs/10.1111/puar.13000/abstract repaired (web address "
                 "tail '/abstract' removed): 10.1111/puar.13000"));
  // The sentence's period after the second DOI is no repair.
  for (const Diagnostic& d : p.diags.items()) CHECK(d.message.find("10.1080/01972240601013122") == std::string::npos);
}

// names19: a byline's names given first read with the rule of every
// given-first source (names.cpp): before, the last word was the family name
// ("Van Vugt" was family "Vugt", given "Mark Van").
TEST_CASE("a byline's names given first: a capitalised particle", "[page]") {
  std::string text = slurp(fixture("pages/pdf-copy-author-date.txt"));
  const std::string byline = "Aigerim Bekova and Daniel R. Holt";
  text.replace(text.find(byline), byline.size(), "Aigerim Bekova and Mark Van Vugt");
  Parsed p = parse_string(text);
  REQUIRE(p.records.size() == 1);
  const auto& a = p.records[0].authors;
  REQUIRE(a.size() == 2);
  CHECK(a[0].family == "Bekova");
  CHECK(a[1].family == "Van Vugt");
  CHECK(a[1].given == "Mark");
}

// ScienceDirect's article page as a browser copies it (session 29; fixtures/pages/sciencedirect-*.txt, hand-made in
// its shape: the journal's name twice around "Volume 36, Issue 4, October 2019, 101385", the title, "Author links
// open overlay panel" and the names with their affiliation letters, each reference on three lines after its citation
// label ("Ansell and Gash, 2008", "[1]") and before its links ("View PDFView articleView in ScopusGoogle Scholar")).
// On main: the journal's name (or "Skip to article") was the title, no author, a cited work's pages the article's.
TEST_CASE("ScienceDirect's page: the article, its authors, volume and date, its multi-line references", "[page]") {
  Parsed p = parse_file(fixture("pages/sciencedirect-author-date.txt"));
  CHECK(p.diags.errors() == 0);
  REQUIRE(p.records.size() == 3);
  const Record& r = p.records[0];
  CHECK(r.title == "Defining digital transformation: Results from expert interviews");
  CHECK(r.container_title == "Government Information Quarterly");
  REQUIRE(r.authors.size() == 3);
  CHECK(r.authors[0].family == "Mergel");
  CHECK(r.authors[0].given == "Ines");
  CHECK(r.authors[2].family == "Haug");
  CHECK(r.volume == "36");
  CHECK(r.issue == "4");
  CHECK(r.issued.year == 2019);
  CHECK(r.issued.month == 10);
  CHECK(r.number == "101385");  // the article's number (CSL number), not its page
  CHECK(r.pages.empty());
  CHECK(r.doi == "10.1016/j.giq.2019.06.002");
  CHECK(r.keywords == std::vector<std::string>{"Digital transformation", "E-government", "Expert interviews"});
  CHECK(starts_with(r.abstract, "Digital transformation is a process"));
  REQUIRE(r.references.size() == 4);
  CHECK(r.references[0].title == "Collaborative governance in theory and practice");
  CHECK(r.references[0].container == "Journal of Public Administration Research and Theory");
  CHECK(r.references[0].year == "2008");
  CHECK(r.references[0].volume == "18");
  CHECK(r.references[0].first_page == "543");
  CHECK(starts_with(r.references[0].author, "Ansell"));
  CHECK(r.references[2].title == "New public management is dead\u2014long live digital-era governance");
  CHECK(r.references[3].title == "Building the virtual state: Information technology and institutional change");
  // "Cited by (512)": two citing works shown, each a title, "2022, Government Information Quarterly" and "Show
  // abstract"; the "Recommended articles" after them are none.
  Parsed all = parse_file(fixture("pages/sciencedirect-author-date.txt"));
  std::vector<std::string> titles;
  for (const Record& w : all.records) titles.push_back(w.title);
  CHECK(titles == std::vector<std::string>{"Defining digital transformation: Results from expert interviews",
                                           "Digital transformation in the public sector: A systematic review",
                                           "Public value creation in digital government"});

  p = parse_file(fixture("pages/sciencedirect-numbered.txt"));
  REQUIRE(p.records.size() == 1);
  const Record& n = p.records[0];
  CHECK(n.title == "Digital government and the pandemic: evidence from local authorities");
  REQUIRE(n.authors.size() == 3);
  CHECK(n.authors[0].family == "Doe");
  CHECK(n.authors[0].given == "Jane K.");
  CHECK(n.authors[1].full_family() == "De Luca");
  CHECK(n.volume == "45");
  CHECK(n.issue == "2");
  CHECK(n.issued.year == 2021);
  CHECK(n.number == "102081");  // the article's number (CSL number), not its page
  CHECK(n.pages.empty());
  REQUIRE(n.references.size() == 3);
  CHECK(n.references[0].title == "Information systems and developing countries: failure, success, and local improvisations");
  CHECK(n.references[1].container == "Government Information Quarterly");
  CHECK(n.references[2].doi == "10.1787/059814a7-en");
}

// Springer's and Wiley's article pages (session 29; fixtures/pages/springer-article.txt, wiley-article.txt, hand-made
// in their shapes). Springer: the names under the journal's "Aims and scope Submit manuscript" buttons, "Volume 22,
// pages 233–250, (2022)", "Cite this article" and the page's own citation, an abstract followed by the paywall's
// sentence. Wiley: "Volume 74, Issue 4 p. 445-456" above the title, the names after it, "Web of Science®Google
// Scholar" after a reference's DOI line. On main: Springer's article had no authors and an abstract running on into
// "Author information ... Rights and permissions"; Wiley's title was the journal's name, its issue "4 p. 445-456".
TEST_CASE("Springer's and Wiley's pages: the article, its authors, journal, volume, pages and references", "[page]") {
  Parsed p = parse_file(fixture("pages/springer-article.txt"));
  REQUIRE(p.records.size() == 1);
  const Record& s = p.records[0];
  CHECK(s.title == "Digital Transformation in Public Administration: A Systematic Review");
  CHECK(s.container_title == "Public Organization Review");
  REQUIRE(s.authors.size() == 3);
  CHECK(s.authors[2].family == "Zhang");
  CHECK(s.volume == "22");
  CHECK(s.pages == "233-250");
  CHECK(s.doi == "10.1007/s11115-021-00523-4");
  CHECK(s.abstract == "This paper reviews the literature on digital transformation in public administration.");
  CHECK(s.references.size() == 3);
  CHECK(s.get_extra("incomplete").empty());

  p = parse_file(fixture("pages/wiley-article.txt"));
  REQUIRE(p.records.size() == 1);
  const Record& w = p.records[0];
  CHECK(w.title == "Public Value Governance: Moving Beyond Traditional Public Administration and the New Public Management");
  CHECK(w.container_title == "Public Administration Review");
  REQUIRE(w.authors.size() == 3);
  CHECK(w.authors[0].family == "Bryson");
  CHECK(w.authors[0].given == "John M.");
  CHECK(w.volume == "74");
  CHECK(w.issue == "4");
  CHECK(w.pages == "445-456");
  CHECK(w.doi == "10.1111/puar.12238");
  REQUIRE(w.references.size() == 3);
  CHECK(w.references[0].doi == "10.1093/jopart/mum032");
  CHECK(w.references[2].title == "Public Value Management: A New Narrative for Networked Governance?");
}

// Emerald's own article page (emerald.com/insight) and a research portal's page (Elsevier Pure) without its "Cite
// this" blocks (session 29; fixtures/pages/emerald-insight-article.txt, hand-made in Emerald's shape with the real
// metadata of seed 001's article; fixtures/pages/pure-portal-no-cite-blocks.txt, seed 000 cut before "Cite this").
// On main: Emerald's title was "Issue publication date: 12 August 2019", its authors "Reprints" and "Permissions",
// its pages "600-615. https://doi.org/..."; Pure's title "1 Citation (Scopus)".
TEST_CASE("Emerald's and Pure's pages: title, byline, journal, labels and the page's own citation", "[page]") {
  Parsed p = parse_file(fixture("pages/emerald-insight-article.txt"));
  REQUIRE(p.records.size() == 1);
  const Record& e = p.records[0];
  CHECK(e.title == "The e-government paradox in post-Soviet countries");
  CHECK(e.container_title == "International Journal of Public Sector Management");
  REQUIRE(e.authors.size() == 2);
  CHECK(e.authors[0].family == "Knox");
  CHECK(e.authors[1].given == "Saltanat");
  CHECK(format_date(e.issued) == "2019-01-14");
  CHECK(e.volume == "32");
  CHECK(e.issue == "6");
  CHECK(e.pages == "600-615");
  CHECK(e.doi == "10.1108/ijpsm-08-2018-0183");
  CHECK(e.issn == std::vector<std::string>{"0951-3558"});
  CHECK(e.publisher == "Emerald Publishing Limited");
  CHECK(e.keywords == std::vector<std::string>{"E-government", "Post-Soviet countries", "Kazakhstan"});
  CHECK(e.get_extra("incomplete").empty());

  p = parse_file(fixture("pages/pure-portal-no-cite-blocks.txt"));
  REQUIRE(p.records.size() == 1);
  const Record& u = p.records[0];
  CHECK(u.title == "Promoting public cooperation in government: key drivers, regulation, and barriers of the "
                   "e-collaboration movement in Kazakhstan");
  CHECK(u.container_title == "International Review of Administrative Sciences");
  CHECK(u.issued.year == 2018);
  CHECK(u.language == "English");
  CHECK(u.get_extra("status") == "Accepted/In press");
  CHECK(starts_with(u.abstract, "The primary goal of the article"));
  CHECK(u.get_extra("incomplete") == "no authors, no DOI");
}

// OECD iLibrary's page of a policy paper (session 29; fixtures/pages/oecd-policy-paper.txt, hand-made in its shape
// with the paper's real metadata): "Published on October 02, 2020" above "Please cite this publication as:" and the
// citation. On main: the title was "Published on October 02, 2020", no date, no DOI.
TEST_CASE("OECD's policy-paper page: the title, its date and the citation the page asks for", "[page]") {
  Parsed p = parse_file(fixture("pages/oecd-policy-paper.txt"));
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.title == "Digital Government Index: 2019 results");
  CHECK(format_date(r.issued) == "2020-10-02");
  CHECK(r.doi == "10.1787/4de9f5bb-en");
  CHECK(r.publisher == "OECD Publishing");
  CHECK(r.publisher_place == "Paris");
  REQUIRE(r.authors.size() == 1);
  CHECK(r.authors[0].literal == "OECD");
  CHECK(r.references.size() == 3);
  CHECK(r.get_extra("incomplete").empty());
}

// PubMed's article page (session 29; fixtures/pages/pubmed-article.txt, hand-made in its shape with the real metadata
// of PMID 19621072): NLM's citation cut in lines above the title ("PLoS Med" / ". 2009 Jul 21;6(7):e1000097." /
// " doi: ... Epub ..."), the names with affiliation numbers and "; PRISMA Group", "PMID: ... PMCID: ... DOI: ...",
// references each followed by "PubMed" and "Google Scholar". On main: the title was "Free PMC article", nothing else.
TEST_CASE("PubMed's article page: NLM's citation above the title, the byline, PMID, PMCID and DOI", "[page]") {
  Parsed p = parse_file(fixture("pages/pubmed-article.txt"));
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.title == "Preferred reporting items for systematic reviews and meta-analyses: the PRISMA statement");
  CHECK(r.container_title == "PLoS Med");
  CHECK(format_date(r.issued) == "2009-07-21");
  CHECK(r.volume == "6");
  CHECK(r.issue == "7");
  CHECK(r.number == "e1000097");  // the article's number (CSL number), not its page
  CHECK(r.pages.empty());
  CHECK(r.doi == "10.1371/journal.pmed.1000097");
  CHECK(r.pmid == "19621072");
  CHECK(r.pmcid == "PMC2707599");
  REQUIRE(r.authors.size() == 5);
  CHECK(r.authors[0].family == "Moher");
  CHECK(r.authors[4].literal == "PRISMA Group");
  CHECK(r.abstract == "David Moher and colleagues introduce PRISMA, an update of the QUOROM guidelines for reporting "
                      "systematic reviews and meta-analyses.");
  REQUIRE(r.references.size() == 2);
  CHECK(r.references[1].container == "BMJ");
}

// SAGE's and MDPI's article pages (session 29; fixtures/pages/sage-article.txt, mdpi-article.txt, hand-made in their
// shapes, invented articles citing real works). SAGE: "First published online March 3, 2020" above the title, the
// byline with ORCID links and an e-mail address, "View all authors and affiliations". MDPI: "by" and one name a line
// with affiliation marks ("Anna Kowalska 1,*", "and"), "Sustainability 2021, 13(4), 1234; https://doi.org/...",
// dates separated by " / ", "Keywords:" and the keywords on the next line. On main: SAGE's title was "View all
// authors and affiliations", no authors, no date; MDPI's authors were Kowalska and "*", no journal, DOI or date.
TEST_CASE("SAGE's and MDPI's pages: bylines with links and marks, their citation and date lines", "[page]") {
  Parsed p = parse_file(fixture("pages/sage-article.txt"));
  REQUIRE(p.records.size() == 1);
  const Record& g = p.records[0];
  CHECK(g.title == "Public Value Creation in Digital Government");
  REQUIRE(g.authors.size() == 2);
  CHECK(g.authors[0].family == "Mergel");
  CHECK(g.authors[1].family == "Edelmann");
  CHECK(format_date(g.issued) == "2020-03-03");
  CHECK(g.volume == "50");
  CHECK(g.issue == "4");
  CHECK(g.doi == "10.1177/0275074020911234");
  CHECK(g.container_title.empty());  // "Research article" is no journal
  CHECK(g.references.size() == 2);

  p = parse_file(fixture("pages/mdpi-article.txt"));
  REQUIRE(p.records.size() == 1);
  const Record& m = p.records[0];
  CHECK(m.title == "Digital Transformation of Local Government: A Case Study");
  REQUIRE(m.authors.size() == 2);
  CHECK(m.authors[1].family == "Nowak");
  CHECK(m.container_title == "Sustainability");
  CHECK(m.volume == "13");
  CHECK(m.issue == "4");
  CHECK(m.pages == "1234");
  CHECK(m.doi == "10.3390/su13041234");
  CHECK(format_date(m.issued) == "2021-02-22");
  CHECK(m.keywords == std::vector<std::string>{"digital transformation", "local government", "e-government"});
  CHECK(m.references.size() == 2);
  CHECK(m.get_extra("incomplete").empty());
}

// Google Scholar's results page as a browser copies it (session 29; fixtures/pages/google-scholar-results.txt,
// hand-made in its shape from four real results): each result a title ("[PDF] host" above it, "[BOOK]", "[CITATION]"
// before it), "I Mergel, N Edelmann, N Haug - Government information quarterly, 2019 - Elsevier", a snippet and "Save
// Cite Cited by 2071 Related articles ...". On main: "no bibliographic records found".
TEST_CASE("Google Scholar's results page: one work a result", "[page]") {
  Parsed p = parse_file(fixture("pages/google-scholar-results.txt"));
  REQUIRE(p.records.size() == 4);
  const Record& a = p.records[0];
  CHECK(a.title == "Defining digital transformation: Results from expert interviews");
  CHECK(a.container_title == "Government information quarterly");
  CHECK(a.issued.year == 2019);
  REQUIRE(a.authors.size() == 3);
  CHECK(a.authors[0].family == "Mergel");
  CHECK(a.authors[0].given == "I");
  CHECK(a.get_extra("scholar-cited-by") == "2071");
  CHECK(p.records[2].type == "book");
  CHECK(p.records[2].title == "Digital era governance: IT corporations, the state, and e-government");
  CHECK(p.records[2].container_title.empty());
  CHECK(p.records[3].authors.size() == 2);  // "D Lathrop, L Ruma…": the list Google Scholar cut, said
  CHECK(has_warning(p, "Google Scholar cut this result's author list"));
}

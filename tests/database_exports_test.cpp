// audit20: the exports of the databases systematic reviewers search, on
// one search exported from each (asreview's citation-file-formatting, CC0,
// fixtures/corpora/citation-file-formatting__*) and on one review's EndNote
// library (dedupe-sweep's tafenoquine.xml): what each database writes in
// its own fields (the PubMed ID in C2, C3 or C5; its address in UR; Ovid's
// cited authors in A2) is read as that database means it.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <sstream>

#include "refnet/exporter.hpp"
#include "refnet/review.hpp"
#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

Parsed corpus(const char* name) {
  return parse_file(fixture(std::string("corpora/citation-file-formatting__") + name));
}

Parsed ris(std::string text) {
  return parse_with(std::move(text), [](std::string_view t, Diagnostics& d, const RecordSink& sink) {
    return parse_ris(t, d, sink, false);
  });
}

const Record& with_doi(const Parsed& p, std::string_view doi) {
  for (const auto& r : p.records)
    if (r.doi == doi) return r;
  FAIL("no record with DOI " << doi);
  return p.records.front();
}

// PMID by DOI in PubMed's own export of the same search.
std::map<std::string, std::string> pubmed_ids() {
  std::map<std::string, std::string> ids;
  for (const auto& r : corpus("pubmed.txt").records)
    if (!r.doi.empty()) ids[r.doi] = r.pmid;
  return ids;
}

}  // namespace

// Before: none of the 20 PMIDs of these two exports was read (Scopus's C2
// and Embase's C5 were kept in extra as unnamed numbers), so a record
// without a DOI met its PubMed twin by title alone.
TEST_CASE("RIS: the PubMed ID Scopus writes in C2 and Embase in C5 is the record's PMID", "[ris][audit20]") {
  const auto pubmed = pubmed_ids();
  REQUIRE(pubmed.size() == 50);

  Parsed sc = corpus("scopus.ris");
  REQUIRE(sc.records.size() == 10);
  CHECK(with_doi(sc, "10.1038/s41467-024-46843-2").pmid == "38580657");
  std::size_t with_pmid = 0;
  for (const auto& r : sc.records) {
    INFO(r.doi);
    if (r.pmid.empty()) {
      CHECK(extra_values(r, "C2").empty());  // the three without C2
      continue;
    }
    ++with_pmid;
    CHECK(extra_values(r, "C2").empty());  // read, not kept twice
    if (pubmed.count(r.doi)) CHECK(pubmed.at(r.doi) == r.pmid);
  }
  CHECK(with_pmid == 7);

  Parsed em = corpus("embase.ris");
  REQUIRE(em.records.size() == 10);
  CHECK(with_doi(em, "10.1038/s41467-024-48400-3").pmid == "38773066");
  for (const auto& r : em.records) {
    INFO(r.doi);
    CHECK(r.pmid.size() == 8);  // records whose DB is Medline alone too: their UR is embase.com
    CHECK(extra_values(r, "C5").empty());
    if (pubmed.count(r.doi)) CHECK(pubmed.at(r.doi) == r.pmid);
  }
  CHECK(em.diags.warnings() == 0);

  // The same fields mean other things elsewhere: Zotero's and EndNote's C2
  // is the PMCID; a C2 or C5 number from no database that says so stays.
  Parsed other = ris("TY  - JOUR\nT1  - Zotero\nC2  - PMC7026692\nER  - \n\n"
                     "TY  - JOUR\nT1  - EndNote\nC2  - 38580657\nC5  - 38773066\nER  - \n\n"
                     "TY  - JOUR\nT1  - Scopus\nDB  - Scopus\nC2  - not a number\nER  - \n");
  REQUIRE(other.records.size() == 3);
  CHECK(other.records[0].pmcid == "PMC7026692");
  CHECK(other.records[1].pmid.empty());
  CHECK(extra_values(other.records[1], "C2") == std::vector<std::string>{"38580657"});
  CHECK(extra_values(other.records[1], "C5") == std::vector<std::string>{"38773066"});
  CHECK(other.records[2].pmid.empty());
  CHECK(extra_values(other.records[2], "C2") == std::vector<std::string>{"not a number"});
}

// Before: the Cochrane Library's "C3 - PUBMED 21314913" (",EMBASE
// 643589775" after it when Embase has the record too) was kept in extra: no
// record of the export had its PMID, which the same search's Cochrane CSV
// gives ("PubMed ID": "PUBMED 21314913").
TEST_CASE("RIS: the Cochrane Library's C3 'PUBMED n' is the record's PMID", "[ris][audit20]") {
  Parsed co = corpus("cochrane.ris");
  REQUIRE(co.records.size() == 3);
  CHECK(with_doi(co, "10.1186/1745-6215-12-39").pmid == "21314913");
  Parsed csv = corpus("cochrane.csv");
  for (const auto& r : co.records) {
    INFO(r.title);
    CHECK_FALSE(r.pmid.empty());
    CHECK(extra_values(r, "C3").size() == 1);  // it names other databases' IDs too: kept
    bool same = false;
    for (const auto& c : csv.records) same |= c.title == r.title && c.pmid == r.pmid;
    CHECK(same);
  }

  Parsed two = ris("TY  - JOUR\nT1  - A\nC3  - PUBMED 38407106,EMBASE 643589775\nER  - \n\n"
                   "TY  - JOUR\nT1  - B\nC3  - PUBMED 1,PUBMED 2\nER  - \n\n"
                   "TY  - JOUR\nT1  - C\nC3  - Utah System of Higher Education\nER  - \n");
  REQUIRE(two.records.size() == 3);
  CHECK(two.records[0].pmid == "38407106");
  CHECK(two.records[1].pmid == "1");  // the first; the second disagrees, said
  CHECK(two.diags.warnings() == 1);
  CHECK(two.records[2].pmid.empty());  // Web of Science's C3 (an organisation)
}

// Before: Embase.com's export counted as 4 Embase and 6 PubMed records in
// 'refnet prisma' (DB is "Medline" alone for records Embase holds from
// MEDLINE), the Cochrane Library's as 'John Wiley & Sons, Ltd.' (the
// provider its RIS header names), and Ovid's ERIC as two databases, 'ERIC'
// (4) and 'ERIC <1992 to June 2024>' (6: the segment searched).  The
// database a record was found in is the platform its address is on; an
// Ovid segment's years are no other database.
TEST_CASE("RIS source labels: the platform the records were exported from, as 'prisma' counts them", "[ris][review][audit20]") {
  auto labels = [](const char* name) {
    std::map<std::string, int> n;
    for (const auto& r : corpus(name).records) ++n[default_source_label(r)];
    return n;
  };
  using L = std::map<std::string, int>;
  CHECK(labels("embase.ris") == L{{"Embase", 10}});
  CHECK(labels("cochrane.ris") == L{{"Cochrane Library", 3}});
  // Unchanged: the others name their database.
  CHECK(labels("scopus.ris") == L{{"Scopus", 10}});
  CHECK(labels("webofscience.ris") == L{{"Web of Science", 10}});
  CHECK(labels("psycinfo-ovid.ris") == L{{"PsycINFO", 10}});
  CHECK(labels("eric-ovid.ris") == L{{"ERIC", 10}});
  CHECK(labels("cinahl.ris") == L{{"Academic Search Premier", 9}});
  CHECK(labels("pubmed.txt") == L{{"PubMed", 50}});
}

// The same rule on one review's EndNote library of four databases
// (dedupe-sweep's tafenoquine.xml, 179 records), counted from the XML: 61
// records link to embase.com (47 'Embase\rMedline', 12 'Embase', 2
// 'Medline': these 2 were PubMed), 73 come from NLM, 40 link to
// cochranelibrary.com (CN- accession numbers; were the file's name), 5 are
// Web of Science's ('WOS:' accession number, which was not read as the UT:
// they were the file's name too).
TEST_CASE("EndNote XML: the platform each record was exported from; 'WOS:' accession numbers are the UT",
          "[endnote][review][audit20]") {
  Parsed p = parse_file(fixture("corpora/dedupe-sweep__tafenoquine.xml"));
  REQUIRE(p.records.size() == 179);
  std::map<std::string, int> n;
  for (const auto& r : p.records) ++n[default_source_label(r)];
  CHECK(n == std::map<std::string, int>{{"Embase", 61}, {"PubMed", 73}, {"Cochrane Library", 40}, {"Web of Science", 5}});
  std::size_t uts = 0;
  for (const auto& r : p.records) {
    if (r.wos_ut.empty()) continue;
    ++uts;
    CHECK(r.wos_ut.rfind("WOS:", 0) == 0);
    CHECK(extra_values(r, "accession-num") == std::vector<std::string>{r.wos_ut});  // kept too, as every accession number
  }
  CHECK(uts == 5);
}

// Before: each of the 10 records of APA PsycInfo's Ovid RIS had one editor,
// family name 'T. Achenbach, Rescorla, L., Achenbach, ...' (up to 6,889
// characters): Ovid writes the authors of every cited work in one A2.  It is
// no creator: kept in extra, said.  A list of people in one field still is
// one (Ovid MEDLINE's A2 investigators, "Griffiths RR, Johnson MW, ...").
TEST_CASE("RIS: Ovid PsycInfo's A2 of the cited works' authors is no editor", "[ris][audit20]") {
  Parsed ps = corpus("psycinfo-ovid.ris");
  REQUIRE(ps.records.size() == 10);
  std::size_t said = 0;
  for (const auto& d : ps.diags.items()) said += d.message.find("no name and no list of names") != std::string::npos;
  CHECK(said == 10);
  for (const auto& r : ps.records) {
    INFO(r.title);
    CHECK(r.editors.empty());
    REQUIRE(extra_values(r, "A2").size() == 1);
    CHECK(extra_values(r, "A2")[0].size() > 1000);
    CHECK_FALSE(r.authors.empty());
  }
  Parsed one = ris("TY  - BOOK\nT1  - A\nA2  - Kelly, Anne, Jr\n"
                   "A2  - Griffiths RR, Johnson MW, Carducci MA, Umbricht A, Richards WA\nER  - \n");
  REQUIRE(one.records.size() == 1);
  CHECK(one.records[0].editors.size() == 1 + 5);  // a name with a suffix, a list of people: as before
  CHECK(extra_values(one.records[0], "A2").empty());
}

// Publish or Perish, the usual way to take Google Scholar into a review
// (its CSV: Cites,Authors,Title,Year,Source,Publisher,ArticleURL,...,Type,
// ...,StartPage,EndPage,...; fixtures/table/publish_or_perish.csv, hand-made
// in that layout around a row PoP wrote).  Before: the pages and the
// article's address were left in extra (StartPage, ArticleURL), a book was
// an article (Type), and the last name of a list Google Scholar cut short
// was 'Smith…'.
TEST_CASE("Publish or Perish CSV: pages, URL, type; an author list cut short is said", "[table][audit20]") {
  Parsed p = parse_file(fixture("table/publish_or_perish.csv"));
  REQUIRE(p.records.size() == 3);
  const Record& epr = p.records[0];
  CHECK(epr.pages == "777-780");
  CHECK(epr.url == "http://journals.aps.org/pr/abstract/10.1103/PhysRev.47.777");
  CHECK(epr.doi == "10.1103/physrev.47.777");
  CHECK(epr.volume == "47");
  CHECK(extra_values(epr, "StartPage").empty());
  CHECK(extra_values(epr, "ArticleURL").empty());
  CHECK(default_source_label(epr) == "Google Scholar");  // its CitesURL
  const Record& cut = p.records[1];
  REQUIRE(cut.authors.size() == 4);
  CHECK(cut.authors[3].family == "Smith");
  bool said = false;
  for (const auto& d : p.diags.items()) said |= d.message.find("cut short") != std::string::npos;
  CHECK(said);
  const Record& book = p.records[2];
  CHECK(book.type == "book");
  CHECK(book.publisher == "Univ of California Press");
  for (const auto& r : p.records) CHECK(extra_values(r, "Type").empty());
}

// Google Scholar also cuts an author list at its start ("…, IL Schafer, Y Shefti, ..., W Tobler, ...") and ends one
// with ", ..." after a comma (tributetotobler/bibliotobler @d280288 data/PoPCites.csv, GPL-3.0, 829 rows: 17 lists
// cut at the start; found by audit30).  The leading '…' was the first author (family '…'), and the warning for the
// list's end named no name ("the names after '' are missing").
TEST_CASE("Publish or Perish CSV: a list cut at its start is said, the ellipsis no author", "[table][audit30]") {
  Parsed p = parse_file(fixture("table/publish_or_perish_cut_names.csv"));
  REQUIRE(p.records.size() == 3);
  REQUIRE(p.records[0].authors.size() == 4);
  CHECK(p.records[0].authors[3].family == "Estes");
  REQUIRE(p.records[1].authors.size() == 5);
  CHECK(p.records[1].authors[0].family == "Schafer");
  CHECK(p.records[1].authors[4].family == "Tobler");
  REQUIRE(p.records[2].authors.size() == 4);
  CHECK(p.records[2].authors[0].family == "Pogany");
  for (const auto& r : p.records)
    for (const auto& a : r.authors) CHECK(a.family.find("\xE2\x80\xA6") == std::string::npos);
  std::size_t start = 0, end = 0;
  for (const auto& d : p.diags.items()) {
    start += d.message.find("cut at its start by the source ('\xE2\x80\xA6'): the names before 'IL Schafer'") !=
             std::string::npos;
    start += d.message.find("the names before 'TK Pogany' are missing") != std::string::npos;
    end += d.message.find("the names after 'JE Estes' are missing") != std::string::npos;
    CHECK(d.message.find("after ''") == std::string::npos);
  }
  CHECK(start == 2);
  CHECK(end == 1);
}

// Google Scholar's names through Publish or Perish with a stray bracket ("WR Tobler]": a literal) or a title in
// capitals after the family name ("W TOBLER DR": family "DR", given "W TOBLER"); tributetotobler/bibliotobler
// @d280288 data/PoPCites.csv (GPL-3.0), two rows, abstracts and related links left out.  Dedup then found no
// creator in common with Lens's and Scopus's "Tobler" (issue #11, dedup48: 3 missed pairs).
TEST_CASE("Publish or Perish CSV: a stray bracket and a title in capitals are no part of a name, and are said",
          "[table][dedup48]") {
  Parsed p = parse_file(fixture("table/publish_or_perish_name_marks.csv"));
  REQUIRE(p.records.size() == 2);
  for (const auto& r : p.records) {
    REQUIRE(r.authors.size() == 1);
    CHECK(r.authors[0].literal.empty());
  }
  CHECK(p.records[0].authors[0].family == "Tobler");
  CHECK(p.records[0].authors[0].given == "WR");
  CHECK(p.records[1].authors[0].family == "TOBLER");
  CHECK(p.records[1].authors[0].given == "W");
  std::size_t stray = 0, title = 0;
  for (const auto& d : p.diags.items()) {
    stray += d.message.find("a bracket it does not open or close, dropped; the first: ']' from 'WR Tobler]'") !=
             std::string::npos;
    title += d.message.find("dropped 'Dr' from 'W TOBLER DR'") != std::string::npos;
  }
  CHECK(stray == 1);
  CHECK(title == 1);
}

// EBSCO's new interface (research.ebsco.com) exports CSV with camel-case
// columns: an, title, contributors, source, publicationDate, pageStart,
// pageEnd, subjects, pubTypes, plink, shortDBName, longDBName (the layout
// two review pipelines read, colrev-style; fixtures/table/ebsco_csv.csv is
// hand-made in it).  Before: no author, no date and no pages (all in extra).
TEST_CASE("EBSCO's CSV export: contributors, publicationDate, pageStart/pageEnd", "[table][audit20]") {
  Parsed p = parse_file(fixture("table/ebsco_csv.csv"));
  REQUIRE(p.records.size() == 2);
  const Record& r = p.records[0];
  REQUIRE(r.authors.size() == 3);
  CHECK(r.authors[0].family == "Curry Rogers");
  CHECK(r.authors[0].given == "Kristina");
  CHECK(r.issued.year == 2024);
  CHECK(r.issued.month == 4);
  CHECK(r.issued.day == 3);
  CHECK(r.pages == "1-60");
  CHECK(r.container_title == "PLoS ONE");
  CHECK(r.doi == "10.1371/journal.pone.0298242");
  CHECK(r.type == "article-journal");
  CHECK(r.keywords.size() == 3);
  CHECK(default_source_label(r) == "Academic Search Premier");
  CHECK(default_source_label(p.records[1]) == "PsycINFO");
  for (const char* gone : {"contributors", "publicationDate", "pageStart", "pageEnd", "pubTypes"})
    CHECK(extra_values(r, gone).empty());
}

// A Google Scholar row in Publish or Perish with no type and no source (a
// thesis, a report: GS does not say) was a journal article, which BibTeX
// wrote as @article without a journal ("Warning--empty journal" for 615
// entries of the audit sample's PoP and Lens files); PoP's CSV of a Crossref
// search writes Crossref's types ("peer-review", "reference-entry"), which
// were not read.  fixtures/table/publish_or_perish_untyped.csv, hand-made in
// PoP's layout from rows of real files.
TEST_CASE("Publish or Perish CSV: an untyped row without a source is a document; Crossref's types", "[table][lead24]") {
  Parsed p = parse_file(fixture("table/publish_or_perish_untyped.csv"));
  REQUIRE(p.records.size() == 5);
  CHECK(p.records[0].type == "document");
  CHECK(p.records[1].type == "document");
  CHECK(p.records[1].get_extra("Type") == "PDF");
  CHECK(p.records[2].type == "review");
  CHECK(p.records[3].type == "entry");
  CHECK(p.records[3].container_title == "Encyclopedia of Creativity, Invention, Innovation and Entrepreneurship");
  CHECK(p.records[4].type == "article-journal");  // it names a journal
  for (const auto& r : p.records) CHECK(extra_values(r, "Type").size() == (&r == &p.records[1] ? 1u : 0u));
  std::ostringstream bib;
  ExportOptions opt;
  write_bibtex(bib, {p.records[0], p.records[1]}, opt);
  CHECK(bib.str().find("@misc{") != std::string::npos);
  CHECK(bib.str().find("@article{") == std::string::npos);
}

// CoLRev's IEEE sample (CoLRev-Environment/colrev @17ab22a tests/review_manager/3_packages_search/data/ieee_csv.csv,
// MIT; found by audit29) names each row's kind in a "Category" column ("Magazine", "Conference Publication"): every
// row was read as a journal article, the category kept in extra.  A "Category" that names a type is the type; one
// that names none (a subject) stays in extra.
TEST_CASE("A table's 'Category' that names a type is the type; a subject category stays", "[table][lead28]") {
  Parsed p = parse_file(fixture("table/ieee_csdl_category.csv"));
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[0].type == "article-magazine");
  CHECK(p.records[0].container_title == "Computer");
  CHECK(p.records[1].type == "paper-conference");
  CHECK(p.records[1].container_title == "2022 8th International Conference on Information Management (ICIM)");
  for (const auto& r : p.records) CHECK(extra_values(r, "Category").empty());
  Parsed s = parse_string("\"Title\",\"Authors\",\"Publication\",\"Category\",\"DOI\"\n"
                          "\"A title\",\"Ann Smith\",\"Journal of Things\",\"Computer Science\",\"10.1000/xyz1\"\n");
  REQUIRE(s.records.size() == 1);
  CHECK(s.records[0].type == "article-journal");
  CHECK(s.records[0].get_extra("Category") == "Computer Science");
}

// Embase's "CSV - Fields by Row" (BharatBlade/AIML @2a8b899 embase.csv and embase2.csv, 91 records each, no
// licence: two records quoted, their abstracts cut; found by audit30): a record is a block of lines, one a field,
// its name first and its values after it, a blank line between records.  Nothing read it: 'no bibliographic records
// found' (a text page), every record lost.
TEST_CASE("Embase's CSV of fields by row is read: a block of lines a record", "[table][audit30]") {
  Parsed p = parse_file(fixture("table/embase_fields_by_row.csv"));
  REQUIRE(p.records.size() == 2);
  const Record& r = p.records[0];
  CHECK(r.title == "Development of novel liver-targeting glucocorticoid prodrugs");
  REQUIRE(r.authors.size() == 8);
  CHECK(r.authors[0].family == "Wang");
  CHECK(r.authors[0].given == "Y.");
  CHECK(r.authors[7].family == "Lu");
  CHECK(r.container_title == "Medicine in Drug Discovery");
  CHECK(r.volume == "21");
  CHECK(r.issued.year == 2024);
  CHECK(r.issued.month == 2);
  CHECK(r.type == "article-journal");
  CHECK(r.doi == "10.1016/j.medidd.2023.100172");
  CHECK(r.keywords.size() == 6);
  CHECK(r.get_extra("PUI") == "L2028768535");
  CHECK(r.get_extra("EMBASE CLASSIFICATIONS") ==
        "Human Genetics (22)\nClinical and Experimental Biochemistry (29)\nDrug Literature Index (37)\nGastroenterology (48)");
  CHECK(r.provenance.line == 1);
  const Record& s = p.records[1];
  CHECK(s.issue == "1");
  CHECK(s.pmid == "38203148");
  CHECK(s.get_extra("MEDLINE PMID") == "http://www.ncbi.nlm.nih.gov/pubmed/38203148");  // its second value
  CHECK(s.keywords.size() == 7);
  CHECK(s.provenance.line == 15);
  CHECK(p.diags.errors() == 0);
}

// smilevo/MSR2025_Dependency_Analysis @2f8bc08 Wiely.csv (MIT; found by audit27): a table of Wiley Online Library
// results with SpringerLink's column names ("Item Title", "Item DOI") but none of its other columns, authors in
// citation form ("Bafandeh Mayvan B,Rasoolzadegan A"), two links in one cell.  No reader knew the header: 'no
// bibliographic records found' (a text page), all 35 rows lost.
TEST_CASE("A table titled 'Item Title' with 'Item DOI' is read; a cell of links gives the first", "[table][lead28]") {
  Parsed p = parse_file(fixture("table/wiley_item_title.csv"));
  REQUIRE(p.records.size() == 35);
  const Record& r = p.records[0];
  CHECK(r.title == "Bad smell detection using quality metrics and refactoring opportunities");
  CHECK(r.doi == "10.1002/smr.2255");
  CHECK(r.issued.year == 2020);
  REQUIRE(r.authors.size() == 3);
  CHECK(r.authors[0].family == "Bafandeh Mayvan");
  CHECK(r.authors[0].given == "B");
  CHECK(r.authors[2].family == "Javan Jafari");
  CHECK(r.url == "https://onlinelibrary.wiley.com/doi/abs/10.1002/smr.2255");
  CHECK(r.get_extra("URLs") == "https://onlinelibrary.wiley.com/doi/abs/10.1002/smr.2255;http://dx.doi.org/10.1002/smr.2255");
  REQUIRE(p.records[1].authors.size() == 6);
  CHECK(p.records[1].authors[2].family == "Ó Cinnéide");
  for (const auto& w : p.records) CHECK(!w.title.empty());
}

// Lens writes "null" for the part of a name it lacks: its CSV "null Ratkóczy; null v. Baeyer" (given names first; 128
// of the 252 rows of tributetotobler/bibliotobler @d280288 data/lens-export.csv, GPL-3.0, 2,779 names), its RIS "AU  -
// null, null" for a name it has no part of (ESHackathon/CiteSource @ea6f159 lens_343.ris, GPL-3.0); found by audit30.
// The CSV's were literal names "null Ratkóczy" (no family name: keys, dedup and co-authorship had none), the RIS's
// an author 'null'.
TEST_CASE("Lens: 'null' is no name: 'null Ratkóczy' is the family Ratkóczy, 'null, null' nobody", "[lens][audit30]") {
  Parsed p = parse_file(fixture("table/lens_null_given.csv"));
  REQUIRE(p.records.size() == 3);
  const Record& r = p.records[0];
  REQUIRE(r.authors.size() == 19);
  CHECK(r.authors[0].family == "Ratkóczy");
  CHECK(r.authors[0].given.empty());
  CHECK(r.authors[0].literal.empty());
  CHECK(r.authors[6].family == "Sjövall");
  CHECK(r.authors[6].given == "Einar");
  const Record& baeyer = p.records[1];
  REQUIRE(!baeyer.authors.empty());
  CHECK(baeyer.authors[0].full_family() == "v. Baeyer");
  CHECK(baeyer.authors[0].given.empty());
  const Record& cjk = p.records[2];
  REQUIRE(cjk.authors.size() == 2);
  CHECK(cjk.authors[0].family == "Tobler");
  CHECK(cjk.authors[1].family == "唐锦治");
  for (const auto& w : p.records)
    for (const auto& a : w.authors) {
      CHECK(a.literal.find("null") == std::string::npos);
      CHECK(a.given != "null");
    }
  Parsed ris = parse_file(fixture("ris/lens_null_names.ris"));
  REQUIRE(ris.records.size() == 2);
  REQUIRE(ris.records[0].authors.size() == 3);
  CHECK(ris.records[0].authors[1].family == "Sneha");
  CHECK(ris.records[0].authors[1].given.empty());
  REQUIRE(ris.records[1].authors.size() == 24);
  CHECK(ris.records[1].authors.back().family == "Li");
  bool said = false;
  for (const auto& d : ris.diags.items()) said |= d.message.find("'null' is a placeholder for no author") != std::string::npos;
  CHECK(said);
}

// Zotero's DOI field after its shortDOI plugin holds short DOIs ("10/fhcmr3": 83 of the 330 rows of
// tributetotobler/bibliotobler @d280288 data/Zotero_Tobler.csv, GPL-3.0; found by audit30).  The CSL-JSON reader
// kept a short DOI as the source's DOI (doi.hpp: never expanded); the table, RIS, BibTeX and Zotero JSON readers
// said "DOI is not a DOI" and put it in extra, so the work had no DOI to export or match.
TEST_CASE("A short DOI ('10/fhcmr3') is the record's DOI in every reader, as in CSL-JSON", "[table][ris][bibtex][audit30]") {
  Parsed p = parse_file(fixture("table/zotero_short_doi.csv"));
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[0].doi == "10/fhcmr3");
  CHECK(p.records[1].doi == "10/cfqcnv");
  for (const auto& r : p.records) CHECK(r.get_extra("DOI").empty());
  // Zotero's columns refnet has no field for (Key, Date Added, ...), said since csv33.
  CHECK(has_diag(p.diags, Severity::warning, 1, "columns \"Key\", \"Date Added\""));
  CHECK(p.diags.warnings() == 1);
  Parsed ris = parse_string("TY  - JOUR\nTI  - Automation and Cartography\nDO  - 10/fhcmr3\nER  - \n");
  REQUIRE(ris.records.size() == 1);
  CHECK(ris.records[0].doi == "10/fhcmr3");
  Parsed bib = parse_string("@article{t, title = {Automation and Cartography}, doi = {10/fhcmr3}}\n");
  REQUIRE(bib.records.size() == 1);
  CHECK(bib.records[0].doi == "10/fhcmr3");
  Parsed not_one = parse_string("TY  - JOUR\nTI  - A title\nDO  - 10/not a doi\nER  - \n");
  REQUIRE(not_one.records.size() == 1);
  CHECK(not_one.records[0].doi.empty());
}

// A DOI in a resolver's address: the RIS reader took it from UR, the BibTeX, CSL-JSON and Zotero JSON
// readers did not, so the same work had a DOI or none by the format it came in, and a round trip through
// refnet's RIS gave it one (bench/roundtrip_audit.py, export31: 32 works of 24 real files; Better BibTeX's
// url = {http://dx.doi.org/...} in adunning/latin-greek-scientific-terminology, CC BY 4.0, fixture
// export/adunning_roundtrip.bib; a Zotero CSL-JSON library's "URL": "https://doi.org/10.1007/...").
TEST_CASE("A DOI in a resolver's URL is the record's DOI in every reader, as in RIS", "[bibtex][csljson][zotero][ris][export31]") {
  Parsed bib = parse_file(fixture("export/adunning_roundtrip.bib"));
  const Record* maire = nullptr;
  for (const auto& r : bib.records)
    if (r.citekey == "maire:2014greek") maire = &r;
  REQUIRE(maire);
  CHECK(maire->doi == "10.1163/9789004273863");
  CHECK(maire->url == "http://dx.doi.org/10.1163/9789004273863");  // the URL stays
  // A doi field wins over the URL's.
  Parsed both = parse_string("@article{t, title = {A title}, url = {https://doi.org/10.1000/url}, doi = {10.1000/field}}\n");
  REQUIRE(both.records.size() == 1);
  CHECK(both.records[0].doi == "10.1000/field");
  Parsed csl = parse_string(
      R"([{"id":"figartContestingGigEconomy2017","title":"Contesting the Gig Economy: #SchedulesThatWork","type":"chapter",)"
      R"("URL":"https://doi.org/10.1007/978-3-319-59779-9_4"}])");
  REQUIRE(csl.records.size() == 1);
  CHECK(csl.records[0].doi == "10.1007/978-3-319-59779-9_4");
  Parsed zot = parse_string(
      R"([{"itemType":"bookSection","title":"Contesting the Gig Economy","url":"https://doi.org/10.1007/978-3-319-59779-9_4"}])");
  REQUIRE(zot.records.size() == 1);
  CHECK(zot.records[0].doi == "10.1007/978-3-319-59779-9_4");
  Parsed ris = parse_string("TY  - CHAP\nTI  - Contesting the Gig Economy\nUR  - https://doi.org/10.1007/978-3-319-59779-9_4\nER  - \n");
  REQUIRE(ris.records.size() == 1);
  CHECK(ris.records[0].doi == "10.1007/978-3-319-59779-9_4");
  // An address that is no DOI's gives none.
  Parsed plain = parse_string("@misc{p, title = {A page}, url = {https://www.ncbar.gov/for-lawyers/ethics/}}\n");
  REQUIRE(plain.records.size() == 1);
  CHECK(plain.records[0].doi.empty());
}

// audit60 (issue #11): the items session 59 left (Publish or Perish's and
// Google Scholar's BibTeX labelled by the file's name, a chapter taking its
// book's DOI, ...) and what real exports refnet had not seen showed.
#include <catch2/catch.hpp>

#include <fstream>
#include <string>
#include <vector>

#include "refnet/citekey.hpp"
#include "refnet/review.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {
const Record* keyed(const std::vector<Record>& records, std::string_view key) {
  for (const Record& r : records)
    if (r.citekey == key) return &r;
  return nullptr;
}
}  // namespace

// Publish or Perish's BibTeX (RedwanNewaz/PublicationManager's PoPCites.bib,
// 351 entries; mosalen/Deepfake_References', 992) names no database: its
// entries carry PoP's key ("pop00001") and its query date as a second note,
// and those Google Scholar cites link to its page of citing works.  Before,
// 'prisma' and 'overlap' counted them under the file's name; the 102 entries
// of the first file cited by nobody (no Scholar link of their own) are
// Google Scholar's hits as much as the others.
TEST_CASE("Publish or Perish's BibTeX of a Google Scholar search is labelled Google Scholar", "[audit60]") {
  Parsed p = parse_file(fixture("bibtex/publish_or_perish_scholar.bib"));
  REQUIRE(p.records.size() == 3);
  for (const Record& r : p.records) CHECK(default_source_label(r) == "Google Scholar");
  CHECK(said(p, "Publish or Perish's BibTeX (keys") == 1);
  // An entry cited by nobody before the first that links Scholar: the same.
  Parsed later = parse_string(
      "@article{pop00002,\n\tauthor = {A Smith},\n\ttitle = {Uncited},\n\tyear = {2001},\n"
      "\tnote = {Query date: 2020-02-08 20:42:36},\n}\n"
      "@article{pop00001,\n\tauthor = {B Jones},\n\ttitle = {Cited},\n\tyear = {2000},\n"
      "\tnote = {3 cites: https://scholar.google.com/scholar?cites=1\\&hl=en},\n"
      "\tnote = {Query date: 2020-02-08 20:42:36},\n}\n");
  REQUIRE(later.records.size() == 2);
  CHECK(default_source_label(later.records[0]) == "Google Scholar");
  CHECK(default_source_label(later.records[1]) == "Google Scholar");
  // A library's entry under such a key, without PoP's query date, is the file's.
  Parsed own = parse_string("@article{pop00001,\n  author = {Smith, A.},\n  title = {Own},\n  year = {2001},\n}\n");
  REQUIRE(own.records.size() == 1);
  CHECK(default_source_label(own.records[0]) != "Google Scholar");
}

// Google Scholar's own BibTeX ("Cite" > BibTeX, a profile's export): the key
// is the first author's family name, the year and the title's first word,
// in lower case ("drelich2017long"), the title first, each field
// "  name={value}".  A library's entry written otherwise stays the file's.
TEST_CASE("Google Scholar's BibTeX is labelled Google Scholar by its layout", "[audit60]") {
  Parsed p = parse_file(fixture("bibtex/google_scholar_suffix_name.bib"));
  REQUIRE(p.records.size() == 1);
  CHECK(default_source_label(p.records[0]) == "Google Scholar");
  Parsed other = parse_string(
      "@article{drelich2017long,\n  author = {Drelich, Adam J},\n  title = {Long-term surveillance},\n"
      "  journal = {Acta Biomaterialia},\n  year = {2017}\n}\n"
      "@article{drelich2017surveillance,\n  title={Long-term surveillance},\n  author={Drelich, Adam J},\n"
      "  year={2017}\n}\n");
  REQUIRE(other.records.size() == 2);
  CHECK(default_source_label(other.records[0]) != "Google Scholar");
  CHECK(default_source_label(other.records[1]) != "Google Scholar");
}

// Google Scholar cuts long author lists: Publish or Perish's BibTeX writes
// "LE Kavraki and P Svestka and JC Latombe and ..." (the fixture's names are
// made up in that shape) (141 of 351 entries in
// RedwanNewaz's file, 305 of 992 in mosalen's).  Before, "..." was an
// author; it is BibTeX's "and others" (the list goes on), said once a file.
TEST_CASE("a BibTeX name list ending in '...' goes on: 'others', not an author '...'", "[audit60]") {
  Parsed p = parse_file(fixture("bibtex/publish_or_perish_scholar.bib"));
  REQUIRE(p.records.size() == 3);
  const Record* cut = keyed(p.records, "pop00001");
  REQUIRE(cut != nullptr);
  REQUIRE(cut->authors.size() == 4);
  CHECK(cut->authors[2].family == "Lantern");
  CHECK(cut->authors[3].literal == "others");
  const Record* whole = keyed(p.records, "pop00250");
  REQUIRE(whole != nullptr);
  CHECK(whole->authors.size() == 4);
  CHECK(said(p, "Google Scholar cut") == 1);
  Parsed unicode = parse_string("@article{k,\n  author = {Smith, A. and Jones, B. and \xE2\x80\xA6},\n  title = {T},\n  year = {2001}\n}\n");
  REQUIRE(unicode.records.size() == 1);
  REQUIRE(unicode.records[0].authors.size() == 3);
  CHECK(unicode.records[0].authors[2].literal == "others");
}

// A book's chapter whose record gives its book's DOI first and its own
// after it (a DOI list, a second DO line or doi field, a link to the
// chapter's DOI): before, the chapter took the book's DOI, which every
// chapter of the book shares (merge by DOI then joins them).  The DOI that
// extends the other with a part's suffix ("_28", ".ch1", "-001", ".004") is
// the chapter's; a book keeps its own, a supplement's suffix is no part.
TEST_CASE("a chapter listing its book's DOI first takes its own", "[audit60]") {
  Parsed ris = parse_string(
      "TY  - CHAP\nAU  - Smith, J.\nTI  - A chapter\nPY  - 2011\n"
      "DO  - 10.1002/9781444354614, 10.1002/9781444354614.ch1\nER  - \n\n"
      "TY  - CHAP\nAU  - Jones, K.\nTI  - Another chapter\nPY  - 2009\n"
      "DO  - 10.1007/978-3-642-00312-7\nDO  - 10.1007/978-3-642-00312-7_28\nER  - \n\n"
      "TY  - CHAP\nAU  - Lee, M.\nTI  - A third\nPY  - 2016\nDO  - 10.1515/9781400871148\n"
      "UR  - https://doi.org/10.1515/9781400871148-001\nER  - \n\n"
      "TY  - BOOK\nAU  - Smith, J.\nTI  - The book\nPY  - 2011\n"
      "DO  - 10.1002/9781444354614, 10.1002/9781444354614.ch1\nER  - \n");
  REQUIRE(ris.records.size() == 4);
  CHECK(ris.records[0].doi == "10.1002/9781444354614.ch1");
  CHECK(ris.records[1].doi == "10.1007/978-3-642-00312-7_28");
  CHECK(ris.records[2].doi == "10.1515/9781400871148-001");
  CHECK(ris.records[3].doi == "10.1002/9781444354614");
  CHECK(said(ris, "the book's") == 3);
  Parsed bib = parse_string(
      "@incollection{a,\n  author = {Smith, J.},\n  title = {A chapter},\n  booktitle = {The book},\n  year = {2011},\n"
      "  doi = {10.1017/CBO9780511511035, 10.1017/CBO9780511511035.004}\n}\n"
      "@inproceedings{b,\n  author = {Smith, J.},\n  title = {A paper},\n  booktitle = {Proc.},\n  year = {2011},\n"
      "  doi = {10.4018/978-1-5225-0000-0},\n  doi = {10.4018/978-1-5225-0000-0.ch001}\n}\n"
      "@incollection{c,\n  author = {Smith, J.},\n  title = {Supplemented},\n  booktitle = {The book},\n  year = {2011},\n"
      "  doi = {10.1890/14-2275.1, 10.1890/14-2275.1.sm}\n}\n");
  REQUIRE(bib.records.size() == 3);
  CHECK(bib.records[0].doi == "10.1017/cbo9780511511035.004");
  CHECK(bib.records[1].doi == "10.4018/978-1-5225-0000-0.ch001");
  CHECK(bib.records[2].doi == "10.1890/14-2275.1");
  Parsed csl = parse_string(
      "[{\"id\": \"x\", \"type\": \"chapter\", \"title\": \"A chapter\", \"container-title\": \"The book\","
      " \"DOI\": \"10.4324/9780203123456; 10.4324/9780203123456-5\", \"issued\": {\"date-parts\": [[2013]]}}]");
  REQUIRE(csl.records.size() == 1);
  CHECK(csl.records[0].doi == "10.4324/9780203123456-5");
}

// Zotero 7 writes an item's citation key in its RDF as z:citationKey (as
// its JSON's citationKey and CSL-JSON's citation-key, which refnet reads as
// the key).  Before, the RDF's was kept in extra: the work got a key of
// refnet's making and every export said "citationKey not written" of the
// key the user cites by.
TEST_CASE("Zotero RDF's z:citationKey is the citation key", "[audit60]") {
  Parsed p = parse_string(
      "<rdf:RDF\n xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"\n"
      " xmlns:z=\"http://www.zotero.org/namespaces/export#\"\n xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
      " xmlns:bib=\"http://purl.org/net/biblio#\"\n xmlns:foaf=\"http://xmlns.com/foaf/0.1/\">\n"
      "    <bib:Article rdf:about=\"#item_1\">\n        <z:itemType>journalArticle</z:itemType>\n"
      "        <bib:authors><rdf:Seq><rdf:li><foaf:Person><foaf:surname>Smith</foaf:surname>"
      "<foaf:givenName>Ann</foaf:givenName></foaf:Person></rdf:li></rdf:Seq></bib:authors>\n"
      "        <dc:title>A title</dc:title>\n        <dc:date>2020</dc:date>\n"
      "        <z:citationKey>smithTitle2020</z:citationKey>\n    </bib:Article>\n</rdf:RDF>\n");
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].citekey == "smithTitle2020");
  CHECK(p.records[0].get_extra("citationKey").empty());
  CHECK(said(p, "citationKey") == 0);
}

// ArmEnBib (armen-bibliography/ArmEnBib's Zotero RDF, 274 items) writes each
// name in Armenian with its romanization in brackets: "Հակոբյան [Hakobyan]".
// Before, a key repeated the name, once transliterated and once as
// romanized ("abrahamyanabrahamyan1956arhestner": 216 of the 274 keys); it
// is made of the name's own form, as the name alone makes it.
TEST_CASE("a name with its romanization in brackets gives its key one family name", "[audit60]") {
  Record r;
  r.type = "book";
  r.title = "Արհեստները Հայաստանում [Crafts in Armenia]";
  r.issued.year = 1956;
  Creator c;
  c.family = "Աբրահամյան [Abrahamyan]";
  c.given = "Ա. [A.]";
  r.authors.push_back(c);
  CHECK(expand_key_pattern(kDefaultKeyPattern, r) == "abrahamyan1956arhestner");
  r.authors[0].family = "Աբրահամյան";
  CHECK(expand_key_pattern(kDefaultKeyPattern, r) == "abrahamyan1956arhestner");
  r.authors[0].family = "Иванов [Ivanov]";
  CHECK(expand_key_pattern("[auth:lower][year]", r) == "ivanov1956");
}

// ArmEnBib's z:citationKey values hold characters a library key cannot
// ("abrahamyan[abrahamyan]ArhestnereHayastanowmIVXVIII1956", backticks): the
// work gets a key of its own and keeps the user's as its alias (biblatex
// ids, `refnet show KEY`), as a .bib's is kept, and the import says so.
TEST_CASE("a Zotero RDF citation key the library cannot keep stays the work's alias", "[audit60]") {
  TempDir tmp;
  const std::string lib = "--library '" + (tmp / "lib.sqlite") + "'";
  std::ofstream(tmp / "items.rdf")
      << "<rdf:RDF\n xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"\n"
         " xmlns:z=\"http://www.zotero.org/namespaces/export#\"\n xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
         " xmlns:bib=\"http://purl.org/net/biblio#\"\n xmlns:foaf=\"http://xmlns.com/foaf/0.1/\">\n"
         "    <bib:Book rdf:about=\"#item_1\">\n        <z:itemType>book</z:itemType>\n"
         "        <bib:authors><rdf:Seq><rdf:li><foaf:Person><foaf:surname>\xD4\xB1\xD5\xA2\xD6\x80\xD5\xA1\xD5\xB0\xD5\xA1\xD5\xB4\xD5\xB5\xD5\xA1\xD5\xB6 [Abrahamyan]</foaf:surname>"
         "</foaf:Person></rdf:li></rdf:Seq></bib:authors>\n"
         "        <dc:title>Crafts in Armenia</dc:title>\n        <dc:date>1956</dc:date>\n"
         "        <z:citationKey>abrahamyan[abrahamyan]Arhestnere`1956</z:citationKey>\n    </bib:Book>\n</rdf:RDF>\n";
  CommandResult imp = run_refnet("import " + lib + " '" + (tmp / "items.rdf") + "'");
  REQUIRE(imp.status == 0);
  CHECK(imp.err.find("citationKey 'abrahamyan[abrahamyan]Arhestnere`1956' holds characters a library key cannot") !=
        std::string::npos);
  CHECK(imp.out.find("1 citation key the files gave the library could not keep: kept as an alias") != std::string::npos);
  CommandResult shown = run_refnet("show " + lib + " 'abrahamyan[abrahamyan]Arhestnere`1956'");
  CHECK(shown.status == 0);
  CHECK(shown.out.find("abrahamyan1956crafts") != std::string::npos);
  CommandResult bib = run_refnet("export " + lib + " --format biblatex");
  CHECK(bib.out.find("ids = {abrahamyan[abrahamyan]Arhestnere`1956}") != std::string::npos);
}

// ArmEnBib's single-field names too: "Ա-Դո [A-Do]" (a pen name) gave
// "adoado1917".
TEST_CASE("a single-field name with its romanization in brackets gives its key once", "[audit60]") {
  Record r;
  r.type = "book";
  r.title = "Great Incidents";
  r.issued.year = 1917;
  Creator c;
  c.literal = "\xD4\xB1-\xD4\xB4\xD5\xB8 [A-Do]";
  r.authors.push_back(c);
  CHECK(expand_key_pattern("[auth:lower][year]", r) == "ado1917");
  r.authors[0].literal = "[Anonymous]";
  CHECK(expand_key_pattern("[auth:lower][year]", r) == "anonymous1917");
}

// The ACM Digital Library's BibTeX (MarielaNina/RSL's acm.bib, 1,000
// entries) names no database: 'prisma' and 'overlap' counted its records
// under the file's name.  Its layout names it: each entry under its DOI as
// key (ACM's own 10.5555/ for a work without one) with ACM's numpages or
// issue_date, or ACM as publisher ("Just Accepted" articles: no pages yet).
// PLOS's and Frontiers' entries are keyed by DOI too, without these.
TEST_CASE("the ACM Digital Library's BibTeX is labelled by its layout", "[audit60]") {
  Parsed p = parse_string(
      "@inproceedings{10.1145/3316782.3322746,\nauthor = {Haslwanter, Jean D. Hallewell and Heiml, Michael},\n"
      "title = {Lost in Translation: Machine Translation and Text-to-Speech in Industry 4.0},\nyear = {2019},\n"
      "isbn = {9781450362320},\npublisher = {Association for Computing Machinery},\naddress = {New York, NY, USA},\n"
      "url = {https://doi.org/10.1145/3316782.3322746},\ndoi = {10.1145/3316782.3322746},\n"
      "booktitle = {Proceedings of the 12th ACM International Conference on PErvasive Technologies Related to "
      "Assistive Environments},\npages = {333\xE2\x80\x93" "342},\nnumpages = {10},\nlocation = {Rhodes, Greece},\n"
      "series = {PETRA '19}\n}\n\n"
      "@article{10.1145/3625095,\nauthor = {Liu, Jinhui and Zhang, Feng},\n"
      "title = {Language Model Method for Collocation Rules of Parts of Speech in Machine Translation System},\n"
      "year = {2023},\npublisher = {Association for Computing Machinery},\naddress = {New York, NY, USA},\n"
      "issn = {2375-4699},\nurl = {https://doi.org/10.1145/3625095},\ndoi = {10.1145/3625095},\n"
      "note = {Just Accepted},\njournal = {ACM Trans. Asian Low-Resour. Lang. Inf. Process.},\nmonth = {sep}\n}\n\n"
      "@article{10.1371/journal.pone.0099999,\n  author = {Smith, Ann},\n  title = {A PLOS article},\n"
      "  journal = {PLOS ONE},\n  publisher = {Public Library of Science},\n  year = {2014},\n"
      "  doi = {10.1371/journal.pone.0099999}\n}\n");
  REQUIRE(p.records.size() == 3);
  CHECK(default_source_label(p.records[0]) == "ACM Digital Library");
  CHECK(default_source_label(p.records[1]) == "ACM Digital Library");
  CHECK(default_source_label(p.records[2]) != "ACM Digital Library");
  CHECK(said(p, "the ACM Digital Library's BibTeX") == 1);
}

// The Cochrane Library's BibTeX export writes "Record #1 of 3" before each
// entry, under keys of its own ("Huey25"), its DOI a resolver's link (no
// page on cochranelibrary.com): 'prisma' and 'overlap' counted its records
// under the file's name (KyleMorrison99/organochlorineSRM_analysis's export,
// fixtures/bibtex/cochrane_library_authors.bib; reviews as a systematic-review
// tool's test quotes Cochrane's export).
TEST_CASE("the Cochrane Library's BibTeX is labelled by its record lines", "[audit60]") {
  Parsed p = parse_string(
      "Record #1 of 2\n@article{Huey25,\nauthor = {Huey, SL, Mehta, NH, and Mehta, S},\n"
      "title = {Precision nutrition-based interventions for the management of obesity},\n"
      "journal = {Cochrane Database of Systematic Reviews},\nnumber = {1},\nyear = {2025},\n"
      "publisher = {John Wiley &amp; Sons, Ltd},\nISSN = {1465-1858},\nDOI = {10.1002/14651858.CD015877},\n"
      "keywords = {*Pediatric Obesity [diet therapy, therapy]; Child, Preschool; Humans},\n"
      "URL = {http://dx.doi.org/10.1002/14651858.CD015877}\n}\n\n\n"
      "Record #2 of 2\r\n@article{Alkhawaja15,\nauthor = {Alkhawaja, S, and Martin, C},\n"
      "title = {Antenatal corticosteroids for fetal lung maturation},\n"
      "journal = {Cochrane Database of Systematic Reviews},\nyear = {2015},\nDOI = {10.1002/14651858.CD000001}\n}\n"
      "@article{Other15,\nauthor = {Martin, C},\ntitle = {A library's entry},\njournal = {J},\nyear = {2015}\n}\n");
  REQUIRE(p.records.size() == 3);
  CHECK(default_source_label(p.records[0]) == "Cochrane Library");
  CHECK(default_source_label(p.records[1]) == "Cochrane Library");
  CHECK(default_source_label(p.records[2]) != "Cochrane Library");
  CHECK(said(p, "'Record #1 of N' before each entry") == 1);
  CHECK(p.records[0].keywords.size() == 3);
  // KyleMorrison99/organochlorineSRM_analysis's export (records 1, 5, 6 of 6).
  Parsed real = parse_file(fixture("bibtex/cochrane_library_authors.bib"));
  REQUIRE(real.records.size() == 3);
  for (const Record& r : real.records) CHECK(default_source_label(r) == "Cochrane Library");
}

// Scopus's plain-text ("Text") export: the layout of 2022 ("# Scopus",
// "# EXPORT DATE:04 Feb 2022", authors "Family, I.", an author-ID line, no
// AUTHOR FULL NAMES) and of 2023 on (a BOM, "Scopus", "EXPORT DATE: ...",
// "Family I." authors, AUTHOR FULL NAMES, the DOI above the link, labelled
// fields below a blank line, REFERENCES one a line).  The fixtures are made
// in the shape of real exports whose repositories give no licence
// (mikhailremnev/publication_list's scopus.txt of 2022, 71 records;
// ashishpundir924/marketing_Research's of 2024, 10; drlucatobi/RMS-childhood's
// of 2023, 5), which before were refused (2022) or read as one page's
// article with the other records lost (2023 on).
#include <catch2/catch.hpp>

#include "refnet/names.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

TEST_CASE("Scopus text of 2024: every field, as the Scopus CSV of the same record has it", "[scopus_txt]") {
  Parsed p = parse_file(fixture("scopus/plain_text_2024.txt"));
  REQUIRE(p.records.size() == 3);
  CHECK(p.stats.records == 3);
  CHECK(p.stats.rejected == 0);
  const Record& r = p.records[0];
  CHECK(r.provenance.format == "scopus-txt");
  CHECK(r.provenance.line == 4);
  CHECK(r.title == "Family goals in invented businesses [Cele rodzinne w wymyślonych firmach]");
  REQUIRE(r.authors.size() == 3);
  CHECK(r.authors[1].family == "Berg");
  CHECK(r.authors[1].particle == "van der");
  CHECK(r.authors[1].given == "Anna B.");
  CHECK(r.authors[0].affiliations.empty());  // AFFILIATIONS is the record's, not each author's
  CHECK(r.issued.year == 2024);
  CHECK(r.container_title == "Invented Journal of Management Studies");
  CHECK(r.volume == "29");
  CHECK(r.issue == "2");
  CHECK(r.pages == "121-137");
  CHECK(r.doi == "10.1234/ijms.2024.29.2.06");
  CHECK(r.scopus_eid == "2-s2.0-85200000001");
  CHECK(r.pmid == "39049304");
  CHECK(r.keywords == std::vector<std::string>{"family business", "family goals"});
  CHECK(r.get_extra("Index Keywords") == "Animals, Wild; business development");
  CHECK(r.get_extra("Funding Details") == "Invented Research Centre, IRC; European Commission, EC");
  CHECK(r.get_extra("Funding Text 1") == "We thank the Invented Research Centre.");
  CHECK(r.get_extra("Cited by") == "4");
  CHECK(r.get_extra("Author(s) ID") == "57900000001; 57900000002; 57900000003");
  CHECK(r.get_extra("Conference code") == "201226");
  CHECK(r.type == "paper-conference");
  CHECK(r.issn == std::vector<std::string>{"2081-7452"});
  REQUIRE(r.editors.size() == 2);
  CHECK(r.editors[1].family == "Hardiker");
  // The references, one a line, split by the CSV's cited-reference parser.
  REQUIRE(r.references.size() == 3);
  CHECK(r.references[0].author == "Aparicio G.");
  CHECK(r.references[0].container == "Journal of Family Business Strategy");
  CHECK(r.references[0].first_page == "157");
  CHECK(r.references[2].year == "2010");

  // The same record exported as CSV: the same fields.
  Parsed csv = parse_file(fixture("scopus/plain_text_2024.csv"));
  REQUIRE(csv.records.size() == 1);
  const Record& c = csv.records[0];
  check_same_fields(r, c);
  CHECK(r.pmid == c.pmid);
  CHECK(r.scopus_eid == c.scopus_eid);
  CHECK(r.references.size() == c.references.size());
  for (const char* name : {"Affiliations", "Index Keywords", "Funding Details", "Funding Text 1", "Correspondence Address",
                           "Sponsors", "Conference name", "Conference date", "Conference location", "Conference code",
                           "Publication Stage", "Open Access", "Document Type", "Author(s) ID", "Cited by",
                           "Author full names", "Authors", "Source"})
    CHECK(extra_values(r, name) == extra_values(c, name));

  // A record without authors, DOI or abstract; a line Scopus never writes is said.
  const Record& e = p.records[1];
  CHECK(e.title == "Editorial: an invented editorial");
  CHECK(e.authors.empty());
  CHECK(e.volume == "95");
  CHECK(e.number == "103493");
  CHECK(e.issued.year == 2025);
  CHECK(has_diag(p.diags, Severity::warning, 45, "not understood"));
  CHECK(e.get_extra("Scopus text") == "A LINE SCOPUS NEVER WRITES");

  // The last record lacks its closing "SOURCE: Scopus": read, and said.
  const Record& t = p.records[2];
  CHECK(t.title == "A third invented record cut short by the download");
  CHECK(t.volume == "159-160");
  CHECK(t.number == "104107");
  CHECK(t.abstract == "An abstract whose record");
  CHECK(has_diag(p.diags, Severity::warning, 53, "truncated"));
  CHECK(p.diags.errors() == 0);
}

TEST_CASE("Scopus text of 2022: 'Family, I.' authors, the ID line, no full names", "[scopus_txt][scopus]") {
  Parsed p = parse_file(fixture("scopus/plain_text_export.txt"));
  REQUIRE(p.records.size() == 2);
  CHECK(p.stats.rejected == 0);
  CHECK(p.diags.errors() == 0);
  CHECK(p.diags.warnings() == 0);
  const Record& r = p.records[0];
  REQUIRE(r.authors.size() == 2);
  CHECK(r.authors[0].family == "Roe");
  CHECK(r.authors[0].given == "J.");
  CHECK(r.authors[1].family == "Doe");
  CHECK(r.authors[1].given == "A.B.");
  CHECK(r.get_extra("Author(s) ID") == "57000000001;57000000002;");
  CHECK(r.title == "A first invented article in the layout of Scopus's plain-text export");
  CHECK(r.container_title == "Journal of Invented Studies");
  CHECK(r.volume == "15");
  CHECK(r.issue == "3");
  CHECK(r.number == "165761");
  CHECK(r.doi == "10.1234/jis.2021.1");
  CHECK(r.container_title_short == "J Invented Stud");
  const Record& s = p.records[1];
  CHECK(s.container_title == "Proceedings of an Invented Workshop");
  CHECK(s.volume == "3041");
  CHECK(s.pages == "375-380");
  CHECK(s.type == "paper-conference");
  CHECK(s.doi.empty());
}

TEST_CASE("Scopus text: the source line's parts, and names", "[scopus_txt]") {
  const std::string head = "Scopus\nEXPORT DATE: 06 December 2023\n\n";
  auto one = [&](const std::string& authors, const std::string& source) {
    Parsed p = parse_string(head + authors + "\nA title\n" + source + "\n\nDOCUMENT TYPE: Article\nSOURCE: Scopus\n");
    REQUIRE(p.records.size() == 1);
    return p.records[0];
  };
  // A journal name with commas; issue "4 Pt 2"; a collaboration.
  Record r = one("Ivanov, V.L., Mikhailov, K.Yu., Yu Barnyakov, A., the CMD-3 Collaboration",
                 "(2021) Physics Letters, Section B: Nuclear Physics, 12 (4 Pt 2), pp. 1074 - 1081, Cited 0 times.");
  CHECK(r.container_title == "Physics Letters, Section B: Nuclear Physics");
  CHECK(r.volume == "12");
  CHECK(r.issue == "4 Pt 2");
  CHECK(r.pages == "1074-1081");
  REQUIRE(r.authors.size() == 4);
  CHECK(r.authors[1].family == "Mikhailov");
  CHECK(r.authors[2].family == "Yu Barnyakov");
  CHECK(r.authors[3].literal == "the CMD-3 Collaboration");
  // A book chapter: pages, no volume.
  r = one("Amin S., Fein Levy C.", "(2021) Lanzkowsky's Manual of Pediatric Hematology and Oncology, pp. 541 - 561, Cited 0 times.");
  CHECK(r.container_title == "Lanzkowsky's Manual of Pediatric Hematology and Oncology");
  CHECK(r.volume.empty());
  CHECK(r.pages == "541-561");
  REQUIRE(r.authors.size() == 2);
  CHECK(r.authors[1].family == "Fein Levy");
  // "art. no. X, ." and a citation count after it (2020).
  r = one("Barnyakov A.Y.", "(2020) Journal of Instrumentation, 15 (4), art. no. C04032, . Cited 1 time.");
  CHECK(r.container_title == "Journal of Instrumentation");
  CHECK(r.number == "C04032");
  CHECK(r.get_extra("Cited by") == "1");
  CHECK(parse_format_name("scopus-txt") == parse_format_name("scopus-text"));
  CHECK(format_name(parse_format_name("scopus-txt")) == "scopus-txt");
}

TEST_CASE("Scopus text: two exports joined, a field Scopus never writes", "[scopus_txt]") {
  const std::string one = "\xEF\xBB\xBFScopus\nEXPORT DATE: 06 December 2023\n\nRoe J.\nAUTHOR FULL NAMES: Roe, Jane (1)\n1\nA title\n"
                          "(2021) A Journal, 3, pp. 1 - 2, Cited 0 times.\n\nPUBLISHER: P\nINVENTED FIELD: x\nDOCUMENT TYPE: Article\n"
                          "SOURCE: Scopus\n\n";
  Parsed p = parse_string(one + one);
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[1].provenance.line == 18);
  CHECK(has_diag(p.diags, Severity::note, 15, "another export's header line skipped: Scopus"));
  CHECK(has_diag(p.diags, Severity::note, 16, "another export's header line skipped: EXPORT DATE"));
  CHECK(has_diag(p.diags, Severity::warning, 11, "INVENTED FIELD is not a field Scopus writes"));
  CHECK(p.records[0].get_extra("INVENTED FIELD") == "x");
  CHECK(p.records[0].publisher == "P");
}

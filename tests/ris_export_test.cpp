// RIS writer: Zotero's layout, and RIS -> Record -> RIS -> Record loses nothing.
#include <catch2/catch.hpp>

#include "../importers/ris_fields.hpp"
#include "export_support.hpp"
#include "refnet/jats.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

std::string ris_of(const std::vector<Record>& rs) {
  std::ostringstream out;
  write_ris(out, rs);
  return out.str();
}

std::string show(const std::vector<ExtraField>& extra) {
  std::string out;
  for (const auto& f : extra) out += f.name + "=[" + f.value + "] ";
  return out;
}


}  // namespace

TEST_CASE("RIS is written as Zotero writes it", "[export][ris]") {
  std::string ris = ris_of({kassen2018()});
  CHECK(ris ==
        "TY  - JOUR\r\n"
        "TI  - Promoting public cooperation in government: key drivers, regulation, and barriers of the "
        "e-collaboration movement in Kazakhstan\r\n"
        "AU  - Kassen, Maxat\r\n"
        "PY  - 2018\r\n"
        "T2  - International Review of Administrative Sciences\r\n"
        "PB  - SAGE Publications Ltd\r\n"
        "SN  - 0020-8523\r\n"
        "DO  - 10.1177/0020852317735595\r\n"
        "KW  - civic engagement\r\n"
        "KW  - e-collaboration\r\n"
        "KW  - government blogs\r\n"
        "KW  - Kazakhstan\r\n"
        "KW  - public dialogue\r\n"
        "KW  - public sector innovations\r\n"
        "KW  - public–private partnership\r\n"
        "AB  - " + kassen2018().abstract + "\r\n"
        "LA  - English\r\n"
        "ID  - kassen2018promoting\r\n"  // the key, whatever the source: the importer reads it back
        "ER  - \r\n\r\n");
}

TEST_CASE("RIS names, editors, dates and pages", "[export][ris]") {
  std::string ris = ris_of({tricky()});
  CHECK(ris.find("TY  - CHAP\r\n") == 0);
  CHECK(ris.find("AU  - van der Berg, Jan, Jr.\r\nAU  - Müller, Jürgen\r\nAU  - World Health Organization\r\nA2  - ") !=
        std::string::npos);
  CHECK(ris.find("others") == std::string::npos);  // "and others" has no RIS form
  CHECK(ris.find("A2  - de la Fuente, María\r\n") != std::string::npos);
  CHECK(ris.find("PY  - 2001\r\nDA  - 2001/03/15\r\n") != std::string::npos);
  CHECK(ris.find("SP  - 235\r\nEP  - 256\r\n") != std::string::npos);
  CHECK(ris.find("KW  - genetics\r\nKW  - C#\r\n") != std::string::npos);
  // No bare LF anywhere: every line ends CRLF.
  for (std::size_t i = 0; i < ris.size(); ++i)
    if (ris[i] == '\n') CHECK((i > 0 && ris[i - 1] == '\r'));

  Record r = tricky();
  r.pages = "e1234";
  r.issued = {2019, 0, 0, ""};
  ris = ris_of({r});
  CHECK(ris.find("SP  - e1234\r\n") != std::string::npos);
  CHECK(ris.find("EP  - ") == std::string::npos);
  CHECK(ris.find("DA  - ") == std::string::npos);  // PY says it all
  r.issued = {2018, 0, 0, "Spring"};
  CHECK(ris_of({r}).find("DA  - 2018///Spring\r\n") != std::string::npos);
}

TEST_CASE("RIS multi-line values become continuation lines", "[export][ris]") {
  Record r = kassen2018();
  r.abstract = "First paragraph.\nSecond paragraph.";
  CHECK(ris_of({r}).find("AB  - First paragraph.\r\nSecond paragraph.\r\n") != std::string::npos);
}

TEST_CASE("RIS extra tags come back only for RIS sources", "[export][ris]") {
  Record r = kassen2018();
  r.provenance.format = "ris";
  r.add_extra("M3", "Article");
  r.add_extra("N1", "Cited By: 3");
  r.add_extra("TY", "EJOUR");
  std::string ris = ris_of({r});
  CHECK(ris.find("TY  - EJOUR\r\n") == 0);
  CHECK(ris.find("M3  - Article\r\nN1  - Cited By: 3\r\nER  - ") != std::string::npos);
  CHECK(ris.find("ID  - kassen2018promoting\r\n") != std::string::npos);

  Record b = kassen2018();
  b.provenance.format = "bibtex";
  b.add_extra("note", "A BibTeX note");
  b.add_extra("owner", "someone");
  ris = ris_of({b});
  CHECK(ris.find("N1  - A BibTeX note\r\n") != std::string::npos);
  CHECK(ris.find("someone") == std::string::npos);
  // A BibTeX note is LaTeX: RIS gets its text ("Issue \#5" was written as it
  // was, backslashes and all).
  Record t = kassen2018();
  t.provenance.format = "bibtex";
  t.add_extra("note", "Issue \\#5, see file\\_name, 100\\% {\\O}rsted \\& Wa{\\l}{\\k{e}}sa");
  CHECK(ris_of({t}).find("N1  - Issue #5, see file_name, 100% Ørsted & Wałęsa\r\n") != std::string::npos);
  // The key is kept for every source, not only RIS ones (an export of a
  // BibTeX library re-imported kept 14 of 1058 keys).
  CHECK(ris.find("ID  - kassen2018promoting\r\n") != std::string::npos);
}

TEST_CASE("RIS -> Record -> RIS -> Record is lossless on the real RIS fixtures", "[export][ris][roundtrip]") {
  const char* files[] = {
      "corpora/asysd__zotero_export.ris",       "corpora/asysd__wos_test.ris",
      "corpora/citesource__pubmed_46.ris",      "corpora/jabref__RisImporterTestScopus.ris",
      "corpora/litstudy__tests_resources_example.ris", "corpora/scopus4histcite__scopus.ris",
      "corpora/synthesisr__Scopus_ris_example.ris",
      "corpora/rispy__example_bom.ris",         "corpora/zotero-translators__002.input.ris",
  };
  for (const char* f : files) {
    SECTION(f) {
      Parsed first = parse_file(fixture(f));
      REQUIRE(first.records.size() > 0);
      Parsed second = parse_string(ris_of(first.records), Format::ris);
      CHECK(second.stats.rejected == 0);
      REQUIRE(second.records.size() == first.records.size());
      for (std::size_t i = 0; i < first.records.size(); ++i) {
        Record a = first.records[i];
        const Record& b = second.records[i];
        INFO("record " << i << ": " << a.title);
        check_same_fields(a, b);
        CHECK(a.citekey == b.citekey);
        // Zotero's HTML notes are written as their text (export12).
        for (auto& x : a.extra)
          if (x.name == "N1") x.value = html_note_to_text(x.value);
        CHECK(show(a.extra) == show(b.extra));
      }
    }
  }
}

TEST_CASE("the RIS writer streams: one record at a time, only the parts it writes", "[export][ris]") {
  std::vector<Record> records;
  for (const char* f : {"corpora/asysd__wos_test.ris", "corpora/synthesisr__Scopus_ris_example.ris",
                        "corpora/rispy__example_multiline.ris", "corpora/synthesisr__Scopus_bib_example.bib"})
    for (auto& r : parse_file(fixture(f)).records) records.push_back(std::move(r));
  records.push_back(kassen2018());
  REQUIRE(records.size() > 20);
  std::string whole = ris_of(records);
  std::unique_ptr<RecordWriter> w = ris_writer();
  std::string out = stream_one_at_a_time(*w, records);
  CHECK(out == whole);
  CHECK_FALSE(w->parts().references);
  std::unique_ptr<RecordWriter> partial = ris_writer();
  out.clear();
  for (const auto& r : records) partial->record(out, record_from_json(to_json(r), partial->parts()));
  CHECK(out == whole);
}

TEST_CASE("RIS keeps paragraph breaks of an abstract as Zotero does, and reads them back", "[export][ris][paragraphs]") {
  // Zotero's RIS writer puts the abstract's line breaks in the AB value as
  // they are (a blank line between paragraphs), and its reader takes an
  // empty continuation line of AB/N1/N2 as a line break.
  Parsed in = parse_file(fixture("bibtex/paragraphs.bib"));
  REQUIRE(in.records.size() == 2);
  std::string ris = ris_of(in.records);
  CHECK(ris.find("AB  - Background: the first paragraph ends here.\r\n\r\nMethods: the second one.\r\n\r\n"
                 "Results: the third, after a line of spaces.\r\n") != std::string::npos);
  Parsed back = parse_string(ris, Format::ris);
  REQUIRE(back.records.size() == 2);
  CHECK(back.records[0].abstract == in.records[0].abstract);
  CHECK(back.records[1].abstract == "One.\n\nTwo.\n\nThree.");
}

TEST_CASE("RIS keeps every identifier of a record from another format: WoS UT, PMID, PMCID, Scopus EID", "[export][ris][roundtrip]") {
  // One AN was written (the UT, else the PMID, else the EID) and a bare
  // number is read back as a PMID only when DB says PubMed: an export of a
  // real 1,048-work library re-imported had lost 12 PMIDs (newuser8), and
  // every PMCID.
  Record r = kassen2018();
  r.provenance.format = "bibtex";
  r.wos_ut = "WOS:000439470400004";
  r.pmid = "29712345";
  r.pmcid = "PMC6012345";
  r.scopus_eid = "2-s2.0-85046532123";
  std::string ris = ris_of({r});
  CHECK(ris.find("AN  - WOS:000439470400004\r\n") != std::string::npos);
  CHECK(ris.find("AN  - PMID:29712345\r\n") != std::string::npos);
  CHECK(ris.find("AN  - 2-s2.0-85046532123\r\n") != std::string::npos);
  CHECK(ris.find("C2  - PMC6012345\r\n") != std::string::npos);
  Parsed back = parse_string(ris, Format::ris);
  REQUIRE(back.records.size() == 1);
  const Record& b = back.records[0];
  CHECK(b.wos_ut == r.wos_ut);
  CHECK(b.pmid == r.pmid);
  CHECK(b.pmcid == r.pmcid);
  CHECK(b.scopus_eid == r.scopus_eid);
  CHECK(show(b.extra).find("AN=") == std::string::npos);
  CHECK(show(b.extra).find("C2=") == std::string::npos);
  // Only the PMID: as PubMed's own RIS gives it, a bare number with DB PubMed
  // is still read; without DB the prefix says what it is.
  Record p = kassen2018();
  p.provenance.format = "medline";
  p.pmid = "29712345";
  Parsed only = parse_string(ris_of({p}), Format::ris);
  REQUIRE(only.records.size() == 1);
  CHECK(only.records[0].pmid == "29712345");
}

TEST_CASE("RIS: the tags of EndNote and RefWorks tagged sources come back as the RIS ones do", "[export][ris][pub21]") {
  // The RIS reader reads EndNote's %-tags and RefWorks' tags into the RIS
  // tags they stand for (%Z note -> N1, %S series -> T3, %7 edition -> ET,
  // %9 genre -> M3, %+ -> AD ...); written as RIS, they must come back.
  for (const char* f : {"ris/publisher_refer.enw", "ris/refworks_export.txt"}) {
    SECTION(f) {
      Parsed first = parse_file(fixture(f));
      REQUIRE(first.records.size() > 0);
      Parsed second = parse_string(ris_of(first.records), Format::ris);
      REQUIRE(second.records.size() == first.records.size());
      std::size_t extras = 0;
      for (std::size_t i = 0; i < first.records.size(); ++i) {
        INFO("record " << i << ": " << first.records[i].title);
        CHECK(show(first.records[i].extra) == show(second.records[i].extra));
        extras += first.records[i].extra.size();
      }
      CHECK(extras > 0);
    }
  }
  Parsed p = parse_file(fixture("ris/publisher_refer.enw"));
  REQUIRE(p.records.size() == 4);
  std::string ris = ris_of(p.records);
  CHECK(ris.find("T3  - ICEGOV 2020\r\n") != std::string::npos);
  CHECK(ris.find("ET  - 2nd\r\n") != std::string::npos);
  CHECK(ris.find("N1  - A note.\r\n") != std::string::npos);
  CHECK(ris.find("M3  - PhD thesis\r\n") != std::string::npos);
}

TEST_CASE("RIS round trip of real .bib entries: a URL with ';' in it and a report's number come back", "[export][ris][roundtrip][export30]") {
  // adunning/latin-greek-scientific-terminology's bibliography.bib (Better
  // BibTeX, CC BY 4.0): Wiley's SICI link holds ';' ("...3.0.CO;2-W/abstract"),
  // which the RIS reader took for the end of a list of URLs: the URL came
  // back cut ("...3.0.CO"); an ERIC report's number ("ED 216 523", written
  // C7) came back in extra, not as the number (export30).
  Parsed first = parse_file(fixture("export/adunning_roundtrip.bib"));
  REQUIRE(first.records.size() == 6);
  Parsed second = parse_string(ris_of(first.records), Format::ris);
  REQUIRE(second.records.size() == first.records.size());
  for (std::size_t i = 0; i < first.records.size(); ++i) {
    INFO(first.records[i].citekey);
    CHECK(second.records[i].url == first.records[i].url);
    CHECK(second.records[i].number == first.records[i].number);
  }
  CHECK(second.records[4].url.find(";2-W/abstract") != std::string::npos);
  CHECK(second.records[5].number == "ED 216 523");
}

TEST_CASE("RIS keeps the number of reports, patents and other works that are not articles", "[export][ris][roundtrip][export30]") {
  // iridia-references' biblio.bib (CC0): 96 technical reports with a number;
  // every one came back from RIS without it (C7 was read as a number only for
  // articles and papers), and so did Zotero's case and patent numbers.
  Parsed first = parse_file(fixture("corpora/iridia-references__biblio.bib"));
  REQUIRE(first.records.size() > 1000);
  Parsed second = parse_string(ris_of(first.records), Format::ris);
  REQUIRE(second.records.size() == first.records.size());
  std::size_t numbers = 0, lost = 0;
  for (std::size_t i = 0; i < first.records.size(); ++i) {
    if (first.records[i].number.empty()) continue;
    ++numbers;
    if (second.records[i].number != first.records[i].number) {
      ++lost;
      UNSCOPED_INFO(first.records[i].citekey << ": " << first.records[i].number << " -> " << second.records[i].number);
    }
  }
  CHECK(numbers > 50);
  CHECK(lost == 0);
  // A PMCID in C7 (PubMed's e-books) is still no number.
  Parsed pmc = parse_string("TY  - BOOK\r\nTI  - A book\r\nC7  - PMC1234567\r\nER  - \r\n", Format::ris);
  REQUIRE(pmc.records.size() == 1);
  CHECK(pmc.records[0].number.empty());
}

TEST_CASE("RIS keeps a range of months ('2010 Sep-Oct', MEDLINE's double issues)", "[export][ris][roundtrip][export30]") {
  // Zotero's pubmed-xml test case 003 (corpora/zotero-cases): MedlineDate
  // "2010 Sep-Oct" is September to October 2010.  RIS wrote it DA
  // 2010/09//2010 Sep-Oct; read back, the text stayed but October went
  // (bench/roundtrip_audit.py: 7 works of a real PubMed export, export30).
  Parsed first = parse_file(fixture("corpora/zotero-cases/pubmed-xml/003.input.xml"));
  REQUIRE(!first.records.empty());
  const Record* ranged = nullptr;
  for (const Record& r : first.records)
    if (r.issued.end_month) ranged = &r;
  REQUIRE(ranged != nullptr);
  Parsed back = parse_string(ris_of({*ranged}), Format::ris);
  REQUIRE(back.records.size() == 1);
  CHECK(back.records[0].issued == ranged->issued);
  CHECK(back.records[0].issued.end_month == 10);
  // What the reader makes of the fourth part alone.
  Date d = parse_ris_date("2010/09//2010 Sep-Oct");
  CHECK((d.year == 2010 && d.month == 9 && d.end_year == 2010 && d.end_month == 10));
  CHECK(parse_ris_date("2010/09//Spring").end_month == 0);
}

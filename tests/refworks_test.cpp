// RefWorks' tagged format ("RT Journal Article", "A1 ...", "T1 ..."): what
// CNKI, Wanfang and VIP export for RefWorks, and RefWorks itself writes; and
// CNKI's EndNote export (%0 ... %W CNKI).  Before, a RefWorks file gave "no
// bibliographic records found": every record was lost.
#include <catch2/catch.hpp>

#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

}  // namespace

TEST_CASE("RefWorks tagged (CNKI): every RT block is a record, its tags read as their RIS twins", "[refworks]") {
  Parsed p = parse_file(fixture("ris/cnki_refworks.txt"));
  REQUIRE(p.records.size() == 4);
  CHECK(p.stats.rejected == 0);

  const Record& a = p.records[0];
  CHECK(a.provenance.format == "refworks-tagged");
  CHECK(a.type == "article-journal");
  CHECK(a.title == "Enabling Smart Agriculture by Implementing Artificial Intelligence and Embedded Sensing");
  // CNKI writes names family first without a comma: "Sharma Ashutosh".
  REQUIRE(a.authors.size() == 5);
  CHECK(a.authors[0].family == "Sharma");
  CHECK(a.authors[0].given == "Ashutosh");
  CHECK(a.authors[4].family == "Tselykh");
  CHECK(a.authors[4].given == "Alexander");
  CHECK(said(p, "family name first"));
  CHECK(a.container_title == "Computers & Industrial Engineering");
  CHECK(a.issued.year == 2022);
  // "IS prepublish" is CNKI's online-first mark, not an issue.
  CHECK(a.issue.empty());
  CHECK(a.get_extra("IS") == "prepublish");
  CHECK(said(p, "prepublish"));
  // "OP 107936-": OP holds the whole range when there is no SP; an open
  // range is its first page.
  CHECK(a.pages.empty());  // an article number written as the page: the number (dedup58)
  CHECK(a.number == "107936");
  CHECK(a.keywords.size() == 5);
  CHECK(a.keywords[1] == "genetic algorithm");
  CHECK(a.issn == std::vector<std::string>{"0360-8352"});
  CHECK(a.doi == "10.1016/j.cie.2022.107936");
  CHECK(a.url == "https://link.cnki.net/doi/10.1016/J.CIE.2022.107936");
  CHECK(a.get_extra("DP") == "CNKI");
  CHECK(a.get_extra("SR") == "1");
  CHECK(starts_with(a.abstract, "The increasing demand of smart agriculture"));

  const Record& b = p.records[1];
  CHECK(b.title == "智慧农业建设的时代方位、突出亮点和问题建议");
  REQUIRE(b.authors.size() == 1);
  CHECK(b.authors[0].full_family() + b.authors[0].literal == "康春鹏");
  CHECK(b.container_title == "农村工作通讯");
  CHECK(b.issue == "02");
  CHECK(b.volume.empty());  // "vo " is empty
  CHECK(b.pages == "23-25");
  CHECK(b.language == "中文");  // CNKI ends the value with ';'
  CHECK(b.issn == std::vector<std::string>{"0546-9503"});

  // A thesis whose abstract runs over two lines; the next RT follows without
  // a blank line and opens the next record.
  const Record& c = p.records[2];
  CHECK(c.type == "thesis");
  CHECK(c.title == "乡村数字治理研究");
  CHECK(c.publisher == "华中师范大学");
  CHECK(c.abstract == "本文研究乡村数字治理。\n第二段：治理的路径。");
  CHECK(c.keywords == std::vector<std::string>{"数字治理", "乡村振兴"});

  // RefWorks' own names ("Book, Section"), A2 editors, PP place, FD date, SP
  // and OP, ED edition (not an editor), UL URL, NO notes.
  const Record& d = p.records[3];
  CHECK(d.type == "chapter");
  REQUIRE(d.authors.size() == 2);
  CHECK(d.authors[0].family == "Smith");
  CHECK(d.authors[0].given == "Jane");
  CHECK(d.authors[1].family == "Doe");
  REQUIRE(d.editors.size() == 1);
  CHECK(d.editors[0].family == "Brown");
  CHECK(d.container_title == "Handbook of Reference Formats");
  CHECK(d.publisher == "Springer");
  CHECK(d.publisher_place == "Cham");
  CHECK(d.issued.year == 2020);
  CHECK(d.issued.month == 3);
  CHECK(d.issued.day == 15);
  CHECK(d.pages == "45-67");
  CHECK(d.get_extra("ET") == "2nd");
  CHECK(d.volume == "3");  // CNKI writes its tag "vo" in lower case
  CHECK(d.url == "https://example.org/chapter");
  CHECK(d.get_extra("N1") == "A note that spans\ntwo lines.");  // free text keeps its line
}

TEST_CASE("RefWorks tagged is detected, and text that merely starts with RT is not", "[refworks]") {
  Parsed p = parse_string("\xEF\xBB\xBFRT Journal Article\nA1 Doe, Jane\nT1 A title\nYR 2001\n");
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].provenance.format == "refworks-tagged");
  CHECK(p.records[0].authors[0].family == "Doe");
  // A page of prose whose first line starts with "RT " is no RefWorks file.
  Parsed q = parse_string("RT this is a retweet\nand some more prose\nwith nothing bibliographic in it\n");
  CHECK(q.records.empty());
}

TEST_CASE("CNKI's EndNote export (GB18030): %W names the database provider, %+ the address", "[refworks]") {
  Parsed p = parse_file(fixture("ris/cnki_endnote.txt"));
  REQUIRE(p.records.size() == 2);
  const Record& a = p.records[0];
  CHECK(a.provenance.format == "endnote-tagged");
  CHECK(a.title == "何以共生：南岭走廊多民族龙文化的集体叙事与边缘创新");
  REQUIRE(a.authors.size() == 2);
  CHECK(a.container_title == "广西民族研究");
  CHECK(a.issued.year == 2025);
  CHECK(a.issue == "03");
  CHECK(a.keywords.size() == 3);
  CHECK(a.doi == "10.14051/j.cnki.xdyy.2024.16.040");
  CHECK(a.get_extra("DP") == "CNKI");
  CHECK(a.get_extra("%W").empty());
  CHECK(p.records[1].type == "thesis");
  CHECK(p.records[1].publisher == "华中师范大学");
}

TEST_CASE("RefWorks' own export: the header and tag legend are no records; FD is month and day; names", "[refworks]") {
  // The records are Zotero's RefWorks test cases and citation.js's example.
  Parsed p = parse_file(fixture("ris/refworks_export.txt"));
  REQUIRE(p.records.size() == 4);
  CHECK(p.stats.rejected == 0);
  for (const auto& d : p.diags.items())  // the header is read, not skipped as unknown lines
    CHECK(d.message.find("skipped") == std::string::npos);
  const Record& a = p.records[0];
  CHECK(a.provenance.format == "refworks-tagged");
  CHECK(a.title == "The Empire's New Clothes");
  REQUIRE(a.authors.size() == 1);
  CHECK(a.authors[0].family == "Brennan");  // "Brennan,Timothy"
  CHECK(a.authors[0].given == "Timothy");
  // FD "01/01" with YR 2003: 1 January 2003, not the year 1.
  CHECK(a.issued.year == 2003);
  CHECK(a.issued.month == 1);
  CHECK(a.issued.day == 1);
  CHECK(a.volume == "29");
  CHECK(a.issue == "2");
  CHECK(a.pages == "337-367");  // SP then OP
  CHECK(a.doi == "10.1086/374030");  // from the note, which says "doi:"
  CHECK(a.url == "http://www.journals.uchicago.edu/doi/abs/10.1086/374030");

  const Record& b = p.records[1];
  CHECK(b.issued.year == 2002);
  CHECK(b.issued.month == 2);  // FD Feb
  CHECK(b.container_title == "Personality & Individual Differences");
  CHECK(b.keywords == std::vector<std::string>{"Anger", "Self Report", "Status"});
  CHECK(b.issn == std::vector<std::string>{"0191-8869"});

  const Record& c = p.records[2];
  CHECK(c.type == "thesis");  // "Dissertation"
  CHECK(c.publisher == "Rush University, College of Nursing");
  CHECK(c.publisher_place == "Oceanside, CA, USA");

  // Not from CNKI: a name without a comma is in reading order.
  const Record& d = p.records[3];
  REQUIRE(d.authors.size() == 1);
  CHECK(d.authors[0].family == "Willighagen");
  CHECK(d.authors[0].given == "Lars G.");
  REQUIRE(d.editors.size() == 1);
  CHECK(d.editors[0].family == "Peroni");
  CHECK(d.issued.month == 8);  // FD "august 12"
  CHECK(d.issued.day == 12);
  CHECK(d.pages == "e214");
  CHECK(d.pmid == "12345678");
  CHECK(d.pmcid == "PMC1234567");
}

TEST_CASE("import --format refworks (and enw) names the tagged formats the RIS reader reads", "[refworks]") {
  TempDir tmp;
  for (const char* name : {"refworks", "refworks-tagged"}) {
    CommandResult r = run_refnet("import --format " + std::string(name) + " '" + fixture("ris/cnki_refworks.txt") +
                                 "' --library '" + tmp / (std::string(name) + ".db") + "'");
    CHECK(r.status == 0);
    CHECK((r.out + r.err).find("4 read, 4 new") != std::string::npos);
  }
  CommandResult e = run_refnet("import --format enw '" + fixture("ris/cnki_endnote.txt") + "' --library '" +
                               tmp / "enw.db" + "'");
  CHECK(e.status == 0);
  CHECK((e.out + e.err).find("2 read, 2 new") != std::string::npos);
}

TEST_CASE("RefWorks' user fields U6 to U15 are fields, not more of the field before them", "[refworks]") {
  // RefWorks' tag legend names U1 to U15; Zotero writes U6 (a patent's legal
  // status).  Read as text, they were appended to the abstract before them.
  Parsed p = parse_string("RT Patent\nA1 Doe, Jane\nT1 A device\nYR 2010\nAB An abstract.\nU6 Granted\n"
                          "U12 a user value\nU15 another\n");
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.abstract == "An abstract.");
  CHECK(r.get_extra("U6") == "Granted");
  CHECK(r.get_extra("U12") == "a user value");
  CHECK(r.get_extra("U15") == "another");
}

TEST_CASE("audit32: CNKI's RefWorks export, a blank line inside a record is no record's end", "[refworks]") {
  // Real CNKI records (ZY-LHY/LatentDirichletAllocation-LDA, MIT): the
  // English keywords run on to a second line, then a blank line, then AB;
  // a thesis's abstract opens with "AB" and lone CRs, its paragraphs
  // indented with a tab.  Before, the blank line closed the record: the
  // rest (AB, SN, LA...) became an untitled work of its own, or was skipped
  // (410 records of the file gave 846 works, 3 rejected).
  Parsed p = parse_file(fixture("ris/cnki_refworks_blank_lines.txt"));
  REQUIRE(p.records.size() == 3);
  CHECK(p.stats.rejected == 0);
  CHECK_FALSE(said(p, "untitled"));
  CHECK_FALSE(said(p, "outside any"));

  const Record& a = p.records[0];
  CHECK(a.title == "图书馆资源发现系统用户画像研究——以东南大学图书馆资源发现系统为例");
  REQUIRE(a.keywords.size() == 6);
  CHECK(a.keywords[3] == "Library resource discovery system");
  CHECK(starts_with(a.abstract, "本文选取东南大学图书馆资源发现系统(EDS)为研究对象"));
  CHECK(a.issn == std::vector<std::string>{"1672-514X"});
  CHECK(a.language == "中文");

  const Record& b = p.records[1];
  CHECK(b.type == "thesis");
  CHECK(b.title == "开放获取资源的知识整合研究");
  CHECK(starts_with(b.abstract, "随着布达佩斯开放获取运动的开展"));
  // Its two paragraphs, each indented with a tab, one after the other.
  CHECK(b.abstract.find("\n\n本文试图通过对开放获取资源及其整合理论的分析中") != std::string::npos);
  CHECK(b.language == "中文");

  const Record& c = p.records[2];
  CHECK(c.title == "我国数字资源整合研究的现状、实践与热点");
  CHECK(starts_with(c.abstract, "概述了我国数字资源整合研究的现状"));
}

TEST_CASE("audit32: CNKI's names in Chinese separated by commas are a list of people", "[refworks]") {
  // Two real CNKI records (ZY-LHY/LatentDirichletAllocation-LDA, MIT): most
  // of the file's records separate names with ';', these with ','.  Before,
  // "郭一平,王亮" was one person (family 郭一平, given 王亮) and
  // "曾婷,刘玉兰,张成昱,赵熊" no name at all, kept in extra.
  Parsed p = parse_file(fixture("ris/cnki_refworks_comma_names.txt"));
  REQUIRE(p.records.size() == 2);
  const auto& a = p.records[0].authors;
  REQUIRE(a.size() == 4);
  CHECK(a[0].full_family() + a[0].literal == "曾婷");
  CHECK(a[0].given.empty());
  CHECK(a[3].full_family() + a[3].literal == "赵熊");
  CHECK(p.records[0].get_extra("A1").empty());
  const auto& b = p.records[1].authors;
  REQUIRE(b.size() == 2);
  CHECK(b[0].full_family() + b[0].literal == "郭一平");
  CHECK(b[0].given.empty());
  CHECK(b[1].full_family() + b[1].literal == "王亮");
  CHECK(said(p, "names separated by commas"));
}

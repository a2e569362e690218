// Issue 11 (audit52b): reference managers' exports and dedup on real sets.
// - A DOI that only a web address of the record gives (EndNote XML's
//   <urls>, Zotero RDF's dc:identifier URI) is the record's DOI, as the RIS
//   reader takes UR's: not a database's record page (Cochrane CENTRAL's).
// - A group written with its noun as a family name ("Collaboration, DESI",
//   Zotero's surname "Collaboration" and given name "DESI") is the group in
//   written order, "DESI Collaboration", in every reader.
// - A Web of Science UT is one identifier whatever its case ("WOS:" and
//   "wos:").
#include <catch2/catch.hpp>

#include "refnet/dedup.hpp"
#include "refnet/names.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

const Record& titled(const Parsed& p, const std::string& start) {
  for (const Record& r : p.records)
    if (r.title.rfind(start, 0) == 0) return r;
  FAIL("no record titled " << start);
  return p.records.front();
}

}  // namespace

// NathanielLegall/SWTWetlandEcology's Mendeley EndNote XML (mycollection.xml,
// 141 records) gives Wiens 2002's DOI only in its Wiley page; IEBH/
// dedupe-sweep's copper.xml (EndNote 20, an Embase record) only in its
// second related URL, AJR's page; wlt13/Thesis' EndNote library one in a
// Taylor & Francis page.  Before, none was the record's DOI (the RIS reader
// takes the same URL's), and such a record was no DOI match in dedup.
TEST_CASE("audit52b: EndNote XML takes a DOI from a record's web address when no DOI field gives one",
          "[audit52b][endnote]") {
  Parsed p = parse_file(fixture("endnote/doi_in_urls.xml"));
  REQUIRE(p.records.size() == 4);
  const Record& wiens = titled(p, "Riverine landscapes");
  CHECK(wiens.doi == "10.1046/j.1365-2427.2002.00887.x");
  CHECK(wiens.url == "http://onlinelibrary.wiley.com/doi/10.1046/j.1365-2427.2002.00887.x/full");
  CHECK(said(p, "web-urls http://onlinelibrary.wiley.com/doi/10.1046/j.1365-2427.2002.00887.x/full repaired"));
  const Record& ajr = titled(p, "Imaging of myelopathy");
  CHECK(ajr.doi == "10.2214/ajr.198.5_supplement.ajronline_198_5_supplement_035");
  CHECK(ajr.url == "http://www.embase.com/search/results?subaction=viewrecord&from=export&id=L71321099");
  // Cochrane CENTRAL's page names the database's record, not the trial's DOI.
  CHECK(titled(p, "Zinc Supplementation").doi.empty());
  // A DOI field wins over a web address's other DOI.
  CHECK(titled(p, "Visual language approach").doi == "10.1016/j.jcde.2018.08.002");
}

// Accord-Project/zotero-bibliography's Zotero RDF (export/zotero.rdf, 535
// items): the EU's "AI watch" report gives its DOI only as its dc:identifier
// URI, "https://data.europa.eu/doi/10.2760/15025" (before: no DOI; the one
// item of the file that changed).  Kim et al. 2019 gives it as a URI and on
// its journal node: one DOI, as before.
TEST_CASE("audit52b: Zotero RDF takes a DOI from the item's own web address when no 'DOI x' gives one",
          "[audit52b][zotero_rdf]") {
  Parsed p = parse_file(fixture("zotero_rdf/accord_semantic_bim_excerpt.rdf"));
  const Record& kim = titled(p, "Visual language approach");
  CHECK(kim.doi == "10.1016/j.jcde.2018.08.002");
  CHECK(kim.url == "https://doi.org/10.1016/j.jcde.2018.08.002");

  const std::string head =
      "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
      "xmlns:z=\"http://www.zotero.org/namespaces/export#\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
      "xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:bib=\"http://purl.org/net/biblio#\" "
      "xmlns:link=\"http://purl.org/rss/1.0/modules/link/\">\n";
  Parsed q = parse_string(head +
                          "<bib:Report rdf:about=\"#item_1\"><z:itemType>report</z:itemType>"
                          "<dc:title>AI watch</dc:title><dc:identifier><dcterms:URI><rdf:value>"
                          "https://data.europa.eu/doi/10.2760/15025</rdf:value></dcterms:URI></dc:identifier>"
                          "</bib:Report>\n"
                          "<bib:Article rdf:about=\"#item_2\"><z:itemType>journalArticle</z:itemType>"
                          "<dc:title>Two</dc:title><dc:identifier>DOI 10.1000/own</dc:identifier>"
                          "<dc:identifier><dcterms:URI><rdf:value>https://doi.org/10.1000/other</rdf:value>"
                          "</dcterms:URI></dc:identifier></bib:Article>\n"
                          "<bib:Article rdf:about=\"#item_3\"><z:itemType>journalArticle</z:itemType>"
                          "<dc:title>Three</dc:title><link:link rdf:resource=\"#item_4\"/></bib:Article>\n"
                          "<z:Attachment rdf:about=\"#item_4\"><z:itemType>attachment</z:itemType>"
                          "<dc:identifier><dcterms:URI><rdf:value>https://doi.org/10.5281/zenodo.1</rdf:value>"
                          "</dcterms:URI></dc:identifier><dc:title>Data</dc:title></z:Attachment>\n"
                          "</rdf:RDF>\n", Format::zotero_rdf);
  REQUIRE(q.records.size() == 3);
  CHECK(titled(q, "AI watch").doi == "10.2760/15025");
  CHECK(titled(q, "Two").doi == "10.1000/own");
  CHECK(titled(q, "Three").doi.empty());  // an attachment's link: a data set's DOI, not the item's
}

// Mendeley and Zotero guess two fields from "DESI Collaboration": family
// "Collaboration", given "DESI"; Web of Science writes "Consortium, C. H. I."
// (tfm__wos_1.ris).  Before, RIS, EndNote XML and BibTeX kept the literal
// "Collaboration, DESI" and Zotero RDF a person named DESI Collaboration.
TEST_CASE("audit52b: a group's noun written as a family name is the group in written order",
          "[audit52b][names]") {
  CHECK(parse_ris_name("Collaboration, DESI").literal == "DESI Collaboration");
  CHECK(parse_ris_name("Consortium, C. H. I.").literal == "C. H. I. Consortium");
  CHECK(parse_ris_name("Group, HPV-Pathogen ISS Study").literal == "HPV-Pathogen ISS Study Group");
  CHECK(parse_ris_name("Board, J.").family == "Board");  // a family name that is an organisation's word
  CHECK(parse_ris_name("Cochrane Collaboration, The").literal == "Cochrane Collaboration, The");
  CHECK(group_in_written_order("Smith", "John").empty());
  // An organisation's name cut before its last word (Zotero's two fields
  // for "Centraal Bureau voor de Statistiek": jedopuig/ToLaptop's library;
  // "World of Conferences": Python-Big-Data-Science-NYC's).  A family name
  // that is also an organisation's word keeps its person.
  CHECK(parse_ris_name("Statistiek, Centraal Bureau voor de").literal == "Centraal Bureau voor de Statistiek");
  CHECK(group_in_written_order("Conferences", "World of") == "World of Conferences");
  CHECK(parse_ris_name("Board, Mary Anne").family == "Board");
  CHECK(parse_ris_name("Health, Mary Jane").family == "Health");
  CHECK(parse_ris_name("Nguyen, The Hong Phong").family == "Nguyen");  // a Vietnamese given name
  CHECK(group_in_written_order("Union", "J. K.").empty());

  Parsed ris = parse_string("TY  - JOUR\nAU  - Collaboration, DESI\nAU  - Adame, A. G.\nTI  - DESI 2024 III\n"
                            "PY  - 2024\nER  - \n", Format::ris);
  REQUIRE(ris.records.size() == 1);
  CHECK(family_given(ris.records[0].authors) == "DESI Collaboration; Adame, A. G.");

  Parsed bib = parse_string("@article{k, title={DESI 2024 III}, year={2024}, author={Collaboration, {DESI} and "
                            "Adame, A. G. and Collaboration, Open Science}}\n", Format::bibtex);
  REQUIRE(bib.records.size() == 1);
  CHECK(family_given(bib.records[0].authors) == "DESI Collaboration; Adame, A. G.; Open Science Collaboration");

  Parsed xml = parse_string("<?xml version=\"1.0\"?><xml><records><record><ref-type name=\"Journal Article\">17"
                            "</ref-type><contributors><authors><author>Collaboration, DESI</author><author>Adame, "
                            "A. G.</author></authors></contributors><titles><title>DESI 2024 III</title></titles>"
                            "</record></records></xml>\n", Format::endnote_xml);
  REQUIRE(xml.records.size() == 1);
  CHECK(family_given(xml.records[0].authors) == "DESI Collaboration; Adame, A. G.");

  Parsed rdf = parse_string(
      "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
      "xmlns:z=\"http://www.zotero.org/namespaces/export#\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
      "xmlns:bib=\"http://purl.org/net/biblio#\" xmlns:foaf=\"http://xmlns.com/foaf/0.1/\">\n"
      "<bib:Article rdf:about=\"#item_1\"><z:itemType>journalArticle</z:itemType><bib:authors><rdf:Seq>"
      "<rdf:li><foaf:Person><foaf:surname>Collaboration</foaf:surname><foaf:givenName>DESI</foaf:givenName>"
      "</foaf:Person></rdf:li><rdf:li><foaf:Person><foaf:surname>Adame</foaf:surname><foaf:givenName>A. G."
      "</foaf:givenName></foaf:Person></rdf:li><rdf:li><foaf:Person><foaf:surname>Statistiek</foaf:surname>"
      "<foaf:givenName>Centraal Bureau voor de</foaf:givenName></foaf:Person></rdf:li></rdf:Seq></bib:authors>"
      "<dc:title>DESI 2024 III</dc:title></bib:Article></rdf:RDF>\n",
      Format::zotero_rdf);
  REQUIRE(rdf.records.size() == 1);
  CHECK(family_given(rdf.records[0].authors) == "DESI Collaboration; Adame, A. G.; Centraal Bureau voor de Statistiek");
}

// One Web of Science record in two copies, its UT written "WOS:" by Web of
// Science and "wos:" by another tool, under a title in two languages: the
// UT says they are one work.  Before, shared_identifier compared the UTs
// byte for byte (the store's lookup is NOCASE), so the pair was no identifier
// match and the titles kept it apart.
TEST_CASE("audit52b: a Web of Science UT is one identifier whatever its case", "[audit52b][dedup]") {
  Record a, b;
  a.title = "La biodiversidad de los humedales costeros";
  b.title = "The biodiversity of coastal wetlands";
  for (Record* r : {&a, &b}) {
    Creator c;
    c.family = "Ortega";
    c.given = "M.";
    r->authors.push_back(c);
    r->issued.year = 2015;
    r->pages = "101-118";
  }
  a.wos_ut = "WOS:000361234500007";
  b.wos_ut = "wos:000361234500007";
  CHECK(shared_identifier(a, b) == "WoS UT WOS:000361234500007");
  DedupOptions opt;
  CHECK(duplicate_score(a, b, opt, nullptr) == 1);
  b.wos_ut = "WOS:000361234500008";
  CHECK(shared_identifier(a, b).empty());
  CHECK(duplicate_score(a, b, opt, nullptr) < opt.threshold);
}

// AlexTaiNguyen006/NMN-NR-systematic-review-meta-analysis (MIT), Cochrane
// CENTRAL's export of one search: Zhu 2022's abstract was printed by the
// ISTH congress (Research and Practice in Thrombosis and Haemostasis 6) and
// by the EHA congress (HemaSphere 6:3982), two DOIs.  With the DOIs hidden
// (bench/dedup_sets.sh's doi mode) the same title, sole author, year and
// volume number joined them: the set's only false merge.  Two conference
// abstracts in two journals are two congresses' printings.
TEST_CASE("audit52b: one abstract printed by two congresses' journals is two works", "[audit52b][dedup]") {
  Parsed p = parse_file(fixture("dedup/two_congresses_central.ris"));
  REQUIRE(p.records.size() == 2);
  const Record& isth = p.records[0];
  const Record& eha = p.records[1];
  REQUIRE(isth.container_title == "Research and practice in thrombosis and haemostasis");
  REQUIRE(eha.container_title == "Hemasphere");
  DedupOptions opt;
  std::vector<std::string> why;
  CHECK(duplicate_score(isth, eha, opt, &why) == 0);
  CHECK(!why.empty());
  CHECK((why.empty() ? "" : why.back()).rfind("veto: two conference abstracts in two journals", 0) == 0);
  // In one journal (a database's other spelling of its name): one abstract.
  Record same = eha;
  same.container_title = "Research and Practice in Thrombosis and Haemostasis";
  CHECK(duplicate_score(isth, same, opt, nullptr) >= opt.threshold);
  // Under one ISSN: one journal whatever its names.
  Record issn_a = isth, issn_b = eha;
  issn_a.issn = issn_b.issn = {"2475-0379"};
  CHECK(duplicate_score(issn_a, issn_b, opt, nullptr) >= opt.threshold);
}

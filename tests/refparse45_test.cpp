// Reference parser, session 45 (issue 16).  The references are real: AnyStyle's labelled references
// (../shared/refparse/anystyle__*.xml, BSD-2-Clause) and GROBID's labelled citations (CC BY 4.0).
#include <catch2/catch.hpp>

#include <string>

#include "refnet/record.hpp"
#include "refnet/refparse.hpp"
#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::refparse;

namespace {

Example labelled(const std::string& xml) {
  std::vector<Example> ex = read_anystyle("<dataset><sequence>" + xml + "</sequence></dataset>", "anystyle__ugly.xml");
  REQUIRE(ex.size() == 1);
  return ex[0];
}

}  // namespace

// anystyle__ugly.xml: a book's title labelled the journal, and a place inside a title.  A correction names the
// reference by its exact text, the labelled spans and the corrected spans over the same words; a row that does not
// match is said and not applied.
TEST_CASE("Label corrections relabel whole spans of the named reference", "[refparse][refparse45]") {
  std::vector<Example> ex = {
      labelled("<author>Swadener, B. B., &amp; Lubeck, S.</author><date>(1995).</date><journal>Children and families "
               "\"at promise\": Deconstructing the discourse of risk.</journal><location>Albany, NY:</location>"
               "<publisher>State University of New York Press.</publisher>"),
      labelled("<author>Shoham, Y.</author><date>(1988).</date><title>Reasoning about Change. Cambridge,</title>"
               "<location>MA:</location><publisher>MIT Press.</publisher>")};
  REQUIRE(label_spans(ex[1].text, ex[1].labels) ==
          "[author Shoham, Y.] [date (1988).] [title Reasoning about Change. Cambridge,] [location MA:] [publisher MIT "
          "Press.]");
  std::string tsv =
      "source\treference\tfield\tlabelled\tcorrected\treason\n"
      "anystyle__ugly.xml\t" + ex[0].text +
      "\ttitle\t[journal Children and families \"at promise\": Deconstructing the discourse of risk.]\t[title Children "
      "and families \"at promise\": Deconstructing the discourse of risk.]\ta book (place and publisher, no journal)\n"
      "# a comment\n"
      "anystyle__ugly.xml\t" + ex[1].text +
      "\ttitle place\t[title Reasoning about Change. Cambridge,] [location MA:]\t[title Reasoning about Change.] "
      "[location Cambridge, MA:]\tCambridge, MA is the place\n"
      "anystyle__ugly.xml\t" + ex[1].text + "\ttitle\t[title Reasoning about]\t[note Reasoning about]\tno such span\n"
      "anystyle__good.xml\t" + ex[1].text + "\ttitle\t[date (1988).]\t[note (1988).]\tother file\n"
      "anystyle__ugly.xml\t" + ex[1].text + "\ttitle\t[date (1988).]\t[date (1988]\twords differ\n";
  std::vector<std::string> problems;
  CHECK(apply_label_corrections(ex, tsv, "corrections.tsv", problems) == 2);
  REQUIRE(problems.size() == 3);
  CHECK(starts_with(problems[0], "corrections.tsv:5:1: error: the reference has no spans [title Reasoning about]"));
  CHECK(starts_with(problems[1], "corrections.tsv:6:1: error: no reference of anystyle__good.xml"));
  CHECK(starts_with(problems[2], "corrections.tsv:7:1: error: the corrected spans [date (1988]"));
  CHECK(label_spans(ex[0].text, ex[0].labels) ==
        "[author Swadener, B. B., & Lubeck, S.] [date (1995).] [title Children and families \"at promise\": "
        "Deconstructing the discourse of risk.] [location Albany, NY:] [publisher State University of New York Press.]");
  CHECK(label_spans(ex[1].text, ex[1].labels) ==
        "[author Shoham, Y.] [date (1988).] [title Reasoning about Change.] [location Cambridge, MA:] [publisher MIT "
        "Press.]");
  Record r = to_record(ex[1].text, tokenize(ex[1].text), ex[1].labels);
  CHECK(r.title == "Reasoning about Change");
  CHECK(r.publisher_place == "Cambridge, MA");
}

// anystyle__ugly.xml: "« Thurii e la Sibaritide »" with no-break spaces inside the guillemets; the table is typed
// (or copied from a terminal) with plain spaces.
TEST_CASE("Label corrections read no-break spaces as spaces", "[refparse][refparse45]") {
  std::vector<Example> ex = {labelled(
      "<author>P. G. Guzzo,</author><title>\xC2\xAB\xC2\xA0Thurii e la Sibaritide\xC2\xA0\xC2\xBB, in Ostraka: rivista "
      "di antichit\xC3\xA0, 6, 2,</title><location>Napoli,</location><date>1997,</date><pages>p. 379-401.</pages>")};
  std::string tsv = "header\nanystyle__ugly.xml\t" + ex[0].text +
                    "\ttitle\t[title \xC2\xAB Thurii e la Sibaritide \xC2\xBB, in Ostraka: rivista di antichit\xC3\xA0, 6, "
                    "2,]\t[title \xC2\xAB Thurii e la Sibaritide \xC2\xBB,] [journal in Ostraka: rivista di antichit\xC3\xA0,] "
                    "[volume 6, 2,]\tthe quoted title ends at its quote\n";
  std::vector<std::string> problems;
  CHECK(apply_label_corrections(ex, tsv, "c.tsv", problems) == 1);
  CHECK(problems.empty());
  Record r = to_record(ex[0].text, tokenize(ex[0].text), ex[0].labels);
  CHECK(fold_words(r.container_title) == "ostraka rivista di antichita");
  CHECK(r.volume == "6");
}

// anystyle__ugly.xml (held-out): "Harmondsworth, Penguin.", "Farnham, Ashgate, 2012" — a place span of two comma
// segments, neither a place the lexicon knows: the one it knows as a publisher's name is the publisher, the
// capitalised words beside it the place.
TEST_CASE("A known publisher beside an unknown place in one place span is the publisher", "[refparse][refparse45]") {
  Record r = parse_reference(
      "Abercrombie, N., Hill, S., & Turner, B. S. (1984). Dictionary of Sociology. Harmondsworth, Penguin.");
  CHECK(r.publisher == "Penguin");
  CHECK(r.publisher_place == "Harmondsworth");
  r = parse_reference(
      "Cheetham, Mark, Artwriting, nation, and cosmopolitanism in, Britain: the \xC2\xAB" "Englishness of English art "
      "theory since the eighteenth century, British art: global contexts, Farnham, Ashgate, 2012");
  CHECK(r.publisher == "Ashgate");
  CHECK(r.publisher_place == "Farnham");
}

// fixtures/refparse/label_corrections.tsv: every row is well formed (six columns, spans in label_spans' notation with
// labels refparse knows, a reason); without the labelled corpus each row is said as naming no reference, nothing else.
TEST_CASE("The label corrections table is well formed", "[refparse][refparse45]") {
  std::string tsv = test::slurp(test::fixture("refparse/label_corrections.tsv"));
  std::size_t rows = 0;
  for_each_list_item(tsv, "\n", [&](std::string_view line) { rows += line.front() != '#'; });
  --rows;  // the header
  CHECK(rows >= 200);
  std::vector<Example> none;
  std::vector<std::string> problems;
  CHECK(apply_label_corrections(none, tsv, "label_corrections.tsv", problems) == 0);
  CHECK(problems.size() == rows);
  // AnyStyle's sets, and GROBID's corpus since session 50.
  for (const std::string& p : problems)
    CHECK((p.find(": error: no reference of anystyle__") != std::string::npos ||
           p.find(": error: no reference of grobid-citation/") != std::string::npos));
}

// anystyle__ugly.xml (held-out and training): a library catalogue's order, "Title. Given Family. Place : Publisher
// Year" — the author after the title was read as the title's last sentence.
TEST_CASE("A given name's sentence ending the title before the place is the author", "[refparse][refparse45]") {
  Record r = parse_reference("The mosaics of Norman Sicily. Otto Demus. New York, Philosophical Library 1950");
  CHECK(r.title == "The mosaics of Norman Sicily");
  REQUIRE(r.authors.size() == 1);
  CHECK(r.authors[0].family == "Demus");
  r = parse_reference("Ancient mosaics. Roger Ling. Princeton, NJ : Princeton University Press 1998");
  CHECK(r.title == "Ancient mosaics");
  REQUIRE(r.authors.size() == 1);
  CHECK(r.authors[0].family == "Ling");
  r = parse_reference(
      "The Dome of the Rock and its Umayyad mosaic inscriptions. Marcus Milwright. Edinburgh : Edinburgh University "
      "Press 2016");
  REQUIRE(r.authors.size() == 1);
  CHECK(r.authors[0].family == "Milwright");
  // A subtitle of capitalised words is no author ("Otters. Ecology, behaviour and conservation." has a comma and
  // small words; "Second Edition" opens with no given name).
  r = parse_reference("Smith, J. (2001). Fishes. Second Edition. London: Penguin.");
  CHECK(r.authors.size() == 1);
}

// grobid-citation/citations.xml (held-out and training): MEDLINE's style without the period after the title, the
// journal's abbreviation run on from it.  The title swallowed a one-word journal ("… DNA reutilization Blood 1965;"),
// or the journal's span started inside the title ("… Epidemiology of medical error BMJ 2000;").
TEST_CASE("A MEDLINE journal run on from the title ends the title", "[refparse][refparse45]") {
  Record r = parse_reference(
      "Robinson SH, Brecher G, Lourie IS, Haley JE. Leukocyte labeling in rats during and after continuous infusion of "
      "tritiated thymidine: implications for lymphocyte longevity and DNA reutilization Blood 1965; 26:281-295.");
  CHECK(r.container_title == "Blood");
  CHECK(ends_with(r.title, "DNA reutilization"));
  r = parse_reference(
      "Romano JM, Turner JA, Jensen MP. The Chronic Illness Problem Inventory as a measure of dysfunction in chronic "
      "pain patients Pain (1992) 49(1):71-75.");
  CHECK(r.container_title == "Pain");
  CHECK(ends_with(r.title, "chronic pain patients"));
  r = parse_reference(
      "Saul N, Weingart SN, Ross McL, Wilson R, Robert W, Gibberd RW, Harrison B. Epidemiology of medical error BMJ "
      "2000; 320:774-777.");
  CHECK(r.title == "Epidemiology of medical error");
  CHECK(r.container_title == "BMJ");
  r = parse_reference(
      "Huang Y, Komoto J, Konishi K, Takata Y, Ogawa H, Gomi T, Fujioka M, Takusagawa F. Mechanisms for auto-inhibition "
      "and forced product release in glycine N-methyltransferase: crystal structures of wild-type, mutant R175K and "
      "S-adenosylhomocysteine-bound R175K enzymes J Mol Biol 2000; 298:149-162.");
  CHECK(r.container_title == "J Mol Biol");
  CHECK(ends_with(r.title, "R175K enzymes"));
  // A journal's own word in small letters stays in it ("ICES mar Sci Symp"), and so does a name after a period
  // with no MEDLINE date after it ("Zeitschrift der deutschen morgenländischen Gesellschaft 120.").
  r = parse_reference(
      "Fossum P, Ellertsen B. Gut content analysis of first-feeding cod larvae (Gadus morhua L.) sampled at Lofoten, "
      "Norway, 1979-1986. ICES mar Sci Symp 1994;198:430-437.");
  CHECK(r.container_title == "ICES mar Sci Symp");
  r = parse_reference(
      "Schwartz, Martin. 1970. On the Vocabulary of the Khwarezmian Muqaddimatu l-Adab, as edited by J. Benzing. "
      "Zeitschrift der deutschen morgenländischen Gesellschaft 120. 288–304.");
  CHECK(r.container_title == "Zeitschrift der deutschen morgenländischen Gesellschaft");
}

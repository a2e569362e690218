// Cited references of Scopus (issue 16): classes found by session 66's eighth sample
// (fixtures/refparse/cited_sample66.tsv, the fixtures/corpora Scopus files no sample drew from before) and misses left
// by session 65's seventh, with their siblings in the corpus.  Every string is real, from the corpus files
// (fixtures/corpora: bibliometrix__scopus_sample.csv, bibliotobler__scopus.csv, pfas-umbrella__scopus.csv,
// sc-lit__scopus.bib, pybibx__scopus.bib, umbrella-review__scopus.csv; origins and licences in fixtures/SOURCES.md).
#include <catch2/catch.hpp>

#include "refnet/reference_strings.hpp"

using namespace refnet;

namespace {

struct Want {
  const char* raw;
  const char* author;
  const char* year;
  const char* title;
  const char* container;
  const char* volume;
  const char* first_page;
};

void check_scopus(const Want& w) {
  const Reference r = parse_scopus_reference(w.raw);
  INFO(w.raw);
  CHECK(r.author == w.author);
  CHECK(r.year == w.year);
  CHECK(r.title == w.title);
  CHECK(r.container == w.container);
  CHECK(r.volume == w.volume);
  CHECK(r.first_page == w.first_page);
}

}  // namespace

// Scopus's 2025 layout, "; " between authors and initials without periods: initials of a hyphenated given name
// ("Bui T-D", "Lin C-WR") are initials (before: the authors read as the title's words, no author; both such
// references of bibliometrix__scopus_sample.csv).
TEST_CASE("cited66: 2025-layout authors with hyphenated initials", "[reference_strings][cited66]") {
  check_scopus({"Tsai FM; Bui T-D; Tseng M-L; Lim MK; Hu J, Municipal solid waste management in a circular economy: a "
                "data-driven bibliometric analysis., J Clean Prod, 275, (2020)",
                "Tsai FM", "2020",
                "Municipal solid waste management in a circular economy: a data-driven bibliometric analysis.",
                "J Clean Prod", "275", ""});
  check_scopus({"Tseng M-L; Chang C-H; Lin C-WR, Future trends and guidance for the triple bottom line and "
                "sustainability: a data driven bibliometric analysis., Environ Sci Pollut Res, 27, pp. 33543-67, (2020)",
                "Tseng M-L", "2020",
                "Future trends and guidance for the triple bottom line and sustainability: a data driven bibliometric "
                "analysis.",
                "Environ Sci Pollut Res", "27", "33543"});
  // Held: initials without hyphens.
  check_scopus({"Calin GA; Ferracin M; Cimmino A, A microRNA signature associated with prognosis and progression in "
                "chronic lymphocytic leukemia., N Engl J Med, 353, pp. 1793-801, (2005)",
                "Calin GA", "2005",
                "A microRNA signature associated with prognosis and progression in chronic lymphocytic leukemia.",
                "N Engl J Med", "353", "1793"});
}

// An author known by a hyphenated family alone, then one with initials ("Centenero-Alcaláe, Rangel-Mendoza, J.A."):
// no end of the authors (before: the title began with them).
TEST_CASE("cited66: an author without initials whose family is hyphenated", "[reference_strings][cited66]") {
  check_scopus({"López-Luna, M.A., Cupul-Magana, F.G., Escobedo-Galván, A.H., González-Hernández, A.J., "
                "Centenero-Alcaláe, Rangel-Mendoza, J.A., Ramírez-Ramírez, M.M., Cazares-Hernández, E., A distinctive "
                "new species of mud turtle from Western Mexico (2018) Chelonian Conservation Biology, 17, pp. 2-13",
                "López-Luna, M.A.", "2018", "A distinctive new species of mud turtle from Western Mexico",
                "Chelonian Conservation Biology", "17", "2"});
}

// Notes in a title or source slot that are no words of it: an editors' list in parentheses ending a title
// ("(Bergman Å, Heindel JJ, ..., eds)"), a book's edition after a period ("Handbook of Transportation Science. 2nd
// Ed."), an access note alone after a link ("Available: 2011-2012,", "Available").
TEST_CASE("cited66: an editors' list, an edition, 'Available' in a slot", "[reference_strings][cited66]") {
  check_scopus({"WHO (World Health Organization), State of the science of endocrine disrupting chemicals \xE2\x88\x92 "
                "2012. An assessment of the state of the science of endocrine disruptors prepared by a Group of Experts "
                "for the United Nations Environment Programme and World Health Organization (Bergman \xC3\x85, Heindel "
                "JJ, Jobling S, Kidd KA, Zoeller RT, eds) (2013), "
                "http://apps.who.int/iris/bitstream/10665/78101/1/9789241505031_eng.pdf, Available: (Accessed on 15 "
                "February 2016)",
                "WHO (World Health Organization)", "2013",
                "State of the science of endocrine disrupting chemicals \xE2\x88\x92 2012. An assessment of the state of "
                "the science of endocrine disruptors prepared by a Group of Experts for the United Nations Environment "
                "Programme and World Health Organization",
                "", "", ""});
  check_scopus({"Puu, T., Beckmann, M., Continuous space modeling (2003) Handbook of Transportation Science. 2nd Ed., "
                "pp. 279-320. , Hall R. (ed.) Kluwer, Boston",
                "Puu, T.", "2003", "Continuous space modeling", "Handbook of Transportation Science", "", "279"});
  check_scopus({"NHANES, (2015), http://www.cdc.gov/nchs/nhanes/search/nhanes11_12.aspx, Available: 2011-2012, "
                "(Accessed on 15 February 2016)",
                "NHANES", "2015", "", "", "", ""});
  // Held: a title that opens with the word.
  check_scopus({"Smith, J., Available evidence on flooding (2015) Water Res, 3, pp. 1-9", "Smith, J.", "2015",
                "Available evidence on flooding", "Water Res", "3", "1"});
}

// A reference read from a scanned list: "Proceedings" after the title's comma, before the year, is the first word of
// the source ("Proceedings (1972) IEEE": Proceedings of the IEEE; "Proceedings (1936) London Mathematical Society").
TEST_CASE("cited66: 'Title, Proceedings (year) Society'", "[reference_strings][cited66]") {
  check_scopus({"Stockham, T., Image Processing in the Context of a Visual Model, Proceedings (1972) IEEE, 60 (7), pp. "
                "828-842",
                "Stockham, T.", "1972", "Image Processing in the Context of a Visual Model", "Proceedings IEEE", "60",
                "828"});
  check_scopus({"Turing, M., On Computable Numbers, with an Application to the Entscheidungsproblem, Proceedings (1936) "
                "London Mathematical Society, 2Nd Series, 42, pp. 230-265",
                "Turing, M.", "1936", "On Computable Numbers, with an Application to the Entscheidungsproblem",
                "Proceedings London Mathematical Society, 2Nd Series", "42", "230"});
}

// No year: what Scopus appended after ", , " is no title, but proceedings named there are the paper's source (as
// after ". , ").
TEST_CASE("cited66: a reference without a year, its proceedings after ', , '", "[reference_strings][cited66]") {
  check_scopus({"Toble, W., Converting administrative data to a continuous field on a sphere, , Proceedings of 3rd "
                "International Conference on Integrating Geographic Information Systems and Environmental Modeling, "
                "Santa Barbara: NCGIA, CD-ROM",
                "Toble, W.", "", "Converting administrative data to a continuous field on a sphere",
                "Proceedings of 3rd International Conference on Integrating Geographic Information Systems and "
                "Environmental Modeling",
                "", ""});
}

// Pages numbered by chapter ("pp. 14.1-14.59", "pp. 012.011-012.016"): the first page is the chapter's number and the
// page's (before: "14", "012", the chapter alone).
TEST_CASE("cited66: pages numbered by chapter", "[reference_strings][cited66]") {
  check_scopus({"Greco, S., Matarazzo, B., S\xC5\x82owi\xC5\x84ski, R., The use of rough sets and fuzzy sets in MCDM "
                "(1999) Multicriteria Decision Making, Advances in MCDM Models, Algorithms, Theory and Applications, pp. "
                "14.1-14.59. , Gal T., Hanne T., and Stewart T. (Eds), Kluwer, Dordrecht",
                "Greco, S.", "1999", "The use of rough sets and fuzzy sets in MCDM",
                "Multicriteria Decision Making, Advances in MCDM Models, Algorithms, Theory and Applications", "", "14.1"});
  check_scopus({"Lindeman, P.V., Sternotherus carinatus (Gray 1856)-Razorback Musk Turtle, Razorbacked Musk Turtle "
                "(2008) Conservation Biology of Freshwater Turtles and Tortoises: A Compilation Project of the IUCN/SSC "
                "Tortoise and Freshwater Turtle Specialist Group., (5), pp. 012.011-012.016. , In Rhodin, A.G.J., "
                "P.C.H. Pritchard, P.P. van Dijk, R.A. Saumure, K.A. Buhlmann, and J.B. Iverson (Eds.). Chelonian "
                "Research Monographs",
                "Lindeman, P.V.", "2008", "Sternotherus carinatus (Gray 1856)-Razorback Musk Turtle, Razorbacked Musk Turtle",
                "Conservation Biology of Freshwater Turtles and Tortoises: A Compilation Project of the IUCN/SSC Tortoise "
                "and Freshwater Turtle Specialist Group.",
                "", "012.011"});
  // Held: a decimal after a single page is no chapter's page ("p. 3.5" is rare; "pp. 3-5" is the rule).
  check_scopus({"Hinks, A., A retro azimuthal equidistant projection of the whole sphere (1929) Geographical Journal, "
                "73, pp. 245-247",
                "Hinks, A.", "1929", "A retro azimuthal equidistant projection of the whole sphere",
                "Geographical Journal", "73", "245"});
}

// An APA reference after a link ("(2021), https://..., CRED. (n.d.). Database | EM-DAT. Retrieved October 1 from",
// five in umbrella-review__scopus.csv): the author before "(n.d.)", the title after it; with nothing between
// "(n.d.)" and "Retrieved", what stands before it is the title (APA's form for a page without an author).
TEST_CASE("cited66: an APA reference with '(n.d.)' after a link", "[reference_strings][cited66]") {
  check_scopus({"(2021), https://www.cisc.gov.au/our-engagement/tisn-engagement-platform, Deparment of Home Affairs. "
                "(n.d.). TISN Engagement Platform. Retrieved September 1 from",
                "Deparment of Home Affairs", "2021", "TISN Engagement Platform", "", "", ""});
  check_scopus({"(2021), https://www.emdat.be/database, CRED. (n.d.). Database | EM-DAT. Retrieved October 1 from", "CRED",
                "2021", "Database | EM-DAT", "", "", ""});
  check_scopus({"(2021), https://opendri.org/, GFDRR. (n.d.). OpenDRI Open Data for Resilience Initiative. Retrieved "
                "October 1 from",
                "GFDRR", "2021", "OpenDRI Open Data for Resilience Initiative", "", "", ""});
  check_scopus({"(2022), https://www.undrr.org/terminology/resilience, Resilience | UNDRR. (n.d.). Retrieved April 19 from",
                "", "2022", "Resilience | UNDRR", "", "", ""});
  check_scopus({"(2021), https://www.cdri.world/thematic-areas, Thematic Areas | CDRI. (n.d.). Retrieved October 1 from", "",
                "2021", "Thematic Areas | CDRI", "", "", ""});
}

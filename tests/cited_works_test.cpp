// Cited-reference identity (cited_works.hpp): the Web of Science and Scopus
// forms of one cited work are one cited work.  The reference strings are
// real, from one search exported from both databases (Abhikumar86/
// bibliometrics @01033df wos.bib, scopus.bib; no licence: single reference
// strings quoted, see fixtures/SOURCES.md), where `network cocitation --over
// references` split Barlow 2007 into two nodes, Chapin 2002 into three and
// Anderson 1989 and Berg 2008 into two each.
#include <catch2/catch.hpp>

#include <algorithm>

#include "refnet/cited_works.hpp"
#include "refnet/journal_abbrev.hpp"
#include "refnet/network_build.hpp"
#include "refnet/reference_strings.hpp"

using namespace refnet;

namespace {

// The cited works `refs` make, in order: wos: lines as WoS writes them,
// others as Scopus does.
std::vector<std::uint32_t> works_of(const std::vector<std::pair<bool, const char*>>& refs, CitedWorks& cw) {
  std::vector<std::uint32_t> out;
  for (auto [wos, s] : refs) out.push_back(cw.add(wos ? parse_wos_reference(s) : parse_scopus_reference(s)));
  return out;
}

constexpr bool wos = true, scopus = false;

}  // namespace

TEST_CASE("a generation after the family name and initials written apart name the first author as without them",
          "[cited_works]") {
  CHECK(reference_author("Chapin III F.S.") == std::make_pair(std::string("chapin"), 'f'));
  CHECK(reference_author("Chapin III, F.S.I.") == std::make_pair(std::string("chapin"), 'f'));
  CHECK(reference_author("Chapin, F.S.") == std::make_pair(std::string("chapin"), 'f'));
  CHECK(reference_author("Anderson J. M") == std::make_pair(std::string("anderson"), 'j'));
  CHECK(reference_author("Rissing S. W.") == std::make_pair(std::string("rissing"), 's'));
  CHECK(reference_author("Anderson J.M.") == std::make_pair(std::string("anderson"), 'j'));
  // A family name of two words keeps both; a word of capitals before the
  // initials is no initial of its own.
  CHECK(reference_author("LE ROUX J") == std::make_pair(std::string("le roux"), 'j'));
  CHECK(reference_author("Van Ginkel J") == std::make_pair(std::string("van ginkel"), 'j'));
}

TEST_CASE("Chapin III and Chapin: one cited book, WoS's source cut at 20 characters its title", "[cited_works]") {
  CitedWorks cw;
  auto w = works_of({{wos, "Chapin F. S., 2002, PRINCIPLES TERRESTRI."},
                     {scopus, "Chapin, F.S., Matson, P.A., Mooney, H.A., (2002) Principles of Terrestrial Ecosystem "
                              "Ecology, , Springer, New York"},
                     {scopus, "Chapin III, F.S., Matson, P.A., Mooney, H.A., (2002) Principles of Terrestrial Ecosystem "
                              "Ecology, , Springer, New York"},
                     {wos, "Chapin III F.S., 2002, PRINCIPLES TERRESTRI."}},
                    cw);
  CHECK(w[1] == w[0]);
  CHECK(w[2] == w[0]);
  CHECK(w[3] == w[0]);
  // Another title of the same author and year stays apart.
  auto other = cw.add(parse_scopus_reference(
      "Chapin, F.S., Matson, P.A., Mooney, H.A., (2002) Principles of Ecosystem Ecology., , Springer Verlag, New York"));
  CHECK(other != w[0]);
}

TEST_CASE("Anderson 1989 and Berg 2008: a handbook WoS names by its cut title is Scopus's titled book", "[cited_works]") {
  CitedWorks cw;
  auto w = works_of({{wos, "Anderson J.M., 1989, TROPICAL SOIL BIOL F."},
                     {scopus, "Anderson, J.M., Ingram, J.S.I., (1989) Tropical Soil Biology and Fertility: A Handbook of "
                              "Methods, , CAB International, Wallingford"},
                     {wos, "Berg B., 2008, PLANT LITTER DECOMPO."},
                     {scopus, "Berg, B., McClaugherty, C., (2008) Plant Litter Decomposition, Humus Formation, Carbon "
                              "Sequestration, , Springer, Berlin"},
                     // Anderson's chapter of another book, 1989: not the handbook.
                     {wos, "ANDERSON JM, 1989, DYNAMICS OF SOIL ORGANIC MATTER IN TROPICAL ECOSYSTEMS, P97."}},
                    cw);
  CHECK(w[1] == w[0]);
  CHECK(w[3] == w[2]);
  CHECK(w[2] != w[0]);
  CHECK(w[4] != w[0]);
}

TEST_CASE("Barlow 2007: 'For. Ecol. Manag.' is FOREST ECOL MANAG, whichever reference comes first", "[cited_works]") {
  CHECK(journals_match("For. Ecol. Manag.", "FOREST ECOL MANAG"));
  CHECK(journals_match("For Ecol Manage", "Forest Ecology and Management"));
  CHECK(journals_match("Can. J. For. Res.", "CAN J FOREST RES"));
  CHECK_FALSE(journals_match("For. Ecol. Manag.", "Ecol. Manag."));
  // "for" inside a name, without its dot, is still a preposition.
  CHECK(journals_match("Journal of the Association for Information Systems", "J. Assoc. Inf. Syst."));
  const char* doi = "Barlow J, 2007, FOREST ECOL MANAG, V247, P91, DOI 10.1016/j.foreco.2007.04.017.";
  const char* abbreviated = "Barlow, J., Gardner, T.A., Ferreira, L.V., Peres, C.A., Litter fall and decomposition in "
                            "primary, secondary and plantation forests in the Brazilian Amazon (2007) For. Ecol. Manag., "
                            "247, pp. 91-97";
  const char* full = "BARLOW, J., GARDNER, T.A., FERREIRA, L.V., PERES, C.A., Litter fall and decomposition in primary, "
                     "secondary and plantation forests in the Brazilian Amazon (2007) Forest Ecology and Management, 247, "
                     "pp. 91-97";
  CitedWorks cw;
  auto w = works_of({{wos, doi}, {scopus, abbreviated}, {wos, doi}, {scopus, full}, {scopus, abbreviated}}, cw);
  for (std::uint32_t x : w) CHECK(x == w[0]);
  auto items = cw.items();
  REQUIRE(items.size() == 1);
  CHECK(items[0].doi == "10.1016/j.foreco.2007.04.017");
  CHECK(items[0].label == "Barlow (2007)");  // not "BARLOW (2007)" after the reference in capitals
}

TEST_CASE("Vitousek 1984: titles one typing slip apart are one work; Part I and Part II are two", "[cited_works]") {
  CitedWorks cw;
  auto w = works_of(
      {{wos, "VITOUSEK PM, 1984, ECOLOGY, V65, P285, DOI 10.2307/1939481."},
       {scopus, "Vitousek, P.M., Litterfall, nutrient cycling, and nutrient limitations in tropical forests (1984) Ecology, "
                "65, pp. 285-298"},
       {scopus, "Vitousek, P.M., Litterfall, nutrienr cycling, and nutrient limitation in tropical forests (1984) Ecology, "
                "65, pp. 285-298"},
       {scopus, "Vitousek, P.M., Litterfall, nutrient cycling, and nutrient limitation in tropical forest (1984) Ecology, "
                "65, pp. 285-298"}},
      cw);
  for (std::uint32_t x : w) CHECK(x == w[0]);
  CitedWorks parts;
  auto p = works_of({{scopus, "Berg, B., Staaf, H., Decomposition rate and chemical changes of Scots pine needle litter. "
                              "I. Influence of stand age (1980) Ecol. Bull., 32"},
                     {scopus, "Berg, B., Staaf, H., Decomposition rate and chemical changes of Scots pine needle litter. "
                              "II. Influence of stand age (1980) Ecol. Bull., 32"}},
                    parts);
  CHECK(p[0] != p[1]);
}

// npmoran (WoS + Scopus of one search): Web of Science cites the Royal
// Society's journals by their present title's J9 (`P ROY SOC B-BIOL SCI`,
// `PHILOS T ROY SOC B`), Scopus's references by the title of the year, "of
// London" (`Proc. R. Soc. Lond., B`, `Proceedings of the Royal Society of
// London, Series B`): Barrett 1999, Kokko 2001 and 60 more were two
// co-citation nodes.  One journal under its former and present titles; its
// other series, and the Society's other journals, stay apart.
TEST_CASE("a journal under its former and present titles is one journal (Royal Society B, Biological Reviews)",
          "[cited_works]") {
  for (const char* scopus : {"Proceedings of the Royal Society of London, Series B", "Proc. R. Soc. Lond., B",
                             "Proc R Soc Lond B", "Proc. Royal Soc. Lond. B", "Proc. R. Soc. London Ser. B Biol. Sci.",
                             "Proceedings of the Royal Society of London Series B: Biological Sciences"}) {
    INFO(scopus);
    CHECK(journals_match("P ROY SOC B-BIOL SCI", scopus));
  }
  CHECK(journals_match("PHILOS T ROY SOC B", "Philos. Trans. R. Soc. Lond. B Biol. Sci."));
  CHECK(journals_match("PHILOS T R SOC B", "Phil. Trans. R. Soc. Lond. B"));
  CHECK(journals_match("BIOL REV", "Biological Reviews of the Cambridge Philosophical Society"));
  CHECK_FALSE(journals_match("P ROY SOC B-BIOL SCI", "Proc R Soc Lond A"));
  CHECK_FALSE(journals_match("P ROY SOC B-BIOL SCI", "PHILOS T ROY SOC B"));
  CHECK_FALSE(journals_match("P ROY SOC B-BIOL SCI", "Proceedings of the Royal Society of London"));
  CHECK_FALSE(journals_match("Biol Rev", "Biological Research"));
  // npmoran: Akcay 2009, Hu 2008, Laland 1999 cited as Scopus's
  // "Proceedings of the National Academy of Sciences"; PNAS's Indian
  // namesake stays apart.
  CHECK(journals_match("P NATL ACAD SCI USA", "Proceedings of the National Academy of Sciences"));
  CHECK_FALSE(journals_match("P NATL ACAD SCI USA", "Proc. Natl. Acad. Sci., India, Sect. B Biol. Sci."));
  CHECK_FALSE(journals_match("P NATL ACAD SCI INDIA B", "Proceedings of the National Academy of Sciences"));
}

// Web of Science cites a paper by its issue's year, Scopus (or the citing
// author) often by the year it came out online: abhikumar's WoS and Scopus
// (Abhikumar86/bibliometrics @01033df, no licence: single strings quoted)
// held Ryan 1990/1989, Talbot 2012/2011, Rosling 2016/2015 and five more as
// two co-citation nodes each.  One work when first author, volume and first
// page are equal and the title or journal agrees.
TEST_CASE("a cited work whose year is one apart between WoS and Scopus is one work, when volume and page agree",
          "[cited_works]") {
  CitedWorks cw;
  auto w = works_of({{wos, "RYAN MG, 1990, CAN J FOREST RES, V20, P166, DOI 10.1139/x90-023."},
                     {scopus, "Ryan, M.G., Melillo, J.M., Ricca, A., A comparison of methods for determining proximate "
                              "carbon fractions of forest litter (1989) Can. J. For. Res., 20, pp. 166-171"},
                     {scopus, "Talbot, J.M., Yelle, D.J., Nowick, J., Treseder, K.K., Litter decay rates are determined "
                              "by lignin chemistry (2011) Biogeochem, 108, pp. 279-295"},
                     {wos, "Talbot JM, 2012, BIOGEOCHEMISTRY, V108, P279, DOI 10.1007/s10533-011-9599-6."},
                     {wos, "Walker TW, 1958, SOIL SCI, V87, P1."},
                     {wos, "WALKER T.W., 1959, SOIL SCI, V87, P1, DOI 10.1097/00010694-195901000-00001."}},
                    cw);
  CHECK(w[1] == w[0]);
  CHECK(w[3] == w[2]);
  CHECK(w[5] == w[4]);
  CHECK(w[2] != w[0]);
  // The cited work takes the year most of its references give, the most
  // complete one's on a tie, and its label says the same year.
  auto ryan = cw.add(parse_wos_reference("RYAN MG, 1990, CAN J FOREST RES, V20, P166"));
  REQUIRE(ryan == w[0]);
  auto items = cw.items();
  CHECK(items[w[0]].year == 1990);
  CHECK(items[w[0]].label == "Ryan (1990)");
  CHECK(items[w[2]].year == 2011);
  CHECK(items[w[2]].label == "Talbot (2011)");
}

TEST_CASE("two works of one author a year apart stay two: other pages, another title or journal, another DOI",
          "[cited_works]") {
  CitedWorks cw;
  // npmoran's WoS: one author, one journal, consecutive years.
  auto a = cw.add(parse_wos_reference("Bshary R, 2001, P ROY SOC B-BIOL SCI, V268, P1495, DOI 10.1098/rspb.2001.1495"));
  auto b = cw.add(parse_wos_reference("Bshary R, 2002, P ROY SOC B-BIOL SCI, V269, P2087, DOI 10.1098/rspb.2002.2084"));
  CHECK(a != b);
  // Without DOIs, the volumes tell them apart.
  auto c = cw.add(parse_wos_reference("Bshary R, 2001, P ROY SOC B-BIOL SCI, V268, P1495"));
  auto d = cw.add(parse_wos_reference("Bshary R, 2002, P ROY SOC B-BIOL SCI, V269, P2087"));
  CHECK(c == a);
  CHECK(d == b);
  // zorzetti's Scopus: a reference that copied the volume and page of
  // another work a year before holds another title.
  auto e = cw.add(parse_scopus_reference("Gillooly, J.F., Brown, J.H., West, G.B., Savage, V.M., Charnov, E.L., Effects "
                                         "of size and temperature on metabolic rate (2001) Science, 293, pp. 2248-2251"));
  auto f = cw.add(parse_scopus_reference("Gillooly, J.F., Charnov, E.L., West, G.B., Savage, V.M., Brown, J.H., Effects "
                                         "of size and temperature on developmental time (2002) Nature, 417, pp. 70-73"));
  auto g = cw.add(parse_scopus_reference("Gillooly, J.F., Charnov, E.L., West, G.B., Savage, V.M., Brown, J.H., Effects "
                                         "of size and temperature on developmental time (2002) Science, 293, pp. 2248-2251"));
  CHECK(e != f);
  CHECK(g != e);
  // Another journal, no title: two works.
  auto h = cw.add(parse_wos_reference("Gillooly JF, 2002, NATURE, V293, P2248"));
  CHECK(h != e);
  // Two years apart: two works.
  auto i = cw.add(parse_wos_reference("RYAN MG, 1988, CAN J FOREST RES, V20, P166"));
  auto j = cw.add(parse_wos_reference("RYAN MG, 1990, CAN J FOREST RES, V20, P166"));
  CHECK(i != j);
}

// The same year apart for a work of the library: abhikumar's WoS cites
// Fanin et al., Functional Ecology 29:140 (the library's work of 2015) as
// "Fanin N., 2014, ...": a cited work apart from the work.  Allison 2005's
// reference that copied Biotropica's volume and page of Allison 2004 names
// another title and stays apart.
TEST_CASE("a reference a year apart cites the library's work of that volume and page when journal or title agree",
          "[cited_works][network]") {
  auto work = [](const char* family, const char* given, int year, const char* title, const char* journal,
                 const char* volume, const char* pages) {
    Record r;
    Creator a;
    a.family = family;
    a.given = given;
    r.authors.push_back(a);
    r.issued.year = year;
    r.title = title;
    r.container_title = journal;
    r.volume = volume;
    r.pages = pages;
    return network_doc(0, r);
  };
  std::vector<NetworkDoc> docs = {
      work("Fanin", "Nicolas", 2015,
           "Interactive effects of C, N and P fertilization on soil microbial community structure and function in an "
           "Amazonian rain forest",
           "Functional Ecology", "29", "140-150"),
      work("Allison", "Steven D.", 2004,
           "Extracellular enzyme activities and carbon chemistry as drivers of tropical plant litter decomposition",
           "Biotropica", "36", "285-296"),
      work("Smith", "J", 2020, "A citing work", "Ecology", "1", "1")};
  docs[2].references = {parse_wos_reference("Fanin N., 2014, FUNCTIONAL ECOLOGY, V29, P140."),
                        parse_scopus_reference("Allison, S.D., Vitousek, P.M., Responses of extracellular enzymes to "
                                               "simple and complex nutrient input (2005) Soil Biol Biochem, 36, pp. 285-296"),
                        parse_wos_reference("Fanin N, 2013, FUNCT ECOL, V29, P140")};
  ResolvedRefs refs = resolve_references(docs, true);
  const auto& cited = refs.cited[2];
  CHECK(std::count(cited.begin(), cited.end(), 0u) == 1);  // 2014, not 2013
  CHECK(std::count(cited.begin(), cited.end(), 1u) == 0);
  CHECK(refs.external.size() == 2);
}

// A place written after a journal's title in older citation styles and
// MEDLINE ("J Zool Lond", "Nature, Lond.", "Psyche Camb", "Insectes Sociaux
// Paris", WoS's "ANN BOT-LONDON", "OECOLOGIA BERLIN")
// names the journal another form writes without it; and MEDLINE's and
// JSTOR's section-only titles of the Royal Society's B journals ("Proc. Biol.
// Sci", "Philos Trans: Biol Sci") are those journals.  The names are
// npmoran-included's and abhikumar's (WoS and Scopus of one search each),
// where Adrian 2005, Frank 1995, Cant 2010, Wong 2007 and more were two
// co-citation nodes.
TEST_CASE("a place after a journal's title and MEDLINE's section-only titles name the journal written without them",
          "[cited_works]") {
  for (auto [a, b] : std::vector<std::pair<const char*, const char*>>{
           {"J ZOOL", "J Zool Lond"},
           {"Journal of Zoology", "J Zool Lond"},
           {"NATURE", "Nature, Lond."},
           {"Nature", "Nature, Lond"},
           {"Psyche", "Psyche Camb"},
           {"Genetical Research", "Genet. Res. Camb."},
           {"Insectes Soc.", "Insectes Sociaux Paris"},
           {"ANN BOT", "ANN BOT-LONDON"},
           {"Oecologia", "OECOLOGIA BERLIN"},
           {"P ROY SOC B-BIOL SCI", "Proc. Biol. Sci"},
           {"Proceedings of the Royal Society of London, Series B", "Proc Biol Sci"},
           {"PHILOS T ROY SOC B", "Philos Trans: Biol Sci"}}) {
    INFO(a << " / " << b);
    CHECK(journals_match(a, b));
  }
  // Two places, a place against another title, a country: two journals.
  CHECK_FALSE(journals_match("Proc Natl Acad Sci India", "P NATL ACAD SCI USA"));
  CHECK_FALSE(journals_match("J Zool Lond", "J Zool Paris"));
  CHECK_FALSE(journals_match("Proc Zool Soc Lond", "Proc Zool Soc Calcutta"));
  CHECK_FALSE(journals_match("Nature, Lond", "Nat Rev"));
  CHECK_FALSE(journals_match("Proc. Biol. Sci", "Proc R Soc Lond A"));
  CHECK_FALSE(journals_match("Proc. Biol. Sci", "PHILOS T ROY SOC B"));
  CHECK_FALSE(journals_match("PROCEEDINGS", "P ROY SOC B-BIOL SCI"));
  CHECK_FALSE(journals_match("Philos Trans: Biol Sci", "P ROY SOC B-BIOL SCI"));
}

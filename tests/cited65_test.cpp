// Cited references of Scopus (issue 16): classes found by session 65's seventh sample
// (fixtures/refparse/cited_sample65.tsv, the corpus's own Scopus and WoS files drawn again), with their siblings in
// the corpus.  Every string is real, from the corpus files (shared/corpora, as fixtures/corpora holds them:
// pybibx__scopus.bib, poultrybibliometric__scopus.csv; origins and licences in fixtures/SOURCES.md and
// shared/corpora/MANIFEST.tsv).
#include <catch2/catch.hpp>

#include "refnet/cited_works.hpp"
#include "refnet/reference_strings.hpp"

using namespace refnet;

namespace {

struct Want {
  const char* raw;
  const char* year;
  const char* title;
  const char* container;
  const char* volume;
  const char* first_page;
};

void check_scopus(const Want& w) {
  const Reference r = parse_scopus_reference(w.raw);
  INFO(w.raw);
  CHECK(r.year == w.year);
  CHECK(r.title == w.title);
  CHECK(r.container == w.container);
  CHECK(r.volume == w.volume);
  CHECK(r.first_page == w.first_page);
}

}  // namespace

// The 2023 layout cuts at every ", ": a venue whose name is a list of two ("Control, Automation and Systems") lost
// its head, and a title's piece opening with a parenthesis ("(EC) No. 853/2004 ...") was taken for the source.
TEST_CASE("cited65: the 2023 layout's titles and venues with commas", "[reference_strings][cited65]") {
  check_scopus({"Sudevan V., Shukla A., Karki H., Vision based Autonomous Landing of an Unmanned Aerial Vehicle on a "
                "Stationary Target, Proceedings of the 17th International Conference on Control, Automation and Systems "
                "(ICCAS), pp. 362-367",
                "", "Vision based Autonomous Landing of an Unmanned Aerial Vehicle on a Stationary Target",
                "Proceedings of the 17th International Conference on Control, Automation and Systems (ICCAS)", "", "362"});
  check_scopus({"Commission E., Report from the Commission to the Council and the European Parliament on the Experience "
                "Gained from the Application of the Hygiene Regulation (EC) No. 852/2004, (EC) No. 853/2004 and (EC) No. "
                "854/2004 of the European Parliament and of the Council, (2004)",
                "2004",
                "Report from the Commission to the Council and the European Parliament on the Experience Gained from the "
                "Application of the Hygiene Regulation (EC) No. 852/2004, (EC) No. 853/2004 and (EC) No. 854/2004 of the "
                "European Parliament and of the Council",
                "", "", ""});
  // Held: a list after a title with its venue's head a piece of its own (join_listed_source's case before), and a
  // journal's name of two items after a title.
  check_scopus({"Wang X., Title of a study, IEEE Transactions on Systems, Man, and Cybernetics: Systems, 47, 3, "
                "pp. 1-10, (2017)",
                "2017", "Title of a study", "IEEE Transactions on Systems, Man, and Cybernetics: Systems", "47", "1"});
  check_scopus({"Lamine C., Garcon L., Brunori G., Territorial agrifood systems: A Franco-Italian contribution to the "
                "debates over alternative food networks in rural areas, Journal of Rural Studies, 68, pp. 159-170, (2019)",
                "2019",
                "Territorial agrifood systems: A Franco-Italian contribution to the debates over alternative food "
                "networks in rural areas",
                "Journal of Rural Studies", "68", "159"});
}

// A thesis's genre in brackets at the end of the title slot is no word of the title.
TEST_CASE("cited65: a thesis's '[Ph.D. Dissertation]' after its title", "[reference_strings][cited65]") {
  check_scopus({"Almeida Dias, J., Multiple criteria decision aiding for sorting problems: concepts, methodologies, and "
                "applications [Ph.D. Dissertation] (2011), Technical University of Lisbon",
                "2011", "Multiple criteria decision aiding for sorting problems: concepts, methodologies, and applications",
                "", "", ""});
}

// No year slot, the meeting's month and year in parentheses at the end (four such strings in pybibx__scopus.bib, one
// citing paper's): the year is the work's; date, city and country leave the source.
TEST_CASE("cited65: a meeting's '(July 2010)' at the end of a reference without a year",
          "[reference_strings][cited65]") {
  check_scopus({"Smarandache, F., Dezert, J., Tacnet, J.-M., Fusion of sources of evidence with different importances "
                "and reliabilities Proc. of Fusion 2010 Conf., Edinburgh, UK (July 2010)",
                "2010", "Fusion of sources of evidence with different importances and reliabilities",
                "Proc. of Fusion 2010 Conf.", "", ""});
  check_scopus({"Dezert, J., Liu, Z., Mercier, G., Edge Detection in Color Images Based on DSmT Proceedings of Fusion "
                "2011, Chicago, USA (July 2011)",
                "2011", "Edge Detection in Color Images Based on DSmT", "Proceedings of Fusion 2011", "", ""});
}

// Co-citation identity: Scopus writes a reference whose article title it lacks as "Family, I., (1994) AI
// Communications, 7 (1), pp. 39-59", the journal in the title slot (the layout of a book's "(year) Title"); with the
// same first author, year, volume and first page, that name against the journal another reference names is the same
// work.  pybibx__scopus.bib drew 6 such works twice (cited_work_splits: Aamodt 1994, Deck 2003, Roy 2002, Tavana 2002
// of the 20 groups of one family, year, volume and page).
TEST_CASE("cited65: a Scopus reference with its journal in the title slot is the work its journal names",
          "[cited_works][cited65]") {
  struct Pair {
    const char* bare;
    const char* titled;
  };
  const Pair pairs[] = {
      {"Aamodt, A., Plaza, E., (1994) AI Communications, 7 (1), pp. 39-59",
       "Aamodt, A., Plaza, E., Case-based reasoning: Foundational issues, methodological variations, and system "
       "approaches (1994) AI Commun, 7 (1), pp. 39-59"},
      {"Deck, O., Al Heib, M., Homand, F., (2003) Eng. Struct., 25 (4), pp. 435-448",
       "Deck, O., Al Heib, M., Homand, F., Taking the soil\xE2\x80\x93structure interaction into account in assessing the "
       "loading of a structure in a mining subsidence area (2003) Engineering Structures, 25 (4), pp. 435-448"},
      {"Roy, B., Figuera, J., (2002) Eur. J. Oper. Res., 139 (2), pp. 317-326",
       "Roy, B., Figueira, J., Determining the weights of criteria in the ELECTRE type methods with a revised Simos' "
       "procedure (2002) European Journal of Operational Research, 139, pp. 317-326"},
      {"Tavana, M., (2002) Journal of multi-criteria decision analysis, 11, pp. 75-96",
       "Tavana, M., Euclid: Strategic alternative assessment matrix (2002) Journal of Multi-Criteria Decision Analysis, "
       "11, pp. 75-96"},
  };
  for (const Pair& p : pairs) {
    INFO(p.bare);
    {
      CitedWorks cw;
      const auto a = cw.add(parse_scopus_reference(p.bare));
      CHECK(cw.add(parse_scopus_reference(p.titled)) == a);
    }
    {
      CitedWorks cw;  // the other order
      const auto a = cw.add(parse_scopus_reference(p.titled));
      CHECK(cw.add(parse_scopus_reference(p.bare)) == a);
    }
  }
  // Held apart: another page, another journal, a title slot that is a title ('Comments on Papers', no journal).
  CitedWorks cw;
  const auto a = cw.add(parse_scopus_reference("Aamodt, A., Plaza, E., (1994) AI Communications, 7 (1), pp. 39-59"));
  CHECK(cw.add(parse_scopus_reference("Aamodt, A., Plaza, E., Another paper (1994) AI Communications, 7 (1), "
                                      "pp. 60-70")) != a);
  CHECK(cw.add(parse_scopus_reference("Aamodt, A., Plaza, E., Case-based reasoning (1994) Machine Learning, 7 (1), "
                                      "pp. 39-59")) != a);
}

// A title of two words that is the start of the other's (its subtitle left out) agrees when volume and first page
// agree too (bibliotobler__scopus.csv drew Boneva 1971 twice: "Spline Transformations" and "Spline Transformations:
// Three New Diagnostic Aids ..."); without them, two words stay too few to say the work.
TEST_CASE("cited65: a two-word title without its subtitle, with the same volume and first page",
          "[cited_works][cited65]") {
  CitedWorks cw;
  const auto a = cw.add(parse_scopus_reference(
      "Boneva, L., Kendall, D., Stefanov, I., Spline Transformations: Three New Diagnostic Aids for the Statistical "
      "Data Analyst. (1971) Journal of the Royal Statistical Society, B, 33, pp. 1-70"));
  CHECK(cw.add(parse_scopus_reference("Boneva, L., Kendall, D., Stefanov, J., Spline Transformations (1971) Journal of "
                                      "the Royal Statistical Society, 33, pp. 1-70. , Ser. B")) == a);
  // Held apart: another first page.
  CHECK(cw.add(parse_scopus_reference("Boneva, L., Spline Transformations (1971) Journal of the Royal Statistical "
                                      "Society, 33, pp. 71-80")) != a);
}

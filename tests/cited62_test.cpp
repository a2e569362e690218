// Cited references of Scopus and Web of Science (issue 16): classes found by the held-out sample of session 62
// (fixtures/refparse/cited_sample62.tsv) and their siblings in real exports.  Every string is real: bibliotobler's
// scopus_references.csv (GPL-3.0), r-arch's scopus.bib (MIT), wos-cited-reference-extractor's sample export (MIT),
// the corpus files (fixtures/corpora: pybibx__scopus.bib, pybibx__wos.bib, decolonizing-expertise__savedrecs.txt),
// and single reference strings quoted from exports without a licence (antonio1970/Bibliometric-Analysis-of-ELRR's
// scopus.csv, Abhikumar86/bibliometrics' scopus.bib), as fixtures/SOURCES.md records for cited_sample57.tsv.
#include <catch2/catch.hpp>

#include "refnet/reference_strings.hpp"

using namespace refnet;

namespace {

struct Want {
  const char* raw;
  const char* author;
  const char* title;
  const char* container;
  const char* volume;
  const char* first_page;
};

void check_scopus(const Want& w) {
  const Reference r = parse_scopus_reference(w.raw);
  INFO(w.raw);
  CHECK(r.author == w.author);
  CHECK(r.title == w.title);
  CHECK(r.container == w.container);
  CHECK(r.volume == w.volume);
  CHECK(r.first_page == w.first_page);
}

}  // namespace

// Scopus without a year writes "Authors, Title Source, volume, pp. N-M": no "(year)" between the title and the
// source, which ran on as one title, the source left empty (168 such references in 19 Scopus exports, e.g. 8 of
// bibliotobler's, 29 of NPMoran's).  A title in sentence case that a run of capitalised words ends (the words of a
// name between them: "of", "the", "and") after a word in lower case is the title and the source.
TEST_CASE("cited62: a Scopus reference without a year: the source after a title in sentence case",
          "[reference_strings][cited62]") {
  check_scopus({"Martin, D., Mapping population data from zone centroid locations Transactions of the Institute of "
                "British Geographers, pp. 90-97",
                "Martin, D.", "Mapping population data from zone centroid locations",
                "Transactions of the Institute of British Geographers", "", "90"});
  check_scopus({"Tobler, W.R., Choropleth maps without class intervals Geographical Analysis, pp. 26-28", "Tobler, W.R.",
                "Choropleth maps without class intervals", "Geographical Analysis", "", "26"});
  check_scopus({"Arroyo, P., Molinos-Senante, M., Selecting appropriate wastewater treatment technologies using a "
                "choosing-by-advantages approach Science of The Total Environment, 625, pp. 819-827",
                "Arroyo, P.", "Selecting appropriate wastewater treatment technologies using a choosing-by-advantages approach",
                "Science of The Total Environment", "625", "819"});
  check_scopus({"Baklouti, I., Mansouri, M., Hamida, A.B., Nounou, H., Nounou, M., Monitoring of wastewater treatment "
                "plants using improved univariate statistical technique Process Safety and Environmental Protection, 116, "
                "pp. 287-300",
                "Baklouti, I.", "Monitoring of wastewater treatment plants using improved univariate statistical technique",
                "Process Safety and Environmental Protection", "116", "287"});
  // A title in capitals throughout: its case does not show where it ends, a journal's full title does (session 64,
  // data/journal_titles.tsv; before, this line pinned the title with the journal in it and no source).
  check_scopus({"Bookstein, F.L., Landmark Methods for Forms Without Landmarks: Morphometrics of Group Differences in "
                "Outline Shape Medical Image Analysis, 1 (3), pp. 225-243",
                "Bookstein, F.L.",
                "Landmark Methods for Forms Without Landmarks: Morphometrics of Group Differences in Outline Shape",
                "Medical Image Analysis", "1", "225"});
  // Left as they are: a proper name after a comma or a word of a name ("... in New Zealand Journal ...").
  check_scopus({"Vilas, F.E., Arche, A., Ferrero, M., Bujalesky, G., Isla, F., González Bonorino, G., Sedimentación "
                "intermareal en bahía San Sebastián, Tierra del Fuego, Argentina Acta Geológica Hispánica, 21-22, pp. "
                "253-260",
                "Vilas, F.E.",
                "Sedimentación intermareal en bahía San Sebastián, Tierra del Fuego, Argentina Acta Geológica Hispánica, "
                "21-22",
                "", "", "253"});
}

// "[Online]", "[Internet]": the medium a title slot names after the title (ISO 690's designator), no word of it
// (46 in 19 Scopus exports; before a link it was cut already).
TEST_CASE("cited62: a Scopus title's medium designator is no part of it", "[reference_strings][cited62]") {
  CHECK(parse_scopus_reference("(2010) Lista de Espécies da Flora Do Brasil [Internet], , http://floradobrasil.jbrj.gov.br/, "
                               "Available from")
            .title == "Lista de Espécies da Flora Do Brasil");
  CHECK(parse_scopus_reference("Golden L., Irregular work scheduling and its consequences [Online], (2015)").title ==
        "Irregular work scheduling and its consequences");
  CHECK(parse_scopus_reference("Team, R.C., (2016) R: a language and environment for statistical computing [online], , R "
                               "Foundation for Statistical Computing, Vienna, Austria")
            .title == "R: a language and environment for statistical computing");
}

// WoS writes a volume's word into the V part ("VVolume 78", "Vvol. i") and a book's "In:" before its source.
TEST_CASE("cited62: WoS's volume word and a source's 'In:'", "[reference_strings][cited62]") {
  Reference r = parse_wos_reference("Martinez A., 2018, ARPHA Conference Abstracts, VVolume 1, pe29514");
  CHECK(r.volume == "1");
  CHECK(r.first_page == "e29514");
  r = parse_wos_reference("Greco S., 2005, INT SER OPER RES MAN, VVolume 78, P133.");
  CHECK(r.volume == "78");
  CHECK(r.first_page == "133");
  r = parse_wos_reference("Verrill A. E., 1868, Transactions of the Connecticut Academy, Vvol. i, P377");
  CHECK(r.volume == "i");
  r = parse_wos_reference("MacQueen JB., 1967, 5 BERK S MATH STAT S, Vvol, P281.");
  CHECK(r.volume == "");
  CHECK(r.first_page == "281");
  r = parse_wos_reference("ODonnell MS., 2012, In: U S Geol Surv Data Ser, V691, P10, DOI DOI 10.3133/DS691");
  CHECK(r.container == "U S Geol Surv Data Ser");
  CHECK(r.volume == "691");
}

// A generation written as an author of its own ("Cooney, W.P., 3rd, Chao, E.Y., Title", "Turner, C.G., II, Title",
// "Preau, J.L., Jr., Wong, L.Y., ...") and an author known by one name ("..., Soejono, R.P., Jatmiko, Saptomo,
// E.W., ...") ended the author list: the title began with them (98 and 24 such references in 19 Scopus exports), and
// the co-citation map of r-arch's Scopus export drew Brown 2004, Sutikna 2016, Cooney 1977, Turner 1987 and 1990
// twice (5 of its 12 nodes that share first author, year, volume and page with another).
TEST_CASE("cited62: a generation or a one-word name among a Scopus reference's authors", "[reference_strings][cited62]") {
  check_scopus({"Cooney, W.P., 3rd, Chao, E.Y., Biomechanical analysis of static forces in the thumb during hand function "
                "(1977) Journal of Bone and Joint Surgery, 59, pp. 27-36",
                "Cooney, W.P.", "Biomechanical analysis of static forces in the thumb during hand function",
                "Journal of Bone and Joint Surgery", "59", "27"});
  check_scopus({"Cooney, W., III, Chao, E., Biomechanical analysis of static forces in the thumb during hand function (1977) "
                "Journal of Bone and Joint Surgery, 59, pp. 27-36",
                "Cooney, W.", "Biomechanical analysis of static forces in the thumb during hand function",
                "Journal of Bone and Joint Surgery", "59", "27"});
  check_scopus({"Turner, C.G., II, Late Pleistocene and Holocene population history of East Asia based on dental variation "
                "(1987) American Journal of Physical Anthropology, 73, pp. 305-321",
                "Turner, C.G.", "Late Pleistocene and Holocene population history of East Asia based on dental variation",
                "American Journal of Physical Anthropology", "73", "305"});
  check_scopus({"Preau, J.L., Jr., Wong, L.Y., Silva, M.J., Needham, L.L., Calafat, A.M., Variability over 1 week in the "
                "urinary concentrations of metabolites of diethyl phthalate and di(2-ethylhexyl) phthalate among eight "
                "adults: an observational study (2010) Environ Health Perspect, 118, pp. 1748-1754",
                "Preau, J.L.",
                "Variability over 1 week in the urinary concentrations of metabolites of diethyl phthalate and "
                "di(2-ethylhexyl) phthalate among eight adults: an observational study",
                "Environ Health Perspect", "118", "1748"});
  check_scopus({"Brown, P., Sutikna, T., Morwood, M.J., Soejono, R.P., Jatmiko, Saptomo, E.W., Due, R.A., A new "
                "small-bodied hominin from the Late Pleistocene of Flores, Indonesia (2004) Nature, 431 (7012), pp. 1055-1061",
                "Brown, P.", "A new small-bodied hominin from the Late Pleistocene of Flores, Indonesia", "Nature", "431",
                "1055"});
  check_scopus({"Kusumastuti, R.D., Viverita, Husodo, Z.A., Suardi, L., Danarsari, D.N., Developing a resilience index "
                "towards natural disasters in Indonesia (2014) Int. J. Disaster Risk Reduct., 10, pp. 327-340",
                "Kusumastuti, R.D.", "Developing a resilience index towards natural disasters in Indonesia",
                "Int. J. Disaster Risk Reduct.", "10", "327"});
  // A last author without initials before the title stays what it was ("Lwasa, M., Garschagen, Boost ...": the
  // title after a capitalised word alone).
  check_scopus({"Birkmann, T., Welle, W., Solecki, S., Lwasa, M., Garschagen, Boost resilience of small and mid-sized "
                "cities (2016) Nature, 537, pp. 605-608. , "
                "http://www.nature.com/news/boost-resilience-of-small-and-mid-sized-cities-1.20667",
                "Birkmann, T.", "Boost resilience of small and mid-sized cities", "Nature", "537", "605"});
}

// Old references Scopus read from scanned lists name their authors by family name alone: "Hunter, Steiglitz,
// Operations on images using quadtrees (1979) ...".  The first was the author and the others began the title (205
// references of the exports; in the co-citation map of bibliotobler's scopus_references.csv, 17 nodes shared first
// author, year, volume and page with another, 10 after: left, a title in title case or of two words after such
// names, "MacKay, Olshavsky, Sentell, ...").
TEST_CASE("cited62: Scopus authors written by family name alone", "[reference_strings][cited62]") {
  check_scopus({"Hunter, Steiglitz, Operations on images using quadtrees (1979) IEEE Transactions on Pattern Analysis and "
                "Machine Intelligence, 1, pp. 145-153",
                "Hunter", "Operations on images using quadtrees",
                "IEEE Transactions on Pattern Analysis and Machine Intelligence", "1", "145"});
  check_scopus({"Smith, Clark, Huff, Shapiro, A decision making and search model for intraurban migration (1979) "
                "Geographical Analysis, 11, pp. 1-22",
                "Smith", "A decision making and search model for intraurban migration", "Geographical Analysis", "11",
                "1"});
  check_scopus({"Siegel, White, The development of spatial representations of large-scale environments (1975) Advances in "
                "Child Development and Behavior, 10. , H.W. Reese, Academic Press, Santa Barbara",
                "Siegel", "The development of spatial representations of large-scale environments",
                "Advances in Child Development and Behavior", "10", ""});
  // A corporate author keeps the title's first piece ("FEMA, Title"); one author and a title alone stay as they were.
  check_scopus({"Shemyakin, General problems of orientation in space and space representations (1962) Psychological Science "
                "in the USSR, , B.G. Ananyev, Washington, D.C.: U.S. Office of Technical Reports (NTIS No. TT62-11083)",
                "Shemyakin", "General problems of orientation in space and space representations",
                "Psychological Science in the USSR", "", ""});
}

// A volume that a section letter opens ("Journal of Hazardous Materials, A123", "NATO ... Part, F1", "J. R. Stat. Soc.,
// A114") before the pages was read into the source (10 references of the exports; cited_sample60's Linkov 2017).
// A meeting's acronym and year ("SST-94") is no volume: a hyphen's forms are left alone ("IT-17" with them).
TEST_CASE("cited62: a Scopus volume that a letter opens", "[reference_strings][cited62]") {
  check_scopus({"Jo, Y.D., Ahn, B.J., A method of quantitative risk assessment for transmission pipeline carrying natural "
                "gas (2005) Journal of Hazardous Materials, A123, pp. 1-12",
                "Jo, Y.D.", "A method of quantitative risk assessment for transmission pipeline carrying natural gas",
                "Journal of Hazardous Materials", "A123", "1"});
  check_scopus({"Antunes, D., Palma-Oliveira, J.M., Linkov, I., Enhancing organizational resilience through risk "
                "communication: Basic guidelines for managers (2017) NATO Sci Peace Secur Ser C Environ Secur Part, F1, pp. "
                "469-481",
                "Antunes, D.", "Enhancing organizational resilience through risk communication: Basic guidelines for managers",
                "NATO Sci Peace Secur Ser C Environ Secur Part", "F1", "469"});
  check_scopus({"Millar, J.B., Chen, F., Macleod, I., Ran, S., Tang, H., Wagner, M., Zhu, X., Overview of speaker "
                "verification studies towards technology for robust user-conscious secure transactions (1994) Proc. 5th "
                "Austr. Int. Conf. on Speech Sc. and Techn., SST-94, pp. 744-749. , Perth",
                "Millar, J.B.",
                "Overview of speaker verification studies towards technology for robust user-conscious secure transactions",
                "Proc. 5th Austr. Int. Conf. on Speech Sc. and Techn., SST-94", "", "744"});
}

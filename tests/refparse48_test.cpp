// Reference parser, session 48 (issue 16).  The references are real: AnyStyle's labelled references
// (../shared/refparse/anystyle__*.xml, BSD-2-Clause) and GROBID's labelled citations (CC BY 4.0).
#include <catch2/catch.hpp>

#include <string>

#include "refnet/record.hpp"
#include "refnet/refparse.hpp"

using namespace refnet;

// grobid-citation (physics and chemistry): the volume, the year in brackets, then the first page; the model ran the
// date's span on over the page.
TEST_CASE("A number after a bracketed year following the volume is the first page", "[refparse][refparse48]") {
  struct Case {
    const char* text;
    const char* volume;
    const char* pages;
    int year;
  };
  const Case cases[] = {
      {"R. Pohl et al., Nature 466 (2010) 2013.", "466", "2013", 2010},
      {"Y.A. Thalmann et al., Phys. Rev. A 57 (1998) 1713.", "57", "1713", 1998},
      {"Lévai P. and Müller B., Phys. Rev. Lett., 67 (1991) 1519;", "67", "1519", 1991},
      {"H.J. Rothe and K.D. Rothe: J. Phys. A 36 (2003) 1671.", "36", "1671", 2003},
      {"W.T. Giele, E.W.N. Glover and D.A. Kosower, Jet investigations using the radial moment, Phys.Rev .D 57 ( "
       "1998)1878 [ hep-ph/9706210][ INSPIRE].",
       "57", "1878", 1998},
      {"S. Gorbunov, et al., ALICE HLT high speed tracking on GPU, IEEE Trans. Nucl. Sci. 58( 2011)1845 .", "58",
       "1845", 2011},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    Record r = parse_reference(c.text);
    CHECK(r.volume == c.volume);
    CHECK(r.pages.substr(0, r.pages.find('-')) == c.pages);
    CHECK(r.issued.year == c.year);
  }
}

// anystyle__core.xml, anystyle__good.xml: a report's or book's "Place: Publisher." after its title's period, with no
// mark the model knows, was read into the title.
TEST_CASE("A known place, a colon and an organisation's name ending the title are the place and the publisher",
          "[refparse][refparse48]") {
  struct Case {
    const char* text;
    const char* title;
    const char* place;
    const char* publisher;
  };
  const Case cases[] = {
      {"CPJ. (2014). Journalists Killed since 1992. New York: Committee to Protect Journalists. "
       "https://cpj.org/killed/cpj-database.xls",
       "Journalists Killed since 1992", "New York", "Committee to Protect Journalists"},
      {"BARRÓN CRUZ, M.G., 2013. La Bestia: La tunue línea entre la migración y la trata de personas. Mexico City: "
       "Instituto Nacional de Ciencias Penales. Available at "
       "http://www.inacipe.gob.mx/stories/publicaciones/temas_selectos/LaBestia.pdf [Accessed 5 May 2015]",
       "La Bestia: La tunue línea entre la migración y la trata de personas", "Mexico City",
       "Instituto Nacional de Ciencias Penales"},
      {"Bishop Museum. 2003. Hawai`i Volcano Geochemical Datasets. Bishop Museum Geology. Honolulu, HI: The State "
       "Museum of Natural and Cultural History. URL: http: www.bishopmuseum.org/-research/natsci/geology/geochem.html.",
       "Hawai`i Volcano Geochemical Datasets. Bishop Museum Geology", "Honolulu, HI",
       "The State Museum of Natural and Cultural History"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    Record r = parse_reference(c.text);
    CHECK(r.title == c.title);
    CHECK(r.publisher_place == c.place);
    CHECK(r.publisher == c.publisher);
  }
}

// anystyle__ugly.xml (Vancouver, initials without periods): the author span ran on over the title's first word.
TEST_CASE("After Vancouver names the capitalised words following the last person's period are the title's",
          "[refparse][refparse48]") {
  Record r = parse_reference(
      "Powell D, Mifflin R, Valentich J, Crowe S, Saada J, West A. Myofibroblasts. I. Paracrine cells important in "
      "health and disease. Am J Physiol 1999; 277:C1-9.");
  REQUIRE(r.authors.size() == 6);
  CHECK(r.authors.back().family == "West");
  CHECK(r.title == "Myofibroblasts. I. Paracrine cells important in health and disease");
  // A last person written with periods ("Epand R. M.") keeps its second initial.
  r = parse_reference(
      "[23]. Surewicz WK, Epand R. M. Role of peptide structure in lipid-peptide interactions: a fluorescence study of "
      "the binding of pentagastrin-related pentapeptides to phospholipid vesicles. Biochemistry 1984, 23, 25, "
      "6072-6077.");
  CHECK(r.title.rfind("Role of peptide structure", 0) == 0);
}

// grobid-citation (IOP's style: year, journal, volume, article number after the title): the model labelled the
// journal and its numbers a note.
TEST_CASE("A journal's name, volume and article number opening a note are the journal's", "[refparse][refparse48]") {
  struct Case {
    const char* text;
    const char* volume;
    const char* number;
  };
  const Case cases[] = {
      {"CMS collaboration, Determination of Jet Energy Calibration and Transverse Momentum Resolutionin CMS ,2011 "
       "JINST 6 P11002 [ arXiv:1107.4277][ INSPIRE].",
       "6", "P11002"},
      {"S. Buontempo et al., Emulsion Cloud Chamber technique to measure the fragmentation of a high-energycarbon "
       "beam ,2007 JINST 2 P06004 [ physics/7377].",
       "2", "P06004"},
      {"L. Arrabito et al., Track reconstruction in the emulsion-lead target of the OPERA experiment using theESS "
       "microscope ,2007 JINST 2 P05004 [ arXiv:75.312].",
       "2", "P05004"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    Record r = parse_reference(c.text);
    CHECK(r.container_title == "JINST");
    CHECK(r.volume == c.volume);
    CHECK(refparse::locator(r) == c.number);
  }
}

// grobid-citation: a collaboration after the persons, or a study group opening the reference, read as the title.
TEST_CASE("A group's name read as the title is the authors'", "[refparse][refparse48]") {
  Record r = parse_reference("Prescott, C.Y., et al.: SLAC-e122 Collaboration. Phys. Lett. B 77, 347 (1978)");
  CHECK(r.title.empty());
  CHECK(r.container_title == "Phys. Lett. B");
  r = parse_reference("R. Diener, LCTPC Collaboration, Phys. Procedia 37 (2012) 456.");
  REQUIRE(r.authors.size() == 2);
  CHECK(r.authors[1].literal == "LCTPC Collaboration");
  CHECK(r.title.empty());
  r = parse_reference(
      "The BENESTENT-I Study Group. Continued benefit of coronary stenting versus balloon angioplasty: five-year "
      "clinical follow-up of BENESTENT-I trial . Circulation 1999; 100 (Suppl I): 1-233.");
  REQUIRE(r.authors.size() == 1);
  CHECK(r.authors[0].literal == "The BENESTENT-I Study Group");
  CHECK(r.title.rfind("Continued benefit of coronary stenting", 0) == 0);
  // A title ending with "collaboration" stays the title.
  r = parse_reference(
      "H. Gordon, Project management in the Atlas international collaboration, "
      "http://sites.apam.columbia.edu/fusion/BP_PAC_FNL/Gordon_Atlas_Management.pdf.");
  CHECK(r.title == "Project management in the Atlas international collaboration");
  r = parse_reference("M. Boisot et al. (eds.), Collisions and Collaborations (Oxford University Press, 2011).");
  CHECK(r.title == "Collisions and Collaborations");
}

// grobid-citation (chemistry: "journal, page (year)" without a volume): the page read as the volume.
TEST_CASE("A number of four digits between the journal and a bracketed year alone is the page", "[refparse][refparse48]") {
  struct Case {
    const char* text;
    const char* page;
  };
  const Case cases[] = {
      {"G. GUILLAUMET, G. COUDERT et B. LOUBINOUX. Tetrahedron Lett. 4379 (1979).", "4379"},
      {"Y. NAKATSUJI, T. NAKAMURA et M. OKAHARA. Chemistry Lett. 1207 (1982).", "1207"},
      {"R. ROBINSON et S. SUGASAWA. J. Chem. Soc.3163 (1931).", "3163"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    Record r = parse_reference(c.text);
    CHECK(r.volume.empty());
    CHECK(r.pages == c.page);
  }
  // A volume of three digits stays the volume ("Nature 466 (2010)").
  CHECK(parse_reference("R. Pohl et al., Nature 466 (2010).").volume == "466");
}

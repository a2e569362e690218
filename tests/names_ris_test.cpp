// Person names in the forms RIS exports write them (parse_ris_name), and
// initials().
#include <catch2/catch.hpp>

#include "refnet/names.hpp"

using namespace refnet;

namespace {
Creator person(std::string family, std::string given, std::string particle = {}, std::string suffix = {}) {
  Creator c;
  c.family = std::move(family);
  c.given = std::move(given);
  c.particle = std::move(particle);
  c.suffix = std::move(suffix);
  return c;
}
Creator org(std::string literal) {
  Creator c;
  c.literal = std::move(literal);
  return c;
}
}  // namespace

TEST_CASE("RIS names with a comma: Family, Given[, Suffix]", "[ris]") {
  CHECK(parse_ris_name("Kassen, Maxat") == person("Kassen", "Maxat"));
  CHECK(parse_ris_name("  Federico,   S. ") == person("Federico", "S."));
  CHECK(parse_ris_name("Larsen, LJ") == person("Larsen", "LJ"));  // WoS
  CHECK(parse_ris_name("Wilska, Terhi-Anna") == person("Wilska", "Terhi-Anna"));
  CHECK(parse_ris_name("King, Martin Luther, Jr.") == person("King", "Martin Luther", "", "Jr."));
  CHECK(parse_ris_name("King, Jr., Martin Luther") == person("King", "Martin Luther", "", "Jr."));
  CHECK(parse_ris_name("\xC3\x85slund, Cecilia") == person("\xC3\x85slund", "Cecilia"));
  CHECK(parse_ris_name("zhou, M.") == person("zhou", "M."));  // an all-lower-case family stays whole
  CHECK(parse_ris_name("Smith,") == person("Smith", ""));
}

TEST_CASE("RIS names: particles follow the CSL non-dropping convention", "[ris]") {
  Creator c = parse_ris_name("van der Berg, Pieter");
  CHECK(c.particle == "van der");
  CHECK(c.family == "Berg");
  CHECK(c.given == "Pieter");
  CHECK(c.full_family() == "van der Berg");  // how it sorts and cites
  CHECK(parse_ris_name("de la Cruz, Maria") == person("Cruz", "Maria", "de la"));
  CHECK(parse_ris_name("van der Berg JH") == person("Berg", "JH", "van der"));
  CHECK(parse_ris_name("Ludwig van Beethoven") == person("Beethoven", "Ludwig", "van"));
}

TEST_CASE("RIS names without a comma: initials after or before the family name", "[ris]") {
  CHECK(parse_ris_name("Smith JA") == person("Smith", "JA"));      // PubMed, WoS
  CHECK(parse_ris_name("Fanning E.") == person("Fanning", "E."));  // Embase
  CHECK(parse_ris_name("Sun Z.") == person("Sun", "Z."));
  CHECK(parse_ris_name("Czerniawska-Piatkowska E") == person("Czerniawska-Piatkowska", "E"));
  CHECK(parse_ris_name("G. Kalbe") == person("Kalbe", "G."));  // IEEE
  CHECK(parse_ris_name("A. S. Z. Belloum") == person("Belloum", "A. S. Z."));
  CHECK(parse_ris_name("S. J. Ben Yoo") == person("Ben Yoo", "S. J."));
  CHECK(parse_ris_name("J.-P. Sartre") == person("Sartre", "J.-P."));
  CHECK(parse_ris_name("Maxat Kassen") == person("Kassen", "Maxat"));
  CHECK(parse_ris_name("M. Bob\xC3\xA1k") == person("Bob\xC3\xA1k", "M."));
}

TEST_CASE("RIS names: family first with several initials (Scopus, Embase/Ovid, Medline)", "[ris]") {
  CHECK(parse_ris_name("Lewis G. F.") == person("Lewis", "G. F."));
  CHECK(parse_ris_name("Kumar A.B.C.D.") == person("Kumar", "A.B.C.D."));
  CHECK(parse_ris_name("Smith J.-P. A.") == person("Smith", "J.-P. A."));
  CHECK(parse_ris_name("Ben Yoo S. J.") == person("Ben Yoo", "S. J."));
  CHECK(parse_ris_name("van der Berg J. H.") == person("Berg", "J. H.", "van der"));
  CHECK(parse_ris_name("Czerniawska-Piatkowska E. W.") == person("Czerniawska-Piatkowska", "E. W."));
  // Initials first stays initials first.
  CHECK(parse_ris_name("A. S. Z. Belloum") == person("Belloum", "A. S. Z."));
  // IEEE: "J. H. Laros III" (was family "III", given "J. H. Laros").
  CHECK(parse_ris_name("J. H. Laros III") == person("Laros", "J. H.", "", "III"));
  CHECK(parse_ris_name("Ivanov Kh.A.") == person("Ivanov", "Kh.A."));
  CHECK(parse_ris_name("M\xC3\xBCller Ch.") == person("M\xC3\xBCller", "Ch."));
  // audit7: initials with accents (Scopus CSV of 2018), a generation suffix
  // between the family name and the initials.
  CHECK(parse_ris_name("Bauce \xC3\x89.") == person("Bauce", "\xC3\x89."));
  CHECK(parse_ris_name("Proche\xC5\x9F \xC5\x9E.") == person("Proche\xC5\x9F", "\xC5\x9E."));
  CHECK(parse_ris_name("S\xC3\xB3lymos P\xC3\xA9.") == person("S\xC3\xB3lymos", "P\xC3\xA9."));
  CHECK(parse_ris_name("Marini M.\xC3\x82.") == person("Marini", "M.\xC3\x82."));
  CHECK(parse_ris_name("Thompson III F.R.") == person("Thompson", "F.R.", "", "III"));
  CHECK(parse_ris_name("Brunjes IV J.H.") == person("Brunjes", "J.H.", "", "IV"));
  CHECK(parse_ris_name("Carmone Jr. F.J.") == person("Carmone", "F.J.", "", "Jr."));
  // "Ivanov II" is Ivan Ivanovich (PubMed), not a suffix.
  CHECK(parse_ris_name("Ivanov II") == person("Ivanov", "II"));
  CHECK_FALSE(is_initials("\xC3\x89mile"));
  CHECK_FALSE(is_initials("\xC3\x93"));  // the Irish "Ó" of a family name: no dot, no initial
  CHECK(is_initials("Yu.V."));
  CHECK_FALSE(is_initials("Jo"));
  CHECK(is_initials("I.J.K.L."));
  CHECK_FALSE(is_initials("IJKL"));  // four packed capitals: an acronym
  CHECK_FALSE(is_initials("Lewis"));
  // Cyrillic and Greek capitals without dots are initials (Google Scholar's "СВ Запечников", through Publish or
  // Perish); no Irish "Ó" in those scripts.
  CHECK(is_initials("\u0421\u0412"));                                      // СВ
  CHECK(is_initials("\u0410"));                                             // А
  CHECK(is_initials("\u0392\u0394"));                                      // ΒΔ
  CHECK_FALSE(is_initials("\u0421\u0432"));                                // Св: a word
  CHECK_FALSE(is_initials("\u0418\u0412\u0410\u041D\u041E\u0412"));  // ИВАНОВ
  CHECK(parse_ris_name("\u0421\u0412 \u0417\u0430\u043F\u0435\u0447\u043D\u0438\u043A\u043E\u0432") ==
        person("\u0417\u0430\u043F\u0435\u0447\u043D\u0438\u043A\u043E\u0432", "\u0421\u0412"));
}

TEST_CASE("RIS names: Web of Science organisations in capitals", "[ris]") {
  CHECK(parse_ris_name("INT EROSION CONTROL ASSOC") == org("INT EROSION CONTROL ASSOC"));
  CHECK(parse_ris_name("NATL INST HLTH") == org("NATL INST HLTH"));
  CHECK(parse_ris_name("EPIC COLLABORAT") == org("EPIC COLLABORAT"));
  CHECK(parse_ris_name("UNIV CALIF") == org("UNIV CALIF"));
  CHECK(parse_ris_name("SOC NEUROSCI") == org("SOC NEUROSCI"));
  // A family name that spells an abbreviation in ordinary case is a person.
  CHECK(parse_ris_name("Soc, A") == person("Soc", "A"));
}

TEST_CASE("RIS names: single words and organisations", "[ris]") {
  CHECK(parse_ris_name("Aristotle") == person("Aristotle", ""));
  CHECK(parse_ris_name("[Anonymous]") == org("[Anonymous]"));
  CHECK(parse_ris_name("World Health Organization") == org("World Health Organization"));
  CHECK(parse_ris_name("Cochrane Collaboration") == org("Cochrane Collaboration"));
  CHECK(parse_ris_name("Investigators") == org("Investigators"));
  CHECK(parse_ris_name("GBD 2019 Diseases and Injuries Collaborators") ==
        org("GBD 2019 Diseases and Injuries Collaborators"));
  CHECK(parse_ris_name("European Society of Cardiology, Task Force") ==
        org("European Society of Cardiology, Task Force"));
  CHECK(parse_ris_name("the committee on   safety of medicines") == org("the committee on safety of medicines"));
  CHECK(parse_ris_name("").empty());
  CHECK(parse_ris_name("   ").empty());
  CHECK(parse_ris_name("World Health Organization").is_literal());
}

TEST_CASE("initials of a given name", "[ris]") {
  CHECK(initials("Jean-Paul Maxat") == "JPM");
  CHECK(initials("Maxat") == "M");
  CHECK(initials("J.-P.") == "JP");
  CHECK(initials("A. S. Z.") == "ASZ");
  CHECK(initials("LJ") == "LJ");  // WoS packs initials
  CHECK(initials("\xC3\xA9mile") == "\xC3\x89");  // émile -> É
  CHECK(initials("") == "");
  CHECK(initials("Terhi-Anna") == "TA");
}

TEST_CASE("is_et_al: the spellings of et al. written where a name stands", "[ris][names]") {
  for (const char* s : {"et al.", "et al", "Et al.", "ET AL", "et. al.", "[et al.]", "  et al. "}) {
    INFO(s);
    CHECK(is_et_al(s));
  }
  for (const char* s : {"", "et", "Etal, J", "Et Alii", "Al, Et", "et al. 2001"}) {
    INFO(s);
    CHECK_FALSE(is_et_al(s));
  }
}

// audit9: an organisation written without a comma in AU, as Zotero reads it
// (one field).  The rule stays a list of words that name organisations and
// no person ("Task Force", "Authority", "Administration", "National",
// "World", "Health", ...): the shapes of persons' names ("Lewis G. F.",
// "Maxat Kassen", four capitalised words) cannot tell "European Food Safety
// Authority" from "Maria Luisa Garcia Lopez".
TEST_CASE("RIS names: a company's form after the comma makes an organisation", "[ris][names]") {
  Creator c = parse_ris_name("Alexion Pharmaceuticals, Inc");  // was family "Alexion Pharmaceuticals", given "Inc"
  CHECK(c.literal == "Alexion Pharmaceuticals, Inc");
  CHECK(parse_ris_name("Acme, Ltd.").literal == "Acme, Ltd.");
  CHECK(parse_ris_name("Inch, John").family == "Inch");
  CHECK(parse_ris_name("Vicentuan, LLC").given == "LLC");  // WoS initials (CiteSource benchmark Search2_3.ris)
  CHECK(parse_ris_name("Smith, INC").given == "INC");
  CHECK(parse_ris_name("Smith, Inca").given == "Inca");
}

TEST_CASE("RIS names: organisations written without a comma", "[ris]") {
  CHECK(parse_ris_name("ISPOR Task Force") == org("ISPOR Task Force"));
  CHECK(parse_ris_name("US Preventive Services Task Force") == org("US Preventive Services Task Force"));
  CHECK(parse_ris_name("European Food Safety Authority") == org("European Food Safety Authority"));
  CHECK(parse_ris_name("Food and Drug Administration") == org("Food and Drug Administration"));
  CHECK(parse_ris_name("National Cancer Institute") == org("National Cancer Institute"));
  CHECK(parse_ris_name("Public Health England") == org("Public Health England"));
  CHECK(parse_ris_name("United Nations") == org("United Nations"));
  CHECK(parse_ris_name("World Bank") == org("World Bank"));
  CHECK(parse_ris_name("Global Burden Of Disease") == org("Global Burden Of Disease"));
  CHECK(parse_ris_name("NHLBI Working Group") == org("NHLBI Working Group"));
  // names19: editors of a journal, a journal, a WoS organisation in
  // capitals (were persons: family 'Editors', given 'The PLOS Medicine';
  // family 'Lancet', given 'The'; family 'PREVENTION').
  CHECK(parse_ris_name("The PLOS Medicine Editors") == org("The PLOS Medicine Editors"));
  CHECK(parse_ris_name("The Lancet") == org("The Lancet"));
  CHECK(parse_ris_name("Lancet, The") == org("Lancet, The"));
  CHECK(parse_ris_name("The Lancet, null") == org("The Lancet"));  // Lens RIS: no given name
  CHECK(parse_ris_name("The Electronic Medicines Compendium,") == org("The Electronic Medicines Compendium"));
  CHECK(parse_ris_name("Smith, null") == person("Smith", ""));
  CHECK(parse_ris_name("CENTERS DIS CONTROL PREVENTION") == org("CENTERS DIS CONTROL PREVENTION"));
  CHECK(parse_ris_name("Nature Editorial") == org("Nature Editorial"));
  // Persons keep their shape.
  CHECK(parse_ris_name("Lewis G. F.") == person("Lewis", "G. F."));
  CHECK(parse_ris_name("Theodore Smith") == person("Smith", "Theodore"));
  CHECK(parse_ris_name("Maxat Kassen") == person("Kassen", "Maxat"));
  CHECK(parse_ris_name("Maria Luisa Garcia Lopez") == person("Garcia Lopez", "Maria Luisa"));  // two surnames
  CHECK(parse_ris_name("Ludwig van Beethoven") == person("Beethoven", "Ludwig", "van"));
  CHECK(parse_ris_name("G. Kalbe") == person("Kalbe", "G."));
}

// MEDLINE writes a generation suffix as an ordinal after the given name or
// the initials ("Goddard, William A 3rd", "Goddard WA 3rd"), and Ovid and
// PubMed's RIS keep it (colandr's Ovid export, CiteSource's pubmed_46.ris).
// Before: given "William A 3rd", and "Goddard WA 3rd" a literal.
TEST_CASE("RIS names: a generation suffix after the given name or initials", "[ris][names]") {
  CHECK(parse_ris_name("Goddard, William A 3rd") == person("Goddard", "William A", "", "3rd"));
  CHECK(parse_ris_name("Dengah, H. J. Fran\xC3\xA7ois 2nd") == person("Dengah", "H. J. Fran\xC3\xA7ois", "", "2nd"));
  CHECK(parse_ris_name("Smith, John III") == person("Smith", "John", "", "III"));
  CHECK(parse_ris_name("Smith, John Jr.") == person("Smith", "John", "", "Jr."));
  CHECK(parse_ris_name("Goddard WA 3rd") == person("Goddard", "WA", "", "3rd"));
  CHECK(parse_ris_name("DOEHNE E F 3rd") == person("DOEHNE", "E F", "", "3rd"));
  CHECK(parse_ris_name("William A. Goddard 4th") == person("Goddard", "William A.", "", "4th"));
  // Initials that read like numerals stay initials.
  CHECK(parse_ris_name("Ivanov, II") == person("Ivanov", "II"));
  CHECK(parse_ris_name("Petrov, A IV") == person("Petrov", "A IV"));
}

// PubMed's CSV and MEDLINE-style author lists (db21's audit of
// p1m-ortho/qs-global-ortho-search-queries, 2,869 records): a mixed-case
// "Jr." after initials, and initials beyond ASCII.  Before: family "Jr.",
// "MÁ", "À".
TEST_CASE("RIS names: Jr. after initials, initials with accents", "[ris][names]") {
  CHECK(parse_ris_name("Hollier LH Jr.") == person("Hollier", "LH", "", "Jr."));
  CHECK(parse_ris_name("Latatu-C\xC3\xB3rdoba M\xC3\x81") == person("Latatu-C\xC3\xB3rdoba", "M\xC3\x81"));
  CHECK(parse_ris_name("Escorsell \xC3\x80") == person("Escorsell", "\xC3\x80"));
  // Unchanged: WoS's capitals, the Irish "Ó" before the family name.
  CHECK(parse_ris_name("Smith JR") == person("Smith", "JR"));
  CHECK(parse_ris_name("\xC3\x93 S\xC3\xBAilleabh\xC3\xA1in S") == person("\xC3\x93 S\xC3\xBAilleabh\xC3\xA1in", "S"));
  // PubMed's placeholder for no author.
  CHECK(is_anonymous_creator(parse_ris_name("[No authors listed]")));
}

TEST_CASE("RIS names: a name in capitals ending in an accented word is given first", "[ris][names]") {
  // CINAHL's "JUNCHANG LÜ" (citation-file-formatting's cinahl.ris): not initials "LÜ".
  CHECK(parse_ris_name("JUNCHANG L\xC3\x9C").family == "L\xC3\x9C");
}

// ASySD's labelled set (1,845 rows, 1,731 of them so) and Scopus CSV's
// Editors glue names without a separator.  Before, "Adeli K.Lewis G. F." was
// one person, family "Adeli K.Lewis".
TEST_CASE("names glued without a separator split at the dot of an initial before a family name", "[ris][names]") {
  using V = std::vector<std::string>;
  CHECK(split_glued_citation_names("Adeli K.Lewis G. F.") == V{"Adeli K.", "Lewis G. F."});
  CHECK(split_glued_citation_names("Adingupu D. D.Gronros J.Behrendt M.Westergren H.El Hachmane M.Gan L. M.") ==
        V{"Adingupu D. D.", "Gronros J.", "Behrendt M.", "Westergren H.", "El Hachmane M.", "Gan L. M."});
  CHECK(split_glued_citation_names("Declerck K.Van Der Veken P.Vanden Berghe W.De Meyer G. R. Y.") ==
        V{"Declerck K.", "Van Der Veken P.", "Vanden Berghe W.", "De Meyer G. R. Y."});
  // Scopus CSV's Editors: a lower-case particle, hyphenated initials,
  // "Ma." (an initial of Scopus's), a two-letter family name, an apostrophe.
  CHECK(split_glued_citation_names("Veltkamp R.de Gloria A.") == V{"Veltkamp R.", "de Gloria A."});
  CHECK(split_glued_citation_names("Fitzgerald B.Stol K.-J.Power K.") == V{"Fitzgerald B.", "Stol K.-J.", "Power K."});
  CHECK(split_glued_citation_names("Ohashi Y.Rodrigo Ma.M.T.Shen J.Chi-Un Lei L.") ==
        V{"Ohashi Y.", "Rodrigo Ma.M.T.", "Shen J.", "Chi-Un Lei L."});
  CHECK(split_glued_citation_names("Geerling J. J.van der Tuin S. J.") == V{"Geerling J. J.", "van der Tuin S. J."});
  CHECK(split_glued_citation_names("Takahashi S.Jo J.Y.") == V{"Takahashi S.", "Jo J.Y."});
  CHECK(split_glued_citation_names("Missikoff M.M.Camp O.") == V{"Missikoff M.M.", "Camp O."});
  CHECK(split_glued_citation_names("Hennessy D.O'Brien B.") == V{"Hennessy D.", "O'Brien B."});
  CHECK(split_glued_citation_names("Sahin K.Öztürk E.") == V{"Sahin K.", "Öztürk E."});
  // One name, dotted words in it, or no names in citation form: not split.
  for (std::string_view one : {"Lewis G. F.", "Schafer A.Th.", "Sessa B.St.J.", "St.John A.", "Mc.Donald K.",
                               "J.Smith", "A.B.Smith", "Adeli K.Lewis", "Smith J.World Health Organization",
                               "Adeli K.Lewis G. F.; Smith J.", "Adeli, K.Lewis G. F."})
    CHECK(split_glued_citation_names(one).empty());
  // Each piece reads as one person.
  Creator c = parse_ris_name(split_glued_citation_names("Adeli K.Lewis G. F.")[1]);
  CHECK(c.family == "Lewis");
  CHECK(c.given == "G. F.");
}

TEST_CASE("Web of Science AF: 'Family Jr, Given' keeps the generation out of the family name", "[names]") {
  // Real WoS exports write AF "Lucas Jr, John T.", "Silva Jr, Wilson",
  // "Smith II, Plato": family "Lucas Jr" before, which no other source of the
  // same work spells so (Scopus "Lucas J.T., Jr."), nor its citation key.
  Creator c = parse_ris_name("Lucas Jr, John T.");
  CHECK(c.family == "Lucas");
  CHECK(c.suffix == "Jr");
  CHECK(c.given == "John T.");
  c = parse_ris_name("Smith II, Plato");
  CHECK(c.family == "Smith");
  CHECK(c.suffix == "II");
  c = parse_ris_name("van der Berg III, Jan");
  CHECK(c.particle == "van der");
  CHECK(c.family == "Berg");
  CHECK(c.suffix == "III");
  // Initials stay initials (MEDLINE's "Goncharova II"); a lone "V" is no generation.
  c = parse_ris_name("Goncharova II");
  CHECK(c.family == "Goncharova");
  CHECK(c.given == "II");
  c = parse_ris_name("Smith, John, Jr.");
  CHECK(c.family == "Smith");
  CHECK(c.suffix == "Jr.");
  CHECK_FALSE(is_generation_suffix("V"));
  CHECK(is_generation_suffix("Jr."));
}

// audit26: nealhaddaway/bibfix's embase.RIS (MIT), 'AU  - Raymond 3rd, Delbert
// M.' on two records: the ordinal's digit made the name an organisation's, a
// literal 'Raymond 3rd, Delbert M.' (no family name for keys, search, dedup).
TEST_CASE("'Family 3rd, Given' is a person with a generation, not an organisation", "[names][audit26]") {
  Creator c = parse_ris_name("Raymond 3rd, Delbert M.");
  CHECK(c.literal.empty());
  CHECK(c.family == "Raymond");
  CHECK(c.given == "Delbert M.");
  CHECK(c.suffix == "3rd");
  // An organisation keeps its number.
  c = parse_ris_name("Group 4 Securicor, Research Unit");
  CHECK_FALSE(c.literal.empty());
}

// Cited references of Scopus and Web of Science (issue 16): classes found by the held-out samples of sessions 62
// and 63 (fixtures/refparse/cited_sample62.tsv, cited_sample63.tsv) and their siblings in real exports.  Every
// string is real: aksel-blaise/merror's and r-arch's scopus.bib (MIT), bibliotobler's scopus_references.csv
// (GPL-3.0), the corpus files (fixtures/corpora: pybibx__scopus.bib), and single reference strings quoted from
// exports without a licence (MaxenceOuafik/MSM-Syndemic-Scoping-Review's scopus.ris, jpaulomd22's
// poverty-schooldropout scopus.bib, caimiao0714/TrafficSafetyReviewRmarkdown's savedrecs.txt), as
// fixtures/SOURCES.md records for cited_sample63.tsv.
#include <catch2/catch.hpp>

#include "refnet/cited_works.hpp"
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

// Scopus without a year and without pages: "Authors, Title Source" (cited62 read the source only when pages
// followed).  Of the 39 Scopus and WoS exports measured, 34 references changed, all read: a title in sentence case,
// then capitalised words (a journal's name or abbreviation) or one long capitalised word; a publisher so run on
// ends the title and is no source; a place and its publisher ("Stockholm: ...") and a number ("Abstract O009") are
// none.
TEST_CASE("cited63: a Scopus reference without a year or pages: the source after a title in sentence case",
          "[reference_strings][cited63]") {
  check_scopus({"Hahn, J.W., McCormick, M.C., Silverman, J.G., Robinson, E.B., Koenen, K.C., Examining the impact of "
                "disability status on intimate partner violence victimization in a population sample J Interpers Violence",
                "Hahn, J.W.",
                "Examining the impact of disability status on intimate partner violence victimization in a population sample",
                "J Interpers Violence", "", ""});
  check_scopus({"Watson, P.F., Petrie, A., Method agreement analysis: A review of correct methodology Theriogenology",
                "Watson, P.F.", "Method agreement analysis: A review of correct methodology", "Theriogenology", "", ""});
  check_scopus({"Kovarovic, K., Aiello, L.C., Cardini, A., Lockwood, C.A., Discriminant function analyses in "
                "archaeology: are classification rates too good to be true? J Archaeol Sci, , In press",
                "Kovarovic, K.", "Discriminant function analyses in archaeology: are classification rates too good to be true?",
                "J Archaeol Sci", "", ""});
  // A publisher: the title ends, no source.
  check_scopus({"Zienkiewicz, O.C., The finite element method in engineering science HcGrau Hill, , London, (19/1)",
                "Zienkiewicz, O.C.", "The finite element method in engineering science", "", "", ""});
  // Left as they are: a place and its publisher, an abstract's number.
  check_scopus({"Dahlberg G. 1926. Twin births and twins from the hereditary point of view. Stockholm: Bokförlags A.B. "
                "Tidens Tryckeri",
                "",
                "Dahlberg G. 1926. Twin births and twins from the hereditary point of view. Stockholm: Bokförlags A.B. "
                "Tidens Tryckeri",
                "", "", ""});
  check_scopus({"Tan, D.H.S., Goddey-Erikefe, B., Gough, K., Yoong, D., Naccarato, M., Hart, T.A., High prevalence of "
                "syndemic health problems among patients using HIV post-exposure prophylaxis: Implications for program "
                "delivery. Abstract O009, , 2014, Paper presented at the Canadian Association for HIV Research Conference, "
                "St. John's, Canada:",
                "Tan, D.H.S.",
                "High prevalence of syndemic health problems among patients using HIV post-exposure prophylaxis: "
                "Implications for program delivery. Abstract O009",
                "", "", ""});
}

// A note of the work's state beside its title: "n.d.", "(in press)", "forthcoming", "to appear", "under review"
// before it in the citing paper's own style, and the year so written ("2004. Title. In: ..."), or "Unpublished
// manuscript", "PhD Dissertation", "(Doctoral dissertation)" after it (before: in the title; 68 references of the
// 39 exports changed, all read; a Dutch title whose subtitle follows a period, "Ruilverkaveling Zondereigen.
// Gemeenten ...", is cut at it).
TEST_CASE("cited63: a Scopus title without the notes of its state beside it", "[reference_strings][cited63]") {
  check_scopus({"Wiley, D.F., Amenta, N., Delson, E., Rohlf, F.J., Hamann, B., St John, K., Alcantara, D.A., Kil, Y.J., "
                "Ghosh, D., Harcourt-Smith, W., Frost, S., Rosenberger, A.L., Tallman, L., Disotell, T., O'Neill, R., n.d. "
                "Landmark Editor. IDAV, UC Davis",
                "Wiley, D.F.", "Landmark Editor", "", "", ""});
  check_scopus({"Bouby, L., Wales, N., Jalabadze, M., Rusishvili, N., Bonhomme, V., Ramos-Madrigal, J., Evin, A., "
                "Maghrade, D., (in press). Tracking the history of grape cultivation in Georgia combining geometric "
                "morphometrics and ancient DNA. Veg. Hist. Archaeobotany",
                "Bouby, L.",
                "Tracking the history of grape cultivation in Georgia combining geometric morphometrics and ancient DNA.",
                "Veg. Hist. Archaeobotany", "", ""});
  check_scopus({"Emlen, N.Q., to appear. The Quechua-Aymara relationship, in Urban, M. (Ed.), The Oxford Guide to the "
                "Languages of the Central Andes. Oxford: Oxford University Press",
                "Emlen, N.Q.", "The Quechua-Aymara relationship", "", "", ""});
  check_scopus({"Johnson, E.V., Taphonomic Analysis of the Settlement Pits and Enclosure Ditches of Herxheim, forthcoming",
                "Johnson, E.V.", "Taphonomic Analysis of the Settlement Pits and Enclosure Ditches of Herxheim", "", "", ""});
  check_scopus({"Pachankis, J.E., Newcomb, M.E., Feinstein, B.A., Bernstein, L.B., Young gay and bisexual men’s stigma "
                "experiences and mental health: A five-year longitudinal study. Unpublished manuscript (2014) Yale School "
                "of Public Health, , Yale University, New Haven",
                "Pachankis, J.E.",
                "Young gay and bisexual men’s stigma experiences and mental health: A five-year longitudinal study",
                "Yale School of Public Health", "", ""});
  check_scopus({"Souday, C., (2008) Analyse Morphométrique des Molaires Déciduales et Définitives dans le Genre Homo: "
                "Perspectives Phylogéné tiques et Biogéographiques. PhD Dissertation, , Muséum national d'Histoire "
                "naturelle, Paris, France",
                "Souday, C.",
                "Analyse Morphométrique des Molaires Déciduales et Définitives dans le Genre Homo: Perspectives "
                "Phylogéné tiques et Biogéographiques",
                "", "", ""});
  const Reference r = parse_scopus_reference(
      "Kamermans, H., Deeben, J., Hallewas, D., Van Leusen, M., Verhagen, Ph., Zoetbrood, P., 2004. Deconstructing the "
      "crystal ball: the state of the art in predictive modelling for archaeological heritage management in the "
      "Netherlands. In: Stadtarchäologie Wien, Enter the Past. The E-way into the Four Dimensions of Cultural Heritage. "
      "BAR International Series, vol. 1227, p. 175");
  CHECK(r.year == "2004");
  CHECK(r.title ==
        "Deconstructing the crystal ball: the state of the art in predictive modelling for archaeological heritage "
        "management in the Netherlands");
  // A title of two words and the note stays.
  CHECK(parse_scopus_reference("Internal Report (Unpublished), (2012)").title == "Internal Report (Unpublished)");
}

// WoS: a part of a proceedings' or book's name that is a word of capitals after P ("..., INTELLIGENT VEHICLES
// SYMPOSIUM, PROCEEDINGS, P316", "ISOSCAPES: UNDERSTANDING MOVEMENT, PATTERN, AND PROCESS ...") was read as a
// page ("ROCEEDINGS", "ATTERN") and cut the name short; a page of letters alone is one in Roman numerals or of
// one or two letters.  A line that is one part, no initials ending it ("ANN SCI FOREST", "MONT BLANC TUNNEL") or a
// J9 form cut at 20 characters ("HIST SOLAR ENERGY EF"), is a source alone, not an author (all 29 such lines of the
// WoS files measured).  71 references changed, all read.
TEST_CASE("cited63: WoS 'PROCEEDINGS' parts and a source alone", "[reference_strings][cited63]") {
  Reference r = parse_wos_reference(
      "Yang L, 2003, IEEE IV2003: INTELLIGENT VEHICLES SYMPOSIUM, PROCEEDINGS, P316, DOI 10.1109/IVS.2003.1212929");
  CHECK(r.author == "Yang L");
  CHECK(r.container == "IEEE IV2003: INTELLIGENT VEHICLES SYMPOSIUM, PROCEEDINGS");
  CHECK(r.first_page == "316");
  r = parse_wos_reference("Kakaliouras AM, 2006, FEMINIST ANTHROPOLOGY: PAST, PRESENT, AND FUTURE, P143");
  CHECK(r.container == "FEMINIST ANTHROPOLOGY: PAST, PRESENT, AND FUTURE");
  CHECK(r.first_page == "143");
  // Pages of letters stay pages.
  CHECK(parse_wos_reference("Golden B, 2008, OPER RES COMPUT SCI, V43, pV").first_page == "V");
  r = parse_wos_reference("ANN SCI FOREST");
  CHECK(r.author.empty());
  CHECK(r.container == "ANN SCI FOREST");
  CHECK(parse_wos_reference("MONT BLANC TUNNEL").container == "MONT BLANC TUNNEL");
  r = parse_wos_reference("HIST SOLAR ENERGY EF");  // J9's 20 characters
  CHECK(r.author.empty());
  CHECK(r.container == "HIST SOLAR ENERGY EF");
  // An author alone (a line the files measured have none of) stays one.
  CHECK(parse_wos_reference("SMITH JA").author == "SMITH JA");
}

// Scopus DOIs: "doi:10." without the label's space, broken at a space as "doi: 10." is ("doi:10.1111/j.1467-
// 9280.2009.02441.x": before, "10.1111/j.1467-"; 13 of the exports' references, all read, Haworth Press's
// "J082v41n02 02" its '_'); PubMed's "PMID" written against the DOI ("...uog.5256PMID, Apr; 18306169": 8
// references) is no part of it.  Each repair is said.
TEST_CASE("cited63: Scopus DOIs after 'doi:' broken at a space or followed by 'PMID'", "[reference_strings][cited63]") {
  std::vector<DoiRepair> said;
  Reference r = parse_scopus_reference(
      "Hatzenbuehler, M.L., Nolen-Hoeksema, S., Dovidio, J., How does stigma \"get under the skin\"?: The mediating role "
      "of emotion regulation (2009) Psychological Science, 20, pp. 1282-1289. , doi:10.1111/j.1467- 9280.2009.02441.x",
      &said);
  CHECK(r.doi == "10.1111/j.1467-9280.2009.02441.x");
  CHECK(said.size() == 1);
  r = parse_scopus_reference(
      "Colfax, G., Vittinghoff, E., Husnik, M.J., McKirnan, D., Buchbinder, S., Koblin, B., Substance use and sexual "
      "risk: A participant and episodic-level analysis among a cohort of men who have sex with men (2004) American "
      "Journal of Epidemiology, 159 (10), pp. 1002-1012. , Explore Study Team doi:10.1093/aje/kwh 135");
  CHECK(r.doi == "10.1093/aje/kwh135");
  r = parse_scopus_reference(
      "Halkitis, P.N., Parsons, J.T., Stirratt, M.J., A double epidemic: Crystal methamphetamine drug use in relation to "
      "HIV transmission among gay men (2001) Journal of Homosexuality, 41 (2), pp. 17-35. , doi:10.1300/J082v41n02 02");
  CHECK(r.doi == "10.1300/j082v41n02_02");
  said.clear();
  r = parse_scopus_reference(
      "Maudgil, D.D., Free, S.L., Sisodiya, S.M., Lemieux, L., Woermann, F.G., Fish, D.R., Identifying homologous "
      "anatomical landmarks on reconstructed magnetic resonance images of the human cerebral cortical surface (1998) J "
      "Anat, 193, pp. 559-571. , https://doi.org/10.1046/j.1469-7580.1998.19340559.xPMID, Nov; 10029189",
      &said);
  CHECK(r.doi == "10.1046/j.1469-7580.1998.19340559.x");
  REQUIRE(said.size() == 1);
  CHECK(said[0].written == "10.1046/j.1469-7580.1998.19340559.xPMID");
  CHECK(said[0].doi == "10.1046/j.1469-7580.1998.19340559.x");
}

// A title of five words or more, a comma, then "(year)" and a journal's volume and pages: no author before it
// (before: "Memoirs of the life of Paul Cuffee" the author, the journal the title; the one such reference of the
// exports).  And the words that led to a link Scopus left out ("Retrieved from", "Available from", "accessed on")
// or a date of citing ("[cited 2014 Nov 23]") end no title (44 titles of the exports, medicine's web pages most).
TEST_CASE("cited63: a Scopus title before '(year)' and a title's trailing 'Retrieved from'", "[reference_strings][cited63]") {
  check_scopus({"Memoirs of the life of Paul Cuffee, the interesting Negro navigator, (1811) The Belfast Monthly Magazine, "
                "7 (39), pp. 284-292. , October",
                "", "Memoirs of the life of Paul Cuffee, the interesting Negro navigator", "The Belfast Monthly Magazine",
                "7", "284"});
  // Authors before a book's title stay authors.
  CHECK(parse_scopus_reference("Ivanov, Berthin, G., (2000) The 2000 Bulgaria National Human Development Report: The "
                               "Municipal Mosaic, , United Nations Development Programme, Sofia")
            .author == "Ivanov");
  CHECK(parse_scopus_reference("http://www.apa.org/monitor/apr03/degree.aspx, Degree of “outness” key to social support "
                               "for gays and lesbians [Internet]. [cited 2014 Nov 23]")
            .title == "Degree of “outness” key to social support for gays and lesbians");
  CHECK(parse_scopus_reference("(2016), http://www.unaids.org/sites/default/files/media_asset/"
                               "2016-prevention-gap-report_en.pdf, Prevention GAP report,. Retrieved from")
            .title == "Prevention GAP report,.");
  CHECK(parse_scopus_reference("(2015), http://www.samhsa.gov/atod/alcohol, Alcohol. accessed on").title == "Alcohol.");
}

// A book's "p. N" is its number of pages; "p. 0311" and "p. 08009", with a leading zero, are a paper's or an
// abstract's number, and a meeting named after ". , " its source (before: no page, no source; the two such
// references of the exports; an arXiv identifier's halves, "Arxiv, 2008, p. 09484", left).
TEST_CASE("cited63: a Scopus conference paper's number 'p. 0311'", "[reference_strings][cited63]") {
  check_scopus({"Le Talec, J., Jablonski, O., (2008) Seroadaptation instead of Serosorting: A Broader Concept and More "
                "Precise Process Model, p. 0311. , XVII International AIDS Conference, Mexico City, Abstract WEPE",
                "Le Talec, J.", "Seroadaptation instead of Serosorting: A Broader Concept and More Precise Process Model",
                "XVII International AIDS Conference", "", "0311"});
  CHECK(parse_scopus_reference("(2021) A Theoretical Look at ELECTRE Tri-Nb and Related Sorting Models. Arxiv, 2008, p. "
                               "09484")
            .first_page.empty());
  CHECK(parse_scopus_reference("Krug, E., Mercy, J., Dahlberg, L., Zwi, A., (2002) The World Report on Violence and "
                               "Health, , Geneva, Switzerland: World Health Organization")
            .first_page.empty());
}

// Co-citation identity: a reference without an author is one cited work with another of its year whose title (four
// words or more) agrees (before: only its text or DOI joined them: MaxenceOuafik's Scopus RIS drew "Syndemics:
// health in context (2017)" twice, CDC's and WHO's reports two and three times; `network cocitation --over
// references` nodes 7,636 -> 7,554 on it, 9,034 -> 9,010 on the poverty review's, 8,339 -> 8,336 on r-arch's, 5,305
// -> 5,303 on bibliotobler's, with this session's parser changes); other years, shorter titles, titles that differ
// stay apart.  A roman number in a title is its arabic one ("Part I", "Part 1"), "Part I" and "Part II" two works.
TEST_CASE("cited63: co-citation identity of references without an author, and roman numbers", "[cited_works][cited63]") {
  CitedWorks cw;
  const auto a = cw.add(parse_scopus_reference("Syndemics: Health in Context (2017) The Lancet, 389 (10072), p. 881"));
  const auto b = cw.add(parse_scopus_reference("Syndemics: health in context (2017) Lancet, 389, p. 881"));
  CHECK(a == b);
  const auto c = cw.add(parse_scopus_reference("(2017) Annual Report 2016–17. National AIDS Control Organization, , New "
                                               "Delhi: National AIDS Control Organisation (NACO"));
  const auto d = cw.add(parse_scopus_reference(
      "(2017), Annual Report - 2016-17. National AIDS Control Organization (NACO). New Delhi"));
  CHECK(c == d);
  // Another year, a title of three words: apart.
  const auto e = cw.add(parse_scopus_reference(
      "(2015), http://www.cdc.gov.tw/info.aspx?treeid=1F07E8862BA550CF&nowtreeid=6C5EA6D932836F74&tid=9269F1D182269527, "
      "Statistics & analysis,. Retrieved from"));
  const auto f = cw.add(parse_scopus_reference(
      "(2016), http://www.cdc.gov.tw/info.aspx?treeid=1F07E8862BA550CF&nowtreeid=6C5EA6D932836F74&tid=97D39D2BB81D32E9, "
      "Statistics & analysis,. Retrieved from"));
  CHECK(e != f);
  CHECK(e != a);
  // "Visual servo control, Part I: Basic approaches" (a Scopus title of the corpus) written with "Part 1", and with
  // "Part II".
  CHECK(cited_titles_agree("visual servo control part i basic approaches", "visual servo control part 1 basic approaches",
                           false));
  CHECK_FALSE(cited_titles_agree("visual servo control part i basic approaches",
                                 "visual servo control part ii basic approaches", false));
}

// An edition beside a Scopus title or source ("(2nd Ed.)", "(4th ed.)", "(2nd Ed" cut short) is a note, no word of
// the name (before: kept: 13 titles and sources of the exports, all read).
TEST_CASE("cited63: a Scopus title's or source's edition note", "[reference_strings][cited63]") {
  check_scopus({"Maxwell, J.A., Designing a qualitative study (2009) The Sage Handbook of Applied Social Research Methods "
                "(2nd Ed, pp. 69-100. , In L. Bickman & D. Rog (Eds.) Thousand Oaks, CA: Sage",
                "Maxwell, J.A.", "Designing a qualitative study", "The Sage Handbook of Applied Social Research Methods",
                "", "69"});
  CHECK(parse_scopus_reference("Hosmer, D.W., Lemeshow, S., (2000) Applied Logistic Regression (2nd Ed.), , Hoboken, "
                               "NJ: Wiley & Sons doi:10.1002/0471722146")
            .title == "Applied Logistic Regression");
}

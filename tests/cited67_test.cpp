// Cited references of Scopus (issue 16): the misses session 66 left on samples 57-66, by class, with their siblings
// in the corpus.  Every string is real (origins and licences in fixtures/SOURCES.md).
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

// A reference Scopus copied in the citing paper's own (APA) style, its year in Scopus's slot and the rest after a
// period: "Garfield, E., ... (1964). Title. Place: Publisher", "(2018), . “Title.” Meeting, Venue", also after a link
// ("(2018), https://..., . Department of .... Retrieved from").  The layout took all after the year for a book's title
// (34 titles so of 96,426 Scopus references of fixtures/corpora and the held-out exports; cited_sample64's Garfield
// 1964, cited_sample63's Maja 2018 and the UN's 2018 page).  Strings from merge-systematic-review__scopus.ris and
// poverty-schooldropout__scopus.bib (fixtures/SOURCES.md, cited_sample63.tsv and cited_sample64.tsv).
TEST_CASE("cited67: a reference in the citing paper's style after Scopus's year", "[reference_strings][cited67]") {
  check_scopus({"Garfield, E., Sher, I. H., & Torpie, R. J. (1964). The use of citation data in writing the history of "
                "science. Philadelphia: Institute for Scientific Information",
                "Garfield, E.", "1964", "The use of citation data in writing the history of science", "", "", ""});
  check_scopus({"Maja, T., Oluwatayo, I., (2018), . \xE2\x80\x9CLivelihood diversification and poverty among rural "
                "households in the Capricorn District, Limpopo, South Africa.\xE2\x80\x9D The 565t Conference of "
                "Agriculture Economics Association of South Africa, Lord Charles Hotel. Somerset West",
                "Maja, T.", "2018",
                "Livelihood diversification and poverty among rural households in the Capricorn District, Limpopo, South "
                "Africa",
                "The 565t Conference of Agriculture Economics Association of South Africa", "", ""});
  check_scopus({"(2018), https://population.un.org/wup/Publications/Files/WUP2018-Highlights.pdf, . Department of "
                "Economic and Social Affairs. United Nations Publications. Retrieved from",
                "", "2018", "", "", "", ""});
  check_scopus({"Sedlak, A. J., & Broadhurst, D. D. (1996). Executive summary of the Third National Incidence Study of "
                "Child Abuse and Neglect. US Department of Health and Human Services",
                "Sedlak, A. J.", "1996",
                "Executive summary of the Third National Incidence Study of Child Abuse and Neglect", "", "", ""});
  // What the reference parser then reads that is no field: "2165-2018-7826" (three numbers: an identifier, no page
  // range) and an APA publisher after its place ("Rockville, MD: Agency for ...": no container).
  check_scopus({"Imai, K.S., Gaiha, R., Garbero, A., (2018), . \xE2\x80\x9CIFAD RESEARCH SERIES 22-Poverty reduction "
                "during the rural-urban transformation Rural development is still more important than "
                "urbanization.\xE2\x80\x9D 2165-2018-7826",
                "Imai, K.S.", "2018",
                "IFAD RESEARCH SERIES 22-Poverty reduction during the rural-urban transformation Rural development is "
                "still more important than urbanization",
                "", "", ""});
  {
    const Reference r = parse_scopus_reference(
        "Cherkin, D., & Mootz, R. (1998). Chiropractic in the United States: Training, practice, and research (AHCPR "
        "Publication 98-N002). Rockville, MD: Agency for Health Care Policy and Research, US Dept. of Health and Human "
        "Services");
    CHECK(r.title.rfind("Chiropractic in the United States: Training, practice, and research", 0) == 0);
    CHECK(r.container == "");
  }
  // Held: a book's title after the year, no period before it.
  check_scopus({"Barabási, A.L., (2016) Network Science, , Cambridge University Press", "Barabási, A.L.", "2016",
                "Network Science", "", "", ""});
}

// Scopus's 2025 layout with authors whose names it wrote out, family then given names without a comma between them
// (Indonesian, Malay, Chinese names): "Adnan Muhammad Akhyar, Widarjono Agus, Anto M. BektiHendri, Title, ...".  Two
// such names (or one before a name with initials) are two authors, not the 2024 layout's "Family, Given" of one
// (before: cited_sample67's cashwaqf__scopus.bib references had the first two names as the author and the third in
// the title, or no author and all the names in the title; 59 references of cashwaqf__scopus.bib and 17 of
// poultrybibliometric__scopus.csv so).  Strings from afriyanaryasaputra/bib_cashwaqf's scopus.bib (cited_sample67.tsv)
// fixtures/corpora/poultrybibliometric__scopus.csv and elrr__scopus.csv (cited_sample57's export).
TEST_CASE("cited67: 2025-layout authors written out in full", "[reference_strings][cited67]") {
  check_scopus({"Adnan Muhammad Akhyar, Widarjono Agus, Anto M. BektiHendri, Study on Factors Influencing Performance of "
                "The Best Baitul MaalWaTamwil (BMT) in Indonesia, IQTISAS Journal Islamic Economic, 4, 1, pp. 13-35, (2003)",
                "Adnan Muhammad Akhyar", "2003",
                "Study on Factors Influencing Performance of The Best Baitul MaalWaTamwil (BMT) in Indonesia",
                "IQTISAS Journal Islamic Economic", "4", "13"});
  check_scopus({"Budyastuti Triyani, Iskandar Diah, The Influence of Usefulness, Ease of Use and Trust Using E-Commerce to "
                "User Behaviour (Case Study to Lazada.Com Consumers), Journal of Marketing and Consumer Research, 46, 1, pp. "
                "78-82, (2018)",
                "Budyastuti Triyani", "2018",
                "The Influence of Usefulness, Ease of Use and Trust Using E-Commerce to User Behaviour (Case Study to "
                "Lazada.Com Consumers)",
                "Journal of Marketing and Consumer Research", "46", "78"});
  check_scopus({"Ajzen Icak, Fishbein M., The Influence of Attitudes on Behavior, The handbook of attitudes, (2005)",
                "Ajzen Icak", "2005", "The Influence of Attitudes on Behavior", "The handbook of attitudes", "", ""});
  check_scopus({"Suswita Intan, Damanik Darwin, Panjaitan Pawer Darasa, Pengaruh infrastruktur terhadap pertumbuhan "
                "ekonomi di Kabupaten Simalungun, Jurnal Ekuilnomi, 2, 1, pp. 1-11, (2020)",
                "Suswita Intan", "2020", "Pengaruh infrastruktur terhadap pertumbuhan ekonomi di Kabupaten Simalungun",
                "Jurnal Ekuilnomi", "2", "1"});
  check_scopus({"Boyar Ebru, Fleet Kate, A Social History of Ottoman Istanbul, (2010)", "Boyar Ebru", "2010",
                "A Social History of Ottoman Istanbul", "", "", ""});
  check_scopus({"Bai Shibao, Teng Guanghui, Du Xiaodong, Et al., Design and implementation on real-time monitoring system "
                "of laying hens environmental comfort based on Lab VIEW, Transactions of the Chinese Society of "
                "Agricultural Engineering, 33, 15, pp. 237-244, (2017)",
                "Bai Shibao", "2017",
                "Design and implementation on real-time monitoring system of laying hens environmental comfort based on "
                "Lab VIEW",
                "Transactions of the Chinese Society of Agricultural Engineering", "33", "237"});
  // A meeting alone after the names stays the source (the title, not written, is not read: the third to fifth names
  // are left in its place); a title that opens with a list ("Kewarganegaraan, Suku Bangsa, Agama, dan Bahasa ...")
  // keeps its items.
  {
    const Reference r = parse_scopus_reference(
        "Ismail Wan Musyirah Wan, Embong Rokiah, Rahman Nur Hayati Abd, Romaiha Noor Rafhati, Roseli Nur Hazwani "
        "Mohamed, International Islamic Heritage Conference 2015 (ISHEC 2015), (2015)");
    CHECK(r.author == "Ismail Wan Musyirah Wan");
    CHECK(r.container == "International Islamic Heritage Conference 2015 (ISHEC 2015)");
  }
  check_scopus({"Na'im Akhsan, Syaputra Hendry, Kewarganegaraan, Suku Bangsa, Agama, dan Bahasa Sehari-Hari Penduduk "
                "Indonesia Hasil Sensus Penduduk 2010, (2011)",
                "Na'im Akhsan", "2011",
                "Kewarganegaraan, Suku Bangsa, Agama, dan Bahasa Sehari-Hari Penduduk Indonesia Hasil Sensus Penduduk 2010",
                "", "", ""});
  // Held: the 2024 layout's first author alone ("Family, Given"), one word before the given names.
  check_scopus({"Barbash, Jack, Americanizing the Labor Problem: The Wisconsin School, pp. 41-65, (1994)",
                "Barbash, Jack", "1994", "Americanizing the Labor Problem: The Wisconsin School", "", "", "41"});
  check_scopus({"Azwar, Subekan A., Analisis determinan kemiskinan di Sulawesi Selatan, J. Tata Kelola & Akuntabilitas "
                "Keuangan Negara, 2, 1, pp. 1-25, (2016)",
                "Azwar, Subekan A.", "2016", "Analisis determinan kemiskinan di Sulawesi Selatan",
                "J. Tata Kelola & Akuntabilitas Keuangan Negara", "2", "1"});
}

// "ʻOn time and money donationsʼ": the modifier letters ʻ and ʼ (U+02BB, U+02BC) written as the quotation marks around
// a title (187 references of cited_sample67's cash-waqf export), which the comparison of titles keeps (they are
// letters: "Hawaiʻi", "OʼCleirigh"): no words of the title; a title in them is one piece whatever its commas, and the
// first piece is no author ("ʻIntegration of TTF" read as a family and initials).  Strings from
// afriyanaryasaputra/bib_cashwaqf's scopus.bib (cited_sample67.tsv) and r-arch__scopus.bib (cited_sample62's export).
TEST_CASE("cited67: a title in the quotation marks ʻ ʼ", "[reference_strings][cited67]") {
  check_scopus({"Cappellari L., Ghinetti P., Turati G., \xCA\xBBOn time and money donations\xCA\xBC, The Journal of "
                "Socio-Economics, 40, 6, pp. 853-867, (2011)",
                "Cappellari L.", "2011", "On time and money donations", "The Journal of Socio-Economics", "40", "853"});
  check_scopus({"Amaliyah N., Leviansyah M.R., Rahmawati L., \xCA\xBBWakaf uang digital: transformasi dan implementasi "
                "di Indonesia\xCA\xBC, AL-INFAQ: Jurnal Ekonomi Islam, 13, 1, pp. 26-46, (2022)",
                "Amaliyah N.", "2022", "Wakaf uang digital: transformasi dan implementasi di Indonesia",
                "AL-INFAQ: Jurnal Ekonomi Islam", "13", "26"});
  check_scopus({"Leong K., \xCA\xBB" "FinTech (financial technology): what is it and how to use technologies to create "
                "business value in fintech way?, International Journal of Innovation, Management and Technology, 9, 2, pp. "
                "74-78, (2018)",
                "Leong K.", "2018",
                "FinTech (financial technology): what is it and how to use technologies to create business value in "
                "fintech way?",
                "International Journal of Innovation, Management and Technology", "9", "74"});
  check_scopus({"Abbas S.K., Hassan H.A., Asif J., Ahmed B., Hassan F., Haider S.S., \xCA\xBBIntegration of TTF, UTAUT, "
                "and ITM for mobile banking adoption\xCA\xBC, International Journal of Advanced Engineering, Management and "
                "Science, 4, 5, pp. 375-379, (2018)",
                "Abbas S.K.", "2018", "Integration of TTF, UTAUT, and ITM for mobile banking adoption",
                "International Journal of Advanced Engineering, Management and Science", "4", "375"});
  // Held: ʻ inside a word.
  check_scopus({"Bahr, K.D., Jokiel, P.L., Rodgers, K.S., The 2014 coral bleaching and freshwater flood events in "
                "K\xC4\x81ne\xCA\xBBohe Bay, Hawai\xCA\xBBi (2015) PeerJ, 3, p. e1136",
                "Bahr, K.D.", "2015",
                "The 2014 coral bleaching and freshwater flood events in K\xC4\x81ne\xCA\xBBohe Bay, Hawai\xCA\xBBi", "PeerJ",
                "3", "e1136"});
}

// A title in quotation marks that the citing paper's own style closes with its period or comma ("“Title.” Ph.D.
// thesis, University of Michigan", "“Title,” arXiv preprint arXiv:1902.03495", "‘Title’, Transportation Research
// Record"): the title ends there, what follows (a thesis's statement, a source, a note) is none of it (before: 190
// such titles of the 96,424 Scopus references measured ran on).  A quoted phrase before a colon ("‘The Body Does not
// Lie’: Identity, ...") opens a title that goes on.  Strings from fixtures/corpora's bibliotobler__scopus.csv,
// pybibx__scopus.bib, umbrella-review__scopus.csv, scopus4histcite__scopus.ris and poultrybibliometric__scopus.csv.
TEST_CASE("cited67: a title closed inside its quotation marks", "[reference_strings][cited67]") {
  check_scopus({"Baum, D., (1977), \xE2\x80\x9C" "Cognitive Maps: The Mental Representation of Geographic Distance.\xE2\x80\x9D "
                "Ph.D. thesis in psychology, University of Michigan",
                "Baum, D.", "1977", "Cognitive Maps: The Mental Representation of Geographic Distance", "", "", ""});
  check_scopus({"Lee, D., Pan, R., (2019), \xE2\x80\x9C" "Evaluating reliability of complex systems for Predictive "
                "maintenance,\xE2\x80\x9D arXiv preprint arXiv:1902.03495",
                "Lee, D.", "2019", "Evaluating reliability of complex systems for Predictive maintenance", "", "", ""});
  check_scopus({"Mihunov, V.V., \xE2\x80\x9C" "Community resilience to drought hazard in the south-Central United "
                "States,\xE2\x80\x9D ann (2018) Am. Assoc. Geogr., 108 (3), pp. 739-755",
                "Mihunov, V.V.", "2018", "Community resilience to drought hazard in the south-Central United States",
                "Am. Assoc. Geogr.", "108", "739"});
  {
    const Reference r = parse_scopus_reference(
        "Amoaning-Yankson, S., Amekudzi-Kennedy, A., \xE2\x80\x98Transportation system resilience\xE2\x80\x99, "
        "Transportation Research Record (2017) Journal of the Transportation Research Board. Transportation Research "
        "Board, 2604, pp. 28-36");
    CHECK(r.title == "Transportation system resilience");
  }
  // Held: a quoted phrase that opens a title going on after it, after its colon or as a sentence (strings from
  // msm-syndemic__scopus.ris and poverty-schooldropout's export, cited_sample63's).
  {
    const Reference r = parse_scopus_reference(
        "Frye, V., Egan, J.E., Tieu, H.V., Cerd\xC3\xA1, M., Ompad, D., Koblin, B.A., \xE2\x80\x9CI didn't think I could get "
        "out of the fucking park.\xE2\x80\x9D Gay men's retrospective accounts of neighborhood space, emerging sexuality "
        "andmigrations (2014) Soc. Sci. Med.");
    CHECK(r.title.find("Gay men's retrospective accounts") != std::string::npos);
  }
  {
    const Reference r = parse_scopus_reference(
        "Janevic, T., Sripad, P., Bradley, E., Dimitrievska, V., \"There's no kind of respect here\". A qualitative study "
        "of racism and access to maternal health care among Romani women in the Balkans (2011) Int. J. Equity Health, "
        "10, p. 53");
    CHECK(r.title.find("A qualitative study of racism") != std::string::npos);
  }
  check_scopus({"Aas, K.F., \xE2\x80\x98The Body Does not Lie\xE2\x80\x99: Identity, Risk and Trust in Technoculture (2006) "
                "Crime, Media, Culture: An International Journal, 2 (2), pp. 143-158",
                "Aas, K.F.", "2006", "\xE2\x80\x98The Body Does not Lie\xE2\x80\x99: Identity, Risk and Trust in Technoculture",
                "Crime, Media, Culture: An International Journal", "2", "143"});
  check_scopus({"Calabrese A., Ghiron N.L., Tiburzi L., \xE2\x80\x98" "Evolutions\xE2\x80\x99 and \xE2\x80\x98Revolutions"
                "\xE2\x80\x99 in manufacturers\xE2\x80\x99 Implementation of Industry 4.0: A Literature Review, a Multiple "
                "Case Study, and a Conceptual Framework, Production Planning & Control, 32, pp. 1-15, (2020)",
                "Calabrese A.", "2020",
                "\xE2\x80\x98" "Evolutions\xE2\x80\x99 and \xE2\x80\x98Revolutions\xE2\x80\x99 in manufacturers\xE2\x80\x99 "
                "Implementation of Industry 4.0: A Literature Review, a Multiple Case Study, and a Conceptual Framework",
                "Production Planning & Control", "32", "1"});
}

// An access note after the title's period or comma ("... in Malaysia. Retrieved on 12/06/2018", "Portal i- Wakaf.
// Retrieved june 13, 2012, from Jabatan ...", "Texas-state profile. Accessed August 12 2019") is no word of the title
// (before: 55 titles of the Scopus references measured ended with one); inside a parenthesis it is left ("M. Prombo.
// (2020, Accessed on November 2nd). ..."), and so is a title of one word before it.  Strings from
// afriyanaryasaputra/bib_cashwaqf's scopus.bib (cited_sample67.tsv) and msm-syndemic's Scopus RIS (cited_sample63's).
TEST_CASE("cited67: an access note after a title", "[reference_strings][cited67]") {
  check_scopus({"Kader S.Z., Dahlan N.H., Current Legal Issues Concerning Awqaf in Malaysia. Retrieved on 12/06/2018, "
                "(2013)",
                "Kader S.Z.", "2013", "Current Legal Issues Concerning Awqaf in Malaysia", "", "", ""});
  {
    const Reference r =
        parse_scopus_reference("Portal i- Wakaf. Retrieved june 13, 2012, from Jabatan Wakaf Zakat Dan Haji, (2012)");
    CHECK(r.title == "Portal i- Wakaf");
  }
  {
    const Reference r = parse_scopus_reference(
        "https://www.cdc.gov/nchhstp/stateprofiles/pdf/Texas_profile.pdf, Texas-state profile. Accessed August 12 2019");
    CHECK(r.title == "Texas-state profile");
  }
}

// Sample 67's classes left after the first fixes (strings from afriyanaryasaputra/bib_cashwaqf's scopus.bib,
// cited_sample67.tsv, and poultrybibliometric's Scopus CSV in fixtures/corpora).
// An author of the 2023 layout whose initials are written apart, more than four of them ("Al-Dasuqi M. I. A. I. A.").
TEST_CASE("cited67: spaced initials of the 2023 layout", "[reference_strings][cited67]") {
  check_scopus({"Al-Dasuqi M. I. A. I. A., Hashiyah al-Dasuqi Ala Sharh al-Kabir", "Al-Dasuqi M. I. A. I. A.", "",
                "Hashiyah al-Dasuqi Ala Sharh al-Kabir", "", "", ""});
}

// An author Scopus names with one word (Indonesian names), before a title, a journal and its volume.
TEST_CASE("cited67: an author of one name before a journal's article", "[reference_strings][cited67]") {
  check_scopus({"Asriyati, Penataan Dan Pandangan Hukum Islam Muhammad Shahrur, Mazahib, 14, 1, (2015)", "Asriyati",
                "2015", "Penataan Dan Pandangan Hukum Islam Muhammad Shahrur", "Mazahib", "14", ""});
}

// "paper presented at ..." after the title is the source (a meeting), "Ed. " before a meeting is no word of its name.
TEST_CASE("cited67: a paper presented at a meeting, an editor's mark before it", "[reference_strings][cited67]") {
  check_scopus({"Duasa J., Thaker M.A.M.T., A cash waqf investment model: an alternative model for financing "
                "micro-enterprises in Malaysia, paper presented at the 1st International Journal Islamic Monetary "
                "Economics and Finance (JIMF), (2015)",
                "Duasa J.", "2015",
                "A cash waqf investment model: an alternative model for financing micro-enterprises in Malaysia",
                "paper presented at the 1st International Journal Islamic Monetary Economics and Finance (JIMF)", "", ""});
  check_scopus({"Ramli A.M., Jalil A., Banking Model of Corporate Waqf: An Analysis of Wakaf Selangor Muamalat, Ed. "
                "International Accounting and Business Conference (IABC), (2013)",
                "Ramli A.M.", "2013", "Banking Model of Corporate Waqf: An Analysis of Wakaf Selangor Muamalat",
                "International Accounting and Business Conference (IABC)", "", ""});
}

// An access date alone in the title's slot: no title.
TEST_CASE("cited67: an access date alone", "[reference_strings][cited67]") {
  const Reference r = parse_scopus_reference("Retrieved December 27, 2014, (2014)");
  CHECK(r.title == "");
}

// A journal's name that is a list in another language than English ("Jurnal Ekonomi, Keuangan, dan Perbankan
// Syariah") is one source.
TEST_CASE("cited67: a journal named by a list joined by dan", "[reference_strings][cited67]") {
  check_scopus({"Said S., Amiruddin A. M. A., Wakaf Tunai dan Pemberdayaan Ekonomi Masyarakat, Al-Mashrafiyah: Jurnal "
                "Ekonomi, Keuangan, dan Perbankan Syariah, 3, 1, pp. 43-55, (2019)",
                "Said S.", "2019", "Wakaf Tunai dan Pemberdayaan Ekonomi Masyarakat",
                "Al-Mashrafiyah: Jurnal Ekonomi, Keuangan, dan Perbankan Syariah", "3", "43"});
}

// A GB/T 7714 genre mark ("[J]", "[M]") after a title is no word of it.
TEST_CASE("cited67: a Chinese genre mark after a title", "[reference_strings][cited67]") {
  check_scopus({"Zhao J.M., The design of a comprehensive experiment system for the Internet of Things [J], Laboratory "
                "Research and ExpLoRation, 12, pp. 147-150, (2018)",
                "Zhao J.M.", "2018", "The design of a comprehensive experiment system for the Internet of Things",
                "Laboratory Research and ExpLoRation", "12", "147"});
}

// ... but a title that opens with a list of words is no author's ("Social, Economic and Educational Status of ...",
// cited_sample67's cash-waqf export).
TEST_CASE("cited67: a title opening with a list is no author of one name", "[reference_strings][cited67]") {
  const Reference r = parse_scopus_reference("Social, Economic and Educational Status of Muslim Community of India, "
                                             "Report. New Delhi: Cabinet Secretariat, 219, (2006)");
  CHECK(r.author == "");
  CHECK(r.title == "Social, Economic and Educational Status of Muslim Community of India");
}

// A journal's name that is a list of items of two words after "Jurnal" ("Jurnal Ilmiah Bisnis, Pasar Modal, dan UMKM",
// cited_sample67's cash-waqf export) is one source.
TEST_CASE("cited67: a journal named by a list of two-word items", "[reference_strings][cited67]") {
  check_scopus({"Sukmawati F., Nurfitriani A., Pengaruh transparansi dan akuntabilitas terhadap pengelolaan keuangan "
                "desa, Jurnal Ilmiah Bisnis, Pasar Modal, dan UMKM, 2, 1, pp. 52-66, (2019)",
                "Sukmawati F.", "2019", "Pengaruh transparansi dan akuntabilitas terhadap pengelolaan keuangan desa",
                "Jurnal Ilmiah Bisnis, Pasar Modal, dan UMKM", "2", "52"});
}

// A meeting's proceedings alone before a volume or pages ("PROSIDING PERKEM Ke-9 (2014), 216": Malay "prosiding",
// proceedings) is the source; Scopus has no title.  cited_sample67's cash-waqf export.
TEST_CASE("cited67: proceedings alone before a volume", "[reference_strings][cited67]") {
  check_scopus({"Ali S.Z., Wahid H., PROSIDING PERKEM Ke-9 (2014), 216, (2014)", "Ali S.Z.", "2014", "",
                "PROSIDING PERKEM Ke-9 (2014)", "216", ""});
}

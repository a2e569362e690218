// The cited references of the corpus's Web of Science and Scopus files,
// against a sample labelled by hand (fixtures/refparse/cited_sample.tsv:
// 156 WoS CR lines from the two WoS tagged files and WoS BibTeX, 160 Scopus
// reference strings from Scopus RIS, BibTeX and both CSV layouts, drawn by
// bench/cited_sample_draw.cpp over every file and reference shape).  Each
// raw string is parsed as its importer parses it (parse_wos_reference,
// parse_scopus_reference) and compared field by field as the networks
// compare them: case, accents, punctuation and spacing folded (fold_words);
// the DOI compared as written, case aside.
//
// How the sample is labelled:
// - WoS: a CR line has no title.  Its cited-work part is the container,
//   whatever WoS wrote there (a journal's abbreviation, a book's or a paper's
//   title, "THESIS"): the line does not say which.  "[Anonymous]" is no
//   author; WoS's markup ("*" before a corporate author, "collab>...collab")
//   is not part of the name.  A lower-case "p" part ("pS1") is a page.
// - Scopus: the fields are what the layout's slots hold (authors, title,
//   (year) source, volume (issue), pages; a book "(year) title, , publisher"
//   has no container), "In:" and a trailing period aside.  The first author
//   as written ("Family, I." or "Family I."); a corporate author before the
//   title is the author.  Where the layout does not say (no year, pieces of
//   two references run together), the fields are what the string means.
//
// Required: at least 0.99 of the references right in each field, for WoS
// and for Scopus.  Per-file figures are printed too (a file has about 40).
// A field that does not reach it yet goes in kBelowTarget: the test then
// holds the figure reached so far, so that it can only go up, and says so.
// None is there now: Scopus title and first page (0.975 and 0.988 before)
// reach 1.000 and 0.994 since a title written twice, publishers after a
// report's title, an editor list cut off as a reference, a last author
// without initials and a proceedings' "p. 14" were fixed (issue 16).
#include <catch2/catch.hpp>

#include <array>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string_view>

#include "refnet/reference_strings.hpp"
#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;

namespace {

constexpr std::array<const char*, 7> kFields = {"author", "year", "title", "container", "volume", "first_page", "doi"};
constexpr double kTarget = 0.99;

// Below the target: what the parsers reach on the sample, per field that
// does not reach kTarget (none now).  The Scopus misses left, one each: an
// APA article number the reference parser leaves out (first page), a DOI
// with a space in it (doi), a manual's year and series after ", , " (year,
// container).
struct Floor {
  const char* source;
  const char* field;
  double at_least;
};
constexpr std::array<Floor, 0> kBelowTarget = {};

struct Labelled {
  std::string file, index, raw;
  std::array<std::string, 7> expected;
};

std::vector<Labelled> read_sample(const std::string& name) {
  std::ifstream in(refnet::test::fixture(name), std::ios::binary);
  std::vector<Labelled> out;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    std::vector<std::string> cols;
    std::size_t s = 0;
    for (std::size_t t; (t = line.find('\t', s)) != std::string::npos; s = t + 1) cols.push_back(line.substr(s, t - s));
    cols.push_back(line.substr(s));
    REQUIRE(cols.size() == 11);
    Labelled l{cols[0], cols[1], cols[2], {}};
    for (std::size_t f = 0; f < kFields.size(); ++f) l.expected[f] = cols[3 + f];
    out.push_back(std::move(l));
  }
  return out;
}

bool is_wos(const std::string& file) {
  return file.find("savedrecs") != std::string::npos || file.find("wos") != std::string::npos;
}

std::array<std::string, 7> fields_of(const Reference& r) {
  return {r.author, r.year, r.title, r.container, r.volume, r.first_page, r.doi};
}

std::string lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
  return s;
}

bool same(std::size_t field, const std::string& got, const std::string& want) {
  if (kFields[field] == std::string_view("doi")) return lower(std::string(trim(got))) == lower(std::string(trim(want)));
  return fold_words(got) == fold_words(want);
}

struct Tally {
  std::size_t n = 0;
  std::array<std::size_t, 7> right{};
};

// Each field's share of the sample right, per source (WoS, Scopus) and per
// file, printed, with the references where a field is not; every source's
// field must reach kTarget, or the floor `below` holds for it.
template <std::size_t N>
void score(const std::vector<Labelled>& sample, const std::array<Floor, N>& below, std::size_t sources = 2) {
  std::map<std::string, Tally> by_source, by_file;
  std::ostringstream misses;
  for (const Labelled& l : sample) {
    const bool wos = is_wos(l.file);
    const Reference r = wos ? parse_wos_reference(l.raw) : parse_scopus_reference(l.raw);
    const std::array<std::string, 7> got = fields_of(r);
    Tally& s = by_source[wos ? "WoS" : "Scopus"];
    Tally& f = by_file[l.file];
    ++s.n;
    ++f.n;
    for (std::size_t k = 0; k < kFields.size(); ++k) {
      if (same(k, got[k], l.expected[k])) {
        ++s.right[k];
        ++f.right[k];
      } else {
        misses << l.file << ':' << l.index << ' ' << kFields[k] << ": got '" << got[k] << "', expected '"
               << l.expected[k] << "'\n    " << l.raw << '\n';
      }
    }
  }
  std::ostringstream table;
  table << "field accuracy";
  for (const char* name : kFields) table << '\t' << name;
  table << '\n';
  auto row = [&](const std::string& name, const Tally& t) {
    table << name << " (" << t.n << ")";
    for (std::size_t k = 0; k < kFields.size(); ++k) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "%.3f", double(t.right[k]) / double(t.n));
      table << '\t' << buf;
    }
    table << '\n';
  };
  for (const auto& [name, t] : by_source) row(name, t);
  for (const auto& [name, t] : by_file) row(name, t);
  std::printf("%s", table.str().c_str());
  if (!misses.str().empty()) std::printf("mismatches:\n%s", misses.str().c_str());
  REQUIRE(by_source.size() == sources);
  for (const auto& [name, t] : by_source)
    for (std::size_t k = 0; k < kFields.size(); ++k) {
      double required = kTarget;
      for (const Floor& f : below)
        if (name == f.source && std::string_view(kFields[k]) == f.field) {
          required = f.at_least;
          std::printf("%s %s: %zu of %zu right, below the %.2f target (held at %.4f)\n", f.source, f.field,
                      t.right[k], t.n, kTarget, f.at_least);
        }
      INFO(name << ' ' << kFields[k] << ": " << t.right[k] << " of " << t.n);
      CHECK(double(t.right[k]) >= required * double(t.n) - 1e-9);
    }
}

}  // namespace

TEST_CASE("WoS and Scopus cited references: >= 0.99 of each field right on the hand-labelled sample",
          "[reference_strings][fixture]") {
  const std::vector<Labelled> sample = read_sample("refparse/cited_sample.tsv");
  REQUIRE(sample.size() >= 300);
  score(sample, kBelowTarget);
}

// A second sample, held out: 100 references of three exports not in the
// repository, drawn at random after the first sample's classes were fixed
// (fixtures/refparse/cited_sample57.tsv: 25 CR lines of a philosophy search's
// WoS file, 25 of a multimedia search's, 50 references of a labour-economics
// journal's Scopus CSV in the 2023 layout), labelled as above.  Before
// session 57's fixes: WoS container 0.96 ("[No title captured]" as the
// source), Scopus title and container 0.88 (a book's title cut at its last
// comma); 0.96 before session 58 read the years ending a title as the
// title's ("..., 2004- 2010 (Scoping Paper ...)").  One Scopus book's title
// is still cut ("The South African Informal Sector: Creating Jobs, Reducing
// Poverty"): nothing in the layout tells that piece from a source.
TEST_CASE("WoS and Scopus cited references: the held-out sample of exports not in the repository",
          "[reference_strings][fixture]") {
  const std::vector<Labelled> sample = read_sample("refparse/cited_sample57.tsv");
  REQUIRE(sample.size() == 100);
  constexpr std::array<Floor, 2> kHeldOutBelow = {Floor{"Scopus", "title", 0.98}, Floor{"Scopus", "container", 0.98}};
  score(sample, kHeldOutBelow);
}

// A third sample, Scopus only: 50 references the Scopus parser read without a volume (books, reports, web pages,
// conference papers, journals cited without one), drawn at random (Python's random.seed(60)) from the two openly
// licensed Scopus exports the first sample also drew from, none of its references
// (fixtures/refparse/cited_sample60.tsv; umbrella-review's scopus.csv, MIT, and Scopus4HistCite's scopus.ris,
// Apache-2.0), labelled as above, before any change they might suggest (title .96, volume .96).  An old layout's
// article title with its journal's volume and issue and no journal ("(2017) Making Sense Crises: Implicat. Info. …,
// 4 (3), pp. 124-136": Comes, Meesters and Torjesen's paper, its title abbreviated) had ", 4 (3)" in the title and no
// volume; its label first said the piece was the source, as its siblings in the corpus (17 more, e.g. "(2007) On the
// Concept of Decision Aiding Process …, 154 (1), pp. 3-27") show it is the title.  The misses left: a volume "F1"
// read into the source ("Ser C Environ Secur Part, F1, pp. 3-17": read since session 62, container and volume 1.000),
// a conference paper's page "p. 08009" after its title, an organisation before a web page's title ("(2018), Elsevier,
// Scopus, an eye on global research").
TEST_CASE("Scopus cited references without a volume: a third sample", "[reference_strings][fixture]") {
  const std::vector<Labelled> sample = read_sample("refparse/cited_sample60.tsv");
  REQUIRE(sample.size() == 50);
  constexpr std::array<Floor, 2> kBelow = {Floor{"Scopus", "author", 0.98}, Floor{"Scopus", "title", 0.98}};
  score(sample, kBelow, 1);
}

// A fourth sample, held out: 160 references of three openly licensed exports not in the repository, drawn by
// bench/cited_sample_draw (--seed 62, stratified by shape as the first sample; none of the strings the corpus's Scopus
// and WoS files hold) and labelled as above before any change they might suggest
// (fixtures/refparse/cited_sample62.tsv): 50 Scopus references of bibliotobler's scopus_references.csv (geography,
// cartography, statistics, from 1795 on; old references Scopus read from scanned lists), 50 of r-arch's Scopus
// BibTeX (archaeology, palaeoanthropology, linguistics; Spanish, French, Portuguese titles), 60 WoS CR lines of
// wos-cited-reference-extractor's sample export (ecology, earth and food science, 2025).  On main before any change:
// Scopus author .99, year .99, title .87, container .92, volume .97, first page .98, DOI 1.000; WoS author .983,
// container .967, volume .983, the rest 1.000.  Since a Scopus title without a year no longer runs into its source
// ("Choropleth maps without class intervals Geographical Analysis, pp. 26-28"), a title's "[Internet]" is cut and
// WoS's "VVolume 1" and "In: " are read: Scopus title .90, container .94; WoS container .983, volume 1.000.  Session
// 63: "n.d." and "forthcoming" beside a title, "2004. Title. In: ..." (its year and title), WoS's "ANN SCI FOREST"
// (a source alone): Scopus year 1.000, title .93; WoS 1.000.  Session 64, a journal's full title ending a title in
// title case ("... in Outline Shape Medical Image Analysis"): title .94, container .95.  The misses left: Scopus
// titles that run into a source after a comma ("..., Argentina Acta Geológica Hispánica, 21-22"), authors after
// "(1985), ", a volume "IT-17", the rest of "2004. Title. In: Book, vol. 1227".
TEST_CASE("WoS and Scopus cited references: a fourth held-out sample, of three licensed exports",
          "[reference_strings][fixture]") {
  const std::vector<Labelled> sample = read_sample("refparse/cited_sample62.tsv");
  REQUIRE(sample.size() == 160);
  constexpr std::array<Floor, 4> kBelow = {Floor{"Scopus", "title", 0.94}, Floor{"Scopus", "container", 0.95},
                                           Floor{"Scopus", "volume", 0.97}, Floor{"Scopus", "first_page", 0.98}};
  score(sample, kBelow);
}

// A fifth sample, held out: 160 references of six exports not in the repository and not drawn before, drawn by
// bench/cited_sample_draw (--seed 63, stratified by shape; none of the strings the corpus's Scopus and WoS files or
// the earlier held-out exports hold) and labelled as above before any change they might suggest
// (fixtures/refparse/cited_sample63.tsv): 34 Scopus references of a scoping review's Scopus RIS (medicine: HIV, men
// who have sex with men, syndemics), 33 of a poverty and school-dropout review's Scopus BibTeX (education, public
// health; Spanish and Turkish titles, reports, theses, web pages), 33 of aksel-blaise/merror's Scopus BibTeX
// (morphometrics, archaeology, anatomy; software, French theses); 20 WoS CR lines each of a traffic-safety review
// (engineering), a building-energy data review (engineering; Chinese citation index lines) and an archaeology
// keynote's WoS export.  On main before any change: Scopus author .98, year 1.000, title .90, container .92, volume
// 1.000, first page .98, DOI .98; WoS container and first page .983, the rest 1.000.  After session 63's fixes
// (tests/cited63_test.cpp): Scopus title .95, container .97, author, first page .99, DOI 1.000; WoS 1.000.  The misses
// left: a no-year abstract at a meeting ("... behavior Oral poster presentation, AIDS conference, Durban"), a
// reference in the citing paper's style after "(2018), . " and one after a link ("http://www.mineducacion.gov,
// Ministerio de Educación Encuesta ..."), a link then a publisher in the title's place ("(2018), https://..., .
// Department of Economic and Social Affairs. ..."), Springer's "Title. In: Slice D (ed) Book. ..., pp 117-143 (2005)".
TEST_CASE("WoS and Scopus cited references: a fifth held-out sample, of six exports of other fields",
          "[reference_strings][fixture]") {
  const std::vector<Labelled> sample = read_sample("refparse/cited_sample63.tsv");
  REQUIRE(sample.size() == 160);
  // Session 67 (tests/cited67_test.cpp): "(2018), . “Title.” Meeting" and "(2018), https://..., . Department of ..."
  // (the citing paper's style after the year) are the reference parser's: title .97, container .98.
  constexpr std::array<Floor, 2> kBelow = {Floor{"Scopus", "title", 0.97}, Floor{"Scopus", "container", 0.98}};
  score(sample, kBelow);
}

// A sixth sample, held out: 130 references of five exports not in the repository and not drawn before, drawn by
// bench/cited_sample_draw (--seed 64, stratified by shape; none of the strings the corpus's Scopus and WoS files or
// the earlier held-out exports hold) and labelled as above before any change they might suggest
// (fixtures/refparse/cited_sample64.tsv): 27 Scopus references of a systematic review's Scopus RIS (economics of
// innovation, knowledge transfer, multinationals; Portuguese titles, working papers, reports), 27 of a Scopus CSV on
// agile software development (conference papers, theses, web pages, manuals), 26 of an ecology synthesis review's
// Scopus CSV (mutualism, behaviour; data sets, R packages, books); 25 WoS CR lines of a sustainability and
// pluriversal-design corpus (social science and humanities: Spanish, Portuguese and German sources, corporate
// authors, theses) and 25 of the agile review's WoS export.  On main before any change: Scopus title .9375 (a thesis's
// note after its title, an APA reference in the citing paper's style, a report's note, "Retrieved ..., from" alone,
// a title run into "J. Evol. Biol."), container, volume and first page .9875; WoS DOI .98 (a list whose first DOI is
// another work's); the rest 1.000.  After session 64's fixes (tests/cited64_test.cpp: the thesis's statement, the
// report's "[Research Report]" and an access note alone are no title): Scopus title .975.  The misses left: the APA
// reference (the reference parser's title: ". The use of ... Philadelphia: Institute for Scientific Information"),
// "17Winter special issue, 109-22" (volume and page), "Bargaining in biology J. Evol. Biol., , In press" (a title of
// one word in lower case but the preposition: its end is not seen), WoS's "[10.1186/s13054-016-1208-6, DOI
// 10.1207/S15327566IJCE0401_04, ...]" for Jian 2000 (a list whose first DOI is another work's: of the 1,170 DOI
// lists of the WoS exports measured, the DOI a list writes twice is the cited work's less often than its first).
TEST_CASE("WoS and Scopus cited references: a sixth held-out sample, of five exports of other fields",
          "[reference_strings][fixture]") {
  const std::vector<Labelled> sample = read_sample("refparse/cited_sample64.tsv");
  REQUIRE(sample.size() == 130);
  // Session 67: Garfield 1964's APA reference after Scopus's year is the reference parser's (title .9875).
  constexpr std::array<Floor, 5> kBelow = {Floor{"Scopus", "title", 0.98}, Floor{"Scopus", "container", 0.98},
                                           Floor{"Scopus", "volume", 0.98}, Floor{"Scopus", "first_page", 0.98},
                                           Floor{"WoS", "doi", 0.98}};
  score(sample, kBelow);
}

// A seventh sample (fixtures/refparse/cited_sample65.tsv), of the corpus's own Scopus and WoS files again
// (shared/corpora's seven, as cited_sample.tsv): 130 references drawn by bench/cited_sample_draw --seed 65 --from
// LIST (17, 17 and 16 WoS CR lines of the two tagged files and WoS BibTeX; 20 Scopus references of each of Scopus
// RIS, BibTeX and the two CSV layouts), none of the strings of the earlier samples (--not-in-sample), labelled by hand
// from the parsers' output, each field read against the string before any change.
TEST_CASE("WoS and Scopus cited references: a seventh sample, of the corpus's own files drawn again",
          "[reference_strings][fixture]") {
  const std::vector<Labelled> sample = read_sample("refparse/cited_sample65.tsv");
  REQUIRE(sample.size() == 130);
  // On main (e31e1f94): Scopus author, year and first page .9875, title and container .9375, the rest 1.000.  After
  // session 65's fixes (tests/cited65_test.cpp: the 2023 layout's venues and titles with commas, a thesis's
  // '[Ph.D. Dissertation]', a meeting's '(July 2010)' where no year slot is): year 1.000, title and container .975.
  // The misses left: an APA note after a link ('(2021), https://..., Deparment of Home Affairs. (n.d.). TISN
  // Engagement Platform. Retrieved September 1 from': author, title), PRISMA's '(Reprinted from Annals of Internal
  // Medicine), Phys. Ther. 89' (title, container), '(2010), p. 187. , In Proceedings of Euro XXIV...' (container,
  // first page: the layout's "p. N" after a year is a book's number of pages elsewhere).
  // Session 66 (tests/cited66_test.cpp): the APA note after a link has its author and title: author 1.000, title .988.
  constexpr std::array<Floor, 3> kBelow = {Floor{"Scopus", "title", 0.98}, Floor{"Scopus", "container", 0.97},
                                           Floor{"Scopus", "first_page", 0.98}};
  score(sample, kBelow);
}

// An eighth sample (fixtures/refparse/cited_sample66.tsv), of the corpus files no sample drew from before
// (fixtures/corpora's Scopus and WoS files with references beyond the seven of cited_sample.tsv): 130 references
// drawn by bench/cited_sample_draw --seed 66 --from LIST (30 Scopus references each of bibliometrix's Scopus CSV
// sample (2025 layout, "; " between authors; medicine, bibliometrics, music), bibliotobler's scopus.csv (geography
// and cartography since the 1920s; references Scopus read from scanned lists), the PFAS umbrella review's Scopus CSV
// (environmental health) and sc-lit's Scopus BibTeX (turtle ecology; theses, software, chapters); 10 WoS CR lines of
// pybibx's wos_m.bib), none of the strings of the earlier samples (--not-in-sample), each field read against the
// string before any change.
TEST_CASE("WoS and Scopus cited references: an eighth sample, of the corpus files not drawn from before",
          "[reference_strings][fixture]") {
  const std::vector<Labelled> sample = read_sample("refparse/cited_sample66.tsv");
  REQUIRE(sample.size() == 130);
  // On main (lead66 32e874c7): Scopus author and first page .992, title .950, container .958, volume .983, year and
  // DOI 1.000; WoS 1.000 in every field.  After session 66's fixes (tests/cited66_test.cpp: hyphenated initials and
  // families among the authors, an edition, an editors' list and "Available" in a slot, "Title, Proceedings (1972)
  // IEEE", pages numbered by chapter, a no-year reference's proceedings after ", , "): author and first page 1.000,
  // title .992, container .983.  The misses left: a book's series after its name ("Migration in Sweden, Lund Studies
  // in Geography, 13": container), a no-year "Title. Proceedings, Minnesota Academy of Science, 25-26, pp. 372-384. ,
  // 195758" (title, container, volume), a symposium's year in the volume slot ("Proceedings of The Desert Tortoise
  // Council Symposium, 1977, pp. 59-94", labelled no volume; Hindawi's and AMIA's years are their volumes).
  // Session 68 (tests/cited68_test.cpp): a book's series after its title is no part of the container ("Migration in
  // Sweden, Lund Studies in Geography, 13"; samples 1 and 62-64 relabelled to that rule): container .992.
  constexpr std::array<Floor, 3> kBelow = {Floor{"Scopus", "title", 0.99}, Floor{"Scopus", "container", 0.99},
                                           Floor{"Scopus", "volume", 0.98}};
  score(sample, kBelow);
}

// A ninth sample (fixtures/refparse/cited_sample67.tsv), held out: 120 references of three exports not in the
// repository and not drawn from before, drawn by bench/cited_sample_draw --seed 67 --from LIST (--not-in every Scopus
// and WoS file of fixtures/corpora and the held-out exports of samples 57, 62-64; --not-in-sample every earlier
// sample): 80 Scopus references of a Scopus BibTeX on cash waqf (Islamic finance and economics: Indonesian, Malay,
// Turkish, Arabic and Uzbek titles, the 2025 layout's authors written out, reports, theses, proceedings), 20 WoS CR
// lines each of a WoS export on the retention of Black male teachers (education) and one on the Sustainable Development
// Goals (public policy); each field read against the string before any change of session 67 was measured on it.
TEST_CASE("WoS and Scopus cited references: a ninth held-out sample, of three exports of social science",
          "[reference_strings][fixture]") {
  const std::vector<Labelled> sample = read_sample("refparse/cited_sample67.tsv");
  REQUIRE(sample.size() == 120);
  // On main (lead67 2aca09f1) and on cited67 before the fixes it suggested (the held-out figures): Scopus author .8875,
  // title .7625, container .925, year, volume, first page and DOI 1.000; WoS 1.000 in every field.  The misses: authors
  // written out ("Adnan Muhammad Akhyar, Widarjono Agus, Anto M. BektiHendri, Title", "Asriyati, Title", "Mahmud
  // Syamsuddin, Title") read as the 2024 layout's "Family, Given" or as the title's first words, titles in quotation
  // marks ("ʻWakaf uang digital: ...ʼ"), access notes ("... Malaysia. Retrieved on 12/06/2018"), a report's "(rep.). "
  // and publisher, an affiliation in the title's place, "PROSIDING PERKEM Ke-9 (2014), 216" (a source, no title).
  // Session 67 (tests/cited67_test.cpp), after: authors written out are authors (author .9375, title .7875), a title
  // in ʻ ʼ is no longer read with them (title .8375), an access note after a title is none of it (title .8625).
  // Then (cited67's second task): an author of one name ("Asriyati") and spaced initials ("Al-Dasuqi M. I. A. I. A.")
  // are authors, "paper presented at ..." is the source, "Ed. " before a meeting and "Retrieved December 27, 2014" alone
  // are no words of source or title: author .9625, title .9125, container .95; a meeting's proceedings alone before
  // its volume ("PROSIDING PERKEM Ke-9 (2014), 216") is the source: title .925, container .9625.
  constexpr std::array<Floor, 3> kBelow = {Floor{"Scopus", "author", 0.96}, Floor{"Scopus", "title", 0.92},
                                           Floor{"Scopus", "container", 0.96}};
  score(sample, kBelow);
}

// A tenth sample (fixtures/refparse/cited_sample68.tsv), held out: 120 references of two exports not in the repository
// and not drawn from before, drawn by bench/cited_sample_draw --seed 68 --from LIST (--not-in every Scopus and WoS file
// of fixtures/corpora, the held-out exports of samples 57 and 62-64, sample 67's three exports and the two entries of
// fixtures/network/journal_case; --not-in-sample every earlier sample): 80 Scopus references of a Scopus BibTeX and 40
// WoS CR lines of a WoS BibTeX of one bibliometric study (tropical forest ecology: litter decomposition, nutrient
// cycling; Portuguese and Chinese sources, USDA reports, theses, "in press" and "data not shown" notes); each field read
// against the string before any change was measured on it.  Held-out figures, main (lead68 8b6c43ef) and cited68 at
// fa0f17c3 alike (none of the 18,840 references of the two exports changed): Scopus title .95, container and volume
// .975, author, year, first page and DOI 1.000; WoS 1.000 in every field.  The misses: notes in the title's place
// ("Williamson, W.M., ..., in preparation; note", "Wardle, D.A., ..., data not shown": no work), a no-year chapter's
// "Title. In Book" (the container keeps "In"), "Forest soils 'The forests handbook'. (Ed. J. Evans.) (Blackwell
// Science: Oxford.)" (an old Australian style read whole as the title), "(2012), 48 (1), pp. 13-17. , Chinese source"
// (volume and issue read as a title), a meeting's year in the volume slot ("Comptes Rendus ... (IUSSI), 1979, pp.").
TEST_CASE("WoS and Scopus cited references: a tenth held-out sample, of an ecology study's two exports",
          "[reference_strings][fixture]") {
  const std::vector<Labelled> sample = read_sample("refparse/cited_sample68.tsv");
  REQUIRE(sample.size() == 120);
  // Then (tests/cited68_test.cpp): a note in the title's place ("data not shown", "in preparation; note") is no title:
  // title .975; "In " before a book's name is no word of it ("Title. In Seasonally Dry Tropical Forests"): container
  // .9875.
  constexpr std::array<Floor, 3> kBelow = {Floor{"Scopus", "title", 0.975}, Floor{"Scopus", "container", 0.9875},
                                           Floor{"Scopus", "volume", 0.975}};
  score(sample, kBelow);
}

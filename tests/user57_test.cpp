// Cited references of Web of Science and Scopus exports a new user brings (issue 16, session 57): a philosophy
// search's WoS file (jyoshimi/scientometrics, 369 records, 5,498 CR lines), a multimedia/AI one (wo1dnr5/
// wos-bibliometrics, 500 records, 18,144 lines) and a labour-economics journal's Scopus CSV in the 2023 layout
// (antonio1970/Bibliometric-Analysis-of-ELRR, 588 records, 23,396 references); none is in the repository (no
// licence stated: measured, not copied).  The strings below are those files' references; what main's binary
// (f9ed027c) read is said above each check.
#include <catch2/catch.hpp>

#include <algorithm>

#include "../importers/markdown_page.hpp"
#include "page_support.hpp"
#include "refnet/cited_works.hpp"
#include "refnet/reference_sections.hpp"
#include "refnet/reference_strings.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

struct Fields {
  std::string author, year, title, container, volume, first_page;
};

Fields scopus(std::string_view s) {
  const Reference r = parse_scopus_reference(s);
  return {r.author, r.year, r.title, r.container, r.volume, r.first_page};
}

}  // namespace

// Main: the placeholder was the cited work's source ("INGARDEN R 1973 [No title captured]"), 414 of the philosophy
// file's 5,498 lines and 47 of the other's: every work an author cited that year without a title was one source.
TEST_CASE("WoS's '[No title captured]' is no source of the cited work", "[user57]") {
  Reference r = parse_wos_reference("INGARDEN R, 1973, [No title captured]");
  CHECK(r.author == "INGARDEN R");
  CHECK(r.year == "1973");
  CHECK(r.container.empty());
  r = parse_wos_reference("HUSSERL E, [No title captured]");
  CHECK(r.author == "HUSSERL E");
  CHECK(r.container.empty());
  r = parse_wos_reference("[No title captured]");
  CHECK(r.author.empty());
  CHECK(r.container.empty());
  // A source that only mentions it stays.
  r = parse_wos_reference("SMITH J, 1990, NO TITLE CAPTURED LIST, V2, P3");
  CHECK(r.container == "NO TITLE CAPTURED LIST");
}

// Main: "C" (Elsevier's issue of a continuously published volume) and "S1" were the source, the journal and the
// volume went to the title: 29 of the Scopus file's 23,396 references.
TEST_CASE("Scopus 2023 layout: an issue written as a code ('C', 'S1', 'SUPPL. 3') is no source", "[user57]") {
  Fields f = scopus(
      "Salisbury T., Education and inequality in South Africa: Returns to schooling in the post-apartheid era, "
      "International Journal of Educational Development, 46, C, pp. 43-52, (2016)");
  CHECK(f.title == "Education and inequality in South Africa: Returns to schooling in the post-apartheid era");
  CHECK(f.container == "International Journal of Educational Development");
  CHECK(f.volume == "46");
  CHECK(f.first_page == "43");
  f = scopus(
      "Robinson L.A., Hammitt J.K., O'Keeffe L., Valuing mortality risk reductions in global benefit-cost analysis, "
      "Journal of Benefit-Cost Analysis, 10, S1, pp. 15-50, (2019)");
  CHECK(f.container == "Journal of Benefit-Cost Analysis");
  CHECK(f.volume == "10");
  f = scopus(
      "Headey B., Wooden M., The effects of wealth and income on subjective wellbeing and ill-being, Economic Record, "
      "80, s1, pp. 24-33, (2004)");
  CHECK(f.container == "Economic Record");
  CHECK(f.volume == "80");
  CHECK(f.first_page == "24");
  f = scopus(
      "Quinlan M., Sokas R., Community campaigns, supply chains and protecting the health and wellbeing of workers: "
      "Examples from Australia and the USA, American Journal of Public Health, 99, SUPPL. 3, (2009)");
  CHECK(f.container == "American Journal of Public Health");
  CHECK(f.volume == "99");
  // A source of one letter without a volume before it stays a source.
  f = scopus("Smith A., A title of three words, B, pp. 1-2, (2001)");
  CHECK(f.container == "B");
}

// Main: "Work, Employment and Society" was "Employment and Society", ", Work" left at the end of the title (122 of
// the Scopus file's references); "Weather, Climate, and Society" was "and Society".
TEST_CASE("Scopus 2023 layout: a source whose name is a list ('Work, Employment and Society') stays whole",
          "[user57]") {
  Fields f = scopus(
      "Smith C., The double indeterminacy of labour power: Labour effort and labour mobility, Work, Employment and "
      "Society, 20, 2, pp. 389-402, (2006)");
  CHECK(f.title == "The double indeterminacy of labour power: Labour effort and labour mobility");
  CHECK(f.container == "Work, Employment and Society");
  CHECK(f.volume == "20");
  f = scopus(
      "Crompton R., Lyonette C., Work-life 'balance' in Europe, Gender, Work & Organization, 13, 4, pp. 379-393, "
      "(2006)");
  CHECK(f.title == "Work-life 'balance' in Europe");
  CHECK(f.container == "Gender, Work & Organization");
  f = scopus(
      "Oppermann E., Strengers Y., Maller C., Et al., Beyond threshold approaches to extreme heat: Repositioning "
      "adaptation as everyday practice, Weather, Climate, and Society, 10, 4, pp. 885-898, (2018)");
  CHECK(f.title == "Beyond threshold approaches to extreme heat: Repositioning adaptation as everyday practice");
  CHECK(f.container == "Weather, Climate, and Society");
  f = scopus(
      "Weller C.E., Madland D., Unions, race, ethnicity, and wealth: is there a union wealth premium for people of "
      "color?, Journal of Economics, Race, and Policy, 5, 1, pp. 25-40, (2022)");
  CHECK(f.title == "Unions, race, ethnicity, and wealth: is there a union wealth premium for people of color?");
  CHECK(f.container == "Journal of Economics, Race, and Policy");
  // Online before its issue (no volume, no pages): after a title in sentence case, still the journal.
  f = scopus(
      "Baglioni E., The making of cheap labour across production and reproduction: Control and resistance in the "
      "Senegalese horticultural value chain, Work, Employment and Society, (2021)");
  CHECK(f.title ==
        "The making of cheap labour across production and reproduction: Control and resistance in the Senegalese "
        "horticultural value chain");
  CHECK(f.container == "Work, Employment and Society");
  // A book's title of that shape too, the chapter's pages after it.
  f = scopus(
      "Davidson P., Dow S., Hillard J., Uncertainty in economics, Keynes, Knowledge and Uncertainty, pp. 107-116, "
      "(1995)");
  CHECK(f.title == "Uncertainty in economics");
  CHECK(f.container == "Keynes, Knowledge and Uncertainty");
  f = scopus("Chick V., Keynes, Knowledge and Uncertainty, pp. 25-42, (1995)");
  CHECK(f.title.empty());
  CHECK(f.container == "Keynes, Knowledge and Uncertainty");
  // A journal that is no list keeps the title's last piece in the title.
  f = scopus(
      "Kaine S., Josserand E., The organisation and experience of work in the gig economy, Journal of Industrial "
      "Relations, 61, 4, pp. 479-501, (2019)");
  CHECK(f.title == "The organisation and experience of work in the gig economy");
  CHECK(f.container == "Journal of Industrial Relations");
}

// Main: a book's or report's title was cut at its last comma, the rest its source: "... strategy, HR practices" in
// "and performance" (489 of the Scopus file's references had a source in lower case, nearly all such pieces);
// "The General Theory of Employment" in "Interest and Money" (13 times).
TEST_CASE("Scopus 2023 layout: a book's title goes on after a comma when the rest cannot start a source",
          "[user57]") {
  Fields f = scopus(
      "Batt R., Doellgast V., Kwon H., Et al., The Indian call centre industry: National benchmarking report strategy, "
      "HR practices, and performance, (2005)");
  CHECK(f.author == "Batt R.");
  CHECK(f.title ==
        "The Indian call centre industry: National benchmarking report strategy, HR practices, and performance");
  CHECK(f.container.empty());
  CHECK(f.year == "2005");
  f = scopus(
      "Yanjiusheng laodongli: duoren jiangshu zai daoshi gongchang jingli, youren shiwang youren zhengzhequ, (2016)");
  CHECK(f.title == "Yanjiusheng laodongli: duoren jiangshu zai daoshi gongchang jingli, youren shiwang youren zhengzhequ");
  CHECK(f.container.empty());
  // The last items of a list the title's last word begins.
  f = scopus("Keynes J.M., The General Theory of Employment, Interest and Money, (1936)");
  CHECK(f.title == "The General Theory of Employment, Interest and Money");
  CHECK(f.container.empty());
  f = scopus("Schumpeter J.A., Capitalism, Socialism and Democracy, (1942)");
  CHECK(f.title == "Capitalism, Socialism and Democracy");
  CHECK(f.container.empty());
  f = scopus(
      "Cebola M., Dos Santos N., Dionisio A., Worker-related ageism: A systematic review of empirical research, "
      "Ageing and Society, (2021)");
  CHECK(f.title == "Worker-related ageism: A systematic review of empirical research");
  CHECK(f.container == "Ageing and Society");
  // A quotation the title opens closes in the last piece.
  f = scopus("Lewis P., Ryan C., “Wage Subsidies, Their Employment Effects and How to Evaluate Them”, (1985)");
  CHECK(f.title == "“Wage Subsidies, Their Employment Effects and How to Evaluate Them”");
  CHECK(f.container.empty());
  // A source stays one: a capitalised name, "mimeo", "arXiv ...", a quoted title's note.
  f = scopus("Scholz T., Platform cooperativism vs. the sharing economy, Medium, (2014)");
  CHECK(f.title == "Platform cooperativism vs. the sharing economy");
  CHECK(f.container == "Medium");
  f = scopus("Maler K-G., “National Accounts and Environmental Resources”, mimeo, (1990)");
  CHECK(f.title == "“National Accounts and Environmental Resources”");
  CHECK(f.container == "mimeo");
  f = scopus("Vaswani A., Attention is all you need, arXiv preprint arXiv:1706.03762, (2017)");
  CHECK(f.container == "arXiv preprint arXiv:1706.03762");
}

// Main: two nodes for one article whenever a citing paper wrote its first author's initial wrong or left the first
// out ("Kaldor M." / "Kaldor N.", "Booth R." / "Booth D.R.", "Krippner E." / "Krippner G.R."): 6 such splits among
// the ELRR export's 21,024 co-citation nodes.
TEST_CASE("Cited works: another initial is the same author when year, volume, first page and title agree",
          "[user57]") {
  CitedWorks works;
  const std::uint32_t n = works.add(parse_scopus_reference(
      "Kaldor N., Alternative theories of distribution, Review of Economic Studies, 23, 2, pp. 83-100, (1955)"));
  CHECK(works.add(parse_scopus_reference(
            "Kaldor M., Alternative theories of distribution, The Review of Economic Studies, 23, pp. 83-100, (1955)")) ==
        n);
  const std::uint32_t booth = works.add(parse_scopus_reference(
      "Booth D.R., The economics of achieving competitive balance in the Australian Football League, 1897-2004, "
      "Economic Papers, 23, 4, pp. 325-344, (2004)"));
  CHECK(works.add(parse_scopus_reference(
            "Booth R., The economics of achieving competitive balance in the Australian Football League, 1897-2004, "
            "Economic Papers, 23, 4, pp. 325-344, (2004)")) == booth);
  // Not without the title, nor with another title, nor without volume and page.
  CHECK(works.add(parse_wos_reference("Kaldor M, 1955, REV ECON STUD, V23, P83")) != n);
  const std::uint32_t castles = works.add(parse_scopus_reference(
      "Castles S., The guest-worker in Western Europe: An obituary, International Migration Review, 20, 4, "
      "pp. 761-778, (1986)"));
  CHECK(works.add(parse_scopus_reference(
            "Castles R., Temporary worker programs: mechanisms, conditions, consequences, International Migration "
            "Review, 20, 4, pp. 761-778, (1986)")) != castles);
  const std::uint32_t book = works.add(parse_scopus_reference("Sen A.K., Commodities and Capabilities, (1985)"));
  CHECK(works.add(parse_scopus_reference("Sen J., Commodities and Capabilities, (1985)")) != book);
}

// A paper converted from its PDF to Markdown (fixtures/pages/tandf-pdf-markdown.md: Ritschard & Liao 2026, CC BY 4.0,
// its body cut): "## Page N" and "---" between pages, the publisher's cover page, the title a level-one heading on
// the cover and again on the first page, running headers with the converter's "&lt;page_number&gt;" markup, an
// APA list whose references end with their DOI's address and no period.  Main: the page's title was
// "&lt;img&gt;Routledge Taylor & Francis Group&lt;/img&gt;" by "RESEARCH ARTICLE"; 34 of the 36 references (a reference
// after one with 13 authors, its year past the line's 200th byte, and "R Core Team. (2024)" were glued to the one
// before); a running header glued to a reference's end.
TEST_CASE("A paper converted from its PDF: its title heads two pages, its references end with their DOIs",
          "[user57]") {
  Parsed p = page("tandf-pdf-markdown.md");
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.title == "Assessing the impact of timing errors in sequence analysis");
  REQUIRE(r.authors.size() == 2);
  CHECK(r.authors[0].family == "Ritschard");
  CHECK(r.authors[1].family == "Liao");
  CHECK(r.doi == "10.1080/13645579.2026.2666297");
  CHECK(r.container_title == "International Journal of Social Research Methodology");
  CHECK(r.issued.year == 2026);
  REQUIRE(r.references.size() == 36);
  CHECK(starts_with(r.references[25].raw, "Preud\u2019homme, G., Duarte, K.,"));
  CHECK(starts_with(r.references[26].raw, "R Core Team. (2024)."));
  CHECK(ends_with(r.references[24].raw, "https://doi.org/10.1016/j.alcr.2018.10.004"));
  CHECK(ends_with(r.references[4].raw, "https://doi.org/10.1016/j.jeconom.2023.105581"));
  CHECK(r.references[4].doi == "10.1016/j.jeconom.2023.105581");
  // Every page break inside the list said: two "## Page N" lines, two running headers.
  CHECK(warnings_with(p, "a page number inside a reference list") == 2);
  CHECK(warnings_with(p, "a running header or footer") == 2);
  // Of several level-one headings, the one written twice; none when none repeats.
  CHECK(markdown_title_offset("# Journal\n\n# Title\n\ntext\n\n# Title\n") == 11);
  CHECK(markdown_title_offset("# One\n\n# Two\n") == std::string_view::npos);
  CHECK(markdown_title_offset("# A\n# B\n# A\n# B\n") == std::string_view::npos);
}

// Main: "Khoo S.-E." was the family name "khoo s e", "Coyle-Shapiro J.A.M." "coyle shapiro j a m" (initials of more
// than four characters, or with a hyphen, were not read as initials): each such reference a cited work apart from
// the same work cited as "Khoo S.E." or "Coyle-Shapiro J.".
TEST_CASE("Cited works: Scopus's hyphenated and long initials are initials", "[user57]") {
  CHECK(reference_author("Khoo S.-E.") == std::pair<std::string, char>{"khoo", 's'});
  CHECK(reference_author("Coyle-Shapiro J.A.M.") == std::pair<std::string, char>{"coyle shapiro", 'j'});
  CHECK(reference_author("Chung J.-S.") == std::pair<std::string, char>{"chung", 'j'});
  // Unchanged: WoS's initials, a capitalised family word before them, a name in capitals.
  CHECK(reference_author("LE ROUX J") == std::pair<std::string, char>{"le roux", 'j'});
  CHECK(reference_author("Khoo SE") == std::pair<std::string, char>{"khoo", 's'});
  CHECK(reference_author("GARCIA-MARQUEZ G") == std::pair<std::string, char>{"garcia marquez", 'g'});
  CitedWorks works;
  const std::uint32_t khoo = works.add(parse_scopus_reference(
      "Khoo S.-E., Voight-Graf C., McDonald P., Temporary skilled migration to Australia: Employers' perspectives, "
      "International Migration, 45, 4, pp. 175-199, (2007)"));
  CHECK(works.add(parse_scopus_reference(
            "Khoo S.E., Voigt-Graf C., McDonald P., Temporary skilled migration to Australia: Employers' perspectives, "
            "International Migration, 45, 4, pp. 175-201, (2007)")) == khoo);
}

// A numbered reference a page or column break cut in two, a blank line between its halves, as a converted PDF
// keeps it: JMIS's "17. Minneman, S.L., and Bly, S.A. Managing à trois: a study of a multi-user drawing tool in" /
// "" / "distributed design work. In ACM SIGCHI ..." (Hayne, Pendergast & Greenberg 1993, converted to Markdown:
// found by the code search, no licence: measured, not copied; 34 references).  Main: the list ended there without
// a word, the reference's second half and references 18 to 34 lost.  The strings below are that list's.
TEST_CASE("A numbered reference cut by a page break goes on after the blank line when the numbering does",
          "[user57]") {
  const std::string text =
      "REFERENCES\n\n"
      "16. Kobayashi, M., and Ishii, H. ClearBoard: a novel shared drawing medium that supports gaze awareness in "
      "remote collaboration. IEICE Transactions on Communications, 76, 6 (1993): 609\xE2\x80\x93" "624.\n\n"
      "17. Minneman, S.L., and Bly, S.A. Managing \xC3\xA0 trois: a study of a multi-user drawing tool in\n\n"
      "distributed design work. In ACM SIGCHI Conference on Human Factors in Computing Systems, New Orleans, April "
      "28\xE2\x80\x93May 2, 1991, pp. 217\xE2\x80\x93" "224.\n\n"
      "18. Minneman, S.L., and Bly, S.A. Experiences in the development of a multi-user drawing tool. In The 3rd "
      "Guelph Symposium on Computer Mediated Communication, Guelph, Ontario, May 15\xE2\x80\x93" "17, 1990, pp. "
      "154\xE2\x80\x93" "167.\n\n"
      "19. Nunamaker, J.F.; Dennis, A.; Valacich, J.; Vogel, D.; and George, J. Electronic meeting systems to support "
      "group work. Communications of the ACM, 34, 7 (1991): 40\xE2\x80\x93" "61.\n\n"
      "This text follows the list.\n";
  const std::vector<ReferenceList> lists = find_reference_lists(text);
  REQUIRE(lists.size() == 1);
  REQUIRE(lists[0].items.size() == 4);
  CHECK(ends_with(lists[0].items[1].text, "drawing tool in distributed design work. In ACM SIGCHI Conference on Human "
                                          "Factors in Computing Systems, New Orleans, April 28\xE2\x80\x93May 2, 1991, "
                                          "pp. 217\xE2\x80\x93" "224."));
  CHECK(lists[0].items[3].number == "19");
  // A paragraph after the list that the numbering does not follow is not the list's.
  CHECK(lists[0].items[3].text.find("This text") == std::string::npos);
}

// Main: "RUI Y, 1999, ACM MULTIMEDIA SYSTE, V7, P359" and "Rui Y, 1999, MULTIMEDIA SYST, V7, P359, DOI ..." (the
// multimedia WoS export) were two cited works, as were Zhang HJ 1993's: a publisher's acronym before one name.
TEST_CASE("Cited works: a journal named with its publisher's acronym before it, where volume and page agree",
          "[user57]") {
  CitedWorks works;
  const std::uint32_t rui =
      works.add(parse_wos_reference("Rui Y, 1999, MULTIMEDIA SYST, V7, P359, DOI 10.1007/s005300050138"));
  CHECK(works.add(parse_wos_reference("RUI Y, 1999, ACM MULTIMEDIA SYSTE, V7, P359")) == rui);
  // Not on another page, nor when both names have an acronym of their own.
  CHECK(works.add(parse_wos_reference("RUI Y, 1999, ACM MULTIMEDIA SYSTE, V7, P360")) != rui);
  const std::uint32_t ieee = works.add(parse_wos_reference("Li X, 2010, IEEE T MULTIMEDIA, V12, P1"));
  CHECK(works.add(parse_wos_reference("Li X, 2010, ACM T MULTIMEDIA, V12, P1")) != ieee);
}

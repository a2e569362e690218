// Issue 11 (audit55b): the merged record's fields when its sources disagree.
// - A text field (title, journal, publisher) is what most sources say, their
//   form aside, when one source says something else (Google Scholar's title
//   with its journal glued on, MEDLINE's journal with its subtitle, ProQuest's
//   "Journal of Service Research : JSR", "Wiley Online Library"); a tie keeps
//   the first source's, in mixed case.  Two exports of one database record
//   say a thing once.
// - Of two years given as often, one ten years or more after the other is a
//   database's date of putting an old issue online: the earlier.
// - Pages: a range from the page another source gives alone or leaves open.
// - Authors: the persons most sources name (ProQuest's given-first names
//   beside Web of Science's and Scopus's).
// Every source's value stays listed in the work's choices (`refnet show`).
#include <catch2/catch.hpp>

#include <algorithm>

#include "refnet/dedup.hpp"
#include "refnet/merge.hpp"
#include "refnet/store.hpp"
#include "refnet/text.hpp"
#include "ingest_support.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

// `refnet dedup --apply`: each group found joined into its first work.
void apply_duplicates(Library& lib) {
  auto groups = find_duplicates(lib);
  Library::Transaction tx(lib);
  for (const auto& g : groups) lib.merge(g.works.front(), {g.works.begin() + 1, g.works.end()}, "fuzzy", "test");
  tx.commit();
}

bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

Record located(const char* title, const char* pages, int year) {
  Record r;
  r.type = "article-journal";
  r.title = title;
  r.pages = pages;
  r.issued.year = year;
  Creator tobler;
  tobler.family = "Tobler";
  tobler.given = "Waldo R.";
  r.authors.push_back(tobler);
  return r;
}

}  // namespace

TEST_CASE("audit55b: Tobler's papers in Google Scholar, Lens, Web of Science and Scopus: one work each, each field "
          "as most sources say it",
          "[audit55b][dedup]") {
  // fixtures/dedup/merged_fields_{pop.csv,lens.csv,wos.txt,scopus.ris}:
  // tributetotobler/bibliotobler @d280288 (GPL-3.0), data/PoPCites.csv,
  // lens-export.csv, wos/savedrecs.txt and scopus.ris, five works' records
  // whole.  Before:
  //  - "A preliminary analysis of the spread of the depression", Geographical
  //    Analysis 7(4):427-434 of 1975: Lens (2010, Wiley's backfile put online)
  //    and Scopus (1975) share a DOI and merged on import; the work took
  //    Lens's 2010 (a tie, the first source's), and the year vetoed Google
  //    Scholar's and Web of Science's records of 1975: three works.
  //  - "On the first law of geography: A reply": the work showed Google
  //    Scholar's title with the journal glued on ("... A Reply Annals of the
  //    Association of American Geographers 94 (2): 304-310"), which four
  //    other records write without it.
  //  - Yoo, Kyriakidis & Tobler 2010: publisher "Wiley Online Library" (Google
  //    Scholar's) where Lens and Web of Science say Wiley.
  //  - "Automation and Cartography" 1959, "Geographic Area and Map
  //    Projections" 1963: Lens's first page alone ("526", "59") where Web of
  //    Science gives the range from it (526-534, 59-78).
  TempDir tmp;
  Library lib(tmp / "lib.sqlite");
  import_files(lib, {fixture("dedup/merged_fields_pop.csv"), fixture("dedup/merged_fields_lens.csv"),
                     fixture("dedup/merged_fields_wos.txt"), fixture("dedup/merged_fields_scopus.ris")});
  apply_duplicates(lib);
  CHECK(lib.stats().works == 5);
  int seen = 0;
  lib.each(Query{}, [&](const Work& w) {
    const std::string title = fold_words(w.record.title);
    const MergedView mv = merge_records(lib.source_records(w.id));
    if (starts_with(title, "a preliminary analysis")) {
      ++seen;
      CHECK(lib.source_records(w.id).size() == 4);
      CHECK(w.record.issued.year == 1975);
      CHECK(has(listed_for(mv, "issued"), "2010-09-03"));  // Lens's date stays listed
    } else if (starts_with(title, "on the first law")) {
      ++seen;
      CHECK(w.record.title == "On the first law of geography: A reply");
      CHECK(has(listed_for(mv, "title"),
                "On the First Law of Geography: A Reply Annals of the Association of American Geographers 94 (2): "
                "304-310"));
    } else if (starts_with(title, "reconstructing population density")) {
      ++seen;
      CHECK(w.record.publisher == "Wiley");
      CHECK(has(listed_for(mv, "publisher"), "Wiley Online Library"));
    } else if (title == "automation and cartography") {
      ++seen;
      CHECK(w.record.pages == "526-534");
      CHECK(has(listed_for(mv, "pages"), "526"));
    } else if (title == "geographic area and map projections") {
      ++seen;
      CHECK(w.record.pages == "59-78");
    }
    return true;
  });
  CHECK(seen == 5);
}

TEST_CASE("audit55b: of two years given as often, one ten years or more later is a backfile's, not the work's",
          "[audit55b][dedup]") {
  // Lens's 2010 and Scopus's 1975 for Geographical Analysis 7(4), in either
  // order; an online-first year and the issue's (2017, 2018) stay the first
  // source's, and a year most sources give wins as before.
  Record lens = located("A preliminary analysis of the spread of the depression", "427-434", 2010), scopus = lens;
  scopus.issued.year = 1975;
  CHECK(merge_records({lens, scopus}).record.issued.year == 1975);
  CHECK(merge_records({scopus, lens}).record.issued.year == 1975);
  Record online = lens, print = lens;
  online.issued.year = 2017;
  print.issued.year = 2018;
  CHECK(merge_records({online, print}).record.issued.year == 2017);
  CHECK(merge_records({print, online}).record.issued.year == 2018);
  CHECK(merge_records({lens, lens, scopus}).record.issued.year == 2010);
  // Two exports of one Web of Science record say their year once.
  Record wos1 = lens, wos2 = lens;
  wos1.wos_ut = wos2.wos_ut = "WOS:A1975AB12300004";
  wos1.provenance.format = wos2.provenance.format = "wos";
  CHECK(merge_records({wos1, wos2, scopus}).record.issued.year == 1975);
}

TEST_CASE("audit55b: pages a source gives alone or leaves open are the range another source gives from that page",
          "[audit55b][dedup]") {
  // Cochrane CENTRAL's and ABI/INFORM's first page ("2421" beside MEDLINE's,
  // PsycINFO's and Scopus's 2421-2431: MaxenceOuafik/MSM-Syndemic-Scoping-
  // Review @0f5df1a, no licence, measured), Web of Science's "537-&".
  Record first_only = located("Syndemic indicators", "2421", 2019), range = first_only;
  first_only.volume = "33";
  first_only.issue = "7";
  range.pages = "2421-2431";
  MergedView mv = merge_records({first_only, range});
  CHECK(mv.record.pages == "2421-2431");
  CHECK(mv.record.volume == "33");
  CHECK(has(listed_for(mv, "pages"), "2421"));
  Record open = range, whole = range;
  open.pages = "537-&";
  whole.pages = "537\u2013542";
  CHECK(merge_records({open, whole}).record.pages == "537\u2013542");
  // Another range from the same page is another claim: the first source's.
  Record intro = range, article = range;
  intro.pages = "1223-1224";
  article.pages = "1223-1239";
  CHECK(merge_records({intro, article}).record.pages == "1223-1224");
  // An abbreviated range beside its whole form: the whole.
  Record wos = range, scopus = range;
  wos.pages = "1001-19";
  scopus.pages = "1001-1019";
  CHECK(merge_records({wos, scopus}).record.pages == "1001-1019");
  scopus.pages = "1001-1020";
  CHECK(merge_records({wos, scopus}).record.pages == "1001-19");
}

TEST_CASE("audit55b: a journal one source names otherwise gives way to the name two others agree on, but two "
          "exports of one record say it once",
          "[audit55b][dedup]") {
  // MEDLINE's "Health psychology : official journal of the Division of Health
  // Psychology, American Psychological Association" beside PsycINFO's and
  // Scopus's "Health Psychology" (MSM-Syndemic-Scoping-Review, measured).
  Record medline = located("Syndemic indicators", "1-10", 2019), psycinfo = medline, scopus = medline;
  medline.container_title = "Health psychology : official journal of the Division of Health Psychology, American "
                            "Psychological Association";
  psycinfo.container_title = "HEALTH PSYCHOLOGY";
  scopus.container_title = "Health Psychology";
  MergedView mv = merge_records({medline, psycinfo, scopus});
  CHECK(mv.record.container_title == "Health Psychology");  // of the two, the one in mixed case
  CHECK(has(listed_for(mv, "container"), medline.container_title));
  // Two sources, the name before MEDLINE's qualifier: Scopus's (journal_name).
  CHECK(merge_records({medline, scopus}).record.container_title == "Health Psychology");
  Record other = scopus;  // two names, one each: the first source's
  other.container_title = "Psychology, Health & Medicine";
  CHECK(merge_records({scopus, other}).record.container_title == "Health Psychology");
  CHECK(merge_records({other, scopus}).record.container_title == "Psychology, Health & Medicine");
  // Gennadii56/base @29f8009 (no licence, measured): Web of Science's two
  // exports name the conference, Scopus the proceedings' series: one each.
  Record wos1 = medline, wos2 = medline, series = medline;
  wos1.container_title = wos2.container_title = "2019 WORKSHOP ON MATERIALS AND ENGINEERING IN AERONAUTICS";
  wos1.wos_ut = wos2.wos_ut = "WOS:000511234500012";
  wos1.provenance.format = wos2.provenance.format = "wos";
  series.container_title = "IOP Conference Series: Materials Science and Engineering";
  CHECK(merge_records({series, wos1, wos2}).record.container_title == series.container_title);
  // "&" and "and" are one word ("Genes & Genomics", "Genes and Genomics").
  Record amp = medline, and_ = medline;
  amp.container_title = "Genes & Genomics";
  and_.container_title = "Genes and Genomics";
  CHECK(merge_records({and_, amp, amp}).record.container_title == "Genes and Genomics");
}

TEST_CASE("audit55b: the persons most sources name, in the best form any gives", "[audit55b][dedup]") {
  // fixtures/dedup/name_order_{proquest,wos,scopus}.ris, in the shape of
  // ChannarongIntahchomphoo/Effects-of-AI-and-robotics-on-human-labour
  // @e5a867d ABI:INFORM.ris, Web of Science.ris and scopus.ris (no licence:
  // measured, nothing copied; title, names, journal and DOI made up):
  // ProQuest writes a Chinese name given name first ("AU  - Ming-Hui,
  // Huang" for Huang, Ming-Hui; 3 works of the 184 merged in that set), and
  // its full given names made its list the work's: "Wei-Ling" its first
  // author's family name, which Web of Science ("Chen, WL") and Scopus
  // ("Chen, W.-L.") name Chen.  Its journal "Journal of Service Operations :
  // JSO" gave way to the name the two others give.
  TempDir tmp;
  Library lib(tmp / "lib.sqlite");
  import_files(lib, {fixture("dedup/name_order_proquest.ris"), fixture("dedup/name_order_wos.ris"),
                     fixture("dedup/name_order_scopus.ris")});
  apply_duplicates(lib);
  REQUIRE(lib.stats().works == 1);
  const Record r = lib.record(1, RecordParts{}).value();
  REQUIRE(r.authors.size() == 2);
  CHECK(r.authors[0].family == "Chen");
  CHECK(r.authors[1].family == "Baxter");
  CHECK(r.authors[1].given == "Oliver J");  // completed from ProQuest's list
  CHECK(r.container_title == "Journal of Service Operations");
  const MergedView mv = merge_records(lib.source_records(1));
  CHECK(has(listed_for(mv, "authors"), "Wei-Ling, Chen; Baxter, Oliver J"));
}

TEST_CASE("audit55b: a journal's name, not MEDLINE's catalogue title: no qualifier after it, its words capitalised as "
          "the journal does",
          "[audit55b][dedup]") {
  // fixtures/dedup/journal_name_{embase,pubmed,scopus,wos}.ris:
  // AlexTaiNguyen006/NMN-NR-systematic-review-meta-analysis @0f7fcc7 (MIT),
  // data/screening/embase.ris, pubmed.ris, scopus.ris and wos.ris, records
  // whole: "Clinical Evidence for Targeting NAD Therapeutically" (Ovid Embase
  // and PubMed: "Pharmaceuticals (Basel, Switzerland)", NLM's title with its
  // place; Scopus "Pharmaceuticals", Web of Science "PHARMACEUTICALS") and
  // "Boosting NAD level suppresses inflammatory activation of PBMCs in heart
  // failure" (Embase "The Journal of clinical investigation", Scopus "Journal
  // of Clinical Investigation").  The work showed the catalogue's forms,
  // those of the first source.  In the five files of that search 136 merged
  // works' sources name their journal differently: 11 showed a qualifier
  // another source's name goes without, 75 MEDLINE's sentence case beside a
  // source's capitalised name (0 and 0 after).
  TempDir tmp;
  Library lib(tmp / "lib.sqlite");
  import_files(lib, {fixture("dedup/journal_name_embase.ris"), fixture("dedup/journal_name_pubmed.ris"),
                     fixture("dedup/journal_name_scopus.ris"), fixture("dedup/journal_name_wos.ris")});
  REQUIRE(lib.stats().works == 2);
  std::vector<std::string> journals;
  lib.each(Query{}, [&](const Work& w) {
    journals.push_back(w.record.container_title);
    CHECK(has(listed_for(merge_records(lib.source_records(w.id)), "container"),
              journals.size() == 1 ? "Pharmaceuticals (Basel, Switzerland)" : "The Journal of clinical investigation"));
    return true;
  });
  CHECK(journals == std::vector<std::string>{"Pharmaceuticals", "Journal of Clinical Investigation"});
  // A qualifier no other source's name stands before stays; a name in capitals is no journal's own form.
  Record medline = located("Title", "1-2", 2020), wos = medline;
  medline.container_title = "Journal of clinical oncology : official journal of the American Society of Clinical "
                            "Oncology";
  wos.container_title = "JOURNAL OF CLINICAL ONCOLOGY";
  CHECK(merge_records({medline, wos}).record.container_title == medline.container_title);
}

// A newer export of a record a work already holds, from the same database
// (same WoS UT, Scopus EID, PMID from PubMed, or DOI from the same
// database's format), supersedes the older record in the work's view; a
// record from another database does not; the user's corrections stay on top.
#include <catch2/catch.hpp>

#include <algorithm>

#include "refnet/merge.hpp"
#include "refnet/store.hpp"
#include "refnet/text.hpp"
#include "refnet/user_fields.hpp"
#include "support.hpp"

using namespace refnet;
using refnet::test::TempDir;

namespace {

Record exported(const std::string& format, const std::string& pages, const std::string& tag) {
  Record r;
  r.type = "article-journal";
  r.title = "Karyotypic variation in spotted skunks";
  r.issued.year = 1996;
  Creator c;
  c.family = "Perry";
  c.given = "J. J.";
  r.authors.push_back(c);
  r.container_title = "Journal of Mammalogy";
  r.volume = "77";
  r.pages = pages;
  r.doi = "10.1234/skunks";
  r.provenance.format = format;
  r.provenance.file = format + ".txt";
  r.provenance.line = 1;
  r.provenance.hash = content_hash(format, pages + tag);
  return r;
}

Record wos(const std::string& pages, const std::string& tc) {
  Record r = exported("wos", pages, tc);
  r.wos_ut = "WOS:A1996UP02800003";
  r.extra.push_back({"WC", "Zoology", ""});
  r.extra.push_back({"WC", "Genetics & Heredity", ""});
  r.extra.push_back({"TC", tc, ""});
  return r;
}

Record scopus(const std::string& pages) {
  Record r = exported("scopus-csv", pages, "");
  r.scopus_eid = "2-s2.0-0029956789";
  return r;
}

bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

}  // namespace

TEST_CASE("a newer record of the same database supersedes the older one in the view; another database's does not",
          "[core][store]") {
  TempDir dir;
  Library lib(dir / "lib.sqlite");
  Library::Transaction tx(lib);
  const std::int64_t id = lib.add(wos("119-122", "3"), true).work_id;
  lib.edit_user_record(id, [](Record& u) { set_user_field(u, "title", "Karyotypes of spotted skunks"); });

  // Scopus says other pages: the WoS record was first, and stays in the view.
  auto s = lib.add(scopus("119-123"), true);
  CHECK(s.status == Library::AddStatus::merged);
  CHECK(s.updated.empty());
  CHECK(lib.record(id, RecordParts::all())->pages == "119-122");

  // The same WoS record, exported later: corrected pages, a new count.
  auto later = lib.add(wos("119-124", "17"), true);
  CHECK(later.status == Library::AddStatus::merged);
  CHECK(later.work_id == id);
  CHECK(has(later.updated, "pages"));
  CHECK(has(later.updated, "TC"));
  CHECK_FALSE(has(later.updated, "title"));
  CHECK_FALSE(has(later.updated, "WC"));  // a repeated field, the same values
  Record view = *lib.record(id, RecordParts::all());
  CHECK(view.pages == "119-124");
  CHECK(view.get_extra("TC") == "17");
  CHECK(std::count_if(view.extra.begin(), view.extra.end(), [](const ExtraField& e) { return e.name == "WC"; }) == 2);
  CHECK(view.title == "Karyotypes of spotted skunks");  // the user's correction wins

  // The older record stays a source, its pages the provenance's alternative.
  std::vector<Record> sources = lib.source_records(id);
  CHECK(std::count_if(sources.begin(), sources.end(), [](const Record& r) { return r.pages == "119-122"; }) == 1);
  MergedView mv = merge_records(sources);
  auto pages = std::find_if(mv.choices.begin(), mv.choices.end(), [](const FieldChoice& c) { return c.field == "pages"; });
  REQUIRE(pages != mv.choices.end());
  CHECK(pages->value == "119-124");
  CHECK(std::any_of(pages->alternatives.begin(), pages->alternatives.end(),
                    [](const auto& a) { return a.second == "119-122"; }));

  // Undoing the import's merge gives the older view back.
  lib.unmerge_work(id);
  CHECK(lib.record(id, RecordParts::all())->pages == "119-122");
  tx.commit();
}

TEST_CASE("the same record again from another database kind, or the same DOI in a non-database format, updates nothing",
          "[core][store]") {
  Record a = wos("119-122", "3");
  Record b = scopus("119-123");
  CHECK_FALSE(supersedes(b, a));
  CHECK(supersedes(wos("119-124", "17"), a));
  // PubMed: the PMID, from a PubMed export.
  Record m1 = exported("medline", "1-2", "1"), m2 = exported("medline", "1-3", "2");
  m1.pmid = m2.pmid = "8765432";
  m1.doi.clear();
  m2.doi.clear();
  CHECK(supersedes(m2, m1));
  // Two BibTeX files with the same DOI may come from anywhere.
  CHECK_FALSE(supersedes(exported("bibtex", "1-2", "1"), exported("bibtex", "1-3", "2")));
  // The same DOI from the same database's own format.
  CHECK(supersedes(exported("crossref", "1-2", "1"), exported("crossref", "1-3", "2")));
  // The user's record is never superseded, nor supersedes.
  Record u = a;
  u.provenance.format = std::string(kUserFormat);
  CHECK_FALSE(supersedes(a, u));
}

TEST_CASE("each database's export date is read from the record's own fields", "[core][store]") {
  auto with = [](const std::string& format, std::initializer_list<std::pair<const char*, const char*>> extra) {
    Record r;
    r.provenance.format = format;
    for (auto [n, v] : extra) r.add_extra(n, v);
    return r;
  };
  auto ymd = [](const Date& d) { return std::to_string(d.year) + "-" + std::to_string(d.month) + "-" + std::to_string(d.day); };
  CHECK(ymd(export_date(with("wos", {{"DA", "2022-10-05"}}))) == "2022-10-5");
  CHECK(ymd(export_date(with("medline", {{"DCOM", "20211011"}, {"LR", "20221012"}}))) == "2022-10-12");
  CHECK(ymd(export_date(with("medline", {{"DCOM", "20211011"}}))) == "2021-10-11");
  CHECK(ymd(export_date(with("pubmed-xml", {{"DateCreated", "2011-01-02"}, {"DateRevised", "2012-09-27"}}))) == "2012-9-27");
  CHECK(ymd(export_date(with("crossref", {{"deposited", "2019-05-01"}, {"indexed", "2024-11-19"}}))) == "2024-11-19");
  CHECK(ymd(export_date(with("ris", {{"N1", "Cited By :12"}, {"N1", "Export Date: 3 July 2020"}}))) == "2020-7-3");
  // No date written, or not a whole day, or another format's field of that name: none.
  CHECK(export_date(with("scopus-csv", {})).empty());
  CHECK(export_date(with("wos", {{"DA", "2022"}})).empty());
  CHECK(export_date(with("ris", {{"DA", "2022-10-05"}})).empty());
  CHECK(export_date(with("bibtex", {{"DA", "2022-10-05"}})).empty());
}

TEST_CASE("an older export imported after a newer one does not supersede it; undated ones go by import order",
          "[core][store]") {
  Record june = wos("119-124", "17"), january = wos("119-122", "3");
  june.extra.push_back({"DA", "2022-06-01", ""});
  january.extra.push_back({"DA", "2022-01-15", ""});
  CHECK(same_database_record(january, june));
  CHECK_FALSE(supersedes(january, june));  // imported later, exported earlier
  CHECK(supersedes(june, january));
  // The view: the June export's values whatever the import order; January's stay alternatives.
  for (const auto& order : {std::vector<Record>{june, january}, std::vector<Record>{january, june}}) {
    MergedView mv = merge_records(order);
    CHECK(mv.record.pages == "119-124");
    CHECK(mv.record.get_extra("TC") == "17");
  }
  // Without dates on both sides the later import wins, as before.
  Record undated = wos("119-125", "20");
  CHECK(supersedes(undated, june));
  CHECK(merge_records({june, undated}).record.pages == "119-125");

  TempDir d;
  Library lib(d / "lib.sqlite");
  Library::AddResult first = lib.add(june, true);
  Library::AddResult older = lib.add(january, true);
  CHECK(older.status == Library::AddStatus::merged);
  CHECK(older.work_id == first.work_id);
  CHECK(older.older);
  CHECK(older.updated.empty());
  CHECK(lib.get(first.work_id)->record.pages == "119-124");
}

TEST_CASE("a BibTeX entry exported again by the same tool joins its work by key, title and year, never by key alone",
          "[core][store]") {
  auto entry = [](const std::string& key, const std::string& title, int year, const std::string& pages) {
    Record r;
    r.type = "article-journal";
    r.title = title;
    r.issued.year = year;
    r.citekey = key;
    r.pages = pages;
    r.provenance.format = "bibtex";
    r.provenance.file = "refs.bib";
    r.provenance.hash = content_hash("bibtex", key + title + pages + std::to_string(year));
    return r;
  };
  TempDir d;
  Library lib(d / "lib.sqlite");
  Record first = entry("smith2020", "Open data in {Ghana}", 2020, "1-10");
  const std::int64_t work = lib.add(first, true, "smith2020").work_id;
  // The re-export: its own key is taken, so it got another; the entry key joins it.
  Record again = entry("smith2020a", "Open Data in Ghana", 2020, "1-12");
  Library::AddResult res = lib.add(again, true, "smith2020");
  CHECK(res.status == Library::AddStatus::merged);
  CHECK(res.work_id == work);
  // Titles agree folded; the re-export's spelling and pages show.
  CHECK(res.updated == std::vector<std::string>{"title", "pages"});
  CHECK(lib.get(work)->record.pages == "1-12");
  CHECK(lib.get(work)->record.title == "Open Data in Ghana");
  // Same key, another title or another year: another work.
  CHECK(lib.add(entry("smith2020b", "Closed data in Ghana", 2020, "5-6"), true, "smith2020").status ==
        Library::AddStatus::added);
  CHECK(lib.add(entry("smith2020c", "Open data in Ghana", 2021, "1-12"), true, "smith2020").status ==
        Library::AddStatus::added);
  // Without the key the file gave (a record number, or none): no join.
  CHECK(lib.add(entry("smith2020d", "Open data in Ghana", 2020, "1-13"), true).status == Library::AddStatus::added);
  // Another format with the same key is another tool's record.
  Record ris = entry("smith2020e", "Open data in Ghana", 2020, "1-14");
  ris.provenance.format = "ris";
  CHECK(lib.add(ris, true, "smith2020").status == Library::AddStatus::added);
}

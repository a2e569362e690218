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

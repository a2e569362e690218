// Ingest: the one path into the library.  BibTeX crossref children and
// their parents find each other in whichever order they arrive.
#include <catch2/catch.hpp>

#include "refnet/ingest.hpp"
#include "refnet/store.hpp"
#include "ingest_support.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

void check_child_resolved(Library& lib) {
  auto ids = lib.resolve("Chen2021graph");
  REQUIRE(ids.size() == 1);
  Record child = lib.get(ids[0])->record;
  CHECK(child.title == "Graph Neural Networks for Citation Recommendation");  // its own
  CHECK(child.pages == "112-121");
  CHECK(child.container_title ==
        "Proceedings of the 27th ACM SIGKDD Conference on Knowledge Discovery and Data Mining");
  CHECK(child.issued.year == 2021);
  CHECK(child.publisher == "ACM");
  CHECK(child.publisher_place == "New York, NY, USA");
  REQUIRE(child.editors.size() == 3);
  CHECK(child.editors[0].family == "Zhu");
  CHECK(child.authors.size() == 2);  // its own, not the parent's editors
  CHECK(child.doi.empty());          // the parent's DOI names the parent
  CHECK(child.isbn == std::vector<std::string>{"978-1-4503-8332-5"});
  // The stored source is what one import of both files would have given.
  auto sources = lib.source_records(ids[0]);
  REQUIRE(sources.size() == 1);
  CHECK(sources[0].container_title == child.container_title);
  CHECK(lib.stats().works == 2);
}

}  // namespace

TEST_CASE("crossref: parent file first, then the child, in one import", "[ingest]") {
  TempDir tmp;
  Library lib(tmp / "lib.sqlite");
  import_files(lib, {fixture("ingest/crossref_parent.bib"), fixture("ingest/crossref_child.bib")});
  check_child_resolved(lib);
}

TEST_CASE("crossref: the child's file before its parent's, in one import", "[ingest]") {
  TempDir tmp;
  Library lib(tmp / "lib.sqlite");
  import_files(lib, {fixture("ingest/crossref_child.bib"), fixture("ingest/crossref_parent.bib")});
  check_child_resolved(lib);
}

TEST_CASE("crossref: the child imported first, its parent in a later import", "[ingest]") {
  TempDir tmp;
  {
    Library lib(tmp / "lib.sqlite");
    import_files(lib, {fixture("ingest/crossref_child.bib")});
    auto child = lib.get(lib.resolve("Chen2021graph").at(0))->record;
    CHECK(child.container_title.empty());  // waits for its parent
  }
  Library lib(tmp / "lib.sqlite");  // another session
  import_files(lib, {fixture("ingest/crossref_parent.bib")});
  check_child_resolved(lib);
}

TEST_CASE("crossref: the parent imported first, the child in a later import", "[ingest]") {
  TempDir tmp;
  Library lib(tmp / "lib.sqlite");
  import_files(lib, {fixture("ingest/crossref_parent.bib")});
  import_files(lib, {fixture("ingest/crossref_child.bib")});
  check_child_resolved(lib);
}

TEST_CASE("crossref: the child's own fields win over its parent's", "[ingest]") {
  TempDir tmp;
  Library lib(tmp / "lib.sqlite");
  Record child;
  child.title = "A chapter";
  child.issued.year = 2020;
  child.publisher = "Own Press";
  child.citekey = "ch1";
  child.provenance = {"x.bib", "bibtex", 1, 1, 11};
  child.add_extra("crossref", "Book1");
  Record parent;
  parent.type = "book";
  parent.title = "The Book";
  parent.issued.year = 2019;
  parent.publisher = "Parent Press";
  parent.citekey = "book1";  // keys are compared ignoring case
  parent.provenance = {"y.bib", "bibtex", 1, 1, 12};
  {
    Library::Transaction tx(lib);
    Ingest ingest(lib);
    ingest.add(Record(child));
    ingest.add(Record(parent));
    CHECK(ingest.counts().crossref_resolved == 1);
    tx.commit();
  }
  Record got = lib.get(lib.resolve("ch1").at(0))->record;
  CHECK(got.container_title == "The Book");
  CHECK(got.issued.year == 2020);
  CHECK(got.publisher == "Own Press");
}

// Issue 11 (zrdf40): Zotero's collections, tags, notes and attachments come
// along.  Two excerpts of real "Zotero RDF" exports: Accord-Project's shared
// "Semantic BIM" library (nested collections, manual and automatic tags,
// HTML notes with images and lists, a standalone note inside a collection, a
// link attachment) and kishkash555/NLP-for-TA's library (a collection of
// collections, an item in four of them, Scopus's notes repeated six times).
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>

#include "../importers/zotero_fields.hpp"
#include "refnet/store.hpp"
#include "cli_library.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

std::vector<std::string> extras(const Record& r, std::string_view name) {
  std::vector<std::string> out;
  for (const ExtraField& e : r.extra)
    if (e.name == name) out.push_back(e.value);
  return out;
}

const Record& by_title(const Parsed& p, const std::string& start) {
  for (const Record& r : p.records)
    if (r.title.rfind(start, 0) == 0) return r;
  FAIL("no record titled " << start);
  return p.records.front();
}

// What the library holds: tags, notes, collection memberships, in all.
struct Held {
  std::size_t works = 0, tags = 0, notes = 0, files = 0, memberships = 0;
  std::vector<std::string> collections;  // "name<parent"
};
Held held(const std::string& path) {
  Library lib(path, false);
  Held h;
  lib.each(Query{}, [&](const Work& w) {
    ++h.works;
    h.tags += lib.tags_of(w.id).size();
    h.notes += lib.notes_of(w.id).size();
    h.files += lib.files_of(w.id).size();
    return true;
  });
  std::map<std::int64_t, std::string> names;
  for (const Collection& c : lib.collections()) names[c.id] = c.name;
  for (const Collection& c : lib.collections()) {
    h.collections.push_back(c.name + (c.parent ? "<" + names[c.parent] : ""));
    h.memberships += static_cast<std::size_t>(c.members);
  }
  return h;
}

}  // namespace

TEST_CASE("zrdf40: a Zotero note's HTML becomes readable text", "[zrdf40]") {
  CHECK(zotero_note_text("<p>Read for <b>chapter 3</b></p>\n<p>R&amp;D &lt;3 &#233;t&#xE9;</p>") ==
        "Read for chapter 3\nR&D <3 été");
  CHECK(zotero_note_text("<p>see: <br>https://x.org/a</p>\n<ul>\n<li>IFC</li>\n<li>BCF</li>\n</ul>") ==
        "see:\nhttps://x.org/a\n- IFC\n- BCF");
  CHECK(zotero_note_text("<p>A <a href=\"https://doi.org/10.1/x\">paper</a> and "
                         "<a href=\"https://x.org\">https://x.org</a></p>") ==
        "A paper <https://doi.org/10.1/x> and https://x.org");
  CHECK(zotero_note_text("<p>Graphical Abstract</p><p><img src=\"data:image/png;base64,iVBOR\" alt=\"Fig. 1\" /></p>"
                         "<p><img src='x.png'></p>") == "Graphical Abstract\n[image: Fig. 1]\n[image]");
  CHECK(zotero_note_text("<style>p { color: red }</style><div><div>a</div>\nb</div><!-- c -->") == "a\nb");
  CHECK(zotero_note_text("<p>x < y and y > z</p>") == "x < y and y > z");
  CHECK(zotero_note_text("<p> </p>\n<p></p>").empty());
  CHECK(zotero_note_text("<p>germ</p>\n<p>\xC2\xA0</p><p>&nbsp;</p>") == "germ");  // before: "germ\n\xC2\xA0..."
}

TEST_CASE("zrdf40: Accord's Zotero RDF: nested collections, manual tags, automatic tags, notes, a link",
          "[zrdf40]") {
  Parsed p = parse_file(fixture("zotero_rdf/accord_semantic_bim_excerpt.rdf"));
  // python: items 9, manual tags 29, automatic tags 20, attached notes 9, collections 10, links 1
  REQUIRE(p.records.size() == 9);
  CHECK(p.diags.errors() == 0);
  std::size_t tags = 0, notes = 0, keywords = 0, links = 0;
  for (const Record& r : p.records) {
    tags += extras(r, kLibraryTag).size();
    notes += extras(r, kLibraryNote).size();
    keywords += r.keywords.size();
    links += extras(r, "attachment").size();
    CHECK(extras(r, "note").empty());  // before: the note's HTML, in extra "note"
  }
  CHECK(tags == 29);  // before: 0 (manual tags were keywords)
  CHECK(notes == 9);  // before: 0
  CHECK(keywords == 20);
  CHECK(links == 1);

  const Record& kbim = by_title(p, "Visual language approach to representing KBimCode");
  CHECK(extras(kbim, kLibraryTag) == std::vector<std::string>{"KBimCode", "KBVL", "KBim Visual Language",
                                                               "visual programming"});
  CHECK(kbim.keywords.empty());
  CHECK(extras(kbim, kLibraryCollection) ==
        std::vector<std::string>{"Compliance Checking, Rules, SHACL, Regulations, Validation"});
  std::vector<std::string> kn = extras(kbim, kLibraryNote);
  REQUIRE(kn.size() == 3);
  CHECK(std::count(kn.begin(), kn.end(), "Graphical Abstract\n[image: Graphical Abstract]") == 1);
  for (const std::string& n : kn) {
    CHECK(n.find('<') == std::string::npos);  // no markup left
    CHECK(n.find("base64") == std::string::npos);
  }

  // An item in a collection inside "0 Proceedings" and in a top-level one.
  const Record& ldac = by_title(p, "Ontology-based Building Energy System Commissioning");
  std::vector<std::string> in = extras(ldac, kLibraryCollection);
  std::sort(in.begin(), in.end());
  CHECK(in == std::vector<std::string>{"0 Proceedings\nLDAC 2021", "Environment, Energy, Efficiency, Green, SmartGrid"});

  // The standalone note, said with its first words; it is the one member
  // of a collection that is no item.
  CHECK(said(p, "standalone note (bib:Memo) belongs to no item and refnet keeps notes on works only: skipped "
                "(\"buildingSmart standards:"));
  CHECK(said(p, "1 member of a collection (dcterms:hasPart) is no item of the file"));
  CHECK(said(p, "1 collection (z:Collection) holds no item of the file, nor a collection that does: not made "
                "('Standards')"));
  CHECK(said(p, "1 attachment (z:Attachment): 0 files given to their works (refnet attach), 1 links kept"));
}

TEST_CASE("zrdf40: import gives the works their Zotero tags, notes and nested collections; again, nothing changes",
          "[zrdf40][cli]") {
  CliLibrary lib;
  auto first = lib.run("import '" + fixture("zotero_rdf/accord_semantic_bim_excerpt.rdf") + "'");
  INFO(first.out << first.err);
  REQUIRE(first.status == 0);
  Held a = held(lib.path);
  CHECK(a.works == 9);
  CHECK(a.tags == 29);  // before: 0
  CHECK(a.notes == 9);  // before: 0
  CHECK(a.memberships == 12);  // the hasPart naming items (not the standalone note)
  std::vector<std::string> expected = {
      "0 Proceedings",
      "0 Proceedings/EG-ICE-2020<0 Proceedings",
      "0 Proceedings/LDAC 2021<0 Proceedings",
      "0 Proceedings/LDAC 2022<0 Proceedings",
      "0 Surveys, Reviews, Handbooks",
      "Compliance Checking, Rules, SHACL, Regulations, Validation",
      "Documents, BCF, IDM, Web Collaboration",
      "Environment, Energy, Efficiency, Green, SmartGrid",
      "Geometry, Topology, 3D, Scanning",
  };
  CHECK(a.collections == expected);  // "Standards" holds only the standalone note: not made
  // The parent holds its children's works.
  CHECK(lib.run("list --collection '0 Proceedings' --json").out.find("Ontology-based Building Energy System Commissioning") !=
        std::string::npos);

  auto again = lib.run("import '" + fixture("zotero_rdf/accord_semantic_bim_excerpt.rdf") + "'");
  REQUIRE(again.status == 0);
  Held b = held(lib.path);
  CHECK(b.works == a.works);
  CHECK(b.tags == a.tags);
  CHECK(b.notes == a.notes);
  CHECK(b.memberships == a.memberships);
  CHECK(b.collections == a.collections);
}

TEST_CASE("zrdf40: NLP-for-TA's collection of collections; an item in four; Scopus notes repeated",
          "[zrdf40][cli]") {
  Parsed p = parse_file(fixture("zotero_rdf/nlp_for_ta_collections_excerpt.rdf"));
  REQUIRE(p.records.size() == 6);
  const Record& multi = by_title(p, "Strategic introduction of the marketplace channel");
  std::vector<std::string> in = extras(multi, kLibraryCollection);
  std::sort(in.begin(), in.end());
  CHECK(in == std::vector<std::string>{"T_and_T", "T_and_T\nShen2020selling", "T_and_T\nzenyo2020strategic"});
  // Twelve notes in the file, six "Cited By :51" and six "Export Date": two kept.
  CHECK(extras(multi, kLibraryNote) == std::vector<std::string>{"Cited By :51", "Export Date: 4 January 2021"});
  CHECK(said(p, "10 of the 20 notes attached to items skipped: 0 hold no text, 10 repeat a note of the same item"));
  CHECK(said(p, "(\"germ\")"));  // the standalone note

  CliLibrary lib;
  REQUIRE(lib.run("import '" + fixture("zotero_rdf/nlp_for_ta_collections_excerpt.rdf") + "'").status == 0);
  Held h = held(lib.path);
  CHECK(h.works == 6);
  CHECK(h.notes == 10);
  CHECK(h.tags == 1);
  std::vector<std::string> expected = {"T_and_T", "T_and_T/Shen2020selling<T_and_T", "T_and_T/choi2004optimal<T_and_T",
                                       "T_and_T/zenyo2020strategic<T_and_T"};
  CHECK(h.collections == expected);
}

TEST_CASE("zrdf40: a stored file attachment becomes the work's file, its path from the export's folder",
          "[zrdf40][cli]") {
  // Zotero's layout for an attachment stored with the export ("files/N/name.pdf").
  CliLibrary lib;
  const std::string rdf = lib.dir / "export/Exported Items.rdf";
  std::filesystem::create_directories(std::string(lib.dir / "export"));
  std::ofstream(rdf) << R"(<rdf:RDF
 xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
 xmlns:z="http://www.zotero.org/namespaces/export#"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:link="http://purl.org/rss/1.0/modules/link/">
    <rdf:Description rdf:about="#item_1">
        <z:itemType>journalArticle</z:itemType>
        <dc:title>A study of things</dc:title>
        <link:link rdf:resource="#item_2"/>
    </rdf:Description>
    <z:Attachment rdf:about="#item_2">
        <z:itemType>attachment</z:itemType>
        <rdf:resource rdf:resource="files/2/Smith - 2020 - A study.pdf"/>
        <dc:title>Full Text PDF</dc:title>
        <link:type>application/pdf</link:type>
    </z:Attachment>
</rdf:RDF>
)";
  REQUIRE(lib.run("import '" + rdf + "'").status == 0);
  REQUIRE(lib.run("import '" + rdf + "'").status == 0);
  Library l(lib.path, false);
  CHECK(l.files_of(1) == std::vector<std::string>{lib.dir / "export/files/2/Smith - 2020 - A study.pdf"});
}

TEST_CASE("zrdf40: Better BibTeX JSON: collections nested by parent, manual tags, automatic tags, notes",
          "[zrdf40]") {
  // The layout of Accord-Project/zotero-bibliography's export/better-bibtex-json.json.
  Parsed p = parse_string(R"({"config":{"id":"36a3b0b5"},"collections":{
    "43EH7VLE":{"collections":["9XKQ5Z2B"],"items":[1],"key":"43EH7VLE","name":"0 Proceedings","parent":""},
    "9XKQ5Z2B":{"collections":[],"items":[2,1],"key":"9XKQ5Z2B","name":"LDAC 2021","parent":"43EH7VLE"}},
  "items":[
    {"itemID":1,"itemType":"conferencePaper","title":"One","tags":[{"tag":"have"},{"tag":"BIM","type":1}],
     "notes":[{"note":"<p>Presentation: https://x.org/a.pdf</p>"},{"note":"<p>Presentation: https://x.org/a.pdf</p>"}]},
    {"itemID":2,"itemType":"journalArticle","title":"Two","notes":[{"note":"<p>&nbsp;</p>"}]}]})",
                          Format::zotero_json);
  REQUIRE(p.records.size() == 2);
  std::vector<std::string> in = extras(p.records[0], kLibraryCollection);
  std::sort(in.begin(), in.end());
  CHECK(in == std::vector<std::string>{"0 Proceedings", "0 Proceedings\nLDAC 2021"});
  CHECK(extras(p.records[1], kLibraryCollection) == std::vector<std::string>{"0 Proceedings\nLDAC 2021"});
  CHECK(extras(p.records[0], kLibraryTag) == std::vector<std::string>{"have"});
  CHECK(p.records[0].keywords == std::vector<std::string>{"BIM"});
  CHECK(extras(p.records[0], kLibraryNote) == std::vector<std::string>{"Presentation: https://x.org/a.pdf"});
  CHECK(said(p, "2 notes of items skipped: empty, or repeating a note of the same item word for word"));
}

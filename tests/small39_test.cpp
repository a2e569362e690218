// Small things a new user met (issue 11, task small39; the user's data:
// /tmp/nu37).  Each case failed on the binary of fe8b264.
#include <catch2/catch.hpp>

#include "cli_library.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

using Lib = CliLibrary;

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t p = text.find(what); p != std::string::npos; p = text.find(what, p + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("--offline: a DOI or string not in the cache is a note, exit 0, no progress line on a tiny run",
          "[small39][cli]") {
  Lib lib;
  // pybibx's MEDLINE export of 10 works (fixtures/corpora), one DOI written 10.1177/0272989X20915241.
  lib.import("corpora/pybibx__mcda_pubmed.txt");

  CommandResult r = lib.run("enrich --offline");
  INFO(r.out << r.err);
  CHECK(r.status == 0);
  CHECK(r.err.find("error:") == std::string::npos);
  CHECK(count(r.err, "refnet enrich: note: ") == 10);
  CHECK(r.err.find("refnet enrich: note: 10.1177/0272989X20915241: not in the cache (--offline)") != std::string::npos);
  CHECK(r.err.find("enrich: 10/10") == std::string::npos);  // no progress lines on a run this small
  CHECK(r.out.find("10 not in the cache") != std::string::npos);
  r = lib.run("enrich --offline --json");
  CHECK(r.status == 0);
  CHECK(r.out.find("\"failed\":0,\"not_cached\":10,") != std::string::npos);

  // One work: no `enrich: 1/1 (1229.8/s)`.
  r = lib.run("enrich --offline 10.1177/0272989X20915241");
  CHECK(r.status == 0);
  CHECK(r.err == "refnet enrich: note: 10.1177/0272989X20915241: not in the cache (--offline)\n");

  // fetch: the same note.
  r = lib.run("fetch --offline 10.1177/0272989X20915241");
  CHECK(r.status == 0);
  CHECK(r.err.find("error:") == std::string::npos);
  CHECK(r.out.find("1 not in the cache") != std::string::npos);

  // resolve: the string once (on stdout), not again before ': not in the cache'.
  const std::string ref = "Kassen, M. (2013) A promising phenomenon of open data, Gov Inf Q, 30, 508-513";
  r = lib.run("resolve --offline '" + ref + "'");
  CHECK(r.status == 0);
  CHECK(r.out == "uncached\t-\t" + ref + "\tnot in the cache (--offline)\n");
  CHECK(r.err.find(ref) == std::string::npos);
  CHECK(r.err.find("1 reference string is not in the cache") != std::string::npos);
}

TEST_CASE("export --columns takes the names users type for a column: journal, source, page, author...",
          "[small39][cli]") {
  Lib lib;
  lib.import("corpora/pybibx__mcda_pubmed.txt");
  CommandResult canonical = lib.run("export --format csv --columns key,container,pages,authors,keywords,date --sort key");
  REQUIRE(canonical.status == 0);
  for (const char* typed : {"key,journal,page,author,keyword,issued", "citekey,Journal Title,pages,authors,keywords,date",
                            "key,journal-title,page,author,keyword,date", "key,source,page,author,keyword,date"}) {
    INFO(typed);
    CommandResult r = lib.run(std::string("export --format csv --sort key --columns '") + typed + "'");
    CHECK(r.status == 0);
    CHECK(r.out == canonical.out);
  }
  // A name that is none: the message lists the columns and the names taken for them.
  CommandResult r = lib.run("export --format csv --columns key,jornal");
  CHECK(r.status == 2);
  CHECK(r.err.find("'jornal' is not a column (id, key,") != std::string::npos);
  CHECK(r.err.find("journal=container") != std::string::npos);
}

TEST_CASE("an NLM title in brackets (translated) is read without them", "[small39]") {
  // Ovid MEDLINE via colandr (fixtures/ris/ovid_colandr_translated_title.ris): "[Trends ... 2007-2013]."
  Parsed p = parse_file(fixture("ris/ovid_colandr_translated_title.ris"));
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].title == "Trends in Abuse of Biogenic Drugs in Parts of Germany 2007-2013");
  CHECK(p.records[0].container_title == "Gesundheitswesen (Bundesverband der Arzte des Offentlichen Gesundheitsdienstes (Germany))");
}

TEST_CASE("collection rename: works, place and query stay; undo takes it back; kept exports named", "[small39][cli]") {
  Lib lib;
  lib.import("corpora/pybibx__mcda_pubmed.txt");
  REQUIRE(lib.run("collection new thesis").status == 0);
  REQUIRE(lib.run("collection new ch2 --parent thesis").status == 0);
  REQUIRE(lib.run("collection add ch2 1 2").status == 0);
  REQUIRE(lib.run("collection new recent --query 'decision'").status == 0);
  const std::string bib = lib.dir / "ch2.bib";
  REQUIRE(lib.run("export --keep --collection ch2 -o '" + bib + "'").status == 0);

  CommandResult r = lib.run("collection rename ch2 'chapter 2'");
  INFO(r.out << r.err);
  CHECK(r.status == 0);
  CHECK(r.err.find("renamed collection 'ch2' to 'chapter 2'") != std::string::npos);
  CHECK(r.err.find("the kept export " + bib + " selects --collection 'ch2'") != std::string::npos);
  CHECK(lib.run("collection list").out.find("thesis                        2\n  chapter 2                   2\n") !=
        std::string::npos);
  CHECK(lib.run("list --collection 'chapter 2' --format keys").out == lib.run("list --format keys 1 2").out);
  CHECK(lib.run("log -n 1").out.find("renamed collection \"ch2\" to \"chapter 2\"") != std::string::npos);
  r = lib.run("collection rename recent newest --json");
  CHECK(r.status == 0);
  CHECK(r.out == "{\"collection\":\"recent\",\"to\":\"newest\",\"kept_exports_selecting_it\":[]}\n");
  CHECK(lib.run("collection list").out.find("(saved search: decision)") != std::string::npos);

  REQUIRE(lib.run("undo").status == 0);
  REQUIRE(lib.run("undo").status == 0);
  CHECK(lib.run("collection list").out.find("  ch2 ") != std::string::npos);
  CHECK(lib.run("collection list").out.find("recent") != std::string::npos);

  // Refused, nothing changed: no such collection, a name taken, the same name.
  CHECK(lib.run("collection rename nope other").status != 0);
  r = lib.run("collection rename ch2 thesis");
  CHECK(r.status != 0);
  CHECK(r.err.find("a collection named 'thesis' exists already") != std::string::npos);
  CHECK(lib.run("collection rename ch2 ch2").status == 2);
  CHECK(lib.run("collection list").out.find("  ch2 ") != std::string::npos);
}

TEST_CASE("export says that it pins the keys it writes, in the library, and --json counts them", "[small39][cli]") {
  Lib lib;
  lib.import("corpora/pybibx__mcda_pubmed.txt");
  const std::string bib = lib.dir / "refs.bib";
  CommandResult r = lib.run("export --json -o '" + bib + "'");
  INFO(r.out << r.err);
  CHECK(r.status == 0);
  CHECK(r.out.find(",\"pinned\":10}") != std::string::npos);
  CHECK(r.err.find("refnet export: pinned 10 keys in the library: a key written out never changes") != std::string::npos);
  CHECK(r.err.find("'refnet undo' unpins") != std::string::npos);
  r = lib.run("export --json -o '" + bib + "'");  // pinned already: nothing written to the library
  CHECK(r.out.find(",\"pinned\":0}") != std::string::npos);
  CHECK(r.err.find("pinned") == std::string::npos);
  r = lib.run("export --json --format ris");  // to stdout, the text in the JSON
  CHECK(r.out.find(",\"pinned\":0,\"text\":") != std::string::npos);
}

TEST_CASE("a kept export's rewrite says the paper's file:line warnings as its first run did", "[small39][cli]") {
  Lib lib;
  lib.import("corpora/pybibx__mcda_pubmed.txt");
  REQUIRE(lib.run("rekey --pattern '[auth:lower][year]' --yes mazurek2022monte").status == 0);
  // The paper cites the work by its old key and its new one.
  const std::string tex = lib.dir / "paper.tex", bib = lib.dir / "refs.bib";
  { std::ofstream(tex) << "Text \\cite{mazurek2022monte} and\n\\cite{mazurek2022}.\n"; }
  const std::string warning = tex + ":1:12: warning: mazurek2022monte is an old key of mazurek2022";
  CommandResult first = lib.run("export --keep --cites '" + tex + "' -o '" + bib + "'");
  REQUIRE(first.err.find(warning) != std::string::npos);
  CommandResult again = lib.run("set mazurek2022 volume=18");
  INFO(again.err);
  CHECK(again.err.find("refnet: rewrote " + bib) != std::string::npos);
  CHECK(again.err.find(warning) != std::string::npos);
  // The rest of what the first run said, the same lines.
  auto lines_with = [](const std::string& text, const std::string& what) {
    std::string out;
    for (std::size_t s = 0, e; (e = text.find('\n', s)) != std::string::npos; s = e + 1)
      if (text.compare(s, what.size(), what) == 0) out += text.substr(s, e - s + 1);
    return out;
  };
  CHECK(lines_with(again.err, "refnet export: warning: ") == lines_with(first.err, "refnet export: warning: "));
}

TEST_CASE("a cited work's DOI keeps the spelling of the reference that cites it: show, maps, messages",
          "[small39][cli]") {
  Lib lib;
  // pyBibX's Web of Science export (fixtures/wos): CR lines write DOIs as registered, "DOI 10.1016/S0377-...".
  lib.import("wos/pybibx__wos.txt");
  CommandResult show = lib.run("show 1");
  REQUIRE(show.status == 0);
  CHECK(show.out.find("DOI 10.1016/S0377-2217(01)00370-8\n") != std::string::npos);
  CHECK(show.out.find("doi:10.1016/s0377-2217(01)00370-8") == std::string::npos);  // not again, folded
  // A map's cited-reference nodes: the DOI as the CR wrote it.
  const std::string csv = lib.dir / "refs.csv";
  REQUIRE(lib.run("network cocitation --over references --seed 1 -o '" + csv + "'").status == 0);
  const std::string nodes = slurp(csv);
  CHECK(nodes.find(",10.1016/S0377-2217(01)00370-8,") != std::string::npos);
  CHECK(nodes.find(",10.1016/s0377-2217(01)00370-8,") == std::string::npos);
  // fetch: the DOI as typed.
  CommandResult r = lib.run("fetch --offline 10.1177/0272989X20915241");
  CHECK(r.err.find("10.1177/0272989X20915241: not in the cache") != std::string::npos);
}

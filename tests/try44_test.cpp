// A new user's day (task try44): a scholar, an author and a reviewer on real
// exports.  Each case is something one of them hit.
#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "refnet/network.hpp"
#include "refnet/network_build.hpp"
#include "refnet/network_maps.hpp"
#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

std::vector<NetworkDoc> docs_of(std::initializer_list<const char*> files, const char* type) {
  std::vector<NetworkDoc> docs;
  for (const char* f : files)
    for (auto& r : parse_file(fixture(f)).records)
      docs.push_back(network_doc(std::int64_t(docs.size() + 1), r, NetworkDocParts::for_type(type)));
  return docs;
}

std::string label_of(const Network& n, const std::string& id) {
  for (const auto& x : n.nodes)
    if (x.id == id) return x.label;
  return "(no node " + id + ")";
}

}  // namespace

// An author re-imports the .bib refnet wrote for a paper (README: "refnet's
// own export read back into its library joins the works it was written
// from").  After a title correction the next export writes the user's title,
// and reading it back warned "your title kept over the new export's:" with the
// user's own title as the export's value ("... in {Kazakhstan}": the case
// protection the exporter added), once for every corrected work.
TEST_CASE("re-import of refnet's own export after a correction: the export's value is the user's, nothing said", "[try44]") {
  TempDir tmp;
  auto q = [](const std::string& s) { return "'" + s + "'"; };
  const std::string lib = " --library " + q(tmp / "lib.sqlite");
  REQUIRE(run_refnet("import --quiet" + lib + " " + q(fixture("corpora/umbrella-review__savedrecs.txt"))).status == 0);
  REQUIRE(run_refnet("export --format bibtex" + lib + " -o " + q(tmp / "refs1.bib")).status == 0);
  auto first = run_refnet("import" + lib + " " + q(tmp / "refs1.bib"));
  INFO(first.err);
  REQUIRE(first.status == 0);
  CHECK(first.err.find("kept over") == std::string::npos);
  REQUIRE(run_refnet("set" + lib + " WOS:000938257800001 'title=Urban community resilience indicators in Kazakhstan'")
              .status == 0);
  REQUIRE(run_refnet("export --format bibtex" + lib + " -o " + q(tmp / "refs2.bib")).status == 0);
  REQUIRE(slurp(tmp / "refs2.bib").find("resilience indicators in {Kazakhstan}") != std::string::npos);
  auto second = run_refnet("import" + lib + " " + q(tmp / "refs2.bib"));
  INFO(second.err);
  REQUIRE(second.status == 0);
  CHECK(second.err.find("kept over") == std::string::npos);
  auto shown = run_refnet("show" + lib + " WOS:000938257800001");
  CHECK(shown.out.find("title           Urban community resilience indicators in Kazakhstan\n") != std::string::npos);

  // A value the next export really changed is still said (try43's case).
  std::string edited = slurp(tmp / "refs2.bib");
  edited.replace(edited.find("resilience indicators in {Kazakhstan}"), 37, "resilience indicators in {Kazakhstan}, revised");
  std::ofstream(tmp / "refs3.bib", std::ios::binary) << edited;
  auto third = run_refnet("import" + lib + " " + q(tmp / "refs3.bib"));
  INFO(third.err);
  CHECK(third.err.find("your title kept over the new export's") != std::string::npos);
}

// lead64: the Cochrane Library's RIS export is counted under "Cochrane
// Library" whatever its records link.  Its header names the platform's
// publisher as provider ("Provider: John Wiley & Sons, Ltd."), and a record
// was labelled the Cochrane Library only when its url was on
// cochranelibrary.com: a CENTRAL trial-registry record, whose JA address
// (clinicaltrials.gov, the WHO's trial search) becomes its url, and every
// review of the Cochrane Database of Systematic Reviews (its url a DOI link)
// were counted under "John Wiley & Sons, Ltd." by prisma and overlap: one
// search of one database split in two (BruceChen034020/
// EstrogenImmunomodulationSystematicReview's CENTRAL export: 64 + 14;
// its review export: 4 under Wiley).
#include <catch2/catch.hpp>

#include <fstream>
#include <string>

#include "refnet/review.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
std::string q(const std::string& path) { return "'" + path + "'"; }
void write_text(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

}  // namespace

TEST_CASE("lead64: every record of the Cochrane Library's RIS export is counted under the Cochrane Library",
          "[lead64]") {
  TempDir dir;
  const std::string lib = "--library " + q(dir.path.string() + "/lib.sqlite") + " ";
  REQUIRE(run_refnet(lib + "import " + q(fixture("ris/cochrane_central_trials.ris")) + " " +
                     q(fixture("ris/cochrane_review.ris")))
              .status == 0);
  const auto prisma = run_refnet(lib + "prisma");
  REQUIRE(prisma.status == 0);
  INFO(prisma.out);
  CHECK(has(prisma.out, "Cochrane Library: 4"));
  CHECK_FALSE(has(prisma.out, "Wiley"));
  const auto labels = run_refnet(lib + "label list");
  INFO(labels.out);
  CHECK_FALSE(has(labels.out, "Wiley"));
}

TEST_CASE("lead64: a Wiley journal's RIS names its publisher, not the Cochrane Library", "[lead64]") {
  // Wiley Online Library's own export: no Cochrane accession number, no
  // link to the Cochrane Library; its provider is what it names.
  TempDir dir;
  const std::string path = dir.path.string() + "/wiley.ris";
  write_text(path,
             "Provider: John Wiley & Sons, Ltd\nContent: text/plain; charset=\"UTF-8\"\n\n"
             "TY  - JOUR\nT1  - A study of estuaries\nAU  - Example, Ann\nJO  - Ecology\nVL  - 101\nIS  - 3\n"
             "SN  - 0012-9658\nDO  - 10.1002/ecy.9000001\nUR  - https://doi.org/10.1002/ecy.9000001\nPY  - 2020\n"
             "AN  - 12345\nER  - \n");
  const std::string lib = "--library " + q(dir.path.string() + "/lib.sqlite") + " ";
  REQUIRE(run_refnet(lib + "import " + q(path)).status == 0);
  const auto prisma = run_refnet(lib + "prisma");
  INFO(prisma.out);
  CHECK_FALSE(has(prisma.out, "Cochrane"));
}

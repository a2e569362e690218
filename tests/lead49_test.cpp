// Session 49, lead: the bundled reference-parser model read back whole.
#include <catch2/catch.hpp>

#include "refnet/refparse.hpp"
#include "support.hpp"

using namespace refnet;

// Model::load reads the numbers of the 2.9 MB model without a string per
// number (std::from_chars) and sizes each feature's weights once: the model
// it gives must be the one written, to the last weight. save() writes a
// model's text in a fixed order, so loading the bundled text and saving it
// again gives the same bytes exactly when every label, transition, lexicon
// entry, edge and weight was read as written.
TEST_CASE("lead49: the bundled model saves back to its own text", "[lead49]") {
  const std::string text = test::slurp(std::string(REFNET_SOURCE_DIR) + "/data/refparse.model");
  REQUIRE(text.size() > 1000000);
  const refparse::Model& m = refparse::bundled_model();
  CHECK_FALSE(m.edges.empty());
  CHECK(m.save() == text);
  // A malformed weight is an error, not a silent 0 (std::atol read "x" as 0).
  CHECK_THROWS(refparse::Model::load("refparse-model 1\nlabels " + [] {
    std::string l;
    for (int y = 0; y < refparse::kLabelCount; ++y) l += std::string(y ? " " : "") + refparse::label_name(refparse::Label(y));
    return l;
  }() + "\ntransitions" + [] {
    std::string t;
    for (int k = 0; k < (refparse::kLabelCount + 1) * refparse::kLabelCount; ++k) t += " 0";
    return t;
  }() + "\nfeature\t3:x\n"));
}

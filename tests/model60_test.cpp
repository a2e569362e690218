// The segment edge features (model60): at the edge into a segment's first token, the separator with the two segments'
// lexicon classes ("S=.|title|journal") and shapes ("S2=.|xL|XM"), written only when the model's lexicon holds the
// "segedge:" mark (bench/refparse_train's REFPARSE_SEGEDGES=1), so that a model trained without them costs no work for
// them and labels as before.  The mark's value "words" (REFPARSE_SEGEDGES=words) writes the lexicon classes' feature
// alone, between segments that open with a word.
#include <catch2/catch.hpp>

#include <algorithm>

#include "refnet/refparse.hpp"
#include "refnet/text.hpp"

using namespace refnet;
using namespace refnet::refparse;

namespace {

// A dozen references of one style, "Surname, I. (Year). Title words. Journal Name, Volume, First-Last." (as
// refparse_test's toy style, with other words).
std::vector<Example> toy_examples() {
  const char* surnames[] = {"Moss", "Reed", "Fox", "Lane", "Cross", "Hart", "Pike", "Stone", "Field", "Marsh",
                            "Wood", "Dale"};
  const char* titles[] = {"Growth of small firms", "Water rights in towns", "Trust in the courts",
                          "Schools in rural areas", "Taxes and their voters", "Rents after the crisis",
                          "Wages of recent migrants", "Budgets of local councils", "Parties and their members",
                          "Spending on public health", "Energy use in homes", "Duties of the citizen"};
  const char* journals[] = {"Firm Review", "Water Studies", "Court Quarterly", "School Letters", "Tax Studies",
                            "Rent Policy", "Wage Economics", "Council Studies", "Party Politics", "Health Affairs",
                            "Energy Policy", "Citizen Review"};
  std::string xml = "<dataset>";
  for (int k = 0; k < 12; ++k)
    xml += std::string("<sequence><author>") + surnames[k] + ", " + char('A' + k) + ".</author><date>(" +
           std::to_string(1990 + k) + ").</date><title>" + titles[k] + ".</title><journal>" + journals[k] +
           ",</journal><volume>" + std::to_string(3 + k) + ",</volume><pages>" + std::to_string(10 * k + 1) + "-" +
           std::to_string(10 * k + 9) + ".</pages></sequence>";
  xml += "</dataset>";
  std::vector<Example> out = read_anystyle(xml, "toy60.xml");
  REQUIRE(out.size() == 12);
  return out;
}

bool has_edge_prefix(const Model& m, std::string_view prefix) {
  return std::any_of(m.edges.begin(), m.edges.end(), [&](const auto& e) { return starts_with(e.first, prefix); });
}

// A model text with no weights but a bias: version 2, the labels, zero transitions, an empty lexicon.
std::string bias_model_text() {
  std::string out = "refparse-model 2\nlabels";
  for (int y = 0; y < kLabelCount; ++y) out += std::string(" ") + label_name(Label(y));
  out += "\ntransitions";
  for (int k = 0; k < (kLabelCount + 1) * kLabelCount; ++k) out += " 0";
  return out + "\nlexicon 0\nbias\t3:100\t4:90\n";  // title 1.00, journal 0.90 everywhere
}

}  // namespace

TEST_CASE("segment edge features: trained and kept only with the lexicon's segedge: mark", "[refparse]") {
  std::vector<Example> train_set = toy_examples();
  TrainOptions opt;
  opt.algorithm = TrainOptions::kCrf;
  opt.min_count = 1;
  opt.prune = 0.01f;
  opt.lexicon_min_count = 1;
  opt.lexicon_folds = 1;
  opt.edge_features = true;
  opt.edge_word_before = true;
  opt.max_iterations = 60;
  Model plain = train(train_set, opt);
  REQUIRE(has_edge_prefix(plain, "E="));
  CHECK_FALSE(has_edge_prefix(plain, "S="));
  CHECK_FALSE(has_edge_prefix(plain, "S2="));
  CHECK(plain.lexicon.count("segedge:") == 0);

  opt.word_classes.emplace("segedge:", "1");
  Model with = train(train_set, opt);
  CHECK(with.lexicon.count("segedge:") == 1);
  CHECK(has_edge_prefix(with, "E="));
  // The title's segment, then the journal's after ". ": its shape (a long segment with a word in small letters, then
  // two capitalised words) and its lexicon classes.
  CHECK(with.edges.count("S2=.|xL|XM") == 1);
  CHECK(has_edge_prefix(with, "S=.|title|"));
  // No segment edge inside a segment, nor into a token after a mark that does not end a segment ("-" of the pages).
  for (const auto& e : with.edges)
    if (starts_with(e.first, "S")) CHECK((starts_with(e.first, "S=") || starts_with(e.first, "S2=")));
  Record r = parse("Rowe, P. (2004). Courts and their cabinets. Comparative Politics, 21, 331-349.", with);
  CHECK(r.title == "Courts and their cabinets");
  CHECK(r.container_title == "Comparative Politics");
  // Deterministic, and the text form keeps the mark and the edges.
  std::string saved = with.save();
  CHECK(train(train_set, opt).save() == saved);
  Model back = Model::load(saved);
  CHECK(back.save() == saved);
  CHECK(back.lexicon.count("segedge:") == 1);
}

TEST_CASE("segment edge features: a model's weight on them moves a field change, with the mark only", "[refparse]") {
  // Tokens: Growth of firms in towns . Policy Review -- a long segment with words in small letters, ". ", two
  // capitalised words.
  const std::string text = "Growth of firms in towns. Policy Review";
  std::vector<Token> toks = tokenize(text);
  REQUIRE(toks.size() == 8);
  // Titles score a little more than journals everywhere, a journal does not turn back into a title.
  Model m = Model::load(bias_model_text());
  m.transitions[std::size_t(kJournal) * kLabelCount + kTitle] = -5;
  m.edges["S2=.|xL|XM"] = {{std::uint16_t(kTitle * kLabelCount + kJournal), 5.0f}};
  // Without the mark the feature is never written: all title.
  CHECK(m.label(text, toks) == std::vector<Label>(8, kTitle));
  m.lexicon.emplace("segedge:", "1");
  std::vector<Label> want{kTitle, kTitle, kTitle, kTitle, kTitle, kTitle, kJournal, kJournal};
  CHECK(m.label(text, toks) == want);
  // Another shape after the period ("policy review": words in small letters) is another feature: all title.
  const std::string lower = "Growth of firms in towns. policy review";
  CHECK(m.label(lower, tokenize(lower)) == std::vector<Label>(8, kTitle));
  // The mark and the weights survive the text form.
  Model back = Model::load(m.save());
  CHECK(back.label(text, toks) == want);
  // The mark "words" (REFPARSE_SEGEDGES=words) writes the lexicon classes' feature alone ("S=.|none|none": no word
  // here is in the lexicon), and only between segments that open with a word.
  m.lexicon["segedge:"] = "words";
  CHECK(m.label(text, toks) == std::vector<Label>(8, kTitle));
  m.edges["S=.|none|none"] = {{std::uint16_t(kTitle * kLabelCount + kJournal), 5.0f}};
  CHECK(m.label(text, toks) == want);
  const std::string numbered = "Growth of firms in towns. 12 Policy Review";
  CHECK(m.label(numbered, tokenize(numbered)) == std::vector<Label>(9, kTitle));
}

// The window features (model57): the shapes of the tokens +-1 and +-2 as one feature each, and the neighbours' last
// three letters, written only when the model's lexicon holds the "win:" mark ("shapes" or "window"), so that a model
// trained without them costs no work for them.
#include <catch2/catch.hpp>

#include <algorithm>

#include "refnet/refparse.hpp"

using namespace refnet;
using namespace refnet::refparse;

namespace {

std::vector<std::string> features_of(std::string_view text, std::size_t i, const Lexicon& lexicon) {
  std::vector<Token> toks = tokenize(text);
  REQUIRE(i < toks.size());
  std::vector<std::string> f;
  token_features(text, toks, i, f, &lexicon);
  return f;
}

bool has(const std::vector<std::string>& f, std::string_view x) { return std::find(f.begin(), f.end(), x) != f.end(); }

std::size_t with_prefix(const std::vector<std::string>& f, std::string_view p) {
  return std::size_t(std::count_if(f.begin(), f.end(), [&](const std::string& s) { return s.rfind(p, 0) == 0; }));
}

}  // namespace

TEST_CASE("window features: written by the lexicon's win: mark", "[refparse]") {
  // Tokens: Smith , J . ( 2001 ) Studies of crime . Journal 12
  const std::string text = "Smith, J. (2001) Studies of crime. Journal 12";
  const std::size_t studies = 7;  // "Studies": ")" and "(2001" before it, "of crime" after
  Lexicon none{{"journal", "journal"}};
  Lexicon shapes = none, window = none;
  shapes.emplace("win:", "shapes");
  window.emplace("win:", "window");

  std::vector<std::string> plain = features_of(text, studies, none);
  CHECK(with_prefix(plain, "shw") == 0);
  CHECK(with_prefix(plain, "suf3-1=") + with_prefix(plain, "suf3+1=") == 0);

  std::vector<std::string> s = features_of(text, studies, shapes);
  CHECK(has(s, "shw=)|Xx|x"));
  CHECK(has(s, "shw2=d|)|Xx|x|x"));
  CHECK(with_prefix(s, "suf3-1=") + with_prefix(s, "suf3+1=") == 0);
  // The other features are those of the plain lexicon, in their order.
  std::vector<std::string> rest;
  for (const std::string& f : s)
    if (f.rfind("shw", 0) != 0) rest.push_back(f);
  CHECK(rest == plain);

  std::vector<std::string> w = features_of(text, studies, window);
  CHECK(has(w, "shw=)|Xx|x"));
  CHECK(has(w, "shw2=d|)|Xx|x|x"));
  CHECK(!has(w, "suf3-1=)"));  // ")": too short for a suffix
  CHECK(!has(w, "suf3+1=of"));
  std::vector<std::string> crime = features_of(text, studies + 2, window);  // "crime": "of" before, "." after
  CHECK(with_prefix(crime, "suf3-1=") + with_prefix(crime, "suf3+1=") == 0);
  std::vector<std::string> of = features_of(text, studies + 1, window);  // "of": "Studies" before, "crime" after
  CHECK(has(of, "suf3-1=ies"));
  CHECK(has(of, "suf3+1=ime"));
  // The string's ends: the padding tokens' shapes.
  std::vector<std::string> first = features_of(text, 0, window);
  CHECK(with_prefix(first, "shw=") == 1);
  CHECK(with_prefix(first, "shw2=") == 1);
}

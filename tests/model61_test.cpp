// The external gazetteer's names (model61, issue 16: the known-journal feature of bench/refparse_train's
// REFPARSE_GAZETTEER): gazetteer_lexicon keeps names of up to 16 words and lexicon_spans finds them, so that a journal
// such as "Proceedings of the National Academy of Sciences of the United States of America" (13 words) gives its
// tokens xg=journal|B, |I, |L.  Before, both stopped at 8 words, the learnt "span:" entries' bound: 2,037 of the
// 15,422 journal names of data/refparse_gazetteer.tsv and data/journal_abbrev_jabref.tsv were left out.
#include <catch2/catch.hpp>

#include <algorithm>

#include "refnet/refparse.hpp"

using namespace refnet::refparse;

namespace {

std::size_t token_at(std::string_view text, const std::vector<Token>& toks, std::string_view word) {
  for (std::size_t k = 0; k < toks.size(); ++k)
    if (text.substr(toks[k].begin, toks[k].end - toks[k].begin) == word) return k;
  FAIL("no token " << word);
  return 0;
}

bool has(const std::vector<std::string>& features, std::string_view f) {
  return std::find(features.begin(), features.end(), f) != features.end();
}

}  // namespace

TEST_CASE("gazetteer: journal names of up to 16 words are kept and found", "[refparse]") {
  const char* pnas = "Proceedings of the National Academy of Sciences of the United States of America";
  const char* seventeen = "One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen "
                          "Sixteen Seventeen";
  Lexicon gz = gazetteer_lexicon(std::string("journal\t") + pnas + "\njournal\tJ. Am. Chem. Soc.\njournal\t" +
                                 seventeen + "\n");
  CHECK(gz.count("gz:proceedings of the national academy of sciences of the united states of america") == 1);
  CHECK(gz.count("gz:j am chem soc") == 1);
  CHECK(gz.count("gz:one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                 "sixteen seventeen") == 0);
  CHECK(gz.at("gz:") == "2");

  std::string text = std::string("Smith, J. (2001). Cell growth. ") + pnas + ", 98, 1-9.";
  std::vector<Token> toks = tokenize(text);
  std::vector<LexiconSpan> spans = lexicon_spans(text, toks, gz);
  const std::size_t first = token_at(text, toks, "Proceedings"), last = token_at(text, toks, "America");
  const std::size_t inner = token_at(text, toks, "Sciences"), title = token_at(text, toks, "growth");
  CHECK(spans[first].ext == "journal");
  CHECK(spans[first].ext_start == first);
  CHECK(spans[first].ext_last == last);
  CHECK(spans[inner].ext == "journal");
  CHECK(spans[title].ext.empty());

  std::vector<std::string> f;
  token_features(text, toks, first, f, &gz, &spans);
  CHECK(has(f, "xg=journal|B"));
  f.clear();
  token_features(text, toks, inner, f, &gz, &spans);
  CHECK(has(f, "xg=journal|I"));
  f.clear();
  token_features(text, toks, last, f, &gz, &spans);
  CHECK(has(f, "xg=journal|L"));
  f.clear();
  token_features(text, toks, title, f, &gz, &spans);
  CHECK(std::none_of(f.begin(), f.end(), [](const std::string& s) { return s.rfind("xg=", 0) == 0; }));

  // An abbreviated name, its periods folded away as before.
  std::string abbrev = "Lee, K. (1999). A salt. J. Am. Chem. Soc., 12, 3-4.";
  std::vector<Token> at = tokenize(abbrev);
  std::vector<LexiconSpan> as = lexicon_spans(abbrev, at, gz);
  CHECK(as[token_at(abbrev, at, "Am")].ext == "journal");
  CHECK(as[token_at(abbrev, at, "Am")].ext_start == token_at(abbrev, at, "J"));
  CHECK(as[token_at(abbrev, at, "Am")].ext_last == token_at(abbrev, at, "Soc"));
}

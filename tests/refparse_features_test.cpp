// token_features: the features of a reference's tokens, read once for the reference (src/refparse.cpp's
// FeatureContext), against the token-by-token implementation they replaced (speed49), kept here as the oracle: every
// token of every reference of the labelled fixtures and the Crossref-style strings, with the bundled model's lexicon,
// with none, and with the lexicon's spans given or computed.  The model's weights are per feature string, so the
// strings and their order (the order scores are added in) must be the same.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <unordered_set>

#include "../src/refparse_detail.hpp"
#include "refnet/refparse.hpp"
#include "refnet/text.hpp"
#include "refparse_texts.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::refparse;
using namespace refnet::refparse::detail;

namespace {

// The implementation of session 48 (6e9cdcb), as it was.
// Segment-level cues for the tokens of the segment [a, b] (tokens between
// , . ; ( ) and the string's ends): which segment it is (from the start, and
// among the "long" ones: the first long segment is mostly the title, the
// second the container), whether a long segment in sentence case came
// before (a title already seen), whether it is quoted, holds a year, its
// share of capitalised words, and whether "vol(issue):pages" follows it.
void oracle_segment_features(std::string_view text, const std::vector<Token>& toks, std::size_t a, std::size_t b,
                      std::vector<std::string>& out) {
  auto word = [&](std::size_t k) { return text.substr(toks[k].begin, toks[k].end - toks[k].begin); };
  auto is_break = [](std::string_view v) { return v == "," || v == "." || v == ";" || v == "(" || v == ")"; };
  auto is_word = [&](std::size_t k) { return !is_punct_cp(char32_t(static_cast<unsigned char>(word(k)[0]))); };
  // Segments before this one: how many, how many long (4 words or more,
  // quotes and colons not breaking them), and whether one was in sentence
  // case (two lower-case words of 4 letters or more: a title).
  int index = 0, long_before = 0;
  bool title_like_before = false;
  std::size_t words = 0, lower_words = 0;
  for (std::size_t k = 0; k < a; ++k) {
    if (is_break(word(k))) {
      if (words > 0) ++index;
      if (words >= 4) ++long_before;
      if (lower_words >= 2) title_like_before = true;
      words = lower_words = 0;
      continue;
    }
    if (!is_word(k)) continue;
    ++words;
    std::string_view v = word(k);
    if (v.size() >= 4 && v[0] >= 'a' && v[0] <= 'z' && !is_class(v, "and")) ++lower_words;
  }
  out.push_back("segidx=" + std::to_string(std::min(index, 8)));
  std::size_t own_words = 0, capitals = 0, long_words = 0;
  bool year = false, quoted = false;
  for (std::size_t k = a; k <= b; ++k) {
    std::string_view v = word(k);
    if (is_quote(v) || v == "\xE2\x80\x98") quoted = true;
    if (!is_word(k)) continue;
    ++own_words;
    if (number_class(v) == "year") year = true;
    if (v.size() >= 4 && !is_digit(v[0])) {
      ++long_words;
      if (v[0] >= 'A' && v[0] <= 'Z') ++capitals;
    }
  }
  bool is_long = own_words >= 4;
  out.push_back("longseg=" + std::string(is_long ? "y" : "n") + std::to_string(std::min(long_before, 2)));
  if (title_like_before) out.push_back("titlebefore");
  out.push_back(std::string("titlebefore|long=") + (title_like_before ? "y" : "n") + (is_long ? "y" : "n"));
  if (quoted) out.push_back("segquoted");
  if (year) out.push_back("segyear");
  if (long_words > 0) out.push_back("segcap=" + std::to_string(capitals * 4 / long_words));
  // "Journal Name, 12(3), 45-67" / "Journal 12:45-67": after the segment's
  // end, within a few tokens, a number then "(" number, ":" number or
  // "," number "-".
  std::size_t k = b + 1;
  while (k < toks.size() && k <= b + 3 && !is_digit(word(k)[0])) ++k;
  if (k + 2 < toks.size() && k <= b + 3 && all_digits(word(k))) {
    std::string_view p = word(k + 1);
    bool vol = (p == "(" && is_digit(word(k + 2)[0])) || (p == ":" && is_digit(word(k + 2)[0])) ||
               (p == "," && k + 3 < toks.size() && is_digit(word(k + 2)[0]) && (word(k + 3) == "-" || word(k + 3) == "\xE2\x80\x93"));
    if (vol) out.push_back("nextvolissue");
  }
}

void oracle_token_features(std::string_view text, const std::vector<Token>& toks, std::size_t i,
                           std::vector<std::string>& out, const Lexicon* lexicon, const std::vector<LexiconSpan>* spans) {
  out.clear();
  auto word = [&](std::ptrdiff_t k) -> std::string_view {
    if (k < 0) return "<s>";
    if (std::size_t(k) >= toks.size()) return "</s>";
    return text.substr(toks[k].begin, toks[k].end - toks[k].begin);
  };
  std::string_view w = word(std::ptrdiff_t(i));
  std::string lw = lower(w);
  std::size_t n = toks.size();
  out.push_back("bias");
  out.push_back("w=" + lw);
  std::string sh = shape(w);
  out.push_back("sh=" + sh);
  bool link = w.size() > 6 && (istarts_with(w, "http") || istarts_with(w, "www.") || istarts_with(w, "doi:") ||
                               starts_with(w, "10."));
  if (link) out.push_back(std::string("link=") + (lw.find("10.") != std::string::npos && lw.find("doi") != std::string::npos
                                                       ? "doi"
                                                   : starts_with(w, "10.") ? "doi"
                                                                           : "url"));
  if (lw.size() >= 4 && !link) {
    out.push_back("pre3=" + lw.substr(0, 3));
    out.push_back("suf3=" + lw.substr(lw.size() - 3));
  }
  std::string nc = number_class(w);
  if (!nc.empty()) out.push_back("num=" + nc);
  if (const char* kw = keyword_class(lw)) out.push_back(std::string("kw=") + kw);
  out.push_back("len=" + std::to_string(std::min<std::size_t>(w.size(), 8)));
  out.push_back("pos=" + std::to_string(n ? i * 10 / n : 0));
  if (i < 3) out.push_back("first=" + std::to_string(i));
  if (i + 1 == n) out.push_back("last");
  out.push_back(toks[i].space_before ? "sp" : "nosp");
  // Neighbours.
  for (int d : {-2, -1, 1, 2}) {
    std::string_view v = word(std::ptrdiff_t(i) + d);
    std::string lv = lower(v);
    std::string tag = std::to_string(d);
    out.push_back("w" + tag + "=" + lv);
    if (d == -1 || d == 1) {
      out.push_back("sh" + tag + "=" + shape(v));
      if (const char* kw = keyword_class(lv)) out.push_back("kw" + tag + "=" + kw);
      std::string vc = number_class(v);
      if (!vc.empty()) out.push_back("num" + tag + "=" + vc);
    }
  }
  out.push_back("w-1w=" + lower(word(std::ptrdiff_t(i) - 1)) + "|" + lw);
  out.push_back("ww+1=" + lw + "|" + lower(word(std::ptrdiff_t(i) + 1)));
  // Context of the whole string so far: sentence breaks (". " between
  // words), brackets and quotes open, a year already seen.
  int breaks = 0, parens = 0, quotes = 0;
  bool year_seen = false, colon_seen = false;
  for (std::size_t k = 0; k < i; ++k) {
    std::string_view v = word(std::ptrdiff_t(k));
    if (v == "." && k + 1 < n && toks[k + 1].space_before && k > 0 && toks[k].end - toks[k - 1].end > 0 &&
        (toks[k - 1].end - toks[k - 1].begin) > 1)
      ++breaks;
    else if (v == "(" || v == "[") ++parens;
    else if ((v == ")" || v == "]") && parens > 0) --parens;
    else if (is_quote(v)) quotes ^= 1;
    else if (v == ":") colon_seen = true;
    if (number_class(v) == "year") year_seen = true;
  }
  // The segment around the token (between , . ; ( ) and the string's
  // ends): the keyword classes of its words, its length, and how many
  // commas follow it ("Title, Publisher, Place, URL").
  auto is_seg_break = [&](std::string_view v) { return v == "," || v == "." || v == ";" || v == "(" || v == ")"; };
  std::size_t a = i, b = i;
  while (a > 0 && !is_seg_break(word(std::ptrdiff_t(a) - 1))) --a;
  while (b + 1 < n && !is_seg_break(word(std::ptrdiff_t(b) + 1))) ++b;
  if (!is_seg_break(w)) {
    std::unordered_set<std::string> classes;
    for (std::size_t k = a; k <= b; ++k)
      if (const char* kw = keyword_class(lower(word(std::ptrdiff_t(k))))) classes.insert(kw);
    std::vector<std::string> sorted(classes.begin(), classes.end());
    std::sort(sorted.begin(), sorted.end());
    for (const std::string& c : sorted) out.push_back("segkw=" + c);
    out.push_back("seglen=" + std::to_string(std::min<std::size_t>(b - a + 1, 6)));
    if (i == a) out.push_back("segfirst");
    // The segment's first word ("In", "Proceedings", "pp", "Vol") and its
    // case: every word capitalised (a name, a journal, a publisher) or not
    // (a title in sentence case).
    std::string first = lower(word(std::ptrdiff_t(a)));
    out.push_back("seg0=" + first);
    bool all_caps = true;
    for (std::size_t k = a; k <= b; ++k) {
      std::string_view v = word(std::ptrdiff_t(k));
      if (v.size() > 3 && v[0] >= 'a' && v[0] <= 'z') all_caps = false;
    }
    out.push_back(std::string("segcase=") + (all_caps ? "X" : "x") + "|brk=" + std::to_string(std::min(breaks, 3)));
    // The segment before: its separator and its first word's class.
    if (a >= 2) {
      std::size_t pa = a - 2;
      while (pa > 0 && !is_seg_break(word(std::ptrdiff_t(pa) - 1))) --pa;
      const char* kw = keyword_class(lower(word(std::ptrdiff_t(pa))));
      out.push_back("prevseg=" + std::string(word(std::ptrdiff_t(a) - 1)) + "|" + (kw ? kw : shape(word(std::ptrdiff_t(pa)))));
    }
    // The next segment's first word's classes ("Nesta, London": a
    // publisher before a place), and its shape.
    if (b + 2 < n) {
      std::string nw = lower(word(std::ptrdiff_t(b) + 2));
      if (const char* kw = keyword_class(nw)) out.push_back(std::string("nextseg=") + kw);
      std::string nc = number_class(word(std::ptrdiff_t(b) + 2));
      out.push_back("nextseg=" + (nc.empty() ? shape(word(std::ptrdiff_t(b) + 2)) : nc));
      out.push_back("nextsep=" + std::string(word(std::ptrdiff_t(b) + 1)));
    }
  }
  int commas_after = 0;
  for (std::size_t k = i + 1; k < n; ++k) commas_after += word(std::ptrdiff_t(k)) == ",";
  int commas_before = 0;
  for (std::size_t k = 0; k < i; ++k) commas_before += word(std::ptrdiff_t(k)) == ",";
  out.push_back("commas>" + std::to_string(std::min(commas_after, 4)));
  out.push_back("commas<" + std::to_string(std::min(commas_before, 6)) + "|brk=" + std::to_string(std::min(breaks, 3)));
  out.push_back("brk=" + std::to_string(std::min(breaks, 7)));
  if (parens > 0) out.push_back("inparen");
  if (quotes) out.push_back("inquote");
  if (year_seen) out.push_back("yearseen");
  if (colon_seen) out.push_back("colonseen");
  out.push_back("brk|sh=" + std::to_string(std::min(breaks, 7)) + "|" + sh);
  // Wider context: the shapes and keyword classes two tokens away.
  for (int d : {-2, 2}) {
    std::string_view v = word(std::ptrdiff_t(i) + d);
    std::string tag = std::to_string(d);
    out.push_back("sh" + tag + "=" + shape(v));
    if (const char* kw = keyword_class(lower(v))) out.push_back("kw" + tag + "=" + kw);
  }
  // Where the token is relative to the first year (before it: names and
  // titles; after it: containers, volumes, pages in author-date styles), in
  // comma/period segments.
  std::size_t year_at = n;
  for (std::size_t k = 0; k < n && year_at == n; ++k)
    if (number_class(word(std::ptrdiff_t(k))) == "year") year_at = k;
  if (year_at == n) {
    out.push_back("yr=none");
  } else {
    std::size_t lo = std::min(i, year_at), hi = std::max(i, year_at);
    int segs = 0;
    for (std::size_t k = lo; k < hi; ++k) segs += is_seg_break(word(std::ptrdiff_t(k)));
    std::string rel = i < year_at ? "-" : i > year_at ? "+" : "0";
    out.push_back("yr=" + rel + std::to_string(std::min(segs, 4)));
    out.push_back("yr=" + rel + "|sh=" + sh);
  }
  // The lexicon's classes: the word's, its neighbours', and the commonest
  // among the segment's words.
  if (lexicon && !lexicon->empty()) {
    auto lex = [&](std::ptrdiff_t k) -> std::string {
      auto it = lexicon->find(lower(word(k)));
      return it == lexicon->end() ? "" : it->second;
    };
    std::string own = lex(std::ptrdiff_t(i));
    if (!own.empty()) out.push_back("lex=" + own);
    // The word classes (learn_word_classes) of the word and its neighbours,
    // when the lexicon has them (its "wc:" entry, which no word has).
    for (int d : {-1, 0, 1}) {
      if (!lexicon->count("wc:")) break;
      std::ptrdiff_t k = std::ptrdiff_t(i) + d;
      if (k < 0 || std::size_t(k) >= n) continue;
      auto it = lexicon->find("wc:" + lower(word(k)));
      if (it != lexicon->end()) out.push_back("wc" + std::string(d ? std::to_string(d) : "") + "=" + it->second);
    }
    for (int d : {-2, -1, 1, 2}) {
      std::string v = lex(std::ptrdiff_t(i) + d);
      if (!v.empty()) out.push_back("lex" + std::to_string(d) + "=" + v);
    }
    if (!is_seg_break(w)) {
      std::map<std::string, int> votes;
      for (std::size_t k = a; k <= b; ++k) {
        std::string v = lex(std::ptrdiff_t(k));
        if (!v.empty()) ++votes[v.back() == '+' ? v.substr(0, v.size() - 1) : v];
      }
      std::string top;
      int most = 0;
      for (const auto& [v, c] : votes)
        if (c > most) most = c, top = v;
      out.push_back("seglex=" + (top.empty() ? std::string("none") : top));
      out.push_back("seglex|brk=" + (top.empty() ? std::string("none") : top) + "|" + std::to_string(std::min(breaks, 3)));
    }
    // A known field value over the token ("Oxford University Press",
    // "J. Am. Chem. Soc."): its class, and whether the token starts it.
    std::vector<LexiconSpan> computed;
    if (!spans) computed = lexicon_spans(text, toks, *lexicon), spans = &computed;
    const LexiconSpan& hit = (*spans)[i];
    if (!hit.cls.empty()) {
      std::string span = hit.cls.back() == '+' ? hit.cls.substr(0, hit.cls.size() - 1) : hit.cls;
      out.push_back("gaz=" + span);
      out.push_back("gaz=" + span + (hit.start == i ? "|B" : "|I"));
    }
    // A name of the external gazetteer over the token, and where the token
    // is in it.
    if (!hit.ext.empty())
      out.push_back("xg=" + hit.ext + (hit.ext_start == hit.ext_last ? "|U" : hit.ext_start == i ? "|B" : hit.ext_last == i ? "|L" : "|I"));
    // The word alone a name of the external gazetteer ("Oxford" a place
    // inside "Oxford University Press").
    if (lexicon->count("gz:")) {
      auto it = lexicon->find("gz:" + lower(w));
      if (it != lexicon->end()) out.push_back("xw=" + it->second);
    }
  }
  // The segment's word count, finer than seglen.
  if (!is_seg_break(w)) {
    std::size_t words = 0;
    for (std::size_t k = a; k <= b; ++k) words += !is_punct_cp(char32_t(static_cast<unsigned char>(word(std::ptrdiff_t(k))[0])));
    out.push_back("segwords=" + std::to_string(words <= 4 ? words : words <= 6 ? 6 : words <= 9 ? 9 : words <= 14 ? 14 : 99));
    oracle_segment_features(text, toks, a, b, out);
  }
}

}  // namespace

TEST_CASE("token_features: read once per reference, the features of the token-by-token code", "[refparse][speed49]") {
  const std::vector<std::string> texts = test::reference_texts();
  REQUIRE(texts.size() > 1000);
  const Lexicon& lexicon = bundled_model().lexicon;
  REQUIRE(!lexicon.empty());
  const Lexicon none;
  std::size_t tokens = 0, differing = 0;
  std::vector<std::string> got, want;
  for (std::size_t t = 0; t < texts.size(); ++t) {
    const std::string& text = texts[t];
    std::vector<Token> toks = tokenize(text);
    std::vector<LexiconSpan> spans = lexicon_spans(text, toks, lexicon);
    for (std::size_t i = 0; i < toks.size(); ++i) {
      ++tokens;
      // As the parser asks (the bundled lexicon and its spans) for every reference; without a lexicon, with an
      // empty one and with the spans left to compute for one in eight.
      for (int pass = t % 8 == 0 ? 0 : 3; pass < 4; ++pass) {
        const Lexicon* lex = pass == 0 ? nullptr : pass == 1 ? &none : &lexicon;
        const std::vector<LexiconSpan>* given = pass == 3 ? &spans : nullptr;
        token_features(text, toks, i, got, lex, given);
        oracle_token_features(text, toks, i, want, lex, given);
        if (got != want && ++differing <= 3) {
          INFO(text << " | token " << i << " | pass " << pass);
          CHECK(got == want);
        }
      }
    }
  }
  CHECK(differing == 0);
  CHECK(tokens > 20000);
}

// The reference-string sequence model: tokenizer, features, a linear-chain
// CRF trained by L-BFGS and an averaged structured perceptron, Viterbi
// decoding, and the model's text form.
#include "refnet/accents.hpp"
#include "refnet/months.hpp"
#include "refnet/names.hpp"
#include "refnet/network_maps.hpp"
#include "refnet/refparse.hpp"
#include "refnet/refparse_kept.hpp"
#include "refnet/refparse_stack.hpp"
#include "refnet/refparse_weighted.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <map>
#include <set>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <random>
#include <stdexcept>
#include <thread>
#include <type_traits>
#include <unordered_set>

#include <lbfgs.h>

#include "refnet/text.hpp"
#include "refparse_detail.hpp"
#include "refparse_in_container.hpp"
#include "refparse_tokens.hpp"

namespace refnet {
// data/refparse.model, compiled in by tools/embed_file (see CMakeLists.txt).
extern const char refparse_model_data[];
extern const std::size_t refparse_model_size;
// data/refparse_places.tsv (refparse::place_names), compiled in the same way.
extern const char refparse_places_data[];
extern const std::size_t refparse_places_size;
}  // namespace refnet

namespace refnet::refparse {

namespace {

const char* const kLabelNames[kLabelCount] = {
    "author", "editor", "contributor", "title", "journal", "container", "collection",
    "date", "volume", "issue", "pages", "publisher", "location", "edition", "genre",
    "note", "citation-number", "doi", "url", "isbn"};

}  // namespace

// The word classes and shapes token_features reads, declared in src/refparse_detail.hpp for the tests (the oracle
// of token_features' features).
namespace detail {

// A code point that ends a word: ASCII punctuation, and the general
// punctuation, Latin-1 symbols and CJK/full-width punctuation blocks.
bool is_punct_cp(char32_t c) {
  if (c < 0x80) return !(is_alpha(char(c)) || is_digit(char(c))) && !is_space(char(c));
  return (c >= 0xA0 && c <= 0xBF) || c == 0xD7 || c == 0xF7 || (c >= 0x2000 && c <= 0x206F) ||
         (c >= 0x2190 && c <= 0x22FF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF0F) ||
         (c >= 0xFF1A && c <= 0xFF20);
}

bool is_space_cp(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x2009 || c == 0x202F; }

// A URL or DOI starts at s[i]: it is one token up to the next space.
bool starts_link(std::string_view s, std::size_t i) {
  std::string_view r = s.substr(i);
  if (istarts_with(r, "http://") || istarts_with(r, "https://") || istarts_with(r, "www.") ||
      istarts_with(r, "doi:10.") || istarts_with(r, "ftp://"))
    return true;
  if (r.size() > 8 && r[0] == '1' && r[1] == '0' && r[2] == '.' && is_digit(r[3]) && is_digit(r[4]) &&
      is_digit(r[5]) && is_digit(r[6])) {
    std::size_t k = 7;
    while (k < r.size() && (is_digit(r[k]) || r[k] == '.')) ++k;
    return k < r.size() && r[k] == '/';
  }
  return false;
}

std::string lower(std::string_view s) { return ascii_lower(s); }

const char* keyword_class(const std::string& w) {
  static const std::unordered_map<std::string, const char*> table = [] {
    std::unordered_map<std::string, const char*> t;
    auto add = [&](const char* cls, std::initializer_list<const char*> words) {
      for (const char* x : words) t.emplace(x, cls);
    };
    add("ed", {"ed", "eds", "editor", "editors", "edited", "hrsg", "hg", "hgg", "dir", "dirs", "coord", "éd", "éds", "red"});
    add("pp", {"pp", "p", "pages", "page", "seiten", "s", "ss", "pgs"});
    add("vol", {"vol", "vols", "volume", "volumes", "bd", "band", "v", "tome", "jg", "jahrgang"});
    add("no", {"no", "nos", "nr", "issue", "n", "num", "number", "heft", "h", "iss", "suppl", "supplement"});
    add("in", {"in", "dans", "en"});
    add("and", {"and", "und", "et", "y", "e"});
    add("al", {"al"});
    // The English months and seasons from the one table (months.hpp).
    for (int m = 1; m <= 12; ++m) {
      t.emplace(std::string(month_abbreviation(m)), "month");
      t.emplace(std::string(month_name(m)), "month");
    }
    t.emplace("sept", "month");
    for (std::string_view x : kSeasonWords) t.emplace(std::string(x), "month");
    add("month", {"januar", "februar", "märz", "juni", "juli", "oktober", "dezember", "janvier", "février", "mars",
                  "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"});
    add("pub", {"press", "publisher", "publishers", "publishing", "publications", "verlag", "books", "editions",
                "éditions", "university", "univ", "inc", "ltd", "co", "gmbh", "company", "wiley", "springer",
                "elsevier", "routledge", "sage", "blackwell", "oecd", "iop", "academic", "society", "institute"});
    add("jour", {"journal", "review", "proceedings", "proc", "conference", "conf", "symposium", "transactions",
                 "trans", "bulletin", "bull", "annals", "ann", "letters", "lett", "quarterly", "studies", "research",
                 "science", "sci", "rev", "phys", "j", "int", "international", "workshop", "acta", "zeitschrift",
                 "revue", "rivista", "magazine", "newsletter", "archives", "arch"});
    add("genre", {"thesis", "dissertation", "phd", "ph", "diss", "report", "working", "paper", "papers",
                  "technical", "tech", "rep", "master", "masters", "doctoral", "habilitation", "preprint",
                  "manuscript", "unpublished", "brief", "discussion", "memo"});
    add("web", {"retrieved", "available", "accessed", "online", "url", "viewed", "consulted", "abgerufen", "zugriff"});
    add("edn", {"edition", "edn", "aufl", "auflage", "ed", "nd", "rd", "th", "st", "revised", "rev"});
    add("id", {"doi", "isbn", "issn", "arxiv", "pmid", "pmcid", "hal"});
    add("place", {"london", "paris", "york", "berlin", "oxford", "cambridge", "boston", "chicago", "amsterdam",
                  "washington", "dc", "ca", "ny", "ma", "nj", "uk", "usa", "germany", "france", "tokyo",
                  "heidelberg", "frankfurt", "münchen", "munich", "wien", "vienna", "leipzig", "stuttgart",
                  "hamburg", "basel", "zürich", "geneva", "genève", "madrid", "barcelona", "milano", "milan",
                  "roma", "rome", "thousand", "oaks", "hoboken", "princeton", "bristol", "cheltenham", "abingdon",
                  "singapore", "beijing", "toronto", "sydney", "melbourne", "philadelphia", "baltimore",
                  "francisco", "angeles", "englewood", "cliffs", "saddle", "newbury", "bonn", "köln", "göttingen",
                  "dordrecht", "lyon", "bruxelles", "brussels", "oslo", "stockholm", "copenhagen", "helsinki",
                  "moscow", "tübingen", "wiesbaden", "mass", "calif", "opladen", "baden", "münster", "bern",
                  "new", "hague", "haven", "los", "san", "rio", "janeiro", "london:", "edinburgh", "glasgow",
                  "manchester", "dublin", "montreal", "québec", "ottawa", "delhi", "seoul", "hong", "kong"});
    return t;
  }();
  auto it = table.find(w);
  return it == table.end() ? nullptr : it->second;
}

// Whether w (any case) is in keyword class cls.
bool is_class(std::string_view w, std::string_view cls) {
  const char* kw = keyword_class(lower(w));
  return kw && kw == cls;
}

// A straight, curly or guillemet quote.
bool is_quote(std::string_view v) {
  return v == "\"" || v == "\xE2\x80\x9C" || v == "\xE2\x80\x9D" || v == "\xC2\xAB" || v == "\xC2\xBB";
}

// "Xx", "X", "x", "d", "X.": runs of one class written once.
std::string shape(std::string_view w) {
  std::string out;
  std::size_t i = 0;
  while (i < w.size()) {
    char32_t c = next_utf8(w, i);
    char k;
    if (c < 0x80) {
      char a = char(c);
      k = is_digit(a) ? 'd' : (a >= 'A' && a <= 'Z') ? 'X' : (a >= 'a' && a <= 'z') ? 'x' : a;
    } else {
      // Upper case of Latin-1/Latin Extended-A (rough): the rest is 'x'.
      k = ((c >= 0xC0 && c <= 0xDE && c != 0xD7) || (c >= 0x100 && c < 0x180 && c % 2 == 0)) ? 'X' : 'x';
    }
    if (out.empty() || out.back() != k) out.push_back(k);
  }
  return out;
}


bool is_roman(std::string_view w) {
  if (w.empty() || w.size() > 6) return false;
  for (char c : w)
    if (c != 'I' && c != 'V' && c != 'X' && c != 'L' && c != 'C' && c != 'i' && c != 'v' && c != 'x') return false;
  return true;
}

std::string number_class(std::string_view w) {
  if (!all_digits(w)) return is_roman(w) ? "roman" : "";
  if (w.size() == 4) {
    int y = std::atoi(std::string(w).c_str());
    if (y >= 1500 && y <= 2039) return "year";
    return "d4";
  }
  if (w.size() <= 3) return "d" + std::to_string(w.size());
  return "dlong";
}

}  // namespace detail
using namespace detail;

const char* label_name(Label l) { return l < kLabelCount ? kLabelNames[l] : "?"; }

int label_from_name(std::string_view name) {
  for (int i = 0; i < kLabelCount; ++i)
    if (name == kLabelNames[i]) return i;
  return -1;
}

std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> out;
  std::size_t i = 0;
  bool space = false;
  while (i < s.size()) {
    std::size_t start = i;
    char32_t c = next_utf8(s, i);
    if (is_space_cp(c)) {
      space = true;
      continue;
    }
    if (starts_link(s, start)) {
      std::size_t e = start;
      while (e < s.size() && !is_space(s[e])) ++e;
      // Trailing punctuation is the sentence's, not the link's.
      std::size_t end = e;
      while (end > start + 4 && (s[end - 1] == '.' || s[end - 1] == ',' || s[end - 1] == ';' ||
                                 s[end - 1] == ')' || s[end - 1] == ']' || s[end - 1] == '>'))
        --end;
      out.push_back({std::uint32_t(start), std::uint32_t(end), space});
      space = false;
      i = end;
      continue;
    }
    if (is_punct_cp(c)) {
      out.push_back({std::uint32_t(start), std::uint32_t(i), space});
      space = false;
      continue;
    }
    std::size_t e = i;
    while (e < s.size()) {
      std::size_t k = e;
      char32_t d = next_utf8(s, k);
      if (is_space_cp(d) || is_punct_cp(d)) break;
      e = k;
    }
    out.push_back({std::uint32_t(start), std::uint32_t(e), space});
    space = false;
    i = e;
  }
  return out;
}

namespace {

bool is_word_token(std::string_view text, const Token& t) {
  return !is_punct_cp(char32_t(static_cast<unsigned char>(text[t.begin])));
}

constexpr std::size_t kMaxSpanWords = 8;
// The external gazetteer's names are longer ("Proceedings of the National Academy of Sciences of the United States of
// America", 13 words): up to 16 words (model61; 8 before, which left out 2,037 of the 15,422 journal names of
// data/refparse_gazetteer.tsv and data/journal_abbrev_jabref.tsv).
constexpr std::size_t kMaxGazetteerWords = 16;

// The labels whose whole values the gazetteer keeps.
bool span_label(Label y) {
  return y == kJournal || y == kContainer || y == kCollection || y == kPublisher || y == kLocation;
}

}  // namespace

Lexicon learn_lexicon(const std::vector<Example>& examples, int min_count, int span_min_count) {
  std::unordered_map<std::string, std::array<std::uint32_t, kLabelCount>> counts;
  for (const Example& ex : examples) {
    std::vector<Token> toks = tokenize(ex.text);
    if (toks.size() != ex.labels.size()) continue;
    if (span_min_count > 0)
      for (std::size_t a = 0; a < toks.size();) {
        std::size_t b = a;
        while (b < toks.size() && ex.labels[b] == ex.labels[a]) ++b;
        if (span_label(ex.labels[a])) {
          std::string key = "span:";
          std::size_t words = 0;
          for (std::size_t k = a; k < b; ++k)
            if (is_word_token(ex.text, toks[k])) {
              key += (words++ ? " " : "") + lower(std::string_view(ex.text).substr(toks[k].begin, toks[k].end - toks[k].begin));
            }
          if (words >= 2 && words <= kMaxSpanWords) ++counts.try_emplace(key).first->second[ex.labels[a]];
        }
        a = b;
      }
    for (std::size_t i = 0; i < toks.size(); ++i) {
      std::string_view w = std::string_view(ex.text).substr(toks[i].begin, toks[i].end - toks[i].begin);
      if (w.size() < 2 || is_digit(w[0]) || (w.size() == 1 && is_punct_cp(char32_t(static_cast<unsigned char>(w[0])))))
        continue;
      auto& c = counts.try_emplace(lower(w)).first->second;
      ++c[ex.labels[i]];
    }
  }
  Lexicon lex;
  for (const auto& [w, c] : counts) {
    std::uint32_t total = 0, best = 0;
    int arg = 0;
    for (int y = 0; y < kLabelCount; ++y) {
      total += c[y];
      if (c[y] > best) best = c[y], arg = y;
    }
    std::uint32_t need = std::uint32_t(starts_with(w, "span:") ? span_min_count : min_count);
    if (total < need || best * 2 < total) continue;
    lex.emplace(w, std::string(kLabelNames[arg]) + (best * 10 >= total * 9 ? "+" : ""));
  }
  return lex;
}

std::vector<LexiconSpan> lexicon_spans(std::string_view text, const std::vector<Token>& toks, const Lexicon& lexicon) {
  std::vector<LexiconSpan> out(toks.size());
  std::vector<std::size_t> best_len(toks.size(), 0);
  std::vector<std::size_t> words;
  std::vector<std::string> lowered;
  for (std::size_t k = 0; k < toks.size(); ++k)
    if (is_word_token(text, toks[k])) {
      words.push_back(k);
      lowered.push_back(lower(text.substr(toks[k].begin, toks[k].end - toks[k].begin)));
    }
  // Every run of 2 to kMaxSpanWords words, from the left: a token keeps the
  // longest over it, the first of equal ones.
  std::string key;
  for (std::size_t a = 0; a < words.size(); ++a) {
    key = "span:" + lowered[a];
    for (std::size_t l = 2; l <= kMaxSpanWords && a + l <= words.size(); ++l) {
      key += ' ';
      key += lowered[a + l - 1];
      auto it = lexicon.find(key);
      if (it == lexicon.end()) continue;
      for (std::size_t t = words[a]; t <= words[a + l - 1]; ++t)
        if (l > best_len[t]) {
          best_len[t] = l;
          out[t].cls = it->second;
          out[t].start = words[a];
        }
    }
  }
  // The external gazetteer's names, of one word too.
  if (!lexicon.count("gz:")) return out;
  std::fill(best_len.begin(), best_len.end(), 0);
  for (std::size_t a = 0; a < words.size(); ++a) {
    key = "gz:" + lowered[a];
    for (std::size_t l = 1; l <= kMaxGazetteerWords && a + l <= words.size(); ++l) {
      if (l > 1) key += ' ', key += lowered[a + l - 1];
      auto it = lexicon.find(key);
      if (it == lexicon.end()) continue;
      for (std::size_t t = words[a]; t <= words[a + l - 1]; ++t)
        if (l > best_len[t]) {
          best_len[t] = l;
          out[t].ext = it->second;
          out[t].ext_start = words[a];
          out[t].ext_last = words[a + l - 1];
        }
    }
  }
  return out;
}

Lexicon gazetteer_lexicon(std::string_view tsv) {
  std::map<std::string, std::set<std::string>> kinds;
  while (!tsv.empty()) {
    std::size_t nl = tsv.find('\n');
    std::string_view line = tsv.substr(0, nl);
    tsv.remove_prefix(nl == std::string_view::npos ? tsv.size() : nl + 1);
    std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos || line.empty() || line[0] == '#') continue;
    std::string_view name = line.substr(tab + 1);
    std::string key = "gz:";
    std::size_t n = 0;
    for (const Token& t : tokenize(name))
      if (is_word_token(name, t)) key += (n++ ? " " : "") + lower(name.substr(t.begin, t.end - t.begin));
    if (n >= 1 && n <= kMaxGazetteerWords) kinds[key].insert(std::string(line.substr(0, tab)));
  }
  Lexicon out;
  for (const auto& [key, ks] : kinds) {
    std::string v;
    for (const std::string& k : ks) v += (v.empty() ? "" : "/") + k;
    out.emplace(key, v);
  }
  out.emplace("gz:", std::to_string(kinds.size()));
  return out;
}

Lexicon learn_word_classes(const std::vector<std::string>& texts, int classes, int min_count) {
  constexpr std::size_t kContextWords = 250;
  // The token stream of each text: lower-cased words and punctuation.
  std::vector<std::vector<std::string>> docs, shaped;  // lower-cased; their shapes
  std::unordered_map<std::string, std::uint32_t> counts;
  docs.reserve(texts.size());
  for (const std::string& t : texts) {
    std::vector<Token> toks = tokenize(t);
    std::vector<std::string> d, sh;
    d.reserve(toks.size());
    for (const Token& k : toks) {
      std::string_view w = std::string_view(t).substr(k.begin, k.end - k.begin);
      d.push_back(lower(w));
      sh.push_back(shape(w));
      ++counts[d.back()];
    }
    docs.push_back(std::move(d));
    shaped.push_back(std::move(sh));
  }
  std::vector<std::pair<std::string, std::uint32_t>> by_count(counts.begin(), counts.end());
  std::sort(by_count.begin(), by_count.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  // Context ids: the commonest tokens by name, the rest by shape (ids in
  // order of first sight, so fixed by the input).
  std::unordered_map<std::string, int> context;
  for (std::size_t k = 0; k < by_count.size() && k < kContextWords; ++k) context.emplace(by_count[k].first, int(k));
  std::unordered_map<std::string, int> shapes;
  std::unordered_map<std::string, int> index;  // the words clustered -> row
  std::vector<std::string> vocab;
  for (const auto& [w, c] : by_count) {
    if (c < std::uint32_t(min_count)) break;
    if (is_digit(w[0]) || is_punct_cp(char32_t(static_cast<unsigned char>(w[0]))) || starts_link(w, 0)) continue;
    index.emplace(w, int(vocab.size()));
    vocab.push_back(w);
  }
  std::vector<std::map<int, float>> rows(vocab.size());
  // Per neighbour offset a block of ids: the context words, the string's
  // edge, then the shapes (the 250 first seen; the rest share one id).
  const int block = 2 * int(kContextWords) + 2;
  for (std::size_t d = 0; d < docs.size(); ++d) {
    const std::vector<std::string>& doc = docs[d];
    for (std::size_t i = 0; i < doc.size(); ++i) {
      auto it = index.find(doc[i]);
      if (it == index.end()) continue;
      for (int off : {-2, -1, 1, 2}) {
        std::ptrdiff_t j = std::ptrdiff_t(i) + off;
        int id;
        if (j < 0 || std::size_t(j) >= doc.size()) {
          id = int(kContextWords);  // the string's edge
        } else if (auto c = context.find(doc[std::size_t(j)]); c != context.end()) {
          id = c->second;
        } else {
          int sh = shapes.emplace(shaped[d][std::size_t(j)], int(shapes.size())).first->second;
          id = int(kContextWords) + 1 + std::min(sh, int(kContextWords));
        }
        rows[std::size_t(it->second)][(off < 0 ? off + 2 : off + 1) * block + id] += 1.0f;
      }
    }
  }
  // Each row as the square roots of its context shares (unit length).
  std::vector<std::vector<std::pair<int, float>>> vecs(vocab.size());
  for (std::size_t r = 0; r < rows.size(); ++r) {
    float total = 0;
    for (const auto& [k, v] : rows[r]) total += v;
    for (const auto& [k, v] : rows[r]) vecs[r].emplace_back(k, std::sqrt(v / total));
  }
  std::size_t dims = std::size_t(4 * block);
  std::size_t K = std::min<std::size_t>(std::size_t(std::max(classes, 1)), vocab.size());
  Lexicon out;
  if (K == 0) return out;
  std::vector<std::vector<float>> centroids(K, std::vector<float>(dims, 0.0f));
  for (std::size_t k = 0; k < K; ++k)
    for (auto [i, v] : vecs[k * vocab.size() / K]) centroids[k][std::size_t(i)] = v;
  std::vector<std::size_t> assign(vocab.size(), 0);
  for (int round = 0; round < 15; ++round) {
    for (std::size_t r = 0; r < vecs.size(); ++r) {
      float best = -1;
      for (std::size_t k = 0; k < K; ++k) {
        float dot = 0;
        for (auto [i, v] : vecs[r]) dot += v * centroids[k][std::size_t(i)];
        if (dot > best) best = dot, assign[r] = k;
      }
    }
    for (auto& c : centroids) std::fill(c.begin(), c.end(), 0.0f);
    for (std::size_t r = 0; r < vecs.size(); ++r)
      for (auto [i, v] : vecs[r]) centroids[assign[r]][std::size_t(i)] += v;
    for (auto& c : centroids) {
      double norm = 0;
      for (float v : c) norm += double(v) * v;
      if (norm > 0)
        for (float& v : c) v = float(v / std::sqrt(norm));
    }
  }
  for (std::size_t r = 0; r < vocab.size(); ++r) out.emplace("wc:" + vocab[r], std::to_string(assign[r]));
  out.emplace("wc:", std::to_string(K));  // the classes are there (token_features looks)
  return out;
}

std::vector<Lexicon> fold_lexicons(const std::vector<Example>& examples, int folds, int min_count, int span_min_count) {
  std::vector<Lexicon> out;
  for (int f = 0; f < folds; ++f) {
    std::vector<Example> others;
    for (const Example& ex : examples)
      if (lexicon_fold(ex, folds) != f) others.push_back(ex);
    out.push_back(learn_lexicon(others, min_count, span_min_count));
  }
  return out;
}

namespace {

// Segment-level cues for the tokens of the segment [a, b] (tokens between
// , . ; ( ) and the string's ends): which segment it is (from the start, and
// among the "long" ones: the first long segment is mostly the title, the
// second the container), whether a long segment in sentence case came
// before (a title already seen), whether it is quoted, holds a year, its
// share of capitalised words, and whether "vol(issue):pages" follows it.
// Segments before a token: how many, how many long (4 words or more, quotes and colons not breaking them), and
// whether one was in sentence case (two lower-case words of 4 letters or more: a title).  Read token by token, from
// the string's start (segment_features' segments come in order: each reads on from the last).
// A mark that ends a segment (token_features' and the stacked pass's segments).
bool segment_break(std::string_view v) { return v == "," || v == "." || v == ";" || v == "(" || v == ")"; }

struct SegmentsBefore {
  std::size_t at = 0;  // tokens read
  int index = 0, long_before = 0;
  bool title_like_before = false;
  std::size_t words = 0, lower_words = 0;

  void read_to(std::string_view text, const std::vector<Token>& toks, std::size_t a) {
    const TokenText word{text, toks};
    for (; at < a; ++at) {
      std::string_view v = word(at);
      if (segment_break(v)) {
        if (words > 0) ++index;
        if (words >= 4) ++long_before;
        if (lower_words >= 2) title_like_before = true;
        words = lower_words = 0;
        continue;
      }
      if (is_punct_cp(char32_t(static_cast<unsigned char>(v[0])))) continue;
      ++words;
      if (v.size() >= 4 && v[0] >= 'a' && v[0] <= 'z' && !is_class(v, "and")) ++lower_words;
    }
  }
};

void segment_features(std::string_view text, const std::vector<Token>& toks, std::size_t a, std::size_t b,
                      SegmentsBefore& segments, std::vector<std::string>& out) {
  const TokenText word{text, toks};
  auto is_word = [&](std::size_t k) { return !is_punct_cp(char32_t(static_cast<unsigned char>(word(k)[0]))); };
  segments.read_to(text, toks, a);
  const int index = segments.index, long_before = segments.long_before;
  const bool title_like_before = segments.title_like_before;
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

}  // namespace

namespace {

// A token as edge_features reads it: its text, its keyword class (keyword_class of it lower-cased), whether it is a
// year.
struct EdgeWord {
  std::string_view text;
  const char* keyword = nullptr;
  bool year = false;
};

// The kind of a token at an edge: its punctuation mark (quotes and dashes as
// one each), the keyword classes that open or join fields ("in", "and",
// "ed", "pp", "vol", "no"), else a word's case ("X", "x"), "year" or "d".
std::string_view edge_kind(const EdgeWord& t) {
  std::string_view w = t.text;
  if (w == "." || w == "," || w == ":" || w == ";" || w == "(" || w == ")" || w == "[" || w == "]" || w == "/")
    return w;
  if (is_quote(w) || w == "'" || w == "\xE2\x80\x98" || w == "\xE2\x80\x99") return "q";
  if (w == "-" || w == "\xE2\x80\x93" || w == "\xE2\x80\x94") return "-";
  if (w == "&") return "and";
  if (t.keyword) {
    std::string_view k(t.keyword);
    if (k == "in" || k == "and" || k == "ed" || k == "pp" || k == "vol" || k == "no") return k;
  }
  if (is_punct_cp(char32_t(static_cast<unsigned char>(w[0])))) return "p";
  if (is_digit(w[0])) return t.year ? "year" : "d";
  return w[0] >= 'a' && w[0] <= 'z' ? "x" : "X";
}

// The kind of the word before a separator, finer than edge_kind's case: an
// initial ("J."), a word in capitals ("IEEE."), a short capitalised word
// ("Phys.", "Soc."), a longer one, a short or longer word in small letters.
std::string_view word_before_kind(const EdgeWord& t) {
  std::string_view kind = edge_kind(t);
  if (kind != "X" && kind != "x") return kind;
  std::size_t letters = 0, capitals = 0;
  for (std::size_t k = 0; k < t.text.size();) {
    char32_t c = next_utf8(t.text, k);
    ++letters;
    capitals += c >= 'A' && c <= 'Z';
  }
  if (kind == "x") return letters <= 3 ? "xs" : "x";
  if (letters == 1) return "I";
  if (capitals == letters) return "XX";
  return letters <= 4 ? "Xs" : "X";
}

// The edge features between tokens prev and next (edge_features); `before`, the token before prev, when the word
// before a punctuation mark is asked for and there is one.
template <class Sink>
void write_edge_features(const EdgeWord* before, const EdgeWord& prev, const EdgeWord& next, bool space, Sink& out) {
  std::string_view p = edge_kind(prev), k = edge_kind(next);
  const char* sp = space ? "|sp" : "|nosp";
  out("E=", p);
  out("E=", p, '|', k, sp);
  // After a punctuation mark, the word before it too: a period after an
  // initial or an abbreviation ("Smith, J. Title", "Phys. Rev.") seldom ends
  // a title or a journal's name, after a word in small letters it often does.
  if (before && is_punct_cp(char32_t(static_cast<unsigned char>(prev.text[0]))))
    out("E2=", word_before_kind(*before), '|', p, '|', k, sp);
}

}  // namespace

namespace {

// A number a feature's name holds, written in decimal ("len=" then 5).
struct Num {
  long v;
};

// Features are written piece by piece ("w=", then the word) into one buffer the sink keeps, and each, whole, is handed
// to `take` (a string_view valid until the next feature): collected as strings (training, token_features) or its
// weights added to a token's scores (parsing), with no string of its own.  Features kept whole (a segment's, made
// once for all its tokens) go to `take` as they are.
template <class Take>
class FeatureSink {
 public:
  explicit FeatureSink(Take t) : take(std::move(t)) {}
  template <class... Pieces>
  void operator()(const Pieces&... pieces) {
    len_ = 0;
    (put(pieces), ...);
    take(std::string_view(buf_.data(), len_));
  }
  void whole(std::string_view feature) { take(feature); }
  Take take;

 private:
  // Room for `more` bytes after those written.
  char* room(std::size_t more) {
    if (len_ + more > buf_.size()) buf_.resize(std::max(buf_.size() * 2, len_ + more));
    return buf_.data() + len_;
  }
  void put(std::string_view s) {
    char* to = room(s.size());
    const char* from = s.data();
    const std::size_t n = s.size();
    // Most pieces are a few bytes: copied by two overlapping moves, not a call.
    if (n >= 8 && n <= 16) {
      std::uint64_t a, b;
      std::memcpy(&a, from, 8);
      std::memcpy(&b, from + n - 8, 8);
      std::memcpy(to, &a, 8);
      std::memcpy(to + n - 8, &b, 8);
    } else if (n >= 4 && n < 8) {
      std::uint32_t a, b;
      std::memcpy(&a, from, 4);
      std::memcpy(&b, from + n - 4, 4);
      std::memcpy(to, &a, 4);
      std::memcpy(to + n - 4, &b, 4);
    } else if (n > 16) {
      std::memcpy(to, from, n);
    } else {
      for (std::size_t k = 0; k < n; ++k) to[k] = from[k];
    }
    len_ += n;
  }
  void put(char c) {
    *room(1) = c;
    ++len_;
  }
  void put(Num n) {
    char* d = room(24);
    len_ = std::size_t(std::to_chars(d, d + 24, n.v).ptr - buf_.data());
  }
  std::vector<char> buf_ = std::vector<char>(256);
  std::size_t len_ = 0;
};

// Collects the features as strings, after those `out` holds.
struct Collect {
  std::vector<std::string>* out;
  void operator()(std::string_view f) const { out->emplace_back(f); }
};

// What token_features reads of each token of one reference and of the reference as a whole, computed once for it:
// each token's features read its neighbours, the string before it, its segment and the first year, and computing
// those again for every token (a number class, a lower-cased copy and a lexicon look-up per token read) made the
// features two thirds of parsing a reference.  The features are the ones the token-by-token code gave, in its order
// (tests/refparse_features_test.cpp keeps that code as the oracle).
class FeatureContext {
 public:
  FeatureContext(std::string_view text, const std::vector<Token>& toks, const Lexicon* lexicon,
                 const std::vector<LexiconSpan>* spans);
  // token_features(text, toks, i, out, lexicon, spans), written to a FeatureSink.
  template <class Sink>
  void features(std::size_t i, Sink& out) const;
  void features(std::size_t i, std::vector<std::string>& out) const {
    out.clear();
    FeatureSink<Collect> sink(Collect{&out});
    features(i, sink);
  }
  // edge_features(text, toks, i, out, true), written to a FeatureSink, and with the lexicon's "segedge:" mark the
  // segment edge features (segment_edge_features).
  template <class Sink>
  void edge_features(std::size_t i, Sink& out) const;
  // The segment edge features (model60; the lexicon's "segedge:" mark, bench/refparse_train.cpp's REFPARSE_SEGEDGES):
  // at the edge into a segment's first token, the separator with the two segments' lexicon classes ("S=.|title|
  // journal") and with their shapes ("S2=.|xL|XLy": case, length, a year, a leading number), so that the change of
  // field at a segment break reads both segments whole.  None without the mark.
  template <class Sink>
  void segment_edge_features(std::size_t i, Sink& out) const;
  bool segment_edges() const { return segment_edges_; }

 private:
  struct Word {
    std::string_view text;
    std::string low, shape, number;           // lower(), shape(), number_class()
    const char* keyword = nullptr;            // keyword_class(low)
    const std::string* lex = nullptr;         // the lexicon's class of low, its "wc:" class, its "gz:" kinds
    const std::string* word_class = nullptr;
    const std::string* gazetteer = nullptr;
    bool seg_break = false;                   // , . ; ( )
  };
  // The string before a token: sentence breaks, brackets and quotes open, a year or a colon seen, commas.
  struct Before {
    int breaks = 0, parens = 0, quotes = 0, commas = 0;
    bool year = false, colon = false;
  };
  // A segment (tokens between , . ; ( ) and the string's ends): the features all its tokens share.
  struct Segment {
    std::size_t a = 0, b = 0;
    std::vector<std::string> keywords;  // segkw=, sorted
    std::string length, first;          // seglen=, seg0=
    bool all_caps = true;
    std::string before;                 // prevseg=, or empty
    std::vector<std::string> next;      // nextseg=, nextsep=
    std::string lex;                    // seglex's class, "none" when none
    std::string words;                  // segwords=
    std::vector<std::string> cues;      // segment_features
    std::string edge_shape;             // segment_edge_features' shape of it, when the lexicon has "segedge:"
  };
  const Word& word(std::ptrdiff_t k) const { return words_[std::size_t(k + 2)]; }  // -2 <= k <= n + 1
  Word make_word(std::string_view w) const;

  std::string_view text_;
  const std::vector<Token>& toks_;
  const Lexicon* lexicon_;
  std::vector<LexiconSpan> computed_;
  const std::vector<LexiconSpan>* spans_ = nullptr;
  bool word_classes_ = false, gazetteer_ = false;  // the lexicon has "wc:", "gz:"
  enum class Window { none, shapes, window } window_ = Window::none;  // the lexicon's "win:" mark
  bool segment_edges_ = false;                                        // the lexicon's "segedge:" mark
  bool segment_edges_words_ = false;                                  // its value "words": S= between words only
  std::vector<Word> words_;                       // "<s>" twice, the tokens, "</s>" twice
  std::vector<Before> before_;
  std::vector<std::size_t> breaks_before_;  // segment breaks before token k, k <= n
  std::vector<std::size_t> segment_of_;
  std::vector<Segment> segments_;
  int commas_ = 0;
  std::size_t year_at_ = 0;  // the first year's token, n when none
};

FeatureContext::Word FeatureContext::make_word(std::string_view w) const {
  Word x;
  x.text = w;
  x.low = lower(w);
  x.shape = shape(w);
  x.number = number_class(w);
  x.keyword = keyword_class(x.low);
  x.seg_break = segment_break(w);
  if (lexicon_ && !lexicon_->empty()) {
    if (auto it = lexicon_->find(x.low); it != lexicon_->end()) x.lex = &it->second;
    if (word_classes_)
      if (auto it = lexicon_->find("wc:" + x.low); it != lexicon_->end()) x.word_class = &it->second;
    if (gazetteer_)
      if (auto it = lexicon_->find("gz:" + x.low); it != lexicon_->end()) x.gazetteer = &it->second;
  }
  return x;
}

FeatureContext::FeatureContext(std::string_view text, const std::vector<Token>& toks, const Lexicon* lexicon,
                               const std::vector<LexiconSpan>* spans)
    : text_(text), toks_(toks), lexicon_(lexicon), spans_(spans) {
  const std::size_t n = toks.size();
  if (lexicon_ && !lexicon_->empty()) {
    word_classes_ = lexicon_->count("wc:") > 0;
    gazetteer_ = lexicon_->count("gz:") > 0;
    if (auto it = lexicon_->find("win:"); it != lexicon_->end())
      window_ = it->second == "window" ? Window::window : Window::shapes;
    if (auto it = lexicon_->find("segedge:"); it != lexicon_->end())
      segment_edges_ = true, segment_edges_words_ = it->second == "words";
    if (!spans_) computed_ = lexicon_spans(text, toks, *lexicon_), spans_ = &computed_;
  }
  words_.reserve(n + 4);
  words_.push_back(make_word("<s>"));
  words_.push_back(words_.back());
  for (const Token& t : toks) words_.push_back(make_word(text.substr(t.begin, t.end - t.begin)));
  words_.push_back(make_word("</s>"));
  words_.push_back(words_.back());
  // The string before each token, and the first year.
  before_.resize(n);
  breaks_before_.assign(n + 1, 0);
  Before b;
  year_at_ = n;
  for (std::size_t k = 0; k < n; ++k) {
    before_[k] = b;
    breaks_before_[k + 1] = breaks_before_[k] + word(std::ptrdiff_t(k)).seg_break;
    std::string_view v = word(std::ptrdiff_t(k)).text;
    if (v == "." && k + 1 < n && toks[k + 1].space_before && k > 0 && toks[k].end - toks[k - 1].end > 0 &&
        (toks[k - 1].end - toks[k - 1].begin) > 1)
      ++b.breaks;
    else if (v == "(" || v == "[") ++b.parens;
    else if ((v == ")" || v == "]") && b.parens > 0) --b.parens;
    else if (is_quote(v)) b.quotes ^= 1;
    else if (v == ":") b.colon = true;
    if (word(std::ptrdiff_t(k)).number == "year") {
      b.year = true;
      if (year_at_ == n) year_at_ = k;
    }
    b.commas += v == ",";
  }
  commas_ = b.commas;
  // The segments, each a run of tokens that are no segment break.
  segment_of_.assign(n, SIZE_MAX);
  SegmentsBefore before_segments;
  for (std::size_t a = 0; a < n;) {
    if (word(std::ptrdiff_t(a)).seg_break) {
      ++a;
      continue;
    }
    std::size_t e = a;
    while (e + 1 < n && !word(std::ptrdiff_t(e) + 1).seg_break) ++e;
    Segment s;
    s.a = a;
    s.b = e;
    std::set<std::string> classes;
    for (std::size_t k = a; k <= e; ++k)
      if (const char* kw = word(std::ptrdiff_t(k)).keyword) classes.insert(kw);
    for (const std::string& c : classes) s.keywords.push_back("segkw=" + c);
    s.length = "seglen=" + std::to_string(std::min<std::size_t>(e - a + 1, 6));
    s.first = "seg0=" + word(std::ptrdiff_t(a)).low;
    for (std::size_t k = a; k <= e; ++k) {
      std::string_view v = word(std::ptrdiff_t(k)).text;
      if (v.size() > 3 && v[0] >= 'a' && v[0] <= 'z') s.all_caps = false;
    }
    if (a >= 2) {
      std::size_t pa = a - 2;
      while (pa > 0 && !word(std::ptrdiff_t(pa) - 1).seg_break) --pa;
      const Word& p = word(std::ptrdiff_t(pa));
      s.before = "prevseg=" + std::string(word(std::ptrdiff_t(a) - 1).text) + "|" + (p.keyword ? p.keyword : p.shape);
    }
    if (e + 2 < n) {
      const Word& nw = word(std::ptrdiff_t(e) + 2);
      if (nw.keyword) s.next.push_back(std::string("nextseg=") + nw.keyword);
      s.next.push_back("nextseg=" + (nw.number.empty() ? nw.shape : nw.number));
      s.next.push_back("nextsep=" + std::string(word(std::ptrdiff_t(e) + 1).text));
    }
    if (lexicon_ && !lexicon_->empty()) {
      std::map<std::string, int> votes;
      for (std::size_t k = a; k <= e; ++k)
        if (const std::string* v = word(std::ptrdiff_t(k)).lex; v && !v->empty())
          ++votes[v->back() == '+' ? v->substr(0, v->size() - 1) : *v];
      int most = 0;
      for (const auto& [v, c] : votes)
        if (c > most) most = c, s.lex = v;
      if (s.lex.empty()) s.lex = "none";
    }
    std::size_t words = 0;
    for (std::size_t k = a; k <= e; ++k) words += !is_punct_cp(char32_t(static_cast<unsigned char>(word(std::ptrdiff_t(k)).text[0])));
    s.words = "segwords=" + std::to_string(words <= 4 ? words : words <= 6 ? 6 : words <= 9 ? 9 : words <= 14 ? 14 : 99);
    segment_features(text, toks, a, e, before_segments, s.cues);
    if (segment_edges_) {
      // Case (a word of four letters or more in small letters: x), length (one word, two or three, four or more),
      // a year in it, a number first.
      bool year = false;
      for (std::size_t k = a; k <= e; ++k) year = year || word(std::ptrdiff_t(k)).number == "year";
      s.edge_shape.push_back(s.all_caps ? 'X' : 'x');
      s.edge_shape.push_back(words <= 1 ? '1' : words <= 3 ? 'M' : 'L');
      if (year) s.edge_shape.push_back('y');
      if (is_digit(word(std::ptrdiff_t(a)).text[0])) s.edge_shape.push_back('d');
    }
    for (std::size_t k = a; k <= e; ++k) segment_of_[k] = segments_.size();
    segments_.push_back(std::move(s));
    a = e + 1;
  }
}

template <class Sink>
void FeatureContext::features(std::size_t i, Sink& out) const {
  static constexpr const char* kW[] = {"w-2=", "w-1=", "w1=", "w2="};
  static constexpr const char* kSh[] = {"sh-2=", "sh-1=", "sh1=", "sh2="};
  static constexpr const char* kKw[] = {"kw-2=", "kw-1=", "kw1=", "kw2="};
  static constexpr const char* kNum[] = {"num-2=", "num-1=", "num1=", "num2="};
  static constexpr const char* kLex[] = {"lex-2=", "lex-1=", "lex1=", "lex2="};
  static constexpr const char* kWc[] = {"wc-1=", "wc=", "wc1="};
  const std::size_t n = toks_.size();
  const std::ptrdiff_t at = std::ptrdiff_t(i);
  const Word& me = word(at);
  std::string_view w = me.text;
  const std::string& lw = me.low;
  const std::string& sh = me.shape;
  out.whole("bias");
  out("w=", lw);
  out("sh=", sh);
  bool link = w.size() > 6 && (istarts_with(w, "http") || istarts_with(w, "www.") || istarts_with(w, "doi:") ||
                               starts_with(w, "10."));
  if (link) out("link=", lw.find("10.") != std::string::npos && lw.find("doi") != std::string::npos ? "doi"
                         : starts_with(w, "10.")                                                   ? "doi"
                                                                                                   : "url");
  if (lw.size() >= 4 && !link) {
    out("pre3=", std::string_view(lw).substr(0, 3));
    out("suf3=", std::string_view(lw).substr(lw.size() - 3));
  }
  // The window (model57; the lexicon's "win:" mark, bench/refparse_train.cpp's REFPARSE_WINDOW): the shapes of the
  // tokens +-1 and +-2 as one feature each ("shw=Xx|,|X"), and with "win:" "window" the neighbours' last three letters.
  if (window_ != Window::none) {
    if (window_ == Window::window)
      for (int d : {-1, 1}) {
        const std::string& v = word(at + d).low;
        if (v.size() >= 4) out(d < 0 ? "suf3-1=" : "suf3+1=", std::string_view(v).substr(v.size() - 3));
      }
    out("shw=", word(at - 1).shape, '|', sh, '|', word(at + 1).shape);
    out("shw2=", word(at - 2).shape, '|', word(at - 1).shape, '|', sh, '|', word(at + 1).shape, '|', word(at + 2).shape);
  }
  if (!me.number.empty()) out("num=", me.number);
  if (me.keyword) out("kw=", me.keyword);
  out("len=", Num{long(std::min<std::size_t>(w.size(), 8))});
  out("pos=", Num{long(n ? i * 10 / n : 0)});
  if (i < 3) out("first=", Num{long(i)});
  if (i + 1 == n) out.whole("last");
  out.whole(toks_[i].space_before ? "sp" : "nosp");
  // Neighbours.
  for (int d : {-2, -1, 1, 2}) {
    const Word& v = word(at + d);
    const int t = d < 0 ? d + 2 : d + 1;
    out(kW[t], v.low);
    if (d == -1 || d == 1) {
      out(kSh[t], v.shape);
      if (v.keyword) out(kKw[t], v.keyword);
      if (!v.number.empty()) out(kNum[t], v.number);
    }
  }
  out("w-1w=", word(at - 1).low, '|', lw);
  out("ww+1=", lw, '|', word(at + 1).low);
  // Context of the whole string so far: sentence breaks (". " between
  // words), brackets and quotes open, a year already seen.
  const Before& before = before_[i];
  const int breaks = before.breaks;
  // The segment around the token (between , . ; ( ) and the string's
  // ends): the keyword classes of its words, its length, and how many
  // commas follow it ("Title, Publisher, Place, URL").
  const Segment* seg = me.seg_break ? nullptr : &segments_[segment_of_[i]];
  if (seg) {
    for (const std::string& k : seg->keywords) out.whole(k);
    out.whole(seg->length);
    if (i == seg->a) out.whole("segfirst");
    // The segment's first word ("In", "Proceedings", "pp", "Vol") and its
    // case: every word capitalised (a name, a journal, a publisher) or not
    // (a title in sentence case).
    out.whole(seg->first);
    out("segcase=", seg->all_caps ? 'X' : 'x', "|brk=", Num{std::min(breaks, 3)});
    // The segment before: its separator and its first word's class.
    if (!seg->before.empty()) out.whole(seg->before);
    // The next segment's first word's classes ("Nesta, London": a
    // publisher before a place), and its shape.
    for (const std::string& k : seg->next) out.whole(k);
  }
  int commas_after = commas_ - before.commas - (w == "," ? 1 : 0);
  out("commas>", Num{std::min(commas_after, 4)});
  out("commas<", Num{std::min(before.commas, 6)}, "|brk=", Num{std::min(breaks, 3)});
  out("brk=", Num{std::min(breaks, 7)});
  if (before.parens > 0) out.whole("inparen");
  if (before.quotes) out.whole("inquote");
  if (before.year) out.whole("yearseen");
  if (before.colon) out.whole("colonseen");
  out("brk|sh=", Num{std::min(breaks, 7)}, '|', sh);
  // Wider context: the shapes and keyword classes two tokens away.
  for (int d : {-2, 2}) {
    const Word& v = word(at + d);
    const int t = d < 0 ? 0 : 3;
    out(kSh[t], v.shape);
    if (v.keyword) out(kKw[t], v.keyword);
  }
  // Where the token is relative to the first year (before it: names and
  // titles; after it: containers, volumes, pages in author-date styles), in
  // comma/period segments.
  if (year_at_ == n) {
    out.whole("yr=none");
  } else {
    std::size_t lo = std::min(i, year_at_), hi = std::max(i, year_at_);
    std::size_t segs = breaks_before_[hi] - breaks_before_[lo];
    char rel = i < year_at_ ? '-' : i > year_at_ ? '+' : '0';
    out("yr=", rel, Num{long(std::min<std::size_t>(segs, 4))});
    out("yr=", rel, "|sh=", sh);
  }
  // The lexicon's classes: the word's, its neighbours', and the commonest
  // among the segment's words.
  if (lexicon_ && !lexicon_->empty()) {
    if (me.lex && !me.lex->empty()) out("lex=", *me.lex);
    // The word classes (learn_word_classes) of the word and its neighbours,
    // when the lexicon has them (its "wc:" entry, which no word has).
    for (int d : {-1, 0, 1}) {
      if (!word_classes_) break;
      std::ptrdiff_t k = at + d;
      if (k < 0 || std::size_t(k) >= n) continue;
      if (const std::string* c = word(k).word_class) out(kWc[d + 1], *c);
    }
    for (int d : {-2, -1, 1, 2}) {
      const std::string* v = word(at + d).lex;
      if (v && !v->empty()) out(kLex[d < 0 ? d + 2 : d + 1], *v);
    }
    if (seg) {
      out("seglex=", seg->lex);
      out("seglex|brk=", seg->lex, '|', Num{std::min(breaks, 3)});
    }
    // A known field value over the token ("Oxford University Press",
    // "J. Am. Chem. Soc."): its class, and whether the token starts it.
    const LexiconSpan& hit = (*spans_)[i];
    if (!hit.cls.empty()) {
      std::string_view span(hit.cls);
      if (span.back() == '+') span.remove_suffix(1);
      out("gaz=", span);
      out("gaz=", span, hit.start == i ? "|B" : "|I");
    }
    // A name of the external gazetteer over the token, and where the token
    // is in it.
    if (!hit.ext.empty())
      out("xg=", hit.ext, hit.ext_start == hit.ext_last ? "|U" : hit.ext_start == i ? "|B" : hit.ext_last == i ? "|L" : "|I");
    // The word alone a name of the external gazetteer ("Oxford" a place
    // inside "Oxford University Press").
    if (me.gazetteer) out("xw=", *me.gazetteer);
  }
  // The segment's word count, finer than seglen.
  if (seg) {
    out.whole(seg->words);
    for (const std::string& c : seg->cues) out.whole(c);
  }
}

template <class Sink>
void FeatureContext::edge_features(std::size_t i, Sink& out) const {
  if (i == 0 || i >= toks_.size()) return;
  auto edge_word = [&](std::size_t k) {
    const Word& w = word(std::ptrdiff_t(k));
    return EdgeWord{w.text, w.keyword, w.number == "year"};
  };
  EdgeWord before = i >= 2 ? edge_word(i - 2) : EdgeWord{};
  write_edge_features(i >= 2 ? &before : nullptr, edge_word(i - 1), edge_word(i), toks_[i].space_before, out);
  if (segment_edges_) segment_edge_features(i, out);
}

template <class Sink>
void FeatureContext::segment_edge_features(std::size_t i, Sink& out) const {
  if (!segment_edges_ || i == 0 || i >= toks_.size() || word(std::ptrdiff_t(i)).seg_break) return;
  const std::size_t s = segment_of_[i];
  if (s == 0 || segments_[s].a != i) return;
  const Segment& prev = segments_[s - 1];
  const Segment& next = segments_[s];
  std::string_view p = edge_kind(EdgeWord{word(std::ptrdiff_t(i) - 1).text, word(std::ptrdiff_t(i) - 1).keyword,
                                          word(std::ptrdiff_t(i) - 1).number == "year"});
  // "words": the lexicon classes alone, between two segments that open with a word (not into or out of numbers).
  if (segment_edges_words_) {
    if (!prev.lex.empty() && !is_digit(word(std::ptrdiff_t(prev.a)).text[0]) && !is_digit(word(std::ptrdiff_t(i)).text[0]))
      out("S=", p, '|', prev.lex, '|', next.lex);
    return;
  }
  if (!prev.lex.empty()) out("S=", p, '|', prev.lex, '|', next.lex);
  out("S2=", p, '|', prev.edge_shape, '|', next.edge_shape);
}

}  // namespace

void token_features(std::string_view text, const std::vector<Token>& toks, std::size_t i,
                    std::vector<std::string>& out, const Lexicon* lexicon, const std::vector<LexiconSpan>* spans) {
  FeatureContext(text, toks, lexicon, spans).features(i, out);
}


namespace {

// OECD/Harvard "Names (2017), Title, Publisher, Place, URL": after the
// date's comma, the comma segments (a quoted title is one) up to the first
// link or "(accessed on ...)".  When the last segment is a place (a known
// one, or a short capitalised one after two others), it is the location and
// the segment before it the publisher; otherwise a last segment written like
// a name ("Deloitte Insights", "Institute of Legislation and Legal
// Information": capitalised words and connectors, no digit, no journal word)
// is the publisher.  The first segment (the title) is never taken.
void pin_publisher_place(std::string_view text, const std::vector<Token>& toks, std::size_t from,
                         std::vector<int>& pin) {
  const TokenText word{text, toks};
  std::size_t end = from;
  while (end < toks.size() && pin[end] != kUrl && pin[end] != kDoi &&
         !(word(end) == "(" && end + 1 < toks.size() && is_class(word(end + 1), "web")))
    ++end;
  struct Seg {
    std::size_t a, b;  // [a, b)
  };
  std::vector<Seg> segs;
  bool quoted = false;
  std::size_t a = from;
  for (std::size_t k = from; k < end; ++k) {
    std::string_view v = word(k);
    if (is_quote(v)) quoted = !quoted;
    else if ((v == "," || (v == "." && k + 1 == end)) && !quoted) {
      if (k > a) segs.push_back({a, k});
      a = k + 1;
    }
  }
  if (a < end) segs.push_back({a, end});
  if (segs.size() < 2) return;
  // A segment written like a name: capitalised words and connectors only.
  auto name_like = [&](const Seg& s, std::size_t max_words) {
    std::size_t words = 0;
    for (std::size_t k = s.a; k < s.b; ++k) {
      std::string_view v = word(k);
      if (is_punct_cp(char32_t(static_cast<unsigned char>(v[0]))) && v.size() == 1) {
        if (v != "-" && v != "&" && v != "(" && v != ")") return false;
        continue;
      }
      ++words;
      std::string lv = lower(v);
      if (is_digit(v[0])) return false;
      if (is_class(v, "jour") && lv != "science" && lv != "studies" && lv != "research") return false;
      bool connector = lv == "of" || lv == "for" || lv == "and" || lv == "the" || lv == "de" || lv == "du" ||
                       lv == "des" || lv == "la" || lv == "für" || lv == "on" || lv == "in";
      if (!connector && !(v[0] >= 'A' && v[0] <= 'Z') && static_cast<unsigned char>(v[0]) < 0x80) return false;
    }
    return words >= 1 && words <= max_words && !(word(s.a) == "in" || word(s.a) == "In");
  };
  auto is_place = [&](const Seg& s) {
    if (!name_like(s, 3)) return false;
    bool known = true;
    for (std::size_t k = s.a; k < s.b; ++k) known = known && is_class(word(k), "place");
    return known || segs.size() >= 3;
  };
  // "Making Innovation Real: Delivering Today, Shaping Tomorrow": after a
  // title with a colon, two capitalised words without a publisher's word are
  // more likely the subtitle's end than a publisher.
  auto subtitle_tail = [&](const Seg& title, const Seg& s) {
    if (segs.size() != 2 || s.b - s.a > 2) return false;
    bool colon = false, pub = false;
    for (std::size_t k = title.a; k < title.b; ++k) colon = colon || word(k) == ":";
    for (std::size_t k = s.a; k < s.b; ++k) pub = pub || is_class(word(k), "pub");
    return colon && !pub;
  };
  auto set = [&](const Seg& s, int label) {
    for (std::size_t k = s.a; k < s.b; ++k) pin[k] = label;
  };
  const Seg& last = segs.back();
  std::size_t publisher = 0;  // its segment
  if (segs.size() >= 3 && is_place(last)) {
    const Seg& prev = segs[segs.size() - 2];
    if (!name_like(prev, 8) || is_quote(word(prev.a))) return;
    set(last, kLocation);
    set(prev, kPublisher);
    publisher = segs.size() - 2;
  } else if (name_like(last, 8) && !is_place(last) && !subtitle_tail(segs[0], last)) {
    set(last, kPublisher);
    publisher = segs.size() - 1;
  } else {
    return;
  }
  // Before them, no other publisher or place (a series such as "OECD Public
  // Governance Reviews" is not the publisher).
  for (std::size_t k = from; k < segs[publisher].a; ++k)
    if (pin[k] < 0) pin[k] = kNotPublisherOrPlace;
  // "“Chapter title”, in Book Title: Subtitle, Publisher": the quoted title,
  // then the container up to the publisher (unless editors come first).
  if (is_quote(word(segs[0].a)) && is_quote(word(segs[0].b - 1)) && segs[0].b - segs[0].a > 2) {
    set(segs[0], kTitle);
    if (publisher >= 2 && (word(segs[1].a) == "in" || word(segs[1].a) == "In")) {
      bool editors = false;
      for (std::size_t k = segs[1].a; k < segs[publisher].a; ++k) editors = editors || is_class(word(k), "ed");
      if (!editors)
        for (std::size_t k = segs[1].a; k < segs[publisher - 1].b; ++k) pin[k] = kContainer;
    }
  }
  // "OECD Economic Outlook, Volume 2023 Issue 2, OECD Publishing": a short
  // segment that starts with "Volume"/"Issue"/"No." and holds a number is
  // the volume span (read_volume_span splits it).
  for (std::size_t k = 1; k < publisher; ++k) {
    const Seg& s = segs[k];
    bool number = false;
    for (std::size_t t = s.a; t < s.b; ++t) number = number || is_digit(word(t)[0]);
    if (s.b - s.a <= 6 && number && (is_class(word(s.a), "vol") || is_class(word(s.a), "no"))) {
      set(s, kVolume);
      // Right after an unquoted first segment: that is the report's title
      // (a serial's issue is published as a report).
      if (k == 1 && !is_quote(word(segs[0].a))) set(segs[0], kTitle);
    }
  }
  // "Title, OECD Public Governance Reviews, OECD Publishing, Paris": after an
  // unquoted title, a segment written like a name that starts with the
  // publisher's first word or ends in a series word is the series.
  if (!is_quote(word(segs[0].a)))
    for (std::size_t k = 1; k < publisher; ++k) {
      const Seg& s = segs[k];
      if (!name_like(s, 10) || s.b - s.a < 2) continue;
      std::string last_word = lower(word(s.b - 1));
      bool series_word = last_word == "reviews" || last_word == "studies" || last_word == "papers" ||
                         last_word == "series" || last_word == "reports";
      if (series_word || word(s.a) == word(segs[publisher].a)) set(s, kCollection);
    }
}

}  // namespace

namespace {

// A language's name in English as a reference's note gives it ("Russian" in "(in Russian)").
bool language_name(std::string_view w) {
  static const std::unordered_set<std::string> names = {
      "russian", "german", "french", "chinese", "japanese", "spanish", "polish", "czech", "ukrainian", "portuguese",
      "italian", "hungarian", "dutch", "swedish", "norwegian", "danish", "finnish", "korean", "turkish", "greek",
      "hebrew", "arabic", "persian", "romanian", "bulgarian", "serbian", "croatian", "slovak", "slovenian",
      "lithuanian", "latvian", "estonian", "georgian", "armenian", "indonesian", "vietnamese", "thai", "catalan"};
  return w.size() >= 4 && w[0] >= 'A' && w[0] <= 'Z' && names.count(ascii_lower(w)) > 0;
}

// A label in brackets before the reference, of letters as an alphabetic style writes it ("[GH97]", "[Weyl]", "[L-N]",
// "[Sh b]", "[Pe2]", "[Krauss and Small 1991]"): the tokens up to and with its "]" (30 bytes inside at most, no
// sentence in it, three tokens of reference after it), or 0.
std::size_t bracketed_label_end(std::string_view text, const std::vector<Token>& toks) {
  const std::size_t n = toks.size();
  if (n < 6 || text.substr(toks[0].begin, toks[0].end - toks[0].begin) != "[") return 0;
  for (std::size_t k = 1; k < n && k <= 8; ++k) {
    std::string_view w = text.substr(toks[k].begin, toks[k].end - toks[k].begin);
    if (w == "]") {
      if (k == 1 || toks[k].begin - toks[1].begin > 30 || n < k + 4) return 0;
      // The label opens with a capital or a digit and is no sentence or quotation ("[Online]" and "[In Russian]"
      // are notes, "[Anonymous]" an author's place).
      std::string_view inside = text.substr(toks[1].begin, toks[k].begin - toks[1].begin);
      if (!(inside[0] >= 'A' && inside[0] <= 'Z') && !is_digit(inside[0]) && static_cast<unsigned char>(inside[0]) < 0xC3)
        return 0;
      std::string lower = ascii_lower(inside);
      for (std::string_view no : {"online", "internet", "in ", "anonym", "no author", "n.d", "s.d", "sic", "cited",
                                  "accessed", "electronic", "book", "article", "editor", "translat", "orig"})
        if (lower.compare(0, no.size(), no) == 0) return 0;
      if (inside.find(". ") != std::string_view::npos && inside.size() > 12) return 0;
      return k + 1;
    }
    if (w == "[" || w == "(" || w == ")") return 0;
  }
  return 0;
}

// The tokens of a footnote's pointer to a work cited before that start at k: "a. a. O." / "a.a.O." (am angegebenen
// Ort), "ebd." / "Ebd." / "ebenda", "ibid.", "op. cit.", "loc. cit.", with their last period; 0 when none does.
std::size_t back_reference_length(std::string_view text, const std::vector<Token>& toks, std::size_t k) {
  const std::size_t n = toks.size();
  auto word = [&](std::size_t t) {
    return t < n ? text.substr(toks[t].begin, toks[t].end - toks[t].begin) : std::string_view();
  };
  auto dotted = [&](std::size_t t, std::size_t words) { return t + words < n && word(t + words) == "." ? 1 : 0; };
  if (iequals(word(k), "a") && word(k + 1) == "." && iequals(word(k + 2), "a") && word(k + 3) == "." &&
      word(k + 4) == "O")
    return 5 + dotted(k, 5);
  const std::string_view w = word(k);  // compared without a lowered copy: this runs for every token
  if (iequals(w, "ebd") || iequals(w, "ibid")) return word(k + 1) == "." ? 2 : 0;
  if (iequals(w, "ebenda")) return 1 + dotted(k, 1);
  if ((iequals(w, "op") || iequals(w, "loc")) && word(k + 1) == "." && iequals(word(k + 2), "cit"))
    return 3 + dotted(k, 3);
  return 0;
}

// The page a footnote's pointer to a work cited before gives after its comma at c: ", S. 18", ", pp. 12-14" (", 71"
// too unless `marked`), pinned the pages; its last token, or 0 when there is none.
std::size_t pin_cited_page(std::string_view text, const std::vector<Token>& toks, std::size_t c, bool marked,
                           std::vector<int>& pin) {
  const std::size_t n = toks.size();
  const TokenText word{text, toks};
  if (c >= n || word(c) != ",") return 0;
  std::size_t e = c + 1;
  if (e + 1 < n && (word(e) == "S" || word(e) == "p" || word(e) == "pp") && word(e + 1) == ".") e += 2;
  else if (marked) return 0;
  if (e >= n || !is_digit(word(e)[0])) return 0;
  if (e + 2 < n && (word(e + 1) == "-" || word(e + 1) == "\xE2\x80\x93") && is_digit(word(e + 2)[0])) e += 2;
  for (std::size_t t = c + 1; t <= e; ++t)
    if (pin[t] < 0) pin[t] = kPages;
  return e;
}

// "Klaus Dörre, a. a. O., S. 897", "Grzegorz Gorzelak, ebd., S. 40", "Ebd., S. 579.", "Title, ebd., S. 77-86" (a
// footnote's short form of a work cited before): the pointer is a note, not an editor's name nor a container's; the
// names alone before it and its comma, opening the reference (capitalised words, initials, "/"), are the authors, the
// page after it the pages.
void back_reference_pins(std::string_view text, const std::vector<Token>& toks, std::size_t start,
                         std::vector<int>& pin) {
  const std::size_t n = toks.size();
  const TokenText word{text, toks};
  for (std::size_t k = start; k < n; ++k) {
    std::size_t len = back_reference_length(text, toks, k);
    if (len == 0 || (k > 0 && !toks[k].space_before && is_word_token(text, toks[k - 1]))) continue;
    for (std::size_t t = k; t < k + len; ++t)
      if (pin[t] < 0) pin[t] = kNote;
    if (k > start + 1 && (word(k - 1) == "," || word(k - 1) == ":") && k - start <= 10) {
      bool names = true;
      int words = 0;
      for (std::size_t t = start; t + 1 < k && names; ++t) {
        std::string_view v = word(t);
        bool w = is_word_token(text, toks[t]);
        words += w;
        names = (w && !is_digit(v[0]) && (static_cast<unsigned char>(v[0]) >= 0xC3 || (v[0] >= 'A' && v[0] <= 'Z'))) ||
                v == "/" || v == "." || v == "-" || v == ",";
      }
      if (names && words >= 1 && words <= 6)
        for (std::size_t t = start; t + 1 < k; ++t)
          if (pin[t] < 0) pin[t] = kAuthor;
    }
    // "a. a. O., S. 84", "op. cit., pp. 12-14", "Ebd., 71": the page cited there.
    pin_cited_page(text, toks, k + len, false, pin);
    k += len - 1;
  }
}

// Nature's chapter, which names no chapter title: "Curry Rogers, K. in The Sauropods: Evolution and Paleobiology
// (eds Curry Rogers, K. & Wilson, J. A.) 50-103 (Univ. California Press, 2005).": the names before "in" (their last
// initial's period or "et al." before it), the book after it up to its editors' "(eds …)" or "(ed. …)" (or a bracket
// of names alone before the pages), that bracket the editors; the book's "Vol. 13" before it the volume, its "2nd
// edn" the edition.
void nature_chapter_pins(std::string_view text, const std::vector<Token>& toks, std::size_t start,
                         std::vector<int>& pin) {
  const std::size_t n = toks.size();
  const TokenText word{text, toks};
  auto capital = [&](std::size_t k) {
    unsigned char c = static_cast<unsigned char>(word(k)[0]);
    return (c >= 'A' && c <= 'Z') || c >= 0xC3;
  };
  for (std::size_t k = start + 3; k + 4 < n && k < start + 60; ++k) {
    if (!(word(k) == "in" || word(k) == "In") || !toks[k].space_before || word(k - 1) != ".") continue;
    std::string_view last = word(k - 2);
    if (!(last == "al" || (capital(k - 2) && utf8_length(last) == 1))) return;
    // Names alone before it: capitalised words, initials, "&", "and", particles; a comma among them.
    bool comma = false;
    for (std::size_t t = start; t < k; ++t) {
      std::string_view w = word(t);
      comma = comma || w == ",";
      bool name = capital(t) || w == "," || w == "." || w == "-" || w == "&" || w == "and" || w == "et" ||
                  w == "al" || w == "van" || w == "von" || w == "de" || w == "der" || w == "den" || w == "da";
      if (!name || is_digit(w[0])) return;
    }
    if (!comma || !capital(k + 1)) return;
    // The book up to "(", the editors' bracket after it.
    std::size_t open = k + 1;
    while (open < n && open < k + 40 && word(open) != "(" && word(open) != ")") ++open;
    if (open + 3 >= n || word(open) != "(") return;
    std::string_view role = word(open + 1);
    bool marked = role == "eds" || role == "ed" || role == "Eds" || role == "Ed";
    std::size_t close = open + 1;
    while (close < n && close < open + 40 && word(close) != ")" && word(close) != "(") ++close;
    if (close + 1 >= n || word(close) != ")") return;
    // Without "eds" (a page's copy may drop it: "(Curry Rogers, K. & Wilson, J. A.) 50–103"): names alone inside,
    // a family name's comma and an initial among them, the pages after it.
    if (!marked) {
      bool initialled = false;
      for (std::size_t t = open + 1; t < close; ++t) {
        std::string_view w = word(t);
        if (w == "," && t + 2 < close && capital(t + 1) && utf8_length(word(t + 1)) == 1 && word(t + 2) == ".")
          initialled = true;
        if (!(capital(t) || w == "," || w == "." || w == "-" || w == "&" || w == "and") || is_digit(w[0])) return;
      }
      if (!initialled || !is_digit(word(close + 1)[0])) return;
    }
    for (std::size_t t = start; t < k; ++t)
      if (pin[t] < 0) pin[t] = kAuthor;
    for (std::size_t t = k; t < open; ++t) {
      std::string_view w = word(t);
      if (t > k + 1 && (is_class(w, "vol") || w == "edn" || is_digit(w[0]))) {
        // "2nd edn": the edition's.
        if (is_digit(w[0]) && !all_digits(w) && t + 1 < open && is_class(word(t + 1), "edn"))
          for (std::size_t e = t; e < open && e <= t + 2; ++e)
            if (pin[e] < 0 && (e < t + 2 || word(e) == ".")) pin[e] = kEdition;
        // "Vol. 13" just before the editors: the volume's.
        bool volume = is_class(w, "vol") && open > t + 1 && open <= t + 3;
        for (std::size_t e = t + 1; e < open && volume; ++e) volume = word(e) == "." || all_digits(word(e));
        for (std::size_t e = t; e < open && volume; ++e)
          if (pin[e] < 0) pin[e] = kVolume;
        break;
      }
      if (pin[t] < 0) pin[t] = kContainer;
    }
    for (std::size_t t = open; t <= close; ++t)
      if (pin[t] < 0) pin[t] = kEditor;
    return;
  }
}

// The words of a work's status ("in press", "forthcoming", German "im Erscheinen", "im Druck") starting at token
// `k`: how many tokens they take, 0 when none start there.
std::size_t status_words(std::string_view text, const std::vector<Token>& toks, std::size_t k) {
  const TokenText word{text, toks};
  if (k >= toks.size()) return 0;
  if (iequals(word(k), "forthcoming")) return 1;
  if (k + 1 >= toks.size()) return 0;
  const std::string_view a = word(k), b = word(k + 1);
  if ((iequals(a, "in") && (iequals(b, "press") || iequals(b, "Vorbereitung"))) ||
      (iequals(a, "im") && (iequals(b, "Erscheinen") || iequals(b, "Druck"))) ||
      (iequals(a, "sous") && iequals(b, "presse")) || (iequals(a, "to") && iequals(b, "appear")))
    return 2;
  return 0;
}

// A work not out yet, its status ending the reference: "… International Journal of Ethiopian Studies (im
// Erscheinen).", "… Pfaffenweiler: Centaurus (im Druck).", "… Journal of Politics, forthcoming.": a note, or the
// date's text where the reference has no year; it went into the journal's, the publisher's or the title's name
// (EXCITE: 60 references).  In brackets, or after a comma or a period.  Set after decoding: pinned before it, the
// note drew the journal's or publisher's words before it into itself.
void status_labels(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const TokenText word{text, toks};
  std::size_t start = 0;
  while (start < toks.size() && labels[start] == kCitationNumber) ++start;
  std::size_t e = toks.size();
  while (e > start && (word(e - 1) == "." || word(e - 1) == ",")) --e;
  const bool bracket = e > start && word(e - 1) == ")";
  const std::size_t end = bracket ? e - 1 : e;  // the status's words end before `end`
  std::size_t from = std::string_view::npos;
  for (std::size_t len : {std::size_t(1), std::size_t(2)})
    if (end >= start + len + 1 && status_words(text, toks, end - len) == len) from = end - len;
  if (from == std::string_view::npos) return;
  const std::string_view before = word(from - 1);
  if (bracket ? before != "(" : (before != "," && before != ".")) return;
  const std::size_t first = bracket ? from - 1 : from;
  bool year = false;
  for (std::size_t k = start; k < first && !year; ++k) {
    const std::string_view w = word(k);
    year = w.size() >= 4 && all_digits(w.substr(0, 4)) && number_class(w.substr(0, 4)) == "year";
  }
  for (std::size_t t = first; t < toks.size(); ++t) labels[t] = year ? kNote : kDate;
  // "Title. Electoral Studies (in press).": the model read the journal before the status into the note; with a title
  // before it and no journal, book or publisher in the reference, those capitalised words are the journal.
  std::size_t j = first;
  while (j > start && labels[j - 1] == kNote) --j;
  if (j == first || j == start || labels[j - 1] != kTitle || first - j > 12) return;
  if (!(word(j - 1) == "." || word(j - 1) == "?" || word(j - 1) == "!") || word(j).empty()) return;
  std::size_t at = 0;
  if (!is_upper_letter(next_utf8(word(j), at))) return;
  for (std::size_t t = start; t < toks.size(); ++t)
    if (labels[t] == kJournal || labels[t] == kContainer || labels[t] == kPublisher) return;
  for (std::size_t t = j; t < first; ++t) labels[t] = kJournal;
}

}  // namespace

std::vector<int> pinned_labels(std::string_view text, const std::vector<Token>& toks) {
  std::vector<int> pin(toks.size(), -1);
  const TokenText word{text, toks};
  std::size_t n = toks.size();
  // A citation number: "[12]", "12.", "(12)" before the reference.
  std::size_t start = 0;
  if (n > 4 && word(0) == "(" && word(2) == ")" && number_class(word(1)) == "year" &&
      (word(3) == ":" || word(3) == "." || word(3) == ",")) {
    // "(1972): Title. In: Svet, 09.06.1972.": a work without its author opens with its year in brackets and a
    // mark, no citation number ("(12) Title" has none).
    pin[0] = pin[1] = pin[2] = kDate;
    start = 3;
  } else if (n > 3 && (word(0) == "[" || word(0) == "(") && all_digits(word(1)) && word(1).size() <= 4 &&
      (word(2) == "]" || word(2) == ")")) {
    pin[0] = pin[1] = pin[2] = kCitationNumber;
    start = 3;
  } else if (n > 2 && all_digits(word(0)) && word(0).size() <= 3 && (word(1) == "." || word(1) == ")") &&
             toks[2].space_before) {
    pin[0] = pin[1] = kCitationNumber;
    start = 2;
  } else if (std::size_t close = bracketed_label_end(text, toks); close > 0) {
    std::fill(pin.begin(), pin.begin() + close, kCitationNumber);
    start = close;
  }
  // Humanities "Family, Given. Title.": one family name (hyphens allowed), a
  // comma, one to three given names written out (the last not an initial,
  // particles such as "de" allowed) and a period: those are the author, and
  // the word after the period starts the next field, not more names.
  {
    std::size_t k = start;
    // Two letters at least: a Cyrillic or Greek initial ("С.") is two bytes.
    auto capital = [&](std::size_t t) {
      std::string_view v = word(t);
      return utf8_length(v) >= 2 && ((v[0] >= 'A' && v[0] <= 'Z') || static_cast<unsigned char>(v[0]) >= 0xC3) &&
             !is_digit(v[1]);
    };
    bool ok = k < n && capital(k);
    if (ok) ++k;
    while (ok && k + 1 < n && word(k) == "-" && !toks[k].space_before && capital(k + 1)) k += 2;
    ok = ok && k < n && word(k) == ",";
    std::size_t given = 0, p = ++k;
    while (ok && p < n && given < 4) {
      std::string_view v = word(p);
      bool particle = v == "de" || v == "da" || v == "van" || v == "von" || v == "del" || v == "der" || v == "di";
      if (!(capital(p) || particle) || (v.size() >= 2 && is_class(v, "ed"))) break;
      given += !particle;
      ++p;
      if (p + 1 < n && word(p) == "-" && !toks[p].space_before && capital(p + 1)) p += 2;
    }
    // Not when another "Family, Given" follows ("OASI, Christel. FOLIO,
    // Philippe."), nor for "Cell, Vol. 93".
    bool more_names = p + 2 < n && capital(p + 1) && word(p + 2) == ",";
    bool keyword = false;
    // p passes the last token when the names run to the end ("Smith").
    for (std::size_t t = start; t < std::min(p, n); ++t)
      keyword = keyword || is_class(word(t), "vol") || is_class(word(t), "no");
    if (ok && given >= 1 && given <= 3 && p + 1 < n && word(p) == "." && toks[p + 1].space_before &&
        utf8_length(word(p - 1)) >= 2 && !is_class(word(p - 1), "ed") && !more_names && !keyword) {
      for (std::size_t t = start; t <= p; ++t) pin[t] = kAuthor;
      pin[p + 1] = kNotAuthor;
    }
  }
  // Links are URLs, or DOIs when they say so.
  for (std::size_t k = start; k < n; ++k) {
    std::string_view w = word(k);
    if (w.size() > 6 && (istarts_with(w, "http") || istarts_with(w, "www.") || istarts_with(w, "doi:") ||
                         starts_with(w, "10.")))
      pin[k] = (starts_with(w, "10.") || istarts_with(w, "doi:") || w.find("doi.org/") != std::string_view::npos)
                   ? kDoi
                   : kUrl;
  }
  // "Title. S. 153-186 in: F. Faulbaum und C. Wolf (Hg.): Book" (German sociology's journals: the chapter's pages
  // before its "in"): the pages, and the title ends before them.
  for (std::size_t k = start + 2; k + 3 < n; ++k) {
    std::size_t p = k;
    bool marked = (word(k) == "S" || word(k) == "pp" || word(k) == "p") && word(k + 1) == ".";
    if (marked) p += 2;
    if (!(word(p - 1) == "." || word(p - 1) == ",") || (!marked && !(word(k - 1) == "." || word(k - 1) == ",")))
      continue;
    if (p + 3 >= n || !all_digits(word(p)) || !(word(p + 1) == "-" || word(p + 1) == "\xE2\x80\x93") ||
        !all_digits(word(p + 2)) || !(word(p + 3) == "in" || word(p + 3) == "In"))
      continue;
    for (std::size_t j = k; j <= p + 2; ++j)
      if (pin[j] < 0) pin[j] = kPages;
    k = p + 3;
  }
  // A footnote's pointer to an earlier note: "Luif (Anm. 17)", "Weißbuch (Anm. 10), S. 27", "(s. Anm. 13)", "(o. Fn.
  // 33)", "[s. Anm. 13]": a note, not the names' nor the date's.
  for (std::size_t k = start; k + 3 < n; ++k) {
    if (word(k) != "(" && word(k) != "[") continue;
    std::size_t t = k + 1;
    if ((word(t) == "s" || word(t) == "o" || iequals(word(t), "vgl")) && word(t + 1) == ".") t += 2;
    if (t + 1 >= n || !(word(t) == "Anm" || word(t) == "Fn" || word(t) == "FN") || word(t + 1) != ".") continue;
    std::size_t c = t + 2;
    while (c < n && c < t + 8 && word(c) != ")" && word(c) != "]") ++c;
    if (c >= n || (word(c) != ")" && word(c) != "]")) continue;
    for (std::size_t j = k; j <= c; ++j) pin[j] = kNote;
    // "Metz / Waibel (Anm. 12)", "H. P. Blossfeld (Anm. 3)": the short form of a work cited before, its names alone
    // (capitalised words, initials, "/" and ",") opening the reference.
    bool names = k > start && k - start <= 8;
    for (std::size_t j = start; j < k && names; ++j) {
      std::string_view v = word(j);
      names = v == "/" || v == "," || v == "." || (static_cast<unsigned char>(v[0]) >= 0xC3 || (v[0] >= 'A' && v[0] <= 'Z'));
    }
    if (names)
      for (std::size_t j = start; j < k; ++j)
        if (pin[j] < 0) pin[j] = kAuthor;
    // "(Anm. 27), S. 18.": the page cited there.
    if (std::size_t e = pin_cited_page(text, toks, c + 1, true, pin); e > 0) c = e;
    k = c;
  }
  back_reference_pins(text, toks, start, pin);
  // "Title (=Beiträge zur Geschichte der Soziologie, Bd. 8)", "(= Frankfurter Beiträge zur Soziologie 4)": German's
  // series in brackets after "=": the series, its number (its "Bd." or "Nr.") the volume; the title ends before it.
  for (std::size_t k = start + 1; k + 3 < n; ++k) {
    if (word(k) != "(" || word(k + 1) != "=") continue;
    std::size_t c = k + 2;
    while (c < n && c < k + 30 && word(c) != ")" && word(c) != "(") ++c;
    if (c >= n || word(c) != ")" || c < k + 3) continue;
    std::size_t number = c;
    if (all_digits(word(c - 1)) && c - 1 > k + 2) {
      number = c - 1;
      auto numbered = [&](std::size_t t) { return is_class(word(t), "vol") || is_class(word(t), "no"); };
      if (word(number - 1) == "." && number - 2 > k + 2 && numbered(number - 2))
        number -= 2;
      else if (numbered(number - 1))
        number -= 1;
    }
    // A series' name: a word of three letters at least ("Ch. (= H.) Arendt": a corrected initial).
    bool named = false;
    for (std::size_t t = k + 2; t < number; ++t)
      named = named || (is_word_token(text, toks[t]) && utf8_length(word(t)) >= 3);
    if (!named) continue;
    for (std::size_t t = k; t <= c; ++t)
      if (pin[t] < 0) pin[t] = t < number ? kCollection : kVolume;
    k = c;
  }
  // GB/T 7714's type mark after the title ("…相关性[J].中国公共卫生,2017", "Case of League of Legends[D].University of
  // South Carolina"): the next word starts another field, a journal's name after "[J]." (to_record drops the mark).
  for (std::size_t k = start + 2; k + 2 < n; ++k) {
    if (word(k) != "[") continue;
    std::size_t c = k + 1;
    while (c < n && c < k + 5 && word(c) != "]") ++c;
    if (c >= n || word(c) != "]" || c == k + 1) continue;
    if (!gbt_type_mark(text.substr(toks[k + 1].begin, toks[c - 1].end - toks[k + 1].begin))) continue;
    std::size_t e = c + 1;
    bool period = e < n && word(e) == ".";
    if (e < n && (period || word(e) == ",")) ++e;
    if (e >= n || pin[e] != -1) continue;
    // "[J]." before a journal's name (not "城市更新[J], p.95", KISTI's mark after the journal; not "[J]. Proceedings
    // of the 2014 Conference …", a paper in proceedings marked an article, whose container is not pinned a journal).
    std::string_view mark = word(k + 1);
    pin[e] = period && mark == "J" && !iequals(word(e), "proceedings") ? kJournal : kNotTitle;
  }
  // IEEE's article number: "vol. 12, no. 19, Art. no. 7896, 2020" ("Art. no. e4632"): the pages' (the labelled data
  // label an article's number the pages; to_record makes it the number), not the issue's nor a year ("Art. no.
  // 1943").
  for (std::size_t k = start; k + 4 < n; ++k) {
    if (!(word(k) == "Art" || word(k) == "Article") || !(word(k + 1) == ".") ||
        !(word(k + 2) == "no" || word(k + 2) == "No") || word(k + 3) != ".")
      continue;
    std::string_view v = word(k + 4);
    bool number = !v.empty() && (all_digits(v) || ((v[0] == 'e' || v[0] == 'E') && v.size() > 1 && all_digits(v.substr(1))));
    if (!number) continue;
    for (std::size_t t = k; t <= k + 4; ++t) pin[t] = kPages;
  }
  // Author-date: "Names (2017), ...", "Names (n.d.). ...": the names before
  // the first bracket, when it holds a year (or n.d., forthcoming, in press).
  std::size_t open = start;
  while (open < n && open < start + 40 && word(open) != "(" && word(open) != "\"" &&
         word(open) != "\xE2\x80\x9C" && number_class(word(open)) != "year")
    ++open;
  if (open < n && open > start && word(open) == "(" && open + 2 < n) {
    std::string inside = lower(word(open + 1));
    std::size_t close = open + 2;
    auto lower_at = [&](std::size_t k) { return k < n ? lower(word(k)) : std::string(); };
    // "(in press)", "(n.d.)", "(s.d.)", "(s.f.)", German "(o. J.)" (ohne Jahr); not "(in French)", "(n = 12)".
    // "(1970a2)": a lettered year with its edition's superscript digit (as "(19992)" after the year alone).
    std::string_view y = word(open + 1);
    bool dated = number_class(y) == "year" || (y.size() == 5 && number_class(y.substr(0, 4)) == "year") ||
                 (y.size() == 6 && number_class(y.substr(0, 4)) == "year" && y[4] >= 'a' && y[4] <= 'z' &&
                  y[5] >= '2' && y[5] <= '9') ||
                 inside == "forthcoming" || inside == "nd" || (inside == "in" && lower_at(open + 2) == "press") ||
                 // German "(im Erscheinen)", "(im Druck)" (forthcoming, in press) where the year stands.
                 (inside == "im" && (lower_at(open + 2) == "erscheinen" || lower_at(open + 2) == "druck")) ||
                 ((inside == "n" || inside == "s" || inside == "o") && word(open + 2) == "." &&
                  (lower_at(open + 3) == "d" || (inside == "s" && lower_at(open + 3) == "f") ||
                   (inside == "o" && lower_at(open + 3) == "j")));
    while (close < n && close < open + 6 && word(close) != ")") ++close;
    // "Bachmair, Ben ( ) Fernsehkultur.", "Arnold, Rolf (Ÿ¤¤¥) Ich lerne, also bin ich.": a year the PDF's text lost
    // (its digits dropped, or in a font without their code points): a bracket of no ASCII letter or digit, most of it
    // no letter at all (not "(ред.)"), a lettered year's "a" allowed.
    bool unreadable = false;
    if (!dated) {
      std::size_t shut = open + 1;
      while (shut < n && shut < open + 8 && word(shut) != ")" && word(shut) != "(") ++shut;
      if (shut < n && word(shut) == ")") {
        std::string_view in = text.substr(toks[open].end, toks[shut].begin - toks[open].end);
        if (!in.empty() && in.back() >= 'a' && in.back() <= 'e') in.remove_suffix(1);
        int letters = 0, others = 0;
        bool ascii = false;
        for (std::size_t i = 0; i < in.size() && !ascii;) {
          ascii = is_alpha(in[i]) || is_digit(in[i]);
          char32_t c = next_utf8(in, i);
          if (c == ' ') continue;
          (is_upper_letter(c) || is_lower_letter(c) ? letters : others) += 1;
        }
        unreadable = !ascii && in.size() <= 16 && letters <= others;
        if (unreadable) close = shut;
      }
      dated = unreadable;
    }
    // "(1940-1943)", "(1794/99)" with a year after it: the period a title
    // is about ("... brava gente (1940-1943). Roma: Odradek, 2008."), not
    // the date of the work.
    bool range = word(open + 2) == "-" || word(open + 2) == "\xE2\x80\x93" || word(open + 2) == "/";
    if (dated && range && open + 3 < close && all_digits(word(open + 3)))
      for (std::size_t k = close + 1; k < n; ++k)
        if (number_class(word(k)) == "year") dated = false;
    // Names only before it (no digit, at most two lower-case words of three
    // letters or more that are no particles, as in "Conseil du paysage
    // québécois (2002)": "A theory of parameterized pattern matching ...
    // (1993)" is a title), and the bracket closes a sentence part ("(2017),
    // Title", "(1999). Title"), unlike the date of a physics reference ("A.
    // Smith, Nucl. Phys. (1999) 345").
    bool capital = false, digit = false;
    int title_words = 0;
    for (std::size_t k = start; k < open; ++k) {
      std::string_view w = word(k);
      capital = capital || (w[0] >= 'A' && w[0] <= 'Z');
      digit = digit || is_digit(w[0]);
      if (w.size() >= 3 && w[0] >= 'a' && w[0] <= 'z' && !is_class(w, "and") && w != "et" && w != "al" &&
          w != "von" && w != "van" && w != "der" && w != "den" && w != "del" && w != "della" && w != "des" &&
          w != "dos" && w != "das" && w != "the" && w != "for" && w != "ter" && w != "les")
        ++title_words;
    }
    if (title_words >= 3) capital = false;
    bool ends_part = close + 2 < n && (word(close + 1) == "," || word(close + 1) == "." || word(close + 1) == ":") &&
                     !is_digit(word(close + 2)[0]);
    // The lost year's bracket and the title's first word after it, no mark between.
    if (unreadable && close + 1 < n && is_word_token(text, toks[close + 1])) {
      unsigned char c = static_cast<unsigned char>(word(close + 1)[0]);
      ends_part = ends_part || (c >= 'A' && c <= 'Z') || c >= 0xC3;
    }
    if (dated && capital && !digit && ends_part && word(close) == ")") {
      for (std::size_t k = start; k < open; ++k) pin[k] = kAuthor;
      for (std::size_t k = open; k <= close; ++k) pin[k] = kDate;
      if (close + 1 < n && (word(close + 1) == "," || word(close + 1) == "." || word(close + 1) == ":"))
        pin[close + 1] = kDate;
      if (close + 1 < n && word(close + 1) == ",") pin_publisher_place(text, toks, close + 2, pin);
      // No mark after the lost year: the word after it opens the title, not more of the date.
      if (unreadable && pin[close + 1] < 0) pin[close + 1] = kTitle;
    }
  }
  nature_chapter_pins(text, toks, start, pin);
  // "In press." / "Forthcoming." as a sentence of its own, without brackets ("Smith, J. In press. A study of ...",
  // the Geological Society's and some humanities styles): the work's date, not the title's first words.
  for (std::size_t k = start + 1; k + 1 < n; ++k) {
    if (word(k - 1) != ".") continue;
    std::size_t end = k + 1;
    if (iequals(word(k), "in") && iequals(word(k + 1), "press")) end = k + 2;
    else if (!iequals(word(k), "forthcoming")) continue;
    if (end >= n || word(end) != ".") continue;
    for (std::size_t t = k; t <= end; ++t)
      if (pin[t] < 0) pin[t] = kDate;
  }
  // A language note in brackets, "(in Russian)", "(Russian)", "[in Japanese with English abstract]": a note wherever
  // it stands, so the title before it ends there and the journal after it starts ("… von Neumann algebra (Russian),
  // Funkcional. Anal. i Prilozhen.", "(Russian) Mat. Sb.").
  for (std::size_t k = start; k + 2 < n; ++k) {
    if (word(k) != "(" && word(k) != "[") continue;
    std::size_t j = k + 1;
    if (iequals(word(j), "in") && j + 1 < n) ++j;
    if (!language_name(word(j))) continue;
    std::size_t close = j + 1;
    // "with English summary", "with an English abstract", "with summaries in English"
    if (close < n && iequals(word(close), "with"))
      while (close < n && close < j + 7 && word(close) != ")" && word(close) != "]") ++close;
    if (close >= n || (word(close) != ")" && word(close) != "]")) continue;
    for (std::size_t t = k; t <= close; ++t)
      if (pin[t] < 0) pin[t] = kNote;
    k = close;
  }
  return pin;
}

namespace {

// stack_features, written to a FeatureSink.
template <class Sink>
void write_stack_features(const std::vector<Label>& first, std::size_t i, Sink& out) {
  static constexpr const char* kS[] = {"s-2=", "s-1=", "s1=", "s2="};
  const std::size_t n = first.size();
  auto name = [&](std::ptrdiff_t k) -> std::string_view {
    if (k < 0) return "<s>";
    if (std::size_t(k) >= n) return "</s>";
    return kLabelNames[first[std::size_t(k)]];
  };
  const std::ptrdiff_t at = std::ptrdiff_t(i);
  std::string_view own = name(at);
  out("s0=", own);
  for (int d : {-2, -1, 1, 2}) out(kS[d < 0 ? d + 2 : d + 1], name(at + d));
  out("s-1|s0=", name(at - 1), '|', own);
  out("s0|s+1=", own, '|', name(at + 1));
  // The run of one label over the token.
  std::size_t a = i, b = i;
  while (a > 0 && first[a - 1] == first[i]) --a;
  while (b + 1 < n && first[b + 1] == first[i]) ++b;
  std::size_t len = b - a + 1;
  const char* where = len == 1 ? "U" : i == a ? "B" : i == b ? "E" : "I";
  out("srun=", own, '|', where);
  out("srunlen=", own, '|', Num{long(len <= 3 ? len : len <= 6 ? 6 : len <= 12 ? 12 : 99)});
  // Which run of its label this is, and how many runs of it there are.
  int runs_before = 0, runs = 0;
  for (std::size_t k = 0; k < n; ++k)
    if (first[k] == first[i] && (k == 0 || first[k - 1] != first[i])) {
      ++runs;
      if (k < a) ++runs_before;
    }
  out("srunidx=", own, '|', Num{std::min(runs_before, 2)}, '/', Num{std::min(runs, 3)});
  // The fields predicted before and after the run.
  std::array<bool, kLabelCount> before{}, after{};
  for (std::size_t k = 0; k < a; ++k) before[first[k]] = true;
  for (std::size_t k = b + 1; k < n; ++k) after[first[k]] = true;
  for (Label y : {kAuthor, kEditor, kTitle, kJournal, kContainer, kCollection, kDate, kVolume, kPages, kPublisher,
                  kLocation}) {
    if (before[y]) out("sbefore=", kLabelNames[y]);
    if (after[y]) out("safter=", kLabelNames[y]);
  }
  out("s0|titlebefore=", own, before[kTitle] ? "|y" : "|n");
  out("s0|contafter=", own, after[kJournal] || after[kContainer] ? "|y" : "|n");
}

// The first pass's labels read by segment (stack_features with text and tokens), once per reference: the segments
// as FeatureContext cuts them, each with its labels' summary, and the features each token adds from them.
class StackSegments {
 public:
  StackSegments(std::string_view text, const std::vector<Token>& toks, const std::vector<Label>& first)
      : first_(first) {
    const std::size_t n = first.size();
    of_.assign(n, kBreak);
    auto mark = [&](std::size_t k) {
      return k < toks.size() ? text.substr(toks[k].begin, toks[k].end - toks[k].begin) : std::string_view();
    };
    // The first author run's last token (the author block), when the run opens the reference's first few tokens.
    std::size_t author_end = n;
    for (std::size_t k = 0; k < n && k < 4; ++k)
      if (first[k] == kAuthor) {
        author_end = k;
        while (author_end + 1 < n && first[author_end + 1] == kAuthor) ++author_end;
        break;
      }
    std::array<bool, kLabelCount> seen{};
    int since_author = -1;  // segments begun after the author block ended; -1 before it ends
    for (std::size_t a = 0; a < n;) {
      if (segment_break(mark(a))) {
        ++a;
        continue;
      }
      std::size_t b = a;
      while (b + 1 < n && !segment_break(mark(b + 1))) ++b;
      Seg s;
      s.a = a;
      s.b = b;
      std::array<int, kLabelCount> count{};
      for (std::size_t k = a; k <= b; ++k) ++count[first[k]];
      s.major = Label(std::max_element(count.begin(), count.end()) - count.begin());
      s.mixed = std::count_if(count.begin(), count.end(), [](int c) { return c > 0; }) > 1;
      s.sep = a > 0 ? mark(a - 1) : std::string_view("<s>");
      if (author_end < n && a > author_end) ++since_author;
      s.since_author = author_end == n ? 'n' : since_author < 0 ? 'a' : char('0' + std::min(since_author, 4));
      s.title_before = seen[kTitle];
      s.date_before = seen[kDate];
      for (std::size_t k = a; k <= b; ++k) of_[k] = segs_.size(), seen[first[k]] = true;
      segs_.push_back(s);
      a = b + 1;
    }
  }

  template <class Sink>
  void features(std::size_t i, Sink& out) const {
    std::string_view own = kLabelNames[first_[i]];
    auto major = [&](std::size_t s) -> std::string_view {
      return s < segs_.size() ? std::string_view(kLabelNames[segs_[s].major]) : std::string_view("</s>");
    };
    if (of_[i] == kBreak) {
      // A mark between segments: the commonest labels of the segments either side.
      std::size_t next = 0;
      while (next < segs_.size() && segs_[next].a < i) ++next;
      out("sgbrk=", next > 0 ? major(next - 1) : std::string_view("<s>"), '|', major(next), '|', own);
      return;
    }
    const std::size_t j = of_[i];
    const Seg& s = segs_[j];
    out("sg0=", kLabelNames[first_[s.a]], '|', own);
    out("sgpos=", s.a == s.b ? 'U' : i == s.a ? 'B' : i == s.b ? 'E' : 'I', '|', own);
    out("sgmaj=", major(j), s.mixed ? "|mix|" : "|one|", own);
    std::string_view prev = j > 0 ? major(j - 1) : std::string_view("<s>");
    out("sgprev=", prev, '|', own);
    out("sgnext=", major(j + 1), '|', own);
    out("sgsep=", s.sep, '|', prev, '|', own);
    out("sgauth=", s.since_author, '|', own);
    out("sgtitle<", s.title_before ? 'y' : 'n', '|', own);
    out("sgdate<", s.date_before ? 'y' : 'n', '|', own);
  }

 private:
  static constexpr std::size_t kBreak = SIZE_MAX;
  struct Seg {
    std::size_t a = 0, b = 0;
    Label major = Label(0);
    bool mixed = false;
    std::string_view sep;
    char since_author = 'n';  // 'n' no author block, 'a' in or before it, '0'-'4' segments after it
    bool title_before = false, date_before = false;
  };
  const std::vector<Label>& first_;
  std::vector<std::size_t> of_;  // per token its segment, kBreak for a mark
  std::vector<Seg> segs_;
};

}  // namespace

void stack_features(const std::vector<Label>& first, std::size_t i, std::vector<std::string>& out) {
  FeatureSink<Collect> sink(Collect{&out});
  write_stack_features(first, i, sink);
}

void stack_features(std::string_view text, const std::vector<Token>& tokens, const std::vector<Label>& first,
                    std::size_t i, std::vector<std::string>& out) {
  FeatureSink<Collect> sink(Collect{&out});
  write_stack_features(first, i, sink);
  StackSegments(text, tokens, first).features(i, sink);
}

void edge_features(std::string_view text, const std::vector<Token>& toks, std::size_t i, std::vector<std::string>& out,
                   bool word_before) {
  out.clear();
  if (i == 0 || i >= toks.size()) return;
  auto edge_word = [&](std::size_t k) {
    std::string_view w = text.substr(toks[k].begin, toks[k].end - toks[k].begin);
    return EdgeWord{w, keyword_class(lower(w)), number_class(w) == "year"};
  };
  FeatureSink<Collect> sink(Collect{&out});
  EdgeWord before = i >= 2 ? edge_word(i - 2) : EdgeWord{};
  write_edge_features(word_before && i >= 2 ? &before : nullptr, edge_word(i - 1), edge_word(i),
                      toks[i].space_before, sink);
}

namespace {

// Adds a feature's weights to a row of scores (kLabelCount of them) or transitions (kLabelCount squared): its dense
// row four weights at a time when it has one, else weight by weight.
template <class W>
void add_weights(const W& ws, float* row) {
  if (const float* dense = ws.dense()) {
    using F4 = float __attribute__((vector_size(16)));
    constexpr std::size_t n = std::is_same_v<W, LabelWeights> ? std::size_t(kLabelCount)
                                                                : std::size_t(kLabelCount) * kLabelCount;
    static_assert(n % 4 == 0, "the rows fill whole vectors of four");
    for (std::size_t k = 0; k < n; k += 4) {
      F4 a, b;
      std::memcpy(&a, row + k, sizeof a);
      std::memcpy(&b, dense + k, sizeof b);
      a += b;
      std::memcpy(row + k, &a, sizeof a);
    }
    return;
  }
  for (auto [k, w] : ws) row[k] += w;
}

// Adds the weights each feature has under a model to a token's scores (`row`), and under a second model (a stacked
// model's second pass, whose features are this pass's and more) to `row2`: the feature is hashed once for both.
struct AddWeights {
  const FeatureMap<LabelWeights>* weights;
  float* row = nullptr;
  const FeatureMap<LabelWeights>* weights2 = nullptr;
  float* row2 = nullptr;
  void operator()(std::string_view f) const {
    const std::uint64_t h = feature_hash(f);
    if (const LabelWeights* ws = weights->get(f, h)) add_weights(*ws, row);
    if (weights2)
      if (const LabelWeights* ws = weights2->get(f, h)) add_weights(*ws, row2);
  }
};

// The weights an edge's features have under a model, in the features' order (edge_features gives three at most,
// and two more with the segment edge features).
struct FindEdgeWeights {
  const FeatureMap<EdgeWeights>* edges;
  std::array<const EdgeWeights*, 5> found{};
  std::size_t count = 0;
  void operator()(std::string_view f) {
    if (const EdgeWeights* ws = edges->get(f)) found[count++] = ws;
  }
};

// What labelling a reference works in, kept from one reference to the next (per thread): no allocation once grown.
struct LabelScratch {
  std::vector<float> scores, scores2;
  std::vector<std::uint8_t> back;
  std::vector<float> transitions;
  // The transitions into a token with its edge's weights added, one L * L table per set of edge weights met in the
  // reference being decoded (a few kinds of edge make most of a reference: ", " before a word, ". " after one...).
  std::vector<float> steps;
  std::vector<std::array<const EdgeWeights*, 5>> step_edges;
  FeatureSink<AddWeights> sink{AddWeights{nullptr}};
  FeatureSink<FindEdgeWeights> edge_sink{FindEdgeWeights{nullptr}};
};

// Viterbi over scores[i * L + y]: start[y] into token 0 and, into token i >= 1, the transitions step(i) gives
// (step(i)[prev * L + y]).  Of equal paths the one with the lower label at the latest step where they part.
template <class Step>
void viterbi(const float* scores, const float* start, std::size_t n, Step&& step, std::vector<std::uint8_t>& back,
             std::vector<Label>& out) {
  constexpr int L = kLabelCount;
  out.resize(n);
  if (n == 0) return;
  back.resize(n * L);
  float best[L];
  for (int y = 0; y < L; ++y) best[y] = scores[y] + start[y];
  // Per label y the best previous label p, the first of equal ones (p in increasing order, strictly greater wins),
  // four labels y at a time: the same additions and comparisons as one at a time, in vector registers.
  using F4 = float __attribute__((vector_size(16)));
  using I4 = std::int32_t __attribute__((vector_size(16)));
  static_assert(L % 4 == 0, "the labels fill whole vectors of four");
  constexpr int V = L / 4;
  for (std::size_t i = 1; i < n; ++i) {
    const float* t = step(i);
    F4 m[V];
    I4 arg[V];
    for (int k = 0; k < V; ++k) m[k] = F4{} - 1e30f, arg[k] = I4{};
    for (int p = 0; p < L; ++p) {
      const float bp = best[p];
      const I4 pv = I4{} + p;
      for (int k = 0; k < V; ++k) {
        F4 row;
        std::memcpy(&row, t + p * L + 4 * k, sizeof row);
        const F4 v = bp + row;
        const I4 higher = v > m[k];
        m[k] = higher ? v : m[k];
        arg[k] = higher ? pv : arg[k];
      }
    }
    for (int k = 0; k < V; ++k)
      for (int j = 0; j < 4; ++j) {
        const int y = 4 * k + j;
        best[y] = m[k][j] + scores[i * L + y];
        back[i * L + y] = std::uint8_t(arg[k][j]);
      }
  }
  int y = int(std::max_element(best, best + L) - best);
  for (std::size_t i = n; i-- > 0;) {
    out[i] = Label(y);
    y = back[i * L + y];
  }
}

// The best labels for scores[i * L + y] under the transitions trans[prev * L + y] (row L the start).
std::vector<Label> viterbi(const std::vector<float>& scores, const float* trans, std::size_t n) {
  std::vector<std::uint8_t> back;
  std::vector<Label> out;
  viterbi(scores.data(), trans + kLabelCount * kLabelCount, n, [trans](std::size_t) { return trans; }, back, out);
  return out;
}

// The best labels for scores[i * L + y] (pins applied to them) under model m's transitions and, between tokens, the
// weights of the edge features (FeatureContext::edge_features).
std::vector<Label> decode(const Model& m, float* scores, const std::vector<int>& pin, const FeatureContext& context,
                          LabelScratch& scratch) {
  constexpr int L = kLabelCount;
  constexpr std::size_t LL = std::size_t(L) * L;
  const std::size_t n = pin.size();
  // Labels fixed by the rules of pinned_labels: the others cannot win there.
  for (std::size_t i = 0; i < n; ++i) {
    if (pin[i] >= 0)
      for (int y = 0; y < L; ++y)
        if (y != pin[i]) scores[i * L + y] = -1e6f;
    if (pin[i] == kNotPublisherOrPlace) scores[i * L + kPublisher] = scores[i * L + kLocation] = -1e6f;
    if (pin[i] == kNotAuthor) scores[i * L + kAuthor] = -1e6f;
    if (pin[i] == kNotTitle) scores[i * L + kTitle] = -1e6f;
  }
  const float* trans = m.transitions.data();
  if (m.transitions.size() < std::size_t(L + 1) * L) {  // a model made by hand: missing transitions are 0
    scratch.transitions.assign(std::size_t(L + 1) * L, 0.0f);
    std::copy(m.transitions.begin(), m.transitions.end(), scratch.transitions.begin());
    trans = scratch.transitions.data();
  }
  std::vector<Label> out;
  if (m.edges.empty()) {
    viterbi(scores, trans + LL, n, [trans](std::size_t) { return trans; }, scratch.back, out);
    return out;
  }
  // The transitions into token i: m's, plus the weights of the edge features between token i-1 and i, added in the
  // features' order; made once per set of weights in the reference.
  scratch.steps.clear();
  scratch.step_edges.clear();
  auto step = [&](std::size_t i) {
    FindEdgeWeights& find = scratch.edge_sink.take;
    find = FindEdgeWeights{&m.edges};
    context.edge_features(i, scratch.edge_sink);
    for (std::size_t k = 0; k < scratch.step_edges.size(); ++k)
      if (scratch.step_edges[k] == find.found) return static_cast<const float*>(&scratch.steps[k * LL]);
    scratch.step_edges.push_back(find.found);
    scratch.steps.resize(scratch.steps.size() + LL);
    float* row = &scratch.steps[scratch.steps.size() - LL];
    std::copy(trans, trans + LL, row);
    for (std::size_t f = 0; f < find.count; ++f) add_weights(*find.found[f], row);
    return static_cast<const float*>(row);
  };
  viterbi(scores, trans + LL, n, step, scratch.back, out);
  return out;
}

}  // namespace

std::vector<Label> Model::label(std::string_view text, const std::vector<Token>& tokens,
                                const std::vector<int>* more_pins) const {
  constexpr int L = kLabelCount;
  const std::size_t n = tokens.size();
  thread_local LabelScratch scratch;
  std::vector<LexiconSpan> spans = lexicon_spans(text, tokens, lexicon);  // once, not per token
  std::vector<int> pin = pinned_labels(text, tokens);
  if (more_pins)
    for (std::size_t i = 0; i < n && i < more_pins->size(); ++i)
      if (pin[i] == -1) pin[i] = (*more_pins)[i];
  const FeatureContext context(text, tokens, &lexicon, &spans);
  // The token features' weights, under this model and, stacked, under the second pass's too.
  scratch.scores.assign(n * L, 0.0f);
  if (stacked) scratch.scores2.assign(n * L, 0.0f);
  AddWeights& add = scratch.sink.take;
  add = AddWeights{&weights, nullptr, stacked ? &stacked->weights : nullptr, nullptr};
  for (std::size_t i = 0; i < n; ++i) {
    add.row = &scratch.scores[i * L];
    if (stacked) add.row2 = &scratch.scores2[i * L];
    context.features(i, scratch.sink);
  }
  std::vector<Label> first = decode(*this, scratch.scores.data(), pin, context, scratch);
  if (!stacked) return first;
  // Stacked: the second pass adds the stack features of the first pass's labels.
  add = AddWeights{&stacked->weights};
  const StackSegments segments(text, tokens, first);
  for (std::size_t i = 0; i < n; ++i) {
    add.row = &scratch.scores2[i * L];
    write_stack_features(first, i, scratch.sink);
    segments.features(i, scratch.sink);
  }
  return decode(*stacked, scratch.scores2.data(), pin, context, scratch);
}

std::string Model::save() const {
  const int L = kLabelCount;
  std::string out = edges.empty() ? "refparse-model 2\nlabels" : "refparse-model 3\nlabels";
  for (int y = 0; y < L; ++y) out += std::string(" ") + kLabelNames[y];
  out += "\ntransitions";
  for (float t : transitions) out += " " + std::to_string(std::lround(t * 100));
  out += "\nlexicon " + std::to_string(lexicon.size()) + "\n";
  std::vector<std::pair<std::string, std::string>> lex(lexicon.begin(), lexicon.end());
  std::sort(lex.begin(), lex.end());
  for (const auto& [w, c] : lex) out += w + "\t" + c + "\n";
  if (!edges.empty()) {
    std::vector<const std::string*> names;
    for (const auto& kv : edges) names.push_back(&kv.first);
    std::sort(names.begin(), names.end(), [](const std::string* a, const std::string* b) { return *a < *b; });
    out += "edges " + std::to_string(names.size()) + "\n";
    for (const std::string* k : names) {
      out += *k;
      for (auto [pn, w] : edges.at(*k))
        out += "\t" + std::to_string(pn / L) + "," + std::to_string(pn % L) + ":" + std::to_string(std::lround(w * 100));
      out += "\n";
    }
  }
  std::vector<const std::string*> keys;
  keys.reserve(weights.size());
  for (const auto& kv : weights) keys.push_back(&kv.first);
  std::sort(keys.begin(), keys.end(), [](const std::string* a, const std::string* b) { return *a < *b; });
  for (const std::string* k : keys) {
    out += *k;
    for (auto [y, w] : weights.at(*k)) out += "\t" + std::to_string(int(y)) + ":" + std::to_string(std::lround(w * 100));
    out += "\n";
  }
  if (stacked) {
    Model second = *stacked;
    second.lexicon.clear();
    second.stacked.reset();
    out += "stacked\n" + second.save();
  }
  return out;
}

namespace {

// An integer of the model's text ("-12", "3") at v[p], read in place up to the first byte that is no digit, p after
// it: the model holds some 700,000 of them (std::atol on a string made of each was a third of loading it, and
// std::from_chars half of what was left).  No digit there, or a number beyond an int, is an error.
[[noreturn]] void bad_model_number(std::string_view rest) {
  throw std::runtime_error("refparse model: bad number '" + std::string(rest.substr(0, rest.find_first_of("\t:,"))) + "'");
}

inline int read_model_int(std::string_view v, std::size_t& p) {
  const char* at = v.data() + p;
  const char* const end = v.data() + v.size();
  const bool minus = at < end && *at == '-';
  at += minus;
  const char* const digits = at;
  unsigned long long n = 0;
  while (at < end) {
    const unsigned d = static_cast<unsigned char>(*at - '0');
    if (d >= 10) break;
    n = n * 10 + d;
    ++at;
  }
  // No int has more than ten digits (and ten cannot overflow n).
  if (at == digits || at - digits > 10 || n > (minus ? 2147483648ULL : 2147483647ULL)) bad_model_number(v.substr(p));
  p = std::size_t(at - v.data());
  return minus ? int(-static_cast<long long>(n)) : int(n);
}

// A feature's weights read from the model's text: a feature named twice has the weights of both lines.
template <class W>
void add_feature_weights(FeatureMap<W>& map, std::string_view name, std::vector<typename W::value_type> ws) {
  if (auto it = map.find(name); it != map.end())
    it->second.append(ws);
  else
    map.emplace(std::string(name), W(std::move(ws)));
}

}  // namespace

Model Model::load(std::string_view text) {
  const int L = kLabelCount;
  Model m;
  std::size_t pos = 0;
  auto next_line = [&](std::string_view& line) {
    if (pos >= text.size()) return false;
    std::size_t e = text.find('\n', pos);
    if (e == std::string_view::npos) e = text.size();
    line = text.substr(pos, e - pos);
    pos = e + 1;
    return true;
  };
  std::string_view line;
  if (!next_line(line) || (line != "refparse-model 1" && line != "refparse-model 2" && line != "refparse-model 3"))
    throw std::runtime_error("refparse model: bad header");
  bool with_lexicon = line != "refparse-model 1";
  bool with_edges = line == "refparse-model 3";
  if (!next_line(line) || !starts_with(line, "labels")) throw std::runtime_error("refparse model: no labels line");
  for (std::string_view w : split_words(line.substr(6))) m.labels.emplace_back(w);
  if (m.labels.size() != std::size_t(L)) throw std::runtime_error("refparse model: labels differ from this refnet's");
  for (int y = 0; y < L; ++y)
    if (m.labels[y] != kLabelNames[y]) throw std::runtime_error("refparse model: labels differ from this refnet's");
  if (!next_line(line) || !starts_with(line, "transitions")) throw std::runtime_error("refparse model: no transitions");
  for (std::string_view w : split_words(line.substr(11))) m.transitions.push_back(std::strtof(std::string(w).c_str(), nullptr) / 100);
  if (m.transitions.size() != std::size_t(L + 1) * L) throw std::runtime_error("refparse model: bad transitions");
  if (with_lexicon) {
    if (!next_line(line) || !starts_with(line, "lexicon ")) throw std::runtime_error("refparse model: no lexicon");
    long entries = std::atol(std::string(line.substr(8)).c_str());
    for (long k = 0; k < entries; ++k) {
      std::size_t tab = next_line(line) ? line.find('\t') : std::string_view::npos;
      if (tab == std::string_view::npos) throw std::runtime_error("refparse model: bad lexicon line");
      m.lexicon.emplace(std::string(line.substr(0, tab)), std::string(line.substr(tab + 1)));
    }
  }
  if (with_edges) {
    if (!next_line(line) || !starts_with(line, "edges ")) throw std::runtime_error("refparse model: no edges");
    long entries = std::atol(std::string(line.substr(6)).c_str());
    for (long k = 0; k < entries; ++k) {
      std::size_t tab = next_line(line) ? line.find('\t') : std::string_view::npos;
      if (tab == std::string_view::npos) throw std::runtime_error("refparse model: bad edges line");
      // "\tprev,next:weight" a weight.
      std::vector<EdgeWeights::value_type> ws;
      for (std::size_t p = tab; p < line.size();) {
        if (line[p] != '\t') throw std::runtime_error("refparse model: bad edge weight");
        int prev = read_model_int(line, ++p);
        if (p >= line.size() || line[p] != ',') throw std::runtime_error("refparse model: bad edge weight");
        int y = read_model_int(line, ++p);
        if (p >= line.size() || line[p] != ':') throw std::runtime_error("refparse model: bad edge weight");
        if (prev < 0 || prev >= L || y < 0 || y >= L) throw std::runtime_error("refparse model: bad label number");
        ws.emplace_back(std::uint16_t(prev * L + y), float(read_model_int(line, ++p)) / 100);
      }
      add_feature_weights(m.edges, line.substr(0, tab), std::move(ws));
    }
  }
  m.weights.reserve(text.size() / 24);  // a feature's line is some 35 bytes
  std::vector<LabelWeights::value_type> ws;
  while (next_line(line)) {
    if (line.empty()) continue;
    if (line == "stacked") {
      auto second = std::make_shared<Model>(load(text.substr(std::min(pos, text.size()))));
      if (second->stacked) throw std::runtime_error("refparse model: more than two passes");
      m.stacked = std::move(second);
      break;
    }
    std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) throw std::runtime_error("refparse model: a feature line without weights");
    // "\tlabel:weight" a weight, read in one pass.
    ws.clear();
    for (std::size_t p = tab; p < line.size();) {
      if (line[p] != '\t') throw std::runtime_error("refparse model: bad weight");
      int y = read_model_int(line, ++p);
      if (p >= line.size() || line[p] != ':') throw std::runtime_error("refparse model: bad weight");
      if (y < 0 || y >= L) throw std::runtime_error("refparse model: bad label number");
      ws.emplace_back(Label(y), float(read_model_int(line, ++p)) / 100);
    }
    if (ws.empty()) throw std::runtime_error("refparse model: bad weight");
    add_feature_weights(m.weights, line.substr(0, tab), std::vector<LabelWeights::value_type>(ws.begin(), ws.end()));
  }
  return m;
}

namespace {

// The training references as feature ids per token: ids in order of first
// sight (the model does not depend on hashing), features seen fewer than
// min_count times left out.
struct Seq {
  std::vector<std::uint32_t> offsets;  // per token, into feats; n+1 entries
  std::vector<std::uint32_t> feats;
  std::vector<Label> gold;
  // With edge features: per token, its edge's combination of kept edge
  // features (FeatureTable::combos; token 0's unused).
  std::vector<std::uint32_t> combos;
  std::size_t example = 0;  // its index among the examples
  double weight = 1.0;      // CRF: its share of the likelihood (train_weighted)
};
struct FeatureTable {
  std::vector<std::string> names;  // kept features, by id
  std::vector<Seq> seqs;
  std::vector<std::string> edge_names;  // kept edge features, by id
  // The distinct sets of edge feature ids an edge has (the first: none).
  std::vector<std::vector<std::uint32_t>> combos;
};

// A sequence's emission scores under weights w[feature * L + label]:
// out[i * L + y], the sum of token i's feature weights for label y.  Both
// trainers use it (the perceptron in float, the CRF in double).
template <typename T>
void emission_scores(const Seq& q, const T* w, std::vector<T>& out) {
  const int L = kLabelCount;
  const std::size_t n = q.gold.size();
  out.assign(n * L, T(0));
  for (std::size_t i = 0; i < n; ++i)
    for (std::uint32_t k = q.offsets[i]; k < q.offsets[i + 1]; ++k) {
      const T* row = w + std::size_t(q.feats[k]) * L;
      for (int y = 0; y < L; ++y) out[i * L + y] += row[y];
    }
}

// `lexicons`: one per example (jackknifed), or one for all.  `first`: per
// example, a first pass's labels (stacking: their stack_features are added).
// `edges`: the edge features too (a Seq's edges as raw ids in `combos`
// until the rare ones are out).
FeatureTable feature_table(const std::vector<Example>& examples, int min_count,
                           const std::vector<const Lexicon*>& lexicons,
                           const std::vector<std::vector<Label>>* first = nullptr, bool edges = false,
                           bool word_before = false, bool stack_segments = true) {
  std::unordered_map<std::string, std::uint32_t> ids;
  std::vector<std::string> names;
  std::vector<std::uint32_t> counts;
  FeatureTable t;
  std::vector<std::string> fs;
  std::unordered_map<std::string, std::uint32_t> edge_ids;
  std::vector<std::string> edge_names;
  std::vector<std::uint32_t> edge_counts;
  std::vector<std::vector<std::uint32_t>> raw_edges;  // per seq: per edge its raw ids, then UINT32_MAX
  for (std::size_t e = 0; e < examples.size(); ++e) {
    const Example& ex = examples[e];
    const Lexicon* lexicon = lexicons.size() == 1 ? lexicons[0] : lexicons[e];
    std::vector<Token> toks = tokenize(ex.text);
    if (toks.size() != ex.labels.size() || toks.empty()) continue;
    Seq s;
    s.gold = ex.labels;
    s.example = e;
    s.offsets.push_back(0);
    const FeatureContext context(ex.text, toks, lexicon, nullptr);
    std::optional<StackSegments> segments;
    if (first && stack_segments) segments.emplace(ex.text, toks, (*first)[e]);
    FeatureSink<Collect> sink(Collect{&fs});
    for (std::size_t i = 0; i < toks.size(); ++i) {
      context.features(i, fs);
      if (first) write_stack_features((*first)[e], i, sink);
      if (segments) segments->features(i, sink);
      for (std::string& f : fs) {
        auto [it, added] = ids.emplace(std::move(f), std::uint32_t(names.size()));
        if (added) {
          names.push_back(it->first);
          counts.push_back(0);
        }
        ++counts[it->second];
        s.feats.push_back(it->second);
      }
      s.offsets.push_back(std::uint32_t(s.feats.size()));
    }
    if (edges) {
      std::vector<std::uint32_t> raw;
      for (std::size_t i = 1; i < toks.size(); ++i) {
        edge_features(ex.text, toks, i, fs, word_before);
        if (context.segment_edges()) context.segment_edge_features(i, sink);
        for (std::string& f : fs) {
          auto [it, added] = edge_ids.emplace(std::move(f), std::uint32_t(edge_names.size()));
          if (added) {
            edge_names.push_back(it->first);
            edge_counts.push_back(0);
          }
          ++edge_counts[it->second];
          raw.push_back(it->second);
        }
        raw.push_back(UINT32_MAX);  // the edge's end
      }
      raw_edges.push_back(std::move(raw));
    }
    t.seqs.push_back(std::move(s));
  }
  if (edges) {
    std::vector<std::int32_t> keep(edge_names.size(), -1);
    for (std::size_t f = 0; f < edge_names.size(); ++f)
      if (edge_counts[f] >= std::uint32_t(min_count)) {
        keep[f] = std::int32_t(t.edge_names.size());
        t.edge_names.push_back(edge_names[f]);
      }
    std::map<std::vector<std::uint32_t>, std::uint32_t> combo_ids;
    t.combos.emplace_back();
    combo_ids.emplace(std::vector<std::uint32_t>{}, 0);
    for (std::size_t q = 0; q < t.seqs.size(); ++q) {
      Seq& s = t.seqs[q];
      s.combos.assign(s.gold.size(), 0);
      std::vector<std::uint32_t> combo;
      std::size_t i = 1;
      for (std::uint32_t r : raw_edges[q]) {
        if (r != UINT32_MAX) {
          if (keep[r] >= 0) combo.push_back(std::uint32_t(keep[r]));
          continue;
        }
        auto [it, added] = combo_ids.emplace(combo, std::uint32_t(t.combos.size()));
        if (added) t.combos.push_back(combo);
        s.combos[i++] = it->second;
        combo.clear();
      }
    }
  }
  // Rare features out.
  std::vector<std::int32_t> remap(names.size(), -1);
  std::uint32_t kept = 0;
  for (std::size_t f = 0; f < names.size(); ++f)
    if (counts[f] >= std::uint32_t(min_count)) {
      remap[f] = std::int32_t(kept++);
      t.names.push_back(std::move(names[f]));
    }
  for (Seq& s : t.seqs) {
    std::vector<std::uint32_t> feats;
    std::vector<std::uint32_t> offsets{0};
    for (std::size_t i = 0; i + 1 < s.offsets.size(); ++i) {
      for (std::uint32_t k = s.offsets[i]; k < s.offsets[i + 1]; ++k)
        if (remap[s.feats[k]] >= 0) feats.push_back(std::uint32_t(remap[s.feats[k]]));
      offsets.push_back(std::uint32_t(feats.size()));
    }
    s.feats = std::move(feats);
    s.offsets = std::move(offsets);
  }
  return t;
}

// The training features: with the full lexicon, or with lexicon_folds > 1
// each reference's with the lexicon of the other folds (fold_lexicons).
FeatureTable training_features(const std::vector<Example>& examples, const TrainOptions& opt, const Lexicon& lexicon,
                               const std::vector<std::vector<Label>>* first = nullptr, bool stack_segments = true) {
  const bool edges = opt.edge_features && opt.algorithm == TrainOptions::kCrf;
  if (opt.lexicon_folds <= 1 || opt.lexicon_min_count <= 0)
    return feature_table(examples, opt.min_count, {&lexicon}, first, edges, opt.edge_word_before, stack_segments);
  std::vector<Lexicon> folds = fold_lexicons(examples, opt.lexicon_folds, opt.lexicon_min_count, opt.span_min_count);
  for (Lexicon& f : folds) {
    f.insert(opt.word_classes.begin(), opt.word_classes.end());
    f.insert(opt.gazetteer.begin(), opt.gazetteer.end());
  }
  std::vector<const Lexicon*> per_example;
  per_example.reserve(examples.size());
  for (const Example& ex : examples) per_example.push_back(&folds[std::size_t(lexicon_fold(ex, opt.lexicon_folds))]);
  return feature_table(examples, opt.min_count, per_example, first, edges, opt.edge_word_before, stack_segments);
}

// The Model of weights w[feature * L + label], transitions t and edge
// weights e[edge feature * L * L + prev * L + next]: weights rounded to the
// text form's 1/100 and those below `prune` dropped.
Model make_model(const std::vector<std::string>& names, const std::vector<float>& w, const std::vector<float>& t,
                 float prune, Lexicon lexicon, const std::vector<std::string>& edge_names = {},
                 const std::vector<float>& e = {}) {
  const int L = kLabelCount;
  Model m;
  m.lexicon = std::move(lexicon);
  for (int y = 0; y < L; ++y) m.labels.push_back(kLabelNames[y]);
  m.transitions = t;
  for (std::size_t f = 0; f < names.size(); ++f) {
    std::vector<LabelWeights::value_type> ws;
    for (int y = 0; y < L; ++y) {
      float a = w[f * L + std::size_t(y)];
      if (std::fabs(a) >= prune) ws.emplace_back(Label(y), std::round(a * 100) / 100);
    }
    if (!ws.empty()) m.weights.emplace(names[f], LabelWeights(std::move(ws)));
  }
  const std::size_t LL = std::size_t(L) * L;
  for (std::size_t f = 0; f < edge_names.size(); ++f) {
    std::vector<EdgeWeights::value_type> ws;
    for (std::size_t k = 0; k < LL; ++k) {
      float a = e[f * LL + k];
      if (std::fabs(a) >= prune) ws.emplace_back(std::uint16_t(k), std::round(a * 100) / 100);
    }
    if (!ws.empty()) m.edges.emplace(edge_names[f], EdgeWeights(std::move(ws)));
  }
  return m;
}

Model train_perceptron(const std::vector<Example>& examples, const TrainOptions& opt) {
  const int L = kLabelCount;
  Lexicon lexicon =
      opt.lexicon_min_count > 0 ? learn_lexicon(examples, opt.lexicon_min_count, opt.span_min_count) : Lexicon{};
  lexicon.insert(opt.word_classes.begin(), opt.word_classes.end());
  lexicon.insert(opt.gazetteer.begin(), opt.gazetteer.end());
  FeatureTable table = training_features(examples, opt, lexicon);
  const std::vector<Seq>& seqs = table.seqs;
  std::size_t kept = table.names.size();
  // w: current weights; u: sum of c * update, so that the average is w - u / c.
  std::vector<float> w(std::size_t(kept) * L, 0.0f), u(std::size_t(kept) * L, 0.0f);
  std::vector<float> tw(std::size_t(L + 1) * L, 0.0f), tu(std::size_t(L + 1) * L, 0.0f);
  std::vector<std::size_t> order(seqs.size());
  for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::mt19937 rng(opt.seed);
  float c = 1;
  std::vector<float> scores;
  for (int epoch = 0; epoch < opt.epochs; ++epoch) {
    for (std::size_t k = order.size(); k > 1; --k) std::swap(order[k - 1], order[rng() % k]);
    for (std::size_t si : order) {
      const Seq& s = seqs[si];
      std::size_t n = s.gold.size();
      emission_scores(s, w.data(), scores);
      std::vector<Label> pred = viterbi(scores, tw.data(), n);
      for (std::size_t i = 0; i < n; ++i) {
        Label g = s.gold[i], p = pred[i];
        if (g != p)
          for (std::uint32_t k = s.offsets[i]; k < s.offsets[i + 1]; ++k) {
            std::size_t f = std::size_t(s.feats[k]) * L;
            w[f + g] += 1, u[f + g] += c;
            w[f + p] -= 1, u[f + p] -= c;
          }
        std::size_t gp = i == 0 ? L : s.gold[i - 1], pp = i == 0 ? L : pred[i - 1];
        if (g != p || gp != pp) {
          tw[gp * L + g] += 1, tu[gp * L + g] += c;
          tw[pp * L + p] -= 1, tu[pp * L + p] -= c;
        }
      }
      c += 1;
    }
  }
  for (std::size_t k = 0; k < w.size(); ++k) w[k] -= u[k] / c;
  for (std::size_t k = 0; k < tw.size(); ++k) tw[k] -= tu[k] / c;
  return make_model(table.names, w, tw, opt.prune, std::move(lexicon));
}

// A linear-chain CRF: -log-likelihood of the gold sequences plus
// c2/2 * |w|^2, minimised by L-BFGS (liblbfgs).  Forward-backward in log
// space, each step scaled by its maximum (one exp per label, not per pair).
// The sequences are cut into `threads` fixed parts whose gradients are summed
// in order, so the result does not depend on scheduling.
struct Crf {
  const FeatureTable& table;
  std::size_t n_feats;
  double c2;
  std::vector<std::pair<std::size_t, std::size_t>> parts;  // [begin, end) of seqs
  std::vector<std::vector<double>> grads;                  // per part
  std::vector<double> losses;
  int iteration = 0;
  bool verbose = false;

  // Edge features (FeatureTable::combos non-empty): per combination of them,
  // the transitions plus their weights (log) and its exp, set by evaluate().
  std::vector<double> combo_log, combo_exp;

  std::size_t n_edges() const { return table.edge_names.size(); }
  std::size_t dim() const {
    return n_feats * kLabelCount + std::size_t(kLabelCount + 1) * kLabelCount + n_edges() * kLabelCount * kLabelCount;
  }

  // The transitions with each combination's edge weights added, and exp.
  void edge_transitions(const double* x) {
    const std::size_t L = kLabelCount, LL = L * L;
    const double* tr = x + n_feats * L;
    const double* ew = tr + (L + 1) * L;
    combo_log.assign(table.combos.size() * LL, 0.0);
    combo_exp.resize(combo_log.size());
    for (std::size_t c = 0; c < table.combos.size(); ++c) {
      double* row = &combo_log[c * LL];
      std::copy(tr, tr + LL, row);
      for (std::uint32_t f : table.combos[c])
        for (std::size_t k = 0; k < LL; ++k) row[k] += ew[f * LL + k];
      for (std::size_t k = 0; k < LL; ++k) combo_exp[c * LL + k] = std::exp(row[k]);
    }
  }

  // Adds the part's -log-likelihood to losses[p] and its gradient to grads[p].
  void part(std::size_t p, const double* x) {
    const int L = kLabelCount;
    const double* tr = x + n_feats * L;
    std::vector<double>& g = grads[p];
    std::fill(g.begin(), g.end(), 0.0);
    double* gt = g.data() + n_feats * L;
    double loss = 0;
    std::vector<double> et0(std::size_t(L + 1) * L);  // exp of transitions
    for (std::size_t k = 0; k < et0.size(); ++k) et0[k] = std::exp(tr[k]);
    // With edge features, the transitions into token i are its edge
    // combination's, and their expected-minus-observed counts gather per
    // combination (cg) before they go to the transitions and edge weights.
    const bool edged = !table.combos.empty();
    const std::size_t LL = std::size_t(L) * L;
    std::vector<double> cg(edged ? table.combos.size() * LL : 0, 0.0);
    auto step_exp = [&](const Seq& q, std::size_t i) { return edged ? &combo_exp[q.combos[i] * LL] : et0.data(); };
    auto step_log = [&](const Seq& q, std::size_t i) { return edged ? &combo_log[q.combos[i] * LL] : tr; };
    auto step_grad = [&](const Seq& q, std::size_t i) { return edged ? &cg[q.combos[i] * LL] : gt; };
    std::vector<double> s, alpha, beta, ea, eb, m;
    for (std::size_t si = parts[p].first; si < parts[p].second; ++si) {
      const Seq& q = table.seqs[si];
      std::size_t n = q.gold.size();
      emission_scores(q, x, s);
      // alpha[i][y]: log-sum of the paths ending in y at i.
      alpha.assign(n * L, 0.0);
      beta.assign(n * L, 0.0);
      for (int y = 0; y < L; ++y) alpha[y] = tr[L * L + y] + s[y];
      std::vector<double> ex(L);
      for (std::size_t i = 1; i < n; ++i) {
        const double* et = step_exp(q, i);
        const double* a = &alpha[(i - 1) * L];
        double mx = *std::max_element(a, a + L);
        for (int y = 0; y < L; ++y) ex[y] = std::exp(a[y] - mx);
        for (int y = 0; y < L; ++y) {
          double sum = 0;
          for (int q2 = 0; q2 < L; ++q2) sum += ex[q2] * et[q2 * L + y];
          alpha[i * L + y] = s[i * L + y] + mx + std::log(sum);
        }
      }
      for (std::size_t i = n - 1; i-- > 0;) {
        const double* et = step_exp(q, i + 1);
        const double* b = &beta[(i + 1) * L];
        const double* sn = &s[(i + 1) * L];
        double mx = -1e300;
        for (int y = 0; y < L; ++y) mx = std::max(mx, b[y] + sn[y]);
        for (int y = 0; y < L; ++y) ex[y] = std::exp(b[y] + sn[y] - mx);
        for (int y0 = 0; y0 < L; ++y0) {
          double sum = 0;
          for (int y = 0; y < L; ++y) sum += et[y0 * L + y] * ex[y];
          beta[i * L + y0] = mx + std::log(sum);
        }
      }
      const double* last = &alpha[(n - 1) * L];
      double mx = *std::max_element(last, last + L);
      double z = 0;
      for (int y = 0; y < L; ++y) z += std::exp(last[y] - mx);
      double logz = mx + std::log(z);
      // The gold path's score.
      double gold = 0;
      for (std::size_t i = 0; i < n; ++i) {
        std::size_t prev = i == 0 ? std::size_t(L) : std::size_t(q.gold[i - 1]);
        gold += s[i * L + q.gold[i]] + (i == 0 ? tr : step_log(q, i))[prev * L + q.gold[i]];
      }
      // A weighted reference (train_weighted) counts `wq` times: its loss and every count below scaled (by 1.0, which
      // changes no bit, for the others).
      const double wq = q.weight;
      loss += (logz - gold) * wq;
      // Expected minus observed counts.
      std::vector<double> marg(L);
      for (std::size_t i = 0; i < n; ++i) {
        for (int y = 0; y < L; ++y) marg[y] = std::exp(alpha[i * L + y] + beta[i * L + y] - logz);
        marg[q.gold[i]] -= 1;
        for (int y = 0; y < L; ++y) marg[y] *= wq;
        for (std::uint32_t k = q.offsets[i]; k < q.offsets[i + 1]; ++k) {
          double* row = g.data() + std::size_t(q.feats[k]) * L;
          for (int y = 0; y < L; ++y) row[y] += marg[y];
        }
        if (i == 0) {
          for (int y = 0; y < L; ++y) gt[L * L + y] += std::exp(alpha[y] + beta[y] - logz) * wq;
        } else {
          const double* a = &alpha[(i - 1) * L];
          double ma = *std::max_element(a, a + L);
          double mb = -1e300;
          for (int y = 0; y < L; ++y) mb = std::max(mb, s[i * L + y] + beta[i * L + y]);
          for (int y = 0; y < L; ++y) ex[y] = std::exp(a[y] - ma);
          std::vector<double> eb2(L);
          for (int y = 0; y < L; ++y) eb2[y] = std::exp(s[i * L + y] + beta[i * L + y] - mb);
          double scale = std::exp(ma + mb - logz) * wq;
          const double* et = step_exp(q, i);
          double* gs = step_grad(q, i);
          for (int y0 = 0; y0 < L; ++y0)
            for (int y = 0; y < L; ++y) gs[y0 * L + y] += ex[y0] * et[y0 * L + y] * eb2[y] * scale;
        }
        std::size_t prev = i == 0 ? std::size_t(L) : std::size_t(q.gold[i - 1]);
        (i == 0 ? gt : step_grad(q, i))[prev * L + q.gold[i]] -= wq;
      }
    }
    // Each combination's counts: the transitions' and its edge features'.
    double* ge = gt + std::size_t(L + 1) * L;
    for (std::size_t c = 0; c < cg.size() / LL; ++c) {
      const double* row = &cg[c * LL];
      for (std::size_t k = 0; k < LL; ++k) gt[k] += row[k];
      for (std::uint32_t f : table.combos[c])
        for (std::size_t k = 0; k < LL; ++k) ge[f * LL + k] += row[k];
    }
    losses[p] = loss;
  }

  double evaluate(const double* x, double* g) {
    if (!table.combos.empty()) edge_transitions(x);
    std::vector<std::thread> workers;
    for (std::size_t p = 1; p < parts.size(); ++p) workers.emplace_back([this, p, x] { part(p, x); });
    part(0, x);
    for (std::thread& t : workers) t.join();
    std::size_t d = dim();
    double f = 0;
    std::fill(g, g + d, 0.0);
    for (std::size_t p = 0; p < parts.size(); ++p) {
      f += losses[p];
      const double* gp = grads[p].data();
      for (std::size_t k = 0; k < d; ++k) g[k] += gp[k];
    }
    for (std::size_t k = 0; k < d; ++k) {
      f += 0.5 * c2 * x[k] * x[k];
      g[k] += c2 * x[k];
    }
    return f;
  }

  static lbfgsfloatval_t evaluate_cb(void* self, const lbfgsfloatval_t* x, lbfgsfloatval_t* g, int, lbfgsfloatval_t) {
    return static_cast<Crf*>(self)->evaluate(x, g);
  }
  static int progress_cb(void* self, const lbfgsfloatval_t*, const lbfgsfloatval_t*, lbfgsfloatval_t fx,
                         lbfgsfloatval_t xnorm, lbfgsfloatval_t gnorm, lbfgsfloatval_t, int, int k, int ls) {
    Crf* c = static_cast<Crf*>(self);
    c->iteration = k;
    if (c->verbose)
      std::fprintf(stderr, "refparse crf: iteration %d, loss %.3f, |w| %.2f, |g| %.3f, %d evaluations\n", k, fx, xnorm,
                   gnorm, ls);
    return 0;
  }
};

// `init`: L-BFGS starts from its weights (of the features, transitions and edges it shares with this model), not 0.
Model train_crf(const std::vector<Example>& examples, const TrainOptions& opt,
                const std::vector<std::vector<Label>>* first = nullptr, const Model* init = nullptr,
                bool stack_segments = true, const std::vector<double>* weights = nullptr) {
  const int L = kLabelCount;
  Lexicon lexicon =
      opt.lexicon_min_count > 0 ? learn_lexicon(examples, opt.lexicon_min_count, opt.span_min_count) : Lexicon{};
  lexicon.insert(opt.word_classes.begin(), opt.word_classes.end());
  lexicon.insert(opt.gazetteer.begin(), opt.gazetteer.end());
  FeatureTable table = training_features(examples, opt, lexicon, first, stack_segments);
  if (weights)
    for (Seq& q : table.seqs) q.weight = (*weights)[q.example];
  Crf crf{table, table.names.size(), opt.c2, {}, {}, {}, 0, opt.verbose, {}, {}};
  // Parts of about equal token counts, fixed by the data alone.
  std::size_t tokens = 0;
  for (const Seq& q : table.seqs) tokens += q.gold.size();
  std::size_t parts = std::size_t(std::max(1, opt.threads)), begin = 0, acc = 0;
  for (std::size_t si = 0; si < table.seqs.size(); ++si) {
    acc += table.seqs[si].gold.size();
    if (acc * parts >= tokens * (crf.parts.size() + 1) && crf.parts.size() + 1 < parts) {
      crf.parts.emplace_back(begin, si + 1);
      begin = si + 1;
    }
  }
  crf.parts.emplace_back(begin, table.seqs.size());
  std::size_t d = crf.dim();
  crf.grads.assign(crf.parts.size(), std::vector<double>(d));
  crf.losses.assign(crf.parts.size(), 0.0);
  lbfgsfloatval_t* x = lbfgs_malloc(int(d));
  if (!x) throw std::runtime_error("refparse crf: out of memory");
  std::fill(x, x + d, 0.0);
  if (init) {
    const std::size_t LL = std::size_t(L) * L;
    for (std::size_t f = 0; f < table.names.size(); ++f)
      if (const LabelWeights* ws = init->weights.get(table.names[f]))
        for (auto [y, w] : *ws) x[f * L + y] = w;
    double* t = x + table.names.size() * L;
    for (std::size_t k = 0; k < init->transitions.size() && k < std::size_t(L + 1) * L; ++k) t[k] = init->transitions[k];
    double* e = t + std::size_t(L + 1) * L;
    for (std::size_t f = 0; f < table.edge_names.size(); ++f)
      if (const EdgeWeights* ws = init->edges.get(table.edge_names[f]))
        for (auto [k, w] : *ws) e[f * LL + k] = w;
  }
  lbfgs_parameter_t param;
  lbfgs_parameter_init(&param);
  param.max_iterations = opt.max_iterations;
  param.epsilon = 1e-5;
  param.past = 10;  // stop when the loss fell less than delta over 10 iterations
  param.delta = 1e-5;
  lbfgsfloatval_t fx = 0;
  int ret = lbfgs(int(d), x, &fx, Crf::evaluate_cb, Crf::progress_cb, &crf, &param);
  if (opt.verbose) std::fprintf(stderr, "refparse crf: lbfgs returned %d after %d iterations\n", ret, crf.iteration);
  if (ret < 0 && ret != LBFGSERR_MAXIMUMITERATION && ret != LBFGSERR_ROUNDING_ERROR &&
      ret != LBFGSERR_MAXIMUMLINESEARCH && ret != LBFGSERR_CANCELED) {
    lbfgs_free(x);
    throw std::runtime_error("refparse crf: L-BFGS failed (" + std::to_string(ret) + ")");
  }
  std::vector<float> w(table.names.size() * L), t(std::size_t(L + 1) * L), e(crf.n_edges() * L * L);
  for (std::size_t k = 0; k < w.size(); ++k) w[k] = float(x[k]);
  for (std::size_t k = 0; k < t.size(); ++k) t[k] = float(x[w.size() + k]);
  for (std::size_t k = 0; k < e.size(); ++k) e[k] = float(x[w.size() + t.size() + k]);
  lbfgs_free(x);
  return make_model(table.names, w, t, opt.prune, std::move(lexicon), table.edge_names, e);
}

// Stacking: the first pass on everything; each reference labelled by a
// first pass trained without its fold (so its labels err as they will on
// unseen text); the second pass trained on those labels.
std::vector<std::vector<Label>> fold_labels(const std::vector<Example>& examples, const TrainOptions& opt) {
  TrainOptions one = opt;
  one.stack_folds = 0;
  one.max_iterations = opt.stack_iterations;
  const int K = opt.stack_folds;
  std::vector<std::vector<Label>> first(examples.size());
  for (int f = 0; f < K; ++f) {
    std::vector<Example> others;
    std::vector<std::size_t> mine;
    for (std::size_t e = 0; e < examples.size(); ++e)
      if (lexicon_fold(examples[e], K) != f) others.push_back(examples[e]);
      else mine.push_back(e);
    if (opt.verbose) std::fprintf(stderr, "refparse stack: fold %d of %d, first pass on %zu references\n", f + 1, K, others.size());
    Model m = train_crf(others, one);
    for (std::size_t e : mine) {
      std::vector<Token> toks = tokenize(examples[e].text);
      first[e] = toks.size() == examples[e].labels.size() ? m.label(examples[e].text, toks) : examples[e].labels;
    }
  }
  return first;
}

Model train_stacked(const std::vector<Example>& examples, const TrainOptions& opt) {
  std::vector<std::vector<Label>> first = fold_labels(examples, opt);
  TrainOptions one = opt;
  one.stack_folds = 0;
  one.max_iterations = opt.stack_iterations;
  if (opt.verbose) std::fprintf(stderr, "refparse stack: first pass on all %zu references\n", examples.size());
  Model model = train_crf(examples, one);
  if (opt.verbose) std::fprintf(stderr, "refparse stack: second pass\n");
  Model second = train_crf(examples, opt, &first);
  second.lexicon.clear();  // the first pass's serves both
  model.stacked = std::make_shared<const Model>(std::move(second));
  return model;
}

}  // namespace

Model train(const std::vector<Example>& examples, const TrainOptions& opt) {
  if (opt.algorithm == TrainOptions::kCrf && opt.stack_folds > 1) return train_stacked(examples, opt);
  return opt.algorithm == TrainOptions::kCrf ? train_crf(examples, opt) : train_perceptron(examples, opt);
}

Model train_weighted(const std::vector<Example>& examples, const TrainOptions& options,
                     const std::vector<double>& weights) {
  if (weights.size() != examples.size())
    throw std::invalid_argument("refparse: " + std::to_string(weights.size()) + " weights for " +
                                std::to_string(examples.size()) + " examples");
  if (options.algorithm != TrainOptions::kCrf || options.stack_folds > 1)
    throw std::invalid_argument("refparse: weighted examples train a one-pass CRF only");
  for (double w : weights)
    if (!(w > 0)) throw std::invalid_argument("refparse: an example's weight must be above 0");
  return train_crf(examples, options, nullptr, nullptr, true, &weights);
}

std::vector<std::vector<Label>> stack_fold_labels(const std::vector<Example>& examples, const TrainOptions& options) {
  if (options.stack_folds < 2) throw std::invalid_argument("refparse stack: stack_folds must be 2 or more");
  return fold_labels(examples, options);
}

Model train_second_pass(const std::vector<Example>& examples, const TrainOptions& options,
                        const std::vector<std::vector<Label>>& first, const Model& first_pass, bool segments) {
  if (first.size() != examples.size())
    throw std::invalid_argument("refparse stack: first-pass labels for " + std::to_string(first.size()) +
                                " of " + std::to_string(examples.size()) + " examples");
  if (options.verbose) std::fprintf(stderr, "refparse stack: second pass over a given first pass\n");
  Model second = train_crf(examples, options, &first, &first_pass, segments);
  second.lexicon.clear();  // the first pass's serves both
  Model model = first_pass;
  model.stacked = std::make_shared<const Model>(std::move(second));
  return model;
}

namespace {

// The first run of label l: [a, b), both the size when there is none.
std::pair<std::size_t, std::size_t> first_run(const std::vector<Label>& labels, Label l) {
  std::size_t a = 0;
  while (a < labels.size() && labels[a] != l) ++a;
  std::size_t b = a;
  while (b < labels.size() && labels[b] == l) ++b;
  return {a, b};
}

}  // namespace

namespace {

// Whether tokens [from, to) name a place, by the model's lexicon and its
// gazetteer spans, and the names of place_names() (split_publisher_place, place_publisher_pair).
struct PlaceReader {
  std::string_view text;
  const std::vector<Token>& toks;
  const Lexicon& lexicon;
  PlaceReader(std::string_view t, const std::vector<Token>& k, const Lexicon& l) : text(t), toks(k), lexicon(l) {}
  // The lexicon's longest span over token k, looked up for the whole reference when first asked (most references
  // never ask: looking them up for every reference, twice, was 5 % of parsing them).
  mutable std::vector<LexiconSpan> spans;
  const LexiconSpan& span(std::size_t k) const {
    if (spans.empty()) spans = lexicon_spans(text, toks, lexicon);
    return spans[k];
  }
  // The longest name of place_names() over token k (its `ext`), looked up for the whole reference when first asked.
  mutable std::vector<LexiconSpan> listed;
  const LexiconSpan& listed_at(std::size_t k) const {
    if (listed.empty()) listed = lexicon_spans(text, toks, place_names());
    return listed[k];
  }
  std::string_view word(std::size_t k) const { return text.substr(toks[k].begin, toks[k].end - toks[k].begin); }
  bool is_word(std::size_t k) const { return is_word_token(text, toks[k]); }
  std::string lexicon_class(std::size_t k) const {
    auto it = lexicon.find(lower(word(k)));
    return it == lexicon.end() ? std::string() : it->second;
  }
  // A country's name ending [from, to), at its start or after a comma ("Leuven, Belgium", "United Kingdom"):
  // the first of its tokens, or `to` when there is none.
  std::size_t country_from(std::size_t from, std::size_t to) const {
    std::size_t last = to;
    while (last > from && !is_word(last - 1)) --last;
    for (std::size_t j = from; j < last; ++j)
      if (is_word(j) && (j == from || word(j - 1) == ",") &&
          !country_name(text.substr(toks[j].begin, toks[last - 1].end - toks[j].begin)).empty())
        return j;
    return to;
  }
  // [from, to): words of a place only ("New York", "Boulder, CO"), a
  // gazetteer span or a name of place_names() wholly inside (of its GeoNames cities too with `cities`), at most four
  // words.  Capitalised words the
  // lexicon does not know ("Boulder") are a place's when a state code names
  // it ("Boulder, CO"), or with `unknown_ok` (one or two of them).
  bool place(std::size_t from, std::size_t to, bool unknown_ok = false, bool cities = true) const {
    int words = 0, unknown = 0;
    bool named = false, state_seen = false;
    std::size_t country = country_from(from, to);
    for (std::size_t k = from; k < to; ++k) {
      if (!is_word(k)) {
        if (word(k) != "," && word(k) != ".") return false;
        continue;
      }
      ++words;
      std::string_view w = word(k);
      // A country ending the place names it, as a state code does ("Leuven, Belgium").
      bool state = (k > from && word(k - 1) == "," && w.size() == 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'A' &&
                    w[1] <= 'Z') ||
                   k >= country;
      bool in_span = starts_with(span(k).cls, "location") && span(k).start >= from;
      if (in_span)
        for (std::size_t t = k + 1; t < toks.size() && span(t).start == span(k).start && !span(t).cls.empty(); ++t)
          in_span = in_span && (t < to || !is_word(t));
      const LexiconSpan& name = listed_at(k);
      bool listed_place = (name.ext == "place" || (cities && name.ext == "city")) && name.ext_start >= from &&
                          name.ext_last < to;
      bool known = starts_with(lexicon_class(k), "location") || in_span || listed_place;
      bool unknown_word = !known && !state && w.size() >= 3 && w[0] >= 'A' && w[0] <= 'Z' &&
                          std::all_of(w.begin() + 1, w.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
                          lexicon_class(k).empty();
      if (!known && !state && !unknown_word) return false;
      named = named || known || k >= country;
      state_seen = state_seen || state;
      unknown += unknown_word;
    }
    if (words > 4) return false;
    return unknown == 0 ? named : state_seen || (unknown_ok && unknown <= 2 && words == unknown);
  }
  // Places joined by "and", "&", "und", "et" or "/" ("New York and Heidelberg", "München and Berlin and New York",
  // "Berlin/Heidelberg"), each a place, or one place.
  bool places(std::size_t from, std::size_t to, bool unknown_ok = false, bool cities = true) const {
    std::size_t start = from;
    int parts = 0;
    for (std::size_t k = from; k <= to; ++k) {
      bool joint = k < to && (word(k) == "&" || word(k) == "/" || iequals(word(k), "and") || iequals(word(k), "und") ||
                              iequals(word(k), "et"));
      if (k < to && !joint) continue;
      if (k == start || !place(start, k, unknown_ok, cities)) return false;
      ++parts;
      start = k + 1;
    }
    return parts > 0;
  }
};

}  // namespace

void split_publisher_place(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels,
                           const Lexicon& lexicon) {
  if (std::find(labels.begin(), labels.end(), kLocation) != labels.end()) return;
  auto [a, b] = first_run(labels, kPublisher);
  const TokenText word{text, toks};
  std::size_t e = b;  // the span without its closing punctuation
  while (e > a && !word.is_word(e - 1)) --e;
  if (e - a < 2) return;
  PlaceReader reader(text, toks, lexicon);
  auto lexicon_class = [&](std::size_t k) { return reader.lexicon_class(k); };
  auto place = [&](std::size_t from, std::size_t to, bool unknown_ok = false) { return reader.places(from, to, unknown_ok); };
  auto publisher_left = [&](std::size_t from, std::size_t to) {
    for (std::size_t k = from; k < to; ++k)
      if (word.is_word(k)) return true;
    return false;
  };
  // "New York: Springer": the place before a colon.
  for (std::size_t c = a + 1; c + 1 < e; ++c)
    if (word(c) == ":" && place(a, c) && publisher_left(c + 1, e)) {
      for (std::size_t k = a; k <= c; ++k) labels[k] = kLocation;
      return;
    }
  // "Honolulu, University of Hawai'i Press", "Colchester, ECPR Press", "Cambridge, Cambridge University Press": a
  // known place, a comma, then a name with a publisher's word ("Press", "Verlag", "Publishing", or one the lexicon
  // knows as a publisher's) that is no place.  The place the longest one before a comma ("Cambridge, Mass., MIT
  // Press", "Boulder, CO, Westview Press").
  std::size_t place_end = a;
  for (std::size_t c = a + 1; c + 1 < e; ++c)
    if (word(c) == "," && place(a, c)) place_end = c;
  if (place_end > a && !place(place_end + 1, e)) {
    bool publisher_word = false;
    for (std::size_t k = place_end + 1; k < e; ++k)
      publisher_word = publisher_word || (word.is_word(k) && (is_class(word(k), "pub") ||
                                                         starts_with(lexicon_class(k), "publisher")));
    if (publisher_word) {
      for (std::size_t k = a; k <= place_end; ++k) labels[k] = kLocation;
      return;
    }
  }
  // "Publisher, Place", "Publisher: Place", "Springer Berlin" (a
  // publisher's word before the place): the longest such place at the end.
  for (std::size_t s = a + 1; s < e; ++s) {
    bool separated = word(s - 1) == "," || word(s - 1) == ":";
    bool after_publisher_word = word.is_word(s - 1) && lexicon_class(s - 1) == "publisher+";
    // "John Wiley & Sons, Brisbane": a publisher's word, a comma, a place.
    bool publisher_comma = word(s - 1) == "," && s >= a + 2 && word.is_word(s - 2) && starts_with(lexicon_class(s - 2), "publisher");
    if (!(separated || after_publisher_word) || !word.is_word(s) || !place(s, e, publisher_comma) ||
        !publisher_left(a, s - 1 + !separated))
      continue;
    for (std::size_t k = s; k < b; ++k) labels[k] = kLocation;
    return;
  }
}

// "Boulder, Westview, 1998", "Steiner, Stuttgart, 2014" (the humanities' "Place, Publisher" and "Publisher, Place"
// after commas): the model labelled both the place.  A place span of two comma segments, not a place as a whole, one
// of them a place and the other written like a name (capitalised words and connectors, no digit), with no publisher
// labelled: that other is the publisher; of three segments ("Delhi ,India ,IGI Global", "Boston University, Boston,
// MA"), a city and its region beside a name.  And "London, New Left Books", "(Fortress: Minneapolis, 1991)": a publisher
// span that is a place next to a place span written like a name and not a place swap their labels.
namespace {

// A state's or province's postal code ("FL", "DC", "ON") or its abbreviation with a period ("Md.", "Calif.", "D. C."):
// the tokens [k, end) it takes, or end == k.
std::size_t state_code_end(std::string_view text, const std::vector<Token>& toks, std::size_t k) {
  const TokenText word{text, toks};
  static const std::unordered_set<std::string> codes = {
      "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
      "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK",
      "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "ON", "QC", "BC",
      "AB", "MB", "SK", "NS", "NB", "NL", "PE"};
  static const std::unordered_set<std::string> abbreviations = {
      "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kans", "Ky", "La", "Md",
      "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Nebr", "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex", "Va",
      "Vt", "Wash", "Wis", "Wyo"};
  const std::size_t n = toks.size();
  if (k >= n) return k;
  std::string w(word(k));
  if (codes.count(w)) return k + 1 < n && word(k + 1) == "." ? k + 2 : k + 1;
  if (abbreviations.count(w) && k + 1 < n && word(k + 1) == ".") return k + 2;
  // "D. C.", "D.C.", "N. Y.", "N.J." (not a person's initials, "M.E. Sharpe")
  static const std::unordered_set<std::string> dotted = {"DC", "NY", "NJ", "NC", "NH", "NM", "SC", "SD", "ND", "RI",
                                                          "BC"};
  if (w.size() == 1 && k + 3 < n && word(k + 1) == "." && word(k + 2).size() == 1 && word(k + 3) == "." &&
      dotted.count(w + std::string(word(k + 2))))
    return k + 4;
  return k;
}

// "Jacksonville, FL: Battelle", "Washington, D. C. MIT Press", "Lanham, Md.: University Press": the model ended the
// place at the city's comma and began the publisher with the state's code; the code (and the colon or comma after
// it) is the place's.
void state_code_after_place(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const TokenText word{text, toks};
  const std::size_t n = toks.size();
  for (std::size_t k = 2; k < n; ++k) {
    if (labels[k] != kPublisher || labels[k - 1] != kLocation || word(k - 1) != "," ||
        !is_word_token(text, toks[k - 2]))
      continue;
    std::size_t end = state_code_end(text, toks, k);
    if (end == k) continue;
    // A colon or comma after it, then the publisher's name (not "…, MA." ending the reference, nor "CA Press"); only
    // "D. C." goes without ("Washington, D. C. MIT Press").
    std::size_t next = end;
    if (next < n && (word(next) == ":" || word(next) == ",")) ++next;
    else if (word(k) != "D") continue;
    if (next >= n || labels[next] != kPublisher || !is_word_token(text, toks[next])) continue;
    for (std::size_t t = k; t < next; ++t) labels[t] = kLocation;
    return;
  }
}

// "Proceedings of the ICM, Vancouver, B.C. 2 (1975)", "(Palo Alto, CA, 2002)": the city's region split from it, the
// city or the region labelled the publisher.  A publisher span that is only a state's code or abbreviation right
// after the place's comma is the place's; a publisher span that is a city ending with a comma, right before a place
// span that is only a state's code, is the place when the two name a place (PlaceReader::place: "Palo Alto, CA").
void state_code_beside_place(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels,
                             const Lexicon& lexicon) {
  auto [pa, pb] = first_run(labels, kPublisher);
  if (pa == pb || std::find(labels.begin() + pb, labels.end(), kPublisher) != labels.end()) return;
  const TokenText word{text, toks};
  auto punctuation_from = [&](std::size_t from, std::size_t to) {
    for (std::size_t k = from; k < to; ++k)
      if (is_word_token(text, toks[k])) return false;
    return true;
  };
  const std::size_t n = toks.size();
  // "Vancouver, | B.C.": the code alone, after the place's comma.
  if (pa >= 2 && labels[pa - 1] == kLocation && word(pa - 1) == ",") {
    std::size_t end = state_code_end(text, toks, pa);
    if (end > pa && punctuation_from(end, pb)) {
      for (std::size_t k = pa; k < pb; ++k) labels[k] = kLocation;
      return;
    }
  }
  // "Palo Alto, | CA": the city labelled the publisher, its code the place.
  if (pb < n && labels[pb] == kLocation && pb > pa + 1 && word(pb - 1) == ",") {
    std::size_t end = state_code_end(text, toks, pb);
    std::size_t lb = past_labelled(labels, kLocation, pb);
    if (end == pb || !punctuation_from(end, lb)) return;
    PlaceReader reader(text, toks, lexicon);
    if (!reader.place(pa, end)) return;
    for (std::size_t k = pa; k < pb; ++k) labels[k] = kLocation;
  }
}

}  // namespace

void place_publisher_pair(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels,
                          const Lexicon& lexicon) {
  PlaceReader reader(text, toks, lexicon);
  auto word = [&](std::size_t k) { return reader.word(k); };
  // [from, to) without the punctuation around it.
  auto inner = [&](std::size_t& from, std::size_t& to) {
    while (from < to && !reader.is_word(from)) ++from;
    while (to > from && !reader.is_word(to - 1)) --to;
  };
  // With `cities` false, no name place_names() has from GeoNames alone ("Alhambra", California, is a publisher too).
  // Places joined by "and", "&", "und", "et" or "/" are places too (PlaceReader::places: "Berg: Oxford and New York").
  auto known_place = [&](std::size_t from, std::size_t to, bool cities = true) {
    if (reader.place(from, to, false, cities) || reader.places(from, to, false, cities)) return true;
    bool all = from < to;
    for (std::size_t k = from; k < to; ++k) all = all && (!reader.is_word(k) || is_class(word(k), "place"));
    return all;
  };
  // A word of [from, to) the lexicon knows as a publisher's, alone or in a publisher's name ("Penguin", "Ashgate").
  auto known_publisher = [&](std::size_t from, std::size_t to) {
    for (std::size_t k = from; k < to; ++k)
      if (reader.is_word(k) && (starts_with(reader.lexicon_class(k), "publisher") ||
                                (starts_with(reader.span(k).cls, "publisher") && reader.span(k).start >= from)))
        return true;
    return false;
  };
  auto name_like = [&](std::size_t from, std::size_t to) {
    int words = 0;
    for (std::size_t k = from; k < to; ++k) {
      std::string_view w = word(k);
      if (!reader.is_word(k)) {
        if (w != "-" && w != "&" && w != "." && w != "'" && w != "\xE2\x80\x99") return false;
        continue;
      }
      ++words;
      std::string lw = lower(w);
      unsigned char c = static_cast<unsigned char>(w[0]);
      bool connector = lw == "of" || lw == "and" || lw == "the" || lw == "de" || lw == "et" || lw == "und";
      if (is_digit(w[0]) || (!connector && c < 0x80 && !(c >= 'A' && c <= 'Z'))) return false;
      // A state code or a place's keyword is no publisher's name.
      if (w.size() == 2 && c >= 'A' && c <= 'Z' && w[1] >= 'A' && w[1] <= 'Z') return false;
    }
    return words >= 1 && words <= 5;
  };
  // A region after a city's comma: a state's code or abbreviation ("CA", "Mass.", "Tenn."), a state's or a
  // country's name ("New Jersey", "Belgium").
  auto region = [&](std::size_t from, std::size_t to) {
    std::string_view w = word(from);
    if (to == from + 1 && w.size() == 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'A' && w[1] <= 'Z') return true;
    if (to == from + 1 && w.size() <= 6 && from + 1 < toks.size() && word(from + 1) == ".") return true;
    std::string name = lower(text.substr(toks[from].begin, toks[to - 1].end - toks[from].begin));
    static const std::unordered_set<std::string> states = {
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
        "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
        "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska",
        "nevada", "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio",
        "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas",
        "utah", "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming", "ontario", "quebec",
        "british columbia", "alberta", "england", "scotland", "wales", "bavaria"};
    return states.count(name) > 0 || !country_name(text.substr(toks[from].begin, toks[to - 1].end - toks[from].begin)).empty();
  };
  auto [pa, pb] = first_run(labels, kPublisher);
  auto [la, lb] = first_run(labels, kLocation);
  if (la == lb || std::find(labels.begin() + lb, labels.end(), kLocation) != labels.end()) return;
  // After editors, "(ed.), Homerica, Ithaca": the book's title, not a publisher.
  if (la > 0 && labels[la - 1] == kEditor) return;
  if (pa == pb) {
    std::size_t a = la, b = lb;
    inner(a, b);
    if (a >= b || known_place(a, b)) return;
    std::vector<std::size_t> commas;
    for (std::size_t k = a; k < b; ++k)
      if (word(k) == ",") commas.push_back(k);
    if (commas.empty() || commas.size() > 2) return;
    // "Delhi ,India ,IGI Global ,", "Boston University, Boston, MA": three segments, a city and its region on one
    // side, a name on the other that is no place: the publisher.
    if (commas.size() == 2) {
      std::size_t s1a = a, s1b = commas[0], s2a = commas[0] + 1, s2b = commas[1], s3a = commas[1] + 1, s3b = b;
      inner(s1a, s1b);
      inner(s2a, s2b);
      inner(s3a, s3b);
      if (s1a >= s1b || s2a >= s2b || s3a >= s3b) return;
      if (known_place(s1a, s1b) && region(s2a, s2b) && name_like(s3a, s3b) && !known_place(s3a, s3b) &&
          !region(s3a, s3b))
        for (std::size_t k = commas[1] + 1; k < lb; ++k) labels[k] = kPublisher;
      else if (known_place(s2a, s2b) && region(s3a, s3b) && name_like(s1a, s1b) && !known_place(s1a, s1b) &&
               !region(s1a, s1b))
        for (std::size_t k = la; k <= commas[0]; ++k) labels[k] = kPublisher;
      return;
    }
    std::size_t comma = commas[0];
    std::size_t xa = a, xb = comma, ya = comma + 1, yb = b;
    inner(xa, xb);
    inner(ya, yb);
    if (xa >= xb || ya >= yb) return;
    if (region(ya, yb) || region(xa, xb)) return;  // "Catalina Island, CA", "Indiana, USA", "Belgium, IRIDIA"
    bool x_place = known_place(xa, xb), y_place = known_place(ya, yb);
    // Neither known as a place ("Harmondsworth, Penguin", "Farnham, Ashgate"): a segment the lexicon knows as a
    // publisher's beside capitalised words it does not know, which are then the place.
    if (!x_place && !y_place) {
      if (known_publisher(ya, yb) && !known_publisher(xa, xb) && reader.place(xa, xb, true)) x_place = true;
      else if (known_publisher(xa, xb) && !known_publisher(ya, yb) && reader.place(ya, yb, true)) y_place = true;
    }
    if (x_place && !y_place && name_like(ya, yb))
      for (std::size_t k = comma + 1; k < lb; ++k) labels[k] = kPublisher;
    else if (y_place && !x_place && name_like(xa, xb))
      for (std::size_t k = la; k <= comma; ++k) labels[k] = kPublisher;
    return;
  }
  // Adjacent publisher and place spans, either order.
  if (pb != la && lb != pa) return;
  if (std::find(labels.begin() + pb, labels.end(), kPublisher) != labels.end()) return;
  std::size_t a = pa, b = pb, c = la, d = lb;
  inner(a, b);
  inner(c, d);
  if (a >= b || c >= d) return;
  // The place span a GeoNames city only ("Alhambra: Montréal", where "Montréal" is a place of the labelled
  // references) swaps still; "Stroud: Sutton", both cities, not.
  if (!known_place(a, b) || !name_like(c, d) || region(c, d)) return;
  if (known_place(c, d) && (!known_place(a, b, false) || known_place(c, d, false))) return;
  for (std::size_t k = pa; k < pb; ++k) labels[k] = kLocation;
  for (std::size_t k = la; k < lb; ++k) labels[k] = kPublisher;
}

namespace {

// The words German places are written with after their name: "Frankfurt a.M.", "Frankfurt am Main", "Frankfurt/M.",
// "Frankfurt/O.", "Opladen u.a." ("und andere").
bool word_is_place_suffix(std::string_view text, const std::vector<Token>& toks, std::size_t k) {
  std::string_view w = text.substr(toks[k].begin, toks[k].end - toks[k].begin);
  return w == "a" || w == "am" || w == "M" || w == "Main" || w == "O" || w == "Oder" || w == "u";
}

// Whether [from, to) names places (PlaceReader::places), the German suffixes after them aside.
bool places_with_suffix(const PlaceReader& reader, std::string_view text, const std::vector<Token>& toks,
                        std::size_t from, std::size_t to) {
  while (from < to && !reader.is_word(from)) ++from;
  while (to > from + 1 && (word_is_place_suffix(text, toks, to - 1) || !reader.is_word(to - 1))) --to;
  return from < to && reader.places(from, to);
}

}  // namespace

// "Peter Albers, Macht und Raum, Frankfurt a.M. 1988, S. 73" (German footnotes: "Title, Place Year"): the title's
// last comma segment right before the date, where no place or publisher is labelled, is the place when it names one.
void place_ending_title(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels,
                        const Lexicon& lexicon) {
  for (Label l : labels)
    if (l == kPublisher || l == kLocation) return;
  auto [a, b] = first_run(labels, kTitle);
  if (a == b || b >= labels.size() || labels[b] != kDate) return;
  const TokenText word{text, toks};
  std::size_t c = b;
  while (c > a && word(c - 1) != ",") --c;
  if (c < a + 2 || c >= b) return;
  PlaceReader reader(text, toks, lexicon);
  if (!places_with_suffix(reader, text, toks, c, b)) return;
  for (std::size_t k = c; k < b; ++k) labels[k] = kLocation;
}

// "In: K. Alt (Hrsg.): Felder der sozialen Arbeit. - Weinheim und München, S. 62-75.", "In: Beck, A. (Hg.):
// Scheidung: Folgen für die Kinder. Hoheneck, 9-29.", "in: Roth, M. (Hg.), Fremde Blicke, Köln, S. 3-9.": German
// chapters give the book's place, and no publisher, after the book's title; the model ran it into the container.
// The container's last piece, after a comma, a sentence's period or a dash, is the place when it names places
// (places_with_suffix: "Frankfurt a.M.", "Opladen u.a."), no place or publisher is labelled, the book keeps two words
// or more, and only the pages, the date, a note or the end follow.
void place_ending_container(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels,
                            const Lexicon& lexicon) {
  for (Label l : labels)
    if (l == kPublisher || l == kLocation) return;
  auto [a, b] = first_run(labels, kContainer);
  const std::size_t n = toks.size();
  if (a == b || std::find(labels.begin() + b, labels.end(), kContainer) != labels.end()) return;
  if (b < n && labels[b] != kPages && labels[b] != kDate && labels[b] != kNote) return;
  const TokenText word{text, toks};
  PlaceReader reader(text, toks, lexicon);
  auto dash = [&](std::string_view w) { return w == "-" || w == "\xE2\x80\x93" || w == "\xE2\x80\x94"; };
  std::size_t e = b;  // without the closing punctuation
  while (e > a && (word(e - 1) == "," || word(e - 1) == "." || word(e - 1) == ";")) --e;
  // The longest piece that names places; the separator before it a comma, a period after a word of four letters or
  // more (not an initial's or an abbreviation's), or a dash with a space before it.
  for (std::size_t s = a + 1; s < e; ++s) {
    std::string_view sep = word(s - 1);
    bool separated = sep == "," || (sep == "." && s >= 2 && reader.is_word(s - 2) && word(s - 2).size() >= 4) ||
                     (dash(sep) && toks[s - 1].space_before);
    if (!separated || !reader.is_word(s) || dash(word(s))) continue;
    // The book before it: two words or more.
    std::size_t words = 0;
    for (std::size_t k = a; k + 1 < s; ++k) words += reader.is_word(k) && !dash(word(k)) ? 1 : 0;
    if (words < 2) continue;
    if (!places_with_suffix(reader, text, toks, s, e)) continue;
    // ". - Weinheim": the dash goes with the place (the book ends at its period).
    for (std::size_t k = dash(sep) ? s - 1 : s; k < b; ++k) labels[k] = kLocation;
    return;
  }
}

// "Rheingold, Howard (1996), Virtuelle Welten, Reinbek.", "Löw, Martina (2001), Raumsoziologie, Frankfurt a.M.": a
// German book gives its place without a publisher.  A publisher span that is a known place (PlaceReader::places),
// where no place is labelled and only the date, links or notes follow, is the place; and a publisher span right
// before the place where no title is labelled (and no container: "In: Book, Place") is the title.
void place_without_publisher(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels,
                             const Lexicon& lexicon) {
  auto [pa, pb] = first_run(labels, kPublisher);
  if (pa == pb || std::find(labels.begin() + pb, labels.end(), kPublisher) != labels.end()) return;
  PlaceReader reader(text, toks, lexicon);
  auto trailing = [&](std::size_t from) {
    for (std::size_t k = from; k < labels.size(); ++k)
      if (reader.is_word(k) && labels[k] != kDate && labels[k] != kUrl && labels[k] != kDoi && labels[k] != kNote)
        return false;
    return true;
  };
  auto [la, lb] = first_run(labels, kLocation);
  if (la == lb) {
    // "Frankfurt a.M.", "Frankfurt/M.", "Opladen u.a.": the place's abbreviations are no place of the gazetteer.
    if (places_with_suffix(reader, text, toks, pa, pb) && trailing(pb))
      for (std::size_t k = pa; k < pb; ++k) labels[k] = kLocation;
    return;
  }
  if (pb != la || !trailing(lb)) return;
  for (Label l : labels)
    if (l == kTitle || l == kContainer || l == kJournal) return;
  // After the names and the date only ("General-Anzeiger, Bonn": a name and its place alone are no title).
  if (pa == 0) return;
  for (std::size_t k = 0; k < pa; ++k)
    if (labels[k] != kAuthor && labels[k] != kEditor && labels[k] != kDate && labels[k] != kCitationNumber) return;
  for (std::size_t k = pa; k < pb; ++k) labels[k] = kTitle;
}

void fix_title_tail(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  auto [a, b] = first_run(labels, kTitle);
  if (a == b) return;
  const TokenText word{text, toks};
  auto closing = [&](std::string_view w) {
    return w == "." || w == "\"" || w == "\xE2\x80\x9D" || w == "\xE2\x80\x99" || w == "\xC2\xBB";
  };
  // "In": the container, from there to the end of the span.
  int words = 0;
  for (std::size_t i = a; i + 1 < b; ++i) {
    std::string_view w = word(i);
    bool after_close = i > a && (closing(word(i - 1)) || (word(i - 1) == "," && i > a + 1 && closing(word(i - 2))));
    bool in_colon = (w == "in" || w == "In") && word(i + 1) == ":" && i > a && word(i - 1) == ",";
    if (words >= 3 && ((w == "In" && after_close) || (w == "in" && after_close && word(i - 1) == ",") || in_colon)) {
      // No other container than the span right after the title.
      std::size_t c = b;
      while (b < n && c < n && labels[c] == labels[b]) ++c;
      bool other_container = false;
      for (std::size_t k = 0; k < n; ++k)
        other_container = other_container || ((labels[k] == kContainer || labels[k] == kJournal) && (k < b || k >= c));
      if (other_container) break;
      Label to = b < n && labels[b] == kJournal ? kJournal : kContainer;
      for (std::size_t k = i; k < b; ++k) labels[k] = to;
      return;
    }
    // Dashes ("————, ed.") are no words of the title.
    words += word.is_word(i) && static_cast<unsigned char>(w[0]) != 0xE2;
  }
  // A year at the end, after a comma or period, with no date elsewhere
  // ("Halle: 1900, rev. ed. 1913. ... Nijhoff, 1975." is dated by its last).
  for (std::size_t k = 0; k < n; ++k)
    if (labels[k] == kDate) return;
  std::size_t e = b;
  while (e > a && !word.is_word(e - 1)) --e;
  if (e < a + 3 || number_class(word(e - 1)) != "year" || (word(e - 2) != "," && word(e - 2) != ".")) return;
  for (std::size_t k = e - 1; k < b; ++k) labels[k] = kDate;
}

namespace {

// A title span running on over a mark that only opens a container: GOST 7.1's "//" ("История … // Вопросы
// археологии Урала. Ижевск, 1970."), "in:" or "dans :" with the colon ("Clevere Beifahrer, in: Pictures of the
// Future, Herbst 2005: 40-42", "Statistik der Kreditinstitute. – in: eurostat: …").  The span after the mark is the
// container (a journal when numbers and no publisher follow), the mark's "in:" with it (stripped there); the title
// keeps a word before the mark, the container two after it.  "in" without its colon stays the title's ("Democracy
// in theory"), as does "In:" inside the title's quotation or right after a word ("Bringing the State Back In:
// Strategies …").
void container_mark_in_title(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  const TokenText word{text, toks};
  auto words = [&](std::size_t from, std::size_t to) {
    std::size_t c = 0;
    for (std::size_t k = from; k < to; ++k) c += is_word_token(text, toks[k]) ? 1 : 0;
    return c;
  };
  for (std::size_t a = 0; a < n;) {
    if (labels[a] != kTitle) {
      ++a;
      continue;
    }
    std::size_t b = past_labelled(labels, kTitle, a);
    for (std::size_t k = a + 1; k + 1 < b; ++k) {
      std::size_t from = 0, body = 0;
      bool gost = false;
      if (word(k) == "/" && word(k + 1) == "/" && !toks[k + 1].space_before) {
        from = body = k + 2;
        gost = true;
      } else if (word(k) == "//") {
        from = body = k + 1;
        gost = true;
      } else if (word(k + 1) == ":" && (iequals(word(k), "in") || iequals(word(k), "dans")) && toks[k].space_before) {
        // Not inside the title's quotation ("“Bringing the State Back In: Strategies …,” in Book"), and a capital
        // "In:" after the title's closing mark only ("Title. In: Book", not "Back In: Strategies").
        std::size_t quotes = 0;
        for (std::size_t t = a; t < k; ++t) quotes += is_quote(word(t)) || word(t) == "\xE2\x80\x9E" ? 1 : 0;  // with German's "„"
        bool capital = word(k)[0] == 'I' || word(k)[0] == 'D';
        std::size_t before = word(k - 1) == "," && k - 1 > a ? k - 2 : k - 1;
        bool closed = quotes % 2 == 0 || is_quote(word(before));  // "Europa“ in:", its opening quote lost
        if (closed && (!capital || !is_word_token(text, toks[k - 1]))) {
          from = k;
          body = k + 2;
        }
      }
      if (from == 0 || words(a, k) == 0 || words(body, b) < 2) continue;
      Label l = kContainer;
      if (gost) {
        bool numbers = false, publisher = false;
        for (std::size_t t = b; t < n; ++t) {
          numbers = numbers || labels[t] == kVolume || labels[t] == kIssue || labels[t] == kPages;
          publisher = publisher || labels[t] == kPublisher;
        }
        if (numbers && !publisher) l = kJournal;
      }
      for (std::size_t t = from; t < b; ++t) labels[t] = l;
      break;
    }
    a = b;
  }
}

// A note opening with "In:" after the title, where no container or journal is labelled: "Title. In: Die Tageszeitung,
// 23.09.2009. S. 04.", "In: Handwörterbuch der Staatswissenschaften, vierte Auflage, …", "in: The New York Times,
// 9.12.2004.".  Its words up to the first comma, bracket, colon, semicolon, number, issue word or sentence's period
// are the container (a journal when numbers follow in the note), the rest stays the note; not a pointer to a work
// cited before ("a.a.O.", "ders."), names joined by "/", editors ("(Hrsg.)"), a link, nor a place before a colon.
void container_note_after_in(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  for (Label l : labels)
    if (l == kJournal || l == kContainer) return;
  auto [t0, t1] = first_run(labels, kTitle);
  if (t0 == t1) return;
  std::size_t a = first_labelled(labels, kNote, t1);
  if (a >= n) return;
  std::size_t b = past_labelled(labels, kNote, a);
  const TokenText word{text, toks};
  if (a + 3 > b || !iequals(word(a), "in") || word(a + 1) != ":") return;
  std::size_t e = a + 2;
  for (; e < b; ++e) {
    std::string_view w = word(e);
    if (w == "," || w == "(" || w == ":" || w == ";" || is_digit(w[0])) break;
    if (w == "." && (e + 1 >= b || toks[e + 1].space_before)) break;
    if (w == "/" || starts_link(text, toks[e].begin) || iequals(w, "www") || iequals(w, "ders") ||
        iequals(w, "dies") || iequals(w, "a.a.O"))
      return;
    std::string lw = ascii_lower(w);
    if (lw == "nr" || lw == "no" || lw == "heft" || lw == "h" || lw == "bd" || lw == "vol" || lw == "vom" ||
        lw == "v" || lw == "from")
      break;
    if (is_word_token(text, toks[e]))
      for (char c : w)
        if (is_digit(c)) return;  // "DanstA2r9g1u": a PDF's columns run together
  }
  std::size_t words = 0;
  for (std::size_t k = a + 2; k < e; ++k) words += is_word_token(text, toks[k]) ? 1 : 0;
  if (words == 0 || (e < b && word(e) == ":")) return;
  bool numbers = false;
  for (std::size_t k = e; k < b; ++k) {
    std::string_view w = word(k);
    if (w == "(" && k + 1 < b && (iequals(word(k + 1), "hrsg") || iequals(word(k + 1), "hg") ||
                                  iequals(word(k + 1), "ed") || iequals(word(k + 1), "eds")))
      return;
    if (iequals(w, "a") && k + 1 < b && word(k + 1) == ".") {
      std::string rest(text.substr(toks[k].begin, toks[b - 1].end - toks[k].begin));
      if (starts_with(ascii_lower(rest), "a.a.o") || starts_with(ascii_lower(rest), "a. a. o")) return;
    }
    numbers = numbers || is_digit(w[0]);
  }
  for (std::size_t k = a; k < e; ++k) labels[k] = numbers ? kJournal : kContainer;
}

}  // namespace

void container_as_title(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  if (std::find(labels.begin(), labels.end(), kTitle) != labels.end() ||
      std::find(labels.begin(), labels.end(), kJournal) != labels.end())
    return;
  auto [a, b] = first_run(labels, kContainer);
  if (a == b || std::find(labels.begin() + b, labels.end(), kContainer) != labels.end()) return;
  const TokenText word{text, toks};
  auto in_word = [&](std::string_view w) { return iequals(w, "in") || iequals(w, "dans"); };
  // Dashes, punctuation and an editors' word with its mark at the start.
  std::size_t s = a;
  while (s < b && (!word.is_word(s) || static_cast<unsigned char>(word(s)[0]) == 0xE2)) ++s;
  if (s + 1 < b && !word.is_word(s + 1)) {
    std::string lw = ascii_lower(word(s));
    if (lw == "ed" || lw == "eds" || lw == "editor" || lw == "editors" || lw == "hrsg" || lw == "hg") {
      ++s;
      while (s < b && !word.is_word(s)) ++s;
    } else if (s > a) {
      s = a;  // no editors' word: the dashes stay with the span
    }
  } else {
    s = a;
  }
  if (s == b) return;
  // "In Book", "Title. In: Book": a part of something.
  std::size_t first = a;
  while (first < b && !word.is_word(first)) ++first;
  // A book's title may start so ("In Defence of Political Correctness. Biteback Publishing"): when no editor, page
  // or other title word is labelled, the next word is capitalised and no proceedings' word follows.
  if (first < b && in_word(word(first)) && s == a) {
    bool part = first + 1 >= b || !(word(first + 1)[0] >= 'A' && word(first + 1)[0] <= 'Z');
    for (Label l : labels) part = part || l == kEditor || l == kPages || l == kVolume || l == kCollection;
    for (std::size_t k = first + 1; k < b && !part; ++k) {
      std::string lw = ascii_lower(word(k));
      part = lw == "proceedings" || lw == "proc" || lw == "conference" || lw == "symposium" || lw == "workshop" ||
             lw == "handbook" || lw == "encyclopedia" || lw == "ed" || lw == "eds" || lw == "hrsg";
    }
    if (part) return;
  }
  // "Title, in: Editor (Hrsg.): Book" with the title unlabelled: an "In"
  // anywhere before.
  for (std::size_t k = 0; k < a; ++k)
    if (word.is_word(k) && in_word(word(k))) return;
  for (std::size_t k = a; k < s; ++k) labels[k] = kEditor;
  for (std::size_t k = s; k < b; ++k) labels[k] = kTitle;
}

// A reference with no title labelled where an article's title stands as the container's span right before the
// journal's ("Turing, Alan, Computing Machinery and Intelligence, Mind 59, pp 433-460"): the span is the title.
void container_before_journal(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  if (std::find(labels.begin(), labels.end(), kTitle) != labels.end() ||
      std::find(labels.begin(), labels.end(), kEditor) != labels.end())
    return;
  auto [a, b] = first_run(labels, kContainer);
  if (a == b || b >= labels.size() || labels[b] != kJournal || !is_word_token(text, toks[a])) return;
  std::string_view w = text.substr(toks[a].begin, toks[a].end - toks[a].begin);
  if (iequals(w, "in") || iequals(w, "dans")) return;
  for (std::size_t k = a; k < b; ++k) labels[k] = kTitle;
}

void container_tail(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels,
                    const Lexicon& lexicon) {
  const std::size_t n = toks.size();
  std::size_t a = 0;
  while (a < n && labels[a] != kJournal && labels[a] != kContainer) ++a;
  if (a == n) return;
  const Label label = labels[a];
  std::size_t b = past_labelled(labels, label, a);
  const TokenText word{text, toks};
  auto has = [&](Label l) { return std::find(labels.begin(), labels.end(), l) != labels.end(); };
  // "Sustainability (Switzerland)", "Omega (United Kingdom)", "Proc Natl Acad Sci (USA)": a country alone in brackets
  // is the journal's name (Scopus's, NLM's: it tells journals of one name apart), no place of publication; also
  // where the model labelled it the place.
  auto country_in_brackets = [&](std::size_t open, std::size_t close) {  // tokens open..close, both brackets
    return close > open + 1 && word(open) == "(" && word(close) == ")" &&
           !country_name(text.substr(toks[open + 1].begin, toks[close - 1].end - toks[open + 1].begin)).empty();
  };
  if (label == kJournal && b < n && labels[b] == kLocation) {
    std::size_t c = past_labelled(labels, kLocation, b);
    std::size_t close = c;
    while (close > b + 1 && (word(close - 1) == "," || word(close - 1) == ".")) --close;
    if (close > b + 2 && country_in_brackets(b, close - 1)) {
      for (std::size_t k = b; k < c; ++k) labels[k] = kJournal;
      b = c;
    }
  }
  std::size_t e = b;  // without the closing punctuation
  while (e > a && (word(e - 1) == "," || word(e - 1) == "." || word(e - 1) == ";" || word(e - 1) == ":")) --e;
  if (e < a + 2) return;
  // "Nature (London)", "J. Phys. (Paris)": a bracketed place at the end.
  if (word(e - 1) == ")" && !has(kLocation)) {
    std::size_t p = e - 1;
    while (p > a && word(p) != "(") --p;
    if (word(p) != "(" || p == a) return;
    int words = 0;
    bool named = false, ok = true;
    std::vector<LexiconSpan> spans = lexicon_spans(text, toks, lexicon);
    for (std::size_t k = p + 1; k + 1 < e && ok; ++k) {
      std::string_view w = word(k);
      if (!word.is_word(k)) {
        ok = w == "," || w == ".";
        continue;
      }
      ++words;
      ok = w[0] >= 'A' && w[0] <= 'Z' && w.find_first_of("0123456789") == std::string_view::npos;
      auto it = lexicon.find(lower(w));
      named = named || (it != lexicon.end() && starts_with(it->second, "location")) ||
              starts_with(spans[k].cls, "location");
    }
    if (label == kJournal && country_in_brackets(p, e - 1)) return;
    if (ok && named && words >= 1 && words <= 3)
      for (std::size_t k = p; k < b; ++k) labels[k] = kLocation;
    return;
  }
  std::string_view last = word(e - 1);
  // "ACA Monograph No. | 3.": the volume or issue keyword before the number
  // labelled next goes with it.
  if (b < n && (labels[b] == kVolume || labels[b] == kIssue) && e - 1 > a) {
    std::string lw = ascii_lower(last);
    std::size_t k = e - 1;
    // "n°" (French, Italian, Spanish): "n" and the degree sign, two tokens.
    if (last == "\xC2\xB0" && k > a + 1 && ascii_lower(word(k - 1)) == "n") lw = "n\xC2\xB0", --k;
    if (lw == "no" || lw == "nr" || lw == "vol" || lw == "volume" || lw == "bd" || lw == "n\xC2\xB0") {
      for (std::size_t t = k; t < b; ++t) labels[t] = labels[b];
      return;
    }
  }
  // "Bulletin 95", "Linguistics Volume 30", "Monograph No. 3": the volume or
  // issue number at the end, when none is labelled.
  if (has(kVolume) || last.size() > 4 || last.find_first_not_of("0123456789") != std::string_view::npos) return;
  if (last.size() == 4 && std::atoi(std::string(last).c_str()) >= 1800) return;  // a year
  std::size_t k = e - 1;
  std::size_t kw = k;  // the keyword's token, when one comes before
  while (kw > a && !word.is_word(kw - 1)) --kw;
  std::string lw = kw > a ? ascii_lower(word(kw - 1)) : "";
  if (lw == "\xC2\xB0" && kw - 1 > a + 1 && ascii_lower(word(kw - 2)) == "n") lw = "n\xC2\xB0", --kw;  // "n°"
  bool volume_word = lw == "vol" || lw == "volume" || lw == "bd" || lw == "band";
  bool issue_word = lw == "no" || lw == "nr" || lw == "number" || lw == "n\xC2\xB0";
  if (volume_word || issue_word) {
    if (kw - 1 <= a || (issue_word && has(kIssue))) return;
    k = kw - 1;
  } else if (label != kJournal || !word.is_word(k - 1) || word(k - 1).find_first_of("0123456789") != std::string_view::npos) {
    return;
  }
  for (std::size_t t = k; t < b; ++t) labels[t] = issue_word ? kIssue : kVolume;
}

void part_number_to_title(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  std::size_t a = 0;
  while (a < n && labels[a] != kJournal && labels[a] != kContainer) ++a;
  if (a == 0 || a == n || labels[a - 1] != kTitle) return;
  const Label label = labels[a];
  std::size_t b = past_labelled(labels, label, a);
  const TokenText word{text, toks};
  std::size_t k = a;
  while (k < b && !is_word_token(text, toks[k])) ++k;  // a quote or period the span took
  std::string_view w = k < b ? word(k) : std::string_view();
  // "… East and Central Africa. Part I. Journal of African History": the part's word before the numeral.
  if ((w == "Part" || w == "Teil" || w == "Partie") && k + 1 < b) {
    std::string_view num = word(k + 1);
    if (!num.empty() && (num.find_first_not_of("IVX") == std::string_view::npos ||
                         (num.size() <= 2 && num.find_first_not_of("0123456789") == std::string_view::npos)))
      w = "I", ++k;
  }
  if (w.empty() || w.size() > 4 || w.find_first_not_of("IVX") != std::string_view::npos || k + 1 >= b) return;
  std::string_view next = word(k + 1);
  if (next != "." && next != "," && next != "\xE2\x80\x99" && next != "\xE2\x80\x9D" && next != "'" && next != "\"") return;
  std::size_t more = k + 2;
  while (more < b && !is_word_token(text, toks[more])) ++more;
  if (more == b) return;
  // The numeral and its closing mark; a comma after a quote stays between.
  std::size_t to = next == "," ? k + 1 : k + 2;
  for (std::size_t t = a; t < to; ++t) labels[t] = kTitle;
}

void report_number_to_title(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  const TokenText word{text, toks};
  std::size_t b = 0;  // the end of the title's span
  while (b < n && labels[b] != kTitle) ++b;
  while (b < n && labels[b] == kTitle) ++b;
  if (b < 3 || b == n) return;
  // "(Catalogue no.", "(Report No", "(NBER Working Paper Nr.": an open bracket a few words before the keyword.
  std::size_t k = b - 1;
  if (word(k) == ".") --k;
  std::string no = ascii_lower(word(k));
  if (no != "no" && no != "nr") return;
  std::size_t open = k;
  while (open > 0 && labels[open - 1] == kTitle && k - open < 6 && word(open) != "(") --open;
  if (word(open) != "(") return;
  // The number, up to the closing bracket, labelled another field.
  std::size_t close = b;
  bool digit = false;
  while (close < n && close - b < 8 && word(close) != ")" && word(close) != "(") {
    digit = digit || word(close).find_first_of("0123456789") != std::string_view::npos;
    ++close;
  }
  if (close == n || word(close) != ")" || !digit || close == b) return;
  for (std::size_t t = b; t <= close; ++t) labels[t] = kTitle;
}

void publisher_series(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  for (std::size_t a = 0; a < n;) {
    std::size_t b = a;
    while (b < n && labels[b] == labels[a]) ++b;
    if (labels[a] == kPublisher) {
      bool word_before = false;
      for (std::size_t k = a; k + 1 < b; ++k) {
        std::string_view w = text.substr(toks[k].begin, toks[k].end - toks[k].begin);
        if (w == "," && word_before) {
          std::string next = ascii_lower(text.substr(toks[k + 1].begin, toks[k + 1].end - toks[k + 1].begin));
          if ((next == "coll" || next == "collection") && k + 2 < b) {
            for (std::size_t t = k + 1; t < b; ++t) labels[t] = kCollection;
            // The series' closing comma or period stays with it; the comma
            // before it ends the publisher.
            break;
          }
        }
        word_before = word_before || is_word_token(text, toks[k]);
      }
    }
    a = b;
  }
}

// A small word inside an organisation's name ("Committee to Protect Journalists", "Instituto Nacional de …").
bool organisation_connector(std::string_view w) {
  static const std::unordered_set<std::string_view> words = {"of", "the", "for", "and", "to", "on", "in", "at",
                                                             "de",  "del", "la",  "des", "du", "da", "do", "e",
                                                             "y",  "et",  "di",  "für", "und", "der", "van"};
  return words.count(w) > 0;
}

// "Journalists Killed since 1992. New York: Committee to Protect Journalists.", "La Bestia: … trata de personas. Mexico
// City: Instituto Nacional de Ciencias Penales." (a report's or a book's place and publisher after its title, no mark
// the model knows): the title span runs on over them.  The title's last sentence (after ". ") as a known place
// (PlaceReader::places), a colon, and one to eight capitalised words and connectors, no digit, with no place or
// publisher labelled: the place and the publisher.
void place_publisher_in_title(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels,
                              const Lexicon& lexicon) {
  for (Label l : labels)
    if (l == kPublisher || l == kLocation) return;
  auto [a, b] = first_run(labels, kTitle);
  PlaceReader reader(text, toks, lexicon);
  auto word = [&](std::size_t k) { return reader.word(k); };
  auto is_word = [&](std::size_t k) { return reader.is_word(k); };
  std::size_t e = b;  // without the closing punctuation
  while (e > a && !is_word(e - 1)) --e;
  for (std::size_t p = a + 3; p + 2 < e; ++p) {
    if (word(p - 1) != "." || !toks[p].space_before || !is_word(p - 2) || word(p - 2).size() < 2) continue;
    std::size_t c = p + 1;
    while (c < e && word(c) != ":" && word(c) != ".") ++c;
    if (c + 1 >= e || word(c) != ":" || !reader.places(p, c)) continue;
    int words = 0;
    for (std::size_t k = c + 1; k < e; ++k) {
      std::string_view w = word(k);
      if (!is_word(k)) {
        if (w != "&" && w != "-" && w != "." && w != ",") return;
        continue;
      }
      ++words;
      bool capital = (w[0] >= 'A' && w[0] <= 'Z') || static_cast<unsigned char>(w[0]) >= 0xC0;
      if (std::any_of(w.begin(), w.end(), [](char ch) { return ch >= '0' && ch <= '9'; }) ||
          (!capital && !organisation_connector(w)))
        return;
    }
    if (words < 1 || words > 8) return;
    for (std::size_t k = p; k <= c; ++k) labels[k] = kLocation;
    for (std::size_t k = c + 1; k < b; ++k) labels[k] = kPublisher;
    return;
  }
}

void title_tail_publisher(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels,
                          const Lexicon& lexicon) {
  const std::size_t n = toks.size();
  if (std::find(labels.begin(), labels.end(), kPublisher) != labels.end()) return;
  auto [a, b] = first_run(labels, kTitle);
  std::size_t e = b;  // without the closing punctuation
  while (e > a && !is_word_token(text, toks[e - 1])) --e;
  if (e < a + 3) return;
  std::vector<LexiconSpan> spans = lexicon_spans(text, toks, lexicon);
  // The gazetteer's span over the title's last word: a publisher's, ending
  // there, with two words of title before it.
  const LexiconSpan& last = spans[e - 1];
  std::size_t s = last.start;
  if (!starts_with(last.cls, "publisher") || s < a + 2 || (e < n && spans[e].cls == last.cls && spans[e].start == s))
    return;
  for (std::size_t k = s; k < b; ++k) labels[k] = kPublisher;
}

// Whether a journal or container is labelled; whether `w` is a journal's word (the lexicon's, "Journal", "Rev"…).
static bool journal_labelled(const std::vector<Label>& labels) {
  return std::find_if(labels.begin(), labels.end(), [](Label l) { return l == kJournal || l == kContainer; }) !=
         labels.end();
}
static bool journal_word(const Lexicon& lexicon, std::string_view w) {
  auto it = lexicon.find(lower(w));
  return (it != lexicon.end() && starts_with(it->second, "journal")) || is_class(w, "jour");
}

// MEDLINE's date at token k, right after a journal's name: a year then ";" ("Blood 1965; 26:281-295"), or a year in
// brackets then the volume ("Pain (1992) 49(1):71-75").
static bool medline_date_at(std::string_view text, const std::vector<Token>& toks, std::size_t k) {
  const std::size_t n = toks.size();
  const TokenText word{text, toks};
  return (k + 1 < n && number_class(word(k)) == "year" && word(k + 1) == ";") ||
         (k + 3 < n && word(k) == "(" && number_class(word(k + 1)) == "year" && word(k + 2) == ")" &&
          is_digit(word(k + 3)[0]));
}

// No title, and the journal's span holds a sentence before a run of dotted abbreviations ("The Geological Society
// of America Geologic Time Scale. Geol. Soc. Am. Bull. 125, 259–272 (2012)", Nature's style): the sentence is the
// title, the abbreviations the journal.  Two abbreviated words at least after the sentence's period, none before it.
static void title_before_abbreviated_journal(std::string_view text, const std::vector<Token>& toks,
                                             std::vector<Label>& labels) {
  if (std::find(labels.begin(), labels.end(), kTitle) != labels.end()) return;
  Label journal = kJournal;
  auto [a, b] = first_run(labels, kJournal);
  if (a == b) {
    journal = kContainer;
    std::tie(a, b) = first_run(labels, kContainer);
  }
  if (a == b || std::find(labels.begin() + b, labels.end(), journal) != labels.end()) return;
  const TokenText word{text, toks};
  auto capital = [&](std::size_t k) { return word(k)[0] >= 'A' && word(k)[0] <= 'Z'; };
  // A word followed by its period: an abbreviation ("Geol."), or a sentence's last word.
  auto dotted = [&](std::size_t k) { return k + 1 < b && word.is_word(k) && word(k + 1) == "." && !toks[k + 1].space_before; };
  for (std::size_t p = a + 1; p + 1 < b; ++p) {
    if (word(p) != "." || !dotted(p - 1) || !toks[p + 1].space_before || !capital(p + 1)) continue;
    // Before it: three words or more, none dotted but the last, the first capitalised.
    std::size_t words = 0;
    bool clean = true;
    for (std::size_t k = a; k + 1 < p && clean; ++k) {
      if (!word.is_word(k)) {
        clean = word(k) == ":" || word(k) == "," || word(k) == "-";
        continue;
      }
      ++words;
      clean = !dotted(k);
    }
    if (!clean || words < 3 || !word.is_word(a) || !capital(a)) return;
    // After it: only capitalised dotted words (two or more) and "&".
    std::size_t abbreviated = 0;
    for (std::size_t k = p + 1; k < b; ++k) {
      if (word.is_word(k)) {
        if (!capital(k) || !dotted(k) || word(k).size() > 6) return;
        ++abbreviated;
      } else if (word(k) != "." && word(k) != "&") {
        return;
      }
    }
    if (abbreviated < 2) return;
    for (std::size_t k = a; k <= p; ++k) labels[k] = kTitle;
    return;
  }
}

void title_tail_journal(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels,
                        const Lexicon& lexicon) {
  const std::size_t n = toks.size();
  if (journal_labelled(labels)) return;
  auto [a, b] = first_run(labels, kTitle);
  const TokenText word{text, toks};
  // No mark after the title, then the date or volume, and an article's numbers labelled after it.
  if (b == a || b >= n || !is_word_token(text, toks[b - 1]) ||
      !(is_digit(word(b)[0]) || (word(b) == "(" && b + 1 < n && is_digit(word(b + 1)[0]))))
    return;
  bool numbers = false;
  for (std::size_t k = b; k < n; ++k) numbers = numbers || labels[k] == kVolume || labels[k] == kPages;
  if (!numbers) return;
  // The capitalised words ending the title, after a word in small letters of four letters or more (not "of").
  auto capitalised = [&](std::string_view w) { return w[0] >= 'A' && w[0] <= 'Z'; };
  std::size_t r = b;
  while (r > a && is_word_token(text, toks[r - 1]) && capitalised(word(r - 1))) --r;
  if (r == b || r < a + 3 || b - r > 6) return;
  std::string_view before = word(r - 1);
  if (before.size() < 4 || before[0] < 'a' || before[0] > 'z') return;
  // MEDLINE's date after the title says a journal ends there, so one capitalised word of three letters or more is
  // enough ("BMJ").
  bool medline_date = medline_date_at(text, toks, b);
  bool journal_word_seen = b - r == 1 && (word(r).size() >= 7 || (medline_date && word(r).size() >= 3));
  for (std::size_t k = r; k < b; ++k) journal_word_seen = journal_word_seen || journal_word(lexicon, word(k));
  if (!journal_word_seen) return;
  for (std::size_t k = r; k < b; ++k) labels[k] = kJournal;
}

void journal_head_title(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  auto [a, b] = first_run(labels, kJournal);
  if (a == b) return;
  const TokenText word{text, toks};
  // MEDLINE's date right after the journal's name (a year then ";", or a year in brackets then the volume), and the
  // volume or pages labelled after it.
  std::size_t e = b;
  while (e > a && !word.is_word(e - 1)) --e;
  if (!medline_date_at(text, toks, b)) return;
  bool numbers = false;
  for (std::size_t k = b; k < n; ++k) numbers = numbers || labels[k] == kVolume || labels[k] == kPages;
  if (!numbers) return;
  // The span's last word in small letters that no journal's name holds as a connector ("of", "für", "de"…).
  static const std::unordered_set<std::string> connectors = {
      "of", "the", "and", "for", "in", "on", "to", "a", "an", "de", "des", "du", "la", "le", "les", "l", "d", "et",
      "en", "und", "der", "die", "das", "für", "fur", "zur", "di", "della", "del", "e", "y", "van", "voor", "och",
      "i", "og", "da", "do", "dos", "em", "na", "no"};
  std::size_t t = e;
  for (std::size_t k = a; k < e; ++k)
    if (word.is_word(k) && word(k)[0] >= 'a' && word(k)[0] <= 'z' && !connectors.count(lower(word(k)))) t = k;
  // A whole word of four letters or more ("ICES mar Sci Symp", "Journal od Experimental Medicine" are names).
  if (t == e || t < a + 1 || word(t).size() < 4 || !toks[t].space_before) return;
  // After it, one to six capitalised words without periods (MEDLINE's abbreviations): the journal's name.  No mark
  // but a hyphen in the span.
  for (std::size_t k = a; k < e; ++k)
    if (!word.is_word(k) && word(k) != "-") return;
  std::size_t words = 0;
  for (std::size_t k = t + 1; k < e; ++k) {
    if (!word.is_word(k)) continue;
    unsigned char c = static_cast<unsigned char>(word(k)[0]);
    if (!(c >= 'A' && c <= 'Z')) return;
    ++words;
  }
  if (words == 0 || words > 6) return;
  // The head is the title's: it runs on from the title labelled right before it, or is the title when none is.
  bool title_before = a > 0 && labels[a - 1] == kTitle;
  if (!title_before && std::find(labels.begin(), labels.end(), kTitle) != labels.end()) return;
  for (std::size_t k = a; k <= t; ++k) labels[k] = kTitle;
}

void title_sentence_journal(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels,
                            const Lexicon& lexicon) {
  const std::size_t n = toks.size();
  if (journal_labelled(labels)) return;
  auto [a, b] = first_run(labels, kTitle);
  const TokenText word{text, toks};
  std::size_t e = b;  // without the closing punctuation
  while (e > a && !is_word_token(text, toks[e - 1])) --e;
  if (e < a + 4 || b >= n) return;
  // The date, volume or pages labelled after the title.
  bool numbers = false;
  for (std::size_t k = b; k < n; ++k) numbers = numbers || labels[k] == kVolume || labels[k] == kPages;
  // Or APA's "Title. Journal. Available: https://…": a link (or "Retrieved", "Available", "Accessed" before it) right
  // after the title, and only a link, a date or a note after that.
  std::size_t f = b;
  while (f < n && !is_word_token(text, toks[f])) ++f;
  if (f < n && is_class(word(f), "web"))  // "Retrieved from", "Available:" (labelled as may be)
    for (std::size_t w = 0; f < n && w < 3 && labels[f] != kUrl && labels[f] != kDoi; ++f) w += is_word_token(text, toks[f]);
  bool link_after = f < n && (labels[f] == kUrl || labels[f] == kDoi);
  for (std::size_t k = f; k < n && link_after; ++k)
    link_after = !is_word_token(text, toks[k]) || labels[k] == kUrl || labels[k] == kDoi || labels[k] == kDate ||
                 labels[k] == kNote;
  if (!numbers && !link_after) return;
  // The title's last sentence: after a period that follows a word of two letters or more.
  std::size_t p = e;
  while (p > a && word(p - 1) != ".") --p;
  if (p < a + 3 || e - p > 6 || !is_word_token(text, toks[p - 2]) || word(p - 2).size() < 2) return;
  for (std::size_t k = p; k < e; ++k)
    if (!is_word_token(text, toks[k])) return;
  if (word(p)[0] < 'A' || word(p)[0] > 'Z') return;
  std::vector<LexiconSpan> spans = lexicon_spans(text, toks, lexicon);
  bool journal = starts_with(spans[p].cls, "journal") && spans[p].start == p &&
                 starts_with(spans[e - 1].cls, "journal") && spans[e - 1].start == p &&
                 (e >= n || spans[e].start != p || spans[e].cls.empty());
  for (std::size_t k = p; k < e && !journal; ++k) journal = journal_word(lexicon, word(k));
  // APA's magazine, newspaper or blog post, "Green, E. (2016, March 22). Black activism, unchurched. The Atlantic.
  // Retrieved from URL": with a month in the date before the title and only a link after it, one to four capitalised
  // words ("The Atlantic", "New York Times") are the periodical the lexicon does not know.
  if (!journal && link_after && e - p <= 4) {
    bool dated = false;
    for (std::size_t k = 0; k < a && !dated; ++k) dated = labels[k] == kDate && is_month_word(lower(word(k)));
    bool capitalised = dated;
    for (std::size_t k = p; k < e && capitalised; ++k) capitalised = word(k)[0] >= 'A' && word(k)[0] <= 'Z';
    journal = capitalised;
  }
  if (!journal) return;
  for (std::size_t k = p; k < b; ++k) labels[k] = kJournal;
}

void note_in_title(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  if (journal_labelled(labels)) return;
  auto [a, b] = first_run(labels, kTitle);
  const TokenText word{text, toks};
  if (a == b || b >= n || labels[b] != kNote || word(b - 1) != ".") return;
  std::size_t c = past_labelled(labels, kNote, b);
  // Closed by a comma before the publisher, as the title is in this style ("Title, Publisher, Place").
  if (c >= n || labels[c] != kPublisher || word(c - 1) != ",") return;
  if (word(b)[0] < 'A' || word(b)[0] > 'Z') return;
  std::size_t words = 0;
  for (std::size_t k = b; k < c; ++k) {
    std::string_view w = word(k);
    if (is_digit(w[0]) || w.size() > 40 || w.find('/') != std::string_view::npos) return;
    words += is_word_token(text, toks[k]) ? 1 : 0;
  }
  if (words < 3) return;
  for (std::size_t k = b; k < c; ++k) labels[k] = kTitle;
}

void journal_volume_note(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels,
                         const Lexicon& lexicon) {
  const std::size_t n = toks.size();
  for (Label l : labels)
    if (l == kJournal || l == kContainer || l == kVolume) return;
  auto [a, b] = first_run(labels, kTitle);
  const TokenText word{text, toks};
  if (a == b || b >= n || labels[b] != kNote) return;
  std::size_t c = past_labelled(labels, kNote, b);
  std::size_t e = c;  // without the closing punctuation
  while (e > b && !is_word_token(text, toks[e - 1])) --e;
  if (e < b + 2 || e - b > 7) return;
  // The number: one to four digits, not a year.
  std::string_view num = word(e - 1);
  if (num.size() > 4 || num.find_first_not_of("0123456789") != std::string_view::npos) return;
  if (int v = std::atoi(std::string(num).c_str()); num.size() == 4 && v >= 1800 && v <= 2039) return;
  if (word(b)[0] < 'A' || word(b)[0] > 'Z') return;
  bool journal = false;
  for (std::size_t k = b; k + 1 < e; ++k) {
    if (!is_word_token(text, toks[k]) || is_digit(word(k)[0])) return;
    journal = journal || journal_word(lexicon, word(k));
  }
  if (!journal) return;
  for (std::size_t k = b; k + 1 < e; ++k) labels[k] = kJournal;
  for (std::size_t k = e - 1; k < c; ++k) labels[k] = kVolume;
}

// "In: ISF/INIFES (Hg.): Jahrbuch …", "in: Arno Combe und Werner Helsper (Hg.): Pädagogische Professionalität", "In:
// NGO Committee on the Family (Eds.) Families international": the editors and the book in one container span.  Up
// to the editors' word in brackets (and the punctuation after it) the span is the editors', when it opens with
// "In" and a book follows.
void editors_in_container(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  const TokenText word{text, toks};
  for (std::size_t a = 0; a < n; ++a) {
    if (labels[a] != kContainer || (a > 0 && labels[a - 1] == kContainer)) continue;
    std::size_t b = past_labelled(labels, kContainer, a);
    std::size_t first = a;
    while (first < b && !is_word_token(text, toks[first])) ++first;
    if (first + 4 >= b || !is_class(word(first), "in")) continue;
    for (std::size_t k = first + 2; k + 3 < b; ++k) {
      if (word(k) != "(") continue;
      std::size_t c = k + 1;
      if (!is_class(word(c), "ed")) break;
      ++c;
      if (c < b && word(c) == ".") ++c;
      if (c >= b || word(c) != ")") break;
      ++c;
      if (c < b && (word(c) == ":" || word(c) == "," || word(c) == ".")) ++c;
      // A book after it: a word, not only the span's closing punctuation.
      bool book = false;
      for (std::size_t t = c; t < b; ++t) book = book || is_word_token(text, toks[t]);
      if (!book) break;
      for (std::size_t t = a; t < c; ++t) labels[t] = kEditor;
      break;
    }
    a = b;
  }
}

void book_after_editors(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  // "Crime News. S. 127-135 in: Cohen, St. (Hrsg.), The Manufacture of News": the chapter before its pages and the
  // editors, labelled a container as the book after them, no title labelled: the chapter is the title.
  if (std::find(labels.begin(), labels.end(), kTitle) == labels.end()) {
    auto [a, b] = first_run(labels, kContainer);
    std::size_t e = past_labelled(labels, kPages, b);
    std::size_t f = past_labelled(labels, kEditor, e);
    if (a < b && e > b && f > e && f < n && labels[f] == kContainer &&
        is_class(text.substr(toks[e].begin, toks[e].end - toks[e].begin), "in"))
      for (std::size_t k = a; k < b; ++k) labels[k] = kTitle;
  }
  for (Label l : labels)
    if (l == kJournal || l == kContainer) return;
  auto [a, b0] = first_run(labels, kTitle);
  // "Title. S. 209-225 in: Editors (Hrsg.), Book" (the chapter's pages before its "in").
  std::size_t b = past_labelled(labels, kPages, b0);
  if (a == b || b >= n || (labels[b] != kEditor && labels[b] != kContributor)) return;
  // The editors' span opens with "In" ("In:", "in", "dans", "en").
  std::size_t c = b;
  while (c < n && !is_word_token(text, toks[c])) ++c;
  if (c >= n || labels[c] != labels[b] || !is_class(text.substr(toks[c].begin, toks[c].end - toks[c].begin), "in"))
    return;
  std::size_t d = b;
  while (d < n && labels[d] == labels[b]) ++d;
  if (d >= n || labels[d] != kTitle) return;
  for (std::size_t k = d; k < n && labels[k] == kTitle; ++k) labels[k] = kContainer;
}

// "in: N. Luhmann (Hg.), Soziale Differenzierung, Opladen: Westdeutscher Verlag", "In: H. Pohl (Hg.): Deutsche
// Börsengeschichte, Frankfurt, Fritz Knapp Verlag", "in L. Berkowitz (Hrsg.), Advances in experimental social
// psychology. Band 6.": the book after a chapter's editors (their span opening with "in", closing with "(Hg.)",
// "(Hrsg.)", "(eds.)") read as the place, the publisher or a journal, with no container labelled.  A journal's span
// there is the book; a publisher's when a place follows it; a place's up to its last comma, colon or period when a
// place follows that ("Soziale Differenzierung, Opladen:", "Medienwirkungsforschung. Tübingen:"), or all of it when
// it is no place.
void book_after_chapter_editors(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels,
                                const Lexicon& lexicon) {
  const std::size_t n = toks.size();
  if (std::find(labels.begin(), labels.end(), kContainer) != labels.end()) return;
  const TokenText word{text, toks};
  auto [t0, t1] = first_run(labels, kTitle);
  if (t0 == t1) return;
  std::size_t b = first_labelled(labels, kEditor, t1);
  std::size_t first = b;
  while (first < n && labels[first] == kEditor && !is_word_token(text, toks[first])) ++first;
  if (first >= n || labels[first] != kEditor || !is_class(word(first), "in")) return;
  std::size_t d = past_labelled(labels, kEditor, first);
  // The span's end: "(Hg.)" and a mark.
  std::size_t c = d;
  while (c > first && (word(c - 1) == "," || word(c - 1) == ":" || word(c - 1) == ".")) --c;
  if (c < first + 4 || word(c - 1) != ")") return;
  std::size_t role = c - 2;
  if (word(role) == "." && role > first) --role;
  if (!is_class(word(role), "ed") || word(role - 1) != "(") return;
  if (d >= n) return;
  const Label l = labels[d];
  if (l != kLocation && l != kPublisher && l != kJournal) return;
  std::size_t f = past_labelled(labels, l, d);
  std::size_t to = f;
  if (l == kPublisher) {
    if (f >= n || labels[f] != kLocation) return;
  } else if (l == kLocation) {
    PlaceReader reader(text, toks, lexicon);
    std::size_t last = f;
    while (last > d && !is_word_token(text, toks[last - 1])) --last;
    std::size_t sep = last;
    while (sep > d && word(sep - 1) != "," && word(sep - 1) != ":" &&
           !(word(sep - 1) == "." && sep < last && toks[sep].space_before))
      --sep;
    if (sep > d + 1) {
      if (!reader.places(sep, last)) return;
      to = sep;
    } else if (reader.places(d, last, true)) {
      return;
    }
  }
  for (std::size_t k = d; k < to; ++k) labels[k] = kContainer;
}

// An edited book: its editors open the reference (after its number), no author and no title labelled.
//  - "Ghost Stories. Ed. Peter Washington.", "Theology Volume 3 (ed. Colin Brown),": the book's title before a
//    capitalised editors' word after its period, or "(ed." with a capitalised name after it, read into the editors'
//    span (the words before hold no comma, so "Smith, J. Ed." stays the editors'): the title.
//  - The span after the editors' (and their date) ends with an editors' word ("(ed.),", "editors.", "(Hg.)"):
//    "Philip Norton (ed.), Legislatures (Oxford: Oxford University Press, 1990).", "Whenham, John (ed.), Claudio
//    Monteverdi: Orfeo (Cambridge University Press, 1986).": the words up to the bracket that opens the publication's
//    facts (a year inside it), read as the place or the publisher, are the title; "…, editors. In the Embrace of the
//    Swan: …. Walter de Gruyter, 2010.": a container alone (no journal, no "in" before it) is the title; "Klemisch, H.
//    (Hg.) (1997): Öko-Audit und Partizipation, Köln": a note ending in ", Place" is the title and the place.
void edited_book_title(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels,
                       const Lexicon& lexicon) {
  const std::size_t n = toks.size();
  for (Label l : labels)
    if (l == kTitle || l == kAuthor || l == kJournal) return;
  const TokenText word{text, toks};
  auto capital = [&](std::size_t k) { return word(k)[0] >= 'A' && word(k)[0] <= 'Z'; };
  std::size_t a = past_labelled(labels, kCitationNumber, 0);
  if (a >= n || labels[a] != kEditor) return;
  std::size_t e = past_labelled(labels, kEditor, a);
  std::size_t first = a;
  while (first < e && !word.is_word(first)) ++first;
  // A chapter's authors before the book's editors ("B. Carter in Black Holes (Ed. …)", "Arabische Liga, in: Mates
  // (Hg): Book"): not an edited book.
  for (std::size_t k = first; k < e; ++k)
    if (word.is_word(k) && is_class(word(k), "in")) return;
  // "Title. Ed. Name." / "Title (ed. Name)".
  for (std::size_t k = first + 2; k + 2 < e; ++k) {
    if (word(k - 1) == ",") break;
    if (!word.is_word(k) || !is_class(word(k), "ed") || word(k + 1) != "." || !word.is_word(k + 2) || !capital(k + 2)) continue;
    bool after_period = word(k - 1) == "." && capital(k) && k >= 2 && word.is_word(k - 2) && word(k - 2).size() >= 2;
    bool bracket = word(k - 1) == "(";
    if (!after_period && !bracket) continue;
    int words = 0;
    for (std::size_t t = first; t + 1 < k; ++t) words += word.is_word(t);
    if (words < 2) break;
    for (std::size_t t = a; t + 1 < k; ++t) labels[t] = kTitle;
    return;
  }
  // The editors' span closes with an editors' word.
  std::size_t c = e;
  while (c > first && (word(c - 1) == "," || word(c - 1) == ":" || word(c - 1) == "." || word(c - 1) == ")" ||
                       word(c - 1) == "]"))
    --c;
  if (c <= first || !is_class(word(c - 1), "ed")) return;
  std::size_t s = past_labelled(labels, kDate, e);
  if (s >= n || !word.is_word(s)) return;
  const Label l = labels[s];
  std::size_t f = past_labelled(labels, l, s);
  if (l == kContainer) {
    for (std::size_t k = f; k < n; ++k)
      if (labels[k] == kContainer || labels[k] == kEditor) return;
    for (std::size_t k = s; k < f; ++k)
      if (word.is_word(k) && k > s && is_class(word(k), "in") && k + 1 < f && word(k + 1) == ":") return;
    for (std::size_t k = s; k < f; ++k) labels[k] = kTitle;
    return;
  }
  if (l != kLocation && l != kPublisher && l != kNote) return;
  // The bracket opening the publication's facts, a year inside it.
  for (std::size_t p = s + 1; p < n; ++p) {
    if (labels[p] != kLocation && labels[p] != kPublisher && labels[p] != kNote) break;
    if (word(p) != "(") continue;
    bool year = false;
    for (std::size_t q = p + 1; q < n && word(q) != ")" && word(q) != "("; ++q)
      year = year || (labels[q] == kDate && number_class(word(q)) == "year");
    if (!year) break;
    for (std::size_t k = s; k < p; ++k) labels[k] = kTitle;
    return;
  }
  if (l != kNote) return;
  // A note ending in ", Place".
  std::size_t last = f;
  while (last > s && !word.is_word(last - 1)) --last;
  std::size_t comma = last;
  while (comma > s && word(comma - 1) != ",") --comma;
  if (comma <= s + 1 || comma >= last) return;
  PlaceReader reader(text, toks, lexicon);
  if (!reader.places(comma, last)) return;
  for (std::size_t k = s; k < comma; ++k) labels[k] = kTitle;
  for (std::size_t k = comma; k < f; ++k) labels[k] = kLocation;
}

void medium_journal(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  for (Label l : labels)
    if (l == kJournal || l == kContainer) return;
  const TokenText word{text, toks};
  for (std::size_t o = 1; o + 2 < n; ++o) {
    if (word(o) != "[") continue;
    // "[Internet]", "[en línea]", "[online]": NLM's and ISO 690's medium after a journal's name.
    std::size_t c = o + 1;
    std::string inside;
    while (c < n && c <= o + 3 && word(c) != "]") inside += (inside.empty() ? "" : " ") + lower(word(c)), ++c;
    if (c == n || word(c) != "]") return;
    if (inside != "internet" && inside != "online" && inside != "en l\xC3\xADnea" && inside != "en linea" &&
        inside != "en ligne")
      return;
    // The name's end: the bracket, or the period before it when the medium
    // has a sentence of its own ("PLoS ONE. [en ligne]. 24 janvier 2024", ISO 690).
    std::size_t j = o;
    if (word(o - 1) == "." && o >= 2 && labels[o] != labels[o - 1]) j = o - 1;
    const Label l = labels[j - 1];
    if (l != kTitle && l != kNote) return;
    // The journal's name: back to the sentence's start inside the title
    // ("… spinosaurid evolution. PLoS ONE [Internet]."), or the note span's.
    std::size_t a = j;
    int words = 0;
    while (a > 0 && labels[a - 1] == l && word(a - 1) != ".") words += is_word_token(text, toks[--a]);
    if (words < 1 || words > 8) return;
    // A name (capitalised, no year in it) and the issue after it ("2022 Feb 16;17(2)").
    std::size_t first = a;
    while (first < j && !is_word_token(text, toks[first])) ++first;
    if (first == j || !(word(first)[0] >= 'A' && word(first)[0] <= 'Z')) return;
    for (std::size_t k = first; k < j; ++k)
      if (number_class(word(k)) == "year") return;
    std::size_t next = c + 1;
    while (next < n && !is_word_token(text, toks[next])) ++next;
    if (next == n || !is_digit(word(next)[0])) return;
    if (l == kTitle) {
      if (a == 0 || labels[a - 1] != kTitle) return;  // the whole title
      std::size_t t = a - 1;
      int title_words = 0;
      while (t > 0 && labels[t - 1] == kTitle) title_words += is_word_token(text, toks[--t]);
      if (title_words < 2) return;
    }
    // With the bracket and its period when they follow the name directly.
    std::size_t e = j < o ? o : c + 1;
    if (e == c + 1 && e < n && word(e) == "." && labels[e] == labels[c]) ++e;
    for (std::size_t k = a; k < e; ++k) labels[k] = kJournal;
    return;
  }
}

void given_name_before_colon(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  auto [a, b] = first_run(labels, kAuthor);
  if (b >= n || b < a + 2 || labels[b] != kTitle) return;
  const TokenText word{text, toks};
  if (word(b - 1) != ",") return;
  // "HINTON, | GEOFFREY: Speech …", "TSENG, | KUO-TSUNG: Fast …", "ESTRAVIZ-LÓPEZ, | DARÍO: A new …" (DIN 1505):
  // one to three capitalised words, hyphens or initials' periods, then the colon that ends the names.
  // Names in capitals, as DIN 1505 prints them (small capitals), the family name before the comma too.
  auto capitals = [](std::string_view w) {
    return w.size() >= 2 && std::none_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
           std::any_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  };
  // Or in upper and lower case, as German bibliographies print DIN's names ("Quack, Sigrid; Hildebrandt, | Swen:
  // Structuring …", "Krappmann, | Lothar: Soziologische …"): a capital, then a small letter.
  auto mixed = [](std::string_view w) {
    std::size_t i = 0;
    if (w.size() < 2 || !is_upper_letter(next_utf8(w, i))) return false;
    return std::any_of(w.begin() + i, w.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c & 0x80); });
  };
  // The family name ("HINTON", "ESTRAVIZ-LÓPEZ") starts its name ("GRAVES, ALEX ; … HINTON,"), not after initials
  // ("D. E. KNUTH, METAFONT:").
  if (b < a + 2) return;
  const bool caps = capitals(word(b - 2));
  if (!caps && !mixed(word(b - 2))) return;
  auto name_word = [&](std::size_t k) { return is_word_token(text, toks[k]) && (caps ? capitals(word(k)) : mixed(word(k))); };
  std::size_t f = b - 2;
  while (f > a && (word(f - 1) == "-" || name_word(f - 1))) --f;
  auto separator = [&](std::string_view w) {
    return w == ";" || w == "/" || (!caps && (w == "&" || w == "und" || w == "and"));
  };
  if (f > a && !separator(word(f - 1))) return;
  int words = 0;
  std::size_t k = b;
  for (; k < n && k < b + 8 && labels[k] == kTitle && word(k) != ":"; ++k) {
    std::string_view w = word(k);
    if (is_word_token(text, toks[k])) {
      if (!(caps ? capitals(w) : mixed(w)) && !(w.size() == 1 && w[0] >= 'A' && w[0] <= 'Z')) return;
      ++words;
    } else if (w != "-" && w != ".") {
      return;
    }
  }
  if (k == n || word(k) != ":" || labels[k] != kTitle || words < 1 || words > 3) return;
  // In upper and lower case a title may open so too ("Krise, Kritik: …" is rare; "Europa, Asien:" is not): the
  // word is a given name by the list, or one family name stands alone before its comma (the only person), or an
  // earlier person of the span is written "Family, Given" before a separator ("Hennig, Jörg & Huth, | Lutz:").
  bool lone = f == a;  // one family name, its parts joined by hyphens
  for (std::size_t t = a + 1; lone && t + 1 < b; ++t) lone = !(is_word_token(text, toks[t]) && is_word_token(text, toks[t - 1]));
  if (!caps && !given_name_word(word(b)) && !lone) {
    bool family_given = false;
    for (std::size_t t = a; t + 3 < f && !family_given; ++t)
      family_given = word(t) != "," && word(t + 1) == "," && mixed(word(t + 2)) && name_word(t + 2) &&
                     separator(word(t + 3)) && word(t + 2).size() > 1;
    if (!family_given) return;
  }
  for (std::size_t t = b; t <= k; ++t) labels[t] = kAuthor;
}

void author_after_title(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  for (Label l : labels)
    if (l == kAuthor || l == kEditor) return;
  std::size_t a = past_labelled(labels, kCitationNumber, 0);
  if (a == n || labels[a] != kTitle) return;
  std::size_t b = past_labelled(labels, kTitle, a);
  if (b == n || (labels[b] != kLocation && labels[b] != kPublisher)) return;
  const TokenText word{text, toks};
  auto capitalised = [&](std::size_t k) {
    std::string_view w = word(k);
    return is_word_token(text, toks[k]) && w[0] >= 'A' && w[0] <= 'Z' &&
           std::none_of(w.begin() + 1, w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  };
  // The title's last sentence: after a period that ends a word of two letters or more (not an initial's), with a
  // space after it; it ends with a period.
  if (b < a + 4 || word(b - 1) != ".") return;
  std::size_t p = b - 1;
  while (p > a && !(word(p) == "." && p + 1 < b && toks[p + 1].space_before && is_word_token(text, toks[p - 1]) &&
                    word(p - 1).size() >= 2))
    --p;
  if (p <= a + 1 || p + 1 >= b - 1) return;
  // "Otto Demus.", "Blanche R. Brown.": two to four capitalised words (initials with their periods), the first a
  // given name.
  int words = 0;
  for (std::size_t k = p + 1; k + 1 < b; ++k) {
    if (word(k) == ".") {
      if (word(k - 1).size() != 1) return;
      continue;
    }
    if (!capitalised(k)) return;
    ++words;
  }
  if (words < 2 || words > 4 || !given_name_word(word(p + 1))) return;
  for (std::size_t k = p + 1; k < b; ++k) labels[k] = kAuthor;
}

// A Russian given name's initial of two letters, "Yu." in "A. Yu. Smirnov" (not "Vo." nor "Jr.").
bool transliterated_initial(std::string_view w) {
  for (const char* p : {"Yu", "Ya", "Yo", "Zh", "Kh", "Ch", "Sh", "Ts", "Th"})
    if (w == p) return true;
  return false;
}

// "J. Lujan, S.K. Ostwald, M. Ortiz Promotora diabetes intervention …", "R. Rosenfeld and D. S. Touretzky Coarse-coded
// symbol memories …" (given names first, no mark after the last family name): the model ends the names at the
// initials and reads the family name into the title.  When the author span ends with initials (capitals of one or
// two letters, with or without their periods) that follow a comma, semicolon, "and" or "&", the person before
// that separator is written initials first too ("S.K. Ostwald"), and the title opens with a capitalised word
// (hyphenated parts glued to it) that is not a title's usual first word, that word is the last author's family name.
// The other way round, "Triolo, RJ; …; Capadona, JR Development of …" (family name, comma, initials without
// periods, persons split by semicolons): the title's first word in capitals of one to three letters after the last
// author's comma is the initials, when the person before is written so too.
void family_name_opening_title(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  auto [a, b] = first_run(labels, kTitle);
  if (a == b || a < 2 || labels[a - 1] != kAuthor) return;
  for (std::size_t k = 0; k < a; ++k)
    if (labels[k] != kAuthor && labels[k] != kCitationNumber) return;
  const TokenText word{text, toks};
  auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  auto lower_letter = [](char c) { return c >= 'a' && c <= 'z'; };
  // An initial: one or two capitals ("M", "JR" where no periods are written; not "Vo." nor "Jr.").
  auto initial = [&](std::size_t k, std::size_t most) {
    std::string_view w = word(k);
    return word.is_word(k) && !w.empty() && w.size() <= most && std::all_of(w.begin(), w.end(), [](char c) {
             return c >= 'A' && c <= 'Z';
           });
  };
  auto capitals = [&](std::size_t k) {
    std::string_view w = word(k);
    return std::all_of(w.begin(), w.end(), [&](char c) { return upper(c); });
  };
  auto separator = [&](std::size_t k) {
    std::string_view w = word(k);
    return w == "," || w == ";" || w == "&" || w == "and";
  };
  // The title's words after the moved ones: three at least.
  auto title_words_from = [&](std::size_t k) {
    int words = 0;
    for (; k < b; ++k) words += word.is_word(k);
    return words;
  };
  // Back over the initials ending the author span (with their periods and hyphens: "S.K.", "A.-M.", "Yu.").
  auto initials_start = [&](std::size_t e) {
    std::size_t k = e;
    int count = 0;
    while (k > 0) {
      // A transliterated initial of two letters, its period glued, too: "D.Yu. Vodolazov" (not "H. T. Vo.").
      bool dotted = word(k - 1) == "." && k - 1 > 0 && transliterated_initial(word(k - 2));
      if ((word(k - 1) == "." || word(k - 1) == "-") && k - 1 > 0 && (initial(k - 2, 2) || dotted) &&
          !toks[k - 1].space_before) {
        k -= 2;
        ++count;
      } else if (initial(k - 1, 2)) {
        --k;
        ++count;
      } else {
        break;
      }
    }
    return count > 0 ? k : e;
  };
  std::string_view first = word(a);
  if (!word.is_word(a) || !upper(first[0])) return;
  bool has_lower = std::any_of(first.begin(), first.end(), lower_letter);
  // Given names first: "… M. Ortiz Promotora …".
  if (has_lower && first.size() >= 2 && toks[a].space_before) {
    static const char* const kOpening[] = {"The", "A", "An", "On", "In", "Of", "For", "From", "To", "Towards", "Toward",
                                           "How", "What", "Why", "When", "Where", "Who", "Is", "Are", "Do", "Does",
                                           "Can", "New", "Der", "Die", "Das", "Ein", "Eine", "Le", "La", "Les", "Un",
                                           "Une", "Des", "Du", "De", "El", "Los", "Las", "Il", "Lo", "Gli", "Het",
                                           "Een", "Über", "Zur", "Zum", "Sur", "Pour", "With", "Using", "Beyond",
                                           "Between", "About", "Some", "Notes", "Note", "Review", "Editorial"};
    // The family name's parts glued by a hyphen or an apostrophe ("Il'yashenko", "Mal'cev", "O'Brien", "Smith-Jones"):
    // the token after its last part.
    auto family_end = [&](std::size_t k) {
      std::size_t end = k + 1;
      while (end + 1 < b && (word(end) == "-" || word(end) == "'" || word(end) == "\xE2\x80\x99") &&
             !toks[end].space_before && !toks[end + 1].space_before && word.is_word(end + 1))
        end += 2;
      return end;
    };
    // Not "Il'yashenko" (an apostrophe glued to it: no article).
    bool apostrophe = a + 1 < b && (word(a + 1) == "'" || word(a + 1) == "\xE2\x80\x99") && !toks[a + 1].space_before;
    for (const char* w : kOpening)
      if (first == w && !apostrophe) return;
    std::size_t s = initials_start(a);
    if (s == a) return;
    std::size_t f0 = 0;
    while (f0 < a && labels[f0] == kCitationNumber) ++f0;
    // The only author's initials, the family name after them and a comma: "A. Yu. Smirnov, in Proc. of …"; or a
    // period, the title's words after it: "Yu. Il'yashenko. Centennial history of …" (an author of initials alone
    // is no person: the word after them is the family name).
    // "Yu. Il'yashenko and S. Yakovenko, Finitely-smooth …": the others after "and", "&" or a comma, initials first,
    // join them.
    if (s == f0 && word(a - 1) == "." && !std::any_of(first.begin() + 1, first.end(), upper)) {
      std::size_t end = family_end(a);
      for (;;) {
        std::size_t k = end;
        if (k + 1 < b && word(k) == "," && (word(k + 1) == "and" || word(k + 1) == "&")) ++k;
        if (k >= b || (word(k) != "and" && word(k) != "&" && word(k) != ",")) break;
        std::size_t g = ++k;
        while (k + 1 < b && (initial(k, 2) || transliterated_initial(word(k))) && word(k + 1) == "." &&
               !toks[k + 1].space_before)
          k += 2;
        if (k == g || k >= b || !word.is_word(k) || !upper(word(k)[0]) || !std::any_of(word(k).begin(), word(k).end(),
                                                                                    lower_letter))
          break;
        end = family_end(k);
      }
      if (end < b && (word(end) == "," || (word(end) == "." && title_words_from(end + 1) >= 3))) {
        for (std::size_t k = a; k <= end; ++k) labels[k] = kAuthor;
        return;
      }
    }
    if (s == 0 || !separator(s - 1)) return;
    // The first author written so too ("Lindwer, M. Marculescu, D. …" is family first).
    if (!initial(f0, 2)) return;
    // The person before the separator: initials, then a capitalised family name ending it.
    std::size_t e = s - 1;
    if (word(e) == "and" && e > 0 && word(e - 1) == ",") --e;
    if (e == 0 || !word.is_word(e - 1) || !upper(word(e - 1)[0]) || initial(e - 1, 2)) return;
    std::size_t f = e - 1;
    while (f > 1 && word(f - 1) == "-" && !toks[f - 1].space_before && word.is_word(f - 2)) f -= 2;
    if (initials_start(f) == f) return;
    std::size_t end = family_end(a);
    if (title_words_from(end) < 3) return;
    if (word(end) == ",") ++end;  // the person's comma: "D.Yu. Vodolazov, Intrinsic …"
    for (std::size_t k = a; k < end; ++k) labels[k] = kAuthor;
    return;
  }
  // Family name first, initials without periods: "…; Capadona, JR Development …".
  if (capitals(a) && first.size() <= 3 && a + 1 < b && toks[a + 1].space_before && word.is_word(a + 1) &&
      upper(word(a + 1)[0]) && word(a - 1) == "," && a >= 5) {
    // The person before: "Family, II;" (or the first author: "Family, II" after the start).
    std::size_t sep = a - 2;  // the family name is a - 2 (one word) or hyphenated
    while (sep > 1 && word(sep - 1) == "-" && !toks[sep - 1].space_before) sep -= 2;
    if (sep == 0 || word(sep - 1) != ";") return;
    std::size_t p = sep - 1;
    if (p < 3 || !capitals(p - 1) || word(p - 1).size() > 3 || word(p - 2) != ",") return;
    if (title_words_from(a + 1) < 3) return;
    labels[a] = kAuthor;
  }
}

// "A. D. Linde, Chaotic Inflation, Phys.Lett., B129, (1983).", "S. Coleman, Q-balls, Nucl. Phys. B262, 263 (1985).",
// The author span a reference opens with (after its number, if any): [a0, e); false when it opens otherwise.
bool opening_author_span(const std::vector<Label>& labels, std::size_t& a0, std::size_t& e) {
  const std::size_t n = labels.size();
  a0 = 0;
  while (a0 < n && labels[a0] == kCitationNumber) ++a0;
  if (a0 == n || labels[a0] != kAuthor) return false;
  e = a0;
  while (e < n && labels[e] == kAuthor) ++e;
  return true;
}

// The one author span a reference opens with, [a0, e), when no author span
// follows and at most one title span, right after it or later.
bool sole_opening_author_span(const std::vector<Label>& labels, std::size_t& a0, std::size_t& e) {
  if (!opening_author_span(labels, a0, e)) return false;
  for (std::size_t k = e; k < labels.size(); ++k)
    if (labels[k] == kAuthor || (labels[k] == kTitle && k > e && labels[k - 1] != kTitle)) return false;
  return true;
}

// A word token whose first letter is a capital (any script).
bool capitalised_word(std::string_view text, const Token& t) {
  std::size_t i = 0;
  return is_word_token(text, t) && is_upper_letter(next_utf8(text.substr(t.begin, t.end - t.begin), i));
}

// "2003", "2004a": four digits from 1 or 2, a small letter after them or not (a year, told apart in a bibliography).
bool lettered_year(std::string_view y) {
  std::size_t digits = 0;
  while (digits < y.size() && is_digit(y[digits])) ++digits;
  return digits == 4 && (y[0] == '1' || y[0] == '2') &&
         (y.size() == 4 || (y.size() == 5 && y[4] >= 'a' && y[4] <= 'z'));
}

// "Statistisches Bundesamt, 2004a: Statistisches Jahrbuch …", "Wehner, Cecilie; Abrahamson, Peter, 2003a: Labour
// Supply …": the year after the names, with no bracket round it, read as the title's first word.  When no date is
// labelled before the title (an access date may follow) and the title opens, right after the authors or editors, with
// a year and a colon, period or comma, those two are the date.
void year_opening_title(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  auto [t, e] = first_run(labels, kTitle);
  if (std::find(labels.begin(), labels.begin() + t, kDate) != labels.begin() + t) return;
  if (t == 0 || e < t + 4 || (labels[t - 1] != kAuthor && labels[t - 1] != kEditor)) return;
  const TokenText word{text, toks};
  if (!lettered_year(word(t)) || (word(t + 1) != ":" && word(t + 1) != "." && word(t + 1) != ",") || t + 2 >= n) return;
  labels[t] = labels[t + 1] = kDate;
}

// "Klaus Dörre: Funktionswandel der Gewerkschaften, in: …", "Udo Kruse/Silke Kruse: Sozialwahl 2011 …", "[9] T. Mora:
// Die Zukunft der Arbeit" (German footnotes and numbered lists print the names given name first and end them with a
// colon): the model read the names into the title, or took the initials alone for the author.  When nothing but a
// citation number, or initials labelled author, comes before the title, and the names up to a colon are persons
// written given name first (known given names, given_name_word, or initials; then a capitalised family name, its
// parts joined by hyphens) separated by "/", ";", ",", "&", "und" or "and", those words and the colon are the authors.
// Names in the title with no known given name ("U.S. Policy: …") stay the title's.  So too the later persons of a
// list whose first is written family name first ("Hahne, Michael, Eric Lettkemann, | Renate Lieb und Martin Meister |
// 2006,"): persons written so between the author span's comma and the date (or a year left in the title) are the
// span's.
void given_first_names_before_colon(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  const TokenText word{text, toks};
  auto initial = [&](std::size_t k) {
    std::string_view w = word(k);
    return w.size() == 1 && w[0] >= 'A' && w[0] <= 'Z' && k + 1 < n && word(k + 1) == "." && !toks[k + 1].space_before;
  };
  auto given = [&](std::size_t k) { return is_word_token(text, toks[k]) && given_name_word(word(k)); };
  auto initials_word = [](std::string_view w) {
    return w.size() <= 3 && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  };
  // The persons from token p on: the token after the last family name (the separator after the last person when words
  // not so written follow it; npos when the first are not), and whether a given name of the list was among them.
  auto persons_end = [&](std::size_t p, bool& known) {
    for (std::size_t last = std::string_view::npos;; last = p - 1) {
      std::size_t g = p, last_given = std::string_view::npos;
      while (p < n) {
        if (initial(p)) {
          p += 2;
        } else if (given(p)) {
          known = true;
          last_given = p++;
        } else {
          break;
        }
        if (p + 1 < n && word(p) == "-" && (initial(p + 1) || given(p + 1))) ++p;  // "H.-J.", "Hans-Walter"
      }
      // The family name: not initials without periods ("Falk RH, Leavitt JI.": Vancouver's names, family first); the
      // last of the given names when a family name is a given name too ("Karin G. Hartwig,").
      bool family = p < n && capitalised_word(text, toks[p]) && !initial(p) && !initials_word(word(p));
      if (!family && last_given != std::string_view::npos && last_given > g && last_given + 1 == p) p = last_given;
      else if (!family) return last;
      if (p == g) return last;
      for (++p; p + 1 < n && word(p) == "-" && capitalised_word(text, toks[p + 1]);) p += 2;
      if (p >= n) return std::string_view::npos;
      std::string_view w = word(p);
      if (w != "/" && w != ";" && w != "," && w != "&" && w != "und" && w != "and") return p;
      ++p;
    }
  };
  auto all_title = [&](std::size_t from, std::size_t to) {
    for (std::size_t k = from; k < to; ++k)
      if (labels[k] != kTitle) return false;
    return true;
  };
  std::size_t a = past_labelled(labels, kCitationNumber, 0);
  std::size_t t = a;  // the title's first token
  while (t < n && labels[t] == kAuthor) ++t;
  if (t == n || labels[t] != kTitle) return;
  bool known = false;
  bool initials = true;
  for (std::size_t k = a; k < t; ++k) initials = initials && (initial(k) || word(k) == "." || word(k) == "-");
  if (t > a && word(t - 1) == ".") {
    // "Patrice G. Poutrus, Teure Genossen. | Die Emigranten …", "Frank Hadler, Drachen und Drachentöter. | Das Problem
    // …" (footnotes: the names given name first, a comma, the title): the title's first sentence read as a name.
    std::size_t p = persons_end(a, known);
    // Capitalised words with no given name, initial or separator among them ("…, and John Hennessy.", "…, K White,
    // Anshuman Razdan, and Peter Wonka." are persons the list does not know).
    bool title = known && p != std::string_view::npos && p + 2 < t && word(p) == "," && capitalised_word(text, toks[p + 1]) &&
                 word(p + 1) != "Jr" && word(p + 1) != "Sr";  // "Robert P. Chase, Jr."
    for (std::size_t k = p + 1; title && k + 1 < t; ++k) {
      std::string_view w = word(k);
      title = !given(k) && !initial(k) && w != "," && w != ";" && w != "/" && w != "&" && w != "and";
    }
    if (title) {
      for (std::size_t k = p + 1; k < t; ++k) labels[k] = kTitle;
      return;
    }
    known = false;
  }
  if (initials) {
    std::size_t p = persons_end(a, known);
    if (p == std::string_view::npos || word(p) != ":" || (!known && t == a) || p + 2 >= n || !all_title(t, p + 3)) return;
    for (std::size_t k = a; k <= p; ++k) labels[k] = kAuthor;
    return;
  }
  if (word(t - 1) != ",") return;
  // "Meyer, Joachim und Anna Schulz: Die Stadt …", "Meyer, Joachim, und Anna Schulz:": the first person's given names
  // alone (its family name before the comma), then "und", "/", "&" or "and" and the others given names first.
  std::size_t q = t;
  bool first_given = false;
  {
    std::size_t g = t;
    while (g < n && (initial(g) || given(g))) g += initial(g) ? 2 : 1;
    std::size_t sep = g < n && word(g) == "," ? g + 1 : g;
    if (g > t && given(t) && sep < n &&
        (word(sep) == "/" || word(sep) == "&" || word(sep) == "und" || word(sep) == "and")) {
      q = sep + 1;
      first_given = known = true;
    } else if ((word(t) == "und" || word(t) == "and" || word(t) == "&") && t >= 2 && given(t - 2)) {
      q = t + 1;  // "Meyer, Joachim, | und Anna Schulz:": the model ended the names at the comma
      first_given = known = true;
    }
  }
  std::size_t p = persons_end(q, known);
  if (p == std::string_view::npos || !known || !all_title(t, p)) return;
  // The persons' list before a colon, the title after it: two persons at least (not "Meyer, Joachim, Thomas Mann:
  // Leben und Werk", a title naming one).
  auto colon_list = [&] {
    if (word(p) != ":" || p + 2 >= n || !all_title(p, p + 3)) return false;
    if (first_given) return true;
    for (std::size_t k = q; k < p; ++k)
      if (word(k) == "/" || word(k) == "&" || word(k) == "und" || word(k) == "and" || word(k) == ";") return true;
    return false;
  };
  if (colon_list()) {
    for (std::size_t k = t; k <= p; ++k) labels[k] = kAuthor;
    return;
  }
  // The date the model labelled, or a year it left in the title ("… und Petra Krüger 2003, Rollen …"): four digits
  // (a letter after them: "2004a"), then a comma, colon or period.
  if (labels[p] != kDate) {
    if (!lettered_year(word(p))) return;
    if (p + 2 >= n || labels[p] != kTitle || (word(p + 1) != "," && word(p + 1) != ":" && word(p + 1) != ".")) return;
    labels[p] = labels[p + 1] = kDate;
  }
  for (std::size_t k = t; k < p; ++k) labels[k] = kAuthor;
}

// A segment [s, t) of an author span between separators, and the separator before it (empty for the first).
struct AuthorSegment {
  std::size_t s, t;
  std::string_view before;
};

// The segments of the author span [a0, e) between the tokens `separator` accepts (`word(k)` is token k's text), in
// `segs`; false when a token `stop` accepts stands in the span (a bracket, "et al.": no list of persons to read).
template <class Word, class Stop, class Separator>
bool author_segments(std::size_t a0, std::size_t e, const Word& word, const Stop& stop, const Separator& separator,
                     std::vector<AuthorSegment>& segs) {
  for (std::size_t k = a0, s = a0; k <= e; ++k) {
    if (k < e) {
      std::string_view w = word(k);
      if (stop(w)) return false;
      if (!separator(w)) continue;
    }
    if (k > s) segs.push_back({s, k, s > a0 ? word(s - 1) : std::string_view()});
    s = k + 1;
  }
  return true;
}

// "J. Earman, Bangs, Crunches, Whimpers and Shrieks: …" (persons written initials first, the title after a comma
// with no other mark): the model reads the title's first comma-segments as more persons.  In an author span that
// opens with initials, where every segment between separators (",", ";", "and", "&") before is a whole person
// written so (initials, then one to three words) and no bracket or "et al." stands, the first segment after a comma
// with no initial in it and a capitalised word starts the title when it holds a colon or a word in small letters
// (not a name's particle), is one word, or no person follows it in the span.  When the model labelled something
// else than the title after the span, one segment left after the title's, "Gravitation, W.H. Freeman (1973)", is the
// publisher.
void title_in_initials_first_authors(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  std::size_t a0 = 0, e = 0;
  if (!opening_author_span(labels, a0, e)) return;
  const TokenText word{text, toks};
  auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  // An initial: a capital and its period ("W .Brenig" too), or a transliterated pair, "Yu.".
  auto initial = [&](std::size_t k) {
    std::string_view w = word(k);
    return word.is_word(k) && (w.size() == 1 || transliterated_initial(w)) && upper(w[0]) && k + 1 < n && word(k + 1) == ".";
  };
  if (!initial(a0)) return;
  // A capital without its period before a capitalised word starts a person too: "C Ciuti", "L Fan".
  auto bare_initial = [&](std::size_t k) {
    std::string_view w = word(k);
    return word.is_word(k) && w.size() == 1 && upper(w[0]) && k + 1 < n && word.is_word(k + 1) && word(k + 1).size() >= 2 &&
           upper(word(k + 1)[0]);
  };
  // The segments between separators; "andV .L .Telegdi" is "and" glued to the next person's initial.
  std::vector<AuthorSegment> segs;
  if (!author_segments(
          a0, e, word,
          [&](std::string_view w) {
            return w == "(" || w == ")" || w == "[" || w == "]" || w == "et" || w == "al" ||
                   (w.size() > 3 && w.substr(0, 3) == "and" && upper(w[3]));
          },
          [](std::string_view w) { return w == "," || w == ";" || w == "&" || w == "and"; }, segs))
    return;
  // Words of a segment that are not initials; a person is initials then one to three of them.
  auto words_of = [&](const AuthorSegment& g) {
    int words = 0;
    for (std::size_t k = g.s; k < g.t; ++k) words += word.is_word(k) && !initial(k) && word(k).size() >= 2;
    return words;
  };
  auto person = [&](const AuthorSegment& g) {
    int w = words_of(g);
    return (initial(g.s) || bare_initial(g.s)) && w >= 1 && w <= 3;
  };
  auto has_initial = [&](const AuthorSegment& g) {
    for (std::size_t k = g.s; k < g.t; ++k)
      if (initial(k) || bare_initial(k)) return true;
    return false;
  };
  for (std::size_t i = 0; i < segs.size(); ++i) {
    const AuthorSegment& g = segs[i];
    if (person(g)) continue;
    if (i == 0 || has_initial(g) || g.before != ",") return;
    bool capitalised = false, colon = false, small = false;
    for (std::size_t k = g.s; k < g.t; ++k) {
      std::string_view w = word(k);
      if (w == ":") colon = true;
      if (!word.is_word(k)) continue;
      // A journal's name and volume, "G. DiCarlo , JHEP0908 ( 2009)".
      if (g.t - g.s == 1 && std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) return;
      if (upper(w[0]) && w.size() >= 2) capitalised = true;
      if (w[0] >= 'a' && w[0] <= 'z' && !is_name_particle(w)) small = true;
    }
    if (!capitalised) return;
    bool person_after = false;
    for (std::size_t j = i + 1; j < segs.size(); ++j) person_after = person_after || has_initial(segs[j]);
    if (!colon && !small && words_of(g) > 1 && person_after) return;
    std::size_t end = e;
    // "Gravitation, W.H. Freeman (1973)": the one segment left the publisher.
    if (i + 2 == segs.size() && e < n && labels[e] != kTitle) {
      end = segs[i + 1].s;
      for (std::size_t k = end; k < e; ++k) labels[k] = kPublisher;
    }
    for (std::size_t k = g.s; k < end; ++k) labels[k] = kTitle;
    return;
  }
}

// "Watson, F.B., Paul, Judaism and the Gentiles.", "Basevi, Abramo, Studio sulle opere di Giuseppe Verdi (1859)",
// "CAMERON, Euan, Waldenses. Rejections of Holy Church …" (humanities lists: family name, comma, given names, comma,
// the title with no other mark): the model reads the title's first comma segments as one more person.  In an author
// span that opens with a family name and its given names after a comma (initials alone, "Watson, F.B.", or written
// out after a family name of one word, "Basevi, Abramo"), every person after is a family name and given names written
// the same way (or "and Given Family" last); the first segment after a comma that is not, or that no given names
// follow, starts the title when it opens with a capital.
void title_in_family_first_authors(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  std::size_t a0 = 0, e = 0;
  if (!opening_author_span(labels, a0, e)) return;
  for (std::size_t k = e; k < n; ++k)
    if (labels[k] == kAuthor || (labels[k] == kTitle && k > e && labels[k - 1] != kTitle && labels[k - 1] != kAuthor))
      return;  // one author span, the title (if any) one span
  const TokenText word{text, toks};
  auto capital = [&](std::size_t k) { return capitalised_word(text, toks[k]); };
  auto conjunction = [](std::string_view w) { return w == "and" || w == "&" || w == "und" || w == "et"; };
  std::vector<AuthorSegment> segs;
  if (!author_segments(
          a0, e, word,
          [](std::string_view w) {
            return w == "(" || w == ")" || w == "[" || w == "]" || w == "al" || w == "etal" || w == ":";
          },
          [&](std::string_view w) { return w == "," || w == ";" || conjunction(w); }, segs))
    return;
  if (segs.size() < 3) return;
  // An initial: one or two capitals ("F", "JR"), a transliterated pair ("Yu").
  auto initial = [&](std::size_t k) {
    std::string_view w = word(k);
    return word.is_word(k) && (transliterated_initial(w) || (w.size() <= 2 && std::all_of(w.begin(), w.end(), [](char c) {
                                                          return c >= 'A' && c <= 'Z';
                                                        })));
  };
  auto initials_only = [&](const AuthorSegment& g) {
    bool any = false;
    for (std::size_t k = g.s; k < g.t; ++k) {
      if (word.is_word(k)) {
        if (!initial(k)) return false;
        any = true;
      } else if (word(k) != "." && word(k) != "-") {
        return false;
      }
    }
    return any;
  };
  // A hyphen, an apostrophe or an accent that joins the parts of one word ("François-Xavier", "D’Aquisto", "Rodr´ıguez").
  auto joiner = [&](std::size_t k) {
    std::string_view w = word(k);
    return w == "-" || w == "'" || w == "\xE2\x80\x99" || w == "\xC2\xB4" || w == "`";
  };
  auto glued = [&](std::size_t k, std::size_t from) { return k > from && !toks[k].space_before && joiner(k - 1); };
  // Capitalised words and particles ("Madeleine de", "von Wyl"), initials with their periods: their number, or -1.
  auto name_words = [&](const AuthorSegment& g) {
    int words = 0;
    bool capitalised = false;
    for (std::size_t k = g.s; k < g.t; ++k) {
      std::string_view w = word(k);
      if (joiner(k) || glued(k, g.s)) continue;
      if (!word.is_word(k)) {
        // The period ending the span too ("and Simone Beck.").
        if (!(w == "." && k > g.s && (initial(k - 1) || k + 1 == g.t))) return -1;
        continue;
      }
      if (std::any_of(w.begin(), w.end(), [](char c) { return is_digit(c); })) return -1;
      if (capital(k)) capitalised = true;
      else if (!is_name_particle(w)) return -1;
      ++words;
    }
    return capitalised ? words : -1;
  };
  const AuthorSegment& f0 = segs[0];
  const AuthorSegment& g0 = segs[1];
  if (g0.before != "," || initials_only(f0) || name_words(f0) < 1 || name_words(f0) > 3) return;
  bool by_initials = initials_only(g0);
  if (!by_initials && (name_words(f0) != 1 || name_words(g0) < 1 || name_words(g0) > 3)) return;
  auto given = [&](const AuthorSegment& g) {
    return g.before == "," && (by_initials ? initials_only(g) : name_words(g) >= 1 && name_words(g) <= 3);
  };
  // A whole person in one segment: initials and one to three words ("M. Tofte", "Lind M.", "J. Van Reenen"), or two
  // to four capitalised words ("Louisette Bertholle": a title's "Sacred Charity." reads the same, and stays).
  auto person = [&](const AuthorSegment& g) {
    int words = name_words(g);
    return words >= 2 && words <= 4;
  };
  std::size_t i = 2;
  while (i < segs.size()) {
    const AuthorSegment& g = segs[i];
    if (!initials_only(g) && name_words(g) >= 1 && name_words(g) <= 3 && i + 1 < segs.size() && given(segs[i + 1])) {
      i += 2;
    } else if (person(g)) {
      ++i;
    } else {
      break;
    }
  }
  if (i == segs.size()) return;
  const AuthorSegment& g = segs[i];
  if (g.before != "," || !capital(g.s)) return;
  // The title's first segment: words in small letters (not a name's particles: "Studio sulle opere di Giuseppe
  // Verdi"), or one word (or "S/Z") ending the span with no initials after it ("Watson, F.B., Paul, Judaism …",
  // "CAMERON, Euan, Waldenses. Rejections …"; not "Vaniushin, BF Dokl …" nor a suffix, "III.").
  bool small = false;
  for (std::size_t k = g.s; k < g.t; ++k) {
    std::string_view w = word(k);
    if (word.is_word(k) && !glued(k, g.s) && !capital(k) && !is_name_particle(w) && !is_digit(w[0])) small = true;
  }
  if (!small) {
    if (i + 1 != segs.size() || name_words(g) > 1) return;
    std::string_view w = word(g.s);
    if (w == "Jr" || w == "Sr" || w == "II" || w == "III" || w == "IV" || initial(g.s)) return;
    // "Karp, T., Artemieva, N., Milkereit., Pre-Dilling …": a family name with its period and a comma.
    if (word(g.t - 1) == "." && g.t < e && word(g.t) == ",") return;
    if (e < n && initial(e)) return;
  }
  for (std::size_t k = g.s; k < e; ++k) labels[k] = kTitle;
}

// "Ayer, A. J. Language, Truth, and Logic. New York: …", "Brundage, James A. Law, Sex, and Christian Society …",
// "Grewal S.M., Andrews A.P. Kalman Filtering. Theory and Practice …" (the last person's initials' period ends the
// names too): the model runs the names on into the title.  In the one author span, after a family-first person's
// initials ("Ayer, A. J.", "Andrews A.P."), capitalised words to the span's end with no initial among them are the
// title's when they are two or more, or hold a word in small letters (not a particle nor "et al.").
void title_after_family_initials(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  std::size_t a0 = 0, e = 0;
  if (!sole_opening_author_span(labels, a0, e)) return;
  const TokenText word{text, toks};
  auto capital = [&](std::size_t k) { return capitalised_word(text, toks[k]); };
  // An initial with its period: one or two capitals ("A.", "AJ.", "Yu."), Latin or not ("Ю.").
  auto initial = [&](std::size_t k) {
    if (!word.is_word(k) || k + 1 >= n || word(k + 1) != ".") return false;
    std::string_view w = word(k);
    std::size_t i = 0, letters = 0;
    bool upper = true;
    while (i < w.size()) {
      bool up = is_upper_letter(next_utf8(w, i));
      upper = upper && up;
      ++letters;
    }
    return (upper && letters <= 2) || transliterated_initial(w);
  };
  // The list is written family first with initials from its first person on: "Ayer, A. J." (comma) or "Grewal S.M."
  // (none), not "Larry D. Wittie" nor "Czejdo, Bogdan, Erik M. Ferragut".
  if (a0 + 2 >= e || !capital(a0) || initial(a0)) return;
  bool comma_style = word(a0 + 1) == "," && initial(a0 + 2);
  if (!comma_style) {
    // "Grewal S.M., Andrews A.P.": the first person's initials then a separator (not "Robi S. Datta").
    if (!(initial(a0 + 1) && toks[a0 + 1].space_before)) return;
    std::size_t k = a0 + 1;
    while (k + 1 < e && initial(k) && word(k + 1) == ".") k += 2;
    if (k >= e || (word(k) != "," && word(k) != ";" && word(k) != "and" && word(k) != "&")) return;
  }
  // The first word after initials' period: p.  The initials run back to q.
  for (std::size_t p = a0 + 3; p < e; ++p) {
    if (word(p - 1) != "." || !initial(p - 2) || !toks[p].space_before || !capital(p) || initial(p)) continue;
    std::size_t q = p - 2;
    while (q >= a0 + 2 && word(q - 1) == "." && initial(q - 2)) q -= 2;
    // That person written the same way, its family name alone after a separator or the start.
    auto separator_before = [&](std::size_t f) {
      return f == a0 || word(f - 1) == "," || word(f - 1) == ";" || word(f - 1) == "and" || word(f - 1) == "&";
    };
    bool family_first = false;
    if (comma_style && q >= a0 + 2 && word(q - 1) == "," && capital(q - 2) && !initial(q - 2))
      family_first = separator_before(q - 2);
    else if (!comma_style && q > a0 && capital(q - 1) && !initial(q - 1) && toks[q].space_before)
      family_first = separator_before(q - 1);
    if (!family_first) continue;
    int capitalised = 0;
    bool small = false;
    for (std::size_t k = p; k < e; ++k) {
      std::string_view w = word(k);
      if (initial(k) || w == "al" || w == "(" || w == ")") return;
      if (!word.is_word(k)) continue;
      if (capital(k)) ++capitalised;
      else if (!is_name_particle(w) && !(k > p && !toks[k].space_before)) small = true;
    }
    if (capitalised < 2 && !small) return;
    for (std::size_t k = p; k < e; ++k) labels[k] = kTitle;
    return;
  }
}

// "Powell D, Mifflin R, Valentich J, Crowe S, Saada J, West A. Myofibroblasts. I. Paracrine cells …" (Vancouver:
// family names, initials without periods, commas between persons, a period after the last): the model ran the names
// on into the title's first words.  When every comma segment of the one author span is a person so written (two or
// more), the capitalised words after the last person's period are the title's.
void title_after_vancouver_names(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  std::size_t a0 = 0, e = 0;
  if (!sole_opening_author_span(labels, a0, e)) return;
  const TokenText word{text, toks};
  auto capital = [&](std::size_t k) { return capitalised_word(text, toks[k]); };
  // Initials without periods: one to three capitals, Latin.
  auto initials = [&](std::size_t k) {
    std::string_view w = word(k);
    return w.size() <= 3 && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  };
  // A person [s, t): capitalised family words (particles and hyphens between), then its initials last.
  auto person = [&](std::size_t s, std::size_t t) {
    if (t < s + 2 || !initials(t - 1) || !capital(s) || initials(s)) return false;
    for (std::size_t k = s; k + 1 < t; ++k)
      if (!(capital(k) || is_name_particle(word(k)) || word(k) == "-" || word(k) == "'") || (k > s && initials(k)))
        return false;
    return true;
  };
  std::size_t s = a0;
  int persons = 0;
  for (std::size_t k = a0; k < e; ++k) {
    if (word(k) == ",") {
      if (!person(s, k)) return;
      ++persons;
      s = k + 1;
    } else if (word(k) == ".") {
      // The last person, then the title's words to the span's end.
      if (!person(s, k) || persons < 1 || k + 1 >= e || !capital(k + 1) || initials(k + 1) || !toks[k + 1].space_before)
        return;
      for (std::size_t t = k + 1; t < e; ++t)
        if (word(t) == "," || word(t) == "al") return;
      for (std::size_t t = k + 1; t < e; ++t) labels[t] = kTitle;
      return;
    }
  }
}

// "… intervention for diabetes control in adults with type 2 diabetes Fam. Pract., 27 (Suppl. 1) (2010)", "… in the
// dialysis unit Am. J. Kidney Dis., 40 (2002)" (Elsevier's style, no mark after the title): the model starts the
// journal at its second abbreviation and ends the title with the first.  Abbreviations ending the title right
// before the journal's span (capitalised, two or three letters with a small one, their period glued: not "Sepsis.
// Shock.") after a word of the title are the journal's.
void abbreviation_ending_title(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  auto [a, b] = first_run(labels, kTitle);
  if (a == b || b >= n || labels[b] != kJournal) return;
  const TokenText word{text, toks};
  auto abbreviation = [&](std::size_t k) {
    std::string_view w = word(k);
    return is_word_token(text, toks[k]) && w.size() >= 2 && w.size() <= 3 && w[0] >= 'A' && w[0] <= 'Z' &&
           std::any_of(w.begin() + 1, w.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
           std::all_of(w.begin(), w.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); });
  };
  // The journal's span opens with an abbreviation too ("Pract.,", "J. Kidney").
  if (!(b + 1 < n && word(b + 1) == "." && !toks[b + 1].space_before)) return;
  std::size_t r = b;
  while (r >= a + 2 && word(r - 1) == "." && !toks[r - 1].space_before && abbreviation(r - 2) && toks[r - 2].space_before)
    r -= 2;
  // A word of the title before them, no mark between: "diabetes Fam.".
  if (r == b || r < a + 3 || !is_word_token(text, toks[r - 1])) return;
  int words = 0;
  for (std::size_t k = a; k < r; ++k) words += is_word_token(text, toks[k]);
  if (words < 3) return;
  for (std::size_t k = r; k < b; ++k) labels[k] = kJournal;
}

// "Industrial technology for unprecedented energy and luminosity: the Large Hadron Collider,Proc .EPAC04 Lucerne
// ,JACoW ( 2004)pp .6 -10.", "Singapore's Experience in Water Demand Management. Proc. WaterSmart Innovations 2010, Las
// Vegas": the title span run on over a proceedings' "Proc." after its comma or period, with no container or
// journal labelled; from "Proc" on it is the container.
void proceedings_abbreviation_in_title(std::string_view text, const std::vector<Token>& toks,
                                       std::vector<Label>& labels) {
  if (journal_labelled(labels)) return;
  auto [a, b] = first_run(labels, kTitle);
  const TokenText word{text, toks};
  int words = 0;
  for (std::size_t k = a; k + 2 < b; ++k) {
    if (words >= 3 && word(k) == "Proc" && word(k + 1) == "." && (word(k - 1) == "," || word(k - 1) == ".") &&
        is_word_token(text, toks[k + 2])) {
      for (std::size_t t = k; t < b; ++t) labels[t] = kContainer;
      return;
    }
    words += is_word_token(text, toks[k]);
  }
}

void title_before_date(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  if (std::find(labels.begin(), labels.end(), kTitle) != labels.end()) return;
  std::size_t a = past_labelled(labels, kCitationNumber, 0);
  std::size_t b = past_labelled(labels, kAuthor, a);
  if (b == a || b == n || labels[b] != kDate || text.substr(toks[b].begin, 1) != "(") return;
  const TokenText word{text, toks};
  // A sentence: a word in small letters that no name has ("Good chemistry.",
  // "Dixon Symposium: confrontation and catharsis."), or a colon; no initial,
  // no comma between words, no "&".
  bool sentence = false;
  int words = 0;
  for (std::size_t k = a; k < b; ++k) {
    std::string_view w = word(k);
    if (!is_word_token(text, toks[k])) {
      if (w == ":") sentence = true;
      else if ((w == "," && k + 2 < b) || w == "&") return;
      continue;
    }
    ++words;
    if (w.size() == 1 && w[0] >= 'A' && w[0] <= 'Z') return;
    if (w.size() >= 3 && w[0] >= 'a' && w[0] <= 'z') {
      std::string lw(w);
      static const char* const particles[] = {"van", "von", "der", "den", "del", "della", "des", "and", "und", "et", "ten", "ter", "zur"};
      if (std::none_of(std::begin(particles), std::end(particles), [&](const char* p) { return lw == p; })) sentence = true;
    }
  }
  if (!sentence || words < 2) return;
  for (std::size_t k = a; k < b; ++k) labels[k] = kTitle;
}

// A year inside the title read as the date when the reference's date follows ("Transportation statistics annual
// report 2012. Technical report, …, 2013.", "Les écarts de salaire entre les hommes et les femmes en 2009, 2012."):
// a year alone, no bracket, right after a word of the title, with a later year in a date span, is the title's.
void year_in_title(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  auto [a, b] = first_run(labels, kDate);
  if (a == b || a == 0 || labels[a - 1] != kTitle || !is_word_token(text, toks[a - 1])) return;
  std::string_view year = text.substr(toks[a].begin, toks[a].end - toks[a].begin);
  if (number_class(year) != "year") return;
  for (std::size_t k = a + 1; k < b; ++k)
    if (is_word_token(text, toks[k])) return;
  // A later year in a date span ("… 2012. … 2013."; not "2007. … February.", nor the same year again).
  bool later = false;
  for (std::size_t k = b; k < n; ++k) {
    std::string_view w = text.substr(toks[k].begin, toks[k].end - toks[k].begin);
    later = later || (labels[k] == kDate && number_class(w) == "year" && w > year);
  }
  if (!later) return;
  for (std::size_t k = a; k < b; ++k) labels[k] = kTitle;
}

void title_ending_function_word(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  static const std::unordered_set<std::string> kNeverLast = {
      "the", "a", "an", "of", "in", "for", "to", "on", "at", "from",                      // English
      "du", "des", "de", "la", "le", "les", "au", "aux", "en", "dans", "sur", "pour",      // French
      "der", "die", "das", "dem", "den", "zur", "zum", "im", "von",                       // German
      "del", "della", "dei", "delle", "di", "el", "los", "las"};                          // Italian, Spanish
  const TokenText word{text, toks};
  const std::size_t n = toks.size();
  auto [a, b] = first_run(labels, kTitle);
  if (a == b || b >= n || !kNeverLast.count(lower(word(b - 1)))) return;
  // "In", "dans", "en" after a punctuation mark opens a container (", in Buskens, Ineke (ed.)", ". Dans C. Garnier").
  if (is_class(word(b - 1), "in") && b >= 2 && !is_word_token(text, toks[b - 2])) return;
  Label next = labels[b];
  if (!is_word_token(text, toks[b]) || !toks[b].space_before || next == kJournal || next == kContainer ||
      next == kCollection || next == kUrl || next == kDoi)
    return;
  // The words after it up to a punctuation mark, in the one field the model gave them.
  std::size_t e = b;
  while (e < n && labels[e] == next && is_word_token(text, toks[e]) && (e == b || toks[e].space_before)) ++e;
  // A date is the title's only when another year is the reference's date.
  if (next == kDate) {
    bool other = false;
    for (std::size_t k = e; k < n; ++k) other = other || (labels[k] == kDate && number_class(word(k)) == "year");
    if (!other) return;
  }
  for (std::size_t k = b; k < e; ++k) labels[k] = kTitle;
}

// "Soziale Selbstverwaltung unter Druck, | in: SozSich 8/2008, | S. 251": a citation number stands before the
// reference, never after its title; the model read an abbreviated journal and its "issue/year" so.  A citation
// number's span after a word of another span: "in", its colon and the capitalised words are the journal, the numbers
// after them (an issue over its year, "8/2008") the volume.
void late_citation_number(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  const TokenText word{text, toks};
  std::size_t k = 0;
  while (k < n && (labels[k] == kCitationNumber || !is_word_token(text, toks[k]))) ++k;
  for (; k < n; ++k) {
    if (labels[k] != kCitationNumber) continue;
    std::size_t e = past_labelled(labels, kCitationNumber, k);
    std::size_t t = k;
    if (lower(word(t)) != "in") return;
    ++t;
    if (t < e && word(t) == ":") ++t;
    std::size_t j = t;
    while (j < e && capitalised_word(text, toks[j])) ++j;
    if (j == t || j == e || !is_digit(word(j)[0])) return;
    // The issue over its year ("8/2008"), not a short form's year ("in: Esterbauer 2003, 241–252": another entry).
    bool slash = false;
    for (std::size_t u = j; u < e; ++u) slash = slash || word(u) == "/";
    if (!slash) return;
    for (std::size_t u = k; u < j; ++u) labels[u] = kJournal;
    for (std::size_t u = j; u < e; ++u) labels[u] = kVolume;
    return;
  }
}

// "Wissenschaft als Lebensform. in: ders. Wissenschaft als Lebensform. Frankfurt a.M.", "Ist der Existentialismus ein
// Humanismus? In ders., | Drei Essays": a chapter in its author's own book ("ders.", "dies.": the same author); the
// model ran the title on over "in: ders." and the book.  In the title's span after a sentence's mark or comma, "in"
// (its colon) and "ders." or "dies." (with a mark) start the container, to the span's end.  (to_record drops the
// pronoun from the container, and reads an editor "ders."/"dies." as the authors.)
void same_author_container(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  const TokenText word{text, toks};
  auto same = [&](std::size_t d) {
    std::string p = lower(word(d));
    std::string_view mark = d + 1 < n ? word(d + 1) : std::string_view();
    return (p == "ders" || p == "dies" || p == "derselbe" || p == "dieselbe") &&
           (mark == "." || mark == "," || mark == ":");
  };
  // "in: dies., Soziologische Grundbegriffe, Opladen": an editors' span of "in: dies." and a book's name, without an
  // editors' word ("Hrsg.", "Hg.", "eds."), is the container.
  if (auto [ea, eb] = first_run(labels, kEditor); ea < eb && eb - ea >= 4) {
    std::size_t d = ea;
    if (lower(word(d)) == "in") ++d;
    if (d < eb && word(d) == ":") ++d;
    bool editor_word = false;
    for (std::size_t t = ea; t < eb; ++t) editor_word = editor_word || is_class(word(t), "ed");
    // Not "In: Dies./Therese Steffen, Hybride Kulturen" (more persons after the pronoun).
    std::string after = d + 2 < eb ? lower(word(d + 2)) : std::string();
    bool more = after == "/" || after == ";" || after == "&" || after == "und" || after == "u" || after == "and";
    if (d + 2 < eb && same(d) && !editor_word && !more)
      for (std::size_t t = ea; t < eb; ++t) labels[t] = kContainer;
  }
  auto [a, b] = first_run(labels, kTitle);
  for (std::size_t k = a + 2; k + 2 < b; ++k) {
    std::string_view m = word(k - 1);
    if (lower(word(k)) != "in" || !(m == "." || m == "?" || m == "!" || m == ",")) continue;
    std::size_t d = k + 1;
    if (word(d) == ":") ++d;
    if (d + 1 >= n || !same(d)) return;
    for (std::size_t t = k; t < b; ++t) labels[t] = kContainer;
    return;
  }
}

// "Meinung – Verhalten – Umwelt. | Ein psychologisches Ursachennetz-Modell umweltgerechten Verhaltens, | Bern.",
// "Reforming Early Retirement in Europe, Japan, | and the USA, | Oxford.": a German book gives its place without a
// publisher, and the model read the title's second sentence (or its last part after a comma) as the publisher.  A
// book's only publisher span between its title and its place that reads as a sentence, not as a name, is the
// title's: it opens with "and", "und" or "&"; or it follows the title's period, has three words or more and one in
// small letters with a German adjective's ending ("psychologisches", "erziehungswissenschaftlicher"; French and
// Italian publishers' names have small words too: "Librairie illustrée", "Émile-Paul frères", "CLEAN edizioni", after
// the title's comma).  Never with a publisher's or university's word ("Verlag", "Press", "Presses universitaires").
void subtitle_as_publisher(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  const TokenText word{text, toks};
  auto [p, q] = first_run(labels, kPublisher);
  if (p == q || p == 0 || q == n || labels[p - 1] != kTitle || labels[q] != kLocation) return;
  for (std::size_t k = q; k < n; ++k)
    if (labels[k] == kPublisher) return;
  for (Label l : labels)
    if (l == kContainer || l == kJournal || l == kEditor || l == kGenre) return;
  std::size_t first = p;
  while (first < q && !is_word_token(text, toks[first])) ++first;
  if (first == q) return;
  std::string f = lower(word(first));
  bool sentence = f == "and" || f == "und" || word(first) == "&";
  // The title's sentence ended before it ("Umwelt. | Ein …"; "«." after a quote).
  std::size_t t = p;
  while (t > 0 && labels[t - 1] == kTitle && !is_word_token(text, toks[t - 1]) && word(t - 1) != ".") --t;
  bool after_period = t > 0 && labels[t - 1] == kTitle && word(t - 1) == ".";
  int words = 0;
  bool adjective = false;
  for (std::size_t k = p; k < q; ++k) {
    if (!is_word_token(text, toks[k])) continue;
    ++words;
    std::string_view w = word(k);
    std::string lw = lower(w);
    if (is_class(w, "pub") || lw.rfind("univ", 0) == 0 || lw.rfind("presse", 0) == 0 || lw.rfind("verl", 0) == 0 ||
        lw.rfind("publi", 0) == 0)
      return;
    // In small letters (ASCII, or ä, ö, ü, ß, é's UTF-8 lead byte) with a German adjective's ending.
    unsigned char c = static_cast<unsigned char>(w[0]);
    bool small = (c >= 'a' && c <= 'z') || (c == 0xC3 && w.size() > 1 && static_cast<unsigned char>(w[1]) >= 0x9F);
    std::size_t letters = std::count_if(w.begin(), w.end(), [](char ch) { return (ch & 0xC0) != 0x80; });
    std::string_view end = w.size() >= 2 ? w.substr(w.size() - 2) : w;
    if (small && letters >= 5 && !is_class(w, "genre") && (end == "es" || end == "er" || end == "en" || end == "em"))
      adjective = true;
  }
  if (!sentence && !(after_period && words >= 3 && adjective)) return;
  for (std::size_t k = p; k < q; ++k) labels[k] = kTitle;
}

// "Goffman, Erving (1980), Rahmen-Analyse. Ein Versuch über die Organisation von Alltagserfahrung, Frankfurt a.M.",
// "Chomsky, Noam/Herman, Edward S. (1988), Manufacturing Consent. The Political Economy of the Mass Media, New York.":
// a book's subtitle after its title's period, read as a container, journal or publisher right before the place.  It
// is the title's when it opens with an article or a preposition (not an initial: "A. Le Brument, Rouen"), holds two
// words or more (after a definite article three, with a small word after the first: a phrase, not a publisher's or
// a newspaper's name, "La Découverte", "The Guardian"), no digit and no word of a publisher, a series, a meeting, a report or a periodical ("Press",
// "Verlag", "Reihe", "Proceedings", "Paper", "Bericht", "Heft", "Nr.", "In"), and no pages, volume, issue or editors
// follow.
void subtitle_before_place(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  const TokenText word{text, toks};
  auto [a, b] = first_run(labels, kTitle);
  if (a == b || b >= n || word(b - 1) != ".") return;
  const Label x = labels[b];
  if (x != kContainer && x != kJournal && x != kPublisher) return;
  std::size_t c = past_labelled(labels, x, b);
  if (c == n || labels[c] != kLocation) return;
  for (std::size_t k = b; k < n; ++k)
    if (labels[k] == kPages || labels[k] == kEditor || labels[k] == kVolume || labels[k] == kIssue) return;
  for (std::size_t k = 0; k < n; ++k)
    if ((k < a || k >= b) && labels[k] == kTitle) return;
  for (std::size_t k = c; k < n; ++k)
    if (labels[k] == x) return;
  static const std::unordered_set<std::string> openers = {
      "ein", "eine", "einer", "eines", "der", "die", "das", "zur", "zum", "\xC3\xBC" "ber", "\xC3\x9C" "ber", "von",
      "vom", "the", "a", "an", "on", "towards", "toward", "from", "with", "zu", "im", "mit", "for", "of", "und", "le",
      "la", "les", "un", "une", "des", "du", "il", "lo", "el", "los", "las"};
  static const std::unordered_set<std::string> marks = {
      "press", "publications", "publication", "books", "book", "society", "gmbh", "inc", "ltd", "co", "company",
      "proceedings", "conference", "symposium", "workshop", "paper", "papers", "series", "reihe", "schriftenreihe",
      "working", "thesis", "heft", "band", "bd", "vol", "nr", "no", "journal", "zeitschrift", "in", "hrsg", "hg",
      "ed", "eds", "ders", "dies", "\xC3\xA9" "ditions", "\xC3\x89" "ditions", "soci\xC3\xA9t\xC3\xA9",
      "Soci\xC3\xA9t\xC3\xA9"};
  static const std::unordered_set<std::string> definite = {"der", "die", "das", "the", "le", "la", "les", "il",
                                                            "lo", "el", "los", "las"};
  // The small words of a phrase: a subtitle holds one after its first word ("Ein Versuch über die Organisation ...",
  // "The Political Economy of the Mass Media"); a publisher's or a newspaper's name opening with an article holds
  // none ("La Découverte", "Le Seuil", "The Stationery Office", "Die Zeit", "Le Monde diplomatique": review68).
  static const std::unordered_set<std::string> inner = {
      "\xC3\xBC" "ber", "die", "der", "das", "den", "dem", "des", "von", "vom", "zur", "zum", "und", "im", "mit",
      "f\xC3\xBC" "r", "zu", "auf", "als", "aus", "bei", "nach", "the", "of", "and", "for", "on", "to", "a", "an",
      "from", "with", "towards", "toward", "de", "du", "la", "le", "les", "et", "au", "aux", "pour", "sur", "del",
      "della", "di", "e", "y", "el", "los", "las", "da", "do", "dos", "een", "het", "van", "voor", "en"};
  static const char* const mark_heads[] = {"verlag", "publish", "universit", "institut", "edition", "diss", "bericht",
                                           "report", "magazin"};
  int words = 0;
  bool phrase = false;  // a small word after the first (inner)
  std::size_t first = c;
  for (std::size_t k = b; k < c; ++k) {
    std::string_view w = word(k);
    if (std::any_of(w.begin(), w.end(), [](char ch) { return is_digit(ch); })) return;
    if (!is_word_token(text, toks[k])) continue;
    if (first == c) first = k;
    ++words;
    if (k != first && inner.count(std::string(w))) phrase = true;
    std::string lw = lower(w);
    if (marks.count(lw) || is_class(w, "pub")) return;
    for (const char* h : mark_heads)
      if (starts_with(lw, h)) return;
  }
  if (words < 2 || !openers.count(lower(word(first)))) return;
  // After a definite article the run may be a name ("Le Seuil", "The Stationery Office", "Die Zeit", "Das
  // Parlament"): it must read as a phrase, three words with a small one after the first.
  if (definite.count(lower(word(first))) && (words < 3 || !phrase)) return;
  if (word(first).size() == 1 && first + 1 < c && word(first + 1) == ".") return;  // an initial: "A. Le Brument"
  for (std::size_t k = b; k < c; ++k) labels[k] = kTitle;
}

// "Marianne van den Berg (1999): siehe Brakman.", "Jones, A. (2001), see Smith (1999).": a co-author's entry that
// sends the reader to another entry holds no work of its own; the model read the pointer as a publisher or title.
// After the names and the date, "siehe" or "see" (with "auch" or "also"), then up to six tokens to the end: a note.
void cross_reference(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  const TokenText word{text, toks};
  std::size_t d = first_labelled(labels, kDate);
  if (d == 0 || d == n || (labels[d - 1] != kAuthor && labels[d - 1] != kEditor)) return;
  std::size_t k = past_labelled(labels, kDate, d);
  while (k < n && !is_word_token(text, toks[k])) ++k;
  if (k == n) return;
  std::string w = lower(word(k));
  if (w != "siehe" && w != "see") return;
  std::size_t r = k + 1;
  if (r < n && (lower(word(r)) == "auch" || lower(word(r)) == "also")) ++r;
  if (r == n || n - r > 6 || !capitalised_word(text, toks[r])) return;
  for (std::size_t t = k; t < n; ++t) labels[t] = kNote;
}

// "Umsiedlungspolitik im 20. | Jahrhundert, Stuttgart", "Festschrift zum 70. | Geburtstag", "beim 41. | Ettlinger
// Gespräch": a German ordinal is a number and its period, which the model took for a sentence's end and gave the noun
// after it to the publisher, place or a note.  A title's, container's or journal's span that ends with a German
// preposition or article ("im", "zum", "des") or an adjective ("späten", "ausgehende"), a number of one or two digits and its period, followed by one to three words of another
// span (a capital first, no month's name) up to a mark: those words are the span's.
void ordinal_noun(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  const TokenText word{text, toks};
  auto small_word = [&](std::size_t k) {
    std::string_view w = word(k);
    static const std::unordered_set<std::string_view> kGerman = {
        "im", "ins", "am", "ans", "vom", "zum", "zur", "beim", "des", "der", "dem", "den", "die", "das",
        "seit", "nach", "ab", "um", "bis", "ins", "ihres", "seines", "zwischen", "einem", "einer", "eines"};
    // Or an adjective's ending ("frühen", "späten", "ausgehende", "neuen").
    auto adjective = [](std::string_view a) {
      return a.size() >= 5 && std::all_of(a.begin(), a.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c & 0x80); }) &&
             (a.substr(a.size() - 2) == "en" || a.back() == 'e');
    };
    return is_word_token(text, toks[k]) && (kGerman.count(w) || adjective(w));
  };
  for (std::size_t k = 1; k + 2 < n; ++k) {
    Label l = labels[k];
    if (l != kTitle && l != kContainer && l != kJournal) continue;
    std::string_view num = word(k);
    if (num.size() > 2 || !std::all_of(num.begin(), num.end(), [](char c) { return is_digit(c); })) continue;
    if (word(k + 1) != "." || labels[k + 1] != l || labels[k - 1] != l || !small_word(k - 1)) continue;
    std::size_t s0 = k + 2;
    Label other = labels[s0];
    if (other == l || !capitalised_word(text, toks[s0]) || is_class(word(s0), "month")) continue;
    std::size_t e = s0;
    int words = 0;
    while (e < n && labels[e] == other && (is_word_token(text, toks[e]) || word(e) == "-")) words += is_word_token(text, toks[e++]);
    if (words > 3) continue;
    if (e < n && labels[e] == other) {
      if (word(e) != "," && word(e) != ".") continue;
      ++e;
    }
    for (std::size_t t = s0; t < e; ++t) labels[t] = l;
  }
}

// "In: Süddeutsche Zeitung vom 7. Juni 2002", "in: Der Neue Weg Nr. 201, vom 24. 8. 1973", "Frankfurter Rundschau
// vom 20.10.2004": a German newspaper's issue is named by its day after "vom" ("of the"); the model read "vom" and the
// day into the newspaper's name and the month or year into a place or date.  After a journal's or container's words,
// "vom", a day (one or two digits and its period), a month (its name, or its number and period) and a year (four
// digits, optional; the work's year when a date came before) are the date, the marks that close them with it.
void newspaper_day(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  const TokenText word{text, toks};
  for (std::size_t v = 1; v + 3 < n; ++v) {
    if (word(v) != "vom" || (labels[v] != kJournal && labels[v] != kContainer)) continue;
    // The newspaper's name before it: a word, or a number's mark ("Nr. 201,").
    if (labels[v - 1] != labels[v] && !(word(v - 1) == "," && v >= 2 && labels[v - 2] == labels[v])) continue;
    std::size_t k = v + 1;
    if (!word.small_number(k, 31) || word(k + 1) != ".") continue;
    k += 2;
    if (k < n && is_class(word(k), "month") && !is_digit(word(k)[0])) {
      ++k;
    } else if (k + 1 < n && word.small_number(k, 12) && word(k + 1) == ".") {
      k += 2;
    } else {
      continue;
    }
    if (k < n && word(k).size() == 4 && number_class(word(k)) == "year") {
      // Not an event named by its day, of another year than the work's ("Fachserie A. Volkszählung vom 27. Mai
      // 1970", published 1972).
      std::size_t d = 0;
      while (d < v && !(labels[d] == kDate && number_class(word(d)) == "year")) ++d;
      if (d < v && word(d) != word(k)) continue;
      ++k;
    }
    // The marks that close the date ("2002,", "1973).") when the next span starts after them.
    std::size_t e = k;
    while (e < n && !is_word_token(text, toks[e]) && word(e) != "(" && word(e) != "[") ++e;
    if (e < n && e > k && labels[e] == labels[e - 1]) e = k;
    for (std::size_t t = v; t < e; ++t) labels[t] = kDate;
  }
}

// "in: Washington Post, 17.11. 2006.", "in: The Moscow Times, 8.6.2007, 3.", "Der Spiegel Nr. 23 v. 3.6.2002, S. 26":
// a newspaper's issue named by its day in German numbers (day, period, month, period, no space between), read as the
// volume (and issue): "17" came out as the volume.  In a volume or issue span right after a journal's or container's
// words (or ending such a span after "Nr. 23"), a day and month, the year after them (glued or not) or "v." or "vom"
// before them, are the date; a number after its comma ending the span the page.
void newspaper_day_month(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  const TokenText word{text, toks};
  auto numbering = [&](std::size_t k) { return labels[k] == kVolume || labels[k] == kIssue; };
  for (std::size_t a = 1; a < n; ++a) {
    if (!numbering(a) || numbering(a - 1)) continue;
    // The span's start after the newspaper's name.
    std::size_t j = a - 1;
    while (j > 0 && !is_word_token(text, toks[j]) && !numbering(j)) --j;
    if (labels[j] != kJournal && labels[j] != kContainer) continue;
    std::size_t b = a;
    while (b < n && numbering(b)) ++b;
    // The day in it: after its start, "v." or "vom", or "Nr. 23".
    for (std::size_t d = a; d + 3 < b + 1 && d + 3 < n; ++d) {
      if (!word.small_number(d, 31) || word(d + 1) != "." || !word.small_number(d + 2, 12) || word(d + 3) != "." ||
          toks[d + 1].space_before || toks[d + 2].space_before || toks[d + 3].space_before || d + 3 >= b)
        continue;
      std::size_t from = d;
      if (from >= a + 1 && word(from - 1) == "vom") from -= 1;
      else if (from >= a + 2 && word(from - 1) == "." && word(from - 2) == "v") from -= 2;
      else if (from != a) break;
      // The year after them (not "Linguistic Inquiry 13.3. pp. 435", a volume and its issue), or "v." before them.
      std::size_t e = d + 4;
      if (e < n && word(e).size() == 4 && number_class(word(e)) == "year" && labels[e] != kPages) ++e;
      else if (from == d) break;
      // Its closing marks, when nothing of the span follows them but a page ("9.6.2004, 2.").
      std::size_t m = e;
      while (m < b && !is_word_token(text, toks[m])) ++m;
      std::size_t page = m;
      if (m < b && m > e && word(m - 1) == "," && all_digits(word(m)) && word(m).size() <= 4) ++m;
      while (m < b && !is_word_token(text, toks[m])) ++m;
      if (m < b) break;
      for (std::size_t t = from; t < m; ++t) labels[t] = t < page ? kDate : kPages;
      break;
    }
    a = b;
  }
}

// "3. vollst. überarbeitete Auflage", "(2. korrigierte Auflage)", "4.Auflage", "8. neu bearb. Aufl.", "5th edition",
// "2nd revised edition": an edition statement, wherever the model put it (the title's or container's end or start,
// the publisher's tail, a volume "6." and a publisher "Auflage"), is the edition.  A number of one or two digits and
// its period or English ending, up to three modifying words ("vollst.", "überarbeitete", "und", "revised"), then the
// edition's word; between marks or spans (brackets with it), never inside a sentence ("die 2. Auflage des
// Handbuchs"), in a title, container, journal, volume, publisher, place or note span.  Not the ordinal words nor
// French forms ("Zweite … Auflage", "2ème édition", "(3e éd.)"): AnyStyle's and GROBID's labellers keep most of
// those in the title.
void edition_statements(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  const TokenText word{text, toks};
  auto open_label = [&](std::size_t k) {
    Label l = labels[k];
    return l == kTitle || l == kContainer || l == kJournal || l == kVolume || l == kPublisher || l == kLocation ||
           l == kNote || l == kEdition;
  };
  static const std::unordered_set<std::string> kEditionWords = {"aufl", "auflage", "au\xEF\xAC\x82", "ausgabe",
                                                                  "edition", "edn", "\xC3\xA9" "dition",
                                                                  "edici\xC3\xB3n", "edizione"};
  // Written ordinals ("Second edition", "Second printing", "Second ed.", "zehnte, unveränderte Auflage",
  // "Deuxième édition"): after them "printing" and "ed" are an edition's words too.
  static const std::unordered_set<std::string> kWrittenOrdinals = {
      "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
      "twelfth", "erste", "ersten", "zweite", "zweiten", "dritte", "dritten", "vierte", "vierten", "f\xC3\xBCnfte",
      "f\xC3\xBCnften", "sechste", "sechsten", "siebte", "siebten", "achte", "achten", "neunte", "neunten", "zehnte",
      "zehnten", "deuxi\xC3\xA8me", "troisi\xC3\xA8me", "quatri\xC3\xA8me", "cinqui\xC3\xA8me", "seconde", "segunda",
      "tercera", "seconda", "terza"};
  for (std::size_t e = 1; e < n; ++e) {
    if (!word.is_word(e) || !open_label(e)) continue;
    const std::string le = lower(word(e));
    const bool after_written = le == "printing" || le == "ed";
    if (!after_written && !kEditionWords.count(le)) continue;
    // Back over the modifiers to the ordinal.
    std::size_t k = e;
    int modifiers = 0;
    std::size_t start = n;
    while (k > 0 && e - k < 9) {
      --k;
      if (!open_label(k)) break;
      std::string_view w = word(k);
      if (w == "." || w == ",") continue;
      if (!word.is_word(k)) break;
      std::string lw = lower(w);
      if (kWrittenOrdinals.count(lw)) {
        start = k;
        break;
      }
      if (is_digit(w[0])) {
        std::size_t d = 0;
        while (d < w.size() && is_digit(w[d])) ++d;
        std::string_view suffix = w.substr(d);
        // "2." (the period its own token, right after it), "2nd", "2e"; one or two digits.
        bool german = suffix.empty() && d <= 2 && k + 1 < n && word(k + 1) == "." && !toks[k + 1].space_before;
        std::string end = lower(suffix);
        if (!after_written && d <= 2 && (german || end == "st" || end == "nd" || end == "rd" || end == "th"))
          start = k;
        break;
      }
      if (++modifiers > 3 || lw == "hrsg" || lw == "hg" || lw == "ed" || lw == "eds") break;
    }
    if (start == n) continue;
    // The statement's end: the edition's word, its period, a closing bracket when it opened with one.
    std::size_t end = e + 1;
    if (end < n && word(end) == "." && !toks[end].space_before) ++end;
    std::size_t from = start;
    if (from > 0 && word(from - 1) == "(" && end < n && word(end) == ")") {
      --from;
      ++end;
    }
    // Between marks or spans.
    auto boundary_before = [&](std::size_t b) {
      return b == 0 || !word.is_word(b) || !word.is_word(b - 1) || labels[b - 1] != labels[b] || !open_label(b - 1);
    };
    auto boundary_after = [&](std::size_t b) {
      return b == n || !word.is_word(b) || !word.is_word(b - 1) || labels[b] != labels[b - 1];
    };
    if (!boundary_before(from) || !boundary_after(end)) continue;
    // Its own marks after it, up to the next span, go with it.
    while (end < n && !word.is_word(end) && labels[end] == labels[end - 1] && word(end) != "(" && word(end) != "[" &&
           (end + 1 == n || labels[end + 1] != labels[end] || !word.is_word(end + 1)))
      ++end;
    for (std::size_t t = from; t < end; ++t) labels[t] = kEdition;
    // "Title, Fourth Edition: Subtitle, …", "Title, Zweite Auflage. Reprint. Series, Band 46": the title's words
    // after its edition would be a second title, which the record has no place for: they are a note, not dropped.
    if (from > 0 && labels[from - 1] == kTitle)
      for (std::size_t t = end; t < n && labels[t] == kTitle; ++t) labels[t] = kNote;
    // "Göttingen: Hogrefe (2. korrigierte Auflage).": the model's edition span took the publisher before the
    // bracket too; after the place's colon, those words are the publisher.
    std::size_t p = from;
    while (p > 0 && labels[p - 1] == kEdition) --p;
    if (p < from && p > 0 && labels[p - 1] == kLocation && word(p - 1) == ":" && word(from) == "(")
      for (std::size_t t = p; t < from; ++t) labels[t] = kPublisher;
    e = end;
  }
}

void edition_ending_title(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const TokenText word{text, toks};
  auto edition_word = [](std::string_view w) { return w == "ed" || w == "edn" || w == "edition"; };
  if (std::find(labels.begin(), labels.end(), kEdition) != labels.end()) return;
  auto [a, b] = first_run(labels, kTitle);
  if (a == b) return;
  std::size_t e = b;  // the closing bracket: the span's last token but its punctuation
  while (e > a && (word(e - 1) == "." || word(e - 1) == ",")) --e;
  // Without brackets: an ordinal or a year, then "ed", "edn" or "edition" ("… in Canada 3rd ed (1999)", "… Field
  // Theory; 1995 ed., Westview").
  if (e >= a + 4 && word(e - 1)[0] == 'e' && edition_word(lower(word(e - 1)))) {
    std::string_view num = word(e - 2);
    std::size_t d = 0;
    while (d < num.size() && is_digit(num[d])) ++d;
    std::string suffix = lower(num.substr(d));
    bool ordinal = d > 0 && (ordinal_ending(suffix) || (suffix.empty() && number_class(num) == "year"));
    if (ordinal && is_word_token(text, toks[e - 3])) {
      for (std::size_t k = e - 2; k < b; ++k) labels[k] = kEdition;
      return;
    }
    if (ordinal && e >= a + 5 && (word(e - 3) == ";" || word(e - 3) == ",")) {
      for (std::size_t k = e - 3; k < b; ++k) labels[k] = kEdition;
      return;
    }
  }
  if (e < a + 4 || word(e - 1) != ")") return;
  std::size_t o = e - 1;
  while (o > a && word(o) != "(") --o;
  if (o <= a + 1 || word(o) != "(") return;
  // The bracket's words: one to five, the last "ed", "edn" or "edition" (not "Eds.", the editors').
  std::size_t last = e - 2;
  while (last > o && !is_word_token(text, toks[last])) --last;
  std::string_view lw = word(last);
  if (!edition_word(lw)) return;
  int words = 0;
  for (std::size_t k = o + 1; k < e - 1; ++k) {
    if (word(k) == "(" || word(k) == ")") return;
    words += is_word_token(text, toks[k]);
  }
  if (words < 2 || words > 5) return;
  for (std::size_t k = o; k < b; ++k) labels[k] = kEdition;
}

void publisher_before_date(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  for (Label l : labels)
    if (l == kAuthor || l == kEditor) return;
  std::size_t a = past_labelled(labels, kCitationNumber, 0);
  std::size_t b = past_labelled(labels, kPublisher, a);
  if (b == a || b == n || labels[b] != kDate || !is_word_token(text, toks[a])) return;
  if (std::find(labels.begin() + b, labels.end(), kTitle) == labels.end()) return;
  for (std::size_t k = a; k < b; ++k) labels[k] = kAuthor;
}

// "in Latin American Perspectives, 36, 5 (2009), pp. 58-71.", "Biochimico et Biophysics Acta, 663 (1981) 661-668",
// "{\bf 8} (1961), pp. 175-191" (a volume's or issue's number alone): the model labelled the lone number the pages
// too, and to_record takes the first page from the first span.  A pages span of one number (with a LaTeX "{\bf …}"
// around it at most, four digits at most) before a later pages span, that holds a range or opens with a page's mark
// ("pp.", "S.") and whose first number is a page's (five digits at most, no leading zero), is the volume when no
// volume is labelled, else the issue when none is.
void number_before_pages(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  const TokenText word{text, toks};
  auto [a, b] = first_run(labels, kPages);
  std::size_t c = first_labelled(labels, kPages, b);
  if (c >= n) return;
  std::size_t d = past_labelled(labels, kPages, c);
  // The first span: one number, and marks or "bf" around it.
  int numbers = 0;
  for (std::size_t k = a; k < b; ++k) {
    std::string_view w = word(k);
    if (all_digits(w) && w.size() > 4) return;  // "113004": an article's number
    if (all_digits(w)) ++numbers;
    else if (is_word_token(text, toks[k]) && w != "bf") return;
    else if (w == "-" || w == "\xE2\x80\x93") return;
  }
  if (numbers != 1) return;
  // The second: a page's mark first, or a range; its first number a page's ("1750137-9" an identifier's, "00505-1"
  // a DOI's tail).
  bool pages = is_class(word(c), "pp");
  for (std::size_t k = c; k < d && !pages; ++k) pages = word(k) == "-" || word(k) == "\xE2\x80\x93";
  if (!pages) return;
  for (std::size_t k = c; k < d; ++k)
    if (is_digit(word(k)[0])) {
      if (word(k).size() > 5 || word(k)[0] == '0') return;
      break;
    }
  Label to = kLabelCount;
  if (std::find(labels.begin(), labels.end(), kVolume) == labels.end()) to = kVolume;
  else if (std::find(labels.begin(), labels.end(), kIssue) == labels.end()) to = kIssue;
  if (to == kLabelCount) return;
  for (std::size_t k = a; k < b; ++k) labels[k] = to;
}

// "R. Pohl et al., Nature 466 (2010) 2013.", "H.J. Rothe and K.D. Rothe: J. Phys. A 36 (2003) 1671.", "Usp. Mat.Nauk 34
// ( 1979)13 ," (physics' volume, year in brackets, first page): the model runs the date's span on over the page
// after the bracket.  A date span of "(" year ")" and then a number (a range at most) is the pages from that number,
// when a volume is labelled before it and no pages anywhere.
void page_after_bracketed_year(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  if (std::find(labels.begin(), labels.end(), kPages) != labels.end()) return;
  const TokenText word{text, toks};
  for (std::size_t a = 0; a + 3 < n; ++a) {
    if (labels[a] != kDate || (a > 0 && labels[a - 1] == kDate)) continue;
    std::size_t b = past_labelled(labels, kDate, a);
    if (b < a + 4 || word(a) != "(" || number_class(word(a + 1)) != "year" || word(a + 2) != ")") continue;
    if (std::find(labels.begin(), labels.begin() + a, kVolume) == labels.begin() + a) return;
    // The page: one number of five digits at most, a dash and a second at most, then marks only.
    std::size_t k = a + 3;
    if (!all_digits(word(k)) || word(k).size() > 5) return;
    ++k;
    if (k + 1 < b && (word(k) == "-" || word(k) == "\xE2\x80\x93") && all_digits(word(k + 1))) k += 2;
    for (std::size_t m = k; m < b; ++m)
      if (is_word_token(text, toks[m])) return;
    for (std::size_t m = a + 3; m < b; ++m) labels[m] = kPages;
    return;
  }
}

// "L. Arrabito et al., Track reconstruction … ,2007 JINST 2 P05004 [ arXiv:75.312].", "CMS collaboration, … ,2011 JINST
// 6 P11002 [ arXiv:1107.4277]" (IOP's physics style: year, journal, volume, article number): the model labelled the
// journal and its numbers a note.  A note span opening with one to four capitalised words (abbreviations' periods
// between), then a volume of one to four digits and a page or article number ("P05004", "1023"), with no journal,
// container, volume or pages labelled anywhere: the journal, the volume and the pages; the rest stays a note.
void journal_numbers_in_note(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  for (Label l : labels)
    if (l == kJournal || l == kContainer || l == kVolume || l == kPages) return;
  auto [a, b] = first_run(labels, kNote);
  if (a == b) return;
  const TokenText word{text, toks};
  std::size_t k = a;
  int words = 0;
  while (k < b && (is_word_token(text, toks[k]) || word(k) == ".") && !is_digit(word(k)[0])) {
    std::string_view w = word(k);
    if (w != "." && !(w[0] >= 'A' && w[0] <= 'Z')) return;
    words += w != ".";
    ++k;
  }
  if (words < 1 || words > 4 || k + 1 >= b) return;
  std::size_t v = k;
  if (!all_digits(word(v)) || word(v).size() > 4) return;
  std::string_view p = word(v + 1);
  std::size_t digits = p.size() > 1 && p[0] >= 'A' && p[0] <= 'Z' ? 1 : 0;
  if (p.size() - digits < 1 || p.size() > 7 || !all_digits(p.substr(digits))) return;
  for (std::size_t t = a; t < v; ++t) labels[t] = kJournal;
  labels[v] = kVolume;
  labels[v + 1] = kPages;
}

// "G. GUILLAUMET, G. COUDERT et B. LOUBINOUX. Tetrahedron Lett. 4379 (1979).", "Chemistry Lett. 1207 (1982)" (the
// chemists' "journal, page (year)" without the volume): the model labelled the page the volume.  A volume span of
// one number of four or five digits (no leading zero) right after the journal's span, then only "(" year ")", with no
// pages labelled: the first page.
void page_as_volume_before_year(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  if (std::find(labels.begin(), labels.end(), kPages) != labels.end()) return;
  auto [a, b] = first_run(labels, kVolume);
  if (a == b || a == 0 || labels[a - 1] != kJournal) return;
  const TokenText word{text, toks};
  std::size_t k = a;
  if (!all_digits(word(k)) || word(k).size() < 4 || word(k).size() > 5 || word(k)[0] == '0') return;
  for (std::size_t t = k + 1; t < b; ++t)
    if (is_word_token(text, toks[t])) return;
  std::size_t d = b;
  if (d + 2 >= n || word(d) != "(" || number_class(word(d + 1)) != "year" || word(d + 2) != ")") return;
  for (std::size_t t = d + 3; t < n; ++t)
    if (is_word_token(text, toks[t])) return;
  for (std::size_t t = a; t < b; ++t) labels[t] = kPages;
}

void author_date_in_title(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  for (Label l : labels)
    if (l == kAuthor || l == kEditor || l == kDate) return;
  const TokenText word{text, toks};
  std::size_t a = past_labelled(labels, kCitationNumber, 0);
  if (a == n || labels[a] != kTitle) return;
  // The name: capitalised words and the small words of an organisation's name, up to "(" year ")" and "," or ".".
  std::size_t k = a;
  int words = 0;
  for (; k < n && labels[k] == kTitle && word(k) != "("; ++k) {
    std::string_view w = word(k);
    if (!is_word_token(text, toks[k])) {
      if (w != "." && w != "&" && w != "-") return;  // "U.S.", "Johnson & Johnson", "Bosnia-Herzegovina"
      continue;
    }
    ++words;
    bool capital = (w[0] >= 'A' && w[0] <= 'Z') || static_cast<unsigned char>(w[0]) >= 0xC0;
    if (!capital && w != "of" && w != "the" && w != "for" && w != "and" && w != "on" && w != "de" && w != "du" &&
        w != "des" && w != "la" && w != "le" && w != "für" && w != "der")
      return;
  }
  if (words < 1 || words > 10 || k + 3 >= n || word(k) != "(" || word(k + 2) != ")") return;
  std::string_view y = word(k + 1);
  if (!(y.size() == 4 && all_digits(y) && (y[0] == '1' || y[0] == '2')) && !(y.size() == 5 && all_digits(y.substr(0, 4)) &&
                                                                             y[4] >= 'a' && y[4] <= 'z'))
    return;
  std::size_t t = k + 3;
  if (t < n && (word(t) == "," || word(t) == "." || word(t) == ":")) ++t;
  // Two words of title after it, in the same span.
  int after = 0;
  for (std::size_t m = t; m < n && labels[m] == kTitle; ++m) after += is_word_token(text, toks[m]);
  if (after < 2) return;
  for (std::size_t m = a; m < k; ++m) labels[m] = kAuthor;
  for (std::size_t m = k; m < t; ++m) labels[m] = kDate;
}

std::vector<int> quoted_title_pins(std::string_view text, const std::vector<Token>& toks,
                                   const std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  const TokenText word{text, toks};
  std::size_t a = first_labelled(labels, kTitle);
  // No title labelled at all ("Rittel, H.W.J. and Webber, M.M. (1973) 'Dilemmas in a general theory of planning',
  // Policy Sciences, 4(2)": the model read the quoted title into the journal's name): the journal's or container's
  // span opening with the quote stands for the title's.
  bool untitled = a == n;
  if (untitled) {
    a = 0;
    while (a < n && labels[a] != kJournal && labels[a] != kContainer) ++a;
    if (a == n) return {};
  }
  // The opening quote: the title's first token, or the one before it.
  auto closer_of = [&](std::string_view w) -> std::string_view {
    if (w == "\xE2\x80\x9C") return "\xE2\x80\x9D";  // “ ”
    if (w == "\xC2\xAB") return "\xC2\xBB";            // « »
    if (w == "\xE2\x80\x98") return "\xE2\x80\x99";  // ‘ ’
    if (w == "\"" || w == "'") return w;
    if (w == "\xE2\x80\x9E") return "\xE2\x80\x9C";  // German „ “ (Polish „ ”, below)
    return {};
  };
  std::size_t q = a;
  if (closer_of(word(q)).empty() && q > 0 && !closer_of(word(q - 1)).empty()) --q;
  std::string_view close = closer_of(word(q));
  if (close.empty() || q + 1 >= n) return {};
  // At the start of a part of the reference (not "the rare “copper moss,”"),
  // and a straight quote glued to the word it opens.
  if (q > 0 && is_word_token(text, toks[q - 1])) return {};
  bool straight = word(q) == "\"" || word(q) == "'";
  if (straight && toks[q + 1].space_before) return {};
  // The closing quote: not an apostrophe ("Enmarkar’s": a letter glued
  // after it), two words at least inside.
  std::size_t c = q + 1;
  int words = 0;
  const bool low9 = word(q) == "\xE2\x80\x9E";
  for (; c < n; ++c) {
    if (word(c) == close || (low9 && word(c) == "\xE2\x80\x9D")) {
      bool glued_letter = c + 1 < n && !toks[c + 1].space_before && is_word_token(text, toks[c + 1]);
      bool apostrophe = (close == "\xE2\x80\x99" || close == "'") && glued_letter;
      if (!apostrophe) break;
    }
    if (word(c) == word(q) && !straight) return {};  // nested quotes of one kind: unsure
    words += is_word_token(text, toks[c]);
  }
  if (c == n || words < 2) return {};
  // The punctuation that closes the title after its quote ("”.", "»,").
  std::size_t e = c + 1;
  while (e < n && e < c + 3 && (word(e) == "," || word(e) == "." || word(e) == ":" || word(e) == ";")) ++e;
  if (e >= n) return {};
  // The title closed there: punctuation after the quote, a period, comma,
  // "?" or "!" before it ("Written?” In"), or "in" after it ("» in Actes");
  // not a colon ("“Monkey See, Monkey Do:” The Influence of …"), nor a word
  // going on ("‘The functional tradition’ and expression").
  std::string_view last = word(c - 1), next = word(e);
  bool closed = last == "." || last == "," || last == "?" || last == "!" || iequals(next, "in") || next == "dans";
  if (e == c + 1 && !closed) return {};
  // German „…“ close a title only before a comma or "in" ("„Haushalte im Umfeld des SGB II“, IAB-Forschungsbericht",
  // "„…“. In: Bundesgesundheitsblatt"): a quoted phrase opens a title more often than it bounds it, its subtitle after
  // a period or colon ("„Ohne Gewalt läuft nichts“. Jugend und Gewalt in Deutschland. Köln: Bund-Verlag.", "„Die
  // zweite Lebenshälfte“: Längsschnittliche Konzeption …").
  if (low9 && word(c + 1) != "," && !iequals(next, "in")) return {};
  bool inside_other = false;
  for (std::size_t k = q + 1; k < c; ++k) inside_other = inside_other || labels[k] != kTitle;
  if (!inside_other && labels[e] != kTitle) return {};
  // Untitled: the span must go on after the quote (its name is left to it), and the quote must open it.
  if (untitled && (q != a || labels[e] != labels[a])) return {};
  std::vector<int> pin(n, -1);
  for (std::size_t k = q; k < e; ++k) pin[k] = kTitle;
  pin[e] = kNotTitle;
  return pin;
}

namespace {

// "New decision maker model for ... methods. 17th International Conference on Information and Software
// Technologies, Kaunas, Lithuania, 51–58." (APA, a paper in proceedings without "In"): the title span run on
// over the proceedings' name after its closing period.  With pages labelled and no container or journal, the
// last sentence of the title that names a conference, symposium, workshop, congress or proceedings (starting
// with a capital or an ordinal, three title words before it; not after an "In" starting the span or a clause,
// "Middendorf, in Proceedings of …. Workshop …") is the container.
void proceedings_after_title(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  if (std::find(labels.begin(), labels.end(), kContainer) != labels.end() ||
      std::find(labels.begin(), labels.end(), kJournal) != labels.end())
    return;
  auto [a, b] = first_run(labels, kTitle);
  if (a == b || std::find(labels.begin() + b, labels.end(), kPages) == labels.end()) return;
  const TokenText word{text, toks};
  std::size_t w0 = a;
  while (w0 < b && !is_word_token(text, toks[w0])) ++w0;
  if (w0 < b && iequals(word(w0), "in")) return;  // "in Proceedings of …. Workshop …": all of it the container's
  std::size_t dot = b;
  for (std::size_t k = b - 1; k > a; --k)
    if (word(k) == "." && k + 1 < b) {
      dot = k;
      break;
    }
  if (dot == b) return;
  int before = 0, words = 0;
  for (std::size_t k = a; k < dot; ++k) {
    before += is_word_token(text, toks[k]);
    if (k > a && iequals(word(k), "in") && (word(k - 1) == "," || word(k - 1) == ".")) return;  // ", in Proceedings"
  }
  bool named = false;
  for (std::size_t k = dot + 1; k < b; ++k) {
    if (!is_word_token(text, toks[k])) continue;
    ++words;
    std::string lw = ascii_lower(word(k));
    named = named || lw == "conference" || lw == "symposium" || lw == "workshop" || lw == "congress" ||
            lw == "proceedings";
  }
  std::string_view first = word(dot + 1);
  std::string lf = ascii_lower(first);
  bool ordinal = lf.size() >= 3 && is_digit(lf[0]) &&
                 (ends_with(lf, "st") || ends_with(lf, "nd") || ends_with(lf, "rd") || ends_with(lf, "th"));
  if (before < 3 || words < 2 || words > 20 || !named || !(ordinal || (first[0] >= 'A' && first[0] <= 'Z'))) return;
  for (std::size_t k = dot + 1; k < b; ++k) labels[k] = kContainer;
}

}  // namespace

// "In: …, editors. Proceedings of the Genetic and Evolutionary Computation Conference, GECCO 2011. New York, NY: ACM
// Press; 2011." (Vancouver): the conference's acronym and year after the proceedings' name labelled a place and a
// date.  An acronym in capitals (two to ten letters, not a place's word nor a country: "NY", "USA") right after a
// container's comma, with the year after it, both labelled place or date, is the container's end when the reference
// holds another date.
void acronym_after_container(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  const TokenText word{text, toks};
  auto [a, b] = first_run(labels, kContainer);
  if (a == b || b + 1 >= n || word(b - 1) != ",") return;
  std::string_view acronym = word(b);
  bool capitals = acronym.size() >= 2 && acronym.size() <= 10 &&
                  std::all_of(acronym.begin(), acronym.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  if (!capitals || is_class(acronym, "place") || !country_name(acronym).empty()) return;
  if (number_class(word(b + 1)) != "year") return;
  std::size_t e = b + 2;  // after the year and its closing punctuation
  if (e < n && (word(e) == "." || word(e) == ",")) ++e;
  for (std::size_t k = b; k < e; ++k)
    if (labels[k] != kLocation && labels[k] != kDate) return;
  bool other_date = false;
  for (std::size_t k = 0; k < n; ++k) other_date = other_date || ((k < b || k >= e) && labels[k] == kDate);
  if (!other_date) return;
  for (std::size_t k = b; k < e; ++k) labels[k] = kContainer;
}

// "Title. In ALISE 2019.", "In P. Legrand (Ed.), Artificial Evolution: 11th International Conference, EA 2013"
// (a meeting's name ending in its acronym and year): the year right after the acronym that ends the container's or
// journal's span, labelled a date of its own, is the name's when another date is labelled and no volume's or page's
// mark follows it ("JAMA 2019;321:1" keeps its date).
void year_after_acronym(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  const TokenText word{text, toks};
  for (Label l : {kContainer, kJournal}) {
    auto [a, b] = first_run(labels, l);
    if (a == b || b >= n || labels[b] != kDate || !is_word_token(text, toks[b - 1])) continue;
    std::string_view acronym = word(b - 1);
    bool capitals = acronym.size() >= 2 && acronym.size() <= 10 &&
                    std::all_of(acronym.begin(), acronym.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (!capitals || is_class(acronym, "place") || !country_name(acronym).empty()) continue;
    if (number_class(word(b)) != "year") continue;
    std::size_t e = b + 1;  // after the year and its closing punctuation
    if (e < n && (word(e) == "." || word(e) == ",")) ++e;
    else if (e < n) continue;
    if (e < n && (labels[e] == kDate || is_digit(word(e)[0]))) continue;  // "PLoS ONE 2024, 19 (3)": the volume
    for (std::size_t k = b; k < e; ++k)
      if (labels[k] != kDate) return;
    bool other_year = false;  // another date with its year
    for (std::size_t k = 0; k < n; ++k)
      other_year = other_year || ((k < b || k >= e) && labels[k] == kDate && number_class(word(k)) == "year");
    if (!other_year) continue;
    for (std::size_t k = b; k < e; ++k) labels[k] = l;
    return;
  }
}

namespace {

// The words of `phrase` (lower case, separated by spaces, punctuation as words: "ed . by") at tokens k.. before
// `end`, in any case: the token after them, or npos.
std::size_t phrase_at(std::string_view text, const std::vector<Token>& toks, std::size_t k, std::size_t end,
                      std::string_view phrase) {
  while (!phrase.empty()) {
    std::size_t sp = phrase.find(' ');
    if (k >= end || ascii_lower(text.substr(toks[k].begin, toks[k].end - toks[k].begin)) != phrase.substr(0, sp))
      return std::string::npos;
    phrase = sp == std::string_view::npos ? std::string_view() : phrase.substr(sp + 1);
    ++k;
  }
  return k;
}

}  // namespace

// "Parallel Problem Solving from Nature – PPSN XVI, Lecture Notes in Computer Science, Vol. 12269" (Springer's
// proceedings in ACS, AMA, APA, Chicago...): a book series' name ending the container's span after its comma or
// period ("Lecture Notes in …", "Communications in Computer and Information Science", "Advances in Intelligent Systems
// and Computing"…) is the series, not the book's name.  A span that is the series alone stays.
void series_ending_container(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const TokenText word{text, toks};
  auto [a, b] = first_run(labels, kContainer);
  if (a == b) return;
  static const char* const starters[] = {"lecture notes in",
                                         "lecture notes on",
                                         "lecture notes of",
                                         "springer proceedings in",
                                         "springer series in",
                                         "springer tracts in",
                                         "ifip advances in",
                                         "communications in computer and information science",
                                         "advances in intelligent systems and computing",
                                         "studies in computational intelligence",
                                         "frontiers in artificial intelligence and applications"};
  int words = 0;
  for (std::size_t s = a; s < b; ++s) {
    bool word_here = is_word_token(text, toks[s]);
    if (word_here && words >= 2 && (word(s - 1) == "," || word(s - 1) == ".")) {
      for (const char* starter : starters) {
        std::size_t k = phrase_at(text, toks, s, b, starter);
        if (k == std::string::npos) continue;
        // The series' name runs to the span's end: capitalised words and connectors, then punctuation only.
        for (; k < b && is_word_token(text, toks[k]); ++k) {
          std::string_view w = word(k);
          if (is_digit(w[0])) return;
        }
        for (; k < b; ++k)
          if (is_word_token(text, toks[k])) return;
        for (std::size_t t = s; t < b; ++t) labels[t] = kCollection;
        return;
      }
    }
    words += word_here;
  }
}

// "Glashow, 'Partial Symmetries of Weak Interactions', 22 Nucl. Phys. (1961) 579." (the law reviews' order: volume,
// journal, year in brackets, page; EJIL, OSCOLA): a number opening the journal's span, before the year in brackets
// right after it, is the volume when no volume is labelled ("3 Biotech 2019;9:12" has its volume after the date).
void volume_before_journal(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  const TokenText word{text, toks};
  if (std::find(labels.begin(), labels.end(), kVolume) != labels.end()) return;
  auto [a, b] = first_run(labels, kJournal);
  if (a == b || b + 2 >= n || word(b) != "(" || number_class(word(b + 1)) != "year" || labels[b + 1] != kDate) return;
  std::size_t v = a;
  while (v < b && !is_word_token(text, toks[v])) ++v;
  std::string_view num = word(v);
  if (v + 1 >= b || num.size() > 4 || !std::all_of(num.begin(), num.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
      number_class(num) == "year")
    return;
  std::string_view next = word(v + 1);
  if (!(next[0] >= 'A' && next[0] <= 'Z')) return;
  labels[v] = kVolume;
  // The punctuation before it (the title's closing quote and comma) is the span's before.
  for (std::size_t k = a; k < v; ++k) labels[k] = a > 0 ? labels[a - 1] : kVolume;
}

// "DeDominicis KL. Imagining virtual community: …. The University of Edinburgh; 2016." (a thesis in Vancouver):
// a university's name labelled the journal in a reference with no volume, issue or pages is the publisher.  The
// name holds a university's word and no journal's word ("University of Toronto Law Journal" stays).
void university_journal(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const TokenText word{text, toks};
  for (Label l : labels)
    if (l == kVolume || l == kIssue || l == kPages || l == kPublisher || l == kContainer) return;
  auto [a, b] = first_run(labels, kJournal);
  if (a == b || std::find(labels.begin() + b, labels.end(), kJournal) != labels.end()) return;
  bool university = false;
  for (std::size_t k = a; k < b; ++k) {
    if (is_class(word(k), "jour")) return;
    university = university || starts_with(ascii_lower(word(k)), "universit");
  }
  if (!university) return;
  for (std::size_t k = a; k < b; ++k) labels[k] = kPublisher;
}

// "In: Sustainability (Switzerland) Bd. 11, MDPI (2019), Nr. 7" (DIN 1505): a volume's word and number labelled the
// edition ("Bd. 11", "Vol. 3": an edition is never so written) are the volume; and a span labelled the editors right
// before it that opens with "In" and holds no editors' word ("(Hrsg.)") is the journal.
void volume_as_edition(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const TokenText word{text, toks};
  auto [a, b] = first_run(labels, kEdition);
  if (a == b || a + 2 > b || !is_class(word(a), "vol")) return;
  std::size_t k = a + 1;
  if (word(k) == ".") ++k;
  if (k >= b || !is_digit(word(k)[0])) return;
  for (std::size_t t = k + 1; t < b; ++t)
    if (is_word_token(text, toks[t])) return;
  for (std::size_t t = a; t < b; ++t) labels[t] = kVolume;
  if (a == 0 || (labels[a - 1] != kEditor && labels[a - 1] != kContributor)) return;
  std::size_t e = a;
  while (e > 0 && labels[e - 1] == labels[a - 1]) --e;
  std::size_t w = e;
  while (w < a && !is_word_token(text, toks[w])) ++w;
  if (w >= a || !is_class(word(w), "in")) return;
  for (std::size_t t = w; t < a; ++t)
    if (is_class(word(t), "ed")) return;
  for (Label l : labels)
    if (l == kJournal || l == kContainer) return;
  for (std::size_t t = e; t < a; ++t) labels[t] = kJournal;
}

// "Title. Master’s thesis. Massachusetts Institute of Technology." (Elsevier, Vancouver, IEEE and Springer write a
// thesis's degree after its title, without APA's brackets): a degree statement (degree words, "Unpublished", then
// "thesis", "dissertation" or "Diss.") after a period or comma of the title span, ending it, is the genre; when words
// naming a university, college or institute follow it to the span's end and no publisher is labelled, they are the
// publisher.
void thesis_in_title(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const TokenText word{text, toks};
  auto [a, b] = first_run(labels, kTitle);
  if (a == b) return;
  static const std::unordered_set<std::string> degree = {
      "unpublished", "master", "masters", "m", "ma", "ms", "msc", "sc", "mphil", "mba", "phil", "phd", "ph", "d",
      "dphil", "doctoral", "doctorate", "doctor", "bachelor", "bachelors", "b", "ba", "bsc", "s", "diploma",
      "honours", "honors", "senior", "undergraduate", "licentiate", "magister", "diplom", "a"};
  for (std::size_t s = a + 3; s < b; ++s) {
    if (!(word(s - 1) == "." || word(s - 1) == ",") || !word.is_word(s)) continue;
    std::size_t k = s;
    bool degree_word = false;
    for (; k < b; ++k) {
      std::string w = lower(word(k));
      if (w == "thesis" || w == "dissertation" || w == "diss") break;
      if (w == "." || w == "'" || w == "\xE2\x80\x99") continue;
      if (!degree.count(w) || (w == "a" && word(k) != "A")) {
        k = b;
        break;
      }
      degree_word = true;
    }
    // "Thesis, Teachers College": the noun alone opens the sentence capitalised.
    if (k >= b || (!degree_word && word(k)[0] != 'T' && word(k)[0] != 'D')) continue;
    std::size_t f = k + 1;
    while (f < b && !word.is_word(f)) ++f;
    bool publisher = false;
    if (f < b) {
      if (std::find(labels.begin(), labels.end(), kPublisher) != labels.end()) return;
      int words = 0;
      for (std::size_t t = f; t < b; ++t) {
        std::string w = lower(word(t));
        words += word.is_word(t);
        publisher = publisher || starts_with(w, "universit") || w == "college" || starts_with(w, "institut") ||
                    w == "school" || w == "academy";
      }
      if (!publisher || words > 10) return;
    }
    for (std::size_t t = s; t < b; ++t) labels[t] = t < f ? kGenre : kPublisher;
    return;
  }
}

// "Studies in the Phonology of Modern Icelandic. Edited by Magnús Pétursson. Helmut Buske Verlag" (Chicago, and the
// German and French styles' "Herausgegeben von", "Traduction de"): an editor's or translator's statement after a
// period, comma or opening bracket of the title span, running to its end (or to the bracket's close), and naming
// persons only (capitalised words, initials, particles, "and"), is the editors (edited) or a contributor (translated,
// introduced).  Both are no part of the title.
void role_in_title(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const TokenText word{text, toks};
  auto [a, b] = first_run(labels, kTitle);
  if (a == b) return;
  // The statement's opening words: the role's words, then "by", "von", "de", "par" or "di".
  struct Role {
    const char* words;
    Label label;
  };
  static const Role roles[] = {
      {"edited by", kEditor},           {"ed . by", kEditor},         {"herausgegeben von", kEditor},
      {"hrsg . von", kEditor},          {"hg . von", kEditor},        {"édité par", kEditor},
      {"a cura di", kEditor},           {"edited and translated by", kEditor},
      {"translated by", kContributor},  {"trans . by", kContributor}, {"transl . by", kContributor},
      {"translated and edited by", kContributor},                     {"übersetzt von", kContributor},
      {"ubersetzt von", kContributor},  {"traduction de", kContributor}, {"traduit par", kContributor},
      {"traducción de", kContributor},  {"tradução de", kContributor}, {"traduzione di", kContributor},
      {"with an introduction by", kContributor},                      {"introduction by", kContributor},
      {"foreword by", kContributor},    {"illustrated by", kContributor}};
  for (std::size_t s = a + 2; s < b; ++s) {
    std::string_view open = word(s - 1);
    if (!(open == "." || open == "," || open == "(" || open == "[")) continue;
    for (const Role& role : roles) {
      std::size_t k = phrase_at(text, toks, s, b, role.words);
      if (k == std::string::npos) continue;
      // The names to the span's end (or to the closing bracket, then punctuation only).
      std::size_t words = 0;
      bool closed = false;
      for (std::size_t t = k; t < b; ++t) {
        std::string_view w = word(t);
        if (closed) {
          if (word.is_word(t)) return;
          continue;
        }
        if ((open == "(" && w == ")") || (open == "[" && w == "]")) {
          closed = true;
          continue;
        }
        if (!word.is_word(t)) {
          if (w != "." && w != "," && w != "-" && w != "&" && w != "'" && w != "\xE2\x80\x99") return;
          continue;
        }
        ++words;
        unsigned char c = static_cast<unsigned char>(w[0]);
        bool particle = w == "von" || w == "van" || w == "de" || w == "der" || w == "den" || w == "di" ||
                        w == "da" || w == "du" || w == "la" || w == "le" || w == "y" || is_class(w, "and");
        if (is_digit(w[0]) || (!particle && c < 0x80 && !(c >= 'A' && c <= 'Z'))) return;
      }
      if (words == 0 || words > 12 || ((open == "(" || open == "[") && !closed)) return;
      for (std::size_t t = s; t < b; ++t) labels[t] = role.label;
      // The bracket opening the statement is no part of the title either.
      if (open == "(" || open == "[") labels[s - 1] = role.label;
      return;
    }
  }
}

// German social science's last sentences of a title that are no part of it (EXCITE's SSOAR references): a work's
// status, "Unveröff. Manuskript", "unveröffentlichte Diplomarbeit" (unpublished), and a talk's statement, "Vortrag auf
// der Fachtagung des INEF in Duisburg am 20. Juli 2005", "Vortrag bei …", "Referat im Rahmen …".  After a period,
// question or exclamation mark (a comma too for "unveröffentlicht") of the first title span, to its end: the status
// is the genre, and a genre's noun the model labelled the publisher right after it ("Unveröff.] [publisher
// Manuskript,] [location Düsseldorf.]") with it; the talk's word is the genre, the event after it a note.
void german_status_in_title(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const TokenText word{text, toks};
  auto [a, b] = first_run(labels, kTitle);
  if (a == b) return;
  static const std::unordered_set<std::string> nouns = {
      "manuskript", "ms", "typoskript", "diplomarbeit", "dissertation", "diss", "magisterarbeit", "masterarbeit",
      "bachelorarbeit", "habilitationsschrift", "arbeitspapier", "bericht", "gutachten", "vortrag"};
  static const std::unordered_set<std::string> talk_after = {"auf", "bei", "beim", "im", "in", "an", "am", "vor",
                                                             "zur", "zum", "anl\xC3\xA4sslich", "w\xC3\xA4hrend"};
  for (std::size_t s = a + 3; s < b; ++s) {
    std::string_view before = word(s - 1);
    std::string w = lower(word(s));
    bool status = starts_with(w, "unver\xC3\xB6" "ff");
    bool talk = (w == "vortrag" || w == "referat") && s + 1 < b && talk_after.count(lower(word(s + 1)));
    if (!(before == "." || before == "?" || before == "!" || (status && before == ","))) continue;
    if (!status && !talk) continue;
    if (status) {
      for (std::size_t t = s; t < b; ++t) labels[t] = kGenre;
      // The genre's noun the model read as the publisher after it.
      std::size_t k = b;
      if (k < labels.size() && labels[k] == kPublisher && nouns.count(lower(word(k)))) {
        for (; k < labels.size() && labels[k] == kPublisher && (k == b || !is_word_token(text, toks[k])); ++k)
          labels[k] = kGenre;
      }
    } else {
      labels[s] = kGenre;
      for (std::size_t t = s + 1; t < b; ++t) labels[t] = kNote;
    }
    return;
  }
}

namespace {

// "In Construction Research Congress 2016; 1373-1382." (Scopus, a paper in proceedings without a date of its own):
// with no date labelled, a year ending the container's or journal's name, before its closing punctuation, is the
// date (to_record keeps the name without it).
void year_ending_container(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  if (std::find(labels.begin(), labels.end(), kDate) != labels.end()) return;
  const TokenText word{text, toks};
  for (Label l : {kContainer, kJournal}) {
    auto [a, b] = first_run(labels, l);
    std::size_t e = b;
    while (e > a && !is_word_token(text, toks[e - 1])) --e;
    if (e < a + 3 || number_class(word(e - 1)) != "year") continue;
    for (std::size_t k = e - 1; k < b; ++k) labels[k] = kDate;
    return;
  }
}

}  // namespace

namespace {

// "刘春, 舞蹈新媒体初探, 北京舞蹈学院学报, 2005.", "木村雄四郞, 石戶谷勉氏の逝去を悼む, 植物硏究雜誌, …", "靳士英. 五臟图考.
// 中华医史杂誌. 1994." (KISTI's Chinese and Japanese references, no GB/T 7714 type mark): the model reads the title and
// the journal into the authors.  A CJK name is at most five characters.  In an author span opening the reference
// with CJK names alone (no Latin letter, no digit), the first segment (between "," "，" "、" "." "。" ";") of six CJK
// characters or more, or of four after a period and a space ("靳士英. 五臟图考."; "夏昌世. 莫伯治" two names), is the title ("詹慧珊、吳明芳 數位影像…": a name before the
// space after "、" stays a name).  The next segment left in the span is the journal when the reference labels none
// ("北京 ： 商務", the place and the publisher), the title's otherwise; what follows it the volume ("권2").
// "srEdm", "eLISA", "e122": a word in small letters with a capital or a digit inside, an acronym's way.
bool acronym_like(std::string_view w) {
  return std::any_of(w.begin() + 1, w.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
}

// Whether words [from, to) end with a group's name: "… Collaboration", "MOLLERCollaboration", "… collaborations",
// "… Consortium", "… Investigators", "… Study Group" (a trial's, a working party's: a word before "Group" says so).
bool ends_with_group_word(std::string_view text, const std::vector<Token>& toks, std::size_t from, std::size_t to) {
  const TokenText word{text, toks};
  std::size_t e = to;
  while (e > from && !is_word_token(text, toks[e - 1])) --e;
  if (e == from) return false;
  std::string last = lower(word(e - 1));
  if (ends_with(last, "collaboration") || ends_with(last, "collaborations") || last == "consortium" ||
      last == "investigators")
    return true;
  if (last != "group" || e < from + 2) return false;
  static const std::unordered_set<std::string> kinds = {"study", "trial", "trials", "working", "writing",
                                                        "research", "collaborative", "cooperative"};
  return kinds.count(lower(word(e - 2))) > 0;
}

// Group authors read into the title: "Prescott, C.Y., et al.: SLAC-e122 Collaboration. Phys. Lett. B 77, 347 (1978)",
// "R. Diener, LCTPC Collaboration, Phys. Procedia 37 (2012) 456." (a collaboration after the persons), and "The
// BENESTENT-I Study Group. Continued benefit of coronary stenting …" (a group first, no author labelled).  A title
// span right after the author span that is a group's name (ends_with_group_word, eight words at most) is the
// authors'; with no author labelled, the title's first sentence so written is, when three title words follow.
void group_author_in_title(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  auto [a, b] = first_run(labels, kTitle);
  if (a == b) return;
  const TokenText word{text, toks};
  auto words = [&](std::size_t from, std::size_t to) {
    int w = 0;
    for (std::size_t k = from; k < to; ++k) w += is_word_token(text, toks[k]);
    return w;
  };
  bool author_before = std::find(labels.begin(), labels.begin() + a, kAuthor) != labels.begin() + a;
  if (author_before) {
    // A collaboration's name after the persons: five words at most, an acronym among them ("SLAC-e122", "PREX",
    // "MOLLERCollaboration"), no word in small letters but connectors ("and", "on behalf of the"): not a title
    // ending so ("Project management in the Atlas international collaboration", "Collisions and Collaborations").
    if (labels[a - 1] != kAuthor || !ends_with_group_word(text, toks, a, b)) return;
    static const std::unordered_set<std::string_view> connectors = {"and", "on", "of", "the", "for", "andon",
                                                                    "behalf", "behalfof"};
    bool acronym = false;
    int named = 0;
    for (std::size_t k = a; k < b; ++k) {
      std::string_view w = word(k);
      if (!is_word_token(text, toks[k]) || connectors.count(w)) continue;
      ++named;
      std::size_t caps = 0;
      while (caps < w.size() && w[caps] >= 'A' && w[caps] <= 'Z') ++caps;
      acronym = acronym || caps >= 2;
      if (w[0] >= 'a' && w[0] <= 'z' && !ends_with(w, "collaborations") && !ends_with(w, "collaboration") &&
          !acronym_like(w))
        return;
    }
    if (!acronym || named > 5) return;
    for (std::size_t k = a; k < b; ++k) labels[k] = kAuthor;
    return;
  }
  for (std::size_t k = a; k < b; ++k) {
    if (word(k) != "." || k + 1 >= b || !toks[k + 1].space_before) continue;
    if (words(a, k) > 8 || !ends_with_group_word(text, toks, a, k) || words(k + 1, b) < 3) return;
    for (std::size_t t = a; t <= k; ++t) labels[t] = kAuthor;
    return;
  }
}

// HEP's (INSPIRE's) "F. Bergsma et al. [CHARM Collaboration], Phys. Lett. B 166 473 (1986).", "A. Vaitaitis et al.
// [NuTeV and E815 Collaborations], …": the model read the family name, "et al." and the bracketed collaboration as the
// title (UMass: 4 references).  A title run opening right after an author run, a name of three words at most before
// "et al.", the bracket after it closing on a group's word (ends_with_group_word), is the authors' (to_record's
// "et al." ends the persons there).
void collaboration_after_et_al(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  auto [a, b] = first_run(labels, kTitle);
  if (a == b || a == 0 || labels[a - 1] != kAuthor) return;
  const TokenText word{text, toks};
  std::size_t k = a;
  int words = 0;
  while (k + 1 < b && !(word(k) == "et" && (word(k + 1) == "al" || word(k + 1) == "al."))) words += is_word_token(text, toks[k++]);
  if (k + 1 >= b || words == 0 || words > 3) return;
  std::size_t open = k + 2;
  if (open < b && word(open) == ".") ++open;
  if (open >= b || word(open) != "[") return;
  std::size_t close = open + 1;
  while (close < b && word(close) != "]" && word(close) != "[") ++close;
  if (close >= b || word(close) != "]" || !ends_with_group_word(text, toks, open + 1, close)) return;
  std::size_t end = close + 1;
  if (end < b && (word(end) == "," || word(end) == ".")) ++end;
  for (std::size_t t = a; t < end; ++t) labels[t] = kAuthor;
}

// APA's group author the model read as a first title: "Bureau d'audiences publiques sur l'environnement (2014). Projet
// de parc éolien …", "Secretariat of the Convention on Biological Diversity (2011) Strategic Plan for Biodiversity …":
// the reference opens with a title run (after its number), a bracketed date follows it and a second title run
// follows that (which to_record kept in the annotation).  The first run, twelve words at most, no quotation mark, is the
// author.
void group_author_as_first_title(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  std::size_t a = past_labelled(labels, kCitationNumber, 0);
  if (a >= n || labels[a] != kTitle) return;
  std::size_t b = past_labelled(labels, kTitle, a);
  if (b >= n || labels[b] != kDate || text[toks[b].begin] != '(') return;
  std::size_t c = b;
  bool year = false;
  while (c < n && labels[c] == kDate) year = year || number_class(text.substr(toks[c].begin, toks[c].end - toks[c].begin)) == "year", ++c;
  if (!year || c >= n || labels[c] != kTitle) return;
  // "The Competitiveness of … Industries. (2000) Prepared by Media Group, …": the work's title, its makers after it.
  for (std::string_view w : {"prepared", "by", "edited", "compiled", "translated", "written"})
    if (iequals(text.substr(toks[c].begin, toks[c].end - toks[c].begin), w)) return;
  int words = 0;
  for (std::size_t k = a; k < b; ++k) {
    std::string_view w = text.substr(toks[k].begin, toks[k].end - toks[k].begin);
    if (is_quote(w) || w == "?" || w == ":") return;
    words += is_word_token(text, toks[k]);
  }
  if (words == 0 || words > 12) return;
  for (std::size_t k = a; k < b; ++k) labels[k] = kAuthor;
}

// A title the model split with a run of another label glued to it: "“What Were We—Idiots?”: Re-evaluating Female
// Spectatorship …" read "Re-" as a journal, the title cut at it and its rest a second title (kept in the annotation).  A run
// of one word, title on both sides and no space between it and one of them, is the title's.
void glued_run_in_title(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  for (std::size_t a = 1; a < n; ++a) {
    if (labels[a] == kTitle || labels[a - 1] != kTitle) continue;
    std::size_t b = a;
    int words = 0;
    while (b < n && labels[b] == labels[a]) words += is_word_token(text, toks[b++]);
    if (b == n || labels[b] != kTitle || words != 1) continue;
    const Label l = labels[a];
    if (l != kJournal && l != kContainer && l != kNote && l != kPublisher && l != kLocation && l != kCollection &&
        l != kGenre)
      continue;
    if (toks[a].space_before && toks[b].space_before) continue;
    for (std::size_t k = a; k < b; ++k) labels[k] = kTitle;
  }
}

// A chapter whose book's editors follow "Dans" or "in" without an editors' word: "Rouquette, M.-L. (2000). Title.
// Dans C. Garnier, & M.-L. Rouquette, Représentations sociales et éducation (pp. 133-142).", "BECK Patrice, « Title
// », dans BOURIN Monique, MARTIN Jean-Marie, …, Genèse médiévale …".  The model read the names as a second authors'
// span (the "Dans" into the title's end or the names' start) and the book as a second title.  After the authors and
// a title, "in"/"dans" then a names' run then a title run: the editors and the container.
void editors_after_dans(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  const TokenText word{text, toks};
  auto in_word = [&](std::size_t k) { return iequals(word(k), "dans") || iequals(word(k), "in"); };
  std::size_t a0 = 0, e = 0;
  if (!opening_author_span(labels, a0, e)) return;
  std::size_t t = e;
  while (t < n && labels[t] != kTitle) {
    if (labels[t] != kDate) return;
    ++t;
  }
  std::size_t te = past_labelled(labels, kTitle, t);
  if (t == te || te == n || labels[te] != kAuthor) return;
  // The joining word: the title's last word, or the names' first.
  std::size_t w = te;
  if (in_word(te)) {
    w = te;
  } else {
    std::size_t last = te - 1;
    while (last > t && !is_word_token(text, toks[last])) --last;
    if (!in_word(last) || last + 1 != te) return;
    w = last;
  }
  if (w > 0 && word(w - 1) != "." && word(w - 1) != "," && !is_quote(word(w - 1))) return;
  std::size_t ne = past_labelled(labels, kAuthor, te);
  if (ne == n || labels[ne] != kTitle || word(ne - 1) != ",") return;
  std::size_t be = past_labelled(labels, kTitle, ne);
  for (std::size_t k = w; k < ne; ++k) labels[k] = kEditor;
  for (std::size_t k = ne; k < be; ++k) labels[k] = kContainer;
}

// NLM's (Citing Medicine's) reference to a work on the Internet: "[Internet]" ends the work's name, then "Place:
// Publisher; date [updated …; cited …]. Available from: URL".  A web page, database or book: "FAQs [Internet].
// [cited 2015 Jan 25].", "National Cancer Institute. Cancer stat facts [Internet]. Bethesda (MD): NCI; c2018 [cited
// 2020 Mar 2].", "Gene [Internet]. Bethesda (MD): National Library of Medicine (US), …; 2004 – [cited …]."; a chapter
// of a book on the Internet (NCBI's Bookshelf: GeneReviews, StatPearls): "Title. 1998 Oct 23 [Updated 2018 Dec 20].
// In: Adam MP, …, editors. GeneReviews® [Internet]. Seattle (WA): University of Washington, Seattle; 1993-2019.".
// The model read the name as a note or an author, the group before it as the title or publisher, "c2018" into the
// publisher and "[Updated …]" into the title.  The sentence ending with the marker is the work's title (the book's
// name after "In:", the container), one sentence before it the authors; after it the place before the colon, the
// publisher before the semicolon, the date after it and the bracketed dates.  Not a journal's "J Med Internet Res
// [Internet]. 2018 [cited …];20(3):e100" (a semicolon and a number after the bracket: the model reads it), nor a
// title after two sentences or more ("Lozano JE. lozalojo/mem: … library. Zenodo [Internet].").
void nlm_internet_layout(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  const TokenText word{text, toks};
  // The marker "[Internet]", or Citing Medicine's older "[homepage on the Internet]", "[database on the Internet]".
  std::size_t o = 1, close = 0;
  for (; o + 2 < n && close == 0; ++o) {
    if (word(o) != "[") continue;
    if (iequals(word(o + 1), "internet") && word(o + 2) == "]") close = o + 2;
    else if (o + 5 < n && is_word_token(text, toks[o + 1]) && iequals(word(o + 2), "on") &&
             iequals(word(o + 3), "the") && iequals(word(o + 4), "internet") && word(o + 5) == "]")
      close = o + 5;
    if (close != 0) break;
  }
  if (close == 0 || close + 1 >= n || word(close + 1) != ".") return;
  const std::size_t c = close;
  // The model's link span may open before the link, with the date ("c2005 [cited 2005 Jan 1]. Available from:
  // http://…" one link span): the words before "Available" or the link itself are read below, not its.
  for (std::size_t k = c + 2; k < n && !iequals(word(k), "available") && !starts_link(text, toks[k].begin); ++k)
    if (labels[k] == kUrl) labels[k] = kNote;
  // A sentence ends at a period before a space (Vancouver's initials end the names: "Blom V. pymunk").
  auto sentence_end = [&](std::size_t k) { return word(k) == "." && (k + 1 == n || toks[k + 1].space_before); };
  auto bracket_date = [&](std::size_t k) {  // "[cited …]", "[updated …]", "[Updated …; cited …]"
    return k + 1 < n && word(k) == "[" &&
           (iequals(word(k + 1), "cited") || iequals(word(k + 1), "updated") || iequals(word(k + 1), "accessed"));
  };
  auto close_of = [&](std::size_t k) {  // the "]" closing the bracket opened at k, or n
    while (k < n && word(k) != "]") ++k;
    return k;
  };
  // A journal's issue after the bracketed dates: ";20(3):e100".
  // A journal's volume after its year ("2018;20:e100") or after the bracketed dates ("[cited …];20(3):e100"): the
  // model reads those; not a publisher's "Seattle; 1993-2019".
  for (std::size_t k = c + 2; k + 1 < n && labels[k] != kUrl && !iequals(word(k), "available"); ++k)
    if (word(k) == ";" && is_digit(word(k + 1)[0]) &&
        (word(k - 1) == "]" || number_class(word(k - 1)) == "year" || number_class(word(k - 1)) == "d2" ||
         number_class(word(k - 1)) == "d1" || is_month_word(lower(word(k - 1)))))
      return;
  std::size_t first = 0;
  while (first < o && labels[first] == kCitationNumber) ++first;
  // The name: back from the marker to the sentence's start, or to "In:".
  std::size_t s = o;
  while (s > first && !sentence_end(s - 1) && !(word(s - 1) == ":" && s >= 2 && iequals(word(s - 2), "in"))) --s;
  if (s == o) return;
  int name_words = 0;
  for (std::size_t k = s; k < o; ++k) name_words += is_word_token(text, toks[k]);
  if (name_words == 0 || name_words > 30) return;
  // "In:" before the name, or "In:" opening the editors' sentence before it: a chapter, the name its book's.
  std::size_t in = n;
  for (std::size_t k = first; k + 1 < s; ++k)
    if (iequals(word(k), "in") && word(k + 1) == ":" && (k == first || sentence_end(k - 1) || word(k - 1) == "]"))
      in = k;
  const bool chapter = in != n;
  if (chapter) {
    for (std::size_t k = s; k <= c + 1; ++k) labels[k] = kContainer;
    // "In: Adam MP, …, editors.": the editors' span; "In:" alone the container's.
    bool editors = false;
    for (std::size_t k = in + 2; k < s; ++k) editors = editors || iequals(word(k), "editors") || iequals(word(k), "editor");
    for (std::size_t k = in; k < s; ++k) labels[k] = editors ? kEditor : kContainer;
    // "Title. 1998 Oct 23 [Updated 2018 Dec 20]. In:", "Title. [Updated 2023 Jul 20]. In:": the chapter's dates.
    std::size_t d = in;
    if (d > first && sentence_end(d - 1)) {
      std::size_t b = d - 1;
      while (b > first && !sentence_end(b - 1)) --b;
      bool dated = bracket_date(b);
      for (std::size_t k = b; k < d - 1 && !dated; ++k) dated = number_class(word(k)) == "year" && k == b;
      if (dated && b > first) {
        for (std::size_t k = b; k < d; ++k) labels[k] = kDate;
        // "Bird TD. Hereditary Neuropathy Overview. 1998 Sep 28 …": the model ran the authors' span on over the
        // chapter's title, no title labelled: the first sentence ends the names where its last word is Vancouver's
        // initials ("TD", "JC"), the words after it up to the dates are the title.
        bool titled = false;
        for (std::size_t k = first; k < b; ++k) titled = titled || labels[k] == kTitle;
        std::size_t e = first;
        while (e + 1 < b && !sentence_end(e)) ++e;
        auto initials = [](std::string_view w) {
          return !w.empty() && w.size() <= 3 && std::all_of(w.begin(), w.end(), [](char x) { return x >= 'A' && x <= 'Z'; });
        };
        if (!titled && e + 2 < b && e > first && sentence_end(e) && initials(word(e - 1)) && labels[first] == kAuthor) {
          for (std::size_t k = first; k <= e; ++k) labels[k] = kAuthor;
          for (std::size_t k = e + 1; k < b; ++k) labels[k] = kTitle;
        }
      }
    }
  } else {
    // The authors: one sentence before the name (none, or a title or publisher labelled: "Centers for Disease
    // Control.", "National Cancer Institute."), not two ("Arduino. 2025. Download …": the model's reading stands).
    if (s > first) {
      int words = 0;
      for (std::size_t k = first; k + 1 < s; ++k) {
        if (sentence_end(k)) return;
        std::string_view w = word(k);
        if (is_quote(w) || number_class(w) == "year") return;
        words += is_word_token(text, toks[k]);
      }
      if (words == 0 || words > 16) return;
      bool authored = false;
      for (std::size_t k = first; k < s; ++k) authored = authored || labels[k] == kAuthor || labels[k] == kEditor;
      if (!authored)
        for (std::size_t k = first; k < s; ++k) labels[k] = kAuthor;
    }
    for (std::size_t k = s; k <= c + 1; ++k) labels[k] = kTitle;
  }
  // After it: "13th ed." (an edition, the model's), then "Place: Publisher; date", up to the bracketed dates, the
  // sentence's end or the link.
  std::size_t r = c + 2;
  {
    std::size_t e = r;
    while (e < n && !sentence_end(e) && word(e) != "[" && labels[e] != kUrl) ++e;
    if (e < n && sentence_end(e) && e > r &&
        (iequals(word(e - 1), "ed") || iequals(word(e - 1), "edition") || iequals(word(e - 1), "edn")))
      r = e + 1;
  }
  std::size_t end = r;
  while (end < n && !sentence_end(end) && word(end) != "[" && labels[end] != kUrl && labels[end] != kDoi &&
         !iequals(word(end), "available"))
    ++end;
  std::size_t colon = n, semi = n;
  int depth = 0;
  for (std::size_t k = r; k < end; ++k) {
    std::string_view w = word(k);
    if (w == "(") ++depth;
    else if (w == ")") --depth;
    else if (depth == 0 && w == ":" && colon == n && semi == n) colon = k;
    else if (depth == 0 && w == ";" && semi == n) semi = k;
  }
  // "Cambridge, England; Boca Raton, FL: Woodhead …; CRC Press; 2009": two places and publishers, the model's.
  if (semi != n && colon == n)
    for (std::size_t k = semi + 1; k < end; ++k)
      if (word(k) == ":") return;
  auto words_in = [&](std::size_t a, std::size_t b) {
    int w = 0;
    for (std::size_t k = a; k < b; ++k) w += is_word_token(text, toks[k]);
    return w;
  };
  auto dated = [&](std::size_t a, std::size_t b) {  // a year, "c2018" (copyright), "[1988]"
    for (std::size_t k = a; k < b; ++k) {
      std::string_view w = word(k);
      if (number_class(w) == "year") return true;
      if (w.size() == 5 && (w[0] == 'c' || w[0] == 'C') && number_class(w.substr(1)) == "year") return true;
    }
    return false;
  };
  std::size_t pub_from = r, pub_to = end, date_from = end;
  if (colon != n) {
    if (words_in(r, colon) == 0 || words_in(r, colon) > 6) return;
    for (std::size_t k = r; k <= colon; ++k) labels[k] = kLocation;
    pub_from = colon + 1;
  }
  if (semi != n) {
    pub_to = semi + 1;
    date_from = semi + 1;
  } else if (colon == n) {
    pub_to = r;  // no place nor publisher: a date alone, or nothing
    date_from = r;
  }
  if (pub_to > pub_from && words_in(pub_from, pub_to) > 0) {
    if (words_in(pub_from, pub_to) > 20) return;
    for (std::size_t k = pub_from; k < pub_to; ++k) labels[k] = kPublisher;
  }
  const bool date_here = date_from < end && dated(date_from, end);
  if (date_here)
    for (std::size_t k = date_from; k < end; ++k) labels[k] = kDate;
  // The bracketed dates after it ("[cited 2020 Mar 2].", "[updated 2019 Jan 2; cited 2020 May 3]."): dates too,
  // the work's ("updated") and the day it was read (to_record's access_date_at).
  std::size_t k = end;
  if (k < n && sentence_end(k) && date_here) labels[k] = kDate, ++k;
  if (k < n && bracket_date(k)) {
    std::size_t close = close_of(k);
    if (close == n) return;
    for (std::size_t j = k; j <= close; ++j) labels[j] = kDate;
    if (close + 1 < n && (word(close + 1) == "." || word(close + 1) == ";")) labels[close + 1] = kDate;
    k = close + 2;
  }
  // "Chapter 16." (NCBI's Bookshelf): the chapter's number, a note; "Available from:" the link's lead-in.
  if (k + 1 < n && iequals(word(k), "chapter") && is_digit(word(k + 1)[0])) {
    for (; k < n && !sentence_end(k); ++k) labels[k] = kNote;
    if (k < n) labels[k++] = kNote;
  }
  for (std::size_t j = k; j < n; ++j)
    if (iequals(word(j), "available")) {
      for (std::size_t u = j; u < n && labels[u] != kUrl && labels[u] != kDoi; ++u) labels[u] = kUrl;
      break;
    }
}

// NLM's and AMA's copyright year after the publisher, "Washington, DC, OPS; c1997.", "Philadelphia: Saunders; c2010.":
// the model read "c1997" into the publisher (no year's shape).  A "cYYYY" closing a publisher or place span after
// its ";" or "," is the date.
void copyright_year_in_publisher(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  const TokenText word{text, toks};
  for (std::size_t k = 2; k < n; ++k) {
    std::string_view w = word(k);
    if (w.size() != 5 || (w[0] != 'c' && w[0] != 'C') || number_class(w.substr(1)) != "year") continue;
    if ((labels[k] != kPublisher && labels[k] != kLocation) || labels[k - 1] != labels[k] ||
        (word(k - 1) != ";" && word(k - 1) != ","))
      continue;
    std::size_t e = k + 1;
    if (e < n && labels[e] == labels[k] && word(e) == ".") ++e;
    if (e < n && labels[e] == labels[k]) continue;  // the span goes on: a name's word
    for (std::size_t j = k; j < e; ++j) labels[j] = kDate;
  }
}

// Vancouver's chapter, "In: Paszkiewicz K, Rusnak S, editors. Final Girls, Feminism and Popular Culture. Cham: …":
// the model ran the editors' span on past "editors." into the book's first words ("Final Girls,"), the book's rest
// the container.  After the names' comma and "editors." (or "editor."), the span's words are the book's: the
// container, joined to the container run right after it (or the container, when the reference has none).
void book_after_vancouver_editors(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  const TokenText word{text, toks};
  std::size_t a = first_labelled(labels, kEditor);
  std::size_t b = past_labelled(labels, kEditor, a);
  for (std::size_t m = a + 1; m + 2 < b; ++m) {
    if (!(iequals(word(m), "editors") || iequals(word(m), "editor")) || word(m - 1) != "," || word(m + 1) != ".")
      continue;
    const std::size_t f = m + 2;
    if (!is_word_token(text, toks[f]) || !(word(f)[0] >= 'A' && word(f)[0] <= 'Z')) return;
    // Not a volume's or a part's word ("Coleman J, editor. Vol. Ed.D., ProQuest Dissertations and Theses.").
    for (std::string_view w : {"vol", "vols", "volume", "bd", "part", "chapter", "no"})
      if (iequals(word(f), w)) return;
    bool container_after = b < n && labels[b] == kContainer;
    if (!container_after)
      for (std::size_t k = 0; k < n; ++k)
        if (labels[k] == kContainer || labels[k] == kJournal) return;
    for (std::size_t k = f; k < b; ++k) labels[k] = kContainer;
    return;
  }
}

void cjk_title_in_authors(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  std::size_t a0 = 0, e = 0;
  if (!opening_author_span(labels, a0, e)) return;
  const TokenText word{text, toks};
  auto period = [&](std::size_t k) { return word(k) == "." || word(k) == "\xE3\x80\x82"; };
  auto separator = [&](std::size_t k) {
    std::string_view w = word(k);
    return period(k) || w == "," || w == ";" || w == "\xEF\xBC\x8C" || w == "\xE3\x80\x81";
  };
  auto colon = [&](std::size_t k) { return word(k) == ":" || word(k) == "\xEF\xBC\x9A"; };
  // CJK characters of token k: its length when it is a CJK word, -1 when it holds a Latin letter or a digit.
  auto cjk_count = [&](std::size_t k) {
    std::string_view w = word(k);
    if (is_cjk_word(w)) return int(utf8_length(w));
    return std::any_of(w.begin(), w.end(), [](char c) { return is_alpha(c) || is_digit(c); }) ? -1 : 0;
  };
  bool names = false, after_period = false;
  for (std::size_t s = a0; s < e;) {
    std::size_t t = s;
    int chars = 0;
    bool latin = false;
    while (t < e && !separator(t)) {
      int c = cjk_count(t++);
      if (c < 0) latin = true;
      else chars += c;
    }
    if (names && !latin && (chars >= 6 || (after_period && chars >= 4))) {
      // "詹慧珊、吳明芳 數位影像…": the last name, then the title after a space.
      if (s > a0 && word(s - 1) == "\xE3\x80\x81" && t > s + 1 && cjk_count(s) <= 5 && toks[s + 1].space_before &&
          cjk_count(s + 1) >= 6)
        ++s;
      std::size_t end = t < e ? t + 1 : e;  // the separator ends the title
      for (std::size_t k = s; k < end; ++k) labels[k] = kTitle;
      if (end < e) {
        std::size_t next = end;
        while (next < e && !separator(next)) ++next;
        if (next < e) ++next;
        bool journal = !journal_labelled(labels);
        Label rest = journal ? kJournal : kTitle;
        for (std::size_t k = end; k < next; ++k) labels[k] = rest;
        // "北京 ： 商務": a place and a publisher.
        for (std::size_t k = end + 1; journal && k + 1 < next; ++k)
          if (colon(k)) {
            for (std::size_t j = end; j <= k; ++j) labels[j] = kLocation;
            for (std::size_t j = k + 1; j < next; ++j) labels[j] = kPublisher;
            break;
          }
        for (std::size_t k = next; k < e; ++k) labels[k] = journal ? kVolume : kTitle;
      }
      return;
    }
    if (latin || chars == 0 || chars > 5) return;
    names = true;
    after_period = t + 1 < e && period(t) && toks[t + 1].space_before;
    s = t < e ? t + 1 : e;
  }
}

// APA's web page without an author, its title moved before the date: "Seed Identification Guide. (2018).
// www.idseed.org".  The model reads the title as a group author and leaves no title.  When nothing but the opening
// author span, its date and the link (a note, an access date) is labelled, and that span is no person's name (no
// comma, no initial, no "&"; no organisation's word: "World Health Organization. (2018). www.who.int" keeps its
// author), the span is the title.
void untitled_web_page(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  std::size_t a0 = 0, e = 0;
  if (!opening_author_span(labels, a0, e)) return;
  const std::size_t n = toks.size();
  bool link = false, date = false;
  for (std::size_t k = e; k < n; ++k) {
    Label l = labels[k];
    if (l != kDate && l != kUrl && l != kDoi && l != kNote) return;
    link = link || l == kUrl || l == kDoi;
    date = date || (l == kDate && k == e);
    // A date of digits, months and "n.d." (not "(2008): Geschäftsbericht 2008," read as the date).
    std::string w = lower(text.substr(toks[k].begin, toks[k].end - toks[k].begin));
    if (l == kDate && utf8_length(w) >= 4 && !is_digit(w[0]) && !is_month_word(w) && !is_season_word(w)) return;
  }
  if (!link || !date) return;
  // Between the date and the link only its lead-in: "Retrieved from", "Available at:", "online unter:" (not
  // "Geschäftsbericht 2008, online unter: http://…", a title the model read as a note).
  static const std::unordered_set<std::string> lead = {"retrieved", "from", "available", "at", "online", "unter",
                                                       "url", "accessed", "verfügbar", "abrufbar", "von"};
  for (std::size_t k = e; k < n && labels[k] != kUrl && labels[k] != kDoi; ++k)
    if (labels[k] == kNote && is_word_token(text, toks[k]) &&
        !lead.count(lower(text.substr(toks[k].begin, toks[k].end - toks[k].begin))))
      return;
  std::vector<std::string_view> words;
  for (std::size_t k = a0; k < e; ++k) {
    std::string_view w = text.substr(toks[k].begin, toks[k].end - toks[k].begin);
    if (is_word_token(text, toks[k])) {
      if (utf8_length(w) == 1 || is_class(w, "and")) return;  // an initial, "and"
      words.push_back(w);
    } else if (!(w == "." && k + 1 == e) && w != "-" && w != ":") {
      return;
    }
  }
  if (words.size() < 2 || is_corporate_name(words)) return;
  for (std::size_t k = a0; k < e; ++k) labels[k] = kTitle;
}

// "Meister, Martin, Diemo Urbig, Eric Lettkemann, Alexander Osherenko und Kay Schröter 2002, Die Modellierung …":
// a list that inverts its first name only, the names after it given names first, joined by commas, "und", "and",
// "&" or "/", the year after the last without a bracket.  The model ended the authors early and read the last names
// and the year as the title's first words.  After an opening author span that ends with a comma: names alone (two to
// four words each, capitalised but for particles), one joining word at least, then a year and its ",", ":" or ".",
// and two words of title after it, all in one title span: the names are the authors', the year the date.
void names_run_into_title(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  std::size_t a0 = 0, e = 0;
  if (!opening_author_span(labels, a0, e)) return;
  const std::size_t n = toks.size();
  const TokenText word{text, toks};
  if (e >= n || e < a0 + 3 || word(e - 1) != "," || labels[e] != kTitle) return;
  int joins = 0, person = 0;
  std::size_t k = e;
  for (; k < n && labels[k] == kTitle; ++k) {
    std::string_view w = word(k);
    if (lettered_year(w)) break;
    if (w == "," || w == "/" || w == "&" || w == "und" || w == "and") {
      if (person < 2 || person > 4) return;
      joins += w != ",";
      person = 0;
      continue;
    }
    if (w == "." || w == "-") continue;
    if (!is_word_token(text, toks[k])) return;
    if (!capitalised_word(text, toks[k]) && !is_name_particle(w) && !(w.size() == 1 && word(k + 1) == ".")) return;
    ++person;
  }
  if (k + 1 >= n || labels[k] != kTitle || person < 2 || person > 4 || joins == 0) return;
  std::string_view after = word(k + 1);
  if (after != "," && after != ":" && after != ".") return;
  int words = 0;
  for (std::size_t m = k + 2; m < n && labels[m] == kTitle; ++m) words += is_word_token(text, toks[m]);
  if (words < 2) return;
  for (std::size_t m = e; m < k; ++m) labels[m] = kAuthor;
  labels[k] = labels[k + 1] = kDate;
}

// "Preuss, Sigrun (1991), Umweltkatastrophe Mensch, Asanger/Heidelberg.", "McClelland, D. C. (1961). The achieving
// society. New York: Van Nostrand.", "Schwab, D. (1991): Familienrecht, 6. Auflage, München 1991.": a book's title
// after its names and date, read as a journal's, a note's, a place's or a publisher's words, no title labelled.  A
// book (no title, container, series, volume, issue or pages labelled) whose names and date open the reference: the
// words after the date up to their first period or comma (or bracket) are its title, when a place, a publisher, an
// edition or a date follows them, and they are no place themselves ("Paris: Gallimard, 1990.").
void untitled_book_after_date(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels,
                              const Lexicon& lexicon) {
  const std::size_t n = toks.size();
  for (Label l : labels)
    if (l == kTitle || l == kContainer || l == kCollection || l == kVolume || l == kIssue || l == kPages) return;
  std::size_t s = past_labelled(labels, kCitationNumber, 0);
  if (s == n || (labels[s] != kAuthor && labels[s] != kEditor)) return;
  const Label names = labels[s];
  while (s < n && labels[s] == names) ++s;
  if (s == n || labels[s] != kDate) return;
  while (s < n && labels[s] == kDate) ++s;
  const TokenText word{text, toks};
  auto book_word = [](Label l) {
    return l == kJournal || l == kNote || l == kLocation || l == kPublisher || l == kEdition;
  };
  // The title's first word: a capital, a digit or a quote ("siehe Brakman.": a pointer to another reference).
  if (s == n || !book_word(labels[s]) || !(capitalised_word(text, toks[s]) || is_digit(word(s)[0]) || is_quote(word(s))))
    return;
  std::size_t t = s;
  int words = 0;
  for (; t < n && book_word(labels[t]); ++t) {
    std::string_view w = word(t);
    if (w == "," || w == "(" || w == "[" || w == ";") break;
    // A period that ends a sentence: a space after it ("Republic.com" goes on), not an initial's or "Bd."'s.
    if (w == "." && (t + 1 == n || toks[t + 1].space_before) && t > s) {
      std::string before = lower(word(t - 1));
      if (!(utf8_length(before) == 1 || before == "vs" || before == "st" || before == "dr" || before == "bd" ||
            before == "nr" || before == "vol" || before == "no" || before == "hrsg" || before == "hg"))
        break;
    }
    words += is_word_token(text, toks[t]);
  }
  if (words == 0 || words > 25 || t >= n || !book_word(labels[t]) || labels[t] == kEdition) return;
  // A place, a publisher, an edition or a date after it, nothing but notes and links besides.
  std::size_t after = word(t) == "(" || word(t) == "[" ? t : t + 1;
  bool book = false;
  for (std::size_t k = after; k < n; ++k) {
    Label l = labels[k];
    if (!(l == kLocation || l == kPublisher || l == kEdition || l == kDate || l == kNote || l == kUrl || l == kDoi ||
          l == kIsbn))
      return;
    book = book || (is_word_token(text, toks[k]) && l != kNote && l != kUrl && l != kDoi && l != kIsbn);
  }
  if (!book) return;
  // Not a place itself, before a publisher's colon or alone.
  PlaceReader reader(text, toks, lexicon);
  std::size_t colon = s;
  while (colon < t && word(colon) != ":") ++colon;
  if (reader.place(s, colon)) return;
  for (std::size_t k = s; k < after; ++k) labels[k] = kTitle;
}

}  // namespace

// "… computation of prime gaps up to (4\cdot 10^{18}). Math. Comp. 83, …", "Counting primes up to \(10^{24}\).
// Math. Comp. …" (TeX's mathematics in a title, a bracket or dollars round it): the model ended the title at the
// bracket and read the formula into the journal.  A group right after the title run ("(", "\(", "$", "[") closed
// before the next run's end and holding TeX's markup (a command "\cdot", a superscript or subscript "^", "_") is the
// title's, with the mark closing the title after it.
void tex_closing_title(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  auto [a, b] = first_run(labels, kTitle);
  const std::size_t n = toks.size();
  if (a == b || b >= n) return;
  const TokenText word{text, toks};
  std::size_t open = b;
  if (word(b - 1) == "\\" && b - 1 > a && word(b) == "(" && !toks[b].space_before) open = b - 1;  // "\("
  std::string_view o = word(b);
  std::string_view close = o == "(" ? ")" : o == "[" ? "]" : o == "$" ? "$" : std::string_view();
  if (close.empty()) return;
  const Label next = labels[b];
  bool markup = false;
  for (std::size_t k = b + 1; k < n && k < b + 40 && labels[k] == next; ++k) {
    std::string_view w = word(k);
    // "\cdot", "^{18}", "^2", "_{n}" (not "Clapham_on_Ethiopian", a link's file name).
    if (k + 1 < n && !toks[k + 1].space_before &&
        (word(k + 1) == "{" || ((w == "\\" || w == "^") && is_word_token(text, toks[k + 1]))) &&
        (w == "\\" || w == "^" || w == "_"))
      markup = true;
    if (w != close) continue;
    if (!markup) return;
    std::size_t end = k + 1;
    if (end < n && labels[end] == next && (word(end) == "." || word(end) == ",")) ++end;
    for (std::size_t t = open; t < end; ++t) labels[t] = kTitle;
    return;
  }
}

// "Analytic Number Theory. American Mathematical Society Colloquium Publications, vol. 53. American Mathematical
// Society, Providence (2004)", "Morse Theory. Annals of Mathematics Studies, vol. 51. Princeton University Press, …"
// (Springer's style for a book in a series: its title, the series and its volume, then the publisher): the series
// came out the publisher or a journal (the book an article).  A journal or publisher span right after the title,
// ending with a comma, then a volume span opening with its word ("vol.", "Bd."), then a publisher or place span: the
// series.  Not a container ("in: Book, Series, Bd. 43, Wiesbaden": the book's).
void series_before_book_volume(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  auto [a, b] = first_run(labels, kTitle);
  const std::size_t n = toks.size();
  if (a == b || b >= n) return;
  // "Title, Second edition. Series, Band 27, Place": after the title's edition too.
  while (b < n && labels[b] == kEdition) ++b;
  if (b >= n) return;
  const Label series = labels[b];
  if (series != kJournal && series != kPublisher) return;
  std::size_t v = past_labelled(labels, series, b);
  const TokenText word{text, toks};
  if (v >= n || v - b < 3 || word(v - 1) != "," || labels[v] != kVolume || !is_class(word(v), "vol") ||
      word(v).size() < 2)
    return;
  std::size_t e = past_labelled(labels, kVolume, v);
  if (e >= n || (labels[e] != kPublisher && labels[e] != kLocation)) return;
  // A journal's pages after ("in: Annual Review of Fluid Mechanics, Vol. 41, Annual Reviews, Palo Alto (2009), pp.
  // 375-404", "Ges. Math. Abhandlungen, Bd. 1, Berlin, 133-143"), or its "In".
  if (std::find(labels.begin() + e, labels.end(), kPages) != labels.end() || iequals(word(b), "in")) return;
  for (std::size_t k = b; k < v; ++k) {
    if (is_digit(word(k)[0])) return;
    labels[k] = kCollection;
  }
}

// "In: Soziale Welt Heft 2, S. 151-170", "In: WSI-Mitteilungen H. 5/2003" (German's word for the issue or the volume
// after the periodical's name, "Heft", "H.", "Nr.", "Jg.", "Bd."): the model read the word into the
// journal, and its number alone came out the volume.  Such a word ending a journal or container span, its number
// after it labelled a volume or an issue, joins the number's span.  A span of those labels holding words before the
// issue word ("In: Der Spiegel Spezial Heft 3/1997,", no journal labelled) is the journal up to the word.
void issue_word_after_journal(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  const TokenText word{text, toks};
  // German's issue or volume word at k, capitalised ("H" with its period): the tokens it takes with its period, or 0.
  // Not English's "Issue", "No." ("Rangifer Special Issue 16", "Pardee Papers No. 4": the labelled data's volumes).
  auto issue_word = [&](std::size_t k) -> std::size_t {
    std::string_view w = word(k);
    if (w.empty() || !(w[0] >= 'A' && w[0] <= 'Z')) return 0;
    std::string lw = lower(w);
    bool period = k + 1 < n && word(k + 1) == "." && !toks[k + 1].space_before;
    if (!(lw == "heft" || lw == "nr" || lw == "jg" || lw == "jahrgang" || lw == "bd" || lw == "band" ||
          (lw == "h" && period)))
      return 0;
    return period ? 2 : 1;
  };
  auto number_at = [&](std::size_t k) { return k < n && is_digit(word(k)[0]); };
  for (std::size_t a = 0; a < n;) {
    std::size_t b = a;
    while (b < n && labels[b] == labels[a]) ++b;
    const Label l = labels[a];
    if ((l == kJournal || l == kContainer) && b < n && (labels[b] == kVolume || labels[b] == kIssue) &&
        number_at(b)) {
      // The word (with its period) ending the span.
      for (std::size_t k = b >= 2 ? b - 2 : 0; k < b; ++k)
        if (k > a && issue_word(k) == b - k) {
          for (std::size_t t = k; t < b; ++t) labels[t] = labels[b];
          break;
        }
    } else if ((l == kVolume || l == kIssue) && std::find(labels.begin(), labels.end(), kJournal) == labels.end() &&
               std::find(labels.begin(), labels.end(), kContainer) == labels.end()) {
      // Words first, then the issue word and its number.
      std::size_t k = a;
      int words = 0;
      for (; k < b && !issue_word(k) && !number_at(k); ++k)
        if (is_word_token(text, toks[k])) ++words;
      if (words > 0 && k < b && issue_word(k) && number_at(k + issue_word(k)) && k + issue_word(k) < b &&
          is_word_token(text, toks[k - 1]))
        for (std::size_t t = a; t < k; ++t) labels[t] = kJournal;
    }
    a = b;
  }
}

namespace {

// A footnote's cue before the reference it points to: "Vgl. Müller 2003", "23) Vgl. auch Kristina Notz: Title",
// "Siehe dazu …", "zit. n. …", "Cf. …", "See also …", "Voir …", after a footnote's number ("23)", "23.", or "2" alone
// before the cue).  The first token after it, or 0 when the reference opens with none.  `number`: the tokens of the
// footnote's number.
std::size_t footnote_cue_end(std::string_view text, const std::vector<Token>& toks, std::size_t& number) {
  const std::size_t n = toks.size();
  auto word = [&](std::size_t k) { return k < n ? text.substr(toks[k].begin, toks[k].end - toks[k].begin) : std::string_view(); };
  std::size_t k = 0;
  if (n > 1 && all_digits(word(0)) && word(0).size() <= 3) k = word(1) == ")" || word(1) == "." ? 2 : 1;
  number = k;
  std::string head = lower(word(k));
  if ((head == "vgl" || head == "cf" || head == "zit") && word(k + 1) == ".") {
    k += 2;
    if (head == "zit") {  // "zit. n.", "zit. nach"
      if (word(k) == "n" && word(k + 1) == ".") k += 2;
      else if (iequals(word(k), "nach") || iequals(word(k), "bei")) k += 1;
      else return 0;
    }
  } else if (head == "siehe" || head == "voir" || (head == "zitiert" && iequals(word(k + 1), "nach"))) {
    k += head == "zitiert" ? 2 : 1;
  } else if (head == "see" && iequals(word(k + 1), "also")) {
    k += 2;
  } else {
    return 0;
  }
  // "Vgl. auch", "Siehe dazu", "Vgl. z. B.", "Vgl. u. a.", "See also:".
  for (;;) {
    std::string w = lower(word(k));
    if (w == "auch" || w == "dazu" || w == "hierzu" || w == "etwa" || w == "ferner" || w == "ausführlich" ||
        w == "insbesondere" || w == "also" || w == "jedoch" || w == ":")
      ++k;
    else if ((w == "z" || w == "u") && word(k + 1) == "." && k + 2 < n && (word(k + 2) == "B" || word(k + 2) == "a") &&
             word(k + 3) == ".")
      k += 4;
    else
      break;
  }
  // A reference after it: three tokens at least, opening with a capital, a digit or a quote.
  if (k + 3 > n) return 0;
  std::string_view first = word(k);
  unsigned char c = static_cast<unsigned char>(first[0]);
  if (!((c >= 'A' && c <= 'Z') || is_digit(first[0]) || c >= 0xC3 || is_quote(first))) return 0;
  return k;
}

}  // namespace

std::vector<Label> parse_labels(std::string_view text, const std::vector<Token>& toks, const Model& model) {
  // "Vgl. Müller, Title …": the reference after the footnote's cue, parsed as it stands alone; the cue is a note.
  if (std::size_t number = 0, cue = footnote_cue_end(text, toks, number); cue > 0) {
    std::string_view rest = text.substr(toks[cue].begin);
    std::vector<Token> rest_toks = tokenize(rest);
    if (rest_toks.size() == toks.size() - cue) {
      std::vector<Label> labels(cue, kNote);
      std::fill(labels.begin(), labels.begin() + number, kCitationNumber);
      std::vector<Label> tail = parse_labels(rest, rest_toks, model);
      labels.insert(labels.end(), tail.begin(), tail.end());
      return labels;
    }
  }
  std::vector<Label> labels = model.label(text, toks);
  if (std::vector<int> pin = quoted_title_pins(text, toks, labels); !pin.empty()) labels = model.label(text, toks, &pin);
  edition_statements(text, toks, labels);
  glued_run_in_title(text, toks, labels);
  newspaper_day(text, toks, labels);
  newspaper_day_month(text, toks, labels);
  ordinal_noun(text, toks, labels);
  cross_reference(text, toks, labels);
  series_before_book_volume(text, toks, labels);
  split_publisher_place(text, toks, labels, model.lexicon);
  place_publisher_pair(text, toks, labels, model.lexicon);
  state_code_after_place(text, toks, labels);
  state_code_beside_place(text, toks, labels, model.lexicon);
  place_without_publisher(text, toks, labels, model.lexicon);
  place_ending_title(text, toks, labels, model.lexicon);
  family_name_opening_title(text, toks, labels);
  title_in_initials_first_authors(text, toks, labels);
  title_in_family_first_authors(text, toks, labels);
  title_after_family_initials(text, toks, labels);
  title_after_vancouver_names(text, toks, labels);
  abbreviation_ending_title(text, toks, labels);
  proceedings_abbreviation_in_title(text, toks, labels);
  fix_title_tail(text, toks, labels);
  thesis_in_title(text, toks, labels);
  role_in_title(text, toks, labels);
  german_status_in_title(text, toks, labels);
  proceedings_after_title(text, toks, labels);
  acronym_after_container(text, toks, labels);
  year_after_acronym(text, toks, labels);
  series_ending_container(text, toks, labels);
  volume_before_journal(text, toks, labels);
  university_journal(text, toks, labels);
  volume_as_edition(text, toks, labels);
  year_ending_container(text, toks, labels);
  container_mark_in_title(text, toks, labels);
  container_note_after_in(text, toks, labels);
  container_as_title(text, toks, labels);
  container_before_journal(text, toks, labels);
  container_tail(text, toks, labels, model.lexicon);
  part_number_to_title(text, toks, labels);
  report_number_to_title(text, toks, labels);
  publisher_series(text, toks, labels);
  place_publisher_in_title(text, toks, labels, model.lexicon);
  title_tail_publisher(text, toks, labels, model.lexicon);
  title_tail_journal(text, toks, labels, model.lexicon);
  title_before_abbreviated_journal(text, toks, labels);
  journal_head_title(text, toks, labels);
  title_sentence_journal(text, toks, labels, model.lexicon);
  note_in_title(text, toks, labels);
  journal_volume_note(text, toks, labels, model.lexicon);
  editors_in_container(text, toks, labels);
  book_after_editors(text, toks, labels);
  book_after_chapter_editors(text, toks, labels, model.lexicon);
  edited_book_title(text, toks, labels, model.lexicon);
  title_before_date(text, toks, labels);
  year_in_title(text, toks, labels);
  title_ending_function_word(text, toks, labels);
  publisher_before_date(text, toks, labels);
  number_before_pages(text, toks, labels);
  page_after_bracketed_year(text, toks, labels);
  page_as_volume_before_year(text, toks, labels);
  journal_numbers_in_note(text, toks, labels);
  author_date_in_title(text, toks, labels);
  edition_ending_title(text, toks, labels);
  medium_journal(text, toks, labels);
  given_name_before_colon(text, toks, labels);
  given_first_names_before_colon(text, toks, labels);
  year_opening_title(text, toks, labels);
  author_after_title(text, toks, labels);
  cjk_title_in_authors(text, toks, labels);
  group_author_in_title(text, toks, labels);
  collaboration_after_et_al(text, toks, labels);
  group_author_as_first_title(text, toks, labels);
  untitled_web_page(text, toks, labels);
  names_run_into_title(text, toks, labels);
  untitled_book_after_date(text, toks, labels, model.lexicon);
  subtitle_as_publisher(text, toks, labels);
  subtitle_before_place(text, toks, labels);
  same_author_container(text, toks, labels);
  late_citation_number(text, toks, labels);
  tex_closing_title(text, toks, labels);
  issue_word_after_journal(text, toks, labels);
  book_after_in_without_title(text, toks, labels);
  journal_numbers_in_note_after_in(text, toks, labels);
  journal_ending_title_before_volume(text, toks, labels);
  book_after_in_inside_title(text, toks, labels);
  authors_before_in_editors(text, toks, labels);
  container_in_editors(text, toks, labels);
  book_title_after_in_editors(text, toks, labels);
  place_ending_container(text, toks, labels, model.lexicon);
  editors_after_dans(text, toks, labels);
  book_after_vancouver_editors(text, toks, labels);
  copyright_year_in_publisher(text, toks, labels);
  nlm_internet_layout(text, toks, labels);
  status_labels(text, toks, labels);
  return labels;
}

namespace {

Record parse_joined(std::string_view text, const Model& model, std::vector<DoiRepair>* repairs,
                    std::vector<KeptSpan>* kept) {
  std::vector<Token> toks = tokenize(text);
  if (toks.empty() || model.empty()) return Record{};
  return to_record(text, toks, parse_labels(text, toks, model), repairs, kept);
}

}  // namespace

namespace {

// "Franke, Sassa1999: Car Sharing …", "Kundrus, Birthe1995. Kriegerfrauen …", "… Warszawa1988.", "(accessed:
// August2014)": a year a PDF's text layer glued to the word before it, split from it with a space.  The word: a
// capital and three small letters or more (a name's, a place's, a month's; not "english2010", "COVID2019", a link's
// piece); the year 1500-2039, a letter after it at most ("1999a"), then ":", ".", ",", ";", ")" or the end.
// `lexicon`: the model's, whose "location" and "publisher" words (with place_names()) are the names split at the end.
// `at`: each offset of the result to the offset in `text` (its size the result's + 1).
std::string split_glued_years(std::string_view text, std::vector<std::uint32_t>& at, const Lexicon& lexicon) {
  std::string out;
  at.clear();
  const std::size_t n = text.size();
  std::size_t copied = 0;
  auto small = [](unsigned char c) { return (c >= 'a' && c <= 'z'); };
  for (std::size_t i = 1; i + 4 <= n; ++i) {
    if (!is_digit(text[i]) || is_digit(text[i - 1])) continue;
    // The word before: small letters (ASCII or a two-byte UTF-8 letter), opened by a capital.
    std::size_t w = i;
    int letters = 0;
    while (w > 0) {
      unsigned char c = static_cast<unsigned char>(text[w - 1]);
      if (small(c)) {
        --w;
        ++letters;
      } else if (w >= 2 && (c & 0xC0) == 0x80 && static_cast<unsigned char>(text[w - 2]) == 0xC3 && c >= 0x9F) {
        w -= 2;  // ä ö ü ß é …
        ++letters;
      } else {
        break;
      }
    }
    if (letters < 3 || w == 0) continue;
    unsigned char cap = static_cast<unsigned char>(text[w - 1]);
    bool capital = (cap >= 'A' && cap <= 'Z');
    if (!capital && w >= 2 && (cap & 0xC0) == 0x80 && static_cast<unsigned char>(text[w - 2]) == 0xC3 && cap < 0x9F) {
      --w;  // Ä Ö Ü É …
      capital = true;
    }
    if (!capital) continue;
    --w;
    if (w > 0) {  // the word starts there: no letter, digit, "/", ".", "-" or "_" glued before it (a link's piece)
      char b = text[w - 1];
      if (b != ' ' && b != '(' && b != ',' && b != ';' && b != ':' && b != '"') continue;
    }
    std::size_t e = i;
    while (e < n && is_digit(text[e])) ++e;
    if (e - i != 4) continue;
    int year = std::stoi(std::string(text.substr(i, 4)));
    if (year < 1500 || year > 2039) continue;
    std::size_t f = e;
    if (f < n && small(static_cast<unsigned char>(text[f])) && (f + 1 == n || !small(static_cast<unsigned char>(text[f + 1]))))
      ++f;
    // Punctuation right after it, or the end: not a name's or a mission's number in a title ("after Planck2013 ,"),
    // a preprint's number ("Preprint1609 .07416").
    if (f < n && text[f] != ':' && text[f] != '.' && text[f] != ',' && text[f] != ';' && text[f] != ')') continue;
    if (f + 1 < n && text[f] == '.' && is_digit(text[f + 1])) continue;  // "Version2000.1"
    // Where a year stands: the reference's end ("Warszawa1988."), after a month's name ("accessed: August2014)"), or
    // an author-date's opening "Family, Given1999:" (the family alone before the comma); not a meeting's name
    // ("(Lattice2016),"), a journal's run into its year ("Ergonomics2003, 46:").
    std::size_t g = f;
    while (g < n && (text[g] == '.' || text[g] == ')' || text[g] == ' ')) ++g;
    std::string name = lower(text.substr(w, i - w));
    // At the end only a known place's or publisher's name ("Warszawa1988.", "Springer1998."): a programme's, a plan's,
    // a meeting's name keeps its year ("Horizon2020.", "Vision2030.", "Proceedings of Interspeech2019.").
    bool at_end = g == n;
    if (at_end) {
      auto cls = lexicon.find(name);
      bool known = place_names().count("gz:" + name) > 0 ||
                   (cls != lexicon.end() && (cls->second.rfind("location", 0) == 0 || cls->second.rfind("publisher", 0) == 0));
      at_end = known;
    }
    static const std::unordered_set<std::string> months = {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "januar", "februar", "m\xC3\xA4rz", "mai", "juni", "juli", "oktober", "dezember"};
    bool month = months.count(name) > 0;
    bool opening = false;
    if (w >= 3 && text[w - 1] == ' ' && text[w - 2] == ',' && f < n && (text[f] == ':' || text[f] == '.')) {
      opening = true;
      for (std::size_t k = 0; k + 2 < w && opening; ++k) {
        unsigned char c = static_cast<unsigned char>(text[k]);
        opening = c >= 0x80 || (c >= 'A' && c <= 'Z') || small(c) || c == '-' || c == '\'' || (c == ' ' && k > 0);
      }
      opening = opening && (static_cast<unsigned char>(text[0]) >= 0x80 || (text[0] >= 'A' && text[0] <= 'Z'));
    }
    if (!at_end && !month && !opening) continue;
    for (std::size_t k = copied; k < i; ++k) {
      out.push_back(text[k]);
      at.push_back(static_cast<std::uint32_t>(k));
    }
    out.push_back(' ');
    at.push_back(static_cast<std::uint32_t>(i));
    copied = i;
    i = e;
  }
  if (copied == 0) {
    at.clear();
    return std::string(text);
  }
  for (std::size_t k = copied; k < n; ++k) {
    out.push_back(text[k]);
    at.push_back(static_cast<std::uint32_t>(k));
  }
  at.push_back(static_cast<std::uint32_t>(n));
  return out;
}

}  // namespace

Record parse(std::string_view text, const Model& model, std::vector<DoiRepair>* repairs, std::vector<KeptSpan>* kept) {
  // Text from a PDF: its spacing accents joined with their letters first ("G¨odel, K." one person, not "G" and a
  // title), a year glued to the word before it set apart (split_glued_years); a DOI repair, a kept span are said
  // where they stand in the text as given.
  std::string joined;
  std::vector<std::uint32_t> at;
  bool changed = false;
  if (may_hold_spacing_accent(text)) {
    joined = join_spacing_accents(text, &at);
    changed = joined != text;
  }
  {
    std::vector<std::uint32_t> split_at;
    std::string split = split_glued_years(changed ? std::string_view(joined) : text, split_at, model.lexicon);
    if (!split_at.empty()) {
      if (changed)
        for (std::uint32_t& k : split_at) k = at[std::min<std::size_t>(k, joined.size())];
      joined = std::move(split);
      at = std::move(split_at);
      changed = true;
    }
  }
  if (changed) {
    std::size_t first = repairs ? repairs->size() : 0, first_kept = kept ? kept->size() : 0;
    Record r = parse_joined(joined, model, repairs, kept);
    if (repairs)
      for (std::size_t k = first; k < repairs->size(); ++k)
        (*repairs)[k].at = at[std::min<std::size_t>((*repairs)[k].at, joined.size())];
    if (kept)
      for (std::size_t k = first_kept; k < kept->size(); ++k)
        (*kept)[k].at = at[std::min<std::size_t>((*kept)[k].at, joined.size())];
    return r;
  }
  return parse_joined(text, model, repairs, kept);
}

Record parse(std::string_view text, const Model& model, std::vector<DoiRepair>* repairs) {
  return parse(text, model, repairs, nullptr);
}

const Model& bundled_model() {
  // Never destroyed: freeing its 200,000 features at exit cost every process
  // that parsed a reference some 24 M instructions, for nothing.
  static const Model& model = *new Model(Model::load(std::string_view(refparse_model_data, refparse_model_size)));
  return model;
}

const Lexicon& place_names() {
  static const Lexicon names = gazetteer_lexicon(std::string_view(refparse_places_data, refparse_places_size));
  return names;
}

}  // namespace refnet::refparse

namespace refnet {

Record parse_reference(std::string_view text, std::vector<DoiRepair>* repairs) {
  return refparse::parse(text, refparse::bundled_model(), repairs, nullptr);
}

Record parse_reference(std::string_view text, std::vector<DoiRepair>* repairs, std::vector<KeptSpan>* kept) {
  return refparse::parse(text, refparse::bundled_model(), repairs, kept);
}

std::string kept_span_message(const KeptSpan& k) { return k.why + " '" + k.written + "' kept in the annotation"; }

}  // namespace refnet

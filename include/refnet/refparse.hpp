// Reference strings as printed in bibliographies ("Akaike, H. (1974). A new
// look at ... IEEE Trans. Automatic Control 19, 716-723."), read into Records
// by a sequence model: tokens split at punctuation (with byte offsets), a
// feature set per token, a linear-chain model (a CRF trained by L-BFGS, or an
// averaged structured perceptron; Viterbi decoding) giving each token a field
// label, then normalisation of the labelled spans into Record fields.
//
// The model is trained by `bench/refparse_train` from AnyStyle's and GROBID's
// labelled references (../shared/refparse/), and its weights are committed as
// data/refparse.model and compiled into the binary.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "refnet/doi.hpp"
#include "refnet/record.hpp"

namespace refnet {

// Parses one reference string as printed in a bibliography into a Record
// (type, creators, title, container, year/date, volume, issue, pages,
// publisher, place, doi, url, edition, editors).  Empty Record (no title, no
// creators, no date...; see refparse::empty_record) when nothing was found.
// A DOI it repaired or dropped is added to `*repairs` when given (see
// refparse::to_record), for the caller to say where the text is written.
Record parse_reference(std::string_view text, std::vector<DoiRepair>* repairs = nullptr);

// Fills the empty fields of a cited reference (first author, year, title,
// container, volume, first page, DOI) from its `raw` string by
// parse_reference; fields already set stay.  A title equal to the container
// is not taken (a string without a title).  Returns whether it filled any.
// The fallback of the fixed-format parsers (Scopus) and of Crossref's
// `unstructured` references.
// The parser's DOI repairs, when it gave the DOI, are added to `*repairs`
// (`at` from the start of `raw`).
bool complete_reference(Reference& ref, std::vector<DoiRepair>* repairs = nullptr);

namespace refparse {

// The field labels a token can carry.  AnyStyle's and GROBID's tags map onto
// these (read_anystyle, read_grobid).
enum Label : std::uint8_t {
  kAuthor, kEditor, kContributor,  // translators, directors, producers
  kTitle, kJournal, kContainer,    // container: a book or proceedings
  kCollection,                     // series
  kDate, kVolume, kIssue, kPages, kPublisher, kLocation, kEdition, kGenre,
  kNote, kCitationNumber, kDoi, kUrl, kIsbn,
  kLabelCount
};
const char* label_name(Label l);
// -1 when `name` is no label.
int label_from_name(std::string_view name);

// A token: a word (letters and digits, UTF-8 letters included), one
// punctuation character, or a whole URL/DOI; [begin, end) in the string.
struct Token {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  bool space_before = false;
};
std::vector<Token> tokenize(std::string_view text);

// A lexicon learnt from the training references (as GROBID's and AnyStyle's
// journal, publisher and place lists): a lower-cased word seen often enough
// -> the label it mostly carries ("journal", "location"; "journal+" when it
// carries it nearly always).
using Lexicon = std::unordered_map<std::string, std::string>;

// The features of token i (strings such as "w=press", "shape=Xx", "p1=,"),
// with the lexicon classes of the word, its neighbours and its segment when
// a lexicon is given.
// `spans`: lexicon_spans of the reference when the caller has them (else
// they are computed here).
struct LexiconSpan;
void token_features(std::string_view text, const std::vector<Token>& tokens, std::size_t i,
                    std::vector<std::string>& out, const Lexicon* lexicon = nullptr,
                    const std::vector<LexiconSpan>* spans = nullptr);

// A labelled reference: its text and one label per token of tokenize(text).
struct Example {
  std::string text;
  std::vector<Label> labels;
  std::string source;  // the file it came from (split by source document)
};

// The lexicon of the examples: words seen at least `min_count` times whose
// commonest label has at least half of them.  With span_min_count > 0 also
// whole field values (a gazetteer): the words of a journal, container,
// series, publisher or place span of 2 to 8 words, lower-cased and joined by
// one space, under the key "span:" + words ("span:oxford university press"),
// when seen at least span_min_count times and mostly with that label.
Lexicon learn_lexicon(const std::vector<Example>& examples, int min_count = 8, int span_min_count = 0);
// Per token, the longest gazetteer span over it (learn_lexicon's "span:"
// entries; the first of equal ones): its class and first token, or an empty
// class when none covers it.  Computed once per reference.
// With an external gazetteer in the lexicon (gazetteer_lexicon's "gz:"
// entries) also the longest of its names over the token, of 1 to 8 words:
// its kinds ("journal", "place", "journal/place") and first and last tokens.
struct LexiconSpan {
  std::string cls;
  std::size_t start = 0;
  std::string ext;
  std::size_t ext_start = 0, ext_last = 0;
};
std::vector<LexiconSpan> lexicon_spans(std::string_view text, const std::vector<Token>& tokens, const Lexicon& lexicon);
// An external gazetteer (data/refparse_gazetteer.tsv, written by
// bench/refparse_gazetteer.py from open data, not from the training
// references) as lexicon entries: lines "kind<TAB>name" -> "gz:" + the
// name's words lower-cased and joined by one space ("gz:j am chem soc") ->
// its kinds, sorted and joined by '/'; and "gz:" -> the number of names (the
// mark token_features and lexicon_spans look for).  token_features: xg=KIND|B,
// |I, |L (first, inner, last word of a name of 2 or more words), |U (a name
// of one word).
Lexicon gazetteer_lexicon(std::string_view tsv);
// Word classes learnt from unlabelled reference strings (a distributional
// clustering, as Brown clusters are used in CRF segmenters): each lower-cased
// word seen at least `min_count` times (not a number, not punctuation) is
// described by the words and shapes around it (±1, ±2; the 250 commonest
// tokens by name, the others by shape), and spherical k-means (`classes`
// centroids started at words spread over the frequency order, a fixed
// number of rounds) puts it in a class.  Entries "wc:" + word -> the class
// number, and "wc:" -> the number of classes (the mark token_features looks
// for), for the model's lexicon (token_features: wc=, wc-1=, wc1=).
// Deterministic for one input.
Lexicon learn_word_classes(const std::vector<std::string>& texts, int classes = 64, int min_count = 5);

// Jackknifed lexicons for training: the examples cut into `folds` parts (by
// source document as is_held_out cuts them, else by reference), and for each
// part the lexicon learnt from the others.  Trained with the lexicon of its
// own references, a word's lexicon class is its own gold label (a feature the
// CRF over-trusts); at test time an unseen word has none.  With the fold
// lexicons the training features look as the test features will.
int lexicon_fold(const Example& ex, int folds);
std::vector<Lexicon> fold_lexicons(const std::vector<Example>& examples, int folds, int min_count = 8,
                                   int span_min_count = 0);

// AnyStyle's XML (<dataset><sequence><author>…</author>…): one Example per
// <sequence>, the element texts joined by one space (none before an element
// with glued="1", an extension for bench/refparse_styles.py).  A book's title labelled
// container-title where the reference has no other title is read as the
// title (container_as_title, the convention of GROBID's data and of parse).
std::vector<Example> read_anystyle(std::string_view xml, const std::string& source);
// GROBID's TEI (<bibl> with <author>, <title level=…>, <biblScope unit=…>…):
// one Example per <bibl>.  Text between elements (punctuation, "In", "pp.")
// joins a neighbouring field, as AnyStyle labels it: opening brackets and
// words the next field, the rest the previous one.
std::vector<Example> read_grobid(std::string_view xml, const std::string& source);

// Every labelled file of a folder laid out as ../shared/refparse/ is
// (anystyle__*.xml, grobid-citation/*.xml), in file-name order, duplicates
// removed.  Throws std::runtime_error when the folder holds none.
std::vector<Example> load_corpus(const std::string& dir);
// The fixed evaluation split: about one in five source documents (a GROBID
// file; GROBID's own evaluation files always), or for the shuffled AnyStyle
// sets and GROBID's mixed files one in five references, by a hash of the
// file name or the text.  bench/refparse_train never trains on these.
bool is_held_out(const Example& ex);
// The development split, for choices such as epochs or regularisation: about
// one in six of the other source documents (or references), by another hash.
// `refparse_train --dev` leaves it out too and `refparse_eval --dev` scores it.
bool is_dev(const Example& ex);

// "[author Smith, J.] [date (2001).] [title …]": the labelled spans of a reference (tokens joined as the text spaces
// them), for reading labels and for label corrections.
std::string label_spans(std::string_view text, const std::vector<Label>& labels);

// Corrections of labelling errors in the training data, as data (fixtures/refparse/label_corrections.tsv): after a
// header line, one row per error: the source file (Example::source), the reference (Example::text, exact), the scored
// field it changes (a note for readers), the labelled spans as label_spans writes them ("[journal Figures.]"), the
// corrected spans over the same words ("[title Figures.]", "[title Foo.] [date 2008.]"), and the reason in words.
// The labelled spans must be whole consecutive spans of the reference (texts compared with no-break and thin spaces
// as spaces).  Returns the number of rows applied; a row
// that names no reference, or whose spans do not match, is not applied and gets a message
// "FILE:LINE:1: error: ..." in `problems`.  Rows starting with '#' are comments.
int apply_label_corrections(std::vector<Example>& examples, std::string_view tsv, const std::string& file_name,
                            std::vector<std::string>& problems);

// Removes later examples whose text equals an earlier one's (white space
// collapsed, lower-cased).
void deduplicate(std::vector<Example>& examples);

// Labels fixed by rule before the model decodes the rest (-1: free;
// kNotPublisherOrPlace: any label but those two): a leading citation number
// ("[12]", "12."), links (URL, or DOI when the link is one), in author-date
// styles the names before a first "(2017)", "(n.d.)", "(forthcoming)" and
// that bracket, and after "(2017)," (OECD/Harvard: "Title, Publisher, Place,
// URL") a last segment that is a place or written like a name: the
// publisher and place (the segments before them neither), with a quoted
// title and an "in Book" container before them.
constexpr int kNotPublisherOrPlace = -2;
// Humanities "Family, Given. Title.": the names and their period are the
// author, the token after them kNotAuthor (any label but author).
constexpr int kNotAuthor = -3;
// Any label but the title (quoted_title_pins).
constexpr int kNotTitle = -4;
std::vector<int> pinned_labels(std::string_view text, const std::vector<Token>& tokens);

// Stacking: the features a second pass adds to token_features from the
// labels a first pass predicted (`first`, one per token): the token's own
// and its neighbours' (±1, ±2), the run of one label it sits in (its label,
// where in the run, its length, which run of that label it is and how many
// there are), and which fields were predicted before and after that run
// ("a title came earlier", "a journal comes after").
void stack_features(const std::vector<Label>& first, std::size_t i, std::vector<std::string>& out);

// Edge features (TrainOptions::edge_features): what separates token i-1
// from token i (i >= 1), as features of the transition between their labels
// rather than of a label: the previous token's kind (".", ",", ":", ";",
// brackets, a quote, a dash, "In"/"in", "and"/"&", an editors', pages',
// volume or number word, a word by its case, a year or another number:
// "E=.") and that with the next token's kind and the white space between
// them ("E=.|X|sp").  A field mostly changes at a period before a
// capitalised word, seldom at a comma inside a title; a label-bigram weight
// per separator says so, which token features (one label each) cannot.
// With `word_before` (TrainOptions::edge_word_before; parsing always asks,
// a model without them has no weights for them), after a punctuation mark
// also the kind of the word before it ("E2=I|.|X|sp": an initial, "Xs" a
// short capitalised word such as "Phys", "XX" capitals, "x"/"xs" small
// letters): a period after an initial or an abbreviation seldom ends a field.
void edge_features(std::string_view text, const std::vector<Token>& tokens, std::size_t i,
                   std::vector<std::string>& out, bool word_before = true);

// Whether the n bytes at a and b are the same: 8 bytes a step, no call (feature names are short).
inline bool same_bytes(const char* a, const char* b, std::size_t n) {
  auto read8 = [](const char* q) {
    std::uint64_t v;
    std::memcpy(&v, q, 8);
    return v;
  };
  auto read4 = [](const char* q) {
    std::uint32_t v;
    std::memcpy(&v, q, 4);
    return v;
  };
  if (n >= 8) {
    for (; n > 8; a += 8, b += 8, n -= 8)
      if (read8(a) != read8(b)) return false;
    return read8(a + n - 8) == read8(b + n - 8);
  }
  if (n >= 4) return read4(a) == read4(b) && read4(a + n - 4) == read4(b + n - 4);
  for (std::size_t k = 0; k < n; ++k)
    if (a[k] != b[k]) return false;
  return true;
}

// The hash FeatureMap files a feature's name under: 8 bytes a step, no allocation.
inline std::uint64_t feature_hash(std::string_view s) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t n = s.size();
  auto read8 = [](const unsigned char* q) {
    std::uint64_t v;
    std::memcpy(&v, q, 8);
    return v;
  };
  auto read4 = [](const unsigned char* q) {
    std::uint32_t v;
    std::memcpy(&v, q, 4);
    return std::uint64_t(v);
  };
  auto mix = [](std::uint64_t h, std::uint64_t v) {
    h = (h ^ v) * 0xbf58476d1ce4e5b9ull;
    return h ^ (h >> 31);
  };
  std::uint64_t h = 0x9e3779b97f4a7c15ull ^ (std::uint64_t(n) * 0x94d049bb133111ebull);
  if (n >= 8) {
    for (; n > 8; p += 8, n -= 8) h = mix(h, read8(p));
    h = mix(h, read8(p + n - 8));  // the last 8 bytes (overlapping the step before when n was no multiple of 8)
  } else if (n >= 4) {
    h = mix(h, read4(p) << 32 | read4(p + n - 4));
  } else if (n > 0) {
    h = mix(h, std::uint64_t(p[0]) << 16 | std::uint64_t(p[n >> 1]) << 8 | p[n - 1]);
  }
  h = (h ^ (h >> 29)) * 0x94d049bb133111ebull;
  return h ^ (h >> 32);
}

// Feature names -> V (the model's weights): found by a string_view and its feature_hash, with no std::string made,
// since parsing looks up some seventy features a token.  The entries stay in the order they were added (a vector,
// which adding to may move: hold no reference across an insertion); an open-addressed table of their indexes finds
// them.  Nothing is erased.  The subset of std::unordered_map's interface the model's users need.
template <class V>
class FeatureMap {
 public:
  using value_type = std::pair<std::string, V>;
  using iterator = typename std::vector<value_type>::iterator;
  using const_iterator = typename std::vector<value_type>::const_iterator;

  iterator begin() { return entries_.begin(); }
  iterator end() { return entries_.end(); }
  const_iterator begin() const { return entries_.begin(); }
  const_iterator end() const { return entries_.end(); }
  std::size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }
  void clear() {
    entries_.clear();
    slots_.clear();
  }
  void reserve(std::size_t n) {
    entries_.reserve(n);
    if (n * 2 > slots_.size()) rehash(n * 2);
  }

  // The weights of `name` (whose feature_hash is `hash`), null when it has none.
  const V* get(std::string_view name, std::uint64_t hash) const {
    std::size_t at = slot(name, hash);
    return at == kNone ? nullptr : &entries_[at].second;
  }
  const V* get(std::string_view name) const { return get(name, feature_hash(name)); }
  iterator find(std::string_view name) {
    std::size_t at = slot(name, feature_hash(name));
    return at == kNone ? end() : begin() + std::ptrdiff_t(at);
  }
  const_iterator find(std::string_view name) const {
    std::size_t at = slot(name, feature_hash(name));
    return at == kNone ? end() : begin() + std::ptrdiff_t(at);
  }
  std::size_t count(std::string_view name) const { return get(name) ? 1 : 0; }
  const V& at(std::string_view name) const {
    const V* v = get(name);
    if (!v) throw std::out_of_range("refparse: no feature " + std::string(name));
    return *v;
  }
  V& at(std::string_view name) { return const_cast<V&>(static_cast<const FeatureMap&>(*this).at(name)); }
  std::pair<iterator, bool> emplace(std::string name, V value) {
    std::uint64_t h = feature_hash(name);
    if (std::size_t at = slot(name, h); at != kNone) return {begin() + std::ptrdiff_t(at), false};
    if ((entries_.size() + 1) * 2 > slots_.size()) rehash(std::max<std::size_t>(16, slots_.size() * 2));
    entries_.emplace_back(std::move(name), std::move(value));
    place(h, entries_.size() - 1);
    return {end() - 1, true};
  }
  V& operator[](std::string_view name) { return emplace(std::string(name), V{}).first->second; }

 private:
  static constexpr std::size_t kNone = SIZE_MAX;
  // A slot: the hash's upper half (most misses end there) and the entry's index + 1 (0: empty).
  struct Slot {
    std::uint32_t check = 0, entry = 0;
  };
  std::size_t slot(std::string_view name, std::uint64_t h) const {
    if (slots_.empty()) return kNone;
    const std::size_t mask = slots_.size() - 1;
    const std::uint32_t check = std::uint32_t(h >> 32);
    for (std::size_t k = std::size_t(h) & mask;; k = (k + 1) & mask) {
      const Slot& s = slots_[k];
      if (s.entry == 0) return kNone;
      if (s.check == check) {
        const std::string& e = entries_[s.entry - 1].first;
        if (e.size() == name.size() && same_bytes(e.data(), name.data(), name.size())) return s.entry - 1;
      }
    }
  }
  void place(std::uint64_t h, std::size_t entry) {
    const std::size_t mask = slots_.size() - 1;
    std::size_t k = std::size_t(h) & mask;
    while (slots_[k].entry != 0) k = (k + 1) & mask;
    slots_[k] = {std::uint32_t(h >> 32), std::uint32_t(entry + 1)};
  }
  void rehash(std::size_t want) {
    std::size_t n = 16;
    while (n < want) n *= 2;
    slots_.assign(n, Slot{});
    for (std::size_t e = 0; e < entries_.size(); ++e) place(feature_hash(entries_[e].first), e);
  }
  std::vector<value_type> entries_;
  std::vector<Slot> slots_;  // a power of two, at most half full
};

// A feature's weights: (label, weight), or for an edge feature (prev * kLabelCount + next, weight), in the order the
// model's text lists them.  A list of many (`dense_from` of the `N` keys or more, each once) keeps them as one row of
// N weights too, 0 where it has none: parsing adds that row with vector instructions, which gives the same sums (a
// score plus 0 is the score: scores start at +0 and never become -0).  The list is set whole, never changed in place.
template <class K, std::size_t N, std::size_t dense_from>
class WeightList {
 public:
  using value_type = std::pair<K, float>;
  using const_iterator = typename std::vector<value_type>::const_iterator;
  WeightList() = default;
  WeightList(std::initializer_list<value_type> list) : WeightList(std::vector<value_type>(list)) {}
  explicit WeightList(std::vector<value_type> list) : list_(std::move(list)) { densify(); }
  // These weights, then `more`.
  void append(const std::vector<value_type>& more) {
    list_.insert(list_.end(), more.begin(), more.end());
    densify();
  }
  const_iterator begin() const { return list_.begin(); }
  const_iterator end() const { return list_.end(); }
  std::size_t size() const { return list_.size(); }
  bool empty() const { return list_.empty(); }
  const value_type& operator[](std::size_t k) const { return list_[k]; }
  // The N weights, or null when the list is kept as a list only.
  const float* dense() const { return dense_.empty() ? nullptr : dense_.data(); }

 private:
  void densify() {
    dense_.clear();
    if (list_.size() < dense_from) return;
    std::vector<float> row(N, 0.0f);
    std::vector<bool> seen(N, false);
    for (auto [k, w] : list_) {
      if (std::size_t(k) >= N || seen[std::size_t(k)]) return;  // a key twice: its weights are added one by one
      seen[std::size_t(k)] = true;
      row[std::size_t(k)] = w;
    }
    dense_ = std::move(row);
  }
  std::vector<value_type> list_;
  std::vector<float> dense_;
};
using LabelWeights = WeightList<Label, kLabelCount, 8>;
using EdgeWeights = WeightList<std::uint16_t, std::size_t(kLabelCount) * kLabelCount, 64>;

struct Model {
  std::vector<std::string> labels;  // names, in Label order
  // Per feature, its non-zero weights: (label, weight).
  FeatureMap<LabelWeights> weights;
  // transitions[prev * kLabelCount + next]; row kLabelCount is the start.
  std::vector<float> transitions;
  Lexicon lexicon;  // learnt with the weights; the features use it
  // Per edge feature (edge_features), its non-zero transition weights:
  // (prev * kLabelCount + next, weight), added to `transitions` between the
  // two tokens it describes.  Empty: the transitions alone (no edge features).
  FeatureMap<EdgeWeights> edges;
  // A stacked second pass (TrainOptions::stack_folds): its features are
  // token_features (with this model's lexicon) plus stack_features of this
  // model's labels, and its labels are the answer.  Null: one pass.
  std::shared_ptr<const Model> stacked;

  bool empty() const { return weights.empty(); }
  // The best label sequence for the tokens of `text` (Viterbi; then the
  // stacked pass's, when there is one), under pinned_labels and `more_pins`
  // (the same codes, one per token; -1 free) where pinned_labels leaves a
  // token free.
  std::vector<Label> label(std::string_view text, const std::vector<Token>& tokens,
                           const std::vector<int>* more_pins = nullptr) const;
  // The text form: "refparse-model 2", then transitions, then "lexicon N"
  // and N lines "word<TAB>class", then one line per feature:
  // "feature<TAB>label:weight<TAB>label:weight…" (weights as integers, times
  // 100).  With edge features "refparse-model 3", and after the lexicon
  // "edges N" and N lines "feature<TAB>prev,next:weight…".  Version 1 (no
  // lexicon) still loads.  A stacked model: a line
  // "stacked", then the second pass's text (its lexicon empty: it uses this
  // one's).  Throws std::runtime_error on malformed text.
  std::string save() const;
  static Model load(std::string_view text);
};

struct TrainOptions {
  // kPerceptron: averaged structured perceptron; kCrf: linear-chain CRF,
  // -log-likelihood + c2/2 |w|^2 minimised by L-BFGS (liblbfgs).
  enum Algorithm { kPerceptron, kCrf } algorithm = kPerceptron;
  int epochs = 14;
  std::uint32_t seed = 1;   // the order examples are visited in each epoch (perceptron)
  int min_count = 3;        // features seen fewer times are not used
  int lexicon_min_count = 8; // words seen fewer times are not in the lexicon (0: no lexicon)
  int lexicon_folds = 0;     // > 1: training features use fold_lexicons (the model keeps the full one)
  int span_min_count = 0;    // > 0: the lexicon holds field values seen this often (learn_lexicon)
  float prune = 2.0f;       // |weight| below this is dropped (keeps the model ~2 MB)
  double c2 = 1.0;          // CRF: L2 regularisation
  int max_iterations = 300; // CRF: L-BFGS iterations at most
  int threads = 2;          // CRF: the gradient is computed in this many fixed parts, one thread each
  bool verbose = false;     // CRF: one line per iteration on stderr
  // Stacking (CRF): > 1 trains a first pass with stack_iterations, labels the
  // training references by first passes trained on the other folds
  // (stack_folds folds by source document, as lexicon_fold cuts them), and
  // trains the second pass (max_iterations) on those labels' stack_features;
  // the model is the first pass trained on everything with the second in
  // Model::stacked.
  int stack_folds = 0;
  int stack_iterations = 100;
  // learn_word_classes' entries, added to the lexicon (and to each fold's).
  Lexicon word_classes;
  // gazetteer_lexicon's entries, added to the lexicon (and to each fold's).
  Lexicon gazetteer;
  // CRF: transition weights conditioned on edge_features (Model::edges).
  bool edge_features = false;
  // With edge_features, the word before a punctuation mark too (edge_features' word_before).
  bool edge_word_before = false;
};
// Deterministic for one input and options (the CRF's too: its parts are
// fixed by the data and summed in order).
Model train(const std::vector<Example>& examples, const TrainOptions& options = {});

// The model compiled into refnet (data/refparse.model).
const Model& bundled_model();

// The Record the labelled tokens say: spans of one label joined, "In",
// "eds.", "pp.", brackets stripped; volume spans such as "14(2):974-983"
// split; abbreviated page ranges expanded; names split into persons.
// A DOI repaired (normalize_doi's repairs) or dropped (a span labelled a DOI
// that is none) is added to `*repairs` when given, `at` from the start of `text`.
Record to_record(std::string_view text, const std::vector<Token>& tokens, const std::vector<Label>& labels,
                 std::vector<DoiRepair>* repairs = nullptr);
Record parse(std::string_view text, const Model& model, std::vector<DoiRepair>* repairs = nullptr);
// An article's number written where its pages stand: `written` the pages' span ("Article 101385", "e124."), `page`
// its normalised value: "Article"/"Art." before it, an ELocator ("e124", "e0229876"), or six to nine digits alone
// ("101385", "160018").  to_record makes it a journal article's number (CSL `number`), not its page.
bool article_number_locator(std::string_view written, std::string_view page);
// A given name written out that AnyStyle's labelled references outside the held-out split hold ("Robert", "Michael";
// src/refparse_given_names.cpp, written by build/refparse_given_names).
bool given_name_word(std::string_view w);
// The places of publication the rules know (split_publisher_place, place_publisher_pair): data/refparse_places.tsv,
// written by build/refparse_places from the place spans of the labelled references outside the held-out split and
// GeoNames' cities of 15,000 inhabitants or more, read by gazetteer_lexicon ("gz:new york" -> "place").
const Lexicon& place_names();
// An ordinal's ending after its digits, in lower case: "st", "nd", "rd", "th" ("2nd", "4th"), French "e", "ème"
// ("2e", "2ème"); an edition's number ("3rd ed", "2e éd.").
bool ordinal_ending(std::string_view lower);
// GB/T 7714's type marks, written in brackets after a title: "J" (journal article), "M" (book), "D" (thesis), "C"
// (proceedings), "R" (report), "N", "P", "S", "Z", "A", "G", "DB", "CP", "EB", and these "/OL" (online).
bool gbt_type_mark(std::string_view inside);
// Names written family name first with no comma between family and given name, persons split by commas ("Agranoff
// Robert, McGuire Michael", "Bryson John M., Crosby Barbara C., Stone Melissa Middleton": Oxford's JPART): two to
// four capitalised words a person (dotted initials after the given name), no person's first word a known given name
// (given_name_word), and a person of three words or more ending with a dotted initial or every person two words, the
// second a known given name.  Empty when the names are not so written.
std::vector<Creator> family_first_without_comma(std::string_view names);
// A journal article's (with a volume) pages that are its number (article_number_locator; `written` the pages as
// written, or empty) made its number: to_record's and the page importer's article.
void article_number_from_pages(Record& r, std::string_view written = {});
// Where a work is found in its volume: its first page, or a journal article's number (with a volume) when it has no pages (the
// labelled data's first page; a cited work's identity).
std::string locator(const Record& r);
// The labels parse gives the tokens: the model's (decoded again under
// quoted_title_pins when those say something), then the rules below
// (split_publisher_place … publisher_series) in order.
std::vector<Label> parse_labels(std::string_view text, const std::vector<Token>& tokens, const Model& model);
// A title in quotes ends at its closing quote: when the first title span
// the model labelled opens with a quote (“ « ‘ ", or ' glued to its word; at
// the start of a part of the reference, not after a word) and its closing
// quote (not an apostrophe: ’ or ' with a letter glued after it) holds two
// words at least, but the model labelled part of the quoted text otherwise
// or went on with the title after it ("“Where Were the Four Branches of the
// Mabinogi Written?” In The Individual in Celtic Literatures", "« La parte
// del Sassoli … di morte », Giornale Storico …"): pins (pinned_labels'
// codes; -1 free) for decoding again: the quote to its closing quote and
// the punctuation after it the title, the next token kNotTitle.  With no
// title labelled, a journal's or container's span that opens with such a
// quote and goes on after it ("'Dilemmas in a general theory of planning',
// Policy Sciences") is read the same way.  Empty when there is nothing to say.
std::vector<int> quoted_title_pins(std::string_view text, const std::vector<Token>& tokens,
                                   const std::vector<Label>& labels);

// Rules over the labels a model gave (parse applies them before
// to_record): with no place labelled, a publisher span that holds one
// ("John Wiley & Sons, Brisbane", "Springer Berlin", "Elsevier: New York",
// "New York: Springer") gives it to kLocation.  A place is a word or span
// the lexicon's gazetteer calls "location" (with a state code such as "CO"
// after a comma), capitalised words the lexicon does not know named by such
// a state code ("Boulder, CO"), or one or two of them after a publisher's
// word and a comma ("John Wiley & Sons, Toowong"); the publisher keeps at
// least one word.
void split_publisher_place(std::string_view text, const std::vector<Token>& tokens, std::vector<Label>& labels,
                           const Lexicon& lexicon);
// The first title span's tail when it cannot be the title's: "Title. In
// Book" / "“Title,” in “Book”" / "Title, in: Journal" (an "In" after the
// title's closing period or quote, "in:" after a comma, three words of
// title before it) is the container (the journal when one follows), and a
// year after its last comma or period ("The Hydrolysis of Cations, 1976,
// New York: Wiley") is the date when no other date is labelled.
void fix_title_tail(std::string_view text, const std::vector<Token>& tokens, std::vector<Label>& labels);
// A reference with no title labelled whose one container span (a book, not
// a journal) is not introduced by "In"/"Dans" ("Stein, R., eds. The Reader.
// Tucson: ...", "Russell, L., Human Liberation, Philadelphia: ...") names a
// book: the span is the title.  Dashes and an editors' word at its start
// ("————, ed. Title") go to the editor.
void container_as_title(std::string_view text, const std::vector<Token>& tokens, std::vector<Label>& labels);
// The end of the first journal or container span: a bracketed place
// ("Nature (London)", "J. Phys. (Paris)": one to three capitalised words, one
// of them a place the lexicon knows) is the place when none is labelled; a
// number after a volume or issue word ("Linguistics Volume 30", "Monograph
// No. 3"), or in a journal after a word ("Geologists Bulletin 95"), is the
// volume (issue) when no volume is labelled; a volume or issue word ending
// the span before the volume or issue labelled next goes to it ("ACA
// Monograph No. | 3.").  A year stays.
void container_tail(std::string_view text, const std::vector<Token>& tokens, std::vector<Label>& labels,
                    const Lexicon& lexicon);

// A part number ending the title read into the journal or container after
// it ("Fourier integral operators. II. Acta Mathematica", "‘Homer studies.
// II’, CW"): an upper-case Roman numeral of 1 to 4 letters starting the
// first such span right after the title, followed by a period, a closing
// quote or a comma and more of the span, goes to the title.
void part_number_to_title(std::string_view text, const std::vector<Token>& tokens, std::vector<Label>& labels);
// A report's number in brackets after its title, "(Catalogue no. 98-316-X2021001)", whose number the model labelled
// another field (pages): the title's, where to_record reads it as the number.
void report_number_to_title(std::string_view text, const std::vector<Token>& tokens, std::vector<Label>& labels);
// A publisher's series inside the publisher span ("Gallimard, Coll. Folio
// Essais", "Calmann-Lévy, coll. « Pocket Agora »", "Seuil, collection
// Points"): from a comma followed by "coll"/"collection" to the span's end
// it is the series (kCollection), when a word of publisher comes first.
void publisher_series(std::string_view text, const std::vector<Token>& tokens, std::vector<Label>& labels);
// The first title span's tail that the lexicon's gazetteer calls a
// publisher's name, after two words of title at least ("Digital System Design
// Prentice Hall 1987."), is the publisher when none is labelled.
void title_tail_publisher(std::string_view text, const std::vector<Token>& tokens, std::vector<Label>& labels,
                          const Lexicon& lexicon);
// Its sibling for journals, Vancouver without the period: with no journal
// or container labelled, a sentence-case title that runs on, with no mark
// between, into one to six capitalised words and then the date or volume,
// volume or pages labelled after it ("… salinity gradient Mar Ecol Prog Ser
// (1985) 23:45-55", "… the human MAdCAM-1 gene Immunogenetics 1997;46:"):
// those words are the journal when one is a journal's word (the lexicon's,
// "Journal", "Rev"…) or they are one word of seven letters or more.  The
// word before them is in small letters, four letters at least (not "of").
void title_tail_journal(std::string_view text, const std::vector<Token>& tokens, std::vector<Label>& labels,
                        const Lexicon& lexicon);
// The other way, the journal's span started inside the title ("Saul N, …. Epidemiology of medical error BMJ 2000;
// 320:774-777.", "… wild-type, mutant R175K and S-adenosylhomocysteine-bound R175K enzymes J Mol Biol 2000;"): in a
// journal span with no mark but hyphens, followed by MEDLINE's date (a year then ";", or a year in brackets then the
// volume) and the volume or pages labelled after it, the words up to its last word in small letters (a whole word of
// four letters or more, not a connector a journal's name holds: "of", "für", "de"…) are the title's when one to six capitalised words follow them to the
// span's end, and the title is labelled right before the span or nowhere.
void journal_head_title(std::string_view text, const std::vector<Token>& tokens, std::vector<Label>& labels);
// And with a period between (ISO 690's "Dinosaur Metabolism and the Allometry of Maximum Growth Rate. PloS one.
// 2016. Vol. 11"): with no journal or container labelled, the title's last sentence of one to six words,
// capitalised, after a period that follows a word of two letters or more and three tokens of title, with the volume
// or pages labelled after the title (or APA's link right after it, "Retrieved from"/"Available:" before it, and only a
// link, a date or a note after that: "… Come of Age. Information Standards Quarterly. Available: http://…"), is the
// journal when the lexicon's gazetteer knows it whole as a journal's or one of its words is a journal's word.
void title_sentence_journal(std::string_view text, const std::vector<Token>& tokens, std::vector<Label>& labels,
                            const Lexicon& lexicon);
// A title's later sentences labelled a note ("A Different Angle: Perspectives on Public Innovation. | What is the
// Chilean Model of Public Innovation? Six years of the Government Lab, | Government of Chile"): with no journal or
// container labelled, a note right after the title's period, of three words or more without digits, starting
// capitalised and closed by a comma before the publisher, as the title is in such styles, is the title's.
void note_in_title(std::string_view text, const std::vector<Token>& tokens, std::vector<Label>& labels);
// A journal and its volume labelled a note after the title (ASA's "… Across Domains.” Frontiers in Psychology 11.
// doi: …"): with no journal, container or volume labelled, a note right after the title of one to six capitalised
// words, one of them a journal's word (the lexicon's, "Journal", "Rev"…), and then a number of one to four digits
// that is no year, is the journal and the volume.
void journal_volume_note(std::string_view text, const std::vector<Token>& tokens, std::vector<Label>& labels,
                         const Lexicon& lexicon);
// A chapter's book after its editors ("Title. In D. I. Slobin (ed.), The
// crosslinguistic study of language acquisition, vol. II", "« Titre », in
// Dubet F. (dir.), Inégalités et justice sociale, Paris"): with no journal
// or container labelled, a second title span right after an editors' or
// contributors' span that opens with "In" and follows the first title is the
// container.
void book_after_editors(std::string_view text, const std::vector<Token>& tokens, std::vector<Label>& labels);
// A work without authors in an author-date style ("Good chemistry. (1996,
// September). Wake Forest University Magazine, 44(1), 8."): with no title
// labelled, the span labelled author before a bracketed date is the title
// when it reads as a sentence (a word in small letters that is no name
// particle, or a colon; two words at least) and has no initial, "&" or comma
// between words.
void title_before_date(std::string_view text, const std::vector<Token>& tokens, std::vector<Label>& labels);
// A group author that publishes its own work ("Institute for Government (2019) Performance Tracker 2019. London:
// Institute for Government."): the model labelled the name opening the reference the publisher, and no author.
// With no author or editor labelled, a publisher span opening the reference (after its number) right before the
// date, a title after it, is the author (to_record keeps the second publisher span as the publisher).
void publisher_before_date(std::string_view text, const std::vector<Token>& tokens, std::vector<Label>& labels);
// An author and a date the model read into the title ("President of the Republic of Kazakhstan (2015), 100 Concrete
// Steps, https://…", OECD's Harvard, issue 16): with no author, editor or date labelled, a title span opening the
// reference with capitalised words (and an organisation's small words, "of", "the", "for") then "(" a year ")" and
// two words of title after it: the words are the author, the bracket the date.
void author_date_in_title(std::string_view text, const std::vector<Token>& tokens, std::vector<Label>& labels);
// A title cut after an article or a preposition ("… Or A tour in | Lapland.", "… les femmes en | 2009, 2012.", "Le
// Cycle des | Nymphéas,"): no title ends with one, so the words after it up to a punctuation mark, labelled one field
// other than a journal, container, series or link (a date only when a later year is the date), are the title's; not
// after "in", "dans" or "en" opening a segment (", in Buskens, Ineke (ed.)": a container's).
void title_ending_function_word(std::string_view text, const std::vector<Token>& tokens, std::vector<Label>& labels);
// An edition in brackets ending the title ("Street-level bureaucracy: … (30th anniversary expanded ed.)."): with no
// edition labelled, a bracket closing the first title span (then punctuation only) that holds two to five words, the
// last "ed", "edn" or "edition", is the edition; and without brackets, an ordinal or a year then one of those words
// ending the title ("Public administration in Canada 3rd ed (1999)", "…; 1995 ed., Westview").
void edition_ending_title(std::string_view text, const std::vector<Token>& tokens, std::vector<Label>& labels);
// A journal's name before the medium NLM and ISO 690 write after it
// ("… spinosaurid evolution. PLoS ONE [Internet]. 2022 Feb 16;17(2)",
// "PeerJ [Internet]." labelled a note): with no journal or container
// labelled, the words from the sentence's start (inside a title of two words
// at least before it, or the note span's start) to the bracket are the
// journal, one to eight words.
void medium_journal(std::string_view text, const std::vector<Token>& tokens, std::vector<Label>& labels);
// DIN 1505 ends the names with a colon ("HINTON, GEOFFREY: Speech
// recognition …"): when the first author span ends with a comma and the
// title after it starts with one to three capitalised words (hyphens and
// initials' periods between) and a colon, those and the colon are the
// author's.
void given_name_before_colon(std::string_view text, const std::vector<Token>& tokens, std::vector<Label>& labels);
// A library catalogue's order, title first and then the author ("The mosaics of Norman Sicily. Otto Demus. New York,
// Philosophical Library 1950"): in a reference with no author or editor span whose title span, right before the place
// or the publisher, ends with a sentence of two to four capitalised words (initials between) opening with a given
// name (given_name_word), that sentence is the author's.
void author_after_title(std::string_view text, const std::vector<Token>& tokens, std::vector<Label>& labels);
// The last author's family name read into the title after the initials ("J. Lujan, M. Ortiz Promotora diabetes …"),
// or the last author's initials without periods ("…; Capadona, JR Development of …"): the author's (refparse.cpp).
void family_name_opening_title(std::string_view text, const std::vector<Token>& tokens, std::vector<Label>& labels);
// Journal abbreviations ending the title right before the journal's span ("… type 2 diabetes Fam. | Pract., 27"):
// the journal's (refparse.cpp).
void abbreviation_ending_title(std::string_view text, const std::vector<Token>& tokens, std::vector<Label>& labels);
// A proceedings' "Proc." after a comma or period inside the title span, with no container or journal labelled
// ("… the Large Hadron Collider,Proc .EPAC04 Lucerne"): the container from there (refparse.cpp).
void proceedings_abbreviation_in_title(std::string_view text, const std::vector<Token>& tokens, std::vector<Label>& labels);
// "…, editors. Proceedings of the … Conference, GECCO 2011. New York, NY: ACM Press; 2011.": a conference's acronym
// in capitals and the year after a container's comma, labelled place or date, are the container's when another date
// is labelled.
void acronym_after_container(std::string_view text, const std::vector<Token>& tokens, std::vector<Label>& labels);
// "Title. The University of Edinburgh; 2016.": a university's name labelled the journal, with no volume, issue,
// pages, publisher or container labelled, is the publisher.
void university_journal(std::string_view text, const std::vector<Token>& tokens, std::vector<Label>& labels);
// "In: Sustainability (Switzerland) Bd. 11, MDPI": a volume's word and number labelled the edition are the volume,
// and an "In …" span labelled the editors before it, with no editors' word, the journal.
void volume_as_edition(std::string_view text, const std::vector<Token>& tokens, std::vector<Label>& labels);

// "Title. Master’s thesis. Massachusetts Institute of Technology.": a degree statement ending the title span after its
// period or comma is the genre (the university's words after it, when no publisher is labelled, the publisher).
void thesis_in_title(std::string_view text, const std::vector<Token>& tokens, std::vector<Label>& labels);

// "Title. Edited by Magnús Pétursson.", "Title (translated by Douglas Martin).": an editor's or translator's statement
// naming persons only, ending the title span, is the editors or a contributor.
void role_in_title(std::string_view text, const std::vector<Token>& tokens, std::vector<Label>& labels);

// "Boulder, Westview" labelled one place span: the part that is no place, written like a name, is the publisher;
// "London, New Left Books" labelled publisher then place: the place and the publisher swap.
void place_publisher_pair(std::string_view text, const std::vector<Token>& tokens, std::vector<Label>& labels,
                          const Lexicon& lexicon);

// "Title. In ALISE 2019.": a year labelled a date of its own right after the acronym ending the container's or
// journal's span, with another date labelled, is the meeting's name's.
void year_after_acronym(std::string_view text, const std::vector<Token>& tokens, std::vector<Label>& labels);

// "Parallel Problem Solving from Nature – PPSN XVI, Lecture Notes in Computer Science,": a book series' name ending
// the container's span after its comma or period is the series.
void series_ending_container(std::string_view text, const std::vector<Token>& tokens, std::vector<Label>& labels);

// "'Title', 22 Nucl. Phys. (1961) 579.": a number opening the journal's span before the year in brackets is the
// volume, when no volume is labelled.
void volume_before_journal(std::string_view text, const std::vector<Token>& tokens, std::vector<Label>& labels);

// Whether the record holds nothing parse could find.
bool empty_record(const Record& r);

// "Romero, C., Paunesku, D., & Dweck, C.", "Pérez-Higueras JJ, Arias A",
// "H. Fischer and J. Smith": one Creator each (parse_ris_name); "et al." ends
// the list.
std::vector<Creator> split_names(std::string_view text);

// "123-7" -> "123-127", "1761–1800" -> "1761-1800", "pp. 45-67." -> "45-67".
std::string normalize_page_range(std::string_view s);

}  // namespace refparse
}  // namespace refnet

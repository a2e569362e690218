// Field-value F1 of the reference parser, after normalisation:
//   build/refparse_eval [DATA_DIR] [--model FILE] [--tsv FILE] [--all|--dev] [--errors] [--confusions] [--first-pass]
//                       [--by-source] [--corrections FILE] [--corrected] [--kept]
// DATA_DIR (default ../shared/refparse): the labelled references; the
// held-out split (refparse::is_held_out, by source document) is scored, or
// every reference with --all, or the development split (refparse::is_dev)
// with --dev.  --errors: one line per wrong field value (both sides after
// normalisation, the reference, and for labelled data its source file, gold
// spans and parsed spans, refparse::parse_labels; with --tsv the parsed spans); --confusions: the 50 most frequent (gold, predicted) token
// label confusions and the 30 references with the most wrong tokens.  The gold record is the labelled spans through
// the same normalisation (refparse::to_record).  --tsv FILE scores a hand-made
// table instead (fixtures/refparse/social_science.tsv, after a header line:
// the reference, then the expected authors' surnames or organisations ("; "),
// year, title, container, volume, issue, first page, publisher, place; an optional eleventh column holds tags separated
// by spaces, "style:apa type:book", and F1 is then printed per tag too: micro and per field (a row tagged
// score:series-as-container scores the parser's series as its container where it read none); bench/refparse_styles.py
// writes such a table; a value "?" says the row does not label that field: not scored).  --model FILE: a model file instead of the bundled one.  --first-pass: a stacked model's first
// pass alone.  --by-source: with labelled data, F1 per corpus too (the source file's corpus: "anystyle__ugly",
// "grobid-citation", GROBID's "evaluation-citation" files apart), printed as the table's tags are (the last two
// columns, the micro tp and fp + fn, pool tags: F1 = 2tp / (2tp + fp + fn)).
// Label corrections (refparse::apply_label_corrections; --corrections FILE, by default
// fixtures/refparse/label_corrections.tsv when it is there, "" for none): labelled data is scored twice, against the
// labels as published (the headline figure) and against them with the corrections applied (printed after, per field
// and with --by-source per corpus); --corrected: --errors and --confusions against the corrected labels.
// --gold-tsv: no scoring; each chosen labelled reference as a row of the --tsv table (its gold values from the
// corrected labels, unfolded, tag "source:CORPUS"), then its source file and corrected gold spans: the draft that
// bench/refparse_relabel_draw.py samples for fixtures/refparse/heldout_relabelled.tsv, relabelled by hand.
// --dump: one line per reference ("dump", the text, its tags, the gold and the parsed values separated by \x1f, the
// parsed spans and, for labelled data, the gold spans), for measuring a rule's reach on every reference.
// --kept: one line per span the parser labelled and read into no field (refnet::KeptSpan, kept in the annotation): "kept",
// why, the span, the reference; without it their count per kind is printed after the fields.
//
// Fields compared: authors as a list of folded surnames, title and container
// folded (refnet::fold_words), year, volume, issue, first page, publisher,
// place.  The first page is the locator: a journal article's number (CSL number) where it has no pages, as the
// labelled data count it; a line "pages-only" scores the parser's pages alone (an article's number counted wrong)
// and the micro F1 with it.  A value is a true positive when equal, a false positive when the
// parser gives a different or spurious one, a false negative when the gold
// value is missed or wrong.  Per field and micro (all fields pooled).
#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "refnet/accents.hpp"
#include "refnet/refparse.hpp"
#include "refnet/refparse_kept.hpp"
#include "refnet/text.hpp"

using namespace refnet;
using namespace refnet::refparse;

namespace {

const char* const kFields[] = {"authors", "title", "container", "year", "volume", "issue", "first-page",
                               "publisher", "place"};
constexpr int kFieldCount = 9;

// A value folded (fold_words) after its PDF spacing accents are joined with their letters, as parse joins them in
// the reference: the labelled "Rodr´ıguez" is the parser's "Rodríguez" (join_spacing_accents).
std::string folded(std::string_view v) {
  return fold_words(may_hold_spacing_accent(v) ? join_spacing_accents(v) : std::string(v));
}

std::array<std::string, kFieldCount> values(const Record& r) {
  std::string authors;
  for (const Creator& c : r.authors)
    authors += (authors.empty() ? "" : "|") + folded(c.is_literal() ? c.literal : c.full_family());
  // The first page, or a journal article's number where it has no pages (to_record puts "e124", "Article 101385",
  // "101385" in the number, CSL's article-number; the labelled data label them pages): the same either way.
  std::string page = locator(r);
  return {authors,
          folded(r.title),
          folded(r.container_title),
          r.issued.year ? std::to_string(r.issued.year) : "",
          ascii_lower(r.volume),
          ascii_lower(r.issue),
          ascii_lower(page),
          folded(r.publisher),
          folded(r.publisher_place)};
}

// A --tsv table's "?": the field is not labelled in that row (EXCITE tags places only in some positions:
// bench/refparse_excite.py), so neither side counts.
const std::string kUnlabelled = "\x01?";

struct Counts {
  long tp = 0, fp = 0, fn = 0;
  void add(const std::string& gold, const std::string& got) {
    if (gold == kUnlabelled) return;
    if (!gold.empty() && gold == got) ++tp;
    else {
      if (!got.empty()) ++fp;
      if (!gold.empty()) ++fn;
    }
  }
  double f1() const { return tp ? 2.0 * tp / (2.0 * tp + fp + fn) : 0.0; }
};

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out;
  std::size_t p = 0;
  for (;;) {
    std::size_t e = line.find('\t', p);
    out.push_back(line.substr(p, e == std::string::npos ? std::string::npos : e - p));
    if (e == std::string::npos) break;
    p = e + 1;
  }
  return out;
}

// Per field and micro (the last), with the number of references; per tag or for the whole set.
struct Tally {
  std::array<Counts, kFieldCount + 1> counts;
  long refs = 0;
  void add(const std::array<std::string, kFieldCount>& gold, const std::array<std::string, kFieldCount>& got) {
    ++refs;
    for (int k = 0; k < kFieldCount; ++k) {
      counts[k].add(gold[k], got[k]);
      counts[kFieldCount].add(gold[k], got[k]);
    }
  }
};

void print_fields(const Tally& t) {
  std::printf("%-11s %6s %6s %6s %6s\n", "field", "gold", "P", "R", "F1");
  for (int k = 0; k <= kFieldCount; ++k) {
    const Counts& c = t.counts[k];
    std::printf("%-11s %6ld %6.3f %6.3f %6.4f\n", k < kFieldCount ? kFields[k] : "micro", c.tp + c.fn,
                c.tp + c.fp ? double(c.tp) / double(c.tp + c.fp) : 0.0, c.tp + c.fn ? double(c.tp) / double(c.tp + c.fn) : 0.0,
                c.f1());
  }
}

// One line per tag: references, micro F1, then each field's F1 ("-" where the tag's rows expect none), then the
// micro counts, for pooling tags: F1 = 2tp / (2tp + fp + fn).
void print_tags(const std::map<std::string, Tally>& by_tag) {
  std::printf("\n%-56s %5s %6s", "tag", "refs", "micro");
  for (const char* f : kFields) std::printf(" %6.6s", f);
  std::printf(" %6s %6s\n", "tp", "fp+fn");
  for (const auto& [tag, t] : by_tag) {
    std::printf("%-56s %5ld %6.3f", tag.c_str(), t.refs, t.counts[kFieldCount].f1());
    for (int k = 0; k < kFieldCount; ++k) {
      const Counts& c = t.counts[k];
      if (c.tp + c.fn) std::printf(" %6.3f", c.f1());
      else std::printf(" %6s", "-");
    }
    const Counts& m = t.counts[kFieldCount];
    std::printf(" %6ld %6ld\n", m.tp, m.fp + m.fn);
  }
}

// A labelled reference's corpus: the file's name before ".xml" for AnyStyle's, the folder for GROBID's (its
// evaluation files apart).
std::string corpus_of(const std::string& source) {
  std::string corpus = source.substr(0, source.find('/'));
  if (corpus == source) corpus = source.substr(0, source.find('.'));
  if (source.find("/evaluation-citation") != std::string::npos) corpus += "/evaluation";
  return corpus;
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir = "../shared/refparse", model_file, tsv, corrections_file = "fixtures/refparse/label_corrections.tsv";
  bool all = false, dev = false, show_errors = false, confusions = false, first_pass = false, by_source = false,
       use_corrected = false, gold_tsv = false, show_kept = false, dump = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--model" && i + 1 < argc) model_file = argv[++i];
    else if (a == "--tsv" && i + 1 < argc) tsv = argv[++i];
    else if (a == "--corrections" && i + 1 < argc) corrections_file = argv[++i];
    else if (a == "--all") all = true;
    else if (a == "--dev") dev = true;
    else if (a == "--errors") show_errors = true;
    else if (a == "--confusions") confusions = true;
    else if (a == "--first-pass") first_pass = true;
    else if (a == "--by-source") by_source = true;
    else if (a == "--corrected") use_corrected = true;
    else if (a == "--gold-tsv") gold_tsv = true;
    else if (a == "--kept") show_kept = true;
    else if (a == "--dump") dump = true;
    else dir = a;
  }
  Model loaded;
  if (!model_file.empty()) {
    std::ifstream in(model_file, std::ios::binary);
    std::ostringstream buf;
    buf << in.rdbuf();
    loaded = Model::load(buf.str());
  }
  if (model_file.empty()) loaded = bundled_model();
  if (first_pass) loaded.stacked.reset();
  const Model& model = loaded;
  // (text, gold values); with labelled data and corrections also the gold values with the corrections applied.
  std::vector<std::pair<std::string, std::array<std::string, kFieldCount>>> cases;
  std::vector<std::array<std::string, kFieldCount>> corrected_gold;
  std::vector<std::vector<Label>> gold_labels;  // per case, when labelled (corrected with --corrected)
  std::vector<std::string> sources;             // per case, when labelled
  std::vector<std::string> tags;                // per case, with --tsv: "style:apa type:book"
  int corrections = 0, corrected_cases = 0;
  if (!tsv.empty()) {
    std::ifstream in(tsv);
    std::string line;
    bool header = true;
    while (std::getline(in, line)) {
      if (header) {
        header = false;
        continue;
      }
      if (line.empty() || line[0] == '#') continue;
      std::vector<std::string> cols = split_tabs(line);
      cols.resize(2 + kFieldCount);
      std::array<std::string, kFieldCount> gold;
      std::string authors;
      for (const std::string& a : split_list(cols[1], ";")) authors += (authors.empty() ? "" : "|") + folded(a);
      gold[0] = authors;
      gold[1] = folded(cols[3]);
      gold[2] = folded(cols[4]);
      gold[3] = std::string(trim(cols[2]));
      for (int k = 4; k < 7; ++k) gold[k] = ascii_lower(std::string(trim(cols[k + 1])));
      gold[7] = folded(cols[8]);
      gold[8] = folded(cols[9]);
      static const int kColumn[kFieldCount] = {1, 3, 4, 2, 5, 6, 7, 8, 9};  // each field's column in the table
      for (int k = 0; k < kFieldCount; ++k)
        if (trim(cols[kColumn[k]]) == "?") gold[k] = kUnlabelled;
      cases.emplace_back(cols[0], gold);
      tags.push_back(std::string(trim(cols[1 + kFieldCount])));
    }
  } else {
    std::vector<Example> examples = load_corpus(dir);
    // The label corrections (apply_label_corrections), to a copy: the raw figure stays the headline.
    std::vector<Example> fixed = examples;
    if (!corrections_file.empty()) {
      std::ifstream in(corrections_file, std::ios::binary);
      if (in) {
        std::ostringstream buf;
        buf << in.rdbuf();
        std::vector<std::string> problems;
        corrections = apply_label_corrections(fixed, buf.str(), corrections_file, problems);
        for (const std::string& p : problems) std::cerr << p << "\n";
      }
    }
    for (std::size_t e = 0; e < examples.size(); ++e) {
      const Example& ex = examples[e];
      if (dev ? !is_dev(ex) : !all && !is_held_out(ex)) continue;
      if (gold_tsv) {  // the row: the reference, its gold values as the --tsv table's columns, its tag; then the draft
        const Example& fx = fixed[e];
        const Record r = to_record(fx.text, tokenize(fx.text), fx.labels);
        std::string authors;
        for (const Creator& c : r.authors) authors += (authors.empty() ? "" : "; ") + (c.is_literal() ? c.literal : c.full_family());
        std::cout << fx.text << "\t" << authors << "\t" << (r.issued.year ? std::to_string(r.issued.year) : "") << "\t"
                  << r.title << "\t" << r.container_title << "\t" << r.volume << "\t" << r.issue << "\t" << locator(r)
                  << "\t" << r.publisher << "\t" << r.publisher_place << "\tsource:" << corpus_of(ex.source) << "\t" << ex.source
                  << "\t" << label_spans(fx.text, fx.labels) << "\n";
        continue;
      }
      cases.emplace_back(ex.text, values(to_record(ex.text, tokenize(ex.text), ex.labels)));
      const Example& fx = fixed[e];
      corrected_gold.push_back(fx.labels == ex.labels ? cases.back().second
                                                      : values(to_record(fx.text, tokenize(fx.text), fx.labels)));
      corrected_cases += fx.labels != ex.labels;
      gold_labels.push_back(use_corrected ? fx.labels : ex.labels);
      sources.push_back(ex.source);
      if (by_source) tags.push_back("source:" + corpus_of(ex.source));
    }
  }
  if (gold_tsv) return 0;
  Tally total, total_corrected;
  Counts pages_only;
  std::map<std::string, Tally> by_tag, by_tag_corrected;
  std::map<std::string, long> kept_by_why;  // the parser's spans read into no field (refnet::KeptSpan), by kind
  long kept_references = 0;
  for (std::size_t c = 0; c < cases.size(); ++c) {
    const std::string& text = cases[c].first;
    const auto& gold = use_corrected ? corrected_gold[c] : cases[c].second;
    std::vector<KeptSpan> kept;
    const Record parsed = parse(text, model, nullptr, &kept);
    kept_references += !kept.empty();
    for (const KeptSpan& k : kept) {
      ++kept_by_why[k.why];
      if (show_kept) std::cout << "kept\t" << k.why << "\t" << k.written << "\t" << text << "\n";
    }
    auto got = values(parsed);
    std::vector<std::string> case_tags = c < tags.size() ? split_list(tags[c], " ") : std::vector<std::string>{};
    // A row tagged score:series-as-container (bench/refparse_excite.py --series-container): the scheme labels a
    // book's series its source, so the parser's series (CSL collection-title) is its container where it read none.
    if (got[2].empty() && std::find(case_tags.begin(), case_tags.end(), "score:series-as-container") != case_tags.end())
      got[2] = folded(parsed.get_extra("collection-title"));
    // Scored the other way: the parser's pages alone, an article's number in its number counted wrong.
    pages_only.add(cases[c].second[6], parsed.pages.substr(0, parsed.pages.find('-')));
    total.add(cases[c].second, got);
    for (const std::string& t : case_tags) by_tag[t].add(cases[c].second, got);
    if (c < corrected_gold.size()) {
      total_corrected.add(corrected_gold[c], got);
      for (const std::string& t : case_tags) by_tag_corrected[t].add(corrected_gold[c], got);
    }
    if (dump) {  // every reference: its text, tags, gold and parsed values ("\x1f" between fields), parsed and gold spans
      std::cout << "dump\t" << text << "\t" << (c < tags.size() ? tags[c] : "") << "\t";
      for (int k = 0; k < kFieldCount; ++k) std::cout << (k ? "\x1f" : "") << gold[k];
      std::cout << "\t";
      for (int k = 0; k < kFieldCount; ++k) std::cout << (k ? "\x1f" : "") << got[k];
      std::cout << "\t" << label_spans(text, parse_labels(text, tokenize(text), model)) << "\t"
                << (c < gold_labels.size() ? label_spans(text, gold_labels[c]) : "") << "\n";
    }
    for (int k = 0; k < kFieldCount; ++k)
      if (show_errors && gold[k] != got[k] && gold[k] != kUnlabelled) {
        std::cout << kFields[k] << "\twant " << gold[k] << "\tgot " << got[k] << "\t" << text;
        if (!case_tags.empty()) std::cout << "\t" << tags[c];
        // With labelled data: the source file, and the gold spans ("[title …]").
        if (c < sources.size())
          std::cout << "\t" << sources[c] << "\t" << label_spans(text, gold_labels[c]) << "\t"
                    << label_spans(text, parse_labels(text, tokenize(text), model));
        else  // a table's row: the parsed spans
          std::cout << "\t" << label_spans(text, parse_labels(text, tokenize(text), model));
        std::cout << "\n";
      }
  }
  if (confusions && !gold_labels.empty()) {
    std::map<std::pair<int, int>, long> conf;
    std::vector<std::pair<long, std::size_t>> worst;  // (wrong tokens, case)
    long tokens = 0, wrong_tokens = 0;
    for (std::size_t c = 0; c < cases.size(); ++c) {
      const std::string& text = cases[c].first;
      std::vector<Token> toks = tokenize(text);
      std::vector<Label> got = model.label(text, toks);
      long wrong = 0;
      for (std::size_t i = 0; i < got.size(); ++i)
        if (got[i] != gold_labels[c][i]) {
          ++conf[{gold_labels[c][i], got[i]}];
          ++wrong;
        }
      tokens += long(got.size());
      wrong_tokens += wrong;
      worst.emplace_back(-wrong, c);
    }
    std::vector<std::pair<long, std::pair<int, int>>> sorted;
    for (const auto& [k, v] : conf) sorted.push_back({-v, k});
    std::sort(sorted.begin(), sorted.end());
    std::printf("token accuracy %.4f (%ld of %ld wrong)\n%-16s %-16s %6s\n", 1.0 - double(wrong_tokens) / double(tokens),
                wrong_tokens, tokens, "gold", "predicted", "tokens");
    for (std::size_t k = 0; k < sorted.size() && k < 50; ++k)
      std::printf("%-16s %-16s %6ld\n", label_name(Label(sorted[k].second.first)),
                  label_name(Label(sorted[k].second.second)), -sorted[k].first);
    std::sort(worst.begin(), worst.end());
    for (std::size_t k = 0; k < worst.size() && k < 30; ++k) {
      std::size_t c = worst[k].second;
      const std::string& text = cases[c].first;
      std::vector<Token> toks = tokenize(text);
      std::vector<Label> got = model.label(text, toks);
      std::printf("\n%ld wrong: %s\n", -worst[k].first, text.c_str());
      for (std::size_t i = 0; i < toks.size(); ++i)
        if (got[i] != gold_labels[c][i])
          std::printf("  %s: %s, not %s\n", text.substr(toks[i].begin, toks[i].end - toks[i].begin).c_str(),
                      label_name(got[i]), label_name(gold_labels[c][i]));
    }
    std::printf("\n");
  }
  std::printf("%zu references (%s)\n", cases.size(),
              !tsv.empty() ? tsv.c_str() : all ? "all" : dev ? "dev split" : "held-out split");
  print_fields(total);
  // first-page above counts an article's number (CSL number) where the gold has it as the first page; here the
  // parser's pages alone, and the micro F1 with it in first-page's place.
  {
    Counts m = total.counts[kFieldCount];
    const Counts& fp = total.counts[6];
    m.tp += pages_only.tp - fp.tp;
    m.fp += pages_only.fp - fp.fp;
    m.fn += pages_only.fn - fp.fn;
    std::printf("%-11s %6ld %6.3f %6.3f %6.4f  (micro %.4f)\n", "pages-only", pages_only.tp + pages_only.fn,
                pages_only.tp + pages_only.fp ? double(pages_only.tp) / double(pages_only.tp + pages_only.fp) : 0.0,
                pages_only.tp + pages_only.fn ? double(pages_only.tp) / double(pages_only.tp + pages_only.fn) : 0.0,
                pages_only.f1(), m.f1());
  }
  if (!by_tag.empty()) print_tags(by_tag);
  // Spans the parser labelled and read into no field, kept in the annotation (--kept lists them).
  std::printf("references with a span kept in the annotation: %ld", kept_references);
  for (const auto& [why, n] : kept_by_why) std::printf("%s %s %ld", &why == &kept_by_why.begin()->first ? " (" : ",", why.c_str(), n);
  std::printf("%s\n", kept_by_why.empty() ? "" : ")");
  // The same parses against the gold with the label corrections applied (a second figure, never the headline).
  if (corrections) {
    std::printf("\nwith label corrections (%s: %d rows applied to the corpus, %d of these %zu references changed)\n",
                corrections_file.c_str(), corrections, corrected_cases, cases.size());
    print_fields(total_corrected);
    if (!by_tag_corrected.empty()) print_tags(by_tag_corrected);
  }
  return 0;
}

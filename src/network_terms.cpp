// Term maps: noun phrases from titles and abstracts, and VOSviewer's
// relevance score.  No part-of-speech tagger: stop words, common verbs,
// adverbs and suffix rules decide where a phrase stops and whether its last
// word can be a noun.
#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

#include "refnet/network_maps.hpp"
#include "refnet/text.hpp"

namespace refnet {
namespace {

const std::unordered_set<std::string_view>& stop_words() {
  // Function words, auxiliaries, the verbs abstracts use most, and words of
  // quantity: none of them is part of a noun phrase.
  static const std::unordered_set<std::string_view> words = {
      "a", "about", "above", "according", "across", "after", "again", "against", "all", "almost", "along",
      "already", "also", "although", "always", "among", "amongst", "an", "and", "another", "any", "are", "as", "at",
      "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "cannot",
      "could", "did", "do", "does", "doing", "done", "due", "during", "each", "either", "else", "enough", "etc",
      "even", "ever", "every", "for", "from", "further", "furthermore", "had", "has", "have", "having", "he",
      "hence", "her", "here", "herein", "hers", "him", "his", "how", "however", "i", "if", "in", "into", "is",
      "it", "its", "itself", "just", "least", "less", "many", "may", "me", "might", "more", "moreover", "most",
      "much", "must", "my", "neither", "no", "nor", "not", "now", "of", "off", "often", "on", "once", "one",
      "only", "onto", "or", "other", "others", "otherwise", "our", "ours", "out", "over", "own", "per", "perhaps",
      "rather", "same", "several", "she", "should", "since", "so", "some", "such", "than", "that", "the", "their",
      "theirs", "them", "themselves", "then", "there", "thereby", "therefore", "these", "they", "this", "those",
      "though", "through", "throughout", "thus", "to", "too", "toward", "towards", "under", "until", "up", "upon",
      "us", "very", "via", "was", "we", "well", "were", "what", "whatever", "when", "where", "whereas", "whether",
      "which", "while", "who", "whom", "whose", "why", "will", "with", "within", "without", "would", "yet", "you",
      "your", "i.e", "e.g", "ie", "eg", "vs", "two", "three", "four", "five", "six", "seven", "eight", "nine",
      "ten", "first", "second", "third", "fewer", "few", "lot", "lots", "whole", "yes", "et", "al",
      // verbs
      "use", "used", "uses", "using", "show", "shows", "showed", "shown", "showing", "propose", "proposed",
      "proposes", "proposing", "present", "presented", "presents", "based", "find", "finds", "found", "provide",
      "provides", "provided", "providing", "investigate", "investigated", "investigates", "examine", "examined",
      "examines", "suggest", "suggests", "suggested", "indicate", "indicates", "indicated", "develop",
      "developed", "develops", "aim", "aims", "aimed", "obtain", "obtained", "compare", "compared", "include",
      "includes", "included", "including", "reveal", "reveals", "revealed", "demonstrate", "demonstrates",
      "demonstrated", "identify", "identifies", "identified", "allow", "allows", "allowed", "require",
      "requires", "required", "make", "makes", "made", "making", "take", "takes", "taken", "took", "give",
      "gives", "given", "consider", "considers", "considered", "describe", "describes", "described", "report",
      "reports", "reported", "apply", "applies", "applied", "achieve", "achieves", "achieved", "perform",
      "performs", "performed", "evaluate", "evaluates", "evaluated", "assess", "assessed", "assesses",
      "analyze", "analyzed", "analyzes", "analyse", "analysed", "explore", "explored", "explores",
      "discuss", "discussed", "discusses", "lead", "leads", "led", "help", "helps", "helped", "improve",
      "improves", "improved", "reduce", "reduces", "reduced", "affect", "affects", "affected", "associated",
      "related", "conducted", "collected", "known", "called", "seen", "become", "becomes", "became", "remain",
      "remains", "remained", "exist", "exists", "existed", "tend", "tends", "seem", "seems", "seemed", "appear",
      "appears", "appeared", "get", "gets", "got", "see", "focus", "focuses", "focused", "contribute",
      "contributes", "contributed", "observed", "increased", "decreased", "enable", "enables", "enabled",
      "adopt", "adopted", "adopts", "employ", "employed", "employs", "conclude", "concluded", "concludes",
      "need", "needs", "needed", "designed", "introduce", "introduced", "introduces", "confirm", "confirmed",
      "highlight", "highlights", "highlighted", "address", "addressed", "addresses", "determine", "determined",
      "explain", "explains", "explained", "meet", "meets", "met", "face", "faces", "faced", "restore", "put",
      "puts", "forward", "increasing", "decreasing", "growing", "improving", "solving", "choose", "chosen",
      "choosing", "deal", "deals", "dealt", "define", "defined", "defines", "ensure", "ensures", "ensured",
      "establish", "established", "carried", "carry", "represent", "represents", "represented", "generate",
      "generated", "generates", "produce", "produced", "produces", "solve", "solved", "solves", "extend",
      "extended", "extends", "combine", "combined", "combines", "capture", "captures", "captured", "illustrate",
      "illustrated", "illustrates", "verify", "verified", "validate", "validated", "calculate", "calculated",
      "compute", "computed", "emphasize", "emphasizes", "facilitate", "facilitates", "promote", "promotes",
      "fact", "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii",
      "build", "builds", "evaluating", "presenting", "applying", "considering", "assessing", "comparing",
      "developing", "analysing", "analyzing", "identifying", "obtaining", "defining", "supporting", "proposing",
      "offer", "offers", "offered", "support", "supports", "supported", "investigating", "regarding",
      "concerning", "following", "according", "selected", "performed", "compared", "estimated", "measured",
      // more verbs, and adverbs, that the term maps of real abstracts took for nouns
      "select", "selects", "adapt", "adapts", "assist", "assists", "avoid", "avoids", "avoiding", "contend",
      "contends", "continue", "continues", "differ", "differs", "fulfill", "fulfil", "fulfills", "occur",
      "occurs", "recognize", "recognise", "recognizes", "relate", "relates", "remove", "removes", "summarize",
      "summarise", "summarizes", "simplify", "simplifies", "serve", "serves", "reflect", "reflects", "arise",
      "arises", "understand", "understands", "cope", "mitigate", "locate", "regulate", "aiming", "calculating",
      "challenging", "determining", "indicating", "placing", "promoting", "resulting", "kept", "built",
      "together", "instead", "despite", "ago", "later", "yet", "still", "indeed", "namely", "conduct",
      "conducts", "contain", "contains", "implement", "implements", "implementing", "minimize", "minimise",
      "minimizes", "maximize", "maximise", "maximizes", "reach", "reaches", "replace", "replaces", "suffer",
      "suffers", "dealing", "assigning", "follows", "leading", "performing", "handle", "handles"};
  return words;
}

// Adjectives that cannot end a noun phrase though no suffix says so.
const std::unordered_set<std::string_view>& adjectives() {
  static const std::unordered_set<std::string_view> words = {
      "new", "high", "low", "large", "small", "different", "important", "significant", "various", "main", "good",
      "better", "best", "great", "higher", "lower", "greater", "larger", "smaller", "novel", "recent", "current",
      "possible", "available", "effective", "specific", "common", "similar", "major", "overall", "total", "real",
      "strong", "able", "likely", "previous", "particular", "relevant", "efficient", "existing", "certain",
      "wide", "broad", "key", "big", "long", "short", "open", "further", "positive", "negative", "general",
      "efficient", "robust", "accurate", "complex", "simple", "multiple", "single", "early", "late", "old",
      "young", "human", "social", "public", "global", "local", "national", "international", "european",
      "american", "chinese", "additional", "average", "free", "full", "main", "unique", "useful", "whole",
      "clear", "consistent", "little", "last", "urgent", "diverse", "entire", "lesser"};
  return words;
}

// Adjectives that say nothing of a phrase's topic: cut from its start
// ("novel decision method" -> "decision method").
const std::unordered_set<std::string_view>& generic_adjectives() {
  static const std::unordered_set<std::string_view> words = {
      "new", "novel", "different", "various", "important", "significant", "main", "recent", "current", "possible",
      "available", "specific", "similar", "major", "overall", "total", "likely", "previous", "particular",
      "relevant", "existing", "certain", "additional", "useful", "good", "better", "best", "great", "able",
      "whole", "proper", "appropriate", "suitable", "corresponding", "respective", "typical", "traditional",
      "classical", "conventional", "original", "simple", "effective", "efficient"};
  return words;
}

// Nouns that say nothing of a topic: a term made of them alone ("hand",
// "set", "years", "point of view" -> "view") is no term.  VOSviewer's
// relevance leaves out terms whose co-occurrences spread evenly, but a word
// in two or three abstracts of a small set co-occurs unevenly by chance.
const std::unordered_set<std::string_view>& generic_nouns() {
  static const std::unordered_set<std::string_view> words = {
      "account", "addition", "answer", "appearance", "aspect", "aspects", "attempt", "basis", "beginning",
      "case", "cases", "chapter", "conclusion", "conclusions", "date", "day", "days", "degree", "detail",
      "details", "difficulty", "difficulties", "end", "existence", "extent", "front", "half", "hand", "hands",
      "hope", "idea", "ideas", "instance", "introduction", "kind", "kinds", "lack", "look", "manner", "matter",
      "means", "month", "months", "order", "part", "parts", "paper", "place", "point", "points", "purpose",
      "reason", "reasons", "regard", "respect", "set", "sets", "side", "sort", "start", "step", "steps",
      "summary", "thing", "things", "top", "view", "views", "way", "ways", "week", "weeks", "year", "years",
      "article", "articles", "turn", "variety", "number", "numbers"};
  return words;
}

// Nouns that a suffix rule would take for adjectives.
const std::unordered_set<std::string_view>& suffix_nouns() {
  static const std::unordered_set<std::string_view> words = {
      "potential", "material", "journal", "signal", "hospital", "trial", "interval", "proposal", "approval",
      "animal", "capital", "portal", "survival", "rental", "arrival", "individual", "professional", "criminal",
      "chemical", "terminal", "manual", "ritual", "festival", "principal", "rival", "total", "removal",
      "referral", "appraisal", "renewal", "withdrawal", "retrieval", "disposal", "objective", "perspective",
      "initiative", "alternative", "executive", "representative", "narrative", "incentive", "motive",
      "detective", "directive", "derivative", "native", "relative", "collective", "topic", "clinic", "logic",
      "music", "traffic", "graphic", "mechanic", "rhetoric", "epidemic", "pandemic", "ethic", "critic",
      "arithmetic", "republic", "public", "plastic", "antibiotic", "diagnostic", "heuristic", "metric",
      "statistic", "characteristic", "library", "summary", "boundary", "secondary", "salary", "glossary",
      "dictionary", "itinerary", "anniversary", "vocabulary", "commentary", "diary", "documentary", "dignitary",
      "beneficiary", "adversary", "estuary", "sanctuary", "seminary", "primary", "family", "supply", "assembly",
      "anomaly", "monopoly", "italy", "oligopoly", "reply", "ally", "rally", "bed", "need", "seed", "speed",
      "feed", "breed", "weed", "greed", "deed", "red", "shed", "hundred", "creed", "bleed", "sled", "covid"};
  return words;
}

bool is_number_like(std::string_view w) {
  for (char c : w)
    if (is_alpha(c) || static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

bool ends(std::string_view w, std::string_view s) { return w.size() > s.size() + 2 && ends_with(w, s); }

// An adverb breaks a phrase: "-ly" words ("highly", "widely") but nouns.
bool is_adverb(std::string_view w) { return ends(w, "ly") && !suffix_nouns().count(w); }

// Whether `w` (folded) can end a noun phrase.
bool noun_like(std::string_view w) {
  if (adjectives().count(w)) return false;
  if (suffix_nouns().count(w)) return true;
  for (std::string_view s : {"ous", "ful", "less", "able", "ible", "ive", "al", "ic", "ical", "ed", "ary", "ish", "est"})
    if (ends(w, s)) return false;
  return true;
}

struct Token {
  std::string_view text;  // as written
  std::string folded;     // lower case, accents stripped
  bool breaks = false;    // punctuation before it ends the run
};

// Where a copyright line starts ("© 2019 Elsevier", "(C) 2019 Elsevier",
// "Copyright 2019 ..."), or the text's end.
std::size_t text_end(std::string_view text) {
  std::size_t end = text.size();
  for (std::string_view mark : {std::string_view("\xC2\xA9"), std::string_view("(C) "), std::string_view("(c) "),
                                std::string_view("Copyright ")})
    if (auto at = text.find(mark); at != std::string_view::npos) end = std::min(end, at);
  return end;
}

}  // namespace

std::vector<std::string> noun_phrases(std::string_view text, std::size_t max_words) {
  text = text.substr(0, text_end(text));
  std::vector<std::string> out;
  std::vector<Token> run;
  auto flush = [&]() {
    std::size_t b = 0, e = run.size();
    while (e > b && !noun_like(run[e - 1].folded)) --e;
    while (b < e && generic_adjectives().count(run[b].folded)) ++b;
    bool generic = true;
    for (std::size_t i = b; i < e && generic; ++i) generic = generic_nouns().count(run[i].folded) > 0;
    if (e > b && e - b <= max_words && !generic) {
      std::string phrase;
      for (std::size_t i = b; i < e; ++i) {
        if (i > b) phrase.push_back(' ');
        phrase.append(run[i].text);
      }
      out.push_back(std::move(phrase));
    }
    run.clear();
  };
  std::size_t i = 0;
  while (i < text.size()) {
    // A word: letters and digits, with inner hyphens and apostrophes.
    std::size_t start = i;
    auto word_char = [&](std::size_t at) {
      unsigned char c = static_cast<unsigned char>(text[at]);
      return is_alpha(char(c)) || is_digit(char(c)) || c >= 0x80;
    };
    if (!word_char(i)) {
      unsigned char c = static_cast<unsigned char>(text[i]);
      // White space joins words; anything else ends a phrase.
      if (!is_space(char(c))) flush();
      ++i;
      continue;
    }
    while (i < text.size() &&
           (word_char(i) || ((text[i] == '-' || text[i] == '\'') && i + 1 < text.size() && word_char(i + 1))))
      ++i;
    std::string_view w = text.substr(start, i - start);
    // Non-ASCII punctuation (curly quotes, dashes) is cut off by folding.
    std::string folded = fold(w);
    if (folded.empty() || folded.size() < 2 || is_number_like(folded) || stop_words().count(folded) ||
        is_adverb(folded)) {
      flush();
      continue;
    }
    bool letters = std::any_of(folded.begin(), folded.end(), [](char c) { return is_alpha(c); });
    if (!letters) {
      flush();
      continue;
    }
    run.push_back({w, std::move(folded)});
  }
  flush();
  return out;
}

namespace {

// MeSH's topical qualifiers (subheadings), as PubMed and EBSCOhost write them.
const std::unordered_set<std::string_view>& mesh_qualifiers() {
  static const std::unordered_set<std::string_view> names = {
      "abnormalities", "administration & dosage", "adverse effects", "agonists", "analogs & derivatives",
      "analysis", "anatomy & histology", "antagonists & inhibitors", "biosynthesis", "blood", "blood supply",
      "cerebrospinal fluid", "chemical synthesis", "chemically induced", "chemistry", "classification",
      "complications", "congenital", "cytology", "deficiency", "diagnosis", "diagnostic imaging", "diet therapy",
      "drug effects", "drug therapy", "economics", "education", "embryology", "enzymology", "epidemiology",
      "ethics", "ethnology", "etiology", "genetics", "growth & development", "history", "immunology", "injuries",
      "innervation", "instrumentation", "isolation & purification", "legislation & jurisprudence", "manpower",
      "metabolism", "methods", "microbiology", "mortality", "nursing", "organization & administration",
      "parasitology", "pathogenicity", "pathology", "pharmacokinetics", "pharmacology", "physiology",
      "physiopathology", "poisoning", "prevention & control", "psychology", "radiation effects", "radiotherapy",
      "rehabilitation", "secondary", "standards", "statistics & numerical data", "supply & distribution",
      "surgery", "therapeutic use", "therapy", "toxicity", "transmission", "trends", "ultrastructure", "urine",
      "utilization", "veterinary", "virology"};
  return names;
}

std::string_view strip_stars(std::string_view s) {
  s = trim(s);
  while (!s.empty() && s.front() == '*') s = trim(s.substr(1));
  while (!s.empty() && s.back() == '*') s = trim(s.substr(0, s.size() - 1));
  return s;
}

// One qualifier after a '/': a MeSH qualifier's name, or Ovid's two letters
// with or without the name in brackets ("ae [Adverse Effects]"); a '*' marks
// it major.
bool mesh_qualifier(std::string_view q) {
  q = strip_stars(q);
  if (auto b = q.find(" ["); b != std::string_view::npos && ends_with(q, "]")) q = trim(q.substr(0, b));
  if (q.size() == 2 && q[0] >= 'a' && q[0] <= 'z' && q[1] >= 'a' && q[1] <= 'z') return true;
  return mesh_qualifiers().count(q) > 0;
}

}  // namespace

std::string_view mesh_descriptor(std::string_view keyword) {
  // Every part of `rest` between two `sep` is a qualifier.
  auto all_qualifiers = [](std::string_view rest, char sep) {
    for (;;) {
      auto next = rest.find(sep);
      if (!mesh_qualifier(rest.substr(0, next))) return false;
      if (next == std::string_view::npos) return true;
      rest = rest.substr(next + 1);
    }
  };
  std::string_view k = trim(keyword);
  std::string_view head = k;
  if (auto slash = k.find('/'); slash != std::string_view::npos) {
    if (all_qualifiers(k.substr(slash + 1), '/')) head = k.substr(0, slash);
  } else if (auto open = k.rfind(" ["); open != std::string_view::npos && ends_with(k, "]")) {
    // The Cochrane Library's: the qualifiers in brackets after the
    // descriptor, "Malaria, Falciparum [blood, *prevention & control]".
    std::string_view rest = k.substr(open + 2, k.size() - open - 3);
    if (!trim(rest).empty() && all_qualifiers(rest, ',')) head = k.substr(0, open);
  }
  head = strip_stars(head);
  return head.empty() ? k : head;
}

std::size_t term_min_occurrences(std::size_t works) { return std::clamp<std::size_t>((works + 29) / 30, 2, 10); }

std::vector<double> term_relevance(const std::vector<std::vector<std::uint32_t>>& docs, const std::vector<int>& cluster_of) {
  const std::size_t terms = cluster_of.size();
  int clusters = 0;
  for (int c : cluster_of) clusters = std::max(clusters, c + 1);
  // c[i][k]: co-occurrences of term i with the terms of cluster k.
  std::vector<std::vector<double>> c(terms, std::vector<double>(std::size_t(clusters), 0));
  for (const auto& list : docs)
    for (std::size_t a = 0; a < list.size(); ++a)
      for (std::size_t b = a + 1; b < list.size(); ++b) {
        int ka = cluster_of[list[a]], kb = cluster_of[list[b]];
        if (kb >= 0) c[list[a]][std::size_t(kb)] += 1;
        if (ka >= 0) c[list[b]][std::size_t(ka)] += 1;
      }
  std::vector<double> overall(std::size_t(clusters), 0), s(terms, 0);
  double total = 0;
  for (std::size_t i = 0; i < terms; ++i)
    for (int k = 0; k < clusters; ++k) {
      s[i] += c[i][std::size_t(k)];
      overall[std::size_t(k)] += c[i][std::size_t(k)];
      total += c[i][std::size_t(k)];
    }
  std::vector<double> relevance(terms, 0);
  if (total == 0) return relevance;
  for (std::size_t i = 0; i < terms; ++i) {
    if (s[i] == 0) continue;
    double kl = 0;
    for (int k = 0; k < clusters; ++k) {
      double v = c[i][std::size_t(k)];
      if (v == 0) continue;
      double q = v / s[i], p = overall[std::size_t(k)] / total;
      kl += q * std::log(q / p);
    }
    relevance[i] = kl;
  }
  return relevance;
}

bool plain_short_word(std::string_view word) {
  static const std::unordered_set<std::string_view> common = {
      "add", "age", "aid", "air", "all", "arm", "art", "bad", "bed", "big", "bay", "bio", "box", "boy", "bud", "cap",
      "car", "cat", "cow", "cup", "cut", "day", "die", "dog", "dry", "ear", "egg", "end", "eye", "fat", "fen", "fin",
      "fir", "fit", "fly", "fox", "fur", "gap", "gas", "gel", "gen", "gum", "gut", "hay", "hen", "hip", "hot",
      "ice", "ill", "ink", "jaw", "job", "key", "kin", "lab", "law", "lay", "leg", "lip", "log", "low", "man",
      "map", "mat", "men", "mix", "mud", "net", "new", "nut", "oak", "oil", "old", "ore", "owl", "pay", "pea",
      "pen", "pet", "pig", "pit", "pod", "pot", "rat", "raw", "ray", "red", "rib", "rod", "row", "run", "rye",
      "sap", "saw", "sea", "see", "set", "sex", "sky", "soy", "spa", "sun", "tax", "tea", "tie", "tip", "toe",
      "top", "toy", "war", "way", "web", "wet", "win", "yew", "zoo", "go", "ox", "ant", "bat", "bee", "cod", "doe",
      "eel", "elk", "emu", "hog", "ram", "yak"};
  return stop_words().count(word) > 0 || common.count(word) > 0;
}

// Check tags: MeSH's (NLM, MEDLINE indexing) and Emtree's (Embase), lower
// case.  MeSH's, as NLM's indexing course lists them: the species and sex of
// the subjects (Humans, Animals, Male, Female), the age groups, Pregnancy,
// the laboratory animals and the history periods.  Emtree: human and animal
// subjects, sex, age groups, the article and study types Embase adds to most
// records.  A keyword map leaves them out unless --keep-check-tags.  Each in
// every form a record writes it: MeSH's plural, Emtree's or an author's
// singular ("Dogs", "dog"; "Mice", "mouse"; "Humans", "human"), one tag for
// all; not the age groups' and sexes' plurals ("children", "women"), which
// name a topic of their own more often than the subjects.
std::string_view check_tag(std::string_view descriptor) {
  static const std::unordered_map<std::string, std::string_view> tags = [] {
    // A tag, then its other forms.
    static const std::vector<std::vector<std::string_view>> forms = {
        // MeSH
        {"humans", "human"}, {"animals", "animal"}, {"male"}, {"female"}, {"pregnancy"}, {"infant, newborn"},
        {"infant"}, {"child, preschool"}, {"child"}, {"adolescent"}, {"young adult"}, {"adult"}, {"middle aged"},
        {"aged"}, {"aged, 80 and over"}, {"cats", "cat"}, {"cattle"}, {"chick embryo", "chick embryos"},
        {"cricetinae", "hamsters", "hamster"}, {"dogs", "dog"}, {"guinea pigs", "guinea pig"}, {"horses", "horse"},
        {"mice", "mouse"}, {"rabbits", "rabbit"}, {"rats", "rat"}, {"sheep"}, {"swine"}, {"history, ancient"},
        {"history, medieval"}, {"history, early modern 1451-1600"}, {"history, 15th century"},
        {"history, 16th century"}, {"history, 17th century"}, {"history, 18th century"}, {"history, 19th century"},
        {"history, 20th century"}, {"history, 21st century"},
        // Emtree (human and animal are MeSH's Humans and Animals)
        {"nonhuman"}, {"article"}, {"review"}, {"controlled study"}, {"major clinical study"}, {"clinical article"},
        {"priority journal"}, {"human tissue"}, {"human cell"}, {"animal tissue"}, {"animal cell"},
        {"animal experiment"}, {"animal model"}, {"in vitro study"}, {"in vivo study"}, {"newborn"},
        {"preschool child"}, {"school child"}, {"very elderly"}, {"embryo"}, {"fetus"}};
    std::unordered_map<std::string, std::string_view> m;
    for (const auto& f : forms)
      for (std::string_view form : f) m.emplace(std::string(form), f.front());
    return m;
  }();
  auto it = tags.find(ascii_lower(trim(descriptor)));
  return it == tags.end() ? std::string_view() : it->second;
}

}  // namespace refnet

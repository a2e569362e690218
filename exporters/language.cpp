// One table of languages: the names sources write (English, ISO 639-1 and
// 639-2 codes, own names) to a BCP 47 tag and babel's name.
#include "language.hpp"

#include "refnet/text.hpp"

namespace refnet::export_language {

namespace {

struct Row {
  std::string_view tag, babel;
  std::string_view names[4];  // lower case: English name, 639-2/B, 639-2/T or own name
};
// babel's and polyglossia's other names of a language (biblatex's langid as
// sources write it): the tag they stand for.
struct Alias {
  std::string_view name, tag;
};
constexpr Alias kBabelAliases[] = {
    {"german", "de"},         {"austrian", "de-AT"},   {"naustrian", "de-AT"},   {"swissgerman", "de-CH"},
    {"nswissgerman", "de-CH"}, {"british", "en-GB"},   {"ukenglish", "en-GB"},   {"american", "en-US"},
    {"usenglish", "en-US"},   {"australian", "en-AU"}, {"canadian", "en-CA"},    {"newzealand", "en-NZ"},
    {"brazilian", "pt-BR"},   {"brazil", "pt-BR"},     {"canadien", "fr-CA"},    {"acadian", "fr-CA"},
    {"mexican", "es-MX"},     {"norwegian", "no"},     {"nynorsk", "nn"},        {"bokmal", "nb"},
    {"slovenian", "sl"},      {"hungarian", "hu"},     {"indonesian", "id"},     {"malay", "ms"},
    {"portuges", "pt"},       {"spanishmx", "es-MX"},  {"farsi", "fa"},
};
constexpr Row kLanguages[] = {
    {"en", "english", {"english", "eng", "anglais", "englisch"}},
    {"de", "ngerman", {"german", "ger", "deu", "deutsch"}},
    {"fr", "french", {"french", "fre", "fra", "français"}},
    {"es", "spanish", {"spanish", "spa", "español", "castellano"}},
    {"it", "italian", {"italian", "ita", "italiano", ""}},
    {"pt", "portuguese", {"portuguese", "por", "português", ""}},
    {"nl", "dutch", {"dutch", "dut", "nld", "nederlands"}},
    {"ru", "russian", {"russian", "rus", "русский", ""}},
    {"pl", "polish", {"polish", "pol", "polski", ""}},
    {"cs", "czech", {"czech", "cze", "ces", "čeština"}},
    {"sk", "slovak", {"slovak", "slo", "slk", ""}},
    {"hu", "magyar", {"hungarian", "hun", "magyar", ""}},
    {"ro", "romanian", {"romanian", "rum", "ron", "română"}},
    {"sv", "swedish", {"swedish", "swe", "svenska", ""}},
    {"da", "danish", {"danish", "dan", "dansk", ""}},
    {"no", "norsk", {"norwegian", "nor", "norsk", "nob"}},
    {"fi", "finnish", {"finnish", "fin", "suomi", ""}},
    {"tr", "turkish", {"turkish", "tur", "türkçe", ""}},
    {"el", "greek", {"greek", "gre", "ell", "modern greek"}},
    {"hr", "croatian", {"croatian", "hrv", "hrvatski", ""}},
    {"sl", "slovene", {"slovenian", "slv", "slovene", ""}},
    {"uk", "ukrainian", {"ukrainian", "ukr", "", ""}},
    {"ca", "catalan", {"catalan", "cat", "català", ""}},
    {"lt", "lithuanian", {"lithuanian", "lit", "", ""}},
    {"et", "estonian", {"estonian", "est", "", ""}},
    {"he", "hebrew", {"hebrew", "heb", "", ""}},
    {"id", "bahasai", {"indonesian", "ind", "bahasa indonesia", ""}},
    {"ms", "bahasam", {"malay", "may", "msa", ""}},
    // polyglossia's names (babel has none: biblatex falls back to English
    // strings, the langid still says the language)
    {"zh", "chinese", {"chinese", "chi", "zho", "中文"}},
    {"ja", "japanese", {"japanese", "jpn", "日本語", ""}},
    {"ko", "korean", {"korean", "kor", "한국어", ""}},
    {"ar", "arabic", {"arabic", "ara", "", ""}},
    {"fa", "persian", {"persian", "per", "fas", "farsi"}},
    {"la", "latin", {"latin", "lat", "", ""}},
    {"grc", "ancientgreek", {"ancient greek", "ancientgreek", "", ""}},
    {"bg", "bulgarian", {"bulgarian", "bul", "", ""}},
    {"sr", "serbian", {"serbian", "srp", "", ""}},
    {"is", "icelandic", {"icelandic", "ice", "isl", ""}},
    {"ga", "irish", {"irish", "gle", "", ""}},
    {"cy", "welsh", {"welsh", "wel", "cym", ""}},
    {"hi", "hindi", {"hindi", "hin", "", ""}},
    {"th", "thai", {"thai", "tha", "", ""}},
    {"vi", "vietnamese", {"vietnamese", "vie", "", ""}},
};

const Row* find(std::string_view language, std::string* region) {
  std::string l = ascii_lower(trim(language));
  for (const auto& a : kBabelAliases)
    if (l == a.name) l = ascii_lower(a.tag);
  std::string primary = l.substr(0, l.find_first_of("-_"));
  for (const auto& row : kLanguages) {
    bool hit = primary == row.tag || l == row.babel;
    for (auto n : row.names) hit = hit || (!n.empty() && l == n);
    if (!hit) continue;
    if (region && primary == row.tag && primary.size() < l.size()) *region = std::string(l.substr(primary.size() + 1));
    return &row;
  }
  return nullptr;
}

}  // namespace

std::string bcp47(std::string_view language) {
  std::string region;
  const Row* row = find(language, &region);
  if (!row) return {};
  std::string tag(row->tag);
  if (!region.empty()) {
    tag += '-';
    for (char c : region) tag += to_upper(c);
  }
  return tag;
}

std::string babel(std::string_view language) {
  // babel's own name, as a .bib's langid gave it ("german", "british")
  std::string l = ascii_lower(trim(language));
  for (const auto& a : kBabelAliases)
    if (l == a.name) return l;
  const Row* row = find(language, nullptr);
  if (!row) return {};
  std::string name(row->babel);
  // babel's British and American English
  if (name == "english") {
    std::string region;
    find(language, &region);
    if (region == "gb") return "british";
    if (region == "us") return "american";
  }
  return name;
}

}  // namespace refnet::export_language

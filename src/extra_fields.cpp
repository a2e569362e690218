#include "refnet/extra_fields.hpp"

#include "refnet/latex.hpp"
#include "refnet/text.hpp"

namespace refnet {

namespace {

// The formats whose extra fields are RIS tags: RIS, and EndNote's and
// RefWorks' tagged text, which the RIS reader reads (%S is T3, %7 is ET).
bool ris_like(std::string_view format) {
  return format == "ris" || format == "endnote-tagged" || format == "refworks-tagged";
}

std::string_view format_of(const Record& r, const ExtraField& f) {
  return f.format.empty() ? std::string_view(r.provenance.format) : std::string_view(f.format);
}

// Types a series title belongs to under RIS's T3 (Zotero's RIS: a book
// section's and a conference paper's series).  A journal article's T3 is
// something else: Embase's conference name, "(var.pagings).", an erratum.
bool t3_is_series(std::string_view csl) {
  return csl == "chapter" || csl == "paper-conference" || ris_t2_is_series(csl);
}

// Types that come in editions.  EndNote's "edition" of a journal article
// (and its RIS ET) is the date it was published online ("2019/08/02").
bool has_editions(std::string_view csl) {
  return csl == "book" || csl == "chapter" || csl == "collection" || csl == "classic" || csl == "entry" ||
         csl == "entry-dictionary" || csl == "entry-encyclopedia" || csl == "report" || csl == "software" ||
         csl == "dataset" || csl == "map" || csl == "standard" || csl == "musical_score" || csl == "pamphlet";
}

// "2019/08/02", "2019-08": a date, which no edition is.
bool date_shaped(std::string_view v) {
  v = trim(v);
  std::size_t digits = 0;
  for (char c : v) {
    if (is_digit(c)) ++digits;
    else if (c != '/' && c != '-') return false;
  }
  return digits >= 6;
}

struct Name {
  std::string_view name;
  enum Kind { any_but_ris, bibtex, bibtex_series_number, ris, ris_t2_series, ris_t3_series } kind;
};

bool matches(const Record& r, const ExtraField& f, std::string_view fmt, const Name& n) {
  switch (n.kind) {
    case Name::any_but_ris: return !ris_like(fmt) && iequals(f.name, n.name);
    case Name::bibtex: return fmt == "bibtex" && iequals(f.name, n.name);
    case Name::bibtex_series_number:
      return fmt == "bibtex" && iequals(f.name, n.name) && bibtex_number_is_series_number(r.type);
    case Name::ris: return ris_like(fmt) && f.name == n.name;
    case Name::ris_t2_series: return ris_like(fmt) && f.name == n.name && ris_t2_is_series(r.type);
    case Name::ris_t3_series: return ris_like(fmt) && f.name == n.name && t3_is_series(r.type);
  }
  return false;
}

// The first extra field with one of `names`, in the order of `names`: a
// field in the record's own format first, then one a merged source gave.
template <std::size_t N>
ExtraValue find(const Record& r, const Name (&names)[N]) {
  for (int pass = 0; pass < 2; ++pass)
    for (const Name& n : names)
      for (const ExtraField& f : r.extra) {
        if (f.format.empty() != (pass == 0) || trim(f.value).empty()) continue;
        std::string_view fmt = format_of(r, f);
        if (!matches(r, f, fmt, n)) continue;
        ExtraValue v;
        v.field = &f;
        v.text = fmt == "bibtex" ? latex_to_unicode(f.value) : std::string(trim(f.value));
        return v;
      }
  return {};
}

}  // namespace

bool ris_t2_is_series(std::string_view csl) {
  return csl == "book" || csl == "report" || csl == "thesis" || csl == "classic" || csl == "software" ||
         csl == "map" || csl == "pamphlet" || csl == "periodical" || csl == "collection";
}

bool bibtex_number_is_series_number(std::string_view csl) {
  return csl == "book" || csl == "chapter" || csl == "paper-conference" || csl == "collection";
}

bool ExtraValue::verbatim_in(const Record& r, std::string_view format) const {
  if (!field || !field->format.empty()) return false;
  return format == "ris" ? ris_like(r.provenance.format) : r.provenance.format == format;
}

ExtraValue series_of(const Record& r) {
  static const Name kNames[] = {{"collection-title", Name::any_but_ris},
                                {"series", Name::bibtex},
                                {"T2", Name::ris_t2_series},
                                {"T3", Name::ris_t3_series}};
  return find(r, kNames);
}

ExtraValue series_number_of(const Record& r) {
  static const Name kNames[] = {{"collection-number", Name::any_but_ris}, {"number", Name::bibtex_series_number}};
  return find(r, kNames);
}

ExtraValue edition_of(const Record& r) {
  static const Name kNames[] = {{"edition", Name::any_but_ris}, {"ET", Name::ris}};
  if (!has_editions(r.type)) return {};
  ExtraValue v = find(r, kNames);
  return v && date_shaped(v.text) ? ExtraValue{} : v;
}

}  // namespace refnet

#include "bibtex_required.hpp"

#include <algorithm>
#include <initializer_list>

#include "refnet/text.hpp"

namespace refnet::bibtex_out {

namespace {

struct Rule {
  std::initializer_list<std::string_view> types;
  std::initializer_list<std::string_view> fields;  // "a|b": either
};

// btxdoc, "Entry Types" (plain.bst and its kind warn "empty FIELD in KEY").
const Rule kBibtex[] = {
    {{"article"}, {"author", "title", "journal", "year"}},
    {{"book"}, {"author|editor", "title", "publisher", "year"}},
    {{"booklet"}, {"title"}},
    {{"inbook"}, {"author|editor", "title", "chapter|pages", "publisher", "year"}},
    {{"incollection"}, {"author", "title", "booktitle", "publisher", "year"}},
    {{"inproceedings", "conference"}, {"author", "title", "booktitle", "year"}},
    {{"manual"}, {"title"}},
    {{"mastersthesis", "phdthesis"}, {"author", "title", "school", "year"}},
    {{"proceedings"}, {"title", "year"}},
    {{"techreport"}, {"author", "title", "institution", "year"}},
    {{"unpublished"}, {"author", "title", "note"}},
};

// blx-dm.def's \DeclareDatamodelConstraints, type=mandatory; "date|year" is
// its constraintfieldsxor of the two.
const Rule kBiblatex[] = {
    {{"article"}, {"author", "journaltitle", "title", "date|year"}},
    {{"book", "mvbook"}, {"author", "title", "date|year"}},
    {{"inbook", "bookinbook", "suppbook"}, {"author", "title", "booktitle", "date|year"}},
    {{"booklet"}, {"author|editor", "title", "date|year"}},
    {{"collection", "mvcollection", "reference", "mvreference"}, {"editor", "title", "date|year"}},
    {{"incollection", "suppcollection", "inreference"}, {"author", "editor", "title", "booktitle", "date|year"}},
    {{"dataset", "software"}, {"title"}},
    {{"manual", "misc"}, {"title", "date|year"}},
    {{"online"}, {"title", "url|doi|eprint", "date|year"}},
    {{"patent"}, {"author", "title", "number", "date|year"}},
    {{"periodical", "suppperiodical"}, {"editor", "title", "date|year"}},
    {{"proceedings", "mvproceedings"}, {"title", "date|year"}},
    {{"inproceedings", "conference"}, {"author", "title", "booktitle", "date|year"}},
    {{"report"}, {"author", "title", "type", "institution", "date|year"}},
    {{"thesis"}, {"author", "title", "type", "institution", "date|year"}},
    {{"unpublished"}, {"author", "title", "date|year"}},
    // biblatex's aliases, which biber maps (and gives their type) first.
    {{"electronic", "www"}, {"title", "url|doi|eprint", "date|year"}},
    {{"mastersthesis", "phdthesis"}, {"author", "title", "institution", "date|year"}},
    {{"techreport"}, {"author", "title", "institution", "date|year"}},
};

// The names of the entry's fields: the writer puts each on its own line,
// "  name = ", so a name is the text after "\n  " up to the first space,
// when " = " follows it.  Read once an entry, not searched again for each
// field asked for.
std::vector<std::string_view> field_names(std::string_view entry) {
  std::vector<std::string_view> names;
  for (std::size_t at = entry.find("\n  "); at != std::string_view::npos; at = entry.find("\n  ", at + 1)) {
    std::string_view rest = entry.substr(at + 3);
    std::size_t space = rest.find(' ');
    if (space != std::string_view::npos && rest.compare(space, 3, " = ") == 0) names.push_back(rest.substr(0, space));
  }
  return names;
}

// biblatex's data fields that print (biblatex.pdf, 2.2.2 and 2.2.3) and that
// BibTeX's standard styles do not read: what a biblatex source's entry keeps
// in a BibTeX export and bibtex leaves out of the bibliography unsaid.
// (Not the fields every BibTeX file carries for other tools, which no style
// prints either: abstract, keywords, issn, isbn, doi, url, language.)
constexpr std::string_view kBiblatexOnly[] = {
    "addendum",      "afterword",     "annotator",       "bookauthor",     "booksubtitle", "booktitleaddon",
    "commentator",   "date",          "editora",         "editorb",        "editorc",      "eprint",
    "eventdate",     "eventtitle",    "eventtitleaddon", "foreword",       "holder",       "introduction",
    "issuesubtitle", "issuetitle",    "journalsubtitle", "journaltitle",   "location",     "mainsubtitle",
    "maintitle",     "maintitleaddon", "nameaddon",      "origdate",       "origlanguage", "origlocation",
    "origpublisher", "origtitle",     "pagetotal",       "part",           "pubstate",     "reprinttitle",
    "subtitle",      "titleaddon",    "translator",      "urldate",        "venue",        "version",
    "volumes",
};

// Whether a field name of `size` characters beginning with `first` may be
// one of kBiblatexOnly: most of an entry's names (title, author, year,
// journal, pages) are not, and are passed over without a comparison.
struct OnlyShapes {
  bool shape[20][26] = {};
  constexpr OnlyShapes() {
    for (std::string_view f : kBiblatexOnly) shape[f.size()][f[0] - 'a'] = true;
  }
  bool may_be(std::string_view name) const {
    if (name.empty() || name.size() >= 20) return false;
    const char c = char(name[0] | 0x20);
    return c >= 'a' && c <= 'z' && shape[name.size()][c - 'a'];
  }
};
constexpr OnlyShapes kOnlyShapes;

void add_biblatex_only(const std::vector<std::string_view>& names, std::vector<std::string_view>& found) {
  for (std::string_view name : names) {
    if (!kOnlyShapes.may_be(name)) continue;
    for (std::string_view only : kBiblatexOnly)
      if (iequals(name, only)) {
        found.push_back(name);
        break;
      }
  }
}

}  // namespace

std::vector<std::string> missing_required_fields(std::string_view entry, bool biblatex,
                                                 std::vector<std::string_view>* biblatex_only) {
  std::vector<std::string> missing;
  std::size_t at = entry.find('@'), open = entry.find('{');
  if (at == std::string_view::npos || open == std::string_view::npos || open < at) return missing;
  std::string type = ascii_lower(entry.substr(at + 1, open - at - 1));
  const std::vector<std::string_view> names = field_names(entry);
  if (biblatex_only) add_biblatex_only(names, *biblatex_only);
  // A field name has no space: it is a name of the list, case aside.
  auto has = [&](std::string_view name) {
    return std::any_of(names.begin(), names.end(), [&](std::string_view n) { return iequals(n, name); });
  };
  // What a crossref or xdata parent gives is not in the entry's own text.
  if (has("crossref") || has("xdata")) return missing;
  const Rule* begin = biblatex ? std::begin(kBiblatex) : std::begin(kBibtex);
  const Rule* end = biblatex ? std::end(kBiblatex) : std::end(kBibtex);
  for (const Rule* rule = begin; rule != end; ++rule) {
    bool typed = false;
    for (std::string_view t : rule->types) typed = typed || t == type;
    if (!typed) continue;
    for (std::string_view need : rule->fields) {
      bool found = false;
      for (std::size_t from = 0; !found && from <= need.size();) {
        std::size_t bar = need.find('|', from);
        if (bar == std::string_view::npos) bar = need.size();
        found = has(need.substr(from, bar - from));
        from = bar + 1;
      }
      if (!found) missing.emplace_back(need);
    }
    break;
  }
  // plainnat and apalike label every entry by its author and year and warn
  // "empty year in KEY" for any type without one (apalike.bst: "A `year'
  // field is required for every entry"); plain asks it of the types above.
  if (!biblatex && !has("year") &&
      std::find(missing.begin(), missing.end(), std::string("year")) == missing.end())
    missing.emplace_back("year (plainnat and apalike warn of it in every entry type)");
  // plain.bst and its kin print an article's number after its volume and
  // warn "there's a number but no volume" without one (biblatex's styles
  // print the issue alone).
  if (!biblatex && type == "article" && has("number") && !has("volume"))
    missing.emplace_back("volume beside number (\"there's a number but no volume\")");
  return missing;
}

}  // namespace refnet::bibtex_out

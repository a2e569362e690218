// EndNote XML -> Records.
//
// Writers met: EndNote 8 to 20 (every value wrapped in <style> runs, often
// several per value, the whole file on one line of megabytes), Mendeley and
// Zotero (plain values, pretty printed, Mendeley's old ref-type numbers), and
// the upper-case dialect (<XML><RECORDS><RECORD>, <REFERENCE_TYPE>,
// <SECONDARY_TITLE>).  Element names are compared in lower case with '_' read
// as '-', so one table serves both spellings.
//
// Records are found by scanning the text for <record> ... </record>, and each
// is parsed on its own by pugixml: a malformed record is one error (at the
// line and column pugixml's offset points to) and the next record imports.
//
// A value is the text of every <style> run inside its element, joined.  A
// carriage return (&#xD;) separates values inside one field (several authors
// in one <author>, keywords in one <keyword>, ISSNs in <isbn>); in abstracts
// and notes it is a line break, in titles a space.
//
// EndNote field              Record
//   ref-type                 type, from its name, else its number (unknown: "document", warning);
//                            the name kept in extra "ref-type"
//   authors                  authors (editors for an Edited Book)
//   secondary-authors        editors; for a book, report or thesis the series
//                            editors: extra "collection-editor"
//   tertiary-, subsidiary-, translated-authors     extra, "Family, Given; ..."
//   title                    title
//   secondary-title          container_title; for a book, report or thesis the
//                            series: extra "collection-title"
//   tertiary-title           extra "collection-title" for a book section, else "tertiary-title"
//   alt-title                container_title_short for a journal article, else extra
//   periodical/full-title    container_title when there is no secondary-title
//   periodical/abbr-1        container_title_short when there is no alt-title
//   dates/year, pub-dates    issued (the year, then month and day of "Sep 18",
//                            "2019/09/18"); a date left as text in extra "pub-dates"
//   pages, volume            pages, volume; the pages of a whole book, thesis or
//                            manuscript without a range: extra "number-of-pages"
//   number                   issue; number for reports, patents, bills, standards,
//                            theses
//   isbn                     issn / isbn by their shape (a patent's number);
//                            anything else in extra "isbn"
//   electronic-resource-num, doi   doi; what is no DOI goes to extra
//   urls                     url (the first web or related URL); others extra
//                            ("related-urls", "pdf-urls", ...); without a DOI
//                            field, the DOI the first of them holds
//                            ("https://doi.org/10...", doi_in_url)
//   keywords                 keywords
//   abstract, language, publisher, pub-location    the same slots
//   accession-num            pmid when the remote-database-provider is NLM or the
//                            remote-database-name PubMed/MEDLINE (and it is a
//                            PMID), the Web of Science UT when it is "WOS:...";
//                            always kept in extra too
//   custom2                  pmcid when it is "PMC" and digits, else extra
//   label                    extra: a free field users fill with topics and
//                            screening tags ("Anti-Amyloid" on a hundred records of
//                            a CADTH export) as often as with citation keys
//   anything else            extra, under its lower-case name (custom1..7,
//                            notes, research-notes, edition, work-type, ...)
//   database, source-app, foreign-keys: EndNote's own bookkeeping of the
//                            library file, the same in every record: dropped.
//   rec-number               the record's number in that library file: not
//                            kept, said once a file with how many (as the RIS
//                            reader says EndNote's bare numbers in ID: no
//                            export then carries another tool's numbers);
//                            kept in extra by readers of EndNote's fields in
//                            other forms (build_endnote_record)
#include <pugixml.hpp>

#include <algorithm>
#include <cstring>

#include "info_pmid.hpp"
#include "refnet/doi.hpp"
#include "refnet/extra_fields.hpp"
#include "refnet/importer.hpp"
#include "refnet/names.hpp"
#include "refnet/text.hpp"
#include "date_parts.hpp"
#include "endnote_fields.hpp"
#include "misplaced_issue.hpp"
#include "months_of_year.hpp"
#include "name_field.hpp"
#include "ris_fields.hpp"
#include "source_string.hpp"

namespace refnet {

namespace {

constexpr std::string_view kFormat = "endnote-xml";

// ---------------------------------------------------------------------------
// Finding records in the text.

bool tag_char_ends(char c) { return c == '>' || c == '/' || is_space(c); }

// The next "<record" opening a record element at or after `pos` (not
// "<records"), in either case; npos when there is none.
std::size_t find_record_open(std::string_view t, std::size_t pos) {
  for (std::size_t p = t.find('<', pos); p != std::string_view::npos; p = t.find('<', p + 1)) {
    if (p + 8 > t.size()) return std::string_view::npos;
    if (iequals(t.substr(p + 1, 6), "record") && tag_char_ends(t[p + 7])) return p;
  }
  return std::string_view::npos;
}

// The end (one past '>') of the "</record>" closing the record that opens at
// `open`, spelt in the case of the opening tag; npos when there is none.
std::size_t find_record_close(std::string_view t, std::size_t open) {
  const bool upper = t[open + 1] == 'R';
  std::size_t p = t.find(upper ? "</RECORD" : "</record", open);
  while (p != std::string_view::npos) {
    std::size_t q = p + 8;
    while (q < t.size() && is_space(t[q])) ++q;
    if (q < t.size() && t[q] == '>') return q + 1;
    p = t.find(upper ? "</RECORD" : "</record", p + 1);
  }
  return std::string_view::npos;
}

// ---------------------------------------------------------------------------
// Values.

// "SECONDARY_TITLE" -> "secondary-title".
std::string element_name(const char* name) {
  std::string n(name);
  for (char& c : n) c = c == '_' ? '-' : to_lower(c);
  return n;
}

// The text of every run inside an element, joined (the <style> wrappers, and
// any other markup EndNote puts inside a value, are dropped).
void gather_text(pugi::xml_node n, std::string& out) {
  for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) out += c.value();
    else if (c.type() == pugi::node_element) gather_text(c, out);
  }
}

// The values of a field: split at carriage returns (and line ends, which a
// pretty-printer may have put there), each trimmed, white space collapsed.
std::vector<std::string> values_of(std::string_view s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == '\r' || s[i] == '\n') {
      std::string v = collapse_space(s.substr(start, i - start));
      if (!v.empty()) out.push_back(std::move(v));
      start = i + 1;
    }
  }
  return out;
}

// A one-line value: carriage returns and runs of white space become one space.
std::string line_of(std::string_view s) { return collapse_space(s); }

// A multi-line value (abstract, notes): a carriage return is a line break;
// each line trimmed, the whole trimmed.
std::string paragraphs_of(std::string_view s) {
  std::string out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == '\r' || s[i] == '\n') {
      std::string line = collapse_space(s.substr(start, i - start));
      if (!out.empty() || !line.empty()) {
        if (!out.empty()) out += '\n';
        out += line;
      }
      start = i + 1;
    }
  }
  while (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

// ---------------------------------------------------------------------------
// Types.

struct TypeName {
  std::string_view endnote;
  std::string_view csl;
};

// EndNote's reference type names (EndNote X9/20's list; Mendeley and Zotero
// write the same names) to CSL.
constexpr TypeName kTypeNames[] = {
    {"Journal Article", "article-journal"},
    {"Electronic Article", "article-journal"},
    {"Magazine Article", "article-magazine"},
    {"Newspaper Article", "article-newspaper"},
    {"Book", "book"},
    {"Edited Book", "book"},
    {"Electronic Book", "book"},
    {"Book Section", "chapter"},
    {"Electronic Book Section", "chapter"},
    {"Conference Paper", "paper-conference"},
    {"Conference Proceedings", "paper-conference"},
    {"Thesis", "thesis"},
    {"Report", "report"},
    {"Government Document", "report"},
    {"Web Page", "webpage"},
    {"Electronic Source", "webpage"},
    {"Blog", "post-weblog"},
    {"Generic", "document"},
    {"Manuscript", "manuscript"},
    {"Unpublished Work", "manuscript"},
    {"Patent", "patent"},
    {"Bill", "bill"},
    {"Case", "legal_case"},
    {"Statute", "legislation"},
    {"Legal Rule or Regulation", "regulation"},
    {"Hearing", "hearing"},
    {"Map", "map"},
    {"Artwork", "graphic"},
    {"Audiovisual Material", "motion_picture"},
    {"Film or Broadcast", "motion_picture"},
    {"Online Multimedia", "motion_picture"},
    {"Computer Program", "software"},
    {"Dataset", "dataset"},
    {"Online Database", "dataset"},
    {"Aggregated Database", "dataset"},
    {"Dictionary", "entry-dictionary"},
    {"Encyclopedia", "entry-encyclopedia"},
    {"Personal Communication", "personal_communication"},
    {"Interview", "interview"},
    {"Music", "musical_score"},
    {"Pamphlet", "pamphlet"},
    {"Standard", "standard"},
    {"Figure", "figure"},
    {"Chart or Table", "figure"},
    {"Equation", "document"},
    {"Catalog", "collection"},
    {"Classical Work", "classic"},
    {"Ancient Text", "classic"},
    {"Grant", "document"},
    {"Serial", "periodical"},
    {"Press Release", "article"},
};

// EndNote 8-20's numbers for the common types, when a writer gave no name;
// 0 is Mendeley's number for a journal article.
struct TypeNumber {
  int number;
  std::string_view name;
};
constexpr TypeNumber kTypeNumbers[] = {
    {0, "Journal Article"},   {17, "Journal Article"},  {6, "Book"},
    {5, "Book Section"},      {28, "Edited Book"},      {47, "Conference Paper"},
    {10, "Conference Proceedings"}, {32, "Thesis"},     {27, "Report"},
    {12, "Web Page"},         {13, "Generic"},          {25, "Patent"},
    {19, "Magazine Article"}, {23, "Newspaper Article"}, {43, "Electronic Article"},
    {46, "Government Document"}, {36, "Manuscript"},    {34, "Unpublished Work"},
};

const TypeName* type_by_name(std::string_view name) {
  for (const TypeName& t : kTypeNames)
    if (iequals(t.endnote, name)) return &t;
  return nullptr;
}

const TypeName* type_by_number(std::string_view number) {
  number = trim(number);
  if (number.empty() || number.size() > 3) return nullptr;
  int n = 0;
  for (char c : number) {
    if (!is_digit(c)) return nullptr;
    n = n * 10 + (c - '0');
  }
  for (const TypeNumber& t : kTypeNumbers)
    if (t.number == n) return type_by_name(t.name);
  return nullptr;
}

// Types whose secondary title and secondary authors are a series and its
// editors, not the container the work appears in.
bool secondary_is_series(std::string_view csl) {
  return csl == "book" || csl == "report" || csl == "thesis" || csl == "software" || csl == "map" ||
         csl == "pamphlet" || csl == "motion_picture";
}

// Types whose EndNote "Number" is the work's own number, not an issue (a
// thesis's: its "Document Number", ProQuest's publication number).
bool number_is_own(std::string_view csl) {
  return csl == "report" || csl == "patent" || csl == "bill" || csl == "standard" || csl == "legislation" ||
         csl == "regulation" || csl == "legal_case" || csl == "thesis";
}

// ---------------------------------------------------------------------------
// One record.

// Elements that only group other fields; their children are the values.
bool is_group(std::string_view n) {
  static constexpr std::string_view kGroups[] = {
      "contributors", "titles", "dates", "pub-dates", "periodical", "alt-periodical", "urls",
      "related-urls", "pdf-urls", "text-urls", "image-urls", "web-urls", "keywords", "authors",
      "secondary-authors", "tertiary-authors", "subsidiary-authors", "translated-authors"};
  return std::find(std::begin(kGroups), std::end(kGroups), n) != std::end(kGroups);
}

// A leaf value with the name it is mapped by: the element's own name, or for
// the repeated leaves (author, url, keyword, date) the group they are in.
struct Field {
  std::string name;
  std::string value;
  std::size_t offset;  // of the element, in the whole text
};

class RecordBuilder {
 public:
  RecordBuilder(Diagnostics& diags, std::size_t base) : diags_(diags), base_(base) {}
  // Where set, a rec-number that is a number goes here, not to extra.
  std::string* rec_number = nullptr;

  // A field given by its EndNote name, and the type by EndNote's name, by a
  // reader of EndNote's fields kept in another form (endnote_fields.hpp).
  void add(std::string name, std::string value, std::size_t offset) {
    fields_.push_back(Field{std::move(name), std::move(value), offset});
  }
  void set_type_name(std::string name, std::size_t offset) {
    type_name_ = std::move(name);
    type_offset_ = offset;
  }

  void collect(pugi::xml_node n, std::string_view group) {
    for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element) continue;
      std::string name = element_name(c.name());
      if (is_group(name)) {
        collect(c, group == "alt-periodical" ? group : std::string_view(name));
        continue;
      }
      Field f;
      if (name == "author" || name == "url" || name == "keyword" || (name == "date" && group == "pub-dates"))
        f.name = group.empty() || group == "contributors" || group == "urls" ? name : std::string(group);
      else if (group == "alt-periodical")
        f.name = "alt-periodical/" + name;
      else
        f.name = std::move(name);
      if (f.name == "author") f.name = "authors";  // the upper-case dialect's AUTHORS/AUTHOR is handled above
      if (f.name == "keyword") f.name = "keywords";
      gather_text(c, f.value);
      if (f.name == "ref-type" || f.name == "reference-type") {
        type_name_ = c.attribute("name").value();
        type_number_ = f.value;
        type_offset_ = base_ + c.offset_debug();
        continue;
      }
      f.offset = base_ + c.offset_debug();
      fields_.push_back(std::move(f));
    }
  }

  // Maps the collected fields; false when there was nothing to map.
  bool build(Record& r) {
    set_type(r);
    const bool series = secondary_is_series(r.type);
    std::string year, alt_title, abbr, full_title, accession, provider, database;
    std::vector<std::pair<std::string, std::size_t>> pub_dates;  // each with its offset
    std::size_t year_at = 0;
    // EndNote's links to the Web of Science record in a URL field ("<Go to
    // ISI>://WOS:…"): the record's UT, read after its own accession number.
    struct Link {
      IsiLink link;
      std::string field;
      std::size_t offset;
    };
    std::vector<Link> isi_links;
    // Every web address, in the record's order: a DOI only one of them
    // gives ("https://doi.org/10...", a publisher's "/doi/abs/10...") is the
    // record's when no DOI field gives one, as the RIS reader takes UR's.
    struct WebLink {
      std::string url, field;
      std::size_t offset;
    };
    std::vector<WebLink> web_links;
    std::size_t pages_at = 0;
    for (Field& f : fields_) {
      const std::string& n = f.name;
      std::string_view v = f.value;
      if (trim(v).empty()) continue;
      if (n == "authors") {
        std::vector<Creator>& to = r.type == "book" && type_name_ == "Edited Book" ? r.editors : r.authors;
        add_names(r, to, f, "author");
        drop_anonymous_names(r, to, "author", diags_, f.offset);
      } else if (n == "secondary-authors") {
        if (series) extra_names(r, "collection-editor", v);
        else add_names(r, r.editors, f, "secondary-author");
        if (!series) drop_anonymous_creators(r.editors, "secondary-author", diags_, f.offset, false);
      } else if (n == "tertiary-authors" || n == "subsidiary-authors" || n == "translated-authors") {
        extra_names(r, n.substr(0, n.size() - 1), v);
      } else if (n == "title") {
        r.title = line_of(v);
      } else if (n == "secondary-title") {
        if (series) r.add_extra("collection-title", line_of(v));
        else r.container_title = line_of(v);
      } else if (n == "tertiary-title") {
        r.add_extra(r.type == "chapter" ? "collection-title" : "tertiary-title", line_of(v));
      } else if (n == "alt-title" || n == "alternate-title") {
        alt_title = line_of(v);
      } else if (n == "full-title") {
        full_title = line_of(v);
      } else if (n == "abbr-1") {
        abbr = line_of(v);
      } else if (n == "year") {
        year = line_of(v);
        year_at = f.offset;
      } else if (n == "pub-dates" || n == "date") {
        pub_dates.emplace_back(line_of(v), f.offset);
      } else if (n == "pages") {
        r.pages = normalize_pages(line_of(v));
        pages_at = f.offset;
      } else if (n == "volume") {
        r.volume = line_of(v);
      } else if (n == "number") {
        const std::string number = line_of(v);
        // A tool's copy of a database's M1 that is no issue (Embase's author
        // address: IEBH/dedupe-sweep's tafenoquine and copper libraries).
        if (MisplacedIssue m = misplaced_issue(number); !number_is_own(r.type) && !m.what.empty()) {
          const std::string kept_as = m.ris_tag == "AD" ? "auth-address" : "number";
          diags_.warning(f.offset, misplaced_issue_said("number", number, m, kept_as));
          r.add_extra(kept_as, number);
        } else {
          (number_is_own(r.type) ? r.number : r.issue) = number;
        }
      } else if (n == "issue") {
        r.issue = line_of(v);
      } else if (n == "isbn") {
        if (r.type == "patent" && r.number.empty()) r.number = line_of(v);
        else if (!classify_sn(v, r)) r.add_extra("isbn", line_of(v));
      } else if (n == "electronic-resource-num" || n == "doi") {
        add_doi(r, n, v, f.offset);
      } else if (n == "url" || n == "web-urls" || n == "related-urls") {
        for (std::string& u : values_of(v)) {
          if (u.find("<Go to ISI>://") != std::string::npos) {
            std::vector<IsiLink> links;
            u = cut_isi_links(u, links);
            for (IsiLink& l : links) isi_links.push_back({std::move(l), n, f.offset});
            if (u.empty()) continue;
          }
          web_links.push_back({u, n, f.offset});
          if (r.url.empty()) r.url = std::move(u);
          else r.add_extra(n, std::move(u));
        }
      } else if (n == "pdf-urls" || n == "text-urls" || n == "image-urls") {
        for (std::string& u : values_of(v)) {
          if (n != "image-urls") web_links.push_back({u, n, f.offset});
          r.add_extra(n, std::move(u));
        }
      } else if (n == "keywords") {
        for (const std::string& k : values_of(v)) r.add_keyword(without_major_topic_marks(k));  // PubMed's "*Gambling", as MEDLINE's
      } else if (n == "abstract") {
        r.abstract = paragraphs_of(v);
      } else if (n == "language") {
        r.language = line_of(v);
      } else if (n == "publisher") {
        r.publisher = line_of(v);
      } else if (n == "pub-location" || n == "place-published") {
        r.publisher_place = line_of(v);
      } else if (n == "accession-num" || n == "accession-number") {
        accession = line_of(v);
        r.add_extra("accession-num", accession);
      } else if (n == "remote-database-provider") {
        provider = line_of(v);
        r.add_extra(n, provider);
      } else if (n == "remote-database-name") {
        database = paragraphs_of(v);
        r.add_extra(n, database);
      } else if (n == "custom2" && is_pmcid(line_of(v))) {
        r.pmcid = line_of(v);
      } else if (n == "rec-number" && rec_number && all_digits(line_of(v))) {
        // EndNote's number of the record in its library file: said by the
        // reader, once a file, not kept (see the table above).
        rec_number->assign(line_of(v));
      } else if (n == "database" || n == "source-app" || n == "foreign-keys") {
        // the library file's bookkeeping (see the table above)
      } else {
        r.add_extra(n, paragraphs_of(v));
      }
    }
    if (r.container_title.empty() && !full_title.empty()) r.container_title = full_title;
    else if (!full_title.empty() && full_title != r.container_title) r.add_extra("full-title", full_title);
    if (!alt_title.empty()) {
      if (r.type == "article-journal" && r.container_title_short.empty()) r.container_title_short = alt_title;
      else r.add_extra("alt-title", alt_title);
    }
    if (!abbr.empty()) {
      if (r.container_title_short.empty()) r.container_title_short = abbr;
      else if (abbr != r.container_title_short) r.add_extra("abbr-1", abbr);
    }
    set_issued(r, year, year_at, pub_dates);
    // A book's, thesis's or manuscript's Pages are its "Number of Pages".
    if (pages_are_page_count(r.type, r.pages)) {
      diags_.warning(pages_at, "pages " + r.pages + " of a whole " + r.type +
                                   " are its number of pages, not pages: kept in extra");
      r.add_extra("number-of-pages", std::move(r.pages));
      r.pages.clear();
    }
    const bool nlm = iequals(provider, "NLM") || iequals(database, "PubMed") || iequals(database, "MEDLINE");
    if (!accession.empty() && is_pmid(accession) && nlm)
      r.pmid = accession;
    else if (istarts_with(accession, "WOS:") && r.wos_ut.empty())
      take_accession(r, accession, false);  // Web of Science's UT, as its own exports give it
    // NLM's translated title "[Title in English]." is read without its
    // brackets and period, as the MEDLINE and RIS readers read it.
    if (nlm) r.title = drop_nlm_period(r.title);
    for (Link& l : isi_links) take_isi_link(r, std::move(l.link), l.field, l.offset, diags_);
    for (const WebLink& l : web_links) {
      if (!r.doi.empty()) break;
      if (auto d = doi_in_url(l.url, l.field, diags_, l.offset)) r.doi = std::move(*d);
    }
    return !(r.title.empty() && r.authors.empty() && r.editors.empty() && r.container_title.empty() &&
             r.doi.empty() && r.url.empty());
  }

 private:
  Diagnostics& diags_;
  std::size_t base_;
  std::string type_name_, type_number_;
  std::size_t type_offset_ = 0;
  std::vector<Field> fields_;

  void set_type(Record& r) {
    const TypeName* t = type_name_.empty() ? nullptr : type_by_name(type_name_);
    if (!t) t = type_by_number(type_number_);
    if (t) {
      r.type = std::string(t->csl);
      r.add_extra("ref-type", std::string(t->endnote));
      type_name_ = std::string(t->endnote);
      return;
    }
    r.type = "document";
    if (type_name_.empty() && trim(type_number_).empty()) return;  // no ref-type at all: a generic work
    std::string what = type_name_.empty() ? "number " + std::string(trim(type_number_)) : "'" + type_name_ + "'";
    diags_.warning(type_offset_, "unknown EndNote reference type " + what + ", read as a generic document");
    r.add_extra("ref-type", type_name_.empty() ? std::string(trim(type_number_)) : type_name_);
  }

  // Each name of a name element (several, separated by carriage returns)
  // read as the RIS reader reads an AU line (read_name_field): a list of
  // people typed into one element ("Schubert, R.-L., Miehe, U.", "Jens
  // Libbe, Darla Nickel, ..."), EndNote's trailing comma of an organisation
  // ("World Health Organization,"), "et al.".  What is no name nor list of
  // names is kept in extra under `label`, and said.
  void add_names(Record& r, std::vector<Creator>& to, const Field& field, std::string_view label) const {
    const std::vector<std::string> written = values_of(field.value);
    for (std::size_t i = 0; i < written.size(); ++i) {
      std::vector<std::string> others;  // the role's other names, when asked
      auto siblings = [&] {
        others.clear();
        for (const Field& g : fields_) {
          if (g.name != field.name) continue;
          std::vector<std::string> values = values_of(g.value);
          for (std::size_t j = 0; j < values.size(); ++j)
            if (&g != &field || j != i) others.push_back(std::move(values[j]));
        }
        return std::vector<std::string_view>(others.begin(), others.end());
      };
      if (!read_name_field({written[i], label, field.offset, siblings}, to, diags_))
        keep_unread_names(r, label, written[i], diags_, field.offset);
    }
  }

  // Names with no slot: one extra field per role, "Family, Given; ...".
  static void extra_names(Record& r, std::string name, std::string_view v) {
    auto it = std::find_if(r.extra.begin(), r.extra.end(), [&](const ExtraField& f) { return f.name == name; });
    if (it == r.extra.end()) {
      r.add_extra(std::move(name), {});
      it = r.extra.end() - 1;
    }
    for (const std::string& n : values_of(v)) {
      if (!it->value.empty()) it->value += "; ";
      it->value += n;
    }
  }

  void add_doi(Record& r, const std::string& field, std::string_view v, std::size_t offset) {
    for (const std::string& piece : values_of(v)) {
      std::optional<std::string> d = normalize_doi_said(piece, field, diags_, offset);
      if (!d && take_info_pmid(r, piece, field, diags_, offset)) continue;
      if (!d) d = find_doi_said(piece, field, diags_, offset);
      if (d && r.doi.empty()) r.doi = std::move(*d);
      else if (!d || *d != r.doi) r.add_extra(field, piece);
    }
  }

  void set_issued(Record& r, std::string_view year, std::size_t year_at,
                  const std::vector<std::pair<std::string, std::size_t>>& pub_dates) {
    Date y = parse_ris_date(year);
    say_date_parts_left_out("year", year, y, diags_, year_at);
    r.issued.year = y.year;
    if (!y.text.empty() || (y.year == 0 && !year.empty())) r.add_extra("year", std::string(year));
    for (const auto& [text, offset] : pub_dates) {
      Date d = parse_ris_date(text);
      say_date_parts_left_out("pub-dates", text, d, diags_, offset);
      // "May-Jun" beside <year>2003</year>: MEDLINE's double issue "2003
      // May-Jun", read as its MEDLINE reader reads it.
      if (MonthRange m; d.year == 0 && r.issued.month == 0 && month_range_of_year(text, r.issued.year, m)) {
        take_month_range(r.issued, m, text);
        continue;
      }
      bool same_year = d.year == 0 || r.issued.year == 0 || d.year == r.issued.year;
      if (same_year && r.issued.month == 0 && d.month) {
        if (r.issued.year == 0) r.issued.year = d.year;
        r.issued.month = d.month;
        r.issued.day = d.day;
      } else if (r.issued.year == 0 && d.year) {
        r.issued.year = d.year;
      }
      if (!d.text.empty() || !same_year) r.add_extra("pub-dates", text);
    }
  }

  static bool is_pmid(std::string_view s) { return s.size() <= 9 && all_digits(s); }
};

class Importer {
 public:
  Importer(std::string_view text, Diagnostics& diags, const RecordSink& sink)
      : t_(text), diags_(diags), sink_(sink) {}

  ParseStats run() {
    // No <record> at all: no records, which the caller reports for every format alike.
    std::size_t open = find_record_open(t_, 0);
    while (open != std::string_view::npos) {
      std::size_t close = find_record_close(t_, open);
      if (close == std::string_view::npos) {
        diags_.error(open, "EndNote XML record is not closed (no </record>)");
        ++stats_.rejected;
        // A record after it is whole only if it closes: try it.
        open = find_record_open(t_, open + 1);
        continue;
      }
      std::size_t next = one(open, close);
      open = find_record_open(t_, next);
    }
    if (const RecNumbers& n = rec_numbers_; n.count)
      diags_.report(Severity::note, n.at,
                    "rec-number of " + std::to_string(n.count) +
                        (n.count == 1 ? " record ('" + n.first + "')" : " records ('" + n.first + "' ... '" + n.last + "')") +
                        ": EndNote's record numbers in the library file that wrote this one, no key and no "
                        "identifier elsewhere: not kept, the works get keys made");
    return stats_;
  }

 private:
  std::string_view t_;
  Diagnostics& diags_;
  const RecordSink& sink_;
  ParseStats stats_;
  pugi::xml_document doc_;
  // The records' rec-numbers (EndNote's numbers in its library file): where
  // the first is, how many, the first and the last, said once a file.
  struct RecNumbers {
    std::size_t at = 0, count = 0;
    std::string first, last;
  } rec_numbers_;

  // Parses the record in [open, close); returns where to look for the next.
  std::size_t one(std::size_t open, std::size_t close) {
    std::string_view src = t_.substr(open, close - open);
    pugi::xml_parse_result res = doc_.load_buffer(src.data(), src.size(),
                                                  pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_utf8);
    if (!res) {
      // A record left open swallows the next one up to its </record>: the
      // error is this record's, and the next one is tried on its own.
      std::size_t inner = find_record_open(t_.substr(0, close), open + 1);
      if (inner != std::string_view::npos) {
        diags_.error(open, "EndNote XML record is not closed before the next <record>");
        ++stats_.rejected;
        return inner;
      }
      std::size_t at = open + std::min<std::size_t>(static_cast<std::size_t>(res.offset), src.size() - 1);
      diags_.error(at, std::string("malformed EndNote XML record: ") + res.description());
      ++stats_.rejected;
      return close;
    }
    Record r;
    RecordBuilder b(diags_, open);
    std::string rec_number;
    b.rec_number = &rec_number;
    b.collect(doc_.document_element(), {});
    if (!b.build(r)) {
      diags_.warning(open, "EndNote XML record has no title, creators, container, DOI or URL: skipped");
      ++stats_.rejected;
      return close;
    }
    if (std::string said = split_no_pagination(r.volume, r.issue, r.number); !said.empty())
      diags_.report(Severity::note, open, said);
    set_provenance(r, diags_, kFormat, open, src);
    if (!rec_number.empty()) {
      if (rec_numbers_.count++ == 0) rec_numbers_.at = open, rec_numbers_.first = rec_number;
      rec_numbers_.last = rec_number;
    }
    ++stats_.records;
    sink_(std::move(r));
    return close;
  }
};

}  // namespace

std::string_view endnote_type_csl(std::string_view name) {
  const TypeName* t = type_by_name(trim(name));
  return t ? t->csl : std::string_view();
}

bool build_endnote_record(const EndnoteFields& in, Record& r, Diagnostics& diags) {
  RecordBuilder b(diags, in.offset);
  if (!in.type_name.empty()) b.set_type_name(in.type_name, in.type_offset);
  for (const EndnoteField& f : in.fields) b.add(f.name, f.value, f.offset);
  if (!b.build(r)) return false;
  if (std::string said = split_no_pagination(r.volume, r.issue, r.number); !said.empty())
    diags.report(Severity::note, in.offset, said);
  return true;
}

ParseStats parse_endnote_xml(std::string_view text, Diagnostics& diags, const RecordSink& sink) {
  return Importer(text, diags, sink).run();
}

}  // namespace refnet

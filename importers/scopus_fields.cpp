// The fields of a Scopus record, as its CSV and its plain-text export carry
// them (importers/scopus_fields.hpp).
#include "scopus_fields.hpp"

#include <algorithm>

#include "csv_rows.hpp"
#include "ris_fields.hpp"
#include "refnet/doi.hpp"
#include "refnet/doi_placeholder.hpp"
#include "refnet/months.hpp"
#include "refnet/names.hpp"
#include "refnet/reference_strings.hpp"
#include "refnet/text.hpp"

namespace refnet {

namespace {

struct ColName {
  std::string_view name;
  ScopusField col;
};
constexpr ColName kColumns[] = {
    {"Authors", ScopusField::authors},
    {"Author full names", ScopusField::full_names},
    {"Authors with affiliations", ScopusField::with_affiliations},
    {"Title", ScopusField::title},
    {"Year", ScopusField::year},
    {"Source title", ScopusField::source},
    {"Volume", ScopusField::volume},
    {"Issue", ScopusField::issue},
    {"Art. No.", ScopusField::art_no},
    {"Page start", ScopusField::page_start},
    {"Page end", ScopusField::page_end},
    {"DOI", ScopusField::doi},
    {"Link", ScopusField::link},
    {"Abstract", ScopusField::abstract},
    {"Author Keywords", ScopusField::author_keywords},
    {"References", ScopusField::references},
    {"Editors", ScopusField::editors},
    {"Publisher", ScopusField::publisher},
    {"ISSN", ScopusField::issn},
    {"ISBN", ScopusField::isbn},
    {"PubMed ID", ScopusField::pubmed},
    {"Language of Original Document", ScopusField::language},
    {"Abbreviated Source Title", ScopusField::abbreviated},
    {"Document Type", ScopusField::doc_type},
    {"EID", ScopusField::eid},
    // Scopus's Simplified Chinese interface.
    {"作者", ScopusField::authors},
    {"含归属机构的作者", ScopusField::with_affiliations},
    {"文献标题", ScopusField::title},
    {"标题", ScopusField::title},
    {"年份", ScopusField::year},
    {"来源出版物名称", ScopusField::source},
    {"卷", ScopusField::volume},
    {"期", ScopusField::issue},
    {"论文编号", ScopusField::art_no},
    {"文献编号", ScopusField::art_no},
    {"起始页码", ScopusField::page_start},
    {"结束页码", ScopusField::page_end},
    {"链接", ScopusField::link},
    {"摘要", ScopusField::abstract},
    {"作者关键字", ScopusField::author_keywords},
    {"参考文献", ScopusField::references},
    {"编辑", ScopusField::editors},
    {"出版商", ScopusField::publisher},
    {"原始文献语言", ScopusField::language},
    {"来源出版物名称缩写", ScopusField::abbreviated},
    {"文献类型", ScopusField::doc_type},
    // Traditional Chinese (書名: the title in 2017).
    {"文獻標題", ScopusField::title},
    {"標題", ScopusField::title},
    {"書名", ScopusField::title},
    {"來源出版物名稱", ScopusField::source},
    {"論文編號", ScopusField::art_no},
    {"起始頁碼", ScopusField::page_start},
    {"結束頁碼", ScopusField::page_end},
    {"連結", ScopusField::link},
    {"作者關鍵字", ScopusField::author_keywords},
    {"參考文獻", ScopusField::references},
    {"編輯", ScopusField::editors},
    {"原始文獻語言", ScopusField::language},
    {"來源出版物名稱縮寫", ScopusField::abbreviated},
    {"文獻類型", ScopusField::doc_type},
};

// A list of names: ';'-separated since 2020, ','-separated before: each
// name without a comma of its own ("Osei-Kyei R., Tam V."), or, until about
// 2019, with one ("Osei-Kyei, R., Tam, V."), the pieces then paired.
// A group's name holds commas of its own ("Global Burden of Diseases,
// Injuries, and Risk Factors Metabolic Risk Factors of Chronic Diseases
// Expert Group", juliancastillo-udea's scopus.csv): a piece that begins with
// "and " ends the group begun by the pieces without initials before it, and
// is joined back to them (it was a person "Injuries" and two groups).
std::vector<std::string> name_list(std::string_view v) {
  if (v.find(';') != std::string_view::npos) return split_list(v, ";");
  std::vector<std::string> pieces = split_list(v, ",");
  std::vector<std::string> paired = pair_family_initials(pieces);
  if (!paired.empty()) return paired;
  std::vector<std::string> out;
  std::size_t group = 0;  // where the pieces without initials before this one start in `out`
  for (std::string& piece : pieces) {
    std::string_view t = trim(piece);
    if (starts_with(t, "and ") && group < out.size()) {
      for (std::size_t i = group + 1; i < out.size(); ++i) out[group] += ", " + out[i];
      out.resize(group + 1);
      out[group] += ", " + std::string(t);
      group = out.size();
      continue;
    }
    if (family_before_initials(split_words(t)) > 0 || is_name_suffix(t)) group = out.size() + 1;
    out.push_back(std::string(t));
  }
  return out;
}

// "Xie, Binbin (57202419971)" -> "Xie, Binbin".
std::string_view without_id(std::string_view s) {
  s = trim(s);
  if (!s.empty() && s.back() == ')') {
    std::size_t open = s.rfind(" (");
    if (open != std::string_view::npos &&
        std::all_of(s.begin() + open + 2, s.end() - 1, [](char c) { return is_digit(c); }))
      s = trim(s.substr(0, open));
  }
  return s;
}

// "Osei-Kyei, R., School of ..., Australia; Tam, V., ..." (until 2022) or
// "Xie B., Key Laboratory ..., China; Jin Y., ..." (since).
void add_affiliations(std::string_view v, std::vector<Creator>& authors) {
  std::vector<std::pair<Creator, std::string>> entries;
  for (const std::string& e : split_list(v, ";")) {
    std::string_view s = e;
    std::size_t c1 = s.find(", ");
    if (c1 == std::string_view::npos) continue;
    std::size_t name_end = c1;
    std::size_t c2 = s.find(", ", c1 + 2);
    std::string_view second = trim(s.substr(c1 + 2, c2 == std::string_view::npos ? std::string_view::npos : c2 - c1 - 2));
    bool initials_part = !second.empty() && second.back() == '.' && second.size() <= 12 &&
                         std::none_of(second.begin(), second.end(), [](char c) { return c == ' '; });
    if (initials_part) name_end = c2 == std::string_view::npos ? s.size() : c2;
    // "Thompson, F.R., III, U.S. Forest Service, ...": the suffix is the
    // name's; "Khan, K.U., Dr., School of ...": the title is no part of
    // the name or of the affiliation.
    std::size_t title_at = std::string_view::npos;
    if (initials_part && c2 != std::string_view::npos) {
      std::size_t c3 = s.find(", ", c2 + 2);
      std::string_view third = trim(s.substr(c2 + 2, c3 == std::string_view::npos ? std::string_view::npos : c3 - c2 - 2));
      if (is_name_suffix(third) || is_title_alone(third)) {
        if (!is_name_suffix(third)) title_at = c2;
        name_end = c3 == std::string_view::npos ? s.size() : c3;
      }
    }
    Creator who = parse_ris_name(s.substr(0, title_at == std::string_view::npos ? name_end : title_at));
    std::string_view affiliation = name_end < s.size() ? trim(s.substr(name_end + 1)) : std::string_view();
    entries.emplace_back(std::move(who), std::string(affiliation));
  }
  bool in_order = entries.size() == authors.size();
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (entries[i].second.empty()) continue;
    if (in_order) {
      authors[i].affiliations.push_back(entries[i].second);
      continue;
    }
    for (Creator& a : authors)
      if (same_family_and_initial(a, entries[i].first)) {
        if (std::find(a.affiliations.begin(), a.affiliations.end(), entries[i].second) == a.affiliations.end())
          a.affiliations.push_back(entries[i].second);
        break;
      }
  }
}

// The fields Scopus writes that a Record has no slot for, as its CSV header
// spells them ("Funding Text 1..N" aside).
constexpr std::string_view kExtraNames[] = {
    "Author(s) ID", "Page count", "Cited by", "Affiliations", "Index Keywords", "Molecular Sequence Numbers",
    "Chemicals/CAS", "Tradenames", "Manufacturers", "Funding Details", "Funding Texts", "Correspondence Address",
    "Sponsors", "Conference name", "Conference date", "Conference location", "Conference code", "CODEN",
    "Original language title", "Publication Stage", "Open Access", "Source"};

}  // namespace

std::string scopus_type(std::string_view t) {
  if (iequals(t, "Conference Paper")) return "paper-conference";
  if (iequals(t, "Book Chapter")) return "chapter";
  if (iequals(t, "Book")) return "book";
  if (iequals(t, "Data Paper")) return "dataset";
  return "article-journal";
}

bool is_scopus_conference_review(std::string_view document_type) {
  return iequals(trim(document_type), "Conference Review");
}

void read_as_proceedings_volume(Record& r, bool bibtex_record, const std::string& container_field) {
  r.type = "book";
  if (!r.container_title.empty() && r.container_title == r.title) {
    r.add_extra(container_field, std::move(r.container_title));
    r.container_title.clear();
  }
  // Scopus's BibTeX names the volume's series as its `journal`: a .bib
  // @proceedings' series, kept as the BibTeX reader keeps one (the source's
  // own `series`), which a BibTeX export writes as `series`, not booktitle.
  if (bibtex_record && !r.container_title.empty() && r.get_extra("series").empty()) {
    r.add_extra("series", std::move(r.container_title));
    r.container_title.clear();
  }
  std::string format = bibtex_record ? "" : "bibtex";
  for (ExtraField& f : r.extra)
    if (f.name == "entrytype") {
      f.value = "proceedings";
      f.format = format;
      return;
    }
  r.extra.insert(r.extra.begin(), ExtraField{"entrytype", "proceedings", format});  // where the reader puts it
}

ScopusField scopus_field(std::string_view name) {
  name = trim(name);
  for (const ColName& c : kColumns)
    if (iequals(c.name, name)) return c.col;
  return ScopusField::extra;
}

std::string scopus_field_name(std::string_view name) {
  name = trim(name);
  for (const ColName& c : kColumns)
    if (iequals(c.name, name)) return std::string(c.name);
  for (std::string_view n : kExtraNames)
    if (iequals(n, name)) return std::string(n);
  constexpr std::string_view kFundingText = "Funding Text ";
  if (istarts_with(name, kFundingText) && name.size() > kFundingText.size() &&
      std::all_of(name.begin() + kFundingText.size(), name.end(), is_digit))
    return std::string(kFundingText) + std::string(name.substr(kFundingText.size()));
  return {};
}

std::vector<Creator> scopus_creators(std::string_view v, bool full_names, std::size_t* glued,
                                     std::vector<std::pair<std::string, std::string>>* titles) {
  std::vector<Creator> out;
  if (trim(v).empty() || istarts_with(trim(v), "[No author name available]")) return out;
  std::vector<std::string> names;
  if (full_names) names = split_list(v, ";");
  else if (names = split_glued_citation_names(v); !names.empty() && glued) *glued = names.size();
  else if (names.empty()) names = name_list(v);
  std::string_view prev;
  for (const std::string& n : names) {
    // "Roach M.C., Thompson F.R., III, Jones-Farrand T." (2019): a suffix
    // cut off by the comma list belongs to the name before it.
    if (std::string_view s = trim(n); is_name_suffix(s) && !out.empty() && out.back().suffix.empty()) {
      out.back().suffix = std::string(s);
      continue;
    }
    // "Khan A.U., Khan K.U., Dr., Atlas F., Dr." (2020-2023): the author
    // profile's title cut off by the comma list, no person.
    if (std::string_view s = trim(n); !out.empty() && is_title_alone(s)) {
      if (titles) titles->emplace_back(std::string(trim(prev)) + ", " + std::string(s), std::string(s));
      continue;
    }
    prev = n;
    std::string_view name = without_id(n);
    // The same title kept with its name when "; " separates the names
    // ("Khan K.U., Dr."): "Dr." is no given name.
    if (std::size_t c = name.rfind(", "); c != std::string_view::npos && is_title_alone(trim(name.substr(c + 2))) &&
                                           family_before_initials(split_words(trim(name.substr(0, c)))) > 0) {
      if (titles) titles->emplace_back(std::string(trim(name)), std::string(trim(name.substr(c + 2))));
      name = trim(name.substr(0, c));
    }
    Creator c = parse_ris_name(name);
    if (!c.empty()) out.push_back(std::move(c));
  }
  return out;
}

bool scopus_comma_list(const std::vector<std::string>& parts) {
  std::size_t names = 0, cut = 0;
  for (const std::string& p : parts) {
    if (family_before_initials(split_words(p)) > 0) ++names;
    else if (names > 0 && (is_title_alone(p) || is_name_suffix(trim(p)))) ++cut;
    else return false;
  }
  return names >= 2 && cut > 0;
}

namespace {
// An Authors or Editors value's names into `to` (the record's authors or
// editors), what was rewritten said: names glued without a separator split,
// "Anonymous" dropped (drop_anonymous_names).
void names_said(const std::string& v, const std::string& name, std::size_t offset, Diagnostics& diags,
                ScopusRecordFields& fields, Record& r, std::vector<Creator>& to) {
  std::size_t glued = 0;
  std::vector<std::pair<std::string, std::string>> titles;
  std::vector<Creator> out = scopus_creators(v, false, &glued, &titles);
  if (glued > 0) fields.names->add_glued(name, v, glued, offset);
  for (const auto& [written, title] : titles) {
    NameGuess g;
    g.titles = title;
    fields.names->add(g, name, written, Creator(), offset);
  }
  to = std::move(out);
  drop_anonymous_names(r, to, name, diags, offset);
}
}  // namespace

void set_scopus_field(Record& r, ScopusField field, const std::string& name, const std::string& written,
                      std::string_view text, std::size_t offset, Diagnostics& diags, ScopusRecordFields& fields) {
  if (trim(written).empty()) return;
  std::string unmarked;  // an identifier without a spreadsheet's text mark ("'10.1000/x")
  if (fields.text_mark_said && (field == ScopusField::doi || field == ScopusField::issn ||
                                field == ScopusField::isbn || field == ScopusField::pubmed)) {
    const std::string_view u = without_text_mark(written, name, offset, diags, *fields.text_mark_said);
    if (u.size() != written.size()) unmarked = std::string(u);
  }
  const std::string& v = unmarked.empty() ? written : unmarked;
  switch (field) {
    case ScopusField::authors:
      if (!fields.has_full_names || r.authors.empty()) {
        names_said(v, name, offset, diags, fields, r, r.authors);
        fields.authors_value = v;
      } else {
        r.add_extra(name, v);
      }
      break;
    case ScopusField::full_names: {
      auto full = scopus_creators(v, true);
      drop_anonymous_creators(full, name, diags, offset, true);
      if (!full.empty()) r.authors = std::move(full);
      r.add_extra(name, v);  // the Scopus author IDs
      break;
    }
    case ScopusField::with_affiliations: fields.with_affiliations = v; break;
    case ScopusField::title: r.title = std::string(trim(v)); break;
    case ScopusField::year: {
      if (is_zero_year(v)) {
        diags.warning(offset, zero_year_message(name, v));
        r.add_extra(name, v);
        break;
      }
      // A year, "2019.0" (a table a script saved) too; else said and kept
      // in extra, as the database CSVs' year cells (csv_rows.hpp).
      bool once = false;  // a reader that keeps no flag: said at each
      if (std::optional<int> y =
              year_cell(v, name, offset, diags, r, fields.decimal_year_said ? *fields.decimal_year_said : once))
        r.issued.year = *y;
      break;
    }
    // Scopus writes some cells unquoted after a space ('"4", e13658,'): an
    // article number was " e13658" (737 of 6,920 rows of one real export,
    // 14 of 49 of another), written so into every export.
    case ScopusField::source: r.container_title = trim(v); break;
    case ScopusField::volume: r.volume = trim(v); break;
    case ScopusField::issue: r.issue = trim(v); break;
    case ScopusField::art_no: r.number = trim(v); break;
    case ScopusField::page_start: fields.page_start = trim(v); break;
    case ScopusField::page_end: fields.page_end = trim(v); break;
    case ScopusField::doi:
      if (bool listed; auto d = doi_of_field(v, name, diags, offset, &listed)) {
        if (listed) r.add_extra(name, v);  // a list of identifiers stays as written
        r.doi = std::move(*d);
      } else {
        diags.warning(offset, "DOI is not a DOI, kept in extra: " + v + placeholder_doi_note(v));
        r.add_extra(name, v);
      }
      break;
    case ScopusField::link: r.url = trim(v); break;
    case ScopusField::abstract:
      if (istarts_with(v, "[No abstract available]")) r.add_extra(name, v);
      else r.abstract = v;
      break;
    case ScopusField::author_keywords:
      for_each_list_item(v, ";", [&](std::string_view k) { r.add_keyword(k); });
      break;
    case ScopusField::references: {
      read_scopus_reference_list(v, r.references, diags, offset,
                                 [&](const std::string& w) { return offset_in_cell(text, offset, w); },
                                 fields.cited_drops);
      break;
    }
    case ScopusField::editors:
      names_said(v, name, offset, diags, fields, r, r.editors);
      break;
    case ScopusField::publisher: r.publisher = trim(v); break;
    case ScopusField::issn:
      for (std::string s : split_list(v, ";,")) {
        if (s.size() == 8 && s.find('-') == std::string::npos) s.insert(4, "-");
        r.issn.push_back(std::move(s));
      }
      break;
    case ScopusField::isbn: r.isbn = split_list(v, ";,"); break;
    case ScopusField::pubmed: r.pmid = std::string(trim(v)); break;
    case ScopusField::language: r.language = trim(v); break;
    case ScopusField::abbreviated: r.container_title_short = trim(v); break;
    case ScopusField::doc_type:
      fields.conference_review = is_scopus_conference_review(v);
      r.type = scopus_type(trim(v));
      r.add_extra(name, v);
      break;
    case ScopusField::eid: r.scopus_eid = std::string(trim(v)); break;
    case ScopusField::extra: r.add_extra(name, v); break;
  }
}

namespace {
// Scopus's Authors before 2020 join each "Family, I." with the same ", ",
// and its Author(s) ID counts the people.  Where the names' shapes could
// not pair the pieces (initials "J.‐P." with U+2010, "Q.-s.", "E.d.S.F.",
// "M.Iqbal", given names "Yuan, Zhong Yi", a family "S." or "M.N"), each
// piece was a person: 45 of 6,920 rows of one real export had twice their
// authors or one more.  A list of exactly twice as many pieces as IDs is
// the people pair by pair.
void pair_by_author_ids(Record& r, const ScopusRecordFields& fields) {
  const std::string& v = fields.authors_value;
  if (v.empty() || v.find(';') != std::string::npos) return;
  std::size_t people = 0;
  for_each_list_item(r.get_extra("Author(s) ID"), ";", [&](std::string_view id) { people += all_digits(trim(id)); });
  if (people == 0 || r.authors.size() == people) return;
  std::vector<std::string_view> pieces;
  for_each_list_item(v, ",", [&](std::string_view p) {
    if (!trim(p).empty()) pieces.push_back(trim(p));
  });
  if (pieces.size() != 2 * people) return;
  std::vector<Creator> paired;
  for (std::size_t i = 0; i < pieces.size(); i += 2) {
    Creator c = parse_ris_name(std::string(pieces[i]) + ", " + std::string(pieces[i + 1]));
    if (c.empty() || c.family.empty()) return;
    paired.push_back(std::move(c));
  }
  r.authors = std::move(paired);
}
}  // namespace

void CitedDrops::add(const ReferenceDrop& d, std::size_t offset) {
  for (Kind& k : kinds_)
    if (std::string_view(k.what) == d.what) {
      ++k.count;
      return;
    }
  kinds_.push_back({d.what, 1, offset, d.value, d.reference});
}

void CitedDrops::say(Diagnostics& diags) {
  auto excerpt = [](std::string_view s, std::size_t most) {
    if (s.size() <= most) return std::string(s);
    std::size_t cut = s.rfind(' ', most);
    if (cut == std::string_view::npos || cut < most / 2) cut = most;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
    return std::string(s.substr(0, cut)) + " ...";
  };
  for (const Kind& k : kinds_)
    diags.warning(k.offset, "cited references: " + std::to_string(k.count) + (k.count == 1 ? " value" : " values") +
                                " left out of the fields as " + k.what + " (the reference's text keeps " +
                                (k.count == 1 ? "it" : "them") + "); the first '" + excerpt(k.value, 80) + "' of '" +
                                excerpt(k.reference, 120) + "'");
  kinds_.clear();
}

bool finish_scopus_record(Record& r, const ScopusRecordFields& fields) {
  pair_by_author_ids(r, fields);
  if (!fields.with_affiliations.empty()) add_affiliations(fields.with_affiliations, r.authors);
  if (fields.conference_review) read_as_proceedings_volume(r, false, scopus_field_name("Source title"));
  r.pages = fields.page_start;
  if (!fields.page_end.empty() && fields.page_end != fields.page_start)
    r.pages += (r.pages.empty() ? "" : "-") + fields.page_end;
  return !r.title.empty() || !r.authors.empty() || !r.doi.empty();
}

}  // namespace refnet

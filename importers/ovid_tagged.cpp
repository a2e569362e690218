// Ovid's own field format: what Ovid (Embase, MEDLINE, PsycINFO, BIOSIS,
// Journals@Ovid, Books@Ovid...) writes for its "Citavi", "EndNote" and
// "Reference Manager" direct exports and its "Fields: Complete Reference"
// text:
//
//   <3001. >
//   VN  - Ovid Technologies
//   DB  - Embase
//   UI  - 621381829
//   TI  - Quality of life in patients with primary ciliary dyskinesia: A systematic review.
//   SO  - BMC Proceedings. 12 (Supplement 3) (no pagination), 2018. Date of Publication: 2018.
//   AU  - Behan L.
//   IN  - (Behan, Rubbo, Lucas) NIHR Southampton Biomedical Research Centre, ...
//         (Behan, Galvin) School of Applied Psychology, ...
//   MH  - *Kartagener syndrome
//   DO  - http://dx.doi.org/10.1186/s12919-018-0099-8
//
// A record opens with "<N. >" or, without it, with its VN line; there is no
// TY and no ER.  A tag is two to five capitals or digits, the spaces the VN
// line has before its dash (two, or one in Ovid's PsycINFO text), a dash;
// lines may be indented as a whole (PsycINFO).  A line that is
// no tag line continues the field before it (the EndNote variant breaks
// abstracts into paragraphs without indenting them); joined with a space.
//
// Mapping rules (fields differ by database; every field not named here is
// kept in extra under its tag, VN excepted: it names Ovid, as the format does):
// - TI the title: NLM's closing period and Ovid's labels ("[Article]",
//   "[Miscellaneous]", "[References]", with a note) go, and quotes around it.
// - AI (Ovid MEDLINE's "Family, Given; ORCID") gives its author the ORCID.
// - FA (full names) are the authors when present, else AU ("Behan L.",
//   "Peterson, James A. Ph.D., FACSM", "Walsdorf, Neill B. [Inventor]");
//   degrees and bracketed roles after a name are dropped with a note.  ED
//   are the editors; AU and ED may list several names, ';'-separated.
// - SO is read by parse_source_string (journal, volume, issue, pages, date,
//   Embase's article number) and kept; JN/JT (journal), JA/TA (its
//   abbreviation), VO/VI, IP, PG, YR and DP, when given, come first.
// - UI is the PMID in MEDLINE (DB names MEDLINE), else kept; PM/PMID is the
//   PMID.
// - MH (MeSH, Emtree; '*' marks a major topic: dropped as for MEDLINE) and
//   KW (';'-separated) are the keywords.
// - DO/DI the DOI, else the one Ovid's links give (the full-text link's
//   "&DO=10.1016%2f...", the link resolver's "id=doi:"), with the PMID
//   ("id=pmid:") when no field gives it; IS the ISSN (Ovid's NLM journal code and ID there is
//   kept in extra, with a note), IB the ISBN; LG the language; UR, else XL,
//   the URL; PB/PU the publisher; BT a chapter's book.
// - PT, DT and DB give the type: Books@Ovid is a book; a chapter, a book, a
//   dissertation, a patent, a conference paper or abstract, a report; else a
//   journal article.
// - UI/PM as Embase writes a PMID, "29635641 [http://www.ncbi.nlm.nih.gov/
//   pubmed/?term=29635641]": the number.
//
// Ovid's "Export to Excel/CSV" writes the same fields as the columns of a
// table, one row a record, the tags as the header:
//
//   ORN,VN,DB,UI,PM,TI,SO,AU,IN,PB,MH,DU,OD,AB,FTURL,AO
//   1,Ovid Technologies,Embase,2011722477,"29635641 [http://...]","Travel and ...",
//   "Journal of Travel Medicine. 25 (1) (no pagination), 2018. ...","Hall V.\r\n\r\nLeung J.",...
//
// A cell of a field Ovid repeats (AU, FA, ED, MH, OD, KW, PT, DJ) holds one
// value a line; any other cell's lines are joined with a space.  ORN, the
// record's number in the export, is not kept (as "<N. >" is not).
#include <algorithm>
#include <cstring>
#include <optional>

#include "csv_rows.hpp"
#include "date_parts.hpp"
#include "ris_fields.hpp"
#include "source_string.hpp"
#include "refnet/doi.hpp"
#include "refnet/importer.hpp"
#include "refnet/names.hpp"
#include "refnet/text.hpp"
#include "refnet/url_host.hpp"
#include "skipped_lines.hpp"

namespace refnet {

namespace {

struct Field {
  std::string_view tag;
  std::size_t offset = 0;
  std::string value;
};

struct OvidRecord {
  std::size_t begin = 0, end = 0;
  std::uint32_t line = 0;
  std::vector<Field> fields;
};

std::string_view strip_end_dots_view(std::string_view s) {
  s = trim(s);
  while (!s.empty() && s.back() == '.') s = trim(s.substr(0, s.size() - 1));
  return s;
}

// "TI  - value", "SCORE  - *****", "VN - Ovid": the tag and where the value starts.
// `spaces`: the spaces between a tag and its dash, as the file's VN line
// has them (two: "TI  - "; Ovid's PsycINFO text one: "TI - "); 0 for any
// of one to three.  An abstract line the EndNote variant does not indent
// ("MRI - based imaging ...") is then no tag line.
bool ovid_tag_line(std::string_view l, std::string_view& tag, std::string_view& value, std::size_t spaces = 0) {
  std::size_t n = 0;
  while (n < l.size() && n < 6 && ((l[n] >= 'A' && l[n] <= 'Z') || (n > 0 && is_digit(l[n])))) ++n;
  if (n < 2 || n > 5) return false;
  std::size_t i = n;
  while (i < l.size() && l[i] == ' ' && i - n < 3) ++i;
  if (i == n || i >= l.size() || l[i] != '-') return false;
  if (spaces && i - n != spaces && !(n == 2 && l.substr(0, 2) == "VN")) return false;
  if (i + 1 < l.size() && l[i + 1] != ' ' && l[i + 1] != '\t') return false;
  tag = l.substr(0, n);
  value = trim(l.substr(i + 1));
  return true;
}

// "<1. >", "<3001. >", "<1>".
bool is_record_number(std::string_view l) {
  if (l.size() < 3 || l.front() != '<' || l.back() != '>' || !is_digit(l[1])) return false;
  return l.find_first_not_of("0123456789. ", 1) == l.size() - 1;
}

std::string ovid_type(const std::vector<std::string_view>& kinds, std::string_view db) {
  if (iequals(trim(db), "Books@Ovid")) return "book";
  auto any = [&](std::string_view w) {
    return std::any_of(kinds.begin(), kinds.end(), [&](std::string_view k) {
      return ascii_lower(k).find(w) != std::string::npos;
    });
  };
  if (any("chapter")) return "chapter";
  if (any("dissertation") || any("thesis")) return "thesis";
  if (any("patent")) return "patent";
  if (any("conference") || any("congress") || any("proceeding")) return "paper-conference";
  if (any("book")) return "book";
  if (any("report") && !any("case report")) return "report";
  return "article-journal";
}

// "Peterson, James A. Ph.D., FACSM" -> "Peterson, James A."; "Walsdorf,
// Neill B. [Inventor, Reprint Author]" -> "Walsdorf, Neill B."; "Slade,
// Martin D. MPH 1" -> "Slade, Martin D.".
std::string_view without_degrees(std::string_view name) {
  for (bool again = true; again;) {
    again = false;
    name = trim(name);
    while (!name.empty() && (is_digit(name.back()) || name.back() == ',' || name.back() == '+' || name.back() == '*')) {
      name.remove_suffix(1);
      again = true;
    }
    name = trim(name);
    std::size_t sp = name.find_last_of(" ,");
    if (sp == std::string_view::npos) break;
    std::string_view last = name.substr(sp + 1);
    // A degree follows a given name: "Shedko, MB" is a family name and initials.
    std::size_t comma = name.find(',');
    bool given_before = comma < sp && !trim(name.substr(comma + 1, sp - comma - 1)).empty();
    if (given_before && is_name_degree(last, true)) {
      name = name.substr(0, sp);
      again = true;
    }
  }
  return name;
}

// "Kamp, Roza Maria [Editor, Reprint Author], Calvete, Juan J." -> without the bracketed parts.
std::string without_brackets(std::string_view v) {
  std::string out;
  int depth = 0;
  for (char c : v) {
    if (c == '[') ++depth;
    else if (c == ']' && depth > 0) --depth;
    else if (depth == 0) out += c;
  }
  return collapse_space(out);
}

// A chapter's book as Ovid writes it in SO (PsycINFO, BIOSIS) or BT
// (Zoological Record): editors each marked "[Ed]", "[Ed.]", "[Editor]", then
// the book's title, then its pages:
//   Neenan, Michael [Ed]; Palmer, Stephen [Ed]. (2012). Cognitive behavioural coaching in practice: An
//   evidence based approach. (pp. 11-31). xvii, 254 pp. New York, NY, US: Routledge/Taylor & Francis Group; US.
//   Kamp, Roza Maria [Editor, Reprint Author], Calvete, Juan J. [Editor]. Methods in proteome and protein
//   analysis.:359-370, 2004.
// False when there is no "[Ed" mark.
bool read_book_source(std::string_view s, std::vector<Creator>& editors, std::string& title, std::string& pages) {
  std::size_t last = std::string_view::npos;
  for (std::size_t p = s.find("[Ed"); p != std::string_view::npos; p = s.find("[Ed", p + 1)) last = p;
  if (last == std::string_view::npos) return false;
  std::size_t close = s.find(']', last);
  if (close == std::string_view::npos) return false;
  for (std::string_view name : split_list(without_brackets(s.substr(0, last)), ";")) {
    // BIOSIS separates the editors with commas: "Kamp, Roza Maria, Calvete, Juan J."
    std::vector<std::string> parts = split_list(name, ",");
    if (parts.size() >= 4 && parts.size() % 2 == 0) {
      for (std::size_t i = 0; i + 1 < parts.size(); i += 2) editors.push_back(parse_ris_name(parts[i] + ", " + parts[i + 1]));
    } else if (Creator c = parse_ris_name(name); !c.empty()) {
      editors.push_back(std::move(c));
    }
  }
  std::string_view rest = s.substr(close + 1);
  while (!rest.empty() && (rest.front() == '.' || rest.front() == ' ' || rest.front() == ';')) rest.remove_prefix(1);
  if (rest.size() > 7 && rest.front() == '(' && rest[5] == ')') rest = trim(rest.substr(7));  // "(2012). "
  std::size_t end;
  if (!rest.empty() && rest.front() == '[') {
    end = rest.find(']');
    end = end == std::string_view::npos ? rest.size() : end + 1;
  } else {
    end = rest.find(". ");
    std::size_t colon = rest.find(".:");
    if (colon < end) end = colon;
    if (end == std::string_view::npos) end = rest.size();
  }
  title = std::string(trim(rest.substr(0, end)));
  rest = rest.substr(end);
  for (std::string_view mark : {"(pp. ", "Chapter pagination: ", ".:"}) {
    std::size_t p = rest.find(mark);
    if (p == std::string_view::npos) continue;
    std::string_view v = rest.substr(p + mark.size());
    v = v.substr(0, v.find_first_of("),"));
    if (!trim(v).empty()) pages = expand_page_range(strip_end_dots_view(v));
    if (mark != ".:") break;
  }
  return !title.empty();
}

class Builder {
 public:
  Builder(const OvidRecord& rec, Diagnostics& diags) : rec_(rec), diags_(diags) {}
  bool build(Record& r);
  // Whether build() took the record's DOI, its PMID from Ovid's links.
  bool doi_from_link = false, pmid_from_link = false;

 private:
  const OvidRecord& rec_;
  Diagnostics& diags_;

  // Ovid's links (UR, XL: "Link to the Ovid Full Text or citation", "Link to
  // the External Link Resolver") are written from the record's identifiers:
  // the full-text link its DOI ("ovidweb.cgi?...&DO=10.1016%2fj..."), the
  // library's link resolver its PMID and DOI ("sfx?sid=OVID:embase&
  // id=pmid:39492662&id=doi:10.1158%2F..."), the only place they stand in a
  // save of fewer fields than "Complete Reference".  Taken when no field
  // gives them; links that disagree on the DOI give none (said).  A DOI in a
  // title (an erratum's, a retraction notice's: the corrected work's) is
  // never the record's.
  void take_link_ids(const std::vector<const Field*>& links, bool doi_set, Record& r) {
    std::string doi;
    const Field* from = nullptr;
    bool disagree = false;
    for (const Field* f : links) {
      if (!doi_set) {
        Diagnostics quiet;  // a repair is said once, for the DOI taken
        if (std::optional<std::string> d = doi_in_url(f->value, f->tag, quiet, f->offset)) {
          if (!from) {
            doi = std::move(*d);
            from = f;
          } else if (*d != doi) {
            disagree = true;
            diags_.warning(f->offset, "Ovid's links disagree on the DOI (" + doi + " in " + std::string(from->tag) +
                                          ", " + *d + " in " + std::string(f->tag) +
                                          "): neither taken as the record's; the links kept");
          }
        }
      }
      if (r.pmid.empty())
        if (std::optional<std::string_view> id = url_query_value(f->value, "id=pmid:");
            id && !id->empty() && id->size() <= 9 && std::all_of(id->begin(), id->end(), is_digit)) {
          r.pmid = std::string(*id);
          pmid_from_link = true;
        }
    }
    if (from && !disagree) {
      if (auto d = doi_in_url(from->value, from->tag, diags_, from->offset)) r.doi = std::move(*d);
      doi_from_link = true;
    }
  }

  void add_names(const Field& f, Record& r, std::vector<Creator>& to) {
    // "[Author, Reprint Author; E-mail: x@y]": a role, never a name, even
    // with a ';' inside.
    std::string names = without_brackets(f.value);
    if (names.size() != f.value.size())
      diags_.report(Severity::note, f.offset,
                    std::string(f.tag) + ": the bracketed roles and addresses after the names are no part of them: dropped");
    for_each_list_item(names, ";", [&](std::string_view n) {
      std::string_view clean = without_degrees(n);
      // "Bunkers, Sandra Schmidt RN; PhD; FAAN 1" (Journals@Ovid's display): a
      // degree alone between the ';' is the name's before it.
      if (!to.empty() && clean.find_first_of(" ,") == std::string_view::npos && is_name_degree(clean, true)) {
        diags_.report(Severity::note, f.offset,
                      std::string(f.tag) + " '" + std::string(trim(n)) + "': a degree of the name before it, no name");
        return;
      }
      if (clean.size() != trim(n).size())
        diags_.report(Severity::note, f.offset,
                      std::string(f.tag) + " '" + std::string(trim(n)) + "': read as '" + std::string(clean) +
                          "' (degrees, roles and numbers after a name are no part of it)");
      if (is_et_al(clean)) return;
      Creator c = parse_ris_name(clean);
      if (!c.empty()) to.push_back(std::move(c));
    });
    drop_anonymous_names(r, to, f.tag, diags_, f.offset);
  }
};

bool Builder::build(Record& r) {
  std::string_view db;
  std::vector<std::string_view> kinds;
  bool has_fa = false;
  for (const Field& f : rec_.fields) {
    if (f.tag == "DB") db = f.value;
    else if (f.tag == "PT" || f.tag == "DT") kinds.push_back(f.value);
    else if (f.tag == "FA") has_fa = true;
  }
  r.type = ovid_type(kinds, db);
  const bool medline = ascii_lower(db).find("medline") != std::string::npos;

  std::string so, bt, jn, ja, yr, dp, ct;
  std::size_t ct_at = 0;
  std::vector<const Field*> ai, links;
  std::size_t so_at = 0, yr_at = 0, dp_at = 0;
  bool doi_set = false;
  for (const Field& f : rec_.fields) {
    const std::string_view tag = f.tag;
    const std::string& v = f.value;
    if (v.empty() || tag == "VN") continue;
    auto keep = [&] { r.add_extra(std::string(tag), v); };
    auto first = [&](std::string& slot) {
      if (slot.empty()) slot = v;
      else keep();
    };
    if (tag == "Chapter Title" && ct.empty()) {  // Books@Ovid's display text (its tag is the name)
      ct = v;
      ct_at = f.offset;
      continue;
    }
    if (tag == "TI") {
      if (!r.title.empty()) {
        keep();
        continue;
      }
      std::string_view t = trim(v);
      for (std::string_view label : {"[Article]", "[Miscellaneous]", "[References]", "[Report]", "[Review]", "[Editorial]",
                                     "[Letter]", "[Comment]"}) {
        std::string_view s = strip_end_dots_view(t);
        if (ends_with(s, label)) {
          diags_.report(Severity::note, f.offset, "TI ends with Ovid's label " + std::string(label) + ": dropped");
          t = trim(s.substr(0, s.size() - label.size()));
        }
      }
      if (t.size() >= 2 && t.front() == '"' && (t.back() == '"' || ends_with(t, "\"."))) {
        t = t.substr(1, t.size() - (t.back() == '"' ? 2 : 3));
      }
      r.title = drop_nlm_period(t);
    } else if (tag == "FA") {
      add_names(f, r, r.authors);
    } else if (tag == "AU") {
      if (has_fa) keep();  // the citation form of the FA names
      else add_names(f, r, r.authors);
    } else if (tag == "ED") {
      add_names(f, r, r.editors);
    } else if (tag == "AI") {
      ai.push_back(&f);
    } else if (tag == "SO") {
      if (so.empty()) {
        so = v;
        so_at = f.offset;
      }
      keep();
    } else if (tag == "JN" || tag == "JT") {
      first(jn);
    } else if (tag == "JA" || tag == "TA" || tag == "JW") {
      first(ja);
    } else if (tag == "BT") {
      first(bt);
    } else if (tag == "VO" || tag == "VI" || tag == "VL") {
      first(r.volume);
    } else if (tag == "IP") {
      first(r.issue);
    } else if (tag == "PG") {
      if (istarts_with(v, "No Pagination")) keep();
      else if (r.pages.empty()) r.pages = expand_page_range(v);
      else keep();
    } else if (tag == "YR") {
      yr_at = f.offset;
      first(yr);
    } else if (tag == "DP") {
      if (dp.empty()) dp_at = f.offset;
      first(dp);
    } else if (tag == "AB") {
      first(r.abstract);
    } else if (tag == "MH") {
      std::string k = without_major_topic_marks(v);
      if (!k.empty()) r.add_keyword(k);
    } else if (tag == "KW") {
      // "...;  pelvic ring;  fracture;  pelvic fracture.": the list's closing
      // period, not an abbreviation's ("U.S."), is no part of the last keyword.
      std::string_view list = trim(v);
      std::size_t last = list.find_last_of(";,");
      std::string_view tail = last == std::string_view::npos ? list : list.substr(last + 1);
      if (ends_with(list, ".") && std::count(tail.begin(), tail.end(), '.') == 1) list.remove_suffix(1);
      add_keyword_list(list, r);
    } else if (tag == "DO" || tag == "DI") {
      if (!take_doi_field(r, doi_set, v, tag, diags_, f.offset)) keep();
    } else if (tag == "UI" || tag == "AN" || tag == "PM" || tag == "PMID") {
      std::string_view id = v;
      if (std::size_t b = id.find(" ["); b != std::string_view::npos && id.back() == ']') id = trim(id.substr(0, b));
      const std::string v(id);
      bool digits = !v.empty() && v.size() <= 9 && std::all_of(v.begin(), v.end(), is_digit);
      bool pmid = tag == "PM" || tag == "PMID" || (medline && digits);
      if (pmid && digits && r.pmid.empty()) {
        r.pmid = v;
        if (tag == "AN") keep();
      } else {
        if (pmid && !digits) diags_.warning(f.offset, std::string(tag) + " " + v + " is not a PubMed ID: kept in extra");
        keep();
      }
    } else if (tag == "IS") {
      if (classify_sn(v, r)) continue;
      if (is_nlm_journal_id(v))
        diags_.report(Severity::note, f.offset, "IS " + v + " is Ovid's NLM journal code and ID, not an ISSN: kept in extra");
      else
        diags_.warning(f.offset, "IS is not an ISSN, kept in extra: " + v);
      keep();
    } else if (tag == "IB") {
      if (!classify_sn(v, r)) {
        diags_.warning(f.offset, "IB is not an ISBN, kept in extra: " + v);
        keep();
      }
    } else if (tag == "LG" || tag == "LA") {
      if (r.language.empty()) r.language = std::string(strip_end_dots_view(v));
      else keep();
    } else if (tag == "UR") {
      links.push_back(&f);
      if (r.url.empty()) r.url = v;
      else keep();
    } else if (tag == "XL") {
      links.push_back(&f);
      keep();
    } else if (tag == "PB" || tag == "PU") {
      first(r.publisher);
    } else {
      keep();
    }
  }

  // AI, Ovid MEDLINE's author identifiers ("Behan, Laura; 0000-0002-1825-0097"
  // or with "https://orcid.org/"): the ORCID of the author of that name;
  // kept in extra when no author has it.
  for (const Field* f : ai) {
    std::size_t semi = f->value.find(';');
    std::string_view id = semi == std::string::npos ? std::string_view() : trim(std::string_view(f->value).substr(semi + 1));
    if (istarts_with(id, "ORCID:")) id = trim(id.substr(6));
    std::string orcid = clean_orcid(id);
    bool given = false;
    if (orcid.size() == 19 && orcid[4] == '-' && orcid[9] == '-' && orcid[14] == '-') {
      Creator who = parse_ris_name(std::string_view(f->value).substr(0, semi));
      for (Creator& a : r.authors)
        if (a.orcid.empty() && same_family_and_initial(a, who)) {
          a.orcid = orcid;
          given = true;
          break;
        }
    }
    if (!given) r.add_extra("AI", f->value);
  }

  take_link_ids(links, doi_set, r);

  // The source string fills what the fields left empty.
  SourceParts s;
  if (!so.empty()) s = parse_source_string(so);
  if (r.type == "chapter") {
    std::string book, pages;
    std::vector<Creator> eds;
    for (const std::string* src : {&bt, &so})
      if (!src->empty() && read_book_source(*src, eds, book, pages)) {
        if (r.editors.empty()) r.editors = std::move(eds);
        if (r.pages.empty()) r.pages = pages;
        s = SourceParts();
        s.date = parse_source_string(*src).date;
        break;
      }
    r.container_title = !book.empty() ? book : !bt.empty() ? bt : !jn.empty() ? jn : s.journal;
    if (!bt.empty() && r.container_title != bt) r.add_extra("BT", bt);
  } else {
    if (!bt.empty()) r.add_extra("BT", bt);
    if (r.type != "book" && r.type != "thesis") r.container_title = !jn.empty() ? jn : !s.journal.empty() ? s.journal : ja;
    else if (!jn.empty()) r.add_extra("JN", jn);
    else if (!s.journal.empty()) r.add_extra("collection-title", s.journal);
  }
  if (!ja.empty()) r.container_title_short = ja;
  if (r.volume.empty()) r.volume = s.volume;
  if (r.issue.empty()) r.issue = s.issue;
  if (r.pages.empty()) r.pages = s.pages;
  if (r.number.empty()) r.number = s.number;
  if (!doi_set && !s.doi.empty())
    if (auto d = normalize_doi_said(s.doi, "SO", diags_, so_at)) r.doi = std::move(*d);
  // Date: DP, else the source's, else YR; a YR of another year is kept.
  if (!dp.empty()) {
    r.issued = parse_ris_date(dp);
    say_date_parts_left_out("DP", dp, r.issued, diags_, dp_at);
  }
  if (!r.issued.year && s.date.year) r.issued = s.date;
  int year = yr.size() == 4 && std::all_of(yr.begin(), yr.end(), is_digit) ? std::stoi(yr) : 0;
  if (!yr.empty() && !year) diags_.warning(yr_at, "YR " + yr + " is not a year: kept in extra");
  if (year && !r.issued.year) r.issued.year = year;
  else if (!yr.empty() && year != r.issued.year) r.add_extra("YR", yr);
  if (!dp.empty() && r.issued.year && parse_ris_date(dp).year != r.issued.year) r.add_extra("DP", dp);
  // Books@Ovid's "Chapter Title": a chapter of the book "Title" names (else
  // of the book its Source names): the chapter's title is the record's, the
  // book's its container, as JabRef reads it.
  if (!ct.empty()) {
    std::string book = !r.title.empty() ? r.title : std::string(r.get_extra("collection-title"));
    if (!book.empty()) {
      if (!r.container_title.empty() && r.container_title != book) r.add_extra("container-title", r.container_title);
      r.container_title = std::move(book);
    }
    r.title = collapse_space(ct);
    r.type = "chapter";
    diags_.report(Severity::note, ct_at, "Chapter Title '" + r.title + "' is the record's title, the book '" +
                                             r.container_title + "' its container: a chapter");
  }
  return !r.title.empty() || !r.authors.empty() || !r.doi.empty() || !r.pmid.empty();
}

// Journals@Ovid's display text (its "Txt" save, JabRef's OvidImporterTest*.txt):
//
//   <1>
//   Author
//     Verbeek, Jan MD *;  Hermans, Erik MD +
//   Title
//     Correct positioning of percutaneous iliosacral screws ....[Article]
//   Source
//     Nursing Science Quarterly.   28(2):103-106, April 2015.
//
// A field's name on a line of its own, its value indented below (one line or
// more, joined).  The names are the tags spelt out; a name not here is kept
// in extra under itself.
constexpr std::pair<std::string_view, std::string_view> kDisplayNames[] = {
    {"Accession Number", "AN"}, {"Unique Identifier", "UI"}, {"Author", "AU"}, {"Authors", "AU"},
    {"Authors Full Name", "FA"}, {"Editor", "ED"}, {"Editors", "ED"}, {"Institution", "IN"}, {"Title", "TI"},
    {"Source", "SO"}, {"Abstract", "AB"}, {"Author Keywords", "KW"}, {"Keywords", "KW"}, {"Keyword Heading", "KW"},
    {"MeSH Subject Headings", "MH"}, {"Subject Headings", "MH"}, {"Language", "LG"}, {"Document Type", "DT"},
    {"Publication Type", "PT"}, {"ISSN", "IS"}, {"ISSN Print", "IS"}, {"ISSN Electronic", "IS"}, {"ISBN", "IB"},
    {"DOI Number", "DO"}, {"Digital Object Identifier", "DO"}, {"Publisher", "PB"}, {"Year of Publication", "YR"},
    {"Date of Publication", "DP"}, {"Database", "DB"}, {"Link to the Ovid Full Text or citation", "UR"},
    {"Link to the External Link Resolver", "XL"}, {"URL", "UR"}};

std::string_view display_tag(std::string_view name) {
  for (const auto& [n, tag] : kDisplayNames)
    if (name == n) return tag;
  return {};
}

// A record number, then at least two known names each with an indented
// value below, among the first 60 lines.
bool looks_like_ovid_display(std::string_view text) {
  if (starts_with(text, "\xEF\xBB\xBF")) text.remove_prefix(3);
  bool numbered = false;
  int pairs = 0, lines = 0;
  std::string_view prev;
  for (std::size_t pos = 0; pos < text.size() && lines < 60; ++lines) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view l = text.substr(pos, end - pos);
    pos = end + 1;
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    if (trim(l).empty()) continue;
    if (!numbered) {
      numbered = is_record_number(trim(l));
      continue;
    }
    if ((l.front() == ' ' || l.front() == '\t') && !prev.empty() && !display_tag(prev).empty()) ++pairs;
    prev = (l.front() == ' ' || l.front() == '\t') ? std::string_view() : trim(l);
  }
  return numbered && pairs >= 2;
}

// How many records took their DOI, their PMID from Ovid's links: one note a file.
struct LinkIds {
  std::size_t dois = 0, pmids = 0, first = 0;
  void add(const Builder& b, std::size_t at) {
    if ((b.doi_from_link || b.pmid_from_link) && !dois && !pmids) first = at;
    dois += b.doi_from_link;
    pmids += b.pmid_from_link;
  }
  void say(Diagnostics& diags) {
    if (!dois && !pmids) return;
    diags.report(Severity::note, first,
                 std::to_string(dois) + " DOI" + (dois == 1 ? "" : "s") + " and " + std::to_string(pmids) + " PMID" +
                     (pmids == 1 ? "" : "s") +
                     " read from Ovid's links (the full-text link's DO=, the link resolver's id=doi: and id=pmid:): "
                     "no field of the record gave them");
    dois = pmids = 0;
  }
};

class Parser {
 public:
  Parser(std::string_view text, Diagnostics& diags, const RecordSink& sink)
      : text_(text), diags_(diags), sink_(sink), display_(looks_like_ovid_display(text)) {}

  ParseStats run() {
    for_each_text_line(text_, [this](std::size_t begin, std::size_t end, std::uint32_t line_no) {
      line(begin, end, line_no);
    });
    finish();
    skipped_.say(diags_);
    link_ids_.say(diags_);
    return stats_;
  }

 private:
  std::string_view text_;
  Diagnostics& diags_;
  const RecordSink& sink_;
  OvidRecord rec_;
  bool in_record_ = false;
  ParseStats stats_;
  SkippedLines skipped_{"Ovid"};  // text outside the records, said once per run
  std::size_t spaces_ = 0;  // between a tag and its dash, from the last VN line
  bool display_ = false;    // Journals@Ovid's display text: names on their lines, values indented
  LinkIds link_ids_;        // DOIs and PMIDs taken from Ovid's links, said once per run

  void display_line(std::string_view raw, std::string_view l, std::size_t at, std::size_t end, std::uint32_t line_no) {
    if (is_record_number(l)) {
      finish();
      skipped_.say(diags_);
      start(at, line_no);
      return;
    }
    const bool indented = raw.front() == ' ' || raw.front() == '\t';
    if (!in_record_ || (indented && rec_.fields.empty())) {
      skipped_.add(at);
      return;
    }
    if (!indented) {
      std::string_view tag = display_tag(l);
      rec_.fields.push_back({tag.empty() ? l : tag, at, {}});
    } else {
      Field& f = rec_.fields.back();
      if (f.value.empty()) f.offset = at;  // said at the value, not at its name
      else f.value += ' ';
      f.value += l;
    }
    rec_.end = end;
  }

  void line(std::size_t begin, std::size_t end, std::uint32_t line_no) {
    std::string_view raw = text_.substr(begin, end - begin);
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    std::string_view l = trim(raw);
    if (l.empty()) return;
    std::size_t at = static_cast<std::size_t>(l.data() - text_.data());
    if (display_) {
      display_line(raw, l, at, end, line_no);
      return;
    }
    if (is_record_number(l)) {
      finish();
      skipped_.say(diags_);
      start(at, line_no);
      return;
    }
    std::string_view tag, value;
    if (ovid_tag_line(l, tag, value, spaces_)) {
      if (tag == "VN") spaces_ = static_cast<std::size_t>(l.find('-') - 2);
      if (!in_record_ || (tag == "VN" && !rec_.fields.empty())) {
        finish();
        skipped_.say(diags_);
        start(at, line_no);
      }
      rec_.fields.push_back({tag, at, std::string(value)});
      rec_.end = end;
      return;
    }
    if (!in_record_ || rec_.fields.empty()) {
      skipped_.add(at);
      return;
    }
    std::string& v = rec_.fields.back().value;
    if (!v.empty()) v += ' ';
    v += l;
    rec_.end = end;
  }

  void start(std::size_t at, std::uint32_t line_no) {
    in_record_ = true;
    rec_.fields.clear();
    rec_.begin = rec_.end = at;
    rec_.line = line_no;
  }

  void finish() {
    if (!in_record_) return;
    in_record_ = false;
    if (rec_.fields.empty()) {
      diags_.error(rec_.begin, "Ovid record number with no fields; skipped");
      ++stats_.rejected;
      return;
    }
    Record r;
    Builder b(rec_, diags_);
    if (!b.build(r)) {
      diags_.error(rec_.begin, "Ovid record has no title, no author, no DOI and no PMID; skipped");
      ++stats_.rejected;
      return;
    }
    link_ids_.add(b, rec_.begin);
    deliver_record(std::move(r), "ovid", text_.substr(rec_.begin, rec_.end - rec_.begin), rec_.line, diags_, stats_,
                   sink_);
  }
};

// The header of Ovid's CSV export: its cells are Ovid's tags, VN and DB
// among them, and TI or UI.
bool is_ovid_csv_header(std::string_view line) {
  if (line.find(',') == std::string_view::npos) return false;
  Diagnostics scratch;
  std::vector<CsvRow> rows = read_csv(line, scratch);
  if (rows.empty()) return false;
  bool vn = false, db = false, id = false;
  for (const std::string& c : rows.front().cells) {
    std::string_view n = trim(c);
    vn |= n == "VN";
    db |= n == "DB";
    id |= n == "TI" || n == "UI";
  }
  return vn && db && id;
}

bool is_repeated_tag(std::string_view tag) {
  for (std::string_view t : {"AU", "FA", "ED", "MH", "OD", "KW", "PT", "DJ"})
    if (tag == t) return true;
  return false;
}

ParseStats parse_ovid_csv(std::string_view text, Diagnostics& diags, const RecordSink& sink) {
  CsvReader reader(text, diags);
  CsvRow header;
  if (!reader.next(header)) return {};
  const std::vector<std::string> names = csv_header_names(header);
  LinkIds link_ids;
  auto build = [&](const CsvRow& row, Record& r) {
    OvidRecord rec;
    rec.begin = row.offset;
    for (std::size_t i = 0; i < names.size() && i < row.cells.size(); ++i) {
      const std::string_view tag = names[i];
      if (tag == "ORN" || tag.empty()) continue;
      const std::string& cell = row.cells[i];
      if (is_repeated_tag(tag)) {
        for_each_list_item(cell, "\n", [&](std::string_view v) {
          rec.fields.push_back({tag, offset_in_cell(text, row.offsets[i], v), std::string(trim(v))});
        });
      } else if (!trim(cell).empty()) {
        rec.fields.push_back({tag, row.offsets[i], collapse_space(cell)});
      }
    }
    Builder b(rec, diags);
    const bool ok = b.build(r);
    if (ok) link_ids.add(b, row.offset);
    return ok;
  };
  ParseStats stats = read_csv_records(text, reader, names.size(), diags, sink, "ovid", "Ovid", build);
  link_ids.say(diags);
  return stats;
}

}  // namespace

bool looks_like_ovid_tagged(std::string_view text) {
  if (is_ovid_csv_header(csv_header_line(text)) || looks_like_ovid_display(text)) return true;
  if (starts_with(text, "\xEF\xBB\xBF")) text.remove_prefix(3);
  // The VN line among the first lines, or after a record number further on
  // (a search history may come first).
  std::size_t pos = 0;
  bool after_number = false;
  for (int lines = 0; lines < 60 && pos < text.size();) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view l = trim(text.substr(pos, end - pos));
    pos = end + 1;
    if (l.empty()) continue;
    ++lines;
    std::string_view tag, value;
    if (ovid_tag_line(l, tag, value) && tag == "VN" && istarts_with(value, "Ovid Technologies") &&
        (lines <= 5 || after_number))
      return true;
    after_number = is_record_number(l);
  }
  return false;
}

ParseStats parse_ovid_tagged(std::string_view text, Diagnostics& diags, const RecordSink& sink) {
  if (is_ovid_csv_header(csv_header_line(text))) return parse_ovid_csv(text, diags, sink);
  return Parser(text, diags, sink).run();
}

}  // namespace refnet

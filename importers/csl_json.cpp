// CSL-JSON -> Records: the mirror of exporters/csljson.cpp, and what Zotero,
// Better BibTeX and citation.js write.
//
// Shapes: an array of items, one item, or items one per line (JSON Lines).
// The text is cut into items by a string-aware bracket scan, and each item is
// parsed on its own with nlohmann::json: a malformed item is one error (at
// its line and column) and the next item imports.  CSL-JSON libraries are
// small (a 5,000-item Zotero library is ~5 MB), so a DOM per item is cheap.
//
// CSL key                     Record
//   citation-key              citekey (CSL 1.0.2; Better BibTeX writes it beside id)
//   id                        citekey when there is no citation-key (an id that is a
//                             URI or has spaces, like Zotero's
//                             "http://zotero.org/users/1/items/X", goes to extra "id")
//   type                      type (Crossref's or OpenAlex's name: its CSL type; else not a
//                             CSL type: "document"; either with a warning, extra "type")
//   title                     title; <span class="nocase">..</span> -> title_nocase
//                             (and &amp; &lt; &gt; decoded then, as the exporter wrote them)
//   container-title(-short)   container_title(_short)
//   author, editor            authors, editors (family, given, non-dropping- and
//                             dropping-particle -> particle, suffix, literal)
//   other name lists          extra, "Family, Given; ..." (translator, collection-editor, ...)
//   issued                    date-parts (numbers or strings; a range's second
//                             date-parts is its end), raw ("2018-03-05",
//                             "Spring 2018"), literal -> Date::text
//   volume issue page number publisher publisher-place URL abstract language
//                             the same slots (numbers written as text)
//   DOI                       doi, normalized; a shortDOI ("10/gbhhv3") kept as it is
//                             (lower case), never expanded; else extra "DOI", warning
//   ISSN, ISBN                issn / isbn (one string, ", " or "; " between several)
//   PMID, PMCID               pmid, pmcid
//   keyword                   keywords: a string split at commas (and ';'), or an array
//   custom.keywords           keywords, whole (refnet's exporter writes the list there when
//                             a keyword holds a comma); wins over `keyword`
//   custom.wos-ut, .scopus-eid  wos_ut, scopus_eid (refnet's exporter writes them);
//   custom.zotero-uri          extra zotero-uri (a Zotero item's URI: refnet's exporter writes it).  The
//                             rest of `custom` goes to extra "custom" as compact JSON
//   anything else             extra, by its key: strings as they are, numbers as
//                             written, arrays and objects as compact JSON (accessed, note, ...)
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>

#include "crossref_types.hpp"
#include "source_string.hpp"
#include "refnet/zotero_item.hpp"
#include "refnet/doi.hpp"
#include "refnet/doi_placeholder.hpp"
#include "refnet/importer.hpp"
#include "refnet/months.hpp"
#include "refnet/names.hpp"
#include "refnet/text.hpp"
#include "json_values.hpp"
#include "date_parts.hpp"
#include "ris_fields.hpp"

namespace refnet {

namespace {

using json = nlohmann::json;
constexpr std::string_view kFormat = "csl-json";

// ---------------------------------------------------------------------------
// Cutting the text into items.

// One past the end of a scalar array element at `p`: the next ',' or ']'
// outside a string.
std::size_t scalar_end(std::string_view t, std::size_t p) {
  for (; p < t.size(); ++p) {
    if (t[p] == '"') {
      for (++p; p < t.size() && t[p] != '"'; ++p)
        if (t[p] == '\\') ++p;
    } else if (t[p] == ',' || t[p] == ']') {
      return p;
    }
  }
  return p;
}

// ---------------------------------------------------------------------------
// Values.


// A number of date-parts; a negative one is a year before the common era
// (CSL's -535 is 535 BC), 0 for anything else.
int date_part(const json& v) {
  std::string s = json_text(v);
  bool negative = s.size() > 1 && s[0] == '-';
  if (negative) s.erase(0, 1);
  if (!all_digits(s) || s.size() > 4) return 0;
  return negative ? -std::stoi(s) : std::stoi(s);
}

// Date-parts of one number of eight digits, a year, a month and a day
// ([[20210128]]): that date; none for anything else.
Date packed_date(const json& first) {
  Date d;
  std::string s = first.size() == 1 ? json_text(first[0]) : std::string();
  if (s.size() != 8 || !all_digits(s)) return d;
  const int y = std::stoi(s.substr(0, 4)), m = std::stoi(s.substr(4, 2)), day = std::stoi(s.substr(6, 2));
  if (y < 1000 || m < 1 || m > 12 || day < 1 || day > 31) return d;
  d.year = y, d.month = m, d.day = day;
  return d;
}

}  // namespace

// "2018", "2018-03", "2018-03-05" (ISO, as citation.js and Zotero write raw
// dates); anything else is read as RIS reads a free date.  Declared in
// ris_fields.hpp: the Lens and Dimensions CSV dates are ISO too.
namespace {

// "2013-06-0001": the day of an ISO date padded to four digits ("0001");
// "" for any other text.
std::string_view padded_day(std::string_view s) {
  s = trim(s);
  if (s.size() != 12 || s[4] != '-' || s[7] != '-' || s[8] != '0' || !all_digits(s.substr(0, 4)) ||
      !all_digits(s.substr(5, 2)) || !all_digits(s.substr(8)))
    return {};
  return s.substr(8);
}

}  // namespace

Date parse_raw_date(std::string_view s) {
  s = trim(s);
  Date d;
  if (std::string_view day = padded_day(s); !day.empty()) {
    auto num = [](std::string_view digits) { return std::stoi(std::string(digits)); };
    const int m = num(s.substr(5, 2)), n = num(day);
    if (m >= 1 && m <= 12) {
      d.year = num(s.substr(0, 4));
      d.month = m;
      if (n >= 1 && n <= 31) d.day = n;
      return d;
    }
  }
  if (s.size() >= 4 && all_digits(s.substr(0, 4))) {
    std::string_view rest = s.substr(4);
    int parts[2] = {0, 0};
    int n = 0;
    // A month and a day of two digits or one ("2019-12-8", Zotero's dates
    // of web pages), the day before an ISO 8601 time ("T17:00:01+00:00").
    while (n < 2 && rest.size() >= 2 && rest[0] == '-' && is_digit(rest[1])) {
      const std::size_t len = rest.size() >= 3 && is_digit(rest[2]) ? 3 : 2;
      if (rest.size() > len && rest[len] != '-' && !(n == 1 && rest[len] == 'T')) break;
      parts[n++] = std::stoi(std::string(rest.substr(1, len - 1)));
      rest.remove_prefix(len);
    }
    // "2020-07-13T17:00:01+00:00", "2019-11-05T8:43 am" (a blog post's date
    // and time): the date read, the whole text kept beside it.
    const bool time = n == 2 && rest.size() >= 2 && rest[0] == 'T' && is_digit(rest[1]);
    if (rest.empty() || time) {
      d.year = std::stoi(std::string(s.substr(0, 4)));
      if (parts[0] >= 1 && parts[0] <= 12) d.month = parts[0];
      if (d.month && parts[1] >= 1 && parts[1] <= 31) d.day = parts[1];
      if (time) d.text = std::string(s);
      return d;
    }
  }
  // A '/' in a free date is not RIS's field separator: "2019/2020" is a
  // range of years, "2010 January/February" and "Mar/Apr 2007" a double
  // issue, "2018/ed" a year and a word (Zotero's Cambridge pages).
  if (s.find('/') == std::string_view::npos) return parse_ris_date(s);
  bool numbers = true;
  for (char c : s) numbers = numbers && (is_digit(c) || c == '/');
  if (numbers) {
    if (s.size() == 9 && s[4] == '/' && all_digits(s.substr(5))) {
      int from = std::stoi(std::string(s.substr(0, 4))), to = std::stoi(std::string(s.substr(5)));
      if (to > from) {
        d.year = from;
        d.end_year = to;
        return d;
      }
    }
    return parse_ris_date(s);  // RIS's own "2007/03/01"
  }
  std::string spaced(s);
  std::replace(spaced.begin(), spaced.end(), '/', ' ');
  d = parse_ris_date(spaced);
  if (d.year == 0) d = Date{};
  d.text = std::string(s);
  return d;
}

std::string free_date_warning(std::string_view what, std::string_view text, const Date& d) {
  if (std::string_view day = padded_day(text); !day.empty() && d.month && d.text.empty()) {
    const std::string head = std::string(what) + " '" + std::string(trim(text)) + "': ";
    if (!d.day) return head + "the day '" + std::string(day) + "' is no day, the year and month read";
    char iso[16];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", d.year, d.month, d.day);
    return head + "a day of four digits, read as " + iso;
  }
  if (std::vector<std::string> parts = date_parts_left_out(text, d); !parts.empty() && !what.empty()) {
    std::string w = std::string(what) + " '" + std::string(trim(text)) + "': ";
    for (std::size_t i = 0; i < parts.size(); ++i) w += (i ? ", " : "") + parts[i];
    return w + ": left out";
  }
  return what.empty() || d.year == 0 || d.text.empty()
             ? std::string()
             : std::string(what) + " '" + d.text + "' is not a date of numbers only: year " + std::to_string(d.year) +
                   (d.month ? ", month " + std::to_string(d.month) : std::string()) +
                   (d.day ? ", day " + std::to_string(d.day) : std::string()) + " read, the text kept beside them";
}

namespace {

// ---------------------------------------------------------------------------
// One item.

class ItemMapper {
 public:
  ItemMapper(Diagnostics& diags, std::size_t offset) : diags_(diags), offset_(offset) {}

  void map(const json& item, Record& r) {
    for (const auto& [key, v] : item.items()) {
      if (v.is_null()) continue;
      if (key == "id") id(v, r);
      else if (key == "citation-key") citation_key(v, r);
      else if (key == "type") type(v, r);
      else if (key == "title") title(v, r);
      else if (key == "container-title") r.container_title = collapse_space(json_text(v));
      else if (key == "container-title-short" || key == "journalAbbreviation") r.container_title_short = collapse_space(json_text(v));
      else if (key == "author") names(v, r.authors, key, r);
      else if (key == "editor") names(v, r.editors, key, r);
      else if (key == "issued") issued(v, r);
      else if (key == "volume") r.volume = json_text(v);
      else if (key == "issue") r.issue = json_text(v);
      else if (key == "page") r.pages = normalize_pages(json_text(v));
      else if (key == "number") r.number = json_text(v);
      else if (key == "publisher") r.publisher = json_text(v);
      else if (key == "publisher-place") r.publisher_place = json_text(v);
      else if (key == "DOI") doi(v, r);
      else if (key == "ISSN" || key == "ISBN") read_issn_or_isbn(json_text(v), key == "ISSN", r);
      else if (key == "PMID") r.pmid = json_text(v);
      else if (key == "PMCID") pmcid(v, r);
      else if (key == "URL") r.url = json_text(v);
      else if (key == "abstract") r.abstract = json_text(v);
      else if (key == "language") r.language = json_text(v);
      else if (key == "keyword") keywords(v, r);
      else if (key == "custom") custom(v, r);
      else if (v.is_array() && is_name_list(v)) extra_names(key, v, r);
      else if (!(v.is_string() && trim(v.get_ref<const std::string&>()).empty())) r.add_extra(key, json_extra_text(v));
    }
    if (have_custom_keywords_) r.keywords = std::move(custom_keywords_);
    // No DOI: the one of a resolver's or publisher's address in URL, as
    // every reader takes it (doi_in_url).
    if (r.doi.empty() && !r.url.empty())
      if (auto d = doi_in_url(r.url, "CSL URL", diags_, offset_)) r.doi = std::move(*d);
  }

 private:
  Diagnostics& diags_;
  std::size_t offset_;
  std::vector<std::string> custom_keywords_;
  bool have_custom_keywords_ = false;

  void warn(std::string what) { diags_.warning(offset_, std::move(what)); }

  void id(const json& v, Record& r) {
    std::string s = json_text(v);
    if (!r.citekey.empty()) {  // a citation-key came first, and wins
      r.add_extra("id", json_extra_text(v));
      return;
    }
    bool key_like = !s.empty() && s.find_first_of(" \t/") == std::string::npos && s.find("://") == std::string::npos;
    if (key_like) r.citekey = std::move(s);
    else r.add_extra("id", json_extra_text(v));
  }

  // After an id that was taken as the key, the id moves to extra.
  static void citation_key(const json& v, Record& r) {
    if (!r.citekey.empty()) r.add_extra("id", r.citekey);
    r.citekey = json_text(v);
  }

  void type(const json& v, Record& r) {
    std::string t = json_text(v);
    if (is_csl_type(t)) {
      r.type = std::move(t);
      return;
    }
    // JSON made from Crossref's or OpenAlex's works writes their type names
    // ("book-chapter", "preprint", "conference-paper"): read as their readers
    // read them, the name kept in extra.
    std::string mapped = crossref_csl_type(t);
    const char* whose = "Crossref's";
    if (mapped.empty()) {
      mapped = openalex_csl_type(t);
      whose = "OpenAlex's";
    }
    if (!mapped.empty()) {
      warn("CSL type '" + t + "' is " + whose + " name, not CSL's: read as '" + mapped + "'");
      r.type = std::move(mapped);
    } else {
      warn("CSL type '" + t + "' is not one refnet knows: read as a generic document");
      r.type = "document";
    }
    r.add_extra("type", json_extra_text(v));
  }

  // Rich text (CSL 1.0.2): <i>, <b>, <sub>, <sup> and small caps stay in the
  // title, in refnet's spelling of the tags; <span class="nocase">..</span>
  // becomes title_nocase.  In a title with markup, & < > are entities; a
  // title without any ("a < b") is taken as it is.
  static void title(const json& v, Record& r) {
    std::string s = collapse_space(json_text(v));
    std::vector<RichTag> tags = may_have_rich_text(s) ? rich_tags(s) : std::vector<RichTag>();
    if (tags.empty()) {
      r.title = std::move(s);
      return;
    }
    auto append_decoded = [&r](std::string_view part) {
      for (std::size_t i = 0; i < part.size(); ++i) {
        if (part[i] == '&') {
          if (part.compare(i, 5, "&amp;") == 0) { r.title += '&'; i += 4; continue; }
          if (part.compare(i, 4, "&lt;") == 0) { r.title += '<'; i += 3; continue; }
          if (part.compare(i, 4, "&gt;") == 0) { r.title += '>'; i += 3; continue; }
        }
        r.title += part[i];
      }
    };
    std::vector<std::uint32_t> nocase_open;
    std::size_t pos = 0;
    for (const RichTag& t : tags) {
      append_decoded(std::string_view(s).substr(pos, t.begin - pos));
      pos = t.end;
      if (t.kind != Rich::nocase) {
        r.title += t.close ? rich_close_tag(t.kind) : rich_open_tag(t.kind);
      } else if (!t.close) {
        nocase_open.push_back(static_cast<std::uint32_t>(r.title.size()));
      } else {
        Span span{nocase_open.back(), static_cast<std::uint32_t>(r.title.size())};
        nocase_open.pop_back();
        // Nested nocase spans: the outer one holds the inner.
        if (!nocase_open.empty() || span.end <= span.begin) continue;
        while (!r.title_nocase.empty() && r.title_nocase.back().begin >= span.begin) r.title_nocase.pop_back();
        r.title_nocase.push_back(span);
      }
    }
    append_decoded(std::string_view(s).substr(pos));
  }

  static bool is_name_list(const json& v) {
    for (const auto& n : v)
      if (!n.is_object() || !(n.contains("family") || n.contains("literal") || n.contains("given"))) return false;
    return !v.empty();
  }

  static Creator creator(const json& n) {
    Creator c;
    auto get = [&n](const char* k) { return n.contains(k) ? collapse_space(json_text(n[k])) : std::string(); };
    c.family = get("family");
    c.given = get("given");
    c.particle = get("non-dropping-particle");
    std::string dropping = get("dropping-particle");
    if (!dropping.empty()) c.particle = c.particle.empty() ? dropping : dropping + " " + c.particle;
    c.suffix = get("suffix");
    c.literal = get("literal");
    // Crossref's (and refnet's export's) ORCID and affiliations of a name.
    if (n.contains("ORCID")) c.orcid = clean_orcid(get("ORCID"));
    if (n.contains("affiliation") && n["affiliation"].is_array())
      for (const auto& a : n["affiliation"])
        if (std::string name = a.is_object() && a.contains("name") ? collapse_space(json_text(a["name"])) : std::string();
            !name.empty())
          c.affiliations.push_back(std::move(name));
    // Better BibTeX writes a one-field name ("Plato", an institution) as a
    // family alone; it is still a person's family name to CSL.
    if (!c.literal.empty() && !c.family.empty()) c.literal.clear();
    if (c.is_literal() && is_et_al(c.literal)) c.literal = "others";  // {"literal":"et al"}
    organisation_as_literal(c);  // {"family":"World Health Organization","given":""}
    return c;
  }

  void names(const json& v, std::vector<Creator>& to, const std::string& key, Record& r) {
    if (!v.is_array()) {
      warn("CSL '" + key + "' is not a list of names: kept in extra");
      r.add_extra(key, json_extra_text(v));
      return;
    }
    for (const auto& n : v) {
      if (!n.is_object()) {
        warn("a name in CSL '" + key + "' is not an object: kept in extra");
        r.add_extra(key, json_extra_text(n));
        continue;
      }
      Creator c = creator(n);
      if (std::string said = drop_given_titles(c, "CSL " + key); !said.empty()) warn(said);
      if (!c.empty()) to.push_back(std::move(c));
    }
    drop_anonymous_names(r, to, "CSL " + key, diags_, offset_);  // and a leading "et al."
  }

  static void extra_names(const std::string& key, const json& v, Record& r) {
    std::string joined;
    for (const auto& n : v) {
      Creator c = creator(n);
      if (c.empty()) continue;
      if (!joined.empty()) joined += "; ";
      if (c.is_literal()) {
        joined += c.literal;
      } else {
        joined += c.full_family();
        if (!c.given.empty()) joined += ", " + c.given;
        if (!c.suffix.empty()) joined += ", " + c.suffix;
      }
    }
    r.add_extra(key, std::move(joined));
  }

  void issued(const json& v, Record& r) {
    if (std::string y = year_text(v); is_zero_year(y)) {
      warn(zero_year_message("CSL 'issued'", y));
      r.add_extra("issued", json_extra_text(v));
      return;
    }
    if (v.is_string()) {
      r.issued = parse_raw_date(v.get_ref<const std::string&>());
      if (std::string w = free_date_warning("CSL 'issued'", v.get_ref<const std::string&>(), r.issued); !w.empty())
        warn(std::move(w));
      return;
    }
    if (!v.is_object()) {
      warn("CSL 'issued' is neither a date object nor a string: kept in extra");
      r.add_extra("issued", json_extra_text(v));
      return;
    }
    bool whole = true;  // everything the object said is in r.issued
    if (v.contains("date-parts") && v["date-parts"].is_array() && !v["date-parts"].empty() &&
        v["date-parts"][0].is_array()) {
      const json& dp = v["date-parts"];
      const json& first = dp[0];
      if (first.size() >= 1) r.issued.year = year_of_csl(date_part(first[0]));  // Record's years are ISO's
      if (Date packed = packed_date(first); packed.year > 0) {
        // [[20210128]]: the date written as one number (aithurburn/DoPL_and_Spite bibliography.json).
        std::string t = json_text(first[0]);
        warn("CSL 'issued' date-parts [[" + t + "]] is one number of eight digits: read as the date " + t.substr(0, 4) +
             "-" + t.substr(4, 2) + "-" + t.substr(6, 2));
        r.issued = packed;
      }
      if (first.size() >= 2) {
        int m = date_part(first[1]);
        if (m >= 1 && m <= 12) {
          r.issued.month = m;
        } else if (const std::string t = json_text(first[1]); t != "0" && !t.empty()) {
          // [[2013, 31]] (a day where the month goes): no month, said; the
          // object stays in extra as 'issued'.
          warn("CSL 'issued' date-parts month " + t + " is no month: the year alone is read" +
               (first.size() >= 3 ? " (and the day " + json_text(first[2]) + " left out)" : ""));
          whole = false;
        }
      }
      if (first.size() >= 3 && r.issued.month) {
        int d = date_part(first[2]);
        if (d >= 1 && d <= 31) {
          r.issued.day = d;
        } else if (const std::string t = json_text(first[2]); t != "0" && !t.empty()) {
          warn("CSL 'issued' date-parts day " + t + " is no day: left out");
          whole = false;
        }
      }
      // A range: the second date-parts is the end ([[2001, 3], [2001, 5]]).
      bool range_read = false;
      if (dp.size() == 2 && dp[1].is_array() && !dp[1].empty() && r.issued.year > 0) {
        const json& last = dp[1];
        int y = date_part(last[0]);
        int m = last.size() >= 2 ? date_part(last[1]) : 0;
        int d = last.size() >= 3 ? date_part(last[2]) : 0;
        if (y > 0 && last.size() <= 3 && m >= 0 && m <= 12 && d >= 0 && d <= 31 && (m || !d)) {
          r.issued.end_year = y;
          r.issued.end_month = m;
          r.issued.end_day = d;
          range_read = true;
        }
      }
      if ((dp.size() > 1 && !range_read) || first.size() > 3 || (first.size() >= 1 && r.issued.year == 0))
        whole = false;
    } else if (v.contains("raw") || v.contains("literal")) {
      // A literal date is text to print as it is ("2018/ed", "Mar/Apr
      // 2007"): its year is read too, for sorting, keys and BibTeX's year.
      bool literal = !v.contains("raw");
      std::string text = json_text(v[literal ? "literal" : "raw"]);
      r.issued = parse_raw_date(text);
      if (literal && r.issued.year == 0) r.issued = Date{}, r.issued.text = text;
      if (std::string w = free_date_warning(literal ? "CSL 'issued' literal" : "CSL 'issued' raw", text, r.issued); !w.empty())
        warn(std::move(w));
    } else {
      whole = false;
    }
    // CSL's season (1-4, or its name: "season": 3 is autumn), as refnet's
    // CSL-JSON export writes it: the season's name beside the year.
    bool season_read = false;
    if (auto it = v.find("season"); it != v.end() && r.issued.year > 0 && r.issued.month == 0 && !r.issued.is_range() &&
                                    r.issued.text.empty()) {
      std::string t = json_text(*it);
      int code = t.size() == 1 && t[0] >= '1' && t[0] <= '4' ? 20 + (t[0] - '0') : season_code(t);
      if (code) r.issued.text = std::string(season_name(code)), season_read = true;
    }
    for (const auto& [k, x] : v.items())
      if (k != "date-parts" && k != "raw" && k != "literal" && !(k == "season" && season_read)) whole = false;
    if (!whole) r.add_extra("issued", json_extra_text(v));
  }

  // What a CSL date writes for its year: the string, the raw or literal
  // text, or the first of its date-parts.
  static std::string year_text(const json& v) {
    if (v.is_string()) return v.get<std::string>();
    if (!v.is_object()) return {};
    for (const char* k : {"raw", "literal"})
      if (v.contains(k)) return json_text(v[k]);
    if (auto dp = v.find("date-parts"); dp != v.end() && dp->is_array() && !dp->empty() && (*dp)[0].is_array() &&
                                        !(*dp)[0].empty())
      return json_text((*dp)[0][0]);
    return {};
  }

  void doi(const json& v, Record& r) {
    std::string s = json_text(v);
    if (bool listed; auto d = doi_of_field(s, "DOI", diags_, offset_, &listed)) {
      if (listed) r.add_extra("DOI", s);  // a list of identifiers stays as written
      r.doi = std::move(*d);
    } else if (auto sd = normalize_short_doi(s)) {
      r.doi = std::move(*sd);
    } else if (!s.empty()) {
      warn("CSL DOI '" + s + "' is not a DOI" + placeholder_doi_note(s) + ": kept in extra");
      r.add_extra("DOI", s);
    }
  }

  static void pmcid(const json& v, Record& r) {
    std::string s = json_text(v);
    if (all_digits(s)) s = "PMC" + s;
    r.pmcid = std::move(s);
  }

  // CSL 1.0.2's object for what has no variable: refnet's keyword list.
  void custom(const json& v, Record& r) {
    if (!v.is_object()) {
      r.add_extra("custom", json_extra_text(v));
      return;
    }
    json rest = v;
    if (auto it = v.find("keywords"); it != v.end()) {
      bool list = it->is_array() && std::all_of(it->begin(), it->end(), [](const json& k) { return k.is_string(); });
      if (list) {
        custom_keywords_.clear();
        for (const auto& k : *it)
          if (std::string s = collapse_space(json_text(k)); !s.empty()) custom_keywords_.push_back(std::move(s));
        have_custom_keywords_ = true;
        rest.erase("keywords");
      } else {
        warn("custom.keywords is not a list of strings: kept in extra 'custom', `keyword` read instead");
      }
    }
    // refnet's exporter writes the Web of Science UT and the Scopus EID here.
    for (const char* name : {"wos-ut", "scopus-eid"})
      if (auto it = rest.find(name); it != rest.end() && it->is_string()) {
        if (take_accession(r, it->get_ref<const std::string&>(), false) == Accession::filled) rest.erase(name);
        else warn(std::string("custom.") + name + " '" + it->get<std::string>() +
                  "' is not one or disagrees with the record's: kept in extra 'custom'");
      }
    // refnet's exporter writes a Zotero item's URI here (session 61): the
    // item's identity (zotero_item.hpp).
    if (auto it = rest.find("zotero-uri"); it != rest.end() && it->is_string() && !zotero_item_uri(it->get<std::string>()).empty()) {
      r.add_extra("zotero-uri", it->get<std::string>());
      rest.erase("zotero-uri");
    }
    if (!rest.empty()) r.add_extra("custom", json_extra_text(rest));
  }

  static void keywords(const json& v, Record& r) {
    if (v.is_array()) {
      for (const auto& k : v)
        r.add_keyword(collapse_space(json_text(k)));
      return;
    }
    for (const std::string& k : split_list(json_text(v), ",;")) r.add_keyword(collapse_space(k));
  }
};

class Importer {
 public:
  Importer(std::string_view text, Diagnostics& diags, const RecordSink& sink)
      : t_(text), diags_(diags), sink_(sink) {}

  ParseStats run() {
    std::size_t p = 0;
    skip_json_ws(t_, p);
    if (p < t_.size() && t_[p] == '[') {
      array(p);
    } else {
      // One item, or JSON Lines: objects one after another.
      while (p < t_.size()) {
        if (t_[p] != '{') {
          diags_.error(p, "CSL-JSON: expected an item (an object) or an array of items");
          ++stats_.rejected;
          break;
        }
        std::size_t end = json_value_end(t_, p);
        if (end == std::string_view::npos) {
          diags_.error(p, "CSL-JSON item is not closed");
          ++stats_.rejected;
          break;
        }
        item(p, end);
        p = end;
        skip_json_ws(t_, p);
      }
    }
    if (stats_.records == 0 && !non_item_members_.empty())
      diags_.file_error("no CSL-JSON item in the file: JSON objects with the members " + non_item_members_ +
                        ", none of them bibliographic (title, DOI, author, container-title, issued, type)");
    return stats_;
  }

 private:
  std::string_view t_;
  Diagnostics& diags_;
  const RecordSink& sink_;
  ParseStats stats_;
  std::string non_item_members_;  // of the first object that is not an item

  void array(std::size_t p) {
    ++p;  // '['
    for (;;) {
      skip_json_ws(t_, p);
      if (p >= t_.size()) {
        diags_.error(t_.size(), "CSL-JSON array is not closed (no ']')");
        return;
      }
      if (t_[p] == ']') break;
      std::size_t end;
      if (t_[p] == '{' || t_[p] == '[') {
        end = json_value_end(t_, p);
        if (end == std::string_view::npos) {
          diags_.error(p, "CSL-JSON item is not closed");
          ++stats_.rejected;
          return;
        }
        if (t_[p] == '{') item(p, end);
        else not_an_item(p);
      } else {
        end = scalar_end(t_, p);
        not_an_item(p);
      }
      p = end;
      skip_json_ws(t_, p);
      if (p < t_.size() && t_[p] == ',') {
        ++p;
      } else if (p < t_.size() && t_[p] != ']') {
        diags_.error(p, "CSL-JSON: expected ',' or ']' after an item");
        ++stats_.rejected;
        p = scalar_end(t_, p);
        if (p < t_.size() && t_[p] == ',') ++p;
      }
    }
    std::size_t after = p + 1;
    skip_json_ws(t_, after);
    if (after < t_.size()) diags_.warning(after, "text after the CSL-JSON array ignored");
  }

  void not_an_item(std::size_t p) {
    diags_.error(p, "CSL-JSON array element is not an item (an object): skipped");
    ++stats_.rejected;
  }

  void item(std::size_t begin, std::size_t end) {
    std::string_view src = t_.substr(begin, end - begin);
    json j;
    try {
      j = json::parse(src);
    } catch (const json::parse_error& e) {
      std::size_t at = begin + (e.byte > 0 ? e.byte - 1 : 0);
      diags_.error(std::min(at, end - 1), std::string("malformed CSL-JSON item: ") + e.what());
      ++stats_.rejected;
      return;
    }
    // An object with none of the members that make a reference (a list of
    // places, an API dump) is not an item: imported, it would be an empty
    // record.
    static const char* const kBibliographic[] = {"title", "DOI", "author", "editor", "container-title", "issued",
                                                 "type", "URL", "ISBN", "ISSN", "PMID", "PMCID", "publisher",
                                                 "title-short", "collection-title", "event-title"};
    if (j.is_object() && std::none_of(std::begin(kBibliographic), std::end(kBibliographic),
                                      [&j](const char* k) { return j.contains(k); })) {
      if (non_item_members_.empty()) {
        for (const auto& [k, v] : j.items())
          if (non_item_members_.size() < 60) non_item_members_ += (non_item_members_.empty() ? "" : ", ") + k;
        if (non_item_members_.empty()) non_item_members_ = "(none)";
      }
      diags_.error(begin, "not a CSL-JSON item (no title, DOI, author, container-title, issued or type): skipped");
      ++stats_.rejected;
      return;
    }
    Record r;
    ItemMapper(diags_, begin).map(j, r);
    if (std::string said = split_no_pagination(r.volume, r.issue, r.number); !said.empty())
      diags_.report(Severity::note, begin, said);
    set_provenance(r, diags_, kFormat, begin, src);
    ++stats_.records;
    sink_(std::move(r));
  }
};

// The first member name of the object at `p`, or empty.
std::string_view first_key(std::string_view t, std::size_t p) {
  ++p;
  skip_json_ws(t, p);
  if (p >= t.size() || t[p] != '"') return {};
  std::size_t end = t.find('"', p + 1);
  return end == std::string_view::npos ? std::string_view() : t.substr(p + 1, end - p - 1);
}

}  // namespace

ParseStats parse_csl_json(std::string_view text, Diagnostics& diags, const RecordSink& sink) {
  return Importer(text, diags, sink).run();
}

// Crossref's messages open with "status" or "message-type", its works carry
// `indexed`, `member`, `reference-count` and titles as arrays; a CSL item
// has a CSL `type` and a string title.  Only the first item is looked at.
bool looks_like_csl_json(std::string_view t) {
  std::size_t p = 0;
  skip_json_ws(t, p);
  if (p < t.size() && t[p] == '[') {
    ++p;
    skip_json_ws(t, p);
  }
  if (p >= t.size() || t[p] != '{') return false;
  std::string_view key = first_key(t, p);
  if (key == "status" || key == "message-type" || key == "message" || key == "items") return false;
  std::size_t end = json_value_end(t, p);
  if (end == std::string_view::npos) return false;
  json item = json::parse(t.substr(p, end - p), nullptr, false);
  if (!item.is_object() || !item.contains("type") || !item["type"].is_string()) return false;
  for (const char* crossref : {"indexed", "member", "reference-count", "prefix", "message-type"})
    if (item.contains(crossref)) return false;
  if (item.contains("title") && !item["title"].is_string()) return false;
  if (item.contains("container-title") && !item["container-title"].is_string()) return false;
  return is_csl_type(item["type"].get<std::string>()) || item.contains("id");
}

}  // namespace refnet

// Pages and plain text: the article a publisher's page shows, the references
// it lists, and the works its "Cited by" list names.  The fallback importer,
// run when a text holds no structured format (detect.cpp).
//
// Rules (see tests/page_import_test.cpp for the pages they come from):
// - Reference lists are found and cut by reference_sections.cpp; each
//   reference is read by parse_emerald_line when it is an Emerald line, else
//   by parse_reference.
// - The page's own article: its title is the last title-like line (three
//   words or more, no final period) before the first line that says what the
//   page is (an author line, an Abstract heading, a Publisher label, a
//   "Pages 235-256 | Received ..." line); "N. Title" after another title line
//   is a chapter of that book.  Authors come from an "Author:"/"Authors:"
//   label (Emerald's aggregators write "Family Given", glued "ORCID" and all)
//   or from a line right after the title holding "ORCID"/"Search for more
//   papers by this author" residue (publishers write "Given Family"); the
//   residue is removed, and what is left may be no name at all.
// - Without such a line, a page is no article: its reference lists' entries
//   become works of their own.
// - A record without authors, DOI or date gets the extra field `incomplete`
//   ("no authors, no DOI") and a warning.
#include <algorithm>
#include <optional>
#include <regex>
#include <set>

#include "refnet/doi.hpp"
#include "refnet/jats.hpp"
#include "refnet/page_text.hpp"
#include "refnet/names.hpp"
#include "refnet/reference_sections.hpp"
#include "refnet/reference_strings.hpp"
#include "refnet/refparse.hpp"
#include "refnet/refparse_kept.hpp"
#include "refnet/text.hpp"
#include "markdown_page.hpp"
#include "source_string.hpp"

namespace refnet {

namespace {

constexpr std::string_view kFormat = "page";
constexpr std::size_t kFrontMatterLines = 40;
constexpr std::size_t kCueLines = 150;
constexpr std::string_view kOverlayPanel = "Author links open overlay panel";

// A page's DOI line with a button's words glued after the address, as a browser copies ScienceDirect's
// "https://doi.org/10.1016/j.cub.2023.02.067Get rights and content": the line without them (the DOI read
// "10.1016/j.cub.2023.02.067get" before).
std::string_view without_glued_button(std::string_view s) {
  for (std::string_view button : {std::string_view("Get rights and content")})
    if (s.size() > button.size() && ends_with(s, button) && !is_space(s[s.size() - button.size() - 1]))
      return s.substr(0, s.size() - button.size());
  return s;
}

struct PageLine {
  std::size_t offset = 0;
  std::string_view text;  // trimmed
};

std::vector<PageLine> page_lines(std::string_view text, std::size_t begin, std::size_t end) {
  std::vector<PageLine> out;
  std::size_t pos = begin;
  while (pos < end) {
    std::size_t e = text.find('\n', pos);
    if (e == std::string_view::npos || e > end) e = end;
    out.push_back({pos, trim(text.substr(pos, e - pos))});
    pos = e + 1;
  }
  return out;
}

std::size_t word_count(std::string_view s) { return split_words(s).size(); }

// A capital first, ASCII or beyond ("Daniël", "Éric").
bool capital_letter(std::string_view s) {
  return !s.empty() && ((s.front() >= 'A' && s.front() <= 'Z') || static_cast<unsigned char>(s.front()) >= 0xC3);
}

// The page range a label's value opens with: "600-615. https://...", "326 - 343" (Cambridge Core), "1137 - 1149" (IEEE).
std::string page_range(std::string_view v) {
  std::vector<std::string_view> w = split_words(v);
  if (w.size() >= 3 && (w[1] == "-" || w[1] == "\xE2\x80\x93") && is_digit(w[2].front()))
    return std::string(w[0]) + "-" + std::string(w[2]);
  return w.empty() ? std::string() : std::string(w[0]);
}



bool glued_month_source(std::string_view s, Record& r);

// What a reader's eye takes for a title: three words or more, not a
// paragraph, no final period, not a number or a site's button.
bool title_like(std::string_view s) {
  if (s.size() < 12 || s.size() > 300 || word_count(s) < 3 || s.find('\t') != std::string_view::npos) return false;
  // An address ("apacite at gmail.com", "www.example.org"), not a title.
  for (std::string_view site : {".com", ".org", ".net", "@", "www.", "http"})
    if (s.find(site) != std::string_view::npos) return false;
  if (s.back() == '.' || s.back() == ':' || s.back() == ',') return false;
  static const char* const kNotTitles[] = {"crossref citations to date", "log in via your institution",
                                           "people also read", "related research", "open access",
                                           "reprints & permissions", "access and purchase options", "related articles",
                                           "rights and permissions", "explore all metrics", "skip to main content",
                                           "skip to article", "skip to article content", "skip to article information",
                                           // PubMed's page
                                           "free pmc article", "free article", "full text links", "affiliations expand",
                                           "similar articles", "comment in", "display options", "send to",
                                           "skip to main page content", "cited by", "publication types", "mesh terms",
                                           "an official website of the united states government",
                                           "view all authors and affiliations", "cite this article", "get full access to this article",
                                           "intended for healthcare professionals", "research article", "open access"};
  std::string low = ascii_lower(s);
  for (const char* k : kNotTitles)
    if (low == k) return false;
  // "Article publication date: 14 January 2019", "1 Citation (Scopus)": a label and its value, a count.
  if (std::size_t colon = low.find(": "); colon != std::string::npos && colon < 40 &&
      (low.find(" date") < colon || low.compare(0, colon, "issn") == 0 || low.compare(0, colon, "eissn") == 0))
    return false;
  if (starts_with(low, "pmid:") || starts_with(low, "pmcid:") || starts_with(low, "doi:")) return false;
  if (Record probe; glued_month_source(s, probe)) return false;  // "October 2019Government Information Quarterly ..."
  if (s.find(" > ") != std::string_view::npos || s.find(" >") != std::string_view::npos) return false;  // a breadcrumb
  if (ends_with(low, " aims and scope submit manuscript") || ends_with(low, " aims and scope")) return false;
  if ((starts_with(low, "volume ") || starts_with(low, "vol. ")) && low.size() > 7 && is_digit(low[low.find(' ') + 1]))
    return false;  // "Volume 22, pages 233–250, (2022)"
  for (const char* label : {"published", "first published", "last updated", "updated", "posted", "accepted", "received"})
    if (starts_with(low, label) && has_year(low)) return false;  // "Published on October 02, 2020"
  if (is_digit(low[0]) && (low.find(" citation") != std::string::npos || low.find(" accesses") != std::string::npos ||
                           low.find(" views") != std::string::npos || low.find(" downloads") != std::string::npos))
    return false;
  return true;
}

bool abstract_heading(std::string_view s, std::string_view* rest = nullptr) {
  // "Copy link to 4. Innovation management ...Abstract": OECD's anchor, the
  // word glued on.
  if (starts_with(s, "Copy link to ")) return ends_with(s, "Abstract");
  std::string low = ascii_lower(s);
  if (low == "abstract" || low == "summary" || low == "abstract:" || low == "summary:" ||
      low == "abstract and figures")  // ResearchGate
    return true;
  if (istarts_with(s, "abstract:") || istarts_with(s, "summary:")) {
    if (rest) *rest = trim(s.substr(s.find(':') + 1));
    return true;
  }
  return false;
}

// "Author:", "Authors", "By": a label whose names follow.
bool author_label(std::string_view s, std::string_view* rest) {
  // ScienceDirect's button before the names, the names glued on or on the next line.
  if (starts_with(s, kOverlayPanel)) {
    *rest = trim(s.substr(kOverlayPanel.size()));
    return true;
  }
  for (std::string_view label : {"Authors:", "Author:", "Authors", "Author", "By:", "By"}) {
    if (!istarts_with(s, label)) continue;
    std::string_view after = trim(s.substr(label.size()));
    if (label.back() != ':' && !after.empty()) continue;
    *rest = after;
    return true;
  }
  return false;
}

// Residue a page leaves around author names: ORCID links, icons, buttons.
bool has_author_residue(std::string_view s);

// "Aigerim Bekova and Daniel R. Holt", "A. Smith, B. Jones & C. Lee": a
// line of names only (capitalised words and initials joined by ",", "&",
// "and"), as a title line is not ("... Trust in Central Asia").
bool names_like(std::string_view s) {
  std::vector<std::string_view> words = split_words(s);
  if (words.size() < 2 || words.size() > 24) return false;
  bool joined = false;
  for (std::string_view w : words) {
    if (w == "and" || w == "&") {
      joined = true;
      continue;
    }
    if (w.back() == ',' || w.back() == ';') joined = true;
    // An affiliation's mark after a name ("David Moher 1,", "Ines Mergel a,", "J. Smith *").
    std::string_view mark = w;
    while (!mark.empty() && (mark.back() == ',' || mark.back() == ';')) mark.remove_suffix(1);
    if (!mark.empty() && (mark.find_first_not_of("0123456789,*") == std::string_view::npos ||
                          (mark.size() == 1 && mark[0] >= 'a' && mark[0] <= 'z')))
      continue;
    unsigned char c = static_cast<unsigned char>(w.front());
    if (!((c >= 'A' && c <= 'Z') || c >= 0xC3)) return false;
  }
  return joined;
}

// A line a title goes on from: it ends in a word no title ends with ("for
// the", "of", "and") or in ':' or '-'.
bool continues_title(std::string_view s) {
  if (s.empty() || word_count(s) < 2) return false;
  if (s.back() == ':' || s.back() == '-') return true;
  // Three words at least before a small word: a site's button ("Share on") is no title's first line.
  if (word_count(s) < 3) return false;
  std::string last = ascii_lower(split_words(s).back());
  for (const char* w : {"the", "of", "and", "for", "in", "on", "a", "an", "to", "with", "from", "by", "at", "or"})
    if (last == w) return true;
  return false;
}

// "4.1. ", "2. ": a numbered section heading's number.
bool section_number(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && (is_digit(s[i]) || s[i] == '.')) ++i;
  return i >= 2 && s[i - 1] == '.' && is_digit(s[0]) && i < s.size() && s[i] == ' ';
}

// A labelled line that ends an abstract: "Key words: ...", "JEL
// classification: ...", "1. Introduction".  A structured abstract's own
// labels ("Purpose:", "Findings:") do not.
bool ends_abstract(std::string_view s) {
  std::string low = ascii_lower(s);
  for (const char* label : {"key words", "keywords", "jel", "introduction", "1. introduction", "doi", "cite this",
                            "citation", "received", "published", "how to cite", "acknowledg",
                            // a site's paywall and buttons after the abstract (Springer, Wiley, SAGE)
                            "this is a preview of subscription content", "access this article", "log in via",
                            "download pdf", "buy article", "rent this article", "subscribe", "get full access",
                            "purchase pdf", "references", "download references",
                            // PubMed's sections after the abstract
                            "comment in", "similar articles", "publication types", "mesh terms", "cited by",
                            "related information", "linkout", "conflict of interest statement", "figures"})
    if (starts_with(low, label)) return true;
  return false;
}

// A heading after an abstract's paragraph: a word or two, no final punctuation ("Type", "Information"); not a
// structured abstract's label ("Purpose", "Findings", "Originality/value").
bool short_heading(std::string_view s) {
  if (s.size() > 30 || word_count(s) > 2 || !capital_letter(s) || ispunct(static_cast<unsigned char>(s.back())))
    return false;
  std::string low = ascii_lower(s);
  for (const char* label : {"purpose", "design", "findings", "originality", "research limitations", "practical implications",
                            "social implications", "background", "methods", "results", "conclusions", "objective",
                            "objectives", "aims", "context", "introduction", "discussion", "conclusion", "method",
                            "approach", "value", "implications", "limitations", "summary", "setting", "participants"})
    if (starts_with(low, label)) return false;
  return true;
}

std::string strip_residue(std::string_view s) {
  std::string out;
  // SAGE's byline: "Ines Mergel https://orcid.org/0000-... ines.mergel@uni-konstanz.de and Noella Edelmann".
  for (std::string_view w : split_list(std::string(s), " ")) {
    if (w.find("orcid.org") != std::string_view::npos || istarts_with(w, "http") || w.find('@') != std::string_view::npos)
      continue;
    out += (out.empty() ? "" : " ") + std::string(w);
  }
  // ACM's "Authors Info & Claims" and Scopus's "Email Author" glued to the names.
  for (std::string_view junk : {"Search for more papers by this author", "ORCID Icon", "ORCID", "Icon", "(Corresponding author)",
                                "Corresponding author", "Authors Info & Claims", "Email Author"}) {
    std::size_t p;
    while ((p = out.find(junk)) != std::string::npos) out.replace(p, junk.size(), " ");
  }
  return out;
}

// "ORCID Icon, ORCID Icon & ORCID Icon", "Knox ColinORCID,Janenova
// Saltanat": an author line, the residue around its names aside (what is
// left is capitalised names joined by ",", "&", "and", or nothing).
bool has_author_residue(std::string_view s) {
  if (s.find("ORCID") == std::string_view::npos && s.find("Search for more papers by this author") == std::string_view::npos &&
      s.find("orcid.org/") == std::string_view::npos)
    return false;
  std::string rest = strip_residue(s);
  for (char& c : rest)
    if (c == ',' || c == '&') c = ' ';
  std::vector<std::string_view> words = split_words(rest);
  if (words.size() > 24) return false;
  for (std::string_view w : words) {
    unsigned char c = static_cast<unsigned char>(w.front());
    if (w != "and" && !((c >= 'A' && c <= 'Z') || c >= 0xC3)) return false;
  }
  return true;
}

// The names of an author line: separated by ',', ';', '&' or " and ".
std::vector<Creator> author_names(std::string_view line, bool family_first) {
  std::string s = strip_residue(line);
  for (std::string_view sep : {" and ", "&", ";"}) {
    std::size_t p;
    while ((p = s.find(sep)) != std::string::npos) s.replace(p, sep.size(), ",");
  }
  std::vector<Creator> out;
  for (std::string name : split_list(s, ",")) {
    name = std::string(trim(name));
    // "Ines Mergel a", "Jane K. Doe a b", "Wei Zhang 1,2", "J. Smith *": the marks of affiliations and the
    // corresponding author after a name (ScienceDirect, MDPI).
    for (std::string_view w = last_word(name); !w.empty() && w.size() < name.size() &&
                                               ((w.size() == 1 && ((w[0] >= 'a' && w[0] <= 'z') || w[0] == '*')) ||
                                                all_digits(w));
         w = last_word(name))
      name = std::string(trim(std::string_view(name).substr(0, name.size() - w.size())));
    std::vector<std::string_view> words = split_words(name);
    if (words.size() == 1 && (all_digits(words[0]) || words[0] == "*")) continue;  // "1,2", "1,*": the second mark
    if (words.size() >= 2 && is_corporate_name(words)) {  // "PRISMA Group", "The Lancet Commission"
      Creator org;
      org.literal = collapse_space(name);
      out.push_back(std::move(org));
      continue;
    }
    if (words.empty()) continue;
    Creator c;
    if (words.size() == 1) {
      c.family = std::string(words[0]);
    } else if (family_first) {
      c.family = std::string(words[0]);
      for (std::size_t i = 1; i < words.size(); ++i) c.given += (i > 1 ? " " : "") + std::string(words[i]);
    } else {
      // Given first: the particles, suffixes and surnames of names.cpp's rule
      // ("Mark Van Vugt", "John Smith Jr."); the last word when it reads none.
      c = parse_given_first_name(name);
      if (c.family.empty())
        c = parse_ris_name(std::string(words.back()) + ", " + collapse_space(name.substr(0, name.rfind(words.back()))));
    }
    out.push_back(std::move(c));
  }
  return out;
}

// "31 Oct 2023", "15 February 2023", "Oct 31, 2023", "2023-10-31".
Date label_date(std::string_view s) {
  s = trim(s);
  Date d;
  if (s.size() == 10 && s[4] == '-' && s[7] == '-') {
    Record tmp;
    if (parse_emerald_line("x;y;" + std::string(s), tmp)) return tmp.issued;
  }
  std::vector<std::string_view> w = split_words(s);
  // "01 January 2008 Publication History" (ACM): the site's button after the year.
  for (std::size_t i = 1; i + 1 < w.size(); ++i)
    if (w[i].size() == 4 && all_digits(w[i]) && has_year(w[i]) && !is_digit(w[i + 1].front())) {
      w.resize(i + 1);
      s = s.substr(0, static_cast<std::size_t>(w[i].data() + 4 - s.data()));
      break;
    }
  if (w.size() == 3 && w[0].size() <= 2 && std::all_of(w[0].begin(), w[0].end(), is_digit))
    return parse_medline_date(std::string(w[2]) + " " + std::string(w[1]) + " " + std::string(w[0]));
  return parse_medline_date(s);
}

struct Article {
  Record record;
  std::size_t title_offset = 0;
  bool found = false;
};

// The labelled parts of one line: "Pages 235-256 | Received 15 Feb 2023,
// Accepted 27 Sep 2023, Published online: 31 Oct 2023", "Volume 12, Issue 3".
// True when the line held one.
bool read_labelled_parts(std::string_view line, Record& r) {
  bool any = false;
  // "Published: August 30, 2005" (PLOS): a date's comma is no separator of parts.
  static const std::regex kMonthDayYear(
      R"(\b((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*)\.? (\d{1,2}), ((?:19|20)\d\d)\b)");
  std::string parts_text = std::regex_replace(std::string(line), kMonthDayYear, "$2 $1 $3");
  std::replace(parts_text.begin(), parts_text.end(), '|', ',');
  if (istarts_with(trim(line), "Received")) std::replace(parts_text.begin(), parts_text.end(), ';', ',');  // Frontiers
  // MDPI: "Submission received: 12 December 2020 / Revised: ... / Published: 22 February 2021".
  for (std::size_t p; (p = parts_text.find(" / ")) != std::string::npos;) parts_text.replace(p, 3, ", ");
  // "Volume 36, Issue 4, October 2019, 101385" (ScienceDirect): on a
  // volume's line, a date alone is the issue's and a number alone the
  // article's.
  const bool volume_line = istarts_with(trim(line), "Volume ");
  // "Published online by Cambridge University Press:  02 May 2013", "[Submitted on 12 Jun 2017 (v1), last revised
  // ...]" (arXiv), "Date of Publication: 06 June 2016" (IEEE): a date after a label that names more.
  for (std::string_view label : {"Published online by ", "[Submitted on ", "Date of Publication:"})
    if (std::string_view t = trim(line); istarts_with(t, label)) {
      std::string_view rest = t.substr(label.size());
      // Cambridge's names the publisher before the colon.
      std::size_t colon = label == "Published online by " ? rest.find(':') : std::string_view::npos;
      std::string_view when = colon == std::string_view::npos ? rest : rest.substr(colon + 1);
      when = trim(when.substr(0, when.find_first_of("([")));
      Date d = label_date(when);
      if (!d.year) return false;
      if (r.issued.empty()) r.issued = d;
      if (colon != std::string_view::npos && r.publisher.empty()) r.publisher = std::string(trim(rest.substr(0, colon)));
      return true;
    }
  // "Scientific Data volume 3, Article number: 160018 (2016) Cite this article" (Springer Nature): the journal, its
  // volume, the article's number and year, the page's button glued on.
  static const std::regex kNatureLine(
      R"(^(.+?) volume (\d+), (?:Article number: ?(\S+)|pages ([0-9A-Za-z]+(?:-|–)[0-9A-Za-z]+)) \(((?:19|20)\d\d)\)(?: ?Cite this article)?$)");
  std::match_results<std::string_view::const_iterator> m;
  if (std::string_view t = trim(line); std::regex_match(t.begin(), t.end(), m, kNatureLine)) {
    if (r.container_title.empty()) r.container_title = m[1].str();
    if (r.volume.empty()) r.volume = m[2].str();
    if (r.pages.empty()) r.pages = m[3].matched ? m[3].str() : normalize_pages(m[4].str());
    if (!r.issued.year) r.issued.year = std::stoi(m[5].str());
    return true;
  }
  for (std::string_view label : {"Published on ", "First published online ", "Published online "})
    if (std::string_view t = trim(line); istarts_with(t, label)) {
      if (Date d = label_date(t.substr(label.size())); d.year) {
        if (r.issued.empty() || label != "Published on ") r.issued = d;
        return true;
      }
    }
  // "Journal of Public Administration Research and Theory, Volume 18, Issue 4, October 2008, Pages 543–571,
  // https://doi.org/..." (Oxford Academic, Cambridge Core, ACM): a citation line, the journal first.
  std::vector<std::string> parts = split_list(parts_text, ",");
  const bool journal_first = parts.size() >= 2 && !volume_line && istarts_with(trim(parts[1]), "Volume ") &&
                             word_count(parts[0]) >= 2 && !has_year(parts[0]) && capital_letter(trim(parts[0]));
  if (journal_first && r.container_title.empty()) r.container_title = std::string(trim(parts[0]));
  for (std::size_t k = journal_first ? 1 : 0; k < parts.size(); ++k) {
    std::string_view p = trim(parts[k]);
    if (p.size() > 13 && all_digits(p.substr(0, 4)) && istarts_with(p.substr(4), " - Issue ")) {
      r.issue = std::string(trim(p.substr(13))), any = true;  // Taylor & Francis' "Volume 8, 2006 - Issue 3"
      continue;
    }
    // "Journal of Taibah University for Science Volume 9, 2015 - Issue 3" (Taylor & Francis' journal line as html2text
    // writes it, the name and its volume on one line): the journal and its volume.
    if (std::size_t at = p.find(" Volume "); k == 0 && at != std::string_view::npos && parts.size() >= 2 &&
                                            all_digits(trim(p.substr(at + 8))) && !trim(p.substr(at + 8)).empty() &&
                                            istarts_with(trim(parts[1]).substr(std::min<std::size_t>(4, trim(parts[1]).size())), " - Issue ") &&
                                            word_count(p.substr(0, at)) >= 2 && capital_letter(p) && !has_year(p.substr(0, at))) {
      if (r.container_title.empty()) r.container_title = std::string(p.substr(0, at));
      if (r.volume.empty()) r.volume = std::string(trim(p.substr(at + 8)));
      any = true;
      continue;
    }
    if ((volume_line || journal_first) && any && p.find("://") == std::string_view::npos) {
      if (Date d = label_date(p); d.year && !all_digits(p)) {
        if (r.issued.empty()) r.issued = d;
        continue;
      }
      if (volume_line && all_digits(p) && p.size() >= 3 && p.size() <= 9 && r.pages.empty()) {
        r.pages = std::string(p);
        continue;
      }
    }
    auto value_after = [&](std::string_view label) -> std::optional<std::string_view> {
      if (!istarts_with(p, label)) return std::nullopt;
      std::string_view v = trim(p.substr(label.size()));
      if (!v.empty() && v.front() == ':') v = trim(v.substr(1));
      while (!v.empty() && (v.back() == '.' || v.back() == ';')) v.remove_suffix(1);
      if (v.empty()) return std::nullopt;
      return v;
    };
    // "Pages R349-R350" (Current Biology's letter before its numbers), "Pages S12-S19": a page range too.
    if (auto v = value_after("Pages"); v && (is_digit(v->front()) || (v->size() > 1 && is_alpha(v->front()) &&
                                                                      is_digit((*v)[1])))) {
      r.pages = normalize_pages(split_words(*v).size() == 3 ? page_range(*v) : std::string(*v)), any = true;
    } else if (auto v2 = value_after("pp."); v2 && is_digit(v2->front())) {
      r.pages = normalize_pages(page_range(*v2)), any = true;  // "pp. 600-615. https://...", "pp. 326 - 343"
    } else if (auto v17 = value_after("Page(s)"); v17 && is_digit(v17->front())) {
      r.pages = normalize_pages(page_range(*v17)), any = true;  // IEEE's "Page(s): 1137 - 1149"
    } else if (auto v3 = value_after("Published online"); v3 && label_date(*v3).year) {
      r.issued = label_date(*v3), any = true;
    } else if (auto v13 = value_after("Article publication date"); v13 && label_date(*v13).year) {
      r.issued = label_date(*v13), any = true;  // Emerald
    } else if (auto v14 = value_after("Issue publication date"); v14 && label_date(*v14).year) {
      r.add_extra("issue-date", format_date(label_date(*v14))), any = true;
    } else if (auto v15 = value_after("ISSN"); v15 && v15->size() >= 8 && is_digit(v15->front())) {
      r.issn.push_back(std::string(split_words(*v15)[0])), any = true;
    } else if (auto v12 = value_after("Available online"); v12 && label_date(*v12).year) {
      if (r.issued.empty()) r.issued = label_date(*v12);
      any = true;
    } else if (auto v16 = value_after("Published on"); v16 && label_date(*v16).year) {
      if (r.issued.empty()) r.issued = label_date(*v16);
      any = true;
    } else if (auto v4 = value_after("First published"); v4 && label_date(*v4).year) {
      r.issued = label_date(*v4), any = true;
    } else if (auto v5 = value_after("Published"); v5 && label_date(*v5).year) {
      // A full date where only the year was read (MDPI's citation line above "Published: 22 February 2021").
      if (r.issued.empty() || (!r.issued.month && r.issued.year == label_date(*v5).year)) r.issued = label_date(*v5);
      any = true;
    } else if (auto v6 = value_after("Received"); v6 && label_date(*v6).year) {
      r.add_extra("received", format_date(label_date(*v6))), any = true;
    } else if (auto v7 = value_after("Accepted"); v7 && label_date(*v7).year) {
      r.add_extra("accepted", format_date(label_date(*v7))), any = true;
    } else if (auto v8 = value_after("Volume"); v8 && is_digit(v8->front())) {
      // "Volume 4 - 2013" (Frontiers): the volume, then its year.
      r.volume = std::string(trim(v8->substr(0, v8->find(" - ")))), any = true;
    } else if (std::size_t at = p.find("Volume "); at != std::string_view::npos && at > 0 && at < 20 &&
                                                   (p[at - 1] >= 'a' && p[at - 1] <= 'z') &&
                                                   p.substr(0, at).find(' ') == std::string_view::npos &&
                                                   at + 7 < p.size() && is_digit(p[at + 7]) &&
                                                   all_digits(trim(p.substr(at + 7)))) {
      r.volume = std::string(trim(p.substr(at + 7))), any = true;  // "ArticleVolume 35" (Cell Press: the type glued)
    } else if (auto v9 = value_after("Vol."); v9 && is_digit(v9->front())) {
      r.volume = std::string(split_words(*v9)[0]), any = true;
    } else if (auto v10 = value_after("Issue"); v10 && is_digit(v10->front())) {
      // "Issue 4 p. 445-456" (Wiley): the pages after the issue's number.
      std::string_view issue = *v10, pages;
      if (std::size_t p2 = issue.find(" p"); p2 != std::string_view::npos) {
        pages = trim(issue.substr(p2 + 1));
        for (std::string_view w : {"pp.", "p.", "pp", "p"})
          if (starts_with(pages, w)) {
            pages = trim(pages.substr(w.size()));
            break;
          }
        issue = trim(issue.substr(0, p2));
      }
      // "Issue 11p2597-2613.e7June 09, 2025" (Cell Press: its parts glued, and a crawler's link residue
      // "X0012-3)" after the number): the issue is its number; the pages after "p", the date as the line writes it.
      std::size_t n = 0;
      while (n < issue.size() && (is_digit(issue[n]) || ((issue[n] == '-' || issue[n] == '/') && n + 1 < issue.size() &&
                                                         is_digit(issue[n + 1]))))
        ++n;
      if (n < issue.size() && !is_space(issue[n])) {
        issue = issue.substr(0, n);
        static const std::regex kGluedPages(R"(\d[A-Za-z)]*p(\d+[-–]\d+(?:\.e\d+)?))");
        std::match_results<std::string_view::const_iterator> g;
        const std::string_view original = trim(line);
        if (r.pages.empty() && std::regex_search(original.begin(), original.end(), g, kGluedPages))
          r.pages = normalize_pages(g[1].str());
        // The month glued to the pages' last digit: no word's edge before it.
        static const std::regex kGluedDate(
            R"(((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*)\.? (\d{1,2}), ((?:19|20)\d\d)\b)");
        if (r.issued.empty() && std::regex_search(original.begin(), original.end(), g, kGluedDate))
          r.issued = label_date(g[2].str() + " " + g[1].str() + " " + g[3].str());
      }
      r.issue = std::string(issue), any = true;
      if (!pages.empty() && is_digit(pages.front()) && r.pages.empty()) r.pages = normalize_pages(pages);
    } else if (auto v11 = value_after("No."); v11 && is_digit(v11->front()) && !r.volume.empty()) {
      r.issue = std::string(*v11), any = true;
    }
  }
  return any;
}

// A heading or label before the page's own citation: "Cite this article",
// "Citation", "How to cite", "Please cite this publication as:", "To cite
// this article:"; `after` the text after its colon, if any.
bool citation_heading(std::string_view s, std::string_view& after) {
  for (std::string_view h : {"Cite this article", "Cite this paper", "Cite this chapter", "Citation", "How to cite",
                             "How to cite this article", "Please cite this publication as", "Please cite this article as",
                             "Please cite this chapter as", "To cite this article", "Cite as"}) {
    if (!istarts_with(s, h)) continue;
    std::string_view rest = trim(s.substr(h.size()));
    if (rest.empty()) {
      after = rest;
      return true;
    }
    if (rest.front() == ':') {
      after = trim(rest.substr(1));
      return true;
    }
  }
  return false;
}

bool is_lower_ascii_letter(char c) { return c >= 'a' && c <= 'z'; }

// A research portal's (Elsevier Pure) labels glued to their values:
// "JournalInternational Review of Administrative Sciences", "Publication
// statusPublished - Mar 15 2020", "Original languageEnglish", "Pages
// (from-to)45-60", "Volume12", "Issue number3", "Research output: Contribution
// to journalArticle".  True when the line was one.
bool pure_label(std::string_view s, Record& r) {
  auto value = [&](std::string_view label) -> std::optional<std::string_view> {
    if (!starts_with(s, label) || s.size() <= label.size()) return std::nullopt;
    std::string_view v = s.substr(label.size());
    // The value starts with a capital or a digit, glued on ("Volume12"), not a word going on ("Journals").
    if (!(is_digit(v.front()) || (v.front() >= 'A' && v.front() <= 'Z') || (unsigned char)v.front() >= 0xC3))
      return std::nullopt;
    return trim(v);
  };
  if (auto v = value("Research output: ")) {
    std::string low = ascii_lower(*v);
    if (low.find("contribution to journal") != std::string::npos) r.type = "article-journal";
    else if (low.find("chapter") != std::string::npos) r.type = "chapter";
    else if (low.find("conference") != std::string::npos) r.type = "paper-conference";
    else if (low.find("book") != std::string::npos || low.find("report") != std::string::npos)
      r.type = low.find("report") != std::string::npos ? "report" : "book";
    return true;
  }
  if (auto v = value("Journal"); v && r.container_title.empty() && !v->empty()) {
    r.container_title = std::string(*v);
    return true;
  }
  if (auto v = value("Publication status"); v && !r.issued.year) {
    if (std::size_t dash = v->rfind(" - "); dash != std::string_view::npos) {
      Date d = label_date(v->substr(dash + 3));
      if (d.year) r.issued = d;
      std::string_view status = trim(v->substr(0, dash));
      if (status != "Published") r.add_extra("status", std::string(status));
    }
    return true;
  }
  if (auto v = value("Original language"); v && r.language.empty()) {
    r.language = std::string(*v);
    return true;
  }
  if (auto v = value("Pages (from-to)"); v && r.pages.empty() && is_digit(v->front())) {
    r.pages = normalize_pages(*v);
    return true;
  }
  if (auto v = value("Issue number"); v && r.issue.empty()) {
    r.issue = std::string(*v);
    return true;
  }
  if (auto v = value("Article number"); v && r.pages.empty()) {
    r.pages = std::string(*v);
    return true;
  }
  if (auto v = value("Volume"); v && r.volume.empty() && is_digit(v->front())) {
    r.volume = std::string(*v);
    return true;
  }
  return false;
}

// MDPI's line under the names: "Sustainability 2021, 13(4), 1234;
// https://doi.org/10.3390/su13041234" (journal, year, volume(issue), article
// number, DOI).  True when the line was one.
bool mdpi_citation(std::string_view s, Record& r) {
  static const std::regex kLine(R"(^(.+?) ((?:19|20)\d\d), (\d+)(?:\(([^)]+)\))?, ([A-Za-z]?\d+(?:-\d+)?); *(\S+)$)");
  std::match_results<std::string_view::const_iterator> m;
  if (!std::regex_match(s.begin(), s.end(), m, kLine)) return false;
  auto doi = find_doi(std::string_view(&*m[6].first, static_cast<std::size_t>(m[6].length())));
  if (!doi) return false;
  if (r.container_title.empty()) r.container_title = m[1].str();
  if (!r.issued.year) r.issued.year = std::stoi(m[2].str());
  if (r.volume.empty()) r.volume = m[3].str();
  if (r.issue.empty() && m[4].matched) r.issue = m[4].str();
  if (r.pages.empty()) r.pages = m[5].str();
  if (r.doi.empty()) r.doi = *doi;
  return true;
}

// "New Series, Vol. 162, No. 3859 (Dec. 13, 1968), pp. 1243-1248 (6 pages)" (JSTOR): volume, issue, date, pages.
// True when the line was one.
// arXiv's stamp on its papers (the PDF's margin, the HTML paper's head): "arXiv:2402.12506v1 [math.DS] 19 Feb 2024".
// The record becomes a preprint of arXiv with that identifier (its version left out), of that day unless dated.
bool arxiv_stamp(std::string_view s, Record& r) {
  std::vector<std::string_view> w = split_words(trim(s));
  if (w.size() != 5 || !starts_with(w[0], "arXiv:") || w[1].size() < 3 || w[1].front() != '[' || w[1].back() != ']')
    return false;
  std::string_view id = w[0].substr(6);
  const std::size_t dot = id.find('.');
  if (dot != 4 || !all_digits(id.substr(0, 4))) return false;
  std::size_t e = dot + 1;
  while (e < id.size() && is_digit(id[e])) ++e;
  if (e - dot - 1 < 4 || e - dot - 1 > 5 || (e < id.size() && id[e] != 'v')) return false;
  const Date day = label_date(std::string(w[2]) + " " + std::string(w[3]) + " " + std::string(w[4]));
  if (!day.year) return false;
  r.type = "article";
  if (r.number.empty()) r.number = "arXiv:" + std::string(id.substr(0, e));
  if (r.publisher.empty()) r.publisher = "arXiv";
  if (r.issued.empty()) r.issued = day;
  return true;
}

bool jstor_source(std::string_view s, Record& r) {
  static const std::regex kLine(
      R"(^(?:.*?, )?Vol\. ([^,]+), No\. ([^ ,]+) \(([^)]+)\), pp\. ([0-9A-Za-z]+(?:-[0-9A-Za-z]+)?)(?: \(\d+ pages?\))?$)");
  std::match_results<std::string_view::const_iterator> m;
  if (!std::regex_match(s.begin(), s.end(), m, kLine)) return false;
  if (r.volume.empty()) r.volume = m[1].str();
  if (r.issue.empty()) r.issue = m[2].str();
  std::string when = m[3].str();
  when.erase(std::remove(when.begin(), when.end(), '.'), when.end());  // "Dec. 13, 1968"
  if (Date d = label_date(when); d.year && r.issued.empty()) r.issued = d;
  if (r.pages.empty()) r.pages = normalize_pages(m[4].str());
  return true;
}

// "October 2019Government Information Quarterly 36(4):101385" (ResearchGate): the month and year, the journal glued
// on, its volume(issue):pages.  True when the line was one.
bool glued_month_source(std::string_view s, Record& r) {
  static const std::regex kLine(
      R"(^((?:January|February|March|April|May|June|July|August|September|October|November|December) (?:19|20)\d\d)([A-Z].*?)(?: (\d+)(?:\(([^)]+)\))?(?::([0-9A-Za-z]+(?:-[0-9A-Za-z]+)?))?)?$)");
  std::match_results<std::string_view::const_iterator> m;
  if (!std::regex_match(s.begin(), s.end(), m, kLine)) return false;
  if (!r.issued.year) r.issued = label_date(m[1].str());
  if (r.container_title.empty()) r.container_title = std::string(trim(m[2].str()));
  if (r.volume.empty() && m[3].matched) r.volume = m[3].str();
  if (r.issue.empty() && m[4].matched) r.issue = m[4].str();
  if (r.pages.empty() && m[5].matched) r.pages = normalize_pages(m[5].str());
  return true;
}

// "Published in: IEEE Transactions on Pattern Analysis and Machine Intelligence ( Volume: 39, Issue: 6, 01 June
// 2017)" (IEEE), "Published in Computer Vision and Pattern… 10 December 2015" (Semantic Scholar): the venue, its
// volume and issue, the date.  A venue the site cut ("…") is no journal's name: left out, and said.
bool published_in(std::string_view s, Record& r, Diagnostics& diags, std::size_t offset) {
  if (!istarts_with(s, "Published in ") && !istarts_with(s, "Published in:")) return false;
  std::string_view v = trim(s.substr(12));
  if (!v.empty() && v.front() == ':') v = trim(v.substr(1));
  std::string_view venue = v, inner;
  if (std::size_t open = v.find(" ("); open != std::string_view::npos && v.back() == ')') {
    venue = trim(v.substr(0, open));
    inner = v.substr(open + 2, v.size() - open - 3);
  } else {
    // A date at the end: its last three words ("10 December 2015") or two ("December 2015").
    std::vector<std::string_view> w = split_words(v);
    for (std::size_t n : {3, 2})
      if (w.size() > n) {
        std::string_view tail = v.substr(static_cast<std::size_t>(w[w.size() - n].data() - v.data()));
        if (Date d = label_date(tail); d.year) {
          if (r.issued.empty()) r.issued = d;
          venue = trim(v.substr(0, v.size() - tail.size()));
          break;
        }
      }
  }
  for (const std::string& part : split_list(inner, ",")) {
    std::string_view p = trim(part);
    auto after = [&](std::string_view label) {
      return istarts_with(p, label) ? trim(trim(p.substr(label.size())).substr(1)) : std::string_view();
    };
    if (std::string_view vol = after("Volume"); !vol.empty() && r.volume.empty()) r.volume = std::string(vol);
    else if (std::string_view iss = after("Issue"); !iss.empty() && r.issue.empty()) r.issue = std::string(iss);
    else if (Date d = label_date(p); d.year && r.issued.empty()) r.issued = d;
  }
  if (ends_with(venue, "\xE2\x80\xA6") || ends_with(venue, "...")) {
    r.add_extra("venue-as-shown", std::string(venue));
    diags.warning(offset, "the page cut the venue's name (\"" + std::string(venue) +
                              "\"): not taken as the journal, kept in the field [venue-as-shown]");
  } else if (r.container_title.empty() && !venue.empty()) {
    r.container_title = std::string(venue);
  }
  return true;
}

// A word of a person's name: capitalised ("Daniël", "IJsbrand", "O'Brien"), initials ("P.", "JPA"), a particle ("da",
// "van"); not a word of a site's headings and buttons ("Journal Information", "Related Research").
bool name_word(std::string_view w) {
  static const char* const kNotNames[] = {
      "Abstract", "Access",   "Article",  "Articles",   "Author",    "Authors",  "Cite",       "Citation", "Citations",
      "Data",     "Download", "Figures",  "Full",       "History",   "Home",     "Information", "Issue",   "Journal",
      "Journals", "Log",      "Login",    "Menu",       "Metrics",   "More",     "Notes",      "Open",     "PDF",
      "Publisher", "Read",    "References", "Related",  "Research",  "Review",   "Rights",     "Search",   "Share",
      "Sign",     "Text",     "The",      "University", "Usage",     "View",     "Volume",     "Department", "Institute",
      "Science",  "Online",   "Advanced", "Browse",     "Tools",     "Help",     "Cart",       "Contents", "Permissions",
      // a title's small words, capitalised ("Attention Is All You Need")
      "A", "An", "All", "And", "Are", "As", "At", "Be", "By", "For", "From", "How", "If", "In", "Into", "Is", "It", "Not",
      "Of", "On", "Or", "Our", "To", "We", "What", "When", "Why", "With", "You", "Your", "New", "Towards", "Toward"};
  if (w.empty()) return false;
  for (const char* k : kNotNames)
    if (w == k) return false;
  // A word with a final period is an initial ("P."), not an abbreviation ("Sec.", "Front.").
  if (w.back() == '.' && !is_initials(w) && !is_name_suffix(w)) return false;
  return capital_letter(w) || is_name_particle(w);
}

// The marks a byline puts after a name: "Daniël Lakens*", "Jane Doe 1,2", "Mark†".
std::string_view without_marks(std::string_view s) {
  s = trim(s);
  while (!s.empty() && (s.back() == '*' || s.back() == ',' || is_digit(s.back()))) s = trim(s.substr(0, s.size() - 1));
  for (std::string_view dagger : {"\xE2\x80\xA0", "\xE2\x80\xA1"})
    while (ends_with(s, dagger)) s = trim(s.substr(0, s.size() - dagger.size()));
  return s;
}

// One person's name alone on a line, given name first: "Garrett Hardin", "John P. A. Ioannidis", "Daniël Lakens*".
bool person_name(std::string_view s) {
  s = without_marks(s);
  std::vector<std::string_view> w = split_words(s);
  if (w.size() < 2 || w.size() > 5 || s.find_first_of(",;:()0123456789@/|") != std::string_view::npos) return false;
  if (!capital_letter(w.back()) || w.back().size() < 2 || w.back().back() == '.') return false;
  return std::all_of(w.begin(), w.end(), name_word);
}

// What a site puts right after a byline: its authors panel's buttons ("Show author details", "Author Notes",
// "All Authors", the "x" closing it), a labelled line, a DOI, an abstract's heading or its paragraph.
bool byline_button(std::string_view s) {
  for (std::string_view b : {"Show author details", "Author Notes", "All Authors", "x", "View all authors and affiliations",
                             "Author information", "Affiliations"})
    if (iequals(s, b)) return true;
  return false;
}

// "Human Technology Interaction Group, Eindhoven University of Technology, Eindhoven, Netherlands".
bool affiliation(std::string_view s) {
  for (std::string_view w : {"University", "Universit", "Institute", "Department", "College", "School of", "Hospital",
                             "Laboratory", "Centre", "Center for"})
    if (s.find(w) != std::string_view::npos) return true;
  return false;
}

bool after_byline(std::string_view s) {
  if (byline_button(s)) return true;
  Record probe;
  return abstract_heading(s) || labelled_doi(s) || read_labelled_parts(s, probe) || (s.size() >= 150 && s.back() == '.') ||
         istarts_with(s, "Published") || s.find("Cite this article") != std::string_view::npos;
}

// A page's title and the byline under it (a date line may stand between, as Cambridge Core's "Published online by
// ...: 02 May 2013"): names joined by ",", ";", "and" on one line or one a line ("GARY KING ," / "JENNIFER PAN and" /
// "MARGARET E. ROBERTS"), a person alone, Scopus's "Meijer, A.a  Email Author, Bolívar, M.P.R.b"; confirmed by what
// follows it (after_byline).  Lines an author label or ORCID residue opens are find_article's own cues.
struct Byline {
  std::size_t title = 0, first = 0, last = 0;
  std::string names;
  bool cards = false;  // every name opens a card of its own (card_byline): its lines are no front matter
};

// The line that closes an author's card: PubMed Central's "Find articles by Jeanmaire Molina", Cell Press's "Search
// for articles by this author", Wiley's "Search for more papers by this author", Taylor & Francis' "View further
// author information" (glued to the affiliation before it when a crawler writes the hidden card out).  `name`: the
// name the line gives, if any.
bool card_end(std::string_view s, std::string_view* name) {
  *name = {};
  if (istarts_with(s, "Find articles by ") && s.size() > 17) {
    *name = trim(s.substr(17));
    return true;
  }
  return iequals(s, "Search for articles by this author") || iequals(s, "Search for more papers by this author") ||
         ends_with(s, "View further author information");
}

// "M.D. D'EmicAnatomical Sciences Department, ...": a name with its card's affiliation glued on (Taylor & Francis'
// hidden card, written out): the name before the first small letter a capital follows with no space, where the
// word after it is whole ("J. MacDonaldAnatomical ...": not "J. Mac").
std::string_view name_before_glue(std::string_view s) {
  for (std::size_t i = 1; i < s.size(); ++i) {
    if (!is_lower_ascii_letter(s[i - 1]) || s[i] < 'A' || s[i] > 'Z') continue;
    std::string_view rest = s.substr(i);
    std::string_view word = rest.substr(0, rest.find_first_of(" ,;"));
    bool glued_again = false;
    for (std::size_t k = 1; k < word.size(); ++k) glued_again = glued_again || (is_lower_ascii_letter(word[k - 1]) && word[k] >= 'A' && word[k] <= 'Z');
    if (!glued_again && person_name(s.substr(0, i))) return s.substr(0, i);
  }
  return {};
}

// A card's name: what its closing line gives ("Find articles by P Martin Sander"), else its first line that is a
// person's name, an ORCID iD after it taken off ("Stephen F. Poropat 0000-0002-4909-1666"), else the name its first
// line opens with, an affiliation glued on.
std::string card_name(const std::vector<PageLine>& lines, std::size_t from, std::size_t end) {
  std::string_view given;
  card_end(lines[end].text, &given);
  if (person_name(given)) return std::string(given);
  for (std::size_t i = from; i <= end; ++i) {
    std::string_view t = lines[i].text;
    std::vector<std::string_view> words = split_words(t);
    if (words.size() >= 3 && words.back().size() == 19 && words.back()[4] == '-' && words.back()[9] == '-' &&
        all_digits(words.back().substr(0, 4)))
      t = trim(t.substr(0, t.size() - words.back().size()));
    if (ends_with(t, ",")) t = trim(t.substr(0, t.size() - 1));  // Wiley's "Jeanmaire Molina, "
    if (person_name(t)) return std::string(t);
  }
  for (std::size_t i = from; i <= end; ++i)
    if (!lines[i].text.empty() && lines[i].text != "&") return std::string(name_before_glue(lines[i].text));
  return {};
}

// A byline whose every name opens its card (the affiliations, the links to the author's other articles) and whose
// next name follows the card's closing line after the marks of the one before ("1,2,*, Khaled M Hazzouri",
// "1,2,13 steve.poropat@curtin.edu.au ∙ Anne-Marie P. Tosolini", "&"): PubMed Central, Cell Press, a crawled Taylor
// & Francis page.  Read one name a card; the first card must close within 16 lines of the title.
std::optional<Byline> card_byline(const std::vector<PageLine>& lines, std::size_t t) {
  Byline by{t, t + 1, t, "", true};
  bool copy = false;
  for (std::size_t from = t + 1; from < lines.size();) {
    std::size_t end = from;
    std::string_view ignored;
    while (end < lines.size() && end < from + 16 && !card_end(lines[end].text, &ignored)) ++end;
    if (end >= lines.size() || end >= from + 16) break;
    std::string name = card_name(lines, from, end);
    // The name opens its card: the title's next line starts with it; a later card's first or second line holds it
    // after the marks of the name before ("1,*, P Martin Sander", "&" / "J.R. FosterMuseum of Moab, ...").
    std::size_t first = from;
    while (first < end && lines[first].text.empty()) ++first;
    std::size_t second = first + 1;
    while (second < end && lines[second].text.empty()) ++second;
    const bool opens = !name.empty() && (by.names.empty() ? starts_with(lines[first].text, name)
                                                          : lines[first].text.find(name) != std::string_view::npos ||
                                                                (second <= end && lines[second].text.find(name) !=
                                                                                      std::string_view::npos));
    if (!opens) break;
    // Wiley writes its cards twice (the byline, then the authors' panel): the list starting over is its copy, read
    // past (the front matter follows it) and not again.
    if (!by.names.empty() && by.names.compare(0, name.size() + 1, name + ",") == 0) copy = true;
    if (!copy) by.names += (by.names.empty() ? "" : ", ") + name;
    by.last = end;
    from = end + 1;
  }
  if (by.names.empty()) return std::nullopt;
  return by;
}

// `hint`: the page's own heading (markdown_title_offset), the title to try first and alone.
std::optional<Byline> find_byline(const std::vector<PageLine>& lines, std::size_t hint) {
  auto next = [&](std::size_t i) {
    for (++i; i < lines.size() && lines[i].text.empty();) ++i;
    return i;
  };
  const bool hinted = hint < lines.size();
  for (std::size_t t = hinted ? hint : 0; t < lines.size() && (hinted || t < kCueLines); ++t) {
    if (hinted && t != hint) break;
    if (title_like(lines[t].text))
      if (auto cards = card_byline(lines, t)) return cards;
    std::string_view label_rest;
    if (!title_like(lines[t].text) || person_name(lines[t].text) || author_label(lines[t].text, &label_rest) ||
        affiliation(lines[t].text))
      continue;
    std::size_t j = next(t);
    Record probe;
    for (int skip = 0; skip < 2 && j < lines.size() && read_labelled_parts(lines[j].text, probe); ++skip) j = next(j);
    if (j >= lines.size()) break;
    std::string_view rest;
    if (author_label(lines[j].text, &rest) || has_author_residue(lines[j].text)) continue;
    std::string joined = collapse_space(strip_residue(lines[j].text));
    std::size_t k = j;
    // A byline one name a line (a web clipper's list items): "Rubén D. Martínez10 &", "…", "Fernando E. Novas11".
    auto ellipsis = [](std::string_view t) { return t == "\xE2\x80\xA6" || t == "..."; };
    while ((ends_with(joined, ",") || ends_with(joined, " and") || ends_with(joined, " &") ||
            ellipsis(last_word(joined))) &&
           next(k) < lines.size() && next(k) <= k + 2 &&
           (person_name(lines[next(k)].text) || names_like(lines[next(k)].text) || ellipsis(lines[next(k)].text))) {
      k = next(k);
      joined += " " + collapse_space(strip_residue(lines[k].text));
    }
    // "GARY KING ,": the comma its own word.
    for (std::size_t p; (p = joined.find(" ,")) != std::string::npos;) joined.erase(p, 1);
    std::string shown = joined;
    for (std::string_view ell : {"\xE2\x80\xA6", "..."})
      for (std::size_t p; (p = shown.find(ell)) != std::string::npos;) shown.replace(p, ell.size(), ",");
    // "Luiz Bonino da Silva Santos": a name's particles in small letters.
    std::string capitals;
    for (std::string_view w : split_words(shown))
      if (!is_name_particle(w)) capitals += (capitals.empty() ? "" : " ") + std::string(w);
    // A long list (Nature's ten names and the last): every piece a person's name.
    std::vector<std::string> pieces = split_list(shown, ",;&");
    bool persons = !pieces.empty();
    for (const std::string& piece : pieces) {
      std::string_view n = trim(piece);
      if (starts_with(n, "and ")) n = trim(n.substr(4));
      persons = persons && (n.empty() || person_name(n));
    }
    const bool list = names_like(capitals) || (persons && pieces.size() >= 2);
    if (!(list || person_name(shown)) || has_year(shown)) continue;
    // A name alone ("Garrett Hardin") reads like many a site's line ("Original Paper", "Telecommunications Policy"):
    // only a mark after it ("Daniël Lakens*"), the authors panel's button, an affiliation or a journal's volume line
    // under it says it is one.
    bool confirmed = false;
    // A mark glued to the name: "Daniël Lakens*", "Mark Smith1" ("Public Full-text 1" is a count).
    std::string_view bare = trim(shown);
    std::size_t before_digits = bare.find_last_not_of("0123456789,");
    const bool marked = !bare.empty() && (bare.back() == '*' || ends_with(bare, "\xE2\x80\xA0") ||
                                          (is_digit(bare.back()) && before_digits != std::string_view::npos &&
                                           is_alpha(bare[before_digits])));
    // "Stephen P. Osborne": an initial inside says a person too.
    std::vector<std::string_view> words = split_words(shown);
    const bool initial = words.size() >= 3 && std::any_of(words.begin() + 1, words.end() - 1, [](std::string_view w) {
      return w.size() <= 3 && w.back() == '.' && is_initials(w);
    });
    // Under the page's own heading, the abstract's heading right after a name whose first word is a given name
    // ("# On the monograph ..." / "Melvin Yeung" / "###### Abstract": arXiv's HTML paper).
    const bool given_first = hinted && !words.empty() && refparse::given_name_word(words.front());
    for (std::size_t c = next(k), n = 0; c < lines.size() && n < 4 && !confirmed; c = next(c), ++n) {
      Record probe;
      confirmed = list || initial ? after_byline(lines[c].text)
                       : marked || byline_button(lines[c].text) || affiliation(lines[c].text) ||
                             (given_first && n == 0 && abstract_heading(lines[c].text)) ||
                             // Taylor & Francis' "Pages 377-387 | Published online: 18 Feb 2007"
                             (istarts_with(lines[c].text, "Pages ") && lines[c].text.find(" | ") != std::string_view::npos) ||
                             (n < 2 && jstor_source(lines[c].text, probe));
    }
    if (confirmed) return Byline{t, j, k, joined};
  }
  return std::nullopt;
}

// The names of a byline: given name first, or Scopus's "Family, I." pairs with an affiliation's letter glued on
// ("Meijer, A.a, Bolívar, M.P.R.b"); a list the page cut ("…") read as far as it goes, and said.
std::vector<Creator> byline_names(std::string names, Diagnostics& diags, std::size_t offset) {
  bool cut = false;
  for (std::string_view ell : {"\xE2\x80\xA6", "..."})
    for (std::size_t p; (p = names.find(ell)) != std::string::npos;) names.replace(p, ell.size(), ","), cut = true;
  if (cut) diags.warning(offset, "the page shows only some of the article's authors (\"\xE2\x80\xA6\"): only those are read");
  std::vector<std::string> pieces;
  std::string cleaned;
  for (std::string& piece : split_list(names, ",&")) {
    piece = std::string(without_marks(piece));  // "Daniël Lakens*"
    cleaned += (cleaned.empty() ? "" : ", ") + piece;
    // "A.a", "M.P.R.b": dotted initials, an affiliation's small letter after the last dot.
    if (piece.size() >= 3 && is_lower_ascii_letter(piece.back()) && piece[piece.size() - 2] == '.' &&
        is_initials(piece.substr(0, piece.size() - 1)))
      piece.pop_back();
    pieces.push_back(std::move(piece));
  }
  std::vector<std::string> pairs = pair_family_initials(pieces);
  if (pairs.empty()) return author_names(cleaned, false);
  std::vector<Creator> out;
  for (const std::string& p : pairs) out.push_back(parse_ris_name(p));
  return out;
}

// Above a title its byline confirmed, the nearest labelled lines: the journal's name over "Volume 8, 2006 - Issue 3"
// (Taylor & Francis) or "Volume 82, Issue 2, 1 June 2016, Pages 392-408" (Scopus), "Volume 4 - 2013 |
// https://doi.org/..." (Frontiers), "DOI: 10.1109/CVPR.2016.90" (Semantic Scholar).  A field the front matter under
// the title gives wins over these.
void read_above_title(const std::vector<PageLine>& lines, std::size_t title_at, Record& r, Diagnostics& diags) {
  Record above;
  for (std::size_t i = title_at, n = 0; i-- > 0 && n < 12;) {
    std::string_view t = lines[i].text;
    if (t.empty()) continue;
    ++n;
    if (above.doi.empty())
      if (auto d = labelled_doi_said(without_glued_button(t), "DOI line", diags, lines[i].offset)) {
        above.doi = *d;
        continue;
      }
    Record probe;
    if (!read_labelled_parts(t, probe)) continue;
    if (above.doi.empty() && t.find("doi.org/") != std::string_view::npos)
      if (auto d = doi_in_url(t.substr(t.find("doi.org/")), "DOI", diags, lines[i].offset + t.find("doi.org/")))
        above.doi = *d;
    if (istarts_with(t, "Volume ") && above.container_title.empty())
      for (std::size_t j = i; j-- > 0;)
        if (!lines[j].text.empty()) {
          if (word_count(lines[j].text) >= 2 && !read_labelled_parts(lines[j].text, probe))
            above.container_title = std::string(lines[j].text);
          // "Historical Biology" / "An International Journal of Paleobiology" / "Volume 28, 2016 - Issue 4" (Taylor
          // & Francis): the journal's subtitle under its name; the name is the journal's.
          if ((starts_with(lines[j].text, "An ") || starts_with(lines[j].text, "A ")) &&
              lines[j].text.find("Journal") != std::string_view::npos)
            for (std::size_t k = j; k-- > 0;)
              if (!lines[k].text.empty()) {
                if (capital_letter(lines[k].text) && word_count(lines[k].text) <= 8 && !has_year(lines[k].text) &&
                    !read_labelled_parts(lines[k].text, probe))
                  above.container_title = std::string(lines[k].text);
                break;
              }
          break;
        }
    for (auto field : {&Record::volume, &Record::issue, &Record::pages, &Record::container_title})
      if ((above.*field).empty()) above.*field = probe.*field;
    if (above.issued.empty()) above.issued = probe.issued;
  }
  for (auto field : {&Record::volume, &Record::issue, &Record::pages, &Record::doi, &Record::container_title})
    if ((r.*field).empty()) r.*field = above.*field;
  if (r.issued.empty()) r.issued = above.issued;
}

// "Abstract" in a page's outline ("Abstract" / "Introduction" / "Section snippets" / "References (52)", ScienceDirect's
// "Article preview" above the title): an entry of a menu, not the heading of the article's abstract, which a
// paragraph follows (or a structured abstract's "Background" and its paragraph).
bool menu_entry(const std::vector<PageLine>& lines, std::size_t i) {
  auto short_line = [&](std::size_t j) {
    return j < lines.size() && !lines[j].text.empty() && lines[j].text.size() < 60 && lines[j].text.back() != '.';
  };
  return short_line(i + 1) && short_line(i + 2) && !abstract_heading(lines[i + 1].text);
}

// The page's own article, from the lines outside its reference lists.
// `hint`: the index of the page's own heading (a Markdown page's "# Title"), lines.size() for none.
Article find_article(const std::vector<PageLine>& lines, Diagnostics& diags, std::size_t hint) {
  Article a;
  Record& r = a.record;
  const bool hinted = hint < lines.size();
  // The first line that says what the page is, near its top (a manual's
  // "Abstract" on page 12 heads no article of the page), or near the page's heading: a crawled page's menus run
  // hundreds of lines above it.
  std::size_t cue = lines.size();
  const std::size_t look_from = hinted ? hint + 1 : 0;
  for (std::size_t i = look_from; i < lines.size() && i < look_from + kCueLines && cue == lines.size(); ++i) {
    std::string_view s = lines[i].text, rest;
    Record probe;
    if ((abstract_heading(s, &rest) && !(rest.empty() && menu_entry(lines, i))) || author_label(s, &rest) ||
        has_author_residue(s) || iequals(s, "Publisher") || istarts_with(s, "Publisher:") ||
        istarts_with(s, "Research output:") || read_labelled_parts(s, probe))
      cue = i;
  }
  // A title and its byline (find_byline) say where the article is, before any other cue.
  std::optional<Byline> by = find_byline(lines, hint);
  if (by) cue = by->first;
  if (cue == lines.size()) return a;
  // The heading is the title, its byline not read: what is under it is the front matter.
  const bool at_hint = hinted && !by;
  if (at_hint) cue = hint + 1;
  // ScienceDirect and Wiley: the journal's name and "Volume 36, Issue 4,
  // October 2019, 101385" ("Volume 74, Issue 4 p. 445-456") above the
  // title, the authors after it.  The labelled line is
  // the journal's, the title the last title-like line before the authors.
  std::size_t issue_line = lines.size();
  if (!by && !at_hint) {
    std::string_view rest;
    Record probe;
    if (!abstract_heading(lines[cue].text) && !author_label(lines[cue].text, &rest) &&
        !has_author_residue(lines[cue].text) && read_labelled_parts(lines[cue].text, probe))
      for (std::size_t j = cue + 1, titles = 0; j < lines.size() && j <= cue + 8; ++j) {
        if (author_label(lines[j].text, &rest) || has_author_residue(lines[j].text) ||
            (titles > 0 && names_like(lines[j].text) && !has_year(lines[j].text))) {
          if (titles > 0) issue_line = cue, cue = j;
          break;
        }
        titles += title_like(lines[j].text);
      }
  }
  std::size_t title_at = by ? by->title : at_hint ? hint : cue;
  for (std::size_t i = cue; !by && !at_hint && i-- > 0;)
    if (title_like(lines[i].text)) {
      title_at = i;
      break;
    }
  if (title_at == cue) return a;
  // "Budget Transparency ...", then "Aigerim Bekova and Daniel R. Holt":
  // the names are not the title.
  std::vector<Creator> byline;
  if (by)
    byline = byline_names(by->names, diags, lines[by->first].offset);
  else if (!at_hint && names_like(lines[title_at].text))
    for (std::size_t i = title_at; i-- > 0;)
      if (title_like(lines[i].text)) {
        byline = author_names(lines[title_at].text, false);
        title_at = i;
        break;
      }
  // Emerald: the title, the names, the journal's name, then its labels ("ISSN: ...", "Article publication
  // date: ..."): the last title-like line is the journal's.
  std::string journal_line;
  if (byline.empty() && !at_hint) {
    auto previous = [&](std::size_t i) {  // the non-empty line before lines[i], or npos
      while (i-- > 0)
        if (!lines[i].text.empty()) return i;
      return std::string_view::npos;
    };
    std::size_t names_at = previous(title_at);
    if (names_at != std::string_view::npos && names_like(lines[names_at].text) && !has_year(lines[names_at].text)) {
      std::size_t before = previous(names_at);
      if (before != std::string_view::npos && title_like(lines[before].text)) {
        journal_line = std::string(lines[title_at].text);
        byline = author_names(lines[names_at].text, false);
        title_at = before;
      }
    }
  }
  a.found = true;
  // A title over several lines: "Testing LATEX class and BibTEX style for
  // the" + "‘European Review of Agricultural Economics’" + "(ERAE)".
  std::size_t first = title_at, last = title_at;
  while (!hinted && first > 0 && continues_title(lines[first - 1].text)) --first;
  // A subtitle on its own line, in small letters ("key drivers, regulation, and barriers of ...": Pure's portals).
  std::string subtitle;
  if (first == title_at && is_lower_ascii_letter(lines[title_at].text.front())) {
    std::size_t p = title_at;
    while (p > 0 && lines[p - 1].text.empty()) --p;
    if (p > 0 && title_like(lines[p - 1].text) && !is_lower_ascii_letter(lines[p - 1].text.front())) {
      subtitle = std::string(lines[title_at].text);
      first = last = title_at = p - 1;
    }
  }
  while (last + 1 < cue && !lines[last + 1].text.empty() && lines[last + 1].text.front() == '(' &&
         lines[last + 1].text.size() <= 20)
    ++last;
  std::string joined;
  for (std::size_t i = first; i <= last; ++i) joined += (joined.empty() ? "" : " ") + std::string(lines[i].text);
  if (!subtitle.empty()) joined += ": " + subtitle;
  title_at = first;
  a.title_offset = lines[title_at].offset;
  std::string_view title = joined;
  // "4. Innovation management ..." after "OECD Public Governance Scan of
  // Kazakhstan": a numbered chapter of the book named before it.
  std::size_t k = 0;
  while (k < title.size() && is_digit(title[k])) ++k;
  if (k > 0 && k + 2 < title.size() && title[k] == '.' && title[k + 1] == ' ') {
    for (std::size_t i = title_at; i-- > 0;)
      if (title_like(lines[i].text)) {
        r.type = "chapter";
        r.container_title = std::string(lines[i].text);
        title = trim(title.substr(k + 1));
        break;
      }
  }
  // "Title: Universal almost optimal compression ..." (arXiv's label, which its page hides and a crawler's copy keeps).
  if (starts_with(title, "Title:") && title.size() > 7 && title.find_first_not_of(' ', 6) != std::string_view::npos)
    title = trim(title.substr(6));
  // "Governing the smart city: ...(Article)" (Scopus): the document's type glued on.
  static const std::pair<std::string_view, std::string_view> kGluedTypes[] = {
      {"(Article)", "article-journal"}, {"(Review)", "article-journal"},  {"(Editorial)", "article-journal"},
      {"(Letter)", "article-journal"},  {"(Note)", "article-journal"},    {"(Conference Paper)", "paper-conference"},
      {"(Book Chapter)", "chapter"},    {"(Book)", "book"}};
  for (auto [glued, type] : kGluedTypes)
    if (ends_with(title, glued) && title.size() > glued.size() && title[title.size() - glued.size() - 1] != ' ') {
      title.remove_suffix(glued.size());
      r.type = std::string(type);
      r.add_extra("document-type", std::string(glued.substr(1, glued.size() - 2)));
    }
  r.title = std::string(title);
  r.authors = std::move(byline);
  if (!journal_line.empty()) r.container_title = journal_line;
  // arXiv's stamp above an HTML paper's title: "arXiv:2402.12506v1 [math.DS] 19 Feb 2024", a preprint, its identifier
  // and the day of its version.
  for (std::size_t i = title_at, seen = 0; i-- > 0 && seen < 6;) {
    if (lines[i].text.empty()) continue;
    ++seen;
    if (arxiv_stamp(lines[i].text, r)) break;
  }
  // PubMed's page: the journal's abbreviation, then ". 2009 Jul 21;6(7):e1000097." and " doi: ... Epub ..." above the
  // title: NLM's citation, cut in lines.
  for (std::size_t i = title_at, seen_lines = 0; i-- > 1 && seen_lines < 6;) {
    std::string_view t = lines[i].text;
    if (t.empty()) continue;
    ++seen_lines;
    if (!starts_with(t, ". ") || !has_year(t) || t.find(';') == std::string_view::npos) continue;
    std::size_t j = i;
    while (j > 0 && lines[j - 1].text.empty()) --j;
    if (j == 0) break;
    std::string citation = std::string(lines[j - 1].text) + std::string(t);
    if (i + 1 < title_at && istarts_with(lines[i + 1].text, "doi:")) citation += " " + std::string(lines[i + 1].text);
    SourceParts parts = parse_source_string(citation);
    if (parts.journal.empty() || !parts.date.year) break;
    if (r.container_title.empty()) r.container_title = parts.journal;
    if (r.volume.empty()) r.volume = parts.volume;
    if (r.issue.empty()) r.issue = parts.issue;
    if (r.pages.empty()) r.pages = !parts.pages.empty() ? parts.pages : parts.number;
    if (!r.issued.year) r.issued = parts.date;
    if (r.doi.empty() && !parts.doi.empty())
      if (auto d = find_doi(parts.doi)) r.doi = *d;
    break;
  }
  if (issue_line < lines.size()) {
    read_labelled_parts(lines[issue_line].text, r);
    // The journal's name just above a volume's line (ScienceDirect, Wiley).
    for (std::size_t i = issue_line; istarts_with(lines[issue_line].text, "Volume ") && i-- > 0 && i + 3 > issue_line;)
      if (title_like(lines[i].text) || word_count(lines[i].text) >= 2) {
        if (r.container_title.empty() && lines[i].text != r.title) r.container_title = std::string(lines[i].text);
        break;
      }
  }

  // What follows the title: labelled lines, the abstract, the authors.
  // Only the page's front matter: the 40 lines of text after the title (a
  // page's labels are there; a paper's body cites other works' pages and DOIs).
  std::size_t abstract_at = lines.size();
  bool abstract_is_menu = false;
  std::size_t seen = 0;
  for (std::size_t i = (by && by->cards ? std::max(last, by->last) : last) + 1; i < lines.size() && seen < kFrontMatterLines;
       ++i) {
    std::string_view s = lines[i].text, rest;
    if (s.empty()) continue;
    ++seen;
    if (r.abstract.empty() && (abstract_at == lines.size() || abstract_is_menu) && abstract_heading(s, &rest)) {
      // "Abstract" / "Document Sections" / "I. Introduction": an entry of the page's menu, the abstract further down.
      bool menu = rest.empty() && menu_entry(lines, i);
      if (abstract_at != lines.size() && menu) continue;
      abstract_is_menu = menu;
      abstract_at = i;
      if (!rest.empty()) r.abstract = std::string(rest);
      continue;
    }
    if (r.authors.empty() && author_label(s, &rest)) {
      // "Author:" and the names on the next line that has any.
      std::string_view names = rest;
      std::string gathered;
      if (names.empty() && iequals(s, "by")) {
        // MDPI: "by" / "Anna Kowalska 1,*" / "and" / "Piotr Nowak 2": one name a line, "and" between.
        for (std::size_t j = i + 1; j < lines.size() && j <= i + 24; ++j) {
          std::string_view t = lines[j].text;
          if (t.empty()) continue;
          if (iequals(t, "and")) continue;
          if (!names_like(std::string(t) + ", X") || has_year(t)) break;
          gathered += (gathered.empty() ? "" : ", ") + std::string(t);
          i = j;
        }
        names = gathered;
      }
      // ResearchGate: each name twice (its link and its card), then the affiliation.
      if (names.empty()) {
        for (std::size_t j = i + 1; j + 1 < lines.size() && j <= i + 40; ++j) {
          if (lines[j].text.empty() || lines[j].text != lines[j + 1].text || !person_name(lines[j].text)) continue;
          gathered += (gathered.empty() ? "" : ", ") + std::string(lines[j].text);
          ++j;
        }
        names = gathered;
      }
      for (std::size_t j = i + 1; names.empty() && j < lines.size(); ++j) names = lines[j].text;
      // "By: Desiree Bowie | Updated: Jan 24, 2024" (a magazine's byline): the names end at the bar.
      names = names.substr(0, names.find(" | "));
      r.authors = author_names(names, starts_with(s, "Author:"));
      continue;
    }
    if (r.authors.empty() && has_author_residue(s) && i <= last + 2) {
      r.authors = author_names(s, false);
      continue;
    }
    // "Public Organization Review Aims and scope Submit manuscript": the journal's buttons after its name (Springer).
    for (std::string_view buttons : {" Aims and scope Submit manuscript", " Aims and scope"})
      if (r.container_title.empty() && ends_with(s, buttons) && s.size() > buttons.size() + 3) {
        r.container_title = std::string(trim(s.substr(0, s.size() - buttons.size())));
        break;
      }
    // "Jane Doe, Marco Rossi & Wei Zhang" a few lines under the title, after the journal's buttons (Springer).
    if (r.authors.empty() && seen <= 8 && names_like(s) && s.find_first_of("0123456789") == std::string_view::npos) {
      r.authors = author_names(s, false);
      continue;
    }
    // "Cite this article" and the citation the page gives for itself (Springer, Nature, BMC): the authors,
    // journal, volume, pages and DOI where the page's labels gave none.
    // Emerald's "Citation" heading, Springer's "Cite this article": the page's own citation on the next lines.
    // OECD's "Please cite this publication as:", Taylor & Francis' "To cite this article: ...": the same, the
    // citation on the next line or after the colon.
    std::string_view cite_text;
    std::size_t cite_at = i;
    if (std::string_view after; citation_heading(s, after)) {
      // arXiv's "Cite as: arXiv:1706.03762 [cs.CL]": a preprint, its identifier.
      if (istarts_with(after, "arXiv:")) {
        r.type = "article";
        if (r.number.empty()) r.number = std::string(split_words(after)[0]);
        if (r.publisher.empty()) r.publisher = "arXiv";
        continue;
      }
      if (!after.empty() && has_year(after)) {
        cite_text = after;
      } else {
        std::size_t j = i + 1;
        while (j < lines.size() && j <= i + 3 && (lines[j].text.empty() || !has_year(lines[j].text))) ++j;
        if (j < lines.size() && j <= i + 3) cite_text = lines[j].text, cite_at = j;
      }
      i = cite_at;  // the citation's line is read here, not for labels
      // "Cite this article" / "https://doi.org/10.1016/j.jtusci.2015.02.008" (Taylor & Francis, its button and the
      // DOI's address on lines of their own): the page's DOI.
      if (r.doi.empty() && word_count(cite_text) == 1 && cite_text.find("doi.org/10.") != std::string_view::npos) {
        if (auto d = doi_in_url(cite_text.substr(cite_text.find("doi.org/")), "DOI", diags,
                                lines[cite_at].offset + cite_text.find("doi.org/")))
          r.doi = *d;
        continue;
      }
      if (!cite_text.empty()) {
        Record cite = parse_reference(cite_text);
        if (!cite.title.empty() && fold_words(cite.title) == fold_words(r.title)) {
          if (r.type == "article-journal" && !cite.type.empty() && cite.type != "article-journal" &&
              cite.container_title.empty() == r.container_title.empty())
            r.type = cite.type;  // "OECD Public Governance Policy Papers, No. 03": a report
          if (r.container_title.empty() && !cite.get_extra("collection-title").empty())
            r.add_extra("collection-title", std::string(cite.get_extra("collection-title")));
          if (r.number.empty()) r.number = cite.number;
          if (r.publisher.empty()) r.publisher = cite.publisher;
          if (r.publisher_place.empty()) r.publisher_place = cite.publisher_place;
          if (r.authors.empty()) r.authors = cite.authors;
          if (r.container_title.empty()) r.container_title = cite.container_title;
          if (r.volume.empty()) r.volume = cite.volume;
          if (r.issue.empty()) r.issue = cite.issue;
          if (r.pages.empty()) r.pages = cite.pages;
          if (r.doi.empty()) r.doi = cite.doi;
          if (!r.issued.year) r.issued = cite.issued;
        }
      }
      continue;
    }
    // "Cite this article https://doi.org/..." (Taylor & Francis), a citation line ending in its DOI's address
    // (Oxford Academic, Frontiers' "Volume 4 - 2013 | https://doi.org/..."): the page's own DOI.
    if (Record probe; r.doi.empty() && s.find("doi.org/") != std::string_view::npos &&
                      (istarts_with(s, "Cite this article") || read_labelled_parts(s, probe)))
      if (auto d = doi_in_url(s.substr(s.find("doi.org/")), "DOI", diags, lines[i].offset + s.find("doi.org/")))
        r.doi = *d;
    if (published_in(s, r, diags, lines[i].offset)) continue;
    if (jstor_source(s, r)) {
      // The journal's name on the line above, under the byline: "Garrett Hardin" / "Science" / "New Series, Vol. ...".
      std::size_t j = i;
      while (j > last + 1 && lines[j - 1].text.empty()) --j;
      if (r.container_title.empty() && j > last + 1 && --j > (by ? by->last : last) && capital_letter(lines[j].text) &&
          word_count(lines[j].text) <= 8)
        r.container_title = std::string(lines[j].text);
      continue;
    }
    if (glued_month_source(s, r)) continue;
    // "PubMed ID: 27295650" (IEEE).
    if (istarts_with(s, "PubMed ID:") && r.pmid.empty() && all_digits(trim(s.substr(10)))) {
      r.pmid = std::string(trim(s.substr(10)));
      continue;
    }
    // "Author keywords" and the keywords on the next line, ";" between (Scopus).
    if (r.keywords.empty() && iequals(s, "Author keywords") && i + 1 < lines.size() &&
        lines[i + 1].text.find(';') != std::string_view::npos) {
      r.keywords = split_list(lines[++i].text, ";");
      continue;
    }
    // "Published By: American Association for the Advancement of Science" (JSTOR).
    if (r.publisher.empty() && istarts_with(s, "Published By:")) {
      r.publisher = std::string(trim(s.substr(13)));
      continue;
    }
    if (r.publisher.empty() && (iequals(s, "Publisher") || istarts_with(s, "Publisher:"))) {
      std::string_view v = trim(s.substr(9));
      if (!v.empty() && v.front() == ':') v = trim(v.substr(1));
      for (std::size_t j = i + 1; v.empty() && j < lines.size(); ++j) v = lines[j].text;
      r.publisher = std::string(v);
      continue;
    }
    if (r.keywords.empty() && (istarts_with(s, "Keywords:") || istarts_with(s, "Key words:")) &&
        !trim(s.substr(s.find(':') + 1)).empty()) {
      r.keywords = split_list(s.substr(s.find(':') + 1), ",;");
      continue;
    }
    // "Keywords" on a line of its own, then the keywords, one or several a line (ScienceDirect).
    if (r.keywords.empty() && (iequals(s, "Keywords") || iequals(s, "Key words") || iequals(s, "Keywords:") ||
                               iequals(s, "Key words:"))) {
      // "Citations" / "Keywords" / "Metrics": an entry of the page's menu (IEEE), no keywords under it.
      auto menu_word = [&](std::size_t j) {
        return j < lines.size() && !lines[j].text.empty() && word_count(lines[j].text) <= 2 &&
               lines[j].text.size() <= 20 && !ispunct(static_cast<unsigned char>(lines[j].text.back()));
      };
      if (i > 0 && menu_word(i - 1) && menu_word(i + 1) && (abstract_heading(lines[i + 2].text) || menu_word(i + 2)))
        continue;
      for (std::size_t j = i + 1; j < lines.size() && j <= i + 15; ++j) {
        std::string_view k = lines[j].text, rest;
        if (ends_with(k, " Keywords")) continue;  // IEEE's "IEEE Keywords", "Author Keywords" over their lists
        if (k.empty() || k.size() > 80 || k.back() == '.' || abstract_heading(k) || author_label(k, &rest) ||
            reference_heading(k, nullptr) || section_number(k) || iequals(k, "Introduction") || iequals(k, "Citation") ||
            istarts_with(k, "Cite this") || istarts_with(k, "Publisher") || istarts_with(k, "Copyright") ||
            istarts_with(k, "How to cite") || istarts_with(k, "Acknowledg") || iequals(k, "Funding") ||
            iequals(k, "Metrics") || k.find(": ") != std::string_view::npos)
          break;
        for (std::string& w : split_list(k, ",;")) r.keywords.push_back(std::move(w));
      }
      continue;
    }
    if (r.doi.empty())
      if (auto doi = labelled_doi_said(without_glued_button(s), "DOI line", diags, lines[i].offset)) {
        r.doi = *doi;
        continue;
      }
    if (pure_label(s, r)) continue;
    if (mdpi_citation(s, r)) continue;
    // PubMed's "PMID: 19621072 PMCID: PMC2707599 DOI: 10.1371/journal.pmed.1000097".
    if (starts_with(s, "PMID: ")) {
      auto after = [&](std::string_view label) {
        std::size_t p = s.find(label);
        if (p == std::string_view::npos) return std::string_view();
        std::string_view v = trim(s.substr(p + label.size()));
        return v.substr(0, v.find(' '));
      };
      if (r.pmid.empty() && all_digits(after("PMID: "))) r.pmid = std::string(after("PMID: "));
      if (r.pmcid.empty() && starts_with(after("PMCID: "), "PMC")) r.pmcid = std::string(after("PMCID: "));
      if (r.doi.empty())
        if (auto d = find_doi(after("DOI: "))) r.doi = *d;
      continue;
    }
    read_labelled_parts(s, r);
  }
  if (at_hint) read_above_title(lines, title_at, r, diags);  // ScienceDirect's journal and volume over its heading
  if (by) {
    read_above_title(lines, title_at, r, diags);
    // No abstract heading: the paragraph right after the byline and its affiliations (Frontiers).
    for (std::size_t i = by->last + 1, n = 0; abstract_at == lines.size() && r.abstract.empty() && i < lines.size() && n < 4; ++i)
      if (std::string_view t = lines[i].text; !t.empty()) {
        ++n;
        if (t.size() >= 150 && t.back() == '.') r.abstract = std::string(t);
      }
  }
  // The abstract: the paragraph after its heading, or, when the heading is
  // followed by a section heading (OECD), the paragraph the page opens with.
  if (r.abstract.empty() && abstract_at < lines.size()) {
    std::size_t i = abstract_at + 1;
    while (i < lines.size() && lines[i].text.empty()) ++i;
    std::string text;
    for (; i < lines.size() && !lines[i].text.empty() && !ends_abstract(lines[i].text) &&
           !(!text.empty() && short_heading(lines[i].text));
         ++i) {
      // A numbered section heading right after it ("4.1. The context ..."): no abstract there.
      if (text.empty() && section_number(lines[i].text)) break;
      text += (text.empty() ? "" : " ") + std::string(lines[i].text);
    }
    if (text.empty())
      for (std::size_t j = 0; j < title_at; ++j)
        if (lines[j].text.size() >= 150 && lines[j].text.back() == '.') {
          text = std::string(lines[j].text);
          break;
        }
    r.abstract = std::move(text);
  }
  // Nature's and Springer's "Cite this article" section at the page's end, after the references: the article's
  // citation, its DOI's address at the end ("Lacovara, K., ... A Gigantic, ... Argentina. Sci Rep 4, 6196 (2014).
  // https://doi.org/10.1038/srep06196"), taken when it names the article's title; its authors too when the page
  // shows no byline (Springer's page converted by html2text: "Helfgott, H.A., Thompson, L. Summing ...").
  for (std::size_t i = last + 1; (r.doi.empty() || r.authors.empty()) && i + 1 < lines.size(); ++i) {
    if (!iequals(lines[i].text, "Cite this article")) continue;
    std::size_t j = i + 1;
    while (j < lines.size() && lines[j].text.empty()) ++j;
    if (j == lines.size()) break;
    std::string_view cite = lines[j].text;
    if (r.title.size() < 10 || fold_words(cite).find(fold_words(r.title)) == std::string::npos) continue;
    std::size_t at = cite.find("doi.org/");
    if (r.doi.empty() && at != std::string_view::npos)
      if (auto d = doi_in_url(cite.substr(at), "DOI", diags, lines[j].offset + at)) r.doi = *d;
    if (r.authors.empty()) r.authors = parse_reference(cite).authors;
  }
  return a;
}

// "———.", "———, ed.", "--- (1986).", "______.", "—Luke: Artist ..." (the dash glued to the title), "(2004) “Balanced
// ...”", "ed. (2009) ...", "Ders. (1992):", "Dies.:", "Idem,": an entry that names the author of the entry before it
// again, by a run of dashes, a word for "the same", or by leaving the name out before its year.  `at` and `length`:
// the mark's bytes in the entry (none for a left-out name); `editors`: the names are the work's editors ("———, ed.").
// A single hyphen and a space ("- V. GISCARD D'ESTAING, « Le giscardisme »") is a bullet, no such mark.
struct RepeatMark {
  bool found = false, editors = false;
  std::size_t at = 0, length = 0;
};

RepeatMark repeated_author_mark(std::string_view item) {
  RepeatMark m;
  std::string_view t = item;
  while (!t.empty() && (t.front() == ' ' || t.front() == '\t')) t.remove_prefix(1), ++m.at;
  const std::string_view from = t;
  std::size_t dashes = 0;
  bool em = false;
  for (;;) {
    if (starts_with(t, "\xE2\x80\x94") || starts_with(t, "\xE2\x80\x95")) t.remove_prefix(3), ++dashes, em = true;
    else if (starts_with(t, "\xE2\x80\x93")) t.remove_prefix(3), ++dashes;
    else if (!t.empty() && (t.front() == '_' || t.front() == '-')) t.remove_prefix(1), ++dashes;
    else break;
  }
  if (dashes == 1 && !em) return m;  // a bullet
  if (dashes == 0) {
    for (std::string_view w : {"Ders.", "Dies.", "Idem", "Id.", "Eadem", "Eidem", "Iidem"})
      if (starts_with(t, w) && (t.size() == w.size() || !is_alpha(t[w.size()]))) t.remove_prefix(w.size()), dashes = 1;
  }
  m.length = from.size() - t.size();
  // ", ed.", " (eds.)", "ed. (2009)": the names are the editors.
  std::string_view after = trim(t), role = after;
  if (!role.empty() && (role.front() == ',' || role.front() == '(')) role = trim(role.substr(1));
  for (std::string_view lead : {"eds.", "ed.", "eds", "ed", "Hrsg.", "Hg."})
    if (starts_with(role, lead) && (role.size() == lead.size() || !is_alpha(role[lead.size()]))) {
      m.editors = true;
      after = trim(role.substr(lead.size()));
      if (!after.empty() && after.front() == ')') after = trim(after.substr(1));
      break;
    }
  if (dashes) {
    m.found = true;
    return m;
  }
  // "(2004)", "(1991b)": the year where the name would be.
  if (after.size() >= 6 && after[0] == '(' && std::all_of(after.begin() + 1, after.begin() + 5, is_digit) &&
      (after[5] == ')' || (is_alpha(after[5]) && after.size() > 6 && after[6] == ')')))
    m.found = true;
  return m;
}

// Names as a reference list writes them: "Family, Given" each, joined by "; ".
std::string names_as_written(const std::vector<Creator>& names) {
  std::string out;
  for (const Creator& c : names) {
    out += out.empty() ? "" : "; ";
    out += c.is_literal() ? c.literal : c.full_family() + (c.given.empty() ? "" : ", " + c.given);
  }
  return out;
}

// One reference of a list read into a Record.  A DOI the reference parser
// or find_doi repaired or dropped ("/abstract" after a publisher's URL cut),
// and a DOI the list broke at a line end and the reading joined
// ("10.1111/puar." + "12047."), is said where the item writes it.  An entry
// that repeats the author of the one before it (repeated_author_mark), whose
// names are `names`, is read with those names written in the mark's place,
// and gets them.
// Cell Press's names, "Barrett, P.M. \u2219 Rayfield, E.J.": the bullet operator between two persons is the
// list's comma (the same length, so that every offset stays the item's; the second person was read "P.M. \u2219
// Rayfield" before).
std::string with_list_commas(std::string_view text) {
  std::string out(text);
  for (std::size_t p = out.find(" \xE2\x88\x99"); p != std::string::npos; p = out.find(" \xE2\x88\x99", p))
    out.replace(p, 4, ",   ");
  return out;
}

// A source that names a meeting as a whole word: "Proceedings of the 25th
// Annual International Conference on ...", "2024 5th International
// Conference on ... (ICACS)".  "Proceedings" alone is not one: PNAS, the
// Proceedings of the Royal Society and of the IEEE are journals.
static bool names_meeting(std::string_view source) {
  for (std::string_view w : {"Conference", "Symposium", "Workshop"})
    for (std::size_t p = source.find(w); p != std::string_view::npos; p = source.find(w, p + 1)) {
      const std::size_t e = p + w.size();
      if ((p == 0 || !is_alpha(source[p - 1])) && (e == source.size() || !is_alpha(source[e]))) return true;
    }
  return false;
}

Record read_reference(const ReferenceItem& item, Diagnostics& diags, const std::vector<Creator>& names = {}) {
  Record r;
  if (parse_emerald_line(item.text, r)) {
    // "Title;Source;Date" names no type: a source that names a meeting is a
    // conference's (seed 001's citing works were journal articles of
    // "Proceedings of the ... Conference", exported @article: user67).
    if (names_meeting(r.container_title)) r.type = "paper-conference";
    return r;
  }
  const std::string source = with_list_commas(item.text);
  std::vector<DoiRepair> repairs;
  std::vector<KeptSpan> kept;
  RepeatMark mark = !names.empty() ? repeated_author_mark(source) : RepeatMark{};
  if (mark.found) {
    // "—Luke: Artist": a period after the names; "(2004)": a space; "ed. (2020)": a comma.
    std::string written = names_as_written(names);
    std::size_t next = mark.at + mark.length;
    char c = next < source.size() ? source[next] : ' ';
    written += mark.length == 0 ? (mark.editors ? ", " : " ") : (c == ' ' || c == ',' || c == '.' || c == '(') ? "" : ". ";
    std::string text = source.substr(0, mark.at) + written + source.substr(next);
    r = parse_reference(text, &repairs, &kept);
    const std::size_t shift = written.size() - mark.length;
    for (DoiRepair& d : repairs)
      d.at = d.at >= mark.at + written.size() ? d.at - shift : mark.at;
    for (KeptSpan& k : kept) k.at = k.at >= mark.at + written.size() ? k.at - shift : mark.at;
    std::vector<Creator>& who = mark.editors ? r.editors : r.authors;
    if (mark.editors)  // the parser may read "Name, ed." as the author: the editor only
      r.authors.erase(std::remove_if(r.authors.begin(), r.authors.end(),
                                     [&](const Creator& a) {
                                       return std::find(names.begin(), names.end(), a) != names.end() ||
                                              a.family == names.front().family;
                                     }),
                      r.authors.end());
    if (who.size() >= names.size()) std::copy(names.begin(), names.end(), who.begin());
    else who = names;
  } else {
    r = parse_reference(source, &repairs, &kept);
  }
  // A span the parser labelled and read into no field: in the annotation (CSL annote), said where it stands.
  for (const KeptSpan& k : kept) diags.warning(item.offset_of(k.at), kept_span_message(k));
  DoiRepair found;
  if (std::optional<std::string> doi = find_doi(source, &found); doi && (r.doi.empty() || r.doi == *doi)) {
    r.doi = *doi;
    repairs.assign(1, std::move(found));
  }
  for (DoiRepair& d : repairs) {
    if (!d.doi.empty() && d.doi != r.doi) continue;  // a DOI the record did not take
    for (const ReferenceItem::Piece& p : item.pieces)
      if (p.glued && p.at > d.at && p.at < d.at + d.written.size())
        d.what = d.what.empty() ? "line break inside removed" : "line break inside removed, " + d.what;
    if (!d.what.empty()) say_doi_repair(d, "reference", diags, item.offset_of(d.at));
  }
  return r;
}

// The names an entry after `r` means when it repeats the author: its
// authors, else its editors.
std::vector<Creator> names_repeated(const Record& r) { return r.authors.empty() ? r.editors : r.authors; }

// The references of a list, each read, an entry that repeats the author
// before it given that author.
std::vector<Reference> read_references(const ReferenceList& list, Diagnostics& diags) {
  std::vector<Reference> out;
  std::vector<Creator> before;
  for (const ReferenceItem& item : list.items) {
    Record r = read_reference(item, diags, before);
    out.push_back(reference_from_record(r, item.text));
    before = names_repeated(r);
  }
  return out;
}

// "no authors, no DOI": what a record lacks that a citation needs.
std::string missing_parts(const Record& r) {
  std::string out;
  auto add = [&out](const char* what) { out += (out.empty() ? "" : ", ") + std::string(what); };
  if (r.title.empty()) add("no title");
  if (r.authors.empty() && r.editors.empty()) add("no authors");
  if (r.doi.empty()) add("no DOI");
  if (r.issued.empty()) add("no date");
  return out;
}

std::string quoted_title(const Record& r) {
  // Cut at a character's edge: "limit cycles”" cut inside its quotation mark was no UTF-8.
  std::string t = r.title.size() > 60 ? std::string(utf8_prefix(r.title, 57)) + "..." : r.title;
  return "\"" + t + "\"";
}

}  // namespace

// Google Scholar's results as a browser copies them: "[PDF] host" (a link
// beside the result), the title ("[BOOK] ", "[HTML] ", "[CITATION] " before
// it), "I Mergel, N Edelmann, N Haug - Government information quarterly, 2019
// - Elsevier", the snippet, "Save Cite Cited by 2071 Related articles All 13
// versions".  One record a result, at its title's line.
struct ScholarResult {
  Record record;
  std::size_t offset = 0, end = 0;  // its title's line to the end of its byline
};
std::vector<ScholarResult> scholar_results(const std::vector<PageLine>& lines, Diagnostics& diags) {
  std::vector<ScholarResult> out;
  auto buttons = [](std::string_view t) {
    return starts_with(t, "Save Cite") || starts_with(t, "Cite Cited by") || starts_with(t, "Save Cite Cited by") ||
           (t.find("Related articles") != std::string_view::npos && t.size() < 120);
  };
  for (std::size_t i = 1; i + 1 < lines.size(); ++i) {
    std::string_view by = lines[i].text;
    // "authors - source, year - host" or "authors - year - host"
    std::size_t d1 = by.find(" - ");
    if (d1 == std::string_view::npos || d1 == 0) continue;
    std::size_t d2 = by.find(" - ", d1 + 3);
    if (d2 == std::string_view::npos) continue;
    std::string_view names = by.substr(0, d1), middle = trim(by.substr(d1 + 3, d2 - d1 - 3)),
                     host = trim(by.substr(d2 + 3));
    std::size_t ys = middle.size() >= 4 ? middle.size() - 4 : 0;
    std::string_view year = middle.substr(ys);
    // "Government information quarterly, 2019" or "2006" alone.
    if (!all_digits(year) || !has_year(year) || (ys > 0 && middle.substr(0, ys).find(", ") == std::string_view::npos))
      continue;
    // The result's buttons within the next four lines, and a title line right above.
    bool ends = false;
    std::string cited_by;
    for (std::size_t j = i + 1; j < lines.size() && j <= i + 4 && !ends; ++j)
      if ((ends = buttons(lines[j].text)))
        if (std::size_t c = lines[j].text.find("Cited by "); c != std::string_view::npos) {
          std::string_view n = lines[j].text.substr(c + 9);
          cited_by = std::string(n.substr(0, n.find(' ')));
        }
    std::size_t t = i - 1;
    while (t > 0 && lines[t].text.empty()) --t;
    if (!ends || lines[t].text.empty()) continue;
    Record r;
    std::string_view title = lines[t].text;
    std::string kind;
    while (!title.empty() && title.front() == '[') {
      std::size_t close = title.find("] ");
      if (close == std::string_view::npos || close > 12) break;
      kind = std::string(title.substr(1, close - 1));
      title = trim(title.substr(close + 2));
    }
    r.title = std::string(title);
    r.type = kind == "BOOK" || kind == "B" ? "book" : ys > 0 ? "article-journal" : "document";
    if (kind == "CITATION" || kind == "C") r.add_extra("note", "Google Scholar: a citation only");
    r.issued.year = std::stoi(std::string(year));
    if (ys > 0) r.container_title = std::string(trim(middle.substr(0, ys - 2)));
    if (!host.empty()) r.add_extra("scholar-host", std::string(host));
    if (all_digits(cited_by) && !cited_by.empty()) r.add_extra("scholar-cited-by", cited_by);
    std::string list(names);
    bool cut = false;
    for (std::string_view ell : {"\xE2\x80\xA6", "..."})
      for (std::size_t p; (p = list.find(ell)) != std::string::npos;) list.erase(p, ell.size()), cut = true;
    for (const std::string& n : split_list(list, ",")) {
      std::string_view name = trim(n);
      if (name.empty()) continue;
      // "I Mergel", "P Dunleavy": initials, then the family name.
      std::size_t sp = name.rfind(' ');
      Creator c;
      if (sp == std::string_view::npos) c.family = std::string(name);
      else c.family = std::string(name.substr(sp + 1)), c.given = std::string(name.substr(0, sp));
      r.authors.push_back(std::move(c));
    }
    if (cut) diags.warning(lines[i].offset, "Google Scholar cut this result's author list (\"\u2026\"): only the names it shows are read");
    out.push_back({std::move(r), lines[t].offset, lines[i].offset + lines[i].text.size()});
  }
  return out;
}

std::string_view after_leading_comments(std::string_view text) {
  std::string_view body = trim(text);
  while (starts_with(body, "<!--")) {
    const std::size_t end = body.find("-->", 4);
    if (end == std::string_view::npos) break;
    body = trim(body.substr(end + 3));
  }
  return body;
}

bool is_html_page(std::string_view text) {
  std::string low = ascii_lower(trim(text).substr(0, 4096));
  return low.find("<html") != std::string::npos || low.find("<!doctype html") != std::string::npos;
}

namespace {

// The text a browser shows of an HTML page, as "Save as text" writes it (for
// describe_page: the page reader reads pages saved as text, not their HTML),
// the same length as the page so that every offset is the page's own: a tag that starts a block (p, div, li,
// h2, br, ...) is a line break; other tags, comments, the head, scripts and
// styles are nothing; a run of white space (line breaks of the source too,
// outside <pre>) is one space; an entity is its character.  What a tag or
// entity leaves over is paid as spaces before the next line break, where
// the line's trimming drops them.
std::string html_page_text(std::string_view html) {
  static const std::set<std::string, std::less<>> kBlocks = {
      "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
      "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol",
      "p", "pre", "section", "table", "tbody", "td", "th", "thead", "tr", "ul", "body", "title", "caption"};
  std::string out;
  out.reserve(html.size());
  std::size_t owed = 0;  // characters read but not yet written
  bool pre = false;
  auto line_break = [&](std::size_t width) {  // a tag of `width` characters ends the line
    out.append(owed, ' ');
    owed = 0;
    out.push_back('\n');
    out.append(width - 1, ' ');
  };
  auto skip_to = [&](std::size_t i, std::string_view end_marker) {
    std::size_t e = html.find(end_marker, i);
    if (e == std::string_view::npos) e = html.size();
    else e += end_marker.size();
    return e;
  };
  std::size_t i = 0;
  while (i < html.size()) {
    char c = html[i];
    if (c == '<') {
      std::size_t e;
      if (html.compare(i, 4, "<!--") == 0) {
        e = skip_to(i, "-->");
        owed += e - i;
        i = e;
        continue;
      }
      e = html.find('>', i);
      if (e == std::string_view::npos) e = html.size() - 1;
      std::string_view tag = html.substr(i + 1, e - i - 1);
      const bool closing = !tag.empty() && tag.front() == '/';
      if (closing) tag.remove_prefix(1);
      std::size_t n = 0;
      while (n < tag.size() && (is_alpha(tag[n]) || is_digit(tag[n]))) ++n;
      const std::string name = ascii_lower(tag.substr(0, n));
      std::size_t end = e + 1;
      // What is not shown: the head (its title is the tab's), scripts, styles.
      if (!closing && (name == "script" || name == "style" || name == "head" || name == "noscript" || name == "svg")) {
        std::string close_tag = "</" + name;
        std::size_t c2 = end;
        for (;;) {
          c2 = html.find('<', c2);
          if (c2 == std::string_view::npos || iequals(html.substr(c2, close_tag.size()), close_tag)) break;
          ++c2;
        }
        end = c2 == std::string_view::npos ? html.size() : skip_to(c2, ">");
      }
      if (name == "pre") pre = !closing;
      if (kBlocks.count(name)) line_break(end - i);
      else owed += end - i;
      i = end;
      continue;
    }
    if (c == '&') {
      std::size_t semi = html.find(';', i);
      char32_t cp = 0;
      std::size_t end = 0;
      if (semi != std::string_view::npos && semi - i <= 10) {
        if (i + 1 < html.size() && html[i + 1] == '#') {
          if (!numeric_reference(html, i + 1, cp, end)) cp = 0;
        } else {
          cp = named_reference(html.substr(i + 1, semi - i - 1));
          end = semi + 1;
        }
      }
      if (cp && cp != 0xA0) {
        const std::size_t before = out.size();
        append_utf8(out, cp);
        owed += (end - i) - std::min(end - i, out.size() - before);
        i = end;
        continue;
      }
      if (cp == 0xA0) c = ' ', owed += end - i - 1, i = end - 1;
    }
    if (!pre && is_space(c)) {
      std::size_t e = i;
      while (e < html.size() && is_space(html[e])) ++e;
      if (!out.empty() && out.back() != ' ' && out.back() != '\n') out.push_back(' '), owed += e - i - 1;
      else owed += e - i;
      i = e;
      continue;
    }
    if (pre && c == '\n') {
      line_break(1);
      ++i;
      continue;
    }
    out.push_back(c);
    ++i;
  }
  out.append(owed, ' ');
  return out;
}

}  // namespace

ParseStats parse_page_text(std::string_view text, Diagnostics& diags, const RecordSink& sink) {
  ParseStats stats;
  // A page saved as Markdown: read as the text it shows, every line where it was.
  std::string shown;
  std::size_t heading = std::string_view::npos;  // the page's own heading (markdown_title_offset)
  if (is_markdown_page(text)) {
    heading = markdown_title_offset(text);
    text = shown = markdown_page_text(text);
  }
  // A page of Google Scholar's results: each result a work.
  if (std::vector<ScholarResult> results = scholar_results(page_lines(text, 0, text.size()), diags); results.size() >= 2) {
    for (ScholarResult& res : results)
      deliver_record(std::move(res.record), kFormat, text.substr(res.offset, res.end - res.offset),
                     diags.line_of(res.offset), diags, stats, sink);
    return stats;
  }
  std::vector<ReferenceList> lists = find_reference_lists(text);
  for (const ReferenceList& list : lists) {
    for (const SkippedLine& s : list.skipped) diags.warning(s.offset, s.why + ": left out of the list");
    for (const SkippedLine& s : list.repeated) diags.warning(s.offset, s.why + ": not counted as a work of its own");
    std::size_t shown = list.items.size() + list.repeated.size();
    if (list.heading.announced > shown)
      diags.warning(list.heading_offset, "the heading announces " + std::to_string(list.heading.announced) +
                                             " entries; the page shows " + std::to_string(shown));
  }
  // The article: from the text before the first list (and between lists).
  std::vector<PageLine> lines;
  std::size_t from = 0;
  for (const ReferenceList& list : lists) {
    std::vector<PageLine> part = page_lines(text, from, list.heading_offset);
    lines.insert(lines.end(), part.begin(), part.end());
    lines.push_back({list.heading_offset, ""});  // where the list stood: no paragraph runs across it
    from = list.end;
  }
  std::vector<PageLine> tail = page_lines(text, from, text.size());
  lines.insert(lines.end(), tail.begin(), tail.end());
  std::size_t hint = lines.size();
  if (heading != std::string_view::npos)
    for (std::size_t i = 0; i < lines.size() && hint == lines.size(); ++i)
      if (lines[i].offset == heading && !lines[i].text.empty()) hint = i;
  Article article = find_article(lines, diags, hint);

  if (article.found) {
    Record& r = article.record;
    for (const ReferenceList& list : lists)
      if (list.heading.kind == SectionKind::references)
        for (Reference& ref : read_references(list, diags)) r.references.push_back(std::move(ref));
    std::string missing = missing_parts(r);
    if (!missing.empty()) {
      r.add_extra("incomplete", missing);
      diags.warning(article.title_offset, "the page's article " + quoted_title(r) + " is incomplete (" + missing +
                                              " on the page): imported with the field [incomplete] saying so");
    }
    // "Article number: 160018", "36(4):101385", "2(8): e124": the article's number, as the reference parser reads it.
    refparse::article_number_from_pages(r);
    Reference cited = reference_from_record(r, "");
    const auto [line, column] = diags.position(article.title_offset);
    deliver_record_at(Record(r), kFormat, text, {line, column}, diags, stats, sink);
    for (const ReferenceList& list : lists) {
      if (list.heading.kind != SectionKind::cited_by) continue;
      std::size_t flagged = 0;
      for (const ReferenceItem& item : list.items) {
        Record citing = read_reference(item, diags);
        if (citing.title.empty()) {
          diags.warning(item.offset, "a citing work with no title that could be read: left out");
          continue;
        }
        citing.references.push_back(cited);
        std::string lacks = missing_parts(citing);
        if (!lacks.empty()) citing.add_extra("incomplete", lacks), ++flagged;
        deliver_record(std::move(citing), kFormat, item.text, static_cast<std::uint32_t>(item.line), diags, stats, sink);
      }
      if (flagged)
        diags.warning(list.heading_offset, std::to_string(flagged) + " citing work" + (flagged > 1 ? "s" : "") +
                                               " imported with the field [incomplete] (the list gives no authors or DOIs)");
    }
    return stats;
  }
  // No article of its own (a bibliography copied out of a PDF): the
  // references are the works.
  std::size_t count = 0;
  for (const ReferenceList& list : lists) {
    std::vector<Creator> before;
    for (const ReferenceItem& item : list.items) {
      Record work = read_reference(item, diags, before);
      before = names_repeated(work);
      // A work of its own needs a title and a year or a DOI.
      if (work.doi.empty() && (work.title.empty() || work.issued.year == 0)) {
        diags.warning(item.offset, std::string("a reference whose ") + (work.title.empty() ? "title" : "year") +
                                       " could not be read: left out");
        continue;
      }
      std::string lacks = missing_parts(work);
      if (!lacks.empty()) work.add_extra("incomplete", lacks);
      deliver_record(std::move(work), kFormat, item.text, static_cast<std::uint32_t>(item.line), diags, stats, sink);
      ++count;
    }
  }
  if (count)
    diags.warning(lists.front().heading_offset, "no article of the page's own (no title with authors, abstract or "
                                                "publisher): its " + std::to_string(count) +
                                                " references are imported as works");
  return stats;
}

}  // namespace refnet

namespace refnet {

namespace {

std::string thousands(std::size_t n) {
  std::string s = std::to_string(n);
  for (std::size_t i = s.size(); i > 3; i -= 3) s.insert(i - 3, ",");
  return s;
}

// The distinct DOIs the text names, in order of first appearance.
std::vector<std::string> dois_in(std::string_view text) {
  std::vector<std::string> out;
  for (std::size_t p = text.find("10."); p != std::string_view::npos; p = text.find("10.", p + 3)) {
    if (p > 0 && (is_digit(text[p - 1]) || is_alpha(text[p - 1]) || text[p - 1] == '.')) continue;
    std::size_t e = p;
    while (e < text.size() && !is_space(text[e]) && text[e] != '"' && text[e] != '<' && text[e] != '>') ++e;
    // An address's query, parameters or fragment after the DOI ("...0213978&type=printable",
    // "...02610-z;subjmeta=479,648", "...0213978#savedheader"): a '&', a ';' before a name
    // and '=', a '#' before a letter (a SICI DOI ends in "2-#").
    std::string_view found = text.substr(p, e - p);
    // A bracket closing none the DOI opened: a Markdown link's end ("[https://doi.org/10.48550/arXiv.1911.04268][8]").
    if (std::size_t b = found.find(']'); b != std::string_view::npos && found.substr(0, b).find('[') == std::string_view::npos)
      found = found.substr(0, b);
    for (std::size_t q = 0; q < found.size(); ++q) {
      if (found[q] == '&' || (found[q] == '#' && q + 1 < found.size() && is_alpha(found[q + 1]))) {
        found = found.substr(0, q);
        break;
      }
      if (found[q] != ';') continue;
      std::size_t n = q + 1;
      while (n < found.size() && is_alpha(found[n])) ++n;
      if (n > q + 1 && n < found.size() && found[n] == '=') {
        found = found.substr(0, q);
        break;
      }
    }
    if (auto doi = normalize_doi(found))
      if (std::find(out.begin(), out.end(), *doi) == out.end()) out.push_back(*doi);
  }
  return out;
}

}  // namespace

std::string describe_page(std::string_view text) {
  const bool html = is_html_page(text);
  // Lines as an editor counts them: a last line without its line end too.
  std::size_t lines = count_newlines(text.data(), text.size()) + (!text.empty() && text.back() != '\n');
  // An HTML page's headings are in its markup ("<h2>References</h2>"): looked for in the text it shows.
  const std::string shown = html ? html_page_text(text) : std::string();
  if (html) text = shown;
  bool heading = false;
  for (std::size_t p = 0; p < text.size() && !heading;) {
    std::size_t e = text.find('\n', p);
    if (e == std::string_view::npos) e = text.size();
    heading = reference_heading(text.substr(p, e - p));
    p = e + 1;
  }
  return std::string(html ? "an HTML page of " : "a text page of ") + thousands(lines) + (lines == 1 ? " line" : " lines") +
         (html && heading ? " with a reference heading: refnet reads a page saved as text (the browser's Save Page As, "
                            "Text Files), not its HTML; import that text"
          : heading       ? " with a reference heading but no reference under it and no BibTeX/RIS block"
                          : " with no reference section and no BibTeX/RIS block");
}

std::string no_records_message(std::string_view text) {
  std::string m = "no bibliographic records found (the input looks like " + describe_content(text) + ")";
  std::vector<std::string> dois = dois_in(text);
  if (dois.empty()) return m;
  m += "; it names " + thousands(dois.size()) + (dois.size() == 1 ? " DOI" : " DOIs") + ": refnet fetch";
  for (std::size_t i = 0; i < dois.size() && i < 3; ++i) m += " " + dois[i];
  if (dois.size() > 3) m += " ... (or put them one a line in a file: refnet fetch --from FILE)";
  return m;
}

}  // namespace refnet

// NASA ADS's tagged export (the "ADS" format of ui.adsabs.harvard.edu's
// export menu; anlitsai/pub_list's export-ads.txt):
//
//   %R 2019MNRAS.490.5300D                   <- the bibcode, opens the record
//   %T Investigating the multiwavelength behaviour of ...
//   %A D'Ammando, F.; Raiteri, C. M.; ...;   <- ';'-separated, wrapped at 72
//   Agudo, I.; Max-                             columns, inside a name too
//   Moerbeck, W.
//   %F AA(INAF - Istituto di ...), AB(...)  <- the affiliations of the 1st, 2nd... author
//   %J Monthly Notices of the Royal Astronomical Society
//   %V 490   %D 12/2019   %P 5300   %L 5316  <- volume, month/year, first and last page
//   %K radiation mechanisms: non-thermal, galaxies: ...   <- ','-separated, wrapped
//   %C 2019 The Author(s) Published by ...  <- the copyright
//   %I ABSTRACT: Abstract;                   <- one line a link ADS offers
//   %U https://ui.adsabs.harvard.edu/abs/2019MNRAS.490.5300D
//   %B We present ...                        <- the abstract
//   %Y DOI: 10.1093/mnras/stz2792            <- identifiers, one a line
//   %Y eprintid: arXiv:1910.03609
//
// Its letters are EndNote's tagged format's (refer), but most mean other
// things there (%B a secondary title, %I the publisher, %Y a tertiary
// author, %L a call number, %C a place, %R the DOI, %F a label): read as
// EndNote's, an ADS file lost its DOIs, abstracts and last pages.  A line
// that is no tag line continues the field before it, joined with a space,
// without one after a hyphen that ends a word ("Max-" "Moerbeck").
//
// Mapping: %T title; %A authors; %F their affiliations by ADS's two-letter
// codes (AA the first author, AB the second, ..., BA the 27th); %J the
// container; %V volume; %D date; %P-%L the pages; %K keywords; %B abstract;
// %U the URL; %Y "DOI:" the DOI, "eprintid: arXiv:" extra "arXiv", other
// identifiers extra "%Y"; %R extra "ADS bibcode"; %I extra "ADS links"; %C
// extra "copyright"; any other tag extra under its name ("%W").  The type:
// a thesis for a bibcode of PhDT/MsT, an article (preprint) for arXiv, else
// a journal article.  Provenance format "ads-tagged".
#include "ads_tagged.hpp"

#include <algorithm>
#include <optional>
#include <vector>

#include "ris_fields.hpp"
#include "skipped_lines.hpp"
#include "refnet/doi.hpp"
#include "refnet/importer.hpp"
#include "refnet/names.hpp"
#include "refnet/text.hpp"

namespace refnet {

namespace {

struct AdsField {
  char tag = 0;
  std::size_t offset = 0;
  std::string value;
};

struct AdsRecord {
  std::size_t begin = 0, end = 0;
  std::uint32_t line = 0;
  std::vector<AdsField> fields;
};

// The pieces of `s` between `sep`s.
std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  std::size_t p = 0;
  for (std::size_t q = s.find(sep); q != std::string_view::npos; p = q + 1, q = s.find(sep, p)) out.push_back(s.substr(p, q - p));
  out.push_back(s.substr(p));
  return out;
}

// "%A ...": '%', a printable ASCII code, then a space or the line's end.
bool ads_tag_line(std::string_view l) {
  return l.size() >= 2 && l[0] == '%' && l[1] > ' ' && l[1] < 0x7f && (l.size() == 2 || l[2] == ' ' || l[2] == '\t');
}

// An ADS bibcode: 19 characters, the year first ("2019MNRAS.490.5300D").
bool is_bibcode(std::string_view s) {
  s = trim(s);
  return s.size() == 19 && std::all_of(s.begin(), s.begin() + 4, [](char c) { return is_digit(c); }) &&
         s.find(' ') == std::string_view::npos;
}

// A continuation line joined to its field: with a space, or without one after
// a hyphen that ends a word ("Max-" + "Moerbeck", "mass-" + "loss"; "Astrophysics
// -" + "High" keeps its space).
void join_line(std::string& v, std::string_view more) {
  if (v.empty()) {
    v = std::string(more);
    return;
  }
  const bool hyphen = v.size() >= 2 && v.back() == '-' && is_alpha(v[v.size() - 2]);
  if (!hyphen) v += ' ';
  v += more;
}

// ADS's affiliation codes: "AA" the first author, "AZ" the 26th, "BA" the 27th.
std::optional<std::size_t> affiliation_index(std::string_view code) {
  if (code.size() != 2 || code[0] < 'A' || code[0] > 'Z' || code[1] < 'A' || code[1] > 'Z') return std::nullopt;
  return static_cast<std::size_t>(code[0] - 'A') * 26 + static_cast<std::size_t>(code[1] - 'A');
}

// "%F AA(a; b), AB(c)": each author's affiliations (';' between two of one
// author).  False when the text is not in that shape (kept in extra then).
bool read_affiliations(std::string_view v, std::vector<Creator>& authors) {
  std::vector<std::pair<std::size_t, std::string>> found;
  std::size_t p = 0;
  while (p < v.size()) {
    while (p < v.size() && (v[p] == ' ' || v[p] == ',')) ++p;
    if (p >= v.size()) break;
    std::optional<std::size_t> who = affiliation_index(v.substr(p, 2));
    if (!who) return false;
    // "AI(" or, the line wrapped after the code, "AI (".
    std::size_t open = p + 2;
    while (open < v.size() && v[open] == ' ') ++open;
    if (open >= v.size() || v[open] != '(') return false;
    std::size_t depth = 0, q = open;
    for (; q < v.size(); ++q) {
      if (v[q] == '(') ++depth;
      else if (v[q] == ')' && --depth == 0) break;
    }
    if (q >= v.size()) return false;
    found.emplace_back(*who, std::string(v.substr(open + 1, q - open - 1)));
    p = q + 1;
  }
  if (found.empty()) return false;
  for (const auto& [who, text] : found) {
    if (who >= authors.size()) return false;
  }
  for (auto& [who, text] : found) {
    for (std::string_view piece : split(text, ';')) {
      std::string name(trim(piece));
      std::vector<std::string>& affs = authors[who].affiliations;
      if (!name.empty() && std::find(affs.begin(), affs.end(), name) == affs.end()) affs.push_back(std::move(name));
    }
  }
  return true;
}

class Builder {
 public:
  Builder(const AdsRecord& rec, Diagnostics& diags) : rec_(rec), diags_(diags) {}

  bool build(Record& r) {
    std::string first_page, last_page, bibcode;
    const AdsField* affiliations = nullptr;
    bool doi_set = false;
    r.type = "article-journal";
    for (const AdsField& f : rec_.fields) {
      const std::string& v = f.value;
      if (v.empty()) continue;
      const std::string name = std::string("%") + f.tag;
      auto first = [&](std::string& slot) {
        if (slot.empty()) slot = v;
        else r.add_extra(name, v);
      };
      switch (f.tag) {
        case 'R':
          if (bibcode.empty()) bibcode = v;
          r.add_extra("ADS bibcode", v);
          break;
        case 'T': first(r.title); break;
        case 'A': keep_author_placeholder(r, add_name_list(v, name, f.offset, diags_, r.authors, true)); break;
        case 'E': add_name_list(v, name, f.offset, diags_, r.editors, false); break;
        case 'F': affiliations = &f; break;
        case 'J': first(r.container_title); break;
        case 'V': first(r.volume); break;
        case 'D': {
          Date d = parse_raw_date(v);
          if (d.year && !r.issued.year) r.issued = d;
          else r.add_extra(name, v);
          break;
        }
        case 'P': first(first_page); break;
        case 'L': first(last_page); break;
        case 'K':
          for (std::string_view k : split(v, ','))
            if (!trim(k).empty()) r.add_keyword(trim(k));
          break;
        case 'B': first(r.abstract); break;
        case 'U': first(r.url); break;
        case 'Y': identifier(v, f.offset, doi_set, r); break;
        case 'I': r.add_extra("ADS links", v); break;
        case 'C': r.add_extra("copyright", v); break;
        default: r.add_extra(name, v); break;
      }
    }
    if (affiliations && !read_affiliations(affiliations->value, r.authors)) {
      diags_.warning(affiliations->offset,
                     "%F is not ADS's list of affiliations by author (AA(...), AB(...)): kept in extra");
      r.add_extra("%F", affiliations->value);
    }
    if (!first_page.empty()) {
      // %P alone as written: an abstract's number ("EPSC2017-784") is no range.
      r.pages = first_page;
      if (!last_page.empty() && last_page != first_page) r.pages = normalize_pages(first_page + "-" + last_page);
    } else if (!last_page.empty()) {
      r.add_extra("%L", last_page);
    }
    if (bibcode.find("PhDT") != std::string::npos || bibcode.find("MsT") != std::string::npos) r.type = "thesis";
    else if (bibcode.find("arXiv") != std::string::npos) r.type = "article";
    if (r.url.empty() && is_bibcode(bibcode)) r.url = "https://ui.adsabs.harvard.edu/abs/" + bibcode;
    return !r.title.empty() || !r.authors.empty() || !r.doi.empty();
  }

 private:
  const AdsRecord& rec_;
  Diagnostics& diags_;

  // "%Y DOI: 10.1093/mnras/stz2792", "%Y eprintid: arXiv:1910.03609".
  void identifier(const std::string& v, std::size_t at, bool& doi_set, Record& r) {
    const std::size_t colon = v.find(':');
    const std::string label = colon == std::string::npos ? std::string() : ascii_lower(trim(v.substr(0, colon)));
    const std::string value = colon == std::string::npos ? v : std::string(trim(v.substr(colon + 1)));
    if (label == "doi") {
      if (!take_doi_field(r, doi_set, value, "%Y DOI", diags_, at)) r.add_extra("%Y", v);
    } else if (label == "eprintid" && istarts_with(value, "arXiv:")) {
      r.add_extra("arXiv", std::string(trim(std::string_view(value).substr(6))));
    } else {
      r.add_extra("%Y", v);
    }
  }
};

class Parser {
 public:
  Parser(std::string_view text, Diagnostics& diags, const RecordSink& sink) : text_(text), diags_(diags), sink_(sink) {}

  ParseStats run() {
    for_each_text_line(text_, [this](std::size_t begin, std::size_t end, std::uint32_t line_no) {
      line(begin, end, line_no);
    });
    finish();
    skipped_.say(diags_);
    return stats_;
  }

 private:
  std::string_view text_;
  Diagnostics& diags_;
  const RecordSink& sink_;
  AdsRecord rec_;
  bool in_record_ = false;
  bool blank_ = false;  // a blank line since the last tag line
  ParseStats stats_;
  SkippedLines skipped_{"ADS"};  // text outside the records, said once per run

  void line(std::size_t begin, std::size_t end, std::uint32_t line_no) {
    std::string_view l = text_.substr(begin, end - begin);
    if (starts_with(l, "\xEF\xBB\xBF")) l.remove_prefix(3);
    l = trim(l);
    if (l.empty()) {
      blank_ = true;  // a record's lines run to a blank line: no line after it continues a field
      return;
    }
    const std::size_t at = static_cast<std::size_t>(l.data() - text_.data());
    if (ads_tag_line(l)) {
      if (l[1] == 'R' || !in_record_) open(at, line_no);
      rec_.fields.push_back({l[1], at, std::string(trim(l.substr(2)))});
      rec_.end = end;
      blank_ = false;
      return;
    }
    if (!in_record_ || blank_) {
      skipped_.add(at);
      return;
    }
    join_line(rec_.fields.back().value, l);
    rec_.end = end;
  }

  void open(std::size_t at, std::uint32_t line_no) {
    finish();
    skipped_.say(diags_);
    in_record_ = true;
    rec_.fields.clear();
    rec_.begin = at;
    rec_.line = line_no;
  }

  void finish() {
    if (!in_record_) return;
    in_record_ = false;
    Record r;
    Builder b(rec_, diags_);
    if (!b.build(r)) {
      diags_.error(rec_.begin, "ADS record has no title, no author and no DOI; skipped");
      ++stats_.rejected;
      return;
    }
    deliver_record(std::move(r), "ads-tagged", text_.substr(rec_.begin, rec_.end - rec_.begin), rec_.line, diags_,
                   stats_, sink_);
  }
};

}  // namespace

bool looks_like_ads_tagged(std::string_view text) {
  // Its first line a bibcode's "%R", no EndNote type ("%0") and a title
  // among the first 40 lines.
  bool first = true, ads = false, title = false, endnote = false;
  for_each_first_line(text, 40, [&](std::string_view l) {
    if (first) {
      first = false;
      ads = starts_with(l, "%R ") && is_bibcode(l.substr(3));
      return ads;
    }
    title |= starts_with(l, "%T ");
    endnote |= starts_with(l, "%0 ");
    return !endnote;
  });
  return ads && title && !endnote;
}

ParseStats parse_ads_tagged(std::string_view text, Diagnostics& diags, const RecordSink& sink) {
  return Parser(text, diags, sink).run();
}

}  // namespace refnet

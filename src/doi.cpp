#include "refnet/doi.hpp"

#include <algorithm>
#include <array>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "refnet/doi_placeholder.hpp"
#include "refnet/jats.hpp"
#include "refnet/record.hpp"
#include "refnet/text.hpp"
#include "refnet/url_host.hpp"

namespace refnet {

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = to_lower(c);
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

// One pass of %XX decoding; false when nothing was decoded.
bool url_decode_once(std::string& s) {
  std::string out;
  bool changed = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size()) {
      int hi = hex_value(s[i + 1]), lo = hex_value(s[i + 2]);
      if (hi >= 0 && lo >= 0) {
        if (!changed) out.assign(s, 0, i);
        out.push_back(static_cast<char>(hi * 16 + lo));
        changed = true;
        i += 2;
        continue;
      }
    }
    if (changed) out.push_back(s[i]);
  }
  if (changed) s = std::move(out);
  return changed;
}

// Decodes to a fixed point ("%2541" -> "%41" -> "A"), so that normalizing a
// normalized DOI changes nothing; keeps the input when decoding would give
// bytes that are not UTF-8.
std::string url_decode(std::string_view s) {
  std::string out(s);
  std::string next = out;
  while (url_decode_once(next)) {
    if (!is_valid_utf8(next)) break;
    out = next;
  }
  return out;
}

// Resolver and label prefixes, longest first within each family.
constexpr std::string_view kPrefixes[] = {
    "https://dx.doi.org/", "http://dx.doi.org/", "https://doi.org/", "http://doi.org/",
    "dx.doi.org/",         "doi.org/",           "https://www.doi.org/", "http://www.doi.org/",
    "doi:",                "doi ",               "doi.",                "info:doi/",
};

bool strip_prefix(std::string_view& s) {
  for (std::string_view p : kPrefixes) {
    if (istarts_with(s, p)) {
      s.remove_prefix(p.size());
      s = trim(s);
      return true;
    }
  }
  return false;
}

// "http://doi.acm.org/10.1145/x", "https://doi.wiley.com/10.1002/x",
// "https://doi.apa.org/doi/10.1037/x": a resolver of a publisher, or the
// Handle System's ("http://hdl.handle.net/10.18637/x").  The DOI
// starts at the first "/10." of the path.
bool strip_resolver_host(std::string_view& s) {
  std::string_view rest;
  if (istarts_with(s, "http://")) rest = s.substr(7);
  else if (istarts_with(s, "https://")) rest = s.substr(8);
  else return false;
  std::size_t slash = rest.find('/');
  if (slash == std::string_view::npos) return false;
  std::string host = ascii_lower(rest.substr(0, slash));
  // The Handle System's resolver (a DOI is a handle; RePEc links DOIs so):
  // only a path that is a DOI, "hdl.handle.net/10.18637/jss.v005.i07".
  const bool handle = host == "hdl.handle.net";
  if (!(handle || starts_with(host, "doi.") || host.find(".doi.") != std::string::npos)) return false;
  std::size_t p = rest.find("/10.", slash);
  if (p == std::string_view::npos || (handle && p != slash)) return false;
  s = rest.substr(p + 1);
  return true;
}

// A publisher's page of the work, its path the DOI after "/doi/" and the
// page's kind ("https://onlinelibrary.wiley.com/doi/abs/10.1002/x",
// "https://www.tandfonline.com/doi/pdf/10.1080/x", ".../doi/epdf/10...",
// Atypon's and Wiley's layout).
bool strip_publisher_page(std::string_view& s) {
  std::string_view rest;
  if (istarts_with(s, "http://")) rest = s.substr(7);
  else if (istarts_with(s, "https://")) rest = s.substr(8);
  else return false;
  std::size_t slash = rest.find('/');
  if (slash == std::string_view::npos || !istarts_with(rest.substr(slash), "/doi/")) return false;
  std::string_view path = rest.substr(slash + 5);
  for (std::string_view kind : {"abs/", "full/", "epdf/", "pdf/", "pdfdirect/", "book/", "epub/", "reader/"})
    if (istarts_with(path, kind)) {
      path.remove_prefix(kind.size());
      break;
    }
  if (!starts_with(path, "10.")) return false;
  s = path;
  return true;
}

// What follows a DOI in a web address and is the page's, not the DOI's: a
// query or fragment ("?via%3Dihub", "#abstract"), then a page kind
// ("/abstract", "/full", "/pdf", "/epdf", ".pdf").  Only in a URL: a bare
// DOI may end in any of these.  The length of the DOI before them.
std::size_t before_url_tail(std::string_view v) {
  std::size_t n = std::min(v.find('?'), v.find('#'));
  if (n == std::string_view::npos) n = v.size();
  for (bool cut = true; cut;) {
    cut = false;
    for (std::string_view tail : {"/abstract", "/fulltext", "/full", "/epdf", "/pdfdirect", "/pdf", ".pdf"}) {
      std::string_view head = v.substr(0, n);
      if (head.size() > tail.size() + 8 && iequals(head.substr(head.size() - tail.size()), tail)) {
        n -= tail.size();
        cut = true;
      }
    }
  }
  return n;
}

bool host_is(std::string_view host, std::string_view domain) {
  return iequals(host, domain) ||
         (host.size() > domain.size() && host[host.size() - domain.size() - 1] == '.' &&
          iequals(host.substr(host.size() - domain.size()), domain));
}

// The length of the DOI at the start of `path` (a publisher's address from
// the DOI on) where its page goes on after the DOI with a path of its own:
// taylorfrancis.com ("10.4324/9781003179900-55/<title and authors>"; the
// DOIs of Routledge's and CRC's books and chapters have one '/'), Oxford
// Academic ("10.1093/chemse/bjab008/6168037": OUP's article number).
// path.size() for any other host.
std::size_t publisher_path_doi_length(std::string_view host, std::string_view path) {
  std::size_t first = path.find('/');
  if (first == std::string_view::npos) return path.size();
  std::size_t second = path.find('/', first + 1);
  if (second == std::string_view::npos) return path.size();
  if (host_is(host, "taylorfrancis.com")) return second;
  if (host_is(host, "academic.oup.com")) {
    std::size_t third = path.find('/', second + 1);
    if (third == std::string_view::npos) return path.size();
    std::string_view number = path.substr(third + 1);
    number = number.substr(0, number.find_first_of("?#/"));
    if (!number.empty() && std::all_of(number.begin(), number.end(), is_digit)) return third;
  }
  return path.size();
}

// 10.NNNN[.NNNN...]/suffix, registrant code of at least four digits.
bool valid_prefix(std::string_view d) {
  if (d.size() < 8 || d.substr(0, 3) != "10.") return false;
  std::size_t i = 3, digits = 0;
  while (i < d.size() && (is_digit(d[i]) || d[i] == '.')) {
    if (is_digit(d[i])) ++digits;
    ++i;
  }
  if (digits < 4 || i >= d.size() || d[i] != '/' || d[i - 1] == '.') return false;
  return i + 1 < d.size();
}

// A placeholder for a DOI not yet assigned, in the place of the suffix:
// SAGE's "10.1177/ToBeAssigned" (HAL's BibTeX, and references copying it),
// "TBA", "pending", "null", and the x's of a template users fill in
// ("10.XXXX/XXXXX", "10.1016/j.xxx.2020.xx.xxx", "10.1038/s41467-023-xxxxx"):
// an x-only part of four or more, or two of two or more.  No work's DOI,
// and one that many works carry: a DOI would merge or keep them apart.
// `d` passed valid_prefix.  Real suffixes with an "x" ("...01124.x",
// "tb00725.x") or a word ("pending.2020.1") stay.
bool placeholder_suffix(std::string_view d) {
  const std::string_view s = d.substr(d.find('/') + 1);
  if (s.size() > 32) return false;
  char folded[33];
  std::size_t n = 0, run = 0, x_parts = 0, longest_x = 0;
  bool only_x = true;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    const char c = i < s.size() ? to_lower(s[i]) : '/';
    if (is_alpha(c) || is_digit(c)) {
      folded[n++] = c;
      ++run;
      only_x = only_x && c == 'x';
      continue;
    }
    if (run >= 2 && only_x) {
      ++x_parts;
      longest_x = std::max(longest_x, run);
    }
    run = 0;
    only_x = true;
  }
  if (longest_x >= 4 || x_parts >= 2) return true;
  static constexpr std::string_view kWords[] = {"tobeassigned", "tobeconfirmed", "tobedetermined", "notyetassigned",
                                                "notassigned",  "notavailable",  "tba",            "tbd",
                                                "pending",      "null",          "none",           "unknown"};
  const std::string_view word(folded, n);
  for (std::string_view w : kWords)
    if (word == w) return true;
  return false;
}

bool valid_shape(std::string_view d) {
  if (!valid_prefix(d) || placeholder_suffix(d)) return false;
  for (char c : d)
    if (is_space(c) || static_cast<unsigned char>(c) < 0x20 || c == 0x7f) return false;
  return is_valid_utf8(d);
}

// A SICI DOI ("...(2007)27[32:TLBCFP]2.0.CO;2") with white space inside:
// Web of Science wraps it at a bracket.
bool is_spaced_sici(std::string_view v) {
  std::size_t open = v.find('['), close = v.find(']');
  return open != std::string_view::npos && close != std::string_view::npos && open < close &&
         v.find(";2", close) != std::string_view::npos && v.find_first_of(" \t\n") != std::string_view::npos;
}

// Where a Wiley SICI DOI whose '<' and '>' an export wrote as apostrophes
// has its first ("...1:1'7::AID-AGS2'3.0.CO;2-5": two apostrophes, the first
// between the issue and the first page and before "::", the second before
// the SICI's version "3.0.CO;2"), or npos.
std::size_t sici_apostrophe_open(std::string_view v) {
  const std::size_t open = v.find('\'');
  if (open == std::string_view::npos || open == 0 || !is_digit(v[open - 1])) return std::string_view::npos;
  const std::size_t close = v.find('\'', open + 1);
  if (close == std::string_view::npos || v.find('\'', close + 1) != std::string_view::npos) return std::string_view::npos;
  std::size_t p = open + 1;
  while (p < close && is_digit(v[p])) ++p;
  if (p == open + 1 || v.substr(p, 2) != "::") return std::string_view::npos;
  std::string_view version = v.substr(close + 1);
  if (version.size() < 8 || !is_digit(version[0]) || version[1] != '.' || !is_digit(version[2]) ||
      !istarts_with(version.substr(3), ".co;2"))
    return std::string_view::npos;
  return open;
}

// A DOI a line break split: its suffix Web of Science starts after a space
// ("10.2277/ 052160267X" in a record's DI; its cited references' "DOI
// 10.2495/ SAFE-V6-N2-171-180"), or Scopus BibTeX goes on after a hyphen
// ("10.1061/(ASCE)WR.1943- 5452.0001029"): the spaces right after the
// first '/', or after a hyphen of the suffix that follows a letter or a
// digit, are its only white space.
bool is_spaced_after_break(std::string_view v) {
  std::size_t slash = v.find('/'), sp = v.find(' ');
  if (slash == std::string_view::npos || sp == std::string_view::npos || sp <= slash) return false;
  if (sp != slash + 1 && !(v[sp - 1] == '-' && sp >= slash + 3 && (is_alpha(v[sp - 2]) || is_digit(v[sp - 2]))))
    return false;
  std::size_t rest = v.find_first_not_of(' ', sp);
  return rest != std::string_view::npos && v.find_first_of(" \t\n\r", rest) == std::string_view::npos;
}

// Where HTML after a DOI starts ("<br />", "</a>", "<p>"), or npos.  A '<'
// followed by a digit belongs to a Wiley SICI DOI ("49:8<693::AID-ASI4>").
std::size_t html_start(std::string_view v) {
  for (std::size_t p = v.find('<'); p != std::string_view::npos; p = v.find('<', p + 1))
    if (p + 1 < v.size() && (is_alpha(v[p + 1]) || v[p + 1] == '/')) return p;
  return std::string_view::npos;
}

// Where the text after HTML tags at the start of `v` begins ('<a href="...">'
// of a link whose text is the DOI, "<p>"), or 0.
std::size_t after_leading_html(std::string_view v) {
  std::size_t p = 0;
  while (p + 1 < v.size() && v[p] == '<' && (is_alpha(v[p + 1]) || v[p + 1] == '/')) {
    std::size_t close = v.find('>', p);
    if (close == std::string_view::npos) return 0;
    p = close + 1;
    while (p < v.size() && is_space(v[p])) ++p;
  }
  return p;
}

// A journal's web address glued after the DOI (Web of Science, issue #11:
// "10.1177/0885412220921526journals.sagepub.com/home/jpl"): a host name of
// letters, "<label>.<label>...<tld>/", right after a digit of the suffix,
// or after a glued first label a host names ("...04549.xonlinelibrary.
// wiley.com/": Wiley's old DOIs end in ".x").  Where it starts, or npos.  A
// host the DOI itself holds ("10.4028/www.scientific.net/AMM.253-255.1936")
// follows a '/', not a digit, and stays.
std::size_t glued_host_start(std::string_view v) {
  const std::size_t suffix = v.find('/');
  if (suffix == std::string_view::npos) return std::string_view::npos;
  for (std::size_t end = v.find('/', suffix + 1); end != std::string_view::npos; end = v.find('/', end + 1)) {
    // Back from the '/' over the labels: letters, '-', and the dots between them.
    std::size_t b = end;
    while (b > suffix + 1 && (is_alpha(v[b - 1]) || v[b - 1] == '-' || v[b - 1] == '.')) --b;
    while (b < end && v[b] == '.') ++b;  // a dot of the suffix ("04549.x..."), not of the host
    std::string_view host = v.substr(b, end - b);
    std::size_t last_dot = host.rfind('.'), first_dot = host.find('.');
    if (last_dot == std::string_view::npos || host.find("..") != std::string_view::npos || !is_alpha(host.front()))
      continue;
    std::string top = ascii_lower(host.substr(last_dot + 1));
    if (!(top.size() == 2 || top == "com" || top == "org" || top == "net" || top == "edu" || top == "gov" ||
          top == "info"))
      continue;
    if (is_digit(v[b - 1])) return b;
    // A known first label glued to letters before it.
    std::string_view first = host.substr(0, first_dot);
    for (std::string_view label : {"onlinelibrary", "journals", "www", "link", "pubs", "academic"})
      if (first.size() > label.size() && iequals(first.substr(first.size() - label.size()), label))
        return b + first.size() - label.size();
  }
  return std::string_view::npos;
}

// Where the punctuation that closes a sentence or a bracket at the end of
// `v` starts (a DOI may legally end in ')', but only when it also opens one).
std::size_t before_closing_punctuation(std::string_view v) {
  while (!v.empty()) {
    char c = v.back();
    if (c == '.' || c == ',' || c == ';' || c == ':' || c == '"' || c == '\'' || c == ']' || c == '>') {
      v.remove_suffix(1);
    } else if (c == ')' && v.find('(') == std::string_view::npos) {
      v.remove_suffix(1);
    } else {
      break;
    }
  }
  return v.size();
}

// An article's number glued after its DOI, the DOI's suffix again without
// its dots (Scopus: "10.1098/rspb.2020.0970rspb20200970", the Royal
// Society's e-location after the DOI; issue #11).  Where it starts, or npos.
// Only a suffix with punctuation can be followed by itself without it; the
// glued copy is eight characters or more, with a digit.
std::size_t glued_number_start(std::string_view v) {
  const std::size_t slash = v.find('/');
  if (slash == std::string_view::npos) return std::string_view::npos;
  const std::string_view s = v.substr(slash + 1);
  const std::size_t n = s.size();
  if (n < 17 || !is_digit(s.back())) return std::string_view::npos;
  for (std::size_t k = (n + 1) / 2; k + 8 <= n; ++k) {
    if (to_lower(s[k]) != to_lower(s[0])) continue;
    // s[k..] must be s[..k] without what is not a letter or digit.
    std::size_t i = 0, j = k;
    for (; i < k && j < n; ++i) {
      if (!is_alpha(s[i]) && !is_digit(s[i])) continue;
      if (to_lower(s[i]) != to_lower(s[j])) break;
      ++j;
    }
    while (i < k && !is_alpha(s[i]) && !is_digit(s[i])) ++i;
    if (i == k && j == n && n - k < k) return slash + 1 + k;
  }
  return std::string_view::npos;
}

// Where a second DOI glued after the first with ';' or ',' and no space
// starts ("10.1016/j.x.004;10.1016/j.x.005"): its separator's position, npos
// when none.  A SICI's ";2-0" is no DOI's start.
std::size_t glued_doi_start(std::string_view v) {
  for (std::size_t at = v.find_first_of(";,"); at != std::string_view::npos; at = v.find_first_of(";,", at + 1)) {
    std::string_view rest = v.substr(at + 1);
    if (rest.size() < 9 || rest[0] != '1' || rest[1] != '0' || rest[2] != '.') continue;
    std::size_t digits = 3;
    while (digits < rest.size() && is_digit(rest[digits])) ++digits;
    if (digits >= 7 && digits < rest.size() && (rest[digits] == '/' || rest[digits] == '.')) return at;
  }
  return std::string_view::npos;
}

// The common case, a bare DOI as most sources write it ("10.1016/J.X.2019.01.002"):
// printable ASCII opening with "10.", with nothing to strip, decode or join
// (no white space, '%', '<', '[', nor a closing punctuation at its end).
// Checked and lower-cased in one pass; what the general path would do to it
// (nothing but lower-casing) gives the same DOI.  1: `out` is the DOI (its
// buffer kept when it holds it), 0: `s` is no DOI, -1: take the general path;
// `out` is untouched but on 1.
int plain_doi(std::string_view s, std::string& out) {
  if (s.size() < 8 || s[0] != '1' || s[1] != '0' || s[2] != '.') return -1;
  switch (s.back()) {
    case '.': case ',': case ';': case ':': case '"': case '\'': case ']': case '>': case ')': return -1;
    default: break;
  }
  // A byte's class: 0 plain, 1 an upper-case letter, 2 anything else.
  static constexpr auto kClass = [] {
    std::array<unsigned char, 256> t{};
    for (int c = 0; c < 256; ++c)
      t[c] = c <= 0x20 || c >= 0x7f || c == '%' || c == '<' || c == '[' || c == '&' || c == '\'' ? 2 : c >= 'A' && c <= 'Z' ? 1 : 0;
    return t;
  }();
  unsigned seen = 0;
  std::size_t i = 0;
#if defined(__SSE2__)
  // Sixteen bytes at a time (a DOI is about 25): the same classes as the
  // table, as masks.  Signed, a byte >= 0x80 is below 0x21.
  const __m128i space = _mm_set1_epi8(0x21), del = _mm_set1_epi8(0x7f), percent = _mm_set1_epi8('%'),
                lt = _mm_set1_epi8('<'), bracket = _mm_set1_epi8('['), amp = _mm_set1_epi8('&'),
                apostrophe = _mm_set1_epi8('\''), before_a = _mm_set1_epi8('A' - 1), after_z = _mm_set1_epi8('Z' + 1);
  for (; i + 16 <= s.size(); i += 16) {
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    const __m128i other = _mm_or_si128(
        _mm_or_si128(_mm_cmplt_epi8(b, space), _mm_cmpeq_epi8(b, del)),
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(b, percent), _mm_cmpeq_epi8(b, amp)),
                     _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(b, lt), _mm_cmpeq_epi8(b, apostrophe)),
                                  _mm_cmpeq_epi8(b, bracket))));
    if (_mm_movemask_epi8(other)) return -1;
    if (_mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(b, before_a), _mm_cmplt_epi8(b, after_z)))) seen = 1;
  }
#endif
  for (; i < s.size(); ++i) seen |= kClass[static_cast<unsigned char>(s[i])];
  if (seen & 2) return -1;
  const bool upper = seen != 0;
  if (!valid_prefix(s) || placeholder_suffix(s)) return 0;
  // A second '/' may end a web address glued after the DOI, and an article
  // number may be glued after it: the general path looks.
  if (s.find('/', s.find('/') + 1) != std::string_view::npos) return -1;
  if (glued_number_start(s) != std::string_view::npos) return -1;
  // Into the buffer `out` has when it holds the DOI (a reused string, or its
  // own 15 bytes), else built and moved in: an assign takes the library's
  // general replace, which costs more than the check above.
  if (s.size() <= out.capacity()) {
    out.clear();
    out.append(s);
  } else {
    out = std::string(s);
  }
  if (upper)
    for (char& c : out) c = to_lower(c);
  return 1;
}

// normalize_doi; `url`: `s` is (the rest of) a web address, whose tail
// after the DOI is the page's (find_doi on a URL).
std::optional<std::string> normalize(std::string_view s, std::string* repair, bool url) {
  std::string plain;
  if (int p = url ? -1 : plain_doi(s, plain); p >= 0) {
    if (p == 0) return std::nullopt;
    if (repair) repair->clear();
    return plain;
  }
  std::string what;
  auto note = [&what](std::string_view w) {
    if (!what.empty()) what += ", ";
    what += w;
  };
  s = trim(s);
  // A link pasted from a web page into a DOI field ('<a href="https://doi.org/
  // 10.1017/x">10.1017/x</a>', a Zotero library's CSL-JSON): the link's text.
  const std::size_t tags = after_leading_html(s);
  const bool html_before = tags > 0 && tags < s.size();
  if (html_before) s = s.substr(tags);
  const std::size_t h = html_start(s);
  const bool html_after = h != std::string_view::npos && h > 0;
  if (html_after) s = trim(s.substr(0, h));
  if (html_before) note("HTML around it removed");
  else if (html_after) note("HTML after it removed");
  // Prefixes may stack ("doi: https://doi.org/10...").  Every prefix and
  // resolver starts with a letter: a bare "10." has none (the common case).
  for (; !starts_with(s, "10.");) {
    std::string_view before = s;
    if (strip_prefix(s)) {
      url = url || istarts_with(before, "http") || istarts_with(before, "dx.doi.org/") || istarts_with(before, "doi.org/");
      continue;
    }
    if (strip_resolver_host(s)) {
      note("resolver URL removed");
      url = true;
      continue;
    }
    if (strip_publisher_page(s)) {
      note("publisher page URL removed");
      url = true;
      continue;
    }
    break;
  }
  if (url) {
    if (std::size_t n = before_url_tail(s); n < s.size()) {
      note("web address tail '" + std::string(s.substr(n)) + "' removed");
      s = s.substr(0, n);
    }
  }
  // Most DOIs have nothing to decode: no copy then (one allocation a DOI,
  // the result's, matters to the Web of Science reader's 35 a record).
  std::string d;
  std::string_view v = s;
  if (s.find('%') != std::string_view::npos) {
    d = url_decode(s);
    v = d;
  }
  // A SICI DOI's '<' and '>' as HTML character references (Web of Science
  // BibTeX's Cited-References write "\\&lt;"; Scopus RIS "&lt;"), issue #11.
  if (v.find('&') != std::string_view::npos) {
    std::string decoded = decode_entities(v);
    if (decoded != v) {
      d = std::move(decoded);
      v = d;
      note("HTML character references decoded");
    }
  }
  // ... or as apostrophes (Scopus RIS: "1:1'7::aid-ags2'3.0.co;2-5").
  if (std::size_t open = sici_apostrophe_open(v); open != std::string_view::npos) {
    std::string fixed(v);
    fixed[open] = '<';
    fixed[fixed.find('\'', open + 1)] = '>';
    d = std::move(fixed);
    v = d;
    note("apostrophes read as the SICI's '<' and '>'");
  }
  if (is_spaced_sici(v) || is_spaced_after_break(v)) {
    std::string joined;
    for (char c : v)
      if (!is_space(c)) joined.push_back(c);
    d = std::move(joined);
    v = d;
    note("white space inside removed");
  }
  v = trim(v);
  // PubMed's AID writes its identifiers' kind after them ("10.1016/x [doi]"),
  // and so do the files made from it.
  if (v.size() > 6 && iequals(v.substr(v.size() - 5), "[doi]") && is_space(v[v.size() - 6])) {
    note("PubMed's ' [doi]' after it removed");
    v = trim(v.substr(0, v.size() - 5));
  }
  // Two DOIs glued ("10.x;10.y"): no DOI, a list (first_of_doi_list).
  if (glued_doi_start(v) != std::string_view::npos) return std::nullopt;
  if (std::size_t h = glued_host_start(v); h != std::string_view::npos && valid_prefix(v.substr(0, h))) {
    note("web address '" + std::string(v.substr(h)) + "' after it removed");
    v = v.substr(0, h);
  }
  if (std::size_t g = glued_number_start(v); g != std::string_view::npos) {
    note("its article number '" + std::string(v.substr(g)) + "' glued after it removed");
    v = v.substr(0, g);
  }
  // Trailing punctuation that closes a sentence or a bracket is not part of
  // the DOI (a DOI may legally end in ')', but only when it also opens one).
  // It is said: a DOI can end in '.' (rarely), and a DOI a source cut short
  // ends in one ("10.xxxx/abc." of a RePEc record), so a DOI field's value
  // that had one removed is a guess the user should see (audit8).
  std::string_view before = v;
  v = v.substr(0, before_closing_punctuation(v));
  if (!valid_shape(v)) return std::nullopt;
  if (v.size() < before.size()) note("trailing '" + std::string(before.substr(v.size())) + "' removed");
  if (repair) *repair = std::move(what);
  return ascii_lower(v);
}

}  // namespace

bool is_placeholder_doi(std::string_view value) {
  std::size_t at = value.find("10.");
  if (at == std::string_view::npos) return false;
  std::string_view v = value.substr(at);
  v = v.substr(0, std::min(v.size(), v.find_first_of(" \t\r\n\"'<>}")));
  v = v.substr(0, before_closing_punctuation(v));
  return valid_prefix(v) && placeholder_suffix(v);
}

std::string placeholder_doi_note(std::string_view value) {
  return is_placeholder_doi(value) ? ": a placeholder for a DOI not yet assigned, no work's DOI" : "";
}

std::optional<std::string> normalize_doi(std::string_view s, std::string* repair) {
  return normalize(s, repair, false);
}

bool normalize_doi_into(std::string_view s, std::string& out, std::string* repair) {
  if (int p = plain_doi(s, out); p >= 0) {
    if (repair) repair->clear();
    return p > 0;
  }
  std::optional<std::string> d = normalize_doi(s, repair);
  if (d) out = std::move(*d);
  return d.has_value();
}

void keep_doi_spelling(Record& r, std::string_view source) {
  if (r.doi.empty() || &r.spelled_doi() != &r.doi) return;
  std::string_view written = doi_as_written(r.doi, source);
  if (!written.empty()) r.doi_spelling = std::string(written);
}

std::string spelled_reference_doi(const Reference& ref) {
  std::string_view written = doi_as_written(ref.doi, ref.raw);
  return written.empty() ? ref.doi : std::string(written);
}

std::string_view doi_as_written(std::string_view doi, std::string_view source) {
  if (doi.empty()) return {};
  // "10.NNNN/" has no letters: found as written, the rest compared folded.
  const std::size_t slash = doi.find('/');
  if (slash == std::string::npos || std::none_of(doi.begin() + slash, doi.end(), is_alpha)) return {};
  const std::string_view prefix = std::string_view(doi).substr(0, slash + 1);
  auto inside = [](char c) { return is_alpha(c) || is_digit(c); };
  for (std::size_t pos = source.find(prefix); pos != std::string_view::npos; pos = source.find(prefix, pos + 1)) {
    const std::size_t end = pos + doi.size();
    if (end > source.size()) break;
    std::string_view written = source.substr(pos, doi.size());
    if (written == doi || !iequals(written, doi)) continue;
    if (pos > 0 && (inside(source[pos - 1]) || source[pos - 1] == '.')) continue;
    // A longer DOI goes on: a letter, a digit, a DOI's punctuation, or '.'
    // before one of those (a sentence's period ends it).
    if (end < source.size()) {
      const char c = source[end];
      if (inside(c) || c == '/' || c == '-' || c == '_' || c == '(' ||
          (c == '.' && end + 1 < source.size() && inside(source[end + 1])))
        continue;
    }
    return written;
  }
  return {};
}

std::size_t doi_length_in_page(std::string_view doi, std::string_view url) {
  std::size_t n = publisher_path_doi_length(url_host(url, UrlHost::bare_www), doi);
  if (n == doi.size()) return n;
  // The address must hold that DOI (as written or URL-encoded).
  std::string decoded = ascii_lower(url_decode(url));
  return decoded.find(ascii_lower(doi.substr(0, n))) == std::string::npos ? doi.size() : n;
}

std::optional<std::string> normalize_short_doi(std::string_view s) {
  s = trim(s);
  while (strip_prefix(s)) {
  }
  if (s.size() < 4 || s.substr(0, 3) != "10/") return std::nullopt;
  for (char c : s.substr(3))
    if (!is_alpha(c) && !is_digit(c)) return std::nullopt;
  return ascii_lower(s);
}

namespace {

// find_doi, and where the DOI is written in `text` (from its web address's
// start when in one) into `*written`.
std::optional<std::string> find_doi_at(std::string_view text, std::string* repair, std::string_view* written) {
  for (std::size_t pos = text.find("10."); pos != std::string_view::npos; pos = text.find("10.", pos + 3)) {
    if (pos > 0 && (is_digit(text[pos - 1]) || is_alpha(text[pos - 1]))) continue;
    std::size_t end = pos;
    while (end < text.size() && !is_space(text[end]) && text[end] != '"' && text[end] != '<') ++end;
    // Inside a web address ("https://onlinelibrary.wiley.com/doi/abs/10.1002/x/abstract",
    // "www.tandfonline.com/doi/pdf/10.1080/x"), what follows the DOI is the page's.
    std::size_t start = pos;
    while (start > 0 && !is_space(text[start - 1]) && text[start - 1] != '"' && text[start - 1] != '<' &&
           text[start - 1] != '(')
      --start;
    std::string_view token = text.substr(start, pos - start);
    // The address may follow a label in the token ("URL:https://...").
    std::size_t scheme = token.find("://");
    while (scheme != std::string_view::npos && scheme > 0 && is_alpha(token[scheme - 1])) --scheme;
    const bool url = scheme != std::string_view::npos || istarts_with(token, "www.");
    if (url)
      end = pos + publisher_path_doi_length(url_host(token.substr(scheme == std::string_view::npos ? 0 : scheme),
                                                     UrlHost::bare_www),
                                            text.substr(pos, end - pos));
    // A second DOI glued after it ("10.x;10.y") is the next one's.
    if (std::size_t g = glued_doi_start(text.substr(pos, end - pos)); g != std::string_view::npos) end = pos + g;
    // The punctuation after it is the text's (a sentence's period), not a repair.
    end = pos + before_closing_punctuation(text.substr(pos, end - pos));
    if (auto d = normalize(text.substr(pos, end - pos), repair, url)) {
      if (written) *written = text.substr(url ? start : pos, end - (url ? start : pos));
      return d;
    }
  }
  return std::nullopt;
}

void say_repair(std::string_view written, std::string_view label, const std::string& repair, const std::string& doi,
                Diagnostics& diags, std::size_t offset) {
  if (!repair.empty()) diags.warning(offset, doi_repair_message({std::string(written), 0, repair, doi}, label));
}

// A finder of a DOI in a text (find_doi_at, labelled_doi_at) for an
// importer: its repair said at `offset` (where `text` starts) plus where
// the DOI is written in it.
template <typename Finder>
std::optional<std::string> found_said(Finder find, std::string_view text, std::string_view label,
                                      Diagnostics& diags, std::size_t offset) {
  std::string repair;
  std::string_view written;
  std::optional<std::string> d = find(text, &repair, &written);
  if (d) say_repair(written, label, repair, *d, diags, offset + (written.data() - text.data()));
  return d;
}

}  // namespace

std::optional<std::string> find_doi(std::string_view text) { return find_doi_at(text, nullptr, nullptr); }

std::optional<std::string> find_doi(std::string_view text, DoiRepair* repair) {
  std::string_view written;
  std::optional<std::string> d = find_doi_at(text, &repair->what, &written);
  if (d) {
    repair->written = std::string(written);
    repair->at = static_cast<std::size_t>(written.data() - text.data());
    repair->doi = *d;
  }
  return d;
}

std::string doi_repair_message(const DoiRepair& r, std::string_view label) {
  std::string m = std::string(label) + " " + std::string(trim(r.written));
  return r.doi.empty() ? m + " dropped (" + r.what + ")" : m + " repaired (" + r.what + "): " + r.doi;
}

void say_doi_repair(const DoiRepair& r, std::string_view label, Diagnostics& diags, std::size_t offset) {
  diags.warning(offset, doi_repair_message(r, label));
}

std::optional<std::string> find_doi_said(std::string_view text, std::string_view label, Diagnostics& diags,
                                         std::size_t offset) {
  return found_said(find_doi_at, text, label, diags, offset);
}

namespace {

// labelled_doi, and the text it read the DOI from (the label included).
std::optional<std::string> labelled_doi_at(std::string_view text, std::string* repair, std::string_view* written) {
  std::string_view v = trim(text);
  // Zotero's HTML notes: "<p>doi: 10...</p>".
  while (!v.empty() && v.front() == '<') {
    std::size_t close = v.find('>');
    if (close == std::string_view::npos) return std::nullopt;
    v = trim(v.substr(close + 1));
  }
  if (!(istarts_with(v, "doi") || starts_with(v, "10.") || istarts_with(v, "http://") ||
        istarts_with(v, "https://")))
    return std::nullopt;
  // The label, then the DOI up to the first white space after its "10.".
  std::size_t at = v.find("10.");
  if (at == std::string_view::npos || at > 40) return std::nullopt;
  std::size_t end = at;
  while (end < v.size() && !is_space(v[end])) ++end;
  // The punctuation after it is the note's (a sentence's period), not a repair.
  end = at + before_closing_punctuation(v.substr(at, end - at));
  if (written) *written = v.substr(0, end);
  return normalize(v.substr(0, end), repair, false);
}

}  // namespace

std::optional<std::string> labelled_doi(std::string_view text) { return labelled_doi_at(text, nullptr, nullptr); }

std::optional<std::string> labelled_doi_said(std::string_view text, std::string_view label, Diagnostics& diags,
                                             std::size_t offset) {
  return found_said(labelled_doi_at, text, label, diags, offset);
}

std::optional<std::string> normalize_doi_said(std::string_view s, std::string_view label, Diagnostics& diags,
                                              std::size_t offset) {
  std::string repair;
  std::optional<std::string> d = normalize_doi(s, &repair);
  if (d) say_repair(s, label, repair, *d, diags, offset);
  return d;
}

// doi.hpp
std::optional<std::string> doi_in_url(std::string_view url, std::string_view label, Diagnostics& diags,
                                      std::size_t offset) {
  std::size_t p = url.find("doi.org/");
  if (p != std::string_view::npos) return normalize_doi_said(url.substr(p), label, diags, offset + p);
  p = url.find("doi=");
  if (p != std::string_view::npos) {
    std::string_view v = url.substr(p + 4);
    std::size_t e = v.find_first_of("&#");
    return normalize_doi_said(v.substr(0, e), label, diags, offset + p + 4);
  }
  // Ovid's full-text link ("ovidweb.cgi?T=JS&...&D=emexb&DO=10.1016%2fj...")
  // and a link resolver's OpenURL 0.1 ("sfx?sid=OVID:embase&id=pmid:...&
  // id=doi:10.1016%2F..."): both written from the record's own DOI.
  for (std::string_view key : {std::string_view("id=doi:"), std::string_view("DO=")}) {
    if (key == "DO=" && url.find("ovidweb.cgi") == std::string_view::npos) continue;
    if (std::optional<std::string_view> v = url_query_value(url, key))
      return normalize_doi_said(*v, label, diags, offset + static_cast<std::size_t>(v->data() - url.data()));
  }
  if (url.find("/doi/") != std::string_view::npos) return normalize_doi_said(url, label, diags, offset);
  return std::nullopt;
}

}  // namespace refnet

#include "refnet/doi.hpp"

#include "refnet/text.hpp"

namespace refnet {

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = to_lower(c);
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

std::string url_decode(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size()) {
      int hi = hex_value(s[i + 1]), lo = hex_value(s[i + 2]);
      if (hi >= 0 && lo >= 0) {
        out.push_back(static_cast<char>(hi * 16 + lo));
        i += 2;
        continue;
      }
    }
    out.push_back(s[i]);
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

bool valid_shape(std::string_view d) {
  // 10.NNNN[.NNNN...]/suffix, registrant code of at least four digits.
  if (d.size() < 8 || d.substr(0, 3) != "10.") return false;
  std::size_t i = 3, digits = 0;
  while (i < d.size() && (is_digit(d[i]) || d[i] == '.')) {
    if (is_digit(d[i])) ++digits;
    ++i;
  }
  if (digits < 4 || i >= d.size() || d[i] != '/' || d[i - 1] == '.') return false;
  if (i + 1 >= d.size()) return false;
  for (char c : d)
    if (is_space(c) || static_cast<unsigned char>(c) < 0x20) return false;
  return true;
}

}  // namespace

std::optional<std::string> normalize_doi(std::string_view s) {
  s = trim(s);
  // Prefixes may stack ("doi: https://doi.org/10...").
  while (strip_prefix(s)) {
  }
  std::string d = url_decode(s);
  std::string_view v = trim(d);
  // Trailing punctuation that closes a sentence or a bracket is not part of
  // the DOI (a DOI may legally end in ')', but only when it also opens one).
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
  if (!valid_shape(v)) return std::nullopt;
  return ascii_lower(v);
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

std::optional<std::string> find_doi(std::string_view text) {
  for (std::size_t pos = text.find("10."); pos != std::string_view::npos; pos = text.find("10.", pos + 3)) {
    if (pos > 0 && (is_digit(text[pos - 1]) || is_alpha(text[pos - 1]))) continue;
    std::size_t end = pos;
    while (end < text.size() && !is_space(text[end]) && text[end] != '"' && text[end] != '<') ++end;
    if (auto d = normalize_doi(text.substr(pos, end - pos))) return d;
  }
  return std::nullopt;
}

}  // namespace refnet

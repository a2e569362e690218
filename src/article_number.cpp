#include "refnet/article_number.hpp"

#include "refnet/text.hpp"

namespace refnet {

std::string article_number_in_pages(std::string_view pages) {
  pages = trim(pages);
  if (pages.empty()) return "";
  std::string_view digits = pages;
  const bool elocator = pages[0] == 'e' || pages[0] == 'E';
  if (elocator) digits.remove_prefix(1);
  if (digits.empty() || !all_digits(digits)) return "";
  if (elocator ? digits.size() < 5 : digits.size() < 6) return "";
  // "000000": no number.
  if (digits.find_first_not_of('0') == std::string_view::npos) return "";
  return elocator ? "e" + std::string(digits) : std::string(digits);
}

bool numbered_by_article(std::string_view csl_type) {
  return csl_type == "article-journal" || csl_type == "paper-conference" || csl_type == "article" ||
         csl_type == "article-magazine";
}

std::string read_pages_as_article_number(Record& r) {
  if (r.pages.size() < 6 || r.pages.find('-') != std::string::npos || !numbered_by_article(r.type)) return "";
  std::string n = article_number_in_pages(r.pages);
  if (n.empty() || !(r.number.empty() || iequals(trim(r.number), n))) return "";
  std::string pages = std::move(r.pages);
  r.pages.clear();
  if (r.number.empty()) r.number = std::move(n);
  return pages;
}

}  // namespace refnet

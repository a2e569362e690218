#include "retraction.hpp"

#include <string_view>

#include "refnet/importer.hpp"
#include "refnet/text.hpp"

namespace refnet {

namespace {

constexpr std::string_view kKeyword = "Retracted Publication";

// The title after its retraction mark ("RETRACTED: ", "RETRACTED ARTICLE: ",
// "[Retracted] "), or "" when it has none.
std::string_view after_mark(std::string_view title) {
  for (std::string_view mark : {"retracted article:", "retracted:", "[retracted]"}) {
    if (title.size() > mark.size() && iequals(title.substr(0, mark.size()), mark))
      return trim(title.substr(mark.size()));
  }
  return {};
}

// Taylor & Francis's notice: the retracted work's title, then its citation
// in parentheses with the year in parentheses of its own: "... (INTERNATIONAL
// JOURNAL OF COMPUTERS AND APPLICATIONS, (2023), 45, 1, (96-104))".
bool cites_a_work(std::string_view rest) {
  if (rest.empty() || rest.back() != ')') return false;
  for (std::size_t at = rest.find(", ("); at != std::string_view::npos; at = rest.find(", (", at + 1)) {
    std::string_view y = rest.substr(at + 3);
    if (y.size() > 5 && is_digit(y[0]) && is_digit(y[1]) && is_digit(y[2]) && is_digit(y[3]) && y[4] == ')')
      return true;
  }
  return false;
}

bool holds_ci(std::string_view s, std::string_view part) {
  return ascii_lower(s).find(part) != std::string::npos;
}

}  // namespace

std::string retraction_evidence(const Record& r) {
  for (const ExtraField& f : r.extra) {
    const std::string_view n = f.name;
    if ((iequals(n, "PT") || iequals(n, "PublicationType") || iequals(n, "Publication Type") ||
         iequals(n, "Publication Types") || iequals(n, "DT") || iequals(n, "Document Type")) &&
        holds_ci(f.value, "retracted publication"))
      return f.name + " '" + f.value + "'";
    if (iequals(n, "updated-by") && holds_ci(f.value, "\"retraction\""))
      return "Crossref: updated by a retraction";
    if (iequals(n, "is_retracted") && iequals(trim(f.value), "true")) return "OpenAlex: is_retracted true";
  }
  if (std::string_view rest = after_mark(r.title); !rest.empty() && !cites_a_work(rest))
    return "its title '" + r.title.substr(0, r.title.size() - rest.size()) + "...'";
  return {};
}

void mark_retraction(Record& r, Diagnostics& diags) {
  // Cheap first: most records have no mark in the title and no type that
  // could say it.
  std::string why = retraction_evidence(r);
  if (why.empty()) return;
  r.add_keyword(std::string(kKeyword));
  report_record(diags, Severity::warning, r,
                    "a retracted work (" + why + "): kept, with the keyword '" + std::string(kKeyword) + "'");
}

}  // namespace refnet

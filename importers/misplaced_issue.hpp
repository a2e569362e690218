// An issue field that holds another field of the record: what tools write
// there when they read a database's RIS M1 (the issue number of RIS's JOUR)
// that the database used for something else, and export it again as the
// issue (RIS IS, their CSV's "Issue").
// - Embase's author address, one M1 line each: the authors it concerns in
//   brackets, then the institution ("(Boisvert C.) Brigham Young University,
//   Provo, UT, United States"): Zotero's and Covidence's RIS and CSV of
//   asreview/citation-file-formatting's Embase records.
// - Publish or Perish's query date, its M1 of every Google Scholar record
//   ("Query date: 2023-02-10 11:34:05"): a reference manager's RIS of such
//   records (ESHackathon/CiteSource's GScholar.ris, 6 records).
#pragma once

#include <string>
#include <string_view>

#include "refnet/text.hpp"

namespace refnet {

struct MisplacedIssue {
  std::string_view what;     // "an author's address as Embase writes it in M1"
  std::string_view ris_tag;  // where a RIS record keeps it: "AD", "M1"
  std::string_view column;   // where a table's row keeps it: "Affiliations"; empty: the column's own name
};

namespace misplaced_issue_detail {
// "(" at the start, a person's name with an initial's dot inside the
// brackets, and after them an address (words and a comma).  An issue label
// in brackets ("(Suppl. 2)", "(1)") has no address after it.
inline bool is_embase_address(std::string_view v) {
  if (v.size() < 20 || v[0] != '(') return false;
  const std::size_t close = v.find(')');
  if (close == std::string_view::npos || close < 4 || close > 400) return false;
  const std::string_view who = v.substr(1, close - 1);
  if (!(who[0] >= 'A' && who[0] <= 'Z') && static_cast<unsigned char>(who[0]) < 0x80) return false;
  if (who.find(". ") == std::string_view::npos && who.find(".,") == std::string_view::npos &&
      who.find(".;") == std::string_view::npos && who.back() != '.')
    return false;
  const std::string_view where = trim(v.substr(close + 1));
  return where.size() >= 8 && where.find(',') != std::string_view::npos && where.find(' ') != std::string_view::npos;
}
}  // namespace misplaced_issue_detail

// What the issue value `v` is when it is one of those, else nothing (what empty).
inline MisplacedIssue misplaced_issue(std::string_view v) {
  v = trim(v);
  if (misplaced_issue_detail::is_embase_address(v))
    return {"an author's address as Embase writes it in M1", "AD", "Affiliations"};
  if (starts_with(v, "Query date: ") && v.size() >= 22 && is_digit(v[12]))
    return {"Publish or Perish's query date (its M1)", "M1", ""};
  return {};
}

// What a reader says of it, in its issue field `label`, kept in extra under `kept_as`.
inline std::string misplaced_issue_said(std::string_view label, std::string_view v, const MisplacedIssue& m,
                                        std::string_view kept_as) {
  return std::string(label) + " '" + std::string(utf8_prefix(v, 60)) + (v.size() > 60 ? "..." : "") + "' is " +
         std::string(m.what) + " (a tool took it for the issue), not an issue: kept in extra as " +
         std::string(kept_as);
}

}  // namespace refnet

// Identifiers and numbers a script or spreadsheet re-saved as numbers
// (spreadsheet_numbers.hpp).
#include "spreadsheet_numbers.hpp"
#include "refnet/issn_check.hpp"

#include <algorithm>

#include "refnet/diagnostics.hpp"
#include "refnet/importer.hpp"
#include "refnet/text.hpp"
#include "spreadsheet_pages.hpp"

namespace refnet {

namespace {

struct Scientific {
  std::string_view lead, fraction;
  int exponent = -1;
};

// "2.05031E+15": 2, 05031, 15.  Excel, R and Python all write the '+'
// ("1e5" stays what it is).
Scientific read_scientific(std::string_view v) {
  v = trim(v);
  const std::size_t e = v.find_first_of("eE");
  if (e == std::string_view::npos || e + 2 >= v.size() || v[e + 1] != '+') return {};
  std::string_view mantissa = v.substr(0, e), exp = v.substr(e + 2);
  if (exp.size() > 2 || !all_digits(exp)) return {};
  Scientific s;
  const std::size_t dot = mantissa.find('.');
  s.lead = mantissa.substr(0, dot);
  if (dot != std::string_view::npos) {
    s.fraction = mantissa.substr(dot + 1);
    if (s.fraction.empty() || !all_digits(s.fraction)) return {};
  }
  if (s.lead.size() != 1 || !is_digit(s.lead[0]) || s.lead[0] == '0') return {};
  s.exponent = std::stoi(std::string(exp));
  return s;
}

}  // namespace

std::string issn_without_zeros(std::string_view v) {
  v = trim(v);
  if (v.size() < 5 || v.size() > 7 || !all_digits(v)) return {};
  const std::string digits = std::string(8 - v.size(), '0') + std::string(v);
  if (issn_check_char(digits) != digits[7]) return {};
  return digits.substr(0, 4) + "-" + digits.substr(4);
}

bool scientific_notation(std::string_view v) { return read_scientific(v).exponent >= 0; }

std::string whole_number_from_scientific(std::string_view v) {
  const Scientific s = read_scientific(v);
  if (s.exponent < 0 || s.fraction.size() != static_cast<std::size_t>(s.exponent)) return {};
  return std::string(s.lead) + std::string(s.fraction);
}

void read_spreadsheet_numbers(Record& r, Diagnostics& diags, SpreadsheetNumbersSaid& said) {
  for (auto [value, field] : {std::pair<std::string*, const char*>{&r.volume, "volume"}, {&r.issue, "issue"},
                              {&r.pages, "pages"}}) {
    std::string whole = whole_number_from_decimal(*value);
    if (whole.empty()) continue;
    if (!said.decimal_number)
      report_record(diags, Severity::warning, r, decimal_read_message(field, *value, whole, value == &r.pages));
    said.decimal_number = true;
    *value = std::move(whole);
  }
  // A whole number read: said once a file.
  auto read = [&](const char* field, std::string_view written, const std::string& whole, bool decimal) {
    bool& once = decimal ? said.decimal_identifier : said.scientific_whole;
    if (once) return;
    once = true;
    report_record(diags, Severity::warning, r,
                  decimal ? decimal_read_message(field, written, whole)
                          : std::string(field) + " '" + std::string(trim(written)) +
                                "' is a whole number written in scientific notation with all its digits (a script "
                                "saved it so): read as " + whole + " (said once a file)");
  };
  // No value: said at each record, kept in extra under the field's name.
  auto lost = [&](const char* field, const char* noun, const char* kept_as, std::string written) {
    report_record(diags, Severity::warning, r,
                  std::string(field) + " '" + written + "' is a number in scientific notation (a spreadsheet or "
                      "script wrote it so; the digits it leaves out may be lost): not read as the " + noun +
                      ", kept in extra");
    r.add_extra(kept_as, std::move(written));
  };
  // One value: read as the whole number it writes, or moved out.
  auto settle = [&](std::string& value, const char* field, const char* noun, const char* kept_as,
                    bool identifier) -> bool {
    if (value.empty()) return false;
    if (identifier) {
      if (std::string whole = whole_number_from_decimal(value, false); !whole.empty()) {
        read(field, value, whole, true);
        value = std::move(whole);
        return false;
      }
    }
    if (!scientific_notation(value)) return false;
    if (std::string whole = whole_number_from_scientific(value); !whole.empty()) {
      read(field, value, whole, false);
      value = std::move(whole);
      return false;
    }
    lost(field, noun, kept_as, std::string(trim(value)));
    value.clear();
    return true;
  };
  settle(r.pmid, "PMID", "PMID", "pmid", true);
  // (The numbers' decimals went above: "16.0" is 16.)
  settle(r.pages, "pages", "pages", "pages", false);
  settle(r.number, "number", "number", "number", false);
  settle(r.volume, "volume", "volume", "volume", false);
  settle(r.issue, "issue", "issue", "issue", false);
  for (auto [list, field, kept_as] : {std::tuple<std::vector<std::string>*, const char*, const char*>{
                                          &r.isbn, "ISBN", "isbn"},
                                      {&r.issn, "ISSN", "issn"}}) {
    const bool isbn = list == &r.isbn;
    list->erase(std::remove_if(list->begin(), list->end(),
                               [&](std::string& v) {
                                 if (isbn) {  // an ISBN-10 or -13 written as a decimal
                                   const std::string whole = whole_number_from_decimal(v, false);
                                   if (whole.size() == 10 || whole.size() == 13) {
                                     read(field, v, whole, true);
                                     v = whole;
                                     return false;
                                   }
                                 }
                                 if (!isbn) {
                                   if (std::string issn = issn_without_zeros(v); !issn.empty()) {
                                     if (!said.issn_zeros)
                                       report_record(diags, Severity::warning, r,
                                                     "ISSN '" + std::string(trim(v)) + "' lost its leading zeros "
                                                     "(a spreadsheet read it as a number): read as " + issn +
                                                         ", its check digit right (said once a file)");
                                     said.issn_zeros = true;
                                     v = std::move(issn);
                                     return false;
                                   }
                                 }
                                 return settle(v, field, field, kept_as, false);
                               }),
                list->end());
  }
}

}  // namespace refnet

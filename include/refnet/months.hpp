// The English month names: one table for every reader, writer and matcher
// of month words (BibTeX's month macros, the dates of RIS, MEDLINE, WoS and
// BibTeX, dedup's volume test, refparse's word classes).
#pragma once

#include <string>
#include <string_view>

namespace refnet {

// 1..12 -> "january".."december" (lower case); "" for any other number.
std::string_view month_name(int month);
// 1..12 -> "jan".."dec": BibTeX's month macros, and the three letters
// every database abbreviates a month to; "" for any other number.
std::string_view month_abbreviation(int month);
// "Sep", "Sept", "SEPTEMBER", "jan" -> 9, 9, 9, 1: a word of three letters
// or more that begins the English name, any case; 0 otherwise ("Decided",
// "JAN-FEB", "Ma").
int month_from_prefix(std::string_view word);
// The month its first three letters name, any case, whatever follows:
// "MAR", "March", "JAN-FEB" -> 3, 3, 1 (how MEDLINE's DP and WoS's PD are
// read word by word; the callers bound the word's length).  0 otherwise.
int month_from_abbreviation(std::string_view word);
// A lower-case word that is a month as databases write one: its name, its
// three letters, or "sept" ("janu" is not).
bool is_month_word(std::string_view lower);
// The seasons journals date issues with ("Spring 2018", "FAL").
constexpr std::string_view kSeasonWords[] = {"spring", "summer", "autumn", "fall", "winter"};
// One of kSeasonWords (lower case).
bool is_season_word(std::string_view lower);

// The EDTF code (21-24) of a season as Web of Science writes one in PD and in
// BibTeX's month: "SPR", "SUM", "FAL", "WIN", any case, or its whole name
// ("Spring", "Fall"); 0 otherwise.
int wos_season(std::string_view word);

// A month field's value that names no month at all: "31", "2013", "Jnu"
// (Mendeley's and hand-typed BibTeX).  False when a word of it is a month
// (its name, or three or more of its first letters), a season (Web of
// Science's SPR, SUM, FAL, WIN too) or a number 1-12: "MAR 16", "OCT-DEC",
// "May/June", "Quarter 1"; false for "".
bool names_no_month(std::string_view value);

// EDTF's divisions of a year, written where the month goes ("1985-23":
// autumn 1985; biblatex reads them): 21-24 the seasons (EDTF level 1), 25-32
// the seasons of the northern and southern hemispheres, 33-36 quarters,
// 37-39 quadrimesters, 40-41 semesters (level 2).  A Record keeps one as its
// Date's text beside the year ("Autumn"), as the readers of RIS and MEDLINE
// keep "Spring".
// 23 -> "Autumn", 27 -> "Autumn (Northern Hemisphere)", 33 -> "Quarter 1";
// "" for any other number.
std::string_view season_name(int code);
// The code of a season's name, case and spaces aside: "autumn", "Fall",
// "Quarter 1" -> 23, 23, 33; 0 for any other text.
int season_code(std::string_view name);
// CSL's season (1 spring .. 4 winter) of a code 21-32; 0 for the others.
constexpr int csl_season(int code) { return code >= 21 && code <= 32 ? (code - 21) % 4 + 1 : 0; }
// A date that is a year and a season: "1985-23", "1985-autumn", "Spring
// 2003", "2003 Spring" -> the year and the code; false for any other text.
bool read_season_date(std::string_view text, int& year, int& code);

// A range of months as MEDLINE's DP, PubMed XML's MedlineDate and RIS's
// PY/DA write one: "2022 Jan-Feb", "Jan.-Feb. 2019", "1998 Dec-1999 Jan",
// "Dec 1998-Jan 1999".  True, with the start and the end, when the text is
// exactly that (a year and two months, or two years each with its month, a
// '-' between) and the end comes after the start; false otherwise (a day,
// a season, words: "2001 Jan 5-18", "2003 Spring").
struct MonthRange {
  int year = 0, month = 0, end_year = 0, end_month = 0;
};
bool read_month_range(std::string_view s, MonthRange& r);

// Years before the common era.  A Record's Date holds one as a negative
// year numbered as ISO 8601 and biblatex number them (astronomical years,
// what the BibTeX importer reads from "-0534"): -534 is 535 BCE, -1 is 2 BCE
// (1 BCE, year 0, cannot be told from an unknown year).  CSL-JSON has no
// year 0: its -535 is 535 BC (pandoc's reading of biblatex's -0534).
//
// A year as words print it: "2001", "535 BCE" (year -534).
std::string year_words(int year);
// The year a date's whole text names before the common era: "535 BCE",
// "535 BC", "535 B.C." -> -534; 0 for any other text.  (A source's year
// field "535 BCE" is kept as text by the importers.)
int year_from_words(std::string_view text);
// A year field of zeros ("0000", "0"): what Scopus writes for a cited work
// it could not date (kishkash555/NLP-for-TA's Scopus RIS, 'PY  - 0000').  It
// names no year: 1 BCE would be year 0, which a Date cannot tell from an
// unknown year.  The readers keep the value as an extra field, say so with
// zero_year_message, and leave the work undated.
bool is_zero_year(std::string_view text);
// "PY '0000' is no year: the work is undated, the value kept as an extra field"
std::string zero_year_message(std::string_view field, std::string_view value);
// A year as CSL-JSON's date-parts hold it (-534 -> -535), and back.
constexpr int csl_year(int year) { return year < 0 ? year - 1 : year; }
constexpr int year_of_csl(int csl) { return csl < 0 ? csl + 1 : csl; }

}  // namespace refnet

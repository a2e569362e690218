// Finding the works that are one work, and keeping apart those that are not.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "refnet/record.hpp"

namespace refnet {

class Library;

// A group of works judged to be one, with the evidence.
struct DuplicateGroup {
  std::vector<std::int64_t> works;  // ascending; the first is kept by --apply
  double score = 0;                 // the weakest link's score, 0..1
  std::vector<std::string> reasons;
};

// Two works that look alike (they share an identifier, or a chain of
// similar records links them) but are kept apart, and why: listed for review.
struct KeptApart {
  std::int64_t a = 0, b = 0;  // a < b
  std::string reason;         // "kept apart: same DOI 10.1/x, different title (similarity 0.08)"
};

// A candidate pair as the rules judged it (for `dedup --review`).
struct ScoredPair {
  std::int64_t a = 0, b = 0;  // a < b
  double score = 0;           // 0 when vetoed
  bool vetoed = false;
  double title_similarity = 0;  // of the folded titles, whatever the verdict
  std::vector<std::string> reasons;
};

struct DedupOptions {
  double threshold = 0.85;  // minimum pair score
  int max_year_gap = 1;
};

// Whether two records that share an identifier (DOI, PMID, PMCID, WoS UT,
// Scopus EID) are one work.  An identifier alone is not trusted: journal
// supplement DOIs are shared by many conference abstracts, a book's DOI sits
// on its chapters, an erratum's on the letter it corrects.  The rest of the
// record must agree: the folded titles are alike (word overlap, or one title
// the other with a subtitle), or, for translated and garbled titles, the
// first author, the year and the first page are the same.  A missing title
// on one side contradicts nothing.  A notice (erratum, correction) and a
// record titled as what it is about are two works, unless that record is
// printed where the notice is: the notice again (PubMed's errata).  `why`
// says which.
bool confirm_shared_identifier(const Record& a, const Record& b, std::string* why);

// The identifier two records share, as "DOI 10.1/x", "PMID 123", ... or
// empty.  Only the first found is named.
std::string shared_identifier(const Record& a, const Record& b);

// A family name (particle included) as dedup and the merge of two sources'
// author lists compare it: folded (case, accents), without spaces and
// punctuation, and with the German transliterations written one way: "ö",
// "oe" and "o" are "o" (so "ä"/"ae", "ü"/"ue"), "ß" and "ss" are "s".
// Databases write "Hößelbarth" (Scopus) as "Hoselbarth" (MEDLINE),
// "Hosselbarth" (CENTRAL) or "Hoesselbarth": one key, "hoselbarth".  For
// comparing two names, never for showing one.
std::string family_name_key(std::string_view family);

// Normalised forms the vetoes compare (exposed for tests):
// ISBN-13 digits ("0-262-03384-4" and "978-0-262-03384-8" -> "9780262033848"),
// or empty when `isbn` is not an ISBN.
std::string normalize_isbn(std::string_view isbn);
// An ISSN's digits and check character, lower case ("0010-567X" -> "0010567x").
std::string issn_digits(std::string_view issn);
// The first number of a volume ("38 (Supplement 1)" -> "38", "Drug
// Discovery. 9" -> "9"), else the folded text.
std::string normalize_volume(std::string_view volume);

// Scores two records: 0 when a veto applies, else a title similarity (1 for
// equal normalized titles) in which the creators and year agreeing count.
// Vetoes: two different DOIs, PMIDs or PMCIDs; a shared identifier the rest
// of the record does not confirm; years further apart than allowed (unless
// the long title, a creator, the journal, volume and page range agree: online
// first and in an issue years later); no
// shared creator when both have creators; equal titles on different volumes
// or pages, or books with different ISBNs (ISBNs normalised, volumes by their
// number).  Strong evidence (the same title of some length, a shared
// creator, the same year) outweighs weak differences: print and electronic
// ISBNs of one book, online-first pages (1-21) against issue pages, an
// article number against a page range.  Other years in other venues (a
// conference abstract and the article, one title at two conferences) are a
// veto, and so are other years whose author lists each name someone the
// other lacks (a yearly review under one title).  "Anonymous" is no
// creator.  The same volume (or venue), the same page range of several pages
// and the same first author make one work whatever the titles say (a
// translated title; a study group named instead of its chair), and the same
// first page with most of the title too.  Creators match by family name and
// initial, or with initials missing, given and family swapped, a letter lost,
// a compound family name in part ("Pedro" of "Hernandez Pedro").
// Two notices are compared by the title of what they are about.  A volume
// field naming only months ("(Jul)") is no volume; a volume written with its
// part ("2-10") is that volume ("10") under one title, creator, year and
// issue; one conference abstract on two single pages of one volume, with
// the very same author list, is one work, and one title on a one-page
// range ("30-30") and a bare page ("61") whose author lists each name
// someone the other lacks is two; a numbered technical report and the
// chapter, paper or article published from it are two, and so are a chapter
// of another book and a whole book by another first author; a short title
// ("Editorial") with no year on one side and creators on one side at most
// is not enough; a short word with two letters swapped ("lds-25",
// "lsd-25") in one issue is a typo.  Titles in other languages (a
// translated title, the original beside MEDLINE's bracketed English: TT,
// VernacularTitle, Ovid's T2/T3 and the like in `extra`) are compared with
// the other side's titles, and two original titles that differ are a veto;
// two translations of one title (most of its words) in one issue of one
// journal, year and author list, without pages on one side, are one work.
// A record under the title of the notice it is (PubMed titles an erratum
// as the work it corrects), printed where the notice is (one journal,
// volume and first page or article number), is compared as that notice.
// An article number where one record has no pages (RIS C7) differs from
// the other's page without a range ("m2613", "m2832") as pages do, weakly.
// A supplement's number written as the volume ("1", or "1)" cut from "16
// (Supplement 1)") is that supplement of the other's volume under one
// title, creator, year and journal.  Embase's volume "18 (8) (no
// pagination)" gives the issue 8 beside the issue field (which then holds
// the article number): issues differ when none of one's is the other's.
// Two adjacent words of one title glued into one word of the other
// ("[14C]serotonin" and an OCR's "14clerotonin"), or a Greek letter's name
// and its initial ("delta 8" and "d8"), count as one word; a Greek letter
// outside a Greek word is its name ("βH" and "beta H").
// Two journal articles under one ISSN and volume are in one journal,
// whatever their journal fields say.
// `why` receives the reasons.
double duplicate_score(const Record& a, const Record& b, const DedupOptions& opt, std::vector<std::string>* why);

// The record dedup's rules judge a work by: its view without references and
// extra fields, with its sources' titles in other languages (TT, X1, an
// original title, ...) and what marks a Google Scholar hit as its extra
// fields.  find_duplicates reads the same for every work at once; the
// identifier merge on import (Library::add) reads it for each work sharing
// an identifier with the record, so that both judge by one evidence.
// Empty when the work does not exist.
std::optional<Record> judged_view(Library& lib, std::int64_t work);

// Every group of live works in the library that are duplicates.  Blocking
// (by the first words of the normalized title, split by year when large, the
// first 24 letters, a short title's words, a notice's title without its
// label, the sources' titles in other languages, the volume and first page
// (all years), the first author, year and volume, and by
// a shared DOI, PMID or PMCID) keeps it near-linear: records are compared
// only within a block.  Groups are built from the best pairs down, and two
// groups are joined only when no pair across them is vetoed: a chain of
// similar records never joins works with two different DOIs.  The pairs kept
// apart (a shared identifier not confirmed, or a join a veto refused) go to
// `kept_apart` when given.  Pairs a reviewer judged different
// (Library::distinct_pairs) are never compared, and no group joins them.
// Every pair compared, with its verdict, goes to `scored` when given.
std::vector<DuplicateGroup> find_duplicates(Library& lib, const DedupOptions& opt = {},
                                            std::vector<KeptApart>* kept_apart = nullptr,
                                            std::vector<ScoredPair>* scored = nullptr);

}  // namespace refnet

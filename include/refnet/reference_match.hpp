// A reference without a DOI matched to a Crossref work: search-based
// matching with validation (SBMV, Tkaczyk et al., as Crossref's own
// reference matcher does it).  The reference string is sent to Crossref's
// search (fetch.hpp: CrossrefClient::search, query.bibliographic); of the
// candidates, those whose relevance score is close to the best one's are
// kept, and each is checked against the reference: the fields of the
// candidate found in the reference (year within one, volume, issue, first
// page, first author's family name, title) are counted.  The best-supported
// candidate is accepted when enough fields support it and no other kept
// candidate (another DOI) is supported as well; otherwise the reference is
// left without a DOI and the verdict says why.
#pragma once

#include <string>
#include <vector>

#include "refnet/fetch.hpp"
#include "refnet/record.hpp"

namespace refnet {

struct MatchOptions {
  double relative_score = 0.5;  // candidates scoring below this share of the best one's are dropped
  int min_support = 3;          // supporting fields needed, the first author's name or the title among them
};

enum class MatchOutcome {
  matched,    // `doi` is the reference's
  ambiguous,  // two candidates (two DOIs) are supported as well: none is taken
  unmatched,  // no candidate is supported enough (or Crossref found nothing)
};

struct CandidateCheck {
  std::string doi;
  double score = 0;
  int support = 0;
  std::vector<std::string> fields;  // which fields support it: "year", "volume", "issue", "page", "author", "title"
};

struct MatchVerdict {
  MatchOutcome outcome = MatchOutcome::unmatched;
  std::string doi;  // matched: the DOI
  std::string why;  // what was decided and on what ("year, volume, page, author, title"; "2 candidates ...")
  std::vector<CandidateCheck> checked;  // the kept candidates, as checked
};

// The string a reference is searched by: as the source wrote it, else its
// parsed fields joined ("Kassen M, 2013, A promising ..., Gov Inf Q, 30, 508").
std::string bibliographic_string(const Reference& r);

// Validates `candidates` (a search's items, best first) against `r`.
MatchVerdict validate_candidates(const Reference& r, const std::vector<SearchCandidate>& candidates,
                                 const MatchOptions& options = {});

const char* to_string(MatchOutcome o);

}  // namespace refnet

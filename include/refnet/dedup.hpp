// Finding the works that are one work, when no DOI says so.
#pragma once

#include <cstdint>
#include <string>
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

struct DedupOptions {
  double threshold = 0.85;  // minimum pair score
  int max_year_gap = 1;
};

// Scores two records: 0 when a veto applies (two different DOIs, two
// different ISBNs, equal titles but different volume or pages, years further
// apart than allowed, no shared creator when both have creators), else a
// title similarity (1 for equal normalized titles) in which the creators and
// year agreeing count.  `why` receives the reasons.
double duplicate_score(const Record& a, const Record& b, const DedupOptions& opt, std::vector<std::string>* why);

// Every group of live works in the library that are duplicates.  Blocking
// (by normalized title, and by the first words of the title with the year)
// keeps it near-linear: records are compared only within a block.
std::vector<DuplicateGroup> find_duplicates(Library& lib, const DedupOptions& opt = {});

}  // namespace refnet

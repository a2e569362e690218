// The merges a library's log holds, judged again by today's rules: a library
// an older refnet made keeps the merges its rules made (works joined on
// import by a shared DOI or PMID, groups dedup --apply made), and an upgrade
// must not silently keep what today's vetoes refuse, nor silently undo what
// a user may rely on.  They are listed for review (`refnet dedup --recheck`)
// and split on request, each logged merge undone with its provenance (the
// log keeps it, undone) and its other works merged again.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "refnet/dedup.hpp"
#include "refnet/record.hpp"

namespace refnet {

class Library;

// One work a logged merge joined that today's rules keep apart from the rest
// of that merge (the absorbing work's records then, or another absorbed
// work's).  Only the merges refnet made itself are judged: on import (kind
// "doi", "identifier", a tool's re-export by its key aside) and by dedup
// --apply ("fuzzy"); a person's merge (`refnet merge`, a reviewed "same")
// stays theirs.
struct RecheckedMerge {
  std::int64_t merge = 0;  // the merge's log id
  std::string at, kind, reason, basis;  // as logged
  std::int64_t into = 0;   // the work that absorbed
  std::int64_t work = 0;   // the absorbed work today's rules keep apart
  std::int64_t live = 0;   // the live work holding both now
  std::string why;         // the veto, or the score below the threshold
  // The merge can be split now: its absorbing work is live (not merged
  // again since: that later merge must be split first).
  bool splittable = false;
};

// Every such work, by merge log id.  The records of each side are the
// sources the merge log says each work held when it was merged (merges
// undone since left out), judged as find_duplicates judges two works: their
// merged record without the user's corrections (judged_record), the same
// vetoes, score and threshold.
std::vector<RecheckedMerge> recheck_merges(Library& lib, const DedupOptions& opt = {});

struct SplitResult {
  std::size_t merges = 0;    // logged merges undone
  std::size_t restored = 0;  // works that became live again
  std::size_t remerged = 0;  // of those, merged again (today's rules still join them to the rest)
  std::size_t skipped = 0;   // merges not splittable now (their work merged again since)
};

// Splits the merges `found` names (recheck_merges' result): each merge is
// undone (Library::undo_merge: sources back to their works, keys and tags
// as they were, the log entry kept as undone), then its absorbed works
// today's rules still join to the absorbing one are merged into it again,
// logged with the same kind and a reason saying so.  The caller holds the
// transaction.
SplitResult split_merges(Library& lib, const std::vector<RecheckedMerge>& found);

// find_duplicates' groups of a few records (every pair compared, none
// blocked out): works are the records' indices.
std::vector<DuplicateGroup> group_records(const std::vector<Record>& records, const DedupOptions& opt = {},
                                          std::vector<KeptApart>* kept_apart = nullptr);

// The record dedup's rules judge a set of source records by (what
// judged_view gives of a work whose sources they are): their merged record
// without references and extra fields, with the sources' titles in other
// languages and Google Scholar's marks as its extra fields.  The user's
// records (format "user") are left out: the databases' evidence.
Record judged_record(const std::vector<Record>& sources);

}  // namespace refnet

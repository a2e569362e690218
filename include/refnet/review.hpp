// Systematic reviews: where each record came from (source labels), the
// PRISMA 2020 identification and screening numbers, the overlap between
// databases, the near-duplicates a reviewer decides on, and screening
// decisions by one or two reviewers.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "refnet/dedup.hpp"
#include "refnet/diagnostics.hpp"
#include "refnet/exporter.hpp"
#include "refnet/record.hpp"

namespace refnet {

class Library;
struct ScreeningDecision;

// The database a record's dialect names: "Web of Science" (WoS tagged, a WoS
// UT), "Scopus" (Scopus CSV, an EID, RIS `DB - Scopus`, BibTeX
// `source = {Scopus}`), "PubMed" (MEDLINE, PubMed XML, RIS DB/DP PubMed),
// "MEDLINE (Ovid)", "MEDLINE (EBSCO)", "Embase", "PsycINFO", "Lens",
// "Dimensions" (their RIS by the address each record links to), an Ovid
// database by the code in its link (ovid_database: Ovid's RIS names no
// database, "Ovid (code)" for a code refnet does not know), an
// EBSCOhost database by its code (RIS DB, or the permalink of its tables and,
// under EBSCOhost's key, of its BibTeX), "ScienceDirect" (its plain text; its
// BibTeX by the link to the article's page there under ScienceDirect's key), "Crossref" (Crossref JSON), EndNote's
// remote-database-name, else RIS DB/DP as written; empty when the record
// names none.
std::string database_of(const Record& r);
// A Google Scholar hit as Publish or Perish tables them: the row's GSRank
// (Scholar's rank of the hit, on every row) or CitesURL (a Scholar
// address, on rows cited at least once), the extra fields the table reader
// keeps.  Such a row describes a publication as the search engine found it
// (a journal article, a book, a web page), with no type of its own and the
// site it was found on for a publisher; or an entry of Publish or Perish's
// BibTeX of a Google Scholar search (its '@database', which the BibTeX reader
// gives by the layout), whose `journal` is that site where Scholar gave no
// source.
bool google_scholar_hit(const Record& r);
// The extra fields google_scholar_hit reads.
inline constexpr const char* kGoogleScholarFields[] = {"GSRank", "CitesURL", "@database"};
// Ovid's link to a record, "http://ovidsp.ovid.com/ovidweb.cgi?T=JS&PAGE=reference&D=medp&NEWS=N&AN=32487818"
// (RIS L2 or UR): its database code (D=) and accession number (AN=); both
// empty when the address is no Ovid link.  Views into `url`.
struct OvidLink {
  std::string_view db, id;
};
OvidLink ovid_link(std::string_view url);
// The database an Ovid code names, as database_of names it: "MEDLINE
// (Ovid)" (med*, prem*, mesx, mesz, pmnm: MEDLINE's segments, In-Process,
// Epub Ahead of Print, PubMed-not-MEDLINE), "PsycINFO" (psyc*), "Embase"
// (emed*, emez, emex, oemezd), "CENTRAL (Ovid)" (cctr), ...; a segment's
// number ("med16", "psyc4") is the same database.  Empty for a code refnet
// does not know.
std::string ovid_database(std::string_view code);
// The label a record gets without `import --source`: database_of, else the
// file's name (without its directory).
std::string default_source_label(const Record& r);
// What an import says of a file whose label is a guess: "" when the record
// names its database; else that the file's name (of a RIS file or a table:
// a BibTeX library's records come from anywhere), an EBSCOhost code refnet
// does not know, or a platform alone stands for it, and how to name it.
std::string source_label_warning(const Record& r);
// One file's label for its ProQuest records.  ProQuest's RIS names in each
// record's DB every database of the platform that holds it ("ProQuest
// Central; Sociological Abstracts; Sociology Database"), so one search's
// records name several combinations.  PRISMA lists the databases searched,
// one line a search: the file's records get one label, the database every
// one of them names ("Sociological Abstracts"), "ProQuest (A, B)" when they
// all name several, else "ProQuest".  add() each record of the file; label()
// is the file's ("" without a ProQuest record), to replace each of
// relabelled() (the records' own labels, default_source_label) but itself.
class FileDatabases {
 public:
  void add(const Record& r);
  std::string label() const;
  const std::vector<std::string>& relabelled() const { return record_labels_; }

 private:
  bool any_ = false;
  std::vector<std::string> common_;         // the databases every ProQuest record names, in order
  std::vector<std::string> record_labels_;  // the ProQuest records' own labels, each once
};

// What a reviewer needs to screen and cite a record that it lacks: "no
// title", "no authors" (nor editors), "no year", joined by ", "; "" when
// it has all three.  `import` warns of each such record, `list
// --incomplete` selects the works.
std::string screening_gaps(const Record& r);
// The database a free text names (RIS DB/DP, EndNote's remote database,
// BibTeX `source`): "Scopus", "Web of Science", "PubMed" (MEDLINE too),
// "Embase", ...; empty when it names none.
std::string database_named(std::string_view text);

// PRISMA 2020, identification and screening (the flow diagram's numbers).
// Records identified are the source records a search found (not those
// attached by enrichment); duplicates removed are the works absorbed by
// merges not undone, by the merge's kind; records screened are the live
// works; each has at most one decision at title/abstract (the tags
// screen:include, screen:exclude:<reason>, screen:maybe; a work carrying
// several counts once: include, then exclude, then maybe).  The identities
//   identified = duplicates removed + screened
//   screened = excluded + included + awaiting (maybe + conflicts + unscreened)
//   excluded = the sum over reasons
// are checked (prisma_counts throws StoreError naming the line that does
// not add up).
//
// The full-text stage (`screen --stage fulltext`, the tags
// screen:fulltext:include, screen:fulltext:exclude:<reason>,
// screen:fulltext:maybe, screen:fulltext:not-retrieved): the works included
// at title/abstract are the reports sought for retrieval; those whose full
// text was not obtained are not retrieved, the others assessed for
// eligibility; a work carrying several full-text tags counts once:
// include, exclude, not retrieved, maybe.  Checked:
//   sought = not retrieved + assessed
//   assessed = excluded + included + awaiting (maybe + conflicts + not yet assessed)
// Studies included are the included reports, those sharing a tag
// study:<name> counted once (several reports of one study).
struct PrismaFullText {
  std::int64_t sought = 0, not_retrieved = 0, assessed = 0;
  std::int64_t excluded = 0;
  std::vector<std::pair<std::string, std::int64_t>> exclusion_reasons;  // sorted by count, descending
  std::int64_t included = 0;  // reports of included studies
  std::int64_t studies = 0;   // studies included in review
  std::int64_t maybe = 0, conflicts = 0, unassessed = 0;
  std::int64_t awaiting() const { return maybe + conflicts + unassessed; }
  // Conflicts settled (screen --resolve): counted above at their resolution.
  std::int64_t resolved_consensus = 0, resolved_arbiter = 0;
  // Resolutions of works the reviewers agreed on (they overrule the
  // agreement): counted above at their resolution, never as conflicts resolved.
  std::int64_t overruled_consensus = 0, overruled_arbiter = 0;
  // Full-text tags on works not included at title/abstract (a merge of a
  // work decided at full text with one excluded before): not counted.
  std::int64_t not_counted = 0;
};
struct PrismaCounts {
  std::vector<std::pair<std::string, std::int64_t>> identified;  // by source label, sorted by label
  std::int64_t identified_total = 0;
  std::int64_t attached = 0;  // enrichment records, not counted as identified
  std::int64_t own_exports = 0;  // records of refnet's own exports read back, not counted either
  std::int64_t duplicates_identifier = 0;  // merged on import: same DOI, PMID, PMCID, WoS UT, ...
  // duplicates_identifier by the identifier shared: DOI, PMID, PMCID, WoS UT
  // and Scopus EID in that order, then "the same entry exported again",
  // "one record's two identifiers" (none with 0).
  std::vector<std::pair<std::string, std::int64_t>> identifier_kinds;
  std::int64_t duplicates_fuzzy = 0;       // dedup --apply
  std::int64_t duplicates_manual = 0;      // merge, dedup --decisions
  std::int64_t duplicates_removed = 0;     // the three
  std::int64_t removed_other = 0;          // works in the trash (refnet rm): removed for other reasons
  std::int64_t screened = 0;
  std::int64_t excluded = 0;
  std::vector<std::pair<std::string, std::int64_t>> exclusion_reasons;  // sorted by count, descending
  std::int64_t included = 0;  // at title/abstract: with a full-text stage, the reports sought
  std::int64_t maybe = 0;
  std::int64_t conflicts = 0;  // screened by reviewers who disagree (no agreed decision yet)
  std::int64_t unscreened = 0;
  std::int64_t awaiting() const { return maybe + conflicts + unscreened; }
  // Conflicts settled (screen --resolve): counted above at their resolution.
  std::int64_t resolved_consensus = 0, resolved_arbiter = 0;
  // Resolutions of works the reviewers agreed on (they overrule the
  // agreement): counted above at their resolution, never as conflicts resolved.
  std::int64_t overruled_consensus = 0, overruled_arbiter = 0;
  std::int64_t title_studies = 0;  // the works included at title/abstract, those sharing a study:<name> once
  std::int64_t multiple_decisions = 0;  // works carrying more than one screen: tag of a stage
  bool has_fulltext = false;  // any full-text decision (tag or a reviewer's): the full-text boxes are drawn
  PrismaFullText fulltext;
};
PrismaCounts prisma_counts(Library& lib);

// The PRISMA 2020 flow diagram (identification, screening, included) as a
// self-contained SVG, and an HTML page holding it.
std::string prisma_svg(const PrismaCounts& c);
std::string prisma_html(const PrismaCounts& c);

// CiteSource-style overlap of the sources: each label's live works, the
// works only it found, the works each pair found, and the works found by
// each exact combination of labels (an UpSet plot's bars).
struct Overlap {
  std::vector<std::string> labels;                // sorted
  std::vector<std::int64_t> works;                // found by label i
  std::vector<std::int64_t> unique;               // found by label i only
  std::vector<std::vector<std::int64_t>> shared;  // [i][j]: found by both (diagonal: works[i])
  // Exact combinations (indices into labels, ascending) and their works,
  // by count descending.
  std::vector<std::pair<std::vector<std::size_t>, std::int64_t>> combinations;
  std::int64_t total = 0;  // live works found by any label
};
Overlap source_overlap(Library& lib);
std::string overlap_tsv(const Overlap& o);
std::string overlap_svg(const Overlap& o);

// Near-duplicate review (dedup --review): candidate pairs for a human.
struct ReviewPair {
  std::int64_t a = 0, b = 0;  // live works, a < b
  // "merge": the rules would merge them (decision pre-filled "same");
  // "kept apart": a veto or an unconfirmed identifier; "below threshold".
  std::string kind;
  double score = 0;
  double title_similarity = 0;
  std::string reason;
  std::string decision;
};
struct ReviewOptions {
  DedupOptions dedup;
  double floor = 0.5;        // lowest score of a pair below the threshold
  double vetoed_title = 0.8;  // lowest title similarity of a vetoed pair
};
// Pairs judged different before are not listed.
std::vector<ReviewPair> review_pairs(Library& lib, const ReviewOptions& opt = {});
// The pairs as a TSV table: kind, score, the two works' key fields side by
// side, the reason, and an empty (or pre-filled) decision column.
std::string review_tsv(Library& lib, const std::vector<ReviewPair>& pairs);
// The same pairs as a JSON array of objects, one a pair, keyed by the
// table's column names (scores, IDs and years as numbers): dedup --review --json.
std::string review_json(Library& lib, const std::vector<ReviewPair>& pairs);

// Applying a reviewed table (dedup --decisions): `same` pairs are merged
// (kind "review"; pairs chained by `same` make one group), `different`
// pairs are remembered; an empty decision leaves the pair for later.  The
// rows name works by the columns key_a/key_b (or id_a/id_b).  Problems are
// reported to `diags` (whose source is the table's text) and the row skipped.
struct PairDecisionsResult {
  std::size_t rows = 0, same = 0, different = 0, undecided = 0, skipped = 0;
  std::size_t merges = 0, absorbed = 0;
};
// The caller owns the transaction.
PairDecisionsResult apply_pair_decisions(Library& lib, std::string_view tsv, Diagnostics& diags);

// Screening, in two stages: title/abstract ("title") and full text
// ("fulltext").  A decision is "include", "exclude" (with a reason) or
// "maybe"; at full text also "not-retrieved" (the report was sought, its
// full text not obtained).  Its tag: screen:include,
// screen:exclude:<reason> (screen:exclude without one), screen:maybe at
// title/abstract (the tags of libraries screened in one stage keep their
// meaning); screen:fulltext:include, screen:fulltext:exclude:<reason>,
// screen:fulltext:maybe, screen:fulltext:not-retrieved at full text.
inline const std::string kTitleStage = "title", kFullTextStage = "fulltext";
std::string screening_tag(const std::string& decision, const std::string& reason,
                          const std::string& stage = kTitleStage);
// The prefix of a stage's tags: "screen:", "screen:fulltext:".
std::string screening_tag_prefix(const std::string& stage);
// A stage's name as written ("title", "ta", "tiab", "title-abstract",
// "abstract" -> title; "fulltext", "full-text", "full", "ft" -> fulltext);
// false when `word` is none of these.
bool parse_stage(std::string_view word, std::string& stage);
// Records a reviewer's decision at a stage (decision "" takes it back) and
// sets the work's tag of that stage to the agreed decision: the one every
// reviewer who decided gave (with different reasons for an exclusion, each
// reason once, joined by " / ": "wrong population / wrong design"), none
// when they disagree.  Refused (nothing changed; the returned text says
// why, "" when recorded): a full-text decision on a work not included at
// title/abstract, and a title/abstract decision that would leave a work
// with full-text decisions not included.  The caller owns the transaction.
std::string record_screening(Library& lib, std::int64_t work_id, const std::string& reviewer,
                             const std::string& decision, const std::string& reason,
                             const std::string& stage = kTitleStage);
// Settling the reviewers' conflict on a work at a stage (Cochrane Handbook
// ch. 4, PRISMA 2020 item 8): the final decision, by consensus (the
// reviewers' discussion) or by an arbiter (a third reviewer), recorded
// beside the reviewers' own decisions, which stay as they gave them (their
// agreement, Cohen's kappa, is of those).  The work's tag of the stage is the
// resolution while it has one, else the agreed decision; decision "" takes
// the resolution back.  Refused (the returned text says why, nothing
// changed): a work no reviewer decided on at the stage, and what
// record_screening refuses.  `note` (when given) gets what is worth saying
// of a resolution recorded: one that overrules reviewers who agree.  The
// caller owns the transaction.
inline const std::string kConsensus = "consensus", kArbiter = "arbiter";
std::string record_resolution(Library& lib, std::int64_t work_id, const std::string& decision,
                              const std::string& reason, const std::string& method, const std::string& by,
                              const std::string& stage = kTitleStage, std::string* note = nullptr);
// Normalised decision ("i", "include", "included" -> "include"; "e",
// "exclude", "excluded"; "m", "maybe", "?"; "not-retrieved", "not
// retrieved", "nr"; "u", "", "undecided", "none" -> ""); false when `word`
// is none of these.
bool parse_decision(std::string_view word, std::string& decision);
// What a reviewer's decision says when two are compared: the decision, an
// exclusion with its folded reason ("exclude:wrong design").  Reviewers whose
// kinds differ at a stage disagree there (prisma, screen --conflicts, rm).
std::string decision_kind(const ScreeningDecision& d);

struct ScreeningResult {
  std::size_t rows = 0, applied = 0, cleared = 0, skipped = 0;
};
// A TSV of key, decision, reason[, reviewer] (a header row naming the
// columns is recognised); `reviewer` for rows without one; the decisions
// of `stage`.  With a `method` (kConsensus, kArbiter) the rows are
// resolutions (record_resolution), the reviewer column who settled them.
ScreeningResult apply_screening_decisions(Library& lib, std::string_view tsv, const std::string& reviewer,
                                          Diagnostics& diags, const std::string& stage = kTitleStage,
                                          const std::string& method = {});

// Two reviewers' agreement: works both decided, those they disagree on,
// and Cohen's kappa over the decisions include/exclude/maybe; then, over
// the works both excluded, the same for their reasons (a work one excludes
// for the wrong population and the other for the wrong design is agreed on
// the decision, not on the reason).
struct Agreement {
  std::string reviewer_a, reviewer_b;
  std::int64_t both = 0, agreed = 0;
  double observed = 0, expected = 0, kappa = 0;
  struct Conflict {
    std::int64_t work_id = 0;
    std::string a, b;  // "exclude: wrong population"
    // Its resolution ("include", "exclude: wrong design"), how ("consensus",
    // "arbiter") and by whom; all empty while unresolved.
    std::string resolution, method, by;
  };
  // The conflicts (on the decision, then on the reason) resolved, by method.
  std::int64_t resolved_consensus = 0, resolved_arbiter = 0;
  std::int64_t reason_resolved_consensus = 0, reason_resolved_arbiter = 0;
  std::vector<Conflict> conflicts;  // on the decision
  std::int64_t both_excluded = 0, same_reason = 0;
  double reason_observed = 0, reason_expected = 0, reason_kappa = 0;
  std::vector<Conflict> reason_conflicts;  // both excluded, for different reasons
  std::int64_t trashed = 0;  // works a reviewer decided that are in the trash: left out of all the above
};
// Reviewers empty: the two the library has at the stage (StoreError unless exactly two).
Agreement screening_agreement(Library& lib, std::string reviewer_a = {}, std::string reviewer_b = {},
                              const std::string& stage = kTitleStage);
// Every live work's facts for the CSV/TSV columns id, sources, tags,
// decision, reason and notes, by its key (what export and list write alike).
std::unordered_map<std::string, WorkFacts> work_facts(Library& lib);

// Cohen's kappa of paired ratings: (po - pe) / (1 - pe); 1 when pe is 1.
double cohen_kappa(const std::vector<std::pair<std::string, std::string>>& ratings, double* observed = nullptr,
                   double* expected = nullptr);

}  // namespace refnet

// The merges of a library's log judged again by today's rules (recheck.hpp).
#include "refnet/recheck.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "refnet/merge.hpp"
#include "refnet/merge_basis.hpp"
#include "refnet/store.hpp"
#include "refnet/user_fields.hpp"
#include "statement.hpp"

namespace refnet {
namespace {

struct LoggedMerge {
  std::int64_t id = 0;
  std::string at, kind, reason, basis;
  std::int64_t into = 0;
  std::vector<std::int64_t> absorbed;
  std::vector<std::pair<std::int64_t, std::int64_t>> moved;  // source, its work before
  bool undone = false;
};

// The merges refnet made by itself and judged again.  A tool's re-export
// joined by its key ("same bibtex entry: key K, title and year", a pinned
// key's edited entry) is the user's own entry, not a judgement of evidence.
bool judged_kind(const LoggedMerge& m) {
  if (m.kind == "doi" || m.kind == "fuzzy") return true;
  return m.kind == "identifier" && m.basis != kEntryBasis;
}

std::vector<LoggedMerge> logged_merges(sqlite3* db) {
  std::vector<LoggedMerge> out;
  Stmt q(db, "SELECT id, at, kind, reason, into_work, absorbed, moved, undone_at IS NOT NULL, basis FROM merges ORDER BY id");
  while (q.step()) {
    LoggedMerge m;
    m.id = sqlite3_column_int64(q.get(), 0);
    m.at = column_text(q.get(), 1);
    m.kind = column_text(q.get(), 2);
    m.reason = column_text(q.get(), 3);
    m.into = sqlite3_column_int64(q.get(), 4);
    m.undone = sqlite3_column_int(q.get(), 7) == 1;
    m.basis = column_text(q.get(), 8);
    // A damaged log entry (not JSON) is left out: `refnet check` says so.
    nlohmann::json absorbed = nlohmann::json::parse(column_view(q.get(), 5), nullptr, false);
    nlohmann::json moved = nlohmann::json::parse(column_view(q.get(), 6), nullptr, false);
    if (!absorbed.is_array() || !moved.is_array()) continue;
    for (const auto& a : absorbed)
      if (a.is_number_integer()) m.absorbed.push_back(a.get<std::int64_t>());
    for (const auto& p : moved)
      if (p.is_array() && p.size() == 2 && p[0].is_number_integer() && p[1].is_number_integer())
        m.moved.emplace_back(p[0].get<std::int64_t>(), p[1].get<std::int64_t>());
    out.push_back(std::move(m));
  }
  return out;
}

// The works of a library as its merges built them: each source starts in
// the work it was added to (the work the first logged move names, else the
// one holding it now), and the merges not undone move them, in order.
class Replay {
 public:
  Replay(sqlite3* db, const std::vector<LoggedMerge>& merges) : db_(db) {
    Stmt q(db, "SELECT id, work_id FROM sources ORDER BY id");
    std::unordered_map<std::int64_t, std::int64_t> first_work;
    for (const LoggedMerge& m : merges)
      for (const auto& [source, before] : m.moved) first_work.emplace(source, before);
    while (q.step()) {
      const std::int64_t source = sqlite3_column_int64(q.get(), 0);
      auto f = first_work.find(source);
      members_[f != first_work.end() ? f->second : sqlite3_column_int64(q.get(), 1)].push_back(source);
    }
  }
  const std::vector<std::int64_t>& members(std::int64_t work) { return members_[work]; }
  void apply(const LoggedMerge& m) {
    std::vector<std::int64_t>& into = members_[m.into];
    for (std::int64_t a : m.absorbed) {
      auto it = members_.find(a);
      if (it == members_.end()) continue;
      into.insert(into.end(), it->second.begin(), it->second.end());
      members_.erase(it);
    }
  }
  // The records of sources (decoded once each).
  std::vector<Record> records(const std::vector<std::int64_t>& sources) {
    std::vector<Record> out;
    for (std::int64_t s : sources) {
      auto it = decoded_.find(s);
      if (it == decoded_.end()) {
        std::optional<Record> r;
        if (!read_) read_ = std::make_unique<Stmt>(db_, "SELECT data FROM sources WHERE id = ?1");
        read_->bind(1, s);
        if (read_->step()) {
          try {
            r = record_from_json(column_view(read_->get(), 0));
          } catch (const RecordJsonError&) {
            // A damaged source says nothing here: `refnet check` reports it.
          }
        }
        read_->reset();
        it = decoded_.emplace(s, std::move(r)).first;
      }
      if (it->second) out.push_back(*it->second);
    }
    return out;
  }

 private:
  sqlite3* db_;
  std::unordered_map<std::int64_t, std::vector<std::int64_t>> members_;
  std::unordered_map<std::int64_t, std::optional<Record>> decoded_;
  std::unique_ptr<Stmt> read_;
};

std::int64_t live_work_of(sqlite3* db, std::int64_t work) {
  Stmt q(db, "SELECT merged_into FROM works WHERE id = ?1");
  for (int hops = 0; hops < 64; ++hops) {
    q.bind(1, work);
    std::int64_t next = 0;
    if (q.step() && sqlite3_column_type(q.get(), 0) != SQLITE_NULL) next = sqlite3_column_int64(q.get(), 0);
    q.reset();
    if (!next) return work;
    work = next;
  }
  return work;
}

std::string score_text(double score) {
  char s[16];
  std::snprintf(s, sizeof s, "%.2f", score);
  return s;
}

// Judges one merge's works as find_duplicates groups works (group_records:
// the same scores, vetoes and joins): the absorbed works left out of the
// absorbing work's group, each with the veto or the score that keeps it
// out, against that group's works.
std::vector<std::pair<std::size_t, std::string>> left_out(const std::vector<Record>& sides, const DedupOptions& opt) {
  std::vector<KeptApart> apart;
  std::vector<bool> in(sides.size(), false);
  in[0] = true;
  for (const DuplicateGroup& g : group_records(sides, opt, &apart))
    if (std::find(g.works.begin(), g.works.end(), 0) != g.works.end())
      for (std::int64_t w : g.works) in[static_cast<std::size_t>(w)] = true;
  std::vector<std::pair<std::size_t, std::string>> out;
  for (std::size_t k = 1; k < sides.size(); ++k) {
    if (in[k]) continue;
    std::string why;
    double best = 0;
    for (std::size_t g = 0; g < sides.size() && why.empty(); ++g) {
      if (!in[g]) continue;
      std::vector<std::string> reasons;
      const double s = duplicate_score(sides[k], sides[g], opt, &reasons);
      if (s == 0 && !reasons.empty()) why = reasons.back();
      best = std::max(best, s);
    }
    // A join refused for a veto between other works of the two groups.
    for (const KeptApart& a : apart)
      if (why.empty() && (a.a == static_cast<std::int64_t>(k) || a.b == static_cast<std::int64_t>(k))) {
        // Its works are named by index here: the veto alone.
        const std::size_t v = a.reason.find(" refused: ");
        why = v == std::string::npos ? a.reason : "kept apart from the group: " + a.reason.substr(v + 10);
      }
    if (why.empty()) why = "score " + score_text(best) + ", below " + score_text(opt.threshold);
    out.emplace_back(k, why);
  }
  return out;
}

}  // namespace

std::vector<RecheckedMerge> recheck_merges(Library& lib, const DedupOptions& opt) {
  sqlite3* db = lib.handle();
  const std::vector<LoggedMerge> merges = logged_merges(db);
  Replay replay(db, merges);
  std::vector<RecheckedMerge> out;
  for (const LoggedMerge& m : merges) {
    if (m.undone) continue;
    if (judged_kind(m)) {
      // Each side as its sources make it; a side of the user's records
      // alone (or of damaged ones) has no evidence to judge by.
      std::vector<Record> sides{judged_record(replay.records(replay.members(m.into)))};
      std::vector<std::int64_t> works{m.into};
      for (std::int64_t a : m.absorbed) {
        Record r = judged_record(replay.records(replay.members(a)));
        if (r.title.empty() && r.authors.empty() && r.doi.empty()) continue;
        sides.push_back(std::move(r));
        works.push_back(a);
      }
      const bool judged = !sides.front().title.empty() || !sides.front().authors.empty() || !sides.front().doi.empty();
      if (judged && sides.size() > 1)
        for (const auto& [k, why] : left_out(sides, opt)) {
          RecheckedMerge r;
          r.merge = m.id;
          r.at = m.at;
          r.kind = m.kind;
          r.reason = m.reason;
          r.basis = m.basis;
          r.into = m.into;
          r.work = works[k];
          r.live = live_work_of(db, m.into);
          r.why = why;
          r.splittable = r.live == m.into;
          out.push_back(std::move(r));
        }
    }
    replay.apply(m);
  }
  return out;
}

SplitResult split_merges(Library& lib, const std::vector<RecheckedMerge>& found) {
  // By merge, the latest first: splitting a later merge may make an earlier
  // one's absorbing work live again.
  std::map<std::int64_t, std::vector<const RecheckedMerge*>, std::greater<>> by_merge;
  for (const RecheckedMerge& f : found) by_merge[f.merge].push_back(&f);
  SplitResult res;
  for (const auto& [id, parts] : by_merge) {
    const RecheckedMerge& first = *parts.front();
    if (live_work_of(lib.handle(), first.into) != first.into) {
      ++res.skipped;
      continue;
    }
    std::vector<std::int64_t> restored = lib.undo_merge(id);
    ++res.merges;
    res.restored += restored.size();
    std::vector<std::int64_t> again;
    std::string apart;
    for (std::int64_t w : restored) {
      auto p = std::find_if(parts.begin(), parts.end(), [&](const RecheckedMerge* r) { return r->work == w; });
      if (p == parts.end())
        again.push_back(w);
      else
        apart += (apart.empty() ? "" : "; ") + std::string("work ") + std::to_string(w) + ": " + (*p)->why;
    }
    if (again.empty()) continue;
    lib.merge(first.into, again, first.kind,
              first.reason + " (merged again when merge " + std::to_string(id) + " was split by 'dedup --recheck --split': " +
                  apart + ")",
              first.basis);
    res.remerged += again.size();
  }
  return res;
}

}  // namespace refnet

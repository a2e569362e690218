#include "refnet/source_keys.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <set>

#include "refnet/dedup.hpp"
#include "refnet/jats.hpp"
#include "refnet/latex.hpp"
#include "refnet/text.hpp"
#include "statement.hpp"

namespace refnet {

void remember_source_key(Library& lib, std::int64_t source_id, std::string_view key) {
  if (key.empty() || source_id <= 0) return;
  Library::Prepared q = lib.prepared("INSERT OR REPLACE INTO source_keys (source_id, key) VALUES (?1, ?2)");
  q.bind(1, source_id).bind(2, key);
  q.run();
}

// The statements are prepared once per library (Library::prepared): every
// BibTeX entry of an import asks for its key.  A library opened read-only
// before its migration to 14 has no source_keys: no key giver.
std::vector<KeyGiver> key_givers(Library& lib, std::string_view key) {
  std::vector<KeyGiver> out;
  try {
    Library::Prepared q =
        lib.prepared("SELECT s.work_id, coalesce(s.label, ''), coalesce(s.file, ''), coalesce(s.line, 0) FROM source_keys k "
                     "JOIN sources s ON s.id = k.source_id WHERE k.key = ?1 COLLATE NOCASE ORDER BY s.id");
    q.bind(1, key);
    while (q.step()) {
      KeyGiver g;
      g.work = sqlite3_column_int64(q.get(), 0);
      g.label = column_text(q.get(), 1);
      g.file = column_text(q.get(), 2);
      g.line = static_cast<std::uint32_t>(sqlite3_column_int64(q.get(), 3));
      out.push_back(std::move(g));
    }
  } catch (const StoreError&) {
    return out;
  }
  // The live work each belongs to now (merges move sources; a trashed one is no candidate).
  std::vector<KeyGiver> live;
  for (KeyGiver& g : out) {
    g.work = lib.live_work(g.work);
    Library::Prepared t = lib.prepared("SELECT 1 FROM works WHERE id = ?1 AND trashed_at IS NULL");
    t.bind(1, g.work);
    if (t.step()) live.push_back(std::move(g));
  }
  return live;
}

std::map<std::int64_t, std::vector<std::string>> keys_given_by(Library& lib, const std::vector<std::string>& labels) {
  std::map<std::int64_t, std::vector<std::string>> out;
  for (const std::string& label : labels) {
    std::vector<std::pair<std::int64_t, std::string>> given;
    try {
      Library::Prepared q = lib.prepared("SELECT s.work_id, k.key FROM source_keys k JOIN sources s ON s.id = k.source_id "
                                         "WHERE coalesce(s.label, s.file, '') = ?1 ORDER BY s.id");
      q.bind(1, label);
      while (q.step()) given.emplace_back(sqlite3_column_int64(q.get(), 0), column_text(q.get(), 1));
    } catch (const StoreError&) {
      return out;
    }
    for (auto& [work, key] : given) {
      std::vector<std::string>& keys = out[lib.live_work(work)];
      if (std::none_of(keys.begin(), keys.end(), [&](const std::string& k) { return iequals(k, key); }))
        keys.push_back(std::move(key));
    }
  }
  return out;
}

std::string describe_work(Library& lib, std::int64_t work) {
  RecordParts parts;
  parts.references = parts.abstract = parts.extra = parts.creators = false;
  std::optional<Record> r = lib.record(work, parts);
  std::string out = "work " + std::to_string(work);
  if (!r) return out;
  std::string title = strip_rich_text(r->title);
  if (title.size() > 70) {
    std::size_t cut = 67;
    while (cut > 0 && (static_cast<unsigned char>(title[cut]) & 0xC0) == 0x80) --cut;  // whole characters
    title = title.substr(0, cut) + "...";
  }
  out += " (";
  if (!r->citekey.empty()) out += r->citekey + ", ";
  out += "\"" + title + "\"";
  if (r->issued.year) out += ", " + std::to_string(r->issued.year);
  return out + ")";
}

std::vector<PaperKey> resolve_paper_keys(Library& lib, const std::vector<std::string>& keys) {
  std::vector<PaperKey> out(keys.size());
  std::vector<std::vector<KeyGiver>> givers(keys.size());
  for (std::size_t i = 0; i < keys.size(); ++i) {
    PaperKey& k = out[i];
    k.works = lib.resolve(keys[i]);
    givers[i] = key_givers(lib, keys[i]);
    std::vector<std::int64_t> all = k.works;
    for (const KeyGiver& g : givers[i]) all.push_back(g.work);
    std::vector<std::int64_t> distinct;
    for (std::int64_t w : all)
      if (std::find(distinct.begin(), distinct.end(), w) == distinct.end()) distinct.push_back(w);
    if (distinct.size() > 1 && k.works.size() <= 1) k.candidates = std::move(distinct);
    else if (k.works.empty()) k.works = distinct;
  }
  // The labels the paper's unambiguous keys come from: one vote a key and label.
  std::map<std::string, int> votes;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (!out[i].candidates.empty() || out[i].works.size() != 1) continue;
    std::set<std::string> labels;
    for (const KeyGiver& g : givers[i])
      if (g.work == out[i].works.front() && !g.label.empty()) labels.insert(g.label);
    for (const std::string& l : labels) ++votes[l];
  }
  for (std::size_t i = 0; i < keys.size(); ++i) {
    PaperKey& k = out[i];
    if (k.candidates.empty()) continue;
    // Each candidate by the best-voted label among the sources that gave it the key.
    std::int64_t best = 0;
    int best_votes = 0, second = 0;
    std::string best_label;
    for (std::int64_t c : k.candidates) {
      int v = 0;
      std::string label;
      for (const KeyGiver& g : givers[i]) {
        if (g.work != c) continue;
        auto it = votes.find(g.label);
        if (it != votes.end() && it->second > v) {
          v = it->second;
          label = g.label;
        }
      }
      if (v > best_votes) {
        second = best_votes;
        best_votes = v;
        best = c;
        best_label = label;
      } else if (v > second) {
        second = v;
      }
    }
    if (best_votes > 0 && best_votes > second) {
      k.works = {best};
      k.label = best_label;
      k.by_source = true;
    } else {
      if (k.works.empty()) k.works = {k.candidates.front()};
      k.ambiguous = true;
    }
  }
  return out;
}

std::string describe_choice(Library& lib, const std::string& key, const PaperKey& k) {
  std::vector<KeyGiver> givers = key_givers(lib, key);
  std::string out = key + " names " + std::to_string(k.candidates.size()) + " works:";
  for (std::size_t n = 0; n < k.candidates.size(); ++n) {
    std::int64_t c = k.candidates[n];
    out += (n ? "; " : " ") + describe_work(lib, c);
    std::string from;
    for (const KeyGiver& g : givers)
      if (g.work == c)
        from += std::string(from.empty() ? "" : ", ") + (g.label.empty() ? "" : g.label + " ") + g.file + ":" +
                std::to_string(g.line);
    if (!from.empty()) out += " from " + from;
  }
  const std::int64_t chosen = k.works.empty() ? 0 : k.works.front();
  if (k.by_source)
    return out + "; the paper's other keys come from " + k.label + ": written work " + std::to_string(chosen) + " under " + key;
  return out + "; the paper's other keys do not say which: written " + describe_work(lib, chosen) + " under " + key +
         "; cite the other by its own key";
}

namespace {

// The numbers of a folded title, in order: its runs of digits ("covid19"
// and "covid 19" alike) and its words that are Roman numerals up to 20.
std::vector<std::string> title_numbers(std::string_view folded) {
  static const std::set<std::string_view> roman = {"i",   "ii",  "iii",  "iv", "v",   "vi",  "vii",
                                                   "viii", "ix", "x",    "xi", "xii", "xiii", "xiv",
                                                   "xv",  "xvi", "xvii", "xviii", "xix", "xx"};
  std::vector<std::string> out;
  for (std::string_view w : split_words(folded)) {
    if (roman.count(w)) {
      out.emplace_back(w);
      continue;
    }
    for (std::size_t i = 0; i < w.size();) {
      if (!is_digit(w[i])) {
        ++i;
        continue;
      }
      std::size_t end = i;
      while (end < w.size() && is_digit(w[end])) ++end;
      out.emplace_back(w.substr(i, end - i));
      i = end;
    }
  }
  return out;
}

// Whether two titles are one after an edit: folded alike, one extending the
// other ("De la grammatologie" -> "De la grammatologie (nouvelle édition)"),
// or most words of each kept (a corrected typo); not when their numbers
// differ ("... crowded cells. I. Theory" and "... II. Experiments": two parts
// of a series, two papers).
bool title_kept(std::string_view a, std::string_view b) {
  std::string x = fold_words(strip_rich_text(a)), y = fold_words(strip_rich_text(b));
  if (x.empty() || y.empty()) return x == y;
  if (x == y) return true;
  if (x.size() > y.size()) std::swap(x, y);
  std::vector<std::string> nx = title_numbers(x), ny = title_numbers(y);
  // A subtitle added ("City of Suspects: Crime in Mexico City, 1900-1931"), its numbers with it.
  if (y.compare(0, x.size(), x) == 0 && (y.size() == x.size() || y[x.size()] == ' '))
    return std::equal(nx.begin(), nx.end(), ny.begin());
  if (nx != ny) return false;
  std::vector<std::string_view> wx = split_words(x), wy = split_words(y);
  std::set<std::string_view> sx(wx.begin(), wx.end()), sy(wy.begin(), wy.end());
  std::size_t common = 0;
  for (std::string_view w : sx) common += sy.count(w);
  // Dice's coefficient of the two sets of words.
  return 10 * 2 * common >= 7 * (sx.size() + sy.size());
}

std::string first_family(const Record& r) {
  const std::vector<Creator>& names = r.authors.empty() ? r.editors : r.authors;
  if (names.empty()) return {};
  return fold_words(names.front().is_literal() ? names.front().literal : names.front().family);
}

// The first creator's first initial, folded ("j" of "Smith, John" and of
// "Smith, J."), or empty.
std::string first_initial(const Record& r) {
  const std::vector<Creator>& names = r.authors.empty() ? r.editors : r.authors;
  if (names.empty() || names.front().is_literal()) return {};
  return std::string(first_letter(fold_words(names.front().given)));
}

// The first page of a page range, folded ("100" of "100--105").
std::string first_page(std::string_view pages) {
  std::string p = normalize_pages(pages);
  return p.substr(0, p.find('-'));
}

}  // namespace

bool pinned_key_entry(const Record& entry, const Record& view, std::string* differs) {
  std::vector<std::string> what;
  auto both_differ = [](const std::string& a, const std::string& b) { return !a.empty() && !b.empty() && !iequals(a, b); };
  if (both_differ(entry.doi, view.doi)) what.push_back("DOI");
  if (both_differ(entry.pmid, view.pmid)) what.push_back("PMID");
  if (both_differ(entry.pmcid, view.pmcid)) what.push_back("PMCID");
  std::string fe = first_family(entry), fv = first_family(view);
  std::string ie = first_initial(entry), iv = first_initial(view);
  if ((!fe.empty() && !fv.empty() && fe != fv) || (!ie.empty() && !iv.empty() && ie != iv))
    what.push_back("first author");
  const bool same_title = fold_words(strip_rich_text(entry.title)) == fold_words(strip_rich_text(view.title));
  const bool same_year = entry.issued.year == view.issued.year;
  if (!title_kept(entry.title, view.title)) what.push_back("title");
  else if (!same_title && !same_year) what.push_back("title");
  if (!same_year && !same_title) what.push_back("year");
  // Another volume and first page both: another paper (one of them is an edit).
  auto both_differ_as = [](const std::string& a, const std::string& b) { return !a.empty() && !b.empty() && a != b; };
  if (both_differ_as(normalize_volume(entry.volume), normalize_volume(view.volume)) &&
      both_differ_as(first_page(entry.pages), first_page(view.pages)))
  {
    what.push_back("volume");
    what.push_back("pages");
  }
  if (differs) {
    differs->clear();
    for (std::size_t i = 0; i < what.size(); ++i)
      *differs += (i == 0 ? "" : i + 1 == what.size() ? " and " : ", ") + what[i];
  }
  return what.empty();
}

std::optional<std::int64_t> pinned_key_work(Library& lib, const Record& entry, std::string_view key) {
  if (key.empty()) return std::nullopt;
  std::optional<std::int64_t> work = lib.work_by_key(key);
  if (!work || !lib.key_pinned(*work)) return std::nullopt;
  std::optional<Work> w = lib.get(*work);
  if (!w || !w->trashed_at.empty() || !iequals(w->record.citekey, key) || !pinned_key_entry(entry, w->record, nullptr))
    return std::nullopt;
  return work;
}

bool edited_entry(const Record& later, const Record& earlier) {
  const std::string& f = later.provenance.format;
  if (f != earlier.provenance.format || (f != "bibtex" && f != "csl-json" && f != "ris")) return false;
  return !later.citekey.empty() && later.citekey == earlier.citekey && pinned_key_entry(later, earlier, nullptr);
}

}  // namespace refnet

namespace refnet {

namespace {

// One paragraph (BibTeX annote, CSL-JSON annote) or one value (RIS N1) of a
// note field: as written, and its text as compared.
struct NoteUnit {
  std::string raw;    // as the field holds it (LaTeX for BibTeX)
  std::string text;   // decoded
  int owner = -1;     // -1: the entry's own annote; else the index of the work's note
  std::size_t field = 0;  // the entry's: index of its extra field
};

// Paragraphs: runs of lines between blank lines.
std::vector<std::string> paragraphs_of(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  std::size_t at = 0;
  while (at <= s.size()) {
    std::size_t end = s.find('\n', at);
    if (end == std::string_view::npos) end = s.size();
    std::string_view line = s.substr(at, end - at);
    if (trim(line).empty()) {
      if (!trim(cur).empty()) out.emplace_back(trim(cur));
      cur.clear();
    } else {
      if (!cur.empty()) cur += '\n';
      cur += line;
    }
    at = end + 1;
  }
  if (!trim(cur).empty()) out.emplace_back(trim(cur));
  return out;
}

std::string join_paragraphs(const std::vector<std::string>& p) {
  std::string out;
  for (const std::string& s : p) out += (out.empty() ? "" : "\n\n") + s;
  return out;
}

// A note quoted in a diagnostic: its first 60 bytes (whole characters), on one line.
std::string quoted(std::string_view s) {
  std::string t = collapse_space(s);
  if (t.size() > 60) t = std::string(utf8_prefix(t, 57)) + "...";
  return "'" + t + "'";
}

}  // namespace

std::vector<std::string> take_own_notes(Library& lib, std::int64_t work, Record& entry) {
  std::vector<std::string> said;
  const std::string& fmt = entry.provenance.format;
  const bool ris = fmt == "ris", bibtex = fmt == "bibtex";
  if (!ris && !bibtex && fmt != "csl-json") return said;
  const std::vector<std::string> notes = lib.notes_of(work);
  if (notes.empty()) return said;
  auto decode = [&](std::string_view raw, bool latex) {
    return latex ? latex_paragraphs_to_unicode(raw) : ris ? html_note_to_text(raw) : std::string(raw);
  };
  auto is_note_field = [&](const ExtraField& f) { return ris ? f.name == "N1" : iequals(f.name, "annote"); };
  // What the entry holds.
  std::vector<NoteUnit> got;
  for (std::size_t i = 0; i < entry.extra.size(); ++i) {
    const ExtraField& f = entry.extra[i];
    if (!f.format.empty() || !is_note_field(f) || trim(f.value).empty()) continue;
    if (ris) got.push_back({f.value, decode(f.value, false), -1, i});
    else
      for (std::string& p : paragraphs_of(f.value)) got.push_back({p, decode(p, bibtex), -1, i});
  }
  if (got.empty()) return said;
  // What refnet wrote: the view's own note field (less what equals a note,
  // as the exporters leave it out), then each note.
  auto same = [](std::string_view a, std::string_view b) { return collapse_space(a) == collapse_space(b); };
  auto a_note = [&](std::string_view t) {
    return std::any_of(notes.begin(), notes.end(), [&](const std::string& n) { return same(n, t); });
  };
  std::vector<NoteUnit> wrote;
  RecordParts parts;
  parts.references = parts.abstract = false;
  if (std::optional<Record> view = lib.record(work, parts))
    for (const ExtraField& f : view->extra) {
      const std::string& ff = f.format.empty() ? view->provenance.format : f.format;
      if (ff != fmt || !is_note_field(f)) continue;
      std::vector<std::string> units = ris ? std::vector<std::string>{f.value} : paragraphs_of(f.value);
      for (const std::string& u : units)
        if (std::string t = decode(u, bibtex); !a_note(t)) wrote.push_back({u, t, -1, 0});
    }
  for (std::size_t n = 0; n < notes.size(); ++n) {
    std::vector<std::string> units = ris ? std::vector<std::string>{notes[n]} : paragraphs_of(notes[n]);
    for (std::string& u : units) wrote.push_back({u, u, static_cast<int>(n), 0});
  }
  // The longest common subsequence of the two, by text.
  const std::size_t G = got.size(), W = wrote.size();
  std::vector<std::vector<std::size_t>> lcs(G + 1, std::vector<std::size_t>(W + 1, 0));
  for (std::size_t i = G; i-- > 0;)
    for (std::size_t j = W; j-- > 0;)
      lcs[i][j] = same(got[i].text, wrote[j].text) ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
  std::vector<std::pair<std::size_t, std::size_t>> matched;
  for (std::size_t i = 0, j = 0; i < G && j < W;) {
    if (same(got[i].text, wrote[j].text)) matched.emplace_back(i++, j++);
    else if (lcs[i + 1][j] >= lcs[i][j + 1]) ++i;
    else ++j;
  }
  matched.emplace_back(G, W);  // the end
  // Each note again, paragraph by paragraph; the entry's units that stay its own.
  std::vector<std::vector<std::string>> rebuilt(notes.size());
  std::vector<bool> edited(notes.size(), false), seen(notes.size(), false);
  std::vector<std::string> added;  // new notes: paragraphs after the last note
  std::vector<bool> keep(G, false);
  const std::string where = source_position(entry.provenance) + ": ";
  const std::string field = ris ? "N1" : "annote";
  bool unclear = false;
  std::size_t gi = 0, wj = 0;
  int last_owner = -1;
  for (const auto& [mi, mj] : matched) {
    // The gap before this match: got[gi, mi) against wrote[wj, mj).
    const std::size_t ng = mi - gi, nw = mj - wj;
    std::set<int> owners;
    for (std::size_t j = wj; j < mj; ++j) owners.insert(wrote[j].owner);
    const int next_owner = mj < W ? wrote[mj].owner : -2;
    if (ng > 0 && nw == ng) {
      // One for one: each paragraph edited in place.
      for (std::size_t k = 0; k < ng; ++k) {
        const NoteUnit& w = wrote[wj + k];
        if (w.owner < 0) keep[gi + k] = true;
        else {
          rebuilt[w.owner].push_back(got[gi + k].text);
          edited[w.owner] = seen[w.owner] = true;
        }
      }
    } else if (ng > 0 && nw > 0 && owners.size() == 1 && *owners.begin() >= 0) {
      // Paragraphs of one note, rewritten.
      const int o = *owners.begin();
      for (std::size_t i = gi; i < mi; ++i) rebuilt[o].push_back(got[i].text);
      edited[o] = seen[o] = true;
    } else if (ng > 0 && nw == 0 && last_owner >= 0 && (last_owner == next_owner || next_owner == -2)) {
      // Paragraphs added inside a note, or after the last one: a new note.
      std::vector<std::string> text;
      for (std::size_t i = gi; i < mi; ++i) text.push_back(got[i].text);
      if (last_owner == next_owner) {
        rebuilt[last_owner].insert(rebuilt[last_owner].end(), text.begin(), text.end());
        edited[last_owner] = true;
      } else {
        added.push_back(join_paragraphs(text));
      }
    } else if (ng > 0) {
      for (std::size_t i = gi; i < mi; ++i) keep[i] = true;
      unclear = unclear || nw > 0 || last_owner >= 0 || next_owner >= 0;
    }
    if (ng == 0)
      for (int o : owners)
        if (o >= 0) edited[o] = true;  // a paragraph left out (a whole note left out: below)
    if (mi == G) break;
    const NoteUnit& w = wrote[mj];
    if (w.owner < 0) keep[mi] = true;
    else {
      rebuilt[w.owner].push_back(w.raw);
      seen[w.owner] = true;
    }
    last_owner = w.owner;
    gi = mi + 1;
    wj = mj + 1;
  }
  // The notes: each edited one takes the entry's text; one the entry left out
  // altogether stays (an entry without it says nothing about it).
  // An entry holding none of them (another tool's export of the entry,
  // refnet's without notes) says nothing about them.
  const bool any_seen = std::find(seen.begin(), seen.end(), true) != seen.end();
  std::vector<std::string> now = notes;
  for (std::size_t n = 0; n < notes.size(); ++n) {
    if (!seen[n]) {
      if (!any_seen) continue;
      said.push_back(where + "warning: the " + field + " leaves out note " + std::to_string(n + 1) + " of " +
                     describe_work(lib, work) + " (" + quoted(notes[n]) + "): the note is kept ('refnet edit' removes it)");
      continue;
    }
    if (!edited[n]) continue;
    std::string text = ris ? (rebuilt[n].empty() ? notes[n] : rebuilt[n].front()) : join_paragraphs(rebuilt[n]);
    if (same(text, notes[n])) continue;
    now[n] = text;
    said.push_back(where + "note: the edited " + field + " updates note " + std::to_string(n + 1) + " of " +
                   describe_work(lib, work) + ": " + quoted(notes[n]) + " -> " + quoted(text) + " ('refnet undo' reverses)");
  }
  for (const std::string& a : added) {
    now.push_back(a);
    said.push_back(where + "note: the " + field + " adds a note to " + describe_work(lib, work) + ": " + quoted(a));
  }
  if (unclear && any_seen)
    said.push_back(where + "warning: the " + field + " differs from the notes refnet wrote for " + describe_work(lib, work) +
                   " in more than one place: the text not among them is kept as the entry's " + field +
                   ", the notes as they were");
  if (now != notes) lib.set_notes(work, now);
  // The entry keeps its own paragraphs: the notes are the library's.
  std::map<std::size_t, std::vector<std::string>> kept;
  for (std::size_t i = 0; i < G; ++i)
    if (keep[i]) kept[got[i].field].push_back(got[i].raw);
  std::vector<ExtraField> extra;
  for (std::size_t i = 0; i < entry.extra.size(); ++i) {
    ExtraField& f = entry.extra[i];
    if (!f.format.empty() || !is_note_field(f) || trim(f.value).empty()) {
      extra.push_back(std::move(f));
      continue;
    }
    auto it = kept.find(i);
    if (it == kept.end()) continue;
    if (!ris) f.value = join_paragraphs(it->second);
    extra.push_back(std::move(f));
  }
  entry.extra = std::move(extra);
  return said;
}

}  // namespace refnet

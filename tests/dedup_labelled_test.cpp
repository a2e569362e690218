// Dedup against real labelled pairs: colandr's dedupe.io training files
// (fixtures/dedup/colandr/, one person's "match" / "distinct" labels from an
// Ovid psilocybin search and an older climate search), with the label
// corrections of fixtures/dedup/relabel.tsv (each with its evidence).
//
// Each pair is written as RIS the way bench/dedup_quality.py's `dedupeio`
// mode writes it, read back with the RIS parser, and scored: a pair is one
// work when duplicate_score reaches the threshold.  The test pins which
// pairs the rules get wrong, with the reason for each; a new false merge or
// a new missed pair fails it (an improvement only shortens the lists).
#include <catch2/catch.hpp>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <nlohmann/json.hpp>

#include "refnet/dedup.hpp"
#include "refnet/diagnostics.hpp"
#include "refnet/importer.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// One record of a training file as RIS lines (bench/dedup_quality.py's
// dedupeio_record): "hollister l e" has its family name first.
std::string ris_record(const nlohmann::json& r) {
  auto field = [&r](const std::vector<const char*>& keys) -> std::string {
    for (const char* k : keys) {
      auto it = r.find(k);
      if (it == r.end() || it->is_null()) continue;
      if (it->is_string() && !it->get<std::string>().empty()) return it->get<std::string>();
      if (it->is_number_integer()) return std::to_string(it->get<long>());
    }
    return "";
  };
  std::string out = "TY  - JOUR\n";
  if (auto it = r.find("authors"); it != r.end() && !it->is_null()) {
    const nlohmann::json& list = it->is_object() ? (*it)["__value__"] : *it;
    for (const auto& a : list) {
      std::string au = a.get<std::string>();
      std::size_t space = au.find(' ');
      if (au.find(',') == std::string::npos && space != std::string::npos)
        au = au.substr(0, space) + ", " + au.substr(space + 1);
      out += "AU  - " + au + "\n";
    }
  }
  const std::vector<std::pair<const char*, std::vector<const char*>>> tags = {
      {"TI", {"title"}},        {"PY", {"pub_year", "publication_year"}}, {"T2", {"journal_name"}},
      {"VL", {"journal_volume"}}, {"IS", {"journal_issue_number"}},         {"SN", {"issn"}},
      {"DO", {"doi"}},          {"AB", {"abstract"}}};
  for (const auto& [tag, keys] : tags)
    if (std::string v = field(keys); !v.empty()) out += std::string(tag) + "  - " + v + "\n";
  return out + "ER  - \n\n";
}

struct Outcome {
  std::set<std::string> missed;  // "match:N" scored apart
  std::set<std::string> joined;  // "distinct:N" scored as one work
  int pairs = 0;
};

Outcome score_file(const std::string& name) {
  auto data = nlohmann::json::parse(read_all(fixture("dedup/colandr/" + name)));
  std::map<std::string, std::string> relabel;  // "match:N" -> new label
  std::istringstream tsv(read_all(fixture("dedup/relabel.tsv")));
  for (std::string line; std::getline(tsv, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cells;
    std::istringstream l(line);
    for (std::string c; std::getline(l, c, '\t');) cells.push_back(c);
    if (cells.size() >= 3 && cells[0] == name) relabel[cells[1]] = cells[2];
  }
  Outcome out;
  for (const char* given : {"match", "distinct"}) {
    const auto& pairs = data[given];
    for (std::size_t n = 0; n < pairs.size(); ++n) {
      std::string key = std::string(given) + ":" + std::to_string(n);
      std::string label = relabel.count(key) ? relabel[key] : given;
      std::string text;
      for (const auto& r : pairs[n]["__value__"]) text += ris_record(r);
      Diagnostics diags;
      std::vector<Record> recs;
      parse_ris(text, diags, [&](Record&& r) { recs.push_back(std::move(r)); });
      REQUIRE(recs.size() == 2);
      bool same = duplicate_score(recs[0], recs[1], DedupOptions{}, nullptr) >= DedupOptions{}.threshold;
      if (label == "match" && !same) out.missed.insert(key);
      if (label == "distinct" && same) out.joined.insert(key);
      ++out.pairs;
    }
  }
  return out;
}

bool subset(const std::set<std::string>& got, const std::set<std::string>& allowed) {
  for (const auto& k : got)
    if (!allowed.count(k)) {
      UNSCOPED_INFO("not in the list: " << k);
      return false;
    }
  return true;
}

}  // namespace

TEST_CASE("colandr 2024 training pairs (Ovid psilocybin search): no distinct pair joined", "[dedup]") {
  Outcome o = score_file("colandr_202403_training.json");
  CHECK(o.pairs == 82);
  CHECK(o.joined.empty());  // 5 were joined before the relabel: all label errors (relabel.tsv)
  // Missed, with the reason.  The training file keeps no pages, so the
  // translated-title rule (same page range) cannot apply:
  //  match:16: MEDLINE's translation against another database's, same
  //    volume and issue, no pages, MEDLINE's brackets lost in the file, an
  //    English journal ("cercopithecinae" / "baboon": the substituted-word
  //    veto's case, which only knowledge of the words tells apart).
  //    The same authors, volume and issue are not enough: match:42
  //    (relabelled distinct) is two papers of Delay et al. in one issue,
  //    pp. 891-899 and 899-907, and the Ovid export with pages joins the
  //    translations;
  //  match:54: volume "20" against "5" (a wrong volume on one side; the
  //    same pair is labelled distinct:20, relabelled match), neither with
  //    pages: the volumes keep it apart, as they keep apart one title in
  //    two volumes of one year (dedup_test's volume_part.ris, month_volume.ris).
  //  distinct:2 is match:16's very pair, relabelled match (relabel.tsv: the
  //    Ovid export holds one such paper in that issue).
  CHECK(subset(o.missed, {"match:16", "match:54", "distinct:2", "distinct:20"}));
  // match:17: Ayats, Bermond & Bert 1967, "comparative study of the action
  // of psilocybine on the evoked potentials ..." and "a comparative study of
  // the effect of psilocybin ...", neither bracketed, one under the journal's
  // French name ("comptes rendus des seances de la societe de biologie et de
  // ses filiales"), the other "c r soc biol": English titles of a French
  // journal are translations; the same volume 161, issue 1, year and three
  // authors, similarity .81: one work.
  CHECK(!o.missed.count("match:17"));
  // match:33, 58: one title bracketed (MEDLINE's, its German original in the
  // journal field), the other another database's translation, far apart
  // (.43, .47) but opening alike, the same ISSN, volume, issue, year and
  // sole author: one work.
  CHECK(!o.missed.count("match:33"));
  CHECK(!o.missed.count("match:58"));
  // match:46: the German original title in one record's journal field, the
  // same ISSN, volume and issue: one journal, two translations of one title.
  CHECK(!o.missed.count("match:46"));
  // "lds-25" against "lsd-25" in one issue: two letters swapped.
  CHECK(!o.missed.count("match:25"));
  // Volume "10" against "2-10" (Life Sciences Pt 2) in one issue: one volume
  // (the same pair is labelled distinct:17 too, relabelled match).
  CHECK(!o.missed.count("match:48"));
}

TEST_CASE("colandr 2023 training pairs (Ovid psilocybin search, fewer fields): the pairs still joined", "[dedup]") {
  Outcome o = score_file("colandr_2023_training.json");
  CHECK(o.pairs == 94);
  // distinct:24 (and match:54, the same pair) is Duché 1962/1961: one text
  // in two journals (two PMIDs), the same title and sole author a year
  // apart; this file keeps no venue or volume (the 2024 file's volumes tell
  // them apart), but both titles are MEDLINE's translations in brackets:
  // two records of one database.
  CHECK(o.joined.empty());
  // Missed: records without venue or pages in this file; translated titles
  // without pages (35, 44); retitled records (37, 59).  Found: an
  // OCR-garbled title (15: "[14c]serotonin" / "14clerotonin"), "delta
  // 8-thc" / "d8-thc" (36): words glued on one side.  One line naming every author, lower-cased
  // by the trainer ("schmidt a, bachmann r, ...") is read as several people
  // since session 21 (32, 46 found; Ovid's upper-case "Griffiths RR, Johnson
  // MW" was already).
  // 48 is found since "anonymous" is no author; 29 since a compound family
  // name split after its first part is the same person ("holt, hansen k."
  // against "holt-hansen, kristian"); 53 is relabelled distinct (Delay et
  // al., two papers).
  // distinct:16 and 31 are the very pairs of 44 and 59, relabelled match
  // (relabel.tsv: colandr's Ovid export holds one such paper each).
  CHECK(subset(o.missed, {"match:35", "match:37", "match:44", "match:54", "match:59", "distinct:16", "distinct:31"}));
  CHECK(!o.missed.count("match:15"));
  CHECK(!o.missed.count("match:36"));
  CHECK(!o.missed.count("match:32"));
  CHECK(!o.missed.count("match:46"));
  CHECK(!o.missed.count("match:48"));
  CHECK(!o.missed.count("match:29"));
}

TEST_CASE("colandr 2016 training pairs (climate search, title/authors/year only)", "[dedup]") {
  Outcome o = score_file("colandr_2016_training.json");
  CHECK(o.pairs == 41);
  // distinct:17 and 20: "Ecological and human health risk assessment", an
  // annual literature review by one group in 2009, 2010, 2011, 2012, each
  // year's author list naming someone the other's lacks: kept apart.
  CHECK(o.joined.empty());
  // Missed: the same title, authors and abstract six years apart (14): not
  // compared (the candidates are at most three years apart).  Found: the
  // same title, creator and abstract two years apart (10, 12, 15).
  CHECK(subset(o.missed, {"match:14"}));
  CHECK(!o.missed.count("match:10"));
  CHECK(!o.missed.count("match:12"));
  CHECK(!o.missed.count("match:15"));
}

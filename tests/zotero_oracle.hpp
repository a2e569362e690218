// The Zotero oracle shared by the tests that compare refnet with Zotero's own
// translator test cases (MEDLINE, PubMed XML, BibTeX): Zotero's names are
// mapped to refnet's once, here; each test keeps its own list of explained
// disagreements (why refnet's answer is the better one).
#pragma once

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "refnet/text.hpp"
#include "support.hpp"

namespace refnet::test::zotero {

using nlohmann::json;

struct Explained {
  const char* format;  // "medline", "pubmed-xml", "bibtex"
  const char* item;    // "NNN/i": case and item index
  const char* field;
  const char* why;
};

inline std::string key_of(const std::string& fmt, const std::string& item, const std::string& field) {
  return fmt + " " + item + " " + field;
}

// "M. J." and "M J" and "MJ" are the same initials; case and dots aside.
inline std::string norm_given(std::string_view g) {
  std::string out;
  for (char c : g)
    if (c != '.' && c != ' ') out += c;
  return out;
}

inline std::string norm_space(std::string_view s) { return collapse_space(s); }

inline std::string zotero_type(const std::string& t) {
  static const std::map<std::string, std::string> m = {
      {"journalArticle", "article-journal"}, {"bookSection", "chapter"}, {"book", "book"},
      {"report", "report"},                  {"thesis", "thesis"},       {"preprint", "article"},
      {"webpage", "webpage"},                {"artwork", "graphic"},     {"computerProgram", "software"},
      {"map", "map"},                        {"audioRecording", "song"}, {"letter", "personal_communication"},
      {"hearing", "hearing"},                {"bill", "bill"},
      {"conferencePaper", "paper-conference"}, {"document", "document"}};
  auto it = m.find(t);
  return it == m.end() ? "?" + t : it->second;
}

// Zotero's dates: "1996 Jul 9", "2008-02", "2023-02-08", "Article 10 2019".
inline Date zotero_date(const std::string& s) {
  if (s.size() >= 7 && is_digit(s[0]) && s[4] == '-') {
    Date d;
    d.year = std::stoi(s.substr(0, 4));
    d.month = std::stoi(s.substr(5, 2));
    if (s.size() >= 10) d.day = std::stoi(s.substr(8, 2));
    return d;
  }
  return parse_medline_date(s);
}

inline std::string digits(std::string_view s) {
  std::string out;
  for (char c : s)
    if (is_digit(c) || c == 'X') out += c;
  return out;
}

// "PMID: 8692918 \nPMCID: PMC38908" in Zotero's extra.
inline std::string from_extra(const json& item, const std::string& label) {
  std::string extra = item.value("extra", "");
  std::size_t p = extra.find(label + ": ");
  if (p == std::string::npos) return {};
  std::size_t e = extra.find('\n', p);
  return std::string(trim(std::string_view(extra).substr(p + label.size() + 2, e == std::string::npos ? std::string::npos : e - p - label.size() - 2)));
}

struct Tally {
  std::size_t compared = 0, agreed = 0, explained = 0;
};

struct Oracle {
  std::string format;
  std::map<std::string, Tally>* tally;
  std::set<std::string>* used;
  std::string item;
  const std::vector<Explained>* explained;

  void field(const std::string& name, const std::string& zotero, const std::string& refnet) {
    Tally& t = (*tally)[format];
    ++t.compared;
    if (zotero == refnet) {
      ++t.agreed;
      return;
    }
    std::string k = key_of(format, item, name);
    for (const Explained& e : *explained)
      if (key_of(e.format, e.item, e.field) == k) {
        ++t.explained;
        used->insert(k);
        return;
      }
    FAIL_CHECK(format << " " << item << " " << name << ": Zotero '" << zotero << "', refnet '" << refnet << "'");
  }
};

inline void compare(Oracle& o, const json& z, const Record& r) {
  o.field("type", zotero_type(z.value("itemType", "")), r.type);
  // Zotero's MEDLINE translator keeps the period NLM adds to every title,
  // its PubMed XML translator drops it, as refnet does for both formats (and
  // the brackets of NLM's translated titles).  Other formats' titles are
  // compared as Zotero reads them: a MODS cataloguer's "[Supplied title]"
  // keeps its brackets.
  const std::string ztitle = norm_space(z.value("title", ""));
  o.field("title", o.format == "medline" || o.format == "pubmed-xml" ? drop_nlm_period(ztitle) : ztitle, r.title);
  // Creators with roles, in order.
  std::string zc, rc;
  for (const auto& c : z.value("creators", json::array())) {
    std::string role = c.value("creatorType", "");
    // The primary creator of a Zotero artwork, map, program or recording is
    // CSL's author (Zotero's own CSL mapping).
    if (role == "artist" || role == "cartographer" || role == "programmer" || role == "performer" || role == "composer")
      role = "author";
    if (c.contains("name")) zc += role + ":" + c.value("name", "") + "; ";
    else if (c.value("fieldMode", 0) == 1) zc += role + ":" + c.value("lastName", "") + "; ";  // a literal name
    else zc += role + ":" + c.value("lastName", "") + "," + norm_given(c.value("firstName", "")) + "; ";
  }
  auto people = [&](const std::vector<Creator>& list, const char* role) {
    for (const Creator& c : list)
      rc += std::string(role) + ":" + (c.is_literal() ? c.literal : c.full_family() + "," + norm_given(c.given)) + "; ";
  };
  // Zotero lists a book chapter's editors first.
  if (z.value("itemType", "") == "bookSection") people(r.editors, "editor"), people(r.authors, "author");
  else people(r.authors, "author"), people(r.editors, "editor");
  o.field("creators", zc, rc);
  Date zd = zotero_date(z.value("date", ""));
  o.field("date", std::to_string(zd.year) + "/" + std::to_string(zd.month) + "/" + std::to_string(zd.day),
          std::to_string(r.issued.year) + "/" + std::to_string(r.issued.month) + "/" + std::to_string(r.issued.day));
  // The container under each of Zotero's names for it.
  std::string container = z.value("publicationTitle", z.value("bookTitle", z.value("proceedingsTitle", z.value("repository", ""))));
  if (z.value("itemType", "") == "preprint") container = r.container_title.empty() ? "" : container;
  // Zotero's PubMed XML translator title-cases NLM's journal titles
  // ("Nurse educator" -> "Nurse Educator"); refnet keeps NLM's case.
  if (z.value("itemType", "") != "preprint")
    o.field("container", o.format == "pubmed-xml" ? fold(container) : container,
            o.format == "pubmed-xml" ? fold(r.container_title) : r.container_title);
  std::string publisher = z.value("publisher", z.value("institution", z.value("university", "")));
  o.field("publisher", publisher, r.publisher);
  o.field("place", z.value("place", ""), r.type == "article-journal" ? std::string() : r.publisher_place);
  if (z.contains("journalAbbreviation")) o.field("journal abbreviation", z.value("journalAbbreviation", ""), r.container_title_short);
  // A report's number: Zotero's reportNumber, CSL's (and refnet's) number.
  if (z.contains("reportNumber")) o.field("number", z.value("reportNumber", ""), r.number);
  o.field("volume", z.value("volume", ""), r.volume);
  o.field("issue", z.value("issue", ""), r.issue);
  // Zotero's BibTeX translator writes a page range's "--" as an en dash
  // (and "---" as an em dash); refnet keeps a range as "first-last".
  std::string zpages = z.value("pages", "");
  for (const char* dash : {"\u2013", "\u2014"})
    for (std::size_t p; (p = zpages.find(dash)) != std::string::npos;) zpages.replace(p, std::string(dash).size(), "-");
  // Zotero keeps an article number in pages (its journal article has no
  // article-number field); refnet reads one of six digits or more, or an
  // e-locator, as the number (dedup58): compared with that.
  o.field("pages", zpages, r.pages.empty() && !r.number.empty() && zpages == r.number ? r.number : r.pages);
  o.field("doi", ascii_lower(z.value("DOI", "")), r.doi);
  // Zotero joins several ISSNs with ", "; each must be one of refnet's.
  std::string zi = z.value("ISSN", "");
  for (const std::string& one : split_list(zi, ", ")) {
    bool found = std::find(r.issn.begin(), r.issn.end(), one) != r.issn.end();
    o.field("issn", one, found ? one : "(missing)");
  }
  std::string zb = digits(z.value("ISBN", "")), rb;
  for (const auto& i : r.isbn) rb += digits(i);
  o.field("isbn", zb, rb);
  o.field("abstract", norm_space(z.value("abstractNote", "")), norm_space(r.abstract));
  // Tags: Zotero's MEDLINE translator keeps the major-topic star
  // ("*Protein Structure, Secondary"), its PubMed XML translator drops the
  // MeSH qualifiers ("Knee Joint"); refnet writes MeSH one way for both
  // formats: "Knee Joint/diagnostic imaging", no star.  Mapped here once.
  std::set<std::string> zt, rt;
  for (const auto& t : z.value("tags", json::array())) {
    // A tag is {"tag": "..."} or, in some of Zotero's cases, a bare string.
    std::string tag = t.is_string() ? t.get<std::string>() : t.value("tag", "");
    tag.erase(std::remove(tag.begin(), tag.end(), '*'), tag.end());
    zt.insert(ascii_lower(tag));
  }
  for (const std::string& k : r.keywords) {
    std::string kw = ascii_lower(k);
    if (o.format == "pubmed-xml" && zt.count(kw) == 0) kw = kw.substr(0, kw.find('/'));
    rt.insert(kw);
  }
  std::string zts, rts;
  for (const auto& t : zt) zts += t + "; ";
  for (const auto& t : rt) rts += t + "; ";
  o.field("tags", zts, rts);
  o.field("url", z.value("url", ""), r.url);
  std::string zpmid = z.value("PMID", from_extra(z, "PMID"));
  o.field("pmid", zpmid, r.pmid);
  std::string zpmc = z.value("PMCID", from_extra(z, "PMCID"));
  o.field("pmcid", zpmc, r.pmcid);
}

// What a run over the cases of some formats found.
struct Figures {
  std::map<std::string, Tally> tally;
  std::set<std::string> used;
  std::map<std::string, std::size_t> records;
};

// Imports every fixtures/corpora/zotero-cases/<fmt>/NNN.input.* (there must
// be `inputs` of them) and compares each record with NNN.expected.json.
inline void run_cases(const std::string& fmt, std::size_t inputs, const std::vector<Explained>& explained, Figures& f) {
  std::string dir = fixture("corpora/zotero-cases/" + fmt);
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().filename().string().find(".input.") != std::string::npos) files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() == inputs);
  for (const std::string& in : files) {
    std::string stem = std::filesystem::path(in).filename().string().substr(0, 3);
    INFO(in);
    Parsed p = parse_file(in);
    for (const Record& r : p.records) CHECK(r.provenance.format == fmt);
    json all = json::parse(slurp(dir + "/" + stem + ".expected.json")), expected = json::array();
    // An item explained with the field "record" is one refnet rejects with
    // an error (the input is malformed there): it is left out, and the
    // error must be reported.
    std::size_t rejected = 0;
    std::vector<std::size_t> index;  // of each kept item in Zotero's list
    for (std::size_t i = 0; i < all.size(); ++i) {
      std::string k = key_of(fmt, stem + "/" + std::to_string(i), "record");
      bool out = std::any_of(explained.begin(), explained.end(),
                             [&](const Explained& e) { return key_of(e.format, e.item, e.field) == k; });
      if (out) ++rejected, f.used.insert(k);
      else expected.push_back(all[i]), index.push_back(i);
    }
    // An error that rejects no item Zotero has is explained as item "NNN/-", field "error".
    std::string k = key_of(fmt, stem + "/-", "error");
    if (std::any_of(explained.begin(), explained.end(),
                    [&](const Explained& e) { return key_of(e.format, e.item, e.field) == k; }))
      ++rejected, f.used.insert(k);
    CHECK(p.diags.errors() == rejected);
    REQUIRE(p.records.size() == expected.size());
    f.records[fmt] += expected.size();
    for (std::size_t i = 0; i < expected.size(); ++i) {
      Oracle o{fmt, &f.tally, &f.used, stem + "/" + std::to_string(index[i]), &explained};
      compare(o, expected[i], p.records[i]);
    }
  }
}

// Every explanation must still match a disagreement, so the list stays true.
inline void check_explained(const std::vector<Explained>& explained, const Figures& f) {
  for (const Explained& e : explained) {
    INFO("explanation without a disagreement: " << e.format << " " << e.item << " " << e.field);
    CHECK(f.used.count(key_of(e.format, e.item, e.field)) == 1);
  }
}

// REFNET_ORACLE_REPORT=1 prints the agreement figures per format.
inline void report(const Figures& f) {
  if (!std::getenv("REFNET_ORACLE_REPORT")) return;
  for (const auto& [fmt, t] : f.tally)
    std::printf("%s: %zu records, %zu fields compared, %zu agree, %zu differ with a reason (%.1f%% agree)\n", fmt.c_str(),
                f.records.at(fmt), t.compared, t.agreed, t.explained, 100.0 * t.agreed / t.compared);
}

}  // namespace refnet::test::zotero

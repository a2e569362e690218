#include "refnet/record.hpp"

#include <nlohmann/json.hpp>

#include "refnet/text.hpp"

#include <algorithm>
#include <iterator>
#include <cstdio>

namespace refnet {

std::string Creator::full_family() const {
  if (particle.empty()) return family;
  return particle + " " + family;
}

std::string Creator::display() const {
  if (is_literal()) return literal;
  std::string out = given;
  std::string fam = full_family();
  if (!fam.empty()) {
    if (!out.empty()) out += ' ';
    out += fam;
  }
  if (!suffix.empty()) out += ", " + suffix;
  return out;
}

std::string_view Record::get_extra(std::string_view name) const {
  for (const auto& f : extra)
    if (f.name == name) return f.value;
  return {};
}

bool is_csl_type(std::string_view type) {
  static constexpr std::string_view types[] = {
      "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book",
      "broadcast", "chapter", "classic", "collection", "dataset", "document", "entry",
      "entry-dictionary", "entry-encyclopedia", "event", "figure", "graphic", "hearing",
      "interview", "legal_case", "legislation", "manuscript", "map", "motion_picture",
      "musical_score", "pamphlet", "paper-conference", "patent", "performance", "periodical",
      "personal_communication", "post", "post-weblog", "regulation", "report", "review",
      "review-book", "software", "song", "speech", "standard", "thesis", "treaty", "webpage"};
  return std::find(std::begin(types), std::end(types), type) != std::end(types);
}

// ---------------------------------------------------------------------------
// JSON.  Written by hand (the store writes one per record, so this is on the
// import hot path); read with nlohmann.

namespace {

void put_text(std::string& out, std::string_view s) { append_json_string(out, s); }

// Writes `"key":` with the separating comma when needed.
struct ObjectWriter {
  std::string& out;
  bool first = true;
  explicit ObjectWriter(std::string& o) : out(o) { out.push_back('{'); }
  void key(std::string_view k) {
    if (!first) out.push_back(',');
    first = false;
    put_text(out, k);
    out.push_back(':');
  }
  void str(std::string_view k, std::string_view v) {
    if (v.empty()) return;
    key(k);
    put_text(out, v);
  }
  void num(std::string_view k, long long v) {
    if (v == 0) return;
    key(k);
    out += std::to_string(v);
  }
  void strings(std::string_view k, const std::vector<std::string>& v) {
    if (v.empty()) return;
    key(k);
    out.push_back('[');
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (i) out.push_back(',');
      put_text(out, v[i]);
    }
    out.push_back(']');
  }
  void close() { out.push_back('}'); }
};

void put_creators(ObjectWriter& w, std::string_view k, const std::vector<Creator>& v) {
  if (v.empty()) return;
  w.key(k);
  w.out.push_back('[');
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (i) w.out.push_back(',');
    ObjectWriter c(w.out);
    c.str("family", v[i].family);
    c.str("given", v[i].given);
    c.str("particle", v[i].particle);
    c.str("suffix", v[i].suffix);
    c.str("literal", v[i].literal);
    c.str("orcid", v[i].orcid);
    c.close();
  }
  w.out.push_back(']');
}

std::string get_str(const nlohmann::json& j, const char* k) {
  auto it = j.find(k);
  if (it == j.end() || !it->is_string()) return {};
  return it->get<std::string>();
}

std::vector<std::string> get_strs(const nlohmann::json& j, const char* k) {
  std::vector<std::string> out;
  auto it = j.find(k);
  if (it == j.end() || !it->is_array()) return out;
  for (const auto& e : *it)
    if (e.is_string()) out.push_back(e.get<std::string>());
  return out;
}

std::vector<Creator> get_creators(const nlohmann::json& j, const char* k) {
  std::vector<Creator> out;
  auto it = j.find(k);
  if (it == j.end() || !it->is_array()) return out;
  for (const auto& e : *it) {
    Creator c;
    c.family = get_str(e, "family");
    c.given = get_str(e, "given");
    c.particle = get_str(e, "particle");
    c.suffix = get_str(e, "suffix");
    c.literal = get_str(e, "literal");
    c.orcid = get_str(e, "orcid");
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace

std::string to_json(const Record& r) {
  std::string out;
  out.reserve(512 + r.title.size() + r.abstract.size() + r.references.size() * 96);
  ObjectWriter w(out);
  w.str("type", r.type);
  w.str("title", r.title);
  if (!r.title_nocase.empty()) {
    w.key("title_nocase");
    out.push_back('[');
    for (std::size_t i = 0; i < r.title_nocase.size(); ++i) {
      if (i) out.push_back(',');
      out += '[' + std::to_string(r.title_nocase[i].begin) + ',' + std::to_string(r.title_nocase[i].end) + ']';
    }
    out.push_back(']');
  }
  w.str("container_title", r.container_title);
  put_creators(w, "authors", r.authors);
  put_creators(w, "editors", r.editors);
  if (!r.issued.empty()) {
    w.key("issued");
    ObjectWriter d(out);
    d.num("year", r.issued.year);
    d.num("month", r.issued.month);
    d.num("day", r.issued.day);
    d.str("text", r.issued.text);
    d.close();
  }
  w.str("volume", r.volume);
  w.str("issue", r.issue);
  w.str("pages", r.pages);
  w.str("publisher", r.publisher);
  w.str("publisher_place", r.publisher_place);
  w.strings("issn", r.issn);
  w.strings("isbn", r.isbn);
  w.str("doi", r.doi);
  w.str("url", r.url);
  w.str("abstract", r.abstract);
  w.str("language", r.language);
  w.strings("keywords", r.keywords);
  if (!r.references.empty()) {
    w.key("references");
    out.push_back('[');
    for (std::size_t i = 0; i < r.references.size(); ++i) {
      if (i) out.push_back(',');
      const Reference& ref = r.references[i];
      ObjectWriter o(out);
      o.str("key", ref.key);
      o.str("doi", ref.doi);
      o.str("raw", ref.raw);
      o.str("author", ref.author);
      o.str("year", ref.year);
      o.str("title", ref.title);
      o.str("container", ref.container);
      o.str("volume", ref.volume);
      o.str("first_page", ref.first_page);
      o.close();
    }
    out.push_back(']');
  }
  w.str("citekey", r.citekey);
  if (!r.extra.empty()) {
    w.key("extra");
    out.push_back('[');
    for (std::size_t i = 0; i < r.extra.size(); ++i) {
      if (i) out.push_back(',');
      out.push_back('[');
      put_text(out, r.extra[i].name);
      out.push_back(',');
      put_text(out, r.extra[i].value);
      if (!r.extra[i].format.empty()) {
        out.push_back(',');
        put_text(out, r.extra[i].format);
      }
      out.push_back(']');
    }
    out.push_back(']');
  }
  const Provenance& p = r.provenance;
  if (!p.file.empty() || !p.format.empty() || p.line || p.hash) {
    w.key("provenance");
    ObjectWriter o(out);
    o.str("file", p.file);
    o.str("format", p.format);
    o.num("line", p.line);
    if (p.hash) {
      char buf[24];
      std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(p.hash));
      o.str("hash", buf);
    }
    o.close();
  }
  w.close();
  return out;
}

Record record_from_json(std::string_view text, const RecordParts& parts) {
  Record r = record_from_json(text);
  if (!parts.references) r.references.clear();
  if (!parts.abstract) r.abstract.clear();
  if (!parts.extra) r.extra.clear();
  if (!parts.creators) {
    r.authors.clear();
    r.editors.clear();
  }
  return r;
}

Record record_from_json(std::string_view text) {
  const nlohmann::json j = nlohmann::json::parse(text);
  Record r;
  r.type = get_str(j, "type");
  if (r.type.empty()) r.type = "article-journal";
  r.title = get_str(j, "title");
  if (auto it = j.find("title_nocase"); it != j.end() && it->is_array())
    for (const auto& s : *it)
      if (s.is_array() && s.size() == 2)
        r.title_nocase.push_back({s[0].get<std::uint32_t>(), s[1].get<std::uint32_t>()});
  r.container_title = get_str(j, "container_title");
  r.authors = get_creators(j, "authors");
  r.editors = get_creators(j, "editors");
  if (auto it = j.find("issued"); it != j.end() && it->is_object()) {
    r.issued.year = it->value("year", 0);
    r.issued.month = it->value("month", 0);
    r.issued.day = it->value("day", 0);
    r.issued.text = get_str(*it, "text");
  }
  r.volume = get_str(j, "volume");
  r.issue = get_str(j, "issue");
  r.pages = get_str(j, "pages");
  r.publisher = get_str(j, "publisher");
  r.publisher_place = get_str(j, "publisher_place");
  r.issn = get_strs(j, "issn");
  r.isbn = get_strs(j, "isbn");
  r.doi = get_str(j, "doi");
  r.url = get_str(j, "url");
  r.abstract = get_str(j, "abstract");
  r.language = get_str(j, "language");
  r.keywords = get_strs(j, "keywords");
  if (auto it = j.find("references"); it != j.end() && it->is_array()) {
    r.references.reserve(it->size());
    for (const auto& e : *it) {
      Reference ref;
      ref.key = get_str(e, "key");
      ref.doi = get_str(e, "doi");
      ref.raw = get_str(e, "raw");
      ref.author = get_str(e, "author");
      ref.year = get_str(e, "year");
      ref.title = get_str(e, "title");
      ref.container = get_str(e, "container");
      ref.volume = get_str(e, "volume");
      ref.first_page = get_str(e, "first_page");
      r.references.push_back(std::move(ref));
    }
  }
  r.citekey = get_str(j, "citekey");
  if (auto it = j.find("extra"); it != j.end() && it->is_array())
    for (const auto& e : *it)
      if (e.is_array() && (e.size() == 2 || e.size() == 3) && e[0].is_string() && e[1].is_string())
        r.extra.push_back({e[0].get<std::string>(), e[1].get<std::string>(),
                           e.size() == 3 && e[2].is_string() ? e[2].get<std::string>() : std::string()});
  if (auto it = j.find("provenance"); it != j.end() && it->is_object()) {
    r.provenance.file = get_str(*it, "file");
    r.provenance.format = get_str(*it, "format");
    r.provenance.line = it->value("line", 0u);
    std::string h = get_str(*it, "hash");
    if (!h.empty()) r.provenance.hash = std::stoull(h, nullptr, 16);
  }
  return r;
}

std::string format_date(const Date& d) {
  std::string out;
  if (d.year) out = std::to_string(d.year);
  if (d.month) out += (d.month < 10 ? "-0" : "-") + std::to_string(d.month);
  if (d.day) out += (d.day < 10 ? "-0" : "-") + std::to_string(d.day);
  if (!d.text.empty()) out += (out.empty() ? "" : " ") + ("(" + d.text + ")");
  return out;
}

bool same_content(const Record& a, const Record& b) {
  return a.type == b.type && a.title == b.title && a.title_nocase == b.title_nocase &&
         a.container_title == b.container_title && a.authors == b.authors && a.editors == b.editors &&
         a.issued == b.issued && a.volume == b.volume && a.issue == b.issue && a.pages == b.pages &&
         a.publisher == b.publisher && a.publisher_place == b.publisher_place && a.issn == b.issn &&
         a.isbn == b.isbn && a.doi == b.doi && a.url == b.url && a.abstract == b.abstract &&
         a.language == b.language && a.keywords == b.keywords && a.references == b.references &&
         a.citekey == b.citekey && a.extra == b.extra;
}

}  // namespace refnet

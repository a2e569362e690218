// HTML character references left in a record's values (left_references.hpp).
#include "left_references.hpp"

#include <algorithm>

#include "refnet/jats.hpp"
#include "refnet/text.hpp"

namespace refnet {

namespace {

bool holds_reference(std::string_view v) {
  const std::size_t amp = v.find('&');
  return amp != std::string_view::npos && v.find(';', amp) != std::string_view::npos;
}

// `title` rewritten piece by piece between the edges of its protected
// spans, which are moved with their text.
std::string rewrite_keeping_spans(const std::string& title, std::vector<Span>& spans, const TextRewrite& rewrite) {
  std::vector<std::uint32_t> edges{0, static_cast<std::uint32_t>(title.size())};
  for (const Span& s : spans) edges.insert(edges.end(), {s.begin, s.end});
  std::sort(edges.begin(), edges.end());
  edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
  std::string out;
  std::vector<std::uint32_t> moved(edges.size(), 0);
  for (std::size_t i = 0; i + 1 < edges.size(); ++i) {
    moved[i] = static_cast<std::uint32_t>(out.size());
    const std::string_view piece = std::string_view(title).substr(edges[i], edges[i + 1] - edges[i]);
    const std::string rewritten = rewrite(piece, true);
    out += rewritten.empty() ? piece : std::string_view(rewritten);
  }
  moved.back() = static_cast<std::uint32_t>(out.size());
  auto at = [&](std::uint32_t edge) {
    return moved[static_cast<std::size_t>(std::lower_bound(edges.begin(), edges.end(), edge) - edges.begin())];
  };
  for (Span& s : spans) s = {at(s.begin), at(s.end)};
  return out;
}

}  // namespace

std::string decoded_references(std::string_view v, bool rich) {
  if (!holds_reference(v)) return {};
  const bool markup = may_have_rich_text(v) && has_markup(v);
  if (markup && !rich) return {};
  bool twice = false;
  std::string d = decode_entities(v, twice);
  // Escaped three times (Scopus's CSV: a conference's name,
  // "&amp;amp;quot;Computational Intelligence ...&amp;amp;quot;"): once more.
  if (twice && d.find("&quot;") != std::string::npos) d = decode_entities(d);
  if (d == v || (markup && rich_tags(d).size() != rich_tags(v).size())) return {};
  return d;
}

std::string_view DecodedValues::decode(std::string_view v, std::size_t offset) {
  std::string d = decoded_references(v);
  if (d.empty()) return v;
  if (count++ == 0) first = offset;
  store.push_back(std::move(d));
  return store.back();
}

std::size_t rewrite_record_texts(Record& r, std::string& first, const TextRewrite& rewrite, bool references) {
  std::size_t changed = 0;
  auto said = [&](const std::string& was) {
    if (changed++ == 0 && first.empty()) first = was;
  };
  auto one = [&](std::string& v) {
    std::string rewritten = rewrite(v, false);
    if (rewritten.empty()) return;
    said(v);
    v = std::move(rewritten);
  };
  if (std::string rewritten = rewrite(r.title, true); !rewritten.empty()) {
    said(r.title);
    r.title = r.title_nocase.empty() ? std::move(rewritten) : rewrite_keeping_spans(r.title, r.title_nocase, rewrite);
  }
  for (std::string* v : {&r.container_title, &r.container_title_short, &r.abstract, &r.publisher, &r.publisher_place})
    one(*v);
  for (std::vector<Creator>* list : {&r.authors, &r.editors})
    for (Creator& c : *list)
      for (std::string* v : {&c.family, &c.given, &c.particle, &c.suffix, &c.literal}) one(*v);
  for (std::string& k : r.keywords) one(k);
  for (ExtraField& f : r.extra)
    if (!starts_with(f.name, "library:")) one(f.value);
  if (references)
    for (Reference& ref : r.references)
      for (std::string* v : {&ref.raw, &ref.author, &ref.title, &ref.container}) one(*v);
  return changed;
}

std::size_t decode_left_references(Record& r, std::string& first) {
  return rewrite_record_texts(r, first, [](std::string_view v, bool title) { return decoded_references(v, title); },
                              false);
}

}  // namespace refnet

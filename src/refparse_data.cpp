// Labelled reference strings for training and evaluating the reference
// parser: AnyStyle's XML and GROBID's TEI, both mapped to refparse's labels
// and to one convention (AnyStyle's: punctuation, "In", "pp." inside the
// neighbouring field).
#include <pugixml.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <unordered_set>

#include "refnet/refparse.hpp"
#include "refnet/text.hpp"

namespace refnet::refparse {

namespace {

// Text with a label per byte (-1: none yet), white space collapsed.
struct Builder {
  std::string text;
  std::vector<int> labels;

  void add(std::string_view s, int label) {
    for (char c : s) {
      if (is_space(c)) {
        if (text.empty() || text.back() == ' ') continue;
        text.push_back(' ');
        labels.push_back(-1);
      } else {
        text.push_back(c);
        labels.push_back(label);
      }
    }
  }
  void separate() {
    if (!text.empty() && text.back() != ' ') {
      text.push_back(' ');
      labels.push_back(-1);
    }
  }

  // Token labels: a token's first labelled byte; tokens with none take a
  // neighbour's (see read_grobid).
  bool finish(Example& ex) {
    while (!text.empty() && text.back() == ' ') {
      text.pop_back();
      labels.pop_back();
    }
    std::vector<Token> toks = tokenize(text);
    std::vector<int> tl(toks.size(), -1);
    for (std::size_t i = 0; i < toks.size(); ++i)
      for (std::uint32_t b = toks[i].begin; b < toks[i].end; ++b)
        if (labels[b] >= 0) {
          tl[i] = labels[b];
          break;
        }
    bool any = false;
    for (int l : tl) any = any || l >= 0;
    if (!any) return false;
    // Before the first labelled token: a citation number ("[12]", "3.").
    std::size_t first = 0;
    while (tl[first] < 0) ++first;
    for (std::size_t i = 0; i < first; ++i) tl[i] = kCitationNumber;
    for (std::size_t i = first; i < toks.size(); ++i) {
      if (tl[i] >= 0) continue;
      std::string_view w = std::string_view(text).substr(toks[i].begin, toks[i].end - toks[i].begin);
      bool opening = w == "(" || w == "[" || w == "\"" || w == "\xE2\x80\x9C" || w == "\xC2\xAB" || w == "'";
      bool word = !w.empty() && (is_alpha(w[0]) || is_digit(w[0]) || (unsigned char)w[0] >= 0xC0);
      int next = -1;
      for (std::size_t k = i + 1; k < toks.size() && next < 0; ++k) next = tl[k];
      if ((opening || word) && next >= 0) tl[i] = next;
      else tl[i] = tl[i - 1];
    }
    ex.text = std::move(text);
    ex.labels.clear();
    for (int l : tl) ex.labels.push_back(Label(l));
    return true;
  }
};

// "<italic>", "</bold>": markup AnyStyle keeps escaped in its texts.
std::string strip_markup(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '<') {
      std::size_t e = s.find('>', i);
      if (e != std::string_view::npos && e - i < 16) {
        bool tag = true;
        for (std::size_t k = i + 1; k < e; ++k)
          if (!(is_alpha(s[k]) || s[k] == '/' || is_digit(s[k]))) tag = false;
        if (tag) {
          i = e;
          continue;
        }
      }
    }
    out.push_back(s[i]);
  }
  return out;
}

int anystyle_label(std::string_view tag) {
  if (tag == "container-title") return kContainer;
  if (tag == "collection-title") return kCollection;
  if (tag == "translator" || tag == "director" || tag == "producer") return kContributor;
  if (tag == "source" || tag == "medium") return kNote;
  int l = label_from_name(tag);
  return l >= 0 ? l : kNote;
}

pugi::xml_parse_result parse_xml(pugi::xml_document& doc, std::string_view xml) {
  return doc.load_buffer(xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_utf8);
}

}  // namespace

std::vector<Example> read_anystyle(std::string_view xml, const std::string& source) {
  std::vector<Example> out;
  pugi::xml_document doc;
  if (!parse_xml(doc, xml)) return out;
  for (pugi::xml_node seq : doc.child("dataset").children("sequence")) {
    Builder b;
    for (pugi::xml_node field : seq.children()) {
      if (field.type() != pugi::node_element) continue;
      // A field marked glued="1" follows the previous one with no space ("<volume>17</volume><issue
      // glued="1">(10):</issue>": "17(10):", as bench/refparse_styles.py --train-xml writes it).
      if (!field.attribute("glued").as_bool()) b.separate();
      b.add(strip_markup(field.child_value()), anystyle_label(field.name()));
    }
    Example ex;
    ex.source = source;
    if (!b.finish(ex)) continue;
    // A book's title labelled container-title in a reference with no other
    // title ("GENETTE, Gerard. <container-title>Figures.</container-title>
    // Paris: Seuil, 1966."; AnyStyle's ugly set does so, its core set and
    // GROBID call it the title): the title, by the rule parse applies to
    // the model's labels (container_as_title), so that gold and parsed
    // records follow one convention.
    container_as_title(ex.text, tokenize(ex.text), ex.labels);
    out.push_back(std::move(ex));
  }
  return out;
}

namespace {

bool bibl_has_analytic_title(pugi::xml_node bibl) {
  for (pugi::xpath_node t : bibl.select_nodes(".//title"))
    if (std::string_view(t.node().attribute("level").value()) == "a") return true;
  return false;
}

int grobid_label(pugi::xml_node n, bool analytic) {
  std::string_view name = n.name();
  auto attr = [&](const char* a) { return std::string_view(n.attribute(a).value()); };
  if (name == "author" || name == "authors") return kAuthor;
  if (name == "editor") return kEditor;
  if (name == "title") {
    std::string_view level = attr("level");
    if (level.empty()) level = attr("leve");
    if (level == "j") return kJournal;
    if (level == "s") return kCollection;
    if (level == "m") return analytic ? kContainer : kTitle;
    return kTitle;
  }
  if (name == "date" || name == "year" || name == "month") return kDate;
  if (name == "biblScope" || name == "volumes" || name == "page") {
    std::string_view u = attr("unit");
    if (u.empty()) u = attr("type");
    if (name == "volumes" || u == "volume" || u == "vol") return kVolume;
    if (u == "issue") return kIssue;
    if (name == "page" || u == "page" || u == "pp") return kPages;
    return kNote;
  }
  if (name == "idno") {
    std::string_view t = attr("type");
    if (iequals(t, "doi")) return kDoi;
    if (iequals(t, "isbn")) return kIsbn;
    return kNote;
  }
  if (name == "pubPlace" || name == "pubplace") return kLocation;
  if (name == "publisher" || name == "publishe") return kPublisher;
  if (name == "note" || name == "notes") return attr("type") == "report" ? kGenre : kNote;
  if (name == "orgName") return attr("type") == "collaboration" ? kAuthor : kPublisher;
  if (name == "ptr") return kUrl;
  return -1;  // <hi>, <lb/>, …: the enclosing label
}

void walk(pugi::xml_node n, int label, bool analytic, Builder& b) {
  for (pugi::xml_node c : n.children()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
      b.add(c.value(), label);
    } else if (c.type() == pugi::node_element) {
      if (std::string_view(c.name()) == "lb") {
        b.add(" ", label);
        continue;
      }
      int l = grobid_label(c, analytic);
      if (std::string_view(c.name()) == "ptr" && c.first_child().empty()) {
        b.add(c.attribute("target").value(), kUrl);
        continue;
      }
      walk(c, l >= 0 ? l : label, analytic, b);
    }
  }
}

}  // namespace

std::vector<Example> read_grobid(std::string_view xml, const std::string& source) {
  std::vector<Example> out;
  pugi::xml_document doc;
  if (!parse_xml(doc, xml)) return out;
  for (pugi::xpath_node xn : doc.select_nodes("//*[local-name()='bibl']")) {
    pugi::xml_node bibl = xn.node();
    Builder b;
    walk(bibl, -1, bibl_has_analytic_title(bibl), b);
    Example ex;
    ex.source = source;
    if (b.finish(ex)) out.push_back(std::move(ex));
  }
  return out;
}

void deduplicate(std::vector<Example>& examples) {
  std::unordered_set<std::string> seen;
  std::vector<Example> out;
  out.reserve(examples.size());
  for (Example& ex : examples)
    if (seen.insert(ascii_lower(collapse_space(ex.text))).second) out.push_back(std::move(ex));
  examples = std::move(out);
}

namespace {

std::uint64_t fnv1a(std::string_view s) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h;
}

std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

bool mixed_grobid_file(std::string_view name) {
  return starts_with(name, "citations") || starts_with(name, "kisti_") || starts_with(name, "crossref_raw_citations") ||
         starts_with(name, "raw_ref_corrected") || starts_with(name, "multi_identifiers");
}

}  // namespace

std::vector<Example> load_corpus(const std::string& dir) {
  namespace fs = std::filesystem;
  std::vector<Example> out;
  std::vector<fs::path> anystyle, grobid;
  for (const auto& e : fs::directory_iterator(dir)) {
    std::string name = e.path().filename().string();
    if (starts_with(name, "anystyle__") && ends_with(name, ".xml")) anystyle.push_back(e.path());
  }
  if (fs::is_directory(fs::path(dir) / "grobid-citation"))
    for (const auto& e : fs::directory_iterator(fs::path(dir) / "grobid-citation"))
      if (ends_with(e.path().filename().string(), ".xml")) grobid.push_back(e.path());
  std::sort(anystyle.begin(), anystyle.end());
  std::sort(grobid.begin(), grobid.end());
  for (const auto& p : anystyle) {
    std::vector<Example> ex = read_anystyle(slurp(p), p.filename().string());
    out.insert(out.end(), std::make_move_iterator(ex.begin()), std::make_move_iterator(ex.end()));
  }
  for (const auto& p : grobid) {
    std::vector<Example> ex = read_grobid(slurp(p), "grobid-citation/" + p.filename().string());
    out.insert(out.end(), std::make_move_iterator(ex.begin()), std::make_move_iterator(ex.end()));
  }
  if (out.empty()) throw std::runtime_error(dir + ": no labelled references (anystyle__*.xml, grobid-citation/*.xml)");
  deduplicate(out);
  return out;
}

bool is_held_out(const Example& ex) {
  std::string_view src = ex.source;
  if (starts_with(src, "grobid-citation/")) {
    std::string_view name = src.substr(16);
    if (starts_with(name, "evaluation-citation-")) return true;
    if (!mixed_grobid_file(name)) return fnv1a(name) % 5 == 0;
  }
  return fnv1a(ascii_lower(collapse_space(ex.text))) % 5 == 0;
}

int lexicon_fold(const Example& ex, int folds) {
  std::string_view src = ex.source;
  if (starts_with(src, "grobid-citation/") && !mixed_grobid_file(src.substr(16)))
    return int(fnv1a(std::string("lexicon/") + std::string(src.substr(16))) % std::uint64_t(folds));
  return int(fnv1a("lexicon/" + ascii_lower(collapse_space(ex.text))) % std::uint64_t(folds));
}

bool is_dev(const Example& ex) {
  if (is_held_out(ex)) return false;
  std::string_view src = ex.source;
  if (starts_with(src, "grobid-citation/") && !mixed_grobid_file(src.substr(16)))
    return fnv1a(std::string("dev/") + std::string(src.substr(16))) % 6 == 0;
  return fnv1a("dev/" + ascii_lower(collapse_space(ex.text))) % 6 == 0;
}

}  // namespace refnet::refparse

namespace refnet::refparse {

std::string label_spans(std::string_view text, const std::vector<Label>& labels) {
  std::vector<Token> toks = tokenize(text);
  std::string out;
  for (std::size_t i = 0; i < toks.size(); ++i) {
    if (i == 0 || labels[i] != labels[i - 1]) out += std::string(i ? "] [" : "[") + label_name(labels[i]) + " ";
    else if (toks[i].space_before) out += " ";
    out += text.substr(toks[i].begin, toks[i].end - toks[i].begin);
  }
  return toks.empty() ? out : out + "]";
}

namespace {

// Span texts compared with no-break and thin spaces read as spaces (a table's text copied from a terminal loses
// them), runs of spaces as one.
std::string spaced(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    bool space = s[i] == ' ';
    if (s.substr(i, 2) == "\xC2\xA0") space = true, ++i;
    else if (s.substr(i, 3) == "\xE2\x80\xAF" || s.substr(i, 3) == "\xE2\x80\x89") space = true, i += 2;
    if (!space) out.push_back(s[i]);
    else if (!out.empty() && out.back() != ' ') out.push_back(' ');
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// "[title Foo.] [date 2008.]" -> (label, text) pieces; false when a piece is not "[LABEL text]".
bool read_spans(std::string_view s, std::vector<std::pair<Label, std::string>>& out) {
  s = trim(s);
  if (s.size() < 2 || s.front() != '[' || s.back() != ']') return false;
  s = s.substr(1, s.size() - 2);
  for (std::size_t start = 0;;) {
    std::size_t e = s.find("] [", start);
    std::string_view piece = s.substr(start, e == std::string_view::npos ? std::string_view::npos : e - start);
    std::size_t sp = piece.find(' ');
    if (sp == std::string_view::npos) return false;
    int l = label_from_name(piece.substr(0, sp));
    if (l < 0) return false;
    out.emplace_back(Label(l), spaced(piece.substr(sp + 1)));
    if (e == std::string_view::npos) return true;
    start = e + 3;
  }
}

}  // namespace

int apply_label_corrections(std::vector<Example>& examples, std::string_view tsv, const std::string& file_name,
                            std::vector<std::string>& problems) {
  std::unordered_map<std::string, std::vector<std::size_t>> by_text;
  for (std::size_t i = 0; i < examples.size(); ++i) by_text[examples[i].text].push_back(i);
  int applied = 0;
  std::size_t line_no = 0;
  for (std::size_t start = 0; start < tsv.size();) {
    std::size_t nl = tsv.find('\n', start);
    std::string_view line = tsv.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
    start = nl == std::string_view::npos ? tsv.size() : nl + 1;
    if (++line_no == 1 || trim(line).empty() || line.front() == '#') continue;  // the header, blank lines, comments
    auto fail = [&](const std::string& why) {
      problems.push_back(file_name + ":" + std::to_string(line_no) + ":1: error: " + why + "; the row is not applied");
    };
    std::vector<std::string_view> cols;
    for_each_list_item(line, "\t", [&](std::string_view c) { cols.push_back(c); });
    if (cols.size() != 6) {
      fail(std::to_string(cols.size()) + " columns, not 6 (source, reference, field, labelled, corrected, reason)");
      continue;
    }
    std::vector<std::pair<Label, std::string>> labelled, corrected;
    if (!read_spans(cols[3], labelled) || !read_spans(cols[4], corrected)) {
      fail("the labelled and corrected columns must be spans \"[LABEL text] [LABEL text]\"");
      continue;
    }
    Example* ex = nullptr;
    if (auto it = by_text.find(std::string(cols[1])); it != by_text.end())
      for (std::size_t i : it->second)
        if (examples[i].source == cols[0]) ex = &examples[i];
    if (!ex) {
      fail("no reference of " + std::string(cols[0]) + " is \"" + std::string(cols[1]) + "\"");
      continue;
    }
    // The reference's spans: label, first token, text (as label_spans writes them).
    std::vector<Token> toks = tokenize(ex->text);
    struct Span {
      Label label;
      std::size_t first, last;  // tokens [first, last)
      std::string text;
    };
    std::vector<Span> spans;
    for (std::size_t i = 0; i < toks.size(); ++i) {
      if (i == 0 || ex->labels[i] != ex->labels[i - 1]) spans.push_back({ex->labels[i], i, i, ""});
      else if (toks[i].space_before) spans.back().text += ' ';
      spans.back().text += ex->text.substr(toks[i].begin, toks[i].end - toks[i].begin);
      spans.back().last = i + 1;
    }
    std::size_t at = spans.size();
    for (std::size_t s = 0; s + labelled.size() <= spans.size() && at == spans.size(); ++s) {
      bool same = true;
      for (std::size_t k = 0; k < labelled.size() && same; ++k)
        same = spans[s + k].label == labelled[k].first && spaced(spans[s + k].text) == labelled[k].second;
      if (same) at = s;
    }
    if (at == spans.size()) {
      fail("the reference has no spans " + std::string(cols[3]) + " (it reads " + label_spans(ex->text, ex->labels) + ")");
      continue;
    }
    // The corrected pieces over the same tokens, in order.
    std::size_t first = spans[at].first, last = spans[at + labelled.size() - 1].last, t = first;
    std::vector<Label> labels = ex->labels;
    bool ok = true;
    for (const auto& [label, want] : corrected) {
      std::string got;
      while (t < last && spaced(got).size() < want.size()) {
        if (!got.empty() && toks[t].space_before) got += ' ';
        got += ex->text.substr(toks[t].begin, toks[t].end - toks[t].begin);
        labels[t++] = label;
      }
      if (spaced(got) != want) ok = false;
    }
    if (!ok || t != last) {
      fail("the corrected spans " + std::string(cols[4]) + " are not the words of " + std::string(cols[3]));
      continue;
    }
    ex->labels = std::move(labels);
    ++applied;
  }
  return applied;
}

}  // namespace refnet::refparse

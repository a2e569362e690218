#include "graph_common.hpp"

#include "refnet/network_build.hpp"
#include "refnet/text.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cctype>
#include <unordered_set>

#include <utf8proc.h>

namespace refnet::graph {

std::string num(double v) {
  if (!std::isfinite(v)) return "0";
  if (v == 0) return "0";  // also turns -0 into 0
  char buf[32];
  auto res = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, res.ptr);
}

std::string fitted_svg_root(double w, double h, std::string_view extra) {
  return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" height=\"100%\" viewBox=\"0 0 " + fixed(w, 0) + " " +
         fixed(h, 0) + "\" preserveAspectRatio=\"xMidYMin meet\" font-family=\"Helvetica, Arial, sans-serif\"" +
         std::string(extra) + ">\n";
}

std::string fixed(double v, int decimals) {
  if (!std::isfinite(v)) return "0";
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, decimals);
  std::string s(buf, res.ptr);
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  if (s == "-0") s = "0";
  return s;
}

std::string valid_utf8(std::string_view s) {
  if (is_valid_utf8(s)) return std::string(s);
  std::string out;
  out.reserve(s.size() + 8);
  for (std::size_t i = 0; i < s.size();) append_utf8(out, next_utf8(s, i));
  return out;
}

std::string xml_escape(std::string_view raw) {
  std::string repaired;
  std::string_view s = raw;
  if (!is_valid_utf8(raw)) s = repaired = valid_utf8(raw);
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n') break;
        out += c;
    }
  }
  return out;
}

std::string one_line(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return out;
}

std::string csv_field(std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string join_documents(const std::vector<std::int64_t>& docs, char sep) {
  std::string out;
  for (std::int64_t d : docs) {
    if (!out.empty()) out += sep;
    out += std::to_string(d);
  }
  return out;
}

namespace {
// D3's category20 reordered to follow VOSviewer's first colours (red, green,
// blue, olive, purple, cyan, orange, brown, pink), then the lighter tints.
constexpr std::array<Rgb, 18> kPalette = {{
    {0xd6, 0x27, 0x28}, {0x2c, 0xa0, 0x2c}, {0x1f, 0x77, 0xb4}, {0xbc, 0xbd, 0x22}, {0x94, 0x67, 0xbd},
    {0x17, 0xbe, 0xcf}, {0xff, 0x7f, 0x0e}, {0x8c, 0x56, 0x4b}, {0xe3, 0x77, 0xc2}, {0xae, 0xc7, 0xe8},
    {0x98, 0xdf, 0x8a}, {0xff, 0x98, 0x96}, {0xc5, 0xb0, 0xd5}, {0xff, 0xbb, 0x78}, {0xc4, 0x9c, 0x94},
    {0xf7, 0xb6, 0xd2}, {0xdb, 0xdb, 0x8d}, {0x9e, 0xda, 0xe5},
}};

Rgb from_hsl(double h, double s, double l) {
  auto f = [&](double n) {
    double k = std::fmod(n + h / 30.0, 12.0);
    double a = s * std::min(l, 1 - l);
    double v = l - a * std::max(-1.0, std::min({k - 3, 9 - k, 1.0}));
    return static_cast<unsigned char>(std::lround(v * 255));
  };
  return {f(0), f(8), f(4)};
}
}  // namespace

Rgb cluster_color(int cluster) {
  if (cluster < 0) return {0xa0, 0xa0, 0xa0};
  if (static_cast<std::size_t>(cluster) < kPalette.size()) return kPalette[cluster];
  // Golden-angle hues with two lightness bands keep neighbours apart.
  double hue = std::fmod(cluster * 137.508, 360.0);
  return from_hsl(hue, 0.55, cluster % 2 ? 0.45 : 0.62);
}

std::string hex(Rgb c) {
  static const char* digits = "0123456789abcdef";
  std::string s = "#";
  for (unsigned char v : {c.r, c.g, c.b}) {
    s += digits[v >> 4];
    s += digits[v & 15];
  }
  return s;
}

NodeFigures node_figures(const Network& n) {
  NodeFigures f;
  std::size_t count = n.nodes.size();
  std::vector<std::uint32_t> degree(count, 0);
  f.strength.assign(count, 0);
  f.raw_strength.assign(count, 0);
  for (const auto& l : n.links) {
    if (l.source >= count || l.target >= count) continue;
    for (std::uint32_t end : {l.source, l.target}) {
      f.strength[end] += l.weight;
      f.raw_strength[end] += l.raw_weight;
      ++degree[end];
      if (l.source == l.target) break;
    }
  }
  f.links = std::move(degree);
  return f;
}

std::vector<double> size_weights(const Network& n) {
  if (n.type == "coupling") return node_figures(n).raw_strength;
  std::vector<double> w;
  w.reserve(n.nodes.size());
  for (const auto& v : n.nodes) w.push_back(v.occurrences);
  return w;
}

double text_width(std::string_view s, double font) {
  double em = 0;
  for (std::size_t i = 0; i < s.size();) {
    char32_t c = next_utf8(s, i);
    if (c == 'm' || c == 'w' || c == 'M' || c == 'W' || c == '@' || c == '%') em += 1.0;
    else if (c >= 'A' && c <= 'Z') em += 0.8;
    else if (c == ' ') em += 0.35;
    else if (c == 'i' || c == 'l' || c == 'j' || c == '.' || c == ',' || c == ':' || c == ';' || c == '\'' || c == '|' ||
             c == '!')
      em += 0.4;
    else if (c < 0x80) em += 0.68;
    else em += 1.05;
  }
  return em * font;
}

std::vector<std::string> wrap(std::string_view text, double width, double font) {
  std::vector<std::string> lines;
  std::string line;
  for (std::string_view w : split_words(text)) {
    std::string word(w);
    std::string candidate = line.empty() ? word : line + " " + word;
    if (text_width(candidate, font) <= width) {
      line = std::move(candidate);
      continue;
    }
    if (!line.empty()) lines.push_back(std::move(line));
    line.clear();
    while (text_width(word, font) > width) {
      std::size_t i = 0, cut = 0;
      while (i < word.size()) {
        std::size_t j = i;
        next_utf8(word, j);
        if (text_width(word.substr(0, j), font) > width) break;
        cut = i = j;
      }
      if (cut == 0) next_utf8(word, cut);  // at least one character a line
      lines.push_back(word.substr(0, cut));
      word = word.substr(cut);
    }
    line = word;
  }
  if (!line.empty()) lines.push_back(std::move(line));
  if (lines.empty()) lines.emplace_back();
  return lines;
}

CircleSizes circle_sizes(const Network& n, double plot_area) {
  const std::size_t count = n.nodes.size();
  std::vector<double> weight = size_weights(n);
  double max_size = 0, min_size = 0;
  for (std::size_t i = 0; i < count; ++i) {
    max_size = std::max(max_size, weight[i]);
    min_size = i == 0 ? weight[i] : std::min(min_size, weight[i]);
  }
  CircleSizes c;
  double r_max = std::clamp(420.0 / std::sqrt(std::max<std::size_t>(count, 1)), 6.0, 24.0);
  double r_min = std::max(1.5, r_max * 0.2);
  c.radius.resize(count);
  c.rel.resize(count);
  double ink = 0;
  for (std::size_t i = 0; i < count; ++i) {
    double o = weight[i];
    c.rel[i] = max_size == min_size ? 0.5 : max_size > 0 && o > 0 ? std::sqrt(o / max_size) : 0;
    c.radius[i] = r_min + (r_max - r_min) * c.rel[i];
    ink += c.radius[i] * c.radius[i] * 3.14159265358979;
  }
  if (ink > kMaxInk * plot_area) {
    double f = std::sqrt(kMaxInk * plot_area / ink);
    for (auto& r : c.radius) r = std::max(1.5, r * f);
    r_max = std::max(1.5, r_max * f);
  }
  c.largest = r_max;
  return c;
}

std::string description_without_note(const Network& n) {
  std::string out = n.description;
  if (n.check_tags.empty()) return out;
  const std::string note = "; " + check_tags_note(n.check_tags);
  if (std::size_t at = out.find(note); at != std::string::npos) out.erase(at, note.size());
  return out;
}

std::string size_caption(const Network& n) {
  if (n.type == "coupling") return "total link strength";
  if (n.type == "citation" || n.type == "historiograph" || n.type == "cocitation") return "citations in the set";
  return "occurrences";
}

ClusterLabels::ClusterLabels(const Network& n) {
  for (const auto& c : n.clusters) {
    if (c.id < 0 || c.id > 1000000) continue;  // a label, not a reason to allocate gigabytes
    if (static_cast<std::size_t>(c.id) >= by_id_.size()) by_id_.resize(c.id + 1);
    by_id_[c.id] = c.label;
  }
}

const std::string& ClusterLabels::operator()(int id) const {
  if (id < 0 || static_cast<std::size_t>(id) >= by_id_.size()) return none_;
  return by_id_[id];
}

std::vector<std::string> node_keys(const Network& n) {
  std::vector<std::string> keys;
  keys.reserve(n.nodes.size());
  std::unordered_set<std::string_view> seen;
  bool own = true;
  auto safe = [](const std::string& id) {
    for (char c : id)
      if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) return false;
    return is_valid_utf8(id);
  };
  for (const auto& node : n.nodes) {
    if (node.id.empty() || !safe(node.id) || !seen.insert(node.id).second) {
      own = false;
      break;
    }
  }
  for (std::size_t i = 0; i < n.nodes.size(); ++i) keys.push_back(own ? n.nodes[i].id : "n" + std::to_string(i));
  return keys;
}

namespace {

// A character XML allows in a name token.  Outside ASCII: letters, marks and
// digits of the Basic Multilingual Plane, which every XML 1.0 edition's
// NameChar admits (the 5th edition admits more, not every validator does).
bool name_token_char(utf8proc_int32_t c) {
  if (c < 0x80) return std::isalnum(c) || c == '.' || c == '_' || c == ':' || c == '-';
  if (c > 0xFFFF) return false;
  switch (utf8proc_category(c)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ND:
      return true;
    default:
      return false;
  }
}

std::string name_token(const std::string& id) {
  std::string out;
  out.reserve(id.size());
  for (std::size_t i = 0; i < id.size();) {
    std::size_t at = i;
    char32_t c = next_utf8(id, i);  // an invalid byte is U+FFFD, not a name character
    if (name_token_char(static_cast<utf8proc_int32_t>(c))) out.append(id, at, i - at);
    else if (out.empty() || out.back() != '_') out += '_';
  }
  return out;
}

}  // namespace

std::vector<std::string> name_token_keys(const Network& n) {
  std::vector<std::string> keys = node_keys(n);
  std::unordered_set<std::string> seen;
  seen.reserve(keys.size() * 2);
  for (auto& k : keys) {
    k = name_token(k);
    if (!seen.insert(k).second) {
      for (std::size_t i = 0; i < keys.size(); ++i) keys[i] = "n" + std::to_string(i);
      break;
    }
  }
  return keys;
}

std::vector<std::uint32_t> strongest_links(const Network& n, std::size_t count, std::size_t most,
                                           std::size_t& drawable) {
  std::vector<std::uint32_t> order;
  for (std::uint32_t i = 0; i < n.links.size(); ++i)
    if (n.links[i].source < count && n.links[i].target < count && n.links[i].source != n.links[i].target)
      order.push_back(i);
  drawable = order.size();
  auto stronger = [&](std::uint32_t a, std::uint32_t b) {
    return n.links[a].weight != n.links[b].weight ? n.links[a].weight > n.links[b].weight : a < b;
  };
  if (order.size() > most) {
    std::nth_element(order.begin(), order.begin() + most, order.end(), stronger);
    order.resize(most);
  }
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return stronger(b, a); });
  return order;
}

std::vector<std::string> unique_labels(const Network& n) {
  std::vector<std::string> labels;
  labels.reserve(n.nodes.size());
  std::unordered_set<std::string> taken;
  taken.reserve(n.nodes.size() * 2);
  for (const auto& v : n.nodes) taken.insert(one_line(valid_utf8(v.label.empty() ? v.id : v.label)));
  std::unordered_set<std::string> used;
  used.reserve(n.nodes.size() * 2);
  for (const auto& v : n.nodes) {
    std::string label = one_line(valid_utf8(v.label.empty() ? v.id : v.label));
    if (!used.insert(label).second) {
      // A later duplicate: the first free "label (k)", k >= 2.
      for (std::size_t k = 2;; ++k) {
        std::string alt = label + " (" + std::to_string(k) + ")";
        if (!taken.count(alt) && used.insert(alt).second) {
          label = std::move(alt);
          break;
        }
      }
    }
    labels.push_back(std::move(label));
  }
  return labels;
}

}  // namespace refnet::graph

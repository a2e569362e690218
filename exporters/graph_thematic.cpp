// The thematic map (bibliometrix's strategic diagram, after Callon et al.
// 1991, Cobo et al. 2011): each cluster of a co-occurrence map placed by
// its Callon centrality (how strongly it links to the other clusters) and
// density (how strongly its own terms link together).  As bibliometrix
// draws it, on the ranks of the two, the lines at their mean rank:
//
//   niche themes (dense, peripheral)          | motor themes (dense, central)
//   ------------------------------------------+--------------------------------
//   emerging or declining themes              | basic themes (central, sparse)
//
// Bubble area follows the cluster's occurrences; labels are its top terms.
#include <algorithm>
#include <cmath>
#include <numeric>
#include <ostream>

#include "graph_picture.hpp"
#include "refnet/network_maps.hpp"

namespace refnet {
namespace {

// Ranks 1..k, ties get their mean rank (R's rank()).
std::vector<double> ranks(const std::vector<double>& v) {
  std::vector<std::size_t> order(v.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return v[a] < v[b]; });
  std::vector<double> r(v.size());
  for (std::size_t i = 0; i < order.size();) {
    std::size_t j = i;
    while (j < order.size() && v[order[j]] == v[order[i]]) ++j;
    double mean = (double(i + 1) + double(j)) / 2;
    for (std::size_t k = i; k < j; ++k) r[order[k]] = mean;
    i = j;
  }
  return r;
}

}  // namespace

std::vector<Theme> thematic_map(const Network& n, std::size_t label_terms) {
  std::vector<Theme> themes;
  if (n.clusters.empty()) return themes;
  int max_id = 0;
  for (const auto& c : n.clusters) max_id = std::max(max_id, c.id);
  std::vector<int> at(std::size_t(max_id) + 1, -1);
  for (const auto& c : n.clusters) {
    at[std::size_t(c.id)] = int(themes.size());
    Theme t;
    t.cluster = c.id;
    for (std::size_t k = 0; k < c.top_nodes.size() && k < label_terms; ++k)
      t.label += (k ? "; " : "") + n.nodes[c.top_nodes[k]].label;
    themes.push_back(std::move(t));
  }
  auto theme_of = [&](std::uint32_t node) -> Theme* {
    int c = n.nodes[node].cluster;
    if (c < 0 || c > max_id || at[std::size_t(c)] < 0) return nullptr;
    return &themes[std::size_t(at[std::size_t(c)])];
  };
  for (std::uint32_t i = 0; i < n.nodes.size(); ++i)
    if (Theme* t = theme_of(i)) {
      ++t->nodes;
      t->occurrences += n.nodes[i].occurrences;
    }
  std::vector<double> internal(themes.size(), 0), external(themes.size(), 0);
  for (const auto& l : n.links) {
    Theme *a = theme_of(l.source), *b = theme_of(l.target);
    if (!a || !b) continue;
    if (a == b) {
      internal[std::size_t(a - themes.data())] += l.weight;
    } else {
      external[std::size_t(a - themes.data())] += l.weight;
      external[std::size_t(b - themes.data())] += l.weight;
    }
  }
  std::vector<double> c(themes.size()), d(themes.size());
  for (std::size_t i = 0; i < themes.size(); ++i) {
    themes[i].centrality = c[i] = 10 * external[i];
    themes[i].density = d[i] = themes[i].nodes ? 100 * internal[i] / double(themes[i].nodes) : 0;
  }
  std::vector<double> rc = ranks(c), rd = ranks(d);
  double mid = (double(themes.size()) + 1) / 2;  // the mean of ranks 1..k
  for (std::size_t i = 0; i < themes.size(); ++i) {
    themes[i].centrality_rank = rc[i];
    themes[i].density_rank = rd[i];
    bool central = rc[i] >= mid, dense = rd[i] >= mid;
    themes[i].quadrant = central ? (dense ? "motor" : "basic") : (dense ? "niche" : "emerging or declining");
  }
  return themes;
}

void write_thematic_csv(std::ostream& out, const std::vector<Theme>& themes) {
  graph::ClassicLocale classic(out);
  out << "cluster,label,nodes,occurrences,centrality,density,centrality_rank,density_rank,quadrant\n";
  for (const auto& t : themes)
    out << t.cluster + 1 << "," << graph::csv_field(t.label) << "," << t.nodes << "," << graph::num(t.occurrences)
        << "," << graph::num(t.centrality) << "," << graph::num(t.density) << "," << graph::num(t.centrality_rank)
        << "," << graph::num(t.density_rank) << "," << t.quadrant << "\n";
}

void write_thematic_svg(std::ostream& out, const std::vector<Theme>& themes, const std::string& title) {
  using graph::fixed;
  using graph::xml_escape;
  graph::ClassicLocale classic(out);
  const double W = 900, H = 700, left = 80, right = 30, top = 70, bottom = 70;
  const double pw = W - left - right, ph = H - top - bottom;
  const double k = std::max<double>(1, double(themes.size()));
  // Bubble radii: the largest fits k of them along the shorter side.  Ranks
  // 1..k are spread over the plot less that radius each side, so that every
  // bubble stays inside the frame.
  const double max_r = std::min(pw, ph) / std::max(4.0, 2 * std::sqrt(k) + 2);
  auto px = [&](double r) { return left + max_r + (k > 1 ? (r - 1) / (k - 1) : 0.5) * (pw - 2 * max_r); };
  auto py = [&](double r) { return top + ph - max_r - (k > 1 ? (r - 1) / (k - 1) : 0.5) * (ph - 2 * max_r); };
  double mid = (k + 1) / 2;
  double max_occ = 0;
  for (const auto& t : themes) max_occ = std::max(max_occ, t.occurrences);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << graph::fitted_svg_root(W, H)
      << "<title>" << xml_escape(title) << "</title>\n"
      << "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
      << "<text x=\"" << W / 2 << "\" y=\"28\" text-anchor=\"middle\" font-size=\"18\">Thematic map</text>\n"
      << "<text x=\"" << W / 2 << "\" y=\"44\" text-anchor=\"middle\" font-size=\"10\" fill=\"#555\">";
  // The description in two lines: the first broken at a space before 150
  // bytes, the second cut by shorten() with an ellipsis.
  {
    const std::string text = graph::valid_utf8(title);
    std::size_t cut = text.size() <= 150 ? text.size() : text.rfind(' ', 150);
    if (cut == std::string::npos || cut == 0) cut = 0;  // no space to break at: one line, cut
    out << "<tspan x=\"" << W / 2 << "\" dy=\"0\">"
        << xml_escape(cut ? text.substr(0, cut) : graph::shorten(text, 140)) << "</tspan>";
    if (cut && cut < text.size())
      out << "<tspan x=\"" << W / 2 << "\" dy=\"13\">"
          << xml_escape(graph::shorten(std::string_view(text).substr(cut + 1), 140)) << "</tspan>";
  }
  out << "</text>\n"
      << "<rect x=\"" << left << "\" y=\"" << top << "\" width=\"" << pw << "\" height=\"" << ph
      << "\" fill=\"none\" stroke=\"#999\"/>\n";
  // The quadrant lines at the mean rank, and the quadrants' names.
  out << "<g stroke=\"#bbb\" stroke-dasharray=\"6 4\">\n"
      << "<line x1=\"" << fixed(px(mid), 1) << "\" y1=\"" << top << "\" x2=\"" << fixed(px(mid), 1) << "\" y2=\""
      << top + ph << "\"/>\n"
      << "<line x1=\"" << left << "\" y1=\"" << fixed(py(mid), 1) << "\" x2=\"" << left + pw << "\" y2=\""
      << fixed(py(mid), 1) << "\"/>\n</g>\n";
  out << "<g font-size=\"14\" fill=\"#888\" font-style=\"italic\">\n"
      << "<text x=\"" << left + 8 << "\" y=\"" << top + 20 << "\">Niche themes</text>\n"
      << "<text x=\"" << left + pw - 8 << "\" y=\"" << top + 20 << "\" text-anchor=\"end\">Motor themes</text>\n"
      << "<text x=\"" << left + 8 << "\" y=\"" << top + ph - 10 << "\">Emerging or declining themes</text>\n"
      << "<text x=\"" << left + pw - 8 << "\" y=\"" << top + ph - 10 << "\" text-anchor=\"end\">Basic themes</text>\n"
      << "</g>\n";
  out << "<text x=\"" << left + pw / 2 << "\" y=\"" << H - 25
      << "\" text-anchor=\"middle\" font-size=\"13\">Relevance degree (Callon centrality, rank)</text>\n"
      << "<text transform=\"translate(30 " << top + ph / 2
      << ") rotate(-90)\" text-anchor=\"middle\" font-size=\"13\">Development degree (density, rank)</text>\n";
  if (themes.empty())
    out << "<text x=\"" << W / 2 << "\" y=\"" << H / 2 << "\" text-anchor=\"middle\" font-size=\"14\">no clusters</text>\n";
  // Largest bubbles first, so that small ones stay visible on top.
  std::vector<std::size_t> order(themes.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return themes[a].occurrences > themes[b].occurrences; });
  for (std::size_t i : order) {
    const Theme& t = themes[i];
    double r = max_occ > 0 ? std::max(4.0, max_r * std::sqrt(t.occurrences / max_occ)) : 4;
    double x = px(t.centrality_rank), y = py(t.density_rank);
    out << "<g><title>" << xml_escape("Cluster " + std::to_string(t.cluster + 1) + ": " + t.label + " (" +
                                      std::to_string(t.nodes) + " terms, centrality " + fixed(t.centrality, 2) +
                                      ", density " + fixed(t.density, 2) + ", " + t.quadrant + ")")
        << "</title><circle cx=\"" << fixed(x, 1) << "\" cy=\"" << fixed(y, 1) << "\" r=\"" << fixed(r, 1)
        << "\" fill=\"" << graph::hex(graph::cluster_color(t.cluster)) << "\" fill-opacity=\"0.6\" stroke=\"#333\" "
        << "stroke-width=\"0.5\"/>";
    // The label: one term per line, centred on the bubble.
    std::vector<std::string> lines;
    std::size_t from = 0;
    while (from <= t.label.size()) {
      std::size_t sep = t.label.find("; ", from);
      lines.push_back(t.label.substr(from, sep == std::string::npos ? std::string::npos : sep - from));
      if (sep == std::string::npos) break;
      from = sep + 2;
    }
    double y0 = y - (double(lines.size()) - 1) * 7;
    for (std::size_t l = 0; l < lines.size(); ++l)
      out << "<text x=\"" << fixed(x, 1) << "\" y=\"" << fixed(y0 + 14 * double(l) + 4, 1)
          << "\" text-anchor=\"middle\" font-size=\"12\">" << xml_escape(lines[l]) << "</text>";
    out << "</g>\n";
  }
  out << "</svg>\n";
}

}  // namespace refnet

// A static map of the network as SVG, in the manner of VOSviewer's network
// visualization: circles sized by occurrences (square root, so that area
// follows the count), coloured by cluster, links light and thin beneath,
// labels on the largest nodes where they do not overlap, a legend of the
// clusters and a title.  The layout (node x/y) is fitted to the plot area.
//
// Label placement is greedy: nodes by decreasing size, a label is placed
// when its box meets no box placed before.  Text width is an upper bound
// (text_width: no font metrics here; 0.58 em a character was less than
// DejaVu Sans, which a browser without Helvetica or Arial draws with, and
// labels overlapped).
#include <algorithm>
#include <cmath>
#include <numeric>
#include <ostream>

#include "graph_common.hpp"
#include "graph_picture.hpp"
#include "refnet/network_build.hpp"

namespace refnet {

namespace graph {

std::string map_title(const Network& n) {
  if (n.type == "keywords") return "Keyword co-occurrence map";
  if (n.type == "cocitation") return "Co-citation map";
  if (n.type == "coupling") return "Bibliographic coupling map";
  if (n.type == "coauthor") return "Co-authorship map";
  if (n.type == "citation") return "Citation network";
  if (n.type == "terms") return "Term co-occurrence map";
  if (n.type == "historiograph") return "Historiograph";
  if (n.type == "countries") return "Country collaboration map";
  if (n.type == "institutions") return "Institution collaboration map";
  return n.type.empty() ? "Network map" : n.type + " network";
}

std::string empty_map_message(const Network& n) {
  const std::string& t = n.type;
  std::string what = t == "keywords" ? "keywords"
                     : t == "terms" ? "terms (noun phrases of a title or abstract)"
                     : t == "coauthor" ? "authors"
                     : t == "countries" ? "countries (affiliations naming one)"
                     : t == "institutions" ? "institutions (affiliations naming one)"
                                           : "";
  if (!what.empty()) {
    if (n.candidates == 0) return "No work of this selection has " + what + ".";
    return "None of the " + std::to_string(n.candidates) + " " + what.substr(0, what.find(" (")) +
           " occurs in at least " + std::to_string(n.min_occurrences) + " works: try a lower --min-occurrences.";
  }
  if ((t == "cocitation" || t == "coupling") && n.no_references)
    return "No work of this selection has a cited reference (WoS CR, Scopus References): import exports that "
           "carry them, or 'refnet enrich' to fetch them from Crossref.";
  if (t == "cocitation" && n.min_occurrences > 1)
    return "Nothing is cited " + std::to_string(n.min_occurrences) +
           " times by this selection: try a lower --min-occurrences.";
  if (t == "cocitation")
    return "No work of this selection is cited by one of it: --over references maps the cited references, "
           "those outside the library too.";
  if (t == "coupling") return "No work of this selection has a cited reference (WoS CR, Scopus References) to share.";
  if (t == "citation" || t == "historiograph") return "No work of this selection cites another of it.";
  return "This network has no nodes.";
}

std::size_t utf8_length(std::string_view s) {
  std::size_t count = 0;
  for (char c : s) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

std::string shorten(std::string_view s, std::size_t max_chars) {
  if (utf8_length(s) <= max_chars) return std::string(s);
  std::size_t count = 0, i = 0;
  for (; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && count++ == max_chars - 1) break;
  }
  return std::string(s.substr(0, i)) + "\xE2\x80\xA6";  // …
}

std::vector<ClusterSummary> cluster_summaries(const Network& n) {
  std::vector<std::size_t> sizes;
  for (const auto& v : n.nodes) {
    if (v.cluster < 0) continue;
    if (static_cast<std::size_t>(v.cluster) >= sizes.size()) sizes.resize(v.cluster + 1, 0);
    ++sizes[v.cluster];
  }
  ClusterLabels labels(n);
  std::vector<ClusterSummary> out;
  for (std::size_t id = 0; id < sizes.size(); ++id) {
    if (!sizes[id]) continue;
    std::string label = labels(static_cast<int>(id));
    if (label.empty()) label = "Cluster " + std::to_string(id + 1);
    out.push_back({static_cast<int>(id), std::move(label), sizes[id]});
  }
  std::size_t loose = std::count_if(n.nodes.begin(), n.nodes.end(), [](const NetworkNode& v) { return v.cluster < 0; });
  if (loose && !out.empty()) out.push_back({-1, "not clustered", loose});
  return out;
}

}  // namespace graph

namespace {

using namespace graph;

constexpr double kWidth = 1280, kHeight = 900;
constexpr double kPlotLeft = 20, kPlotTop = 70, kPlotRight = 960, kPlotBottom = 862;  // room for labels below
constexpr std::size_t kMaxLinks = 3000;   // strongest links drawn; more is grey fog
constexpr std::size_t kMaxLabels = 120;
constexpr std::size_t kLegendRows = 20;

struct Box {
  double x0, y0, x1, y1;
  bool meets(const Box& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
};

}  // namespace

void write_svg(std::ostream& out, const Network& n) { write_svg(out, n, PictureOptions{}); }

void write_svg(std::ostream& out, const Network& n, const PictureOptions& opt) {
  graph::ClassicLocale classic(out);
  const std::size_t count = n.nodes.size();
  const bool overlay = opt.view == "overlay", density = opt.view == "density";

  // Radii: circle_sizes, the rule the viewer draws by too.
  static_assert((kPlotRight - kPlotLeft) * (kPlotBottom - kPlotTop) == kPicturePlotArea);
  CircleSizes sizes = circle_sizes(n, kPicturePlotArea);
  const std::vector<double>& radius = sizes.radius;
  const std::vector<double>& rel = sizes.rel;
  const double r_max = sizes.largest;

  // Fit the layout into the plot area, y up as in the layout, one scale for
  // both axes so that distances keep their meaning.
  double min_x = 0, max_x = 0, min_y = 0, max_y = 0;
  for (std::size_t i = 0; i < count; ++i) {
    const auto& v = n.nodes[i];
    if (i == 0 || v.x < min_x) min_x = v.x;
    if (i == 0 || v.x > max_x) max_x = v.x;
    if (i == 0 || v.y < min_y) min_y = v.y;
    if (i == 0 || v.y > max_y) max_y = v.y;
  }
  double pad = r_max + 4;
  double avail_w = kPlotRight - kPlotLeft - 2 * pad, avail_h = kPlotBottom - kPlotTop - 2 * pad;
  double span_x = max_x - min_x, span_y = max_y - min_y;
  double scale = std::min(span_x > 0 ? avail_w / span_x : 1e300, span_y > 0 ? avail_h / span_y : 1e300);
  if (scale == 1e300) scale = 1;
  double cx = (kPlotLeft + kPlotRight) / 2, cy = (kPlotTop + kPlotBottom) / 2;
  double mid_x = (min_x + max_x) / 2, mid_y = (min_y + max_y) / 2;
  std::vector<double> px(count), py(count);
  for (std::size_t i = 0; i < count; ++i) {
    px[i] = cx + (n.nodes[i].x - mid_x) * scale;
    py[i] = cy - (n.nodes[i].y - mid_y) * scale;
  }

  // Node colours: by cluster, or by the overlay's score on its scale.
  std::vector<double> scores;
  OverlayScale os;
  if (overlay) {
    scores = overlay_values(n, opt.overlay);
    os = overlay_scale(scores);
  }
  auto node_color = [&](std::size_t i) {
    if (!overlay) return hex(cluster_color(n.nodes[i].cluster));
    return std::isfinite(scores[i]) ? hex(overlay_color(os.at(scores[i]))) : std::string("#bdbdbd");
  };

  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      // The window's size, the view box scaled to fit it: a fixed 1280
      // pixels was wider than a 1200-pixel window and cut the legend.
      << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" height=\"100%"
      << "\" viewBox=\"0 0 " << kWidth << ' ' << kHeight << "\" font-family=\"Helvetica, Arial, sans-serif\""
      << " data-view=\"" << (overlay ? "overlay" : density ? "density" : "cluster") << "\">\n"
      << "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n";

  std::size_t valid = std::count_if(n.links.begin(), n.links.end(), [&](const NetworkLink& l) {
    return l.source < count && l.target < count;
  });
  const char* link_word = n.directed ? " citations" : " links";

  // Density: the heat map under the labels, one pixel per 4x4 cell, scaled
  // up smoothly by the viewer.
  if (density) {
    const double cell = 4;
    std::size_t cols = std::size_t((kPlotRight - kPlotLeft) / cell), rows = std::size_t((kPlotBottom - kPlotTop) / cell);
    std::vector<double> gx(count), gy(count), w(count);
    for (std::size_t i = 0; i < count; ++i)
      gx[i] = px[i] - kPlotLeft, gy[i] = py[i] - kPlotTop, w[i] = std::max(n.nodes[i].occurrences, 1.0);
    double h = density_bandwidth(count, avail_w * avail_h);
    std::vector<double> grid = density_grid(gx, gy, w, cols, rows, cell, h);
    double top = grid.empty() ? 0 : *std::max_element(grid.begin(), grid.end());
    std::vector<unsigned char> rgb;
    rgb.reserve(grid.size() * 3);
    for (double d : grid) {
      Rgb c = density_color(top > 0 ? std::sqrt(d / top) : 0);
      rgb.push_back(c.r), rgb.push_back(c.g), rgb.push_back(c.b);
    }
    out << "<image x=\"" << kPlotLeft << "\" y=\"" << kPlotTop << "\" width=\"" << cols * cell << "\" height=\""
        << rows * cell << "\" preserveAspectRatio=\"none\" href=\"" << png_data_uri(cols, rows, rgb) << "\"/>\n";
  }

  // Title and subtitle: the description on up to two lines (what a term
  // map left out comes last; one line cut it off), the rest in a tooltip.
  out << "<text x=\"" << kPlotLeft << "\" y=\"34\" font-size=\"22\" font-weight=\"bold\" fill=\"#222\">"
      << xml_escape(map_title(n)) << "</text>\n";
  std::string sub = std::to_string(count) + " nodes, " + std::to_string(valid) + link_word;
  if (std::string about = description_without_note(n); !about.empty()) sub = about + " \xC2\xB7 " + sub;  // ·
  std::vector<std::string> sub_lines = wrap(sub, kWidth - 2 * kPlotLeft, 12);
  if (sub_lines.size() > 2) sub_lines.resize(2), sub_lines[1] = shorten(sub_lines[1], utf8_length(sub_lines[1]) - 1);
  out << "<text class=\"subtitle\" font-size=\"12\" fill=\"#666\"><title>" << xml_escape(sub) << "</title>";
  for (std::size_t k = 0; k < sub_lines.size(); ++k)
    out << "<tspan x=\"" << kPlotLeft << "\" y=\"" << 53 + 14 * k << "\">" << xml_escape(sub_lines[k]) << "</tspan>";
  out << "</text>\n";

  // Links: the strongest kMaxLinks, weakest first so that strong ones lie on top.
  std::size_t drawable = 0;
  std::vector<std::uint32_t> order = strongest_links(n, count, kMaxLinks, drawable);
  if (density) order.clear();  // the heat map stands for them
  double max_w = 0;
  for (auto i : order) max_w = std::max(max_w, n.links[i].weight);
  if (n.directed && !order.empty())
    out << "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" "
           "markerHeight=\"7\" markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path d=\"M0,1 L10,5 L0,9 z\" "
           "fill=\"#555\"/></marker></defs>\n";
  out << "<g stroke-linecap=\"round\" fill=\"none\">\n";
  for (auto i : order) {
    const NetworkLink& l = n.links[i];
    double w = max_w > 0 ? std::sqrt(std::max(0.0, l.weight) / max_w) : 0.5;
    int cs = n.nodes[l.source].cluster, ct = n.nodes[l.target].cluster;
    // A link inside a cluster takes its colour, between clusters (and in the
    // overlay) a neutral grey.
    bool same = cs == ct && !overlay;
    std::string color = same ? hex(cluster_color(cs)) : "#9a9a9a";
    double x2 = px[l.target], y2 = py[l.target];
    if (n.directed) {  // the arrowhead ends at the cited node's rim
      double dx = x2 - px[l.source], dy = y2 - py[l.source], d = std::hypot(dx, dy);
      if (d > radius[l.target] + 1) x2 -= dx / d * (radius[l.target] + 1), y2 -= dy / d * (radius[l.target] + 1);
    }
    out << "<line x1=\"" << fixed(px[l.source], 1) << "\" y1=\"" << fixed(py[l.source], 1) << "\" x2=\""
        << fixed(x2, 1) << "\" y2=\"" << fixed(y2, 1) << "\" stroke=\"" << color
        << "\" stroke-width=\"" << fixed(0.4 + 2.2 * w, 2) << "\" stroke-opacity=\""
        << fixed((0.12 + 0.3 * w) * (same ? 1 : 0.6) * (n.directed ? 2 : 1), 2) << "\""
        << (n.directed ? " marker-end=\"url(#arrow)\"" : "") << "/>\n";
  }
  out << "</g>\n";

  // Nodes, small first so that the large ones are on top; the density view
  // has none (VOSviewer's neither), only their tooltips' labels below.
  std::vector<std::uint32_t> by_size(count);
  std::iota(by_size.begin(), by_size.end(), 0);
  std::stable_sort(by_size.begin(), by_size.end(), [&](std::uint32_t a, std::uint32_t b) { return radius[a] < radius[b]; });
  if (!density) {
    out << "<g stroke=\"#ffffff\" stroke-width=\"0.8\">\n";
    for (auto i : by_size) {
      out << "<circle cx=\"" << fixed(px[i], 1) << "\" cy=\"" << fixed(py[i], 1) << "\" r=\"" << fixed(radius[i], 1)
          << "\" fill=\"" << node_color(i) << "\"><title>"
          << xml_escape(n.nodes[i].label.empty() ? n.nodes[i].id : n.nodes[i].label) << "</title></circle>\n";
    }
    out << "</g>\n";
  }

  // An empty map says why in its plot, not only "0 nodes" in the subtitle.
  if (count == 0) {
    std::vector<std::string> lines = wrap(empty_map_message(n), 560, 16);
    double y = (kPlotTop + kPlotBottom) / 2 - 11 * (double(lines.size()) - 1);
    out << "<g class=\"empty\" text-anchor=\"middle\" font-size=\"16\" fill=\"#555\">\n";
    for (const auto& line : lines)
      out << "<text x=\"" << fixed((kPlotLeft + kPlotRight) / 2, 1) << "\" y=\"" << fixed(y, 1) << "\">"
          << xml_escape(line) << "</text>\n", y += 22;
    out << "</g>\n";
  }

  // Labels: greedy by weight as VOSviewer does, the heaviest node first,
  // each where it meets no label placed before; the rest are hidden.  On
  // the density map labels sit on the node (there is no circle).
  std::vector<Box> placed;
  out << "<g text-anchor=\"middle\" fill=\"#222\" stroke=\"#ffffff\" stroke-width=\"3\" stroke-opacity=\"0.85\" "
         "paint-order=\"stroke\" stroke-linejoin=\"round\">\n";
  for (auto it = by_size.rbegin(); it != by_size.rend() && placed.size() < kMaxLabels; ++it) {
    std::uint32_t i = *it;
    const NetworkNode& v = n.nodes[i];
    std::string text = shorten(v.label.empty() ? v.id : v.label, 32);
    if (text.empty()) continue;
    double fs = 10 + 7 * rel[i];
    double w = text_width(text, fs), h = fs * 1.15;
    // Below the node, centred, pushed sideways to stay off the legend and
    // inside the canvas.
    double lx = std::clamp(px[i], 4 + w / 2, kPlotRight + 20 - w / 2);
    double ly = density ? py[i] : py[i] + radius[i] + h * 0.5;
    Box b{lx - w / 2, ly - h / 2, lx + w / 2, ly + h / 2};
    if (b.y1 > kHeight - 2) continue;
    if (std::any_of(placed.begin(), placed.end(), [&](const Box& o) { return o.meets(b); })) continue;
    placed.push_back(b);
    out << "<text x=\"" << fixed(lx, 1) << "\" y=\"" << fixed(ly + fs * 0.35, 1) << "\" font-size=\""
        << fixed(fs, 1) << "\">" << xml_escape(text) << "</text>\n";
  }
  out << "</g>\n";

  // Legend: clusters, or the overlay's colour bar, or the density scale.
  double lx = kPlotRight + 30, ly = kPlotTop + 22;  // below the subtitle's second line
  out << "<g font-size=\"13\" fill=\"#333\">\n";
  std::vector<ClusterSummary> clusters = cluster_summaries(n);
  if (overlay || density) {
    std::string caption = overlay ? overlay_caption(opt.overlay) : "Density of occurrences";
    out << "<text x=\"" << lx << "\" y=\"" << ly << "\" font-size=\"15\" font-weight=\"bold\">" << caption
        << "</text>\n";
    ly += 14;
    const double bar_w = 240, bar_h = 14;
    out << "<defs><linearGradient id=\"scale\" x1=\"0\" x2=\"1\" y1=\"0\" y2=\"0\">";
    for (int k = 0; k <= 10; ++k)
      out << "<stop offset=\"" << fixed(k / 10.0, 1) << "\" stop-color=\""
          << hex(overlay ? overlay_color(k / 10.0) : density_color(k / 10.0)) << "\"/>";
    out << "</linearGradient></defs>\n<rect class=\"colour-bar\" x=\"" << lx << "\" y=\"" << ly << "\" width=\"" << bar_w
        << "\" height=\"" << bar_h << "\" fill=\"url(#scale)\" stroke=\"#888\" stroke-width=\"0.5\"/>\n";
    ly += bar_h + 16;
    if (overlay && os.any) {
      // Ticks at both ends and between; the ends saturate (5th, 95th percentile).
      int digits = opt.overlay == "year" ? (os.hi - os.lo >= 4 ? 0 : 1) : (os.hi >= 20 ? 0 : 1);
      for (int k = 0; k <= 4; ++k) {
        double v = os.lo + (os.hi - os.lo) * k / 4;
        std::string t = (k == 0 ? "\xE2\x89\xA4" : k == 4 ? "\xE2\x89\xA5" : "") + fixed(v, digits);  // ≤ ≥
        out << "<text class=\"tick\" x=\"" << fixed(lx + bar_w * k / 4, 1) << "\" y=\"" << ly
            << "\" font-size=\"12\" text-anchor=\"" << (k == 0 ? "start" : k == 4 ? "end" : "middle") << "\">"
            << xml_escape(t) << "</text>\n";
      }
      ly += 20;
      std::size_t unknown = std::count_if(scores.begin(), scores.end(), [](double v) { return !std::isfinite(v); });
      if (unknown)
        out << "<text x=\"" << lx << "\" y=\"" << ly << "\" fill=\"#888\" font-size=\"12\">Grey: no score ("
            << unknown << " nodes)</text>\n", ly += 18;
    } else if (overlay) {
      out << "<text x=\"" << lx << "\" y=\"" << ly << "\" fill=\"#888\" font-size=\"12\">"
          << (opt.overlay == "citations" ? "No citation counts in these records" : "No node has a year") << "</text>\n";
      ly += 18;
    } else {
      out << "<text x=\"" << lx << "\" y=\"" << ly << "\" font-size=\"12\">low</text><text x=\"" << lx + bar_w
          << "\" y=\"" << ly << "\" font-size=\"12\" text-anchor=\"end\">high</text>\n";
      ly += 20;
    }
    ly += 14;
  } else if (!clusters.empty()) {
    out << "<text x=\"" << lx << "\" y=\"" << ly << "\" font-size=\"15\" font-weight=\"bold\">Clusters</text>\n";
    ly += 26;
    std::size_t shown = 0;
    for (const auto& c : clusters) {
      if (shown == kLegendRows) break;
      out << "<circle cx=\"" << lx + 7 << "\" cy=\"" << ly - 4.5 << "\" r=\"7\" fill=\"" << hex(cluster_color(c.id))
          << "\"/>\n<text x=\"" << lx + 22 << "\" y=\"" << ly << "\">" << xml_escape(shorten(c.label, 28))
          << " <tspan fill=\"#888\">(" << c.size << ")</tspan></text>\n";
      ly += 22;
      ++shown;
    }
    if (clusters.size() > shown) {
      out << "<text x=\"" << lx << "\" y=\"" << ly << "\" fill=\"#888\">and " << clusters.size() - shown
          << " more clusters</text>\n";
      ly += 22;
    }
    ly += 14;
  }
  out << "<text x=\"" << lx << "\" y=\"" << ly << "\" fill=\"#888\" font-size=\"12\">"
      << (density ? "Heat: occurrences, by kernel density" : "Circle area: " + size_caption(n)) << "</text>\n";
  ly += 18;
  if (n.directed && !density) {
    out << "<text x=\"" << lx << "\" y=\"" << ly << "\" fill=\"#888\" font-size=\"12\">Arrows: citations (citing \xE2\x86\x92 cited)</text>\n";
    ly += 18;
  }
  if (!density && order.size() < drawable)
    out << "<text x=\"" << lx << "\" y=\"" << ly << "\" fill=\"#888\" font-size=\"12\">" << (n.directed ? "Citations" : "Links")
        << ": the " << order.size() << " strongest of " << drawable << "</text>\n", ly += 18;
  if (std::string note = check_tags_note(n.check_tags); !note.empty()) {
    // Up to eight lines of the legend's width; the rest in the tooltip.
    std::vector<std::string> lines = wrap(note, kWidth - lx - 12, 12);
    if (lines.size() > 8) lines.resize(8), lines[7] = shorten(lines[7], utf8_length(lines[7]) - 1);
    out << "<text class=\"left-out\" fill=\"#888\" font-size=\"12\"><title>" << xml_escape(note) << "</title>";
    for (std::size_t k = 0; k < lines.size(); ++k)
      out << "<tspan x=\"" << lx << "\" y=\"" << ly + 14 * double(k) << "\">" << xml_escape(lines[k]) << "</tspan>";
    out << "</text>\n";
  }
  out << "</g>\n</svg>\n";
}

}  // namespace refnet

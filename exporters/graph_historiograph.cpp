// The historiograph picture (Garfield's HistCite, bibliometrix's
// histPlot): works placed by year, arrows from citing to cited work.
#include <algorithm>
#include <cmath>
#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "graph_common.hpp"
#include "refnet/network_maps.hpp"

namespace refnet {

void write_historiograph_svg(std::ostream& out, const Network& n) {
  using graph::fixed;
  using graph::xml_escape;
  graph::ClassicLocale classic(out);
  // HistCite's layout: a row per distinct year, oldest at the top (a long
  // timeline scrolls down, as a page does, at a size one reads); the works
  // of a year side by side (the node's y: its place among them).  Years
  // side by side made a picture 2,717 px wide of 18 years, its labels 4 px
  // once fitted to a 1200 px window.
  std::map<int, std::size_t> row;
  double places = 1;
  for (const auto& v : n.nodes) {
    row.emplace(int(std::lround(v.x)), 0);
    places = std::max(places, v.y + 1);
  }
  // A work without a year (0) has the last row, "n.d.".
  std::size_t c = 0;
  for (auto& [year, r] : row)
    if (year != 0) r = c++;
  if (auto undated = row.find(0); undated != row.end()) undated->second = c++;
  // A place is as wide as the largest circle, the widest label right of it
  // (an arc between two works of one place bends left of the circles, not
  // through the label under the work between them) and a gap; the
  // description is wrapped to the picture's width.
  double widest = 0;
  for (const auto& v : n.nodes) widest = std::max(widest, graph::text_width(graph::valid_utf8(v.label), 10));
  const double col_w = std::max(150.0, 2 * 14 + 6 + widest + 24), row_h = 46, left = 40, axis = 80, bottom = 30;
  const double W = std::max(axis + col_w * places + 20, 600.0);
  const std::vector<std::string> about = graph::wrap(graph::valid_utf8(n.description), W - 2 * left, 11);
  const double top = 66 + 14 * double(std::max<std::size_t>(1, about.size()));
  const double H = top + row_h * double(std::max<std::size_t>(1, row.size())) + bottom;
  int max_cites = 1;
  for (const auto& v : n.nodes) max_cites = std::max(max_cites, v.local_citations);
  auto x_of = [&](const NetworkNode& v) { return axis + col_w * v.y + 14; };
  auto y_of = [&](const NetworkNode& v) { return top + row_h * (double(row[int(std::lround(v.x))]) + 0.5); };
  auto r_of = [&](const NetworkNode& v) { return 4 + 10 * std::sqrt(double(v.local_citations) / max_cites); };
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      // Its own size (read at 10 px, scrolled down), never wider than the
      // window: a year of many works is scaled down, the height with it.
      << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << fixed(W, 0) << "\" height=\"" << fixed(H, 0)
      << "\" viewBox=\"0 0 " << fixed(W, 0) << " " << fixed(H, 0)
      << "\" style=\"max-width:100%;height:auto\" font-family=\"Helvetica, Arial, sans-serif\">\n"
      << "<title>" << xml_escape(n.description) << "</title>\n"
      << "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" "
      << "orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#777\"/></marker></defs>\n"
      << "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
      << "<text x=\"" << left << "\" y=\"28\" font-size=\"18\">Historiograph</text>\n";
  for (std::size_t i = 0; i < about.size(); ++i)
    out << "<text x=\"" << left << "\" y=\"" << 48 + 14 * i << "\" font-size=\"11\" fill=\"#555\">"
        << xml_escape(about[i]) << "</text>\n";
  std::vector<int> year_of_row(row.size());
  for (const auto& [year, r] : row) year_of_row[r] = year;
  for (std::size_t r = 0; r < year_of_row.size(); ++r) {
    const int year = year_of_row[r];
    double y = top + row_h * (double(r) + 0.5);
    out << "<line x1=\"" << fixed(axis - 26, 1) << "\" y1=\"" << fixed(y, 1) << "\" x2=\"" << fixed(W - 20, 1) << "\" y2=\""
        << fixed(y, 1) << "\" stroke=\"#eee\"/>"
        << "<text x=\"" << fixed(axis - 30, 1) << "\" y=\"" << fixed(y + 4, 1)
        << "\" text-anchor=\"end\" font-size=\"12\">" << (year == 0 ? std::string("n.d.") : std::to_string(year))
        << "</text>\n";
  }
  // Arrows from the citing work's edge to the cited work's edge, bent
  // (more the longer they are) so that citations along one column stay apart.
  out << "<g stroke=\"#999\" stroke-width=\"1\" fill=\"none\" marker-end=\"url(#arrow)\">\n";
  for (const auto& l : n.links) {
    const NetworkNode &s = n.nodes[l.source], &t = n.nodes[l.target];
    double x1 = x_of(s), y1 = y_of(s), x2 = x_of(t), y2 = y_of(t);
    double dx = x2 - x1, dy = y2 - y1, len = std::hypot(dx, dy);
    if (len < 1e-9) continue;
    double rs = r_of(s), rt = r_of(t) + 1;
    double sx = x1 + dx / len * rs, sy = y1 + dy / len * rs, tx = x2 - dx / len * rt, ty = y2 - dy / len * rt;
    // The control point: off the middle, perpendicular, 12 % of the length
    // and 60 units at most (an arc down a place stays right of the years).
    const double bend = std::min(0.12 * len, 60.0);
    double cx = (sx + tx) / 2 + dy / len * bend, cy = (sy + ty) / 2 - dx / len * bend;
    out << "<path d=\"M " << fixed(sx, 1) << " " << fixed(sy, 1) << " Q " << fixed(cx, 1) << " " << fixed(cy, 1) << " "
        << fixed(tx, 1) << " " << fixed(ty, 1) << "\"/>\n";
  }
  out << "</g>\n";
  // A citation from a work of one place to another place's crosses the
  // labels of the works between (arcs down one place bend left of them):
  // each label is drawn over the arcs in a white outline, as the maps' are.
  const char* halo = " stroke=\"#ffffff\" stroke-width=\"3\" stroke-opacity=\"0.85\" paint-order=\"stroke\" "
                     "stroke-linejoin=\"round\"";
  for (const auto& v : n.nodes) {
    double x = x_of(v), y = y_of(v);
    out << "<g><title>" << xml_escape(graph::valid_utf8(v.label + (v.title.empty() ? "" : ": " + v.title) + " (" +
                                                        std::to_string(v.local_citations) + " local citations)"))
        << "</title><circle cx=\"" << fixed(x, 1) << "\" cy=\"" << fixed(y, 1) << "\" r=\"" << fixed(r_of(v), 1)
        << "\" fill=\"" << graph::hex(graph::cluster_color(v.cluster)) << "\" stroke=\"#333\" stroke-width=\"0.5\"/>"
        << "<text x=\"" << fixed(x + r_of(v) + 5, 1) << "\" y=\"" << fixed(y + 3.5, 1) << "\" font-size=\"10\"" << halo
        << ">" << xml_escape(graph::valid_utf8(v.label)) << "</text></g>\n";
  }
  out << "</svg>\n";
}

}  // namespace refnet

// Keyword trends and bursts as files: documents per term and year (CSV),
// the bursts (CSV), and the strongest bursts as bars over the years (SVG,
// in the manner of CiteSpace's burst table).
#include <algorithm>
#include <ostream>

#include "graph_common.hpp"
#include "refnet/network_maps.hpp"

namespace refnet {

void write_trends_csv(std::ostream& out, const Network& n, const std::vector<TermYear>& ty) {
  graph::ClassicLocale classic(out);
  out << "term,id,year,documents\n";
  for (const auto& t : ty)
    out << graph::csv_field(n.nodes[t.node].label) << "," << graph::csv_field(n.nodes[t.node].id) << "," << t.year
        << "," << t.documents << "\n";
}

void write_bursts_csv(std::ostream& out, const Network& n, const std::vector<Burst>& bursts) {
  graph::ClassicLocale classic(out);
  out << "term,id,start,end,weight\n";
  for (const auto& b : bursts)
    out << graph::csv_field(n.nodes[b.node].label) << "," << graph::csv_field(n.nodes[b.node].id) << "," << b.start
        << "," << b.end << "," << graph::num(b.weight) << "\n";
}

void write_bursts_svg(std::ostream& out, const Network& n, const std::vector<Burst>& bursts, int first_year,
                      int last_year, std::size_t top) {
  using graph::fixed;
  using graph::xml_escape;
  graph::ClassicLocale classic(out);
  std::vector<Burst> shown(bursts.begin(), bursts.begin() + std::ptrdiff_t(std::min(top, bursts.size())));
  std::stable_sort(shown.begin(), shown.end(), [](const Burst& a, const Burst& b) {
    return a.start != b.start ? a.start < b.start : a.weight > b.weight;
  });
  if (last_year < first_year) last_year = first_year;
  const double label_w = 260, year_w = std::max(12.0, std::min(40.0, 560.0 / double(last_year - first_year + 1)));
  const double row = 18, top_y = 60, W = label_w + 90 + year_w * double(last_year - first_year + 1) + 20;
  const double H = top_y + row * double(std::max<std::size_t>(1, shown.size())) + 50;
  auto x_of = [&](int year) { return label_w + 90 + year_w * double(year - first_year); };
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << graph::fitted_svg_root(W, H)
      << "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
      << "<text x=\"10\" y=\"24\" font-size=\"16\">Top " << shown.size()
      << " bursts (Kleinberg, two states)</text>\n"
      << "<text x=\"10\" y=\"" << top_y - 8 << "\" font-size=\"11\" fill=\"#555\">term</text>\n"
      << "<text x=\"" << label_w + 80 << "\" y=\"" << top_y - 8
      << "\" font-size=\"11\" fill=\"#555\" text-anchor=\"end\">weight</text>\n";
  if (shown.empty())
    out << "<text x=\"10\" y=\"" << top_y + 14 << "\" font-size=\"12\">no bursts</text>\n";
  for (std::size_t i = 0; i < shown.size(); ++i) {
    const Burst& b = shown[i];
    double y = top_y + row * double(i);
    out << "<g><title>" << xml_escape(n.nodes[b.node].label + ": " + std::to_string(b.start) + "-" +
                                      std::to_string(b.end) + ", weight " + fixed(b.weight, 2))
        << "</title><text x=\"10\" y=\"" << fixed(y + 13, 1) << "\" font-size=\"12\">"
        << xml_escape(graph::valid_utf8(n.nodes[b.node].label)) << "</text><text x=\"" << label_w + 80 << "\" y=\""
        << fixed(y + 13, 1) << "\" font-size=\"12\" text-anchor=\"end\">" << fixed(b.weight, 2) << "</text>"
        << "<rect x=\"" << fixed(x_of(first_year), 1) << "\" y=\"" << fixed(y + 6, 1) << "\" width=\""
        << fixed(x_of(last_year + 1) - x_of(first_year), 1) << "\" height=\"4\" fill=\"#cfd8e3\"/>"
        << "<rect x=\"" << fixed(x_of(b.start), 1) << "\" y=\"" << fixed(y + 3, 1) << "\" width=\""
        << fixed(x_of(b.end + 1) - x_of(b.start), 1) << "\" height=\"10\" fill=\"#d62728\"/></g>\n";
  }
  // Year ticks under the rows.
  double axis_y = top_y + row * double(std::max<std::size_t>(1, shown.size())) + 14;
  int step = std::max(1, (last_year - first_year + 1) / 12);
  for (int year = first_year; year <= last_year; year += step)
    out << "<text x=\"" << fixed(x_of(year) + year_w / 2, 1) << "\" y=\"" << fixed(axis_y, 1)
        << "\" font-size=\"10\" text-anchor=\"middle\">" << year << "</text>\n";
  out << "</svg>\n";
}

}  // namespace refnet

// Helpers shared by the graph writers (exporters/graph_*.cpp): number
// formatting, escaping, the cluster palette and per-node figures derived from
// the links.  Private to exporters/.
#pragma once

#include <array>
#include <cstdint>
#include <locale>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "refnet/network.hpp"
#include "refnet/network_figures.hpp"

namespace refnet::graph {

// Integers go through operator<<, which follows the stream's locale ("1.000"
// under de_DE): a writer holds this for its duration to write C numbers.
class ClassicLocale {
 public:
  explicit ClassicLocale(std::ostream& out) : out_(out), saved_(out.imbue(std::locale::classic())) {}
  ~ClassicLocale() { out_.imbue(saved_); }
  ClassicLocale(const ClassicLocale&) = delete;
  ClassicLocale& operator=(const ClassicLocale&) = delete;

 private:
  std::ostream& out_;
  std::locale saved_;
};

// Shortest decimal that reads back to the same double, independent of the
// locale (std::to_chars): the same Network always gives the same bytes.
// Non-finite values are written as 0 since no graph format has a spelling
// every reader accepts.
std::string num(double v);
// Rounded to `decimals` places, trailing zeros dropped ("12.5", "3"): for
// drawing coordinates, where 17 digits only make files larger.
std::string fixed(double v, int decimals);

// The root <svg>'s opening tag of a picture drawn in w x h units, scaled to
// the window it is opened in, top and centre (a fixed width wider than a
// 1200 px window cut the picture: the historiograph of 20 years was 2,717
// px); then ` font-family` and `extra` attributes.
std::string fitted_svg_root(double w, double h, std::string_view extra = {});

// &, <, >, " and ' as entities; control characters other than tab/newline
// (not allowed in XML 1.0) dropped; bytes that are not UTF-8 become U+FFFD
// (an XML reader rejects the whole file for one of them).
std::string xml_escape(std::string_view s);
// s with every byte that is not UTF-8 replaced by U+FFFD.
std::string valid_utf8(std::string_view s);
// A label on one line: tabs, CR and LF become spaces (TSV cells, Pajek).
std::string one_line(std::string_view s);
// RFC 4180: quoted when it holds a comma, quote, CR or LF; quotes doubled.
std::string csv_field(std::string_view s);

// Text laid out without a font at hand: an upper bound of its width at
// `font` px (wide letters, capitals, anything outside ASCII as a full em;
// DejaVu Sans and Verdana, the widest common sans fonts, stay under it),
// and words wrapped to lines no wider than `width` (a wider word is cut by
// code points).  The review pictures and the map pictures draw text so.
double text_width(std::string_view s, double font);
std::vector<std::string> wrap(std::string_view text, double width, double font);

// Document IDs joined by `sep`.
std::string join_documents(const std::vector<std::int64_t>& docs, char sep);

struct Rgb {
  unsigned char r, g, b;
};
// A fixed qualitative palette, close to VOSviewer's first cluster colours;
// beyond it colours are spread around the hue circle by the golden angle.
// Cluster -1 (not clustered) is grey.
Rgb cluster_color(int cluster);
std::string hex(Rgb c);  // "#rrggbb"


// What a node's circle is sized by: its occurrences (keywords, authors,
// terms, cited references, a citation map's local citations), but in a
// bibliographic coupling map, whose works all occur once, its total link
// strength (shared references), as VOSviewer sizes documents.
std::vector<double> size_weights(const Network& n);
// What the legend says of it: "total link strength", "citations in the
// set" (citation and co-citation maps, historiograph), else "occurrences".
std::string size_caption(const Network& n);

// The map's description without the check tags' note (check_tags_note):
// the pictures say it apart, since inside the description it was past what
// their subtitle shows.
std::string description_without_note(const Network& n);

// The circles of a map picture (the SVG, the PNG drawn from it, the HTML
// viewer) on a plot of `plot_area` square pixels: area follows the size
// weight (size_weights); the largest radius shrinks as the map fills up
// (24 px up to about 300 nodes, 6 px from about 4,900), the smallest is a
// fifth of it; one size for all is the middle one, not the largest; and all
// circles together cover at most kMaxInk of the plot, so that a few large
// nodes or many middle ones never hide the map.
constexpr double kMaxInk = 0.12;
struct CircleSizes {
  std::vector<double> radius;  // per node, pixels
  std::vector<double> rel;     // per node, 0..1: sqrt(weight / largest weight), what label sizes follow
  double largest = 0;          // the largest radius the rule allows, for the plot's margin
};
CircleSizes circle_sizes(const Network& n, double plot_area);

// Cluster labels by cluster id: labels(id) is "" when the network has none.
class ClusterLabels {
 public:
  explicit ClusterLabels(const Network& n);
  const std::string& operator()(int id) const;

 private:
  std::vector<std::string> by_id_;
  std::string none_;
};

// Node identifiers for formats that take any string: the node's own id when
// every node has a distinct non-empty one that is UTF-8 without control
// characters (XML drops those: two ids would become one), else "n0", "n1", ...
std::vector<std::string> node_keys(const Network& n);

// Node identifiers for GraphML, whose ids are XML name tokens (xs:NMTOKEN: no
// spaces, commas, quotes, '/', ...): node_keys() with every run of other
// characters written '_' ("k:open data, \"linked\"" -> "k:open_data_linked_");
// when that makes two ids one, "n0", "n1", ... for all.
std::vector<std::string> name_token_keys(const Network& n);

// Node labels for formats whose readers key nodes by label (networkx reads
// GML and Pajek so: equal labels merge nodes): the label (the id when empty),
// valid UTF-8, one line; the second "Kassen (2018)" becomes "Kassen (2018) (2)",
// skipping labels already taken.
std::vector<std::string> unique_labels(const Network& n);

// The links a picture draws: those between two of the first `count` nodes,
// loops left out; of these (`drawable` is told how many) the `most`
// strongest (heavier, then earlier), weakest first so that strong ones are
// drawn on top.  Indices into n.links.
std::vector<std::uint32_t> strongest_links(const Network& n, std::size_t count, std::size_t most,
                                           std::size_t& drawable);

}  // namespace refnet::graph

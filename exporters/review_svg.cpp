// Pictures and tables of a systematic review: the PRISMA 2020 flow diagram
// and the overlap of the sources (a heatmap and an UpSet-style plot), as
// self-contained SVG; the overlap and the near-duplicate pairs as TSV.
//
// Text is laid out here, without a font at hand: widths are estimated
// conservatively (wide letters, capitals, anything outside ASCII as a full
// em) and lines wrapped to fit their box, so that no renderer's font
// overflows a box.  Every box is a <g class="box"> holding its <rect> and
// its <text>, so that a check (the HTML page's, the tests') can compare
// their bounding boxes.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "graph_common.hpp"
#include "refnet/review.hpp"
#include "refnet/store.hpp"
#include "refnet/text.hpp"

namespace refnet {

namespace {

using graph::fixed;
using graph::one_line;
using graph::xml_escape;

constexpr double kFont = 13;          // px
constexpr double kLine = kFont * 1.4;  // line height
constexpr double kPad = 10;
constexpr const char* kFontFamily = "DejaVu Sans, Verdana, Arial, Helvetica, sans-serif";

// Widths and wrapping at kFont (graph_common.hpp).
double text_width(std::string_view s) { return graph::text_width(s, kFont); }
std::vector<std::string> wrap(std::string_view text, double width) { return graph::wrap(text, width, kFont); }

struct Para {
  std::string text;
  bool bold = false;
  int indent = 0;  // in steps of 14 px
};

struct Box {
  double x = 0, y = 0, w = 0, h = 0;
  std::vector<std::pair<Para, std::vector<std::string>>> lines;  // each paragraph, wrapped
  std::string fill = "#ffffff";
  std::string id;
};

Box make_box(const std::string& id, double x, double w, const std::vector<Para>& paras, const std::string& fill) {
  Box b;
  b.id = id;
  b.x = x;
  b.w = w;
  b.fill = fill;
  std::size_t n = 0;
  for (const Para& p : paras) {
    // Bold text is wider: its budget is narrower.
    double avail = w - 2 * kPad - p.indent * 14.0;
    auto ls = wrap(p.text, p.bold ? avail / 1.1 : avail);
    n += ls.size();
    b.lines.emplace_back(p, std::move(ls));
  }
  b.h = 2 * kPad + static_cast<double>(n) * kLine;
  return b;
}

void draw_box(std::string& out, const Box& b) {
  out += "<g class=\"box\" id=\"" + b.id + "\"><rect x=\"" + fixed(b.x, 1) + "\" y=\"" + fixed(b.y, 1) + "\" width=\"" +
         fixed(b.w, 1) + "\" height=\"" + fixed(b.h, 1) + "\" fill=\"" + b.fill +
         "\" stroke=\"#000\" stroke-width=\"1\"/>";
  out += "<text font-size=\"" + fixed(kFont, 1) + "\">";
  double y = b.y + kPad + kFont;  // the first baseline
  for (const auto& [p, ls] : b.lines)
    for (const std::string& l : ls) {
      out += "<tspan x=\"" + fixed(b.x + kPad + p.indent * 14.0, 1) + "\" y=\"" + fixed(y, 1) + "\"" +
             (p.bold ? " font-weight=\"bold\"" : "") + ">" + xml_escape(l) + "</tspan>";
      y += kLine;
    }
  out += "</text></g>\n";
}

void arrow(std::string& out, const std::vector<std::pair<double, double>>& pts) {
  out += "<polyline class=\"arrow\" fill=\"none\" stroke=\"#000\" stroke-width=\"1.2\" marker-end=\"url(#head)\" points=\"";
  for (std::size_t i = 0; i < pts.size(); ++i)
    out += (i ? " " : "") + fixed(pts[i].first, 1) + "," + fixed(pts[i].second, 1);
  out += "\"/>\n";
}

// "(n = 12)" kept on one line (no-break spaces).
std::string n_of(std::int64_t n) { return "(n\u00a0=\u00a0" + std::to_string(n) + ")"; }

// A phase bar at the left (Identification, Screening, Included): a box
// drawn on its side.
void phase(std::string& out, const std::string& id, const std::string& name, double top, double bottom) {
  const double x = 10, w = 34, cx = x + w / 2, cy = (top + bottom) / 2, len = bottom - top;
  // Drawn horizontally around (cx, cy), then turned: the rect and the text
  // share the group's coordinates.
  out += "<g class=\"box phase\" id=\"" + id + "\" transform=\"rotate(-90 " + fixed(cx, 1) + " " + fixed(cy, 1) + ")\">";
  out += "<rect x=\"" + fixed(cx - len / 2, 1) + "\" y=\"" + fixed(cy - w / 2, 1) + "\" width=\"" + fixed(len, 1) +
         "\" height=\"" + fixed(w, 1) + "\" rx=\"6\" fill=\"#c5dff0\" stroke=\"#5b8db8\"/>";
  out += "<text font-size=\"" + fixed(kFont, 1) + "\" font-weight=\"bold\" text-anchor=\"middle\" x=\"" + fixed(cx, 1) +
         "\" y=\"" + fixed(cy + kFont * 0.35, 1) + "\">" + xml_escape(name) + "</text></g>\n";
}

std::string svg_open(double w, double h, const std::string& title) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + fixed(w, 0) +
         "\" height=\"" + fixed(h, 0) + "\" viewBox=\"0 0 " + fixed(w, 0) + " " + fixed(h, 0) + "\" font-family=\"" +
         kFontFamily + "\">\n<title>" + xml_escape(title) +
         "</title>\n<defs><marker id=\"head\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" "
         "markerHeight=\"8\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\"/></marker></defs>\n"
         "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n";
}

}  // namespace

std::string prisma_svg(const PrismaCounts& c) {
  const double left = 60, col = 310, gap = 60, right = left + col + gap, width = right + col + 20;
  double y = 10;
  Box head = make_box("header", left, right + col - left,
                      {{"Identification of studies via databases and registers", true, 0}}, "#f5c86b");
  head.y = y;
  y += head.h + 20;

  // Identification.
  std::vector<Para> found{{"Records identified from:", true, 0}};
  for (const auto& [label, n] : c.identified) found.push_back({label + " " + n_of(n), false, 1});
  found.push_back({"Total " + n_of(c.identified_total), true, 0});
  Box ident = make_box("identified", left, col, found, "#fff");
  std::vector<Para> gone{{"Records removed before screening:", true, 0},
                         {"Duplicate records removed " + n_of(c.duplicates_removed), false, 1},
                         {"by identifier " + n_of(c.duplicates_identifier), false, 2}};
  for (const auto& [kind, n] : c.identifier_kinds) gone.push_back({kind + " " + n_of(n), false, 3});
  gone.push_back({"by fuzzy matching " + n_of(c.duplicates_fuzzy), false, 2});
  gone.push_back({"by hand " + n_of(c.duplicates_manual), false, 2});
  gone.push_back({"Records removed for other reasons " + n_of(c.removed_other), false, 1});
  Box removed = make_box("removed", right, col, gone, "#fff");
  ident.y = removed.y = y;
  const double ident_top = y;
  y += std::max(ident.h, removed.h) + 40;
  const double ident_bottom = y - 20;

  // Screening.
  std::vector<Para> why{{"Records excluded " + n_of(c.excluded), true, 0}};
  for (const auto& [reason, n] : c.exclusion_reasons) why.push_back({reason + " " + n_of(n), false, 1});
  Box screened = make_box("screened", left, col, {{"Records screened " + n_of(c.screened), true, 0}}, "#fff");
  Box excluded = make_box("excluded", right, col, why, "#fff");
  screened.y = excluded.y = y;
  const double screen_top = y;
  y += std::max(screened.h, excluded.h) + 20;
  // What awaits a decision at a stage: marked maybe, disagreed on, not looked at yet.
  auto awaiting_box = [&](const std::string& id, const std::string& what, std::int64_t maybe, std::int64_t conflicts,
                          const std::string& not_yet, std::int64_t left) {
    return make_box(id, right, col,
                    {{what + " awaiting a decision " + n_of(maybe + conflicts + left), true, 0},
                     {"marked maybe " + n_of(maybe), false, 1},
                     {"reviewers disagree " + n_of(conflicts), false, 1},
                     {not_yet + " " + n_of(left), false, 1}},
                    "#fff");
  };
  Box awaiting = awaiting_box("awaiting", "Records", c.maybe, c.conflicts, "not yet screened", c.unscreened);
  awaiting.y = y;
  y += awaiting.h + 40;

  // Full text (once any decision there exists): reports sought, not
  // retrieved, assessed for eligibility, excluded with the full-text
  // reasons, awaiting.
  const bool full = c.has_fulltext;
  const PrismaFullText& f = c.fulltext;
  Box sought = make_box("sought", left, col, {{"Reports sought for retrieval " + n_of(f.sought), true, 0}}, "#fff");
  Box not_retrieved = make_box("not-retrieved", right, col, {{"Reports not retrieved " + n_of(f.not_retrieved), true, 0}}, "#fff");
  std::vector<Para> full_why{{"Reports excluded " + n_of(f.excluded), true, 0}};
  for (const auto& [reason, n] : f.exclusion_reasons) full_why.push_back({reason + " " + n_of(n), false, 1});
  Box assessed = make_box("assessed", left, col, {{"Reports assessed for eligibility " + n_of(f.assessed), true, 0}}, "#fff");
  Box full_excluded = make_box("reports-excluded", right, col, full_why, "#fff");
  Box full_awaiting = awaiting_box("reports-awaiting", "Reports", f.maybe, f.conflicts, "not yet assessed", f.unassessed);
  if (full) {
    sought.y = not_retrieved.y = y;
    y += std::max(sought.h, not_retrieved.h) + 40;
    assessed.y = full_excluded.y = y;
    y += std::max(assessed.h, full_excluded.h) + 20;
    full_awaiting.y = y;
    y += full_awaiting.h + 40;
  }
  const double screen_bottom = y - 20;

  // Included.
  Box included = full ? make_box("included", left, col,
                                 {{"Studies included in review " + n_of(f.studies), true, 0},
                                  {"Reports of included studies " + n_of(f.included), false, 0}},
                                 "#fff")
                      : make_box("included", left, col, {{"Records included in review " + n_of(c.included), true, 0}}, "#fff");
  included.y = y;
  // A phase bar holds its name, bold, with room to spare.
  const double included_bar = std::max(included.h, text_width("Included") * 1.1 + 24);
  y += std::max(included.h, included_bar) + 10;
  const double height = y + 10;

  std::string out = svg_open(width, height, "PRISMA 2020 flow diagram");
  for (const Box* b : {&head, &ident, &removed, &screened, &excluded, &awaiting}) draw_box(out, *b);
  if (full)
    for (const Box* b : {&sought, &not_retrieved, &assessed, &full_excluded, &full_awaiting}) draw_box(out, *b);
  draw_box(out, included);
  phase(out, "phase-identification", "Identification", ident_top, ident_bottom);
  phase(out, "phase-screening", "Screening", screen_top, screen_bottom);
  phase(out, "phase-included", "Included", included.y, included.y + included_bar);
  // Arrows: identified -> removed; identified -> screened -> included;
  // screened -> excluded; screened -> awaiting (with a full-text stage:
  // screened -> sought -> assessed -> included, each with its boxes at the
  // right).
  auto mid_y = [](const Box& b) { return b.y + b.h / 2; };
  auto across = [&](const Box& from, const Box& to) {
    const double at = from.y + std::min(from.h, to.h) / 2;
    arrow(out, {{from.x + from.w, at}, {to.x, at}});
  };
  auto down = [&](const Box& from, const Box& to) {
    arrow(out, {{from.x + from.w / 2, from.y + from.h}, {to.x + to.w / 2, to.y}});
  };
  auto elbow = [&](const Box& from, const Box& to) {
    const double x = from.x + from.w * 0.8;
    arrow(out, {{x, from.y + from.h}, {x, mid_y(to)}, {to.x, mid_y(to)}});
  };
  arrow(out, {{ident.x + ident.w, mid_y(ident)}, {removed.x, mid_y(ident)}});
  down(ident, screened);
  across(screened, excluded);
  elbow(screened, awaiting);
  if (full) {
    down(screened, sought);
    across(sought, not_retrieved);
    down(sought, assessed);
    across(assessed, full_excluded);
    elbow(assessed, full_awaiting);
    down(assessed, included);
  } else {
    down(screened, included);
  }
  out += "</svg>\n";
  return out;
}

std::string prisma_html(const PrismaCounts& c) {
  std::string svg = prisma_svg(c);
  svg = svg.substr(svg.find("<svg"));  // no XML declaration inside HTML
  // On load, every box's text is compared with its rectangle: the body says
  // how many boxes were checked and how many overflow (data-boxes,
  // data-clipped); an overflowing box is outlined in red.
  return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>PRISMA 2020 flow diagram</title>\n"
         "<style>body{margin:16px;font-family:sans-serif} .clipped rect{stroke:#d00;stroke-width:3}</style></head>\n"
         "<body>\n" +
         svg +
         "<script>\n"
         "(function(){var boxes=document.querySelectorAll('g.box'),bad=0;\n"
         "boxes.forEach(function(g){var r=g.querySelector('rect').getBBox(),t=g.querySelector('text').getBBox();\n"
         "if(t.x<r.x-0.5||t.y<r.y-0.5||t.x+t.width>r.x+r.width+0.5||t.y+t.height>r.y+r.height+0.5){bad++;g.classList.add('clipped');}});\n"
         "document.body.setAttribute('data-boxes',boxes.length);document.body.setAttribute('data-clipped',bad);})();\n"
         "</script>\n</body></html>\n";
}

std::string overlap_svg(const Overlap& o) {
  const std::size_t n = o.labels.size();
  double label_w = 0;
  for (const auto& l : o.labels) label_w = std::max(label_w, text_width(l));
  label_w = std::min(label_w, 260.0) + 20;
  const double cell = 64, top = 50 + label_w * 0.75;
  std::string body;
  std::int64_t max_shared = 1;
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < n; ++j)
      if (i != j) max_shared = std::max(max_shared, o.shared[i][j]);
  // Heatmap: the works each pair of sources found (diagonal: each source's
  // works, and in brackets those only it found).
  body += "<text x=\"10\" y=\"24\" font-size=\"16\" font-weight=\"bold\">Works found by each pair of sources</text>\n";
  auto label_text = [&](const std::string& l) {
    auto lines = wrap(l, label_w - 20);
    return lines.front() + (lines.size() > 1 ? "…" : "");
  };
  for (std::size_t i = 0; i < n; ++i) {
    double y = top + static_cast<double>(i) * cell;
    body += "<text x=\"" + fixed(label_w - 8, 1) + "\" y=\"" + fixed(y + cell / 2 + 4, 1) +
            "\" text-anchor=\"end\" font-size=\"13\">" + xml_escape(label_text(o.labels[i])) + "</text>\n";
    double x = label_w + static_cast<double>(i) * cell + cell / 2;
    body += "<text transform=\"rotate(-45 " + fixed(x, 1) + " " + fixed(top - 8, 1) + ")\" x=\"" + fixed(x, 1) +
            "\" y=\"" + fixed(top - 8, 1) + "\" font-size=\"13\">" + xml_escape(label_text(o.labels[i])) + "</text>\n";
    for (std::size_t j = 0; j < n; ++j) {
      double cx = label_w + static_cast<double>(j) * cell;
      double share = i == j ? 0 : static_cast<double>(o.shared[i][j]) / static_cast<double>(max_shared);
      int shade = static_cast<int>(std::lround(235 - 180 * share));
      std::string fill = i == j ? "#dddddd" : "rgb(" + std::to_string(shade) + "," + std::to_string(shade + 10 > 255 ? 255 : shade + 10) + ",255)";
      body += "<rect class=\"cell\" x=\"" + fixed(cx, 1) + "\" y=\"" + fixed(y, 1) + "\" width=\"" + fixed(cell, 1) +
              "\" height=\"" + fixed(cell, 1) + "\" fill=\"" + fill + "\" stroke=\"#fff\"/>";
      std::string v = std::to_string(o.shared[i][j]);
      if (i == j) v += " (" + std::to_string(o.unique[i]) + ")";
      body += "<text x=\"" + fixed(cx + cell / 2, 1) + "\" y=\"" + fixed(y + cell / 2 + 4, 1) +
              "\" text-anchor=\"middle\" font-size=\"12\"" + (share > 0.6 ? " fill=\"#fff\"" : "") + ">" + v +
              "</text>\n";
    }
  }
  double y = top + static_cast<double>(n) * cell + 50;
  // UpSet-style: a bar for each exact combination of sources, the
  // combination drawn as dots below it.
  body += "<text x=\"10\" y=\"" + fixed(y, 1) +
          "\" font-size=\"16\" font-weight=\"bold\">Works by the exact combination of sources that found them</text>\n";
  y += 20;
  const double bar_h = 160, step = 36;
  std::int64_t max_combo = 1;
  for (const auto& [set, k] : o.combinations) max_combo = std::max(max_combo, k);
  for (std::size_t c = 0; c < o.combinations.size(); ++c) {
    const auto& [set, k] = o.combinations[c];
    double x = label_w + static_cast<double>(c) * step;
    double h = bar_h * static_cast<double>(k) / static_cast<double>(max_combo);
    body += "<rect class=\"bar\" x=\"" + fixed(x + 6, 1) + "\" y=\"" + fixed(y + bar_h - h + 16, 1) + "\" width=\"" +
            fixed(step - 12, 1) + "\" height=\"" + fixed(h, 1) + "\" fill=\"#4a6fa5\"/>";
    body += "<text x=\"" + fixed(x + step / 2, 1) + "\" y=\"" + fixed(y + bar_h - h + 12, 1) +
            "\" text-anchor=\"middle\" font-size=\"11\">" + std::to_string(k) + "</text>\n";
    for (std::size_t i = 0; i < n; ++i) {
      bool in = std::find(set.begin(), set.end(), i) != set.end();
      body += "<circle cx=\"" + fixed(x + step / 2, 1) + "\" cy=\"" + fixed(y + bar_h + 36 + static_cast<double>(i) * 24, 1) +
              "\" r=\"7\" fill=\"" + (in ? "#222" : "#ddd") + "\"/>";
    }
    if (set.size() > 1)
      body += "<line x1=\"" + fixed(x + step / 2, 1) + "\" y1=\"" +
              fixed(y + bar_h + 36 + static_cast<double>(set.front()) * 24, 1) + "\" x2=\"" + fixed(x + step / 2, 1) +
              "\" y2=\"" + fixed(y + bar_h + 36 + static_cast<double>(set.back()) * 24, 1) +
              "\" stroke=\"#222\" stroke-width=\"3\"/>";
    body += "\n";
  }
  for (std::size_t i = 0; i < n; ++i)
    body += "<text x=\"" + fixed(label_w - 8, 1) + "\" y=\"" + fixed(y + bar_h + 40 + static_cast<double>(i) * 24, 1) +
            "\" text-anchor=\"end\" font-size=\"13\">" + xml_escape(label_text(o.labels[i])) + " (" +
            std::to_string(o.works[i]) + ")</text>\n";
  double height = y + bar_h + 36 + static_cast<double>(n) * 24 + 20;
  // The column labels lean right, up to 45 degrees of their length.
  double width = std::max(label_w + static_cast<double>(n) * cell + label_w * 0.75 + 20,
                          label_w + static_cast<double>(o.combinations.size()) * step + 40);
  width = std::max(width, 640.0);
  return svg_open(width, height, "Overlap of sources") + body + "</svg>\n";
}

std::string overlap_tsv(const Overlap& o) {
  std::string out = "source\tworks\tunique";
  for (const auto& l : o.labels) out += "\t" + l;
  out += "\n";
  for (std::size_t i = 0; i < o.labels.size(); ++i) {
    out += o.labels[i] + "\t" + std::to_string(o.works[i]) + "\t" + std::to_string(o.unique[i]);
    for (std::size_t j = 0; j < o.labels.size(); ++j) out += "\t" + std::to_string(o.shared[i][j]);
    out += "\n";
  }
  return out;
}

namespace {

std::string fixed2(double v) {
  char b[32];
  std::snprintf(b, sizeof b, "%.2f", v);
  return b;
}

// A TSV cell: tabs and line ends become spaces (a cell is one line).
std::string cell(std::string_view s) { return one_line(s); }

std::string family_names(const Record& r) {
  std::string out;
  for (std::size_t i = 0; i < r.authors.size() && i < 3; ++i) {
    if (i) out += "; ";
    const Creator& c = r.authors[i];
    out += c.is_literal() ? c.literal : c.full_family();
  }
  if (r.authors.size() > 3) out += "; et al.";
  return out;
}

std::string labels_of(const Work& w) {
  std::vector<std::string> labels;
  for (const SourceInfo& s : w.sources)
    if (std::find(labels.begin(), labels.end(), s.label) == labels.end()) labels.push_back(s.label);
  std::string out;
  for (const auto& l : labels) out += (out.empty() ? "" : "; ") + l;
  return out;
}

}  // namespace

std::string review_tsv(Library& lib, const std::vector<ReviewPair>& pairs) {
  std::string out =
      "kind\tscore\ttitle_similarity\tid_a\tid_b\tkey_a\tkey_b\tyear_a\tyear_b\tauthors_a\tauthors_b\ttitle_a\ttitle_b\t"
      "container_a\tcontainer_b\tdoi_a\tdoi_b\tsources_a\tsources_b\treason\tdecision\n";
  for (const ReviewPair& p : pairs) {
    std::optional<Work> a = lib.get(p.a), b = lib.get(p.b);
    if (!a || !b) continue;
    const Record &ra = a->record, &rb = b->record;
    auto year = [](const Record& r) { return r.issued.year ? std::to_string(r.issued.year) : std::string(); };
    out += cell(p.kind) + "\t" + fixed2(p.score) + "\t" + fixed2(p.title_similarity) + "\t" + std::to_string(p.a) + "\t" +
           std::to_string(p.b) + "\t" + cell(ra.citekey) + "\t" + cell(rb.citekey) + "\t" + year(ra) + "\t" + year(rb) +
           "\t" + cell(family_names(ra)) + "\t" + cell(family_names(rb)) + "\t" + cell(strip_rich_text(ra.title)) + "\t" +
           cell(strip_rich_text(rb.title)) + "\t" + cell(ra.container_title) + "\t" + cell(rb.container_title) + "\t" + cell(ra.spelled_doi()) +
           "\t" + cell(rb.spelled_doi()) + "\t" + cell(labels_of(*a)) + "\t" + cell(labels_of(*b)) + "\t" + cell(p.reason) + "\t" +
           p.decision + "\n";
  }
  return out;
}

std::string review_json(Library& lib, const std::vector<ReviewPair>& pairs) {
  std::string out = "[";
  bool first = true;
  for (const ReviewPair& p : pairs) {
    std::optional<Work> a = lib.get(p.a), b = lib.get(p.b);
    if (!a || !b) continue;
    const Record &ra = a->record, &rb = b->record;
    auto text = [&](const char* key, std::string_view v) {
      out += ",\"";
      out += key;
      out += "\":";
      append_json_string(out, v);
    };
    auto year = [](const Record& r) { return r.issued.year ? std::to_string(r.issued.year) : std::string("null"); };
    out += first ? "\n{" : ",\n{";
    first = false;
    out += "\"kind\":";
    append_json_string(out, p.kind);
    out += ",\"score\":" + fixed2(p.score) + ",\"title_similarity\":" + fixed2(p.title_similarity) +
           ",\"id_a\":" + std::to_string(p.a) + ",\"id_b\":" + std::to_string(p.b);
    text("key_a", ra.citekey);
    text("key_b", rb.citekey);
    out += ",\"year_a\":" + year(ra) + ",\"year_b\":" + year(rb);
    text("authors_a", family_names(ra));
    text("authors_b", family_names(rb));
    text("title_a", strip_rich_text(ra.title));
    text("title_b", strip_rich_text(rb.title));
    text("container_a", ra.container_title);
    text("container_b", rb.container_title);
    text("doi_a", ra.spelled_doi());
    text("doi_b", rb.spelled_doi());
    text("sources_a", labels_of(*a));
    text("sources_b", labels_of(*b));
    text("reason", p.reason);
    text("decision", p.decision);
    out += "}";
  }
  return out + "\n]\n";
}

}  // namespace refnet

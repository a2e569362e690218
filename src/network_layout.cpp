// VOS mapping (see network_layout.hpp) and the canvas measure.
#include "refnet/network_layout.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>
#include <vector>

namespace refnet {
namespace {

struct Point {
  double x = 0, y = 0;
};

// A component's similarities as compressed rows: node k's neighbours are
// nbr[start[k] .. start[k+1]), local indices.
struct Component {
  std::vector<std::uint32_t> nodes;  // network indices
  std::vector<std::size_t> start;
  std::vector<std::uint32_t> nbr;
  std::vector<double> sim;
};

// Deterministic doubles in [0, 1) from a 64-bit LCG (the same on every
// platform, unlike <random>'s distributions).
struct Lcg {
  std::uint64_t state;
  explicit Lcg(std::uint64_t seed) : state(seed * 2862933555777941757ULL + 3037000493ULL) {}
  double next() {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return double(state >> 11) / 9007199254740992.0;
  }
};

// Barnes-Hut quadtree over the points, for Σ_j (p - x_j) / |p - x_j|: a cell
// far enough away counts as its points' count at their centre of mass.
class QuadTree {
 public:
  explicit QuadTree(const std::vector<Point>& pts) : pts_(pts) {
    double x0 = INFINITY, y0 = INFINITY, x1 = -INFINITY, y1 = -INFINITY;
    for (const auto& p : pts) x0 = std::min(x0, p.x), y0 = std::min(y0, p.y), x1 = std::max(x1, p.x), y1 = std::max(y1, p.y);
    double size = std::max({x1 - x0, y1 - y0, 1e-12});
    cells_.reserve(pts.size() * 2);
    cells_.push_back(Cell{x0, y0, size});
    next_.assign(pts.size(), -1);
    for (std::uint32_t i = 0; i < pts.size(); ++i) insert(0, i, 0);
    finish(0);
  }

  // Σ over the points j != self of the unit vector from x_j to p: the cells
  // depth first, children in order (the sums' order: the map's last digits),
  // on a stack of cell indices, not by recursion (a call a cell, for every
  // point and iteration).
  Point push(const Point& p, std::uint32_t self, double theta) const {
    Point f;
    const double theta2 = theta * theta;
    // A cell opened takes its place and puts at most four on the stack:
    // 3 more a level below the root, kMaxDepth + 1 levels.
    std::int32_t stack[3 * (kMaxDepth + 1) + 2];
    int top = 0;
    stack[top++] = 0;
    while (top > 0) {
      const Cell& cell = cells_[std::size_t(stack[--top])];
      if (cell.first >= 0 || (cell.child[0] < 0 && cell.child[1] < 0 && cell.child[2] < 0 && cell.child[3] < 0)) {
        for (std::int32_t at = cell.first; at >= 0; at = next_[std::size_t(at)]) {
          const auto j = std::uint32_t(at);
          if (j == self) continue;
          double dx = p.x - pts_[j].x, dy = p.y - pts_[j].y, d = std::sqrt(dx * dx + dy * dy);
          if (d > 1e-12) f.x += dx / d, f.y += dy / d;
        }
        continue;
      }
      double dx = p.x - cell.cx, dy = p.y - cell.cy, d2 = dx * dx + dy * dy;
      if (cell.size * cell.size < theta2 * d2) {
        double d = std::sqrt(d2);
        f.x += cell.count * dx / d, f.y += cell.count * dy / d;
        continue;
      }
      for (int q = 3; q >= 0; --q)
        if (cell.child[q] >= 0) stack[top++] = cell.child[q];
    }
    return f;
  }

 private:
  // Below this depth a leaf is not split (points on one spot): no cell is
  // deeper than kMaxDepth + 1.
  static constexpr int kMaxDepth = 40;

  struct Cell {
    double x0, y0, size;
    double cx = 0, cy = 0;  // centre of mass (sum until finish())
    std::uint32_t count = 0;
    std::int32_t child[4] = {-1, -1, -1, -1};
    // A leaf's points, in the order they came: a list through next_ (no
    // vector a cell: the tree is built again at every iteration).
    std::int32_t first = -1, last = -1;
  };

  void append(std::size_t c, std::uint32_t i) {
    next_[i] = -1;
    if (cells_[c].last < 0) cells_[c].first = std::int32_t(i);
    else next_[std::size_t(cells_[c].last)] = std::int32_t(i);
    cells_[c].last = std::int32_t(i);
  }

  void insert(std::size_t c, std::uint32_t i, int depth) {
    const Point& p = pts_[i];
    cells_[c].cx += p.x, cells_[c].cy += p.y, ++cells_[c].count;
    bool leaf = cells_[c].child[0] < 0 && cells_[c].child[1] < 0 && cells_[c].child[2] < 0 && cells_[c].child[3] < 0;
    if (leaf && (cells_[c].first < 0 || depth > kMaxDepth)) {
      append(c, i);
      return;
    }
    if (leaf) {  // split: its point goes down a level
      std::int32_t o = cells_[c].first;
      cells_[c].first = cells_[c].last = -1;
      while (o >= 0) {
        std::int32_t after = next_[std::size_t(o)];
        descend(c, std::uint32_t(o), depth);
        o = after;
      }
    }
    descend(c, i, depth);
  }

  void descend(std::size_t c, std::uint32_t i, int depth) {
    const Point& p = pts_[i];
    double half = cells_[c].size / 2;
    int q = (p.x >= cells_[c].x0 + half) + 2 * (p.y >= cells_[c].y0 + half);
    if (cells_[c].child[q] < 0) {
      Cell child{cells_[c].x0 + (q & 1 ? half : 0), cells_[c].y0 + (q & 2 ? half : 0), half};
      cells_[c].child[q] = std::int32_t(cells_.size());
      cells_.push_back(std::move(child));
    }
    // Children are inserted without adding to this cell's sums twice.
    std::size_t k = std::size_t(cells_[c].child[q]);
    insert(k, i, depth + 1);
  }

  void finish(std::size_t c) {
    Cell& cell = cells_[c];
    if (cell.count) cell.cx /= cell.count, cell.cy /= cell.count;
    for (auto k : cell.child)
      if (k >= 0) finish(std::size_t(k));
  }

  const std::vector<Point>& pts_;
  std::vector<Cell> cells_;
  std::vector<std::int32_t> next_;  // the point after each in its leaf, or -1
};

// Connected components of the undirected similarity graph, each with its
// rows of association strengths; largest first, ties by smallest node.
std::vector<Component> components(const Network& n) {
  std::size_t nv = n.nodes.size();
  // Undirected pairs, raw weights summed (a -> b and b -> a are one pair).
  std::vector<std::pair<std::uint64_t, double>> pairs;
  pairs.reserve(n.links.size());
  for (const auto& l : n.links) {
    if (l.source == l.target || l.source >= nv || l.target >= nv || !(l.weight > 0)) continue;
    double a = l.raw_weight > 0 ? l.raw_weight : l.weight;
    pairs.push_back({(std::uint64_t(std::min(l.source, l.target)) << 32) | std::max(l.source, l.target), a});
  }
  std::sort(pairs.begin(), pairs.end());
  std::vector<std::pair<std::uint64_t, double>> merged;
  for (const auto& p : pairs) {
    if (!merged.empty() && merged.back().first == p.first) merged.back().second += p.second;
    else merged.push_back(p);
  }
  std::vector<double> strength(nv, 0);
  std::vector<std::size_t> deg(nv, 0);
  for (const auto& [key, a] : merged) {
    std::uint32_t i = std::uint32_t(key >> 32), j = std::uint32_t(key);
    strength[i] += a, strength[j] += a, ++deg[i], ++deg[j];
  }
  // Global rows first, then split by component.
  std::vector<std::size_t> start(nv + 1, 0);
  for (std::size_t i = 0; i < nv; ++i) start[i + 1] = start[i] + deg[i];
  std::vector<std::uint32_t> nbr(start[nv]);
  std::vector<double> sim(start[nv]);
  std::vector<std::size_t> fill(start.begin(), start.end() - 1);
  for (const auto& [key, a] : merged) {
    std::uint32_t i = std::uint32_t(key >> 32), j = std::uint32_t(key);
    double s = a / (strength[i] * strength[j]);
    nbr[fill[i]] = j, sim[fill[i]++] = s;
    nbr[fill[j]] = i, sim[fill[j]++] = s;
  }
  std::vector<int> comp(nv, -1);
  std::vector<std::vector<std::uint32_t>> groups;
  for (std::uint32_t s = 0; s < nv; ++s) {
    if (comp[s] >= 0) continue;
    int id = int(groups.size());
    groups.emplace_back();
    std::vector<std::uint32_t> stack{s};
    comp[s] = id;
    while (!stack.empty()) {
      std::uint32_t v = stack.back();
      stack.pop_back();
      groups.back().push_back(v);
      for (std::size_t k = start[v]; k < start[v + 1]; ++k)
        if (comp[nbr[k]] < 0) comp[nbr[k]] = id, stack.push_back(nbr[k]);
    }
  }
  for (auto& g : groups) std::sort(g.begin(), g.end());
  std::stable_sort(groups.begin(), groups.end(), [](const auto& a, const auto& b) {
    return a.size() != b.size() ? a.size() > b.size() : a.front() < b.front();
  });
  std::vector<std::uint32_t> local(nv);
  std::vector<Component> out;
  for (auto& g : groups) {
    Component c;
    c.nodes = std::move(g);
    for (std::uint32_t k = 0; k < c.nodes.size(); ++k) local[c.nodes[k]] = k;
    c.start.push_back(0);
    for (std::uint32_t v : c.nodes) {
      for (std::size_t k = start[v]; k < start[v + 1]; ++k) c.nbr.push_back(local[nbr[k]]), c.sim.push_back(sim[k]);
      c.start.push_back(c.nbr.size());
    }
    out.push_back(std::move(c));
  }
  return out;
}

// Repulsion Σ_j (x_i - x_j) / d_ij for every i, exact or Barnes-Hut.
void repulsion(const std::vector<Point>& x, bool approximate, double theta, std::vector<Point>& r) {
  std::size_t k = x.size();
  if (approximate) {
    QuadTree tree(x);
    for (std::uint32_t i = 0; i < k; ++i) r[i] = tree.push(x[i], i, theta);
    return;
  }
  for (auto& p : r) p = Point{};
  for (std::size_t i = 0; i < k; ++i)
    for (std::size_t j = i + 1; j < k; ++j) {
      double dx = x[i].x - x[j].x, dy = x[i].y - x[j].y, d = std::sqrt(dx * dx + dy * dy);
      if (d < 1e-12) continue;
      dx /= d, dy /= d;
      r[i].x += dx, r[i].y += dy, r[j].x -= dx, r[j].y -= dy;
    }
}

// |(dx, dy)| for the convergence test, once per link and iteration: not
// std::hypot, which guards against overflow and underflow (a layout's
// coordinates are of the order of 1) at several times the cost.
inline double distance(double dx, double dy) { return std::sqrt(dx * dx + dy * dy); }

// One component by localized stress majorization: each node moves to
//   x_i = (Σ_j s_ij x_j + Σ_j (x_i - x_j)/d_ij) / Σ_j s_ij,
// the minimum of the majorizing function with the others held.
std::size_t layout_component(const Component& c, const VosLayoutOptions& o, std::vector<Point>& x) {
  std::size_t k = c.nodes.size();
  x.assign(k, Point{});
  if (k == 1) return 0;
  Lcg rng(o.seed);
  for (auto& p : x) p.x = rng.next() * 2 - 1, p.y = rng.next() * 2 - 1;
  std::vector<double> total(k, 0);
  for (std::size_t i = 0; i < k; ++i)
    for (std::size_t e = c.start[i]; e < c.start[i + 1]; ++e) total[i] += c.sim[e];
  std::vector<Point> r(k);
  bool approximate = k > o.exact_max_nodes;
  std::size_t it = 0;
  for (; it < o.max_iterations; ++it) {
    repulsion(x, approximate, o.theta, r);
    double moved = 0, length = 0;
    std::size_t lengths = 0;
    for (std::size_t i = 0; i < k; ++i) {
      Point a;
      for (std::size_t e = c.start[i]; e < c.start[i + 1]; ++e) {
        const Point& q = x[c.nbr[e]];
        a.x += c.sim[e] * q.x, a.y += c.sim[e] * q.y;
        length += distance(x[i].x - q.x, x[i].y - q.y), ++lengths;
      }
      Point next{(a.x + r[i].x) / total[i], (a.y + r[i].y) / total[i]};
      moved += distance(next.x - x[i].x, next.y - x[i].y);
      x[i] = next;
    }
    if (lengths && moved / k < o.tolerance * length / lengths) break;
  }
  return it;
}

// Centre on the centroid, scale to a root-mean-square radius of 1.
void normalise(std::vector<Point>& x) {
  Point m;
  for (const auto& p : x) m.x += p.x, m.y += p.y;
  m.x /= x.size(), m.y /= x.size();
  double rms = 0;
  for (auto& p : x) p.x -= m.x, p.y -= m.y, rms += p.x * p.x + p.y * p.y;
  rms = std::sqrt(rms / x.size());
  if (rms > 0)
    for (auto& p : x) p.x /= rms, p.y /= rms;
}

// Outliers must not shrink the core: association strength pushes a term
// with one weak link far out (its distance grows with the number of nodes
// repelling it), and a picture fitted to the bounding box then squeezes
// every other node into a corner of the canvas.  Distances from the centre
// beyond R, 1.5 times the median distance (a uniform disc has none beyond 1.41
// times its median), are compressed logarithmically,
// r -> R (1 + k ln(r / R)): directions and order from the centre are kept,
// the core is untouched, however many the outliers.
void pull_in_outliers(std::vector<Point>& x, double k) {
  if (x.size() < 10 || k < 0) return;
  std::vector<double> r;
  r.reserve(x.size());
  for (const auto& p : x) r.push_back(std::hypot(p.x, p.y));
  std::vector<double> sorted = r;
  std::size_t at = sorted.size() / 2;
  std::nth_element(sorted.begin(), sorted.begin() + std::ptrdiff_t(at), sorted.end());
  double big = 1.5 * sorted[at];
  if (!(big > 0)) return;
  for (std::size_t i = 0; i < x.size(); ++i) {
    if (r[i] <= big) continue;
    double f = big * (1 + k * std::log(r[i] / big)) / r[i];
    x[i].x *= f, x[i].y *= f;
  }
}

// Nodes nearer than `min` are pushed apart, each by half of what is missing,
// along the line joining them (nodes on one spot: along a direction turned
// by the golden angle per pair), pass after pass until none is (at most
// 200 passes).  VOS mapping puts nodes with strong links and no others on
// nearly one spot: the co-authors of one paper, a group of terms that
// always occur together; their distances are 1/s_ij-small against the map.
// Neighbours are found on a grid of `min`-sized cells; the points are
// visited in index order, so the result is deterministic.
void separate(std::vector<Point>& x, double min) {
  if (x.size() < 2 || !(min > 0)) return;
  const double golden = 2.399963229728653;
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> grid;
  auto cell_of = [&](double v) { return std::int64_t(std::floor(v / min)); };
  auto key = [](std::int64_t cx, std::int64_t cy) { return (std::uint64_t(cx) << 32) ^ std::uint64_t(std::uint32_t(cy)); };
  for (int pass = 0; pass < 200; ++pass) {
    grid.clear();
    for (std::uint32_t i = 0; i < x.size(); ++i) grid[key(cell_of(x[i].x), cell_of(x[i].y))].push_back(i);
    bool moved = false;
    for (std::uint32_t i = 0; i < x.size(); ++i) {
      std::int64_t cx = cell_of(x[i].x), cy = cell_of(x[i].y);
      for (std::int64_t dx = -1; dx <= 1; ++dx)
        for (std::int64_t dy = -1; dy <= 1; ++dy) {
          auto it = grid.find(key(cx + dx, cy + dy));
          if (it == grid.end()) continue;
          for (std::uint32_t j : it->second) {
            if (j <= i) continue;
            double ux = x[j].x - x[i].x, uy = x[j].y - x[i].y, d = std::hypot(ux, uy);
            if (d >= min) continue;
            if (d < 1e-12 * min) {
              double angle = golden * double(i + j);
              ux = std::cos(angle), uy = std::sin(angle);
            } else {
              ux /= d, uy /= d;
            }
            double push = (min - d) / 2 * 1.01;
            x[i].x -= ux * push, x[i].y -= uy * push, x[j].x += ux * push, x[j].y += uy * push;
            moved = true;
          }
        }
    }
    if (!moved) break;
  }
}

// Turns the points about their centroid so that their principal axis (of
// largest variance) is horizontal, as VOSviewer does: the mapping's result
// is only defined up to a rotation, and the pictures are wider than high.
void turn_to_principal_axis(std::vector<Point>& x) {
  if (x.size() < 2) return;
  Point m;
  for (const auto& p : x) m.x += p.x / double(x.size()), m.y += p.y / double(x.size());
  double xx = 0, yy = 0, xy = 0;
  for (const auto& p : x) xx += (p.x - m.x) * (p.x - m.x), yy += (p.y - m.y) * (p.y - m.y), xy += (p.x - m.x) * (p.y - m.y);
  double angle = 0.5 * std::atan2(2 * xy, xx - yy);
  double c = std::cos(angle), s = std::sin(angle);
  for (auto& p : x) {
    double dx = p.x - m.x, dy = p.y - m.y;
    p.x = m.x + c * dx + s * dy, p.y = m.y - s * dx + c * dy;
  }
}

}  // namespace

void fit_unit_box(Network& n) {
  if (n.nodes.empty()) return;
  double minx = INFINITY, maxx = -INFINITY, miny = INFINITY, maxy = -INFINITY;
  for (const auto& v : n.nodes)
    minx = std::min(minx, v.x), maxx = std::max(maxx, v.x), miny = std::min(miny, v.y), maxy = std::max(maxy, v.y);
  double cx = (minx + maxx) / 2, cy = (miny + maxy) / 2;
  double half = std::max(maxx - minx, maxy - miny) / 2;
  if (!(half > 0)) half = 1;
  for (auto& v : n.nodes) v.x = (v.x - cx) / half, v.y = (v.y - cy) / half;
}

VosLayoutReport vos_layout(Network& n, const VosLayoutOptions& o) {
  VosLayoutReport report;
  if (n.nodes.empty()) return report;
  std::vector<Component> comps = components(n);
  report.components = comps.size();
  for (const Component& c : comps) report.lone += c.nodes.size() == 1;
  // Each component gets an area in proportion to its nodes: a radius of
  // sqrt(k) in units of the largest's rms radius / sqrt(k_max).
  double unit = 1 / std::sqrt(double(comps.front().nodes.size()));
  struct Placed {
    std::vector<Point> x;
    double x0, y0, x1, y1;
  };
  std::vector<Placed> placed;
  for (std::size_t ci = 0; ci < comps.size(); ++ci) {
    const Component& c = comps[ci];
    Placed p;
    std::size_t its = layout_component(c, o, p.x);
    if (ci == 0) report.iterations = its;
    report.barnes_hut |= c.nodes.size() > o.exact_max_nodes;
    normalise(p.x);
    pull_in_outliers(p.x, o.outlier_pull);
    // In the packed map this is min_spacing x the unit (below): the same
    // least distance in every component.
    separate(p.x, o.min_spacing / std::sqrt(double(c.nodes.size())));
    turn_to_principal_axis(p.x);
    double scale = c.nodes.size() == 1 ? 0 : std::sqrt(double(c.nodes.size())) * unit;
    p.x0 = p.y0 = INFINITY, p.x1 = p.y1 = -INFINITY;
    for (auto& q : p.x) {
      q.x *= scale, q.y *= scale;
      p.x0 = std::min(p.x0, q.x), p.x1 = std::max(p.x1, q.x), p.y0 = std::min(p.y0, q.y), p.y1 = std::max(p.y1, q.y);
    }
    placed.push_back(std::move(p));
  }
  // Shelves: the largest component first (top left), then the others left to
  // right in rows, a gap between boxes.  The rows are as wide as the
  // largest, or as a box of the pictures' shape (about 6:5) holding every
  // component's area when that is wider (many small components, as
  // co-authorship maps have: rows as wide as the largest made a column);
  // then the rows start beside the largest while they are level with it.
  double gap = std::max(0.7, o.min_spacing) * unit;  // not nearer than two nodes of one component
  const double first_w = placed.front().x1 - placed.front().x0, first_h = placed.front().y1 - placed.front().y0;
  double total_area = 0, widest_other = 0;
  for (std::size_t ci = 0; ci < placed.size(); ++ci) {
    double w = placed[ci].x1 - placed[ci].x0, h = placed[ci].y1 - placed[ci].y0;
    total_area += (w + gap) * (h + gap);
    if (ci > 0) widest_other = std::max(widest_other, w);
  }
  double row_width = std::max({first_w, 2.0, std::sqrt(total_area * 1.2)});
  const bool beside = row_width - first_w - gap >= widest_other && placed.size() > 1;
  auto place = [&](std::size_t ci, double left, double top) {
    // Boxes hang down from the row's top (y grows downwards here, up in the map: flipped below).
    const Placed& p = placed[ci];
    double ox = left - p.x0, oy = top - p.y0;
    for (std::size_t k = 0; k < p.x.size(); ++k) {
      NetworkNode& v = n.nodes[comps[ci].nodes[k]];
      v.x = p.x[k].x + ox;
      v.y = -(p.x[k].y + oy);
    }
  };
  place(0, 0, 0);
  double row_left = beside ? first_w + gap : 0;
  double cursor_x = row_left, cursor_y = beside ? 0 : first_h + gap, row_height = 0;
  for (std::size_t ci = 1; ci < placed.size(); ++ci) {
    const Placed& p = placed[ci];
    double w = p.x1 - p.x0, h = p.y1 - p.y0;
    if (cursor_x > row_left && cursor_x + w > row_width) {
      cursor_y += row_height + gap, row_height = 0;
      row_left = beside && cursor_y < first_h ? first_w + gap : 0;
      cursor_x = row_left;
    }
    place(ci, cursor_x, cursor_y);
    cursor_x += w + gap;
    row_height = std::max(row_height, h);
  }
  fit_unit_box(n);
  return report;
}

double central_span(const Network& n, double width, double height) {
  std::size_t nv = n.nodes.size();
  if (nv < 2 || !(width > 0) || !(height > 0)) return 0;
  double minx = INFINITY, maxx = -INFINITY, miny = INFINITY, maxy = -INFINITY;
  std::vector<double> xs, ys;
  for (const auto& v : n.nodes) {
    minx = std::min(minx, v.x), maxx = std::max(maxx, v.x), miny = std::min(miny, v.y), maxy = std::max(maxy, v.y);
    xs.push_back(v.x), ys.push_back(v.y);
  }
  double span_x = maxx - minx, span_y = maxy - miny;
  double scale = std::min(span_x > 0 ? width / span_x : INFINITY, span_y > 0 ? height / span_y : INFINITY);
  if (!std::isfinite(scale)) return 0;
  std::nth_element(xs.begin(), xs.begin() + nv / 2, xs.end());
  std::nth_element(ys.begin(), ys.begin() + nv / 2, ys.end());
  double mx = xs[nv / 2], my = ys[nv / 2];
  std::vector<std::pair<double, std::uint32_t>> by_distance;
  for (std::uint32_t i = 0; i < nv; ++i) by_distance.push_back({std::hypot(n.nodes[i].x - mx, n.nodes[i].y - my), i});
  std::sort(by_distance.begin(), by_distance.end());
  std::size_t keep = std::max<std::size_t>(1, (nv * 9 + 9) / 10);
  double x0 = INFINITY, x1 = -INFINITY, y0 = INFINITY, y1 = -INFINITY;
  for (std::size_t k = 0; k < keep; ++k) {
    const NetworkNode& v = n.nodes[by_distance[k].second];
    x0 = std::min(x0, v.x), x1 = std::max(x1, v.x), y0 = std::min(y0, v.y), y1 = std::max(y1, v.y);
  }
  return (x1 - x0) * scale * (y1 - y0) * scale / (width * height);
}

}  // namespace refnet

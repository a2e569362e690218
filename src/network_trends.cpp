// Keyword trends (documents per term and year) and Kleinberg's burst
// detection, for keyword and term maps.
#include <algorithm>
#include <cmath>
#include <map>

#include "refnet/network_maps.hpp"

namespace refnet {

std::vector<TermYear> term_years(const Network& n, const std::vector<std::vector<std::uint32_t>>& node_documents,
                                 const std::vector<NetworkDoc>& docs) {
  std::vector<TermYear> out;
  for (std::uint32_t i = 0; i < n.nodes.size() && i < node_documents.size(); ++i) {
    std::map<int, std::size_t> by_year;
    for (std::uint32_t d : node_documents[i])
      if (docs[d].year) ++by_year[docs[d].year];
    for (const auto& [year, count] : by_year) out.push_back({i, year, count});
  }
  return out;
}

std::vector<std::pair<std::size_t, std::size_t>> kleinberg_bursts(const std::vector<double>& r,
                                                                   const std::vector<double>& d, double s,
                                                                   double gamma, std::vector<double>* weights) {
  std::vector<std::pair<std::size_t, std::size_t>> bursts;
  if (weights) weights->clear();
  const std::size_t T = std::min(r.size(), d.size());
  double R = 0, D = 0;
  for (std::size_t t = 0; t < T; ++t) R += r[t], D += d[t];
  if (T == 0 || R <= 0 || D <= 0 || R >= D) return bursts;  // a term in every document cannot burst
  const double p[2] = {R / D, std::min(s * R / D, 0.9999)};
  if (p[1] <= p[0]) return bursts;
  // cost(i, t): minus the log-likelihood of r[t] of d[t] at rate p[i]
  // (the binomial coefficient is the same in both states and left out).
  auto cost = [&](int i, std::size_t t) { return -(r[t] * std::log(p[i]) + (d[t] - r[t]) * std::log(1 - p[i])); };
  const double up = gamma * std::log(double(T));  // entering the burst state; leaving it is free
  // Viterbi from the base state.
  std::vector<double> best[2] = {std::vector<double>(T), std::vector<double>(T)};
  std::vector<int> from[2] = {std::vector<int>(T), std::vector<int>(T)};
  for (std::size_t t = 0; t < T; ++t)
    for (int j = 0; j < 2; ++j) {
      double via0 = (t ? best[0][t - 1] : 0) + (j == 1 ? up : 0);
      double via1 = t ? best[1][t - 1] : INFINITY;
      from[j][t] = via1 < via0 ? 1 : 0;
      best[j][t] = std::min(via0, via1) + cost(j, t);
    }
  std::vector<int> state(T);
  state[T - 1] = best[1][T - 1] < best[0][T - 1] ? 1 : 0;
  for (std::size_t t = T - 1; t > 0; --t) state[t - 1] = from[state[t]][t];
  for (std::size_t t = 0; t < T;) {
    if (state[t] != 1) {
      ++t;
      continue;
    }
    std::size_t e = t;
    double w = 0;
    while (e < T && state[e] == 1) w += cost(0, e) - cost(1, e), ++e;
    bursts.push_back({t, e - 1});
    if (weights) weights->push_back(w);
    t = e;
  }
  return bursts;
}

std::vector<Burst> keyword_bursts(const Network& n, const std::vector<std::vector<std::uint32_t>>& node_documents,
                                  const std::vector<NetworkDoc>& docs, double s, double gamma) {
  int first = 0, last = 0;
  for (const auto& d : docs)
    if (d.year) {
      first = first ? std::min(first, d.year) : d.year;
      last = std::max(last, d.year);
    }
  std::vector<Burst> out;
  if (!first) return out;
  const std::size_t T = std::size_t(last - first + 1);
  std::vector<double> d(T, 0);
  for (const auto& doc : docs)
    if (doc.year) d[std::size_t(doc.year - first)] += 1;
  std::vector<double> r(T), w;
  for (std::uint32_t i = 0; i < n.nodes.size() && i < node_documents.size(); ++i) {
    std::fill(r.begin(), r.end(), 0);
    for (std::uint32_t doc : node_documents[i])
      if (docs[doc].year) r[std::size_t(docs[doc].year - first)] += 1;
    auto runs = kleinberg_bursts(r, d, s, gamma, &w);
    for (std::size_t k = 0; k < runs.size(); ++k)
      out.push_back({i, first + int(runs[k].first), first + int(runs[k].second), w[k]});
  }
  std::stable_sort(out.begin(), out.end(), [](const Burst& a, const Burst& b) { return a.weight > b.weight; });
  return out;
}

}  // namespace refnet

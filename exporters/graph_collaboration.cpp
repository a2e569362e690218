// The single- and multi-country publications table (bibliometrix's SCP/MCP)
// as CSV.
#include <ostream>

#include "graph_common.hpp"
#include "refnet/network_maps.hpp"

namespace refnet {

void write_country_collaboration_csv(std::ostream& out, const std::vector<CountryCollaboration>& rows) {
  graph::ClassicLocale classic(out);
  out << "country,works,single_country,multi_country,multi_country_ratio\n";
  for (const auto& r : rows)
    out << graph::csv_field(r.country) << "," << r.works << "," << r.single << "," << r.multi << ","
        << graph::fixed(r.works ? double(r.multi) / double(r.works) : 0, 3) << "\n";
}

}  // namespace refnet

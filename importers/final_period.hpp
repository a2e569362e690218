// A title without the period a database ends every title with (NLM's, read
// by drop_nlm_period with its translated titles' brackets; EBSCOhost's, on
// every database it hosts): "Effects of X on Y." is "Effects of X on Y"; the
// period of an abbreviation or an initial stays ("in the U.S.",
// "aurovertin B."), and so does an ellipsis.
#pragma once

#include <string>
#include <string_view>

namespace refnet {

std::string drop_final_period(std::string_view title);

}  // namespace refnet

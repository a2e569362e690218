// The checkout-specific paths of the tests (see support.hpp): this file alone
// is compiled with them.
#include "support.hpp"

namespace refnet::test::paths {
const char* const fixtures = REFNET_FIXTURES_PATH;
const char* const source_dir = REFNET_SOURCE_DIR_PATH;
const char* const binary = REFNET_BINARY_PATH;
}  // namespace refnet::test::paths

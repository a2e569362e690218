// The SVG map as a PNG for slides: rendered by headless Chromium (the same
// browser the tests look at the pictures with), at the SVG's size.
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "refnet/network.hpp"

namespace refnet {
namespace {

std::string find_chromium() {
  // REFNET_CHROMIUM names the browser; when it names none, there is none.
  if (const char* env = std::getenv("REFNET_CHROMIUM"); env && *env) return ::access(env, X_OK) == 0 ? env : "";
  for (const char* name : {"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"}) {
    std::string cmd = std::string("command -v ") + name + " >/dev/null 2>&1";
    if (std::system(cmd.c_str()) == 0) return name;
  }
  return {};
}

std::string shell_quoted(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// A temporary directory removed on every path.
struct TempDir {
  std::filesystem::path path;
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "refnet-png-XXXXXX").string();
    if (!::mkdtemp(tmpl.data())) throw std::runtime_error("PNG: cannot make a temporary directory");
    path = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
};

}  // namespace

void write_png(std::ostream& out, const Network& n, const PictureOptions& p) {
  std::string chromium = find_chromium();
  if (chromium.empty())
    throw std::runtime_error(
        "PNG output is rendered by headless Chromium, which is not installed (apt-get install chromium, or set "
        "REFNET_CHROMIUM to its path); write .svg instead");
  TempDir tmp;
  std::filesystem::path svg = tmp.path / "map.svg", png = tmp.path / "map.png";
  {
    std::ofstream f(svg, std::ios::binary);
    write_svg(f, n, p);
    if (!f) throw std::runtime_error("PNG: cannot write " + svg.string());
  }
  std::string cmd = "timeout 120 " + shell_quoted(chromium) +
                    " --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking"
                    " --disable-component-update --disable-sync --hide-scrollbars --force-device-scale-factor=2"
                    " --user-data-dir=" + shell_quoted((tmp.path / "profile").string()) +
                    " --window-size=1280,900 --screenshot=" + shell_quoted(png.string()) + " " +
                    shell_quoted("file://" + svg.string()) + " >" + shell_quoted((tmp.path / "log").string()) + " 2>&1";
  int rc = std::system(cmd.c_str());
  std::ifstream f(png, std::ios::binary);
  std::stringstream bytes;
  bytes << f.rdbuf();
  if (rc != 0 || bytes.str().size() < 8) {
    std::ifstream log(tmp.path / "log");
    std::stringstream why;
    why << log.rdbuf();
    std::string tail = why.str();
    if (tail.size() > 400) tail = tail.substr(tail.size() - 400);
    throw std::runtime_error("PNG: headless Chromium (" + chromium + ") failed to render the map: " + tail);
  }
  out << bytes.str();
}

}  // namespace refnet

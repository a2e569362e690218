// Headless Chromium for the tests of pictures and pages (the graph viewer,
// the PRISMA flow diagram): Debian's chromium, which .ci/install-deps installs.
#pragma once

#include <catch2/catch.hpp>

#include <cstdlib>
#include <string>

#include "support.hpp"

namespace refnet::test {

// ---- Chromium --------------------------------------------------------------

inline std::string chromium() {
  for (const char* name : {"chromium", "chromium-browser", "google-chrome"}) {
    std::string cmd = std::string("command -v ") + name + " >/dev/null 2>&1";
    if (std::system(cmd.c_str()) == 0) return name;
  }
  FAIL("headless Chromium is needed for the viewer tests: apt-get install chromium (.ci/install-deps does)");
  return {};
}

// Runs headless Chromium on `url` with `what` ("--dump-dom" or
// "--screenshot=FILE"); returns stdout.
inline std::string run_chromium(const std::string& url, const std::string& what, const TempDir& tmp) {
  std::string out = tmp / "chromium.out";
  std::string cmd = "timeout 120 " + chromium() +
                    " --headless --no-sandbox --disable-gpu --disable-quic --no-first-run"
                    " --disable-background-networking --disable-component-update --disable-sync"
                    " --hide-scrollbars --force-device-scale-factor=1 --user-data-dir='" +
                    (tmp / "profile") + "' --virtual-time-budget=5000 --window-size=1200,900 " + what + " '" + url +
                    "' >'" + out + "' 2>'" + (tmp / "chromium.err") + "'";
  int rc = std::system(cmd.c_str());
  INFO("chromium stderr: " << slurp(tmp / "chromium.err"));
  REQUIRE(rc == 0);
  return slurp(out);
}

// A page holding an SVG picture as a browser's document of it (a file opened
// in the window lays out its root as this page's body does), which measures
// on load: data-texts (its <text> elements), data-cut (those whose right
// edge is past the window's) and data-overflow (the page's width past the
// window's), for body_data.
inline std::string svg_measuring_page(const std::string& svg) {
  return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>html,body{margin:0;height:100%}</style></head>"
         "<body>" +
         svg.substr(svg.find("<svg")) +
         "<script>document.addEventListener('DOMContentLoaded', function () {"
         "var cut = 0, texts = document.querySelectorAll('svg text');"
         "for (var i = 0; i < texts.length; i++) {"
         "  var r = texts[i].getBoundingClientRect(); if (r.right > window.innerWidth + 0.5) cut++; }"
         "document.body.dataset.texts = texts.length; document.body.dataset.cut = cut;"
         "document.body.dataset.overflow = document.documentElement.scrollWidth - window.innerWidth;"
         "});</script></body></html>\n";
}

// The value of data-NAME on <body> in a --dump-dom output, -1 if missing.
inline long body_data(const std::string& dom, const std::string& name) {
  std::size_t body = dom.find("<body");
  if (body == std::string::npos) return -1;
  std::size_t end = dom.find('>', body);
  std::string tag = dom.substr(body, end - body);
  std::size_t at = tag.find("data-" + name + "=\"");
  if (at == std::string::npos) return -1;
  return std::strtol(tag.c_str() + at + name.size() + 7, nullptr, 10);
}

}  // namespace refnet::test

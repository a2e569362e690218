// What the commands need to know of the terminal: whether stdout/stderr is
// one, whether to colour, and a pager for long output.
#pragma once

#include <string>

namespace refnet::cli {

// Whether file descriptor 1 (stdout) or 2 (stderr) is a terminal.
bool is_terminal(int fd);

// Whether to colour what goes to `fd`: a terminal, NO_COLOR unset or empty,
// TERM not "dumb".
bool use_colour(int fd);
// `text` in bold (or red for an error), when `on`.
std::string bold(const std::string& text, bool on);
std::string red(const std::string& text, bool on);

// Writes `text` to stdout; with `page` and stdout a terminal, through
// $PAGER (default "less -FRX", which exits at once when the text fits the
// screen).  An empty PAGER, or "cat", writes directly.
void show_output(const std::string& text, bool page);

}  // namespace refnet::cli

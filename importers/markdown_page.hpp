// A page saved as Markdown (importers/markdown_page.cpp): what web clippers
// (MarkDownload, Obsidian Web Clipper, Zotero's Markdown notes) and crawlers
// write of a publisher's page.  The page reader reads it as the text the page
// shows: "# Title" is the title, "  * Family, G. (2011). Title. _Journal_ ,
// 2(5), 752–760." a reference, "_Scientific Reports_ **volume 4**" the journal
// and volume.
#pragma once

#include <string>
#include <string_view>

namespace refnet {

// A text written in Markdown: two ATX headings ("# Title", "## References")
// or three inline links ("[text](https://...)") in it.
bool is_markdown_page(std::string_view text);

// The text the page shows, the same length as `markdown` with every line
// where it was (so a diagnostic's line is the file's): heading marks, list
// bullets and block quotes at a line's start, emphasis marks ("_", "*", "**"
// at a word's edge; "snake_case" and a DOI's "5_3" stay), a link's address
// ("[text](url)" is "text"), images, code ticks and a backslash's escape are
// taken out (an empty link to a DOI, an icon's, is its address), and a
// thematic break or a table's rule line is blank.  What a
// line loses is paid as spaces at its end.  Addresses and DOIs are copied as
// written.
std::string markdown_page_text(std::string_view markdown);

// Where the line of the page's own heading starts: its only level-one
// heading ("# Fossilized gut contents elucidate ..."), which clippers and
// crawlers write of the article's title (a site's menus, hundreds of lines
// above it, are list items), or of several the one written twice (a paper
// converted from its PDF: the publisher's cover page and the first page);
// npos when the page has none, or several (an encyclopedia's "# sauropod"
// and a sidebar's "# Related").
std::size_t markdown_title_offset(std::string_view markdown);

}  // namespace refnet

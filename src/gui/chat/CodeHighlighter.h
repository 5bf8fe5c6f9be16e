#pragma once

#include <QString>

// Syntax colours for the fenced code blocks of chat answers, by GNU Source-highlight
// (libsource-highlight: 150+ languages, its .lang files under /usr/share/source-highlight).
//
// `language` is the info string written after the fence as it came: ```python, ```js,
// ```c++, ```sh, ```jsonc, ```tsx {title=x} (only its first word counts, case ignored).
// A small alias table comes first (c++, ts, tsx, jsonc, golang, ...), then
// Source-highlight's own lang.map. Unknown or empty: plain, escaped text.
//
// GUI thread only: the language tables and the formatters are built once, cached in one
// process-wide instance, and used without a lock.
namespace CodeHighlighter {

// An HTML fragment for QTextDocument's rich-text subset: the code HTML-escaped, newlines
// kept as they are (the caller wraps it in <pre>), runs coloured with inline
// <span style="color:#rrggbb">, bold or italic; no CSS classes. `dark` picks the palette
// made for a dark code background (#161b22) instead of a light one (#f6f8fa).
// Never throws: a language that cannot be loaded, an error while matching or a missing
// data directory (logged once in switchyard.gui) gives the plain escaped text.
QString toHtml(const QString& code, const QString& language, bool dark);

// The name shown above a block: "Python", "C++", "TypeScript"; an unknown language as
// written; "text" for none.
QString displayName(const QString& language);

// Whether `language` gets colours (it maps to one of Source-highlight's languages and its
// data directory is there).
bool knows(const QString& language);

// Tests only: read Source-highlight's files from `dataDir` from now on (empty: the
// library's default, which SOURCE_HIGHLIGHT_DATADIR overrides); drops every cached table.
void setDataDirForTesting(const QString& dataDir);

} // namespace CodeHighlighter

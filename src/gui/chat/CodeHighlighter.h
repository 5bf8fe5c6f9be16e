#pragma once
// Placeholder until the Source-highlight based highlighter lands: plain, escaped code.
#include <QString>
namespace CodeHighlighter {
QString toHtml(const QString& code, const QString& language, bool dark);
QString displayName(const QString& language);
}

#include "CodeHighlighter.h"
namespace CodeHighlighter {
QString toHtml(const QString& code, const QString&, bool)
{
    return code.toHtmlEscaped();
}
QString displayName(const QString& language)
{
    return language.isEmpty() ? QStringLiteral("text") : language;
}
}

#pragma once

#include <QString>

// Text for machines: JSON string literals and CSV fields (RFC 4180).
namespace TextFormat {

QString jsonString(const QString& s);
QString csvField(const QString& s);

} // namespace TextFormat

#pragma once

#include <QString>

// Text for machines: JSON string literals and CSV fields (RFC 4180); and untrusted
// text made safe to show on one line of a terminal or a label.
namespace TextFormat {

QString jsonString(const QString& s);
QString csvField(const QString& s);
// Control characters (C0, DEL, C1: escape and OSC sequences lose their introducer),
// line breaks and tabs become spaces; bidirectional overrides and isolates are
// dropped; runs of spaces collapse; longer than maxChars ends in "…".
QString printableLine(const QString& text, int maxChars);

} // namespace TextFormat

#pragma once

#include "chat/Attachment.h"

#include <optional>

// Images get ready to send in one place, for the window and the CLI alike: one over
// kMaxMegapixels is refused before it is decoded, and one with a longer side over
// kMaxSide is scaled down (unless the user turned that off), so the check, the hash and
// the bytes sent agree. Needs QtGui's image readers, so it lives outside the core.
namespace ImagePrep {

constexpr int kMaxSide = 2048;
constexpr int kMaxMegapixels = 50;

// True when the header says more than kMaxMegapixels (decoding would take seconds).
bool tooManyPixels(const QByteArray& bytes);
// An image's bytes with its longer side at most maxSide, in its own format where Qt can
// write it (PNG otherwise, and filename then ends in .png); the bytes unchanged when small
// enough or not decodable.
QByteArray scaled(const QByteArray& bytes, int maxSide, QString* filename);
// A file read by Attachment::fromFile/fromBytes, made ready: anything but an image passes
// unchanged; an image too large to decode is refused (nullopt, one sentence in error); one
// over kMaxSide is scaled when scale is true.
std::optional<Attachment> prepare(std::optional<Attachment> file, bool scale, QString* error);

} // namespace ImagePrep

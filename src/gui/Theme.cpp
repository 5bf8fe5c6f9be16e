#include "Theme.h"

#include <QPalette>

namespace {
bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}
} // namespace

QColor Theme::warning(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xf2, 0xb8, 0xb5) : QColor(0xb3, 0x26, 0x1e);
}

QColor Theme::onWarning(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x60, 0x14, 0x10) : QColor(Qt::white);
}

#pragma once

#include <QColor>

class QPalette;

// The colours widgets share beyond the palette's own roles, each chosen from the
// palette so a dark theme gets a readable one. One place, not a hex code per file.
class Theme final {
public:
    // "system" keeps the desktop's style and palette (and follows it when it changes);
    // "light" and "dark" use Fusion with a palette of their own. Widgets repaint through
    // their PaletteChange events.
    static void apply(const QString& theme);
    static bool isDark(const QPalette& palette);
    // Text that warns: a notice under a failed reply, an estimate over budget, unknown costs.
    static QColor warning(const QPalette& palette);
    // Text on a warning-coloured background (the budget banner).
    static QColor onWarning(const QPalette& palette);
};

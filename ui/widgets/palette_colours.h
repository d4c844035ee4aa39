#pragma once

#include <QColor>
#include <QPalette>

// Colours for states (error, success, warning) picked to stay readable on the palette in use,
// light or dark: the console follows the system palette and adds only these accents.
namespace paydesk::colours {

inline bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// Text that says something is wrong.
inline QColor errorText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

inline QColor successText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x6e, 0x20);
}

inline QColor warningText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xd5, 0x4f) : QColor(0x8a, 0x4b, 0x00);
}

// `accent` mixed into the window colour: a background that keeps the palette's text readable.
inline QColor tint(const QPalette &palette, const QColor &accent, double share)
{
    const QColor base = palette.color(QPalette::Window);
    const auto mix = [share](int a, int b) { return int(a * (1 - share) + b * share); };
    return QColor(mix(base.red(), accent.red()), mix(base.green(), accent.green()),
                  mix(base.blue(), accent.blue()));
}

} // namespace paydesk::colours

#pragma once
// The pass/fail marks and colours the models and widgets share, chosen to stay readable on a projector.
#include <QColor>
#include <QIcon>

namespace corslab::ui {

inline const QColor kPassColor{0x1b, 0x7f, 0x2a};     // dark green
inline const QColor kFailColor{0xc6, 0x28, 0x28};     // strong red
inline const QColor kWarnColor{0xb2, 0x5e, 0x00};     // dark amber (text on white)
inline const QColor kWarnFill{0xff, 0xb3, 0x00};      // amber (banner fill)
inline const QColor kDifferFill{0xff, 0xd5, 0x4f};    // light amber behind black text: "these two differ"

// A filled circle with a check mark (pass) or a cross (fail), drawn so it needs no icon theme.
QIcon resultIcon(bool passed);

} // namespace corslab::ui

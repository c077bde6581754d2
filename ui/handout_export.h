#pragma once
// File › Export Handout… and File › Export Verdict as PNG…: the current scenario as a handout page
// (core/handout, in the UI language), and the verdict banner above the sequence diagram as one image
// for slides.
#include "core/scenario.h"
#include "core/verdict.h"

#include <QImage>
#include <QString>

namespace corslab {

// Writes the handout of one scenario with QSaveFile; `file` is the name shown under its title.
// False with `error` set when it cannot be written.
bool writeHandout(const QString &path, const Scenario &scenario, const Verdict &verdict, const QString &file, QString *error = nullptr);

// The verdict's banner (as the verdict panel shows it, larger) above its sequence diagram at the
// diagram's own width (not the pane's), on white, `scale` times the logical size.
QImage verdictImage(const Verdict &verdict, qreal scale = 2.0);

} // namespace corslab

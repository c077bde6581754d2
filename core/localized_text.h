#pragma once
// The one place that chooses which language a scenario's own texts (title, notes) are shown in.
// A scenario may carry translations next to its English fields:
//   "i18n": {"ru": {"title": "…", "notes": "…"}}
// (kept in Scenario::unknownFields; docs/lessons.md). The UI language is the language of the
// translation installed in the application (app/gui_main.cpp installs :/i18n/corslab_<lang>.qm from
// View › Language or the system locale; corslab-cli export --lang), so the scenario's texts always
// follow the menus. In core so that the handout (core/handout) speaks it too.
#include "core/scenario.h"
#include <QString>
#include <QStringList>

namespace corslab {

enum class ScenarioText { Title, Notes };

// The UI language's code ("en", "ru"): what the installed translation says it is, "en" without one.
QString uiLanguage();

// The field in `language` (i18n.<language>.<field>) when the scenario has it, else the English field.
QString localizedText(const Scenario &scenario, ScenarioText field, const QString &language = uiLanguage());

// Sets the field in `language`: the English field for "en", i18n.<language>.<field> otherwise
// (an empty text removes the translation, and an i18n object left empty goes too).
void setLocalizedText(Scenario &scenario, ScenarioText field, const QString &language, const QString &text);

// The scenario's "tags" (lessons: "sop", "preflight", …), in file order.
QStringList scenarioTags(const Scenario &scenario);

} // namespace corslab

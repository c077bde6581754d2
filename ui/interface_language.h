#pragma once
// The UI language: View › Language (QSettings "language": "en", "ru"), otherwise the system's.
// Installing a language while the app runs sends QEvent::LanguageChange to every widget; each one
// retranslates itself in changeEvent(), so switching keeps the scenario, the undo history and
// every edit in progress.
#include <QList>
#include <QString>

namespace corslab {

// A language corslab's interface speaks: its code and its name in itself ("Русский").
struct InterfaceLanguage {
    QString code;
    QString name;
};
// English first, then the translations in resources/translations/.
const QList<InterfaceLanguage> &interfaceLanguages();

// The language chosen in View › Language, empty for the system's.
QString chosenLanguage();
// Saves `code` (empty: the system's) as the chosen language and installs it.
void chooseLanguage(const QString &code);
// Installs corslab's and Qt's translations for `code` (empty: the system locale), replacing the
// ones installed before, and makes that locale the default (numbers, dates).
void installLanguage(const QString &code);

} // namespace corslab

#include "ui/interface_language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace corslab {

namespace {

constexpr auto kLanguageKey = "language"_L1;

// The translators installed now, one per catalogue.
QPointer<QTranslator> &installed(int catalogue)
{
    static QPointer<QTranslator> translators[2];
    return translators[catalogue];
}

void replaceTranslator(int catalogue, const QLocale &locale, const QString &name, const QString &directory)
{
    QPointer<QTranslator> &slot = installed(catalogue);
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, name, u"_"_s, directory)) {
        QCoreApplication::installTranslator(translator);
        slot = translator;
    } else {
        delete translator;
    }
}

} // namespace

const QList<InterfaceLanguage> &interfaceLanguages()
{
    static const QList<InterfaceLanguage> languages = {{u"en"_s, u"English"_s}, {u"ru"_s, u"Русский"_s}};
    return languages;
}

QString chosenLanguage()
{
    return QSettings().value(kLanguageKey).toString();
}

void chooseLanguage(const QString &code)
{
    QSettings().setValue(kLanguageKey, code);
    installLanguage(code);
}

void installLanguage(const QString &code)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);
    replaceTranslator(0, locale, u"corslab"_s, u":/i18n"_s);
    replaceTranslator(1, locale, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

} // namespace corslab

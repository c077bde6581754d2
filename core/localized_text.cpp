#include "core/localized_text.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace corslab {

QString uiLanguage()
{
    // Translated by each .ts file into its own language code, so the answer is whatever
    // translation the application installed, however it was chosen.
    const QString code = QCoreApplication::translate(
        "corslab::Language", "en",
        "The code of this translation's language (ISO 639-1): selects a scenario's i18n.<code> title and notes");
    return code.isEmpty() ? u"en"_s : code;
}

QString localizedText(const Scenario &scenario, ScenarioText field, const QString &language)
{
    const QString english = field == ScenarioText::Title ? scenario.title : scenario.notes;
    if (language.isEmpty() || language == "en"_L1)
        return english;
    const QString key = field == ScenarioText::Title ? u"title"_s : u"notes"_s;
    const QJsonValue translated =
        scenario.unknownFields.value("i18n"_L1).toObject().value(language).toObject().value(key);
    if (translated.isString() && !translated.toString().trimmed().isEmpty())
        return translated.toString();
    return english;
}

void setLocalizedText(Scenario &scenario, ScenarioText field, const QString &language, const QString &text)
{
    if (language.isEmpty() || language == "en"_L1) {
        (field == ScenarioText::Title ? scenario.title : scenario.notes) = text;
        return;
    }
    const QString key = field == ScenarioText::Title ? u"title"_s : u"notes"_s;
    QJsonObject i18n = scenario.unknownFields.value("i18n"_L1).toObject();
    QJsonObject translation = i18n.value(language).toObject();
    if (text.trimmed().isEmpty())
        translation.remove(key);
    else
        translation.insert(key, text);
    if (translation.isEmpty())
        i18n.remove(language);
    else
        i18n.insert(language, translation);
    if (i18n.isEmpty())
        scenario.unknownFields.remove("i18n"_L1);
    else
        scenario.unknownFields.insert("i18n"_L1, i18n);
}

QStringList scenarioTags(const Scenario &scenario)
{
    QStringList tags;
    for (const QJsonValue &tag : scenario.unknownFields.value("tags"_L1).toArray()) {
        if (tag.isString() && !tag.toString().isEmpty() && !tags.contains(tag.toString()))
            tags.append(tag.toString());
    }
    return tags;
}

} // namespace corslab

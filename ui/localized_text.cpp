#include "ui/localized_text.h"

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

#include "ui/models/lesson_model.h"

#include "core/evaluation.h"
#include "ui/localized_text.h"
#include "ui/models/result_icons.h"

#include <QCoreApplication>
#include <QDir>
#include <QFont>
#include <QColor>
#include <QGuiApplication>
#include <QPalette>
#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace corslab {

namespace {

// docs/lessons.md's order of the tags.
const QStringList &knownTags()
{
    static const QStringList tags = {u"sop"_s,         u"write"_s,    u"embed"_s,  u"read"_s,
                                     u"simple"_s,      u"preflight"_s, u"credentials"_s, u"redirect"_s,
                                     u"opaque"_s,      u"no-cors"_s,  u"error"_s,   u"cookies"_s,
                                     u"corp"_s,        u"framing"_s,  u"fetch-metadata"_s, u"referer"_s,
                                     u"browsers"_s};
    return tags;
}

int lessonNumber(const QString &fileName)
{
    static const QRegularExpression numbered(u"^(\\d+)-"_s);
    const QRegularExpressionMatch match = numbered.match(fileName);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// The welcome lesson, then numbered lessons by number, then anything else by name.
bool lessonOrder(const Lesson &a, const Lesson &b)
{
    const bool aWelcome = a.fileName == QLatin1StringView(LessonModel::kWelcomeFile);
    const bool bWelcome = b.fileName == QLatin1StringView(LessonModel::kWelcomeFile);
    if (aWelcome != bWelcome)
        return aWelcome;
    const bool aNumbered = a.number >= 0;
    const bool bNumbered = b.number >= 0;
    if (aNumbered != bNumbered)
        return aNumbered;
    if (a.number != b.number)
        return a.number < b.number;
    return a.fileName < b.fileName;
}

} // namespace

LessonModel::LessonModel(QObject *parent, const QString &directory, const QString &language)
    : QAbstractTableModel(parent), m_language(language.isEmpty() ? uiLanguage() : language)
{
    const QDir dir(directory);
    const QStringList names = dir.entryList({u"*.cors.json"_s}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QString path = dir.filePath(name);
        const ScenarioLoad load = loadScenarioFile(path);
        if (!load.scenario)
            continue;
        Lesson lesson;
        lesson.path = path;
        lesson.fileName = name;
        lesson.number = lessonNumber(name);
        lesson.englishTitle = load.scenario->title.isEmpty() ? QString(name).remove(u".cors.json"_s)
                                                            : load.scenario->title;
        lesson.tags = scenarioTags(*load.scenario);
        lesson.scenario = *load.scenario;
        lesson.differsInFirefox = !firefoxOutcomeDifferences(lesson.scenario).isEmpty();
        m_lessons.append(lesson);
    }
    std::stable_sort(m_lessons.begin(), m_lessons.end(), lessonOrder);
    localizeTexts();
}

void LessonModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    localizeTexts();
    if (!m_lessons.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void LessonModel::localizeTexts()
{
    for (Lesson &lesson : m_lessons) {
        lesson.title = localizedText(lesson.scenario, ScenarioText::Title, m_language);
        if (lesson.title.isEmpty())
            lesson.title = lesson.englishTitle;
        lesson.notes = localizedText(lesson.scenario, ScenarioText::Notes, m_language);
    }
}

int LessonModel::rowOfPath(const QString &path) const
{
    if (path.isEmpty())
        return -1;
    for (qsizetype row = 0; row < m_lessons.size(); ++row) {
        if (m_lessons.at(row).path == path)
            return int(row);
    }
    return -1;
}

int LessonModel::rowOfScenario(const Scenario &scenario) const
{
    for (qsizetype row = 0; row < m_lessons.size(); ++row) {
        if (m_lessons.at(row).scenario == scenario)
            return int(row);
    }
    return -1;
}

void LessonModel::setCurrentPath(const QString &path)
{
    const int row = rowOfPath(path);
    if (row == m_currentRow)
        return;
    const int before = m_currentRow;
    m_currentRow = row;
    const QList<int> roles = {Qt::FontRole, Qt::BackgroundRole, CurrentRole, Qt::AccessibleDescriptionRole};
    for (int changed : {before, row}) {
        if (changed >= 0)
            emit dataChanged(index(changed, 0), index(changed, ColumnCount - 1), roles);
    }
}

QString LessonModel::currentPath() const
{
    return m_currentRow >= 0 ? m_lessons.at(m_currentRow).path : QString();
}

QStringList LessonModel::tags() const
{
    QStringList used;
    for (const Lesson &lesson : m_lessons) {
        for (const QString &tag : lesson.tags) {
            if (!used.contains(tag))
                used.append(tag);
        }
    }
    QStringList ordered;
    for (const QString &tag : knownTags()) {
        if (used.contains(tag))
            ordered.append(tag);
    }
    QStringList unknown;
    for (const QString &tag : used) {
        if (!knownTags().contains(tag))
            unknown.append(tag);
    }
    unknown.sort();
    return ordered + unknown;
}

int LessonModel::lessonCount(const QString &tag) const
{
    return int(std::count_if(m_lessons.begin(), m_lessons.end(),
                             [&tag](const Lesson &lesson) { return lesson.tags.contains(tag); }));
}

QString LessonModel::tagLabel(const QString &tag)
{
    if (tag == "sop"_L1)
        return tr("Same-origin policy");
    if (tag == "write"_L1)
        return tr("Writes (forms, links)");
    if (tag == "embed"_L1)
        return tr("Embedding (img, script, iframe)");
    if (tag == "read"_L1)
        return tr("Reads (fetch, XHR)");
    if (tag == "simple"_L1)
        return tr("Simple requests");
    if (tag == "preflight"_L1)
        return tr("Preflights");
    if (tag == "credentials"_L1)
        return tr("Credentials (cookies)");
    if (tag == "redirect"_L1)
        return tr("Redirects");
    if (tag == "opaque"_L1)
        return tr("Opaque origins and responses");
    if (tag == "no-cors"_L1)
        return tr("no-cors requests");
    if (tag == "error"_L1)
        return tr("CORS errors");
    if (tag == "cookies"_L1)
        return tr("Cookies and SameSite");
    if (tag == "corp"_L1)
        return tr("Resource policy (CORP, COEP)");
    if (tag == "framing"_L1)
        return tr("Framing and clickjacking");
    if (tag == "fetch-metadata"_L1)
        return tr("Fetch Metadata (Sec-Fetch-*)");
    if (tag == "referer"_L1)
        return tr("Referer and referrer policy");
    if (tag == "browsers"_L1)
        return tr("Chromium and Firefox");
    return tag;
}

QString LessonModel::numberText(const Lesson &lesson)
{
    return lesson.number >= 0 ? u"%1"_s.arg(lesson.number, 2, 10, QChar(u'0')) : u"—"_s;
}

int LessonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lessons.size());
}

int LessonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LessonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Lesson &lesson = m_lessons.at(index.row());
    const bool current = index.row() == m_currentRow;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn: return numberText(lesson);
        case TitleColumn: return lesson.title;
        case FirefoxColumn: return lesson.differsInFirefox ? tr("≠") : QString();   // narrow: the dock's titles keep their width
        }
        return {};
    case Qt::ToolTipRole: {
        if (index.column() == FirefoxColumn)
            return lesson.differsInFirefox ? tr("Firefox decides this lesson otherwise than Chromium: View › Compare Browsers shows how, and why.")
                                           : QString();
        QStringList tagNames;
        for (const QString &tag : lesson.tags)
            tagNames.append(tagLabel(tag));
        QString tip = u"<p><b>%1</b></p><p>%2</p>"_s.arg(lesson.title.toHtmlEscaped(), lesson.notes.toHtmlEscaped());
        if (!tagNames.isEmpty())
            tip += u"<p><i>%1</i></p>"_s.arg(tr("Topics: %1").arg(tagNames.join(u", "_s)).toHtmlEscaped());
        return tip;
    }
    case Qt::AccessibleDescriptionRole:
        if (index.column() == FirefoxColumn)
            return lesson.differsInFirefox ? tr("differs in Firefox") : QString();
        return current ? tr("open now") : QString();
    case Qt::TextAlignmentRole:
        return index.column() == NumberColumn ? QVariant(Qt::AlignRight | Qt::AlignTop)
                                              : QVariant(Qt::AlignLeft | Qt::AlignTop);
    case Qt::FontRole:
        if (current) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        if (current) {
            QColor tint = QGuiApplication::palette().color(QPalette::Highlight);
            tint.setAlpha(48);
            return tint;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == FirefoxColumn)
            return ui::kWarnColor;
        if (index.column() == NumberColumn && !current)
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        return {};
    case PathRole:
        return lesson.path;
    case NumberRole:
        return lesson.number;
    case TagsRole:
        return lesson.tags;
    case NotesRole:
        return lesson.notes;
    case EnglishTitleRole:
        return lesson.englishTitle;
    case CurrentRole:
        return current;
    case DiffersInFirefoxRole:
        return lesson.differsInFirefox;
    case SearchTextRole: {
        QStringList parts = {numberText(lesson), QString::number(lesson.number), lesson.title, lesson.englishTitle,
                             lesson.notes, lesson.fileName};
        parts += lesson.tags;
        for (const QString &tag : lesson.tags)
            parts.append(tagLabel(tag));
        return parts.join(u'\n').toLower();
    }
    default:
        return {};
    }
}

QVariant LessonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    switch (section) {
    case NumberColumn: return tr("#");
    case TitleColumn: return tr("Lesson");
    case FirefoxColumn: return tr("Firefox");
    }
    return {};
}

Qt::ItemFlags LessonModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

LessonFilterModel::LessonFilterModel(QObject *parent) : QSortFilterProxyModel(parent) {}

void LessonFilterModel::setTag(const QString &tag)
{
    if (tag == m_tag)
        return;
    m_tag = tag;
    invalidateFilter();
}

void LessonFilterModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    m_words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

bool LessonFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_tag.isEmpty() && !index.data(LessonModel::TagsRole).toStringList().contains(m_tag))
        return false;
    if (m_words.isEmpty())
        return true;
    // A number alone is a lesson number ("7", "07"), not any 7 in the notes.
    bool isNumber = false;
    const int number = m_words.size() == 1 ? m_words.first().toInt(&isNumber) : -1;
    if (isNumber)
        return index.data(LessonModel::NumberRole).toInt() == number;
    const QString text = index.data(LessonModel::SearchTextRole).toString();
    return std::all_of(m_words.begin(), m_words.end(), [&text](const QString &word) { return text.contains(word); });
}

} // namespace corslab

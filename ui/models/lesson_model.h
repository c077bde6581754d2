#pragma once
// The lessons library (resources/lessons, compiled in at :/lessons/) as a table: number and title
// in the UI language (ui/localized_text.h), the welcome lesson (default.cors.json) first, then the
// numbered lessons in teaching order. The lesson open in the main window is the current one
// (bold, tinted). LessonFilterModel narrows the list by tag and by search words.
#include "core/scenario.h"
#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace corslab {

struct Lesson {
    QString path;            // ":/lessons/27-preflight-json-header-not-allowed.cors.json"
    QString fileName;        // "27-preflight-json-header-not-allowed.cors.json"
    int number = -1;         // 27; -1 for the welcome lesson and files without a number
    QString title;           // in the model's language
    QString englishTitle;
    QString notes;           // in the model's language
    QStringList tags;
    Scenario scenario;
    bool differsInFirefox = false;   // Firefox's outcome is not Chromium's (core/evaluation's compareEngines)
};

class LessonModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // FirefoxColumn: "≠" where the lesson's outcome differs in Firefox (the tooltip says so in words).
    enum Column { NumberColumn, TitleColumn, FirefoxColumn, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1,   // QString: the lesson's file (":/lessons/…")
        NumberRole,                    // int: the lesson's number, -1 for the welcome lesson
        TagsRole,                      // QStringList: the lesson's tags
        NotesRole,                     // QString: the notes in the model's language
        EnglishTitleRole,              // QString
        CurrentRole,                   // bool: the lesson open in the main window
        SearchTextRole,                // QString: what the search box matches (lower case)
        DiffersInFirefoxRole,          // bool: Lesson::differsInFirefox
    };

    static constexpr auto kLessonsDirectory = ":/lessons";
    static constexpr auto kWelcomeFile = "default.cors.json";

    // Loads every *.cors.json in `directory`; titles and notes in `language` where the lesson has
    // them (empty: the UI language). Files that do not load are left out (tst_lessons checks them).
    explicit LessonModel(QObject *parent = nullptr, const QString &directory = QString::fromLatin1(kLessonsDirectory),
                         const QString &language = {});

    const QList<Lesson> &lessons() const { return m_lessons; }
    QString language() const { return m_language; }
    // Shows titles and notes in `language` (dataChanged on every row, the rows and order unchanged).
    void setLanguage(const QString &language);
    int rowOfPath(const QString &path) const;
    // The lesson whose content is `scenario` (a lesson opened from resources/lessons on disk), or -1.
    int rowOfScenario(const Scenario &scenario) const;

    // The lesson shown as current; an empty or unknown path: none.
    void setCurrentPath(const QString &path);
    QString currentPath() const;

    // Every tag the lessons use, in the order docs/lessons.md lists them (unknown ones last).
    QStringList tags() const;
    // How many lessons carry `tag`.
    int lessonCount(const QString &tag) const;
    // A tag as the tag filter shows it ("preflight" → "Preflights"), translated.
    static QString tagLabel(const QString &tag);
    // "27", or "—" for the welcome lesson.
    static QString numberText(const Lesson &lesson);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void localizeTexts();

    QList<Lesson> m_lessons;
    QString m_language;
    int m_currentRow = -1;
};

// Lessons with a tag (empty: all) whose number, titles, notes or tag names contain every word of
// the search text (case-insensitive); a number alone finds the lesson with that number.
class LessonFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit LessonFilterModel(QObject *parent = nullptr);

    void setTag(const QString &tag);
    QString tag() const { return m_tag; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_tag;
    QString m_search;
    QStringList m_words;
};

} // namespace corslab

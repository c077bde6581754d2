#pragma once
// The scenario's files: reading and writing them (QSaveFile), Open and Save As with their dialogs,
// the unsaved-changes prompt, the recent-files list (QSettings) and the autosave a session that
// did not end cleanly is recovered from. Dialogs open over `window`; the window opens what is asked
// for (openRequested) so lessons and the title stay its business.
#include "core/scenario.h"
#include <QObject>
#include <QStringList>
#include <optional>

class QMenu;
class QTimer;
class QWidget;

namespace corslab {

class ScenarioDocument;

class DocumentFiles : public QObject {
    Q_OBJECT
public:
    DocumentFiles(ScenarioDocument *document, QWidget *window);

    // The scenario in `path`; nullopt with the problems (one a line) in `error` when it is not valid.
    static std::optional<Scenario> read(const QString &path, QString *error);
    // Writes the scenario to `path`: the document's file from now on, saved, first of the recent files.
    bool write(const QString &path, QString *error = nullptr);
    // File › Save (Save As for an untitled document); false when not saved.
    bool save();
    bool saveAsDialog();
    // The prompt before the document is replaced: true to go on (saved or discarded).
    bool maybeSave();
    // File › Open: the prompt, the dialog, then openRequested().
    void openDialog();

    static QStringList recentFiles();
    static void addRecentFile(const QString &path);
    // File › Open Recent, filled as it opens.
    void fillRecentMenu(QMenu *menu);

    static QString autosavePath();
    // Offers to recover the autosaved scenario when the last session did not end cleanly, then
    // marks this one as running and autosaves every few seconds while it is modified.
    void beginSession();
    // A clean end: the autosave goes.
    void endSession();

signals:
    // Open this file (the unsaved-changes prompt has been answered).
    void openRequested(const QString &path);
    void saved(const QString &path);
    // The document now holds the autosaved scenario of a session that did not end cleanly.
    void recovered();

private:
    void autosave();

    ScenarioDocument *m_document = nullptr;
    QWidget *m_window = nullptr;
    QTimer *m_autosaveTimer = nullptr;
    quint64 m_autosavedRevision = 0;
    bool m_sessionRunning = false;
};

} // namespace corslab

#pragma once
// The scenario's files: reading and writing them (QSaveFile), Open and Save As with their dialogs,
// the unsaved-changes prompt, the recent-files list (QSettings) and the autosave a session that
// did not end cleanly is recovered from, and the watch on the file that notices another program
// changing it (FileChangedBar). Dialogs open over `window`; the window opens what is asked for
// (openRequested) so lessons and the title stay its business.
#include "core/scenario.h"
#include <QByteArray>
#include <QObject>
#include <QStringList>
#include <optional>

class QFileSystemWatcher;
class QMenu;
class QTimer;
class QWidget;

namespace corslab {

class FileChangedBar;
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
    // How often a modified document is autosaved: 5 s, or CORSLAB_AUTOSAVE_MS (read once; tests).
    static int autosaveIntervalMs();
    // Offers to recover the autosaved scenario when the last session did not end cleanly, then
    // marks this one as running and autosaves every few seconds while it is modified.
    void beginSession();
    // A clean end: the autosave goes.
    void endSession();

    // The bar that reports a change on disk; the window places it above its panes.
    FileChangedBar *changedBar() const { return m_changedBar; }
    // Reads the document's file again as one undoable edit, then the document is saved.
    void reloadFromDisk();

signals:
    // Open this file (the unsaved-changes prompt has been answered).
    void openRequested(const QString &path);
    void saved(const QString &path);
    // The document now holds the autosaved scenario of a session that did not end cleanly.
    void recovered();
    // Another program changed (or deleted) the document's file; our own saves do not count.
    void fileChangedOnDisk(const QString &path, bool deleted);

private:
    void autosave();
    // Watches the document's file, remembering what it holds now.
    void watchFile();
    // After the watcher fired: is the file on disk still the one we read or wrote?
    void checkDisk();

    ScenarioDocument *m_document = nullptr;
    QWidget *m_window = nullptr;
    QTimer *m_autosaveTimer = nullptr;
    quint64 m_autosavedRevision = 0;
    bool m_sessionRunning = false;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_diskCheck = nullptr;     // a writer's truncate and write notify twice: look once
    QByteArray m_diskHash;             // of the file as we last read, wrote or reported it
    FileChangedBar *m_changedBar = nullptr;
};

} // namespace corslab

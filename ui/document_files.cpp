#include "ui/document_files.h"

#include "ui/commands/scenario_document.h"
#include "ui/widgets/file_changed_bar.h"

#include <QAction>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace corslab {

namespace {

constexpr int kMaxRecentFiles = 10;
constexpr int kAutosaveIntervalMs = 5000;
constexpr int kDiskCheckDelayMs = 100;

bool writeScenario(const QString &path, const Scenario &scenario, QString *error)
{
    QSaveFile file(path);
    const QByteArray bytes = serializeScenario(scenario);
    // A short write (the file size limit, a full disk) is no error to QIODevice: write the rest, whose
    // failure says why, and commit only the whole file (else the temporary file goes, the old one stays).
    qint64 written = 0;
    if (file.open(QIODevice::WriteOnly)) {
        for (qint64 chunk = 0; written < bytes.size(); written += chunk) {
            chunk = file.write(bytes.constData() + written, bytes.size() - written);
            if (chunk <= 0)
                break;
        }
    }
    if (written == bytes.size() && file.commit())
        return true;
    if (error)
        *error = file.errorString();
    return false;
}

// Empty when the file cannot be read (deleted).
QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

} // namespace

DocumentFiles::DocumentFiles(ScenarioDocument *document, QWidget *window)
    : QObject(window), m_document(document), m_window(window), m_autosaveTimer(new QTimer(this)),
      m_watcher(new QFileSystemWatcher(this)), m_diskCheck(new QTimer(this)), m_changedBar(new FileChangedBar(window))
{
    m_autosaveTimer->setInterval(autosaveIntervalMs());
    connect(m_autosaveTimer, &QTimer::timeout, this, &DocumentFiles::autosave);
    m_diskCheck->setSingleShot(true);
    m_diskCheck->setInterval(kDiskCheckDelayMs);
    connect(m_diskCheck, &QTimer::timeout, this, &DocumentFiles::checkDisk);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_diskCheck, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_diskCheck, qOverload<>(&QTimer::start));
    connect(m_document, &ScenarioDocument::filePathChanged, this, &DocumentFiles::watchFile);
    connect(m_document, &ScenarioDocument::replaced, this, &DocumentFiles::watchFile);
    connect(m_changedBar, &FileChangedBar::reloadRequested, this, &DocumentFiles::reloadFromDisk);
    // The window's version is kept, and the file no longer holds it: closing asks, Save writes it.
    connect(m_changedBar, &FileChangedBar::keepRequested, m_document, &ScenarioDocument::markModified);
}

int DocumentFiles::autosaveIntervalMs()
{
    static const int interval = [] {
        bool ok = false;
        const int fromEnvironment = qEnvironmentVariableIntValue("CORSLAB_AUTOSAVE_MS", &ok);
        return ok && fromEnvironment > 0 ? fromEnvironment : kAutosaveIntervalMs;
    }();
    return interval;
}

std::optional<Scenario> DocumentFiles::read(const QString &path, QString *error)
{
    const ScenarioLoad load = loadScenarioFile(path);
    if (!load.scenario && error) {
        QStringList problems;
        for (const ScenarioError &problem : load.errors)
            problems << problem.toString();
        *error = problems.join(u'\n');
    }
    return load.scenario;
}

bool DocumentFiles::write(const QString &path, QString *error)
{
    if (!writeScenario(path, m_document->scenario(), error))
        return false;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_document->setFilePath(absolute);
    m_document->markSaved();
    watchFile();   // the same path: no filePathChanged, but new bytes on disk
    addRecentFile(absolute);
    emit saved(path);
    return true;
}

bool DocumentFiles::save()
{
    if (m_document->filePath().isEmpty())
        return saveAsDialog();
    QString error;
    if (write(m_document->filePath(), &error))
        return true;
    QMessageBox::warning(m_window, tr("Cannot save"), tr("Cannot write %1: %2").arg(m_document->filePath(), error));
    return false;
}

bool DocumentFiles::saveAsDialog()
{
    QString suggestion = m_document->filePath();
    if (suggestion.isEmpty())
        suggestion = QDir::home().filePath(u"scenario.cors.json"_s);
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save Scenario"), suggestion,
                                                tr("corslab scenarios (*.cors.json)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(u".json"_s, Qt::CaseInsensitive))
        path += u".cors.json"_s;
    QString error;
    if (write(path, &error))
        return true;
    QMessageBox::warning(m_window, tr("Cannot save"), tr("Cannot write %1: %2").arg(path, error));
    return false;
}

bool DocumentFiles::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const QString name =
        m_document->filePath().isEmpty() ? tr("the untitled scenario") : QFileInfo(m_document->filePath()).fileName();
    const auto answer = QMessageBox::warning(m_window, tr("Unsaved changes"), tr("Save the changes to %1?").arg(name),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                             QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void DocumentFiles::openDialog()
{
    if (!maybeSave())
        return;
    const QString dir = m_document->filePath().isEmpty() ? QString() : QFileInfo(m_document->filePath()).path();
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Scenario"), dir,
                                                      tr("corslab scenarios (*.cors.json);;JSON files (*.json)"));
    if (!path.isEmpty())
        emit openRequested(path);
}

QStringList DocumentFiles::recentFiles()
{
    return QSettings().value("recentFiles"_L1).toStringList();
}

void DocumentFiles::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    QSettings().setValue("recentFiles"_L1, files);
}

void DocumentFiles::fillRecentMenu(QMenu *menu)
{
    menu->clear();
    const QStringList files = recentFiles();
    int number = 1;
    for (const QString &path : files) {
        QAction *action = menu->addAction(u"&%1  %2"_s.arg(number++ % 10).arg(QDir::toNativeSeparators(path)));
        action->setEnabled(QFileInfo::exists(path));
        connect(action, &QAction::triggered, this, [this, path] {
            if (maybeSave())
                emit openRequested(path);
        });
    }
    if (files.isEmpty())
        menu->addAction(tr("(no recent files)"))->setEnabled(false);
    menu->addSeparator();
    menu->addAction(tr("&Clear List"), this, [] { QSettings().remove("recentFiles"_L1); })->setEnabled(!files.isEmpty());
}

QString DocumentFiles::autosavePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/autosave.cors.json"_s;
}

void DocumentFiles::beginSession()
{
    QSettings settings;
    const bool crashed = settings.value("session/running"_L1, false).toBool();
    const QString autosaved = autosavePath();
    if (crashed && QFileInfo::exists(autosaved)) {
        const QString source = settings.value("session/autosaveSource"_L1).toString();
        const QDateTime when = QFileInfo(autosaved).lastModified();
        const auto answer = QMessageBox::question(
            m_window, tr("Recover unsaved scenario?"),
            tr("corslab did not close normally last time. Recover the scenario you were editing "
               "(%1, autosaved %2)?")
                .arg(source.isEmpty() ? tr("untitled") : QFileInfo(source).fileName(),
                     QLocale().toString(when, QLocale::ShortFormat)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer == QMessageBox::Yes) {
            QString error;
            if (const std::optional<Scenario> scenario = read(autosaved, &error)) {
                m_document->reset(*scenario, source, /*modified=*/true);
                emit recovered();
            } else {
                QMessageBox::warning(m_window, tr("Cannot recover"),
                                     tr("The autosaved scenario cannot be read; it stays at %1.\n\n%2")
                                         .arg(QDir::toNativeSeparators(autosaved), error));
            }
        } else {
            QFile::remove(autosaved);
        }
    }
    settings.setValue("session/running"_L1, true);
    m_sessionRunning = true;
    m_autosavedRevision = m_document->isModified() ? 0 : m_document->revision();
    m_autosaveTimer->start();
}

void DocumentFiles::autosave()
{
    if (!m_sessionRunning || m_document->revision() == m_autosavedRevision)
        return;
    m_autosavedRevision = m_document->revision();
    const QString path = autosavePath();
    if (!m_document->isModified()) {
        QFile::remove(path);
        return;
    }
    QDir().mkpath(QFileInfo(path).path());
    if (writeScenario(path, m_document->scenario(), nullptr))
        QSettings().setValue("session/autosaveSource"_L1, m_document->filePath());
}

void DocumentFiles::endSession()
{
    if (!m_sessionRunning)
        return;
    m_sessionRunning = false;
    m_autosaveTimer->stop();
    QFile::remove(autosavePath());
    QSettings settings;
    settings.setValue("session/running"_L1, false);
    settings.remove("session/autosaveSource"_L1);
}

// The file and its folder: Qt stops watching a file that is deleted or renamed over, and the folder
// notices it coming back (an editor that deletes, then writes; git checkout).
void DocumentFiles::watchFile()
{
    const QStringList watched = m_watcher->files() + m_watcher->directories();
    if (!watched.isEmpty())
        m_watcher->removePaths(watched);
    m_diskCheck->stop();
    m_changedBar->hide();
    const QString path = m_document->filePath();
    m_diskHash = path.isEmpty() ? QByteArray() : fileHash(path);
    if (m_diskHash.isEmpty())
        return;
    m_watcher->addPath(path);
    m_watcher->addPath(QFileInfo(path).absolutePath());
}

void DocumentFiles::checkDisk()
{
    const QString path = m_document->filePath();
    if (path.isEmpty())
        return;
    const QByteArray hash = fileHash(path);
    // A file replaced by a rename (QSaveFile, most editors) or deleted is no longer watched.
    if (!hash.isEmpty() && !m_watcher->files().contains(path))
        m_watcher->addPath(path);
    if (hash == m_diskHash)
        return;   // our own save, a touch, or a deletion already reported
    m_diskHash = hash;
    const bool deleted = hash.isEmpty();
    m_changedBar->showChange(path, deleted);
    emit fileChangedOnDisk(path, deleted);
}

void DocumentFiles::reloadFromDisk()
{
    const QString path = m_document->filePath();
    QString error;
    const std::optional<Scenario> scenario = read(path, &error);
    if (!scenario) {
        QMessageBox::warning(m_window, tr("Cannot reload"),
                             tr("%1 is not a valid scenario file now; the scenario in the window is kept.\n\n%2")
                                 .arg(QDir::toNativeSeparators(path), error));
        return;
    }
    m_document->edit(*scenario, tr("Reload from disk"));
    m_document->markSaved();
    watchFile();
}

} // namespace corslab

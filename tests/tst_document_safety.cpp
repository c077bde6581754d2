// Nothing lost, offscreen: the app killed (SIGKILL) in the middle of an edit is recovered from its
// autosave by the next session; a save that fails while writing leaves the old file as it was and
// the document modified; another program changing or deleting the open file is noticed (and our
// own saves are not), with Reload from Disk and Keep Mine.
//
// The killed app is this test's own binary run with `--child-edit FILE`: it opens FILE, edits,
// prints "autosaved" once the autosave holds the edit, and waits to be killed. Parent and child
// share XDG_CONFIG_HOME and XDG_DATA_HOME under one temporary folder (set in main()).
#include "blocked_read.h"
#include "ui/commands/scenario_document.h"
#include "ui/document_files.h"
#include "ui/main_window.h"
#include "ui/widgets/file_changed_bar.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <csignal>
#include <cstdio>
#include <sys/resource.h>

using namespace corslab;
using namespace Qt::StringLiterals;

namespace {

const QString kEditedTitle = u"edited just before the crash"_s;

using corslab::test::blockedRead;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// The message box that opens next: its text is kept, then `button` is clicked (or it is closed).
void answerNextMessageBox(QObject *context, QMessageBox::StandardButton button, QString *text)
{
    QTimer::singleShot(0, context, [button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        *text = box->text() + u'\n' + box->informativeText();
        if (QAbstractButton *answer = box->button(button))
            answer->click();
        else
            box->close();
    });
}

// The child: the app as a user has it, mid-edit, until the parent kills it.
int childEdit(const QString &path)
{
    MainWindow window;
    window.show();
    QString error;
    if (!window.loadScenario(path, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 3;
    }
    window.beginSession();
    Scenario after = window.scenario();
    after.title = kEditedTitle;
    window.document()->edit(after, u"Title"_s);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &poll, [&poll] {
        if (!readAll(DocumentFiles::autosavePath()).contains(kEditedTitle.toUtf8()))
            return;
        poll.stop();
        std::printf("autosaved\n");
        std::fflush(stdout);
    });
    poll.start(20);
    return QApplication::exec();
}

} // namespace

class TestDocumentSafety : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        QSettings().clear();
        QFile::remove(DocumentFiles::autosavePath());
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"scenario.cors.json"_s);
        QVERIFY(writeFile(m_path, serializeScenario(blockedRead())));
    }

    // The app killed after the autosave caught its edit: the next session asks, and Yes brings back
    // the edited scenario as a modified document of the same file; No throws the autosave away.
    void killedMidEditIsRecovered_data()
    {
        QTest::addColumn<bool>("recover");
        QTest::newRow("recover") << true;
        QTest::newRow("discard") << false;
    }

    void killedMidEditIsRecovered()
    {
        QFETCH(bool, recover);
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"CORSLAB_AUTOSAVE_MS"_s, u"100"_s);
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {u"--child-edit"_s, m_path});
        QVERIFY(child.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT((child.waitForReadyRead(100), child.canReadLine()), 30000);
        QCOMPARE(child.readLine().trimmed(), QByteArray("autosaved"));
        child.kill();   // SIGKILL: no closeEvent, no endSession
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QVERIFY(QFile::exists(DocumentFiles::autosavePath()));

        MainWindow window;
        window.setScenario(Scenario{});
        QString prompt;
        answerNextMessageBox(this, recover ? QMessageBox::Yes : QMessageBox::No, &prompt);
        window.beginSession();
        QVERIFY2(prompt.contains(u"scenario.cors.json"_s), qPrintable(prompt));
        if (recover) {
            QCOMPARE(window.scenario().title, kEditedTitle);
            QCOMPARE(window.scenario().server, blockedRead().server);
            QVERIFY(window.document()->isModified());
            QCOMPARE(window.document()->filePath(), QFileInfo(m_path).absoluteFilePath());
            QVERIFY(window.verdict());
        } else {
            QCOMPARE(window.scenario(), Scenario{});
            QVERIFY(!QFile::exists(DocumentFiles::autosavePath()));
        }
        QCOMPARE(readAll(m_path), serializeScenario(blockedRead()));   // the file itself untouched
        window.document()->markSaved();
        window.close();   // a clean end: no prompt next time
        QVERIFY(!QSettings().value(u"session/running"_s).toBool());
    }

    // A save that fails in the middle of writing (the file size limit, RLIMIT_FSIZE, lower than the
    // new scenario; as root a read-only folder would not stop the write): QSaveFile's temporary file
    // goes, the old file keeps its bytes, the message names the file, the document stays modified.
    void interruptedSaveKeepsOldFile()
    {
        MainWindow window;
        QVERIFY(window.loadScenario(m_path, nullptr));
        const QByteArray before = readAll(m_path);
        Scenario after = window.scenario();
        after.notes = QString(200 * 1024, u'x');
        window.document()->edit(after, u"Notes"_s);

        std::signal(SIGXFSZ, SIG_IGN);   // a write past the limit fails with EFBIG instead of killing us
        rlimit limit{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &limit), 0);
        const rlimit original = limit;
        limit.rlim_cur = 16 * 1024;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &limit), 0);
        QString message;
        answerNextMessageBox(this, QMessageBox::Ok, &message);
        const bool saved = window.files()->save();
        setrlimit(RLIMIT_FSIZE, &original);

        QVERIFY(!saved);
        QCOMPARE(readAll(m_path), before);
        QVERIFY2(message.contains(m_path) && message.contains(u"too large"_s), qPrintable(message));
        QVERIFY(window.document()->isModified());
        QCOMPARE(window.scenario(), after);
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), QStringList{u"scenario.cors.json"_s});

        QVERIFY(window.files()->save());   // without the limit it saves
        QCOMPARE(readAll(m_path), serializeScenario(after));
        QVERIFY(!window.document()->isModified());
    }

    // Another program writes the open file (in place, or a new file renamed over it as editors do):
    // the bar says so; Reload from Disk opens what is on disk as one undoable edit (Undo brings the
    // window's version back), Keep Mine keeps the window's scenario as it was.
    void changedOnDiskIsNoticed_data()
    {
        QTest::addColumn<bool>("modified");
        QTest::addColumn<bool>("byRename");
        QTest::addColumn<bool>("reload");
        QTest::newRow("unmodified, rewritten in place, reload") << false << false << true;
        QTest::newRow("unmodified, replaced by rename, reload") << false << true << true;
        QTest::newRow("unmodified, rewritten in place, keep mine") << false << false << false;
        QTest::newRow("modified, rewritten in place, keep mine") << true << false << false;
        QTest::newRow("modified, replaced by rename, keep mine") << true << true << false;
        QTest::newRow("modified, replaced by rename, reload then undo") << true << true << true;
    }

    void changedOnDiskIsNoticed()
    {
        QFETCH(bool, modified);
        QFETCH(bool, byRename);
        QFETCH(bool, reload);
        MainWindow window;
        window.show();
        QVERIFY(window.loadScenario(m_path, nullptr));
        if (modified) {
            Scenario mine = window.scenario();
            mine.title = u"mine"_s;
            window.document()->edit(mine, u"Title"_s);
        }
        const Scenario windowBefore = window.scenario();
        const int undoBefore = window.undoStack()->count();

        Scenario theirs = blockedRead();
        theirs.title = u"theirs"_s;
        QSignalSpy changed(window.files(), &DocumentFiles::fileChangedOnDisk);
        if (byRename) {
            QSaveFile file(m_path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(serializeScenario(theirs));
            QVERIFY(file.commit());
        } else {
            QVERIFY(writeFile(m_path, serializeScenario(theirs)));
        }
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.last().at(0).toString(), QFileInfo(m_path).absoluteFilePath());
        QCOMPARE(changed.last().at(1).toBool(), false);
        FileChangedBar *bar = window.files()->changedBar();
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->text().contains(u"scenario.cors.json"_s), qPrintable(bar->text()));
        QCOMPARE(window.scenario(), windowBefore);   // nothing changes before the user chooses

        if (reload) {
            bar->reloadButton()->click();
            QCOMPARE(window.scenario(), theirs);
            QVERIFY(!window.document()->isModified());
            window.undoStack()->undo();
            QCOMPARE(window.scenario(), windowBefore);
            QVERIFY(window.document()->isModified());
        } else {
            bar->keepButton()->click();
            QCOMPARE(window.scenario(), windowBefore);
            QCOMPARE(window.undoStack()->count(), undoBefore);
            QVERIFY(window.document()->isModified());   // the file holds theirs: closing asks, Save writes mine
        }
        QVERIFY(!bar->isVisible());
        window.document()->markSaved();
    }

    // Deleted by another program: the bar says so (no reload: there is nothing to read), the
    // scenario stays; Save writes it again.
    void deletedOnDiskIsNoticed()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.loadScenario(m_path, nullptr));
        const Scenario before = window.scenario();
        QSignalSpy changed(window.files(), &DocumentFiles::fileChangedOnDisk);
        QVERIFY(QFile::remove(m_path));
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.last().at(1).toBool(), true);
        FileChangedBar *bar = window.files()->changedBar();
        QVERIFY(bar->isVisible());
        QVERIFY(!bar->reloadButton()->isVisible());
        QVERIFY2(bar->text().contains(u"deleted"_s), qPrintable(bar->text()));
        QCOMPARE(window.scenario(), before);
        QVERIFY(window.files()->save());
        QVERIFY(!bar->isVisible());
        QCOMPARE(readAll(m_path), serializeScenario(before));
    }

    // Deleted, then written again by another program after a while (an editor, git checkout): the
    // folder's watch notices the new file, and the bar offers to reload it.
    void recreatedAfterDeletionIsNoticed()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.loadScenario(m_path, nullptr));
        QSignalSpy changed(window.files(), &DocumentFiles::fileChangedOnDisk);
        QVERIFY(QFile::remove(m_path));
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.last().at(1).toBool(), true);
        QTest::qWait(300);   // past the check's delay: the deletion and the new file are two changes
        Scenario theirs = blockedRead();
        theirs.title = u"theirs, written again"_s;
        QVERIFY(writeFile(m_path, serializeScenario(theirs)));
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.last().at(1).toBool(), false);
        FileChangedBar *bar = window.files()->changedBar();
        QVERIFY(bar->isVisible());
        QVERIFY(bar->reloadButton()->isVisible());
        bar->reloadButton()->click();
        QCOMPARE(window.scenario(), theirs);
        window.document()->markSaved();
    }

    // Our own saves (File › Save to the same file, Save As) are no change by another program.
    void ownSavesAreNotReported()
    {
        MainWindow window;
        QVERIFY(window.loadScenario(m_path, nullptr));
        QSignalSpy changed(window.files(), &DocumentFiles::fileChangedOnDisk);
        for (int i = 0; i < 3; ++i) {
            Scenario after = window.scenario();
            after.title = u"save %1"_s.arg(i);
            window.document()->edit(after, u"Title"_s);
            QVERIFY(window.files()->save());
        }
        const QString other = m_dir.filePath(u"other.cors.json"_s);
        QVERIFY(window.saveScenarioAs(other));
        QVERIFY(window.saveScenarioAs(m_path));
        QVERIFY(!changed.wait(1000));
        QVERIFY(!window.files()->changedBar()->isVisible());
        QFile::remove(other);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

int main(int argc, char *argv[])
{
    // Parent and child share these folders: the child inherits the environment.
    std::optional<QTemporaryDir> home;
    if (!qEnvironmentVariableIsSet("CORSLAB_SAFETY_HOME")) {
        home.emplace();
        qputenv("CORSLAB_SAFETY_HOME", home->path().toLocal8Bit());
    }
    const QByteArray folder = qgetenv("CORSLAB_SAFETY_HOME");
    qputenv("XDG_CONFIG_HOME", folder + "/config");
    qputenv("XDG_DATA_HOME", folder + "/data");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"corslab-test"_s);
    QCoreApplication::setApplicationName(u"tst_document_safety"_s);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() == 3 && arguments.at(1) == "--child-edit"_L1)
        return childEdit(arguments.at(2));
    TestDocumentSafety test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_document_safety.moc"

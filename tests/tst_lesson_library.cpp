// The lessons sidebar offscreen: the lesson model under QAbstractItemModelTester (with its filter),
// at least 50 lessons in teaching order, the tag filter and the search narrow the list, a lesson
// opens from the dock through the unsaved-changes prompt, View › Lessons toggles the dock and the
// window state keeps it, and the scenario header and the list speak the UI language (a Russian
// translator installed the way app/gui_main.cpp installs it).
#include "core/fetch_engine.h"
#include "ui/commands/scenario_document.h"
#include "ui/localized_text.h"
#include "ui/main_window.h"
#include "ui/models/lesson_model.h"
#include "ui/widgets/lesson_library.h"
#include "ui/widgets/verdict_panel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>

using namespace corslab;
using namespace Qt::StringLiterals;

namespace {

const QString kWelcome = u":/lessons/default.cors.json"_s;
const QString kAllowed = u":/lessons/11-read-fetch-allowed.cors.json"_s;
const QString kJsonPreflight = u":/lessons/27-preflight-json-header-not-allowed.cors.json"_s;
const QString kTainted = u":/lessons/32-redirect-tainted-origin.cors.json"_s;

QModelIndex rowOf(LessonLibrary *library, const QString &path)
{
    LessonFilterModel *filter = library->filterModel();
    for (int row = 0; row < filter->rowCount(); ++row) {
        const QModelIndex index = filter->index(row, LessonModel::TitleColumn);
        if (index.data(LessonModel::PathRole).toString() == path)
            return index;
    }
    return {};
}

// Answers the next message box (the unsaved-changes prompt) with `button`.
void answerNextMessageBox(QMessageBox::StandardButton button, bool *answered)
{
    QTimer::singleShot(0, [button, answered] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            answerNextMessageBox(button, answered);   // not up yet
            return;
        }
        *answered = true;
        box->button(button)->click();
    });
}

} // namespace

class TestLessonLibrary : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"corslab-test"_s);
        QCoreApplication::setApplicationName(u"tst_lesson_library"_s);
        QSettings().clear();
    }

    void init()
    {
        QSettings().remove("window"_L1);
        m_window = new MainWindow;
        QVERIFY(m_window->loadScenario(kWelcome, nullptr));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void cleanup()
    {
        m_window->document()->markSaved();   // no unsaved-changes prompt
        delete m_window;
        m_window = nullptr;
    }

    void modelUnderTester()
    {
        LessonModel model(nullptr, u":/lessons"_s, u"en"_s);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.rowCount() >= 50);
        QCOMPARE(model.columnCount(), int(LessonModel::ColumnCount));
        // The welcome lesson first, then by number without gaps.
        QCOMPARE(model.index(0, 0).data(LessonModel::PathRole).toString(), kWelcome);
        QCOMPARE(model.index(0, LessonModel::NumberColumn).data().toString(), u"—"_s);
        for (int row = 1; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row, 0).data(LessonModel::NumberRole).toInt(), row);
            QCOMPARE(model.index(row, LessonModel::NumberColumn).data().toString(), u"%1"_s.arg(row, 2, 10, QChar(u'0')));
            QVERIFY(!model.index(row, LessonModel::TitleColumn).data().toString().isEmpty());
            QVERIFY(!model.index(row, 0).data(LessonModel::TagsRole).toStringList().isEmpty());
        }
        QCOMPARE(model.index(27, LessonModel::TitleColumn).data().toString(),
                 u"HeaderDisallowedByPreflightResponse: Content-Type: application/json"_s);
        // "≠" on the lessons whose outcome Firefox decides otherwise (57: a 407 Firefox reads), not on 27.
        QCOMPARE(model.index(57, LessonModel::FirefoxColumn).data().toString(), u"≠"_s);
        QVERIFY(model.index(57, LessonModel::FirefoxColumn).data(Qt::ToolTipRole).toString().contains(u"Firefox"_s));
        QVERIFY(model.index(57, 0).data(LessonModel::DiffersInFirefoxRole).toBool());
        QCOMPARE(model.index(27, LessonModel::FirefoxColumn).data().toString(), QString());

        // The current lesson: one row, reported with dataChanged.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setCurrentPath(kJsonPreflight);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.currentPath(), kJsonPreflight);
        QVERIFY(model.index(27, 1).data(LessonModel::CurrentRole).toBool());
        QVERIFY(model.index(27, 1).data(Qt::FontRole).value<QFont>().bold());
        model.setCurrentPath(kTainted);
        QCOMPARE(changed.count(), 3);   // the old row and the new one
        QVERIFY(!model.index(27, 1).data(LessonModel::CurrentRole).toBool());
        model.setCurrentPath({});
        QCOMPARE(model.currentPath(), QString());

        // The filter, under the tester as well.
        LessonFilterModel filter;
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        QCOMPARE(filter.rowCount(), model.rowCount());
        filter.setTag(u"preflight"_s);
        QCOMPARE(filter.rowCount(), model.lessonCount(u"preflight"_s));
        QVERIFY(filter.rowCount() > 0 && filter.rowCount() < model.rowCount());
        filter.setSearchText(u"REDIRECT"_s);
        QCOMPARE(filter.rowCount(), 1);   // 25: a preflight redirected
        QCOMPARE(filter.index(0, 0).data(LessonModel::NumberRole).toInt(), 25);
        filter.setTag({});
        filter.setSearchText(u"tainted null"_s);   // every word, any field (here title and notes)
        QVERIFY(filter.rowCount() >= 1);
        filter.setSearchText(u"27"_s);
        QCOMPARE(filter.index(0, 0).data(LessonModel::NumberRole).toInt(), 27);
        filter.setSearchText({});
        QCOMPARE(filter.rowCount(), model.rowCount());
    }

    void russianModel()
    {
        LessonModel model(nullptr, u":/lessons"_s, u"ru"_s);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.index(32, LessonModel::TitleColumn).data().toString(), u"Перенаправления: источник становится null"_s);
        QCOMPARE(model.index(32, 0).data(LessonModel::EnglishTitleRole).toString(), u"Redirects: the origin becomes null"_s);
        // The search finds a lesson by its English title too.
        LessonFilterModel filter;
        filter.setSourceModel(&model);
        filter.setSearchText(u"origin becomes null"_s);
        QCOMPARE(filter.rowCount(), 1);
    }

    void dockListsLessons()
    {
        QDockWidget *dock = m_window->lessonDock();
        QVERIFY(dock->isVisible());
        QCOMPARE(m_window->dockWidgetArea(dock), Qt::LeftDockWidgetArea);
        QVERIFY(!dock->objectName().isEmpty());   // saveState() needs it
        LessonLibrary *library = m_window->lessonLibrary();
        QVERIFY(library->visibleLessonCount() >= 50);
        QCOMPARE(library->view()->model()->rowCount(), library->visibleLessonCount());
        QCOMPARE(m_window->currentLesson(), kWelcome);
        QCOMPARE(library->currentLesson(), kWelcome);
        QCOMPARE(library->view()->currentIndex().data(LessonModel::PathRole).toString(), kWelcome);
        // In English, the English title.
        QVERIFY(m_window->scenarioHeader()->text().contains(u"A page reads JSON from an API on a sibling subdomain"_s));
    }

    void activatingOpensLesson()
    {
        LessonLibrary *library = m_window->lessonLibrary();
        QVERIFY(m_window->verdict()->blocked);
        QCOMPARE(m_window->verdictPanel()->bannerText(), u"Blocked"_s);
        QSignalSpy activated(library, &LessonLibrary::lessonActivated);
        QSignalSpy verdicts(m_window, &MainWindow::verdictChanged);

        // A click opens lesson 11, the fix of the welcome lesson.
        const QModelIndex allowed = rowOf(library, kAllowed);
        QVERIFY(allowed.isValid());
        library->view()->scrollTo(allowed);
        QTest::mouseClick(library->view()->viewport(), Qt::LeftButton, {}, library->view()->visualRect(allowed).center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), kAllowed);
        QVERIFY(verdicts.count() > 0);
        QVERIFY(passes(*m_window->verdict()));
        QCOMPARE(m_window->verdictPanel()->bannerText(), u"Allowed"_s);
        QCOMPARE(m_window->currentLesson(), kAllowed);
        QVERIFY(library->model()->index(library->model()->rowOfPath(kAllowed), 0).data(LessonModel::CurrentRole).toBool());
        QVERIFY(m_window->scenarioHeader()->text().contains(u"Read: fetch() allowed by Access-Control-Allow-Origin"_s));
        QVERIFY(!m_window->document()->isModified());

        // Enter on lesson 27 opens it.
        const QModelIndex json = rowOf(library, kJsonPreflight);
        library->view()->setFocus();
        library->view()->setCurrentIndex(json);
        QTest::keyClick(library->view(), Qt::Key_Return);
        QCOMPARE(m_window->currentLesson(), kJsonPreflight);
        QVERIFY(m_window->verdict()->preflight);
        QVERIFY(m_window->verdict()->blocked);
        QCOMPARE(m_window->verdictPanel()->bannerText(), u"Blocked"_s);
    }

    void unsavedChangesPrompt()
    {
        LessonLibrary *library = m_window->lessonLibrary();
        Scenario edited = m_window->scenario();
        edited.page = u"https://api.example.com/"_s;
        m_window->document()->edit(edited, u"edit"_s);
        QVERIFY(m_window->document()->isModified());

        // Cancel keeps the edited scenario.
        bool answered = false;
        answerNextMessageBox(QMessageBox::Cancel, &answered);
        emit library->lessonActivated(kAllowed);
        QVERIFY(answered);
        QCOMPARE(m_window->scenario(), edited);
        QCOMPARE(m_window->currentLesson(), kWelcome);

        // Discard opens the lesson.
        answered = false;
        answerNextMessageBox(QMessageBox::Discard, &answered);
        emit library->lessonActivated(kAllowed);
        QVERIFY(answered);
        QCOMPARE(m_window->currentLesson(), kAllowed);
        QVERIFY(!m_window->document()->isModified());
        QVERIFY(passes(*m_window->verdict()));
    }

    void tagFilterNarrows()
    {
        LessonLibrary *library = m_window->lessonLibrary();
        const int all = library->visibleLessonCount();
        QComboBox *tags = library->tagFilter();
        QCOMPARE(tags->currentData().toString(), QString());
        QVERIFY(tags->count() >= 11);   // "all" and every tag docs/lessons.md lists
        const int credentials = tags->findData(u"credentials"_s);
        QVERIFY(credentials > 0);
        tags->setCurrentIndex(credentials);
        const int shown = library->visibleLessonCount();
        QVERIFY(shown > 0 && shown < all);
        QCOMPARE(shown, library->model()->lessonCount(u"credentials"_s));
        for (int row = 0; row < library->view()->model()->rowCount(); ++row)
            QVERIFY(library->view()->model()->index(row, 0).data(LessonModel::TagsRole).toStringList().contains(u"credentials"_s));

        // The search narrows further; clearing both shows everything again.
        QTest::keyClicks(library->searchEdit(), u"wildcard"_s);
        QCOMPARE(library->visibleLessonCount(), 1);
        QCOMPARE(library->view()->model()->index(0, 0).data(LessonModel::NumberRole).toInt(), 29);
        library->searchEdit()->clear();
        library->setTag({});
        QCOMPARE(library->visibleLessonCount(), all);
    }

    void viewMenuTogglesDockAndStateIsSaved()
    {
        QAction *toggle = m_window->lessonDock()->toggleViewAction();
        bool inViewMenu = false;
        for (QAction *menu : m_window->menuBar()->actions()) {
            if (menu->menu() && menu->menu()->actions().contains(toggle))
                inViewMenu = menu->text() == u"&View"_s;
        }
        QVERIFY(inViewMenu);
        QVERIFY(toggle->isChecked());
        toggle->trigger();
        QVERIFY(!m_window->lessonDock()->isVisible());
        m_window->close();   // saves the window state

        MainWindow other;
        other.show();
        QVERIFY(QTest::qWaitForWindowExposed(&other));
        QVERIFY(!other.lessonDock()->isVisible());
        other.lessonDock()->toggleViewAction()->trigger();
        QVERIFY(other.lessonDock()->isVisible());
        other.document()->markSaved();
        other.close();
        QSettings().remove("window"_L1);
    }

    void lessonFromDiskIsMarked()
    {
        QVERIFY(m_window->loadScenario(QStringLiteral(CORSLAB_LESSONS) + u"/27-preflight-json-header-not-allowed.cors.json"_s,
                                       nullptr));
        QCOMPARE(m_window->currentLesson(), kJsonPreflight);
        m_window->setScenario(Scenario{});
        QCOMPARE(m_window->currentLesson(), QString());
        QCOMPARE(m_window->lessonLibrary()->currentLesson(), QString());
    }

    // Russian UI: the translator app/gui_main.cpp installs (QTranslator::load(locale, "corslab", "_",
    // ":/i18n")) makes the header, the list and the filter Russian.
    void russianUi()
    {
        QTranslator russian;
        QVERIFY(russian.load(QLocale(u"ru"_s), u"corslab"_s, u"_"_s, u":/i18n"_s));
        QVERIFY(QCoreApplication::installTranslator(&russian));
        QCOMPARE(uiLanguage(), u"ru"_s);
        {
            MainWindow window;
            QVERIFY(window.loadScenario(kTainted, nullptr));
            const QString header = window.scenarioHeader()->text();
            QVERIFY2(header.contains(u"Перенаправления: источник становится null"_s), qPrintable(header));
            QVERIFY2(header.contains(u"браузер отправляет Origin: null"_s), qPrintable(header));
            QVERIFY(!header.contains(u"Redirects: the origin becomes null"_s));
            LessonLibrary *library = window.lessonLibrary();
            QCOMPARE(rowOf(library, kTainted).data().toString(), u"Перенаправления: источник становится null"_s);
            QVERIFY(library->tagFilter()->itemText(0).startsWith(u"Все темы"_s));
            QCOMPARE(window.lessonDock()->windowTitle(), u"Уроки"_s);
            // A scenario without Russian texts keeps its English ones.
            Scenario plain;
            plain.title = u"Only English"_s;
            plain.page = u"https://a.test/"_s;
            plain.request.url = u"https://b.test/"_s;
            window.setScenario(plain);
            QVERIFY(window.scenarioHeader()->text().contains(u"Only English"_s));
            window.document()->markSaved();
        }
        QCoreApplication::removeTranslator(&russian);
        QCOMPARE(uiLanguage(), u"en"_s);
    }

private:
    MainWindow *m_window = nullptr;
};

QTEST_MAIN(TestLessonLibrary)
#include "tst_lesson_library.moc"

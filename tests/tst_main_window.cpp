// The main window offscreen: each kind of edit re-evaluates (verdictChanged) and undoes, files
// round-trip through Save and Open, Apply fix makes the request pass, the Russian translation is
// complete, and `corslab --screenshot` writes a PNG.
#include "core/cors_error.h"
#include "core/explanation.h"
#include "core/fetch_engine.h"
#include "blocked_read.h"
#include "ui/commands/scenario_document.h"
#include "ui/live_controller.h"
#include "ui/interface_language.h"
#include "ui/localized_text.h"
#include "ui/main_window.h"
#include "ui/models/verdict_model.h"
#include "ui/models/routes_model.h"
#include "ui/widgets/headers_table.h"
#include "ui/widgets/page_editor.h"
#include "ui/widgets/projector_view.h"
#include "ui/widgets/verdict_banner.h"
#include "ui/widgets/request_composer.h"
#include "ui/widgets/scenario_details_dialog.h"
#include "ui/widgets/sequence_diagram.h"
#include "ui/widgets/sop_contrast_view.h"
#include "ui/widgets/verdict_banner.h"
#include "ui/widgets/server_editor.h"
#include "ui/widgets/verdict_panel.h"
#include "ui/widgets/har_import_dialog.h"
#include "ui/models/har_requests_model.h"
#include "ui/models/origin_comparison_model.h"
#include "ui/widgets/lesson_library.h"
#include "ui/models/lesson_model.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTimer>
#include <QComboBox>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QXmlStreamReader>

#include <csignal>
#include <sys/types.h>

using namespace corslab;
using namespace Qt::StringLiterals;

namespace {

using corslab::test::blockedRead;

void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"corslab-test"_s);
        QCoreApplication::setApplicationName(u"tst_main_window"_s);
        QSettings().clear();
    }

    void init()
    {
        m_window = new MainWindow;
        // The build tree's helper (the app looks next to its own executable).
        m_window->liveController()->setHelperProgram(QStringLiteral(CORSLAB_LIVE));
        m_window->setScenario(blockedRead());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QVERIFY(m_window->verdict());
        QVERIFY(m_window->verdict()->blocked);
    }

    void cleanup()
    {
        m_window->document()->markSaved();   // no unsaved-changes prompt
        delete m_window;
        m_window = nullptr;
    }

    void noEngineBeforeLiveMode()
    {
        QVERIFY(!m_window->liveController()->hasEngine());
        QVERIFY(!m_window->liveController()->isLive());
    }

    // The real proof that the app does not carry WebEngine: with the window up and a scenario
    // evaluated (init), no Qt WebEngine library is mapped into this process.
    void noWebEngineMapped()
    {
        QVERIFY(m_window->verdict());
        QFile maps(u"/proc/self/maps"_s);
        QVERIFY(maps.open(QIODevice::ReadOnly));
        const QByteArray mapped = maps.readAll();
        QVERIFY(mapped.contains("libQt6Widgets"));   // the file is what we think it is
        QVERIFY2(!mapped.contains("libQt6WebEngine"), "Qt WebEngine is mapped before live mode");
    }

    // The app itself: CORSLAB_STARTUP_TRACE=exit reports its first paint without WebEngine and exits.
    void startupTrace()
    {
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"CORSLAB_STARTUP_TRACE"_s, u"exit"_s);
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(CORSLAB_APP), {QStringLiteral(CORSLAB_TEST_DATA) + u"/golden/cookies-include.cors.json"_s});
        QVERIFY(app.waitForFinished(60000));
        const QString err = QString::fromLocal8Bit(app.readAllStandardError());
        QVERIFY2(app.exitStatus() == QProcess::NormalExit && app.exitCode() == 0, qPrintable(err));
        static const QRegularExpression line(u"corslab: startup: first paint after (\\d+) ms, WebEngine not loaded"_s);
        QVERIFY2(line.match(err).hasMatch(), qPrintable(err));
    }

    // The Browser pane: a cookie typed into the jar reaches the verdict; blocking third-party cookies
    // withholds it; each is one undoable edit.
    void editCookieJar()
    {
        Scenario scenario = blockedRead();
        scenario.page = u"https://shop.example.net/"_s;   // cross-site with the API: its cookies are third-party
        scenario.request.credentials = CredentialsMode::Include;
        m_window->setScenario(scenario);
        auto *jar = m_window->findChild<QTableWidget *>(u"cookieJar"_s);
        QVERIFY(jar);
        QSignalSpy spy(m_window, &MainWindow::verdictChanged);
        const QString api = u"https://api.example.com/"_s;
        jar->setRowCount(1);
        jar->setItem(0, 1, new QTableWidgetItem(u"sid=1; SameSite=None; Secure"_s));
        jar->setItem(0, 0, new QTableWidgetItem(api));
        QVERIFY(spy.count() > 0);
        QCOMPARE(m_window->scenario().cookies.size(), 1);
        QCOMPARE(m_window->scenario().cookies.first().setCookie, "sid=1; SameSite=None; Secure"_ba);
        QCOMPARE(m_window->verdict()->exchanges.first().requestHeaders.get("cookie").value_or(QByteArray()), "sid=1"_ba);
        auto *block = m_window->findChild<QCheckBox *>(u"blockThirdPartyCookies"_s);
        QVERIFY(block);
        block->setChecked(true);
        QCOMPARE(m_window->scenario().browser.thirdPartyCookies, ThirdPartyCookies::Block);
        QCOMPARE(m_window->verdict()->cookiesNotSent.size(), 1);
        QCOMPARE(m_window->verdict()->cookiesNotSent.first().reason, CookieExclusion::ThirdPartyBlocked);
        m_window->undoStack()->undo();
        QVERIFY(!block->isChecked());
        m_window->undoStack()->undo();
        QCOMPARE(m_window->scenario().cookies.size(), 0);
        QCOMPARE(jar->rowCount(), 0);
    }

    void editPageUrl()
    {
        QSignalSpy spy(m_window, &MainWindow::verdictChanged);
        const int commands = m_window->undoStack()->count();
        retype(m_window->pageEditor()->urlEdit(), u"https://api.example.com/page"_s);
        QVERIFY(spy.count() > 0);
        QCOMPARE(m_window->scenario().page, u"https://api.example.com/page"_s);
        QVERIFY(m_window->verdict()->sameOrigin);
        QVERIFY(!m_window->verdict()->blocked);
        QCOMPARE(m_window->pageEditor()->originText(), u"https://api.example.com"_s);
        // The typing is one command.
        QCOMPARE(m_window->undoStack()->count(), commands + 1);
        QVERIFY(m_window->document()->isModified());
        m_window->undoStack()->undo();
        QCOMPARE(m_window->scenario(), blockedRead());
        QCOMPARE(m_window->pageEditor()->urlEdit()->text(), u"https://app.example.com/"_s);
        QVERIFY(m_window->verdict()->blocked);
        QVERIFY(!m_window->document()->isModified());
    }

    void toggleSandboxed()
    {
        QSignalSpy spy(m_window, &MainWindow::verdictChanged);
        m_window->pageEditor()->sandboxedBox()->click();
        QCOMPARE(spy.count(), 1);
        QVERIFY(m_window->scenario().pageSandboxed);
        QCOMPARE(m_window->verdict()->origin, u"null"_s);
        m_window->undoStack()->undo();
        QVERIFY(!m_window->scenario().pageSandboxed);
        QVERIFY(!m_window->pageEditor()->sandboxedBox()->isChecked());
    }

    void editVia()
    {
        QSignalSpy spy(m_window, &MainWindow::verdictChanged);
        m_window->requestComposer()->chooseVia(Via::Img);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(m_window->scenario().request.via, Via::Img);
        QCOMPARE(m_window->verdict()->category, AccessCategory::Embed);
        // Fields img does not take are disabled.
        QVERIFY(!m_window->requestComposer()->methodBox()->isEnabled());
        QVERIFY(!m_window->requestComposer()->modeBox()->isEnabled());
        QVERIFY(m_window->requestComposer()->crossOriginBox()->isEnabled());
        m_window->undoStack()->undo();
        QCOMPARE(m_window->scenario().request.via, Via::Fetch);
        QCOMPARE(m_window->verdict()->category, AccessCategory::Read);
        QVERIFY(m_window->requestComposer()->methodBox()->isEnabled());
    }

    // The triple at a glance: the page's row, then the request's, each part marked against the page's.
    void originTriple()
    {
        OriginComparisonModel *origins = m_window->verdictPanel()->originModel();
        QAbstractItemModelTester tester(origins, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(origins->rowCount(), 2);
        const auto cell = [origins](int row, int column, int role = Qt::DisplayRole) { return origins->index(row, column).data(role); };
        QCOMPARE(cell(0, OriginComparisonModel::HostColumn).toString(), u"app.example.com"_s);
        QCOMPARE(cell(1, OriginComparisonModel::HostColumn).toString(), u"api.example.com"_s);
        QCOMPARE(cell(1, OriginComparisonModel::HostColumn, Qt::UserRole).toBool(), false);
        QCOMPARE(cell(1, OriginComparisonModel::SchemeColumn, Qt::UserRole).toBool(), true);
        QCOMPARE(cell(1, OriginComparisonModel::PortColumn).toString(), u"443"_s);
        QCOMPARE(cell(1, OriginComparisonModel::ResultColumn, Qt::UserRole).toString(), u"same-site"_s);

        QSignalSpy reset(origins, &QAbstractItemModel::modelReset);
        retype(m_window->requestComposer()->urlEdit(), u"https://app.example.com:443/items"_s);
        QVERIFY(reset.count() >= 1);
        QCOMPARE(cell(1, OriginComparisonModel::PortColumn, Qt::UserRole).toBool(), true);
        QCOMPARE(cell(1, OriginComparisonModel::ResultColumn, Qt::UserRole).toString(), u"same-origin"_s);
        retype(m_window->requestComposer()->urlEdit(), u"http://app.example.com/items"_s);
        QCOMPARE(cell(1, OriginComparisonModel::SchemeColumn, Qt::UserRole).toBool(), false);
        QCOMPARE(cell(1, OriginComparisonModel::PortColumn).toString(), u"80"_s);
        QCOMPARE(cell(1, OriginComparisonModel::ResultColumn, Qt::UserRole).toString(), u"cross-site"_s);
        m_window->pageEditor()->sandboxedBox()->click();
        QCOMPARE(cell(1, OriginComparisonModel::ResultColumn, Qt::UserRole).toString(), u"opaque"_s);
    }

    void editRequestUrl()
    {
        QSignalSpy spy(m_window, &MainWindow::verdictChanged);
        retype(m_window->requestComposer()->urlEdit(), u"https://app.example.com/items"_s);
        QVERIFY(spy.count() > 0);
        QVERIFY(m_window->verdict()->sameOrigin);
        m_window->undoStack()->undo();
        QCOMPARE(m_window->scenario().request.url, u"https://api.example.com/items"_s);
        QVERIFY(!m_window->verdict()->sameOrigin);
    }

    void editMethod()
    {
        QSignalSpy spy(m_window, &MainWindow::verdictChanged);
        m_window->requestComposer()->methodBox()->setCurrentText(u"PUT"_s);
        QVERIFY(spy.count() > 0);
        QCOMPARE(m_window->scenario().request.method, QByteArray("PUT"));
        QVERIFY(m_window->verdict()->preflight);
        m_window->undoStack()->undo();
        QCOMPARE(m_window->scenario().request.method, QByteArray("GET"));
        QVERIFY(!m_window->verdict()->preflight);
    }

    void editHeader()
    {
        HeadersTable *headers = m_window->requestComposer()->headersTable();
        QSignalSpy spy(m_window, &MainWindow::verdictChanged);
        headers->addLine();
        QTableWidget *table = headers->table();
        const int row = table->rowCount() - 1;
        table->item(row, 0)->setText(u"X-Custom-Header"_s);
        table->item(row, 1)->setText(u"1"_s);
        QVERIFY(spy.count() > 0);
        QCOMPARE(m_window->scenario().request.headers.get("x-custom-header"), std::optional<QByteArray>("1"));
        QVERIFY(m_window->verdict()->preflight);

        // An invalid name is marked and left out.
        table->item(row, 0)->setText(u"X Custom"_s);
        QVERIFY(!table->item(row, 0)->toolTip().isEmpty());
        QVERIFY(headers->hasInvalidLines());
        QVERIFY(m_window->scenario().request.headers.isEmpty());
        QVERIFY(!m_window->verdict()->preflight);
        table->item(row, 0)->setText(u"X-Custom-Header"_s);
        QVERIFY(table->item(row, 0)->toolTip().isEmpty());

        // Typing in the table is one command.
        m_window->undoStack()->undo();
        QVERIFY(m_window->scenario().request.headers.isEmpty());
        QVERIFY(!m_window->verdict()->preflight);
        QCOMPARE(m_window->scenario(), blockedRead());
    }

    void editRouteStatus()
    {
        RoutesModel *model = m_window->serverEditor()->model();
        QSignalSpy spy(m_window, &MainWindow::verdictChanged);
        QVERIFY(model->setData(model->index(0, RoutesModel::StatusColumn), 404));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(m_window->scenario().server.at(0).status, 404);
        QCOMPARE(m_window->verdict()->exchanges.last().status, 404);
        m_window->undoStack()->undo();
        QCOMPARE(m_window->scenario().server.at(0).status, 200);
        QCOMPARE(m_window->verdict()->exchanges.last().status, 200);
    }

    void editRouteHeaders()
    {
        m_window->serverEditor()->selectRoute(0);
        QTableWidget *table = m_window->serverEditor()->headersTable()->table();
        m_window->serverEditor()->headersTable()->addLine();
        const int row = table->rowCount() - 1;
        table->item(row, 0)->setText(u"Access-Control-Allow-Origin"_s);
        table->item(row, 1)->setText(u"*"_s);
        QVERIFY(!m_window->verdict()->blocked);
        m_window->undoStack()->undo();
        QVERIFY(m_window->verdict()->blocked);
    }

    void addRoutes()
    {
        m_window->requestComposer()->methodBox()->setCurrentText(u"PUT"_s);
        m_window->document()->closeMerging();
        const qsizetype routes = m_window->scenario().server.size();
        m_window->serverEditor()->addRoute(ServerEditor::preflightAnswer(m_window->scenario()), u"preflight"_s);
        QCOMPARE(m_window->scenario().server.size(), routes + 1);
        QCOMPARE(m_window->scenario().server.first().method, QByteArray("OPTIONS"));
        m_window->serverEditor()->addRoute(ServerEditor::redirect(m_window->scenario()), u"redirect"_s);
        QCOMPARE(m_window->scenario().server.last().status, 302);
        m_window->undoStack()->undo();
        m_window->undoStack()->undo();
        QCOMPARE(m_window->scenario().server.size(), routes);
    }

    void applyFix()
    {
        QCOMPARE(m_window->verdictPanel()->bannerText(), u"Blocked"_s);
        QVERIFY(!m_window->verdict()->fixes.isEmpty());
        QSignalSpy spy(m_window, &MainWindow::verdictChanged);
        emit m_window->verdictPanel()->applyFixRequested();
        QCOMPARE(spy.count(), 1);
        QVERIFY(passes(*m_window->verdict()));
        QCOMPARE(verdictSummary(*m_window->verdict()), u"Allowed"_s);
        QCOMPARE(m_window->verdictPanel()->bannerText(), u"Allowed"_s);
        m_window->undoStack()->undo();
        QCOMPARE(m_window->verdictPanel()->bannerText(), u"Blocked"_s);
    }

    // Block this, the reverse of Apply fix: on a passing CORS read the button lists the verified blocks,
    // the chosen one makes the verdict blocked in one undoable step, and undo brings the pass back.
    void blockThis()
    {
        Scenario passing = blockedRead();
        passing.server[0].headers.append("Access-Control-Allow-Origin", "https://app.example.com");
        m_window->setScenario(passing);
        QCOMPARE(m_window->verdictPanel()->bannerText(), u"Allowed"_s);
        auto *button = m_window->verdictPanel()->findChild<QPushButton *>(u"blockThisButton"_s);
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QCOMPARE(button->text(), u"Block this"_s);
        QAction *menuAction = nullptr;
        for (QAction *action : m_window->menuBar()->findChildren<QAction *>()) {
            if (action->text() == u"&Block This…"_s)
                menuAction = action;
        }
        QVERIFY(menuAction);
        QVERIFY(menuAction->isEnabled());

        QTest::mouseClick(button, Qt::LeftButton);
        QListWidget *list = m_window->verdictPanel()->blockList();
        QVERIFY(list->isVisible());
        QCOMPARE(list->count(), 2);   // narrow Access-Control-Allow-Origin, or remove it
        QVERIFY(list->item(1)->text().contains(u"remove Access-Control-Allow-Origin"_s));
        list->setCurrentRow(1);
        QSignalSpy spy(m_window, &MainWindow::verdictChanged);
        const int commands = m_window->undoStack()->count();
        QTest::mouseClick(m_window->verdictPanel()->findChild<QPushButton *>(u"applyBlockButton"_s), Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(m_window->undoStack()->count(), commands + 1);
        QCOMPARE(m_window->undoStack()->undoText(), u"Block this"_s);
        QVERIFY(m_window->verdict()->blocked);
        QCOMPARE(m_window->verdict()->error->error, CorsError::MissingAllowOriginHeader);
        QCOMPARE(m_window->verdictPanel()->bannerText(), u"Blocked"_s);
        QVERIFY(!menuAction->isEnabled());   // already refused: nothing more to block

        m_window->undoStack()->undo();
        QVERIFY(passes(*m_window->verdict()));
        QCOMPARE(m_window->verdictPanel()->bannerText(), u"Allowed"_s);
        QCOMPARE(m_window->scenario(), passing);
        QVERIFY(menuAction->isEnabled());
        menuAction->trigger();   // Edit › Block This shows the same list
        QVERIFY(list->isVisible());
    }

    // SOP against CORS: lesson 11 in its tab, the bare same-origin policy's side blocked and the real
    // headers' side allowed; an edit that removes Access-Control-Allow-Origin flips the real side, and
    // undo flips it back.
    void sopAgainstCors()
    {
        const QString lesson = QStringLiteral(CORSLAB_TEST_DATA) + u"/../../resources/lessons/11-read-fetch-allowed.cors.json"_s;
        QVERIFY(m_window->openScenario(lesson));
        SopContrastView *view = m_window->sopContrastView();
        QVERIFY(view);
        auto *tabs = qobject_cast<QTabWidget *>(view->parentWidget()->parentWidget());
        QVERIFY(tabs);
        QCOMPARE(tabs->tabText(tabs->indexOf(view)), u"SOP against CORS"_s);
        tabs->setCurrentWidget(view);
        QVERIFY(view->isVisible());
        QCOMPARE(view->sopBanner()->title(), u"Blocked"_s);
        QCOMPARE(view->sopBanner()->subtitle(), u"MissingAllowOriginHeader"_s);
        QCOMPARE(view->corsBanner()->title(), u"Allowed"_s);
        QVERIFY2(!view->sopWire().contains(u"\n    Access-Control-Allow-Origin"_s), qPrintable(view->sopWire()));
        QVERIFY2(view->sopWire().contains(u"Taken off: any method https://api.example.com/v1/items: Access-Control-Allow-Origin: https://app.example.com"_s),
                 qPrintable(view->sopWire()));
        QVERIFY2(view->corsWire().contains(u"\n    Access-Control-Allow-Origin: https://app.example.com"_s), qPrintable(view->corsWire()));
        QVERIFY(view->differenceText().startsWith(u"Read: refused by the same-origin policy, allowed by CORS."_s));
        auto *difference = view->findChild<QLabel *>(u"policyDifference"_s);
        QVERIFY(difference && difference->isVisible());
        QVERIFY(difference->text().contains(u"allowed by CORS"_s));

        QSignalSpy changed(m_window->document(), &ScenarioDocument::scenarioChanged);
        Scenario edited = m_window->scenario();
        edited.server[0].headers.remove("Access-Control-Allow-Origin");
        m_window->document()->edit(edited, u"Remove Access-Control-Allow-Origin"_s);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(view->corsBanner()->title(), u"Blocked"_s);
        QCOMPARE(view->sopBanner()->title(), u"Blocked"_s);
        QCOMPARE(view->contrast()->difference, PolicyDifference::ReadRefusedEitherWay);
        QVERIFY(difference->text().contains(u"Read: refused either way."_s));
        QVERIFY(view->sopWire().contains(u"Nothing taken off"_s));

        m_window->undoStack()->undo();
        QCOMPARE(changed.count(), 2);
        QCOMPARE(view->corsBanner()->title(), u"Allowed"_s);
        QCOMPARE(view->contrast()->difference, PolicyDifference::ReadRefusedBySopAllowedByCors);
    }

    // The first minutes of a new user: the app opens on the welcome lesson, blocked; one response
    // header added on the server flips the banner, the diagram and the steps in one re-evaluation;
    // after undo, Apply fix makes it pass.
    void newUserJourney()
    {
        MainWindow window;
        QVERIFY(window.loadScenario(u":/lessons/default.cors.json"_s, nullptr));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.currentLesson(), u":/lessons/default.cors.json"_s);
        QCOMPARE(window.verdictPanel()->bannerText(), u"Blocked"_s);
        QVERIFY(window.sequenceDiagram()->verdict().blocked);
        const VerdictModel *steps = window.verdictPanel()->model();
        const auto failedSteps = [steps] {
            int failed = 0;
            for (int row = 0; row < steps->rowCount(); ++row)
                failed += steps->index(row, 0).data(VerdictModel::PassedRole).toBool() ? 0 : 1;
            return failed;
        };
        QVERIFY(failedSteps() > 0);

        QSignalSpy spy(&window, &MainWindow::verdictChanged);
        window.serverEditor()->selectRoute(0);
        HeadersTable *headers = window.serverEditor()->headersTable();
        headers->addLine();
        QTableWidget *table = headers->table();
        const int row = table->rowCount() - 1;
        table->item(row, 1)->setText(u"https://app.example.com"_s);
        spy.clear();
        table->item(row, 0)->setText(u"Access-Control-Allow-Origin"_s);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(window.verdictPanel()->bannerText(), u"Allowed"_s);
        QVERIFY(!window.sequenceDiagram()->verdict().blocked);
        QVERIFY(window.sequenceDiagram()->verdict().readable);
        QCOMPARE(failedSteps(), 0);

        while (window.verdict()->readable)
            window.undoStack()->undo();
        QCOMPARE(window.verdictPanel()->bannerText(), u"Blocked"_s);
        window.applyFix();
        QCOMPARE(window.verdictPanel()->bannerText(), u"Allowed"_s);
        QCOMPARE(failedSteps(), 0);
        window.document()->markSaved();
    }

    // Routes answer in order, so their order is editable: Move up / Move down (Alt+Up / Alt+Down
    // in the routes table), each one undoable, the moved route staying selected.
    // Edit › Paste Request: a DevTools copy becomes the page and the request in one undo step; text that is
    // not a request changes nothing and says why.
    void pasteRequest()
    {
        const Scenario before = m_window->scenario();
        const QString copied = uR"(curl 'https://api.example.net/v1/orders' \
  -X 'PUT' \
  -H 'accept: */*' \
  -H 'content-type: application/json' \
  -H 'origin: https://shop.example.com' \
  -H 'referer: https://shop.example.com/cart' \
  -H 'sec-fetch-mode: cors' \
  -b 'sid=1' \
  --data-raw '{"qty":2}')"_s;
        QSignalSpy changed(m_window, &MainWindow::verdictChanged);
        QVERIFY(m_window->pasteRequest(copied));
        QCOMPARE(m_window->scenario().page, u"https://shop.example.com/"_s);
        QCOMPARE(m_window->scenario().request.url, u"https://api.example.net/v1/orders"_s);
        QCOMPARE(m_window->scenario().request.method, QByteArray("PUT"));
        QCOMPARE(m_window->scenario().request.credentials, CredentialsMode::Include);
        QVERIFY(!m_window->scenario().request.headers.contains("sec-fetch-mode"));
        QCOMPARE(m_window->scenario().server, before.server);
        QVERIFY(changed.count() >= 1);
        QVERIFY(m_window->verdict()->preflight);
        m_window->undoStack()->undo();
        QCOMPARE(m_window->scenario(), before);

        QTimer::singleShot(0, this, [] {
            if (QWidget *box = QApplication::activeModalWidget())
                box->close();
        });
        QVERIFY(!m_window->pasteRequest(u"hello, not a request"_s));
        QCOMPARE(m_window->scenario(), before);
    }

    // File › Import HAR: the table fills from the file, "Blocked only" and the URL filter narrow it,
    // Return on a row opens its request as the current scenario.
    void importHar()
    {
        HarImportDialog *dialog = m_window->importHar(QStringLiteral(CORSLAB_TEST_DATA "/har/chrome-devtools.har"));
        QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(dialog, &HarImportDialog::importFinished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(dialog->model()->rowCount(), 8);
        QCOMPARE(dialog->model()->blockedCount(), 5);
        QVERIFY2(dialog->summaryLabel()->text().contains(u" from 12 entries; 5 blocked"_s),
                 qPrintable(dialog->summaryLabel()->text()));
        QCOMPARE(dialog->filter()->rowCount(), 8);

        dialog->blockedOnlyBox()->setChecked(true);
        QCOMPARE(dialog->filter()->rowCount(), 5);
        for (int row = 0; row < dialog->filter()->rowCount(); ++row)
            QVERIFY(dialog->filter()->index(row, 0).data(HarRequestsModel::BlockedRole).toBool());
        auto *urlFilter = dialog->findChild<QLineEdit *>(u"harUrlFilter"_s);
        QTest::keyClicks(urlFilter, u"strict"_s);
        QCOMPARE(dialog->filter()->rowCount(), 1);
        const QModelIndex strict = dialog->filter()->index(0, HarRequestsModel::ErrorColumn);
        QCOMPARE(strict.data().toString(), u"HeaderDisallowedByPreflightResponse (x-trace)"_s);

        dialog->view()->setCurrentIndex(strict);
        QSignalSpy changed(m_window, &MainWindow::verdictChanged);
        QTest::keyClick(dialog->view(), Qt::Key_Return);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(m_window->scenario().request.url, u"https://api.example.com/strict"_s);
        QCOMPARE(m_window->scenario().page, u"https://app.example.com/"_s);
        QVERIFY(m_window->verdict()->blocked);
        QCOMPARE(corsErrorName(m_window->verdict()->error->error), "HeaderDisallowedByPreflightResponse"_L1);
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"https://api.example.com/strict"_s));
        dialog->close();
    }

    // A file that is not a HAR names the problem; a partly broken one keeps its good requests and lists
    // the bad entries; Cancel keeps what was read.
    void importBadHar()
    {
        QTemporaryDir dir;
        const auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile file(dir.filePath(name));
            file.open(QIODevice::WriteOnly);
            file.write(bytes);
            return file.fileName();
        };
        const QByteArray entry = R"({"_resourceType":"fetch","pageref":"page_1","request":{"method":"GET","url":"https://api.example.com/a",)"
                                 R"("headers":[{"name":"Origin","value":"https://app.example.com"}]},"response":{"status":200,"headers":[]}})";
        const QByteArray head = R"({"log":{"pages":[{"id":"page_1","title":"https://app.example.com/"}],"entries":[)";

        HarImportDialog *dialog = m_window->importHar(write(u"notes.har"_s, "just some notes"));
        QSignalSpy finished(dialog, &HarImportDialog::importFinished);
        QVERIFY(finished.wait(10000));
        QVERIFY2(dialog->summaryLabel()->text().contains(u"is not a HAR file: not JSON"_s), qPrintable(dialog->summaryLabel()->text()));
        QCOMPARE(dialog->model()->rowCount(), 0);

        dialog = m_window->importHar(write(u"broken.har"_s, head + entry + R"(,{"request":{"method":"GET","url":5},"response":{"status":200}},)" + entry + "]}}"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(dialog->model()->rowCount(), 2);
        QVERIFY(dialog->problemsView()->toPlainText().contains(u"log.entries[1].request.url: must be a string"_s));
        QVERIFY(dialog->findChild<QTabWidget *>()->tabText(1).contains(u'1'));

        QByteArray many = head;
        for (int i = 0; i < 40000; ++i)
            many += (i ? "," : "") + entry;
        dialog = m_window->importHar(write(u"many.har"_s, many + "]}}"));
        QVERIFY(dialog->isReading());
        dialog->findChild<QPushButton *>(u"harCancel"_s)->click();
        QVERIFY(finished.wait(10000));
        QVERIFY(!dialog->isReading());
        QVERIFY2(dialog->summaryLabel()->text().contains(u"cancelled"_s), qPrintable(dialog->summaryLabel()->text()));
        QVERIFY(dialog->model()->rowCount() < 40000);
        dialog->close();
    }

    void moveRoutes()
    {
        ServerEditor *server = m_window->serverEditor();
        server->addRoute(ServerEditor::redirect(m_window->scenario()), u"redirect"_s);
        QCOMPARE(m_window->scenario().server.size(), 2);
        QCOMPARE(server->selectedRoute(), 1);
        QVERIFY(server->moveUpAction()->isEnabled());
        QVERIFY(!server->moveDownAction()->isEnabled());
        // The redirect (302) first: it answers the request now.
        QSignalSpy spy(m_window, &MainWindow::verdictChanged);
        server->view()->setFocus();
        QTest::keyClick(server->view(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(m_window->scenario().server.at(0).status, 302);
        QCOMPARE(server->selectedRoute(), 0);
        QVERIFY(!server->moveUpAction()->isEnabled());
        QCOMPARE(m_window->verdict()->exchanges.first().status, 302);
        server->moveSelectedRoute(+1);
        QCOMPARE(m_window->scenario().server.at(1).status, 302);
        QCOMPARE(server->selectedRoute(), 1);
        m_window->undoStack()->undo();
        QCOMPARE(m_window->scenario().server.at(0).status, 302);
        m_window->undoStack()->undo();
        QCOMPARE(m_window->scenario().server.at(0).status, 200);
        QCOMPARE(m_window->verdict()->exchanges.first().status, 200);
    }

    // Edit › Title and Notes (also the link in the header): English and Russian texts, one undo step.
    void editTitleAndNotes()
    {
        QVERIFY(m_window->scenarioHeader()->text().contains(u"<b>test</b>"_s));
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<ScenarioDetailsDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->titleEdit(u"en"_s)->text(), u"test"_s);
            QVERIFY(dialog->titleEdit(u"ru"_s)->text().isEmpty());   // no translation yet
            dialog->titleEdit(u"en"_s)->setText(u"A blocked read"_s);
            dialog->notesEdit(u"en"_s)->setPlainText(u"No CORS headers at all."_s);
            dialog->titleEdit(u"ru"_s)->setText(u"Заблокированное чтение"_s);
            dialog->accept();
        });
        emit m_window->scenarioHeader()->linkActivated(u"#details"_s);
        const Scenario &edited = m_window->scenario();
        QCOMPARE(edited.title, u"A blocked read"_s);
        QCOMPARE(edited.notes, u"No CORS headers at all."_s);
        QCOMPARE(localizedText(edited, ScenarioText::Title, u"ru"_s), u"Заблокированное чтение"_s);
        QCOMPARE(localizedText(edited, ScenarioText::Notes, u"ru"_s), u"No CORS headers at all."_s);
        QVERIFY(m_window->scenarioHeader()->text().contains(u"A blocked read"_s));
        QVERIFY(m_window->scenarioHeader()->text().contains(u"No CORS headers at all."_s));
        // Saved with the scenario: i18n.ru holds only the title.
        const QJsonObject saved = QJsonDocument::fromJson(serializeScenario(edited)).object();
        QCOMPARE(saved.value("i18n"_L1).toObject().value("ru"_L1).toObject().keys(), QStringList{u"title"_s});
        m_window->undoStack()->undo();
        QCOMPARE(m_window->scenario(), blockedRead());

        // Cancel changes nothing.
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<ScenarioDetailsDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->titleEdit(u"en"_s)->setText(u"discarded"_s);
            dialog->reject();
        });
        m_window->editDetails();
        QCOMPARE(m_window->scenario(), blockedRead());
    }

    // View › Language switches the running window: menus, labels, the verdict's words and the lesson
    // titles change language; the scenario, its undo history and the unsaved state stay.
    void switchLanguageWhileRunning()
    {
        retype(m_window->requestComposer()->urlEdit(), u"https://api.example.com/other"_s);
        m_window->document()->closeMerging();
        const Scenario before = m_window->scenario();
        const int undoSteps = m_window->undoStack()->count();
        QVERIFY(m_window->document()->isModified());

        languageAction(u"Русский"_s)->trigger();
        QTRY_COMPARE(m_window->menuBar()->actions().first()->text(), u"&Файл"_s);
        QCOMPARE(chosenLanguage(), u"ru"_s);
        QCOMPARE(uiLanguage(), u"ru"_s);
        QCOMPARE(m_window->verdictPanel()->bannerText(), u"Заблокировано"_s);
        QCOMPARE(qobject_cast<QGroupBox *>(m_window->requestComposer()->parentWidget())->title(), u"Запрос"_s);
        QCOMPARE(labelFor(m_window->requestComposer()->viaBox())->text(), u"&Способ:"_s);
        QCOMPARE(labelFor(m_window->pageEditor()->urlEdit())->text(), u"&URL страницы:"_s);
        QCOMPARE(m_window->lessonDock()->windowTitle(), u"Уроки"_s);
        QCOMPARE(m_window->verdictPanel()->model()->headerData(VerdictModel::CheckColumn, Qt::Horizontal).toString(),
                 u"Проверка"_s);
        const QString firstStep = m_window->verdictPanel()->model()->index(0, VerdictModel::CheckColumn).data().toString();
        QCOMPARE(firstStep, describeStep(m_window->verdict()->steps.first()).check);
        QVERIFY(!m_window->lessonLibrary()->searchEdit()->placeholderText().contains(u"Search"_s));
        QCOMPARE(m_window->lessonLibrary()->model()->language(), u"ru"_s);
        QCOMPARE(m_window->scenario(), before);
        QCOMPARE(m_window->undoStack()->count(), undoSteps);
        QVERIFY(m_window->document()->isModified());
        QVERIFY(m_window->findChildren<QMenuBar *>().size() <= 2);   // the old one is on its way out

        languageAction(u"English"_s)->trigger();
        QTRY_COMPARE(m_window->menuBar()->actions().first()->text(), u"&File"_s);
        QCOMPARE(m_window->verdictPanel()->bannerText(), u"Blocked"_s);
        QCOMPARE(labelFor(m_window->requestComposer()->viaBox())->text(), u"&Via:"_s);
        QCOMPARE(m_window->lessonLibrary()->model()->language(), u"en"_s);
        m_window->undoStack()->undo();
        QCOMPARE(m_window->scenario(), blockedRead());
        chooseLanguage(QString());
    }

    void saveAndOpen()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        retype(m_window->requestComposer()->urlEdit(), u"https://api.example.com/other"_s);
        Scenario edited = m_window->scenario();
        edited.request.headers.append("X-B", "2");
        edited.request.headers.append("x-a", "1");
        edited.request.headers.append("X-B", "3");
        m_window->document()->edit(edited, u"headers"_s);
        QVERIFY(m_window->document()->isModified());
        const QString path = dir.filePath(u"round.cors.json"_s);
        QString error;
        QVERIFY2(m_window->saveScenarioAs(path, &error), qPrintable(error));
        QVERIFY(!m_window->document()->isModified());
        QCOMPARE(m_window->document()->filePath(), path);
        QVERIFY(MainWindow::recentFiles().contains(path));

        MainWindow other;
        QVERIFY2(other.loadScenario(path, &error), qPrintable(error));
        QCOMPARE(other.scenario(), edited);
        QCOMPARE(other.requestComposer()->headersTable()->table()->rowCount(), 3);
        QVERIFY(!other.document()->isModified());
        other.document()->markSaved();
    }

    void openInvalidFileKeepsScenario()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.cors.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"corslab-scenario/1\", \"page\": \"https://a.test/\", \"request\": "
                   "{\"via\": \"fetch\", \"url\": \"https://b.test/\", \"headers\": [[\"X Y\", \"1\"]]}}");
        file.close();
        retype(m_window->requestComposer()->urlEdit(), u"https://api.example.com/kept"_s);
        const Scenario before = m_window->scenario();
        QString error;
        QVERIFY(!m_window->loadScenario(path, &error));
        QVERIFY2(error.contains(u"bad.cors.json"_s), qPrintable(error));
        QVERIFY2(error.contains(u"request.headers[0][0]"_s), qPrintable(error));
        QVERIFY2(error.contains(u"not a valid header name"_s), qPrintable(error));
        QCOMPARE(m_window->scenario(), before);
        QVERIFY(m_window->document()->isModified());
    }

    void russianTranslationComplete()
    {
        QFile file(QStringLiteral(CORSLAB_TRANSLATIONS) + u"/corslab_ru.ts"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QStringList unfinished;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == "source"_L1) {
                source = xml.readElementText();
            } else if (xml.name() == "translation"_L1) {
                ++messages;
                const bool isUnfinished = xml.attributes().value("type"_L1) == "unfinished"_L1;
                const bool isVanished = xml.attributes().value("type"_L1) == "vanished"_L1
                                        || xml.attributes().value("type"_L1) == "obsolete"_L1;
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (isUnfinished || (!isVanished && text.isEmpty()))
                    unfinished.append(source);
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 100);
        QVERIFY2(unfinished.isEmpty(), qPrintable(u"unfinished: "_s + unfinished.join(u" | "_s)));
    }

    // Live mode starts `corslab-live --serve` on first use, runs the scenario in it and shows its
    // verdict; the helper stays up for the next run, and this process still maps no WebEngine.
    void liveMode()
    {
        const QString helper = QLibraryInfo::path(QLibraryInfo::LibraryExecutablesPath) + u"/QtWebEngineProcess"_s;
        if (!QFileInfo(helper).isExecutable() && !qEnvironmentVariableIsSet("QTWEBENGINEPROCESS_PATH"))
            QSKIP("Qt WebEngine is not installed");
        LiveController *live = m_window->liveController();
        QSignalSpy results(live, &LiveController::resultChanged);
        QString status;
        connect(live, &LiveController::statusChanged, this, [&status](const QString &text) { status = text; });
        live->setLive(true);
        QVERIFY(live->hasEngine());
        QTRY_VERIFY2_WITH_TIMEOUT(live->result().has_value(), qPrintable(status), 60000);
        QVERIFY(live->hasEngine());
        QCOMPARE(live->result()->blocked, m_window->verdict()->blocked);
        QCOMPARE(live->result()->error.has_value(), m_window->verdict()->error.has_value());
        QVERIFY(!live->result()->engine.isEmpty());
        QVERIFY(!live->result()->exchanges.isEmpty());
        QVERIFY(m_window->verdictPanel()->liveVerdict().has_value());

        // An edit in live mode runs again in the same (warm) helper.
        const qint64 pid = live->helperProcessId();
        QVERIFY(pid > 0);
        Scenario fixed = blockedRead();
        fixed.server[0].headers.append("Access-Control-Allow-Origin", "https://app.example.com");
        m_window->setScenario(fixed);
        QTRY_VERIFY_WITH_TIMEOUT(live->result().has_value() && !live->isRunning(), 30000);
        QCOMPARE(live->result()->blocked, false);
        QCOMPARE(live->helperProcessId(), pid);
        live->setLive(false);

        QFile maps(u"/proc/self/maps"_s);
        QVERIFY(maps.open(QIODevice::ReadOnly));
        QVERIFY(!maps.readAll().contains("libQt6WebEngine"));
    }

    // A missing helper is reported in the Live tab; a crashed one too, and the next run restarts it.
    void liveHelperMissingOrCrashed()
    {
        LiveController *live = m_window->liveController();
        QSignalSpy status(live, &LiveController::statusChanged);
        live->setHelperProgram(u"/nonexistent/corslab-live"_s);
        live->runNow();
        QVERIFY(!live->hasEngine());
        QVERIFY(!live->isRunning());
        QVERIFY(!status.isEmpty());
        QVERIFY2(status.last().first().toString().contains(u"missing"_s), qPrintable(status.last().first().toString()));

        const QString helper = QLibraryInfo::path(QLibraryInfo::LibraryExecutablesPath) + u"/QtWebEngineProcess"_s;
        if (!QFileInfo(helper).isExecutable() && !qEnvironmentVariableIsSet("QTWEBENGINEPROCESS_PATH"))
            QSKIP("Qt WebEngine is not installed");
        live->setHelperProgram(QStringLiteral(CORSLAB_LIVE));
        live->runNow();
        QTRY_VERIFY_WITH_TIMEOUT(live->result().has_value(), 60000);
        const qint64 pid = live->helperProcessId();
        QVERIFY(pid > 0);
        ::kill(pid_t(pid), SIGKILL);
        QTRY_VERIFY_WITH_TIMEOUT(!live->hasEngine(), 10000);
        QVERIFY2(status.last().first().toString().contains(u"stopped unexpectedly"_s), qPrintable(status.last().first().toString()));
        QVERIFY(!live->isRunning());

        live->runNow();   // restarts the helper
        QVERIFY(live->hasEngine());
        QTRY_VERIFY_WITH_TIMEOUT(!live->isRunning(), 60000);
        QVERIFY(live->result().has_value());
        QVERIFY(live->helperProcessId() != pid);
    }

    // View › Projector Mode (F11): the projector view over the same models in place of the panes, no
    // menu bar, no dock; Right, PageDown and N move to the next lesson, Left, PageUp and P back;
    // Esc (or F11 again) leaves with the menus, the dock and the window state as they were.
    void projectorMode()
    {
        QVERIFY(m_window->loadScenario(u":/lessons/default.cors.json"_s, nullptr));
        QApplication::setActiveWindow(m_window);
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        const bool dockShown = m_window->lessonDock()->isVisible();
        const Qt::WindowStates state = m_window->windowState();
        QVERIFY(m_window->menuBar()->isVisible());

        QTest::keyClick(m_window, Qt::Key_F11);
        QVERIFY(m_window->isProjectorMode());
        QVERIFY(m_window->projectorAction()->isChecked());
        ProjectorView *projector = m_window->projectorView();
        QVERIFY(projector->isVisible());
        QVERIFY(!m_window->menuBar()->isVisible());
        QVERIFY(!m_window->lessonDock()->isVisible());
        QCOMPARE(projector->originView()->model(), m_window->verdictPanel()->originModel());
        QCOMPARE(projector->banner()->title(), m_window->verdictPanel()->bannerText());
        QVERIFY(projector->banner()->findChild<QLabel *>(u"verdictBannerTitle"_s)->font().pixelSize() >= 28);

        QSignalSpy lessons(m_window, &MainWindow::lessonChanged);
        const QList<Lesson> &all = m_window->lessonLibrary()->model()->lessons();
        QTest::keyClick(projector, Qt::Key_Right);
        QCOMPARE(lessons.count(), 1);
        QCOMPARE(lessons.last().first().toString(), all.at(1).path);
        QCOMPARE(m_window->currentLesson(), all.at(1).path);
        QCOMPARE(projector->heading()->text(), localizedText(all.at(1).scenario, ScenarioText::Title));
        QCOMPARE(projector->banner()->title(), m_window->verdictPanel()->bannerText());
        QTest::keyClick(projector, Qt::Key_PageDown);
        QTest::keyClick(projector, Qt::Key_N);
        QCOMPARE(m_window->currentLesson(), all.at(3).path);
        QTest::keyClick(projector, Qt::Key_Left);
        QTest::keyClick(projector, Qt::Key_P);
        QCOMPARE(m_window->currentLesson(), all.at(1).path);
        QCOMPARE(lessons.count(), 5);
        QTest::keyClick(projector, Qt::Key_PageUp);
        QTest::keyClick(projector, Qt::Key_PageUp);   // the first lesson: no further
        QCOMPARE(m_window->currentLesson(), all.at(0).path);
        QCOMPARE(lessons.count(), 6);

        QTest::keyClick(projector, Qt::Key_Escape);
        QVERIFY(!m_window->isProjectorMode());
        QVERIFY(!m_window->projectorAction()->isChecked());
        QVERIFY(m_window->menuBar()->isVisible());
        QCOMPARE(m_window->lessonDock()->isVisible(), dockShown);
        QCOMPARE(m_window->windowState(), state);
        QVERIFY(m_window->verdictPanel()->isVisible());

        QTest::keyClick(m_window, Qt::Key_F11);
        QVERIFY(m_window->isProjectorMode());
        QTest::keyClick(projector, Qt::Key_F11);
        QVERIFY(!m_window->isProjectorMode());
        QCOMPARE(m_window->windowState(), state);
    }

    // In projector mode S puts the same-origin policy against CORS in place of the banner and diagram
    // (lesson 11 without the editor), following the edits; S again brings the diagram back.
    void projectorSopAgainstCors()
    {
        const QString lesson = QStringLiteral(CORSLAB_TEST_DATA) + u"/../../resources/lessons/11-read-fetch-allowed.cors.json"_s;
        QVERIFY(m_window->openScenario(lesson));
        m_window->setProjectorMode(true, /*fullScreen=*/false);
        ProjectorView *projector = m_window->projectorView();
        QCOMPARE(projector->body(), ProjectorView::Body::Diagram);
        QTest::keyClick(projector, Qt::Key_S);
        QCOMPARE(projector->body(), ProjectorView::Body::SopAgainstCors);
        SopContrastView *contrast = projector->sopContrast();
        QVERIFY(contrast->isVisible());
        QVERIFY(!projector->banner()->isVisible());
        QVERIFY(!projector->diagram()->isVisible());
        QVERIFY(projector->originView()->isVisible());
        QCOMPARE(contrast->sopBanner()->title(), u"Blocked"_s);
        QCOMPARE(contrast->corsBanner()->title(), u"Allowed"_s);
        QVERIFY(contrast->corsBanner()->findChild<QLabel *>(u"verdictBannerTitle"_s)->font().pixelSize() >= 28);

        Scenario edited = m_window->scenario();
        edited.server[0].headers.remove("Access-Control-Allow-Origin");
        m_window->document()->edit(edited, u"Remove Access-Control-Allow-Origin"_s);
        QCOMPARE(contrast->corsBanner()->title(), u"Blocked"_s);
        m_window->undoStack()->undo();
        QCOMPARE(contrast->corsBanner()->title(), u"Allowed"_s);

        QTest::keyClick(projector, Qt::Key_S);
        QCOMPARE(projector->body(), ProjectorView::Body::Diagram);
        QVERIFY(projector->banner()->isVisible());
        QVERIFY(projector->diagram()->isVisible());
        m_window->setProjectorMode(false);
    }

    void screenshot()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(u"window.png"_s);
        QProcess app;
        startOffscreen(app, {u"--screenshot"_s, out, QStringLiteral(CORSLAB_TEST_DATA) + u"/golden/cookies-include.cors.json"_s});
        QVERIFY(app.waitForFinished(60000));
        QVERIFY2(app.exitStatus() == QProcess::NormalExit && app.exitCode() == 0,
                 app.readAllStandardError().constData());
        const QImage image(out);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 1000);
        QVERIFY(image.height() >= 600);
    }

    // --screenshot --view VIEW renders each view offscreen at its size (the quiz from the "sop" lessons).
    void screenshotViews_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QSize>("size");
        const QString golden = QStringLiteral(CORSLAB_TEST_DATA) + u"/golden/cookies-include.cors.json"_s;
        QTest::newRow("main window") << u"main"_s << golden << QSize(1480, 920);
        QTest::newRow("projector mode") << u"projector"_s << golden << QSize(1280, 720);
        QTest::newRow("projector mode, SOP against CORS") << u"sop-vs-cors"_s << golden << QSize(1280, 720);
        QTest::newRow("quiz, revealed") << u"quiz"_s << QString() << QSize(1280, 720);
        QTest::newRow("every tag") << u"matrix"_s << golden << QSize(1480, 920);
    }
    void screenshotViews()
    {
        QFETCH(QString, view);
        QFETCH(QString, file);
        QFETCH(QSize, size);
        QTemporaryDir dir;
        const QString out = dir.filePath(u"view.png"_s);
        QStringList arguments{u"--screenshot"_s, out, u"--view"_s, view};
        if (!file.isEmpty())
            arguments.append(file);
        QProcess app;
        startOffscreen(app, arguments);
        QVERIFY(app.waitForFinished(60000));
        QVERIFY2(app.exitStatus() == QProcess::NormalExit && app.exitCode() == 0, app.readAllStandardError().constData());
        QCOMPARE(QImage(out).size(), size);
    }

    // An unknown view exits with 2 and names the known ones.
    void screenshotUnknownView()
    {
        QTemporaryDir dir;
        QProcess app;
        startOffscreen(app, {u"--screenshot"_s, dir.filePath(u"view.png"_s), u"--view"_s, u"nonsense"_s});
        QVERIFY(app.waitForFinished(60000));
        QCOMPARE(app.exitCode(), 2);
        const QString error = QString::fromLocal8Bit(app.readAllStandardError());
        QVERIFY2(error.contains(u"nonsense"_s) && error.contains(u"main, projector, sop-vs-cors, quiz, matrix"_s),
                 qPrintable(error));
    }

private:
    // The app (`corslab`) with `arguments` on the offscreen platform.
    static void startOffscreen(QProcess &app, const QStringList &arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(CORSLAB_APP), arguments);
    }

    // View › Language › `label`.
    QAction *languageAction(const QString &label) const
    {
        for (QAction *action : m_window->menuBar()->findChildren<QAction *>()) {
            if (action->text() == label && action->isCheckable())
                return action;
        }
        qFatal("no language action %s", qPrintable(label));
    }

    static QLabel *labelFor(QWidget *field)
    {
        for (QLabel *label : field->window()->findChildren<QLabel *>()) {
            if (label->buddy() == field)
                return label;
        }
        return nullptr;
    }

    MainWindow *m_window = nullptr;
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TestMainWindow test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_main_window.moc"

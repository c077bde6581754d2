// "Every tag" offscreen: the matrix model under QAbstractItemModelTester with lesson 11's rows, the tab
// beside "SOP against CORS" following an edit in the server editor, and a clicked row becoming the request
// as one undo step.
#include "core/scenario.h"
#include "ui/commands/scenario_document.h"
#include "ui/main_window.h"
#include "ui/models/access_matrix_model.h"
#include "ui/widgets/headers_table.h"
#include "ui/widgets/matrix_view.h"
#include "ui/widgets/sop_contrast_view.h"
#include "ui/widgets/server_editor.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace corslab;

Q_DECLARE_METATYPE(corslab::RequestVariant)

namespace {

const QString kLesson11 = QStringLiteral(CORSLAB_LESSONS "/11-read-fetch-allowed.cors.json");

Scenario lesson11() { return loadScenarioFile(kLesson11).scenario.value_or(Scenario{}); }

// A cell of the variant's row as shown.
QString cell(const AccessMatrixModel &model, const RequestVariant &variant, int column)
{
    return model.index(model.rowOf(variant), column).data().toString();
}

} // namespace

class TestMatrixView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"corslab-test"_s);
        QCoreApplication::setApplicationName(u"tst_matrix_view"_s);
        QSettings().clear();
    }

    void init()
    {
        m_window = new MainWindow;
        QVERIFY(m_window->loadScenario(kLesson11, nullptr));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void cleanup()
    {
        m_window->document()->markSaved();   // no unsaved-changes prompt
        delete m_window;
        m_window = nullptr;
    }

    void modelRows_data()
    {
        QTest::addColumn<RequestVariant>("variant");
        QTest::addColumn<QString>("sent");
        QTest::addColumn<QString>("loaded");
        QTest::addColumn<QString>("readable");
        QTest::addColumn<QString>("error");
        QTest::newRow("fetch, the lesson's own") << RequestVariant{Via::Fetch, {}} << u"yes"_s << u"yes"_s << u"yes"_s << u"—"_s;
        QTest::newRow("a form") << RequestVariant{Via::Form, {}} << u"yes"_s << u"yes"_s << u"no"_s << u"—"_s;
        QTest::newRow("script crossorigin anonymous") << RequestVariant{Via::Script, CrossOriginAttribute::Anonymous} << u"yes"_s << u"yes"_s << u"yes"_s << u"—"_s;
        QTest::newRow("script use-credentials") << RequestVariant{Via::Script, CrossOriginAttribute::UseCredentials} << u"yes"_s << u"no"_s << u"no"_s
                                                << u"InvalidAllowCredentials"_s;
    }

    void modelRows()
    {
        AccessMatrixModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setScenario(lesson11());
        QCOMPARE(model.rowCount(), 18 + 3);   // every variant and a heading per kind
        QVERIFY(model.isHeading(0));
        QCOMPARE(model.index(0, 0).data(Qt::UserRole).toString(), u"write"_s);
        QCOMPARE(model.flags(model.index(0, 0)) & Qt::ItemIsSelectable, Qt::NoItemFlags);
        QFETCH(RequestVariant, variant);
        QVERIFY(model.rowOf(variant) > 0);
        QTEST(cell(model, variant, AccessMatrixModel::SentColumn), "sent");
        QTEST(cell(model, variant, AccessMatrixModel::LoadedColumn), "loaded");
        QTEST(cell(model, variant, AccessMatrixModel::ReadableColumn), "readable");
        QTEST(cell(model, variant, AccessMatrixModel::ErrorColumn), "error");
        model.setScenario(Scenario{});
        QCOMPARE(model.rowCount(), 0);
    }

    // A column per browser, amber where they differ: lesson 58's user:pass@ image loads in Firefox only;
    // fetch() refuses such a URL in both.
    void engineColumns()
    {
        AccessMatrixModel model;
        model.setScenario(loadScenarioFile(QStringLiteral(CORSLAB_LESSONS "/58-browsers-credentials-in-image-url.cors.json")).scenario.value_or(Scenario{}));
        const RequestVariant img{Via::Img, {}};
        const RequestVariant fetch{Via::Fetch, {}};
        QVERIFY(model.rowOf(img) > 0);
        QCOMPARE(cell(model, img, AccessMatrixModel::ChromiumColumn), u"Blocked"_s);
        QVERIFY(cell(model, img, AccessMatrixModel::FirefoxColumn) != u"Blocked"_s);
        QVERIFY(model.index(model.rowOf(img), AccessMatrixModel::FirefoxColumn).data(Qt::UserRole).toBool());
        QVERIFY(model.index(model.rowOf(img), AccessMatrixModel::FirefoxColumn).data(Qt::BackgroundRole).isValid());
        QCOMPARE(cell(model, fetch, AccessMatrixModel::ChromiumColumn), cell(model, fetch, AccessMatrixModel::FirefoxColumn));
        QVERIFY(!model.index(model.rowOf(fetch), AccessMatrixModel::FirefoxColumn).data(Qt::UserRole).toBool());
        QCOMPARE(model.headerData(AccessMatrixModel::FirefoxColumn, Qt::Horizontal).toString(), u"Firefox"_s);
    }

    // The tab sits beside "SOP against CORS"; removing Access-Control-Allow-Origin in the server editor
    // re-decides every row.
    void followsServerEdits()
    {
        MatrixView *view = m_window->matrixView();
        QVERIFY(view);
        auto *tabs = qobject_cast<QTabWidget *>(view->parentWidget()->parentWidget());
        QVERIFY(tabs);
        QCOMPARE(tabs->tabText(tabs->indexOf(view)), u"Every tag"_s);
        QCOMPARE(tabs->indexOf(view), tabs->indexOf(m_window->sopContrastView()) + 1);
        AccessMatrixModel *model = view->model();
        const RequestVariant fetch{Via::Fetch, {}};
        QCOMPARE(cell(*model, fetch, AccessMatrixModel::ReadableColumn), u"yes"_s);

        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        m_window->serverEditor()->selectRoute(0);
        HeadersTable *headers = m_window->serverEditor()->headersTable();
        QTableWidget *table = headers->table();
        const QList<QTableWidgetItem *> found = table->findItems(u"Access-Control-Allow-Origin"_s, Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        table->selectRow(found.first()->row());
        headers->removeSelectedLines();
        QVERIFY(reset.count() >= 1);
        QCOMPARE(cell(*model, fetch, AccessMatrixModel::ReadableColumn), u"no"_s);
        QCOMPARE(cell(*model, fetch, AccessMatrixModel::ErrorColumn), u"MissingAllowOriginHeader"_s);
        QCOMPARE(cell(*model, RequestVariant{Via::Img, CrossOriginAttribute::Anonymous}, AccessMatrixModel::ErrorColumn),
                 u"MissingAllowOriginHeader"_s);
    }

    // Clicking the <script crossorigin="anonymous"> row makes it the request, one undo step; undo gives fetch back.
    void clickMakesTheRequest()
    {
        MatrixView *view = m_window->matrixView();
        auto *tabs = qobject_cast<QTabWidget *>(view->parentWidget()->parentWidget());
        tabs->setCurrentWidget(view);
        QVERIFY(view->isVisible());
        QSignalSpy changed(m_window->document(), &ScenarioDocument::scenarioChanged);
        const int commands = m_window->undoStack()->count();
        const RequestVariant script{Via::Script, CrossOriginAttribute::Anonymous};
        const int row = view->model()->rowOf(script);
        QTableView *table = view->table();
        table->scrollTo(view->model()->index(row, 0));
        const QRect rect = table->visualRect(view->model()->index(row, AccessMatrixModel::SentColumn));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_window->undoStack()->count(), commands + 1);
        QCOMPARE(m_window->scenario().request.via, Via::Script);
        QCOMPARE(m_window->scenario().request.crossorigin, CrossOriginAttribute::Anonymous);
        QCOMPARE(m_window->scenario().request.url, lesson11().request.url);
        QVERIFY(view->model()->matrixRow(view->model()->rowOf(script))->current);
        QVERIFY(m_window->undoStack()->undoText().contains(u"<script crossorigin=\"anonymous\">"_s));

        // The own row again: nothing to do.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(view->model()->index(view->model()->rowOf(script), 1)).center());
        QCOMPARE(m_window->undoStack()->count(), commands + 1);

        m_window->undoStack()->undo();
        QCOMPARE(m_window->scenario(), lesson11());
        QVERIFY(view->model()->matrixRow(view->model()->rowOf(RequestVariant{Via::Fetch, {}}))->current);
    }

private:
    MainWindow *m_window = nullptr;
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TestMatrixView test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_matrix_view.moc"

// The verdict views: VerdictModel, ExchangeModel and RoutesModel under QAbstractItemModelTester with
// verdicts of golden scenarios, RoutesModel's edit requests, VerdictPanel's banner, fix button and
// live comparison, SequenceDiagram's exports and size. CORSLAB_UI_SNAPSHOTS=<dir> writes PNGs of the
// panel and the diagram there (to look at them).
#include "core/evaluation.h"
#include "core/fix.h"
#include "core/scenario.h"
#include "ui/models/exchange_model.h"
#include "ui/models/routes_model.h"
#include "ui/models/verdict_model.h"
#include "ui/widgets/sequence_diagram.h"
#include "ui/widgets/verdict_comparison_view.h"
#include "ui/widgets/verdict_panel.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QToolButton>
#include <QDesktopServices>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace corslab;

namespace {

struct Evaluated {
    Scenario scenario;
    Verdict verdict;
};

Evaluated golden(const QString &name)
{
    const QString path = QStringLiteral(CORSLAB_TEST_DATA) + u"/golden/"_s + name + u".cors.json"_s;
    const ScenarioLoad load = loadScenarioFile(path);
    if (!load.scenario)
        qFatal("cannot load %s", qPrintable(path));
    const std::optional<Verdict> verdict = evaluate(*load.scenario);
    if (!verdict)
        qFatal("cannot evaluate %s", qPrintable(path));
    return {*load.scenario, *verdict};
}

// The scenarios the tests look at: a credentialed preflight the browser blocks, a preflight that
// passes, a redirect, a block before anything is sent, a plain CORS failure with a fix, an opaque read.
const QStringList kScenarios = {u"preflight-wildcard-with-credentials"_s, u"preflight-put-ok"_s, u"redirect-within-api"_s,
                                u"mixed-fetch"_s, u"cors-other-origin"_s, u"mode-no-cors-opaque"_s, u"form-post-cross-origin"_s};

} // namespace

// Receives URLs QDesktopServices would open (so the test opens no browser).
class UrlRecorder : public QObject {
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls << url; }
};

class TestUiModels : public QObject {
    Q_OBJECT

private slots:
    void verdictModel_data();
    void verdictModel();
    void verdictModelResets();
    void exchangeModel_data();
    void exchangeModel();
    void routesModel();
    void routesSetData_data();
    void routesSetData();
    void routesSetDataUnchanged();
    void routesEditRoundTrip();
    void panelBlocked();
    void panelAllowed();
    void panelServerConfiguration();
    void panelLiveComparison();
    void panelEngineComparison();
    void panelSpecLink();
    void diagramExports();
    void diagramExportFailsOnBadPath();
    void diagramGrowsWithExchanges();
    void snapshots();
};

void TestUiModels::verdictModel_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : kScenarios)
        QTest::newRow(qPrintable(name)) << name;
}

void TestUiModels::verdictModel()
{
    QFETCH(QString, name);
    const Evaluated e = golden(name);
    VerdictModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setVerdict(e.verdict);
    QCOMPARE(model.rowCount(), e.verdict.steps.size());
    QCOMPARE(model.columnCount(), int(VerdictModel::ColumnCount));
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        const Step &step = e.verdict.steps.at(row);
        const QModelIndex check = model.index(row, VerdictModel::CheckColumn);
        const QModelIndex result = model.index(row, VerdictModel::ResultColumn);
        QVERIFY(!check.data().toString().isEmpty());
        QVERIFY(!model.index(row, VerdictModel::DetailColumn).data().toString().isEmpty());
        QCOMPARE(result.data().toString(), step.passed ? u"pass"_s : u"fail"_s);
        QVERIFY(!result.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(result.data(Qt::ForegroundRole).value<QBrush>().color(), step.passed ? QColor(0x1b, 0x7f, 0x2a) : QColor(0xc6, 0x28, 0x28));
        QCOMPARE(check.data(VerdictModel::PassedRole).toBool(), step.passed);
        const QUrl spec = check.data(VerdictModel::SpecUrlRole).toUrl();
        QVERIFY2(spec.isValid() && spec.scheme() == "https"_L1 && spec.hasFragment(), qPrintable(spec.toString()));
        // The whole step in the tooltip of its cells, however narrow the columns; the link's own URL.
        const QString tip = check.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(check.data().toString().toHtmlEscaped()) && tip.contains(spec.toString()), qPrintable(tip));
        QCOMPARE(model.index(row, VerdictModel::SpecColumn).data(Qt::ToolTipRole).toString(), spec.toString());
        QVERIFY(model.index(row, VerdictModel::DetailColumn).data(Qt::ToolTipRole).toString().contains(spec.toString()));
        QCOMPARE(model.rowCount(check), 0);
        QVERIFY(!model.parent(check).isValid());
    }
    // A blocked verdict has a failing step.
    if (e.verdict.blocked) {
        bool failed = false;
        for (int row = 0; row < model.rowCount(); ++row)
            failed |= !model.index(row, 0).data(VerdictModel::PassedRole).toBool();
        QVERIFY(failed);
    }
}

void TestUiModels::verdictModelResets()
{
    VerdictModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    for (const QString &name : kScenarios)
        model.setVerdict(golden(name).verdict);
    model.setVerdict(Verdict{});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(aboutToReset.count(), kScenarios.size() + 1);
    QCOMPARE(reset.count(), kScenarios.size() + 1);
}

void TestUiModels::exchangeModel_data()
{
    verdictModel_data();
}

void TestUiModels::exchangeModel()
{
    QFETCH(QString, name);
    const Evaluated e = golden(name);
    ExchangeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setVerdict(e.verdict);
    QCOMPARE(model.rowCount(), e.verdict.exchanges.size());
    for (int row = 0; row < model.rowCount(); ++row) {
        const Exchange &exchange = e.verdict.exchanges.at(row);
        QCOMPARE(model.index(row, ExchangeModel::MethodColumn).data().toString(), QString::fromLatin1(exchange.method));
        QCOMPARE(model.index(row, ExchangeModel::UrlColumn).data().toString(), exchange.url);
        QCOMPARE(model.index(row, ExchangeModel::StatusColumn).data().toString(),
                 exchange.status ? QString::number(exchange.status) : u"no response"_s);
        QCOMPARE(model.index(row, ExchangeModel::KindColumn).data(ExchangeModel::KindRole).toInt(), int(exchange.kind));
        if (exchange.requestHeaders.contains("Origin"))
            QVERIFY(model.index(row, ExchangeModel::RequestHeadersColumn).data().toString().contains(u"Origin: "_s));
    }
    if (name == "preflight-put-ok"_L1) {
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ExchangeModel::KindColumn).data().toString(), u"preflight"_s);
        QCOMPARE(model.index(0, ExchangeModel::MethodColumn).data().toString(), u"OPTIONS"_s);
        QVERIFY(model.index(0, ExchangeModel::RequestHeadersColumn).data().toString().contains(u"Access-Control-Request-Method: PUT"_s));
    }
    if (name == "redirect-within-api"_L1) {
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, ExchangeModel::KindColumn).data().toString(), u"redirect"_s);
    }
    if (name == "preflight-wildcard-with-credentials"_L1)
        QVERIFY(model.index(0, ExchangeModel::UrlColumn).data(Qt::ToolTipRole).toString().contains(u"Access-Control-Allow-Origin: *"_s));
}

void TestUiModels::routesModel()
{
    RoutesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const QString &name : kScenarios) {
        const Evaluated e = golden(name);
        model.setScenario(e.scenario);
        QCOMPARE(model.rowCount(), e.scenario.server.size());
        for (int row = 0; row < model.rowCount(); ++row) {
            const ServerRoute &route = e.scenario.server.at(row);
            QCOMPARE(model.index(row, RoutesModel::MethodColumn).data(Qt::EditRole).toString(), QString::fromLatin1(route.method));
            QCOMPARE(model.index(row, RoutesModel::UrlColumn).data().toString(), route.url);
            QCOMPARE(model.index(row, RoutesModel::StatusColumn).data().toInt(), route.status);
            QVERIFY(model.flags(model.index(row, RoutesModel::UrlColumn)) & Qt::ItemIsEditable);
        }
    }
    // The same number of routes: cells change in place, no reset.
    Scenario scenario = golden(u"preflight-put-ok"_s).scenario;
    model.setScenario(scenario);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    scenario.server[1].status = 201;
    model.setScenario(scenario);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(model.index(1, RoutesModel::StatusColumn).data().toInt(), 201);
    scenario.server.append(ServerRoute{});
    scenario.server.last().url = u"https://api.example.com/other"_s;
    model.setScenario(scenario);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 3);
}

void TestUiModels::routesSetData_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<bool>("accepted");

    // Methods: a token or "*".
    QTest::newRow("method token") << int(RoutesModel::MethodColumn) << QVariant(u"PUT"_s) << true;
    QTest::newRow("method lower-case token") << int(RoutesModel::MethodColumn) << QVariant(u"patch"_s) << true;
    QTest::newRow("method any") << int(RoutesModel::MethodColumn) << QVariant(u"*"_s) << true;
    QTest::newRow("method with a space") << int(RoutesModel::MethodColumn) << QVariant(u"GE T"_s) << false;
    QTest::newRow("method empty") << int(RoutesModel::MethodColumn) << QVariant(u""_s) << false;
    QTest::newRow("method with a slash") << int(RoutesModel::MethodColumn) << QVariant(u"GET/1"_s) << false;
    QTest::newRow("method non-ASCII") << int(RoutesModel::MethodColumn) << QVariant(u"GÉT"_s) << false;
    // URLs: absolute.
    QTest::newRow("url absolute") << int(RoutesModel::UrlColumn) << QVariant(u"https://api.example.com/v2"_s) << true;
    QTest::newRow("url with port") << int(RoutesModel::UrlColumn) << QVariant(u"http://localhost:8080/x"_s) << true;
    QTest::newRow("url relative") << int(RoutesModel::UrlColumn) << QVariant(u"/items"_s) << false;
    QTest::newRow("url empty") << int(RoutesModel::UrlColumn) << QVariant(u""_s) << false;
    QTest::newRow("url bad IPv6") << int(RoutesModel::UrlColumn) << QVariant(u"http://[::1/x"_s) << false;
    QTest::newRow("url bad port") << int(RoutesModel::UrlColumn) << QVariant(u"https://api.example.com:99999/"_s) << false;
    // Status: any three digits, 000-999.
    QTest::newRow("status 201") << int(RoutesModel::StatusColumn) << QVariant(201) << true;
    QTest::newRow("status 100") << int(RoutesModel::StatusColumn) << QVariant(100) << true;
    QTest::newRow("status 599") << int(RoutesModel::StatusColumn) << QVariant(599) << true;
    QTest::newRow("status as text") << int(RoutesModel::StatusColumn) << QVariant(u"418"_s) << true;
    QTest::newRow("status 99") << int(RoutesModel::StatusColumn) << QVariant(99) << true;
    QTest::newRow("status 600") << int(RoutesModel::StatusColumn) << QVariant(600) << true;
    QTest::newRow("status 000") << int(RoutesModel::StatusColumn) << QVariant(0) << true;
    QTest::newRow("status 999") << int(RoutesModel::StatusColumn) << QVariant(999) << true;
    QTest::newRow("status 1000") << int(RoutesModel::StatusColumn) << QVariant(1000) << false;
    QTest::newRow("status negative") << int(RoutesModel::StatusColumn) << QVariant(-1) << false;
    QTest::newRow("status words") << int(RoutesModel::StatusColumn) << QVariant(u"ok"_s) << false;
    QTest::newRow("status empty") << int(RoutesModel::StatusColumn) << QVariant(u""_s) << false;
}

void TestUiModels::routesSetData()
{
    QFETCH(int, column);
    QFETCH(QVariant, value);
    QFETCH(bool, accepted);

    const Scenario scenario = golden(u"preflight-put-ok"_s).scenario;   // route 0 is OPTIONS …/items 204
    RoutesModel model;
    model.setScenario(scenario);
    QSignalSpy edited(&model, &RoutesModel::routeEdited);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QModelIndex index = model.index(0, column);
    const QVariant shownBefore = index.data(Qt::EditRole);

    QCOMPARE(model.setData(index, value), accepted);
    // The model never changes itself: the owner decides (undo command, then setScenario()).
    QCOMPARE(index.data(Qt::EditRole), shownBefore);
    QCOMPARE(changed.count(), 0);
    if (!accepted) {
        QCOMPARE(edited.count(), 0);
        return;
    }
    QCOMPARE(edited.count(), 1);
    const QList<QVariant> arguments = edited.takeFirst();
    QCOMPARE(arguments.at(0).toInt(), 0);
    const ServerRoute before = arguments.at(1).value<ServerRoute>();
    const ServerRoute after = arguments.at(2).value<ServerRoute>();
    QCOMPARE(before, scenario.server.at(0));
    ServerRoute expected = scenario.server.at(0);
    switch (column) {
    case RoutesModel::MethodColumn: expected.method = value.toString().toLatin1(); break;
    case RoutesModel::UrlColumn: expected.url = value.toString(); break;
    case RoutesModel::StatusColumn: expected.status = value.toInt(); break;
    }
    QCOMPARE(after, expected);
}

void TestUiModels::routesSetDataUnchanged()
{
    const Scenario scenario = golden(u"preflight-put-ok"_s).scenario;
    RoutesModel model;
    model.setScenario(scenario);
    QSignalSpy edited(&model, &RoutesModel::routeEdited);
    QVERIFY(model.setData(model.index(0, RoutesModel::StatusColumn), scenario.server.at(0).status));
    QVERIFY(model.setData(model.index(0, RoutesModel::UrlColumn), scenario.server.at(0).url));
    QCOMPARE(edited.count(), 0);
    // Only the edit role is editable; out-of-range indexes are refused.
    QVERIFY(!model.setData(model.index(0, RoutesModel::StatusColumn), 201, Qt::DisplayRole));
    QVERIFY(!model.setData(QModelIndex(), 201));
    QCOMPARE(edited.count(), 0);
}

void TestUiModels::routesEditRoundTrip()
{
    // What the main window does: apply the edit to the scenario, then show the new scenario.
    Scenario scenario = golden(u"cors-other-origin"_s).scenario;
    RoutesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setScenario(scenario);
    connect(&model, &RoutesModel::routeEdited, &model, [&](int row, const ServerRoute &before, const ServerRoute &after) {
        QCOMPARE(scenario.server.at(row), before);
        scenario.server[row] = after;
        model.setScenario(scenario);
    });
    QVERIFY(model.setData(model.index(0, RoutesModel::MethodColumn), u"GET"_s));
    QCOMPARE(model.index(0, RoutesModel::MethodColumn).data().toString(), u"GET"_s);
    QCOMPARE(scenario.server.at(0).method, QByteArray("GET"));
}

void TestUiModels::panelBlocked()
{
    const Evaluated e = golden(u"cors-other-origin"_s);
    QVERIFY(e.verdict.blocked);
    QVERIFY(!e.verdict.fixes.isEmpty());
    VerdictPanel panel;
    QCOMPARE(panel.bannerText(), u"No verdict yet"_s);
    panel.setVerdict(e.verdict, e.scenario);
    QCOMPARE(panel.bannerText(), u"Blocked"_s);
    QCOMPARE(panel.findChild<QLabel *>(u"verdictBannerTitle"_s)->text(), u"Blocked"_s);
    QCOMPARE(panel.model()->rowCount(), e.verdict.steps.size());
    QCOMPARE(panel.stepsView()->model(), panel.model());

    const auto *console = panel.findChild<QPlainTextEdit *>(u"consoleMessage"_s);
    QVERIFY(console);
    QCOMPARE(console->toPlainText(), e.verdict.message);
    QVERIFY(console->isVisibleTo(&panel));
    QVERIFY(console->isReadOnly());
    // The system's fixed-width font (whether fontconfig calls it monospaced or "dual", as Noto Sans
    // Mono, depends on the fonts installed).
    QCOMPARE(console->font().family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
    if (e.verdict.firefox)
        QVERIFY(panel.findChild<QLabel *>(u"firefoxReason"_s)->text().contains(e.verdict.firefox->reason));

    auto *fixes = panel.findChild<QLabel *>(u"fixList"_s);
    QVERIFY(fixes->text().contains(u"Access-Control-Allow-Origin: https://app.example.com"_s));
    auto *button = panel.findChild<QPushButton *>(u"applyFixButton"_s);
    QVERIFY(button);
    QVERIFY(button->isVisibleTo(&panel));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy apply(&panel, &VerdictPanel::applyFixRequested);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(apply.count(), 1);

    // What the main window does on the request: applyFixes, evaluate again — the request passes.
    const Scenario fixed = applyFixes(e.scenario, e.verdict.fixes);
    const std::optional<Verdict> after = evaluate(fixed);
    QVERIFY(after);
    panel.setVerdict(*after, fixed);
    QCOMPARE(panel.bannerText(), u"Allowed"_s);
    QVERIFY(!button->isVisibleTo(&panel));
}

// Fix › Server configuration…: the fix as the chosen server's configuration, and Copy.
void TestUiModels::panelServerConfiguration()
{
    const Evaluated e = golden(u"header-not-allowed"_s);
    VerdictPanel panel;
    panel.setVerdict(e.verdict, e.scenario);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *toggle = panel.findChild<QToolButton *>(u"showServerConfig"_s);
    auto *text = panel.findChild<QPlainTextEdit *>(u"serverConfigText"_s);
    auto *kind = panel.findChild<QComboBox *>(u"serverKind"_s);
    QVERIFY(toggle && text && kind);
    QVERIFY(!text->isVisible());
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(text->isVisible());
    kind->setCurrentIndex(kind->findData(u"nginx"_s));
    QVERIFY2(text->toPlainText().contains(u"\"https://app.example.com\""_s), qPrintable(text->toPlainText()));
    QVERIFY(text->toPlainText().contains(u"add_header Access-Control-Allow-Headers \"x-custom\" always;"_s));
    kind->setCurrentIndex(kind->findData(u"express"_s));
    QVERIFY(text->toPlainText().contains(u"allowedHeaders: [\"x-custom\"]"_s));
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(panel.findChild<QPushButton *>(u"copyServerConfig"_s), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), text->toPlainText());
    // A verdict that passes has no fix, and so no configuration to show.
    const Evaluated allowed = golden(u"preflight-put-ok"_s);
    panel.setVerdict(allowed.verdict, allowed.scenario);
    QVERIFY(!text->isVisible());
}

void TestUiModels::panelAllowed()
{
    VerdictPanel panel;
    const Evaluated allowed = golden(u"preflight-put-ok"_s);
    panel.setVerdict(allowed.verdict, allowed.scenario);
    QCOMPARE(panel.bannerText(), u"Allowed"_s);
    QVERIFY(!panel.findChild<QGroupBox *>(u"fixes"_s)->isVisibleTo(&panel));
    QVERIFY(!panel.findChild<QPlainTextEdit *>(u"consoleMessage"_s)->isVisibleTo(&panel));
    const Evaluated opaque = golden(u"mode-no-cors-opaque"_s);
    panel.setVerdict(opaque.verdict, opaque.scenario);
    QCOMPARE(panel.bannerText(), u"Opaque"_s);
}

// Chromium beside Firefox: golden status-407 (Chromium 156 fails it, Firefox 153 reads it).
void TestUiModels::panelEngineComparison()
{
    const Evaluated e = golden(u"status-407"_s);
    VerdictPanel panel;
    panel.setVerdict(e.verdict, e.scenario);
    auto *box = panel.findChild<VerdictComparisonView *>(u"engineComparison"_s);
    QVERIFY(box);
    QVERIFY(!box->isVisibleTo(&panel));

    panel.setEngineComparison(compareEngines(e.scenario));
    QVERIFY(box->isVisibleTo(&panel));
    using Field = VerdictComparisonView::Field;
    QCOMPARE(box->cell(Field::Blocked, 1)->text(), u"yes"_s);
    QCOMPARE(box->cell(Field::Blocked, 2)->text(), u"no"_s);
    QCOMPARE(box->cell(Field::Error, 1)->text(), u"UnexpectedProxyAuth"_s);
    QVERIFY(box->cell(Field::Blocked, 2)->styleSheet().contains(u"background-color"_s));
    QVERIFY(box->cell(Field::Preflight, 2)->styleSheet().isEmpty());
    // Compact: the rows both agree on are hidden.
    QVERIFY(!box->cell(Field::Preflight, 2)->isVisibleTo(&panel));
    QVERIFY(box->cell(Field::Blocked, 2)->isVisibleTo(&panel));
    QVERIFY(panel.findChild<QLabel *>(u"engineComparisonSummary"_s)->text().contains(u"Blocked"_s));
    const QLabel *why = panel.findChild<QLabel *>(u"engineDifferences"_s);
    QVERIFY(why->isVisibleTo(&panel));
    QVERIFY2(why->text().contains(u"407"_s), qPrintable(why->text()));

    // Both agree: the summary says so, no reasons; nullopt hides the box.
    const Evaluated same = golden(u"preflight-put-ok"_s);
    panel.setVerdict(same.verdict, same.scenario);
    panel.setEngineComparison(compareEngines(same.scenario));
    QCOMPARE(panel.findChild<QLabel *>(u"engineComparisonSummary"_s)->text(), u"Firefox decides the same as Chromium."_s);
    QVERIFY(!why->isVisibleTo(&panel));
    panel.setEngineComparison(std::nullopt);
    QVERIFY(!box->isVisibleTo(&panel));
}

void TestUiModels::panelLiveComparison()
{
    const Evaluated e = golden(u"preflight-wildcard-with-credentials"_s);
    VerdictPanel panel;
    panel.setVerdict(e.verdict, e.scenario);
    auto *box = panel.findChild<QGroupBox *>(u"liveComparison"_s);
    QVERIFY(!box->isVisibleTo(&panel));

    Verdict live = e.verdict;
    live.engine = u"Chromium 102.0.5005.177"_s;
    panel.setLiveVerdict(live);
    QVERIFY(box->isVisibleTo(&panel));
    QCOMPARE(panel.liveDifferenceCount(), 0);

    live.blocked = false;
    live.readable = true;
    live.error.reset();
    panel.setLiveVerdict(live);
    QCOMPARE(panel.liveDifferenceCount(), 3);
    QVERIFY(panel.findChild<QLabel *>(u"liveComparisonSummary"_s)->text().contains(u"3"_s));

    // The same scenario again keeps the live result; another scenario drops it.
    panel.setVerdict(e.verdict, e.scenario);
    QVERIFY(panel.liveVerdict().has_value());
    const Evaluated other = golden(u"cors-other-origin"_s);
    panel.setVerdict(other.verdict, other.scenario);
    QVERIFY(!panel.liveVerdict().has_value());
    QVERIFY(!box->isVisibleTo(&panel));
    panel.setLiveVerdict(std::nullopt);
    QVERIFY(!box->isVisibleTo(&panel));
}

void TestUiModels::panelSpecLink()
{
    UrlRecorder recorder;
    QDesktopServices::setUrlHandler(u"https"_s, &recorder, "open");
    const Evaluated e = golden(u"cors-other-origin"_s);
    VerdictPanel panel;
    panel.resize(900, 700);
    panel.setVerdict(e.verdict, e.scenario);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy activated(&panel, &VerdictPanel::specLinkActivated);
    QTreeView *view = panel.stepsView();
    const QModelIndex spec = panel.model()->index(0, VerdictModel::SpecColumn);
    view->scrollTo(spec);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(spec).center());
    QCOMPARE(activated.count(), 1);
    const QUrl expected = spec.data(VerdictModel::SpecUrlRole).toUrl();
    QCOMPARE(activated.at(0).at(0).toUrl(), expected);
    QCOMPARE(recorder.urls, QList<QUrl>{expected});
    // A click elsewhere in the row only selects it.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(panel.model()->index(0, VerdictModel::CheckColumn)).center());
    QCOMPARE(activated.count(), 1);
    QDesktopServices::unsetUrlHandler(u"https"_s);
}

void TestUiModels::diagramExports()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SequenceDiagram diagram;
    diagram.setVerdict(golden(u"preflight-wildcard-with-credentials"_s).verdict);
    const QString png = dir.filePath(u"diagram.png"_s);
    const QString svg = dir.filePath(u"diagram.svg"_s);
    QVERIFY(diagram.exportPng(png));
    QVERIFY(diagram.exportSvg(svg));
    QVERIFY(QFileInfo(png).size() > 0);
    QVERIFY(QFileInfo(svg).size() > 0);
    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), diagram.sizeHint() * 2);   // 2x, not shown: the size hint
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("<svg"));
    QVERIFY(text.contains("OPTIONS"));
}

void TestUiModels::diagramExportFailsOnBadPath()
{
    SequenceDiagram diagram;
    diagram.setVerdict(golden(u"cors-other-origin"_s).verdict);
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"no/such/dir/diagram"_s);
    QVERIFY(!diagram.exportPng(missing + u".png"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^QSvgPaintEngine::begin\\(\\), could not open output device"_s));
    QTest::ignoreMessage(QtWarningMsg, "QPainter::begin(): Returned false");
    QVERIFY(!diagram.exportSvg(missing + u".svg"_s));
}

void TestUiModels::diagramGrowsWithExchanges()
{
    SequenceDiagram diagram;
    const Verdict base = golden(u"cors-other-origin"_s).verdict;
    QCOMPARE(base.exchanges.size(), 1);
    int previous = 0;
    for (int count = 0; count <= 6; ++count) {
        Verdict verdict = base;
        verdict.exchanges.clear();
        for (int i = 0; i < count; ++i)
            verdict.exchanges << base.exchanges.first();
        diagram.setVerdict(verdict);
        const int height = diagram.sizeHint().height();
        QVERIFY2(height > previous, qPrintable(u"%1 exchanges: %2 px, not more than %3"_s.arg(count).arg(height).arg(previous)));
        previous = height;
    }
    // Real verdicts: more exchanges, taller.
    diagram.setVerdict(golden(u"mixed-fetch"_s).verdict);
    const int none = diagram.sizeHint().height();
    diagram.setVerdict(golden(u"redirect-within-api"_s).verdict);
    const int two = diagram.sizeHint().height();
    diagram.setVerdict(golden(u"redirect-twenty"_s).verdict);
    const int many = diagram.sizeHint().height();
    QVERIFY(none < two);
    QVERIFY(two < many);
}

void TestUiModels::snapshots()
{
    const QString dir = qEnvironmentVariable("CORSLAB_UI_SNAPSHOTS");
    if (dir.isEmpty())
        QSKIP("set CORSLAB_UI_SNAPSHOTS=<dir> to write PNGs of the panel and the diagram");
    QDir().mkpath(dir);
    for (const QString &name : kScenarios) {
        const Evaluated e = golden(name);
        // The diagram as the app shows it: in a scroll area.
        QScrollArea area;
        auto *diagram = new SequenceDiagram;
        diagram->setVerdict(e.verdict);
        area.setWidget(diagram);
        area.setWidgetResizable(true);
        area.resize(900, 600);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QVERIFY(area.grab().save(dir + u'/' + name + u"-scroll.png"_s));
        QVERIFY(diagram->exportPng(dir + u'/' + name + u"-diagram.png"_s));
        QVERIFY(diagram->exportSvg(dir + u'/' + name + u"-diagram.svg"_s));

        VerdictPanel panel;
        panel.setVerdict(e.verdict, e.scenario);
        if (name == "preflight-wildcard-with-credentials"_L1) {
            Verdict live = e.verdict;
            live.engine = u"Chromium 102.0.5005.177"_s;
            live.blocked = false;
            live.readable = true;
            live.error.reset();
            panel.setLiveVerdict(live);
        }
        panel.resize(900, 800);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.grab().save(dir + u'/' + name + u"-panel.png"_s));
    }
}

QTEST_MAIN(TestUiModels)
#include "tst_ui_models.moc"

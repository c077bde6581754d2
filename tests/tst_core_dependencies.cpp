// The shape of core, read from its #include lines (as Chromium's checkdeps reads DEPS): a unit is a
// file name without its extension (fetch_engine.h + fetch_engine.cpp), and it depends on every unit
// whose header it includes. No unit may reach itself again, and the engine decides without the words
// and without the fixer (explanation and fix sit above it; core/evaluation joins them).
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Graph = QHash<QString, QSet<QString>>;

Graph coreGraph()
{
    static const QRegularExpression include(u"^#include \"core/([a-z_]+)\\.h\""_s, QRegularExpression::MultilineOption);
    Graph graph;
    const QDir core(QStringLiteral(CORSLAB_CORE_DIR));
    for (const QString &name : core.entryList({u"*.h"_s, u"*.cpp"_s}, QDir::Files)) {
        const QString unit = name.section(u'.', 0, 0);
        QFile file(core.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QSet<QString> &dependencies = graph[unit];
        for (const QRegularExpressionMatch &match : include.globalMatch(QString::fromUtf8(file.readAll()))) {
            if (match.captured(1) != unit)
                dependencies.insert(match.captured(1));
        }
    }
    return graph;
}

// Every unit `from` depends on, directly or through others.
QSet<QString> reachable(const Graph &graph, const QString &from)
{
    QSet<QString> seen;
    QStringList todo{from};
    while (!todo.isEmpty()) {
        for (const QString &next : graph.value(todo.takeLast())) {
            if (!seen.contains(next)) {
                seen.insert(next);
                todo.append(next);
            }
        }
    }
    return seen;
}

} // namespace

class TestCoreDependencies : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void noCycle_data();
    void noCycle();
    void layering_data();
    void layering();

private:
    Graph m_graph;
};

void TestCoreDependencies::initTestCase()
{
    m_graph = coreGraph();
    QVERIFY2(m_graph.size() >= 20, "core's sources were not found");
}

void TestCoreDependencies::noCycle_data()
{
    QTest::addColumn<QString>("unit");
    QStringList units = m_graph.keys();
    units.sort();
    for (const QString &unit : units)
        QTest::addRow("%s", qPrintable(unit)) << unit;
}

void TestCoreDependencies::noCycle()
{
    QFETCH(QString, unit);
    QVERIFY2(!reachable(m_graph, unit).contains(unit), qPrintable(unit + u" reaches itself through its includes"_s));
}

void TestCoreDependencies::layering_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("below");   // a unit `unit` must not depend on, even through others

    // Issue 11: core/fetch_engine.cpp no longer includes explanation.h, nor anything that does.
    QTest::newRow("the engine decides without words") << u"fetch_engine"_s << u"explanation"_s;
    QTest::newRow("the engine decides without the fixer") << u"fetch_engine"_s << u"fix"_s;
    QTest::newRow("the fixer is handed the engine") << u"fix"_s << u"fetch_engine"_s;
    QTest::newRow("the fixer words nothing") << u"fix"_s << u"explanation"_s;
    QTest::newRow("the blocker is handed the engine, as the fixer is") << u"block"_s << u"fetch_engine"_s;
    QTest::newRow("the blocker words nothing") << u"block"_s << u"explanation"_s;
    QTest::newRow("the engine decides without the blocker") << u"fetch_engine"_s << u"block"_s;
    QTest::newRow("the contrast is handed the engine, as the blocker is") << u"same_origin_policy_contrast"_s << u"fetch_engine"_s;
    QTest::newRow("the contrast words nothing") << u"same_origin_policy_contrast"_s << u"explanation"_s;
    QTest::newRow("the contrast does not evaluate itself") << u"same_origin_policy_contrast"_s << u"evaluation"_s;
    QTest::newRow("the engine decides without the contrast") << u"fetch_engine"_s << u"same_origin_policy_contrast"_s;
    QTest::newRow("the verdict is decisions, not words") << u"verdict"_s << u"explanation"_s;
    QTest::newRow("the words do not evaluate") << u"explanation"_s << u"evaluation"_s;
    QTest::newRow("the engine comparison compares, it does not decide") << u"engine_comparison"_s << u"fetch_engine"_s;
    QTest::newRow("the engine comparison words nothing") << u"engine_comparison"_s << u"explanation"_s;
    QTest::newRow("the CORS check is the engine's part") << u"cors_check"_s << u"fetch_engine"_s;
    QTest::newRow("the preflight is the engine's part") << u"preflight"_s << u"fetch_engine"_s;
    QTest::newRow("ORB is the engine's part") << u"opaque_response_blocking"_s << u"fetch_engine"_s;
}

void TestCoreDependencies::layering()
{
    QFETCH(QString, unit);
    QFETCH(QString, below);
    QVERIFY2(m_graph.contains(unit), qPrintable(unit + u" is not a core unit"_s));
    QVERIFY2(!reachable(m_graph, unit).contains(below), qPrintable(unit + u" depends on "_s + below));
}

QTEST_GUILESS_MAIN(TestCoreDependencies)
#include "tst_core_dependencies.moc"

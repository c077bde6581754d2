// The lessons library (resources/lessons/*.cors.json): every lesson is a valid scenario with an
// English and a Russian title and notes, tags, and "expect", the verdict fields its notes claim,
// which must be what the engine decides. "source" says where the behaviour was confirmed
// (chromium-156: by the golden scenarios named in "seeAlso"; fetch-standard: by the standard).
// The live run of every lesson is tst_differential's job.
#include "core/cors_error.h"
#include "core/evaluation.h"
#include "core/scenario.h"
#include "verdict_expectations.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace corslab;

namespace {

QString lessonsDir() { return QStringLiteral(CORSLAB_LESSONS); }
QString goldenDir() { return QStringLiteral(CORSLAB_TEST_DATA) + u"/golden"_s; }

QStringList lessonFiles()
{
    QStringList files;
    const QDir dir(lessonsDir());
    for (const QString &name : dir.entryList({u"*.cors.json"_s}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

QString lessonName(const QString &file) { return QFileInfo(file).completeBaseName().chopped(5); }   // drop ".cors"

// NN-short-name: the number gives the teaching order.
const QRegularExpression kNumbered(u"^(\\d\\d)-[a-z0-9]+(-[a-z0-9]+)*$"_s);

const QSet<QString> kTags{u"sop"_s,        u"write"_s,    u"embed"_s,    u"read"_s,     u"simple"_s, u"preflight"_s,
                          u"credentials"_s, u"redirect"_s, u"opaque"_s, u"no-cors"_s, u"error"_s,
                          u"cookies"_s,     u"corp"_s,     u"framing"_s, u"fetch-metadata"_s, u"referer"_s, u"browsers"_s};
const QSet<QString> kSources{u"chromium-156"_s, u"fetch-standard"_s};
// The fields tst_differential compares with the live engine (Chromium 102).
const QStringList kLiveFields{u"preflight"_s, u"sent"_s, u"blocked"_s, u"readable"_s, u"error"_s};

bool hasCyrillic(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x0400 && c.unicode() <= 0x04FF; });
}

// 2-5 sentences: count sentence ends (". ", "! ", "? " or the final one).
int sentenceCount(const QString &text)
{
    static const QRegularExpression end(u"[.!?](\\s|$)"_s);
    int count = 0;
    for (QRegularExpressionMatchIterator it = end.globalMatch(text.trimmed()); it.hasNext(); it.next())
        ++count;
    return count;
}

} // namespace

class TestLessons : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void lesson_data();
    void lesson();
    void numberedInOrder();
    void everyTagAppears();
    void everyLessonIsCompiledIn();
};

void TestLessons::initTestCase()
{
    QVERIFY2(QFileInfo::exists(lessonsDir() + u"/default.cors.json"_s), "app/gui_main.cpp opens :/lessons/default.cors.json");
    int numbered = 0;
    for (const QString &file : lessonFiles())
        numbered += kNumbered.match(lessonName(file)).hasMatch() ? 1 : 0;
    QVERIFY2(numbered >= 50, qPrintable(u"the library must hold at least 50 numbered lessons, it has %1"_s.arg(numbered)));
}

void TestLessons::lesson_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : lessonFiles())
        QTest::addRow("%s", qPrintable(lessonName(file))) << file;
}

void TestLessons::lesson()
{
    QFETCH(QString, file);
    const ScenarioLoad load = loadScenarioFile(file);
    QVERIFY2(load.scenario, qPrintable(load.errors.value(0).toString()));
    const Scenario &scenario = *load.scenario;
    QVERIFY(validateScenario(scenario, file).isEmpty());
    const QJsonObject extra = scenario.unknownFields;

    // English title and notes a teacher can read out.
    QVERIFY2(!scenario.title.trimmed().isEmpty(), "no title");
    QVERIFY2(!scenario.notes.trimmed().isEmpty(), "no notes");
    const int sentences = sentenceCount(scenario.notes);
    QVERIFY2(sentences >= 2 && sentences <= 5, qPrintable(u"notes have %1 sentences, 2 to 5 wanted"_s.arg(sentences)));

    // Russian title and notes: present, in Cyrillic, not a copy of the English.
    const QJsonObject ru = extra.value(u"i18n"_s).toObject().value(u"ru"_s).toObject();
    const QString ruTitle = ru.value(u"title"_s).toString();
    const QString ruNotes = ru.value(u"notes"_s).toString();
    QVERIFY2(!ruTitle.trimmed().isEmpty(), "no i18n.ru.title");
    QVERIFY2(!ruNotes.trimmed().isEmpty(), "no i18n.ru.notes");
    QVERIFY2(ruTitle != scenario.title, "i18n.ru.title is the English title");
    QVERIFY2(ruNotes != scenario.notes, "i18n.ru.notes are the English notes");
    QVERIFY2(hasCyrillic(ruTitle) && hasCyrillic(ruNotes), "the Russian title and notes are not in Russian");

    // Tags from the fixed list.
    const QJsonArray tags = extra.value(u"tags"_s).toArray();
    QVERIFY2(!tags.isEmpty(), "no tags");
    for (const QJsonValue &tag : tags)
        QVERIFY2(kTags.contains(tag.toString()), qPrintable(u"unknown tag "_s + tag.toString()));

    // Where the behaviour was confirmed.
    const QJsonObject expect = extra.value(u"expect"_s).toObject();
    const QString source = expect.value(u"source"_s).toString();
    QVERIFY2(kSources.contains(source), "expect.source must be chromium-156 or fetch-standard");
    QVERIFY2(expect.size() > 1, "expect claims nothing");
    const QJsonArray seeAlso = extra.value(u"seeAlso"_s).toArray();
    if (source == "chromium-156"_L1)
        QVERIFY2(!seeAlso.isEmpty(), "a chromium-156 lesson names the golden scenarios that confirm it in seeAlso");
    for (const QJsonValue &golden : seeAlso) {
        const QString path = goldenDir() + u'/' + golden.toString() + u".cors.json"_s;
        QVERIFY2(QFileInfo::exists(path), qPrintable(u"seeAlso names no golden scenario: "_s + golden.toString()));
    }
    for (auto it = expect.begin(); it != expect.end(); ++it) {
        if (it.key() != "source"_L1)
            QVERIFY2(testing::isKnownExpectation(it.key()), qPrintable(u"unknown expectation "_s + it.key()));
    }

    // A title that names an error class promises that error.
    for (int i = 0; i < kCorsErrorCount; ++i) {
        const QString name = corsErrorName(static_cast<CorsError>(i));
        const QRegularExpression word(u"\\b"_s + name + u"\\b"_s);
        if (word.match(scenario.title).hasMatch())
            QVERIFY2(expect.value(u"error"_s).toString() == name, qPrintable(u"the title names "_s + name + u", expect.error does not"_s));
    }

    // What the notes claim is what the engine decides.
    const std::optional<Verdict> verdict = evaluate(scenario);
    QVERIFY(verdict);
    const QStringList problems = testing::expectationMismatches(expect, *verdict);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n  "_s)));

    // Qt WebEngine's Chromium (what tst_differential runs live) shows the same on the fields it
    // compares, unless "expectChromium102" says otherwise (as in the golden scenarios).
    const std::optional<Verdict> old = evaluate(scenario, EngineProfile::Chromium102);
    QVERIFY(old);
    QJsonObject expectOld;
    for (const QString &field : kLiveFields) {
        if (expect.contains(field))
            expectOld.insert(field, expect.value(field));
    }
    const QJsonObject overrides = extra.value(u"expectChromium102"_s).toObject();
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        expectOld.insert(it.key(), it.value());
    const QStringList oldProblems = testing::expectationMismatches(expectOld, *old);
    QVERIFY2(oldProblems.isEmpty(), qPrintable(u"chromium-102: "_s + oldProblems.join(u"\n  "_s)));

    // "expectFirefox" (the browsers lessons): what Firefox 153 showed in the goldens of seeAlso, which
    // the Firefox profile decides too; such a lesson's outcome differs between the browsers.
    if (extra.contains(u"expectFirefox"_s)) {
        QJsonObject expectFirefox = extra.value(u"expectFirefox"_s).toObject();
        QCOMPARE(expectFirefox.value(u"source"_s).toString(), u"firefox-153"_s);
        QVERIFY2(!seeAlso.isEmpty(), "a firefox-153 lesson names the goldens that recorded it in seeAlso");
        expectFirefox.remove(u"source"_s);
        const std::optional<Verdict> firefox = evaluate(scenario, EngineProfile::Firefox);
        QVERIFY(firefox);
        const QStringList firefoxProblems = testing::expectationMismatches(expectFirefox, *firefox);
        QVERIFY2(firefoxProblems.isEmpty(), qPrintable(u"firefox-153: "_s + firefoxProblems.join(u"\n  "_s)));
    }
    if (tags.contains(u"browsers"_s)) {
        QVERIFY2(extra.contains(u"expectFirefox"_s), "a browsers lesson says what Firefox does (expectFirefox)");
        const std::optional<EngineComparison> comparison = compareEngines(scenario);
        QVERIFY(comparison);
        QVERIFY2(comparison->differs(), "a browsers lesson shows a difference between Chromium and Firefox");
    }
}

// 01, 02, … with no gap and no number twice, so the sidebar's order is the teaching order.
void TestLessons::numberedInOrder()
{
    QList<int> numbers;
    for (const QString &file : lessonFiles()) {
        const QString name = lessonName(file);
        if (name == "default"_L1)
            continue;
        const QRegularExpressionMatch match = kNumbered.match(name);
        QVERIFY2(match.hasMatch(), qPrintable(name + u" is not named NN-short-name.cors.json"_s));
        numbers << match.captured(1).toInt();
    }
    std::sort(numbers.begin(), numbers.end());
    for (int i = 0; i < numbers.size(); ++i)
        QCOMPARE(numbers.at(i), i + 1);
}

void TestLessons::everyTagAppears()
{
    QSet<QString> seen;
    for (const QString &file : lessonFiles()) {
        const ScenarioLoad load = loadScenarioFile(file);
        QVERIFY(load.scenario);
        for (const QJsonValue &tag : load.scenario->unknownFields.value(u"tags"_s).toArray())
            seen.insert(tag.toString());
    }
    QStringList missing;
    for (const QString &tag : kTags) {
        if (!seen.contains(tag))
            missing << tag;
    }
    missing.sort();
    QVERIFY2(missing.isEmpty(), qPrintable(u"no lesson is tagged "_s + missing.join(u", "_s)));
}

// resources/CMakeLists.txt lists every lesson in qt_add_resources, so the app's sidebar has them all.
void TestLessons::everyLessonIsCompiledIn()
{
    QFile cmake(lessonsDir() + u"/../CMakeLists.txt"_s);
    QVERIFY(cmake.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(cmake.readAll());
    for (const QString &file : lessonFiles()) {
        const QString entry = u"lessons/"_s + QFileInfo(file).fileName();
        QVERIFY2(text.contains(entry), qPrintable(entry + u" is not listed in resources/CMakeLists.txt"_s));
    }
}

QTEST_GUILESS_MAIN(TestLessons)
#include "tst_lessons.moc"

// File › Export Handout… and File › Export Verdict as PNG… offscreen, through MainWindow's functions:
// the handout has its parts (in the UI language), the PNG its banner above the diagram, not blank.
#include "core/handout.h"
#include "ui/commands/scenario_document.h"
#include "ui/main_window.h"
#include "ui/widgets/sequence_diagram.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QImage>
#include <QLocale>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace corslab;

namespace {

QString lessonPath(const QString &name)
{
    return u":/lessons/"_s + name + u".cors.json"_s;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// How many distinct colours a sample of the image's pixels has (a blank image: one).
int colourCount(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

} // namespace

class TestHandoutExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void menuActions();
    void handout_data();
    void handout();
    void handoutInRussian();
    void verdictPng_data();
    void verdictPng();
    void noVerdictNoFile();

private:
    QTemporaryDir m_folder;
};

void TestHandoutExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"corslab-test"_s);
    QCoreApplication::setApplicationName(u"tst_handout_export"_s);
    QVERIFY(m_folder.isValid());
}

void TestHandoutExport::menuActions()
{
    MainWindow window;
    QStringList texts;
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *action : menu->menu() ? menu->menu()->actions() : QList<QAction *>())
            texts << action->text();
    }
    QVERIFY2(texts.contains(u"Export &Handout…"_s), qPrintable(texts.join(u", "_s)));
    QVERIFY(texts.contains(u"Export Ver&dict as PNG…"_s));
}

void TestHandoutExport::handout_data()
{
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<QString>("bannerClass");
    QTest::newRow("blocked: the host differs") << u"03-sop-host-differs"_s << u"blocked"_s;
    QTest::newRow("allowed after a preflight") << u"21-preflight-put"_s << u"allowed"_s;
    QTest::newRow("opaque: no-cors") << u"35-no-cors-opaque-response"_s << u"opaque"_s;
}

void TestHandoutExport::handout()
{
    QFETCH(QString, lesson);
    QFETCH(QString, bannerClass);
    MainWindow window;
    QVERIFY(window.loadScenario(lessonPath(lesson), nullptr));
    const QString path = m_folder.filePath(lesson + u".html"_s);
    QString error;
    QVERIFY2(window.exportHandout(path, &error), qPrintable(error));
    const QString html = readText(path);
    QVERIFY(html.startsWith("<!DOCTYPE html>"_L1));
    QVERIFY(html.contains(u"<h1>"_s + escapeMarkup(window.scenario().title) + u"</h1>"_s));
    QVERIFY(html.contains(u"<div class=\"banner "_s + bannerClass + u'"'));
    QVERIFY(html.contains(u"<table class=\"triple\">"_s));
    QVERIFY(html.contains(u"<a class=\"spec\" href=\"https://"_s));
    QCOMPARE(int(html.count(u"class=\"request-arrow\""_s)), window.verdict()->exchanges.size());
    QVERIFY(html.contains(lesson + u".cors.json"_s));
    QVERIFY(!html.contains(u"<script"_s));
}

void TestHandoutExport::handoutInRussian()
{
    QTranslator russian;
    QVERIFY(russian.load(QLocale(u"ru"_s), u"corslab"_s, u"_"_s, u":/i18n"_s));
    QVERIFY(QCoreApplication::installTranslator(&russian));
    {
        MainWindow window;
        QVERIFY(window.loadScenario(lessonPath(u"03-sop-host-differs"_s), nullptr));
        const QString path = m_folder.filePath(u"ru.html"_s);
        QVERIFY(window.exportHandout(path));
        const QString html = readText(path);
        QVERIFY(html.contains(u"<html lang=\"ru\">"_s));
        QVERIFY(html.contains(u"Политика одного источника: отличается только хост"_s));
        QVERIFY(html.contains(u"Заблокировано"_s));
    }
    QCoreApplication::removeTranslator(&russian);
}

void TestHandoutExport::verdictPng_data()
{
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<QRgb>("bannerColour");
    QTest::newRow("blocked: red") << u"03-sop-host-differs"_s << qRgb(0xc6, 0x28, 0x28);
    QTest::newRow("allowed: green") << u"21-preflight-put"_s << qRgb(0x1b, 0x7f, 0x2a);
}

void TestHandoutExport::verdictPng()
{
    QFETCH(QString, lesson);
    QFETCH(QRgb, bannerColour);
    MainWindow window;
    QVERIFY(window.loadScenario(lessonPath(lesson), nullptr));
    const QString path = m_folder.filePath(lesson + u".png"_s);
    QVERIFY(window.exportVerdictPng(path));
    const QImage image(path);
    QVERIFY(!image.isNull());
    SequenceDiagram offscreen;
    offscreen.setVerdict(*window.verdict());
    const QImage diagram = offscreen.toImage(2.0);
    // As wide as the diagram at its own width (not the pane's), taller by the banner; twice the size for slides.
    QCOMPARE(image.width(), diagram.width());
    QVERIFY2(image.height() > diagram.height() + 100, qPrintable(u"%1 vs %2"_s.arg(image.height()).arg(diagram.height())));
    QVERIFY(image.width() >= 1500);
    QVERIFY(colourCount(image) > 20);
    // The banner's colour at the top, the diagram's white below it.
    QCOMPARE(image.pixel(image.width() - 8, 8) & 0xffffff, bannerColour & 0xffffff);
    QCOMPARE(image.pixel(4, image.height() - 4) & 0xffffff, 0xffffffu);
}

void TestHandoutExport::noVerdictNoFile()
{
    MainWindow window;
    Scenario broken;
    broken.page = u"not a url"_s;
    broken.request.url = u"https://b.test/"_s;
    window.setScenario(broken);
    QVERIFY(!window.verdict());
    const QString html = m_folder.filePath(u"none.html"_s);
    QString error;
    QVERIFY(!window.exportHandout(html, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!window.exportVerdictPng(m_folder.filePath(u"none.png"_s)));
    QVERIFY(!QFile::exists(html));
    window.document()->markSaved();
}

QTEST_MAIN(TestHandoutExport)
#include "tst_handout_export.moc"

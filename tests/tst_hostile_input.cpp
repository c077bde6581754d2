// Hostile input through the GUI, offscreen: files of the wrong types, huge values, deep nesting,
// bytes that are not UTF-8, NUL and CR/LF inside strings, 100,000 routes, a redirect loop, URLs with
// userinfo, IDN and IPv6 hosts, opened with MainWindow::loadScenario; text with NUL, CR/LF, 1 MB, bytes
// that are not UTF-8 and lone surrogates pasted into the page URL, the request URL, the header cells
// and Edit › Paste Request. The app stays up; a refused file names the place and leaves the document
// and its undo stack as they were; a pasted edit re-evaluates (or shows its problem) and undoes.
#include "blocked_read.h"
#include "core/cors_error.h"
#include "ui/commands/scenario_document.h"
#include "ui/main_window.h"
#include "ui/widgets/headers_table.h"
#include "ui/widgets/page_editor.h"
#include "ui/widgets/request_composer.h"
#include "ui/widgets/verdict_panel.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace corslab;
using namespace Qt::StringLiterals;

namespace {

// moc (Qt 6.4) loses the test class after a raw string with an odd number of quotes, or one inside the
// class: the rows are written outside it, with no such string.

// A valid scenario file with `request` (the request object's members) and `server` (the routes) as given.
QByteArray scenarioJson(const QByteArray &request, const QByteArray &server, const QByteArray &extra = {})
{
    return R"({"format": "corslab-scenario/1", "page": "https://app.example.com/", )" + extra
        + R"("request": {"via": "fetch", )" + request + R"(}, "server": [)" + server + "]}";
}

QByteArray fetchOf(const QByteArray &url)
{
    return scenarioJson("\"url\": \"" + url + '"', {});
}

QByteArray manyRoutes(int count)
{
    QByteArray routes;
    routes.reserve(count * 64);
    for (int i = 0; i < count; ++i) {
        if (i)
            routes += ',';
        routes += "{\"url\": \"https://api.example.com/r" + QByteArray::number(i) + "\", \"status\": 200}";
    }
    return scenarioJson(R"("url": "https://api.example.com/r0")", routes);
}

// The tests' blocked read, with a request header for the header cells.
Scenario blockedRead()
{
    Scenario scenario = corslab::test::blockedRead();
    scenario.title = u"before"_s;
    scenario.request.headers.append("X-Trace", "1");
    return scenario;
}

void closeNextModal(QObject *context)
{
    QTimer::singleShot(0, context, [] {
        if (QWidget *box = QApplication::activeModalWidget())
            box->close();
    });
}

enum class Field { PageUrl, RequestUrl, HeaderName, HeaderValue, PasteRequest };

} // namespace

Q_DECLARE_METATYPE(Field)

class TestHostileInput : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    // `place`: what the refusal names (the field's path or the kind of problem), empty when the file
    // is accepted; `error`: the accepted file's verdict error (corsErrorName), empty for none or any.
    void openHostileFile_data();
    void openHostileFile();
    void pasteHostileText_data();
    void pasteHostileText();

private:
    void pasteInto(QLineEdit *edit);
    // The first header line's cell, edited as a user does: the cell's editor opens, the text is
    // pasted over what it holds, the editor closes.
    void pasteIntoHeaderCell(int column);
    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
};

void TestHostileInput::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"corslab-test"_s);
    QCoreApplication::setApplicationName(u"tst_hostile_input"_s);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void TestHostileInput::init()
{
    m_window = new MainWindow;
    m_window->setScenario(blockedRead());
    // One edit on the undo stack, so that "the undo stack is unchanged" means something.
    Scenario edited = blockedRead();
    edited.title = u"edited before the hostile input"_s;
    m_window->document()->edit(edited, u"Title"_s);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->verdict());
}

void TestHostileInput::cleanup()
{
    QVERIFY(m_window->isVisible());   // still up
    m_window->document()->markSaved();
    delete m_window;
    m_window = nullptr;
}

// `place`: what the refusal names (the field's path or the kind of problem), empty when the file
// is accepted; `error`: the accepted file's verdict error (corsErrorName), empty for none or any.
void TestHostileInput::openHostileFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty file") << QByteArray() << u"not valid JSON"_s << QString();
    QTest::newRow("truncated JSON") << QByteArray(R"({"format": "corslab-scenario/1", "page": )") << u"not valid JSON"_s << QString();
    QTest::newRow("a list, not an object") << QByteArray("[1, 2, 3]") << u"must be a JSON object"_s << QString();
    QTest::newRow("a number, not an object (Qt 6.4 reads no top-level scalar)") << QByteArray("42") << u"not valid JSON"_s << QString();
    QTest::newRow("a status beyond a double") << scenarioJson(R"("url": "https://api.example.com/")", R"({"url": "https://api.example.com/", "status": 1e999})")
                                              << u"illegal number"_s << QString();
    QTest::newRow("format of a later version")
        << QByteArray(fetchOf("https://api.example.com/").replace("scenario/1", "scenario/2")) << u"format"_s << QString();
    QTest::newRow("page is a number")
        << QByteArray(fetchOf("https://api.example.com/").replace(R"("https://app.example.com/")", "42")) << u"page"_s << QString();
    QTest::newRow("request is a string") << QByteArray(R"({"format": "corslab-scenario/1", "page": "https://a.example/", "request": "GET /"})")
                                         << u"request"_s << QString();
    QTest::newRow("headers are an object") << scenarioJson(R"("url": "https://api.example.com/", "headers": {"a": "b"})", {})
                                           << u"request.headers"_s << QString();
    QTest::newRow("a header pair of three") << scenarioJson(R"("url": "https://api.example.com/", "headers": [["a", "b", "c"]])", {})
                                            << u"request.headers[0]"_s << QString();
    QTest::newRow("server is an object") << QByteArray(R"({"format": "corslab-scenario/1", "page": "https://a.example/", "request": {"url": "https://b.example/"}, "server": {}})")
                                         << u"server"_s << QString();
    QTest::newRow("status is a string") << scenarioJson(R"("url": "https://api.example.com/")", R"({"url": "https://api.example.com/", "status": "200"})")
                                        << u"server[0].status"_s << QString();
    QTest::newRow("status 1e308") << scenarioJson(R"("url": "https://api.example.com/")", R"({"url": "https://api.example.com/", "status": 1e308})")
                                  << u"server[0].status"_s << QString();
    QTest::newRow("status -9007199254740993") << scenarioJson(R"("url": "https://api.example.com/")", R"({"url": "https://api.example.com/", "status": -9007199254740993})")
                                              << u"server[0].status"_s << QString();
    QTest::newRow("status 2.5") << scenarioJson(R"("url": "https://api.example.com/")", R"({"url": "https://api.example.com/", "status": 2.5})")
                                << u"server[0].status"_s << QString();
    QTest::newRow("200-deep nesting in the notes")
        << scenarioJson(R"("url": "https://api.example.com/")", {}, R"("notes": )" + QByteArray(200, '[') + QByteArray(200, ']') + ", ")
        << u"notes"_s << QString();
    QTest::newRow("100,000-deep nesting")
        << scenarioJson(R"("url": "https://api.example.com/")", {}, R"("notes": )" + QByteArray(100000, '[') + QByteArray(100000, ']') + ", ")
        << u"not valid JSON"_s << QString();
    QTest::newRow("bytes that are not UTF-8 in the title")
        << scenarioJson(R"("url": "https://api.example.com/")", {}, "\"title\": \"caf\xe9 \xff\xfe\", ")
        << u"not valid JSON"_s << QString();
    // RFC 8259 wants control characters escaped; QJsonDocument reads them as text, and the save escapes them.
    QTest::newRow("a raw NUL byte in the title is text")
        << scenarioJson(R"("url": "https://api.example.com/")", {}, QByteArray("\"title\": \"a\0b\", ", 15))
        << QString() << QString();
    QTest::newRow("an escaped NUL in a header value")
        << scenarioJson(R"("url": "https://api.example.com/", "headers": [["X-A", "a\u0000b"]])", {})
        << u"request.headers[0][1]"_s << QString();
    QTest::newRow("CR/LF in a route's header value")
        << scenarioJson(R"("url": "https://api.example.com/")",
                        R"({"url": "https://api.example.com/", "headers": [["Access-Control-Allow-Origin", "*\r\nSet-Cookie: a=1"]]})")
        << u"server[0].headers[0][1]"_s << QString();
    QTest::newRow("CR/LF in a header name")
        << scenarioJson(R"("url": "https://api.example.com/", "headers": [["X-A\r\nB", "1"]])", {})
        << u"request.headers[0][0]"_s << QString();
    QTest::newRow("NUL and CR/LF in the title and notes are text")
        << scenarioJson(R"("url": "https://api.example.com/")", {}, R"("title": "a\u0000b\r\nc", "notes": "\r\n\r\n", )")
        << QString() << QString();
    QTest::newRow("CR/LF in the request URL are stripped as the URL parser does")
        << fetchOf(R"(https://api.exa\r\nmple.com/it\tems)") << QString() << QString();
    QTest::newRow("a 3 MB URL") << fetchOf("https://api.example.com/" + QByteArray(3 * 1024 * 1024, 'a'))
                                << u"request.url"_s << QString();
    QTest::newRow("a 17 MB file") << scenarioJson(R"("url": "https://api.example.com/")", {}, "\"notes\": \"" + QByteArray(17 * 1024 * 1024, 'n') + "\", ")
                                  << u"a scenario file is at most"_s << QString();
    QTest::newRow("100,000 routes") << manyRoutes(100000) << u"server"_s << QString();
    QTest::newRow("1,000 routes") << manyRoutes(1000) << QString() << QString();
    QTest::newRow("a redirect to itself stops at 20 redirects")
        << scenarioJson(R"("url": "https://api.example.com/loop")",
                        R"({"url": "https://api.example.com/loop", "status": 302, "headers": [["Location", "/loop"], ["Access-Control-Allow-Origin", "*"]]})")
        << QString() << u"TooManyRedirects"_s;
    QTest::newRow("a redirect loop of two")
        << scenarioJson(R"("url": "https://api.example.com/a")",
                        R"({"url": "https://api.example.com/a", "status": 307, "headers": [["Location", "https://cdn.example.net/b"], ["Access-Control-Allow-Origin", "*"]]},
                           {"url": "https://cdn.example.net/b", "status": 307, "headers": [["Location", "https://api.example.com/a"], ["Access-Control-Allow-Origin", "*"]]})")
        << QString() << u"TooManyRedirects"_s;
    QTest::newRow("userinfo in the request URL") << fetchOf("https://user:p%40ss@api.example.com/") << QString() << u"UrlContainsCredentials"_s;
    QTest::newRow("userinfo in the page URL")
        << QByteArray(fetchOf("https://api.example.com/").replace("https://app.example.com/", "https://u:p@app.example.com/"))
        << QString() << QString();
    QTest::newRow("an IDN host") << fetchOf("https://bücher.example/") << QString() << QString();
    QTest::newRow("a punycode host") << fetchOf("https://xn--bcher-kva.example/") << QString() << QString();
    // toascii.json: "Invalid Punycode (contains non-ASCII character)"
    QTest::newRow("a host that IDNA refuses") << fetchOf("https://xn--te\xc5\xa1la.example/") << u"request.url"_s << QString();
    QTest::newRow("an IPv6 host") << fetchOf("https://[::1]:8443/") << QString() << QString();
    QTest::newRow("an IPv4-mapped IPv6 host") << fetchOf("http://[::ffff:127.0.0.1]/") << QString() << QString();
    QTest::newRow("an unclosed IPv6 host") << fetchOf("https://[::1/") << u"request.url"_s << QString();
    QTest::newRow("a port out of range") << fetchOf("https://api.example.com:65536/") << u"request.url"_s << QString();
    QTest::newRow("no scheme") << fetchOf("//api.example.com/") << u"request.url"_s << QString();
}

void TestHostileInput::openHostileFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, place);
    QFETCH(QString, error);
    const QString path = m_dir.filePath(u"hostile.cors.json"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(content), content.size());
    }
    const QByteArray before = serializeScenario(m_window->scenario());
    const int undoCount = m_window->undoStack()->count();
    const int undoIndex = m_window->undoStack()->index();
    const QString filePath = m_window->document()->filePath();

    QString problems;
    const bool loaded = m_window->loadScenario(path, &problems);

    if (!place.isEmpty()) {
        QVERIFY2(!loaded, "accepted");
        QVERIFY2(problems.contains(u"hostile.cors.json"_s) && problems.contains(place), qPrintable(problems.left(2000)));
        QCOMPARE(serializeScenario(m_window->scenario()), before);
        QCOMPARE(m_window->undoStack()->count(), undoCount);
        QCOMPARE(m_window->undoStack()->index(), undoIndex);
        QCOMPARE(m_window->document()->filePath(), filePath);
        QVERIFY(m_window->verdict());
        return;
    }
    QVERIFY2(loaded, qPrintable(problems.left(2000)));
    QVERIFY2(m_window->verdict() || !m_window->problems().isEmpty(), "neither a verdict nor a problem");
    QVERIFY(!m_window->verdictPanel()->bannerText().isEmpty());
    if (!error.isEmpty()) {
        QVERIFY(m_window->verdict());
        QVERIFY(m_window->verdict()->error);
        QCOMPARE(QString(corsErrorName(m_window->verdict()->error->error)), error);
    }
    if (error == "TooManyRedirects"_L1)
        QCOMPARE(m_window->verdict()->exchanges.size(), 21);   // the request and 20 redirects followed
    // Save writes what was opened; it loads again.
    const QString copy = m_dir.filePath(u"copy.cors.json"_s);
    QVERIFY(m_window->saveScenarioAs(copy));
    QString again;
    QVERIFY2(m_window->loadScenario(copy, &again), qPrintable(again.left(2000)));
}

void TestHostileInput::pasteHostileText_data()
{
    QTest::addColumn<Field>("field");
    QTest::addColumn<QString>("text");
    const QList<std::pair<const char *, QString>> texts = {
        {"NUL", u"https://api.example.com/a"_s + QChar(0) + u"b"_s},
        {"only NUL", QString(3, QChar(0))},
        {"CR/LF", u"https://api.example.com/\r\nSet-Cookie: a=1\r\n"_s},
        {"1 MB", u"https://api.example.com/"_s + QString(1024 * 1024, u'a')},
        {"bytes that are not UTF-8", QString::fromUtf8("https://api.example.com/\xff\xfe\xc3(")},
        {"Latin-1 above 0x7f", QString::fromLatin1("caf\xe9\xa0\xff")},
        {"a lone surrogate", u"https://api.example.com/"_s + QChar(0xd800)},
        {"right-to-left override", u"https://api.example.com/\u202Egnp.exe"_s},
        {"empty", QString()},
    };
    const QList<std::pair<const char *, Field>> fields = {
        {"page URL", Field::PageUrl},       {"request URL", Field::RequestUrl},
        {"header name", Field::HeaderName}, {"header value", Field::HeaderValue},
        {"Paste Request", Field::PasteRequest},
    };
    for (const auto &[fieldName, field] : fields) {
        for (const auto &[textName, text] : texts)
            QTest::addRow("%s: %s", fieldName, textName) << field << text;
    }
    QTest::newRow("Paste Request: a curl line with NUL and CR/LF in a header")
        << Field::PasteRequest
        << (u"curl 'https://api.example.com/x' -H 'X-A: a"_s + QChar(0) + u"\r\nInjected: 1' -H 'Origin: https://app.example.com'"_s);
    QTest::newRow("Paste Request: a raw request of 1 MB headers")
        << Field::PasteRequest
        << (u"GET /x HTTP/1.1\r\nHost: api.example.com\r\nX-Big: "_s + QString(1024 * 1024, u'b') + u"\r\n\r\n"_s);
    QTest::newRow("Paste Request: fetch() with a URL of 1 MB")
        << Field::PasteRequest
        << (u"fetch(\"https://api.example.com/"_s + QString(1024 * 1024, u'c') + u"\", {\"method\": \"GET\"});"_s);
}

void TestHostileInput::pasteHostileText()
{
    QFETCH(Field, field);
    QFETCH(QString, text);
    const QByteArray before = serializeScenario(m_window->scenario());
    const int undoIndex = m_window->undoStack()->index();
    QSignalSpy changed(m_window, &MainWindow::verdictChanged);
    QGuiApplication::clipboard()->setText(text);

    switch (field) {
    case Field::PageUrl:
        pasteInto(m_window->pageEditor()->urlEdit());
        break;
    case Field::RequestUrl:
        pasteInto(m_window->requestComposer()->urlEdit());
        break;
    case Field::HeaderName:
    case Field::HeaderValue:
        pasteIntoHeaderCell(field == Field::HeaderName ? 0 : 1);
        break;
    case Field::PasteRequest:
        closeNextModal(this);   // "Cannot paste the request", when it cannot
        m_window->pasteRequest(text);
        break;
    }
    QCoreApplication::processEvents();

    QVERIFY(m_window->isVisible());
    QVERIFY2(m_window->verdict() || !m_window->problems().isEmpty(), "neither a verdict nor a problem");
    QVERIFY(!m_window->verdictPanel()->bannerText().isEmpty());
    if (serializeScenario(m_window->scenario()) != before)
        QVERIFY(!changed.isEmpty());
    while (m_window->undoStack()->index() > undoIndex)
        m_window->undoStack()->undo();
    QCOMPARE(serializeScenario(m_window->scenario()), before);
    QVERIFY(m_window->verdict());
}

void TestHostileInput::pasteInto(QLineEdit *edit)
{
    edit->setFocus();
    edit->selectAll();
    edit->paste();
}

// The first header line's cell, edited as a user does: the cell's editor opens, the text is
// pasted over what it holds, the editor closes.
void TestHostileInput::pasteIntoHeaderCell(int column)
{
    QTableWidget *table = m_window->requestComposer()->headersTable()->table();
    QTableWidgetItem *item = table->item(0, column);
    QVERIFY(item);
    table->setCurrentItem(item);
    table->editItem(item);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    pasteInto(editor);
    QTest::keyClick(editor, Qt::Key_Return);
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TestHostileInput test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_hostile_input.moc"

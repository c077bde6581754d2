// core/header_list: https://fetch.spec.whatwg.org/#concept-header-list and its helpers.
#include "core/header_list.h"

#include <QtTest>

using namespace corslab;

Q_DECLARE_METATYPE(corslab::HeaderList)
Q_DECLARE_METATYPE(std::optional<QByteArray>)
Q_DECLARE_METATYPE(std::optional<QList<QByteArray>>)

class TestHeaderList : public QObject {
    Q_OBJECT

private slots:
    void contains_data();
    void contains();
    void get_data();
    void get();
    void getDecodeSplit_data();
    void getDecodeSplit();
    void getDecodeSplitValue_data();
    void getDecodeSplitValue();
    void append_data();
    void append();
    void remove_data();
    void remove();
    void set_data();
    void set();
    void sortAndCombine_data();
    void sortAndCombine();
    void isHeaderName_data();
    void isHeaderName();
    void isHeaderValue_data();
    void isHeaderValue();
    void normalizeHeaderValue_data();
    void normalizeHeaderValue();
    void whitespace_data();
    void whitespace();
    void byteCaseInsensitiveMatch_data();
    void byteCaseInsensitiveMatch();
    void byteLowercase();
};

void TestHeaderList::contains_data()
{
    QTest::addColumn<HeaderList>("headers");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<bool>("expected");

    // https://fetch.spec.whatwg.org/#concept-header-list-contains
    const HeaderList headers{{"Content-Type", "text/plain"}, {"X-Custom", ""}};
    QTest::newRow("same case") << headers << QByteArray("Content-Type") << true;
    QTest::newRow("lower case matches") << headers << QByteArray("content-type") << true;
    QTest::newRow("upper case matches") << headers << QByteArray("CONTENT-TYPE") << true;
    QTest::newRow("empty value still contained") << headers << QByteArray("x-custom") << true;
    QTest::newRow("absent name") << headers << QByteArray("accept") << false;
    QTest::newRow("prefix of a name is not contained") << headers << QByteArray("content") << false;
    QTest::newRow("empty list") << HeaderList() << QByteArray("accept") << false;
}

void TestHeaderList::contains()
{
    QFETCH(HeaderList, headers);
    QFETCH(QByteArray, name);
    QFETCH(bool, expected);
    QCOMPARE(headers.contains(name), expected);
}

void TestHeaderList::get_data()
{
    QTest::addColumn<HeaderList>("headers");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<std::optional<QByteArray>>("expected");

    // https://fetch.spec.whatwg.org/#concept-header-list-get
    QTest::newRow("absent is null") << HeaderList{{"Accept", "*/*"}} << QByteArray("range")
                                    << std::optional<QByteArray>();
    QTest::newRow("single value") << HeaderList{{"Accept", "*/*"}} << QByteArray("Accept")
                                  << std::optional<QByteArray>("*/*");
    QTest::newRow("case-insensitive get") << HeaderList{{"Accept", "*/*"}} << QByteArray("aCCEPT")
                                          << std::optional<QByteArray>("*/*");
    QTest::newRow("empty value is not null") << HeaderList{{"X-Empty", ""}} << QByteArray("x-empty")
                                             << std::optional<QByteArray>(QByteArray(""));
    QTest::newRow("duplicates combined with comma space in list order")
        << HeaderList{{"X-A", "1"}, {"Other", "x"}, {"x-a", "2"}, {"X-a", "3"}} << QByteArray("x-a")
        << std::optional<QByteArray>("1, 2, 3");
    QTest::newRow("empty values combined too") << HeaderList{{"X-A", ""}, {"x-a", ""}} << QByteArray("X-A")
                                               << std::optional<QByteArray>(", ");
}

void TestHeaderList::get()
{
    QFETCH(HeaderList, headers);
    QFETCH(QByteArray, name);
    QFETCH(std::optional<QByteArray>, expected);
    QCOMPARE(headers.get(name), expected);
}

void TestHeaderList::getDecodeSplit_data()
{
    QTest::addColumn<HeaderList>("headers");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<std::optional<QList<QByteArray>>>("expected");

    // https://fetch.spec.whatwg.org/#concept-header-list-get-decode-split
    QTest::newRow("absent is null") << HeaderList() << QByteArray("a")
                                    << std::optional<QList<QByteArray>>();
    QTest::newRow("lines combined before splitting")
        << HeaderList{{"A", "nosniff"}, {"a", "x/x"}} << QByteArray("A")
        << std::optional<QList<QByteArray>>(QList<QByteArray>{"nosniff", "x/x"});
    QTest::newRow("empty line gives an empty value")
        << HeaderList{{"A", ""}, {"a", "1"}} << QByteArray("a")
        << std::optional<QList<QByteArray>>(QList<QByteArray>{"", "1"});
}

void TestHeaderList::getDecodeSplit()
{
    QFETCH(HeaderList, headers);
    QFETCH(QByteArray, name);
    QFETCH(std::optional<QList<QByteArray>>, expected);
    QCOMPARE(headers.getDecodeSplit(name), expected);
}

void TestHeaderList::getDecodeSplitValue_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QList<QByteArray>>("expected");

    // https://fetch.spec.whatwg.org/#header-value-get-decode-and-split: the standard's own examples
    QTest::newRow("trailing comma gives an empty value") << QByteArray("nosniff,")
                                                         << QList<QByteArray>{"nosniff", ""};
    QTest::newRow("unterminated quote swallows the comma") << QByteArray("text/html;\", x/x")
                                                           << QList<QByteArray>{"text/html;\", x/x"};
    QTest::newRow("lone trailing quote") << QByteArray("text/html;\"") << QList<QByteArray>{"text/html;\""};
    QTest::newRow("quoted parameter kept verbatim") << QByteArray("x/x;test=\"hi\",y/y")
                                                    << QList<QByteArray>{"x/x;test=\"hi\"", "y/y"};
    QTest::newRow("unquoted parameter") << QByteArray("x/x;test=hi,y/y") << QList<QByteArray>{"x/x;test=hi", "y/y"};
    QTest::newRow("inner spaces kept, empty values kept") << QByteArray("x / x,,,1")
                                                          << QList<QByteArray>{"x / x", "", "", "1"};
    QTest::newRow("comma inside quotes does not split") << QByteArray("\"1,2\", 3")
                                                        << QList<QByteArray>{"\"1,2\"", "3"};
    QTest::newRow("backslash escapes inside quotes kept") << QByteArray("\"1,\\2\"")
                                                          << QList<QByteArray>{"\"1,\\2\""};
    // Further edges
    QTest::newRow("empty input is one empty value") << QByteArray("") << QList<QByteArray>{""};
    QTest::newRow("tabs and spaces trimmed around values") << QByteArray(" \ta\t , b ")
                                                           << QList<QByteArray>{"a", "b"};
    QTest::newRow("escaped quote does not close the string") << QByteArray("\"a\\\",b\",c")
                                                             << QList<QByteArray>{"\"a\\\",b\"", "c"};
    QTest::newRow("backslash at the very end") << QByteArray("\"a\\") << QList<QByteArray>{"\"a\\"};
    QTest::newRow("only a comma") << QByteArray(",") << QList<QByteArray>{"", ""};
}

void TestHeaderList::getDecodeSplitValue()
{
    QFETCH(QByteArray, value);
    QFETCH(QList<QByteArray>, expected);
    QCOMPARE(corslab::getDecodeSplitValue(value), expected);
}

void TestHeaderList::append_data()
{
    QTest::addColumn<HeaderList>("headers");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<HeaderList>("expected");

    // https://fetch.spec.whatwg.org/#concept-header-list-append
    QTest::newRow("new name appended as given") << HeaderList{{"Accept", "*/*"}} << QByteArray("X-New")
                                                << QByteArray("1")
                                                << HeaderList{{"Accept", "*/*"}, {"X-New", "1"}};
    QTest::newRow("existing name takes the first entry's casing")
        << HeaderList{{"X-Test", "1"}, {"x-test", "2"}} << QByteArray("X-TEST") << QByteArray("3")
        << HeaderList{{"X-Test", "1"}, {"x-test", "2"}, {"X-Test", "3"}};
    QTest::newRow("empty value appended") << HeaderList() << QByteArray("A") << QByteArray("")
                                          << HeaderList{{"A", ""}};
}

void TestHeaderList::append()
{
    QFETCH(HeaderList, headers);
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(HeaderList, expected);
    headers.append(name, value);
    QCOMPARE(headers, expected);
}

void TestHeaderList::remove_data()
{
    QTest::addColumn<HeaderList>("headers");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<HeaderList>("expected");

    // https://fetch.spec.whatwg.org/#concept-header-list-delete
    QTest::newRow("every case-insensitive match removed")
        << HeaderList{{"A", "1"}, {"B", "2"}, {"a", "3"}} << QByteArray("A") << HeaderList{{"B", "2"}};
    QTest::newRow("absent name changes nothing") << HeaderList{{"A", "1"}} << QByteArray("b")
                                                 << HeaderList{{"A", "1"}};
}

void TestHeaderList::remove()
{
    QFETCH(HeaderList, headers);
    QFETCH(QByteArray, name);
    QFETCH(HeaderList, expected);
    headers.remove(name);
    QCOMPARE(headers, expected);
}

void TestHeaderList::set_data()
{
    QTest::addColumn<HeaderList>("headers");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<HeaderList>("expected");

    // https://fetch.spec.whatwg.org/#concept-header-list-set
    QTest::newRow("absent name appended") << HeaderList{{"A", "1"}} << QByteArray("B") << QByteArray("2")
                                          << HeaderList{{"A", "1"}, {"B", "2"}};
    QTest::newRow("first match keeps its place and name, the others go")
        << HeaderList{{"X", "0"}, {"A", "1"}, {"Y", "0"}, {"a", "2"}} << QByteArray("a") << QByteArray("3")
        << HeaderList{{"X", "0"}, {"A", "3"}, {"Y", "0"}};
}

void TestHeaderList::set()
{
    QFETCH(HeaderList, headers);
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(HeaderList, expected);
    headers.set(name, value);
    QCOMPARE(headers, expected);
}

void TestHeaderList::sortAndCombine_data()
{
    QTest::addColumn<HeaderList>("headers");
    QTest::addColumn<QList<Header>>("expected");

    // https://fetch.spec.whatwg.org/#concept-header-list-sort-and-combine
    QTest::newRow("empty list") << HeaderList() << QList<Header>();
    QTest::newRow("names lower-cased and sorted by bytes")
        << HeaderList{{"X-B", "2"}, {"Accept", "*/*"}, {"x-a", "1"}}
        << QList<Header>{{"accept", "*/*"}, {"x-a", "1"}, {"x-b", "2"}};
    QTest::newRow("duplicates combined in list order")
        << HeaderList{{"X-A", "1"}, {"Z", "z"}, {"x-a", "2"}} << QList<Header>{{"x-a", "1, 2"}, {"z", "z"}};
    QTest::newRow("set-cookie values never combined")
        << HeaderList{{"Set-Cookie", "a=1"}, {"B", "b"}, {"set-cookie", "b=2"}}
        << QList<Header>{{"b", "b"}, {"set-cookie", "a=1"}, {"set-cookie", "b=2"}};
}

void TestHeaderList::sortAndCombine()
{
    QFETCH(HeaderList, headers);
    QFETCH(QList<Header>, expected);
    QCOMPARE(headers.sortAndCombine(), expected);
}

void TestHeaderList::isHeaderName_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<bool>("expected");

    // https://fetch.spec.whatwg.org/#header-name: a token
    QTest::newRow("plain name") << QByteArray("Content-Type") << true;
    QTest::newRow("every tchar symbol") << QByteArray("!#$%&'*+-.^_`|~09azAZ") << true;
    QTest::newRow("empty") << QByteArray("") << false;
    QTest::newRow("space") << QByteArray("X Y") << false;
    QTest::newRow("colon") << QByteArray("X:") << false;
    QTest::newRow("slash") << QByteArray("a/b") << false;
    QTest::newRow("parentheses") << QByteArray("x(c)") << false;
    QTest::newRow("quote") << QByteArray("\"x\"") << false;
    QTest::newRow("DEL") << QByteArray("x\x7f") << false;
    QTest::newRow("non-ASCII byte") << QByteArray("x\xe9") << false;
}

void TestHeaderList::isHeaderName()
{
    QFETCH(QByteArray, name);
    QFETCH(bool, expected);
    QCOMPARE(corslab::isHeaderName(name), expected);
}

void TestHeaderList::isHeaderValue_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("expected");

    // https://fetch.spec.whatwg.org/#header-value
    QTest::newRow("empty") << QByteArray("") << true;
    QTest::newRow("inner spaces and tabs") << QByteArray("a \t b") << true;
    QTest::newRow("non-ASCII bytes") << QByteArray("caf\xe9") << true;
    QTest::newRow("leading space") << QByteArray(" a") << false;
    QTest::newRow("trailing tab") << QByteArray("a\t") << false;
    QTest::newRow("NUL") << QByteArray("a\0b", 3) << false;
    QTest::newRow("CR") << QByteArray("a\rb") << false;
    QTest::newRow("LF") << QByteArray("a\nb") << false;
}

void TestHeaderList::isHeaderValue()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, expected);
    QCOMPARE(corslab::isHeaderValue(value), expected);
}

void TestHeaderList::normalizeHeaderValue_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("expected");

    // https://fetch.spec.whatwg.org/#concept-header-value-normalize
    QTest::newRow("already normal") << QByteArray("a b") << QByteArray("a b");
    QTest::newRow("HTTP whitespace stripped at both ends") << QByteArray("\r\n\t a b \t\n\r") << QByteArray("a b");
    QTest::newRow("only whitespace") << QByteArray(" \t ") << QByteArray("");
    QTest::newRow("vertical tab is not HTTP whitespace") << QByteArray("\x0b" "a") << QByteArray("\x0b" "a");
}

void TestHeaderList::normalizeHeaderValue()
{
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(corslab::normalizeHeaderValue(value), expected);
}

void TestHeaderList::whitespace_data()
{
    QTest::addColumn<char>("byte");
    QTest::addColumn<bool>("tabOrSpace");
    QTest::addColumn<bool>("whitespace");

    // https://fetch.spec.whatwg.org/#http-tab-or-space, https://fetch.spec.whatwg.org/#http-whitespace-byte
    QTest::newRow("space") << ' ' << true << true;
    QTest::newRow("tab") << '\t' << true << true;
    QTest::newRow("LF") << '\n' << false << true;
    QTest::newRow("CR") << '\r' << false << true;
    QTest::newRow("form feed") << '\f' << false << false;
    QTest::newRow("letter") << 'a' << false << false;
}

void TestHeaderList::whitespace()
{
    QFETCH(char, byte);
    QFETCH(bool, tabOrSpace);
    QFETCH(bool, whitespace);
    QCOMPARE(isHttpTabOrSpace(byte), tabOrSpace);
    QCOMPARE(isHttpWhitespace(byte), whitespace);
}

void TestHeaderList::byteCaseInsensitiveMatch_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("expected");

    // https://infra.spec.whatwg.org/#byte-case-insensitive
    QTest::newRow("ASCII letters fold") << QByteArray("Content-TYPE") << QByteArray("content-type") << true;
    QTest::newRow("different lengths") << QByteArray("accept") << QByteArray("accepts") << false;
    QTest::newRow("Latin-1 letters do not fold") << QByteArray("\xc4") << QByteArray("\xe4") << false;
    QTest::newRow("at and backquote are not letters") << QByteArray("@") << QByteArray("`") << false;
}

void TestHeaderList::byteCaseInsensitiveMatch()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, expected);
    QCOMPARE(isByteCaseInsensitiveMatch(a, b), expected);
}

void TestHeaderList::byteLowercase()
{
    // https://infra.spec.whatwg.org/#byte-lowercase: ASCII upper-case letters only
    QCOMPARE(corslab::byteLowercase("X-Custom-\xC4@[Z]"), QByteArray("x-custom-\xC4@[z]"));
}

QTEST_GUILESS_MAIN(TestHeaderList)
#include "tst_header_list.moc"

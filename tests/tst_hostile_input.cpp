#include <QTest>
class TestHostileInput : public QObject { Q_OBJECT };
QTEST_MAIN(TestHostileInput)
#include "tst_hostile_input.moc"

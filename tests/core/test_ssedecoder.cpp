#include "TestEnv.h"
#include "net/SseDecoder.h"

#include <QRandomGenerator>
#include <QTest>

namespace {
QList<SseEvent> decodeInPieces(const QByteArray& bytes, const QList<int>& cuts)
{
    SseDecoder d;
    QList<SseEvent> out;
    int pos = 0;
    for (int cut : cuts) {
        d.feed(QByteArrayView(bytes).sliced(pos, cut - pos), out);
        pos = cut;
    }
    d.feed(QByteArrayView(bytes).sliced(pos), out);
    d.finish(out);
    return out;
}

QList<SseEvent> decodeWhole(const QByteArray& bytes)
{
    return decodeInPieces(bytes, {});
}

QList<SseEvent> decodeByteByByte(const QByteArray& bytes)
{
    QList<int> cuts;
    for (int i = 1; i < bytes.size(); ++i)
        cuts.append(i);
    return decodeInPieces(bytes, cuts);
}

bool sameEvents(const QList<SseEvent>& a, const QList<SseEvent>& b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        if (a[i].data != b[i].data || a[i].event != b[i].event)
            return false;
    }
    return true;
}
} // namespace

class TestSseDecoder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void framing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArrayList>("data");
        QTest::addColumn<QByteArrayList>("events");
        QTest::newRow("lf") << QByteArray("data: a\n\ndata: b\n\n") << QByteArrayList { "a", "b" } << QByteArrayList { "", "" };
        QTest::newRow("crlf") << QByteArray("data: a\r\n\r\ndata: b\r\n\r\n") << QByteArrayList { "a", "b" } << QByteArrayList { "", "" };
        QTest::newRow("cr only") << QByteArray("data: a\r\rdata: b\r\r") << QByteArrayList { "a", "b" } << QByteArrayList { "", "" };
        QTest::newRow("comments anywhere") << QByteArray(": ping\n\ndata: a\n: OPENROUTER PROCESSING\ndata: b\n\n:x\n\n")
                                           << QByteArrayList { "a\nb" } << QByteArrayList { "" };
        QTest::newRow("no space after colon") << QByteArray("data:a\n\n") << QByteArrayList { "a" } << QByteArrayList { "" };
        QTest::newRow("event names") << QByteArray("event: message_start\ndata: {}\n\nevent: ping\ndata: {}\n\n")
                                     << QByteArrayList { "{}", "{}" } << QByteArrayList { "message_start", "ping" };
        QTest::newRow("last event without blank line") << QByteArray("data: a\n\ndata: [DONE]") << QByteArrayList { "a", "[DONE]" }
                                                        << QByteArrayList { "", "" };
        QTest::newRow("empty data line") << QByteArray("data:\n\n") << QByteArrayList { "" } << QByteArrayList { "" };
        QTest::newRow("id and retry ignored") << QByteArray("id: 7\nretry: 10\ndata: x\n\n") << QByteArrayList { "x" } << QByteArrayList { "" };
    }
    void framing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArrayList, data);
        QFETCH(QByteArrayList, events);
        for (const auto& result : { decodeWhole(bytes), decodeByteByByte(bytes) }) {
            QCOMPARE(result.size(), data.size());
            for (int i = 0; i < data.size(); ++i) {
                QCOMPARE(result[i].data, data[i]);
                QCOMPARE(result[i].event, events[i]);
            }
        }
    }

    void fixturesSplitAnywhere_data()
    {
        QTest::addColumn<QString>("name");
        for (const char* f : { "openrouter-stream-basic.sse", "openrouter-stream-usage-cost.sse",
                               "openrouter-stream-midstream-error.sse", "openrouter-stream-multibyte.sse",
                               "openrouter-stream-reasoning.sse" })
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void fixturesSplitAnywhere()
    {
        QFETCH(QString, name);
        const QByteArray bytes = TestEnv::fixture(name);
        const QList<SseEvent> whole = decodeWhole(bytes);
        QVERIFY(!whole.isEmpty());
        for (const SseEvent& e : whole)
            QVERIFY2(!e.data.startsWith(':'), "a comment leaked into the data");
        QVERIFY(sameEvents(whole, decodeByteByByte(bytes)));
        auto* rng = QRandomGenerator::global();
        for (int round = 0; round < 200; ++round) {
            QList<int> cuts;
            int pos = 0;
            while (true) {
                pos += 1 + int(rng->bounded(40));
                if (pos >= bytes.size())
                    break;
                cuts.append(pos);
            }
            QVERIFY(sameEvents(whole, decodeInPieces(bytes, cuts)));
        }
    }

    void crlfSplitBetweenCrAndLf()
    {
        SseDecoder d;
        QList<SseEvent> out;
        d.feed("data: a\r", out);
        d.feed("\n\r", out);
        d.feed("\ndata: b\r\n\r\n", out);
        QCOMPARE(out.size(), 2);
        QCOMPARE(out[0].data, QByteArray("a"));
        QCOMPARE(out[1].data, QByteArray("b"));
    }
};

SWITCHYARD_TEST_MAIN(TestSseDecoder, QCoreApplication)
#include "test_ssedecoder.moc"
